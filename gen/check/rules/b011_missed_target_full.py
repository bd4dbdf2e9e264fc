"""B011: an indicator row whose actual value misses its target but scores its full 分值.

The mirror of B008. Under every scoring rule set a quantified indicator that
falls short of its target (below a ≥ target, above a ≤ target) loses points in
proportion or by grade; full points for a shortfall mean either the score or
the actual value is wrong. Rows are read the way B008 reads them (pipe, tab and
space-flattened rows, comparator in its own cell or in the target cell), and in
one more layout that PDFs and web pages produce: a table flattened one cell a
line ("分值 |", "≥4754人 |", "4604人 |", "5 |"), where the header cells earlier in
the same run of cell lines give the order of the 分值, 指标值, 实际值 and 得分
columns (glossary/tables.yaml roles), since forms put 分值 first or last.

Precision first, it speaks only when
- target and actual are both figures in the same unit (元/户 against 元/户; a
  bare actual under a % target that could be a fraction is not read);
- the comparator is ≥ or ≤ (or their look-alikes, >= <=); = and qualitative
  targets, ranges and words (达标, 较好) are never read;
- the text states no tolerance granting full points short of the target
  (偏差5%以内得满分, 完成90%以上得满分): then the form's own rule decides;
- F001 has not judged the row already by the form's scoring rule.
"""

from __future__ import annotations

from decimal import Decimal

from ...core import regex_cache
from ...core.numbers import format_score
from ...core.quantities import parse_number
from ...core.regex_needles import search as near_search
from ...core.text_lines import lines_with
from ..finding import Finding
from ..registry import Rule
from ..table_roles import roles
from .b008_met_target_docked import MAX_WEIGHT, AT_LEAST, AT_MOST, judged_by_forms, shaped_rows

RULE = Rule(
    code="B011",
    name="missed-target-full-score",
    severity="warning",
    summary="实际完成值未达到指标值，得分却为满分",
    doc=(
        "检查什么：自评表指标行中，实际完成值未达到指标值（≥时低于指标值、≤时高于指标值），得分却等于分值（满分）。\n"
        "为什么：按评分规则，未完成指标值的指标应按完成比例或档次扣分，只有完成的才得满分；"
        "未完成却得满分，不是得分填错，就是实际完成值或指标值填错。\n"
        "读取的表式：与B008相同（竖线、制表符分隔的行，网页转出压成一行的表）；另有每格一行"
        "（“分值 |”“≥4754人 |”“4604人 |”“5 |”）的表，按前面表头中分值、指标值、实际值、得分的顺序读取。\n"
        "不报的情形：定性指标、区间、“达标”等文字；指标值与实际值单位不同；“=”指标；"
        "文中写明偏差在一定范围内仍得满分（如“偏差5%以内得满分”）；F001 已按评分规则核对过的行。\n"
        "示例：“培训人数 | ≥ | 300 | 人 | 280 | 20 | 20”，实际280人未达到≥300人，却得满分20分。"
    ),
    flag=(
        "| 数量指标 | 培训人数 | ≥ | 300 | 人 | 280 | 20 | 20 |\n",
        "成本指标\t人均补助标准\t≤\t500\t元\t560\t10\t10\n",
        "| 质量指标 | 验收合格率 | ≥95% | 91% | 10 | 10 |\n",
        # one cell a line, 分值 before the target, units with a slash
        "三级指标 |\n分值 |\n年度指标值 |\n全年实际值 |\n得分 |\n"
        "入户走访户数 |\n10 |\n>=1200户 |\n1150户 |\n10 |\n|\n"
        "每户补助标准 |\n5 |\n<=800元/户 |\n860元/户 |\n5 |\n|\n",
    ),
    keep=(
        "| 数量指标 | 培训人数 | ≥ | 300 | 人 | 280 | 20 | 18 |\n",
        "| 数量指标 | 培训人数 | ≥ | 300 | 人 | 320 | 20 | 20 |\n",
        "| 质量指标 | 验收合格率 | ≥95% | 0.93 | 10 | 10 |\n",
        "| 社会效益指标 | 政策知晓率 | = | 100 | % | 98% | 10 | 10 |\n",
        "| 满意度指标 | 群众满意度 | ≥ | 95 | % | 较好 | 10 | 10 |\n",
        # a tolerance stated with the form: full points within it
        "评分规则：实际完成值与指标值偏差在5%以内的得满分。\n| 数量指标 | 培训人数 | ≥ | 300 | 人 | 290 | 20 | 20 |\n",
        # one cell a line: met, docked, or units that differ
        "三级指标 |\n分值 |\n年度指标值 |\n全年实际值 |\n得分 |\n"
        "入户走访户数 |\n10 |\n>=1200户 |\n1250户 |\n10 |\n|\n"
        "每户补助标准 |\n5 |\n<=800元/户 |\n860元/户 |\n4 |\n|\n"
        "每人补助标准 |\n5 |\n<=800元/户 |\n900元/人 |\n5 |\n|\n",
        # no header naming the columns: cells are not read by position
        "入户走访户数 |\n10 |\n>=1200户 |\n1150户 |\n10 |\n",
    ),
)

