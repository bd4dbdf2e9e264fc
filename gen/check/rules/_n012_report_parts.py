"""N012's reading of a disclosure report that names its own parts and counts them: "本报告由总体情况、主动公开政府
信息情况、收到和处理政府信息公开申请情况、存在的主要问题及改进情况等六个部分组成", or "本报告包括……等六个方面".

The 政府信息公开工作年度报告 has six parts in a fixed order (国办公开办函〔2021〕30号; disclosure_report.fmt()), and
its opening often names them and says 六部分. When a part is left out of that list the count and the names
disagree. 等 does not excuse it here: the six parts are known, and a list that names the first and the last
of them but skips one between is an omission, not a selection.

A list that names all six parts, and counts them as five or seven (本报告由总体情况、……、政府信息公开行政复议、行政诉讼情况、
……、其他需要报告的事项7个部分组成: a 、 inside one title split it), is read too: the count is wrong; unless
the list also names a part of the report's own (2022年工作思路) that matches none of the format's parts.

Otherwise read only when both hold: the list names fewer items than it counts (items are the segments set off by 、 ，
和其他 or 以及 that end as part titles do: 情况, 事项, 措施), and one of the format's parts is missing between
the first and the last part the list names (recognised by the format's keys). A report that words a part its
own way (依申请政府信息公开情况) still counts six items and is not read. The list itself, naming three of the
format's parts at least, shows which report it is (a page may open with it, its title cut off). Parts set in
quotes one by one ("“总体情况”“其他需要报告的事项”") are items as well, and a list opened by 从 (重点从……六个部分组成,
a slip of 由) is read like one opened by 由. A list naming a part only the format before the 2019 条例 had (概述,
收费及减免) counts that format's six parts, and is not held to the current one: it is read when its titles,
set off by commas or (each ending as a title) by 、, outnumber the count, or fall short of it with a part of the
old format skipped between the first and the last named.

Whatever the format, a list closed by 共 and its count (……其他需要报告的事项共七个部分组成) states a total, which the
list must make: its parts are counted by their titles (a segment that does not end as a title, 因……行政复议, runs on
into the next: 提起行政诉讼的情况 closes the one title), the last segment a title even with words after its own
(其他需要报告的事项报告格式, 需要说明的其他事项与附表), and when their number is not the count the count is wrong
(``_total_of_titles``). 等 before the count, or a segment that no title closes, keeps it silent.
"""

from __future__ import annotations

import re
from typing import Iterable

from ...core import regex_cache
from ...core.regex_needles import finditer as near_needles
from .. import disclosure_report

_COUNT = r"[五六七八5-8]"
_CLAIM = regex_cache.compile(r"(?:由|从)(?P<list>[^。\n由从]{10,240}?)(?:等|共)?\s{0,1}(?P<n>" + _COUNT + r")\s{0,1}个?部分组成"
                             r"|(?:包括|包含|分为|涵盖)[：:]?(?P<list2>[^。\n由包]{10,240}?)(?:等|共)?\s{0,1}(?P<n2>"
                             + _COUNT + r")\s{0,1}个?(?:部分|方面)")
_SIX = ("六", "6")
_SEGMENT_SEP = regex_cache.compile(r"[、，,]|[”\"]\s{0,1}[“\"]|以及|和(?=其[他它])|及(?=其[他它])")
# 改进计划, 改进方向: the fifth part worded its own way (存在的主要问题及改进计划) still closes a title
_ITEM_END = regex_cache.compile(r"(?:情况|事项|措施|改进计划|改进方向)$")
# Parts only the format before the 2019 条例 had: a list naming one counts that format's parts.
_OLD_FORMAT = regex_cache.compile(r"概述|收费[及和与]减免")


def parts_claimed(text: str) -> Iterable[tuple[int, int, str]]:
    """(start, end, message) for each "由……六部分组成" that skips one of the format's parts."""
    if "部分" not in text and "方面" not in text:
        return
    titles = disclosure_report.fmt().parts
    for m in near_needles(_CLAIM, text):
        which = "" if m.group("list") is not None else "2"
        listed, n = m.group("list" + which), "n" + which
        total = _total_of_titles(listed, m.group(n), text[max(0, m.start(n) - 2):m.start(n)])
        if total:
            yield (m.start(n), m.end(n), total)
            continue
        items = [s for s in _SEGMENT_SEP.split(listed) if _ITEM_END.search(s.strip().strip("“”\""))]
        if _OLD_FORMAT.search(listed):
            # the format before the 2019 条例 (概述, 收费及减免): six parts, but not the current six; only a list
            # naming more of its parts than it counts is read
            over = _old_list_overcounted(listed, m.group(n), text[max(0, m.start(n) - 2):m.start(n)])
            if over:
                yield (m.start(n), m.end(n), over)
            continue
        named = [i for i, (_, keys) in enumerate(titles) if keys.search(listed)]
        if m.group(n) not in _SIX:
            # the list names the format's six parts, each once, and counts another number (7, split at a 、 inside
            # 行政复议、行政诉讼情况): the count is wrong, whatever the list's commas
            if len(named) == len(titles) == len(items) and not _outside_format(listed, titles):
                yield (m.start(n), m.end(n),
                       f"所列正是年度报告格式的{len(titles)}个部分，此处却说{m.group(n)}个部分")
            continue
        if len(items) >= 6:
            continue
        if len(named) < 3:
            continue
        skipped = [i for i in range(named[0], named[-1] + 1) if i not in named]
        if not skipped:
            continue
        lost = "”“".join(titles[i][0] for i in skipped)
        yield (m.start(n), m.end(n),
               f"此处说{m.group(n)}部分，所列只有{len(items)}项，缺了年度报告格式中的“{lost}”")


