"""N085: a count's parts that N072 and N076 do not read — kinds in the next sentence, or tiers under 其中 — off their total.

Two shapes of one class, a total count whose parts are listed where the neighbours' readers stop:

* 政府信息公开工作年度报告 state how many items were published in one sentence (often its own numbered
  paragraph, "（一）主动公开政府信息的数量：2021年主动公开政务信息20条。") and list the kinds in the next
  ("（二）主动公开政府信息的类别：……公开政策法规5条，部门文件4条，规划计划1条……"). N076 reads kinds after 其中 or
  right after the total in its own sentence; here no 其中 ties them, only the order of the two sentences. Kinds
  of published items do not overlap, so kinds passing the total are wrong; kinds short of it only where the
  list says it is whole (an 其他 kind, or a kind with nothing in it), as N076 judges its own lists.
* A count broken down under 其中 by administrative tier (国家级媒体0篇、省级媒体0篇、州级媒体137篇，县级媒体134篇 of
  220篇). N072 leaves an excess that no one-digit slip explains, because attributes overlap (党员, 女职工);
  tiers of one thing do not (a report is used by a 州级 or by a 县级 medium, each use counted once), so any
  excess is wrong, and a chain from the top tier (国家级, 中央) down to 县级 or lower names every tier, and must
  make the total exactly.

Kept silent, as the near-misses in the annotated sets showed: parts named by channel (网站, 微信 …: one item
is posted to several), by attribute (以上, 以下, 党员 …), decisions (处理决定数, a selection), a kind with its own
其中, a run whose first parts make the total exactly and whose rest makes it again (a second breakdown), a
next sentence that opens with 其中 or 包括 (N076's and N072's), a total with 约/近/逾 before it or 余/多 after
it, fewer than three parts, and a total in 条 whose next-sentence parts hold a sum word (合计, 共计 …).
"""

from __future__ import annotations

from typing import Iterable, Optional

from ...core import regex_cache
from ...core.regex_needles import finditer as near_needles
from ..complete_lists import empty_kind_listed, other_kind_listed
from ..context import CheckContext
from ..finding import Finding
from ..textspans import last_mark
from ..registry import Rule
from . import n072_counted_parts_exceed as n072
from . import n076_disclosed_items_exceed as n076

