"""A 其中 list that names exactly the parts of one identity of glossary/sums.yaml, under a whole of another name.

"2020年公共预算财政拨款支出1386.33万元，其中：基本支出1006.67万元；项目支出379.53万元": 基本支出 and 项目支出
are all there is to any spending (sums.yaml's 本年支出构成), 人员经费 and 公用经费 all there is to a 基本支出.
A list that names exactly the parts of one identity, and nothing else, is complete whatever its whole is
called (财政拨款支出, 年初预算支出, “三公”经费支出), so it must make that whole. N009 reads the identities where
the whole carries one of their own names, across the text; this reads the list where it does not, in the
whole's own sentence only (the list's 其中 says which figure it breaks down).

Precision first: every part must be named by a distinct group of the identity (a third part of any other
name, 经营支出 or 上缴上级支出, leaves the list unjudged), the whole must be the identity's kind of figure
(its label ends like one of the identity's own wholes: 支出, 合计, 总额), and a list that makes some whole
stated before it is taken for that whole's.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Iterator, Optional

from .breakdowns import breakdowns
from .context import CheckContext
from .numbers_text import Item, closes, label_names, money_slack
from .sums import Identity, identities
from .unit_slips import slipped


@dataclass(frozen=True)
class IdentityList:
    """A whole, the 其中 parts that name one identity's parts, and whether they make it."""

    whole: Item
    parts: tuple[Item, ...]
    identity: Identity
    same_sentence: bool  # 其中 in the whole's own sentence (N004 already reports parts over such a whole)

    def total(self) -> Decimal:
        return sum((p.money for p in self.parts), Decimal(0))  # type: ignore[misc]


def _identity_of(parts: tuple[Item, ...]) -> Optional[Identity]:
    """The identity whose required parts the list names, each by a group of its own, and no other part."""
    for ident in identities():
        if len(parts) != len(ident.parts):
            continue
        hit = [[k for k, names in enumerate(ident.parts) if any(label_names(p.label, n) for n in names)] for p in parts]
        if all(len(h) == 1 for h in hit) and sorted(h[0] for h in hit) == list(range(len(ident.parts))):
            return ident
    return None


def _kind_of(whole: Item, ident: Identity) -> bool:
    """The whole is the identity's kind of figure: its label ends like one of the identity's wholes."""
    return any(whole.label.endswith(name[-2:]) for name in ident.whole)


def identity_lists(ctx: CheckContext) -> Iterator[IdentityList]:
    """Every 其中 list of money naming one identity's parts, with the whole it breaks down."""
    for bd in breakdowns(ctx):
        if not bd.marker.startswith("其中"):
            continue
        m = next((x for x in bd.measures if x.key == "money" and x.wholes), None)
        if m is None or any(p.money is None for p in m.parts):
            continue
        ident = _identity_of(m.parts)
        if ident is None:
            continue
        total = sum((p.money for p in m.parts), Decimal(0))  # type: ignore[misc]
        if any(closes(total, w.money, money_slack([*m.parts, w])) for w in m.wholes if w.money is not None):
            continue  # the list makes a whole stated before it: that whole's
        whole = m.wholes[-1]
        if whole.money is None or not _kind_of(whole, ident) or any(f.q.start in slipped(ctx) for f in (whole, *m.parts)):
            continue
        yield IdentityList(whole, m.parts, ident, bd.same_sentence_qizhong)
