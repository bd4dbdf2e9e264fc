"""W076: a sentence that opens on a bare 过 whose 经 (经过) was lost (过与会代表们的讨论和表决，会议通过了……).

Reports of meetings, reviews and projects of every body open a sentence on the way a result was reached: 经过与会
代表的讨论和表决，会议通过了4个报告; 经过全体干部的共同努力，各项任务全面完成. When the first character is lost the
sentence opens on 过 alone, which no sentence of a report does: 过 opens one only as the first character of a word
(过去, 过程, 过渡, 过半 …). Of 1,900 older reports none opens a sentence on 过 outside such a word but this slip.

Read only a 过 that opens a paragraph or follows a full stop (after at most four blanks), that makes no word with
the character after it (the listed word starts), and whose clause names the act that led to the result (讨论, 审议,
研究, 努力, 协商 …): 过 before anything else is not read. It reads the shared Simplified view (gen.check.unspaced),
so a Traditional mirror's 過 is read too.
"""

from __future__ import annotations

from typing import Iterable

from ...core import regex_cache
from .. import unspaced
from ..context import CheckContext
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="W076",
    name="opening-guo-lost-jing",
    severity="warning",
    summary="句首“经过”漏了“经”（“过与会代表的讨论和表决，会议通过了……”）",
    doc=(
        "检查什么：段落或句子以单独的“过”开头，分句里写的是得出结果的过程（讨论、审议、表决、研究、努力、协商等），"
        "如“过与会代表们的讨论和表决，会议通过了这4个报告”，应为“经过与会代表们的讨论和表决”。\n"
        "为什么：“经过……的讨论（努力）”是介词结构，丢了“经”，句子以“过”开头，读不通。\n"
        "不报的情形：“过去”“过程”“过渡”“过半”等以“过”开头的词；分句里没有讨论、审议、努力一类过程的。\n"
        "示例：“过全体干部职工的共同努力，全年任务圆满完成”应为“经过全体干部职工的共同努力，……”。"
    ),
    flag=(
        "会议听取了四个报告。过与会委员的认真讨论和表决，会议通过了上述报告。",
        "过全体干部职工的共同努力，全年各项任务圆满完成。\n",
    ),
    keep=(
        "经过与会委员的认真讨论和表决，会议通过了上述报告。过去一年，全体干部职工共同努力。",
        "过程管理方面，经集体研究决定。过半数委员讨论通过。\n过渡期内，经协商一致。",
        "通过与会委员的讨论，会议通过了报告。过关斩将，勇于拼搏。",
    ),
)

_OPENERS = "\n。；;！!？?"
_BLANKS = " \t\u3000"
# Words that start with 过 and may open a sentence: a bare 过 before any of these characters is the word's.
_WORD_SECOND = frozenset("去年程渡半往度硬滤期细问量多少了来于分节后冬夜户关错失敏载热剩继目账磅秤桥路街江河境")
# The act that led to the result, named in the clause the bare 过 opens.
_ACT = regex_cache.compile(r"讨论|审议|表决|研究|努力|协商|论证|评审|磋商|奋斗|审查|调研|考察|比选|筛选|整改|治理|实践|摸索")
_CLAUSE_END = regex_cache.compile(r"[，,。；;！!？?\n]")
_REACH = 40  # characters of the clause read for the act


def _opens_sentence(text: str, at: int) -> bool:
    j = at
    while j > 0 and at - j < 4 and text[j - 1] in _BLANKS:
        j -= 1
    return j == 0 or text[j - 1] in _OPENERS


def check(ctx: CheckContext) -> Iterable[Finding]:
    view = unspaced.of(ctx)
    text = view.text
    at = text.find("过")
    while at >= 0:
        nxt = text[at + 1:at + 2]
        if nxt and nxt not in _WORD_SECOND and "\u4e00" <= nxt <= "\u9fff" and _opens_sentence(text, at):
            end_m = _CLAUSE_END.search(text, at + 1, at + 1 + _REACH)
            end = end_m.start() if end_m else min(len(text), at + 1 + _REACH)
            act = _ACT.search(text, at + 1, end)
            if act:
                s, e = view.span(at, act.end())
                yield Finding(
                    s, e, RULE.code, RULE.severity,
                    f"句首“过{text[at + 1:act.end()]}”漏了“经”：“经过……的{act.group()}”是介词结构，"
                    f"应为“经过{text[at + 1:act.end()]}”。",
                    f"经过{text[at + 1:act.end()]}",
                )
        at = text.find("过", at + 1)
