"""Why a gap or a restart in heading numbers is the page's, not the writer's (for S001).

Published reports reach the checker through PDF and web exports that run
lines together and drop marks: a first item inside its parent's line, an item
that lost only its dot (8负责……), a contents list with two entries on one
line (……82四、……), an upper heading run into the line before it
(……分析(一)资金投入……). Each test here says whether the numbers a heading
seems to skip or restart are in fact all there, so S001 reports only the
numbering the writer got wrong.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from ..core import regex_cache
from .headings import lone_mark, numbering, part_starts, standard_mark
from .heading_slots import slot_items
from .lost_numbers import FIRST_MARK, lost_numbers
from .parts import parts_without_di
from .restated_parts import restated_part_starts
from .run_in_headings import list_line_holds
from .titles import cut_marks, parts_written_bumen
from .toc_lines import document_title

_FIRST_MARK = FIRST_MARK


LINE_REACH = 300  # characters read back for the line before a heading


def line_before(text: str, at: int, reach: int = LINE_REACH) -> str:
    """The last non-blank line before ``at`` (read within ``reach`` characters): blank lines between are skipped."""
    return text[max(0, at - reach) : at].rstrip().rsplit("\n", 1)[-1]


def first_inline(ctx, h, last_at: dict) -> bool:
    """The level's first item sits inside its parent's line ("一、概况 （一）职能 1.职责") or at the end
    of the line just before it, after a colon ("主要职责是：1. 实施……" then "2." on its own line):
    flattened, not lost."""
    if h.number == 2:
        # the line before, past blank lines ("附件：1. 2023年度……分解表", a blank line, "2. ……任务清单")
        previous = line_before(ctx.text, h.start)
        # the item may open on a year: "收支安排情况：1、2021年度收入……"
        if re.search(r"[:：]\s{0,2}" + _FIRST_MARK[h.level] + r"\s{0,2}(?:[\u4e00-\u9fff]|\d{4}年)", previous):
            return True
    parents = [at for level, at in last_at.items() if level < h.level]
    if not parents:
        return False
    start = max(parents)
    if h.level == 3 and h.number == 2 and dotless(1).search(ctx.text, start, h.start):
        return True  # "1职能职责" then "2.机构和人员情况": the first item lost its mark, not its place
    end = ctx.text.find("\n", start)
    line = ctx.text[start : end if end >= 0 else len(ctx.text)]
    # after a blank, or glued to the title before it ("……(一)资金投入情况分析1.资金分配情况"), not a figure's digit
    return re.search(r"(?:\s|(?<=[\u4e00-\u9fff）)]))" + _FIRST_MARK[h.level] + r"(?=[\u4e00-\u9fff])", line) is not None


# A document site's note where it hid part of the text ("---此处隐藏5299字,下载后查看---", "……此处隐藏5461个字……"):
# headings numbered across it skip what the site cut, not what the author lost.
_ELIDED = regex_cache.compile(r"隐藏[ \t]{0,2}[\d,，]{1,7}[ \t]{0,2}个?字")


def explained(ctx, since: int, h, prev: int) -> bool:
    """The gap before ``h`` lies across a site's note that it hid part of the text, or is filled by items that lost their number (S011 reports them), by items numbered
    1. 2. in the first-level slots (S018 reports them), or, at the 1. level, by items that lost only their
    dot ("7." "8负责……" "9."): the numbers are all there."""
    if any(x.following == h.start and x.kind == "section" for x in lost_numbers(ctx)):
        return True
    if _ELIDED.search(ctx.text, max(since, 0), h.start):
        return True  # the page hid a stretch (此处隐藏5299字，下载后查看): the missing headings went with it
    # one per item: a 顿号 line after an unnumbered one is read both as an orphan and as the run's next item
    lost = {x.start for x in lost_numbers(ctx) if since < x.start < h.start and x.kind in ("orphan", "unmarked")}
    if len(lost) == h.number - prev - 1:
        return True
    # first-level slots filled by items numbered 1. 2. (六、 1. 2. 九、): S018 reports them, the gap is theirs
    if h.level == 1 and sum(since < x.start < h.start for x in slot_items(ctx)) == h.number - prev - 1:
        return True
    missing = range(prev + 1, h.number)
    lo = max(since, 0)
    if h.level == 2 and garbled_firsts(ctx, h.level, len(missing), lo, h.start):
        return True  # the missing items are there, their marks garbled or broken by the extraction
    if h.level == 3 and all(dotless(n).search(ctx.text, lo, h.start) for n in missing):
        return True
    if lone_marks_hold(ctx, h.level, missing, lo, h.start) or list_line_holds(ctx, h.level, missing, lo, h.start):
        return True
    if doubled_marks_hold(ctx.text, h.level, missing, lo, h.start):
        return True
    # indents decoded as question marks ("????三、支出决算表"): the heading reader does not take such a line,
    # yet the number is there (L004 tells the garbling)
    if all(_after_garbled_indent(standard_mark(h.level, n)).search(ctx.text, lo, h.start) for n in missing):
        return True
    # a contents list flattened to one line: "三、支出决算表……82四、财政拨款……" holds the 四、 after a page number
    if all(_after_page_number(standard_mark(h.level, n)).search(ctx.text, lo, h.start) for n in missing):
        return True
    # a form's rows run into lines: "4四、财政专户管理资金收入70.00四、公共安全支出" holds the 四、 after an amount
    if h.level == 1 and all(_after_amount(standard_mark(1, n)).search(ctx.text, lo, h.start) for n in missing):
        return True
    # a list of tables without page numbers, two names on one line: "七、…支出决算表八、政府性基金…"
    return h.level == 1 and _tables_run_together(ctx.text, lo, h.start, missing)


# A paragraph opening on an empty pair of brackets, then its text: the numeral inside was lost (web copies drop
# the auto-numbering of （一） （二）). A questionnaire's boxes (（ ）满意 （ ）不满意) hold more brackets on the line.
# The open bracket may be lost with the numeral: only ")" opens the line (")负责对管辖的刑事案件审查批准逮捕").
EMPTY_MARK = regex_cache.compile(r"^[ \t\u3000]{0,8}((?:[（(][ \t\u3000]{0,2})?[)）])(?=[\u4e00-\u9fff“][^\n（(]{5})", re.M)

# The same empty brackets before a title past a few blanks ("()  部门年度主要工作任务... 13"), for S001's steps back.
_EMPTY_SECOND = regex_cache.compile(r"^[ \t\u3000]{0,8}[（(][ \t\u3000]{0,2}[)）][ \t\u3000]{0,4}[\u4e00-\u9fff“]", re.M)


def lost_upper(ctx, level: int, lo: int, hi: int) -> bool:
    """A second-level heading that lost its numeral ("()  部门整体支出预算执行情况") opens a line between ``lo``
    and ``hi``: the third level counts afresh under it, so its 1. after a 2. is no step back (S010 tells
    the lost numeral)."""
    return level == 3 and _EMPTY_SECOND.search(ctx.text, lo, hi) is not None

# A second-level mark garbled by a wrong decoding at a line's start: （一） read as "。ㄒ唬", （二） as "。ǘ" (L004);
# the byte before it may itself be lost to a replacement character ("�。ㄒ唬�") or a question mark ("?。ㄒ唬").
_GARBLED_SECOND = regex_cache.compile(r"^[ \t\u3000]{0,8}[\ufffd?？]?。[\u3100-\u312fǘ]", re.M)
# A third-level item whose title opens on a year ("1.2021年，我局……"): read as a decimal, no heading, yet its number is there.
_YEAR_FIRST = regex_cache.compile(r"^[ \t\u3000]{0,8}(\d{1,2})[.．](?:19|20)\d\d(?=[年,，])", re.M)
# A second-level item whose opening bracket was lost in extraction ("一)负责……"), or its bracket and numeral
# alike (")负责……"): the item is there, its number unreadable.
_BROKEN_SECOND = regex_cache.compile(r"^[ \t\u3000]{0,8}[一二三四五六七八九十]{0,3}[)）](?=[\u4e00-\u9fff“])", re.M)


def garbled_firsts(ctx, level: int, count: int, lo: int, hi: int) -> bool:
    """The first ``count`` items of ``level`` between ``lo`` and ``hi`` are there, but not as headings the
    reader could take: second-level marks garbled by a wrong decoding, third-level items whose titles open on a
    year. A （二） or a 3. there does not open its level."""
    if level == 2:
        return _garbled_seconds(ctx.text, count, lo, hi)
    return level == 3 and _year_firsts(ctx.text, count, lo, hi)


def _garbled_seconds(text: str, count: int, lo: int, hi: int) -> bool:
    """``count`` second-level headings garbled by a wrong decoding open lines between ``lo`` and ``hi`` (L004
    tells them). A line that lost its opening bracket ("一)") or its bracket and numeral (")负责……") to the
    extraction holds its item's place too: the count of such lines fills a gap as well as a first."""
    return len(_GARBLED_SECOND.findall(text, lo, hi)) + len(_BROKEN_SECOND.findall(text, lo, hi)) >= count


