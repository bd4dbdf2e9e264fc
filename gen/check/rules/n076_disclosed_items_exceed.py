"""N076: published items (条) listed by kind under 其中 whose running sum passes the total before the list ends.

政府信息公开工作年度报告 count what a body published and break the count down by kind: "发布各类信息126条，
其中工作动态78条，人大建议提案35条，政策文件8条，公开事项10条……" (131 after four kinds). Kinds of published
items do not overlap the way attributes of people do (党员, 女职工), but a report may break one count down
twice (by kind, then by channel) — then the parts first make the total exactly and then go on. So what is
read as a defect: the parts add up, in their order, past the total without ever equalling it, or equal it
and then name one kind more that is not the total again (…执法动态50条 makes 121, 公示公告28条 lies outside it);
含 right after the count opens the kinds as 其中 does. N072 judges
the excess that one slipped digit explains; this rule takes the rest, in 条 only and where the sentence
of the total speaks of publishing (公开, 发布, 公布, 信息).

A list that names an 其他 (其他信息) part claims to hold every item, so its parts must make the total: one
falling short is read too (a list without 其他 may be a selection, and is not).

The kinds may follow the count with no 其中 at all ("累计公布信息69条，工作动态61条，运输管理5条，建设管理3条，
航务管理1条，依申请公开事项办结1件"; 各类 after the verb names a count of all items too): the items in 条 that
follow a count of published 信息 at once are read as its kinds, up to the first figure in another unit or anything
that is no 名称+条数; such a list passing its total is reported even when one slipped digit explains it (N072 reads
only 其中 lists). A count with 余 or 多 (发布各类信息150余条) is passed when its kinds reach the next step of its last
digit that is not nought (160): 162 would have been written 160余.

Other tells that a list is whole, and then it must make its total exactly: 涵盖/包括 with an 其他 part, or
分别为 (累计发布各类信息603条，涵盖政务动态24条、……、其他信息105条: 599); a list that goes down to several kinds
of one item each and falls short by one digit's slip, or one that names a kind with nothing in it (0条) and
runs to the sentence's end, or as a 、 list to a comma and another clause (complete_lists' tell) (465 against
464: a selection of the main kinds names no kind of one item). Kinds broken down again (in brackets, or in a
包含 clause up to a semicolon; read by nested_counts) are judged on both levels: too many is always wrong, too
few where an 其他 part or a breakdown of every kind shows the writer accounted for every item.

Not read: lists with a part named by a channel (网站, 微信, 微博 …), whose items are posted to several at
once, or by an attribute (N072's words); lists of fewer than three parts; parts whose sum equals the
counts of the clause before taken together (one 其中 for two totals).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Iterable, Optional

from ...core import regex_cache
from ...core.regex_needles import finditer as near_needles
from ..context import CheckContext
from .. import unspaced
from ..complete_lists import empty_kind_listed, other_kind_listed
from ..finding import Finding
from ..nested_counts import documents_as_items, nested_list
from ..registry import Rule
from ._n076_examples import FLAG, KEEP
from . import n072_counted_parts_exceed as n072
from .n077_disclosed_part_above_total import sibling_channel

RULE = Rule(
    code="N076",
    name="disclosed-items-exceed",
    severity="warning",
    summary="按类别所列公开信息条数逐项累加超过总数，或已列全却合不上总数",
    doc=(
        "检查什么：“发布信息126条，其中工作动态60条，政策文件40条，通知公告30条，人事信息20条”这样按类别分列公开信息条数，"
        "逐项累加越过总数、且累加过程中从未恰好等于总数的；总数带“余”“多”（“发布各类信息150余条，工作动态94条，……”）而紧随其后所列各类之和已达到下一个整数（160条）的；列有“其他信息”一类（或末项把其余并入本类，如“动态及其他工作信息”，即已列全）而各项之和少于总数的；“涵盖”“包括”所列含“其他”类或用“分别为”列出、各项之和不等于总数的；"
        "列有0条的类别、一直列到句末（或顿号列举到逗号、后接另一分句）而各项之和少于总数的；逐类列到只有1条的类别（两类以上）、一直列到句末、合计比总数少不到3%且只差一位数字的；"
        "分两层列出（某类后用括号或“包含……；”再列其细项）时，各类之和多于总数、细项之和多于该类的，"
        "以及列有“其他”或每一类都再列细项（即已逐项列全）而少于总数或该类的。\n"
        "为什么：公开信息按类别分列，各类互不重叠，合计不会超过总数；逐项累加越过了总数，说明总数或某一项写错。"
        "（只差一位数字的情形见 N072。）\n"
        "累加恰好等于总数后只再列一项、且该项不等于总数的（“发布信息121条，含……（前9项合计121条）、公示公告28条”，末项在总数之外）；"
        "“含”紧跟总数列出各类的，与“其中”同样判断。\n"
        "不报的情形：累加中途恰好等于总数、其后还列两项以上或其后各项又合计为总数的（后面是另一种分法，如再按渠道分）；分项按渠道（网站、微信、微博等，同一条信息可多处发布）"
        "或按属性（见 N072）命名的；各项之和少于总数而未列“其他”类的（可能只列了部分类别）；不足三项的；分项之和等于前文几个数之和的（一个“其中”分两个总数）；单位不是“条”的；分项是“行政许可（处罚、强制）处理决定数”这类决定数的（公开信息中的一部分，不是类别）。"
    ),
    flag=FLAG,
    keep=KEEP,
)

# The annual report table's decision rows (行政许可类处理决定数4条…): a selection of the published items, not its kinds.
_DECISIONS = regex_cache.compile(r"处理决定|决定数")
_CHANNEL = n072.CHANNEL
_PUBLISHING = regex_cache.compile(r"公开|发布|公布|信息")
MIN_PARTS = 3


_by_channel = n072.by_channel


# A count of published 信息 followed at once by its kinds (累计公布信息69条，工作动态61条，…).
# Only a count of all items (累计, 共, 全年 before the verb, or 各类 after it; bare 信息 after it): 社会救助类公开信息18条
# and 基础信息135条 are kinds, and the figures after them their siblings. A count with 余 or 多 (发布各类信息150余条)
# holds its kinds to the count it cannot reach (160).
_BARE_TOTAL = regex_cache.compile(r"(?:(?:累计|共计|共|全年|合计|总计)(?:公开|发布|公布){1,2}(?:各类|政府|政务)?"
                                  r"|(?:公开|发布|公布){1,2}各类)信息\s{0,1}(\d{2,5})(余|多)?\s{0,1}条[，,：:]\s{0,1}")


_SUM_WORD = regex_cache.compile(r"合计|共计|总计|共")


def _ceiling(total: int, about: str) -> int:
    """The least count a total as written rules out: one more than an exact count; for 150余 (or 多) the next step of
    its last digit that is not nought (160), for 100余 the next hundred (200)."""
    if not about:
        return total + 1
    step = 1
    while total % (step * 10) == 0:
        step *= 10
    return total + step


def _bare_parts(text: str, pos: int) -> tuple[list[tuple[str, int]], int]:
    """The label + count items in 条 from ``pos``, parted by commas or 、, and where they end."""
    parts: list[tuple[str, int]] = []
    while len(parts) < 30:
        part = n072._PART.match(text, pos)
        if not part or part.group(3) != "条" or _SUM_WORD.search(part.group(1)):
            break  # another unit, or a total of its own (合计共221条)
        parts.append((part.group(1), n072._count(part.group(2))))
        pos = part.end()
        sep = n072._SEP.match(text, pos)
        if not sep or sep.group().strip() not in "，,、":
            break
        pos = sep.end()
    return parts, pos


def _bare_lists(text: str) -> Iterable[Finding]:
    for m in near_needles(_BARE_TOTAL, text):
        total, about = int(m.group(1)), m.group(2) or ""
        if text.startswith(("其中", "包括"), m.end()):
            continue  # a 其中 list: read below (and by N072)
        parts, pos = _bare_parts(text, m.end())
        if len(parts) < MIN_PARTS or _by_channel(label for label, _ in parts) or any(
                n072.item_attribute(label) or "信息" == label for label, _ in parts):
            continue
        counts, ceiling = [n for _, n in parts], _ceiling(total, about)
        if sum(counts) < ceiling:
            continue
        made = next((i for i in range(1, len(counts)) if total <= sum(counts[:i]) < ceiling), 0)
        if made and total <= sum(counts[made:]) < ceiling:
            continue  # the kinds make the total and then break it down again
        shown = "＋".join(str(n) for n in counts)
        over = f"超出“{total}{about}条”的范围（{total}{about}条不到{ceiling}条）" if about else "多于总数"
        yield Finding(m.end(), pos, RULE.code, RULE.severity,
                      f"总数{total}{about}条之后所列各类合计{shown}＝{sum(counts)}条，{over}，请核对总数或分项。", None)


MIN_SINGLES = 2  # kinds of one item each that show the writer went through every kind
MIN_SINGLE_LIST = 5
# A list down to kinds of one item goes through every kind: short of its total by one digit's slip of a few
# per cent (37 against 36, 77 against 75) is a slip; far short (300 against 102) the list goes on elsewhere.
MAX_SINGLE_SHORTFALL_PCT = 3


def _down_to_single_items(text: str, items: list[tuple[str, int]], total: int, end: int) -> bool:
    """"全年主动公开政府信息465条。其中年度报告1条、规划计划1条、机构职能1条、……工作动态362条" (464): a list that
    names several kinds holding one item each goes through every kind, as a selection of the main kinds never
    would; running to the sentence's end and falling short of the total by one digit's slip (under 3%), it
    is a slip of the total or of one part, not a partial list."""
    summed = sum(n for _, n in items)
    if len(items) < MIN_SINGLE_LIST or sum(1 for _, n in items if n == 1) < MIN_SINGLES:
        return False
    if end < len(text) and text[end] not in "。；;\n":
        return False
    return (total - summed) * 100 < total * MAX_SINGLE_SHORTFALL_PCT and n072._one_digit_apart(summed, total)


_CLAUSE_END = regex_cache.compile(r"[^。\n；;]{0,300}[；;]")


def _parts_to_semicolon(text: str, pos: int) -> Optional[tuple[list[tuple[str, int]], str, int]]:
    """The kinds of a 其中 list that a semicolon closes, another clause after it (其中，规章文件4条，……，年度报告1条；
    按照……办理依申请公开0条): read up to the semicolon, which then stands as the list's end."""
    m = _CLAUSE_END.match(text, pos)
    if not m:
        return None
    got = n072._parts(text[pos:m.end() - 1], 0)
    return None if got is None else (got[0], got[1], pos + got[2])


