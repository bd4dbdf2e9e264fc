"""N014: a breakdown whose parts close in one measure (the count) but not in the other (the amount)."""

from __future__ import annotations

from decimal import Decimal
from typing import Iterable, Optional

from ...core import regex_cache
from ...core.numbers import percent_agrees, tolerance
from ..breakdowns import Breakdown, Measure, breakdowns, sentence_start
from ..context import CheckContext
from ..finding import Finding
from ..net_wholes import carried_beside_income, closed_in_clause, in_unit_of, restated_then_split, stated_net
from ..partitions import splits
from ..numbers_text import Item, approximate, closes, exceeds, items_between, names_alike, num, sum_slack
from ..registry import Rule
from ..remainders import ADVICE, remainder
from ..sums import identity_checks
from ..unit_slips import read_through_slip
from ._n014_examples import FLAG, KEEP

RULE = Rule(
    code="N014",
    name="breakdown-closes",
    severity="error",
    summary="分项在一个口径上合计相符（如个数），另一个口径（如金额）却合不上总数",
    doc=(
        "“共X个项目、Y万元，其中优的a个、b万元；良的c个、d万元……”这样按等次、类别或来源把一个总数"
        "同时按两个口径（个数和金额，人数和金额……）拆分时，一个口径的分项之和正好等于总数，说明所列分项是完整的，"
        "另一个口径的分项之和也必须等于它的总数（多了、少了都报）。只有一个口径时无法判断是否列全，不在此报告（见 N004）。"
        "各项“占X%”之和为100%也说明已列全（同一句中的总数；“。其中”时，是前一句中各分项占比相符的那一个总数）。只有一个口径时：“。其中”（总数在上一句）、"
        "“包括”“主要用于”引出的并列金额之和超过前面写出的每一个总数时报告（“其中”与总数同句时见 N004）。"
        "紧接着按同样类别（名称一一对应、顺序相同）再列一次的（编制按行政编制、事业编制列出且合计相符后，"
        "实有人员又按行政编制人员、事业编制人员列出），后一组也已列全，各类之和少于其总数时报告（同句写明“另有”“其余”的除外）。"
        "人数按在职与退休（或离休、退休）这样本身就包括全体的类别列出时（实有人数N人（其中：在职a人，退休b人）），"
        "所列即全部，各类之和须等于总数；按编制类别列出三类以上（行政编制、参公编制、事业编制，或再加工勤编制）的同样是全部；"
        "还列有其他类别（借调）或同句另有人员（编外、聘用）的不判断；另列遗属的，各类之和少于总数时仍报告（多于总数的不判断）。类别是数据（glossary/partitions.yaml，带示例）。"
        "“其中：”以冒号引出三项以上并列金额、列表到句末为止（不以“等”结尾、其后不写“其余”“另有”）时，分项之和比总数少、"
        "差额不到总数的1%、且两数只差一位数字（2263与2253）或相邻两位颠倒的，是笔误而不是漏列，亦报告（警告）。"
        "“其中”列出三项以上、一直列到句末、每一项的名称都含有总数自己的名词（“项目征地290亩，其中甲地块征地面积…亩”），"
        "且与总数单位相同时，是按地点或用途把总数分完，分项之和比总数少、差额不到1%的，同样是笔误（警告）。"
        "括号里的说明（某一项的再细分）不计入，括号里的“包括”只列到括号为止；“控制在…限额X之内”的限额不是分项；"
        "以“；”分隔的各句按相同名称各列几个口径（批复指标、已用指标、预算结余）的，每句是一项的一行，不相加；"
        "“财政性”经费与同名的“一般公共预算”经费是包含关系，不相加；前几项（收入）之和已恰好等于总数、其后是支出的，支出另说一事，也不计入。金额容差按各数的小数位数累计（与两位小数金额并列的整数或一位小数金额按同一精度读：78.3即78.30），个数须相等。"
        "例：项目113个、资金3267.28万元，其中优79个3038.38万元、良11个201.9万元、中3个7万元、差20个218.07万元"
        "（个数79＋11＋3＋20＝113，金额之和却是3465.35万元）。"
        "分项之和与总数只差分项各自四舍五入的尾差（各数印到两位小数，差0.01或0.02万元）的，作为提示报告，公开时宜调整尾差。"
    ),
    flag=FLAG,
    keep=KEEP,
)


