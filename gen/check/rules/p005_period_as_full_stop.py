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
    keep=("1.政府采购执行情况", "增长3.5个百分点。", "详见附件说明.docx。"),
)

_DOT = re.compile(r"(?<=[\u4e00-\u9fff%％）”》])[.．](?=[ \u3000]{0,2}(?:$|\n|[\u4e00-\u9fff“（《]))", re.M)
_NUMBERING = re.compile(r"^[ \u3000\t]{0,4}(?:[一二三四五六七八九十]{1,3}|\d{1,2})$")


def check(ctx):
    text = ctx.text
    for m in _DOT.finditer(text):
        i = m.start()
        line_start = text.rfind("\n", 0, i) + 1
        if _NUMBERING.match(text[line_start:i]):
            continue  # 一. 基本情况: a numbering mark (see S002)
        yield Finding(i, i + 1, RULE.code, RULE.severity, "中文句末应使用句号“。”，此处为“.”。", "。")