_DUN_LIST = regex_cache.compile(r"[^。\n；;，,]{0,300}[，,]")


def _dun_list_to_comma(text: str, pos: int) -> Optional[tuple[list[tuple[str, int]], str, int]]:
    """A 其中 list enumerated with 、 that a comma closes, a clause of another kind after it (要闻44条、规划0条、……、应急
    0条，全年未发生……): read up to the comma. None when one more part follows the comma, or the list holds no 、."""
    m = _DUN_LIST.match(text, pos)
    if not m or "、" not in m.group() or n072._PART.match(text, m.end()):
        return None
    got = n072._parts(text[pos:m.end() - 1], 0)
    return None if got is None else (got[0], got[1], pos + got[2])


def _names_empty_kind(text: str, items: list[tuple[str, int]], end: int) -> bool:
    """"共发布信息333条，其中领导介绍4条、规范性文件0条、政策解读0条、工作动态87条、通知公告53条": a list that names
    a kind with nothing in it goes through every kind (complete_lists' reading of amounts, here of counts), so
    running to the sentence's end (or a 、 list to a comma and another clause) it must make the total."""
    return empty_kind_listed([n for _, n in items]) and (end >= len(text) or text[end] in "。；;\n，,")


def _total_of_publishing(text: str, at: int) -> Optional[int]:
    """The count in 条 the list at ``at`` breaks down, when its sentence speaks of publishing; else None."""
    total = n072._total(text, at, "条")
    if total is None or total < n072.MIN_TOTAL:
        return None
    return total if _PUBLISHING.search(text, _sentence_start(text, at), at) else None