def _year_firsts(text: str, count: int, lo: int, hi: int) -> bool:
    """Each of the first ``count`` third-level items opens on a year ("1.2021年，……"): the reader takes it for
    a decimal, not a heading, yet its number is there."""
    return count > 0 and {int(m.group(1)) for m in _YEAR_FIRST.finditer(text, lo, hi)} >= set(range(1, count + 1))


def lone_marks_hold(ctx, level: int, numbers: range, lo: int, hi: int) -> bool:
    """Each of ``numbers`` stands between ``lo`` and ``hi`` as a mark alone on its line ("(1)") with its item
    on the next line, too long to be read as a title: a web page that gives each item's number an element of
    its own splits them so. No heading was read there, yet the number is not lost. A second-level number may
    also stand as an empty bracket whose numeral was lost: S011 reports that one."""
    if not numbers:
        return False
    held = {lone_mark(p.text) for p in ctx.paragraphs if lo <= p.start < hi}
    missing = [n for n in numbers if (level, n) not in held]
    # an item whose numeral was lost from its brackets ("()内设机构设置。"): S011 names the number it lost
    return not missing or level == 2 and len(missing) <= sum(1 for _ in EMPTY_MARK.finditer(ctx.text, lo, hi))


def doubled_marks_hold(text: str, level: int, numbers: range, lo: int, hi: int) -> bool:
    """Each of ``numbers`` opens a line between ``lo`` and ``hi`` with its mark doubled ("20,、收入总表",
    "十、、其他事项"), or runs on after the table name above it ("…支出表21,、专项资金表", a line break the reading
    joined; from 十 on, after any title: "…情况说明十一,、…"): the heading reader does not take such an item, yet
    the number is there (P003 tells the doubled mark). Only the marks written after a bare numeral (一、 1. 1、) double so."""
    if level not in (1, 3) or not numbers:
        return False
    opening = False
    for n in numbers:
        numeral = re.escape(standard_mark(level, n)[:-1]) + r"[,，.．、]{2}(?=[\u4e00-\u9fff“\"])"
        if regex_cache.compile(r"(?:^[ \t\u3000]{0,8}|(?<=表))" + numeral, re.M).search(text, lo, hi) is not None:
            opening = True
        elif not (n >= 10 and regex_cache.compile(r"(?<=[\u4e00-\u9fff])" + numeral).search(text, lo, hi)):
            return False
    # an item from 十 on the reading ran into the line above ("…说明十一,、转移支付"), when a sibling opens its own
    return opening


