"""Text analysis shared by the N (numbers) rules.

The N rules all ask the same questions of a report: which words does a figure
belong to ("人员经费550.11万元" -> 人员经费), which clause group is it in, which
figures can a stated percentage be recomputed from. Answering them once, here,
keeps the rules small and consistent: a label is found the same way whether a
share, a rate or a duplicate is being checked.

All number parsing and tolerance comes from :mod:`gen.core.numbers`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import lru_cache
from typing import Any, Callable, Iterable, Iterator, Optional

from ..core.numbers import (
    UNIT_TABLE,
    Quantity,
    format_percent,
    normalise_numerals,
    numeral_text,
    percent_agrees,
    ratio_percent,
    ratio_percent_exact,
    round_half_up,
    tolerance,
)
from ..core.datafile import load_yaml, string_list
from ..core.resources import data_dir
from .context import CheckContext
from .finding import Finding
from .labels import label_words, name_keys, names_match

# Characters that end a label: a figure's label never reaches past them.
LABEL_STOPS = frozenset("，,。；;：:！？!?\n\t、（）()【】[]“”\"「」『』《》|/…—")
# Characters that end a clause group ("segment"): figures in one segment talk
# about one thing; a 。 or ；or a line break starts the next thing.
SEGMENT_STOPS = frozenset("。；;！？!?\n")
MAX_LABEL = 24

DATE_UNITS = UNIT_TABLE.of_kind("date")  # glossary/units.yaml

# The mark left after an item number ("1." / "2、"): the number itself is a bare quantity.
_LEAD_RE = re.compile(r"^(?:[.．、)）]|其中含|其中|分别为|分别是|包括|含|以及|及|和|与|并|且|截至目前|目前|共有|共)")
_YEAR_RE = re.compile(r"(\d{4})\s{0,2}年(?:度)?(?:末|底|初)?|(上一年度|上年度|上一年|上年|去年)")
# "基本支出中人员经费": the figure is the 人员经费 within 基本支出.
_WITHIN_RE = re.compile(r"^[^中]{1,10}?(?:支出|收入|经费|资金|人员|人群)中")
_TRAIL_RE = re.compile(
    r"(?:分别为|分别是|均为|(?<![行作认])为|是|达到|达|约|共计|合计|总计|累计|共|计|了|的|有|至|到|\(%\)|（%）)+$"
)


@dataclass(frozen=True)
class Item:
    """A quantity together with the words it belongs to."""

    q: Quantity
    raw_label: str  # text between the previous stop (or figure) and the number
    label: str  # normalised label: no year, no leading 其中, no trailing 为/达/共
    year: str  # "2022", "上年" or ""
    seg_start: int
    seg_end: int
    sub: bool  # the figure follows 其中 in its segment (a part of a total)

    @property
    def money(self) -> Optional[Decimal]:
        return self.q.in_yuan_wan()


def is_date(q: Quantity) -> bool:
    """Years, months and days are not quantities the N rules reason about."""
    return q.unit in DATE_UNITS


def normalise_label(raw: str) -> tuple[str, str]:
    """Return (label, year) for the raw words before a figure."""
    text = "".join(normalise_numerals(raw)[0].split())  # invisible marks and wide digits read as a reader sees them
    year = ""
    m = None
    for m in _YEAR_RE.finditer(text):
        pass
    if m is not None:
        year = m.group(1) or "上年"
        text = text[m.end():]
    for _ in range(3):
        stripped = _LEAD_RE.sub("", text)
        if stripped == text:
            break
        text = stripped
    text = _WITHIN_RE.sub("", text)
    text = _TRAIL_RE.sub("", text)
    return text, year


def _segment_bounds(text: str, pos: int) -> tuple[int, int]:
    start = pos
    lo = max(0, pos - 400)
    while start > lo and text[start - 1] not in SEGMENT_STOPS:
        start -= 1
    end = pos
    hi = min(len(text), pos + 400)
    while end < hi and text[end] not in SEGMENT_STOPS:
        end += 1
    return start, end


def _build_items(ctx: CheckContext) -> list[Item]:
    text = ctx.text
    out: list[Item] = []
    prev_end = 0
    quantities = sorted([*ctx.quantities, *ctx.chinese_quantities], key=lambda q: q.start)
    for q in quantities:
        if is_date(q):
            continue
        if not q.unit:
            # A bare number (list numbering, table cell) still bounds labels.
            prev_end = q.end
            continue
        lo = max(prev_end, q.start - MAX_LABEL, 0)
        i = q.start
        while i > lo and text[i - 1] not in LABEL_STOPS:
            i -= 1
        raw = text[i:q.start]
        label, year = normalise_label(raw)
        seg_start, seg_end = _segment_bounds(text, q.start)
        sub = "其中" in text[seg_start:q.start]
        out.append(Item(q, raw, label, year, seg_start, seg_end, sub))
        prev_end = q.end
    return out


def items(ctx: CheckContext) -> list[Item]:
    """Every quantity with a unit (dates excluded), labelled; cached per context."""
    return ctx.memo("numbers_text.items", _build_items)


def comparable(a: Item, b: Item) -> Optional[tuple[Decimal, Decimal]]:
    """The two values in one unit, or None when the units do not compare."""
    if a.q.unit == "%" or b.q.unit == "%":
        return None
    ma, mb = a.money, b.money
    if ma is not None and mb is not None:
        return ma, mb
    if ma is None and mb is None and a.q.unit == b.q.unit:
        return a.q.value, b.q.value
    return None


def num(q: Quantity) -> str:
    """A figure as the report wrote it, for messages."""
    return numeral_text(q.raw)


def single_valued_name(label: str) -> Optional[str]:
    """The report-level figure a label names (本年支出, 基本支出…), if any.

    "广州市荔湾区卫生健康局本年收入" names 本年收入; "某项目支出" does not name
    项目支出, because only the bureau itself or a neutral prefix may precede
    (glossary/labels.yaml).
    """
    words = label_words()
    for name in rate_glossary().single_valued:
        if words.names_figure(label, name):
            return name
    return None


# A named allocation: "公共卫生服务补助资金", "家庭医生签约服务经费".
_ALLOCATION_END = re.compile(r"(?:资金|经费|补助|补贴)$")
# Labels under which one allocation may rightly carry several amounts (totals so far, changes,
# standards per head), or that name no allocation in particular.
_NOT_ONE_AMOUNT = re.compile(
    r"累计|新增|增加|减少|增长|下降|比上年|较上年|同比|剩余|结余|每人|人均|户均|每户|标准|分别|各项|各类|合计|总计|(?<!公)共(?!同)"
)
MIN_ALLOCATION_LABEL = 6
# A label that points back to what the text just named (该项目…, 此项…, 本项目…) names a different
# allocation wherever it stands.
_POINTS_BACK = re.compile(r"(?:该|此|本|上述|其)(?:项目|项|专项|笔)")


def allocation_name(label: str) -> Optional[str]:
    """The allocation a label names when it is specific enough to carry one amount, else None.

    N006 reports one allocation stated with two amounts (``公共卫生服务补助资金100万元``
    … ``公共卫生服务补助资金120万元``); generic labels (资金, 项目资金) and labels of
    changes or running totals are not allocations.
    """
    if len(label) < MIN_ALLOCATION_LABEL or not _ALLOCATION_END.search(label) or _NOT_ONE_AMOUNT.search(label):
        return None
    if _POINTS_BACK.match(label):
        return None  # 该项目预算资金: each project of a list has its own
    return label


def label_names(label: str, name: str) -> bool:
    """Does a figure's label name ``name`` itself: equal, or ``name`` after a neutral
    prefix (本年, 全年 …) or the bureau's own name (…局)? "项目支出" does not name 支出.
    The word lists are data (glossary/labels.yaml)."""
    return label_words().names_figure(label, name)


def money_slack(figures: Iterable[Item]) -> Decimal:
    """Rounding slack in 万元 when money figures are added: half a unit in the last
    printed place of each, scaled to 万元 (a figure in 元 adds 0.00005 万元)."""
    out = Decimal(0)
    for f in figures:
        per_unit = replace(f.q, value=Decimal(1)).in_yuan_wan()
        if per_unit is not None:
            out += tolerance(f.q.decimals) * per_unit
    return out


def years_compatible(a: Item, b: Item) -> bool:
    return not a.year or not b.year or a.year == b.year


# --------------------------------------------------------------------------
# Percentage claims: shares (占…的 Y%) and rates (执行率 Y%)
# --------------------------------------------------------------------------


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
        return any(_pair_agrees(q, p, w) for p, w in self.pairs)

    def reaches(self) -> bool:
        """For 达/超过 claims: some pair reaches the stated value (or rounds to it)."""
        q = self.stated
        for p, w in self.pairs:
            vals = comparable(p, w)
            exact = ratio_percent_exact(*vals) if vals else None
            if exact is not None and (exact >= q.value or _pair_agrees(q, p, w)):
                return True
        return False

    def computed(self) -> Decimal:
        p, w = self.pairs[0]
        vals = comparable(p, w)
        return ratio_percent(*vals)  # type: ignore[misc]

    def explain(self) -> str:
        p, w = self.pairs[0]
        return f"{num(p.q)}÷{num(w.q)}＝{format_percent(self.computed())}"

    def suggestion(self) -> str:
        return format_percent(self.computed())


def _pair_agrees(q: Quantity, part: Item, whole: Item) -> bool:
    vals = comparable(part, whole)
    return bool(vals) and percent_agrees(q.value, q.decimals, vals[0], vals[1])


_SHARE_RE = re.compile(
    r"占(?P<whole>[^，,。；;：:\d%“”（）()]{0,16}?)(?:的)?(?:比重|比例|份额|比)?(?:为|是|达到|达|约)?\s{0,2}$"
)


def _by_name(all_items: list[Item]) -> dict[str, list[int]]:
    """Name key -> positions of items (ascending): a share's whole is found by lookup, not by a scan of every figure."""
    out: dict[str, list[int]] = {}
    for i, it in enumerate(all_items):
        for key in name_keys(it.label):
            out.setdefault(key, []).append(i)
    return out


