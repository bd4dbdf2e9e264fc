"""A 自评表 run together into one line: its column headers with no break between them.

A document site or a careless copy flattens a self-evaluation form into one
line: the funds header (年初预算数全年预算数全年执行数, 全年预算数(A)全年执行数(B)),
the goal columns (年初绩效目标…实际完成情况), then every cell's text and figure
with nothing between them. Neighbouring cells meet there by chance: the same
word ends one cell and opens the next (动物资 | 资源), and the budget and the
actual of a row glue into one four-digit figure (20 | 20 → 2020) that reads
like a year. The indicator block's header is the same sign
(年度指标值实际完成值分值得分, often with stray blanks left by the copy: 年度 指标值实际
完成值分 值得 分), and a copy that drops a character keeps the rest of the funds
header (全年预算数全年执行分值执行率): there a row's 分值 and 得分 glue into 2020
before the next label (100件100件2020质量指标). Wording rules leave such a line's
joins alone.
"""

from __future__ import annotations

from ..core import regex_cache

RUN_TOGETHER = regex_cache.compile(
    r"(?:年初|全年)预算数[^\n]{0,12}?全年执行(?:数|分值)|年初绩效目标[^\n]{0,20}?实际完成"
    r"|指标值[ \u3000]?实际[ \u3000]?完成值[ \u3000]?分[ \u3000]?值[ \u3000]?得[ \u3000]?分")


def form_run_together(line: str) -> bool:
    """Whether ``line`` holds a 自评表's column headers run together (see the module's doc)."""
    return RUN_TOGETHER.search(line) is not None


def restates_name(line: str, s: int, words: str) -> bool:
    """A line with no full stop (a table's row run together) holds ``words`` before ``s``: a doubled word's second
    copy opens a cell restating the row's name (开展安全排查…保障院内安全|安全排查次数6次), no word typed twice (W002)."""
    return "。" not in line and line.find(words, 0, s) >= 0
