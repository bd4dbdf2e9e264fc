"""Figures that must close: a whole and the parts it is made of (glossary/sums.yaml).

基本支出 is 人员经费 plus 日常公用经费, 本年支出 is 基本支出 plus 项目支出: a
report states these figures in different sentences, often pages apart, and a
typo in any of them breaks the identity. N009 checks the amounts, N010 the
shares. The identities are data; each entry proves itself with its own
examples when the file loads.
"""

from __future__ import annotations

import bisect
import itertools
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Callable, Iterator, Optional

from ..core import regex_cache
from ..core.datafile import read_yaml_file
from ..core.resources import data_dir
from .context import CheckContext
from .numbers_text import Item, closes, items, label_names, money_slack, normalise_label

MAX_CANDIDATES = 3  # values per name tried (the first statements); N006 reports the conflicts
MAX_YEARS = 12  # years per identity checked: a report compares a few; a bound keeps odd input linear


@dataclass(frozen=True)
class Identity:
    name: str
    whole: tuple[str, ...]
    parts: tuple[tuple[str, ...], ...]
    optional: tuple[tuple[str, ...], ...]
    flag: tuple[str, ...]
    keep: tuple[str, ...]


@dataclass(frozen=True)
class IdentityCheck:
    """One stated whole, the parts found for it, and whether some reading closes."""

    identity: Identity
    whole: Item
    parts: tuple[Item, ...]  # the first candidate of each required group, for the message
    closes: bool
    stated_optional: bool  # the text states an optional part (上缴上级支出 …)

    def parts_sum(self) -> Decimal:
        return sum((p.money for p in self.parts), Decimal(0))  # type: ignore[misc]


def _named(it: Item, names: tuple[str, ...]) -> bool:
    return any(label_names(it.label, n) for n in names)


def _same_year(a: Item, b: Item) -> bool:
    """An unmarked figure belongs to the year in force; only 上年 figures are told apart."""
    if a.year == b.year:
        return True
    if not a.year or not b.year:
        return "上年" not in (a.year, b.year)
    return False


def _label_test(names: tuple[str, ...]) -> Callable[[Item], bool]:
    """``_named(it, names)``, answered once per distinct label (a long report repeats its labels thousands of times)."""
    seen: dict[str, bool] = {}

    def named(it: Item) -> bool:
        hit = seen.get(it.label)
        if hit is None:
            hit = seen[it.label] = _named(it, names)
        return hit

    return named


def _named_figures(figures: list[Item], names: tuple[str, ...]) -> Callable[[], list[Item]]:
    """The figures named by ``names``, in text order, listed once when first asked (each whole's year asks again)."""
    found: list[list[Item]] = []

    def listed() -> list[Item]:
        if not found:
            named = _label_test(names)
            found.append([it for it in figures if named(it)])
        return found[0]

    return listed


def _candidates(named: list[Item], whole: Item) -> list[Item]:
    """The first MAX_CANDIDATES of the ``named`` figures other than ``whole`` and of its year."""
    found = (it for it in named if it is not whole and _same_year(it, whole))
    return list(itertools.islice(found, MAX_CANDIDATES))


def _closes(whole: Item, groups: list[list[Item]], optional: list[list[Item]]) -> bool:
    target = whole.money
    choices = groups + [[None, *opt] for opt in optional]  # an optional part may be left out
    for combo in itertools.product(*choices):
        parts = [p for p in combo if p is not None]
        total = sum((p.money for p in parts), Decimal(0))  # type: ignore[misc]
        if closes(total, target, money_slack([whole, *parts])):  # type: ignore[arg-type]
            return True
    return False


# A breakdown in brackets right after an amount: "“三公”经费137.66万元（含基本支出19.18万元，项目支出118.49万元）".
_BREAKDOWN_OPEN = regex_cache.compile(r"[（(](?:含|包含|包括|其中[:：]?)")
_CLOSE = frozenset(")）")
MAX_BRACKET = 80  # characters from a breakdown's bracket to a figure inside it


