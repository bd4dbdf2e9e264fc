"""N004: parts that exceed their total, or a complete enumeration that does not add up."""

from __future__ import annotations

from bisect import bisect_left
from decimal import Decimal
from typing import Iterable, Optional

from ...core import regex_cache
from ...core.regex_needles import finditer as near_needles
from ..context import CheckContext
from ..crop_kinds import crop_kinds, leading_crops
from ..complete_lists import REMAINDER as _REMAINDER, names_every_part as _names_every_part, zero_listed as _zero_listed
from ..counted_parts import counted_lists, counted_total_after
from ..finding import Finding
from ..numbers_text import Item, closes, comparable, exceeds, in_written_unit, is_change, items, make_up, names_alike, \
    num, split_twice, sum_slack
from ..registry import Rule
from ._n004_examples import FLAG, KEEP
from ..unit_slips import slipped
from ..growth_asides import total_before
from ..part_labels import CHANGE, opposite_changes, stops
from ..library_pages import opens_fragment
from ..qizhong_lists import back_to_outer
from ..added_parts import added_to, adds_to_unstated, after_subtotal, first_part_before, item_of_list, named_one_each, suffix_makes
from ..numbered_parts import lists_every_kind, numbered_parts
from ..staff_scope import distinct_standings, in_post_parts, leading_standings, makes_up_earlier, part_marks, quota_kinds
from ..subject_breakdowns import without_class_items
from ..subject_peers import another_class
from ..specified_lists import SPECIFIED, enumeration_total
from ..sibling_figures import opens_statement
from ..textspans import inside_aside as _inside_aside, sentence_start, size_band, sole_figure

RULE = Rule(
    code="N004",
    name="parts-vs-total",
    severity="error",
    summary="分项之和与总数矛盾",
    doc=(
        "检查“共/合计X……其中a、b、c”与“a、b，合计X”。“其中”列出的分项可以少于总数（只列了一部分），"
        "但单项超过总数，或互斥分项（同类名称，如行政编制、事业编制；或金额来源；或“80周岁以上”“70—79周岁”这样的分段）之和超过总数时报错；"
        "“合计/总计/共计”“分别为”“分别用于”“具体为”这类完整列举，各项之和不等于总数时报错（多了、少了都报）；“0-17岁、18-34岁、……、60岁及以上户籍人口分别为……”这样从0岁起连续分到“及以上”的年龄段也是完整列举，其总数是前文同名的人数（户籍人口）。"
        "“其中：”列出三项以上金额、连为零的一项（国有资本经营预算0万元）也列出、列到句末的，是逐类列全，多了、少了都报；"
        "在岗、退休、临时这类身份互斥的人数，名称不同也相加比较。"
        "“其中含”引出的交叉人群（如高血压、糖尿病患者）只比较单项。"
        "同一句先点明总数由哪几类构成（“主要有A、B二类支出”“分为A和B两部分”），“其中”又逐一列出了这几类时，"
        "也是完整列举，多了、少了都报；总数之后“由a、b两部分组成”同样。"
        "在职人数之后连着列到离退休人员的，是单位的全部人数，按前面恰好凑成在职人数的几类判断；"
        "科目的类之后紧跟金额相同的本类的项（文化旅游体育与传媒支出X万元，群众文化支出X万元），去掉它其余恰好等于总数时，只算一项。"
        "“每人每年补助5000元”这类单位标准不算分项；分项后括号里的“含……”是该分项自己的构成，不另计；"
        "分项后“分别支持a、b、c”列的是该分项的明细，分项列举到此为止；分项中有调减（核减、扣减）的，总数是净额，不作比较。容差按各数的小数位数累计；与带小数的金额并列、小数位较少的金额（30万元、78.3万元与29.99万元并列）按同一精度读。"
        "例：核定编制36人，其中：行政编制14人，全额事业编制26人（40人超过36人）。"
    ),
    flag=FLAG,
    keep=KEEP,
)