RULE = Rule(
    code="N085",
    name="parts-apart-from-total",
    severity="warning",
    summary="总数与在下一句（下一段）逐类列出、或“其中”按级别列出的各项之和不符",
    doc=(
        "检查什么：先写明公开信息总数（“主动公开政务信息20条。”），下一句或下一段（如“（二）主动公开政府信息的类别：”）"
        "逐类列出各类条数，各类之和多于总数的，或列有“其他”类、0条的类别（即已列全）而少于总数的；"
        "“其中”按级别（国家级、省级、市级、县级……）分列一个数量，各级之和多于总数的，或从国家级（中央）逐级列到县级以下而少于总数的。\n"
        "为什么：公开信息的类别互不重叠，同一数量的各级别也互不重叠，各项之和不会超过总数；已列全的，应恰好等于总数。"
        "这样的分项不紧跟“其中”，或差额不像一位数字的笔误，N072、N076 不读，由本规则核对。\n"
        "不报的情形：分项按渠道（网站、微信等，同一条信息可多处发布）或属性（党员、以上、以下等）命名的；"
        "下一句以“其中”“包括”开头的（见 N076、N072）；处理决定数；分项本身又有“其中”的；前几项恰好等于总数、其余再次等于总数的（另一种分法）；"
        "总数带“约”“近”“余”“多”的；不足三项的；未列全而少于总数的（可能只列了部分类别）。"
    ),
    flag=(
        # the kinds in the next paragraph pass the total: 6 + 5 + 2 + 1 + 4 + 3 = 21 of 20
        "（一）主动公开政府信息的数量：2023年主动公开政务信息20条。\n"
        "（二）主动公开政府信息的类别：2023年通过政府门户网站公开政策文件6条，工作动态5条，规划计划2条，"
        "财政预决算1条，惠企政策4条，政策解读3条。",
        # in the same paragraph, the next sentence; with 其他 the list is whole and falls short (45 of 50)
        "全年共公开政府信息50条。工作动态20条，通知公告15条，人事信息6条，其他信息4条。",
        # a total said with 共 in 件, its outcomes in the next sentence: 3 + 2 + 5 = 10 of 8
        "全年共收到政府信息公开申请8件。予以公开3件，部分公开2件，无法提供5件。",
        # tiers under 其中: 0 + 0 + 120 + 95 = 215 of 180
        "全年累计报送信息35期，新闻媒体用稿180篇，其中国家级媒体0篇、省级媒体0篇、市级媒体120篇，县级媒体95篇。",
        # a page copy: the last line lost its stop and the page's field was joined to it
        "全年累计报送信息35期，新闻媒体用稿180篇，其中国家级媒体0篇、省级媒体0篇、市级媒体120篇，县级媒体95篇\n责任编辑：李华",
        # the tiers from the top down to 县级 name every tier: 2 + 15 + 40 + 50 = 107 of 120
        "全年获得各类表彰120项，其中国家级表彰2项，省级表彰15项，市级表彰40项，县级表彰50项。",
    ),
    keep=(
        "（一）主动公开政府信息的数量：2023年主动公开政务信息21条。\n"
        "（二）主动公开政府信息的类别：2023年通过政府门户网站公开政策文件6条，工作动态5条，规划计划2条，"
        "财政预决算1条，惠企政策4条，政策解读3条。",
        # short of the total with no 其他: the list may be a selection
        "全年共公开政府信息60条。工作动态20条，通知公告15条，人事信息6条。",
        # channels in the next paragraph: one item is posted to several
        "（一）主动公开政府信息的数量：2023年主动公开政务信息20条。\n"
        "（二）主动公开政府信息的形式：通过政府门户网站公开政府信息20条；通过新媒体发布信息30条；通过宣传栏公开信息16条。",
        # the next sentence opens with 其中: N076's
        "全年共公开政府信息50条。其中工作动态20条，通知公告15条，人事信息6条，财政信息4条，规划计划9条。",
        # a total with 余: no exact count to hold the kinds to
        "全年共公开政府信息50余条。工作动态20条，通知公告25条，人事信息16条。",
        # the kinds make the total and then break it down again
        "全年共公开政府信息30条。工作动态20条，通知公告10条，门户网站发布18条，微信公众号发布12条。",
        # decisions are a selection of the items
        "全年主动公开政府信息10条。行政许可处理决定数7条，行政处罚处理决定数5条，行政强制处理决定数0条。",
        # outcomes that add up; stages of handling overlap (办结 and 答复 count the same requests)
        "全年共收到政府信息公开申请10件。予以公开3件，部分公开2件，无法提供5件。",
        "全年共收到政府信息公开申请8件。按时办结6件，转办2件，答复8件。",
        # the total is one of two counts in its sentence
        "全年共召开党组会12次，专题会8次。研究人事事项5次，财务事项9次，项目事项7次。",
        # tiers that add up, and tiers with 以上 (overlapping)
        "新闻媒体用稿215篇，其中国家级媒体0篇、省级媒体0篇、市级媒体120篇，县级媒体95篇。",
        "新闻媒体用稿150篇，其中省级以上媒体60篇、市级媒体70篇，县级媒体40篇。",
        # tiers short of the total, not from the top: a selection
        "全年获得各类表彰120项，其中省级表彰15项，市级表彰40项，县级表彰50项。",
        # tiers under an approximate total
        "新闻媒体用稿约180篇，其中国家级媒体10篇、省级媒体60篇、市级媒体120篇。",
        # one digit's slip: N072's
        "新闻媒体用稿180篇，其中国家级媒体10篇、省级媒体60篇、市级媒体111篇。",
    ),
)

_TIER_UNITS = n072._UNITS  # 篇 among them: media count 用稿 in it
_TIER_PART = n072._PART

# ---- kinds in the sentence after the total -------------------------------------------------------------

# A sentence that states how many items were published and ends there (主动公开政务信息20条。).
_PUBLISHED_TOTAL = regex_cache.compile(
    r"(?:主动)?(?:公开|发布|公布){1,2}(?:各类|政府|政务)?信息(?:数|共计|合计|共)?\s{0,1}(\d{1,6})\s{0,1}条\s{0,1}[。\n]")
# What may stand between the total's sentence and the kinds: a blank line, a numbered heading ending in a
# colon (（二）主动公开政府信息的类别：), a year (2021年，).
_GAP = regex_cache.compile(
    r"\s{0,4}(?:(?:[（(][一二三四五六七八九十\d]{1,2}[）)]|[一二三四五六七八九十]{1,2}、|\d{1,2}[.．、])"
    r"[^。\n：:\d]{0,30}[：:]\s{0,1})?(?:\d{4}年度?[，,]?\s{0,1})?")
