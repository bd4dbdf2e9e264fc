"""Counts whose figure was lost where their siblings or their sum word show one was there: N067's further readings.

N067 reads a unit glued to an action or a counted subject it knows (检查次, 信息条). The same loss happens to any
label in a run of counts, and the run itself is the proof, whatever the label:

- an item of a list parted by 、，； between two siblings that carry a figure and one and the same unit
  (中省政策16条、财政预决算条、三公经费5条): every item of such a list counts its kind, so the item whose unit
  stands right after its label lost its figure. Both neighbours are required (one neighbour leaves 网络申请件,
  起诉5023人 and the like: words that end in a unit's character), and words that end in the unit's character
  (文件, 事件, 层次, 事项, 时期 …) or a count in words or an approximate word (三条, 多条, 若干件) before it are no
  lost figure;
- a sum word right before an approximate count (共多条信息, 累计余件): 共, 共计, 合计, 累计 and 总计 total a figure
  (共20多条), and 多 or 余 with no figure before them is the figure's tail; 共有多条, 发布多条 (no sum word right
  before) say "several" and are not read.
"""

from __future__ import annotations

import re
from typing import Iterator

from ..core import regex_cache
from ..core.regex_needles import finditer as near_needles

# The units read in a run, with the words that end in each unit's character: no item of a list of counts.
_UNIT_WORDS = {
    "条": "线链面金教萧苗便借欠收字纸油头封布枝发柳藤",
    "篇": "诗长短开全通名",
    "件": "文案事条稿邮软硬证附部配信物要快急组来批复原构元机摆铸",
    "份": "身股省年月部",
    "次": "层名档班车架航批人户频依首多屡其再席场轮位渐",
    "项": "事款专强弱单立选逐各本该",
    "期": "时日周学近远长短同上下本首末分定预任",
}
# A count in words or an approximate word before the unit is a figure of its own (三条, 多条, 若干件, 每项).
_NOT_LOST = frozenset("一二两三四五六七八九十百千万几多余数干每各逐该本此首末单")
_RUN_UNIT = tuple(regex_cache.compile(u + r"(?=[、，,；;])") for u in _UNIT_WORDS)
_SEPARATORS = "、，,；;"
LABEL_REACH = 12  # characters of an item's label before its unit
_HAN = regex_cache.compile(r"[\u4e00-\u9fff“”]{2,12}")


def _is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or ch in "“”"


def _sibling_before(text: str, sep: int, unit: str) -> bool:
    """The item before the separator at ``sep`` ends in label + figure + ``unit`` (中省政策16条)."""
    end = sep
    if not text.startswith(unit, end - len(unit)):
        return False
    k = end - len(unit)
    digits = k
    while digits > k - 6 and digits > 0 and text[digits - 1].isascii() and text[digits - 1].isdigit():
        digits -= 1
    return digits < k and digits > 0 and _is_han(text[digits - 1])


def _sibling_after(text: str, start: int, unit: str) -> bool:
    """The item from ``start`` is label + figure + ``unit`` closed by a mark (三公经费5条、)."""
    k = start
    while k < len(text) and k - start <= LABEL_REACH and _is_han(text[k]):
        k += 1
    if k == start:
        return False
    digits = k
    while digits < len(text) and digits - k < 6 and text[digits].isascii() and text[digits].isdigit():
        digits += 1
    after = digits + len(unit)
    return digits > k and text.startswith(unit, digits) and (after >= len(text) or text[after] in _SEPARATORS + "。\n")


def lost_in_runs(text: str) -> Iterator[tuple[int, str, str]]:
    """(the unit's start, the label, the unit) of each run item whose figure was lost."""
    for finder in _RUN_UNIT:
        unit = finder.pattern[0]
        if unit not in text:
            continue
        for m in near_needles(finder, text):  # the same matches, tried near what each needs (gen.core.regex_needles)
            at = m.start()
            sep = max(text.rfind(c, max(0, at - LABEL_REACH - 1), at) for c in _SEPARATORS)
            if sep < 1 or not _HAN.fullmatch(text, sep + 1, at):
                continue
            label = text[sep + 1:at]
            if label[-1] in _NOT_LOST or label[-1] in _UNIT_WORDS[unit]:
                continue
            if _sibling_before(text, sep, unit) and _sibling_after(text, m.end() + 1, unit):
                yield at, label, unit


# A sum word right before 多 or 余 and a count's unit: the figure between them was lost (共多条 for 共20多条).
_SUM_THEN_ABOUT = regex_cache.compile(
    r"(?<!公)(?<!一)(?P<sum>共计|合计|累计|总计|共)(?P<about>多|余)(?P<unit>人次|万元|亿元|条|件|次|篇|个|项|名|户|家|份|期|场|所|处|起|批|吨|亩)")


def lost_before_about(text: str) -> Iterator[re.Match]:
    """Each sum word, 多 or 余 and unit (共多条) whose figure was lost."""
    if "多" not in text and "余" not in text:
        return
    yield from near_needles(_SUM_THEN_ABOUT, text)
