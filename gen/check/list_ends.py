"""A list's last items written without their numbers: the title right after the last numbered item,
before the next 第X部分 or the parent list's next item, that ends like most of the list's titles
("九、……决算情况说明" then "其他重要事项的情况说明"), or the two or three such titles before a 第X部分; and
where a list starts afresh or runs on past titles that lost their marks. Read for gen.check.lost_numbers,
which numbers them."""

from __future__ import annotations

import re

from ..core import regex_cache
from .context import Span
from .headings import part_number
from .list_items import Style, numbered, title_like
from .untitled_contents import without_page_ref

# A line that opens as a numbered or a bracketed entry, or a 第X part: no list's unnumbered item. Nor does a
# labelled note under the list ("明细详见:某中学2024预算公开表", "注：…"): a title holds no colon.
_NUMBER_OPEN = regex_cache.compile(r"^(?:[（(]|\d|第)|^[^:：]{0,12}[:：]")
MAX_UNMARKED = 3  # titles in a row that lost their numbers (六、, two titles, 九、)
SUFFIX = 4  # characters a list's titles end alike with ("……情况说明")
MIN_ALIKE = 3


def closes_list(paras: list[Span], i: int, titles: list[str], style: Style) -> bool:
    """The title right after a list's last item, before a 第X部分, the list's parent's next item or the end,
    ends like most of the list's titles ("九、……决算情况说明" then "其他重要事项的情况说明"; a list of tables,
    "（八）……决算表" then "国有资本经营预算财政拨款支出决算表" then "三、"): the list's last item, unnumbered. A contents line is read without its dot leader and page
    number (……(12)), as its siblings are."""
    text = _bare(paras[i].text)
    if not title_like(text) or len(text) <= SUFFIX or _NUMBER_OPEN.match(text):
        return False
    if i + 1 < len(paras) and not (part_number(paras[i + 1].text) or _parent_next(paras[i + 1].text, style)):
        return False
    alike = _alike(titles, text[-SUFFIX:])
    if _TABLE_NAME.search(text):  # a list of tables, their names cut short on a narrow page ("……收入支出决")
        alike = max(alike, sum(1 for t in titles if "表" in t or t.endswith("决")))
    return alike >= MIN_ALIKE and 2 * alike >= len(titles)


# A table's name (……支出决算表, ……情况表), not a remark about one (本表为空表).
_TABLE_NAME = regex_cache.compile(r"^(?![本此该无])[^为是无]{4,40}(?:决算|预算|情况|明细|统计|汇总)[\u4e00-\u9fff]{0,3}表$")


def _bare(text: str) -> str:
    """An entry's title as its ending is compared: a contents line's dot leader and page number and a full stop
    removed ("其他重要事项的情况说明……(12)" reads as "其他重要事项的情况说明")."""
    return without_page_ref(text).rstrip("。")


def _alike(titles: list[str], ending: str) -> int:
    """How many of the list's titles end with ``ending`` (a full stop, a dot leader and page number aside)."""
    return sum(1 for t in titles if _bare(t).endswith(ending))


def _parent_next(text: str, style: Style) -> bool:
    """A （一） list's parent level (一、) goes on: the （一） list ended at the line before."""
    got = numbered(text)
    return style == (True, "（）") and got is not None and got[1] == (True, "、")


RUN_SUFFIX = 3  # two or more closing titles in a row are evidence enough with a shorter common ending ("……决算表")


def closing_run(paras: list[Span], i: int, titles: list[str]) -> list[Span]:
    """Two or three titles right after a list's last item, the last of them before a 第X部分, each ending
    like most of the list's titles (七、……决算表, then two more ……决算表 with no number): the list's last
    items, unnumbered."""
    run: list[Span] = []
    j = i
    while j < len(paras) and len(run) < MAX_UNMARKED and not part_number(paras[j].text):
        text = paras[j].text.rstrip("。")
        if not title_like(text) or len(text) <= SUFFIX or numbered(text) or _NUMBER_OPEN.match(text):
            return []
        run.append(paras[j])
        j += 1
    if len(run) < 2 or j >= len(paras) or not part_number(paras[j].text):
        return []
    for q in run:
        ending = q.text.rstrip("。")[-RUN_SUFFIX:]
        alike = _alike(titles, ending)
        if alike < MIN_ALIKE or 2 * alike < len(titles):
            return []
    return run


_ORPHAN = regex_cache.compile(r"^、(?=[\u4e00-\u9fff“])")


def orphans_follow(paras: list[Span], i: int, style: Style) -> bool:
    """The two lines after the title at ``i`` are titles of a 、 list that lost their numerals ("、部门政府采购预算"):
    the numbers were stripped from a run of lines, so the unmarked title before them is an item of the list too
    (七、…, "项目支出预算表", "、项目支出绩效目标表", "、政府性基金预算表": it is 八、, they are 九、 and 十、)."""
    return (style[1] == "、" and i + 2 < len(paras)
            and all(_ORPHAN.match(q.text) is not None and title_like(q.text) for q in paras[i + 1 : i + 3]))


def opens_list(paras: list[Span], i: int, style: Style) -> bool:
    """The orphan at ``i`` is followed at once by item 2 of its style: it is the 1 of a list counted afresh
    (第二部分's 、收入支出决算总表 then 二、收入决算表), not the next item of the list before it."""
    got = numbered(paras[i + 1].text) if i + 1 < len(paras) else None
    return got is not None and got == (2, style)


def unmarked_run(paras: list[Span], at: int, number: int, style: Style) -> list[Span]:
    """The k titles with no mark right after the title numbered N, when the next numbered one is
    N+k+1 in the same style: each lost its number."""
    if not title_like(paras[at].text):
        return []
    for k in range(1, MAX_UNMARKED + 1):
        if at + k + 1 >= len(paras):
            return []
        item = paras[at + k]
        if not title_like(item.text) or re.match(r"^(?:[（(]|\d|[一二三四五六七八九十]+[、.．]|第)", item.text):
            return []
        after = paras[at + k + 1]
        if numbered(after.text) == (number + k + 1, style) and title_like(after.text):
            return paras[at + 1 : at + k + 1]
    return []
