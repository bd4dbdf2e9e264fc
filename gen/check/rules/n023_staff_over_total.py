"""N023: staff of one category (or of distinct categories together) outnumbering the total in post beside them."""

from __future__ import annotations

from typing import Iterable

from ..context import CheckContext
from ..finding import Finding
from ..numbers_text import Item, num
from ..registry import Rule
from ..staff_counts import staff_conflicts

RULE = Rule(
    code="N023",
    name="staff-over-total",
    severity="error",
    summary="同一句中某类在岗人员人数超过所述在岗人员合计",
    doc=(
        "检查什么：人员情况中同一句先写各类实有人员、再写合计（“实有行政编制人员3人，合计在岗人数为2人”），"
        "某一类实有（在职、在岗、在编）人员多于合计，或几类不同人员相加多于合计；"
        "在职人数之后紧跟括号分列各类人员（“在职人员18人（公务员12人，机关工人2人，事业人员5人）”）时，括号里几类相加也不能多于它；括号里列出的聘用人员（县聘、校聘、编外聘用）也算其中一类（写明“另有”“不含”的除外）。\n"
        "为什么：合计至少包含其中每一类，少于某一类说明人数写错。\n"
        "不报的情形：编制数（“行政编制2个”“核定编制20人”）可以多于实有人数；退休、离休、借调、挂职、"
        "编外聘用等人员不计入在岗合计；不同年度的人数不比较。用词是数据（glossary/staff_counts.yaml，带示例）。\n"
        "示例：本单位行政编制1个，事业编制2个，实有行政编制人员3人，合计在岗人数为2人。"
    ),
    flag=(
        "本单位行政编制1个，事业编制2个，实有行政编制人员3人，合计在岗人数为2人。",
        "年末在职行政人员12人，在职事业人员9人，共有在职人员18人。",
        "在职人员18人（公务员12人，机关工人2人，事业人员5人）。",
        "学校在职教职工40人（事业编制36人，校聘教师6人），退休12人。",
    ),
    keep=(
        "本单位行政编制4个，事业编制2个，实有行政编制人员3人，合计在岗人数为5人。",
        "核定编制20人，实有人员18人，合计在岗人数为18人。",
        "实有行政编制人员3人，离退休人员6人，合计在岗人数为3人。",
        "2022年实有行政编制人员5人。2023年合计在岗人数为4人。",
        "在职人员18人（其中公务员12人，事业人员6人）。",
    ),
)


def _count(it: Item) -> str:
    return f"{num(it.q).strip()}{it.q.unit}"


def check(ctx: CheckContext) -> Iterable[Finding]:
    for c in staff_conflicts(ctx):
        shown = "＋".join(f"{p.label}{_count(p)}" for p in c.parts)
        if len(c.parts) > 1:
            shown += f"＝{c.parts_sum().normalize():f}{c.total.q.unit}"
        yield Finding(
            c.total.q.start, c.total.q.end, RULE.code, RULE.severity,
            f"{c.total.label}{_count(c.total)}少于同一句中的{shown}：合计至少应包含其中每一类人员，请核对人数",
        )
