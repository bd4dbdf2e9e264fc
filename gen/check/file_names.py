"""File names written in a text: an attachment's or a shared document's name, not the report's wording.

A page that offers a report for download prints its file name ("2021部门整体绩效
自评报告.pdf"), a document site repeats it in its header, and a list of 附件 names
each file. People name files tersely: the year runs into the title without 年,
marks are half-width. The name is the uploader's label, not a sentence of the
report, so wording rules leave a figure inside it alone.
"""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache

from ..core import regex_cache

# A name of word characters and brackets closed by a document's extension (the one P001 also protects). The
# extension ends where Latin letters and digits do: a joined line may run Chinese straight on (说明.pdf黑龙江…).
FILE_NAME = regex_cache.compile(
    r"[\w\u4e00-\u9fff()（）-]{1,80}\.(?:docx?|xlsx?|pdf|txt|md|csv|wps|et|ofd|zip|rar)(?![A-Za-z0-9_])"
)


_EXTENSION = regex_cache.compile(r"\.(?:docx?|xlsx?|pdf|txt|md|csv|wps|et|ofd|zip|rar)(?![A-Za-z0-9_])")


@lru_cache(maxsize=4)
def _spans(text: str) -> tuple[tuple[int, int], ...]:
    """The file names of ``text``, once per text: most texts name none, and one pass over their
    extensions says so."""
    if _EXTENSION.search(text) is None:
        return ()
    return tuple(m.span() for m in FILE_NAME.finditer(text))


def in_file_name(text: str, at: int) -> bool:
    """Whether offset ``at`` of ``text`` lies inside a file name."""
    spans = _spans(text)
    if not spans:
        return False
    k = bisect_right(spans, (at, len(text) + 1)) - 1
    return k >= 0 and spans[k][0] <= at < spans[k][1]