def _sentence_start(text: str, at: int) -> int:
    """After the last 。 or line break within N072's reach before ``at`` (the text's start if none there)."""
    lo = max(0, at - n072._SENTENCE_BACK)
    return max(text.rfind("。", lo, at), text.rfind("\n", lo, at)) + 1


def _at_total(text: str, at: int, total: int, fallback: tuple[int, int]) -> tuple[int, int]:
    """Where the total the list at ``at`` breaks down is written (the finding stands there: the parts may each be
    right); ``fallback`` when it cannot be found again."""
    lo = max(0, at - n072._SENTENCE_BACK)
    found = [m for m in n072._COUNT.finditer(text, lo, at + 1) if m.group(2) == "条" and n072._count(m.group(1)) == total]
    return (found[-1].start(), found[-1].end()) if found else fallback


# Words that open a list of kinds other than 其中 (涵盖A、B、其他C; 分别为…): 分别为 names every part.
_COVERS = regex_cache.compile(r"[，,]\s{0,1}(?:涵盖|包括|包含|分别为|分别是)\s{0,1}[：:]?\s{0,1}")


def _covered_lists(text: str) -> Iterable[Finding]:
    """"累计发布各类信息603条，涵盖政务动态24条、…、其他信息105条": a list of kinds that says it is whole (an 其他
    part, or 分别为) must make the total, neither less nor more."""
    for q in near_needles(_COVERS, text):
        got = n072._parts(text, q.end())
        if got is None or got[1] != "条" or len(got[0]) < MIN_PARTS:
            continue
        items, unit, end = got
        if "；" in text[q.end():end] or ";" in text[q.end():end]:
            continue  # a kind's own parts (…，包含A30条，B25条；工作动态83条): the semicolon ends them, read by _nested_lists
        whole = "分别" in q.group() or other_kind_listed([label for label, _ in items])
        if not whole or _by_channel(label for label, _ in items) or any(
                n072.item_attribute(label) for label, _ in items):
            continue
        total = _total_of_publishing(text, q.start())
        summed = sum(n for _, n in items)
        if total is None or summed == total:
            continue
        shown = "＋".join(str(n) for _, n in items)
        said = "“分别为”" if "分别" in q.group() else "列有“其他”类"
        yield Finding(*_at_total(text, q.start(), total, (q.end(), end)), RULE.code, RULE.severity,
                      f"所列各类合计{shown}＝{summed}{unit}，{'少于' if summed < total else '多于'}总数{total}{unit}；"
                      f"{said}即已列全，各项之和应等于总数，请核对。", None)


