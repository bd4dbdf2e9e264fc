"""Percentage claims: shares (占…的 Y%) and rates (执行率 Y%) with the figure pairs they can be recomputed from.

Built once per report on the figures :mod:`gen.check.numbers_text` reads and
shared by N001 (shares), N002 (rates), N003 (overclaims), N010 and N011.
Separate from reading figures' labels because this is the judging half: which
stated percentage claims what, and whether the text's own figures agree.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Callable, Iterator, Optional

from ..core import regex_cache
from ..core.numbers import format_percent, ratio_percent, ratio_percent_exact
from ..core.quantities import Quantity
from .context import CheckContext
from .counted_bases import base_before, part_and_total
from .finding import Finding
from .labels import name_keys, names_match
from .numbers_text import TRAIL_RE, Item, closes, comparable, is_change, items, num, sum_slack, years_compatible
from .rates import excess, find_rate_name, keyword_len, timely_word
from .share_wholes import SHARE_RE, TOTAL_NAMES, carries_own_share, counted_parts_close, inline_whole, named_part_share, nearest_first, \
    of_named_kind, opening_within, pair_agrees, part_before, rate_aside, summed_whole, wholes_of_total
from .textspans import sentence_end, sentence_start
from .unit_slips import slipped


@dataclass(frozen=True)
class PercentClaim:
    """A stated percentage and the figure pairs in the text it can come from."""

    item: Item  # the stated percentage
    kind: str  # "share" or "rate"
    name: str  # 占比 / the rate's name as written
    pairs: tuple[tuple[Item, Item], ...]  # (part, whole), best pair first
    rate: str = ""  # the glossary entry's name for a rate

    @property
    def stated(self) -> Quantity:
        return self.item.q

    def agrees(self) -> bool:
        q = self.stated
        return any(pair_agrees(q, p, w) for p, w in self.pairs)

    def reaches(self) -> bool:
        """For 达/超过 claims: some pair reaches the stated value (or rounds to it)."""
        q = self.stated
        for p, w in self.pairs:
            vals = comparable(p, w)
            exact = ratio_percent_exact(*vals) if vals else None
            if exact is not None and (exact >= q.value or pair_agrees(q, p, w)):
                return True
        return False

    def computed(self) -> Optional[Decimal]:
        p, w = self.pairs[0]
        vals = comparable(p, w)
        return ratio_percent(*vals) if vals else None  # None: a whole of 0 (0件, 0%) recomputes no rate

    def explain(self) -> str:
        p, w = self.pairs[0]
        return f"{num(p.q)}÷{num(w.q)}＝{format_percent(self.computed())}"

    def suggestion(self) -> str:
        return format_percent(self.computed())


_SEMICOLON = regex_cache.compile(r"[；;]")


# A part's own growth rate told between the part and its share: "税收收入12.84亿元，增长5.1%，占一般公共
# 预算收入的比重为68.8%" (a statistical bulletin's order). The part is still the figure before it.
_GROWTH_GAP = regex_cache.compile(
    r"^[，,]\s{0,2}(?:同比|比上年|较上年)?(?:增长|下降|增加|减少|提高|降低)\s{0,2}-?\d{1,3}(?:\.\d{1,2})?\s{0,1}[%％]\s{0,1}[，,]$")


def _by_name(all_items: list[Item]) -> dict[str, list[int]]:
    """Name key -> positions of items (ascending): a share's whole is found by lookup, not by a scan of every figure."""
    out: dict[str, list[int]] = {}
    for i, it in enumerate(all_items):
        for key in name_keys(it.label):
            out.setdefault(key, []).append(i)
    return out


