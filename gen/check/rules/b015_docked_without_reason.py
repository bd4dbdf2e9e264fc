"""B015: an indicator row that missed its target and lost points, its 偏差原因 cell left empty.

A 自评表 has a column 偏差原因分析及改进措施 (未完成原因分析) after 得分: it is
there for the rows that fell short. A row whose actual value misses its target
and whose score is docked below its 分值, with nothing in that column, is an
unfinished self-evaluation: the form says what went wrong but not why.

Read only where the layout is plain:
- a row separated by | or tabs that B008 reads by its shape (comparator, target,
  actual, 分值, 得分), ending at its 得分 cell (the cells after it empty), or a
  line of its own holding "指标名 目标 实际 分值 得分" and nothing after the score;
- a header naming 得分 and then a 原因 column earlier in the text;
- a plain miss: below a ≥ target, above a ≤ target, off an = target, or short
  of a bare 100% target (nothing exceeds 100%); same unit both sides;
- the next line is not the row's reason carried over (it starts another row or
  holds no words of its own).
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Iterable, Optional

from ...core import regex_cache
from ...core.numbers import format_score
from ..context import CheckContext
from ..finding import Finding
from ..registry import Rule
from ..tables import parse_cell
from ...core.regex_needles import search as needle_search
from .b008_met_target_docked import AT_LEAST, AT_MOST, EQUAL, MAX_WEIGHT, judged_by_forms, met, shaped_rows

RULE = Rule(
    code="B015",
    name="docked-without-reason",
    severity="warning",
    summary="指标未达到指标值并已扣分，偏差原因分析栏却为空",
    doc=(
        "检查什么：自评表表头在“得分”之后设有“偏差原因分析及改进措施”（未完成原因分析）栏，"
        "某一指标行实际完成值未达到指标值（低于≥的目标、高于≤的目标、不等于＝的目标，或低于不带符号的100%），"
        "得分低于分值，该行原因栏却是空的。\n"
        "为什么：原因栏正是为未完成的指标而设，扣了分却不写原因和改进措施，自评没有完成。\n"
        "读取的表式：竖线或制表符分隔的行（行到得分为止，其后各格为空）；每个指标一行、以空格分隔、"
        "以“指标值 实际值 分值 得分”结尾的行；每格一行、空格以一行空白表示的表（指标值不带符号时按“不低于”读）。\n"
        "不报的情形：表头没有原因栏；得分等于分值；定性指标；单位不同；下一行是该行原因的续行。\n"
        "示例：“| 社会效益指标 | 政策知晓率 | ＝ | 100 | % | 98% | 10 | 9 |”，原因栏为空。"
    ),
    flag=(
        "| 三级指标 | 指标性质 | 指标值 | 度量单位 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |\n"
        "| 培训人数 | ≥ | 300 | 人 | 280 | 20 | 18 | |\n| 满意度 | ≥ | 90 | % | 95% | 10 | 10 | |\n",
        "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施\n"
        "质量指标 指标1:设备完好率 100% 96% 10 8\n指标2:培训合格率 ≥90% 95% 10 10\n",
        # one cell a line, the empty reason cell a line of spaces
        "三级指标\n\n年度指标值\n\n实际完成值\n\n分值\n\n得分\n\n偏差原因分析及改进措施\n\n"
        "门诊人次\n\n5000人次\n\n4700人次\n\n10\n\n9\n\n \n\n",
    ),
    keep=(
        # one cell a line: met, or the reason filled in
        "三级指标\n\n年度指标值\n\n实际完成值\n\n分值\n\n得分\n\n偏差原因分析及改进措施\n\n"
        "门诊人次\n\n5000人次\n\n5200人次\n\n10\n\n9\n\n \n\n"
        "住院人次\n\n800人次\n\n760人次\n\n10\n\n9\n\n床位不足\n\n",
        # the reason written in its cell
        "| 三级指标 | 指标性质 | 指标值 | 度量单位 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |\n"
        "| 培训人数 | ≥ | 300 | 人 | 280 | 20 | 18 | 学员因疫情缺席 |\n",
        "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施\n"
        "质量指标 指标1:设备完好率 100% 96% 10 8 部分设备老化待更换\n",
        # no reason column in the form
        "| 三级指标 | 指标性质 | 指标值 | 度量单位 | 实际完成值 | 分值 | 得分 |\n"
        "| 培训人数 | ≥ | 300 | 人 | 280 | 20 | 18 |\n",
        # met, or missed with full points (B011's), or a bare target other than 100%
        "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施\n"
        "质量指标 指标1:设备完好率 100% 100% 10 8\n指标2:培训合格率 ≥90% 85% 10 10\n"
        "指标3:维修费用 5000元 5200元 10 8\n",
        # the reason carried over to the next line
        "| 三级指标 | 指标性质 | 指标值 | 度量单位 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |\n"
        "| 培训人数 | ≥ | 300 | 人 | 280 | 20 | 18 |\n| 部分学员因病缺席，下年度加强组织 |\n",
    ),
)

_REASON_HEADER = regex_cache.compile(r"得\s{0,2}分[\s|\t]{1,8}(?:偏差|未完成|未达标|差异|偏离)?原因")
# A line of its own: "…名称 目标 实际 分值 得分" (the target may carry its comparator)
_LINE_ROW = regex_cache.compile(
    r"(?P<cmp>≥|≧|≤|≦|>=|<=)?(?P<t>\d{1,9}(?:\.\d{1,4})?)(?P<tu>%|[\u4e00-\u9fff]{1,3})?[ \u3000]{1,3}"
    r"(?P<a>\d{1,9}(?:\.\d{1,4})?)(?P<au>%|[\u4e00-\u9fff]{1,3})?[ \u3000]{1,3}"
    r"(?P<w>\d{1,3}(?:\.\d{1,2})?)[ \u3000]{1,3}(?P<s>\d{1,3}(?:\.\d{1,2})?)[ \u3000]{0,3}$"
)
_LINE_NAME = regex_cache.compile(r"[\u4e00-\u9fff]{2}")
MAX_LINE = 120


def _missed(comparator: str, actual: Decimal, target: Decimal, unit: str) -> bool:
    if comparator in AT_LEAST or comparator in AT_MOST or comparator in EQUAL:
        return not met(comparator, actual, target)
    return comparator == "" and unit == "%" and target == 100 and actual < target  # nothing exceeds 100%


def _next_line_free(text: str, end: int) -> bool:
    """The line after the row is not its reason carried over: none, blank, or another row (it names an
    indicator or has several filled cells)."""
    nl = text.find("\n", end)
    if nl == -1:
        return True
    nxt = text[nl + 1:text.find("\n", nl + 1) if text.find("\n", nl + 1) != -1 else len(text)]
    filled = [c for c in re.split(r"[|\t]", nxt) if c.strip()]
    return len(filled) != 1 or "指标" in nxt or not _LINE_NAME.search(nxt)


def _separated_rows(ctx: CheckContext) -> Iterable[tuple[int, int, str, Decimal, Decimal]]:
    """(start, end, score cell, 分值, 得分) of each pipe or tab row B008 reads that missed and ends at its score."""
    text = ctx.text
    judged = None
    for pos, (comparator, target, actual, weight, score, (offset, cell)) in shaped_rows(ctx):
        if isinstance(actual, str) or score >= weight or not _missed(comparator, actual, target, ""):
            continue
        start = pos + offset
        end = start + len(cell)
        line_end = text.find("\n", end)
        rest = text[end:line_end if line_end != -1 else len(text)]
        if rest.strip(" |\t\u3000") or "|" not in rest and "\t" not in rest:
            continue  # a reason after the score, or a row flattened with spaces (the next row follows)
        judged = judged_by_forms(ctx) if judged is None else judged
        if start not in judged and _next_line_free(text, end):
            yield start, end, cell, weight, score


def _line_rows(ctx: CheckContext) -> Iterable[tuple[int, int, str, Decimal, Decimal]]:
    text = ctx.text
    pos = 0
    for line in text.split("\n"):
        m = _LINE_ROW.search(line) if len(line) <= MAX_LINE and "|" not in line and "\t" not in line else None
        row = _line_row(m) if m is not None and _LINE_NAME.search(line, 0, m.start()) else None
        if row is not None and _next_line_free(text, pos + m.end("s")):
            weight, score = row
            yield pos + m.start("s"), pos + m.end("s"), m.group("s"), weight, score
        pos += len(line) + 1


def _line_row(m: re.Match) -> Optional[tuple[Decimal, Decimal]]:
    unit, weight, score = m.group("tu") or "", Decimal(m.group("w")), Decimal(m.group("s"))
    if (m.group("au") or "") != unit or not 0 < weight <= MAX_WEIGHT or score >= weight:
        return None
    if not _missed(m.group("cmp") or "", Decimal(m.group("a")), Decimal(m.group("t")), unit):
        return None
    return weight, score


MAX_CELL_LINE = 24  # a line holding one cell of a form flattened one cell a line


def _cell_lines(text: str) -> list[tuple[int, int, str]]:
    """The cells of a form flattened one cell a line with blank lines between them, where an empty
    cell is a line of spaces (the page's own mark) and a line with nothing on it only parts two cells."""
    out, pos = [], 0
    for line in text.split("\n"):
        if line:
            out.append((pos, pos + len(line), line.strip()))
        pos += len(line) + 1
    return out


def _cell_line_rows(ctx: CheckContext) -> Iterable[tuple[int, int, str, Decimal, Decimal]]:
    """"1100万元 / 1093万元 / 6 / 5 / (a line of spaces)": target, actual, 分值, 得分 and the empty
    reason cell, each a short line of its own. A target without a comparator reads as at least."""
    cells = _cell_lines(ctx.text)
    for j in range(len(cells) - 4):
        window = cells[j:j + 5]
        if window[4][2] or any(e - s > MAX_CELL_LINE for s, e, _ in window) or not all(t for _, _, t in window[:4]):
            continue
        target, actual, weight, score = (parse_cell(t) for _, _, t in window[:4])
        if None in (target, actual, weight, score) or actual.comparator or weight.unit or score.unit:  # type: ignore[union-attr]
            continue
        if target.unit != actual.unit or not 0 < weight.value <= MAX_WEIGHT or score.value >= weight.value:  # type: ignore[union-attr]
            continue
        comparator = target.comparator or "≥"  # type: ignore[union-attr]
        if _missed(comparator, actual.value, target.value, target.unit):  # type: ignore[union-attr]
            # the finding spans the actual value to the score: the row's lines between them
            yield window[1][0], window[3][1], window[3][2], weight.value, score.value  # type: ignore[union-attr]


def check(ctx: CheckContext) -> Iterable[Finding]:
    header = needle_search(_REASON_HEADER, ctx.text)  # re.search's match, found near its needles
    if header is None:
        return
    seen = set()
    for start, end, cell, weight, score in (*_separated_rows(ctx), *_line_rows(ctx), *_cell_line_rows(ctx)):
        if start < header.end() or start in seen:
            continue
        seen.add(start)
        yield Finding(
            start, end, RULE.code, RULE.severity,
            f"该指标未达到指标值，得分{cell}低于分值{format_score(weight)}，但偏差原因分析栏为空，"
            "应写明未完成的原因和改进措施",
        )
