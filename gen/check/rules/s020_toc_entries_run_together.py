"""S020: two contents entries run into one line ("三、支出决算情况说明……10四、财政拨款收入……").

A contents gives each entry a line of its own: its title, a dot leader, its
page. When the break after a page number is lost (a stray deletion, a PDF
export that joins lines), the next entry's number follows the page on the same
line: 10四、, 3（二）, 12第三部分. The reader sees one entry with a page of 10
and a title that goes on. Read only after a dot leader of three marks or more,
so a figure in running text (共10四、…) never counts, and only where a heading's
number (一、, （一）, 第X部分) follows the page at once.

The same damage the other way: a contents line that kept only its dot leader and page ("……………… 7"
between （六） and （八）), the entry's number and title lost. Read only under another entry with a leader.
And a contents entry whose page was never filled in: its leader ends in an empty （  ） where the entries
around it give theirs ((11), (12) …).
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Iterable

from ...core.regex_needles import finditer as near_needles
from ...core import regex_cache
from ...core.regex_needles import contains
from ..context import CheckContext
from ..finding import Finding
from ...core.chinese_numerals import chinese_ordinal, parse_chinese_numeral
from ..registry import Rule

RULE = Rule(
    code="S020",
    name="toc-entries-run-together",
    severity="warning",
    summary="目录中两个条目连在一行（页码之后直接接下一条的编号，或一条接在上一条标题之后、下一行已跳到再下一条），或一行只剩引导点和页码",
    doc=(
        "检查什么：目录中一条的页码之后直接接着下一条的编号，两条挤在一行，如“三、支出决算情况说明……10四、财政拨款收入支出决算总体情况说明……10”。\n"
        "为什么：每个目录条目应各占一行；页码后的换行丢了，读者会把两条看成一条。\n"
        "目录中某一条只有引导点没有页码、其余各条都写了页码的，同样报告。\n"
        "没有引导点的列表，一行中标题之后接着下一条的编号（“一、收入支出决算总表二、收入决算表”），下一行已是“三、”的，同样报告。\n"
        "目录中一行只剩引导点和页码（“………………7”），条目的编号和标题丢了，同样报告；引导点之后的页码括号是空的（“.(  )”），页码没有填，也报告。\n"
        "不报的情形：没有连续三个以上的引导点（……、.....）的行；页码之后不是标题编号（一、（一）第X部分）；"
        "整个目录挤在一行、三处以上这样相接的（网页排版把目录压成了一行，不是漏了换行）。\n"
        "示例：“三、支出决算情况说明……10四、财政拨款收入……”应在“10”之后换行。"
    ),
    flag=(
        "目录\n二、收入决算情况说明..........9\n三、支出决算情况说明..........10四、财政拨款收入支出决算总体情况说明....10\n",
        "目录\n（一）部门职责……………1（二）机构设置……………2\n",
        "目录\n第一部分 部门概况……………2第二部分 部门决算表……………5\n",
        "目录\n（六）基本支出决算情况说明.......... 6\n................................ 7\n（八）预算绩效情况说明.......... 9\n",
        "目录\n(六)基本支出决算情况说明..(14)\n(七)政府性基金预算财政拨款支出决算总体情况说明.(  )\n(八)国有资本经营预算支出说明....(15)\n",
        # an entry whose page was never filled in, among entries that give theirs
        "目录\n第一部分 部门概况..........2\n一、基本职能及主要工作..........\n二、机构设置..........8\n"
        "第二部分 部门决算情况说明..........9\n一、收入支出决算总体情况说明..........9\n二、收入决算情况说明..........9\n",
        # a list of tables with no leader: 二、 inside the line of 一、, the next line at 三、
        "第二部分 决算报表\n一、收入支出决算总表二、收入决算表\n三、支出决算表\n四、财政拨款收入支出决算总表\n",
    ),
    keep=(
        "目录\n二、收入决算情况说明..........9\n三、支出决算情况说明..........10\n四、财政拨款收入支出决算总体情况说明....10\n",
        "本年共开展培训10四、五期，参训人员200人。",
        "目录\n一、概况……（ 3 ）\n（一）部门职责……（ 3 ）\n",
        "签字：................................ 7\n",
        # a contents the page flattened into one line: its layout, not a writer's slip
        "目录 一、收入支出决算总表 ........ 3 二、收入决算表 ........ 5 三、支出决算表 ........ 6 四、财政拨款收入支出决算总表 .... 6\n",
        # the contents' last line on a page, its page gone with the sheet: no contents line after it
        "目录\n1.基本情况..........1\n2.绩效评价..........2\n2.1目的..........2\n2.2过程..........3\n3.分析..........3\n"
        "3.1投入..........3\n3.2过程..........\n\n下载后继续阅读\n",
        # a 二、 inside a sentence under 一、 (第二、三季度) and a list that counts on by one
        "一、工作开展情况。第二、三季度完成了验收。\n三、下一步工作\n",
        "一、收入支出决算总表\n二、收入决算表\n三、支出决算表\n",
    ),
)

# A dot leader, a page number, then at once the number of the next entry.
_RUN_TOGETHER = regex_cache.compile(
    r"[.．…·]{3,}[ \t\u3000]{0,2}(?P<page>\d{1,3})[ \t\u3000]{0,2}"
    r"(?P<next>[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）]|第[一二三四五六七八九十]{1,2}部分)"
)


FLATTENED = 3  # entries joined on one line from which on the line is a flattened contents, not a lost break
_LEADERS = ("...", "…", "．．．", "···")  # a dot leader holds one of these: without any, no leader to read


# A line opening on a first-level number (一、), and the next line's.
_LINE_NUMBER = regex_cache.compile(r"(?m)^[ \t\u3000]{0,4}([一二三四五六七八九十]{1,3})、")
_HAN = regex_cache.compile(r"[\u4e00-\u9fff”》）)]")


def _entries_joined(text: str) -> Iterable[Finding]:
    """"一、收入支出决算总表二、收入决算表" over a line "三、支出决算表": the entry numbered n + 1 stands inside line n,
    right after its title, and the next line goes on at n + 2. Its line break was lost; no leader is needed to see it."""
    prev = None
    for m in near_needles(_LINE_NUMBER, text):
        n = parse_chinese_numeral(m.group(1))
        if prev is not None and n is not None and prev[1] is not None and n == prev[1] + 2 \
                and text.count("\n", prev[0].end(), m.start()) == 1:
            mark = chinese_ordinal(prev[1] + 1) + "、"
            at = text.find(mark, prev[0].end(), m.start())
            if at > prev[0].end() and _HAN.match(text, at - 1) and text[at - 1] not in "一二三四五六七八九十第":
                yield Finding(at, at + len(mark), RULE.code, RULE.severity,
                              f"两条连在一行：“{mark}”一条接在上一条“{prev[0].group(1)}、”的标题之后，"
                              f"下一行已是“{m.group(1)}、”，“{mark}”应另起一行。")
        prev = (m, n)


# A contents line: a title, a dot leader, then its page or nothing.
_LEADER_LINE = regex_cache.compile(
    r"(?m)^[ \t\u3000]{0,4}(?P<title>[^\s.．…·][^\n]{0,60}?)[.．…·]{6,200}[ \t\u3000]{0,2}(?P<page>\d{1,3})?[ \t\u3000]{0,2}$")
# Every leader line holds a run of six leader marks on its one line: no line before the first run can be one,
# so the lines are read from that run's line on (a charset search, where the line pattern opening on ^ is tried
# at every character: 5.9 -> 2.9 ms over two 200k texts without contents; no dearer with them).
_LEADER_RUN = regex_cache.compile(r"[.．…·]{6}")
MIN_PAGED = 5  # contents lines with their page that show the contents gives each entry one


def _pages_lost(text: str) -> Iterable[Finding]:
    """"一、基本职能及主要工作........" among entries that end in their page (二、机构设置......8): the entry's page
    was never filled in. Read only where the next line of text is a contents line too (a contents cut at a
    page's foot ends on a leader whose page went to the next sheet)."""
    first = _LEADER_RUN.search(text)
    if first is None:
        return
    lines = list(_LEADER_LINE.finditer(text, text.rfind("\n", 0, first.start()) + 1))
    if sum(1 for m in lines if m.group("page")) < MIN_PAGED:
        return
    for m, nxt in zip(lines, lines[1:]):
        if m.group("page") or text[m.end():nxt.start()].strip():
            continue
        yield Finding(m.end("title"), m.end(), RULE.code, RULE.severity,
                      f"目录中“{m.group('title').strip()[:16]}”一条只有引导点，没有页码，其余各条都写了页码，请补上。")


def check(ctx: CheckContext) -> Iterable[Finding]:
    if contains(ctx.text, "、"):
        yield from _entries_joined(ctx.text)
    if not any(contains(ctx.text, lead) for lead in _LEADERS):
        return
    yield from _pages_lost(ctx.text)
    yield from _titles_lost(ctx.text)
    for m in _PAGE_BLANK.finditer(ctx.text):
        yield Finding(m.start(1), m.end(1), RULE.code, RULE.severity, "目录中这一条的页码括号是空的，页码没有填写，请补上。")
    joins = [(m, ctx.text.rfind("\n", 0, m.start())) for m in _RUN_TOGETHER.finditer(ctx.text)]  # with their line
    lines = Counter(line for _, line in joins)
    for m, line in joins:
        if lines[line] >= FLATTENED:
            continue  # the whole contents on one line: the page's layout flattened it, no break lost by the writer
        yield Finding(m.start("page"), m.end("page"), RULE.code, RULE.severity,  # where the break is missing: after the page
                      f"目录中两条连在一行：页码“{m.group('page')}”之后直接接下一条的“{m.group('next')}”，应在页码后换行。")


# A leader closing on an empty pair of brackets where the page should stand (…说明.(  )).
_PAGE_BLANK = regex_cache.compile(r"[.．…·]+[ \t\u3000]{0,2}([（(][ \t\u3000]{0,4}[)）])[ \t\u3000]*$", re.M)


# A line of a dot leader and a page only, under a line that holds a leader too (the contents).
_TITLE_LOST = regex_cache.compile(
    r"(?<=\n)[ \t\u3000]{0,4}[.．…·]{6,}[ \t\u3000]{0,4}\d{1,3}[ \t\u3000]{0,4}$", re.M)


def _titles_lost(text: str) -> Iterable[Finding]:
    for m in _TITLE_LOST.finditer(text):
        above = text[text.rfind("\n", 0, m.start() - 1) + 1:m.start()]
        if any(lead in above for lead in _LEADERS):
            yield Finding(m.start(), m.end(), RULE.code, RULE.severity,
                          "目录中这一行只有引导点和页码，条目的编号和标题丢了，请补全。")