def _total_before_qizhong(text: str, all_items: list[Item], idx: int, part: Item) -> Optional[Item]:
    """The total a 其中 list breaks down: the nearest comparable figure before 其中 in the segment of
    item ``idx`` that is not the size of a change (较上年减少41.38万元，…，其中：…); 主要包括 opening the list reads
    as 其中 (发布信息349条，主要包括会议公开2条，占比0.5%；…). A part not in 其中's segment may still be in its list: "其中：财政拨款收入A万元，占比X%；
    事业收入B万元，占比Y%" goes on past the ；, which ends a segment, to the sentence's end. Such a part
    is read against the 其中 of its sentence when only ；-separated items stand between them."""
    seg_start = all_items[idx].seg_start
    if part.sub:
        qz = text.rfind("其中", seg_start, part.q.start)
    else:
        seg_start = sentence_start(text, part.q.start)
        listing, within = text.rfind("主要包括", seg_start, part.q.start), opening_within(text, seg_start, part.q.start)
        qz = max(text.rfind("其中", seg_start, part.q.start), listing, within)
        if qz < 0 or qz != within and (qz != listing and not _SEMICOLON.search(text, qz, part.q.start) or _closed_after(text, qz, part.q.start)):
            return None
    for j in range(idx - 1, -1, -1):
        cand = all_items[j]
        if cand.q.start < seg_start:
            return _total_opening_sentence_before(text, all_items, j, qz, part) if qz >= 0 else None
        if cand.q.end <= qz and comparable(part, cand) \
                and not is_change(text, cand):
            if not part.sub and carries_own_share(text, cand):
                return None  # a part with its own share before 其中: the figure past the ；is its sibling
            if cand.money is not None and part.money is not None and cand.money < part.money:
                continue  # smaller than the part: a figure told in passing (项目拨款78.8万元…其中：…765.67万元), not the total
            return cand
    return None


_OPENING_TOTAL = regex_cache.compile(r"(?:收入|支出)(?:合计|总计)(?:为|是|:|：)?\s{0,2}$")


def _total_opening_sentence_before(text: str, all_items: list[Item], j: int, qz: int, part: Item) -> Optional[Item]:
    """其中 opening a sentence (收入合计17116.72万元，较上年……下降26.75%，主要原因是……。其中：财政拨款收入……，占100%)
    breaks down the 收入合计 or 支出合计 that opened the sentence before, past the change and its reasons. Only
    that sentence's first figure, named so, and only when no 其中 of its own stands in it (a second 其中 breaks
    down a part)."""
    k = qz
    while k > 0 and text[k - 1] in " \u3000\t":
        k -= 1
    new_paragraph = k > 1 and text[k - 1] == "\n"  # 在……中 opening the next paragraph: a count made exactly, below
    k -= new_paragraph
    if k == 0 or text[k - 1] != "。":
        return None
    start = sentence_start(text, k - 1)
    if "其中" in text[start:k] and not rate_aside(text, start, k):
        return None
    first = None
    while j >= 0 and all_items[j].q.start >= start:
        first, j = all_items[j], j - 1
    if first is None or not comparable(part, first) or is_change(text, first):
        return None
    if not _OPENING_TOTAL.search(first.raw_label):
        return first if counted_parts_close(text, all_items, first, qz) else None
    if new_paragraph:
        return None  # an amount's 其中 in the next paragraph: not read
    # two or more parts that do not make that total: whose shares they are is not known (N018 reads them)
    end = sentence_end(text, qz)
    parts = [it for it in all_items if qz < it.q.start < end and it.money is not None and not is_change(text, it)]
    if len(parts) >= 2 and not closes(sum((p.money for p in parts), Decimal(0)), first.money, sum_slack(parts + [first])):
        return None
    return first


def _closed_after(text: str, at: int, end: int) -> bool:
    """A bracket open at ``at`` closes before ``end``: a 其中 inside it ("收入494.34万元（其中，一般公共预算……）")
    breaks down that figure alone, not the list the sentence goes on with after the bracket."""
    between = text[at:end]
    return between.count("）") + between.count(")") > between.count("（") + between.count("(")


_BARE_WHOLES = ("", "比", "总体", "总数")  # a whole named by no noun of its own: the total a 其中 breaks down


