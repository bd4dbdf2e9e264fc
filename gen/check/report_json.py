"""JSON report, version 1: the stable shape other tools build on (see README).

Positions refer to the decoded text (for .docx: paragraphs and table cells
joined with "\\n" in document order): ``start``/``end`` are 0-based code-point
offsets, ``line``/``column`` 1-based, and ``text`` is ``decoded[start:end]``, so
a consumer can verify a position without re-implementing our reader. For a
PDF, two more keys, ``page`` and ``page_line``, give the page and the line on it.
"""

from __future__ import annotations

import json
from typing import Iterable

from .runner import FileResult
from .report_text import summary_counts

VERSION = 1


def to_dict(results: Iterable[FileResult]) -> dict:
    results = list(results)
    files = []
    for r in results:
        findings = []
        for f in r.findings:
            line, col = r.source.line_col(f.start)
            paged = r.source.page_line(f.start)  # PDF: the page and the line on it; None otherwise
            entry = {
                "code": f.code,
                "severity": f.severity,
                "message": f.message,
                "line": line,
                "column": col,
                "start": f.start,
                "end": f.end,
                "text": r.source.decoded[f.start:f.end],
                "suggestion": f.suggestion,
            }
            if paged:
                entry.update(page=paged[0], page_line=paged[1])
            findings.append(entry)
        files.append({"path": r.path, "findings": findings})
    return {"version": VERSION, "files": files, "summary": summary_counts(results)}


def to_json(results: Iterable[FileResult]) -> str:
    return json.dumps(to_dict(results), ensure_ascii=False, indent=2) + "\n"
