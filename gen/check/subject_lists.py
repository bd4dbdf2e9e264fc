"""A list of functional classes with one item written wrong: 城市社区支出, 转移性支付, 文化体育旅游与传媒支出.

A 预算 or 决算's summary table lists the functional classes of spending one by
one (一、一般公共服务支出 二、外交支出 … 二十六、转移性支出). An item of such a
list can only be a class's name: when it is one character off a class (城市社区支出
for 城乡社区支出, 转移性支付 for 转移性支出) or holds a class's characters in
another order (文化体育旅游与传媒支出 for 文化旅游体育与传媒支出), it is the class
written wrong, even where the written words make a phrase of their own (城市社区,
which T008's near-match leaves alone in running text). The list is known by its
neighbours: at least ``MIN_NEIGHBOURS`` distinct classes written right near the
item. Data: ``function_classes`` of glossary/budget_subjects.yaml.
"""

from __future__ import annotations

from typing import Iterator

from ..core.regex_needles import finditer as near_needles
from ..core import regex_cache
from ..core.datafile import read_yaml_file, string_list
from ..core.glossary_user import per_glossary
from ..core.resources import data_dir

FILE = "budget_subjects.yaml"
MIN_NEIGHBOURS = 4  # distinct classes written right around the item: a list of classes, not a sentence
WINDOW = 500  # characters either side of the item read for them
MIN_ITEM = 5  # a shorter name (国防支出, 预备费) is one character off too many other words

# An item: a cell's or line's whole content, after its Chinese numeral or its three-digit code.
# The line or cell break is consumed rather than looked behind for: the pattern then opens with a
# character set the engine scans for, not a look-behind tried at every position (7 ms -> 3 ms on
# 200k characters). The text's first line, which has no break before it, is matched apart (``_FIRST``).
_ITEM_BODY = (
    r"[ \t　]{0,3}(?:[一二三四五六七八九十]{1,3}[、.．][ \t　]{0,2}|\d{3}[ \t　]{0,2})?"
    r"([\u4e00-\u9fff]{5,14})(?=[ \t　]{0,3}(?:[|\n]|$|[（(]类[）)]))")
_ITEM = regex_cache.compile(r"[\n|]" + _ITEM_BODY)
_FIRST = regex_cache.compile(_ITEM_BODY)


@per_glossary()
def classes() -> tuple[str, ...]:
    """The functional classes' names, read once per glossary."""
    doc = read_yaml_file(data_dir("glossary") / FILE)
    return tuple(string_list(doc, "function_classes", f"科目文件 {FILE}"))


@per_glossary()
def _known():
    names = sorted(classes(), key=len, reverse=True)
    return regex_cache.compile("|".join(names))


@per_glossary()
def _index() -> tuple[dict[str, int], dict[str, int]]:
    """Each class's order keyed by its name with one character blanked (one per position) and by its
    first character with its characters sorted: ``_meant`` then looks an item up instead of comparing
    it with every class (827 items of a long report, 11 ms by the loop)."""
    one_off: dict[str, int] = {}
    shuffled: dict[str, int] = {}
    for at, name in enumerate(classes()):
        for i in range(len(name)):
            one_off.setdefault(name[:i] + "\0" + name[i + 1:], at)
        shuffled.setdefault(name[0] + "".join(sorted(name)), at)
    return one_off, shuffled


@per_glossary()
def _shapes() -> tuple[frozenset[str], frozenset[str], frozenset[int]]:
    """The classes' first characters, last two characters and lengths. An item one character off a class
    (at least five long) keeps its first character or its last two, and one in another order keeps its
    first: an item with neither, or of no class's length, is no slip, found without building its keys."""
    names = classes()
    return frozenset(n[0] for n in names), frozenset(n[-2:] for n in names), frozenset(len(n) for n in names)


def _meant(item: str) -> str | None:
    """The class ``item`` is a slip of: one character changed, or the same characters in another order.
    Of several, the first in the file's order. ``item`` is no class itself (``slips`` passes none)."""
    one_off, shuffled = _index()
    names = classes()
    heads, tails, lengths = _shapes()
    if len(item) not in lengths or (item[0] not in heads and item[-2:] not in tails):
        return None
    found = [one_off.get(item[:i] + "\0" + item[i + 1:]) for i in range(len(item))]
    found.append(shuffled.get(item[0] + "".join(sorted(item))))
    for at in sorted(a for a in found if a is not None):
        if names[at] != item:
            return names[at]
    return None


def slips(text: str) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, written, meant) for each item of a list of classes that is a class written wrong."""
    if "支" not in text:
        return
    names = set(classes())
    first = _FIRST.match(text)
    for m in ([first] if first else []) + list(near_needles(_ITEM, text)):
        item = m.group(1)
        if item in names or len(item) < MIN_ITEM:
            continue
        meant = _meant(item)
        if meant is None:
            continue
        lo, hi = max(0, m.start(1) - WINDOW), min(len(text), m.end(1) + WINDOW)
        around = {k.group() for k in _known().finditer(text, lo, hi)}
        if len(around) >= MIN_NEIGHBOURS:
            yield m.start(1), m.end(1), item, meant