def _share_claim(ctx: CheckContext, all_items: list[Item], idx: int,
                 by_name: dict[str, list[int]]) -> Optional[PercentClaim]:
    it = all_items[idx]
    text = ctx.text
    lo = max(it.seg_start, it.q.start - 24)
    m = SHARE_RE.search(text, lo, it.q.start)
    if not m:
        return None
    whole_name = TRAIL_RE.sub("", m.group("whole") or "")
    zhan = m.start()
    part = part_before(all_items, idx, zhan)
    if part is None:
        return None
    # Text between the part and 占 must be a bare clause break ("，" or nothing).
    gap = text[part.q.end:zhan].strip()
    if _GROWTH_GAP.match(gap):
        gap = "，"  # the part's own growth between it and its share (税收收入12.84亿元，增长5.1%，占…的68.8%)
    if gap not in ("", "，", ","):
        return _counted_share(text, all_items, idx, part, whole_name, gap)
    wholes: list[Item] = []
    if whole_name in _BARE_WHOLES:
        # "其中A a万元，占比Y%" (占总体的比例): the whole is the total stated before 其中.
        whole = _total_before_qizhong(text, all_items, idx, part)
        wholes.extend([whole, *wholes_of_total(text, all_items, idx, part, whole)] if whole else [])  # total first
        name = "占比"
    else:
        # Earlier figures whose label may name the whole, nearest first; a share's whole is stated
        # near it, so only the nearest MAX_WHOLES that fit are kept — reading every earlier figure
        # of that name made a long text (each section restating 支出合计) cost the square of its length.
        last = -1
        for j in nearest_first(by_name, name_keys(whole_name), idx):
            if j == last:
                continue  # a figure found under two keys
            last = j
            cand = all_items[j]
            if cand is part or cand.q.comparator:
                continue
            if names_match(cand.label, whole_name) and comparable(part, cand) and years_compatible(part, cand):
                wholes.append(cand)
                if len(wholes) == MAX_WHOLES:
                    break
        name = "占" + whole_name + "的比重"
    if not wholes and whole_name.endswith(TOTAL_NAMES):
        wholes = summed_whole(text, all_items, idx, part, m.group("whole") or "")
    slips = slipped(ctx)  # a figure whose unit was typed wrong (353.51元 for 万元) is N042's, not a share's
    wholes = of_named_kind(m.group("whole") or "", [w for w in wholes if w.q.start not in slips])  # 合计 is no 总计
    if not wholes or part.q.start in slips:
        return None
    wholes.sort(key=lambda w: -w.q.start)  # nearest first
    return PercentClaim(it, "share", name, tuple((part, w) for w in wholes))


_COUNTS = frozenset("个项家所名户人")
_COUNTED_GAP = regex_cache.compile(r"[\u4e00-\u9fff“”]{0,16}[，,]")
_CLAUSE_ON = regex_cache.compile(r"[^：:；;。\n]{0,60}")
COUNT_REACH = 400  # characters before the part where the count of the whole is stated


def _counted_share(text: str, all_items: list[Item], idx: int, part: Item, whole_name: str,
                   gap: str) -> Optional[PercentClaim]:
    """A share of things counted with the noun after the number ("抽审的41个项目……35个项目评为中，占评定项目的85.36%"):
    the part is the count whose noun the whole's name ends with (项目), the whole the nearest larger count of the
    same noun earlier in the paragraph. Such counts carry no label before them, so names cannot find them."""
    noun = whole_name[-2:]
    if part.q.unit not in _COUNTS or len(noun) < 2 or not gap.startswith(noun) or not _COUNTED_GAP.fullmatch(gap):
        return None
    for j in range(idx - 1, -1, -1):
        cand = all_items[j]
        if cand.q.end > part.q.start:
            continue
        if part.q.start - cand.q.end > COUNT_REACH or "\n" in text[cand.q.end:part.q.start]:
            return None
        if cand.q.unit == part.q.unit and text.startswith(noun, cand.q.end) and cand.value > part.value \
                and "占" not in _CLAUSE_ON.match(text, cand.q.end).group():  # another part, its share after it
            return PercentClaim(all_items[idx], "share", "占" + whole_name + "的比重", ((part, cand),))
    return None


