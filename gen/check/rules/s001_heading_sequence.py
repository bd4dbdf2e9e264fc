"""S001: heading numbers that skip, repeat or run backwards.

Each level counts on its own and restarts under a new parent heading: 一、
（一）（二）… 二、（一）…. A number that jumps (一、 then 三、), repeats
(（三） twice) or goes back (（五） after （七）) means a section was lost,
duplicated or moved. Headings come from gen.check.headings; headings written
without a mark ("一部门职能职责") are reported by S002 and only restart the
levels below them here. Entries of a table of contents are not headings
(gen.check.headings), but they tell which of two headings with the same number
is the slip: when the contents list the second and not the first, the first was
added (or misnumbered) and is reported. A 第X部分 (章, 篇) division restarts every level:
决算 texts number 一、… afresh in each part. A gap left by an item that lost
its number (九、, "机关运行经费情况表", 十一、) is S011's, reported on that item,
and so is a gap left by section titles that lost theirs (（一）, "总体情况分析",
（四）). A level whose 1. was flattened onto its parent's line ("一、概况
（一）职能 1.职责", a PDF's layout) starts with 2. without a loss.

A level numbered through its parent's sections (（一）1.–12., （二）13., a plan listing its reports) is one run: its
first number under a new parent that goes on from its count under the one before (from 3 on) is left alone.

A list that restarts at 1 under a heading of its own level is reported on
its 1.; when that 1. stands alone on its line (its item on the next, a PDF's
layout), the step back is still there, not at the 2. that follows it.

A deeper level that opens with the number its parent level would take next
（（一）（二）, then 3. 4.) is the parent level's run written with the wrong
mark: each heading of that run is reported with the mark it should have
（（三）（四）), not only the first as a level that skipped its 1.

Levels written upside down — a （1） item with a 1、 list under it, then （2） with its own 1、 list
(the order is 一、 （一） 1. （1）) — are reported once, on the first （1）; the lists under each （n） then
count afresh, so their 1、 is no step back.

A skip between two siblings on adjacent lines (a list of 附表, a contents whose lines carry page
numbers) is reported at the later line, and the earlier one gets a hint: the entry that was left out
belongs between them, but the earlier line's own number is right.

Within the table of contents, read apart from the outline, one entry may take its sibling's number
(目录 …3、机关运行经费 3、政府采购 4、国有资产…): a number given twice where the list then goes on
from the repeat (n, n, n+1) was typed twice, and the entries after it are one short.

A list numbered ① ② ③ at the starts of its lines that skips a number is reported too
(gen/check/circled_runs.py): the outline's levels do not hold circled digits.

A level's first number above 1 is a gap only under a parent heading (一、
then （二）). With no parent in the text before it, it is where the text
starts: a 决算 extract that opens with the tail of section 五 (its 1. 2. 3.)
and goes on with 六、 has lost nothing of its own. But a （一） that opens the
text (or a 第X部分) and is followed at once by 一、 is no fragment: a fragment's
next higher heading goes on counting (六、), it does not start at 一、. The
（一） sits above its own parent: the levels are inverted. Under a 第X部分 the
same slip is S012's (a part that opens with （一）), reported there once.
"""

from __future__ import annotations

import re

from bisect import bisect_left, bisect_right

from ...core import regex_cache
from ..finding import Finding
from ..heading_gaps import after_attachment_label, division_starts, explained as _explained, first_inline as \
    _first_inline, cut_before, gap_above, lost_first_line, garbled_firsts, labelled_lists, lone_marks_hold, lost_upper, restarts, upper_inline as _upper_inline
