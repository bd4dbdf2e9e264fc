"""Report-level figures listed as siblings under one whole ("年初预算X万元，其中：基本支出a万元，项目支出b万元").

A report-level figure (基本支出, 项目支出, 人员经费… glossary/labels.yaml's single-valued names) after the first
part of a 其中 list usually opens a statement of its own ("基本支出X，其中：人员经费a，公用经费b；项目支出Y":
项目支出 is no part of 基本支出), and N004 ends the list there. When the first part is itself such a figure and
the two are the parts of one identity of glossary/sums.yaml (基本支出 and 项目支出 make 本年支出; 人员经费 and
公用经费 make 基本支出), they stand at one level: the second is the first one's sibling, and the list goes on.
"""

from __future__ import annotations

from functools import lru_cache

from .numbers_text import Item, single_valued_name
from .sums import identities


@lru_cache(maxsize=1)
def _sibling_pairs() -> frozenset[frozenset[str]]:
    """Pairs of names that stand in different part groups of one identity."""
    pairs = set()
    for ident in identities():
        for i, group in enumerate(ident.parts):
            for other in ident.parts[i + 1:]:
                pairs.update(frozenset((a, b)) for a in group for b in other)
    return frozenset(pairs)


def opens_statement(parts: list[Item], it: Item) -> bool:
    """Whether ``it`` names a report-level figure that is not the sibling of the list's first part."""
    name = single_valued_name(it.label)
    if name is None:
        return False
    first = single_valued_name(parts[0].label) if parts else None
    return first is None or frozenset((first, name)) not in _sibling_pairs()


__all__ = ["opens_statement"]