def _after_page_number(mark: str) -> re.Pattern:
    return regex_cache.compile(r"(?:[.．…·]{3}|[ \u3000]{2})[.．…· \u3000]{0,200}\d{1,3}[ \u3000]{0,2}" + re.escape(mark))


def _after_amount(mark: str) -> re.Pattern:
    """An amount's two decimals, then the mark and a title: a form's next cell, not prose (prose has its 万元)."""
    return regex_cache.compile(r"\d[.．]\d{2}[ \t\u3000]{0,2}" + re.escape(mark) + r"(?=[\u4e00-\u9fff])")


def _after_garbled_indent(mark: str) -> re.Pattern:
    # (the reading may join such a line to a table's name above it: "…支出决算表????六、…")
    return regex_cache.compile(r"(?:^[ \t\u3000]{0,4}|(?<=表))[?？\ufffd]{1,8}[ \t\u3000]{0,4}" + re.escape(mark), re.M)


def _tables_run_together(text: str, lo: int, hi: int, missing: range) -> bool:
    """Each missing number opens a line or follows a table's name (…决算表八、) in the line before it, and at
    least one does the latter: the export ran two entries of a list of tables into one line, nothing is lost."""
    after_table = False
    for n in missing:
        mark = re.escape(standard_mark(1, n))
        if regex_cache.compile(r"表[ \t\u3000]{0,2}" + mark + r"(?=[\u4e00-\u9fff“\"])").search(text, lo, hi):
            after_table = True
        elif not regex_cache.compile(r"^[ \t\u3000]{0,4}" + mark + r"(?=[\u4e00-\u9fff“\"])", re.M).search(text, lo, hi):
            return False
    return after_table