from .. import contents_runs
from ..contents import listed_in_toc
from ..headings import LEVEL_NAMES, STANDARD_MARK, headings, lone_mark, numbering, standard_mark
from ..circled_runs import circled_skips
from ..colon_lists import colon_list, introduced, list_goes_on, sentence_item, titled_list
from ..heading_inversions import Inversions
from ..level_runs import MIN_CONTINUED, continued_level, continuing_message, own_title_above, run_goes_on
from ..lost_numbers import lost_numbers
from ..registry import Rule
from ._s001_examples import FLAG, KEEP
from ..run_in_headings import in_order as _run_in_order, missing_run_in as _missing_run_in, restarted as _restarted_run_in

RULE = Rule(
    code="S001",
    name="heading-sequence",
    severity="error",
    summary="标题编号跳号、重号或顺序错误",
    doc=(
        "检查什么：各级标题（一、 （一） 1. （1））的编号是否连续：跳号（一、之后是三、）、重号、倒序。"
        "每级编号在上一级标题之下重新从1开始。\n"
        "为什么：编号不连续说明有章节丢失、重复或调换，评审人员会据此判断报告是否完整。\n"
        "不报的情形：目录各行（含页面导出时丢了“目录”二字、各行以页码结尾的目录）；表格各行（以制表符或竖线分栏）；表格逐格拆成一行一格时的行名（“一、财政拨款收入”下一行是行次、再下一行是金额）。\n"
        "示例：“一、部门基本情况”之后直接是“三、部门整体支出绩效情况”，缺少“二、”。"
    ),
    flag=FLAG,
    keep=KEEP,
)


def _parent_start(last_at: dict[int, int], h) -> int:
    """Where the heading above ``h`` starts (its level's items stand after it), else the text's start."""
    return max((at for level, at in last_at.items() if level < h.level), default=0)


def _lone_restart(ctx, h, before, previous):
    """The "1." standing alone on its line (its item on the next) right under ``before``, the heading of
    the same level just seen, when ``h`` is its "2.": the level restarted at that 1., which is where the
    step back is (as "3.职责" then "1.贯彻…" is reported on the 1.), not at the 2. that follows it."""
    if before is None or previous is not before or h.number != 2:
        return None
    between = [p for p in ctx.paragraphs if before.end <= p.start < h.start and p.text.strip()]
    if 1 <= len(between) <= 2 and lone_mark(between[0].text) == (h.level, 1):
        return between[0]
    return None


def _other_form(h, before) -> bool:
    """``h`` repeats its sibling's number in another form (1. 部门主要职责, then 主要职责如下： 1、承担……): a list
    of its own after a colon. The same form again ((一)职能职责, then 职责是： (一)贯彻……) reuses the heading's
    level for a list under it: the level is S001's to report."""
    return before is not None and h.number == before.number and h.mark.strip() != before.mark.strip()


def _list_under(h, before, previous) -> bool:
    """A 1. right under its sibling heading 1、 (1、主要职能, then 1.本馆是…… 2.……): the other mark of the
    same number opens a list of its own under that heading, no repeat of it; the outline counts on after
    the list (2、机构设置). The same mark again (1. then 1.) is a repeat, and stays S001's."""
    return (before is not None and previous is before and h.number == before.number == 1
            and h.mark.strip() != before.mark.strip() and h.mark.strip()[:-1] == before.mark.strip()[:-1])


def _restart_finding(lone, name: str, prev_mark: str) -> Finding:
    at = lone.start + len(lone.text) - len(lone.text.lstrip(" \t\u3000"))
    return Finding(at, lone.end, RULE.code, RULE.severity,
                   f"{name}编号“{lone.text.strip()}”顺序倒退：上一个同级标题是“{prev_mark}”。")


def _inverted(opener, h, prev) -> bool:
    """``h`` is a first 一、 right after a （一） that opened the text or its part: the levels are upside down."""
    return opener is not None and h.level == 1 and h.number == 1 and prev is None


def _line_twice(ctx, before, h) -> bool:
    """``h`` repeats the line right above it, mark and title alike (一、主要职责 twice): a line copied twice, to
    be deleted, not a number to count on."""
    return before is not None and before.title.strip() == h.title.strip() != "" \
        and h.mark.strip() == before.mark.strip() and not ctx.text[before.end:h.start].strip()


