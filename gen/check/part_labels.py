"""What the labels of a total and of the figures after its 其中 say about the list (read by N004).

A part whose label tells a change (增加, 较上年) or a running sum (合计, 累计) ends the list of parts; a total whose
label tells a change is no whole a 其中 breaks down. 增加值 (value added, 工业增加值) is a measure of output, no
change: its 增加 is not read as one. A part's 累计 does not end the list where the total's is a 累计 too (累计增加值
66.97亿元。其中，某系统企业累计增加值…: one measure, counted so far, for the whole and its part). A measure net of
losses (利润总额, 净利润, 盈亏) is no whole at all: the parts not listed may be negative, so one part may exceed it.
Figures of changes in opposite directions (新增1个，注销3个，目前共计6个) are no parts of the stock after them: what
was added and what was struck off are flows, and the count standing now is no sum of them (``opposite_changes``).
"""

from __future__ import annotations

from ..core import regex_cache
from .numbers_text import Item

STOP_LABEL = regex_cache.compile(
    r"增加(?!值)|减少|增长|下降|较上年|比上年|同比|(?<!公)共(?!同)|合计|总计|累计|已拨付|已支付|已支出|已使用")
CHANGE = regex_cache.compile(r"增加(?!值)|减少|增长|下降|较上年|比上年|同比|上升|降低|增收|减收|调增|调减")
NET_MEASURE = regex_cache.compile(r"利润|利税|盈利|盈亏|净利|亏损")


def stops(it: Item, total: Item) -> bool:
    """Whether part ``it``'s label ends the parts of ``total`` (a net total has none: its first part ends them)."""
    if NET_MEASURE.search(total.raw_label):
        return True
    if STOP_LABEL.search(it.raw_label) is None:
        return False
    if "累计" not in total.raw_label:
        return True
    return any(m.group() != "累计" for m in STOP_LABEL.finditer(it.raw_label))


# The verbs of a count's flows in a figure's label: what was added, and what was struck off.
_ADDED = regex_cache.compile(r"新增|新开通|新开设|新建|新设|增加(?!值)|开通")
_REMOVED = regex_cache.compile(r"注销|撤销|关停|关闭|停用|撤并|减少")


def opposite_changes(parts: list[Item]) -> bool:
    """Whether the parts hold a count added and a count struck off: flows in two directions, no parts of a whole."""
    return (any(_ADDED.search(it.raw_label) for it in parts)
            and any(_REMOVED.search(it.raw_label) for it in parts))
