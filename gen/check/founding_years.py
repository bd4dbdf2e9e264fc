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
from typing import Optional

from ..core import regex_cache
from ..core.chinese_numerals import parse_chinese_numeral
from ..core.datafile import DataFileError, read_yaml_file
from ..core.resources import data_dir

FILE = "founding_years.yaml"
_EXAMPLE = re.compile(r"((?:19|20)\d\d)年[^\d]{0,30}?(\d{1,3})周年")


@lru_cache(maxsize=1)
def founded() -> dict[str, int]:
    """Each name a text writes (中国共产党, 新中国成立, 三八 …) and its founding year, proved by the file's examples."""
    doc = read_yaml_file(data_dir("glossary") / FILE)
    entries = doc.get("entries") if isinstance(doc, dict) else None
    if not isinstance(entries, list) or not entries:
        raise DataFileError(f"词库文件 {FILE}：应有 entries 列表")
    out: dict[str, int] = {}
    for n, entry in enumerate(entries, 1):
        names, year, examples = entry.get("names"), entry.get("year"), entry.get("examples")
        if not names or not isinstance(year, int) or not entry.get("source") or not examples:
            raise DataFileError(f"词库文件 {FILE}，第{n}项：应有 names、year、source 和 examples")
        for example in examples:
            m = _EXAMPLE.search(str(example))
            if m is None or int(m.group(1)) - int(m.group(2)) != year:
                raise DataFileError(f"词库文件 {FILE}，第{n}项：示例“{example}”算出的年份不是{year}年")
        for name in names:
            if out.setdefault(str(name), year) != year:
                raise DataFileError(f"词库文件 {FILE}，第{n}项：“{name}”已在别项中写了另一个年份")
    return out


_ORDINAL_EXAMPLE = re.compile(r"((?:19|20)\d\d)年[^第\n]{0,30}?第(\d{1,3}|[一二三四五六七八九十百]{1,5})(?:个|届|次)")


@lru_cache(maxsize=1)
def first_held() -> dict[str, int]:
    """Each name of a yearly event (爱国卫生月, 安全生产月 …) and the year it was first held, proved by the file's
    examples (2020年4月是第32个爱国卫生月: 2020 − 32 + 1 = 1989)."""
    doc = read_yaml_file(data_dir("glossary") / FILE)
    entries = doc.get("ordinals") if isinstance(doc, dict) else None
    out: dict[str, int] = {}
    for n, entry in enumerate(entries or (), 1):
        names, first, examples = entry.get("names"), entry.get("first"), entry.get("examples")
        if not names or not isinstance(first, int) or not entry.get("source") or not examples:
            raise DataFileError(f"词库文件 {FILE}，ordinals 第{n}项：应有 names、first、source 和 examples")
        for example in examples:
            m = _ORDINAL_EXAMPLE.search(str(example))
            if m is None or int(m.group(1)) - (count_of(m.group(2)) or 0) + 1 != first:
                raise DataFileError(f"词库文件 {FILE}，ordinals 第{n}项：示例“{example}”算出的首次举办年份不是{first}年")
        for name in names:
            if name in founded() or out.setdefault(str(name), first) != first:
                raise DataFileError(f"词库文件 {FILE}，ordinals 第{n}项：“{name}”已在别项中写了另一个年份")
    return out


def ordinals_pattern() -> str:
    """An alternation of every yearly event's name, longest first, for a rule's pattern."""
    return "|".join(re.escape(name) for name in sorted(first_held(), key=lambda s: (-len(s), s)))


def names_pattern() -> str:
    """An alternation of every name, longest first (新中国成立 before 新中国), for a rule's pattern."""
    return "|".join(re.escape(name) for name in sorted(founded(), key=lambda s: (-len(s), s)))


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
