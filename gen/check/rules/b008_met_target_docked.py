"""B008: an indicator row that met its target but scores below its 分值.

A 自评表 indicator row reads "指标性质 | 指标值 | 度量单位 | 实际完成值 | 分值 |
得分" ("≥ | 100 | % | 100% | 10 | 7"). Under every scoring rule set an
indicator whose actual value meets the target gets its full 分值; points are
docked only for a shortfall. F001 recalculates scores in the forms it
recognises by their headers; the forms pasted from PDFs and web pages often
lose their header row or have it merged with others, so that F001 cannot read
a row's score; this rule reads the row by its shape instead (a row F001 has
judged is left to F001). The comparator may also be written in the target
cell ("≥95% | 98% | 10 | 8"), as the national form does: a cell holding only the comparator (≥ ≤ = and their
look-alikes), then the target, an optional unit cell, the actual value, the
分值 and the 得分. It speaks only when all four figures are read and the
comparison is plain (the same unit, or a percentage against a bare number
whose unit cell is %).

A qualitative target met word for word is read too: the actual cell repeats
the target cell exactly ("按期完成 | 按期完成 | 10 | 8", or the same with single
spaces in a row pasted one a line), the row's last two cells being its 分值 and
得分, under a header that names them (分值 得分, 权重 得分) earlier in the text.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from ...core import regex_cache
from ...core.numbers import format_score
from ...core.quantities import parse_number
from ...core.regex_needles import contains
from ..finding import Finding
from ..forms_eval import form_checks
from ..registry import Rule
from ..table_roles import roles

RULE = Rule(
    code="B008",
    name="met-target-docked",
    severity="warning",
    summary="实际完成值已达到指标值，得分却低于分值",
    doc=(
        "检查什么：自评表指标行“指标性质 | 指标值 | 度量单位 | 实际完成值 | 分值 | 得分”中，实际完成值已达到指标值"
        "（≥时不低于、≤时不高于、=时相等），得分却低于分值。\n"
        "为什么：按评分规则，完成指标值的指标得满分，只有未完成时才按比例或档次扣分；已完成却扣分，"
        "不是得分填错，就是实际完成值填错。\n"
        "网页或PDF转出的文字把整张表压成一行、单元格以空格分隔时，在“分值 得分”表头之后同样按行形读取。\n"
        "定性指标的实际完成值与指标值一字不差（如“按期完成 按期完成 10 8”）时，同样视为已完成，应得满分；"
        "只在前文有“分值 得分”（或“权重 得分”）表头、且行末两格正是分值和得分时判断。\n"
        "不报的情形：未达到指标值的行；实际完成值是文字且与指标值不同的行；F001 已按评分规则核对过的行。\n"
        "示例：“资金到位及时率 | ≥ | 100 | % | 100% | 10 | 7”，实际完成100%已达到≥100%，得分应为10。"
    ),
    flag=(
        "| 时效指标 | 资金拨付及时率 | ≥ | 100 | % | 100% | 10 | 7 |\n",
        "| 数量指标 | 培训人数 | ≥ | 300 | 人 | 320 | 20 | 18 |\n",
        "成本指标\t人均补助标准\t≤\t500\t元\t480\t10\t8\n",
        "| 质量指标 | 验收合格率 | ≥95% | 98% | 10 | 8 |\n",
        # a form flattened to one line by a web page: cells separated by single spaces
        "三级指标 年度指标值 实际完成值 分值 得分 偏差原因 档案整理合格率 ≥95% 97% 10 8 回访人数 ≥200人 230 10 10",
        # a qualitative target met word for word, rows pasted one a line
        "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分\n"
        "时效指标 验收时间 于2023年11月底前完成验收 于2023年11月底前完成验收 10 8\n",
        "| 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n|---|---|---|---|---|---|\n"
        "| 质量指标 | 档案管理 | 规范完整 | 规范完整 | 10 | 9 |\n",
    ),
    keep=(
        "三级指标 年度指标值 实际完成值 分值 得分 偏差原因 档案整理合格率 ≥95% 93% 10 8 回访人数 ≥200人 230 10 10",
        "档案整理合格率≥95% 实际97% 权重10分 考核8分，另有回访人数 ≥200人 230 10 8",
        "| 时效指标 | 资金拨付及时率 | ≥ | 100 | % | 100% | 10 | 10 |\n",
        "| 社会效益指标 | 政策知晓率 | = | 100 | % | 98% | 10 | 9 |\n",
        "| 数量指标 | 培训人数 | ≥ | 300 | 人 | 280 | 20 | 18 |\n",
        "| 满意度指标 | 群众满意度 | ≥ | 95 | % | 较好 | 10 | 8 |\n",
        "| 质量指标 | 验收合格率 | ≥95% | 93% | 10 | 8 |\n",
        "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分\n"
        "时效指标 验收时间 于2023年11月底前完成验收 于2023年12月中旬完成验收 10 8\n"
        "质量指标 档案管理 规范完整 规范完整 10 10\n",
        # no 分值 得分 header before: two equal words and two figures are not read as a row
        "全年开展 专项检查 专项检查 10 8\n",
        # placeholders in both cells: no target to meet
        "| 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n|---|---|---|---|---|---|\n"
        "| 成本指标 | 无 | / | / | 10 | 0 |\n",
    ),
)

AT_LEAST = frozenset(("≥", "≧", ">=", "＞=", "不低于", "不少于"))
AT_MOST = frozenset(("≤", "≦", "<=", "＜=", "不高于", "不超过"))
EQUAL = frozenset(("=", "＝", "═"))
_COMPARATORS = AT_LEAST | AT_MOST | EQUAL
_JOINED = regex_cache.compile(r"^(≥|≧|≤|≦|＝|=)\s{0,2}(\S.{0,12})$")
_FIGURE = regex_cache.compile(r"^(?P<num>\d{1,9}(?:\.\d{1,4})?)\s{0,2}(?P<unit>%|％|[\u4e00-\u9fff]{1,3})?$")
MAX_WEIGHT = Decimal(100)


def _cells(line: str, sep: str) -> list[tuple[int, str]]:
    """(offset in line, stripped text) of each cell."""
    out, pos = [], 0
    for raw in line.split(sep):
        lead = len(raw) - len(raw.lstrip())
        out.append((pos + lead, raw.strip()))
        pos += len(raw) + 1
    return out


def _figure(text: str) -> tuple[Decimal, str] | None:
    m = _FIGURE.match(text)
    if not m:
        return None
    parsed = parse_number(m.group("num"))
    return (parsed[0], (m.group("unit") or "").replace("％", "%")) if parsed else None


def met(comparator: str, actual: Decimal, target: Decimal) -> bool:
    """Whether ``actual`` meets ``target`` under the row's comparator (none or ＝: equal)."""
    if comparator in AT_LEAST:
        return actual >= target
    if comparator in AT_MOST:
        return actual <= target
    return actual == target


