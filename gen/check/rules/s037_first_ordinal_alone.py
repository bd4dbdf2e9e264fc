"""S037: an 一是 whose sibling items, written after it in the same paragraph, carry no 二是、三是.

Reports list points as 一是…二是…三是…. When the writer opens with 一是 and then goes on with items of the same
shape but no ordinal ("一是决策公开方面，……。执行公开方面，……。管理公开方面，……"), the run is broken: the
reader is promised a numbered list and gets one number. What shows the later sentences to be the 一是 item's
siblings is their head: a short phrase closed by the same punctuation and ending in the same two characters as
the 一是 item's own head (……方面，……方面，). At least two such siblings are needed (one sentence that happens to
end like the head is no list), and no 二是 (其二, 第二) may follow in the next stretch of text (the list may go on in
the next paragraph, numbered as it should be).

The same promise broken at a section's scale: a heading （二） whose only paragraph opens with 一是 and holds no 二是,
the next heading （三） following at once ((二)聚焦明责尽责 / 一是信访秩序持续好转。…… / (三)聚焦法治建设): the section's
points were cut after the first, or the lone point needs no number. Read only between two sibling headings of the
outline (gen.check.headings), the second numbered right after the first, with one paragraph between.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from operator import attrgetter
from typing import Iterable

from ...core import regex_cache
from ...core.regex_needles import finditer as near_needles
from ..context import CheckContext
from ..finding import Finding
from ..headings import headings
from ..registry import Rule

RULE = Rule(
    code="S037",
    name="first-ordinal-alone",
    severity="warning",
    summary="“一是”之后同段并列的各项没有“二是、三是”",
    doc=(
        "检查什么：“一是决策公开方面，……。执行公开方面，……。管理公开方面，……”这样以“一是”开头，"
        "同一段后面写法相同（以相同的词收尾、后接同样标点）的并列项却没有“二是”“三是”的。\n"
        "为什么：用了“一是”就是在逐项编号，后面各项缺了序号，列举不完整，读者看不出条理。\n"
        "不报的情形：并列项少于两个的；后文（包括下一段）有“二是”“其二”“第二”的。\n"
        "示例：“一是决策公开方面，……。执行公开方面，……”应为“二是执行公开方面，……”。"
    ),
    flag=(
        "全面推进政务公开。一是决策公开方面，开设重大决策专栏。执行公开方面，公开预决算信息。"
        "管理公开方面，推进双随机监管。\n",
        "一是队伍建设方面：组织培训两次。制度建设方面：修订制度五项。作风建设方面：开展专项整治。\n",
        # a section's only paragraph opens with 一是, the next section follows at once
        "（一）强化组织领导\n一是成立领导小组。由局长任组长。\n（二）聚焦明责尽责\n一是信访秩序持续好转。全年受理信访事项290件。\n"
        "（三）聚焦法治建设\n一是加强条例宣传。二是规范办理程序。\n",
    ),
    keep=(
        "全面推进政务公开。一是决策公开方面，开设重大决策专栏。二是执行公开方面，公开预决算信息。"
        "三是管理公开方面，推进双随机监管。\n",
        # the run goes on, numbered, in the next paragraph
        "一是决策公开方面，开设重大决策专栏。执行公开方面的信息同步公开。管理公开方面，推进双随机监管。\n"
        "二是服务公开方面，更新办事指南。\n",
        # one sentence ending like the head is no list
        "一是推进重点领域信息公开。加强医保领域信息公开。强化决策信息公开的审核。\n",
        # the section's points go on in the next paragraph, or its one paragraph numbers them all
        "（二）聚焦明责尽责\n一是信访秩序持续好转。全年受理信访事项290件。\n二是办理质效提升。\n（三）聚焦法治建设\n宣传条例。\n",
        "（二）聚焦明责尽责\n一是信访秩序持续好转。二是办理质效提升。\n（三）聚焦法治建设\n宣传条例。\n",
    ),
)

_ONE = regex_cache.compile(r"(?:^|(?<=[。；;：:\s）)]))一是(?P<head>[\u4e00-\u9fff“”]{2,12}?)(?P<p>[，,。：:])")
_NEXT = regex_cache.compile(r"二是|其二|第二|二要|二则")
NEXT_REACH = 1500  # characters after the 一是 searched for its 二是
MIN_SIBLINGS = 2


_OPENS_ONE = regex_cache.compile(r"[ \t\u3000]{0,4}一是")


def _alone_in_section(ctx: CheckContext) -> Iterable[int]:
    """The offset of each 一是 that opens the only paragraph between two sibling headings, with no 二是 after it."""
    outline, paras = headings(ctx), ctx.paragraphs
    for h, nxt in _pairs_around_one(ctx.text, outline, paras):
        if nxt.level != h.level or nxt.number != h.number + 1:
            continue
        lo, hi = bisect_left(paras, h.end, key=_START), bisect_left(paras, nxt.start, key=_START)
        body = [p for p in paras[lo:hi] if p.text.strip()] if hi - lo <= 3 else ()
        if len(body) == 1 and _OPENS_ONE.match(body[0].text) and not _NEXT.search(body[0].text):
            yield body[0].start + body[0].text.index("一是")


_START = attrgetter("start")  # paragraphs are bisected by their starts, not copied into a list of them (some 10,000)


def _pairs_around_one(text: str, outline, paras):
    """The pairs of neighbouring headings that can hold a paragraph opening with 一是: the pair round each such
    paragraph (the next heading is the first to start after it), instead of every pair of the outline (some 2,000
    in a long report, 2 ms for the few dozen paragraphs that open so). The outline out of order: every pair."""
    heads = [h.start for h in outline]
    if heads != sorted(heads):
        return list(zip(outline, outline[1:]))
    near: set[int] = set()
    at = text.find("一是")
    while at != -1:
        i = bisect_right(paras, at, key=_START) - 1
        if i >= 0 and _OPENS_ONE.match(paras[i].text):
            near.add(bisect_right(heads, paras[i].start) - 1)  # the pair (outline[k], outline[k + 1])
        at = text.find("一是", at + 2)
    return [(outline[k], outline[k + 1]) for k in sorted(near) if 0 <= k < len(outline) - 1]


def check(ctx: CheckContext) -> Iterable[Finding]:
    text = ctx.text
    if "一是" not in text:
        return
    for at in _alone_in_section(ctx):
        yield Finding(at, at + 2, RULE.code, RULE.severity,
                      "此节只有一段，以“一是”开头却没有“二是”“三是”，紧接着就是下一节标题，列举不完整；"
                      "请补齐其余各点，或删去“一是”。", None)
    for m in near_needles(_ONE, text):
        if _NEXT.search(text, m.end(), m.end() + NEXT_REACH):
            continue
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end == -1 else line_end
        tail = m.group("head")[-2:]
        sibling = regex_cache.compile(r"[。；;]\s{0,1}[\u4e00-\u9fff“”]{0,10}" + tail + "[" + m.group("p") + "]")
        found = list(sibling.finditer(text, m.end(), line_end))
        if len(found) < MIN_SIBLINGS:
            continue
        first = found[0].group()[1:].lstrip()
        yield Finding(m.start(), m.start() + 2, RULE.code, RULE.severity,
                      f"此处以“一是”开头，同段后面并列的“{first[:-1]}”等{len(found)}项却没有“二是”“三是”等序号，"
                      "列举不完整，请补齐序号或删去“一是”。", None)
