"""S011: a numbered item that lost its number ("、国有资产占用情况表", "部分  名词解释").

When a list of tables or sections is edited (or pasted from a PDF), the
numeral in front of one item can be lost: its 顿号 stays ("九、…" then
"、…"), nothing stays (a title between 九、 and 十一、), or a division keeps
only "部分" after "第二部分". S001 cannot see the item, which is no longer a
numbered heading, and leaves the gap it causes (九、 then 十一、) to this rule:
one defect, reported once, on the item that lost its number (a 顿号 line after
an unnumbered one is that run's next item, not a second orphan of the last
numbered one; after a 第X部分 heading, the first of a new list). The same holds for section titles that lost their number between their siblings (（一）,
"总体情况分析", （四）). A level's first item that lost its (1) (a run-in
title after the parent, then （2）) is reported here, and S001 still names
the level that starts at 2. A report's last section whose title lost its number (二、 with 1. 2. under it, then
"招生办法" right before a list restarting at 1., no 三、 anywhere) is found by the restart, which S001 then leaves.
The rule speaks only where it can name the lost
number (gen.check.lost_numbers). An item whose numeral went with its open bracket (")负责…" between （三）
and （十）) is read as one that kept an empty pair, unless the line above left a bracket open (a wrap). In a list
numbered （一）. (bracket and dot, one habit) a next paragraph opening on the dot alone kept only that: （二） was lost.
A list's first item that kept only its 顿号, after a colon or at a line's start (主要职责是:、听取……意见。二、团结……;
、负责贯彻执行……; 2 、负责……), is read by the second item, 二、 or 2、, within a few lines after it with no 一、 or 1、
between: the lost number is 一 or 1 (``_first_kept_mark``). A list of run-in titles whose first lost its 一、 whole
(就医方面：……, then 二、银联储蓄方面：……) is read by the second's title: a line a few lines before the text's first 二、 run-in
title, opening on a run-in title with the same last two characters, with no 一、 opening a line before it
(``_first_run_in_unmarked``).
"""

from __future__ import annotations

import re

from ...core.regex_needles import search as near_search
from ...core import regex_cache
from ...core.chinese_numerals import chinese_ordinal, parse_chinese_numeral
from ...core.regex_needles import finditer as near_needles
from ..bare_mark_runs import bare_mark_runs
from ..finding import Finding
from ..heading_gaps import EMPTY_MARK
from ..contents import contents_and_body
from ..lost_numbers import lost_numbers
from ..parts import parts_without_di
from ..registry import Rule
from ._s011_examples import FLAG, KEEP
from ..section_levels import titles_unnumbered

RULE = Rule(
    code="S011",
    name="lost-item-number",
    severity="warning",
    summary="列举项或“第X部分”丢了序号",
    doc=(
        "检查什么：以顿号“、”开头的一行，而它前面几行是“八、…”“九、…”这样编号的列举项"
        "（或它是一行标题，前面是“一、部门概况”及其下的“（一）……（五）”），"
        "说明这一项的序号丢了，只剩下顿号（常见于目录、决算表清单）；职能职责列举“1.……4.……”之后的收尾一项“完成上级交办的其他任务”没有序号（应为“5.”）；夹在“九、”与“十一、”两个标题之间、"
        "没有任何序号的一行标题（应为“十、”，此时不再另报“十一、”跳号；连着两三行都是这样、所缺序号正好是这么多时，逐行报告）；“第二部分”之后只写“部分  名词解释”的一行（应为“第三部分”）；"
        "“（一）”与“（四）”之间、前后都是正文的两行无序号小标题（应为“（二）”“（三）”，此时不再另报跳号）；"
        "“一、”与“三、”之间、其下紧接“（一）”的一行无序号标题（应为“二、”，目录中常见）；"
        "上级标题之下第一段以“产出指标完成情况。”这样的小标题开头，同级下一项却编为“（2）”（这一段丢了“（1）”）；"
        "段首只剩一对空括号“（）”或只剩右括号“)”、括号里的序号丢了的（网页转载时常见，应为“（一）”“（二）”……，按上一个同级序号或上级标题推出）；"
        "“第一部分”之后紧接一行无序号标题、其下是正文，本部分第一个编号标题却是“二、”（这一行应为“一、”；两行这样的标题、其后是“三、”时同样）。\n"
        "“二、银联储蓄方面：”之前几行以“就医方面：”开头、前文没有“一、”的（同样写法的第一项丢了序号，应为“一、就医方面：”）；"
        "全文第一个标题只剩顿号（“ 、绩效自评工作组织开展情况”，此前没有同级编号标题，应为“一、”）；"
        "“三、”之下列举从“（三）”编起，其前两行无序号的短标题（应为“（一）”“（二）”）。\n"
        "为什么：序号缺失使目录项数与实际不符，读者无法按序号查找。\n"
        "不报的情形：前面几行没有编号的列举项时不报（无法判断应补的序号）；前后序号连续、中间一行是正文句子；"
        "“（一）……（八）”决算表清单之后、下一个“三、”之前没有序号的一行表名照报（应为“（九）”）；“1.”的小标题不以句号结尾、或同一节中以句号结尾的短行不止一行、或这一行之后没有正文（一句短的结语）；"
        "跳号处的无序号小标题多于或少于所缺的序号（那是节内的小标题，跳号由 S001 报告）；"
        "“部分单位……”这类以“部分”一词开头的正文（“二部分”这样丢了“第”字的部分标题照报）。\n"
        "一组列举（两行以上）每行都只剩“.”或“、”、序号全丢了的（“.定量指标……”“.对于不适用……”），逐行报告应补的序号。\n"
        "示例：“九、财政拨款“三公”经费支出决算表”之后一行“、国有资产占用情况表”应为“十、国有资产占用情况表”。"
    ),
    flag=FLAG,
    keep=KEEP,
)


