"""N040: one document cited twice in a text, with two different numbers.

A document has one 文号: 《关于……机构编制调整的通知》（郴编〔2016〕4号） and, a few
paragraphs on, the same title with 郴编〔2016〕8号 means one of the two numbers was
typed wrong, and a reader cannot tell which. Both citations are read by W017's
reading (gen.check.citations: a 《title》 and the number in brackets right after it);
only a title of ten characters or more, cited with numbers of the same issuer's
code and year, is compared. Funds are allocated in batches under one title
(《关于下达2022年……补助资金的通知》 is issued two or three times a year, each with
its own number), so titles that allocate or settle money are left alone.
"""

from __future__ import annotations

from typing import Iterable

from ...core import regex_cache
from ..citations import normal, text_citations
from ..context import CheckContext
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="N040",
    name="one-document-two-numbers",
    severity="warning",
    summary="同一文件前后写了两个不同的文号",
    doc=(
        "检查什么：同一篇文本中，同一个文件名称（《关于……的通知》）后面先后写了两个不同的文号，"
        "如前文“（郴编〔2016〕4号）”、后文“（郴编〔2016〕8号）”。\n"
        "为什么：一个文件只有一个文号，前后不一致必有一处写错，读者无从判断哪个是对的。\n"
        "不报的情形：文件名称不足十个字的；两个文号的发文机关代字或年份不同的；"
        "下达、拨付、分配、清算资金的文件（同一名称的通知常分批下发，各有文号）。\n"
        "示例：《关于郴州市区不动产登记职责整合和机构编制调整的通知》前文为郴编〔2016〕4号，后文写成郴编〔2016〕8号。"
    ),
    flag=(
        "根据《关于某区不动产登记职责整合和机构编制调整的通知》（某编〔2016〕4号）设立本中心。"
        "按照《关于某区不动产登记职责整合和机构编制调整的通知》（某编〔2016〕8号）核定编制。",
    ),
    keep=(
        "根据《关于某区不动产登记职责整合和机构编制调整的通知》（某编〔2016〕4号）设立本中心。"
        "按照《关于某区不动产登记职责整合和机构编制调整的通知》（某编〔2016〕4号）核定编制。",
        # funds under one title, in two batches
        "依据《关于下达2022年衔接推进乡村振兴补助资金的通知》（某财农〔2022〕3号）和"
        "《关于下达2022年衔接推进乡村振兴补助资金的通知》（某财农〔2022〕41号）安排资金。",
        # another issuer's or another year's document of the same name
        "《关于做好机构编制统计工作的通知》（某编〔2016〕4号）、《关于做好机构编制统计工作的通知》（某编〔2017〕8号）。",
    ),
)

MIN_TITLE = 10
_FUNDS = regex_cache.compile(r"下达|拨付|拨款|预拨|提前|分配|安排|清算|资金|补助|经费")


def check(ctx: CheckContext) -> Iterable[Finding]:
    if "》" not in ctx.text:
        return
    first: dict[tuple, tuple] = {}  # (title, code, year) -> (serial, number as written)
    for c in text_citations(ctx):
        if not c.title or c.number is None or c.number.year is None or len(c.title) < MIN_TITLE:
            continue
        if _FUNDS.search(c.title):
            continue
        key = (normal(c.title), c.number.head, c.number.year)
        written = ctx.text[c.number.start:c.number.end]
        seen = first.setdefault(key, (c.number.serial, written))
        if seen[0] != c.number.serial:
            yield Finding(c.number.start, c.number.end, RULE.code, RULE.severity,
                          f"同一文件《{c.title}》前文文号为“{seen[1]}”，此处写成“{written}”，请核对。", seen[1])