def _unlisted_before(ctx, h, before) -> bool:
    """``h`` repeats the number of ``before``, and the contents list ``h`` but not ``before``."""
    return before is not None and listed_in_toc(ctx, h) is True and listed_in_toc(ctx, before) is False


def _after_orphans(orphans, starts: list[int], since: int, until: int, last: dict[int, int]) -> None:
    """An item that lost its numeral (S011's "、绩效目标") still opens its section: the levels below
    it count afresh after it, as after the numbered item it should be. ``starts``: the orphans' offsets,
    in order (those between two headings are found by bisection, not a scan per heading)."""
    for x in orphans[bisect_right(starts, since):bisect_left(starts, until)]:
        got = numbering(x.expected + "标题")
        if got is not None:
            for level in [lv for lv in last if lv > got.level]:
                del last[level]


def _inversion_finding(first, nested: int) -> Finding:
    return Finding(first.start, first.mark_end, RULE.code, RULE.severity,
                   f"层级顺序颠倒：{LEVEL_NAMES[first.level]}“{first.mark}”之下又分{LEVEL_NAMES[nested]}"
                   f"（“{standard_mark(nested, 1)}”），标题层次应为一、（一）1.（1），请调整序号。")


def _contents_slips(ctx):
    """The contents' own lists (gen/check/contents_runs.py): a number typed twice, a number left out."""
    for x in contents_runs.slips(ctx):
        if x.kind == "repeat":
            message = f"目录中序号“{x.mark}”与上一项重复，其后各项应依次顺延（此处应为“{x.expected}”）。"
        else:
            message = f"目录中序号跳号：“{x.mark}”之前缺少“{x.expected}”一项，请核对目录是否漏列。"
        yield Finding(x.start, x.end, RULE.code, RULE.severity, message)


CONTENTS_MIN = 3  # first-level entries a contents lists before the body repeats its first one


_TITLE_LINE = regex_cache.compile(r"[ \t\u3000]{0,4}([\u4e00-\u9fff“”]{4,16})[ \t\u3000]{0,4}\n")


def _title_above(text: str, h):
    """(start, end) of a bare title on the line right above ``h`` (部门收支总体情况 above （一）收入预算): no number, no
    sentence mark, four to sixteen characters; else None."""
    line_start = text.rfind("\n", 0, max(0, h.start - 1)) + 1
    m = _TITLE_LINE.match(text, line_start)
    return m.span(1) if m and m.end() == h.start else None


def _opens_body(h, first, prev: int) -> bool:
    """Does the step back to ``h`` (一、) open the body after a contents that lost its 目录 line and carries no
    page numbers? The body's first heading repeats the contents' first entry, mark and title alike, after a
    run of at least three first-level entries. A list of tables numbered 1. that is listed twice is no
    contents: the rule's other readings judge it."""
    return first is not None and h.level == 1 and h.number == 1 and prev >= CONTENTS_MIN \
        and h.mark.strip() == first.mark.strip() and h.title.strip() == first.title.strip() != ""


def _lower_mark(level: int) -> str:
    """The standard mark of the level below, as an example (（一）…), or nothing below the fourth level."""
    return f"（{standard_mark(level + 1, 1)}…）" if level + 1 in STANDARD_MARK else ""


def _title_below(text: str, h) -> int:
    """Where a finding on ``h``'s mark ends: past its title where the mark stood alone on its line and the title on
    the next ((二) / 政府信息管理, a converter's layout), so the finding shows which heading it means; else the mark's end."""
    if "\n" not in text[h.start:h.mark_end]:
        return h.mark_end
    close = text.find("\n", h.mark_end, h.end)
    return h.end if close < 0 else close


