"""P023: a range of years joined by a hyphen (2018-2020年) in a text that writes its other ranges with — or 至.

GB/T 15834—2011 (标点符号用法) joins the ends of a range of years with the 一字线 "—" or the 浪纹线 "～"
(2018—2020年); the short hyphen "-" joins a model's or a code's parts. Readers differ on a hyphen in a
text that never writes a range otherwise (a page store or a word processor may have put it there), so
only a text that also writes a range of years with —, ～ or 至 is read: there the hyphen is the one range
typed otherwise, and the report's own usage shows the mark it should have. A date (2021-05-06), a
document's or a product's code (GB/T 9704-2012, 冀财建〔2019〕3-2020号) is no range of years: the two years
must be followed by 年, the second greater than the first.
"""

from __future__ import annotations

from ...core.regex_needles import finditer as near_needles
from ...core import regex_cache
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="P023",
    name="year-range-hyphen",
    severity="warning",
    summary="年份区间用了连字符“-”（2018-2020年），而文中其他年份区间用“—”或“至”",
    doc=(
        "检查什么：年份区间写成“2018-2020年”（英文连字符），而同一文本其他地方的年份区间写作“2018—2020年”"
        "“2018～2020年”或“2018年至2020年”。\n"
        "为什么：GB/T 15834—2011《标点符号用法》规定标示数值或时间的范围用一字线“—”或浪纹线“～”，"
        "短横线“-”用于型号、代码；同一文本的写法也应一致。\n"
        "不报的情形：全文年份区间都用“-”的（读者看法不一，且多是网页转换造成）；日期（2021-05-06）、"
        "标准编号（GB/T 9704-2012）、文号中的数字。\n"
        "示例：文中已有“2021—2025年”，另一处“吐鲁番市2021-2025年实施方案”应为“2021—2025年”。"
    ),
    flag=(
        "根据《某省2021—2025年草原保护规划》，制定某市2021-2025年实施方案。",
        "2018年至2020年共投入资金300万元，完成2018-2020年三年行动计划。",
    ),
    keep=(
        "制定某市2021-2025年实施方案，完成2018-2020年三年行动计划。",  # no other range: readers differ
        "根据《某省2021—2025年草原保护规划》，执行GB/T 9704-2012标准，于2021-05-06印发。",
    ),
)

_HYPHEN = regex_cache.compile(r"(?<![0-9A-Za-z/\-.])((?:19|20)[0-9]{2})年?-((?:19|20)[0-9]{2})(?=年)")
_OTHER = regex_cache.compile(r"(?<![0-9])(?:19|20)[0-9]{2}年?[—–～~至到](?:(?:19|20)[0-9]{2}|[0-9]{2})(?=年)")


def check(ctx):
    text = ctx.text
    if "-" not in text:
        return
    hyphens = [m for m in near_needles(_HYPHEN, text) if int(m.group(1)) < int(m.group(2))]
    if not hyphens:
        return
    other = _OTHER.search(text)
    if other is None:
        return
    for m in hyphens:
        fixed = f"{m.group(1)}—{m.group(2)}"
        yield Finding(m.start(), m.end(), RULE.code, RULE.severity,
                      f"年份区间“{m.group()}年”用了英文连字符“-”，而文中“{other.group()}年”用的是“—”或“至”；"
                      f"年份区间应用一字线，写作“{fixed}年”，全文统一。", fixed)
