"""What each paragraph of a report is about, when the report tells several places or projects in turn.

A per-county account ("青阳县申请……", "贵池区申请……"), numbered projects each with its own 资金, or items
told 一是……二是…… each with its own subject state the same named figures once per subject: N006 compares
a figure with its namesake only under the same subject.
"""

from __future__ import annotations

import bisect
import re

from ..core import regex_cache


# A paragraph that opens with a place, not a body of it ("青阳县申请基础养老金补贴…"): one of a report's
# paragraphs per county or town, each stating the same named figures for its own place.
_PLACE_OPENER = regex_cache.compile(r"([\u4e00-\u9fff]{1,5}?(?:县|区|市|旗|镇|乡))(?![\u4e00-\u9fff]{0,8}?(?:局|委|办|中心|院|政府|所|站|部))")


# A numbered paragraph that opens with a project's name ("2.2021年第一批……基础设施建设项目,通过……"): one
# of a report's paragraphs per project, each stating its own 资金 under the same fund's name.
_PROJECT_OPENER = regex_cache.compile(r"[ \u3000]{0,4}[（(]?(?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）.．、][ \u3000]{0,2}"
                             r"([^。；;，,\n]{2,60}?项目)")


def paragraph_subjects(ctx):
    """A lookup from an offset to the place (or project) its paragraph opens with, when two or more
    paragraphs open with different places (a per-county account) or with different numbered projects;
    else every offset has the same subject ""."""
    starts, places = [], []
    for opener in (_PLACE_OPENER, _PROJECT_OPENER):
        for p in ctx.paragraphs:
            m = opener.match(p.text)
            if m:
                starts.append(p.start)
                places.append((p.end, m.group(1)))
        if len({name for _, name in places}) >= 2:
            break
        starts, places = [], []
    if not places:
        starts, places = _listed_subjects(ctx.text)
    if not places:
        return lambda pos: ""

    def subject(pos: int) -> str:
        k = bisect.bisect_right(starts, pos) - 1
        return places[k][1] if k >= 0 and pos <= places[k][0] else ""
    return subject


# "一是布达拉宫管理处，下达预算资金9378万元……二是西藏博物馆，下达预算资金5009万元": items told one by
# one inside a paragraph, each opening with its own subject before the first comma.
_LISTED_OPENER = regex_cache.compile(r"(?:(?<=[。；;：:\n])|^)[一二三四五六七八九十]{1,2}是([^。；;，,：:\n]{2,30}?)[，,：:]",
                                     re.MULTILINE)


def _listed_subjects(text: str) -> tuple[list[int], list[tuple[int, str]]]:
    """Starts and (end, subject) of items told 一是…二是… with two or more different subjects; none else."""
    if "是" not in text:
        return [], []
    found = list(_LISTED_OPENER.finditer(text))
    if len({m.group(1) for m in found}) < 2:
        return [], []
    starts, places = [], []
    for i, m in enumerate(found):
        line_end = text.find("\n", m.end())
        end = len(text) if line_end < 0 else line_end
        if i + 1 < len(found):
            end = min(end, found[i + 1].start())
        starts.append(m.start())
        places.append((end, m.group(1)))
    return starts, places
