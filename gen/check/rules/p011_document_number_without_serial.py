"""P011: a document number that lost its serial (国发〔2015〕号, 财预[2023]号, 第号).

A 发文字号 is 机关代字 + 〔年份〕 + 序号 + 号 (GB/T 9704): 国发〔2015〕7号.
When the number is typed from memory or a field is left blank, the serial
goes missing and the year bracket runs straight into 号 ("国发〔2015〕号"),
or only "第号" is left. The document can no longer be looked up. A year in
brackets followed by a serial ("〔2015〕7号", "〔2015〕第7号") is complete;
a bracketed year followed by other words ("（2015）年度") is not a number.
The bracket style itself is P002's.
"""

from __future__ import annotations

import re

from ...core import regex_cache
from ...core.regex_needles import finditer as near_needles
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="P011",
    name="document-number-without-serial",
    severity="warning",
    summary="发文字号缺少序号",
    doc=(
        "检查什么：发文字号在年份之后直接写“号”，或只剩“第号”，缺少文件序号，如“国发〔2015〕号”“财预[2023]号”。\n"
        "为什么：发文字号由机关代字、年份和序号组成（GB/T 9704），缺了序号就无法据此查到文件，"
        "多半是凭记忆填写或留空后忘了补。\n"
        "不报的情形：年份后写了序号的（“〔2015〕7号”“〔2015〕第7号”）；括号里的年份后面是别的字（“（2023）年度”）。"
        "年份括号的写法由 P002 检查。\n"
        "示例：“根据国发〔2015〕号文件”应补全序号，如“国发〔2015〕7号”。"
    ),
    flag=("根据国发〔2015〕号文件要求，及时拨付资金。", "按照某财预[2023]号通知执行。",
          "依据某卫发〔2022〕第号文件开展工作。", "转发某省财政厅（2021）号文件。", "按照县人民政府第号令执行。"),
    keep=("根据国发〔2015〕7号文件要求，及时拨付资金。", "依据某卫发〔2022〕第3号文件开展工作。",
          "（2023）年度预算已批复。", "按照某财预[2023]12号通知执行。", "按照县人民政府第3号令执行。",
          "各单位次第号召群众参与。"),
)

_OPEN, _CLOSE = "〔【[［(（﹝〖", "〕】]］)）﹞〗"
# 代字 (a Chinese character or a closing bracket of an agency name) + year bracket + (第) + 号, no serial.
_NO_SERIAL = regex_cache.compile(
    rf"(?<=[\u4e00-\u9fff])[{re.escape(_OPEN)}](?:19|20)\d{{2}}[{re.escape(_CLOSE)}][ \u3000]?(?:第[ \u3000]?)?号"
    r"(?![码段称召])"
    # "第号" with no number at all, before what a document number is followed by (令, 文件, 通知 …)
    r"|(?<=[\u4e00-\u9fff])第[ \u3000]?号(?=[令文通函公）)，,、。；;\s])"
)


def check(ctx):
    for m in near_needles(_NO_SERIAL, ctx.text):  # the same matches, tried only near a bracket
        yield Finding(
            m.start(), m.end(), RULE.code, RULE.severity,
            f"发文字号“{m.group()}”缺少文件序号：应写明第几号，如“〔2015〕7号”。",
        )