def _share_claim(ctx: CheckContext, all_items: list[Item], idx: int,
                 by_name: dict[str, list[int]]) -> Optional[PercentClaim]:
    it = all_items[idx]
    text = ctx.text
    lo = max(it.seg_start, it.q.start - 24)
    m = _SHARE_RE.search(text, lo, it.q.start)
    if not m:
        return None
    whole_name = _TRAIL_RE.sub("", m.group("whole") or "")
    zhan = m.start()
    # The part: the nearest figure before 占 in the same segment.
    part: Optional[Item] = None
    for j in range(idx - 1, -1, -1):
        cand = all_items[j]
        if cand.q.start < it.seg_start:
            break
        if cand.q.end <= zhan and cand.q.unit != "%":
            part = cand
            break
    if part is None:
        return None
    # Text between the part and 占 must be a bare clause break ("，" or nothing).
    gap = text[part.q.end:zhan].strip()
    if gap not in ("", "，", ","):
        return None
    wholes: list[Item] = []
    if whole_name in ("", "比"):
        # "其中A a万元，占比Y%": the whole is the total stated before 其中.
        if not part.sub:
            return None
        qz = text.rfind("其中", it.seg_start, part.q.start)
        for j in range(idx - 1, -1, -1):
            cand = all_items[j]
            if cand.q.start < it.seg_start:
                break
            if cand.q.end <= qz and comparable(part, cand):
                wholes.append(cand)
                break
        name = "占比"
    else:
        before: set[int] = set()  # every earlier figure whose label may name the whole
        for key in name_keys(whole_name):
            positions = by_name.get(key, [])
            before.update(positions[:bisect_left(positions, idx)])
        for cand in (all_items[j] for j in sorted(before)):  # text order, as a scan of all_items[:idx] gives
            if cand is part or cand.q.comparator:
                continue
            if names_match(cand.label, whole_name) and comparable(part, cand) and years_compatible(part, cand):
                wholes.append(cand)
        name = "占" + whole_name + "的比重"
    if not wholes:
        return None
    wholes.sort(key=lambda w: -w.q.start)  # nearest first
    return PercentClaim(it, "share", name, tuple((part, w) for w in wholes))


