"""N048: a head count written without 人 or 名 beside head counts that carry it (实有人数14，其中在编人员11人).

The staff paragraph of a 决算 or 预算 note states its counts in one sentence: 核定编制X名，实有在职人员Y人，
退休人员Z人. A count among them with no unit at all (实有人数14，… 长期聘用人员3) reads as a bare figure: the
reader cannot tell 14 people from 14 posts or a number cut off in copying. Read only where the figure is
whole, stands right after a word that names staff (人数, 编制, 在编, 在职, 退休 …, with 为/共/有 or a colon
between) and before a clause mark or the line's end, and another head count of the same sentence carries 人
or 名: the sentence itself shows the unit the writer uses. A table flattened to text (cells split by |,
a header 单位：人) gives its unit once and is left alone; so is a count of posts that the sentence states in
个 (编制3个) and a figure run into more words (编制14名额, 人数14万).
"""

from __future__ import annotations

from typing import Iterable

from ...core.regex_needles import finditer as near_needles
from ...core import regex_cache
from ..context import CheckContext
from ..finding import Finding
from ..registry import Rule
from ..textspans import sentence_end, sentence_start

RULE = Rule(
    code="N048",
    name="head-count-without-unit",
    severity="warning",
    summary="人数漏写单位“人”（“实有人数14，其中在编人员11人”）",
    doc=(
        "检查什么：同一句里写出几项人数（编制数、实有人数、在编、退休、聘用人员等），其中一项的数字后面没有"
        "“人”或“名”，而同句另一项人数写了，如“实有人数14，其中在编人员11人，长期聘用人员3”。\n"
        "为什么：人数漏写单位，读者无法确定是人数、编制数还是复制时截断的数字；同句其他人数写了单位，"
        "说明这里是漏写。\n"
        "不报的情形：整句人数都不写单位；表格转成的文本（以“|”分隔，或表头注明“单位：人”）；"
        "数字后还有字（“人数14万”“编制14名额”）；带小数的数字。\n"
        "示例：“核定编制14，实有在职人员9人”应为“核定编制14名”。"
    ),
    flag=(
        "本中心实有人数14，其中在编人员11人，长期聘用人员3。",
        "某中心为公益一类事业单位。核定编制14，上年末实有在职人员9人，退休人员4人。",
        "单位现有职工：在编人员为12，退休人员5名。",
    ),
    keep=(
        "本中心实有人数14人，其中在编人员11人，长期聘用人员3人。",
        # no count of the sentence carries a unit: the writer's own habit (or a header gives it)
        "核定编制14，实有在职人员9，退休人员4。",
        "单位：人\n在编人员 | 12\n退休人员 | 5",
        # a count of posts in 个, a figure run into more words, another sentence
        "核定编制3个，实有在职人员9人。",
        "服务人数14万，其中在编人员11人。",
        "核定编制14。全年培训在职人员90人。",
        "2023年在职人员经费14.50，退休人员5人。",
    ),
)

# A word that names staff, optionally a verb or a colon, then a whole figure before a clause mark or line end.
_BARE = regex_cache.compile(
    r"(?:人数|编制数?|在编人员|在编|在职人员|在职职工|在职|退休人员|退休|离休人员|离休|聘用人员|编外人员|"
    r"工勤人员|职工人数|职工)(?:为|共|共有|有|达)?[:：]?[ \u3000]{0,2}(?<![\d.])(\d{1,5})(?=[，,。；;、\n]|$)"
)
_WITH_UNIT = regex_cache.compile(r"\d{1,5}[ \u3000]{0,2}[人名](?![民])")
_POSTS = regex_cache.compile(r"\d[ \u3000]{0,2}个")
_TABLE = regex_cache.compile(r"[|｜]|单位[:：]\s{0,2}人")


def check(ctx: CheckContext) -> Iterable[Finding]:
    text = ctx.text
    for m in near_needles(_BARE, text):
        start, end = sentence_start(text, m.start()), sentence_end(text, m.start())
        if end - start > 400:
            start, end = max(start, m.start() - 200), min(end, m.end() + 200)
        sentence = text[start:end]
        line_start = text.rfind("\n", 0, m.start()) + 1
        if not _WITH_UNIT.search(sentence) or _POSTS.search(sentence) or _TABLE.search(text, line_start, m.end()) \
                or _TABLE.search(text, max(0, m.start() - 120), m.start()):
            continue
        figure = m.group(1)
        yield Finding(m.start(1), m.end(1), RULE.code, RULE.severity,
                      f"人数“{figure}”漏写单位，应为“{figure}人”（同句其他人数写了单位）。", f"{figure}人")
