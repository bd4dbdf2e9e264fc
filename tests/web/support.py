"""Shared helpers for the web tests: a text with known findings, CSRF tokens, workbooks."""

from __future__ import annotations

import io
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"

# Lines each of which the named rule must flag (copied from the rules' own must-flag examples).
FLAGGED_TEXT = "\n".join([
    "2022年度南岳区卫生健康局部门整体支出绩效评价报告",
    "一、基本情况",
    "统筹规划全区卫生和计划生育服务资源配置。",  # T001
    "负责传染病防治监督,组织开展食品安全风险监测。",  # P001
    "我们的的工作取得了成效。",  # W002
    "实际到位资金30758.63万元，实际支出27512.96万元，资金使用率达90%。",  # N003
    "",
])
EXPECTED_FAMILIES = {"T", "P", "W", "N"}


def csrf_of(html: str) -> str:
    m = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert m, "the page has no CSRF token"
    return m.group(1)


def docx_with(text: str) -> bytes:
    """A Word file with one paragraph per line of ``text``."""
    import docx

    document = docx.Document()
    for line in text.splitlines():
        document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def one_bureau_workbook(folder: Path) -> Path:
    """The blank workbook of ``jixiao init`` (its one example bureau)."""
    from gen.batch.init_workbook import init_workbook

    path = folder / "one.xlsx"
    init_workbook(path)
    return path


def workbook_with_bad_cell(folder: Path) -> Path:
    """The example batch workbook with one bureau's income made unreadable ("abc")."""
    from openpyxl import load_workbook

    wb = load_workbook(EXAMPLES / "bureaus.xlsx")
    ws = wb["收支情况"]
    header = [c.value for c in ws[1]]
    col = next(i for i, h in enumerate(header, start=1) if h and str(h).startswith("本年收入"))
    ws.cell(row=2, column=col, value="abc")
    path = folder / "bad.xlsx"
    wb.save(path)
    return path
