"""The data folders ship inside the wheel: a non-editable install works on its own."""

import os
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_wheel_contains_data_and_runs_outside_the_checkout(tmp_path):
    wheel_dir = tmp_path / "wheel"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(wheel_dir), str(ROOT)],
        check=True, capture_output=True,
    )
    (wheel,) = wheel_dir.glob("jixiao-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    for folder in ("templates", "corpus", "glossary"):
        assert any(n.startswith(f"gen/_data/{folder}/") for n in names), folder
    assert "gen/_data/glossary/thresholds.yaml" in names
    # the web app's pages, style sheet and script ship inside the package
    for part in ("gen/web/pages/base.html", "gen/web/pages/generate.html", "gen/web/pages/check.html",
                 "gen/web/pages/batch.html", "gen/web/pages/help.html", "gen/web/static/app.css",
                 "gen/web/static/app.js"):
        assert part in names, part

    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target), str(wheel)],
                   check=True, capture_output=True)
    example = ROOT / "examples" / "lw2022.yaml"
    script = (
        "import gen, gen.core.resources as r, sys;"
        "from gen.core.load import load_spec; from gen.generate.render import render_document;"
        f"doc, _ = render_document(load_spec({str(example)!r}));"
        "print(gen.__file__); print(r.data_dir('templates')); print(doc.title);"
        "import tempfile, pathlib; from starlette.testclient import TestClient;"
        "from gen.web.app import Settings, create_app;"
        "c = TestClient(create_app(Settings(pathlib.Path(tempfile.mkdtemp()), 's' * 32, warm=False)));"
        "print(c.get('/help').status_code, c.get('/static/app.css').status_code, c.get('/static/app.js').status_code)"
    )
    env = {**os.environ, "PYTHONPATH": str(target)}
    out = subprocess.run([sys.executable, "-c", script], cwd=tmp_path, env=env, check=True, capture_output=True, text=True).stdout
    lines = out.splitlines()
    assert lines[0].startswith(str(target))
    assert lines[1] == str(target / "gen" / "_data" / "templates")
    assert "荔湾区卫生健康局" in lines[2]
    assert lines[3] == "200 200 200"  # the installed web app finds its pages and static files
