"""W022: a 发文字号 that lost its closing 号 (皖财教〔2021〕1357 for 皖财教〔2021〕1357号).

GB/T 9704 writes a number as 机关代字 + 〔年份〕 + 序号 + 号. When the serial
runs straight into the bracket that closes the citation, or into the end of
the sentence, the 号 was lost. Serials that share one 号 (〔2019〕42、43号)
and a 号 set off by a space (a PDF's spacing: 〔2020〕181 号) are left alone;
the brackets are docnumbers' one list, so a number P002 reads is read here too.
"""

from __future__ import annotations

import re

from ...core import regex_cache
from ..docnumbers import CLOSE, OPEN
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="W022",
    name="doc-number-without-hao",
    severity="warning",
    summary="发文字号的序号后漏了“号”",
    doc=(
        "检查什么：发文字号“机关代字〔年份〕序号号”的序号之后紧接右括号或句末标点，漏了“号”字，"
        "如“（皖财教〔2021〕1357）”应为“（皖财教〔2021〕1357号）”。\n"
        "为什么：文号不完整，读者无法据以查找文件，也不合公文格式。\n"
        "不报的情形：几个序号共用一个“号”（“〔2019〕42、43号”）；“号”前有空格（PDF 排版）；序号后接“号”“第”等。\n"
        "示例：“根据《关于下达资金的通知》（皖财教〔2021〕1357），及时拨付。”"
    ),
    flag=(
        "根据《关于下达资金的通知》（皖财教〔2021〕1357），及时拨付。",
        "依据县财预〔2023〕15。",
        "按照《建设方案》（建保〔2022〕7）执行。",
    ),
    keep=(
        "根据《关于下达资金的通知》（皖财教〔2021〕1357号），及时拨付。",
        "依据财社〔2019〕42、43号文件。",
        "依据（开财字〔2020〕181 号）文件。",
        "全年支出〔2023〕合计15）。",
        "完成第一期项目（2023）12）。",
    ),
)

# The bracket is matched before the lookbehind that tests the character in front of it (which then reads
# both): the same matches, but re skips to the brackets by itself instead of trying the lookbehind at every character.
_NO_HAO = regex_cache.compile(
    rf"[{re.escape(OPEN)}](?<=[\u4e00-\u9fff][{re.escape(OPEN)}])(?:19|20)\d{{2}}[{re.escape(CLOSE)}](\d{{1,4}})(?=[）)。；;])"
)
_AGENCY = regex_cache.compile(r"[\u4e00-\u9fff]{0,6}(?:财|发|办|函|字|政|卫|教|社|预|综|绩|令|规)$")


def check(ctx):
    text = ctx.text
    for m in _NO_HAO.finditer(text):
        # a look-alike bracket ((2023)) is a 文号 only after a 代字-like head; 〔〕 is one anywhere
        if text[m.start()] != "〔" and not _AGENCY.search(text, max(0, m.start() - 8), m.start()):
            continue
        serial = m.group(1)
        yield Finding(m.start(1), m.end(1), RULE.code, RULE.severity,
                      f"发文字号的序号“{serial}”后漏了“号”，应为“{serial}号”。", serial + "号")