def check(ctx):
    yield from _contents_slips(ctx)
    yield from _outline(ctx)
    for x in circled_skips(ctx):
        yield Finding(x.start, x.end, RULE.code, RULE.severity,
                      f"列表编号跳号：“{x.before}”之后是“{x.got}”，缺少“{x.missing}”。")


_TABLE_TITLE = re.compile(r"\s{0,4}《[^《》\n]{2,40}表》")


def _tables_after_notes(h, last: dict, last_h: dict) -> bool:
    """``h`` names a table in 《》 and numbers lower than the notes' heading of its level before it, which names
    none (十二、其他需说明的事项, then 九、《国有资本经营预算财政拨款支出决算表》): a contents' list of tables whose
    part line the page lost counts afresh, no step back of the notes. So does the body's 一、 after such a list."""
    before = last_h.get(h.level)
    prev = last.get(h.level)
    if prev is None or before is None or h.number > prev:
        return False
    if h.number == 1 and _TABLE_TITLE.match(before.title) is not None and _TABLE_TITLE.match(h.title) is None:
        return True  # the other way: the contents' list of tables ends (九、《…决算表》) and the body opens at 一、
    return _TABLE_TITLE.match(h.title) is not None and _TABLE_TITLE.match(before.title) is None


def _next_after_sentence(ctx, h, last, last_h, resumed) -> bool:
    """``h`` is the text's last line, cut short, and takes the next number of a colon's or title's list right
    after a sentence item of it ("2.负责……。", then "3.协助……" where the text ends): the list goes on. A title
    that has a body after it ("（四）收支情况", then its text) is the outline resuming and keeps its skip."""
    listed = last.get(h.level)
    before = last_h.get(h.level)
    line_end = ctx.text.find("\n", h.start)
    if line_end != -1 and ctx.text[line_end:].strip():
        return False
    return (listed is not None and before is not None and h.number == listed + 1
            and h.number != resumed[h.level] + 1 and sentence_item(ctx, before))


