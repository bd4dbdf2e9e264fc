"""Grain crops by kind: parts of one sown area or harvest that exclude each other (N004).

"粮食作物种植38万亩，其中水稻30万亩、玉米7.05万亩、豆类0.32万亩、薯类1.57万亩": a field sown to rice is
not sown to maize, so the kinds of grain are parts of one whole whose names do not end alike (names_alike
misses them) and must not add up to more than it (38.94 over 38). 国家统计局 counts 粮食 as 谷物 (稻谷, 小麦,
玉米 …), 豆类 and 薯类 (《中国统计年鉴》's explanation of its agricultural indicators); each kind below is
one of those, with the names a report calls it by. A kind and its own sub-kind (豆类 and 大豆, 水稻 and
早稻) overlap: 大豆 reads as 豆类, and 早稻/中稻/晚稻/再生稻 are not kinds here, so a list holding them is
left alone; so is one whose whole is not a crop's (a list by kind under 耕地 or 补贴).

Aquatic products by source are read the same way: 水产品总产量91378吨，其中海洋捕捞17511吨，海水养殖68242吨，
淡水产品5634吨 adds up to 91387, more than the whole.
"""

from __future__ import annotations

from typing import Optional

from ..core import regex_cache
from .numbers_text import Item

# Each kind: the names a report gives it. 大豆 is read as 豆类, 马铃薯 and 红薯 as 薯类: two names of one kind
# in a list are not two parts.
_KINDS = {
    "水稻": "稻谷", "稻谷": "稻谷", "小麦": "小麦", "玉米": "玉米", "高粱": "高粱", "谷子": "谷子",
    "豆类": "豆类", "大豆": "豆类", "薯类": "薯类", "马铃薯": "薯类", "甘薯": "薯类", "红薯": "薯类", "洋芋": "薯类",
}
_KIND_NAME = "|".join(sorted(_KINDS, key=len, reverse=True))
# A part's label: the kind, with the words of sowing, harvest or completion around it (水稻完成, 种植玉米, 豆类播种面积).
_PART = regex_cache.compile(
    r"(?:种植|播种|完成|收获|实现)?(?P<kind>" + _KIND_NAME + r")(?:作物)?(?:种植|播种|完成|收获)?(?:面积|总?产量|总产)?"
    r"(?:完成|实现|达到?|为|约|共)?")
# The whole: grain or crops as such (粮食作物, 粮食播种面积, 农作物).
_WHOLE = regex_cache.compile(r"粮食|作物")
# What the kinds are counted in: an area or a weight, never money or a per-mu yield.
_UNITS = regex_cache.compile(r"(?:万|千)?(?:亩|公顷|吨|斤|公斤|千克)")


# Aquatic products by source, the same way: 水产品总产量 is 海水产品 (海洋捕捞, 海水养殖, 远洋渔业) and 淡水产品 (淡水养殖,
# 淡水捕捞) in 《中国渔业统计年鉴》's terms; a tonne caught at sea is not farmed. 淡水产品 holds 淡水养殖 and 淡水捕捞, so a
# list naming it beside either is left alone.
_AQUATIC = {"海洋捕捞": "海洋捕捞", "海水养殖": "海水养殖", "远洋渔业": "远洋", "远洋捕捞": "远洋",
            "淡水养殖": "淡水养殖", "淡水捕捞": "淡水捕捞", "淡水产品": "淡水", "淡水": "淡水"}
_AQUATIC_PART = regex_cache.compile(
    r"(?P<kind>" + "|".join(sorted(_AQUATIC, key=len, reverse=True)) + r")(?:产品)?(?:总?产量)?(?:完成|实现|达到?|为|约|共)?")
_AQUATIC_WHOLE = regex_cache.compile(r"水产品")


def _kind(p: Item) -> Optional[str]:
    m = _PART.fullmatch(p.label)
    return _KINDS[m.group("kind")] if m else None


def _aquatic_kind(p: Item) -> Optional[str]:
    m = _AQUATIC_PART.fullmatch(p.label)
    return _AQUATIC[m.group("kind")] if m else None


def crop_kinds(total: Item, parts: list[Item]) -> bool:
    """Parts that are each a distinct kind of grain, in the unit of a crop whole (粮食, 农作物)."""
    if len(parts) < 2 or total.money is not None or not _UNITS.fullmatch(total.q.unit) \
            or any(p.q.unit != total.q.unit for p in parts):
        return False
    if _AQUATIC_WHOLE.search(total.label):
        kinds = [_aquatic_kind(p) for p in parts]
        if "淡水" in kinds and ("淡水养殖" in kinds or "淡水捕捞" in kinds):
            return False  # 淡水产品 and its own part
    elif _WHOLE.search(total.label):
        kinds = [_kind(p) for p in parts]
    else:
        return False
    return None not in kinds and len(set(kinds)) == len(kinds)


def leading_crops(total: Item, parts: list[Item]) -> list[Item]:
    """The longest leading run (two or more, not the whole list) of distinct grain kinds: 水稻、玉米、豆类、薯类 then
    中药材 (no grain). When they alone exceed the crop whole, the list is wrong whatever comes after them."""
    if crop_kinds(total, parts):
        return []  # the whole list is judged as it is
    return next((parts[:k] for k in range(len(parts) - 1, 1, -1) if crop_kinds(total, parts[:k])), [])