_MESSAGES = {
    "orphan": "这一项以顿号开头，序号丢了：上一项是第{n}项，此处应为“{e}”。",
    "opening": "这一项以顿号开头，序号丢了：下一项编为第2项，此处应为“{e}”。",
    "division_first": "这一项以顿号开头，序号丢了：它是上面“第X部分”标题下的第一项，此处应为“{e}”。",
    "unmarked": "这一项没有序号：同一列举的上一项是第{n}项，此处应为“{e}”。",
    "part": "这一项前的序号丢了：上一项是第{n}项，此处应为“{e}”。",
    "section": "这一行是标题却没有序号：前后同级标题的序号不连续，此处应为“{e}”。",
    "first": "这一层的第一项没有序号：其后同级一项编为第2项，此处应为“{e}”。",
    "part_first": "这一行是本部分开头的标题，却没有序号：本部分其后的同级标题没有从“一、”编起，此处应为“{e}”。",
    "part_opening": "这一部分前的序号丢了：其后是“第二部分”，此处应为“{e}”。",
    "into_year": "这一项的序号丢了标点，与后面的年份连成一个数：上一项是第{n}项，此处应为“{e}”，后接年份。",
    "into_year_first": "这一项的序号丢了括号，与后面的年份连成一个数：标题下的第一项应为“{e}”，后接年份。",
}


def _one_per_place(losses):
    """One loss per item: a 顿号 line after an unnumbered item is read both as that run's next item (四、)
    and as an orphan of the last numbered one (三、); the reading that counts the items between holds."""
    best = {}
    for lost in losses:
        kept = best.get(lost.start)
        if kept is None or lost.number > kept.number:
            best[lost.start] = lost
    return [lost for lost in losses if best[lost.start] is lost]


def check(ctx):
    told = set()
    for lost in _one_per_place(list(lost_numbers(ctx))):
        message = _MESSAGES[lost.kind].format(n=lost.number, e=lost.expected)
        told.add(lost.start)
        yield Finding(lost.start, lost.end, RULE.code, RULE.severity, message, lost.expected)
    yield from _titled_in_contents(ctx, told)
    yield from _empty_marks(ctx.text, told)
    yield from _inline_empty_marks(ctx.text)
    yield from _parts_without_di(ctx.text)
    yield from _first_title_orphan(ctx.text, told)
    yield from _opening_titles_unmarked(ctx.paragraphs, told)
    yield from _all_numbers_lost(ctx.text, told)
    yield from _dot_after_bracketed(ctx.paragraphs, told)
    yield from _first_kept_mark(ctx.text, told)
    yield from _first_run_in_unmarked(ctx.text, told)


# A bare 顿号 opening an item after a colon or a line break (opens on that mark: a class the engine skips to; the
# text's own start is read by hand); the list's second and first items after it.
_BARE_FIRST = regex_cache.compile(r"[\n：:][ \t\u3000]{0,4}、(?=[\u4e00-\u9fff《“])")
_SECOND_ITEM = regex_cache.compile(r"(?<![\d\u4e00-\u9fff（(])(二|2)[ \u3000]?、")
_FIRST_ITEM = regex_cache.compile(r"(?<![\d\u4e00-\u9fff（(])(?:一|1)[ \u3000]?、")
FIRST_REACH = 300  # characters after the bare 顿号 read for the second item
FIRST_LINES = 6  # line breaks, at most, between them