# An upper level's mark inside a line, right after a title's last character ("……情况分析(一)资金投入情况分析")
# or a sentence's stop ("……兑付率100%。2.效益指标完成情况分析"): a heading the page export ran into the line
# before it.
_INLINE_MARK = {
    2: regex_cache.compile(r"[\u4e00-\u9fff。；][（(][一二三四五六七八九十]{1,3}[)）](?=[\u4e00-\u9fff])"),
    3: regex_cache.compile(r"[\u4e00-\u9fff。；](?:[（(][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)(?=[\u4e00-\u9fff])"),
    4: regex_cache.compile(r"[\u4e00-\u9fff。；](?:[（(][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.．])(?=[\u4e00-\u9fff])"),
}


def upper_inline(ctx, level: int, since: int, start: int) -> bool:
    """A level restarting at 1 is under a new upper heading, run into a line between the two (flattened)."""
    pattern = _INLINE_MARK.get(level)
    return pattern is not None and pattern.search(ctx.text, since, start) is not None


# Words that make a bare number a date or a count ("3月", "10人"), not an item that lost its mark.
COUNT_WORDS = "年月日个人项次万元名所家台辆件条"


def dotless(number: int) -> re.Pattern:
    """A line opening with the bare ``number`` before a title's first character (not a date's or a count's)."""
    return regex_cache.compile(rf"(?m)^[ \t\u3000]{{0,4}}{number}(?=[\u4e00-\u9fff])(?![{COUNT_WORDS}])")


def division_starts(ctx) -> list[int]:
    """Offsets of the divisions that restart every heading level, in order: a 第X部分, one that lost its
    第X ("部分  附表", S011's) or its 分 ("第三部2023年度…", W020's), or whose 部分 was typed 部门 ("第三部门
    2017年度…", W013's), one that lost its 第 ("二部分  2023年度部门决算", S011's), a part's title repeated in
    the body without its mark, and an evaluation report's 摘要 and 正文 ("2 摘要", "3 正文6")."""
    return sorted([*part_starts(ctx), *restated_part_starts(ctx), *(x.start for x in lost_numbers(ctx) if x.kind == "part"),
                   *(s.start for s in cut_marks(ctx.text) if s.why == "part"), *parts_written_bumen(ctx.text),
                   *(start for start, _ in parts_without_di(ctx.text)),
                   *(p.start for p in ctx.paragraphs if len(p.text) <= DIVISION_MAX and _DIVISION.match(p.text))])


# A report's summary or body set apart as divisions, each numbered from 一、 (an evaluation report's 摘要, then its
# 正文), a page number beside the word: "2 摘要", "3 正文6".
DIVISION_MAX = 12
_DIVISION = regex_cache.compile(r"[ \t\u3000]{0,4}\d{0,3}[ \t\u3000]{0,2}(?:摘[ \u3000]?要|正[ \u3000]?文|报告正文)[ \t\u3000.．]{0,2}\d{0,3}[ \t\u3000]*$")


