"""P003: doubled marks, such as "（一）、", "1、." or "，，".

A numbering mark already ends the number: （一） needs no 、 after it, 1. no
、. Doubled sentence marks (，， 。。 ，。) are editing leftovers, and so is an
indicator's comparison sign typed twice before its value (集中供水率≥≥98%): one
sign bounds a target. Angle brackets doubled (首页>>信息公开) are a page's trail, not a sign.
"""

from __future__ import annotations


from ...core import regex_cache
from ...core.text_pairs import may_hold_pair
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="P003",
    name="doubled-mark",
    severity="warning",
    summary="标点或序号标记重复",
    doc=(
        "检查什么：序号后多余的标点（“（一）、”“1、.”“一、.”）、连续重复的标点（“，，”“。。”“，。”）和指标值前重复的比较符号（“≥≥98%”）。\n"
        "为什么：“（一）”本身已是完整的序号，后面不再加顿号；重复标点是修改时的残留。\n"
        "不报的情形：省略号“……”、破折号“——”。\n"
        "示例：“（一）、公共卫生服务”应为“（一）公共卫生服务”。"
    ),
    flag=("（一）、公共卫生服务", "1、.政府采购执行情况", "工作取得成效，，群众满意。", "农村集中供水率≥≥98%，使用年限≤≤ 15年。"),
    keep=("（一）公共卫生服务", "1.政府采购执行情况", "工作取得成效……群众满意——这是结果。",
          "当前位置：首页>>信息公开>>绩效管理\n农村集中供水率≥98%，受益人数≥24人。"),
)

_CN = "[一二三四五六七八九十]{1,3}"
# Numbering at a line (or table cell) start followed by an extra mark (groups 1 and 2). Led by the line break or
# tab before it (the text's start apart), not by a line-start test and a lookbehind, so that re skips to those
# by itself instead of trying every character: a match ends in a mark, never in a break, so the break before a
# match is never inside the one before, and the matches are the same.
_NUMBER_ITEM = rf"[ \u3000]{{0,4}}((?:[（(]{_CN}[）)]|[（(]\d{{1,2}}[）)]|{_CN}[、.．]|\d{{1,2}}[、.．]))([、.．，,]{{1,2}})(?![\d])"
_NUMBER_DOUBLE = regex_cache.compile(r"[\n\t]" + _NUMBER_ITEM)
_NUMBER_DOUBLE_AT_START = regex_cache.compile(_NUMBER_ITEM)
_MARKS = "，。、；：！？"
_PUNCT_DOUBLE = regex_cache.compile(f"[{_MARKS}]{{2,4}}")
# A comparison sign typed twice before an indicator's value (≥≥98%); not a run of three or more (a drawn line).
# Opening with the sign (the sign before it looked for behind both) lets re skip ahead to the signs: a pattern
# opening with a lookbehind is tried at every character of the text.
_SIGN_DOUBLE = regex_cache.compile(r"([≥≤])(?<![≥≤][≥≤])\1(?![≥≤])(?=[ \t]{0,1}\d)")


def check(ctx):
    text = ctx.text
    first = _NUMBER_DOUBLE_AT_START.match(text)
    for m in ([first] if first else []) + list(_NUMBER_DOUBLE.finditer(text)):
        number = m.group(1)
        yield Finding(
            m.start(2), m.end(2), RULE.code, RULE.severity,
            f"序号“{number}”后不应再加“{m.group(2)}”。", "",
        )
    # two of the marks in a row, else no run (a long text's pairs are known: the class is not tried everywhere)
    for m in _PUNCT_DOUBLE.finditer(text) if may_hold_pair(text, _MARKS, _MARKS) else ():
        run = m.group()
        if run in ("？！", "！？"):
            continue
        yield Finding(
            m.start() + 1, m.end(), RULE.code, RULE.severity,
            f"标点重复：“{run}”，请只保留一个。", "",
        )
    for m in _SIGN_DOUBLE.finditer(text):
        yield Finding(
            m.start() + 1, m.end(), RULE.code, RULE.severity,
            f"比较符号重复：“{m.group()}”，请只保留一个。", "",
        )