_DEBT_MEASURE = regex_cache.compile(r"余额|限额")  # a debt's two measures: a limit's parts end at the balance
# Under a budget's 其中: what a part actually spent, or how far it fell short, is that part's, no sibling.
_EXECUTION = regex_cache.compile(r"实际(?:开支|支出|使用|发生)|开支了|少了|多了|节约了?|结余|超支")
_QUOTA = regex_cache.compile(r"编制")  # under a staff quota: the retired hold no post of it
_OUTSIDE_QUOTA = regex_cache.compile(r"离休|退休")
_NEW_STATEMENT = ("本年", "全年", "年度", "上年", "今年")
# 年末/年底/年初 after a list of posts starts a statement of its own; 年末结转和结余 is a part of a 支出总计.
_YEAR_END_COUNT = regex_cache.compile(r"年[末初底](?!结转|结余)")
# Words that announce a complete list of a total's parts: the parts must add up to it exactly.
_COMPLETE_LIST = regex_cache.compile(r"分别为|分别是|分别用于|分别拨付|分别下达|分别安排|具体为|具体是|明细为")
_TOTAL_LABEL = regex_cache.compile(r"(?:合计|总计|共计)(?:为|是)?\s{0,2}$")  # 共计 844 条: a figure set off by spaces
# A part that is a cut (调减2.66万元, 剔除上划市级收入71,238万元): the total is net of it.
_CUT = regex_cache.compile(r"[调核扣追]减|剔除|扣除|减去|减除")
UNIT_SLIP = 100  # a part in another unit this many times its total: the total's unit was typed wrong (N042's kind)
_SENTENCE_END = regex_cache.compile(r"[。！？!?\n]")
# A figure that is the old value of an adjustment (由年初预算的65000万元调整为35000万元).
_ADJUSTED_FROM = regex_cache.compile(r"[^，,。；;\d]{0,3}(?:调整为|调增为|调减为|调为|变更为|下调为|上调为|增至|降至|增加到|减少到)")


def _fmt(value: Decimal) -> str:
    return format(value.normalize(), "f")


def _sum_shown(value: Decimal, total: Item, parts: list[Item]) -> str:
    """A sum of parts, read in 万元 when they are money, in the total's own unit as the text writes it (66.05亿元,
    not 660500): the figures the message shows beside it are the text's."""
    if total.value == total.q.value:
        return _fmt(value)
    places = max(p.q.decimals for p in (*parts, total))
    return f"{_fmt(in_written_unit(value, total).quantize(Decimal(1).scaleb(-max(places, 0))))}{total.q.unit}"


_PER_UNIT = regex_cache.compile(r"每(?:[人户村年月天日次件个名所家])")  # 每人每年补助5000元: a rate, no part
# "分别支持A 2000万元、B 1800万元" after a part: the figures that follow break that part down.
_NESTED_LIST = regex_cache.compile(r"分别(?:支持|用于|安排|拨付|下达|补助|为|是)")
_OTHER_DOCUMENT = regex_cache.compile(r"[〔［\[]\s?20\d\d")  # …万元川财农〔202344号下达…: the next is that document's


def _parts_after(all_items: list[Item], start_idx: int, total: Item, end: int, text: str = "") -> list[Item]:
    """The parts of ``total`` from ``start_idx`` up to ``end``.

    A figure in brackets after a part ("中央补助2000万元（含进度款800万元）") is that part's own
    breakdown, not a sibling: it is skipped. A part followed by "分别支持a、b、c" is broken down by what follows:
    the list ends there (where it resumes cannot be told); so does another document's number (its allocation)."""
    parts: list[Item] = []
    for it in all_items[start_idx:]:
        if it.q.start >= end:
            break
        if parts and text:
            between = text[parts[-1].q.end:it.q.start]
            if _NESTED_LIST.search(between) or _OTHER_DOCUMENT.search(between):
                break
            if _inside_aside(text, parts[0].q.start, it.q.start):
                continue
        if it.q.unit == "%" or it.q.comparator or comparable(total, it) is None or stops(it, total) \
                or (text and size_band(text, it.q.start, it.q.end)):  # 其中1—10亿元项目4个: a class, not an amount
            break
        if (m := _DEBT_MEASURE.search(it.raw_label)) and (t := _DEBT_MEASURE.search(total.raw_label)) \
                and m.group() != t.group():
            break  # 债务限额1105.3亿元，其中一般债务…，债务余额为1071.65亿元: the balance is another measure
        if _OUTSIDE_QUOTA.search(it.raw_label) and _QUOTA.search(total.raw_label):
            break  # 编制数59人，其中在编53人，退休人员23人: the retired hold no post of the quota
        if parts and _EXECUTION.search(it.raw_label) and "预算" in total.raw_label:
            continue  # 预算数22万元，其中：公务接待费10万元，实际开支了4.26万元，少了5.74万元: a part's own execution
        if it.year or it.label.startswith(_NEW_STATEMENT) or _YEAR_END_COUNT.match(it.label) \
                or (opens_statement(parts, it) and (parts or CHANGE.search(total.raw_label))) \
                or another_class(total.label, it.label):
            # 本年支出…, 年末实有…, 2022年… start a statement of their own; 对个人和家庭的补助 after 商品和服务's parts.
            # A report-level figure right after 其中 (收入合计X，其中：财政拨款收入Y) is the first part, unless the
            # figure before 其中 is a change (比上年增加X，其中：基本支出Y…): then no total precedes the list.
            break
        parts.append(it)
    return parts