_TITLE_IN = regex_cache.compile(r"情况|事项|措施")


def _total_of_titles(listed: str, count: str, before: str) -> str:
    """A list closed by 共 and its count whose titles (``_OLD_TITLE_END``; a segment no title closes runs on into the
    next, the last may carry words after its title) are more or fewer than the count: "" when they make it, when 等
    stands before the count or no 共, or when a segment is left that no title closes."""
    if "共" not in before or "等" in before:
        return ""
    segments = [seg.strip().strip("“”\"") for seg in _SEGMENT_SEP.split(listed)]
    titles, run = [], ""
    for k, seg in enumerate(segments):
        run = f"{run}、{seg}" if run else seg
        if _OLD_TITLE_END.search(run) or k == len(segments) - 1 and _TITLE_IN.search(seg):
            titles.append(run)
            run = ""
    n = _NUMERALS.get(count) or int(count)
    if run or len(titles) < 3 or len(titles) == n:
        return ""
    return (f"所列共有{len(titles)}项（{titles[0]}……{titles[-1]}），此处却说共{count}部分，"
            f"应改为{len(titles)}部分或核对所列内容")


def _outside_format(listed: str, titles) -> bool:
    """Whether a segment of the list names no part of the format (2022年工作思路): the report added a part of its
    own, so a count of seven over the format's six may well be right."""
    for seg in _SEGMENT_SEP.split(listed):
        seg = seg.strip().strip("“”\"")
        if len(seg) >= 2 and not any(keys.search(seg) for _, keys in titles):
            return True
    return False


_TOP_SEP = regex_cache.compile(r"[，,；;]")
_OLD_TITLE_END = regex_cache.compile(r"(?:情况|事项|措施|改进计划|改进方向|概述|概况)$")
_NUMERALS = {"五": 5, "六": 6, "七": 7, "八": 8}


def _old_list_overcounted(listed: str, count: str, before: str) -> str:
    """A list of the old format's parts set off by commas (the 、 inside 行政复议、提起行政诉讼的情况 is a title's own),
    each one a part's title (概述, ……的情况, ……改进措施), that names more parts than its count (共5部分 over six):
    the count is wrong. A list with 等 before its count may be a selection, and one with no comma is not read.
    Failing that, the list is read at every 、 as well (_old_list_at_every_mark)."""
    n = _NUMERALS.get(count) or int(count)
    if "等" in before or not _TOP_SEP.search(listed):
        return _old_list_at_every_mark(listed, count, n)
    parts = [s.strip().strip("“”\"") for s in _TOP_SEP.split(listed)]
    if len(parts) <= n or not all(_OLD_TITLE_END.search(p) for p in parts):
        return _old_list_at_every_mark(listed, count, n)
    return f"所列共有{len(parts)}个部分（{'，'.join(parts[:1])}……{parts[-1]}），此处却说{count}部分，应改为{len(parts)}部分"


# The old format's parts in their order (国办 2008 template): 概述, 主动公开, 依申请公开, 收费及减免, 复议诉讼,
# 主要问题及改进, 其他需要报告的事项. A report's own wording of a part still holds its key.
_OLD_PARTS = (("概述", regex_cache.compile(r"概述|概况|基本情况|总体情况")),
              ("主动公开政府信息情况", regex_cache.compile(r"主动公开")),
              ("依申请公开政府信息情况", regex_cache.compile(r"依申请")),
              ("政府信息公开的收费及减免情况", regex_cache.compile(r"收费|减免|费用")),
              ("因政府信息公开申请行政复议、提起行政诉讼的情况", regex_cache.compile(r"复议|诉讼")),
              ("存在的主要问题及改进措施", regex_cache.compile(r"问题|改进|不足")),
              ("其他需要报告的事项", regex_cache.compile(r"其[他它]")))


def _old_list_at_every_mark(listed: str, count: str, n: int) -> str:
    """The old format's list read at every 、 and 以及 too, when every segment then ends as a part's title does
    (a title split at its own 、, 因……行政复议、提起行政诉讼的情况, leaves a segment that does not, and the list is
    not read). More titles than the count (七个 named, 等六部分) is wrong whatever 等 means; fewer is wrong only where
    a part of the format between the first and the last named is left out (概述 … 收费及减免、主要问题, no 复议诉讼):
    a selection would not skip one in the middle."""
    parts = [s.strip().strip("“”\"") for s in _SEGMENT_SEP.split(listed)]
    if len(parts) < 3 or not all(_OLD_TITLE_END.search(p) for p in parts):
        return ""
    if len(parts) > n:
        return (f"所列共有{len(parts)}个部分（{parts[0]}……{parts[-1]}），此处却说{count}部分，"
                f"应改为{len(parts)}部分或核对所列内容")
    if len(parts) == n:
        return ""
    named = sorted({i for p in parts for i, (_, key) in enumerate(_OLD_PARTS) if key.search(p)})
    skipped = [i for i in range(named[0], named[-1] + 1) if i not in named] if len(named) >= 3 else []
    if not skipped:
        return ""
    lost = "”“".join(_OLD_PARTS[i][0] for i in skipped)
    return f"此处说{count}部分，所列只有{len(parts)}项，缺了年度报告（旧格式）中的“{lost}”"