def _total(m: Measure) -> Decimal:
    return sum((p.value for p in m.parts), Decimal(0))


def _closing_whole(m: Measure) -> Optional[Item]:
    """The stated whole the parts add up to, nearest to 其中 first; None when none."""
    total = _total(m)
    for whole in reversed(m.wholes):
        if closes(total, whole.value, sum_slack([*m.parts, whole])):
            return whole
    return None


def _shares_close(m: Measure) -> bool:
    """Shares of the whole that make 100% within their printed precision."""
    return abs(_total(m) - 100) <= sum((tolerance(p.q.decimals) for p in m.parts), Decimal(0))


def _name(m: Measure) -> str:
    return {"money": "金额", "%": "占比"}.get(m.key, f"数量（{m.key}）")


def _share_whole(bd: Breakdown, shares: Measure) -> Optional[Item]:
    """The one whole stated in the sentence before that the parts' shares are shares of.

    "……收入合计192.01万元，较上年减少27.31万元。其中：财政拨款收入113.68万元，占59.2%；……":
    the sentence before states several amounts; the whole is the one that most of the parts'
    amounts divided by it give their printed shares (one part's amount may be the typo).
    """
    money = next((m for m in bd.measures if m.key == "money"), None)
    if money is None:
        return None
    fits = []
    for w in money.wholes:
        agreeing = sum(percent_agrees(s.q.value, s.q.decimals, p.value, w.value)
                       for p, s in zip(money.parts, shares.parts))
        if 2 * agreeing >= len(shares.parts):
            fits.append(w)
    return fits[0] if len(fits) == 1 else None


def _proof(bd: Breakdown) -> Optional[tuple[Measure, str, Optional[Item]]]:
    """A measure whose parts make their whole exactly (the list is complete), with how it shows,
    and the money whole it proves complete when that is known (shares of a whole stated before)."""
    for m in bd.measures:
        if m.key == "%":
            if not _shares_close(m):
                continue
            shown = "＋".join(num(p.q) for p in m.parts) + "＝100%"
            if not bd.opens_sentence:
                return m, shown, None
            # 其中 opens a sentence: the shares prove completeness of the whole they are shares of
            whole = _share_whole(bd, m)
            if whole is not None:
                return m, shown, whole
        elif (w := _closing_whole(m)) is not None:
            return m, "＋".join(num(p.q) for p in m.parts) + f"＝{num(w.q)}", None
    return None


def _unit(m: Measure) -> str:
    return "万元" if m.key == "money" else m.key


def _two_measures(bd: Breakdown) -> Iterable[Finding]:
    found = _proof(bd)
    if found is None:
        return
    proof, shown_proof, proved_whole = found
    for m in bd.measures:
        if m is proof or m.key == "%":
            continue
        if proved_whole is not None and m.key == "money":
            whole = proved_whole
            if closes(_total(m), whole.value, sum_slack([*m.parts, whole])):
                continue
        elif _closing_whole(m) is not None:
            continue
        else:
            whole = m.wholes[-1]
        shown = "＋".join(num(p.q) for p in m.parts)
        yield Finding(
            whole.q.start, whole.q.end, RULE.code, RULE.severity,
            f"所列分项按{_name(proof)}合计正好是整体（{shown_proof}），已列全；"
            f"但{_name(m)}之和{shown}＝{format(_total(m).normalize(), 'f')}{_unit(m)}，与总数{whole.q.raw}不符",
        )


def _listed_past_clause(text: str, bd: Breakdown, m: Measure) -> bool:
    """"……万元，其中：a；b；c。": a list announced by a colon whose items run past the ；
    that ends the whole's clause, where N004 (which reads one clause) does not see them."""
    after = bd.at + len(bd.marker)
    if names_alike(list(m.parts)):
        return False  # parts of one kind: N004 reads such a list to the sentence's end
    return text[after:after + 1] in ("：", ":") and any(p.seg_start != m.wholes[-1].seg_start for p in m.parts)


