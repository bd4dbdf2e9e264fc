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
from ..confusion import freq
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
        # the same with the joined entry's title wrapped onto a line of its own
        "目录\n二、关于某县文化馆2024年收入预算情况说明\n三、关于某县文化馆2024年支出预算情况说明四、关于某县文化馆2024年财政拨款收支预算\n"
        "情况的总体说明\n五、关于某县文化馆2024年一般公共预算当年拨款情况说明\n",
        # the contents' last entry run into the body's first heading
        "目录\n第三部分 部门预算情况说明\n第四部分 名词解释第一部分\n某县文化馆单位概况\n",
        # a title's last character carried to the next line, before the first entry's number
        "第三部分 某县文化馆2024年单位预算情况说\n明一、关于某县文化馆2024年收支预算情况的总体说明\n二、关于收入预算情况说明\n",
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
        # a part that names another part; a list numbered 十一、 on its own line; a wrapped title kept whole
        "第三部分 关于第二部分的说明\n第四部分 名词解释\n第一部分 单位概况\n",
        "十、其他事项\n十一、政府采购情况说明\n统一、规范管理\n",
        "第三部分 单位预算情况说明\n一、关于收支预算情况的总体说明\n二、关于收入预算情况说明\n",
        # a paragraph between the items: prose, not a wrapped title
        "一、工作开展情况。第二、三季度完成了验收。\n全年完成投资1200万元，占计划的105%，各项目均按期推进并通过验收。\n三、下一步工作\n",
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
                and _wrapped_only(text, prev[0].end(), m.start()):
            mark = chinese_ordinal(prev[1] + 1) + "、"
            at = text.find(mark, prev[0].end(), m.start())
            if at > prev[0].end() and _HAN.match(text, at - 1) and text[at - 1] not in "一二三四五六七八九十第":
                yield Finding(at, at + len(mark), RULE.code, RULE.severity,
                              f"两条连在一行：“{mark}”一条接在上一条“{prev[0].group(1)}、”的标题之后，"
                              f"下一行已是“{m.group(1)}、”，“{mark}”应另起一行。")
        prev = (m, n)


MAX_WRAP = 30  # characters of a title's wrapped rest on its own line (情况的总体说明)


def _wrapped_only(text: str, start: int, end: int) -> bool:
    """Whether the lines from the one holding ``start`` to the one before ``end`` are one entry's line and at most
    two short lines of its wrapped title (a long entry breaks: …收支预算 / 情况的总体说明), none closing a sentence."""
    rest = text[start:end].split("\n")[1:-1]
    return len(rest) <= 2 and all(0 < len(line.strip()) <= MAX_WRAP and not line.rstrip().endswith("。")
                                  for line in rest)


# A line opening on a part's heading that holds a second one glued to a character of its title (第四部分 名词解释第一部分):
# the contents' last entry run into the body's first heading. The second stands at the line's end or before a title.
_PART = r"第[一二三四五六七八九十]{1,2}部分"
_PARTS_JOINED = regex_cache.compile(
    r"(?m)^[ \t\u3000]{0,4}(" + _PART + r")[^\n]{1,40}?(?<=[\u4e00-\u9fff])(?<![于见和及与在照同如对的至])(" + _PART + r")"
    r"(?=[ \t\u3000]{0,4}$|[ \t\u3000]{0,2}[\u4e00-\u9fff])")
# A first entry's line opening on the last one or two characters of the line above (…情况说 / 明一、关于…): the break
# fell inside the word the two make, before the entry's number.
_HEAD_TAIL = regex_cache.compile(r"(?m)^([\u4e00-\u9fff]{1,2})(?<![一二三四五六七八九十])一、(?=[\u4e00-\u9fff])")
_NUMERAL_CHARS = frozenset("一二三四五六七八九十")
WORD_FREQ = 1000  # the word the line break cut (说明) is a common one


def _parts_joined(text: str) -> Iterable[Finding]:
    for m in near_needles(_PARTS_JOINED, text):
        if m.group(1) != m.group(2):
            yield Finding(m.start(2), m.end(2), RULE.code, RULE.severity,
                          f"两条连在一行：“{m.group(2)}”接在“{m.group(1)}”一行的标题之后，应另起一行"
                          "（多是目录的末条与正文的第一个标题连在了一起）。")


def _tails_moved(text: str) -> Iterable[Finding]:
    for m in near_needles(_HEAD_TAIL, text):
        moved = m.group(1)
        if moved[0] in _NUMERAL_CHARS or m.start() < 2 or text[m.start() - 1] != "\n":
            continue
        above_end = m.start() - 1
        last = text[above_end - 1]
        if not "\u4e00" <= last <= "\u9fff" or freq(last + moved) < WORD_FREQ:
            continue
        below = text.find("\n", m.end())
        if below < 0 or "二、" not in text[below:below + 200]:
            continue  # no list goes on below: not a contents' first entry
        yield Finding(m.start(), m.end(1), RULE.code, RULE.severity,
                      f"换行位置错了：“{moved}”是上一行末尾“{last}{moved}”的字，被移到了下一条“一、”之前，"
                      f"应接回上一行，“一、”另起一行。")


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
        if contains(ctx.text, "一、"):
            yield from _tails_moved(ctx.text)
    if contains(ctx.text, "部分"):
        yield from _parts_joined(ctx.text)
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