@dataclass(frozen=True)
class RateSpec:
    name: str
    names: tuple[str, ...]
    numerator: tuple[str, ...]
    denominator: tuple[str, ...]
    flag: tuple[str, ...]
    keep: tuple[str, ...]


@dataclass(frozen=True)
class CapSpec:
    name: str
    flag: tuple[str, ...]
    keep: tuple[str, ...]


@dataclass(frozen=True)
class RateGlossary:
    rates: tuple[RateSpec, ...]
    caps: tuple[CapSpec, ...]
    single_valued: tuple[str, ...]


def _strs(entry: dict, key: str, where: str, required: bool = True) -> tuple[str, ...]:
    return string_list(entry, key, f"glossary/rates.yaml {where}", required=required)


@lru_cache(maxsize=1)
def rate_glossary() -> RateGlossary:
    """Load glossary/rates.yaml; a malformed entry fails loudly, never matches nothing."""
    path = data_dir("glossary") / "rates.yaml"
    raw = load_yaml(path.read_text(encoding="utf-8")) or {}
    rates = []
    for i, e in enumerate(raw.get("rates") or []):
        where = f"rates 第{i + 1}项"
        rates.append(
            RateSpec(
                name=str(e.get("name") or ""),
                names=_strs(e, "names", where),
                numerator=_strs(e, "numerator", where),
                denominator=_strs(e, "denominator", where),
                flag=_strs(e, "flag", where),
                keep=_strs(e, "keep", where),
            )
        )
    caps = []
    for i, e in enumerate(raw.get("caps") or []):
        where = f"caps 第{i + 1}项"
        if not isinstance(e.get("name"), str) or not e["name"]:
            raise ValueError(f"glossary/rates.yaml {where}：缺少 name")
        caps.append(CapSpec(e["name"], _strs(e, "flag", where), _strs(e, "keep", where)))
    single = tuple(raw.get("single_valued") or ())
    if not rates or not caps or not single:
        raise ValueError("glossary/rates.yaml：rates、caps、single_valued 均不能为空")
    return RateGlossary(tuple(rates), tuple(caps), single)


