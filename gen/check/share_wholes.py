"""Which figure is a share's whole: the one written inside the share, or the kind (合计, 总计) its name points to.

A 决算 note states two totals of income (and of spending): 本年收入合计 (this year's income, the 收入合计 of the
收入支出决算总表) and 收入总计 (that plus 用事业基金弥补收支差额 and 年初结转和结余). Both share the stem 收入, so
labels.names_match pairs a share 占收入合计的Y% with either, and a share computed on the wrong one (46469 ÷ 96160 =
48.33% written as 占收入合计的) passed because the 总计 agreed. When the share's own name says 合计 (or 总计) and
figures of both kinds stand among its candidates, only those of the kind it names are its whole; with one kind
only (a report that calls its single total either way) the candidates stay as they are. A count opening the
sentence before a 其中 is the whole of the shares after it when its parts make it exactly (counted_parts_close).
"""

from __future__ import annotations

from decimal import Decimal
import heapq
from bisect import bisect_left
from typing import Iterable, Iterator, Optional

from ..core import regex_cache
from ..core.numbers import percent_agrees_within
from ..core.quantities import Quantity
from .numbers_text import Item, comparable, is_change, rounding_step
from .textspans import sentence_end, sentence_start


def _kind(raw: str, label: str) -> str:
    raw = raw.rstrip("为是：: ")
    if raw.endswith("总计"):
        return "总计"
    return "合计" if raw.endswith("合计") or label.startswith("本年") else ""


def of_named_kind(whole_name: str, wholes: list[Item]) -> list[Item]:
    """``wholes`` without those of the other total's kind when the share's name is 合计 or 总计 and both are among them."""
    named = _kind(whole_name, whole_name)
    kinds = {_kind(w.raw_label, w.label) for w in wholes}
    if not named or not {"合计", "总计"} <= kinds:
        return wholes
    return [w for w in wholes if _kind(w.raw_label, w.label) == named]


# The whole stated inside the share itself: "占政府采购支出总额120.00万元的83.33%".
_INLINE_WHOLE_AFTER = regex_cache.compile(r"\s{0,2}的(?:比重|比例|份额)?(?:为|是|达到|达|约)?\s{0,2}$")
_INLINE_WHOLE_BEFORE = regex_cache.compile(r"占(?P<whole>[^，,。；;：:\d%“”（）()]{0,16})\s{0,2}$")


def inline_whole(text: str, all_items: list[Item], idx: int) -> Optional[tuple[Item, Item, str]]:
    """(part, whole, name) of a share whose whole is written inside it (A a万元，占B总额b万元的Y%): a ÷ b,
    nothing looked up; None otherwise."""
    it = all_items[idx]
    if idx < 2:
        return None
    whole, part = all_items[idx - 1], all_items[idx - 2]
    if whole.q.unit == "%" or part.q.unit == "%" or part.q.start < it.seg_start or whole.q.comparator \
            or not _INLINE_WHOLE_AFTER.fullmatch(text, whole.q.end, it.q.start):
        return None
    m = _INLINE_WHOLE_BEFORE.search(text, max(it.seg_start, whole.q.start - 20), whole.q.start)
    if not m or text[part.q.end:m.start()].strip() not in ("", "，", ",") or not comparable(part, whole):
        return None
    return part, whole, "占" + (m.group("whole") or "") + "的比重"


# 其中护理型床位1248张，护理型床位比例达到30.96%: the part's own name again, with 比例 (占比, 比重) after it.
_NAMED_RATIO = regex_cache.compile(r"[，,]\s{0,1}(?P<name>[\u4e00-\u9fff]{2,12}?)(?:比例|占比|比重)(?:达到|达|为|是)?\s{0,2}$")
NAMED_WHOLE_REACH = 200  # characters before 其中 where the whole's count is stated