def _bracket_owners(ctx: CheckContext, figures: list[Item]) -> dict[int, Item]:
    """For each figure inside a bracketed breakdown (（含……）) that follows another amount: that amount, by the
    figure's offset. The figures inside are parts of the amount the bracket follows, not of a whole stated
    elsewhere that happens to share their names (基本支出, 项目支出 of the 三公 经费, not of 总支出)."""
    text, owners = ctx.text, {}
    for k, it in enumerate(figures):
        lo = max(0, it.q.start - MAX_BRACKET)
        at = max(text.rfind("（", lo, it.q.start), text.rfind("(", lo, it.q.start))
        if at < 0 or not _BREAKDOWN_OPEN.match(text, at) or any(ch in _CLOSE for ch in text[at:it.q.start]):
            continue
        j = k - 1
        while j >= 0 and figures[j].q.end > at:
            j -= 1
        if j >= 0 and not text[figures[j].q.end:at].strip():
            owners[it.q.start] = figures[j]
    return owners


def check_identity(ident: Identity, ctx: CheckContext) -> Iterator[IdentityCheck]:
    figures = ctx.memo("sums.money_figures",
                       lambda c: [it for it in items(c) if it.money is not None and not it.q.comparator])
    is_whole = _label_test(ident.whole)
    owners = ctx.memo("sums.bracket_owners", lambda c: _bracket_owners(c, figures))
    # a part inside another amount's bracketed breakdown is that amount's, unless that amount is this whole
    figures_as_parts = [it for it in figures if (o := owners.get(it.q.start)) is None or is_whole(o)]
    part_lists = [_named_figures(figures_as_parts, names) for names in ident.parts]
    optional_lists = [_named_figures(figures_as_parts, names) for names in ident.optional]
    seen_years: set[str] = set()
    for whole in figures:
        if whole.year in seen_years or len(seen_years) >= MAX_YEARS or not is_whole(whole):
            continue
        seen_years.add(whole.year)
        groups = [_candidates(listed(), whole) for listed in part_lists]
        if not all(groups):
            continue
        optional = [_candidates(listed(), whole) for listed in optional_lists]
        yield IdentityCheck(ident, _nearest_restatement(figures, whole, [g[0] for g in groups]),
                            tuple(g[0] for g in groups), _closes(whole, groups, optional), any(optional))


def _nearest_restatement(figures: list[Item], whole: Item, parts: list[Item]) -> Item:
    """The same whole (same words, year and amount) restated just before its parts, if it is:
    "基本支出X万元，其中：……" is where a reader sees the parts fail to make it."""
    first_part = min(p.q.start for p in parts)
    best = whole
    for it in figures:
        if it.q.start >= first_part:
            break
        if it.q.start > best.q.start and it.label == whole.label and it.year == whole.year and it.money == whole.money:
            best = it
    return best


def identity_checks(ctx: CheckContext) -> list[IdentityCheck]:
    """Every identity of glossary/sums.yaml whose whole and required parts the text states."""
    return ctx.memo("sums.identity_checks",
                    lambda c: [chk for ident in identities() for chk in check_identity(ident, c)])


def _strs(entry: dict, key: str, where: str, required: bool = True) -> tuple[str, ...]:
    value = entry.get(key)
    if value is None and not required:
        return ()
    if not isinstance(value, list) or not value or not all(isinstance(v, str) and v for v in value):
        raise ValueError(f"glossary/sums.yaml {where}：字段 {key} 须为非空字符串列表")
    return tuple(value)


def _groups(entry: dict, key: str, where: str, required: bool = True) -> tuple[tuple[str, ...], ...]:
    value = entry.get(key)
    if value is None and not required:
        return ()
    if not isinstance(value, list) or not value:
        raise ValueError(f"glossary/sums.yaml {where}：字段 {key} 须为名称列表的列表")
    return tuple(_strs({"g": g}, "g", f"{where} {key}") for g in value)


def _parse(raw: dict) -> tuple[Identity, ...]:
    out = []
    for i, e in enumerate(raw.get("identities") or []):
        where = f"identities 第{i + 1}项"
        if not isinstance(e, dict) or not isinstance(e.get("name"), str):
            raise ValueError(f"glossary/sums.yaml {where}：缺少 name")
        out.append(Identity(e["name"], _strs(e, "whole", where), _groups(e, "parts", where),
                            _groups(e, "optional", where, required=False),
                            _strs(e, "flag", where), _strs(e, "keep", where)))
    if not out:
        raise ValueError("glossary/sums.yaml：identities 不能为空")
    return tuple(out)


