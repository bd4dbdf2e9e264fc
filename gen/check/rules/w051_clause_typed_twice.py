"""W051: a clause typed twice, a comma between (如对本报告有疑问，如对本报告有疑问，请联系……).

W002 reads words typed twice and a run-in label doubled before its colon. A whole clause pasted twice
(an edit that inserted the clause again instead of moving it) slips past both: five or more Chinese
characters (a clause, or its tail: 我局坚持以公开为常态，坚持以公开为常态), a comma, the very same characters,
then a stop or comma (基本康复服务，基本康复服务率 goes on into a longer word: no clause doubled). Reports do repeat a word
for stress (加油，加油), but not a clause of five characters or more back to back; a cell of a
flattened table repeated across a row is short, or stands between blanks and bars, not commas inside a
sentence.

The pattern is bounded (a clause of 5 to 20 characters, a back-reference to it), so it costs a few
comparisons per comma. It reads the shared Simplified view (gen.check.unspaced).
"""

from __future__ import annotations

from ...core import regex_cache
from .. import unspaced
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="W051",
    name="clause-typed-twice",
    severity="warning",
    summary="同一分句连写两遍（“如对本报告有疑问，如对本报告有疑问，……”）",
    doc=(
        "检查什么：五个字以上的同一分句，中间隔一个逗号，紧接着又写了一遍（“如对本报告有疑问，如对本报告有疑问，请与本局联系”）。\n"
        "为什么：分句重复是编辑时粘贴了两次，读来不通，应删去一处。\n"
        "不报的情形：四个字以内的重复（“加油，加油”）；两次之间不是逗号的（表格中的单元格、标题和正文）。\n"
        "示例：“如对本报告有疑问，如对本报告有疑问，请与本局联系”应为“如对本报告有疑问，请与本局联系”。"
    ),
    flag=(
        "如对本报告有疑问，如对本报告有疑问，请与县政府办公室联系。",
        "我局坚持以公开为常态，坚持以公开为常态，不公开为例外。",
    ),
    keep=(
        "如对本报告有疑问，请与县政府办公室联系。",
        "加油，加油，再加油！",
        "合计 | 合计 | 合计\n一般公共预算，政府性基金预算。",
        "坚持以公开为常态，以不公开为例外。",
        "提供残疾人基本康复服务，基本康复服务率达100%。",
    ),
)

# A clause (or a clause's tail) of 5-20 Chinese characters, a comma, the same clause, then more of the sentence.
_TWICE = regex_cache.compile(
    r"([\u4e00-\u9fff]{5,20})[，,]\1(?=[，,。；;！？!?])")
_COMMA = regex_cache.compile(r"[，,]")


def _matches(text: str):
    """``_TWICE.finditer(text)``, tried only at the run of Chinese before each comma: the clause before the comma is
    all Chinese, so its start lies at most 20 characters back in that run and its first character must open what
    follows the comma (a regex opening on a class of every Chinese character was tried at each of them)."""
    last = 0
    for c in _COMMA.finditer(text):
        p = c.start()
        lo, j = max(last, p - 20), p
        if text[p + 1:p + 2] not in text[lo:p - 4]:
            continue  # told before the walk back: text[j:p - 4] below lies inside this reach (most commas end here)
        while j > lo and "\u4e00" <= text[j - 1] <= "\u9fff":
            j -= 1
        if p - j < 5 or text[p + 1:p + 2] not in text[j:p - 4]:
            continue
        for i in range(j, p - 4):
            m = _TWICE.match(text, i)
            if m:
                yield m
                last = m.end()
                break


def check(ctx):
    view = unspaced.of(ctx)
    for m in _matches(view.text):
        clause = m.group(1)
        s, e = view.span(m.start(1) + len(clause) + 1, m.end())
        yield Finding(s, e, RULE.code, RULE.severity,
                      f"分句“{clause}”连写了两遍，应删去一处。", None)