MAX_WHOLES = 12  # the nearest earlier figures a share's named whole may be
MAX_AFTER = 4  # figures read after a rate that opens its clause group ("执行率100%，预算…，支出…")


def _rate_neighbours(all_items: list[Item], idx: int) -> Iterator[Item]:
    """The figures a rate may be recomputed from: those before it in its clause group, nearest first;
    when none stands before it there (the rate opens the group), the first few after it."""
    it = all_items[idx]
    before = False
    for j in range(idx - 1, -1, -1):
        if all_items[j].q.start < it.seg_start:
            break
        before = True
        yield all_items[j]
    if before:
        return
    for cand in all_items[idx + 1:idx + 1 + MAX_AFTER]:
        if cand.q.start >= it.seg_end:
            break
        yield cand


def _rate_of_breakdown_part(all_items: list[Item], idx: int, spec: Any) -> bool:
    """True when a rate inside a breakdown ("其中：基本支出X元，执行率100%") follows one part's own
    amount: the rate is that part's (its budget is not given), not the totals' before "其中"."""
    it = all_items[idx]
    if not it.sub or idx == 0:
        return False
    def amount(j: int) -> bool:
        cand = all_items[j]
        return (cand.sub and cand.q.start >= it.seg_start and cand.q.unit != "%"
                and keyword_len(cand.label, spec.numerator) > keyword_len(cand.label, spec.denominator))
    # "基本支出X元，执行率…，项目支出Y元，执行率…": each part carries its own rate; a rate after a
    # list of parts ("基本支出X元，项目支出Y元，执行率…") may still be the totals'.
    return amount(idx - 1) and not (idx >= 2 and amount(idx - 2))


BASE_REACH = 300  # characters back to the sentence before a rate, where its budget may be told


def _earlier_bases(text: str, all_items: list[Item], idx: int, spec: Any, parts: list[Item]) -> list[Item]:
    """Denominators for a money rate whose clause group states only its numerator: the budget is often told once,
    with its breakdown, in the sentence before ("项目预算资金3,750.00万元，其中：……。实际支出3,375.00万元，预算执行率
    90.00%"), or before a ； in the rate's own sentence. Every such figure of that sentence and the part of the
    rate's own before its clause group is a candidate (any one agreeing keeps the rate), read neither past a line
    break nor past another rate of the same kind (that budget's own rate is told there). Amounts only: a count
    in the sentence before (全年任务数分别为270人) is too often one of a list's to be a rate's base. None when any
    amount there, a part of a breakdown too (其中专项资金520.38万元), gives the rate: it is that part's."""
    it = all_items[idx]
    lo = max(0, it.seg_start - BASE_REACH)
    own = max(text.rfind("。", lo, it.seg_start), text.rfind("\n", lo, it.seg_start)) + 1
    if own <= lo or text[own - 1] != "。":
        return []  # the rate's sentence opens its paragraph (or is too long to read back)
    start = max(text.rfind("。", lo, own - 1), text.rfind("\n", lo, own - 1)) + 1
    if start <= lo and lo > 0 or "其中" in text[own:it.q.start]:
        return []  # a rate inside a 其中 breakdown is a part's: the whole's budget before is not its base
    out = []
    for j in range(idx - 1, -1, -1):
        cand = all_items[j]
        if cand.q.start < start:
            break
        if cand.q.start >= it.seg_start:
            continue  # in the rate's own clause group: already read
        if cand.q.unit == "%":
            found = find_rate_name(cand.label)
            if found is not None and found[0] is spec:
                break
            continue
        if cand.money is not None and any(pair_agrees(it.q, p, cand) for p in parts):
            return []
        if cand.money is not None and not (cand.sub or cand.q.comparator) \
                and keyword_len(cand.label, spec.denominator) > keyword_len(cand.label, spec.numerator):
            out.append(cand)
    return out