_TOLERANCE = regex_cache.compile(
    r"(?:偏差|误差|差距|完成(?:率|度|比例)?)[^。\n]{0,16}(?:以内|之内|以上|范围内)[^。\n]{0,8}(?:得满分|得全分|满分|不扣分)"
)
MAX_CELL_LINE = 300
MAX_FILLED = 3  # filled cells on one line of a table flattened one cell a line (joined short lines)
_TARGET = regex_cache.compile(r"^(≥|≧|>=|＞=|≤|≦|<=|＜=)\s{0,2}(\S.{0,20})$")
_FIGURE = regex_cache.compile(
    r"^(?P<num>\d{1,9}(?:\.\d{1,4})?)\s{0,2}(?P<unit>%|％|[\u4e00-\u9fff]{1,3}(?:[/／·*][\u4e00-\u9fff]{1,3}){0,2})?$"
)
_COLUMNS = ("weight", "target", "value", "score")
MAX_HEADER_CELL = 16


def _figure(text: str) -> tuple[Decimal, str] | None:
    m = _FIGURE.match(text)
    if not m:
        return None
    parsed = parse_number(m.group("num"))
    return (parsed[0], (m.group("unit") or "").replace("％", "%").replace("／", "/")) if parsed else None


def _missed(comparator: str, actual: Decimal, target: Decimal) -> bool:
    """An at-least or at-most target the actual falls short of (B008's reading of the comparator, read
    the other way round); an equality target is never judged missed here."""
    return (comparator in AT_LEAST and actual < target) or (comparator in AT_MOST and actual > target)


def _line_cells(line: str, pos: int):
    """The cells of a line that ends in a pipe and holds at most a few filled cells (a table
    flattened one cell a line, where the reader joined a short line to the next: "名称 |5 |"),
    as (start, end, text); None for any other line."""
    body = line.rstrip()
    if not body.endswith("|") or len(body) > MAX_CELL_LINE:
        return None
    pieces = body[:-1].split("|")
    if len(pieces) > MAX_FILLED and sum(1 for piece in pieces if piece.strip()) > MAX_FILLED:
        return None  # a table's row of cells (most pipe lines of a report): told before a span is made for each
    cells, at = [], 0
    for piece in pieces:
        lead = len(piece) - len(piece.lstrip())
        cells.append((pos + at + lead, pos + at + len(piece.rstrip()), piece.strip()))
        at += len(piece) + 1
    return cells


_PIPE = regex_cache.compile(r"\|")


