"""N007: a self-evaluation score whose stated rating (优/良/中/差) is wrong."""

from __future__ import annotations

import re
from typing import Iterable

from ..context import CheckContext
from ..finding import Finding
from ...core.numbers import rating_for
from ..numbers_text import items, num
from ..registry import Rule

RULE = Rule(
    code="N007",
    name="score-rating",
    severity="error",
    summary="自评得分与所述等级不符",
    doc=(
        "按绩效评价的统一等级标准：90分（含）以上为“优”，80分（含）至90分为“良”，"
        "60分（含）至80分为“中”，60分以下为“差”。得分之后紧接着写出的等级与得分不符时报错。"
        "例：整体支出绩效综合评分为92.04分，整体评价为“良”（应为“优”）。"
    ),
    flag=("本部门2023年整体支出绩效综合评分为92.04分，整体评价为“良”。",),
    keep=(
        "本部门2023年整体支出绩效综合评分为92.04分，整体评价为“优”。",
        "项目自评得分85分，评价等级为良好。",
        "我部门整体支出绩效自评得分98.9分。",
    ),
)

_SCORE_LABEL = re.compile(r"得分|评分|分数|总分|打分|计分|分值")
_RATING = re.compile(
    r"(?:评价|等级|评级|结果|评定|定级|级别)(?:为|是|：|:)?\s{0,2}[“\"「]?"
    r"(?P<r>优秀|良好|中等|较差|优|良|中|差)(?:[”\"」]|(?=[。，,；;、\s等级]|$))"
)
_CANON = {"优秀": "优", "良好": "良", "中等": "中", "较差": "差", "优": "优", "良": "良", "中": "中", "差": "差"}
_WINDOW = 60


def check(ctx: CheckContext) -> Iterable[Finding]:
    text = ctx.text
    scores = [it for it in items(ctx) if it.q.unit == "分" and _SCORE_LABEL.search(it.raw_label)]
    for i, it in enumerate(scores):
        if it.q.value > 100 or it.q.comparator:
            continue
        end = min(len(text), it.q.end + _WINDOW)
        nl = text.find("\n", it.q.end, end)
        if nl != -1:
            end = nl
        if i + 1 < len(scores):
            end = min(end, scores[i + 1].q.start)
        m = _RATING.search(text, it.q.end, end)
        if not m:
            continue
        stated = _CANON[m.group("r")]
        expected = rating_for(it.q.value)
        if stated != expected:
            yield Finding(
                m.start("r"), m.end("r"), RULE.code, RULE.severity,
                f"得分{num(it.q)}分对应的等级应为“{expected}”，文中写作“{m.group('r')}”"
                f"（90分以上为优，80至90分为良，60至80分为中，60分以下为差）",
                expected,
            )
