"""Rating scales as data (glossary/scales/<id>.yaml), found by name, each proving itself with its examples.

Most bureaus rate a self-evaluation score on the finance ministry's scale
(90 and above 优, 80 良, 60 中, below 差), but a province or city may set
other names or other floors. Each scale is one data file; a scoring rule set
(glossary/scoring/) names the scale its bureaus use (``grades``), and
:func:`rating_for` in gen.core.numbers rates a score on a named scale (the
national one by default), so the report, the 自评表, ``jixiao facts``, the
batch summary and the checker's N007 can never disagree about a rating.

A scale file is refused when it loads unless every example rates as written,
so a typo in a floor cannot silently change ratings.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path
from typing import Any, Optional

import yaml

from .datafile import load_yaml
from .errors import UserError
from .resources import data_dir

DEFAULT_SCALE = "national"
# The national names: every scale says which of them each of its grades stands for (``tier``), so the
# wording that depends on how good a rating is (praise, "score on the low side") works on every scale.
TIERS = ("优", "良", "中", "差")


@dataclass(frozen=True)
class Grade:
    floor: Decimal  # a score at or above the floor (and below the next) gets this grade
    name: str  # as printed: 优, 良好, 一等, A
    range_text: str  # the band in words, for messages: 90分（含）以上
    tier: str  # the national grade it stands for (优/良/中/差)
    words: tuple[str, ...] = ()  # other ways a text writes this grade (优秀 for 优)


@dataclass(frozen=True)
class Scale:
    id: str
    name: str
    places: int  # most decimal places a score may carry
    grades: tuple[Grade, ...]  # highest floor first; the last floor is 0
    sources: tuple[dict, ...] = ()

    def grade(self, score: Decimal) -> Grade:
        for g in self.grades:
            if score >= g.floor:
                return g
        return self.grades[-1]

    def rating(self, score: Decimal) -> str:
        return self.grade(score).name

    def describe(self) -> str:
        """90分（含）以上为优，…: the scale in words, for messages."""
        return "，".join(f"{g.range_text}为{g.name}" for g in self.grades)

    def canonical(self, word: str) -> Optional[str]:
        """The grade a word names on this scale (its name or one of its words), else None."""
        for g in self.grades:
            if word == g.name or word in g.words:
                return g.name
        return None

    def tier(self, name: str) -> Optional[str]:
        """The national grade (优/良/中/差) that grade ``name`` stands for."""
        return next((g.tier for g in self.grades if g.name == name), None)

    def names(self) -> tuple[str, ...]:
        return tuple(g.name for g in self.grades)


# -- loading -------------------------------------------------------------------


def _decimal(value: Any, where: str, field: str) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        raise UserError(f"{where}：字段 {field}：应为数字，现为“{value}”")
    try:
        d = Decimal(str(value))
    except (InvalidOperation, ValueError):
        raise UserError(f"{where}：字段 {field}：应为数字，现为“{value}”") from None
    if not d.is_finite() or d < 0 or d > 100:
        raise UserError(f"{where}：字段 {field}：应为0至100之间的分数，现为“{value}”")
    return d


def _text(entry: dict, key: str, where: str, field: str, default: Optional[str] = None) -> str:
    value = entry.get(key, default)
    if not isinstance(value, (str, int)) or isinstance(value, bool) or not str(value).strip():
        raise UserError(f"{where}：字段 {field}：应为非空文字，现为“{'' if value is None else value}”")
    return str(value).strip()


def _grade(entry: Any, i: int, where: str) -> Grade:
    field = f"grades[{i}]"
    if not isinstance(entry, dict):
        raise UserError(f"{where}：字段 {field}：应为键值对象（floor、name、range、tier）")
    name = _text(entry, "name", where, f"{field}.name")
    tier = _text(entry, "tier", where, f"{field}.tier", name if name in TIERS else None)
    if tier not in TIERS:
        raise UserError(f"{where}：字段 {field}.tier：应为{'、'.join(TIERS)}之一，现为“{tier}”")
    words = entry.get("words") or []
    if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
        raise UserError(f"{where}：字段 {field}.words：应为非空文字的列表")
    floor = _decimal(entry.get("floor"), where, f"{field}.floor")
    return Grade(floor, name, _text(entry, "range", where, f"{field}.range"), tier, tuple(w.strip() for w in words))


def _check_grades(grades: tuple[Grade, ...], where: str) -> None:
    floors = [g.floor for g in grades]
    if len(grades) < 2 or floors != sorted(set(floors), reverse=True):
        raise UserError(f"{where}：字段 grades：应至少有两个等级，按 floor 从高到低排列且互不相同")
    if floors[-1] != 0:
        raise UserError(f"{where}：字段 grades[{len(grades) - 1}].floor：最低一档应为0（每个得分都要有等级），现为“{floors[-1]}”")
    seen: dict[str, str] = {}
    for i, g in enumerate(grades):
        for w in (g.name, *g.words):
            if w in seen:
                raise UserError(f"{where}：字段 grades[{i}]：“{w}”已用于等级“{seen[w]}”，同一个词不能指两个等级")
            seen[w] = g.name


def _prove(scale: Scale, raw: dict, where: str) -> None:
    """Rate every example; refuse the scale if one does not come out, or if a grade has none."""
    examples = raw.get("examples")
    if not isinstance(examples, dict) or not examples:
        raise UserError(f"{where}：字段 examples：应写明算例（得分: 等级），每个等级至少一个")
    for score, expected in examples.items():
        got = scale.rating(_decimal(score, where, f"examples.{score}"))
        if got != str(expected):
            raise UserError(f"{where}：字段 examples.{score}：{score}分应为“{expected}”，按所列等级得到“{got}”")
    missing = [g.name for g in scale.grades if g.name not in {str(v) for v in examples.values()}]
    if missing:
        raise UserError(f"{where}：字段 examples：等级“{'、'.join(missing)}”没有算例")


def _sources(raw: dict, where: str) -> tuple[dict, ...]:
    src = raw.get("source")
    if not isinstance(src, list) or not src or not all(isinstance(s, dict) and s.get("title") and s.get("address") for s in src):
        raise UserError(f"{where}：字段 source：应写明来源（每条有 title 和 address）")
    return tuple(src)


def load_scale(path: Path) -> Scale:
    """One scale file, checked field by field and proven by its examples."""
    where = str(path)
    try:
        raw = load_yaml(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise UserError(f"{where}：无法读取等级标准文件（{exc}）") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f"第{mark.line + 1}行" if mark is not None else ""
        raise UserError(f"{where}：{line}不是有效的 YAML（{getattr(exc, 'problem', '') or exc}）") from None
    if not isinstance(raw, dict):
        raise UserError(f"{where}：等级标准应为键值对象（id、name、source、grades、examples）")
    if raw.get("id") != path.stem:
        raise UserError(f"{where}：字段 id：应与文件名相同（{path.stem}），现为“{raw.get('id')}”")
    grades_raw = raw.get("grades")
    if not isinstance(grades_raw, list):
        raise UserError(f"{where}：字段 grades：应为等级列表（每档有 floor、name、range）")
    grades = tuple(_grade(g, i, where) for i, g in enumerate(grades_raw))
    _check_grades(grades, where)
    places = raw.get("places", 2)
    if isinstance(places, bool) or not isinstance(places, int) or not 0 <= places <= 6:
        raise UserError(f"{where}：字段 places：应为0至6之间的整数，现为“{places}”")
    scale = Scale(path.stem, _text(raw, "name", where, "name"), places, grades, _sources(raw, where))
    _prove(scale, raw, where)
    return scale


@lru_cache(maxsize=1)
def scales() -> dict[str, Scale]:
    """Every scale in glossary/scales/, each proven by its own examples; the national one must be there."""
    folder = data_dir("glossary") / "scales"
    out = {p.stem: load_scale(p) for p in sorted(folder.glob("*.yaml"))}
    if DEFAULT_SCALE not in out:
        raise UserError(f"{folder}：缺少默认的等级标准 {DEFAULT_SCALE}.yaml")
    return out


def scale(name: Optional[str] = None) -> Scale:
    """The scale called ``name`` (the national one when None); an unknown name is a user error."""
    all_scales = scales()
    key = name or DEFAULT_SCALE
    if key not in all_scales:
        raise UserError(f"等级标准“{key}”不存在，可选：{'、'.join(all_scales)}（glossary/scales/）")
    return all_scales[key]


def rating_scale() -> Scale:
    """The default (national) scale."""
    return scale(DEFAULT_SCALE)
