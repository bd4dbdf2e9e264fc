"""The project's own data is proven before any report is checked or generated.

A broken glossary entry, a duplicate key or a bad threshold in the bundled data
must stop ``check``, ``generate`` and ``batch`` with exit 2 and the file and line,
never end in 未发现问题 or a report written with its self-check rules skipped.
The data folders are copied to a temporary package data folder and one file is
broken there; the repository's own files are never touched.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from gen.cli import cli
from gen.core import resources

ROOT = Path(__file__).resolve().parents[2]


def _clear_caches() -> None:
    from gen.check.grounding_names import named_quantities
    from gen.check.met_claims import met_claims
    from gen.check.rates import rate_glossary
    from gen.check.rules.n027_date_before_document import acts
    from gen.core.glossary import load
    from gen.core.thresholds import load_thresholds

    for cached in (load, load_thresholds, rate_glossary, named_quantities, met_claims, acts):
        cached.cache_clear()


@pytest.fixture
def data_copy(tmp_path, monkeypatch):
    """A copy of templates/, corpus/ and glossary/ that data_dir() serves instead of the repository's."""
    package = tmp_path / "pkg"
    for name in ("templates", "corpus", "glossary"):
        shutil.copytree(resources.data_dir(name), package / "_data" / name)
    monkeypatch.setattr(resources, "_PACKAGE", package)
    _clear_caches()
    yield package / "_data"
    monkeypatch.undo()
    _clear_caches()


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _line_of(path: Path, needle: str) -> int:
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if needle in line:
            return n
    raise AssertionError(needle)


BREAKS = {
    # name -> (file, old, new, words the message must contain besides the file)
    "term_example_not_matched": ("glossary/terms.yaml", "    match: 卫生和计划生育\n", "    match: 卫生和计划生育X\n", ("应被发现",)),
    "term_duplicate_key": ("glossary/terms.yaml", "    expected: 卫生健康\n", "    expected: 卫生健康\n    expected: 卫健\n", ("重复",)),
    "term_unbounded_regex": ("glossary/terms.yaml", "{0,12}卫生和计划生育", "*卫生和计划生育", ("无上限",)),
    "typo_yaml_syntax": ("glossary/typos.yaml", "entries:\n", "entries:\n  - [\n", ("YAML",)),
    "thresholds_not_a_number": ("glossary/thresholds.yaml", None, None, ("thresholds.yaml",)),
    "rates_broken_entry": ("glossary/rates.yaml", None, None, ("rates.yaml",)),
    "met_claim_example_not_matched": ("glossary/met_claims.yaml", "本项目按计划完成了年度绩效目标。",
                                      "本项目按期完成了年度绩效目标。", ("应被发现",)),
    "document_act_example_not_matched": ("glossary/document_acts.yaml", "acts: [收到, 接到,", "acts: [收到,",
                                         ("接到", "应被发现")),
}


def _break(data: Path, name: str) -> Path:
    file, old, new, _ = BREAKS[name]
    path = data / file
    if name == "thresholds_not_a_number":
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace("value:", "value: 十", 1), encoding="utf-8")
    elif name == "rates_broken_entry":
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace("names:", "names: 7\n    x_names:", 1), encoding="utf-8")
    else:
        _edit(path, old, new)
    return path


def _assert_stopped(result, file: str, words: tuple[str, ...]) -> None:
    assert result.exit_code == 2, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.output and "未发现问题" not in result.output
    assert result.output.startswith("错误："), result.output
    assert Path(file).name in result.output, result.output
    for word in words:
        assert word in result.output, result.output


@pytest.mark.parametrize("name", sorted(BREAKS))
def test_check_stops_on_broken_project_data(name, data_copy, tmp_path):
    _break(data_copy, name)
    report = tmp_path / "r.txt"
    report.write_text("我局2022年收入100万元。\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", str(report)])
    _assert_stopped(result, BREAKS[name][0], BREAKS[name][3])


@pytest.mark.parametrize("name", ["term_example_not_matched", "term_duplicate_key"])
def test_generate_stops_before_writing(name, data_copy, tmp_path):
    _break(data_copy, name)
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["generate", str(ROOT / "examples" / "lw2022.yaml"), "-o", str(out), "--format", "md"])
    _assert_stopped(result, BREAKS[name][0], BREAKS[name][3])
    assert not out.exists() or not list(out.iterdir())


def test_batch_stops_before_writing(data_copy, tmp_path):
    _break(data_copy, "term_example_not_matched")
    src = tmp_path / "data"
    src.mkdir()
    shutil.copy(ROOT / "examples" / "lw2022.yaml", src / "a.yaml")
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["batch", str(src), "-o", str(out), "--format", "md", "-j", "1"])
    _assert_stopped(result, "terms.yaml", ("应被发现",))
    assert not out.exists() or not list(out.iterdir())


def test_glossary_entry_message_has_its_line(data_copy, tmp_path):
    path = _break(data_copy, "term_example_not_matched")
    report = tmp_path / "r.txt"
    report.write_text("我局2022年收入100万元。\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", str(report)])
    line = _line_of(path, "- id: 卫生和计划生育")
    assert f"terms.yaml:{line}" in result.output, result.output


def test_duplicate_key_names_both_lines(data_copy, tmp_path):
    path = _break(data_copy, "term_duplicate_key")
    first = _line_of(path, "    expected: 卫生健康")
    report = tmp_path / "r.txt"
    report.write_text("我局2022年收入100万元。\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", str(report)])
    assert f"第{first}行与第{first + 1}行" in result.output, result.output


def test_intact_data_passes(data_copy, tmp_path):
    report = tmp_path / "r.txt"
    report.write_text("我局2022年收入100万元。\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", str(report)])
    assert result.exit_code == 0, result.output
