"""W080: an article of a body's rules that sets itself apart by its own number (第六条 … 本制度第五条及第六条之外).

A body's rules (制度, 办法, 规定, 细则 …) are set out in articles, 第一条, 第二条 …, and an article that defines
what is left over names the articles before it: 第六条 依申请公开范围 — 本制度第四条及第五条之外的其他政府信息 …
When an article's own number stands among those it sets apart (第六条's body reads 本制度第五条及第六条之外), the
numbers were shifted by an article added or removed above, and the reader cannot tell which articles are meant.

Read only where the text sets out at least two articles on lines of their own (第N条 at a line's start), and only
a citation of the text itself (本制度, 本办法, 本规定 …) of one or more articles closed by 之外 or 以外 inside an
article whose own number is among them. A citation of another document, or of an article elsewhere, is not read.
"""

from __future__ import annotations

import re
from typing import Iterable

from ...core import regex_cache
from ...core.chinese_numerals import parse_chinese_numeral
from ...core.regex_needles import contains, finditer as near_needles
from ..context import CheckContext
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="W080",
    name="article-excepts-itself",
    severity="warning",
    summary="条文以“本制度第……条之外”排除其他条款时，把本条自己也列了进去（第六条中写“本制度第五条及第六条之外”）",
    doc=(
        "检查什么：制度、办法、规定等分条列出的文件中，某一条用“本制度（办法、规定）第……条之外（以外）”排除其他条款，"
        "所列条款里却有这一条自己，如第六条中写“本制度第五条及第六条之外的其他政府信息”。\n"
        "为什么：一条不会把自己排除在外；这多是上面增删条款后条号没有跟着改，读者无法确定所指的是哪几条。\n"
        "不报的情形：文中没有至少两条单独成行的“第N条”的；引用的是别的文件或不以“之外（以外）”排除的；所列条款不含本条的。\n"
        "示例：第六条中的“本制度第五条及第六条之外”应核对条号，如改为“本制度第四条及第五条之外”。"
    ),
    flag=(
        "第四条 下列政府信息应当主动公开\n（一）机构职能。\n第五条 下列政府信息不予公开\n（一）国家秘密。\n"
        "第六条 依申请公开范围\n本制度第五条及第六条之外的其他政府信息，纳入依申请公开范围。\n第七条 本制度自印发之日起施行。\n",
    ),
    keep=(
        "第四条 下列政府信息应当主动公开\n（一）机构职能。\n第五条 下列政府信息不予公开\n（一）国家秘密。\n"
        "第六条 依申请公开范围\n本制度第四条及第五条之外的其他政府信息，纳入依申请公开范围。\n第七条 本制度自印发之日起施行。\n",
        # another document's articles, and an article cited without setting it apart
        "第五条 审核\n《某省实施办法》第五条以外的事项，由本局审核。\n第六条 备案\n依照本办法第六条规定备案。\n",
    ),
)

_NUM = "一二三四五六七八九十百零〇"
_ARTICLE = regex_cache.compile(rf"^[ \t\u3000]*第([{_NUM}]{{1,5}})条", re.M)
# 本制度第五条及第六条之外, 本办法第三条、第四条规定以外: the articles set apart by a citation of the text itself.
_EXCEPT = regex_cache.compile(
    rf"本(?:制度|办法|规定|细则|条例|规则|章程|规范|意见|方案)"
    rf"(第[{_NUM}]{{1,5}}条(?:[、和及与或]第[{_NUM}]{{1,5}}条){{0,5}})(?:规定|所列|所述)?的?(?:之外|以外)")
_CITED = regex_cache.compile(rf"第([{_NUM}]{{1,5}})条")


def check(ctx: CheckContext) -> Iterable[Finding]:
    text = ctx.text
    if not (contains(text, "之外") or contains(text, "以外")) or not contains(text, "本"):
        return
    heads = list(near_needles(_ARTICLE, text))  # tried only after the lines' breaks (gen.core.regex_first)
    if len(heads) < 2:
        return
    for i, head in enumerate(heads):
        own = parse_chinese_numeral(head.group(1))
        if own is None:
            continue
        end = heads[i + 1].start() if i + 1 < len(heads) else len(text)
        for m in _EXCEPT.finditer(text, head.end(), end):
            for c in _CITED.finditer(text, m.start(1), m.end(1)):
                if parse_chinese_numeral(c.group(1)) == own:
                    yield Finding(
                        c.start(), c.end(), RULE.code, RULE.severity,
                        f"本条是“第{head.group(1)}条”，其中“{m.group()}”把本条自己也排除在外，条号有误"
                        "（多是上面增删条款后没有跟着改），应核对所指的条款。", None)