def _made_further_back(ctx: CheckContext, bd: Breakdown, m: Measure, total: Decimal) -> bool:
    """"本年支出合计61658.08万元。年末结转结余1843.7万元。其中，基本支出13645.88万元……": a 其中 that opens
    a sentence may break down a figure one sentence further back, the sentence between being an aside;
    the parts make that figure exactly."""
    if not bd.opens_sentence:
        return False
    text = ctx.text
    head = sentence_start(text, m.wholes[0].q.start)
    lo = sentence_start(text, max(0, head - 1))
    slack = sum_slack(list(m.parts))
    return any(it.money is not None and closes(total, it.money, slack) for it in items_between(ctx, lo, head))


def _exceeds(ctx: CheckContext, bd: Breakdown) -> Iterable[Finding]:
    """One measure: sibling parts of money that exceed every whole stated before them."""
    text = ctx.text
    m = next((x for x in bd.measures if x.key == "money" and x.wholes), None)
    if m is None or not bd.siblings or (bd.same_sentence_qizhong and not _listed_past_clause(text, bd, m)):
        return
    parts = _own_parts(text, bd, m)
    if len(parts) < 2 or _parallel_clauses(ctx, parts) or _nested_scopes(parts):
        return
    m = Measure(m.key, m.wholes, parts)
    total = _total(m)
    if closed_in_clause(m) or _made_further_back(ctx, bd, m, total):
        return
    if stated_net(text, m.wholes[0].q.end, m.parts[0].q.start):
        return  # 综合预算收入629.4亿元（已剔除调入……），其中：各本预算的总收入: a net whole, gross parts
    # the base of a share stated with the whole ("收入496.43万元，占年初预算318.21万元的156.01%") is no whole
    wholes = [w for w in m.wholes if not _SHARE_BASE.search(w.raw_label)] or list(m.wholes)
    wholes = _same_stage(m.parts, wholes)
    if carried_beside_income(m.parts, wholes) or restated_then_split(ctx, m.parts, wholes):
        return
    if all(exceeds(total, w.value, sum_slack([*m.parts, w])) for w in wholes):
        whole = wholes[-1]
        shown = "＋".join(num(p.q) for p in m.parts)
        yield Finding(  # on the parts: the list is where a part is wrong or is no part of that whole
            m.parts[0].q.start, m.parts[-1].q.end, RULE.code, RULE.severity,
            f"“{bd.marker}”所列分项之和{shown}＝{in_unit_of(total, whole.q.raw)}，超过总数{whole.q.raw}",
        )


_SHARE_BASE = regex_cache.compile(r"占[^，,。；;]{0,20}$")
_STAGES = ("决算", "预算")


def _same_stage(parts: tuple[Item, ...], wholes: list[Item]) -> list[Item]:
    """The wholes of the stage every part names ("支出预算为45万元，支出决算为38.62万元。其中：……支出决算为31.12万元":
    the parts are of the 决算 whole, not of the budget they may fall short of); all of them when no stage tells."""
    for stage, other in (_STAGES, _STAGES[::-1]):
        if all(stage in p.raw_label and other not in p.raw_label for p in parts):
            own = [w for w in wholes if stage in w.raw_label and other not in w.raw_label]
            return own or wholes
    return wholes
_BOUND = regex_cache.compile(r"控制在|限额")  # a ceiling the whole is kept within (……债务余额限额X之内): no part


def _own_parts(text: str, bd: Breakdown, m: Measure) -> tuple[Item, ...]:
    """The parts that are the marker's own: a marker in brackets (余额422890万元（包括外债823万元），…) lists only to
    the bracket's close, and a ceiling stated after the parts (控制在…限额527874.3亿元之内) is none of them."""
    head = text[sentence_start(text, bd.at):bd.at]
    parts = m.parts
    if head.count("（") + head.count("(") > head.count("）") + head.count(")"):
        close = min((i for i in (text.find("）", bd.at), text.find(")", bd.at)) if i != -1), default=-1)
        parts = tuple(p for p in parts if close == -1 or p.q.start < close)
    ceiling = any("限额" in w.raw_label for w in m.wholes)  # 限额X，其中一般债务限额a: parts of a ceiling
    return tuple(p for p in parts if not ((b := _BOUND.search(p.raw_label)) and (b.group() == "控制在" or not ceiling)))


