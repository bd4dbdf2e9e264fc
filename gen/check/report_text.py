"""Text report: one line per finding, in the shape editors and CI logs understand.

``path:line:col: CODE 严重程度 message (→ suggestion)`` is what compilers and
linters print, so editors jump to the place and reviewers can grep by code.
"""

from __future__ import annotations

from typing import Iterable, Optional

from .finding import SEVERITY_NAMES, Finding
from .runner import FileResult


def format_finding(path: str, line: int, column: int, f: Finding, page: Optional[tuple[int, int]] = None) -> str:
    """``page``: (page, line on that page) for inputs with pages (PDF), shown before the message."""
    where = f"第{page[0]}页第{page[1]}行：" if page else ""
    text = f"{path}:{line}:{column}: {f.code} {SEVERITY_NAMES[f.severity]} {where}{f.message}"
    if f.suggestion is not None:
        text += f" (→ {f.suggestion})"
    return text


def summary_counts(results: Iterable[FileResult]) -> dict:
    """Counts shared by the text and JSON reports."""
    results = list(results)
    by_sev = {"error": 0, "warning": 0, "info": 0}
    by_code: dict[str, int] = {}
    for r in results:
        for f in r.findings:
            by_sev[f.severity] += 1
            by_code[f.code] = by_code.get(f.code, 0) + 1
    return {
        "files": len(results),
        "findings": sum(by_sev.values()),
        "errors": by_sev["error"],
        "warnings": by_sev["warning"],
        "infos": by_sev["info"],
        "by_code": {c: by_code[c] for c in sorted(by_code)},
    }


def summary_line(counts: dict) -> str:
    if not counts["findings"]:
        return f"共检查 {counts['files']} 个文件，未发现问题。"
    return (f"共检查 {counts['files']} 个文件，发现 {counts['findings']} 个问题"
            f"（错误 {counts['errors']}，警告 {counts['warnings']}，提示 {counts['infos']}）。")


def to_text(results: Iterable[FileResult]) -> str:
    """All findings, file by file in the given order, then the summary line."""
    results = list(results)
    lines = []
    for r in results:
        for f in r.findings:
            line, col = r.source.line_col(f.start)
            lines.append(format_finding(r.path, line, col, f, r.source.page_line(f.start)))
    lines.append(summary_line(summary_counts(results)))
    return "\n".join(lines) + "\n"
