"""Shared fixtures: fake rules, so checker infrastructure tests do not depend on real rules."""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

import pytest

# The regex program cache (gen.core.regex_cache) of the tests and of the commands they start lives in the
# temporary folder, not in the user's own cache folder.
os.environ.setdefault("JIXIAO_CACHE_DIR", str(Path(tempfile.gettempdir()) / "jixiao-test-cache"))

from gen.check.finding import Finding  # noqa: E402 - after the environment above
from gen.check.registry import Rule


def make_regex_rule(code: str, pattern: str, severity: str = "error", suggestion: str | None = None,
                    needs_data: bool = False) -> Rule:
    """A rule that reports every match of ``pattern`` in the analysed text."""
    rx = re.compile(pattern)

    def check(ctx):
        for m in rx.finditer(ctx.text):
            yield Finding(m.start(), m.end(), code, severity, f"测试规则命中“{m.group()}”", suggestion)

    return Rule(code=code, name=f"test_{code.lower()}", severity=severity, summary=f"测试规则 {code}",
                doc="仅用于测试。", flag=(), keep=(), needs_data=needs_data, check=check)


@pytest.fixture
def regex_rule():
    """Factory fixture: ``regex_rule("W901", "各项工作")`` -> a Rule."""
    return make_regex_rule


@pytest.fixture
def fake_registry(monkeypatch):
    """Replace the registered rules with the given ones for the duration of a test."""
    from gen.check import registry

    def install(*rules: Rule) -> None:
        ordered = tuple(sorted(rules, key=lambda r: r.code))
        monkeypatch.setattr(registry, "all_rules", lambda: ordered)

    return install


@pytest.fixture
def sector_glossary(tmp_path):
    """A glossary folder holding a copy of the sector registry (glossary/sectors/ and its shared file), and
    ``edit(file, old, new)`` to change one of its files (a sector's ``health.yaml``, or the shared file)."""
    import shutil
    from types import SimpleNamespace

    from gen.core.resources import data_dir
    from gen.core.sector_files import FOLDER, SHARED

    shutil.copytree(data_dir("glossary") / FOLDER, tmp_path / FOLDER)
    shutil.copy(data_dir("glossary") / SHARED, tmp_path / SHARED)

    def edit(file: str, old: str, new: str) -> None:
        path = tmp_path / file if file == SHARED else tmp_path / FOLDER / file
        text = path.read_text(encoding="utf-8")
        assert old in text, (file, old)
        path.write_text(text.replace(old, new, 1), encoding="utf-8")

    return SimpleNamespace(folder=tmp_path, edit=edit)
