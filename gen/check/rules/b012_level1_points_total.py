"""B012: the points of a form's first-level indicators not adding up to the points stated above them.

Many 自评表 print the points of each block in its label: "年度绩效目标（80分）" over
"产出指标（50分）" and "效益指标（30分）". When the form is pasted as text (its grid
lost, or flattened to one line by a web page) F009 cannot rebuild the rows, but
the labels still say what the block is worth and what its parts are worth, and
they must close: 产出60 + 效益40 is not 80.

Read only where it is plain: a block label 绩效目标/绩效指标 with its points,
followed (before the next such label, within a form's length) by at least two of
the first-level labels 产出指标, 效益指标, 满意度指标 with their points, each
named once (a second 产出指标 means a second form or a repeated header: not
read). 服务对象满意度指标 is a second-level label and is not counted.
"""

from __future__ import annotations

import re
from decimal import Decimal

from ...core import regex_cache
from ...core.numbers import format_score
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="B012",
    name="level1-points-total",
    severity="warning",
    summary="一级指标分值之和与其上绩效目标（指标）的分值不符",
    doc=(
        "检查什么：自评表中“年度绩效目标（80分）”“绩效指标（90分）”之类写明分值的栏目，"
        "其下“产出指标（N分）”“效益指标（N分）”“满意度指标（N分）”等一级指标的分值相加，应等于该栏目的分值。\n"
        "为什么：分值不闭合，总分就不是百分制，等级随之失真；表格转成文字后 F009 无法逐行核对，"
        "但栏目名称中的分值仍可相加。\n"
        "不报的情形：一级指标少于两项；同一名称出现两次（可能是两张表或重复的表头）；"
        "“服务对象满意度指标”等二级指标。\n"
        "示例：“年度绩效目标（80分） 产出指标（60分）…… 效益指标（40分）”，60＋40＝100，不等于80。"
    ),
    flag=(
        "年度绩效目标（80分） 产出指标（60分） 数量指标 培训人数 ≥300人 320人 30 30 效益指标（40分） 社会效益指标\n",
        "绩效指标(90分)\n产出指标(50分)\n数量指标\n效益指标(30分)\n满意度指标(20分)\n",
    ),
    keep=(
        "年度绩效目标（80分） 产出指标（50分） 数量指标 培训人数 ≥300人 320人 30 30 效益指标（30分） 社会效益指标\n",
        "绩效指标(80分)\n产出指标(50分)\n效益指标(30分)\n服务对象满意度指标(10分)\n",
        # a single first-level label: nothing to add up
        "年度绩效目标（80分） 产出指标（60分） 数量指标\n",
        # two forms' labels in one block: not read
        "绩效指标(90分) 产出指标(50分) 效益指标(30分) 产出指标(40分) 效益指标(20分)\n",
        "年度绩效指标(80分)\n产出指标(45分)\n数量指标\n效益指标(20分)\n社会效益\n满意度指标15分)\n",
    ),
)

_STATED = regex_cache.compile(
    r"绩\s{0,2}效\s{0,2}(?:目\s{0,2}标|指\s{0,2}标)\s{0,2}[（(]\s{0,2}(\d{1,3})\s{0,2}分\s{0,2}[)）]"
)
_LEVEL1 = regex_cache.compile(
    # the opening bracket may be lost by the page (满意度指标15分)) while the closing one stays
    r"(?<!对象)(产\s{0,2}出|效\s{0,2}益|满\s{0,2}意\s{0,2}度)\s{0,2}指\s{0,2}标\s{0,2}[（(]?\s{0,2}(\d{1,3})\s{0,2}分\s{0,2}[)）]"
)
MAX_BLOCK = 1500  # characters of a form after its block label
MIN_PARTS = 2


def check(ctx):
    text = ctx.text
    if "分" not in text:
        return
    stated = list(_STATED.finditer(text))
    for k, m in enumerate(stated):
        end = min(stated[k + 1].start() if k + 1 < len(stated) else len(text), m.end() + MAX_BLOCK)
        parts = [(re.sub(r"\s", "", p.group(1)), Decimal(p.group(2))) for p in _LEVEL1.finditer(text, m.end(), end)]
        names = [name for name, _ in parts]
        if len(parts) < MIN_PARTS or len(set(names)) != len(names):
            continue
        total, summed = Decimal(m.group(1)), sum((v for _, v in parts), Decimal(0))
        if summed == total:
            continue
        label = re.sub(r"\s", "", m.group(0))
        shown = "＋".join(f"{name}指标{format_score(v)}分" for name, v in parts)
        yield Finding(
            m.start(), m.end(), RULE.code, RULE.severity,
            f"“{label}”的分值为{format_score(total)}分，"
            f"其下一级指标{shown}＝{format_score(summed)}分，分值不闭合，请核对各一级指标或该栏目的分值。",
        )
