"""The bundled example workbook: in step with the data files, and a clean batch."""

import json
from pathlib import Path

from click.testing import CliRunner

from gen.batch.workbook import read_workbook
from gen.cli import cli
from gen.core.load import load_spec, validate

ROOT = Path(__file__).resolve().parents[2]
WORKBOOK = ROOT / "examples" / "bureaus.xlsx"


def test_workbook_holds_exactly_what_the_data_files_hold():
    files = sorted((ROOT / "examples").glob("*.yaml")) + sorted((ROOT / "examples" / "synthetic").glob("*.yaml"))
    bureaus, orphans = read_workbook(WORKBOOK)
    assert orphans == []
    by_key = {b.key: b for b in bureaus}
    for n, path in enumerate(files, start=1):
        key = f"E{n:02d}-{path.stem}"
        assert key in by_key, f"{key} missing: run examples/make_workbook.py"
        b = by_key[key]
        assert not b.errors, b.errors
        assert validate(b.raw, key) == load_spec(path), f"{key} is stale: run examples/make_workbook.py"
    synthetic = [b for b in bureaus if b.key.startswith("S")]
    assert len(synthetic) >= 20 and all(b.name.startswith("示例") for b in synthetic)


def test_example_batch_generates_every_bureau_with_no_copies(tmp_path):
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["batch", str(WORKBOOK), "-o", str(out), "--jobs", "2", "--format", "md"])
    assert result.exit_code == 0, result.output
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    rows = summary["bureaus"]
    assert len(rows) == len(read_workbook(WORKBOOK)[0]) >= 49 and {r["status"] for r in rows} == {"ok"}
    assert sum(r["findings"]["error"] + r["findings"]["warning"] for r in rows) == 0
    assert summary["similar_pairs"] == []