def find_rate(label: str) -> Optional[RateSpec]:
    """The rate a percentage's label names (longest matching name wins)."""
    found = _find_rate_name(label)
    return found[0] if found else None


def _find_rate_name(label: str) -> Optional[tuple[RateSpec, str]]:
    best: Optional[tuple[RateSpec, str]] = None
    for spec in rate_glossary().rates:
        for n in spec.names:
            if label.endswith(n) and (best is None or len(n) > len(best[1])):
                best = (spec, n)
    return best


def _keyword_len(label: str, words: tuple[str, ...]) -> int:
    return max((len(w) for w in words if w in label), default=0)


def _rate_claim(ctx: CheckContext, all_items: list[Item], idx: int) -> Optional[PercentClaim]:
    it = all_items[idx]
    found = _find_rate_name(it.label)
    if found is None:
        return None
    spec, written = found
    nums: list[tuple[int, Item]] = []
    dens: list[tuple[int, Item]] = []
    for j in range(idx - 1, -1, -1):
        cand = all_items[j]
        if cand.q.start < it.seg_start:
            break
        if cand.q.unit == "%" or cand.q.comparator or cand.sub:
            continue
        n = _keyword_len(cand.label, spec.numerator)
        d = _keyword_len(cand.label, spec.denominator)
        if n > d:
            nums.append((n, cand))
        elif d > n:
            dens.append((d, cand))
    pairs = [(nw, dw, p, w) for nw, p in nums for dw, w in dens if comparable(p, w)]
    if not pairs:
        return None
    # Best pair: strongest keyword matches, then nearest figures.
    pairs.sort(key=lambda t: (-(t[0] + t[1]), -(t[2].q.start + t[3].q.start)))
    return PercentClaim(it, "rate", written, tuple((p, w) for _, _, p, w in pairs), spec.name)


def _build_claims(ctx: CheckContext) -> list[PercentClaim]:
    all_items = items(ctx)
    by_name = _by_name(all_items)
    out = []
    for idx, it in enumerate(all_items):
        if it.q.unit != "%":
            continue
        claim = _share_claim(ctx, all_items, idx, by_name) or _rate_claim(ctx, all_items, idx)
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
        if wrong(claim):
            q = claim.stated
            yield Finding(q.start, q.end, rule.code, rule.severity, message(claim), claim.suggestion())
