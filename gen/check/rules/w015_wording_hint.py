"""W015: combinations a reader should look at again, from glossary/wording_hints.yaml (info).

Grammar books list 提高……力度, 改善……水平, 解决……需求, 原因是由于 and a
sentence opened by "通过……，使……" as faulty, and most reviewers change them;
yet they are common enough in official writing that some readers accept
them. W013 reports what is wrong in any reading, as a warning; these are
hints, so a report that uses them is not marked as faulty. Same data format
and self-proving examples as the other glossary files.
"""

from __future__ import annotations

from ...core.glossary import load
from .. import unspaced
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="W015",
    name="wording-hint",
    severity="info",
    summary="可斟酌的搭配或句式",
    doc=(
        "检查什么：词库 glossary/wording_hints.yaml 登记的多数审稿人会改的搭配和句式：“提高……力度”（加大）、"
        "“改善……水平”（提高）、“解决……需求”（满足）、“加强……水平”、“原因是由于”、“是因为……的原因”、“免费赠送”、“2021年度政府信息公开年度报告”（年度重复）、句首“通过（随着、由于、在……下）……，使……”缺主语。\n"
        "为什么：语法上属搭配不当或成分残缺，但公文中也有人这样写，所以只作提示，由读者判断。\n"
        "不报的情形：“加大……力度”“提高……水平”“满足……需求”“我局通过……，使……”（主语在前）。\n"
        "示例：“进一步提高执法检查力度”可改为“进一步加大执法检查力度”。"
    ),
    flag=(
        "进一步提高执法检查力度。",
        "通过开展业务培训，使干部职工的业务能力明显提升。",
    ),
    keep=(
        "进一步加大执法检查力度，提高执法水平。",
        "我局通过开展业务培训，使干部职工的业务能力明显提升。",
    ),
)


def check(ctx):
    for (s, e), hit in unspaced.glossary_hits(ctx, load().wording_hints):
        yield Finding(s, e, RULE.code, RULE.severity, f"“{hit.text}”可斟酌，可改为“{hit.suggestion}”。{hit.entry.reason}",
                      hit.suggestion)