def named_part_share(text: str, all_items: list[Item], idx: int) -> Optional[tuple[Item, Item, str]]:
    """(part, whole, name) of a part's share named by the part's own name ("拥有养老总床位4610张……。其中护理型
    床位1248张，护理型床位比例达到30.96%"): the whole is the nearest larger figure before 其中 in the part's unit
    whose label names the part's noun (床位), no count per head (每千名老人拥有床位45.27张); None otherwise."""
    if idx < 2:
        return None
    part = all_items[idx - 1]
    m = _NAMED_RATIO.match(text, part.q.end, all_items[idx].q.start)
    if not m or part.q.unit in ("", "%") or part.q.comparator or "其中" not in part.raw_label \
            or not part.raw_label.endswith(m.group("name")):
        return None
    qz = text.rfind("其中", 0, part.q.start)
    for j in range(idx - 2, -1, -1):
        whole = all_items[j]
        if whole.q.end < qz - NAMED_WHOLE_REACH or "\n" in text[whole.q.end:qz]:
            return None
        if whole.q.unit == part.q.unit and not whole.q.comparator and m.group("name")[-2:] in whole.raw_label \
                and "每" not in whole.raw_label and whole.q.value > part.q.value and not is_change(text, whole):
            return part, whole, m.group("name") + "比例"
    return None


def counted_parts_close(text: str, all_items: list[Item], first: Item, qz: int) -> bool:
    """A count opening the sentence before (共收到申请1046件。其中，网站提交862件，占比82.4%；信函171件……；当面13件……)
    is the total its 其中 breaks down when the parts in its unit, to the sentence's end, make it exactly: the
    shares after each part are of that count."""
    if first.money is not None or first.q.unit in ("", "%"):
        return False
    end = sentence_end(text, qz)
    parts = [it.q.value for it in all_items if qz < it.q.start < end and it.q.unit == first.q.unit
             and not is_change(text, it)]
    return len(parts) >= 2 and sum(parts, Decimal(0)) == first.q.value


# A figure followed by its own bare share ("基本支出188.61万元，占59.20%，其中：…").
_OWN_SHARE_AFTER = regex_cache.compile(r"[，,]?\s{0,2}占(?:比|比重)?(?:为|是)?\s{0,2}\d{1,3}(?:\.\d{1,4})?[%％]")


def carries_own_share(text: str, cand: Item) -> bool:
    """``cand`` is itself a part with its share stated right after it: the 其中 that follows breaks down that
    part alone, and a figure after the ；that closes its list, with a share of its own (……；项目支出130万元，占40.80%),
    is its sibling in the larger whole, not one of its parts."""
    return _OWN_SHARE_AFTER.match(text, cand.q.end) is not None


# 在编发的信息中，… opening a sentence: the things the sentence before counted, broken down as 其中 would.
_OPENING_WITHIN = regex_cache.compile(r"\s{0,2}在[\u4e00-\u9fff“”]{1,12}中[，,：:]")


def opening_within(text: str, start: int, end: int) -> int:
    """Where a sentence starting at ``start`` opens with 在…中， (在受理的申请中，网站提交…，占…), which reads as a
    其中 opening it (percent_claims then takes the count that opened the sentence before as the whole, and only
    when the parts make it exactly); -1 when it does not."""
    m = _OPENING_WITHIN.match(text, start, end)
    return m.start() + len(m.group()) - len(m.group().lstrip()) if m else -1


# 共公开信息235条，其中全文电子化率达100%。 closing a sentence: the 其中 tells a rate of the whole, it breaks nothing down.
_RATE_ASIDE = regex_cache.compile(r"其中[\u4e00-\u9fff]{1,10}率(?:达到?|为)?\s{0,2}\d{1,3}(?:\.\d{1,2})?[%％]。\s{0,2}$")


def rate_aside(text: str, start: int, end: int) -> bool:
    """The sentence text[start:end] ends on a 其中 that only tells a rate (其中全文电子化率达100%。): a count before it
    is still whole, and a 在……中 list in the next sentence (or paragraph) may break it down."""
    return _RATE_ASIDE.search(text, start, end) is not None


def nearest_first(by_name: dict[str, list[int]], keys: Iterable[str], idx: int) -> Iterator[int]:
    """Positions before ``idx`` listed under any of ``keys``, in descending order (duplicates adjacent)."""
    runs = []
    for key in keys:
        positions = by_name.get(key, [])
        k = bisect_left(positions, idx)
        runs.append(reversed(positions[:k]))
    return heapq.merge(*runs, reverse=True)


def wholes_of_total(text: str, all_items: list[Item], idx: int, part: Item, whole: Item) -> list[Item]:
    """Larger figures of the part's kind before the 其中 total in its sentence (全省1517个乡镇中，共有826个建立了统计机构，
    其中……327个，占21.56%): a bare 占 may be of that whole's whole (327 ÷ 1517), which the writer meant as well as the
    total; read as further pairs, the total stays the first (the one a finding names)."""
    start = sentence_start(text, whole.q.start)
    out = []
    for j in range(idx - 1, -1, -1):
        cand = all_items[j]
        if cand.q.start < start:
            break
        if cand.q.end <= whole.q.start and cand.q.value > whole.q.value and comparable(part, cand) \
                and not is_change(text, cand):
            out.append(cand)
    return out


