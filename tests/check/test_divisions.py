"""glossary/divisions.tsv: the gazetteer's table, project data made by scripts/make_divisions.py."""

from __future__ import annotations

from gen.core.resources import data_dir
from tests.scripts_loader import load_script


def _script():
    return load_script("scripts/make_divisions.py")


def test_script_keeps_real_divisions_sorted_and_drops_placeholders():
    csv_text = (
        "adcode,name,longitude,latitude\n"
        "440103000000,荔湾区,113.2,23.1\n"
        "440100000000,广州市,113.2,23.1\n"
        "440101000000,市辖区,0,0\n"
        "4401,坏行,0,0\n"
    )
    assert _script().rows(csv_text) == [("440100000000", "广州市"), ("440103000000", "荔湾区")]


def test_committed_table_names_its_source_and_is_sorted():
    lines = (data_dir("glossary") / "divisions.tsv").read_text(encoding="utf-8").splitlines()
    header = [l for l in lines if l.startswith("#")]
    assert any("cpca" in l and "Source" in l for l in header) and any("Generated" in l for l in header)
    codes = [l.split("\t")[0] for l in lines if not l.startswith("#")]
    assert codes == sorted(set(codes)) and len(codes) == 3219