def _new_document(ctx, since: int, h) -> bool:
    """A title line ending in 报告 or 说明, or an attachment's label (附件2), stands between the last 一、-level
    heading and this 一、: a new document begins (a 决算 package: contents, then the report, each numbered
    from 一、)."""
    starts = ctx.memo("s001.document_titles", _document_title_starts)
    k = bisect_right(starts, since)
    return k < len(starts) and starts[k] < h.start


def _document_title_starts(ctx) -> list[int]:
    """Offsets of unnumbered lines that read as a document's own title, in order (searched by bisection:
    a long package has a title per document, and each 一、 asks)."""
    return [p.start for p in ctx.paragraphs if document_title(p.text.strip()) and not numbering(p.text)]


def restarts(ctx, parts: list[int], prev_start: int, h, last: dict, last_at: dict) -> bool:
    """Every level counts afresh before ``h``: a division opened since the previous heading, or a
    new document begins at this 一、."""
    k = bisect_right(parts, prev_start)
    if k < len(parts) and parts[k] < h.start:
        return True
    return h.level == 1 and h.number == 1 and last.get(1, 0) > 1 and _new_document(ctx, last_at[1], h)


# A rule's article on a line of its own or opening its paragraph (第二条 预决算公开时间, 第五条　财务处的职责：): the items
# under it count from 一、 or （一） afresh. Only a 1 right after it restarts (after_attachment_label): a 二、 counts on.
_ARTICLE = regex_cache.compile(r"[ \t\u3000]{0,4}第[一二三四五六七八九十百零〇]{1,5}条(?:[ \t\u3000]|$)")


def _article_starts(ctx) -> list[int]:
    return [p.start for p in ctx.paragraphs if "条" in p.text[:12] and _ARTICLE.match(p.text)]


def _article_between(ctx, since: int, until: int) -> bool:
    starts = ctx.memo("s001.article_starts", _article_starts)
    k = bisect_right(starts, since)
    return k < len(starts) and starts[k] < until


# An attachment's label on a line of its own (附件：2020年预算公开表, 附件1, 附表2 部门收支总表): the list after it is the
# attachment's, numbered from 1 afresh. No sentence (a "附件是……。" line is text, not a label).
_ATTACHMENT_LABEL = regex_cache.compile(r"附[件表][ \u3000]{0,2}\d{0,2}[ \u3000]{0,2}[：:]?[ \u3000]{0,2}[^。；;，,\n]{0,40}$")


def _attachment_label_starts(ctx) -> list[int]:
    """Offsets of attachment labels, in order (searched by bisection: each 1. asks)."""
    return [p.start for p in ctx.paragraphs if p.text.startswith("附") and _ATTACHMENT_LABEL.match(p.text)
            and not numbering(p.text)]


def after_attachment_label(ctx, since: int, h, last: dict) -> None:
    """A 1. right after an attachment's label (七、名词解释 1、…4、, then 附件：预算公开表 / 1.部门收支总表) opens the
    attachment's own list: its level and those below it count afresh, no step back from the list before the
    label. The levels above it count on (a skip of 八、 after the attachment is still a skip). So does a 1. right
    after a rule's article (第二条 预决算公开时间 / 一、中心预决算……): the article's own items."""
    if h.number != 1 or h.level not in last:
        return
    starts = ctx.memo("s001.attachment_labels", _attachment_label_starts)
    k = bisect_right(starts, since)
    if k < len(starts) and starts[k] < h.start or _article_between(ctx, since, h.start):
        for level in [lv for lv in last if lv >= h.level]:
            del last[level]


_LABEL_LINE = regex_cache.compile(r"[\u4e00-\u9fff“”]{4,16}")


