"""W049: a fixed phrase of the 政府信息公开条例 and its report format written short or doubled.

A disclosure report repeats the 条例's and the format's own words: applicants are 公民、法人或者其他组织
(《中华人民共和国政府信息公开条例》第二十七条; the format's table columns 自然人 / 法人或其他组织), and the year's
count is 主动公开政府信息××条. Two slips recur where these phrases were edited by hand:
- the list of applicants lost its middle item, leaving 公民、或其他组织 (a 、 straight before 或 shows an item was
  cut out; 公民或其他组织 with neither mark nor 法人 is left alone: it may be meant);
- the count phrase doubled its verb, 主动公开政府信息公开1783条, where 公开 comes twice around 政府信息.
"""

from __future__ import annotations

from ...core import regex_cache
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="W049",
    name="disclosure-fixed-phrase",
    severity="warning",
    summary="政府信息公开的固定说法缺项或重复（“公民、或其他组织”“主动公开政府信息公开××条”）",
    doc=(
        "检查什么：申请人的固定说法“公民、法人或者其他组织”丢了“法人”，只剩“公民、或其他组织”（顿号后直接是“或”）；"
        "“主动公开政府信息××条”写成“主动公开政府信息公开××条”，“公开”重复。\n"
        "为什么：《中华人民共和国政府信息公开条例》第二十七条规定申请人是“公民、法人或者其他组织”，年度报告格式的表格也分"
        "自然人、法人或其他组织；顿号后直接接“或”说明中间一项被删掉了。“公开”出现两次是改稿时留下的重复。\n"
        "不报的情形：“公民、法人和其他组织”等完整说法；没有顿号的“公民或其他组织”；“主动公开政府信息公开目录”等"
        "“公开”之后不是数字的说法。\n"
        "示例：“收到公民、或其他组织提交的申请”应为“收到公民、法人或者其他组织提交的申请”。"
    ),
    flag=(
        "全年收到公民、或其他社会组织提交的政府信息公开申请3件。",
        "全年收到公民，或者其他组织提交的申请2件。",
        "2022年度，主动公开政府信息公开1783条，其中政策文件12条。",
    ),
    keep=(
        "全年收到公民、法人或者其他组织提交的政府信息公开申请3件。",
        "全年收到公民或其他组织提交的申请2件。",
        "进一步完善主动公开政府信息公开目录，做到应公开尽公开。",
        "2022年度，主动公开政府信息1783条，其中政策文件12条。",
    ),
)

_APPLICANTS = regex_cache.compile(r"公民[、，,]\s{0,2}(?:或者?|和|及)\s{0,2}(?:其他|其它)(?:社会)?组织")
_DOUBLED = regex_cache.compile(r"主动公开(?:政府)?信息(公开)(?=\s{0,2}(?:共\s{0,2})?\d)")


def check(ctx):
    text = ctx.text
    for m in _APPLICANTS.finditer(text):
        yield Finding(m.start(), m.end(), RULE.code, RULE.severity,
                      f"“{m.group()}”丢了“法人”：政府信息公开条例的说法是“公民、法人或者其他组织”。", "公民、法人或者其他组织")
    for m in _DOUBLED.finditer(text):
        fixed = m.group()[:-2]
        yield Finding(m.start(), m.end(), RULE.code, RULE.severity, f"“{m.group()}”中“公开”重复，应为“{fixed}”。", fixed)
