"""The reviewer's workbook: ``jixiao check DIR --format xlsx -o review.xlsx``.

A reviewer at a 财政局 checks hundreds of reports; a text log per file does not
let her sort, filter and hand findings out. The workbook does: sheet 1 has a row
per file (counts by family and severity, a status) and sheet 2 every finding
with its place (page/line), code, severity, the text, message and suggestion,
plus empty 处理人/处理意见 columns to assign and answer. Both sheets have
filters and frozen header rows.

Same findings give the same bytes: openpyxl stamps the save time into
docProps/core.xml and the zip entries, so both are fixed here.
"""

from __future__ import annotations

import io
from typing import Iterable

from ..core import regex_cache
from .finding import SEVERITY_NAMES
from .registry import FAMILIES
from .runner import FileResult

FILES_SHEET = "文件汇总"
FINDINGS_SHEET = "问题清单"
FILES_HEADER = ["文件", "状态", "问题总数", "错误", "警告", "提示"]
FINDINGS_HEADER = ["文件", "页", "行", "列", "代码", "类别", "严重程度", "原文", "问题说明", "建议", "处理人", "处理意见"]
_FIXED_TIME = "2000-01-01T00:00:00Z"
_TIME_RE = regex_cache.compile(r"(<dcterms:(?:created|modified)[^>]{0,200}>)[^<]{0,100}(</dcterms:)")
# Characters Excel refuses in a cell (XML 1.0 control characters).
_ILLEGAL = regex_cache.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def status(result: FileResult) -> str:
    """What a reviewer needs first: does this file need work, and how urgently."""
    severities = {f.severity for f in result.findings}
    if result.failed_rules:
        return "部分规则出错"
    if "error" in severities:
        return "有错误"
    if "warning" in severities:
        return "有警告"
    return "有提示" if severities else "未发现问题"


def _file_row(result: FileResult, families: list[str]) -> list:
    by_sev = {s: 0 for s in SEVERITY_NAMES}
    by_family = {f: 0 for f in families}
    for f in result.findings:
        by_sev[f.severity] += 1
        by_family[f.code[0]] = by_family.get(f.code[0], 0) + 1
    row = [result.path, status(result), len(result.findings), by_sev["error"], by_sev["warning"], by_sev["info"]]
    return row + [by_family[f] for f in families]


def _finding_rows(result: FileResult) -> Iterable[list]:
    source = result.source
    for f in result.findings:
        line, col = source.line_col(f.start)
        paged = source.page_line(f.start)
        page = paged[0] if paged else None
        if paged:
            line = paged[1]
        yield [result.path, page, line, col, f.code, FAMILIES.get(f.code[0], f.code[0]),
               SEVERITY_NAMES[f.severity], source.decoded[f.start:f.end], f.message, f.suggestion or "", "", ""]


def _clean(value):
    return _ILLEGAL.sub(" ", value) if isinstance(value, str) else value


def _sheet(ws, header: list[str], rows: Iterable[list], widths: list[int]) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    ws.append(header)
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDEBF7")
        cell.alignment = Alignment(vertical="center", wrap_text=True)
    for row in rows:
        ws.append([_clean(v) for v in row])
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(header))}{max(ws.max_row, 1)}"
    for i, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width


def _unreadable_row(message: str, families: list[str]) -> list:
    path, _, reason = message.partition("：")
    return [path, "无法读取", None, None, None, None] + [None] * len(families) + [reason or message]


def to_xlsx(results: Iterable[FileResult], unreadable: Iterable[str] = ()) -> bytes:
    """The review workbook as .xlsx bytes (deterministic for the same findings).

    ``unreadable``: the Chinese messages of inputs that could not be read
    ("path：reason"); each gets a row with status 无法读取, so a reviewer sees
    every submitted file in the summary, not only the readable ones.
    """
    from openpyxl import Workbook

    results = list(results)
    families = list(FAMILIES)
    wb = Workbook()
    files = wb.active
    files.title = FILES_SHEET
    family_header = [f"{FAMILIES[f]}（{f}）" for f in families]
    rows = [_file_row(r, families) + [""] for r in results] + [_unreadable_row(m, families) for m in unreadable]
    _sheet(files, FILES_HEADER + family_header + ["说明"], rows, [48, 14, 10, 8, 8, 8] + [12] * len(families) + [40])
    findings = wb.create_sheet(FINDINGS_SHEET)
    _sheet(findings, FINDINGS_HEADER, (row for r in results for row in _finding_rows(r)),
           [40, 6, 6, 6, 8, 10, 10, 24, 60, 24, 12, 24])
    buf = io.BytesIO()
    wb.save(buf)
    return _fix_times(buf.getvalue())


def _fix_times(data: bytes) -> bytes:
    """Re-zip with fixed entry times, and a fixed save time in docProps/core.xml."""
    import zipfile

    from ..core.package import zip_parts

    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        parts = [(n, zf.read(n)) for n in zf.namelist()]
    fixed = [(n, _TIME_RE.sub(r"\g<1>" + _FIXED_TIME + r"\g<2>", d.decode("utf-8")).encode("utf-8")
              if n == "docProps/core.xml" else d) for n, d in parts]
    return zip_parts(fixed)