def _row(cells: list[tuple[int, str]]):
    """(comparator, target, actual, weight, score, score cell) read from a row's shape, or None."""
    texts = [t for _, t in cells]
    for i, text in enumerate(texts):
        joined = _JOINED.match(text)
        if joined and _figure(joined.group(2)):
            # "≥95% | 98% | 10 | 8": the comparator written in the target cell
            comparator, target = joined.group(1), _figure(joined.group(2))
            tail = [_figure(t) for t in texts[i + 1 : i + 4]]
            if len(tail) < 3 or any(f is None for f in tail):
                return None
            (actual, actual_unit), (weight, w_unit), (score, s_unit) = tail
            if w_unit or s_unit or actual_unit not in ("", target[1]) or not 0 < weight <= MAX_WEIGHT:
                return None
            return comparator, target[0], actual, weight, score, cells[i + 3]
        if text not in _COMPARATORS:
            continue
        rest = texts[i + 1 : i + 7]
        target = _figure(rest[0]) if rest else None
        if target is None:
            return None
        k = 2 if len(rest) > 1 and _figure(rest[1]) is None and 0 < len(rest[1]) <= 4 else 1
        unit = rest[1] if k == 2 else target[1]
        tail = [_figure(t) for t in rest[k : k + 3]]
        if len(tail) < 3 or any(f is None for f in tail):
            return None
        (actual, actual_unit), (weight, w_unit), (score, s_unit) = tail
        if w_unit or s_unit or actual_unit not in ("", unit) or not 0 < weight <= MAX_WEIGHT:
            return None
        return text, target[0], actual, weight, score, cells[i + 1 + k + 2]
    return None


def judged_by_forms(ctx) -> frozenset[int]:
    """Offsets of the score cells F001 recalculates (a recognised 自评表 row with a computable score)."""
    return frozenset(
        row.score.cell.start
        for fc in form_checks(ctx) for row in fc.rows
        if row.score is not None and row.item.applicable and row.item.score is not None
    )


_TOKEN = regex_cache.compile(r"\S+")
MAX_HEADER_WORD = 8


@lru_cache(maxsize=1)
def _score_word() -> re.Pattern:
    """Any score column word of glossary/tables.yaml: a cheap test before a line is cut into words."""
    return re.compile("|".join(re.escape(w) for w in roles().keywords("score")))


def _score_header_end(line: str) -> int:
    """Where the header words 分值 得分 end: a weight column's word, then a score column's word (the
    column words of glossary/tables.yaml); -1 when the line has none."""
    if not _score_word().search(line):
        return -1
    before = ""
    for m in _TOKEN.finditer(line):
        word = m.group()
        role = roles().column_role(word) if len(word) <= MAX_HEADER_WORD else ""
        if role == "score" and before == "weight":
            return m.end()
        before = role
    return -1


MIN_FLAT_TOKENS = 8


