"""B016: a table row's grade (优/良/中/差) that neither its score nor its share of the row's points gives.

A 评价结果 table may grade each indicator beside its points and score: "55.00 | 49.04 | 优",
"100.00 | 94.04 | 优". An indicator of 55 points is graded on its share of them (49.04 of 55 is
89.2 %, 良 on the national scale). A grade that is the grade of neither reading — not of the score
as a score out of 100, nor of its share of the points — was not worked out from the row. Read only
rows of two figures then a grade word (the score not above the points), under a heading that names
a 等级 column; the scale is the text's own where it states one, else the national one
(stated_scales.scale_for).
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Iterable

from ...core import regex_cache
from ..context import CheckContext
from ..finding import Finding
from ..registry import Rule
from ..stated_scales import scale_for

RULE = Rule(
    code="B016",
    name="row-grade",
    severity="warning",
    summary="表中某行的等级与该行得分占分值的比例不符",
    doc=(
        "检查什么：评价结果表中“分值 | 得分 | 等级”的一行（如“55.00 | 49.04 | 优”），所填等级既不是得分本身"
        "（按百分制）对应的等级，也不是得分占该行分值的比例对应的等级（49.04÷55＝89.2%，按90分以上为优、"
        "80至90分为良，应为良）。等级标准取文中写明的，没有时按国家的优、良、中、差。\n"
        "为什么：分项等级应按该项得分占分值的比例评定；两种读法都对不上，说明等级没有按得分填写。\n"
        "不报的情形：表头或前文没有“等级”的；得分大于分值或分值为0的；等级与任一读法相符的。\n"
        "示例：“产出 | 55.00 | 49.04 | 优”应为“良”。"
    ),
    flag=("绩效评价结果\n指标 | 分值 | 得分 | 绩效等级\n投入 | 15.00 | 15.00 | 优\n产出 | 55.00 | 49.04 | 优\n"
          "效益 | 30.00 | 30.00 | 优\n合计 | 100.00 | 94.04 | 优\n",),
    keep=(
        "绩效评价结果\n指标 | 分值 | 得分 | 绩效等级\n投入 | 15.00 | 15.00 | 优\n产出 | 55.00 | 50.04 | 优\n"
        "效益 | 30.00 | 30.00 | 优\n合计 | 100.00 | 95.04 | 优\n",
        # no 等级 named: the word after the figures is no grade column
        "指标 | 分值 | 得分 | 备注\n产出 | 55.00 | 49.04 | 优\n",
    ),
)

_NUM = r"(\d{1,3}(?:\.\d{1,2})?)"
_SEP = r"[ \u3000]{0,2}分?[ \u3000]{0,2}[|\t][ \u3000]{0,2}"
_ROW = regex_cache.compile(_NUM + _SEP + _NUM + _SEP + r"(优秀|优|良好|良|中等|中|合格|差|不合格)(?![\u4e00-\u9fff])")
_GRADE_COLUMN = regex_cache.compile(r"等级|等次")
LOOKBACK = 300  # the table's header or title, just above its rows


def _rows(text: str) -> Iterable[re.Match[str]]:
    """The rows within reach after a word naming a 等级 column (a report has few), each once."""
    done = 0
    for g in _GRADE_COLUMN.finditer(text):
        for m in _ROW.finditer(text, max(done, g.end()), g.end() + LOOKBACK):
            if m.start() > 0 and text[m.start() - 1] in "0123456789.":
                continue  # the tail of a longer figure
            done = m.end()
            yield m


def check(ctx: CheckContext) -> Iterable[Finding]:
    text = ctx.text
    if "|" not in text and "\t" not in text:
        return
    for m in _rows(text):
        points, score, word = Decimal(m.group(1)), Decimal(m.group(2)), m.group(3)
        if points == 0 or score > points:
            continue
        scale = scale_for(ctx, m.start(3), word)
        if scale is None:
            continue
        given = scale.canonical(word)
        share = (score * 100 / points).quantize(Decimal("0.1"))
        if scale.rating(score) == given or scale.rating(score * 100 / points) == given:
            continue
        right = scale.rating(score * 100 / points)
        yield Finding(
            m.start(3), m.end(3), RULE.code, RULE.severity,
            f"得分{m.group(2)}占分值{m.group(1)}的{share}%，按{scale.describe()}，等级应为“{right}”，表中为“{word}”。",
            right,
        )
