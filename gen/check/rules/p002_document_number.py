"""P002: a document number written with 【】, [] or () instead of 〔〕.

GB/T 9704 writes the year of a 发文字号 in hexagonal brackets: 高财监〔2020〕6号.
【】 and [] are the usual keyboard substitutes and look wrong in print.
"""

from __future__ import annotations

import re

from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="P002",
    name="document-number-brackets",
    severity="warning",
    summary="发文字号的年份未用六角括号〔〕",
    doc=(
        "检查什么：发文字号中年份的括号，如“高财监【2020】6号”“粤财预[2021]12号”“（2022）3号”。\n"
        "为什么：按《党政机关公文格式》（GB/T 9704），发文字号的年份应使用六角括号“〔〕”。\n"
        "示例：“高财监【2020】6号”应为“高财监〔2020〕6号”。"
    ),
    flag=("（高财监【2020】6号）", "粤财预[2021]12号文件", "穗卫（2022）3号"),
    keep=("（高财监〔2020〕6号）", "《国家基本公共卫生服务规范（2017年版）》", "见附件[1]。"),
)

_DOCNO = re.compile(r"(?<=[\u4e00-\u9fff])([【\[［(（])((?:19|20)\d{2})([】\]］)）])(?=\d{1,4}号)")


def check(ctx):
    for m in _DOCNO.finditer(ctx.text):
        fixed = f"〔{m.group(2)}〕"
        yield Finding(
            m.start(), m.end(), RULE.code, RULE.severity,
            f"发文字号的年份应使用六角括号：“{m.group()}”应为“{fixed}”。", fixed,
        )