_WIDE_SCOPE = regex_cache.compile(r"财政性")  # 国家财政性教育经费 holds the 一般公共预算教育经费 and the fund budget's
_NARROW_SCOPE = regex_cache.compile(r"一般公共预算|公共财政预算|政府性基金预算?")


def _nested_scopes(parts: tuple[Item, ...]) -> bool:
    """Two parts of one kind (教育经费), the one fiscal money at large, the other one budget's share of it: the
    second is within the first (国家财政性教育经费a，一般公共预算教育经费b), no sibling to add."""
    wide = [p.label[-4:] for p in parts if _WIDE_SCOPE.search(p.label)]
    return any(len(p.label) >= 4 and p.label[-4:] in wide and _NARROW_SCOPE.search(p.label) for p in parts)


def _clause_end(text: str, pos: int) -> int:
    ends = [i for i in (text.find(c, pos, pos + 200) for c in "；;。") if i != -1]
    return min(ends) if ends else -1


def _parallel_clauses(ctx: CheckContext, parts: tuple[Item, ...]) -> bool:
    """The list's clause ends at a ；and the next clause states as many amounts under the same names (县直各部门批复
    指标a，已用指标b，预算结余c；各乡镇批复指标d，已用指标e，预算结余f): each clause is one part told in several
    measures (a table's row), its amounts no siblings."""
    text = ctx.text
    semi = _clause_end(text, parts[-1].q.end)
    if semi == -1 or text[semi] == "。" or _clause_end(text, semi + 1) == -1:
        return False
    nxt = [it for it in items_between(ctx, semi + 1, _clause_end(text, semi + 1)) if it.money is not None]
    return len(nxt) == len(parts) and all(
        len(key := a.label.rstrip("为是达：: ")[-2:]) == 2 and key in b.label for a, b in zip(parts[1:], nxt[1:]))

MIRROR_REACH = 300  # characters between two breakdowns of one passage told in parallel
_REST = regex_cache.compile(r"其余|其他|剩余|余下|另有|另外|以及|还有")


def _mirrors(earlier: list[Item], later: list[Item]) -> bool:
    """Do the later parts name the earlier parts' kinds, one for one and in order?
    (行政编制7个、参公编制12个 … then 行政编制人员7人、参公编制人员4人 …)"""
    return len(earlier) == len(later) and all(
        len(a.label) >= 2 and len(b.label) >= 2 and (a.label in b.label or b.label in a.label)
        for a, b in zip(earlier, later))


def _short_of_mirror(text: str, prev: Breakdown, bd: Breakdown) -> Iterable[Finding]:
    """A list that repeats, kind for kind, a list just before it that closed on its whole is
    complete too: its parts must make their own whole. Only a shortfall is reported here
    (N004 reports parts over their total)."""
    if bd.opens_sentence or len(bd.measures) != 1 or bd.at - prev.at > MIRROR_REACH or "\n" in text[prev.at:bd.at]:
        return
    m = bd.measures[0]
    closed = next((p for p in prev.measures if p.key != "%" and _closing_whole(p) is not None), None)
    if m.key == "%" or not m.wholes or closed is None or not _mirrors(list(closed.parts), list(m.parts)):
        return
    whole = m.wholes[-1]
    total = _total(m)
    end = text.find("。", m.parts[-1].q.end)
    if _REST.search(text, m.parts[-1].q.end, end if end != -1 else len(text)):
        return  # "……，另有编外人员5人": the rest is said to be something else
    w = _closing_whole(closed)
    if w is not None and exceeds(whole.value, total, sum_slack([*m.parts, whole])):
        yield Finding(
            whole.q.start, whole.q.end, RULE.code, RULE.severity,
            f"前面按同样的类别所列{'＋'.join(num(p.q) for p in closed.parts)}＝{num(w.q)}{w.q.unit}，与总数相符；"
            f"此处各类之和{'＋'.join(num(p.q) for p in m.parts)}＝{format(total.normalize(), 'f')}{_unit(m)}，"
            f"却少于{whole.label}{whole.q.raw}，请核对",
        )


