"""The years the Party, the Republic and the days a report celebrates were founded, as policy data.

A year and an anniversary written together fix each other: 2023年 is the 102nd year of the Party, the 74th of
the Republic. N074 reads a year said to be an anniversary (2023年是新中国成立70周年), S030 an anniversary held
under a title of another year (a 2023 summary celebrating the 99th 三八). Both read the founding years here, from
glossary/founding_years.yaml, which names its source for each and proves itself at load: each entry's example
sentences must give its own year back (2021年是中国共产党成立100周年: 2021 − 100 = 1921).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Collection, Optional

from ..core import regex_cache
from ..core.chinese_numerals import parse_chinese_numeral
from ..core.datafile import DataFileError, read_yaml_file
from ..core.resources import data_dir

FILE = "founding_years.yaml"
_EXAMPLE = re.compile(r"((?:19|20)\d\d)年[^\d]{0,30}?(\d{1,3})周年")


@lru_cache(maxsize=1)
def _doc() -> object:
    """The file, read once for both of its lists."""
    return read_yaml_file(data_dir("glossary") / FILE)


def _years(key: str, year_key: str, example: re.Pattern, year_of: Callable[[re.Match], Optional[int]], where: str,
           what: str, taken: Collection[str] = ()) -> dict[str, int]:
    """One list of the file (its ``key``) as name -> year, each entry proved by its examples: ``year_of`` reads the
    year an example gives back, which must be the entry's ``year_key``; a name may stand in one entry only."""
    doc = _doc()
    entries = doc.get(key) if isinstance(doc, dict) else None
    out: dict[str, int] = {}
    for n, entry in enumerate(entries or (), 1):
        names, year, examples = entry.get("names"), entry.get(year_key), entry.get("examples")
        if not names or not isinstance(year, int) or not entry.get("source") or not examples:
            raise DataFileError(f"词库文件 {FILE}，{where}第{n}项：应有 names、{year_key}、source 和 examples")
        for text in examples:
            m = example.search(str(text))
            if m is None or year_of(m) != year:
                raise DataFileError(f"词库文件 {FILE}，{where}第{n}项：示例“{text}”算出的{what}不是{year}年")
        for name in names:
            if name in taken or out.setdefault(str(name), year) != year:
                raise DataFileError(f"词库文件 {FILE}，{where}第{n}项：“{name}”已在别项中写了另一个年份")
    return out


@lru_cache(maxsize=1)
def founded() -> dict[str, int]:
    """Each name a text writes (中国共产党, 新中国成立, 三八 …) and its founding year, proved by the file's examples."""
    doc = _doc()
    if not isinstance(doc, dict) or not isinstance(doc.get("entries"), list) or not doc["entries"]:
        raise DataFileError(f"词库文件 {FILE}：应有 entries 列表")
    return _years("entries", "year", _EXAMPLE, lambda m: int(m.group(1)) - int(m.group(2)), "", "年份")


_ORDINAL_EXAMPLE = re.compile(r"((?:19|20)\d\d)年[^第\n]{0,30}?第(\d{1,3}|[一二三四五六七八九十百]{1,5})(?:个|届|次)")


@lru_cache(maxsize=1)
def first_held() -> dict[str, int]:
    """Each name of a yearly event (爱国卫生月, 安全生产月 …) and the year it was first held, proved by the file's
    examples (2020年4月是第32个爱国卫生月: 2020 − 32 + 1 = 1989); no name of a founding stands here too."""
    return _years("ordinals", "first", _ORDINAL_EXAMPLE, lambda m: int(m.group(1)) - (count_of(m.group(2)) or 0) + 1,
                  "ordinals ", "首次举办年份", taken=founded())


def years() -> tuple[dict[str, int], dict[str, int]]:
    """Both lists, proved (the preflight's loader of the file)."""
    return founded(), first_held()


def _alternation(names: Collection[str]) -> str:
    """An alternation of ``names``, longest first (新中国成立 before 新中国), for a rule's pattern."""
    return "|".join(re.escape(name) for name in sorted(names, key=lambda s: (-len(s), s)))


def ordinals_pattern() -> str:
    """Every yearly event's name, for a rule's pattern."""
    return _alternation(first_held())


def names_pattern() -> str:
    """Every founding's name, for a rule's pattern."""
    return _alternation(founded())


def count_of(written: str) -> Optional[int]:
    """The number of years an anniversary writes, in Arabic or Chinese numerals (70, 七十), or None."""
    if written.isdigit():
        return int(written)
    value = parse_chinese_numeral(written)
    return int(value) if value is not None else None


@lru_cache(maxsize=None)
def compiled(template: str) -> re.Pattern:
    """``template`` with ``{names}`` replaced by :func:`names_pattern`, compiled once."""
    return regex_cache.compile(template.replace("{names}", names_pattern()).replace("{ordinals}", ordinals_pattern()))