_NESTED_OPEN = regex_cache.compile(n072._QIZHONG.pattern + r"|(?<=条)[：:]\s{0,1}")


def _nested_lists(text: str) -> Iterable[Finding]:
    """Kinds broken down again (in brackets, or in a 包含 clause up to a semicolon): the kinds against the total,
    each kind's parts against the kind. Too many is always wrong; too few only where the list says it is whole:
    an 其他 part, or every kind broken down on its own (the writer accounts for every item). The kinds follow
    其中, or a colon right after the total (发布信息122条：专栏A74条（…），专栏B46条（…））."""
    for q in near_needles(_NESTED_OPEN, text):
        got = nested_list(text, q.end())
        if got is None:
            continue
        kinds, end = got
        labels = [k.label for k in kinds] + [s.label for k in kinds for s in k.subs]
        if _by_channel(labels) or any(n072.item_attribute(label) for label in labels):
            continue
        every = all(k.subs for k in kinds)
        total = _total_of_publishing(text, q.start())
        summed = sum(k.count for k in kinds)
        counts = [k.count for k in kinds]
        # the kinds make the total and then break it down again (by channel): the rest makes it too
        made = total is not None and any(sum(counts[:i]) == total == sum(counts[i:]) for i in range(1, len(counts)))
        if total is not None and summed != total and not made and (
                summed > total or every or kinds[-1].other):
            shown = "＋".join(str(k.count) for k in kinds)
            yield Finding(*_at_total(text, q.start(), total, (q.end(), end)), RULE.code, RULE.severity,
                          f"所列各类合计{shown}＝{summed}条，{'少于' if summed < total else '多于'}总数{total}条，"
                          f"请核对总数或分项。", None)
        for k in kinds:
            if not k.subs:
                continue
            inner = sum(s.count for s in k.subs)
            if inner == k.count or (inner < k.count and not (every or k.subs[-1].other)):
                continue
            shown = "＋".join(str(s.count) for s in k.subs)
            yield Finding(k.start, k.head_end, RULE.code, RULE.severity,
                          f"“{k.label}{k.count}条”所含各项合计{shown}＝{inner}条，{'少于' if inner < k.count else '多于'}"
                          f"该项的{k.count}条，请核对。", None)


