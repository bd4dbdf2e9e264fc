"""P005: a half-width '.' ending a Chinese sentence.

A Chinese sentence ends with 。; a '.' after Chinese text is an English
keyboard habit. Numbers (3.5), numbering (1.), abbreviations and file names
keep their dots.
"""

from __future__ import annotations

import re

from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="P005",
    name="period-as-full-stop",
    severity="warning",
    summary="中文句末使用了英文句点",
    doc=(
        "检查什么：中文句子以半角“.”或全角“．”结尾。\n"
        "为什么：中文句末应使用句号“。”。\n"
        "不报的情形：小数（3.5）、序号（1. 或 一.）、英文缩写和文件名中的点。\n"
        "示例：“资金使用率达90%.”应为“资金使用率达90%。”"
    ),
    flag=("资金使用率达到预期.下一步将继续加强管理。", "全年完成率100%."),
    keep=("1.政府采购执行情况", "增长3.5个百分点。", "详见附件说明.docx。", "人均补助标准625元/生.年，全年服务3000人.次。"),
)

_DOT = re.compile(r"(?<=[\u4e00-\u9fff%％）”》])[.．](?=[ \u3000]{0,2}(?:$|\n|[\u4e00-\u9fff“（《]))", re.M)
_NUMBERING = re.compile(r"^[ \u3000\t]{0,4}(?:[一二三四五六七八九十]{1,3}|\d{1,2})$")


# A compound unit with "." for its middle dot: 元/生.年, 元/亩.年, 人.次 after a figure.
_UNIT_BEFORE = re.compile(r"(?:/[\u4e00-\u9fff]{1,2}|\d人)$")
_UNIT_AFTER = frozenset("年月日天次时期")


def check(ctx):
    text = ctx.text
    for m in _DOT.finditer(text):
        i = m.start()
        line_start = text.rfind("\n", 0, i) + 1
        if _NUMBERING.match(text[line_start:i]):
            continue  # 一. 基本情况: a numbering mark (see S002)
        if _UNIT_BEFORE.search(text, max(0, i - 8), i) and text[i + 1 : i + 2] in _UNIT_AFTER:
            continue  # 625元/生.年, 3000人.次: a compound unit written with "." for "·"
        yield Finding(i, i + 1, RULE.code, RULE.severity, "中文句末应使用句号“。”，此处为“.”。", "。")
