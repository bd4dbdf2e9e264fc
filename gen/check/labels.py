"""What a figure's label names: the label word lists as data (``glossary/labels.yaml``).

"本年支出" names the 支出 but "基本支出" does not; "广州市荔湾区卫生健康局本年收入"
names the report's 本年收入 but "某项目支出" is not its 项目支出. Which prefixes
are neutral and which endings mark the bureau itself is wording policy, so the
two lists are data; the file's own examples run when it is loaded, so an edit
that would pair a share with the wrong whole fails loudly. The N rules
(numbers_text) and the G rules (grounding) ask the same two questions here.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..core import regex_cache
from ..core.datafile import DataFileError, read_yaml_file, string_list
from ..core.resources import data_dir

FILE = "labels.yaml"
_WHOLE_SUFFIXES = ("总额", "总数", "总量", "总计", "合计", "金额", "数额")
_WHOLE_SUFFIX_RE = regex_cache.compile("(?:" + "|".join(_WHOLE_SUFFIXES) + ")$")
# "一般公共预算收入完成25.36亿元": a budget report puts the verb between the name and its figure; the
# figure is still the 一般公共预算收入 that "占一般公共预算收入的68.7%" names. Only after a name of two
# characters or more, so a bare 完成 (完成数) keeps its label.
_DONE_SUFFIXES = ("完成", "实现")


@dataclass(frozen=True)
class LabelWords:
    neutral_prefixes: frozenset[str]
    owner_suffixes: tuple[str, ...]

    def neutral(self, prefix: str) -> bool:
        """Is ``prefix`` a neutral word, or two in a row (全年全县生产总值, as a statistical bulletin opens)?"""
        return prefix in self.neutral_prefixes or any(
            prefix.startswith(p) and prefix[len(p):] in self.neutral_prefixes for p in self.neutral_prefixes if p)

    def owned(self, prefix: str) -> bool:
        """May a report-level figure's name follow ``prefix`` (nothing, 本年, or the bureau's name)?"""
        return not prefix or prefix in self.neutral_prefixes or prefix.endswith(self.owner_suffixes)

    def names_match(self, label: str, name: str) -> bool:
        a, b = _strip_whole_suffix(label), _strip_whole_suffix(name)
        if not a or not b:
            return False
        if a == b:
            return True
        for longer, shorter in ((a, b), (b, a)):
            if longer.endswith(shorter) and self.neutral(longer[: len(longer) - len(shorter)]):
                return True
        return False

    def names_figure(self, label: str, name: str) -> bool:
        return label == name or (label.endswith(name) and self.owned(label[: len(label) - len(name)]))


def strip_whole_suffix(name: str) -> str:
    """The label without a trailing 总额/金额-type word (基本支出总额 names 基本支出)."""
    return _strip_whole_suffix(name)


def _strip_whole_suffix(name: str) -> str:
    if name.endswith(_DONE_SUFFIXES) and len(name) >= 4:
        name = name[:-2]
    if not name.endswith(_WHOLE_SUFFIXES) and not name.endswith("\n"):
        return name  # no such word at its end (most labels; $ also matches before a last line break): no search
    return _WHOLE_SUFFIX_RE.sub("", name) or name


@lru_cache(maxsize=16384)
def name_keys(label: str) -> frozenset[str]:
    """Keys under which :func:`names_match` partners meet: the label, and the label without a neutral prefix.

    Two labels that name the same thing share a key, so an index by these keys
    finds every partner of a label with a dict lookup instead of a scan of all
    figures (a scan per claim made long texts quadratic). Cached per process:
    the answer depends on the label alone, and reports repeat their labels.
    """
    base = _strip_whole_suffix(label)
    keys = {base}
    prefixes = label_words().neutral_prefixes
    keys.update(base[len(p):] for p in prefixes if p and base.startswith(p))
    keys.update(k[len(p):] for k in list(keys) if k != base for p in prefixes if p and k.startswith(p))  # 全年全县
    return frozenset(keys)


def _pairs(doc: dict, key: str) -> list[tuple[str, str]]:
    value = doc.get(key)
    if not isinstance(value, list) or not value or not all(
        isinstance(p, list) and len(p) == 2 and all(isinstance(x, str) and x for x in p) for p in value
    ):
        raise DataFileError(f"词库文件 {FILE}：{key} 应为“[标签, 名称]”对的列表")
    return [(a, b) for a, b in value]


def load_label_words(path: Path) -> LabelWords:
    """Read the lists and run the file's examples; a failing example names itself."""
    doc: Any = read_yaml_file(path)
    if not isinstance(doc, dict):
        raise DataFileError(f"词库文件 {FILE}：顶层应为键值对")
    words = LabelWords(
        frozenset(string_list(doc, "neutral_prefixes", f"词库文件 {FILE}")),
        tuple(string_list(doc, "owner_suffixes", f"词库文件 {FILE}")),
    )
    checks = (
        ("same", words.names_match, True, "应指同一项"),
        ("different", words.names_match, False, "不应视为同一项"),
        ("owner", words.names_figure, True, "应指本单位的这一数字"),
        ("not_owner", words.names_figure, False, "不应视为本单位的这一数字"),
    )
    for key, judge, want, meaning in checks:
        for label, name in _pairs(doc, key):
            if judge(label, name) != want:
                raise DataFileError(f"词库文件 {FILE}，{key} 示例：“{label}”与“{name}”{meaning}，按当前词表却相反")
    return words


@lru_cache(maxsize=1)
def label_words() -> LabelWords:
    return load_label_words(data_dir("glossary") / FILE)


@lru_cache(maxsize=65536)
def names_match(label: str, name: str) -> bool:
    """Does a figure's label name the same thing as ``name`` (from 占B的 etc.)?

    Cached per process: the answer depends on the two strings alone (the word lists are read once), and a
    share's whole is tried against the same few labels again and again (支出合计 in every section).

    Exact after dropping 总额/金额-type suffixes, or equal up to a neutral
    prefix such as 本年/全年/部门 ("本年支出" names 支出). Anything looser
    (支出 vs 基本支出) would pair a share with the wrong whole.
    """
    return label_words().names_match(label, name)
