"""Where a first section's lost 一、 belongs: its title line standing right above the section's （一） (S012's reading,
beside gen.check.heading_gaps.lost_first_line, whose title shapes it shares)."""

from __future__ import annotations

from typing import Optional

from ..core import regex_cache
from .heading_gaps import _OWN_MARK, _short_title


# Words of a report's own title (某县法院2019年部门预算说明): a short line holding one is the title, not a heading.
_REPORT_TITLE_WORDS = regex_cache.compile(r"报告|说明|总结|决算|预算|自评|汇报|公开")


def title_line_above(text: str, at: int) -> Optional[tuple[int, int]]:
    """(start, end) of a short title line right above the line at ``at`` — or above the lead-in that introduces it
    (部门主要职责 / 周宁县人民法院部门的主要职责是: / (一)…) — with no mark of its own and none of a report title's
    words; or None. The lost number's place where a first section opens at its （一）."""
    end = text.rfind("\n", 0, at)
    for _ in range(2):
        if end <= 0:
            return None
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].strip()
        if not line:
            end = start - 1
            continue
        if line.endswith((":", "：")):
            end = start - 1  # the lead-in: the title stands above it
            continue
        if _short_title(line) and not _OWN_MARK.match(line) and "|" not in line and not _REPORT_TITLE_WORDS.search(line):
            lead = len(text[start:end]) - len(text[start:end].lstrip())
            return start + lead, start + lead + len(line)
        return None
    return None
