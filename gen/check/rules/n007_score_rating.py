"""N007: a self-evaluation score whose stated rating is not the rating of the score on its scale."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

from ...core import regex_cache
from ..context import CheckContext
from ..finding import Finding
from ..numbers_text import items, num
from ..registry import Rule
from ..stated_scales import rating_words, scale_for

RULE = Rule(
    code="N007",
    name="score-rating",
    severity="error",
    summary="自评得分与所述等级不符",
    doc=(
        "按文中写明的等级标准（如“90分（含）以上为优秀，80分（含）至90分为良好……”），未写明时按 --data 数据"
        "所用评分规则集的等级标准，否则按全国统一标准：90分（含）以上为“优”，80分（含）至90分为“良”，"
        "60分（含）至80分为“中”，60分以下为“差”（等级标准见 glossary/scales/）。得分之后紧接着写出的等级与得分不符时报错。"
        "例：整体支出绩效综合评分为92.04分，整体评价为“良”（应为“优”）。"
        "自评总分（自评得分、综合得分、绩效评价得分）按百分制计，超过100分也报错，除非文中写明满分或分制大于100分或有加分项。"
    ),
    flag=(
        "本部门2023年整体支出绩效综合评分为92.04分，整体评价为“良”。",
        # a total above the 100-point scale
        "经自评，该项目绩效自评得分102分，评价等级为“优”。",
        "我局2023年度部门整体支出绩效综合得分为104.50分。",
        "评价等级分为：95分（含）以上为优秀，85分（含）至95分为良好，60分（含）至85分为合格，60分以下为不合格。"
        "本项目自评得分92分，评价等级为“优秀”。",
    ),
    keep=(
        "本部门2023年整体支出绩效综合评分为92.04分，整体评价为“优”。",
        "项目自评得分85分，评价等级为良好。",
        "我部门整体支出绩效自评得分98.9分。",
        "经自评，该项目绩效自评得分100分，评价等级为“优”。",
        # a scale stated above 100 points, or bonus points on top of it
        "考核实行千分制，满分1000分，本单位综合得分952分。",
        "基础分100分，另设加分项5分，本单位综合得分103分。",
        # an indicator's score or a count, not the total
        "项目区受益人口102人，得分10分。",
        "评价等级分为：95分（含）以上为优秀，85分（含）至95分为良好，60分（含）至85分为合格，60分以下为不合格。"
        "本项目自评得分92分，评价等级为“良好”。",
        "等级划分为一等（90-100分）、二等（80-89分）、三等（60-79分）、四等（0-59分），本项目自评得分86分，评为二等。",
    ),
)

_SCORE_LABEL = regex_cache.compile(r"得分|评分|分数|总分|打分|计分|分值")
_WINDOW = 60


@lru_cache(maxsize=8)
def _rating_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """评价为“良” / 等级为良好 / 评为二等: a rating word right after a rating label."""
    return re.compile(
        r"(?:评价|等级|评级|结果|评定|定级|级别|评为|定为)(?:为|是|：|:)?\s{0,2}[“\"「]?"
        rf"(?P<r>{'|'.join(map(re.escape, words))})(?:[”\"」]|(?=[。，,；;、\s等级（(]|$))"
    )


# A self-evaluation total: 自评得分, 综合评分, 总分, 绩效评价得分 (an indicator's 得分 is bounded by its 分值, F002's).
_TOTAL_LABEL = regex_cache.compile(r"(?:自评|综合|评价|绩效|总)(?:得分|评分|总分|分数)?(?:为|是|：|:)?\s{0,2}$|总分(?:为|是|：|:)?\s{0,2}$")
# A scale above 100 points or bonus points (满分1000分, 千分制, 加分项): a total above 100 may then be right.
_WIDE_SCALE = regex_cache.compile(r"(?:满分|总分值|基础分)(?:为|是|：|:)?\s{0,2}(?:[2-9]\d{2}|\d{4})分|[千百二三五]百?分制|加分|附加分|奖励分")


def _over_scale(ctx: CheckContext, scores: list) -> Iterable[Finding]:
    """Totals above 100 on the 100-point scale every self-evaluation uses (财预〔2020〕10号): a typo in the total
    (102 for 92) that the rating after it cannot show, as N007 reads ratings only up to 100."""
    over = [it for it in scores
            if 100 < it.q.value < 1000 and not it.q.comparator and _TOTAL_LABEL.search(it.raw_label)]
    if not over or _WIDE_SCALE.search(ctx.text):  # the text read for its scale only when a total is over 100
        return
    for it in over:
        yield Finding(it.q.start, it.q.end, RULE.code, RULE.severity,
                      f"自评总分{num(it.q)}分超过了满分100分：绩效自评按百分制计分，请核对总分", None)


def check(ctx: CheckContext) -> Iterable[Finding]:
    text = ctx.text
    scores = [it for it in items(ctx) if it.q.unit == "分" and _SCORE_LABEL.search(it.raw_label)]
    if not scores:
        return
    yield from _over_scale(ctx, scores)
    rating = _rating_pattern(rating_words(ctx))
    for i, it in enumerate(scores):
        if it.q.value > 100 or it.q.comparator:
            continue
        end = min(len(text), it.q.end + _WINDOW)
        nl = text.find("\n", it.q.end, end)
        if nl != -1:
            end = nl
        if i + 1 < len(scores):
            end = min(end, scores[i + 1].q.start)
        m = rating.search(text, it.q.end, end)
        if not m:
            continue
        word = m.group("r")
        scale = scale_for(ctx, it.q.start, word)
        if scale is None:
            continue
        expected = scale.rating(it.q.value)
        if scale.canonical(word) != expected:
            yield Finding(
                m.start("r"), m.end("r"), RULE.code, RULE.severity,
                f"得分{num(it.q)}分对应的等级应为“{expected}”，文中写作“{word}”（{scale.describe()}）",
                expected,
            )