def _label_above(text: str, at: int) -> str:
    """The last non-blank line before ``at`` when it is a bare label (四到十六个汉字, no number, no sentence mark)."""
    line = line_before(text, at, 200).strip()
    return line if _LABEL_LINE.fullmatch(line) else ""


def labelled_lists(text: str, h, first) -> bool:
    """Two lists each under a label of its own (a flattened table: 部门职能概述 1. 2., then 年度工作任务 1. 2. 3.): the
    second 1. opens its label's list, no step back from the first."""
    if first is None or h.number != 1:
        return False
    a, b = _label_above(text, first.start), _label_above(text, h.start)
    return a != "" and b != "" and a != b


def cut_before(text: str, h) -> bool:
    """The last non-blank line before ``h`` breaks off at a comma (……根据《管理办法》的相关规定, then （4）): the text
    between was cut (a page's excerpt), the list's first items with it; no numbering of the author's to fault."""
    return line_before(text, h.start).endswith(("，", ",")) and "\n" in text[max(0, h.start - LINE_REACH) : h.start]


def gap_above(ctx, before, h):
    """The sibling right above a skip when the two stand on adjacent lines (a list of 附表 or a contents with
    page numbers: "二、收入决算表 34" / "四、…"): the entry left out belongs between them, so the line above is
    marked too, as a hint. The error stands at ``h`` alone: ``before`` itself is numbered right."""
    if before is None or before.end > h.start:
        return None
    between = ctx.text[before.end : h.start]
    return before if between.count("\n") <= 2 and not between.strip() else None


# The lost first sub-heading (S001: （二） without （一）).
SHORT_MAX = 30  # a title line's length at most
RUN_IN_MAX = 20  # a run-in title's length at most
_OWN_MARK = regex_cache.compile(r"[\d０-９（(【\[#①-⑳]|[一二三四五六七八九十]{1,3}(?:是|、|\.|．)|第[一二三四五六七八九十\d]|其[一二三四五六七八九]")
_RUN_IN = regex_cache.compile(r"[\u4e00-\u9fff“”]{4," + str(RUN_IN_MAX) + r"}。\S")
_STOPS = regex_cache.compile(r"[。；;：:！？!?]")


def _short_title(line: str) -> bool:
    return 4 <= len(line) <= SHORT_MAX and not _STOPS.search(line) and line[-1] not in "，,、"


def lost_first_line(text: str, parent: int, h) -> Optional[tuple[int, int]]:
    """(start, end) of the line between the parent heading at ``parent`` and ``h`` (a （二）) that is its lost
    first sibling, or None.
    Where a section's first sub-heading lost its mark (for S001's "（二） without （一）").

    When a level starts at （二）, the reader looks for the （一） that should stand before it, and it is most often
    there, only without its mark: a short title line right under the section's heading ("一、工作总结" /
    "抗疫情，保障群众安全" / … / "（二）促增收，推进产业发展"), or a title run into its paragraph the way the
    （二） after it is ("主动公开实效情况。我局……" over "（二）依申请公开办理情况。今年……"). The finding then belongs
    on that line, where the mark is missing, not on the （二） that is right.

    A line is taken for the lost first heading only when it has the shape of its numbered sibling: both short
    title lines (no full stop, at most 30 characters), or both a title of at most 20 characters closed by 。 and
    followed by text. Lines that open with a mark of their own (一是, 1., （1）) are items, not the heading; the
    first line of that shape under the parent heading is the one.
    """
    title = h.title.strip()
    short = _short_title(title)
    run_in = bool(_RUN_IN.match(title))
    if not (short or run_in):
        return None
    pos = text.find("\n", parent, h.start)
    while pos != -1 and pos < h.start:
        start = pos + 1
        end = text.find("\n", start, h.start)
        end = h.start if end == -1 else end
        line = text[start:end].strip()
        if line and "|" not in line and not _OWN_MARK.match(line) and ((short and _short_title(line)) or (run_in and _RUN_IN.match(line))):
            lead = len(text[start:end]) - len(text[start:end].lstrip())
            return start + lead, start + lead + (len(line) if short else line.index("。"))
        pos = end if end < h.start else -1
    return None