def _first_kept_mark(text: str, told: set[int]):
    """A list's first item that kept only its 顿号 (主要职责是:、听取……。二、团结……): its 一 (or 1) was lost."""
    if "、" not in text:
        return
    for m in _BARE_FIRST.finditer("\n" + text):
        s = m.end() - 2
        second = _SECOND_ITEM.search(text, s, s + FIRST_REACH)
        if s in told or second is None or text.count("\n", s, second.start()) > FIRST_LINES \
                or _FIRST_ITEM.search(text, s, second.start()):
            continue
        first = "一、" if second.group(1) == "二" else "1、"
        yield Finding(s, s + 1, RULE.code, RULE.severity,
                      f"这一项只剩顿号，序号丢了：后面接着是“{second.group(1)}、”，此处应为“{first}”。", first)


# A paragraph opening on 二、 and a run-in title closed by a colon (二、银联储蓄方面：), and a line a few lines before it
# opening on a run-in title with the same last two characters and no number (就医方面：): the list's first item, 一、 lost.
_SECOND_RUN_IN = regex_cache.compile(r"(?m)^[ \t\u3000]{0,4}二、([\u4e00-\u9fff]{1,10}([\u4e00-\u9fff]{2}))[：:]")
_RUN_IN = regex_cache.compile(r"[ \t\u3000]{0,4}([\u4e00-\u9fff]{1,10})[：:]")
_FIRST_LINE_ITEM = regex_cache.compile(r"(?m)^[ \t\u3000]{0,4}(?:一|1)[ \u3000]?[、.．]")


def _first_run_in_unmarked(text: str, told: set[int]):
    """The first of a list's run-in titles written without its 一、 where the second is 二、 with a title ending the
    same way (就医方面：……／二、银联储蓄方面：……), no 一、 opening a line before it."""
    if "二、" not in text:
        return
    for m in near_needles(_SECOND_RUN_IN, text):  # the same matches, tried only at the lines that can open one
        if _FIRST_LINE_ITEM.search(text, 0, m.start()):
            return  # the text numbers a first item of its own: not this list's lost one
        end = m.start()
        for _ in range(FIRST_LINES):
            start = text.rfind("\n", 0, max(0, end - 1)) + 1
            if start >= end:
                break
            run = _RUN_IN.match(text, start)
            if run and run.group(1).endswith(m.group(2)) and run.group(1) != m.group(1) and start not in told:
                at = run.start(1)
                yield Finding(at, run.end(1), RULE.code, RULE.severity,
                              f"这一项的序号丢了：后面同样写法的“二、{m.group(1)}”是第二项，此处应为“一、{run.group(1)}”。",
                              "一、" + run.group(1))
                break
            end = start
        return  # only the text's first 二、 titled this way


# A paragraph numbered （一）. (a bracket and a dot, one habit), and the next opening on the dot alone: (二) lost.
_BRACKET_DOT = regex_cache.compile(r"[ \t\u3000]{0,8}[（(]([一二三四五六七八九十]{1,3})[)）][.．]")
_DOT_ONLY = regex_cache.compile(r"[ \t\u3000]{0,8}([.．])(?=[\u4e00-\u9fff])")


def _dot_after_bracketed(paras, told: set[int]):
    """The next item of a list numbered （一）. that kept only its dot (.执行本行政区域内…): its （二） was lost."""
    before = None
    for p in paras:
        if not p.text.strip():
            continue
        m = _DOT_ONLY.match(p.text) if before else None
        if m and p.start + m.start(1) not in told:
            expected = f"（{chinese_ordinal(before + 1)}）"
            yield Finding(p.start + m.start(1), p.start + m.end(1), RULE.code, RULE.severity,
                          f"这一项只剩序号后的“{m.group(1)}”，序号丢了：上一项是“（{chinese_ordinal(before)}）”，"
                          f"此处应为“{expected}”。", expected)
        b = _BRACKET_DOT.match(p.text)
        before = parse_chinese_numeral(b.group(1)) if b else None