def check(ctx: CheckContext) -> Iterable[Finding]:
    """Read on the plain view (gen.check.unspaced): a Traditional mirror's 公開信息77條 is read in Simplified,
    without the pinyin readings that part a label from its count; spans are mapped back to the text."""
    view = unspaced.plain_of(ctx)
    for f in _findings(documents_as_items(view.text)):  # 规范性文件11件 among kinds in 条: one of them
        start, end = view.span(f.start, f.end)
        yield f if (start, end) == (f.start, f.end) else replace(f, start=start, end=end)


def _counts_before(text: str, at: int, unit: str = "条") -> list[int]:
    """The counts in ``unit`` of the sentence before ``at`` (发布信息1771条，其中门户网站351条，含…；公众号1420条: 351 + 1420)."""
    return [n072._count(m.group(1)) for m in n072._COUNT.finditer(text, _sentence_start(text, at), at) if m.group(2) == unit]


def _passing(items: list[tuple[str, int]], total: int) -> tuple[int, int]:
    """(how many kinds pass the total, 0 if none do; how many make it exactly first, 0 if none do)."""
    running = 0
    for i, (_, n) in enumerate(items):
        running += n
        if running == total:
            return 0, i + 1
        if running > total:
            return i + 1, 0
    return 0, 0


# A semicolon before 通过/在/向 opens another channel's count: a 其中 list of one channel's kinds ends there.
_NEXT_CHANNEL = regex_cache.compile(r"[；;]\s{0,1}(?:通过|在|向)")


def _one_channel(text: str, pos: int, items, end: int):
    """The list's kinds up to a semicolon before 通过/在/向 (…，其中工作动态52条，政务公开24条；通过公示栏公示各类信息
    179条): another channel's own count follows, no kind of this one."""
    channel = _NEXT_CHANNEL.search(text, pos, end)
    if not channel:
        return items, end
    cut = n072._parts(text[:channel.start()], pos)
    return (cut[0], cut[2]) if cut else ([], channel.start())


# 其中, or 含 right after a count in 条 (发布信息121条，含规范性文件2件、工作计划1条、……): a 其中 in other words.
_KINDS_OPEN = regex_cache.compile(n072._QIZHONG.pattern + r"|(?<=条)[，,]\s{0,1}含\s{0,1}[：:]?\s{0,1}")


_SENTENCE_ENDS = frozenset("。；;！？!?\n")