def _index_after(all_items: list[Item], pos: int) -> int:
    """The first item starting at or after ``pos`` (items are in text order: a bisection, not a scan per 其中)."""
    return bisect_left(all_items, pos, key=lambda it: it.q.start)


def _check_qizhong(ctx: CheckContext, all_items: list[Item]) -> Iterable[Finding]:
    text = ctx.text
    marks = part_marks(text)  # every 其中, and 包括 after a head count (在职人数61人，包括…)
    first: dict[int, Item] = {}  # the first part after each 其中, by its start: keyed to that 其中's total
    for k, pos in enumerate(marks):
        idx = _index_after(all_items, pos)
        total, aside = total_before(text, all_items, idx, pos)  # past its own growth (97092万元，增长0.9%，其中…)
        if total is not None and idx < len(all_items):
            first[all_items[idx].q.start] = total
        nxt = marks[k + 1] if k + 1 < len(marks) else -1
        # A change right before 其中 (收入X，与上年相比减少Y，其中：a…) is not what the parts make up (X's); a part that is
        # a change ends the list (gen.check.part_labels). A total cut by a library's preview ("2、7万元，其中…") totals nothing.
        # "离退休人员18人。其中：离休11人…": read to its own (no colon: only after a sentence's sole figure)
        told = all_items[idx - 1].q.end if aside else total.q.end if total is not None else pos  # past its aside
        across = total is not None and text[told:pos].strip() == "。" and total.seg_end <= pos \
            and (text[pos + 2:pos + 3] in ("：", ":") or sole_figure(text, total.q.start))
        if total is not None and total.q.unit != "%" and not total.q.comparator and (total.seg_end > pos or across) \
                and not CHANGE.search(total.raw_label) and (total.label or not opens_fragment(text, total.q.start)):
            gap = "" if across else "，" if aside else text[total.q.end:pos].strip()
            if gap in ("", "，", ",", "（", "(", "：", ":"):
                end = ((m.start() if (m := _SENTENCE_END.search(text, pos)) else len(text)) if across
                       else total.seg_end)
                if gap in ("（", "("):
                    close = text.find("）" if gap == "（" else ")", pos, end)
                    end = close if close != -1 else end
                if nxt != -1:
                    end = min(end, nxt)
                overlapping = text.startswith("其中含", pos) or text.startswith("其中包括", pos)
                if any(it.value < 0 for it in all_items[idx:_index_after(all_items, end)]):
                    continue  # a negative part (a deduction: 省直达-13.27万元) lets another exceed the total
                parts = (not across and _colon_list(text, all_items, idx, total, pos, nxt)) \
                    or _parts_after(all_items, idx, total, end, text)
                parts = in_post_parts(total, parts)  # a run on to retired staff is the unit's headcount
                parts = back_to_outer(first.get(total.q.start), total, parts)  # 其中a，其中a1，b: b is a's sibling
                parts = without_class_items(total, parts)  # a class then its own item: one amount, not two
                parts = _without_own_breakdowns(text, parts)  # 上级补助收入5926万元，含4951万元、975万元
                # 土地出让收入由年初预算的65000万元调整为35000万元: the old figure is no part of the adjusted total
                parts = [p for p in parts if not _ADJUSTED_FROM.match(text, p.q.end)]
                if any(f.q.start in slipped(ctx) for f in (total, *parts)):
                    parts = []  # a figure's unit typed wrong (353.51元 over parts in 万元): N042's one finding
                if not overlapping and _names_every_part(text[total.seg_start:pos], parts, total.q.start - total.seg_start) \
                        and not (parts and _REMAINDER.search(text, parts[-1].q.end, total.seg_end)):
                    yield from _judge_complete(total, parts, f"{total.label}（文中点明由所列各类构成）")
                elif not overlapping and _zero_listed(text, total, parts, pos):
                    yield from _judge_complete(total, parts, f"{total.label}（所列各项连为零的一项也列出，应为全部）")
                elif not (across and _another_whole(text, all_items, idx - 1, parts)) \
                        and not makes_up_earlier(text, all_items, idx - 1, parts):
                    yield from _judge_qizhong(total, parts, overlapping, text[pos:pos + 2])