def _outline(ctx):  # long: one pass over the outline, each level's state kept beside the others
    opener = None  # a （一） that opened the text or a part, while it is the last heading seen
    last: dict[int, int] = {}
    last_at: dict[int, int] = {}
    last_h: dict = {}  # level -> the last heading of that level
    continuing: dict[int, tuple[int, int]] = {}  # level -> (the upper level it continues, that level's heading offset)
    resumed: dict[int, int] = {}  # level -> its count before a colon's list numbered afresh at that level
    renumbered: set[int] = set()  # levels whose last heading was reported as a repeat that should take the next number
    stepped: dict[int, int] = {}  # level -> its count before a run numbered afresh that was reported as a step back
    seen_any = False
    inversions = Inversions()
    parts = division_starts(ctx)
    prev_start = -1
    previous = None  # the heading seen last, of any level
    orphans = sorted((x for x in lost_numbers(ctx) if x.kind in ("orphan", "section")), key=lambda x: x.start)
    orphan_starts = [x.start for x in orphans]
    firsts: dict = {}  # level -> the last heading numbered 1 at that level: an untitled contents' first entry
    carried: dict[int, int] = {}  # level -> its count under the upper heading before the last one (numbered through)
    for h in headings(ctx):
        if restarts(ctx, parts, prev_start, h, last, last_at) or _tables_after_notes(h, last, last_h):
            last.clear()
            firsts.clear()
            stepped.clear()
            carried.clear()
        _after_orphans(orphans, orphan_starts, prev_start, h.start, last)
        after_attachment_label(ctx, prev_start, h, last)
        prev_start = h.start
        if h.form == "bare":
            for level in list(last):
                if level > 1:
                    del last[level]
            seen_any = True
            previous = h
            continue
        yield from inversions.step(ctx, h, previous, last, RULE)  # a lost 二、's slot, a (1) standing for a (一)
        prev = last.get(h.level)
        if h.level in resumed and not sentence_item(ctx, h) and not list_goes_on(ctx, h, last, resumed) \
                and not _next_after_sentence(ctx, h, last, last_h, resumed):
            prev = resumed.pop(h.level)  # the colon's list ended: the outline counts on from before it
        name = LEVEL_NAMES[h.level]
        message = None
        at, till = h.start, _title_below(ctx.text, h)
        if prev is None and (got := inversions.resolves(h)) is not None:
            first, nested = got
            if first.start not in inversions.reported:
                inversions.reported.add(first.start)
                yield _inversion_finding(first, nested)
            prev = h.number - 1
            for level in [lv for lv in last if lv < h.level and last_at[lv] > first.start]:
                del last[level]
        if _inverted(opener, h, prev):
            yield Finding(opener.start, opener.mark_end, RULE.code, RULE.severity,
                          f"层级颠倒：二级标题“{opener.mark}”出现在一级标题“{h.mark}”之前，应先列一级标题。")
        under_part = bool(parts) and parts[0] < h.start  # a part opening with （一） is S012's (parts are sorted)
        opener = h if (not last and not under_part and h.level == 2 and h.number == 1) else None
        if prev is None:
            opens_text = all(level > h.level for level in last)  # nothing above it yet: the text starts here
            upper = continued_level(ctx, h, last, last_at)
            if h.number != 1 and seen_any and not opens_text and not _first_inline(ctx, h, last_at) and not cut_before(ctx.text, h) \
                    and not (h.number >= MIN_CONTINUED and carried.get(h.level) == h.number - 1) \
                    and not _run_in_order(ctx, h.level, range(1, h.number), _parent_start(last_at, h), h.start) \
                    and not lone_marks_hold(ctx, h.level, range(1, h.number), _parent_start(last_at, h), h.start) \
                    and not garbled_firsts(ctx, h.level, h.number - 1, _parent_start(last_at, h), h.start):
                message = f"{name}“{h.mark}”应从“{standard_mark(h.level, 1)}”开始编号。"
                if upper:
                    continuing[h.level] = (upper, last_at[upper])
                    message = continuing_message(h, upper)
                elif h.number == 2 and h.level - 1 in last and (lost := lost_first_line(ctx.text, last_at[h.level - 1], h)):
                    (at, till), message = lost, f"此行疑为漏了编号的{name}，应加“{standard_mark(h.level, 1)}”：下一个同级标题是“{h.mark}”。"
        elif (h.number < prev or _other_form(h, last_h.get(h.level))
              or introduced(ctx, h) and not own_title_above(h, prev, previous, last_h)) and colon_list(ctx, h) \
                or _list_under(h, last_h.get(h.level), previous):
            resumed.setdefault(h.level, prev)  # a list the line before introduces, numbered afresh (是：（一）…。)
        elif h.number <= prev and titled_list(ctx, h, previous):
            # 2.主要职能, then （一）承担……。: the duties under that title borrow a higher level's mark
            borrowed = "该标题本身" if previous.level == h.level else "上一级"
            message = (f"{name}编号“{h.mark}”与上一个同级标题重复：“{previous.mark}{previous.title.strip()}”之下的列举"
                       f"沿用了{borrowed}的编号，应改用下一级编号{_lower_mark(previous.level)}。")
            resumed.setdefault(h.level, prev)
        elif h.number == prev and _unlisted_before(ctx, h, last_h.get(h.level)):
            before = last_h[h.level]
            yield Finding(before.start, before.mark_end, RULE.code, RULE.severity,
                          f"{name}“{before.mark}{before.title.strip()}”与下一个同级标题“{h.mark}{h.title.strip()}”编号重复，"
                          "且目录中没有这一标题：多出的标题或编号有误，请核对。")
        elif h.number == prev and colon_list(ctx, h):
            # （一）职能职责, 职责是：, then （一）…（十）: the list reuses its heading's level, told once here; the
            # outline resumes after it, so the （二） that follows the list is no step back
            message = (f"{name}编号“{h.mark}”与上一个同级标题重复：冒号引出的列举沿用了所在标题的层级，"
                       "应改用下一级编号（1. 2. …）。")
            resumed.setdefault(h.level, prev)
        elif h.number == prev and _line_twice(ctx, last_h.get(h.level), h):
            message = f"{name}“{h.mark}{h.title.strip()}”在上一行已经出现，重复了一行，应删去其中一行。"
        elif h.number == prev:
            message = f"{name}编号“{h.mark}”与上一个同级标题重复，应为“{standard_mark(h.level, prev + 1)}”。"
            renumbered.add(h.level)
        elif h.number < prev and (lone := _lone_restart(ctx, h, last_h.get(h.level), previous)) is not None:
            yield _restart_finding(lone, name, standard_mark(h.level, prev))
        elif h.number < prev and stepped.get(h.level) == h.number - 1:
            del stepped[h.level]  # 二、 {一、…八、} 三、: after a list told as a step back, the outline counts on
        elif h.number < prev and not (h.number == 1 and (_upper_inline(ctx, h.level, last_at[h.level], h.start)
                                                         or lost_upper(ctx, h.level, last_at[h.level], h.start))) \
                and not _restarted_run_in(ctx, h.level, h.number, last_at[h.level], h.start) \
                and not _opens_body(h, firsts.get(h.level), prev) and not labelled_lists(ctx.text, h, firsts.get(h.level)):
            lost = _title_above(ctx.text, h) if h.number == 1 and h.level > 1 and h.level - 1 in last else None
            if lost is not None:  # （二）单位构成 … 部门收支总体情况 / （一）收入预算: the section's heading lost its 二、
                upper = h.level - 1
                yield Finding(lost[0], lost[1], RULE.code, RULE.severity,
                              f"“{ctx.text[lost[0]:lost[1]]}”之下的{name}从“{h.mark}”重新编号，它应是漏了编号的"
                              f"{LEVEL_NAMES[upper]}，应为“{standard_mark(upper, last[upper] + 1)}"
                              f"{ctx.text[lost[0]:lost[1]]}”。")
            else:
                message = f"{name}编号“{h.mark}”顺序倒退：上一个同级标题是“{standard_mark(h.level, prev)}”。"
            if h.number == 1:
                stepped[h.level] = prev
        elif h.number == prev + 1 and run_goes_on(h, continuing, last_at):
            message = continuing_message(h, continuing[h.level][0], first=False)
        elif h.number == prev + 2 and h.level in renumbered:
            pass  # 三、四、四、六、: the repeat was told to take 五、, after which 六、 is in order
        elif h.number > prev + 1 and not _explained(ctx, last_at.get(h.level, -1), h, prev) \
                and not _missing_run_in(ctx, h.level, range(prev + 1, h.number), last_at.get(h.level, 0), h.start):
            missing = standard_mark(h.level, prev + 1)
            message = f"{name}编号跳号：“{standard_mark(h.level, prev)}”之后是“{h.mark}”，缺少“{missing}”。"
            if (above := gap_above(ctx, last_h.get(h.level), h)) is not None:
                yield Finding(above.start, above.mark_end, RULE.code, "info",
                              f"此条与下一条“{h.mark}”之间缺少“{missing}”一项。")
        if message:
            yield Finding(at, till, RULE.code, RULE.severity, message)
        if message is None or h.number != prev:
            renumbered.discard(h.level)
        inversions.note(h, prev)
        if h.number == 1:
            firsts[h.level] = h
        last[h.level] = h.number
        last_at[h.level] = h.start
        last_h[h.level] = h
        previous = h
        carried.pop(h.level, None)
        for level in list(last):
            if level > h.level:
                carried[level] = last.pop(level)
                stepped.pop(level, None)
        for level in [lv for lv in resumed if lv > h.level]:
            del resumed[level]
        seen_any = True
