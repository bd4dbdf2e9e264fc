"""The table model: .docx tables and text tables become rows, cells and header roles.

Fixtures are built at test time (python-docx) or written for the project.
"""

from __future__ import annotations

import io
from decimal import Decimal

import docx
import pytest

from gen.check import table_docx, table_roles, tables
from gen.check.context import CheckContext
from gen.check.read import read_path, source_from_text
from gen.check.table_text import find_tables
from gen.check.tables import parse_cell

PIPE = (
    "表1 支出情况\n"
    "| 项目 | 全年预算数（A） | 全年执行数（B） | 执行率（B/A） |\n"
    "|---|---:|---:|---:|\n"
    "| 基本支出 | 592.78 | 590.00 | 99.53% |\n"
    "| 项目支出 | 100 | 50 | 50% |\n"
    "| 合计 | 692.78 | 640.00 | 92.38% |\n"
    "以上为支出情况。"
)


def test_pipe_table_rows_cells_roles_and_spans():
    (t,) = find_tables(PIPE)
    assert t.kind == "pipe" and t.header_rows == 1 and len(t.rows) == 4
    roles = [c.role for c in t.columns]
    assert roles == ["label", "budget", "actual", "rate"]
    assert [c.letter for c in t.columns] == ["", "A", "B", ""]
    assert t.columns[3].formula == ("B", "A")
    assert [r.role for r in t.rows] == ["header", "data", "data", "total"]
    assert [r.label for r in t.body] == ["基本支出", "项目支出", "合计"]
    cell = t.rows[1].cell(2)
    assert PIPE[cell.start:cell.end] == "590.00"
    assert cell.number.value == Decimal("590.00") and cell.number.decimals == 2
    assert t.rows[3].number(3).percent


def test_tab_and_aligned_tables():
    tab = "项目\t预算数（万元）\t执行数（万元）\n人员经费\t550.11\t550.11\n\t42.67\t40\n合计\t592.78\t590.11\n"
    (t,) = find_tables(tab)
    assert t.kind == "tab" and [c.role for c in t.columns] == ["label", "budget", "actual"]
    assert t.columns[1].unit == "万元" and t.rows[1].number(1).unit == "万元"
    assert t.rows[2].cell(1).col == 1  # an empty first cell keeps the columns in place
    aligned = "项目          预算数      执行数\n人员经费      550.11      550.11\n合计          600         600\n"
    (a,) = find_tables(aligned)
    assert a.kind == "aligned" and [r.role for r in a.rows] == ["header", "data", "total"]
    assert aligned[a.rows[2].cell(2).start:a.rows[2].cell(2).end] == "600"


def test_header_that_lost_its_row_name_cell_is_read_one_column_right():
    # the row-name header merged into a title row above: the header starts with a figure column
    text = ("预算资金（万元）\n"
            "年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n"
            "资金总额 | 120.00 | 120.00 | 118.00 | 10 | 98.33% | 9.8 |\n"
            "其中：财政拨款 | 120.00 | 120.00 | 118.00 | — | 98.33% | — |\n")
    (t,) = find_tables(text)
    assert [c.role for c in t.columns][:7] == ["", "budget", "budget", "actual", "weight", "rate", "score"]
    # a header whose first cell names the rows keeps its place
    (u,) = find_tables(PIPE)
    assert [c.role for c in u.columns] == ["label", "budget", "actual", "rate"]


def test_prose_is_not_a_table():
    text = "一、部门概况\n本年支出322,145.23万元，执行率99%。\n二、绩效情况\n总体良好。\n"
    assert find_tables(text) == []


def test_parse_cell():
    assert parse_cell("≥95%").comparator == "≥"
    assert parse_cell("325,399.34").value == Decimal("325399.34")
    assert parse_cell("12 人").unit == "人"
    assert parse_cell("98.5", "%").percent
    assert parse_cell("2022年") is None and parse_cell("基本支出") is None and parse_cell("") is None


def _docx_bytes(rows, merge_first_header=False) -> bytes:
    d = docx.Document()
    d.add_paragraph("表2 自评表")
    tab = d.add_table(rows=len(rows), cols=len(rows[0]))
    for i, row in enumerate(rows):
        for j, value in enumerate(row):
            tab.cell(i, j).text = value
    if merge_first_header:
        tab.cell(0, 1).merge(tab.cell(0, 2))
    d.add_paragraph("说明：以上为自评结果。")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_docx_table_cells_point_into_the_reader_text(tmp_path):
    path = tmp_path / "t.docx"
    path.write_bytes(_docx_bytes([["指标", "分值", "得分"], ["预算执行率", "10", "9.5"], ["总分", "100", "95"]]))
    src = read_path(path)
    assert len(src.table_grid) == 1
    ctx = CheckContext(src.analysis, table_grid=src.table_grid)
    (t,) = ctx.tables
    assert t.kind == "docx" and [c.role for c in t.columns] == ["label", "weight", "score"]
    assert [r.role for r in t.rows] == ["header", "data", "total"]
    for row in t.rows:
        for cell in row.cells:
            assert src.decoded[cell.start:cell.end] == cell.text


def test_docx_merged_cells_keep_grid_columns(tmp_path):
    path = tmp_path / "m.docx"
    path.write_bytes(_docx_bytes([["项目", "金额", "", "备注"], ["甲", "1", "2", "无"]], merge_first_header=True))
    src = read_path(path)
    (t,) = find_tables(src.analysis, src.table_grid)
    assert [c.col for c in t.rows[0].cells] == [0, 1, 3]
    assert t.columns[3].header == "备注"


def test_grid_is_dropped_when_reader_text_differs():
    d = docx.Document(io.BytesIO(_docx_bytes([["a", "b"], ["1", "2"]])))
    assert table_docx.docx_cell_grid(d.element.body, "something else") == ()


def test_text_source_has_no_grid_and_pdf_joining_keeps_aligned_rows():
    text = "项目名称          全年预算数          全年执行数\n公共卫生服务项目资金    100.00    95.00\n"
    src = source_from_text(text, kind="txt")
    assert src.table_grid == () and src.analysis == src.decoded


def test_roles_glossary_proves_itself(monkeypatch, tmp_path):
    bad = tmp_path / "glossary"
    bad.mkdir()
    (bad / "tables.yaml").write_text(
        "columns:\n  budget: {keywords: [预算], examples: [执行率]}\nrows:\n  total: {keywords: [合计], examples: [合计]}\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(table_roles, "data_dir", lambda name: bad)
    table_roles.roles.cache_clear()
    try:
        with pytest.raises(ValueError, match="执行率"):
            table_roles.roles()
    finally:
        table_roles.roles.cache_clear()


def test_word_lists_prove_themselves(monkeypatch, tmp_path):
    import yaml

    from gen.core.resources import data_dir

    raw = yaml.safe_load((data_dir("glossary") / "tables.yaml").read_text(encoding="utf-8"))
    raw["words"]["count_units"]["not"] = ["人次"]  # a unit of counting listed as "not a count": must fail
    bad = tmp_path / "glossary"
    bad.mkdir()
    (bad / "tables.yaml").write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    monkeypatch.setattr(table_roles, "data_dir", lambda name: bad)
    table_roles.roles.cache_clear()
    try:
        with pytest.raises(ValueError, match="count_units"):
            table_roles.roles()
    finally:
        monkeypatch.undo()
        table_roles.roles.cache_clear()
    assert table_roles.roles().is_unit("count_units", "人次") and table_roles.roles().rate_scored_row("年度资金总额")