def _rate_claim(ctx: CheckContext, all_items: list[Item], idx: int) -> Optional[PercentClaim]:
    it = all_items[idx]
    found = find_rate_name(it.label)
    if found is None:
        return None
    spec, written = found
    if _rate_of_breakdown_part(all_items, idx, spec):  # 受理856件，其中办结852件，办结率…: the count's part and its total
        pair = part_and_total(all_items, idx, spec, lambda part: _total_before_qizhong(ctx.text, all_items, idx, part))
        return PercentClaim(it, "rate", written, (pair,), spec.name) if pair else None
    timely = timely_word(it.label, written)  # 到期办结率: only a numerator that says 到期 (rates.timely_word)
    nums: list[tuple[int, Item]] = []
    dens: list[tuple[int, Item]] = []
    for cand in _rate_neighbours(all_items, idx):
        if cand.q.unit == "%" or cand.q.comparator or cand.sub or excess(cand.label):
            continue  # 超目标任务1人: the excess over the target, neither what was done nor the target
        n = keyword_len(cand.label, spec.numerator)
        d = keyword_len(cand.label, spec.denominator)
        if n > d and not (timely and timely not in cand.label):
            nums.append((n, cand))
        elif d > n:
            dens.append((d, cand))
    if nums and not dens and all(p.money is not None for _, p in nums):
        earlier = _earlier_bases(ctx.text, all_items, idx, spec, [p for _, p in nums])
        dens = [(keyword_len(c.label, spec.denominator), c) for c in earlier]
    if nums and not dens:  # 全市96宗项目开工89宗: the whole right before its part (counted_bases)
        dens = [(1, w) for w in [base_before(ctx.text, all_items, nums[0][1], spec.numerator, spec.denominator)] if w]
    pairs = [(nw, dw, p, w) for nw, p in nums for dw, w in dens if comparable(p, w)]
    if not pairs:
        return None
    # Best pair: strongest keyword matches, then nearest figures.
    pairs.sort(key=lambda t: (-(t[0] + t[1]), -(t[2].q.start + t[3].q.start)))
    return PercentClaim(it, "rate", written, tuple((p, w) for _, _, p, w in pairs), spec.name)


def _inline_share(text: str, all_items: list[Item], idx: int) -> Optional[PercentClaim]:
    """The share whose whole is written inside it (share_wholes.inline_whole), read only where no other share is."""
    found = inline_whole(text, all_items, idx) or named_part_share(text, all_items, idx)  # 其中A a张，A比例Y%
    return PercentClaim(all_items[idx], "share", found[2], (found[:2],)) if found else None


def _build_claims(ctx: CheckContext) -> list[PercentClaim]:
    all_items = items(ctx)
    by_name = _by_name(all_items)
    out = []
    for idx, it in enumerate(all_items):
        if it.q.unit != "%":
            continue
        claim = (_share_claim(ctx, all_items, idx, by_name) or _inline_share(ctx.text, all_items, idx)
                 or _rate_claim(ctx, all_items, idx))
        if claim is not None:
            out.append(claim)
    return out


def percent_claims(ctx: CheckContext) -> list[PercentClaim]:
    """Every stated share or rate that the text's own figures can recompute."""
    return ctx.memo("numbers_text.percent_claims", _build_claims)


def claim_findings(ctx: CheckContext, rule: Any, wrong: Callable[[PercentClaim], bool],
                   message: Callable[[PercentClaim], str]) -> Iterator[Finding]:
    """One finding at the stated percentage of every claim that ``wrong`` judges contradicted.

    N001 (shares), N002 (rates) and N003 (overclaims) differ only in which
    claims they judge and how they word it.
    """
    for claim in percent_claims(ctx):
        if wrong(claim) and claim.computed() is not None:  # a claim told against a whole of 0 has no rate to show
            q = claim.stated
            yield Finding(q.start, q.end, rule.code, rule.severity, message(claim), claim.suggestion())
