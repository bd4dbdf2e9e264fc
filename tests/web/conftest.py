"""An app per test module, with its own result folder and a shared warm pipeline."""

from __future__ import annotations

import pytest

from gen.web.app import Settings, create_app


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    settings = Settings(store_root=tmp_path_factory.mktemp("store"), secret="test-secret-" + "x" * 20)
    return create_app(settings)


@pytest.fixture(scope="module")
def client(app):
    from starlette.testclient import TestClient

    with TestClient(app) as c:  # runs the lifespan: the pipeline is warmed once
        yield c