def _partitioned(ctx: CheckContext) -> Iterable[Finding]:
    for sp in splits(ctx):
        if sp.wrong():
            shown = "＋".join(num(p.q) for p in sp.parts)
            kinds = "、".join(c[0] for c in sp.partition.classes)
            yield Finding(sp.whole.q.start, sp.whole.q.end, RULE.code, RULE.severity,
                          f"所列{kinds}各类已包括全部{'人员' if sp.partition.unit == '人' else ''}"
                          f"{'（另列的一类只会使和更大）' if sp.extra else ''}，其和{shown}＝"
                          f"{format(sp.total().normalize(), 'f')}{sp.whole.q.unit}，与总数{sp.whole.q.raw}不符")


MIN_SLIP_PARTS = 3
MAX_SLIP_SHARE = Decimal("0.01")  # a shortfall under 1% of the whole: no writer leaves out so small a part
_GOES_ON = regex_cache.compile(r"^[\s]{0,2}等|其余|剩余|余下|另有|另外|以及|还有")
# A part told with its own change on the year (稻谷产量a，增长2.7%；): a bulletin's main kinds, the minor ones unnamed.
_OWN_CHANGE = regex_cache.compile(r"[，,]\s{0,1}(?:同比|比上年|较上年)?(?:增长|下降|增加|减少|上升)\s{0,1}\d")


def _one_digit_apart(a: Decimal, b: Decimal, places: int) -> bool:
    """Do ``a`` and ``b``, printed to ``places`` decimals, differ in one digit or by two adjacent digits swapped?"""
    x, y = (format(v.quantize(Decimal(1).scaleb(-places)), "f") for v in (a, b))
    if len(x) != len(y):
        return False
    off = [i for i, (c, d) in enumerate(zip(x, y)) if c != d]
    return len(off) == 1 or (len(off) == 2 and off[1] == off[0] + 1 and x[off[0]] == y[off[1]] and x[off[1]] == y[off[0]])


def _slipped_short(text: str, bd: Breakdown) -> Iterable[Finding]:
    """"……2263万元。其中：a 1435万元，b 25万元，……（七项）。": a list announced by a colon that runs to
    the sentence's end names every part; when its sum is short of the whole by under 1% and the two
    figures differ in one digit, the whole or a part is mistyped (a part left out is not that small)."""
    m = next((x for x in bd.measures if x.key == "money" and x.wholes), None)
    if m is None or not bd.siblings or len(m.parts) < MIN_SLIP_PARTS or not bd.marker.startswith("其中") \
            or text[bd.at + len(bd.marker):bd.at + len(bd.marker) + 1] not in ("：", ":"):
        return
    whole, total, last = m.wholes[-1], _total(m), m.parts[-1].q.end
    end = text.find("。", last)
    end = len(text) if end == -1 else end
    if "\n" in text[last:end] or _GOES_ON.search(text[last:end]) or text[whole.q.end:bd.at].count("。") > 1:
        return
    gap = whole.value - total
    places = max(p.q.decimals for p in (*m.parts, whole))
    if not exceeds(whole.value, total, sum_slack([*m.parts, whole])) or gap > whole.value * MAX_SLIP_SHARE \
            or not _one_digit_apart(total, whole.value, places) or any(p.q.unit != whole.q.unit for p in m.parts):
        return
    yield Finding(
        whole.q.start, whole.q.end, RULE.code, "warning",
        f"“其中：”所列{len(m.parts)}项之和{'＋'.join(num(p.q) for p in m.parts)}＝{format(total.normalize(), 'f')}"
        f"{whole.q.unit}，比总数{whole.q.raw}少{format(gap.normalize(), 'f')}{whole.q.unit}，两数只差一位数字，"
        "疑为总数或某一分项录入有误，请核对",
    )