def _all_numbers_lost(text: str, told: set[int]):
    """Each line of a list whose every item lost its number (.定量指标…, .对于…, .请在…). No number is offered: a
    wrapped item the reader joined to the line above hides its own mark, so the run's count may fall short."""
    for start, end, mark, _n in bare_mark_runs(text):
        if start in told:
            continue
        example = "“1.”“2.”" if mark in ".．" else "“1、”“2、”或“一、”“二、”"
        yield Finding(start, end, RULE.code, RULE.severity,
                      f"这一组列举各行都只剩“{mark}”，序号全丢了，请按顺序补上序号（如{example}）。", None)


# A title line that opens on a bare 顿号: no sentence punctuation in it, a body paragraph after it.
_BARE_TITLE = regex_cache.compile(r"^[ \t\u3000]{0,8}(、)[\u4e00-\u9fff“][^。，,；;：:！？\n]{1,29}$", re.M)
_NUMBERED_FIRST = regex_cache.compile(r"^[ \t\u3000]{0,8}([一二三四五六七八九十]{1,3})、", re.M)
BODY_AFTER = 20  # characters of the paragraph under the title, with a full stop


def _first_title_orphan(text: str, told: set[int]):
    """The report's first 一、-level title that lost its numeral (" 、绩效自评工作开展情况"), with no numbered title of
    that level before it and none after it but 二、 (so lost_numbers, which reads a neighbour's number, is silent):
    it is the first, 一、. The line must be a title: short, no punctuation, a paragraph of body text under it."""
    for m in near_needles(_BARE_TITLE, text):
        if m.start(1) in told or m.start() in told:
            continue
        if _NUMBERED_FIRST.search(text, 0, m.start()) is not None:
            continue
        later = _NUMBERED_FIRST.search(text, m.end())
        if later is not None and later.group(1) != "二":
            continue
        prev = text[max(0, m.start() - 2):m.start()].rstrip("\n")
        if prev and "\u4e00" <= prev[-1] <= "\u9fff":
            continue  # the line right before ends mid-sentence: a 顿号 that runs on from it
        rest = text[m.end():m.end() + 2000].lstrip()
        body = rest[:rest.find("\n")] if "\n" in rest else rest
        if len(body) < BODY_AFTER or "。" not in body:
            continue
        yield Finding(m.start(1), m.end(), RULE.code, RULE.severity,
                      "这一行是标题，却以顿号开头，序号丢了：全文此前没有同级编号标题，此处应为“一、”。", "一、")


_BRACKET_ITEM = regex_cache.compile(r"[ \t\u3000]{0,8}[（(]([二三])[）)]")
_BRACKET_ANY = regex_cache.compile(r"[ \t\u3000]{0,8}[（(][一二三四五六七八九十]{1,3}[）)]")
_OUTER_HEAD = regex_cache.compile(r"[ \t\u3000]{0,8}(?:[一二三四五六七八九十]{1,3}、|第[一二三四五六七八九十]{1,3}部分)")
_TITLE_LIKE = regex_cache.compile(r"[\u4e00-\u9fff“”]{2,20}")
OUTER_REACH = 6  # paragraphs searched back for the heading above


def _opening_titles_unmarked(paras, told: set[int]):
    """A list under a 一、 heading that starts at （二） or （三）, right after as many short title lines with no
    mark (部门收支总表, 部门收入总表, then （三）部门支出总表): those lines lost their （一）（二）. The line before
    them must be no title (the heading or a sentence), so the count is exact, and no （一） stands under the heading."""
    for i, p in enumerate(paras):
        m = _BRACKET_ITEM.match(p.text)
        if m is None:
            continue
        lost = parse_chinese_numeral(m.group(1)) - 1
        if i - lost < 1:
            continue
        titles = paras[i - lost:i]
        if not all(_TITLE_LIKE.fullmatch(t.text.strip()) for t in titles):
            continue
        if _TITLE_LIKE.fullmatch(paras[i - lost - 1].text.strip()):
            continue
        head = next((j for j in range(i - lost - 1, max(-1, i - lost - 1 - OUTER_REACH), -1)
                     if _OUTER_HEAD.match(paras[j].text)), None)
        if head is None or any(_BRACKET_ANY.match(q.text) for q in paras[head + 1:i - lost]):
            continue
        for number, t in enumerate(titles, 1):
            at = t.start + len(t.text) - len(t.text.lstrip())
            if at in told:
                continue
            expected = f"（{chinese_ordinal(number)}）"
            yield Finding(at, t.end, RULE.code, RULE.severity,
                          f"这一行是列举项却没有序号：其后一项编为“{m.group().strip()}”，此处应为“{expected}”。", expected)


