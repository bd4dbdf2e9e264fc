"""N050: fewer people than batches (接待42批次、36人次): every batch or delegation counts at least one person.

The 决算 template's “三公” section states each kind of trip or reception with its batches and its people:
"国内公务接待42批次、360人次", "因公出国（境）团组3个、12人次" ("3个团组、12人"). A batch received, or a
delegation sent, is at least one person, so the people cannot be fewer than the batches: a digit was lost or
the two figures swapped. Read only where the two counts stand together, the batches first, their people
right after (a 、 or a comma and at most a 共/共计 between).
"""

from __future__ import annotations

from typing import Iterable

from ...core import regex_cache, regex_needles
from ..context import CheckContext
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="N050",
    name="visits-under-batches",
    severity="error",
    summary="人次少于批次（团组）数：每批接待、每个出访团组至少一人",
    doc=(
        "检查什么：“公务接待42批次、36人次”“因公出国（境）团组3个、2人次”这样批次（团组）数与人次紧挨着写出，"
        "人次却少于批次（团组）数。\n"
        "为什么：每一批接待、每一个出访团组至少有一人，人次不可能少于批次；多半是漏了一位数字或两数写反。\n"
        "不报的情形：两数不紧挨着（中间另有其他内容）；人次多于或等于批次；批次为0。\n"
        "示例：国内公务接待共计42批次、36人次（应不少于42人次）。"
    ),
    flag=(
        "国内公务接待共计42批次、36人次。",
        "公务接待费8.50万元，共接待15批、12人次。",
        "因公出国（境）团组3个、2人次。",
        "因公出国（境）3个团组，共2人。",
    ),
    keep=(
        "国内公务接待共计42批次、360人次。",
        "公务接待费8.50万元，共接待15批、15人次。",
        "因公出国（境）团组0个、0人次。",
        # the two counts apart: the people may be of another matter
        "接待42批次，其中外事接待3批次、12人次。",
    ),
)

_PAIR = regex_cache.compile(
    r"(?P<n>\d{1,6})\s{0,2}(?:批次|批|个团组|个团|个批次)|(?:团组|出访团组|出国团组)\s{0,2}(?P<g>\d{1,5})\s{0,2}个")
_PEOPLE_AFTER = regex_cache.compile(r"[、，,\s]{0,2}(?:共计|共|累计|合计)?(?:接待)?\s{0,2}(?P<m>\d{1,7})\s{0,2}(?:人次|人(?![民员]))")
_NEEDLES = ("批", "团")


def check(ctx: CheckContext) -> Iterable[Finding]:
    text = ctx.text
    if not any(n in text for n in _NEEDLES):
        return
    # Tried only near a 批 or 团 (gen.core.regex_needles): the pair opens with digits, which re would try at
    # every character of the text (9 ms on 200k characters, against 0.1).
    for m in regex_needles.finditer(_PAIR, text):
        after = _PEOPLE_AFTER.match(text, m.end())
        if after is None:
            continue
        batches, people = int(m.group("n") or m.group("g")), int(after.group("m"))
        if 0 < batches and people < batches:
            yield Finding(
                after.start("m"), after.end(), RULE.code, RULE.severity,
                f"{after.group('m')}人次少于{batches}批次（团组）：每批（每个团组）至少一人，人次不应少于批次，请核对两数",
            )