def _cell_runs(text: str):
    """Runs of consecutive lines of :func:`_line_cells`, as one list of (start, end, cell text). Only the
    lines with a pipe are read (text_lines.lines_with); a line without one ends a run."""
    run, last = [], -2  # last: the index of the line whose cells ended the run so far
    for n, pos, line in lines_with(text, _PIPE):
        if run and n != last + 1:  # lines without a pipe came between: they ended the run
            if len(run) >= len(_COLUMNS):
                yield run
            run = []
        cells = _line_cells(line, pos)
        if cells is not None:
            run.extend(cells)
            last = n
        else:
            if len(run) >= len(_COLUMNS):
                yield run
            run = []
    if len(run) >= len(_COLUMNS):
        yield run


def _header_order(cells) -> tuple[int, tuple[str, ...]] | None:
    """(index after the header, column order) for four adjacent header cells naming 分值, 指标值, 实际值
    and 得分 in any order; None when the run has no such header."""
    names = [roles().column_role(c[2]) if 0 < len(c[2]) <= MAX_HEADER_CELL else "" for c in cells]
    for i in range(len(names) - len(_COLUMNS) + 1):
        window = tuple(names[i:i + len(_COLUMNS)])
        if sorted(window) == sorted(_COLUMNS):
            return i + len(_COLUMNS), window
    return None


def _cell_rows(text: str):
    """(comparator, target, actual, weight, score, start, end) of each row of a table flattened one cell
    a line, under a header giving the order of the four columns; start/end span actual to score."""
    for cells in _cell_runs(text):
        header = _header_order(cells)
        if header is None:
            continue
        begin, order = header
        at = order.index("target")
        for j in range(begin + at, len(cells) - (len(order) - 1 - at)):
            m = _TARGET.match(cells[j][2])
            if not m:
                continue
            row = dict(zip(order, cells[j - at:j - at + len(order)]))
            target, actual = _figure(m.group(2)), _figure(row["value"][2])
            weight, score = _figure(row["weight"][2]), _figure(row["score"][2])
            if None in (target, actual, weight, score) or weight[1] or score[1] or actual[1] != target[1]:
                continue
            first, last = min(row["value"][0], row["score"][0]), max(row["value"][1], row["score"][1])
            yield m.group(1), target[0], actual[0], weight[0], score[0], first, last, row["score"][2], target[1]


def _shaped_rows(ctx):
    """Rows B008 reads by shape (pipe, tab, space-flattened), in the same tuple form as :func:`_cell_rows`."""
    judged = None
    for pos, (comparator, target, actual, weight, score, (offset, cell)) in shaped_rows(ctx):
        if isinstance(actual, str) or not _missed(comparator, actual, target) or score != weight:
            continue
        if actual <= 1 < target:  # a fraction (0.93) under a percentage target: not the same unit
            continue
        judged = judged_by_forms(ctx) if judged is None else judged
        if pos + offset in judged:
            continue
        yield comparator, target, actual, weight, score, pos + offset, pos + offset + len(cell), cell, ""


def check(ctx):
    text = ctx.text
    if not any(c in text for c in ("≥", "≧", "≤", "≦", ">=", "<=", "＞=", "＜=")):
        return
    if near_search(_TOLERANCE, text):
        return  # the form grants full points short of the target: its own rule decides
    seen = set()
    for row in (*_shaped_rows(ctx), *_cell_rows(text)):
        comparator, target, actual, weight, score, start, end, cell, unit = row
        if score != weight or not _missed(comparator, actual, target) or not 0 < weight <= MAX_WEIGHT or start in seen:
            continue
        seen.add(start)
        sign = "≥" if comparator in AT_LEAST else "≤"
        yield Finding(
            start, end, RULE.code, RULE.severity,
            f"实际完成值{format_score(actual)}{unit}未达到指标值（{sign}{format_score(target)}{unit}），"
            f"得分却为满分{format_score(weight)}分；未完成的指标应按完成程度扣分，请核对得分或实际完成值。",
        )
