"""W022: a 发文字号 that lost its closing 号 (皖财教〔2021〕1357 for 皖财教〔2021〕1357号).

GB/T 9704 writes a number as 机关代字 + 〔年份〕 + 序号 + 号. When the serial
runs straight into the bracket that closes the citation, or into the end of
the sentence, the 号 was lost. Serials that share one 号 (〔2019〕42、43号)
and a 号 set off by a space (a PDF's spacing: 〔2020〕181 号) are left alone;
the brackets are docnumbers' one list, so a number P002 reads is read here too.
A notice's own 发文字号 stands alone on its line under the title (财资环〔2023〕33 then the body): a line that
holds only the issuer and the number, ending on the serial, lost its 号 too (the next line not opening on 号,
a PDF's wrap).
A 提案 or 建议 is cited by its session and serial the same way (县政协十届六次会议第46号提案): a serial that runs
into 提案, 建议 or 议案 — straight on or across a heading's line break — lost its 号 as well.
"""

from __future__ import annotations

import re

from ...core.regex_needles import finditer as near_needles
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
        "如“（皖财教〔2021〕1357）”应为“（皖财教〔2021〕1357号）”；提案、建议的编号（“县政协十届六次会议第46提案”）同样检查。\n"
        "为什么：文号不完整，读者无法据以查找文件，也不合公文格式。\n"
        "不报的情形：几个序号共用一个“号”（“〔2019〕42、43号”）；“号”前有空格（PDF 排版）；序号后接“号”“第”等。\n"
        "示例：“根据《关于下达资金的通知》（皖财教〔2021〕1357），及时拨付。”"
    ),
    flag=(
        "根据《关于下达资金的通知》（皖财教〔2021〕1357），及时拨付。",
        "依据县财预〔2023〕15。",
        "关于下达2023年资金的通知\n某财资〔2023〕33 \n各市财政局：",
        "按照《建设方案》（建保〔2022〕7）执行。",
        "关于县政协九届三次会议第46提案答复的函",
        "关于县政协九届三次会议第46\n\n提案答复的函",
    ),
    keep=(
        "根据《关于下达资金的通知》（皖财教〔2021〕1357号），及时拨付。",
        "依据财社〔2019〕42、43号文件。",
        "依据（开财字〔2020〕181 号）文件。",
        "全年支出〔2023〕合计15）。",
        "关于下达2023年资金的通知\n某财资〔2023〕33号\n各市财政局：",
        "某财资〔2023〕33\n号\n各市财政局：",
        "完成项目〔2023〕12\n",
        "完成第一期项目（2023）12）。",
        "关于县政协九届三次会议第46号提案答复的函",
        "关于县政协九届三次会议第46\n号提案答复的函",
        "在县政协九届三次会议第46次提案审议中。",
    ),
)

# The bracket is matched before the lookbehind that tests the character in front of it (which then reads
# both): the same matches, but re skips to the brackets by itself instead of trying the lookbehind at every character.
_NO_HAO = regex_cache.compile(
    rf"[{re.escape(OPEN)}](?<=[\u4e00-\u9fff][{re.escape(OPEN)}])(?:19|20)\d{{2}}[{re.escape(CLOSE)}](\d{{1,4}})(?=[）)。；;])"
)
# The number alone on its line: the issuer from the line's start, the serial at its end (spaces allowed).
_LINE_ALONE = regex_cache.compile(r"(?m)^[ \t\u3000]*[\u4e00-\u9fff]{1,12}〔(?:19|20)\d{2}〕(\d{1,4})[ \t\u3000]*$")
# A session's 提案/建议 serial: 会议第46 then 提案 on the same line or the next non-blank one.
_MOTION = regex_cache.compile(r"会议第(\d{1,4})(?=[ \t\u3000]{0,4}(?:\n[ \t\u3000]{0,4}){0,3}(?:提案|建议|议案))")
_ISSUER_CHARS = set("财发办函字政卫教社预综绩规委府")  # a 代字 holds one (财资环, 某政办发, 某委)
_AGENCY = regex_cache.compile(r"[\u4e00-\u9fff]{0,6}(?:财|发|办|函|字|政|卫|教|社|预|综|绩|令|规)$")


def check(ctx):
    text = ctx.text
    for m in near_needles(_NO_HAO, text):
        # a look-alike bracket ((2023)) is a 文号 only after a 代字-like head; 〔〕 is one anywhere
        if text[m.start()] != "〔" and not _AGENCY.search(text, max(0, m.start() - 8), m.start()):
            continue
        serial = m.group(1)
        yield Finding(m.start(1), m.end(1), RULE.code, RULE.severity,
                      f"发文字号的序号“{serial}”后漏了“号”，应为“{serial}号”。", serial + "号")
    if "〕" in text:
        for m in _LINE_ALONE.finditer(text):
            head = text[m.start():m.start(1)].strip()
            if text.startswith("号", m.end() + 1) or not set(head[:head.index("〔")]) & _ISSUER_CHARS:
                continue  # the 号 wrapped to the next line; a head no issuer's 代字
            serial = m.group(1)
            yield Finding(m.start(1), m.end(1), RULE.code, RULE.severity,
                          f"发文字号的序号“{serial}”后漏了“号”，应为“{serial}号”。", serial + "号")
    if "会议第" in text:
        for m in _MOTION.finditer(text):
            serial = m.group(1)
            yield Finding(m.start(1), m.end(1), RULE.code, RULE.severity,
                          f"提案（建议）的编号“第{serial}”后漏了“号”，应为“第{serial}号”。", serial + "号")