def _colon_list(text: str, all_items: list[Item], idx: int, total: Item, pos: int, nxt: int) -> Optional[list[Item]]:
    """"核定编制36人，其中：行政编制14人；事业编制26人。": a list announced by a colon whose items run
    past the ； that ends the total's clause. Read to the sentence's end when the items are of one
    kind (their names end alike): a clause after ； that is another matter has another name. When the
    items before the ； already make the total exactly, the list ends there (……其中：中央资金a，市级资金b；
    本次评价的资金c: c is a third figure of its own, not a third source)."""
    if text[pos + 2:pos + 3] not in ("：", ":"):
        return None
    end_m = _SENTENCE_END.search(text, total.seg_end, total.seg_end + 600)
    end = end_m.start() if end_m else total.seg_end
    if nxt != -1:
        end = min(end, nxt)
    parts = _parts_after(all_items, idx, total, end, text)
    own = [p for p in parts if p.seg_start == total.seg_start]
    if len(own) >= 2 and make_up(total, own):
        return own  # the parts before the ； already make the total: what follows it is another matter
    if any(p.seg_start != total.seg_start for p in parts) and names_alike(parts):
        return parts
    return None


def _judge_qizhong(total: Item, parts: list[Item], overlapping: bool, mark: str = "其中") -> Iterable[Finding]:
    if not parts or any(_CUT.search(p.raw_label) for p in parts):
        return  # with a cut among them the parts are signed: each may exceed the net total
    t = total.value
    for k, p in enumerate(parts):
        if exceeds(p.value, t, sum_slack([p, total])):
            if p.q.unit != total.q.unit and p.value > UNIT_SLIP * t:
                return  # 全年支出10541.15元。其中：基本支出7339.01万元: the total's unit slipped, no part too large
            if k >= 2 and t and make_up(total, parts[:k]):
                return  # the parts before it make the total (离休6人，退休65人 of 71): another count (供养人员117人); zeros make no 0
            yield Finding(
                p.q.start, p.q.end, RULE.code, RULE.severity,
                f"分项{p.label}{p.q.raw}大于其所属总数{total.label}{total.q.raw}",
            )
            return
    if overlapping or len(parts) < 2:
        return
    s = sum((p.value for p in parts), Decimal(0))
    # 在职14人，离休0人，退休2人 of 14, then 聘用人员3人 (of no standing); 水稻、玉米、豆类 of 粮食, then 中药材
    lead = leading_standings(parts) or leading_crops(total, parts)
    if lead and total.money is None and exceeds(sum(p.value for p in lead), t, sum_slack(lead + [total])):
        parts, s = lead, sum((p.value for p in lead), Decimal(0))
    if exceeds(s, t, sum_slack(parts + [total])) and (total.money is not None or names_alike(parts) or distinct_standings(parts)
                                                   or quota_kinds(total, parts) or crop_kinds(total, parts)) \
            and not split_twice(total, parts):
        shown = "＋".join(num(p.q) for p in parts)
        yield Finding(
            total.q.start, total.q.end, RULE.code, RULE.severity,
            f"“{mark}”所列分项之和超过总数：{shown}＝{_sum_shown(s, total, parts)}，大于{total.label}{total.q.raw}",
        )


_INCLUDES = regex_cache.compile(r"[，,（(]\s{0,2}(?:其中[:：]?|包含[:：]?|含有?|包括[:：]?|具体(?:是|为)[:：]?)")


def _without_own_breakdowns(text: str, parts: list[Item]) -> list[Item]:
    """Parts without the items a part's own 含 (包含, 其中, 具体是) lists right after it, where those items add up to it
    (上级补助收入5926万元，含一般性转移支付补助4951万元，专项转移性补助975万元): one amount told twice, not three parts."""
    out, k = [], 0
    while k < len(parts):
        p = parts[k]
        out.append(p)
        k += 1
        if k < len(parts) and _INCLUDES.search(text, p.q.end, parts[k].q.start):
            for j in range(k + 2, len(parts) + 1):
                if make_up(p, parts[k:j]):
                    k = j
                    break
    return out


