"""The rate glossary (glossary/rates.yaml): which rates a report states, their numerators and denominators.

Loaded once and proved by the preflight; the N rules ask it which rate a
percentage's label names (执行率, 到位率 …), which rates are capped at 100%,
and which figures are single-valued report-wide. Moved out of
:mod:`gen.check.numbers_text` unchanged: loading policy data is a different
job from reading figures' labels.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Optional


from ..core import regex_cache
from ..core.datafile import read_yaml_file, string_list
from ..core.resources import data_dir


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
    raw = read_yaml_file(path) or {}
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
    found = find_rate_name(label)
    return found[0] if found else None


@lru_cache(maxsize=16384)
def find_rate_name(label: str) -> Optional[tuple[RateSpec, str]]:
    """The rate a label names and the name as written (longest wins); cached per process, as labels repeat."""
    best: Optional[tuple[RateSpec, str]] = None
    for spec in rate_glossary().rates:
        for n in spec.names:
            if label.endswith(n) and (best is None or len(n) > len(best[1])):
                best = (spec, n)
    return best


_TIMELY = ("按期", "到期", "按时", "如期", "限期", "及时", "审限内")


def timely_word(label: str, written: str) -> Optional[str]:
    """The 按期/到期/按时 before a rate's name (到期办结率), when the name as written lacks it: such a rate counts
    only the cases due or closed in time, so only a numerator that says so too is its numerator (受理408件，
    办结391件，到期办结率100% is no rate of 办结 over 受理)."""
    head = label[:len(label) - len(written)]
    return next((w for w in _TIMELY if head.endswith(w) and w not in written), None)


@lru_cache(maxsize=16384)
def keyword_len(label: str, words: tuple[str, ...]) -> int:
    """The longest of ``words`` that ``label`` holds (0: none); cached per process, as labels repeat (the N rates'
    figures ask it of every neighbour, a numerator's and a denominator's words each: 0.6 µs, 0.1 from the cache)."""
    return max((len(w) for w in words if w in label), default=0)


# A figure's label that names what went beyond the base (超目标任务1人, 超额完成5人, 超出计划2个).
_EXCESS = regex_cache.compile(r"超(?:额|出|过|目标|任务|计划|年度|标)")


def excess(label: str) -> bool:
    """The label names the excess over a rate's base (超目标任务1人): neither the rate's numerator nor its base."""
    return _EXCESS.match(label) is not None
