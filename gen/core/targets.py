"""Indicator targets and actual values: ``≥95%``, ``全年55/10万以下``, ``不断提高``.

A target is a short phrase with a comparator, a number and a unit, or a
qualitative wording; its grammar differs from a quantity in running text (a
trailing 以上/以下, a per-base such as /10万), so it has its own reader.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from decimal import Decimal

from . import regex_cache
from .quantities import COMPARATORS, parse_number

# Every repeat is bounded: adjacent unbounded ``\s*`` groups made this pattern
# polynomial (n^4) on a long run of spaces. A target is a short phrase. A unit is up to four
# characters, or two such joined by a slash (微克/立方米, 吨标准煤/万元): an air-quality ceiling
# such as ≤20微克/立方米 was read as qualitative and left out of the indicator counts.
_TARGET_RE = regex_cache.compile(
    r"^\s{0,3}(?P<pre>全年)?\s{0,3}(?P<comp>≥|≤|>=|<=|>|<|＞|＜|=|不低于|不少于|不高于|不超过|达到)?\s{0,3}"
    r"(?P<num>[-−]?\d{1,30}(?:\.\d{1,12})?)\s{0,3}(?P<per>/\s{0,3}(?P<base>\d{0,12})\s{0,3}(?P<baseunit>万|千|百)?)?\s{0,3}"
    r"(?P<unit>%|‰|[^\d\s以上下内/]{1,4}/[^\d\s以上下内/]{1,4}|[^\d\s以上下内]{0,4})?\s{0,3}(?P<post>以上|以下|以内)?\s{0,3}$"
)
MAX_TARGET_CHARS = 100  # longer text is a description, read as qualitative


@dataclass(frozen=True)
class Target:
    """A parsed indicator target or actual value."""

    comparator: str  # "≥", "≤", ">", "<", "=" or "" for qualitative
    value: Decimal | None
    unit: str
    decimals: int
    text: str

    @property
    def qualitative(self) -> bool:
        return self.value is None


def parse_target(text: object) -> Target:
    """Parse ``≥95%``, ``100%``, ``≥2/10万``, ``22000U``, ``全年55/10万以下``, ``不断提高``."""
    return _parse(("" if text is None else str(text)).strip())


@lru_cache(maxsize=8192)
def _parse(raw: str) -> Target:
    """:func:`parse_target` of the stripped text, once per distinct text and process: derive, the
    tracing of fields and the checker's grounding each read every indicator's targets, and the
    bureaus of a batch share most of them. The Target is immutable, so sharing it is safe."""
    m = _TARGET_RE.match(raw) if len(raw) <= MAX_TARGET_CHARS else None
    if not m:
        return Target("", None, "", 0, raw)
    parsed = parse_number(m.group("num"))
    if parsed is None:
        return Target("", None, "", 0, raw)
    value, decimals = parsed
    comp = COMPARATORS.get(m.group("comp") or "", m.group("comp") or "")
    post = m.group("post")
    if not comp and post:
        comp = "≥" if post == "以上" else "≤"
    if not comp:
        comp = "="
    unit = m.group("unit") or ""
    if m.group("per"):
        base = m.group("base") or "1"
        unit = "/" + base + (m.group("baseunit") or "") + unit
    return Target(comp, value, unit, decimals, raw)