def _flat_rows(line: str, header_end: int):
    """Rows of a table flattened to one line with single spaces (a web page's or PDF's text): each
    comparator cell starts a candidate row, read by the same shape as a separated line. Only after the
    header words 分值 得分 (权重 得分) on the same line (``header_end``, from :func:`_score_header_end`),
    so that prose is never read as cells."""
    if header_end < 0:
        return
    tokens = [(m.start(), m.group()) for m in _TOKEN.finditer(line, header_end)]
    if len(tokens) < MIN_FLAT_TOKENS:
        return
    for i, (_, text) in enumerate(tokens):
        if text in _COMPARATORS or _JOINED.match(text):
            row = _row(tokens[i:i + 8])
            if row is not None:
                yield row


MAX_CELL_TOKENS = 4  # words of a target cell pasted with single spaces inside it
_PLACEHOLDER = regex_cache.compile(r"[-—–/／\\…·无空]*")


def _repeated_target(cells: list[tuple[int, str]]):
    """(the target, weight, score, score cell) of a row ending "target | the same target | 分值 | 得分",
    a target cell several cells long when the row's cells were single space-separated words; or None."""
    while cells and not cells[-1][1]:
        cells = cells[:-1]
    if len(cells) < 4:
        return None
    weight, score = (_figure(t) for _, t in cells[-2:])
    if weight is None or score is None or weight[1] or score[1] or not 0 < weight[0] <= MAX_WEIGHT:
        return None
    texts = [t for _, t in cells[:-2]]
    for k in range(1, MAX_CELL_TOKENS + 1):
        if len(texts) < 2 * k:
            break
        if texts[-k:] == texts[-2 * k:-k]:
            target = " ".join(texts[-k:])
            if len(target) < 2 or _PLACEHOLDER.fullmatch(target) or target.endswith("指标"):
                return None
            return target, weight[0], score[0], cells[-1]
    return None


def _rows(text: str):
    """(offset of the line, row read by shape) for each pipe- or tab-separated line that has one,
    and for each row of a line that holds a table flattened with spaces; a row whose actual repeats
    its target word for word as (offset, ("=", target, target, weight, score, cell)), only after a
    line naming the 分值 and 得分 columns."""
    pos = 0
    headed = False
    scored = _score_word().search(text) is not None  # no 得分 column word anywhere: no header, no flat rows
    for line in text.split("\n"):
        rows, header = _line_rows(line, headed, scored)
        for row in rows:
            yield pos, row
        headed = headed or header
        pos += len(line) + 1


@lru_cache(maxsize=16384)
def _line_rows(line: str, headed: bool, scored: bool) -> tuple[tuple, bool]:
    """The rows :func:`_rows` reads from one line, and whether the line names the 分值 and 得分 columns.

    It depends on the line and the two flags alone, and reports repeat their lines (table headers,
    indicator rows), so each is read once per process.
    """
    out = []
    sep = "|" if line.count("|") >= 5 else "\t" if line.count("\t") >= 5 else None
    cells = _cells(line, sep) if sep else None
    row = _row(cells) if sep else None
    if row is not None:
        out.append(row)
    plain = line.replace("|", " ").replace("\t", " ")
    header_end = _score_header_end(plain) if scored else -1
    if row is None and not sep and scored:
        # the header is searched once per line: on the line itself when it holds no separator at all
        flat_header = header_end if plain == line else _score_header_end(line)
        out.extend(_flat_rows(line, flat_header))
    if (headed or header_end >= 0) and row is None:  # the header may be glued to the first row
        if cells is None:  # a line without separators: its words are its cells
            cells = [(m.start(), m.group()) for m in _TOKEN.finditer(line)]
        same = _repeated_target([c for c in cells if c[0] >= header_end])
        if same is not None:
            target, weight, score, cell = same
            out.append(("=", target, target, weight, score, cell))
    return tuple(out), header_end >= 0


def shaped_rows(ctx) -> list:
    """``_rows`` of the text, read once per check: B011 reads the same rows from the other side."""
    return ctx.memo("b008.rows", lambda c: list(_rows(c.text)))


def check(ctx):
    if not any(contains(ctx.text, c) for c in _COMPARATORS) and not _score_word().search(ctx.text):
        return  # neither a comparator nor a 得分 column: no indicator row to read
    judged = None
    for pos, (comparator, target, actual, weight, score, (offset, cell)) in shaped_rows(ctx):
        start = pos + offset
        if score >= weight or not met(comparator, actual, target):
            continue
        judged = judged_by_forms(ctx) if judged is None else judged
        if start in judged:
            continue
        full = format_score(weight)
        said = (f"实际完成值“{actual}”与指标值一字不差，已完成" if isinstance(actual, str) else
                f"实际完成值{format_score(actual)}已达到指标值（{comparator}{format_score(target)}）")
        yield Finding(start, start + len(cell), RULE.code, RULE.severity, f"{said}，应得满分{full}，表中得分为{cell}。", full)
