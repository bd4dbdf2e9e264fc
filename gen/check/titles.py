"""The standard titles of a 部门决算 and the ways they are written wrong: the search behind W020.

Every department publishes its 部门决算 on one template, so its part titles
(第三部分 …年度部门决算情况说明), its section titles (收入支出决算总体情况说明)
and its table names (一般公共预算财政拨款基本支出决算明细表) are known in
advance. These slips of them are found here:

- a title one or two characters off its standard form: the titles are a list
  (glossary/titles.yaml) searched by the near-match of gen.check.body_names,
  the same search W018 runs over the bodies' names;
- a table name without its 表 where its siblings in the same list have it
  (八、…基本支出决算明细 among 七、…决算表 and 九、…决算表);
- 支出决算总表 heading the template's list before 收入决算表 and 支出决算表: the
  first table, 收入支出决算总表, without 收入;
- a part heading that lost 分 (第三部 2024年度部门决算情况说明, where the other
  parts are written 第一部分, 第二部分) and a 关于 heading that lost 于
  before its year (十三、关2020年度预算绩效情况的说明);
- a table name that put 情况 before its 决算表 (…支出情况决算表): the template's
  table names end in 决算表 or 情况表, and the two forms were run together.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from ..core import regex_cache
from ..core.glossary_user import per_glossary
from ..core.last_text import last_text
from ..core.regex_needles import contains, finditer as near_needles, search as near_search
from . import body_names
from .body_names import Miss, Names

FILE = "titles.yaml"
MIN_SIBLINGS = 2  # table names ending in 表 that make a list, besides the one without it
_NUM = "一二三四五六七八九十"
# A list item's mark at a line's start: 一、 / 表一 / 表1： / 1. / （一）, then the title (after the year, where every
# table of a list is named 2018年度收入决算表 …), then page leaders or the table's number in brackets (…决算表(5),
# …决算表（表9）).
_ITEM = regex_cache.compile(
    rf"^[ \t\u3000]{{0,8}}(?:[{_NUM}]{{1,3}}[、.．]|表[{_NUM}\d]{{1,2}}[:：、.．]?|\d{{1,2}}[、.．]|[（(][{_NUM}]{{1,3}}[)）])"
    r"[ \t\u3000]{0,4}(?:(?:19|20)\d\d年度?)?([\u4e00-\u9fff“”\"]{4,40})[ \t\u3000.．…·\d]{0,30}(?:[(（]表?\d{1,3}[)）])?$",
    re.M,
)
# 第三部 at a line's start, not 第三部分 nor 第三部门 (the third sector) nor a word (第一部署).
# A blank after 部 may be the layout spacing the title out (第三部 分): 分 after it is not lost.
_PART_CUT = regex_cache.compile(
    rf"^[ \t\u3000]{{0,8}}(第[{_NUM}]部)(?![ \t\u3000]{{0,3}}[分门署委件类局])(?=[ \t\u3000\d\u4e00-\u9fff])", re.M
)
_PART = regex_cache.compile(rf"^[ \t\u3000]{{0,8}}第[{_NUM}]部分", re.M)
# 第三部门 at a line's start, then a blank and the title or at once a year or a title word: 部分 typed as 部门
# (W013 reports the word). The third sector (第三部门组织, 作为第三部门) runs on into its sentence.
_PART_AS_BUMEN = regex_cache.compile(
    rf"^[ \t\u3000]{{0,8}}第[{_NUM}]部门(?=[ \t\u3000]{{1,3}}[\u4e00-\u9fff\d]|(?:19|20)\d\d年|(?:部门|单位)?(?:概况|决算|名词解释))",
    re.M,
)
# 关 that opens a heading (after its mark) and runs into a year or the subject of a 关于 section of the
# notes (关于机关运行经费支出说明, 关于政府采购支出说明): 关于 lost 于 (海关2020年, 机关 are other words).
# Found from the 关 and what follows it (re skips ahead to a literal), then the line's start or the mark read
# back before it (_ABOUT_LEAD): a pattern opening with ^ or a class is tried at every character of the text.
# The same places: what stands before 关 holds no 关, so no match could have taken another's characters.
_ABOUT_CUT = regex_cache.compile(
    r"关(?=[ \t\u3000]{0,2}(?:(?:19|20)\d\d[ \t\u3000]{0,2}年?度|机关运行经费|政府采购|国有资产|预算绩效))"
)
_ABOUT_LEAD = regex_cache.compile(rf"(?:^[ \t\u3000]{{0,8}}|[{_NUM}]、[ \t\u3000]{{0,2}})\Z", re.M)
_ABOUT_LEAD_REACH = 8  # the longest lead: eight blanks after the line's start


@dataclass(frozen=True)
class Slip:
    """``written`` at start..end, where ``meant`` was intended; ``why`` says which slip it is."""

    start: int
    end: int
    written: str
    meant: str
    why: str


@per_glossary()
def titles() -> Names:
    """The titles list, built once per glossary and proved by its own examples."""
    return body_names.load(FILE)


def near_misses(text: str) -> list[Miss]:
    """Spans one or two characters off a standard title (gen.check.body_names' search over titles.yaml)."""
    return body_names.find(text, titles())


def _table_names(data: Names) -> frozenset:
    return frozenset(t for t in data.accepted if t.endswith("表"))


# A table of a 预算 or 决算 named in a province's own words (政府性基金预算支出表, 一般公共预算机关运行经费情况表):
# no list of names holds them all, so a name that carries 预算 or 决算 and ends in 表 counts as a sibling; one that ends
# where a table's name goes on to its 表 (…支出, …收入, …决算总, …经费, …明细) is the same name cut before it.
# A section's heading (支出决算, …情况说明) ends otherwise.
_BUDGET_TABLE = regex_cache.compile(r"[预决]算[^\n]{0,16}表$")
_BUDGET_TABLE_CUT = regex_cache.compile(r"[预决]算[^\n]{0,16}(?:支出|收入|收支|总|经费|明细)$")


# A table name whose 表 a page's line break moved onto a line of its own ("…“三公”经费支出决算\n表").
_WRAPPED_BIAO = regex_cache.compile(r"[ \t\u3000]{0,4}\n[ \t\u3000]{0,4}表[ \t\u3000]{0,4}(?:\n|$)")

@last_text  # two rules read them in turn, and the pattern, opening with a line's blanks, is tried at every line
def _items(text: str) -> list[re.Match]:
    return list(near_needles(_ITEM, text))


def cut_table_names(text: str) -> list[Slip]:
    """List items naming a standard table without its 表 among siblings that end in 表, or without its 决算
    (…“三公”经费支出表) among siblings that end in 决算表.

    The list is the evidence: a section heading of the notes (三、支出决算) is
    no table name, but an item between 七、…决算表 and 九、…决算表 is one, and
    so is a list's last item after two table names (or its first before two).
    """
    tables = _table_names(titles())
    items = _items(text)
    whole = [m.group(1).endswith("表") and bool(_tail_in(m.group(1), tables) or _BUDGET_TABLE.search(m.group(1)))
             for m in items]
    # a 决算's list of its tables: an item among them named by the budget's table (…“三公”经费支出表) lost 决算
    final = [w and "决算" in m.group(1) for w, m in zip(whole, items)]
    if sum(whole) < MIN_SIBLINGS:
        return []
    # the budget's 收入总表 / 支出总表 among them (the 决算 names 收入决算表, 支出决算表): two may stand side by side
    budget = [_BUDGET_TOTAL.search(m.group(1)) is not None for m in items]
    final_or_budget = [f or b for f, b in zip(final, budget)]
    parts = [m.start() for m in _PART.finditer(text)]
    group = [bisect_right(parts, m.start()) for m in items]  # a 第X部分 heading starts another list
    out = []
    for i, m in enumerate(items):
        title = m.group(1)
        if _WRAPPED_BIAO.match(text, m.end(1)):
            continue  # the line broke before its last character: 表 stands alone on the next line
        if _among_tables(whole, group, i) and not title.endswith("表") and (
                _tail_in(title + "表", tables) or _BUDGET_TABLE_CUT.search(title)):
            # siblings named …情况表 on both sides: the cut name lost 情况表 (…机关运行经费 for …经费情况表)
            near = [items[k].group(1) for k in (i - 1, i + 1) if 0 <= k < len(items)]
            both = len(near) == 2 and all(n.endswith("情况表") for n in near)
            tail = "情况表" if both and not title.endswith("情况") else "表"
            out.append(Slip(m.start(1), m.end(1), title, title + tail, "table"))
        elif title.endswith("支出表") and "决算" not in title and _among_tables(final, group, i) \
                and _tail_in(title[:-1] + "决算表", tables):
            out.append(Slip(m.start(1), m.end(1), title, title[:-1] + "决算表", "juesuan"))
        elif budget[i] and sum(final) >= MIN_SIBLINGS and _among_tables(final_or_budget, group, i) \
                and _tail_in(title[:-2] + "决算表", tables):
            out.append(Slip(m.start(1), m.end(1), title, title[:-2] + "决算表", "total"))
    return out


# The budget template's 收入总表 / 支出总表 (部门收入总表), not its 收支总表 nor a 决算's 收入支出决算总表.
_BUDGET_TOTAL = regex_cache.compile(r"(?<!决算)(?<!收支)(?<!收入)(?:收入|支出)总表$")


def _among_tables(whole: list, group: list, i: int) -> bool:
    """Whether item ``i`` stands in a list of table names: both neighbours are, or the two before
    it (the list's last item) or the two after it (its first), in the same part of the text."""
    def table(k: int) -> bool:
        return 0 <= k < len(whole) and whole[k] and group[k] == group[i]

    return (table(i - 1) and table(i + 1)) or (table(i - 1) and table(i - 2)) or (table(i + 1) and table(i + 2))


def _tail_in(title: str, names: frozenset) -> str:
    """The longest standard name ``title`` ends with (财政拨款“三公”经费支出决算表 ends with 经费支出决算表), or ''."""
    plain = title.replace("“", "").replace("”", "").replace('"', "")
    for n in range(len(plain)):
        if plain[n:] in names and len(plain) - n >= 5:
            return plain[n:]
    return ""


# A list item naming 支出决算总表 without 收入 (收支) before it, its mark at the line's start; and the template's next two
# tables, 收入决算表 and 支出决算表, as list items of their own (the body's name and year may stand before them).
_EXPENSE_TOTAL = regex_cache.compile(
    rf"^[ \t\u3000]{{0,8}}(?:[{_NUM}]{{1,3}}[、.．]|表[{_NUM}\d]{{1,2}}[:：、.．]?|\d{{1,2}}[、.．])[^\n]{{0,40}}?"
    r"(?<!收入)(?<!收支)(?<!入)(支出决算总表)", re.M
)
_INCOME_TABLE = regex_cache.compile(r"^[^\n]{0,50}(?<!财政拨款)收入决算表", re.M)
_EXPENSE_TABLE = regex_cache.compile(r"^[^\n]{0,50}(?<![入收])支出决算表", re.M)
_INCOME_TOTAL = regex_cache.compile(r"收入决算总表")
_SIBLINGS_REACH = 300  # the next tables of the list stand within a few lines


def lost_income(text: str) -> list[Slip]:
    """支出决算总表 heading a list whose next tables are 收入决算表 and 支出决算表: the template's first
    table, 收入支出决算总表, that lost 收入. A list naming 收入决算总表 too has two totals of its own
    (收入决算总表, 支出决算总表): another template, left alone."""
    if not contains(text, "支出决算总表") or _INCOME_TOTAL.search(text):
        return []
    out = []
    for m in _EXPENSE_TOTAL.finditer(text):
        reach = text[m.end():m.end() + _SIBLINGS_REACH]
        if _INCOME_TABLE.search(reach) and _EXPENSE_TABLE.search(reach):
            out.append(Slip(m.start(1), m.end(1), m.group(1), "收入" + m.group(1), "income"))
    return out


def parts_written_bumen(text: str) -> list[int]:
    """Offsets of the lines that open a part written 第X部门 (第三部门  2017年度部门决算情况说明) in a text
    whose other parts are written 第X部分: the part still restarts the numbering below it."""
    return [m.start() for m in _PART_AS_BUMEN.finditer(text)] if near_search(_PART, text) else []


def cut_marks(text: str) -> list[Slip]:
    """第三部 for 第三部分 (where the text writes its other parts 第X部分) and 关 for 关于 before a year."""
    return list(_cut_marks(text))


@last_text  # W020 and the outline's divisions (heading_gaps) ask of the same text in turn
def _cut_marks(text: str) -> tuple[Slip, ...]:
    out = []
    if near_search(_PART, text):
        for m in _PART_CUT.finditer(text):
            out.append(Slip(m.start(1), m.end(1), m.group(1), m.group(1) + "分", "part"))
    for m in _ABOUT_CUT.finditer(text):
        at = m.start()
        if _ABOUT_LEAD.search(text, max(0, at - _ABOUT_LEAD_REACH), at):
            out.append(Slip(at, at + 1, "关", "关于", "about"))
    return tuple(out)


# A table's name with 情况 before its 决算表/预算表: 决算情况表 and 情况表 are names; 情况决算表 is two run together.
_QINGKUANG_FIRST = regex_cache.compile(r"(?:支出|收入|收支|经费|拨款)情况((?:决算|预算)(?:明细)?表)")


def swapped_table_words(text: str) -> list[Slip]:
    """"政府性基金预算支出情况决算表": the 情况 of a 情况表 written before the 决算表; the name is …支出决算表.
    And a list item naming a standard table with two of its two-character words swapped (收入决算支出总表 for
    收入支出决算总表): a slip of order, no other table's name."""
    out = []
    for m in near_needles(_QINGKUANG_FIRST, text):
        start = m.start(1) - 2  # 情况 itself
        out.append(Slip(start, m.end(1), text[start:m.end(1)], m.group(1), "order"))
    swaps = _swapped_names()
    for m in _items(text):
        title = m.group(1)
        for n in range(len(title) - 5):  # the standard name may follow the body's name and year
            meant = swaps.get(title[n:])
            if meant is not None:
                out.append(Slip(m.start(1) + n, m.end(1), title[n:], meant, "swap"))
                break
    return out


_BOTH_ORDERS = frozenset({"支出预算", "预算支出", "收入预算", "预算收入"})


@per_glossary()
def _swapped_names() -> dict[str, str]:
    """Each standard table name with two adjacent words of two characters swapped, and the name: the forms that
    are no standard name themselves."""
    names = _table_names(titles())
    out = {}
    for name in names:
        for i in range(len(name) - 3):
            if name[i:i + 4] in _BOTH_ORDERS:
                continue  # 支出预算表 and 预算支出表 are both the templates' (政府性基金预算支出表, “三公”经费预算支出表)
            swapped = name[:i] + name[i + 2:i + 4] + name[i:i + 2] + name[i + 4:]
            if swapped not in names and swapped != name:
                out.setdefault(swapped, name)
    return out
