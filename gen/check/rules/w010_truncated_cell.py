"""W010: a table cell cut short ("…发放成本预" where the table elsewhere says "成本预算").

Indicator names in a 自评表 are long and the cells narrow; text pasted into
a fixed-width cell, or a column width set in a spreadsheet, loses the last
character of the name. The sign is double: the cell ends in a character
that rarely stands alone as a word (预, 执, 标 — jieba's dictionary knows
预算 far more often than 预), and the same document completes the very same
ending elsewhere (成本预 → 成本预算). Both must hold, so a cell that ends in
a word (…满意度, …元/人) or whose ending the document never completes is left
alone. A name ending in "委" is the standard short form of a 委员会 (市发展改革委, 卫健委),
not a cut of the "改革委员会" the same page writes in full.
"""

from __future__ import annotations

import re

from ...core import regex_cache
from ..confusion import freq
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="W010",
    name="truncated-cell",
    severity="warning",
    summary="表格单元格中的名称少了末尾的字",
    doc=(
        "检查什么：表格单元格里的指标、项目名称末尾少了字：单元格以一个很少单独成词的字结尾（预、执、标），"
        "而同一文档别处有补全的写法（“成本预”对“成本预算”）。\n"
        "为什么：指标名称多从表格或系统中复制，单元格宽度不够或粘贴时截断，名称就不完整，评审人员会认为表格填报不认真。\n"
        "不报的情形：单元格以完整的词结尾；文档中没有补全的写法；数字和符号单元格。\n"
        "示例：“工作经费发放成本预”应为“工作经费发放成本预算”。"
    ),
    flag=(
        "成本指标 | 网络宣传成本预算 | ≤ | 1000 | 元\n成本指标 | 工作经费发放成本预 | = | 1 | 元/人\n",
        "产出指标\t预算执行率\t100%\n产出指标\t项目资金预算执\t95%\n",
    ),
    keep=(
        "成本指标 | 网络宣传成本预算 | ≤ | 1000 | 元\n成本指标 | 工作经费发放成本预算 | = | 1 | 元/人\n",
        "满意度指标 | 参保人员满意度 | ≥ | 90 | %\n满意度指标 | 服务对象满意 | ≥ | 90 | %\n",
        "成本指标 | 工作经费发放成本预 | = | 1 | 元/人\n效益指标 | 群众知晓率 | = | 100 | %\n",
        "发布机构 | 区发展改革委 | 成文日期 | 2021-05-06\n区发展和改革委员会2020年度部门决算\n",
    ),
)

MIN_CELL = 4
SHORT_FORM_ENDINGS = "委"  # 发展改革委, 卫健委: a 委员会's standard short name
TAIL = 3  # the ending matched elsewhere: the cut character and the two before it
# The completed word must be this many times more frequent than the cut character alone.
BOUND_RATIO = 3
_HAN = regex_cache.compile(r"[\u4e00-\u9fff]")


def check(ctx):
    text = ctx.text
    seen: dict[str, set[str]] = {}  # tail -> the characters that follow it in the text: one scan per tail
    for table in ctx.tables:
        for row in table.rows:
            for cell in row.cells:
                found = _truncated(text, cell, seen)
                if found:
                    yield Finding(cell.start, cell.end, RULE.code, RULE.severity,
                                  f"“{cell.text}”末尾疑似少了字：本文档别处写作“{found}”。", cell.text + found[-1])


def _truncated(text: str, cell, seen: dict[str, set[str]]) -> str:
    """The completed ending ("成本预算") when the cell is cut short, else ""."""
    name = cell.text
    if cell.number is not None or len(name) < MIN_CELL or not all("\u4e00" <= ch <= "\u9fff" for ch in name[-TAIL:]):
        return ""
    if name[-1] in SHORT_FORM_ENDINGS:
        return ""
    if not _last_word_is_single(name):
        return ""
    tail = name[-TAIL:]
    completions = seen.get(tail)
    if completions is None:
        completions = seen[tail] = {text[m.end()] for m in re.finditer(re.escape(tail), text)
                                    if m.end() < len(text) and _HAN.match(text[m.end()])}
    cut = tail[-1]
    best = max(completions, key=lambda ch: freq(cut + ch), default="")
    if not best or freq(cut + best) < BOUND_RATIO * max(freq(cut), 1):
        return ""
    return tail + best


def _last_word_is_single(name: str) -> bool:
    from ..analyse import short_words  # loaded lazily: only long text cells need it

    words = short_words(name[-8:])
    return bool(words) and len(words[-1]) == 1