def _named_short(text: str, bd: Breakdown) -> Iterable[Finding]:
    """"项目征地290亩，其中甲征地面积52.17亩，乙征地面积183.9亩，丙征地面积52.98亩。": three or more parts
    to the sentence's end, each named by the whole's own noun (征地) in its unit, are the whole split by
    place or use; a sum short of it by under 1% is a mistyped figure, not a part left out (parts each with their own
    change on the year, 稻谷产量a，增长2.7%；玉米产量b，增长6.2%, are a bulletin's main kinds: not read)."""
    m = next((x for x in bd.measures if x.key != "%" and x.wholes), None)
    if m is None or len(m.parts) < MIN_SLIP_PARTS or not bd.marker.startswith("其中"):
        return
    whole, total, last = m.wholes[-1], _total(m), m.parts[-1].q.end
    noun = whole.label[-2:]
    end = text.find("。", last)
    end = len(text) if end == -1 else end
    if len(noun) < 2 or not all(noun in p.label and p.q.unit == whole.q.unit for p in m.parts) \
            or whole.q.comparator or approximate(whole) or "\n" in text[last:end] or _GOES_ON.search(text[last:end]) \
            or all(_OWN_CHANGE.match(text, p.q.end) for p in m.parts):
        return
    gap = whole.value - total
    if exceeds(whole.value, total, sum_slack([*m.parts, whole])) and gap <= whole.value * MAX_SLIP_SHARE:
        yield Finding(
            whole.q.start, whole.q.end, RULE.code, "warning",
            f"“其中”所列{len(m.parts)}项{noun}之和{'＋'.join(num(p.q) for p in m.parts)}＝{format(total.normalize(), 'f')}"
            f"{whole.q.unit}，比总数{whole.q.raw}少{format(gap.normalize(), 'f')}{whole.q.unit}，差额不到1%，"
            "疑为总数或某一分项录入有误，请核对",
        )


def check(ctx: CheckContext) -> Iterable[Finding]:
    parted = list(_partitioned(ctx))
    yield from parted
    done = {(f.start, f.end) for f in parted}  # a whole a partition judged is not judged again
    identities = {chk.whole.q.start for chk in identity_checks(ctx)}  # N009 tells their 尾差
    prev: Optional[Breakdown] = None
    for bd in (b for b in breakdowns(ctx) if not read_through_slip(ctx, b) and not _cut_off(ctx.text, b)):
        found = list(_two_measures(bd))
        if not found and prev is not None:
            found = list(_short_of_mirror(ctx.text, prev, bd))
        found = found or list(_exceeds(ctx, bd))
        found = found or list(_slipped_short(ctx.text, bd)) or list(_named_short(ctx.text, bd)) \
            or [f for f in _remainders(bd) if f.start not in identities]
        yield from (f for f in found if (f.start, f.end) not in done)
        prev = bd


_ENDS = regex_cache.compile(r"[。！？!?\n]")  # a ； parts the list's items, it ends no list


def _cut_off(text: str, bd: Breakdown) -> bool:
    """The list runs into the end of the text with no mark closing it (……其他收入3.): a page's excerpt cut it, its
    last parts are missing. (A unit typed wrong is N042's: ``read_through_slip`` leaves those to it.)"""
    last = max((p.q.end for m in bd.measures for p in m.parts), default=bd.at)
    return _ENDS.search(text, last) is None


def _remainders(bd: Breakdown) -> Iterable[Finding]:
    """A hint where a money breakdown makes its whole only within the parts' rounding (1272.78 for 1272.79)."""
    for m in bd.measures:
        whole = _closing_whole(m) if m.key == "money" else None
        found = remainder(whole, m.parts) if whole is not None else None
        if found is not None:
            gap, made = found
            yield Finding(whole.q.start, whole.q.end, RULE.code, "info",
                          f"{whole.label}{whole.q.raw}与“{bd.marker}”所列分项之和差{gap}{whole.q.unit}："
                          f"{'＋'.join(num(p.q) for p in m.parts)}＝{made}{whole.q.unit}。{ADVICE}")
