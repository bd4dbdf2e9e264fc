"""N012's reading of a count with its members named in brackets right after it: 综合管理机构3个（工会、政工室、警务
保障室、行政审批服务科）.

A body's profile and a report's summary count offices, units or villages and name them in brackets at once
(内设科室4个（办公室、财务股、业务股、执法大队）). The brackets then hold the members themselves, so their number is
the count. Read only when the brackets hold nothing but short names set off by 、: no figure (含2个…), no
等 (a selection), no 和/及/与 (one name may hold them), no 其中/含/包括 (a breakdown, not the members), and no
comma or colon (a note). Counts of two to twenty, in 个/家/所/处/名/支, three names at least and at most two
off the count: brackets that name kinds (20个镇（街道、农经区）) are far from it.
"""

from __future__ import annotations

from typing import Iterable

from ...core import regex_cache
from ...core.chinese_numerals import count_value
from ...core.text_heads import matches_at
from ...core.regex_needles import finditer as near_needles

_COUNT_NAMED = regex_cache.compile(
    r"(?<![\d.])(?P<n>\d{1,2}|[两二三四五六七八九十]{1,2})(?P<unit>个|家|所|处|名|支)(?P<noun>[\u4e00-\u9fff]{0,6}?)[（(](?P<body>[^（()）\n]{3,160})[）)]")
# The count's unit after a figure, with the noun and bracket after it: a match's count opens one or two characters
# before one of these. _COUNT_NAMED opens with a look-behind and a digit class, tried at every character of the
# text (4 ms on 200,000 of them); a search for each unit (a plain character search) finds the few places to try.
_UNIT_AT = tuple(regex_cache.compile(rf"{unit}(?<=[\d两二三四五六七八九十]{unit})(?=[\u4e00-\u9fff]{{0,6}}?[（(])")
                 for unit in "个家所处名支")


def _counts_named(text: str):
    """``_COUNT_NAMED.finditer(text)``'s matches, tried only where one can start."""
    places = {m.start() - size for unit in _UNIT_AT for m in near_needles(unit, text) for size in (1, 2) if m.start() >= size}
    return matches_at(_COUNT_NAMED, text, sorted(places))


_NAME = regex_cache.compile(r"[\u4e00-\u9fff“”]{2,14}")
_NOT_MEMBERS = regex_cache.compile(r"等|和|及|与|其中|含|包括|分别|以上|以下|为主|左右")


def bracketed_names(text: str) -> Iterable[tuple[int, int, str, str]]:
    """(start, end, message, suggestion) for each count whose bracketed names are more or fewer than it says."""
    if "、" not in text:
        return
    for m in _counts_named(text):
        body = m.group("body")
        if "、" not in body or _NOT_MEMBERS.search(body):
            continue
        names = body.split("、")
        if not all(_NAME.fullmatch(n.strip()) for n in names):
            continue
        raw = m.group("n")
        stated = count_value(raw)
        if not stated or not 2 <= stated <= 20 or stated == len(names) or len(names) < 3 \
                or abs(stated - len(names)) > 2:
            continue  # far apart: the brackets name kinds (20个镇（街道、农经区）), not the members
        yield (m.start("n"), m.end("n"),
               f"此处说{raw}{m.group('unit')}{m.group('noun')}，括号内列出了{len(names)}个名称，数目不符",
               str(len(names)) if raw.isdigit() else "")
