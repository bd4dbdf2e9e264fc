"""S042: a 政府信息公开 report's section titled 依申请公开 whose text never speaks of a request.

The yearly report on government information disclosure has fixed parts, and the one on disclosure on request
(（二）依申请公开情况) says how many requests came in and how they were answered, or that none came. Written
over another part, or pasted under the wrong heading, the section tells something else: proposals handled
(通过门户网站公开建议提案办理13件……), or the information published of the body's own accord (及时、全面地发布了
各类信息……). Its heading then promises what the text never gives, and the reader does not learn the one figure
the part is for. Read only where the heading names disclosure on request alone (依申请公开, 依申请公开政府信息,
…情况, …工作), the section's text is whole (some length, closed by its mark: a page cut mid-sentence is not
judged) and holds no word of a request at all (申请, 申, 来函, 依申请).
"""

from __future__ import annotations

from typing import Iterable

from ...core import regex_cache
from ..context import CheckContext
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="S042",
    name="request-section-off-topic",
    severity="warning",
    summary="政府信息公开年报“依申请公开”标题下的内容没有写政府信息公开申请，内容与标题不符",
    doc=(
        "检查什么：政府信息公开工作年度报告中以“依申请公开”（“依申请公开情况”“依申请公开政府信息情况”等）为题的一节，"
        "正文通篇没有说到申请（收到多少申请、如何答复，或未收到申请），写的是建议提案办理、主动公开信息等别的事项。\n"
        "为什么：这一节按格式要写明本年收到和处理政府信息公开申请的情况；写成别的内容，多是套用、粘贴时放错了位置，"
        "读者看不到应有的数字，标题与内容也对不上。\n"
        "不报的情形：标题还列了别的事项（“依申请公开、不予公开及咨询情况”）；正文说到申请（含“未收到申请”）；"
        "正文很短或没有写完（网页截断）。\n"
        "示例：“（二）依申请公开。通过门户网站公开建议提案办理13件……”，应写明本年收到、办理政府信息公开申请的情况。"
    ),
    flag=(
        "（一）主动公开。全年通过门户网站主动公开各类信息420条。\n（二）依申请公开。通过门户网站公开人大代表建议、"
        "政协委员提案办理结果9件。全年承办建议提案共9件，均在规定时限内办理完毕，按期办结率100%。\n（三）政府信息管理。\n",
        "（二）依申请公开情况\n2022年，我会及时、全面地发布了各类信息，其中包括财政资金、综合政务、部门动态等各类信息，"
        "信息发布的及时性进一步提高。\n（三）政府信息管理\n",
    ),
    keep=(
        "（二）依申请公开。全年共收到政府信息公开申请3件，均在法定期限内答复完毕，未发生行政复议和诉讼。\n（三）政府信息管理。\n",
        "（二）依申请公开情况\n本年度我局未收到群众来函，无依申请公开事项，也未发生因信息公开引起的复议和诉讼。\n（三）政府信息管理\n",
        # a heading of two topics: the text may be on the other
        "（二）依申请公开和不予公开情况\n本年度对涉及国家秘密的3条信息不予公开，均按规定履行了保密审查程序。\n（三）政府信息管理\n",
        # the page cut the section mid-sentence: not judged
        "（二）依申请公开情况。严格落实《中华人民共和国政府信息公开条例》的规定，进一步规范工作流程，确保\n（三）政府信息管理\n",
    ),
)

_HEADING = regex_cache.compile(
    r"[ \t\u3000]{0,4}(?:[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、.．])[ \t\u3000]{0,2}"
    r"(?:关于)?依申请公开(?:政府信息)?(?:工作)?(?:的)?(?:开展|办理)?(?:情况|方面)?[ \t\u3000]{0,2}(?P<mark>[。.．:：]|$)")
_ANY_HEADING = regex_cache.compile(
    r"[ \t\u3000]{0,4}(?:[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[.．、](?!\d)"
    r"|第[一二三四五六七八九十]{1,3}部分)")
_REQUEST = regex_cache.compile(r"申|来函|依申请")
MIN_BODY = 30  # characters of a section's text
MAX_BODY = 1500  # a section longer than this is read no further


def _section(paras, i: int, m) -> tuple[int, str]:
    """Where the section's text opens and the text itself: the run-in rest of the heading's paragraph, or the
    paragraphs after it up to the next heading."""
    p = paras[i]
    rest = p.text[m.end():].strip()
    if rest:
        return p.start + m.end(), rest
    parts, start = [], None
    for q in paras[i + 1:]:
        if _ANY_HEADING.match(q.text) or sum(map(len, parts)) > MAX_BODY:
            break
        start = q.start if start is None else start
        parts.append(q.text.strip())
    return (start or p.start), "".join(parts)


def check(ctx: CheckContext) -> Iterable[Finding]:
    text = ctx.text
    if "依申请公开" not in text or "政府信息" not in text:
        return
    paras = ctx.paragraphs
    for i, p in enumerate(paras):
        if "依申请公开" not in p.text[:24]:
            continue
        m = _HEADING.match(p.text)
        if m is None:
            continue
        _, body = _section(paras, i, m)
        if len(body) < MIN_BODY or body[-1] not in "。；;！!" or _REQUEST.search(body):
            continue
        title = p.text[:m.end()].strip()
        yield Finding(p.start, p.start + m.end(), RULE.code, RULE.severity,
                      f"标题“{title}”之下没有一处说到政府信息公开申请（“{body[:16]}……”），内容与标题不符；"
                      "这一节应写明本年收到、办理申请的情况（未收到申请也应写明）。", None)
