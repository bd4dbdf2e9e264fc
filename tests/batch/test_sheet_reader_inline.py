"""The sheet reader's fast path for inline strings gives what openpyxl's own cell parser gives.

Workbooks written by openpyxl (``jixiao init``, the examples, the benchmark's)
hold every string inline (``<c t="inlineStr"><is><t>…</t></is></c>``);
gen.batch.sheet_reader reads a plain one without building openpyxl's Text
object. Anything else (rich runs, phonetic text, attributes) goes through
openpyxl, so both must agree on every shape.
"""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET

import pytest
from openpyxl.worksheet._reader import WorkSheetParser

from gen.batch.sheet_reader import _parser_class

NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"

CELLS = [
    '<c r="B3" t="inlineStr"><is><t>单位信息</t></is></c>',
    '<c r="C3" t="inlineStr" s="2"><is><t xml:space="preserve">  前后空格  </t></is></c>',
    '<c r="D3" t="inlineStr"><is><t/></is></c>',
    '<c t="inlineStr"><is><t>无坐标</t></is></c>',
    '<c r="E3" t="inlineStr"><is><r><t>富</t></r><r><rPr><b/></rPr><t>文本</t></r></is></c>',
    '<c r="F3" t="inlineStr"><is><t>正文</t><rPh sb="0" eb="1"><t>ふりがな</t></rPh></is></c>',
    '<c r="G3" t="inlineStr"></c>',
    '<c r="H3" t="inlineStr"><is><t>第一段</t><t>第二段</t></is></c>',
    '<c r="I3" t="inlineStr"><is><t>带<x/>子元素</t></is></c>',
    '<c r="J3"><v>12.5</v></c>',
    '<c r="K3" t="s"><v>0</v></c>',
]


def _parsers():
    ours = _parser_class()(io.BytesIO(b""), ["共享字符串"], data_only=True)
    theirs = WorkSheetParser(io.BytesIO(b""), ["共享字符串"], data_only=True)
    for p in (ours, theirs):
        p.row_counter, p.col_counter = 3, 1
    return ours, theirs


@pytest.mark.parametrize("xml", CELLS)
def test_same_cell_as_openpyxl(xml):
    element = ET.fromstring(xml.replace("<c ", f'<c xmlns="{NS}" ', 1))
    ours, theirs = _parsers()
    assert ours.parse_cell(element) == theirs.parse_cell(element)
    assert ours.col_counter == theirs.col_counter


def test_a_row_of_cells_without_coordinates_counts_columns_alike():
    ours, theirs = _parsers()
    row = ET.fromstring(f'<row xmlns="{NS}" r="7">' + "".join(c.replace(' r="', ' x="') for c in CELLS) + "</row>")
    assert ours.parse_row(row) == theirs.parse_row(row)
