"""W051: a clause typed twice, a comma between (如对本报告有疑问，如对本报告有疑问，请联系……).

W002 reads words typed twice and a run-in label doubled before its colon. A whole clause pasted twice
(an edit that inserted the clause again instead of moving it) slips past both: five or more Chinese
characters (a clause, or its tail: 我局坚持以公开为常态，坚持以公开为常态; with the figure and quotes of a count it
carries: 排查出“挂案” 5起，排查出“挂案” 5起), a comma, the very same characters,
then a stop or comma (基本康复服务，基本康复服务率 goes on into a longer word: no clause doubled). Reports do repeat a word
for stress (加油，加油), but not a clause of five characters or more back to back; a cell of a
flattened table repeated across a row is short, or stands between blanks and bars, not commas inside a
sentence.

The pattern is bounded (a clause of 5 to 40 characters, a back-reference to it), so it costs a few
comparisons per comma. It reads the shared Simplified view (gen.check.unspaced).
"""

from __future__ import annotations

from ...core import regex_cache
from ...core.text_pairs import char_positions
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
        "共清理出涉企刑事诉讼“挂案” 7起，共清理出涉企刑事诉讼“挂案” 7起，已全部办结。",
    ),
    keep=(
        "如对本报告有疑问，请与县政府办公室联系。",
        "一季度办结7起，二季度办结7起，三季度办结7起。",
        "办理期限不超过15个工作日的件数，超过15个工作日的件数。",
        "加油，加油，再加油！",
        "合计 | 合计 | 合计\n一般公共预算，政府性基金预算。",
        "坚持以公开为常态，以不公开为例外。",
        "提供残疾人基本康复服务，基本康复服务率达100%。",
    ),
)

# A clause (or a clause's tail) of 5-40 characters, a comma, the same clause, then more of the sentence. The clause
# opens on a Chinese character and may hold the figures, quotes and title marks of a count (排查出涉企“挂案” 5起，
# 排查出涉企“挂案” 5起，): a clause pasted twice carries its figure with it. _MIN_HAN Chinese characters at least,
# so a repeated figure with its measure word (5起，5起) is no clause.
_MARKS = "“”‘’《》.% "
_INNER = "\u4e00-\u9fff0-9" + _MARKS
_TWICE = regex_cache.compile(
    rf"([\u4e00-\u9fff][{_INNER}]{{4,39}})[，,]\1(?=[，,。；;！？!?])")
_COMMAS = "，,"
_MIN_HAN = 5
_REACH = 40
# A clause's tail repeated after a negation is a contrast, not a paste: 不超过20个工作日的比例，超过20个工作日的比例.
_NEGATIONS = ("不", "未", "非", "无", "没")


def _matches(text: str):
    """``_TWICE.finditer(text)``, tried only at the run of clause characters before each comma: the clause before the
    comma is made of them, so its start lies at most _REACH characters back in that run and its first three
    characters (it has five or more) must open what follows the comma (a regex opening on a class of every Chinese
    character was tried at each of them; its first character alone let a third of the commas through, three let
    one in twenty: 4,712 commas, 203 walks back, in 200,000 characters)."""
    last = 0
    for p in char_positions(text, _COMMAS):  # each comma's offset, a long text's read at once (gen.core.text_pairs)
        lo, j = max(last, p - _REACH), p
        head = text[p + 1:p + 4]  # a clause starting at i < p - 4 holds it at text[i:i + 3], inside text[lo:p - 1]
        if head not in text[lo:p - 1]:
            continue  # told before the walk back: text[j:p - 1] below lies inside this reach (most commas end here)
        while j > lo and _inner(text[j - 1]):
            j -= 1
        if p - j < 5 or head not in text[j:p - 1]:
            continue
        for i in range(j, p - 4):
            m = _TWICE.match(text, i)
            if m and sum("\u4e00" <= ch <= "\u9fff" for ch in m.group(1)) >= _MIN_HAN \
                    and text[i - 1:i] not in _NEGATIONS:
                yield m
                last = m.end()
                break


def _inner(ch: str) -> bool:
    """Whether ``ch`` may stand inside a clause: a Chinese character, or a figure's or a quote's mark."""
    return "\u4e00" <= ch <= "\u9fff" or "0" <= ch <= "9" or ch in _MARKS


def check(ctx):
    view = unspaced.of(ctx)
    for m in _matches(view.text):
        clause = m.group(1)
        s, e = view.span(m.start(1) + len(clause) + 1, m.end())
        yield Finding(s, e, RULE.code, RULE.severity,
                      f"分句“{clause}”连写了两遍，应删去一处。", None)