def _another_whole(text: str, all_items: list[Item], j: int, parts: list[Item]) -> bool:
    """The sentence before 其中： holds, before its last figure, another amount the parts fit under (支出316.03万元，上年
    结转52.85万元。其中：用于…63.44万元、…250.14万元…: the list is the 支出's): the list's whole is not plain."""
    start = sentence_start(text, all_items[j].q.start) if parts else 0
    total = sum((p.value for p in parts), Decimal(0))
    # the sentence's figures of the list's kind, to the list's nearest one (设行政单位1个，事业单位5个。其中：全额拨款…
    # 1个，…5个: the list restates them together), or one of them before it that the list makes up or stays within
    told = [it for it in all_items[max(0, j - 8):j + 1] if parts and it.q.start >= start and not is_change(text, it)
            and comparable(it, parts[0])]
    return (len(told) >= 2 and sum((it.value for it in told), Decimal(0)) == total) or any(
        it is not all_items[j] and it.money is not None
        and (make_up(it, parts) or not exceeds(total, it.value, sum_slack([*parts, it]))) for it in told)


def _in_closed_aside(text: str, at: int, end: int) -> bool:
    """The mark at ``at`` stands in brackets that close before ``end`` (上级补助收入387613万元（其中：专项补助…），…，
    收入总计451227万元): it opens the bracketed amount's own breakdown, not the total's list of parts."""
    between = text[at:end]
    return between.count(")") + between.count("）") > between.count("(") + between.count("（")


def _check_enumerations(ctx: CheckContext, all_items: list[Item]) -> Iterable[Finding]:
    text = ctx.text
    starts = [it.q.start for it in all_items]  # in order: the parts after ``lo`` are found by bisection, not a scan
    for i, total in enumerate(all_items):
        if total.q.unit == "%" or total.q.comparator or not _TOTAL_LABEL.search(total.raw_label):
            continue
        lo = total.seg_start
        for mark in ("其中", "：", ":"):
            p = text.rfind(mark, total.seg_start, total.q.start)
            if p != -1 and not _in_closed_aside(text, p, total.q.start):
                lo = max(lo, p)
        base = added_to(text, all_items, starts, lo, total)  # A；加B，C，收入合计X: A is the first part
        parts = [base] * (base is not None) + [
            it for it in all_items[bisect_left(starts, lo, 0, i):i]
            if it.q.start >= lo and it.q.unit != "%" and not it.q.comparator and comparable(total, it)
            and not _PER_UNIT.search(it.raw_label) and not (total.year and it.year and it.year != total.year)
            and not _TOTAL_LABEL.search(it.raw_label) and not is_change(text, it)
        ]  # a figure of another year, or another total (2023年度收入总计…，支出总计…，2022年度收入总计): no part
        if len(parts) < 2 or _far_apart(text, parts[-1], total) or opposite_changes(parts):
            continue  # 新增1个，注销3个，目前共计6个: flows both ways, no parts of the count standing now
        if base is None and adds_to_unstated(text, lo, parts[0]):
            continue  # 本级收入加上级补助a、债务转贷收入b，收入总计X: 本级收入's amount is stated elsewhere
        if _breakdown_of_head(all_items, bisect_left(starts, lo, 0, i), parts):
            continue  # 转移性收入38.18亿元，其中：……（making 38.18），收入合计43.43亿元: the parts are 38.18's
        top = [base] * (base is not None) + _top_level(text, all_items[:i], total)
        if len(top) >= 2 and (make_up(total, top) or make_up(total, after_subtotal(top)) or suffix_makes(total, top)) \
                or make_up(total, _without_own_breakdowns(text, parts)):  # a part's 其中 making it: told twice
            continue  # read from the clause's start, without asides and 其中 parts, the figures make the total
        if first_part_before(text, all_items, starts, lo, total, parts) or item_of_list(text, parts[-1], total) or named_one_each(text, parts, total):
            continue  # 一是a，二是b，三是c经费共计X: X is the third item's own amount; 5个街道、6个乡镇及甲局、乙委共计13个: named ones
        yield from _judge_complete(total, parts)
    for m in near_needles(_COMPLETE_LIST, text):
        idx = _index_after(all_items, m.end())
        if idx == 0 or idx >= len(all_items):
            continue
        seg_end = all_items[idx].seg_end
        if all_items[idx].seg_start > m.start():
            continue
        total = enumeration_total(text, all_items, idx, m.start(), m.group())
        if total is None:
            continue
        parts = _parts_after(all_items, idx, total, seg_end, text)
        if len(parts) >= 2:
            yield from _judge_complete(total, parts, at_parts="岁" in text[total.q.end:m.start()])
        elif parts and m.group() in SPECIFIED:  # 结转22万元，具体是某类项目32万元: the one part over its whole
            yield from _judge_qizhong(total, parts, True, m.group())


