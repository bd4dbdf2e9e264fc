"""File names written in a text: an attachment's or a shared document's name, not the report's wording.

A page that offers a report for download prints its file name ("2021部门整体绩效
自评报告.pdf"), a document site repeats it in its header, and a list of 附件 names
each file. People name files tersely: the year runs into the title without 年,
marks are half-width. The name is the uploader's label, not a sentence of the
report, so wording rules leave a figure inside it alone.
"""

from __future__ import annotations

from ..core import regex_cache

# A name of word characters and brackets closed by a document's extension (the one P001 also protects). The
# extension ends where Latin letters and digits do: a joined line may run Chinese straight on (说明.pdf黑龙江…).
FILE_NAME = regex_cache.compile(
    r"[\w\u4e00-\u9fff()（）-]{1,80}\.(?:docx?|xlsx?|pdf|txt|md|csv|wps|et|ofd|zip|rar)(?![A-Za-z0-9_])"
)
MAX_NAME = 80


def in_file_name(text: str, at: int) -> bool:
    """Whether offset ``at`` of ``text`` lies inside a file name (its extension within the next 80 characters)."""
    if "." not in text[at : at + MAX_NAME + 6]:
        return False
    lo = max(0, at - MAX_NAME)
    return any(m.start() <= at < m.end() for m in FILE_NAME.finditer(text, lo, at + MAX_NAME + 6))