def _parts_without_di(text: str):
    for at, end in parts_without_di(text):
        expected = "第" + text[at:end]
        yield Finding(at, end, RULE.code, RULE.severity, f"部分标题丢了“第”字：“{text[at:end]}”应为“{expected}”。", expected)


def _titled_in_contents(ctx, told: set[int]):
    """A body line that is a contents entry's title without its number (目录 一、部门决算单位构成, 正文 部门决算单位构成)."""
    got = contents_and_body(ctx)
    if got is None:
        return
    for line, entry in titles_unnumbered(ctx.paragraphs, *got):
        at = line.start + len(line.text) - len(line.text.lstrip())
        if at in told or line.start in told:
            continue
        yield Finding(at, line.end, RULE.code, RULE.severity,
                      f"这一行是标题却没有序号：目录中为“{entry.mark}{line.text.strip()}”，此处应为“{entry.mark}”。", entry.mark)


_EMPTY_MARK = EMPTY_MARK  # a paragraph opening on an empty pair of brackets (gen.check.heading_gaps)
_BRACKETED_NUMBER = regex_cache.compile(r"[ \t\u3000]{0,8}[（(]([一二三四五六七八九十]{1,3})[)）]")
# A heading above the bracketed level: its first item is （一）.
_ABOVE = regex_cache.compile(r"[ \t\u3000]{0,8}(?:[一二三四五六七八九十]{1,3}[、.．]|第[一二三四五六七八九十\d]{1,3}[部章节]|目[ \t\u3000]{0,4}录)")
REACH_LINES = 60  # lines searched upwards for the previous item or the heading above
REACH_CHARS = 8000  # and no further back in characters (a page of text)


def _empty_marks(text: str, told: set[int]):
    """The empty brackets that open paragraphs, each with the numeral it lost: one more than the previous
    （X） of the run, or than the count of empty ones since the heading above; none where neither is in reach."""
    for m in near_needles(_EMPTY_MARK, text):
        empties, number = 0, None
        lines = text[max(0, m.start() - REACH_CHARS):m.start()].split("\n")[-REACH_LINES - 1:-1]
        for line in reversed(lines):
            if _EMPTY_MARK.match(line + "\n"):
                empties += 1
            elif (k := _BRACKETED_NUMBER.match(line)) and parse_chinese_numeral(k.group(1)):
                number = parse_chinese_numeral(k.group(1)) + empties + 1
                break
            elif _ABOVE.match(line):
                number = empties + 1
                break
        half = len(m.group(1)) == 1  # only the closing bracket kept (")负责…")
        if half and (m.start() in told or m.start(1) in told):
            continue  # an untitled line's lost number, already read among its siblings (gen.check.lost_numbers)
        if half and lines and lines[-1].count("(") + lines[-1].count("（") > lines[-1].count(")") + lines[-1].count("）"):
            continue  # the line above left a bracket open: this ) closes it, wrapped onto the next line
        if number and number < 100:
            expected = f"（{chinese_ordinal(number)}）"
            what = "序号和左括号丢了，只剩右括号" if half else "括号里的序号丢了，只剩一对空括号"
            yield Finding(m.start(1), m.end(1), RULE.code, RULE.severity, f"{what}：此处应为“{expected}”。", expected)


# The same list run into one paragraph ("履行下列职责：（）贯彻……。（）对……。"): empty brackets after the colon that
# introduces the list, then after each item's full stop. Two at least: one pair alone may be a blank left to fill.
MIN_ITEM = 5  # characters of an item's text with its full stop
_INLINE_EMPTY = regex_cache.compile(r"[：:。；;][ \u3000]{0,2}([（(][ \u3000]{0,2}[)）])(?=[\u4e00-\u9fff“])")


def _inline_empty_marks(text: str):
    if near_search(_INLINE_EMPTY, text) is None:
        return
    at = 0
    for line in text.split("\n"):
        marks = list(_INLINE_EMPTY.finditer(line))
        ends = [m.start() for m in marks[1:]] + [len(line)]
        # items of at least a few words each: a questionnaire's boxes (（）满意。（）基本满意。) hold a word or two
        if len(marks) >= 2 and line[marks[0].start()] in "：:" \
                and all(end - m.end() > MIN_ITEM for m, end in zip(marks, ends)):
            for number, m in enumerate(marks, 1):
                expected = f"（{chinese_ordinal(number)}）"
                yield Finding(at + m.start(1), at + m.end(1), RULE.code, RULE.severity,
                              f"列举项括号里的序号丢了，只剩一对空括号：此处应为“{expected}”。", expected)
        at += len(line) + 1