def _breakdown_of_head(all_items: list[Item], first: int, parts: list[Item]) -> bool:
    """The parts after a 其中 make the figure just before it: they are its breakdown, and a 合计 after them
    sums something larger (that figure and others before it)."""
    head = all_items[first - 1] if first > 0 else None
    if head is None or head.q.unit == "%" or head.q.comparator or not all(comparable(head, p) for p in parts):
        return False
    return make_up(head, parts)


def _top_level(text: str, before: list[Item], total: Item) -> list[Item]:
    """Another reading of the figures a 合计 sums: all of its clause group, without those in brackets
    and the first figure after each 其中 ("收入4402万元，转移支付1884万元，其中：一般转移支付1478万元
    （含……），结余60万元，调入103万元，合计6449万元": 1478 is a part of 1884, not of the total)."""
    lo = total.seg_start
    out = []
    prev_end = lo
    for it in before:
        if it.q.start < lo:
            continue
        after_qizhong = "其中" in text[prev_end:it.q.start]
        prev_end = it.q.end
        if it.q.unit == "%" or it.q.comparator or _PER_UNIT.search(it.raw_label) or not comparable(total, it):
            continue
        if after_qizhong or _inside_aside(text, lo, it.q.start):
            continue
        out.append(it)
    return out


# A 合计 sums the figures just before it (a clause on what they were spent on may come between); asides in
# brackets aside, more text than this between the last of them and the total means the total is another matter's (a flattened page: "共计239万元，其中a、b，
# 项目绩效目标是……三、预算支出组织实施情况……支出共计87.06万元").
MAX_GAP = 80
_ASIDE = regex_cache.compile(r"[（(][^（()）]{0,80}[）)]")


def _far_apart(text: str, last: Item, total: Item) -> bool:
    return len(_ASIDE.sub("", text[last.q.end : total.q.start])) > MAX_GAP


def _judge_complete(total: Item, parts: list[Item], name: str = "合计数", at_parts: bool = False) -> Iterable[Finding]:
    s = sum((p.value for p in parts), Decimal(0))
    t = total.value
    if not closes(s, t, sum_slack(parts + [total])):
        shown = "＋".join(num(p.q) for p in parts)
        yield Finding(  # at the parts where the total is another sentence's (0-17岁、……分别为: the bands' figures)
            *((parts[0].q.start, parts[-1].q.end) if at_parts else (total.q.start, total.q.end)), RULE.code, RULE.severity,
            f"{name}{total.q.raw}与各项之和不符：{shown}＝{_sum_shown(s, total, parts)}",
            None,
        )


def _check_counted_after(ctx: CheckContext, all_items: list[Item]) -> Iterable[Finding]:
    """A total followed by its parts and their count ("由……两部分组成"): a complete list."""
    for total, parts, n in counted_lists(ctx.text, all_items):
        yield from _judge_complete(total, parts, f"{total.label}（文中写明由所列{n}项构成）")
    for total, parts, n in counted_total_after(ctx.text, all_items):  # ……4.76万元。9个项目共计36.97万元
        yield from _judge_complete(total, parts, f"{n}个项目共计")
    for total, parts in numbered_parts(ctx):  # 其中：\n1.… 2.…; with a kind of nought listed, all kinds: complete
        yield from _judge_complete(total, parts, f"{total.label}（逐行所列各项连为零的一项也列出，应为全部）") \
            if lists_every_kind(parts) else _judge_qizhong(total, parts, False)


def check(ctx: CheckContext) -> Iterable[Finding]:
    all_items = items(ctx)
    seen: set[tuple[int, int]] = set()
    found = [*_check_qizhong(ctx, all_items), *_check_enumerations(ctx, all_items), *_check_counted_after(ctx, all_items)]
    for f in found:
        if (f.start, f.end) not in seen:
            seen.add((f.start, f.end))
            yield f
