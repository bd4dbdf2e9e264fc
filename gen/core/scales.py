"""The rating scale as data (glossary/scales.yaml), proving itself with its examples.

One function, :func:`rating_for` in gen.core.numbers, reads this scale, so the
report, ``jixiao facts``, the batch summary and the checker's N007 can never
disagree about the rating of a score.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from .datafile import load_yaml
from .errors import UserError
from .resources import data_dir


@dataclass(frozen=True)
class Scale:
    name: str
    places: int  # most decimal places a score may carry
    grades: tuple[tuple[Decimal, str, str], ...]  # (floor, rating, range text), highest floor first

    def rating(self, score: Decimal) -> str:
        for floor, name, _ in self.grades:
            if score >= floor:
                return name
        return self.grades[-1][1]

    def describe(self) -> str:
        """90分（含）以上为优，…: the scale in words, for messages."""
        return "，".join(f"{text}为{name}" for _, name, text in self.grades)


def _decimal(value: object, where: str) -> Decimal:
    try:
        return Decimal(str(value))
    except (InvalidOperation, ValueError):
        raise UserError(f"{where}：应为数字，现为“{value}”") from None


@lru_cache(maxsize=1)
def rating_scale() -> Scale:
    """The rating scale of glossary/scales.yaml; its examples are run before it is used."""
    path = data_dir("glossary") / "scales.yaml"
    raw = load_yaml(path.read_text(encoding="utf-8")) or {}
    entry = raw.get("rating") or {}
    where = f"{path.name}（rating）"
    grades = tuple(
        (_decimal(g["floor"], where), str(g["name"]), str(g.get("range", g["floor"]))) for g in entry.get("grades", ())
    )
    if not grades or [g[0] for g in grades] != sorted((g[0] for g in grades), reverse=True):
        raise UserError(f"{where}：grades 应按 floor 从高到低排列且不能为空")
    scale = Scale(str(entry.get("name", "等级")), int(entry.get("places", 2)), grades)
    for score, expected in (entry.get("examples") or {}).items():
        got = scale.rating(_decimal(score, where))
        if got != str(expected):
            raise UserError(f"{where}：示例 {score} 分应为“{expected}”，按所列等级得到“{got}”")
    return scale
