"""W001: known misspellings and missing characters, from glossary/typos.yaml.

A spell checker cannot know that 特别特助金 should be 特别扶助金 or that
工作员会 lost its 委; a curated list of what actually turns up in official
writing can. Each entry carries its own must-flag and must-keep examples.
An entry marked ``severity: info`` (two spellings both in use: 疫情爆发, 作好) is told as a hint.
"""

from __future__ import annotations

from os.path import commonprefix

from .. import unspaced
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="W001",
    name="typo",
    severity="error",
    summary="错别字或漏字",
    doc=(
        "检查什么：词库 glossary/typos.yaml 中登记的公文常见错别字和漏字，如“截止2021年底”（应为截至）、"
        "“帐户/记帐”（应为账户/记账）、“特别特助金”（特别扶助金）、“工作员会”（工作委员会）、“医疗卫生服体系”（服务体系）。\n"
        "为什么：错别字损害公文的严肃性，且拼写检查工具往往查不出这类“字对词错”。\n"
        "示例：“截止2021年年底”应改为“截至2021年年底”（“截止到2021年年底”是规范说法）；“报名于6月30日截止”不报。"
    ),
    flag=("截止2021年年底，我单位预算项目共87个。", "按新财务软件核算云的记帐要求处理。", "截止 2020年9月底，已完成建设。"),
    keep=(
        "截至2021年年底，我单位预算项目共87个。", "为隔离点搭建帐篷20顶，报名于6月30日截止。",
        # a flattened table row: budget, executed, and their ratio, each in its own column (no 占 lost)
        "年度资金总额:  150.60万元 150.60万元 100%\n其中:市级补助  150.60万元 148.20万元 98.41%\n",
    ),
)


def check(ctx):
    # Read through the stray spaces of PDF and web copies ("截止 2016年"): gen.check.unspaced.
    for (s, e), hit in unspaced.listed_typos(ctx):
        written, meant = _shown(hit.text, hit.suggestion)
        yield Finding(s, e, RULE.code, hit.entry.severity or RULE.severity,
                      f"{_quoted(written)}应为{_quoted(meant)}。{hit.entry.reason}", hit.suggestion)


LONG_HEAD = 16  # characters a hit and its suggestion may share at their head before the message shortens them
KEPT_HEAD = 8  # characters of that head the message keeps before the change


def _shown(text: str, suggestion: str) -> tuple[str, str]:
    """The hit and its suggestion as the message shows them: a long title that only lost 的通知 at its end
    reads, written out twice, as one text told twice; the shared head is cut to its last few characters."""
    head = len(commonprefix([text, suggestion]))
    if head <= LONG_HEAD:
        return text, suggestion
    cut = head - KEPT_HEAD
    return "……" + text[cut:], "……" + suggestion[cut:]


def _quoted(text: str) -> str:
    """``text`` in quotation marks, the quotes it holds turned to single ones (《关于印发某县整治“三公”经费工作方案》):
    double quotes inside double quotes pair the wrong way round, and the reader sees a mangled suggestion."""
    return "“" + text.replace("“", "‘").replace("”", "’") + "”"