_SUM_WORD = regex_cache.compile(r"合计|共计|总计|累计|总共|(?<!公)共(?!同)")
_OPENS_OWN = ("其中", "包括", "包含", "涵盖")
_CLAUSE_MARKS = "，,。；;\n"


def _clause_holds_channel(text: str, start: int) -> bool:
    """Does the total's clause name a channel (通过门户网站公开信息20条)? Then it counts one channel's items, not all."""
    lo = max(0, start - 40)
    cut = last_mark(text, _CLAUSE_MARKS, start, lo)
    return bool(n076._CHANNEL.search(text, cut + 1 if cut >= 0 else lo, start))


def _one_total_in_sentence(text: str, start: int, unit: str) -> bool:
    """The total is the only count in ``unit`` of its sentence (两处各若干条 would make it one of several)."""
    lo = max(0, start - n072._SENTENCE_BACK)
    cut = last_mark(text, "。\n", start, lo)
    return not any(m.group(3) == unit for m in _TIER_PART.finditer(text, cut + 1 if cut >= 0 else lo, start))


def _kinds_after(text: str, pos: int, unit: str) -> Optional[tuple[list[tuple[str, int]], int, int]]:
    """(kinds, start, end) of the run of ``label N<unit>`` that fills the sentence after ``pos``; None if it is none."""
    gap = _GAP.match(text, pos)
    at = gap.end() if gap else pos
    if text[pos:at].count("\n") > 2 or text.startswith(_OPENS_OWN, at):
        return None
    got = n072._parts(text, at, _TIER_PART)
    if got is None or got[1] != unit or len(got[0]) < n076.MIN_PARTS:
        return None
    return got[0], at, got[2]


# A total said with its sum word and ending its sentence (共收到申请8件。 全年共编发简报12期。), in the units the
# brief's class counts in; 约, 近, 逾 and a 余 or 多 after the figure make it no exact total.
_WORDED_TOTAL = regex_cache.compile(
    r"(?:总共|共计|合计|累计|总计|(?<!公)共(?!同))[^，,。；;\n\d约近逾超]{0,20}?(\d{1,6})\s{0,1}(条|篇|件|项|次)\s{0,1}[。\n]")
# Stages of handling (受理, 办结, 答复, 转办 …) overlap one another: a run naming them is no partition.
_STAGE = regex_cache.compile(r"受理|办结|办理|答复|回复|转办|交办|处理|完成|落实|反馈|在办")


def _totals_ending_sentences(text: str) -> Iterable[tuple[int, str, int, int]]:
    """(total, unit, start, end) of each count that closes its sentence as its only count in that unit."""
    seen: set[int] = set()
    for m in list(near_needles(_PUBLISHED_TOTAL, text)) + list(near_needles(_WORDED_TOTAL, text)):
        unit = m.group(2) if m.re is _WORDED_TOTAL else "条"
        if m.start(1) in seen or not _one_total_in_sentence(text, m.start(1), unit):
            continue
        seen.add(m.start(1))
        if not _clause_holds_channel(text, m.start()):
            yield int(m.group(1)), unit, m.start(1), m.end()


def _next_sentence_kinds(text: str) -> Iterable[Finding]:
    for total, unit, _, after in _totals_ending_sentences(text):
        got = _kinds_after(text, after, unit)
        if got is None:
            continue
        items, start, end = got
        labels = [label for label, _ in items]
        if n076._by_channel(labels) or any(n072._ATTRIBUTE.search(label) or n076._DECISIONS.search(label)
                                           or _SUM_WORD.search(label) or _STAGE.search(label) for label in labels):
            continue
        counts = [n for _, n in items]
        summed = sum(counts)
        if summed == total or any(sum(counts[:i]) == total == sum(counts[i:]) for i in range(1, len(counts))):
            continue
        whole = other_kind_listed(list(labels)) or empty_kind_listed(counts)
        if summed < total and not whole:
            continue
        shown = "＋".join(str(n) for n in counts)
        said = "多于总数" if summed > total else f"少于总数（所列已含“其他”类或0{unit}的类别，即已列全）"
        yield Finding(start, end, RULE.code, RULE.severity,
                      f"前文写明总数{total}{unit}，随后逐类列出的{len(items)}类合计{shown}＝{summed}{unit}，{said}；"
                      f"各类互不重叠，合计应等于总数{total}{unit}，请核对总数或分项。", None)


# ---- tiers under 其中 ------------------------------------------------------------------------------------

_TIERS = ("国家级", "中央级", "中央", "省部级", "省级", "地市级", "市级", "州级", "盟级", "地级", "县区级", "区县级",
          "县级", "区级", "旗级", "乡镇级", "街道级", "乡级", "镇级", "村级", "社区级")
