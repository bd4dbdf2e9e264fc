"""Column and row roles of report tables, from glossary/tables.yaml.

A table's header words say what its columns hold (预算数, 执行率, 分值 …) and a
row's first words what it is (合计, 小计, 其中). The words are data that a
finance office can edit; the file proves itself with its own examples when it
loads, so a keyword that breaks another role's header fails loudly.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Sequence

from ..core.datafile import read_yaml_file
from ..core.resources import data_dir


MAX_SEEN = 65536  # remembered roles per process (a batch of many reports must not grow without bound)


@dataclass(frozen=True)
class Roles:
    columns: tuple[tuple[str, tuple[str, ...]], ...]
    rows: tuple[tuple[str, tuple[str, ...]], ...]
    words: dict = field(default_factory=dict, compare=False)  # name -> tuple of words (B rules)
    # (kind, text) -> role: tables repeat their headers and row labels, and a role depends on the text alone
    _seen: dict = field(default_factory=dict, compare=False, repr=False)

    def rate_scored_row(self, label: str) -> bool:
        """B004: a row scored as 执行率 × 分值 (预算执行率, 年度资金总额)."""
        return any(w in label for w in self.words.get("rate_scored_rows", ()))

    def is_unit(self, kind: str, unit: str) -> bool:
        """``unit`` is one of the words of list ``kind`` (count_units, money_units, funds_total_rows …)."""
        return unit in self.words.get(kind, ())

    def ends_with_word(self, kind: str, text: str) -> bool:
        """``text`` ends with one of the words of list ``kind`` (funds_source_endings)."""
        return text.endswith(tuple(self.words.get(kind, ()))) if text else False

    def keywords(self, role: str) -> tuple[str, ...]:
        """The header keywords of column ``role`` (budget: 预算数, 年初预算 …)."""
        return next((words for name, words in self.columns if name == role), ())

    def row_keywords(self, role: str) -> tuple[str, ...]:
        """The label keywords of row ``role`` (breakdown: 其中)."""
        return next((words for name, words in self.rows if name == role), ())

    def column_role(self, header: str) -> str:
        role = self._seen.get(("column", header))
        if role is None:
            role = self._remember(("column", header), _best(self.columns, squash(header)))
        return role

    def row_role(self, label: str) -> str:
        role = self._seen.get(("row", label))
        if role is None:
            role = self._remember(("row", label), self._row_role(label))
        return role

    def _remember(self, key: tuple[str, str], role: str) -> str:
        if len(self._seen) >= MAX_SEEN:
            self._seen.clear()
        self._seen[key] = role
        return role

    def _row_role(self, label: str) -> str:
        text = squash(label)
        if not text:
            return "data"
        role = _best(self.rows, text)
        if role == "breakdown" and not text.startswith("其中"):
            return "data"
        return role or "data"


def _best(entries: Sequence[tuple[str, tuple[str, ...]]], text: str) -> str:
    """The role whose keyword ends last in ``text`` (a Chinese head noun comes last: 指标分值 is
    a 分值), the longer keyword on a tie (预算单位 is a name, not a 单位)."""
    best, key = "", (-1, 0)
    for role, words in entries:
        for w in words:
            end = text.rfind(w)
            if end != -1 and (end + len(w), len(w)) > key:
                best, key = role, (end + len(w), len(w))
    return best


def squash(text: str) -> str:
    """``text`` without any whitespace: how header and label words are compared."""
    return "".join(text.split())


def _load_section(raw: dict, key: str) -> tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...]:
    section = raw.get(key)
    if not isinstance(section, dict) or not section:
        raise ValueError(f"glossary/tables.yaml：缺少 {key}")
    out = []
    for role, entry in section.items():
        words, examples = (entry or {}).get("keywords"), (entry or {}).get("examples")
        for name, value in (("keywords", words), ("examples", examples)):
            if not isinstance(value, list) or not value or not all(isinstance(v, str) and v for v in value):
                raise ValueError(f"glossary/tables.yaml {key}.{role}：{name} 须为非空字符串列表")
        out.append((str(role), tuple(words), tuple(examples)))
    return tuple(out)


_WORD_LISTS = ("rate_scored_rows", "count_units", "money_units", "funds_total_rows", "funds_source_endings",
               "funds_note_columns", "percent_words", "change_words")


def _load_words(raw: dict) -> dict:
    """The word lists under ``words``; each proves itself with ``examples`` and ``not``."""
    section = raw.get("words")
    if not isinstance(section, dict):
        raise ValueError("glossary/tables.yaml：缺少 words")
    out = {}
    for name in _WORD_LISTS:
        entry = section.get(name) or {}
        words, examples, nots = entry.get("words"), entry.get("examples"), entry.get("not") or []
        for key, value in (("words", words), ("examples", examples)):
            if not isinstance(value, list) or not value or not all(isinstance(v, str) and v for v in value):
                raise ValueError(f"glossary/tables.yaml words.{name}：{key} 须为非空字符串列表")
        hit = _matcher(name, tuple(words))
        for ex in examples:
            if not hit(ex):
                raise ValueError(f"glossary/tables.yaml words.{name}：示例“{ex}”未被识别")
        for ex in nots:
            if hit(str(ex)):
                raise ValueError(f"glossary/tables.yaml words.{name}：反例“{ex}”被误识别")
        out[name] = tuple(words)
    return out


def _matcher(name: str, words: tuple[str, ...]):
    """How a list's words are matched: texts contain them (rate_scored_rows, change_words), names end
    with them (``*_endings``), units and fixed names are them."""
    if name in ("rate_scored_rows", "change_words"):
        return lambda t: any(w in t for w in words)
    if name.endswith("_endings"):
        return lambda t: t.endswith(words)
    return lambda t: t in words


@lru_cache(maxsize=1)
def roles() -> Roles:
    """Load glossary/tables.yaml; every example must get its own role, or loading fails."""
    path = data_dir("glossary") / "tables.yaml"
    raw = read_yaml_file(path) or {}
    cols, rows = _load_section(raw, "columns"), _load_section(raw, "rows")
    loaded = Roles(tuple((r, w) for r, w, _ in cols), tuple((r, w) for r, w, _ in rows))
    for role, _, examples in cols:
        for ex in examples:
            if loaded.column_role(ex) != role:
                raise ValueError(f"glossary/tables.yaml columns.{role}：示例“{ex}”被识别为“{loaded.column_role(ex)}”")
    for role, _, examples in rows:
        for ex in examples:
            if loaded.row_role(ex) != role:
                raise ValueError(f"glossary/tables.yaml rows.{role}：示例“{ex}”被识别为“{loaded.row_role(ex)}”")
    return replace(loaded, words=_load_words(raw))