SHARE_RE = regex_cache.compile(
    r"占(?P<whole>[^，,。；;：:\d%“”（）()]{0,16}?)(?:的)?(?:比重|比例|份额|比)?(?:为|是|达到|达|约)?\s{0,2}$"
)


def pair_agrees(q: Quantity, part: Item, whole: Item) -> bool:
    """The share ``q`` is part ÷ whole at its printed places (rounded, truncated, or within the figures' own rounding)."""
    vals = comparable(part, whole)
    return bool(vals) and percent_agrees_within(q.value, q.decimals, *vals, *(rounding_step(x) if x.q.decimals and x.money is None else Decimal(0) for x in (part, whole)))


def part_before(all_items: list[Item], idx: int, zhan: int) -> Optional[Item]:
    """A share's part: the nearest figure before its 占 in the same segment."""
    for j in range(idx - 1, -1, -1):
        cand = all_items[j]
        if cand.q.start < all_items[idx].seg_start:
            break
        if cand.q.end <= zhan and cand.q.unit != "%":
            return cand
    return None


TOTAL_NAMES = ("总数", "总量")  # 占受理总数的, 占信息公开总量的: the total of the count the list breaks down
MIN_SIBLINGS = 3  # shares of that one named total in the sentence, this one among them
SUM_REACH = 1500  # characters before the first part where the total the parts make may be stated


# A sibling whose 占 was lost (部门公告4条，信息公开总量的7.02%；概况信息2条，占信息公开总量的3.50%): the same
# name before its figure still marks it as one of the list's shares.
_LOST_ZHAN = regex_cache.compile(r"[，,]\s{0,2}(?P<whole>[^，,。；;：:\d%“”（）()占]{2,16}?)的\s{0,2}$")


def summed_whole(text: str, all_items: list[Item], idx: int, part: Item, written: str) -> list[Item]:
    """The whole of a share 占X总数(总量)的Y% that no figure's label names: a sentence listing three or more counts,
    each with its share of that same named total (劳动报酬345件，占受理总数的62.5%，工伤待遇59件，占受理总数的10.69%…),
    breaks that total down. Their sum is the total when a figure of that value and unit is stated shortly before
    (仲裁部门受理552件) and at least two thirds of the shares (two at the least) agree with it: the others are judged against it."""
    if part.q.decimals or part.q.comparator or part.money is not None:
        return []
    start, end = sentence_start(text, part.q.start), sentence_end(text, part.q.start)
    first = idx
    while first > 0 and all_items[first - 1].q.start >= start:
        first -= 1
    siblings: list[tuple[Item, Item]] = []
    for j in range(first, len(all_items)):
        it = all_items[j]
        if it.q.start >= end:
            break
        if it.q.unit != "%":
            continue
        lo = max(it.seg_start, it.q.start - 24)
        m = SHARE_RE.search(text, lo, it.q.start) or _LOST_ZHAN.search(text, lo, it.q.start)
        p = part_before(all_items, j, m.start("whole")) if m and (m.group("whole") or "") == written else None
        if p is None or text[p.q.end:m.start("whole")].strip() not in ("占", "，占", ",占", "，", ",") \
                or p.q.unit != part.q.unit or p.q.decimals or p.q.comparator:
            continue
        siblings.append((p, it))
    if len(siblings) < MIN_SIBLINGS or all(p is not part for p, _ in siblings):
        return []
    total = sum((p.q.value for p, _ in siblings), Decimal(0))
    opening = siblings[0][0].q.start
    whole = next((c for c in reversed(all_items[:idx]) if c.q.start < opening and c.q.unit == part.q.unit
                  and c.q.value == total and not c.q.comparator and not is_change(text, c)
                  and opening - c.q.end <= SUM_REACH), None)
    if whole is None:
        return []
    wrong = sum(not pair_agrees(share.q, p, whole) for p, share in siblings)
    return [whole] if len(siblings) - wrong >= max(MIN_SIBLINGS - 1, 2 * wrong) else []