def prove(ident: Identity) -> Optional[str]:
    """The first example of ``ident`` that does not behave as written, or None."""
    for text in ident.flag:
        if not any(not chk.closes for chk in check_identity(ident, CheckContext(text))):
            return f"应报告却未报告：{text}"
    for text in ident.keep:
        if any(not chk.closes for chk in check_identity(ident, CheckContext(text))):
            return f"不应报告却报告了：{text}"
    return None


@lru_cache(maxsize=1)
def identities() -> tuple[Identity, ...]:
    """Load glossary/sums.yaml; an entry whose own examples fail makes loading fail."""
    path = data_dir("glossary") / "sums.yaml"
    loaded = _parse(read_yaml_file(path) or {})
    for ident in loaded:
        problem = prove(ident)
        if problem:
            raise ValueError(f"glossary/sums.yaml {ident.name}：示例不成立（{problem}）")
    return loaded


# "人员经费占基本支出的92.80%", "人员经费占比92.80%", "……万元，占基本支出的92.80%"
_SHARE_LABEL = regex_cache.compile(
    r"^(?P<part>[^占，,。；;]{0,16}?)占(?P<whole>[^，,。；;\d%的]{0,16}?)(?:的)?(?:比重|比例|份额|比)?(?:为|是|达到|达|约)?$"
)


@dataclass(frozen=True)
class Share:
    item: Item  # the percentage
    part: str  # what it is the share of (人员经费)
    whole: str  # of what (基本支出), "" for 占比


def _share(all_items: list[Item], idx: int) -> Optional[Share]:
    it = all_items[idx]
    m = _SHARE_LABEL.match("".join(it.raw_label.split()))
    if not m:
        return None
    part = normalise_label(m.group("part"))[0]
    if not part and idx > 0:
        prev = all_items[idx - 1]
        if prev.q.unit != "%" and prev.q.start >= it.seg_start:
            part = prev.label
    return Share(it, part, m.group("whole")) if part else None


def shares(ctx: CheckContext) -> list[Share]:
    """Every stated share with the names of its part and its whole."""
    def build(c: CheckContext) -> list[Share]:
        all_items = items(c)
        found = (_share(all_items, i) for i, it in enumerate(all_items) if it.q.unit == "%" and not it.q.comparator)
        return [s for s in found if s is not None]

    return ctx.memo("sums.shares", build)


def share_sets(ctx: CheckContext) -> list[tuple[Identity, tuple[Share, ...]]]:
    """Shares of every required part of an identity, stated in one paragraph, when the text
    states none of its optional parts (then the required parts are the whole whole).

    Read once per context: N010 judges these sets and N013 leaves their shares to it, and each read every
    identity against every label of the text."""
    return ctx.memo("sums.share_sets", lambda c: list(_share_sets(c)))


def _share_sets(ctx: CheckContext) -> Iterator[tuple[Identity, tuple[Share, ...]]]:
    stated = shares(ctx)
    labels = list(dict.fromkeys([it.label for it in items(ctx)] + [s.part for s in stated]))  # each label once
    paras = ctx.paragraphs
    starts = [p.start for p in paras]  # once for every identity
    for ident in identities():
        if any(label_names(label, n) for group in ident.optional for n in group for label in labels):
            continue
        by_para: dict[int, list[Share]] = {}
        for s in stated:  # each share into its paragraph (bisect: linear in the text, not paragraphs × shares)
            k = bisect.bisect_right(starts, s.item.q.start) - 1
            if k >= 0 and s.item.q.start < paras[k].end and (
                    not s.whole or any(label_names(s.whole, w) for w in ident.whole)):
                by_para.setdefault(k, []).append(s)
        for k, inside in sorted(by_para.items()):
            for year in sorted({s.item.year for s in inside}):  # 上年 shares make their own 100%
                yield from _one_set(ctx, ident, paras[k], [s for s in inside if s.item.year == year])


def _one_set(ctx: CheckContext, ident: Identity, para,
             inside: list[Share]) -> Iterator[tuple[Identity, tuple[Share, ...]]]:
    chosen = []
    for group in ident.parts:
        match = next((s for s in inside if any(label_names(s.part, n) for n in group)), None)
        if match is None:
            break
        chosen.append(match)
    else:
        # They are shares of this whole when one names it, or the paragraph does before them
        # ("基本支出中，人员经费占比…").
        before = ctx.text[para.start:min(s.item.q.start for s in chosen)]
        if any(s.whole for s in chosen) or any(w in before for w in ident.whole):
            yield ident, tuple(chosen)