def _cut_off(text: str, end: int) -> bool:
    """Whether the text runs on from a list's end to its own end with no sentence closed (……机构简介9条,财政资金财政预决):
    a page store cut the text off inside the list, whose other kinds the page went on to name."""
    return not _SENTENCE_ENDS.intersection(text[end:])


def _findings(text: str) -> Iterable[Finding]:
    if "条" not in text:
        return
    yield from _bare_lists(text)
    yield from _covered_lists(text)
    yield from _nested_lists(text)
    if "其中" not in text and "含" not in text:
        return
    for q in near_needles(_KINDS_OPEN, text):
        got = n072._parts(text, q.end()) or _parts_to_semicolon(text, q.end()) or _dun_list_to_comma(text, q.end())
        if got is None:
            continue
        items, unit, end = got
        items, end = _one_channel(text, q.end(), items, end)
        if unit != "条" or len(items) < MIN_PARTS:
            continue
        if _by_channel(label for label, _ in items) or any(n072.item_attribute(label) for label, _ in items):
            continue
        total = _total_of_publishing(text, q.start())
        summed = sum(n for _, n in items)
        if total is None or summed < total and _cut_off(text, end):
            continue  # (or the text cut off by a page store inside the list: its other kinds lay beyond the cut)
        if summed < total and other_kind_listed([label for label, _ in items]):
            yield Finding(q.end(), end, RULE.code, RULE.severity,
                          f"“其中”所列{len(items)}项（含“其他”类）合计{summed}{unit}，少于总数{total}{unit}；"
                          f"列有“其他”即已列全，各项之和应等于总数，请核对。", None)
            continue
        if summed < total and _names_empty_kind(text, items, end) and not any(_DECISIONS.search(k) for k, _ in items):
            yield Finding(*_at_total(text, q.start(), total, (q.end(), end)), RULE.code, RULE.severity,
                          f"“其中”列有0条的类别（即逐类列全），所列{len(items)}项合计{summed}{unit}，少于总数{total}{unit}，"
                          f"各项之和应等于总数，请核对。", None)
            continue
        if summed < total and _down_to_single_items(text, items, total, end):
            yield Finding(*_at_total(text, q.start(), total, (q.end(), end)), RULE.code, RULE.severity,
                          f"“其中”逐类列到只有1条的类别，所列{len(items)}项合计{summed}{unit}，比总数{total}{unit}少"
                          f"{total - summed}{unit}，只差一位数字，疑为总数或某一项写错。", None)
            continue
        if summed <= total:
            continue
        passed_at, made = _passing(items, total)
        if made:  # the kinds make the total, then one more kind (no second breakdown: that names two at least)
            if len(items) - made == 1 and items[made][1] != total and total + items[made][1] not in _counts_before(text, q.start()) \
                    and not sibling_channel(text, q.start(), items[made][0]):  # the website's kinds, then an account's own count
                yield Finding(*_at_total(text, q.start(), total, (q.end(), end)), RULE.code, RULE.severity,
                              f"所列各类合计{summed}{unit}，多于总数{total}{unit}：前{made}项已合计{total}{unit}，"
                              f"末项“{items[made][0]}{items[made][1]}{unit}”在总数之外，请核对总数或分项。", None)
            continue
        if not passed_at:
            continue
        if n072._one_digit_apart(summed, total) or any(
                n072._one_digit_apart(n, n - (summed - total)) for _, n in items if n > summed - total):
            continue  # N072's
        before = _counts_before(text, q.start(), unit)
        if len(before) > 1 and sum(before) == summed:
            continue
        shown = "＋".join(str(n) for _, n in items[:passed_at])
        yield Finding(q.end(), end, RULE.code, RULE.severity,
                      f"“其中”所列前{passed_at}项已合计{shown}＝{sum(n for _, n in items[:passed_at])}{unit}，"
                      f"超过总数{total}{unit}，请核对总数或分项。", None)