_TOP = ("国家级", "中央级", "中央", "省部级")
_COUNTY_OR_BELOW = ("县区级", "区县级", "县级", "区级", "旗级", "乡镇级", "街道级", "乡级", "镇级", "村级", "社区级")
# A count right before 其中, with no 约/近/逾 before it (a count with 余/多 after it is no count in the unit).
_TIER_TOTAL = regex_cache.compile(
    r"(?<![约近逾过足\d.,])(\d{1,6})\s{0,1}(" + _TIER_UNITS + r")[，,。；;]\s{0,1}其中\s{0,1}[：:，,]?\s{0,1}")


def _tier_of(label: str) -> Optional[tuple[str, str]]:
    """(tier, head) of a label named by an administrative tier (省级媒体 → 省级, 媒体); None otherwise."""
    body = label[1:] if label.startswith(("获", "在", "被")) else label
    tier = next((t for t in _TIERS if body.startswith(t)), None)
    return None if tier is None else (tier, body[len(tier):])


def _tiers(items: list[tuple[str, int]]) -> Optional[list[str]]:
    """The tiers of a list whose every part is one tier of one thing (distinct tiers, one head where named)."""
    read = [_tier_of(label) for label, _ in items]
    if any(r is None for r in read):
        return None
    tiers = [r[0] for r in read if r]
    heads = {r[1] for r in read if r and r[1]}
    return tiers if len(set(tiers)) == len(tiers) and len(heads) <= 1 else None


def _n072_reads(total: int, counts: list[int]) -> bool:
    """An excess that one slipped digit explains: N072 reports it."""
    summed = sum(counts)
    return total >= n072.MIN_TOTAL and (n072._one_digit_apart(summed, total) or any(
        n072._one_digit_apart(n, n - (summed - total)) for n in counts if n > summed - total))


# A web page's field glued to a paragraph that lost its last stop when the lines were joined (……县级媒体134篇
# 责任编辑：): the list ends where the field begins.
_PAGE_FIELD = regex_cache.compile(r"(?:责任编辑|编辑|来源|作者|发布时间|发布日期|浏览次数|打印本页|关闭窗口)\s{0,1}[:：]")
_LIST_REACH = 300


def _tier_parts(text: str, pos: int) -> Optional[tuple[list[tuple[str, int]], str, int]]:
    """The parts after 其中 to the sentence's end, or to a page field glued after them."""
    got = n072._parts(text, pos, _TIER_PART)
    if got is not None:
        return got
    field = _PAGE_FIELD.search(text, pos, pos + _LIST_REACH)
    if field is None or any(mark in text[pos:field.start()] for mark in "。\n"):
        return None
    got = n072._parts(text[pos:field.start()], 0, _TIER_PART)
    return None if got is None else (got[0], got[1], pos + got[2])


def _tier_lists(text: str) -> Iterable[Finding]:
    for m in near_needles(_TIER_TOTAL, text):
        got = _tier_parts(text, m.end())
        if got is None or got[1] != m.group(2) or len(got[0]) < n076.MIN_PARTS:
            continue
        items, unit, end = got
        tiers = _tiers(items)
        if tiers is None or any(n072._ATTRIBUTE.search(label) for label, _ in items):
            continue
        total, counts = n072._count(m.group(1)), [n for _, n in items]
        summed = sum(counts)
        if summed == total or (summed > total and _n072_reads(total, counts)):
            continue
        if unit == "条" and n076._total_of_publishing(text, m.start(2)) is not None:
            continue  # published items in 条: N076's
        chain = tiers[0] in _TOP and tiers[-1] in _COUNTY_OR_BELOW and (end >= len(text) or text[end] in "。；;\n")
        if summed < total and not chain:
            continue
        shown = "＋".join(str(n) for n in counts)
        said = ("多于总数，各级别互不重叠，合计不应超过总数" if summed > total
                else f"少于总数；从{tiers[0]}逐级列到{tiers[-1]}即已列全，合计应等于总数")
        yield Finding(m.start(1), end, RULE.code, RULE.severity,
                      f"{total}{unit}“其中”按级别所列{len(items)}项合计{shown}＝{summed}{unit}，{said}，请核对总数或分项。",
                      None)


def check(ctx: CheckContext) -> Iterable[Finding]:
    text = ctx.text
    if "其中" in text:
        yield from _tier_lists(text)
    yield from _next_sentence_kinds(text)  # its two totals are searched near their literals
