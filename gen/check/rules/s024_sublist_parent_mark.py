"""S024: a list under a （一） title numbered （一）（二）… again, with its parent's own mark.

A section titled "（一）单位职能简介" holds the unit's duties as a list; pasted from the unit's
三定 document, the list keeps its （一）（二） marks, so the items read as siblings of their own title
and the reader cannot tell the levels apart (they should be 1. 2. or （1）（2）). Read only where the
title line is short and has no full stop, at most one paragraph of text stands between it and the
list's （一）, no heading of an outer level (一、, 第X部分) or （二） comes between, the list runs on to
（二） at least, and its items are sentences: a contents followed by the body ((一) then (一) with
nothing between, or a title under it) and a new part's list are not read.

The same slip inside a paragraph: an item of a 一是、二是 run whose own points are numbered 一是、二是 again
(……三是信箱办理情况。全年受理信件245件，已全部办结。一是及时收件……二是强力督办……), so the reader cannot tell
the third point's parts from the points beside it. Read where, in one paragraph, an item 二是 or later is
followed by 一是 and that by 二是 (a run of two at least under it), with no heading's mark (一、, （一）, 1.)
between the outer item and the inner 一是: a page's headings run into one line open a new part whose run
numbers afresh. A second counted list is no level under the first: where the first run's lead-in counted its
items (从六个方面作了总结：一是…) and the outer item is its last (六是), a 一是 with a counted lead-in of its own
(又要把五个方面工作继续加强：一是…, 聚焦以下十方面重点工作：一是…) opens the next list.

A page's whole outline run into one line, where a deeper item's points take the top level's marks (…（3）预案宣传情况。
一、组织干部培训…二、开展知识宣传…2、健全应急管理体制…): the second 一、 comes while the first is still open, under the
（3）, and the text then goes back to the level the run interrupted (gen.check.inline_level_restarts).
"""

from __future__ import annotations

from ...core import regex_cache
from ..finding import Finding
from ..inline_level_restarts import restarts
from ..registry import Rule

RULE = Rule(
    code="S024",
    name="sublist-parent-mark",
    severity="warning",
    summary="“（一）”标题下的列举又从“（一）”编起，与上级同用一级序号",
    doc=(
        "检查什么：“（一）”标题（如“（一）单位职能简介”）下，隔一段说明文字，列举的各项又编为“（一）（二）……”，与所属标题同用一级序号。\n"
        "单独成行、以冒号结尾的“一是……情况：”之下，各点又编为“一是”“二是”，也是同一毛病。\n"
        "整篇报告连成一行（PDF、文档站页面）时，“（3）”之下的各点又编为“一、”“二、”，随后又接着“2、”，也是同一毛病。\n"
        "为什么：下一级列举应换用“1.”或“（1）”；同用“（一）”，读者分不清哪一项是标题、哪一项是列举，层级混乱。\n"
        "不报的情形：标题下紧接“（一）”（目录之后的正文）；中间隔着“一、”或“第X部分”；列举只有一项；列举项不是句子。\n"
        "示例：“（一）单位职能简介”下，“（一）宣传贯彻执行党和国家的教育方针……”应改为“1.宣传贯彻……”。"
    ),
    flag=(
        "一、基本职能及主要工作\n（一）单位职能简介\n本校是一所实施特殊教育的全日制学校，主要职能如下：\n"
        "（一）贯彻执行国家的教育方针和政策。\n（二）负责学校经费的统筹管理和合理使用。\n（三）组织开展教育教学研究。\n",
        # a 一是、二是 run under the third point of a 一是、二是 run, in one paragraph
        "（三）来信办理情况。一是规范登记。所有来信当日登记。二是及时转办。按职责转交有关单位。三是信箱办理情况。"
        "全年受理信箱来信160件，均已办结。一是及时收件抓受理。当日签收分办。二是跟踪督办抓落实。按期回复率100%。\n",
        # the outer run's earlier items in paragraphs of their own: the 三是 and its inner 一是、二是 alone in theirs
        "一是加强信息公开。全年更新信息468条。\n二是加强政策解读。\n三是加强警民互动。一是主动回应网络舆情，答复信件176件。"
        "二是及时公开建议提案办理情况。\n",
        # a 一是 title on its line over points numbered 一是、二是 again
        "主要汇报两个方面：\n一是护林防火工作开展情况：\n一是强化组织领导，提高防火意识。\n二是积极落实措施，严防火灾发生。\n",
        # a page's outline on one line: the （3）'s points numbered 一、二、, then the outline's 2、 goes on
        "2023年某乡防汛工作总结 一、防汛体系建设 （一）预案管理。 1、修订预案。 （1）编制情况。修订预案6件。 "
        "（2）演练情况。组织演练3次。 （3）宣传情况。一、组织干部培训，讲解防汛知识。 二、发放宣传资料2000份。 "
        "2、健全工作机制。 （1）设立防汛办公室。\n",
    ),
    keep=(
        # the points under the third numbered 1. 2.: another level
        "（三）来信办理情况。一是规范登记。所有来信当日登记。二是及时转办。三是信箱办理情况。"
        "全年受理信箱来信160件。1.及时收件抓受理。2.跟踪督办抓落实。\n",
        # the 一是 title's points numbered 1. 2.; a 一是 point whose own text goes on after its colon
        "一是护林防火工作开展情况：\n1.强化组织领导，提高防火意识。\n2.积极落实措施，严防火灾发生。\n",
        "一是加强领导：成立领导小组，明确分工。\n二是落实措施，严防火灾发生。\n三是认真演练，提高应急能力。\n",
        # a page's headings run into one line: a new part's run numbers afresh
        "一是规范登记。二是及时转办，按职责转交。四、存在的问题 一是人员不足。二是经费紧张。\n",
        # the first run's lead-in counts three and its 三是 closes it; the second run has a counted lead-in of its own
        "从三个方面作了总结：一是抓党建。二是抓项目。三是抓民生，改善了群众生活。同时要把两个方面工作继续加强：一是党建方面。"
        "规定动作不够到位。二是民生方面。服务不够精细。\n",
        # the same without 个 (十方面): the second list's own lead-in counts it
        "提出三点建议：一是凝心聚力。二是正视问题。三是担当作为。明年将聚焦以下五方面重点工作：一是实施更新行动，取得新突破；"
        "二是落实长效机制，取得新突破。\n",
        # a new sentence after the third point, its own lead-in closed by a colon: a second list, no level under 三是
        "他提出三点：一是讲政治，二是讲人权，三是提高业务水平。会上，院长还对明年的工作作了部署：一是实行两级制度。二是实行考核。\n",
        # a lone 一是 after the third point: S037's, not a run
        "三是积极拓展新媒体应用。一是加强官方微信建设和运维。\n",
        # the contents on the line, then the body: the second 一、 follows a 二、, it restarts nothing open
        "目录 一、防汛体系建设 （一）预案管理 二、存在问题 一、防汛体系建设 （一）预案管理。修订预案6件，组织演练3次，"
        "发放宣传资料2000份。 二、存在问题 宣传覆盖面不够广。\n",
        # the points numbered 一、二、 under （3）, but the page goes on at the top level: a second document, not the （3）'s
        "2023年某乡防汛工作总结 一、防汛体系建设 （一）预案管理。 1、修订预案。 （1）编制情况。修订预案6件。 "
        "（2）演练情况。组织演练3次。 （3）宣传情况。一、组织干部培训，讲解防汛知识。 二、发放宣传资料2000份。 "
        "三、存在问题 宣传覆盖面不够广。\n",
        # the body after its contents: the contents' （一） title, then the body's own （一）
        "目录\n（一）单位职能简介\n（二）机构设置\n（一）单位职能简介\n本校是一所特殊教育学校。\n",
        "一、基本职能及主要工作\n（一）单位职能简介\n本校是一所实施特殊教育的全日制学校，主要职能如下：\n"
        "1.贯彻执行国家的教育方针和政策。\n2.负责学校经费的统筹管理和合理使用。\n",
        # a new part between: its list numbers afresh
        "（一）单位职能简介\n本校是一所特殊教育学校。\n二、机构设置\n（一）内设办公室和教务处两个科室。\n（二）下设一个分校区。\n",
        # the list's items are titles, not sentences
        "（一）收入情况\n本年收入一百万元。\n（一）财政拨款收入\n（二）其他收入\n",
    ),
)

_FIRST = regex_cache.compile(r"[ \t\u3000]{0,8}[（(]一[）)]")
_SECOND = regex_cache.compile(r"[ \t\u3000]{0,8}[（(]二[）)]")
_OUTER = regex_cache.compile(r"[ \t\u3000]{0,8}(?:[一二三四五六七八九十]{1,3}[、.．]|第[一二三四五六七八九十\d]{1,3}[部章节]|目[ \t\u3000]{0,4}录)")
TITLE_MAX = 30  # characters of the （一） title line
_SENTENCE_END = ("。", "；", ";")
# An ordinal of a 一是、二是 run, after a clause boundary or the paragraph's start.
_SHI = regex_cache.compile(r"(?:(?<=^)|(?<=[。；;：:，,！？\s]))([一二三四五六七八九十])是(?=[\u4e00-\u9fff“（(])")
# A heading's mark inside a paragraph (a page's headings run into one line): a new part.
_INNER_HEADING = regex_cache.compile(r"(?:^|[。；;：:\s])(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[.．、](?!\d)|第[一二三四五六七八九十]{1,3}部分)")


# A run's lead-in that counts its items (从六个方面作了总结:一是…), right before the run's 一是.
_COUNTED_LEAD = regex_cache.compile(r"([两二三四五六七八九十])(?:个?方面|个部分|点|项)[^。；;！？]{0,20}[:：]$")
_ORDINALS = "一二三四五六七八九十"
LEAD_WIDTH = 28  # characters before a 一是 read for the lead-in


def _counted(text: str, at: int) -> int:
    """The count a lead-in right before offset ``at`` announces (从六个方面…：), or 0."""
    m = _COUNTED_LEAD.search(text, max(0, at - LEAD_WIDTH), at)
    return _ORDINALS.index(m.group(1).replace("两", "二")) + 1 if m else 0


def _new_counted_run(text: str, marks, k: int) -> bool:
    """The outer item at ``marks[k - 1]`` is the last its run's lead-in counted (六个方面…六是), and the inner 一是
    has a counted lead-in of its own (又要把五个方面工作继续加强:一是): a second list after the first, not a level under it."""
    outer = marks[k - 1]
    first = next((m for m in reversed(marks[:k - 1]) if m.group(1) == "一"), None)
    return (first is not None and _counted(text, first.start()) == _ORDINALS.index(outer.group(1)) + 1
            and _counted(text, marks[k].start()) > 0)


def _new_lead(text: str, outer_end: int, at: int) -> bool:
    """The inner 一是 opens a list of its own: a colon right before it closes a sentence of its own, begun after the
    outer item's sentence ended (三是……。会上，某某对明年工作作了部署：一是……), not a lead-in of the outer item."""
    stop = max(text.rfind(end, outer_end, at) for end in "。！？")
    return text[at - 1:at] in ":：" and stop >= 0 and at - stop > LEAD_MIN


LEAD_MIN = 6  # characters of a lead-in sentence of its own, between the full stop and its colon


def _sentence(text: str) -> bool:
    return text.rstrip().endswith(_SENTENCE_END) and len(text) > 12


def _restarted_runs(ctx):
    """Each inner 一是 opening a run of two under an outer item 二是 or later of the same paragraph."""
    for p in ctx.paragraphs:
        if p.text.count("是") < 3 or "一是" not in p.text:  # an outer item, the inner 一是 and its 二是
            continue
        marks = list(_SHI.finditer(p.text))
        for k in range(1, len(marks) - 1):
            outer, inner, after = marks[k - 1], marks[k], marks[k + 1]
            if inner.group(1) != "一" or outer.group(1) in "一" or after.group(1) != "二":
                continue
            if _INNER_HEADING.search(p.text, outer.end(), inner.start()) or _new_counted_run(p.text, marks, k) \
                    or _new_lead(p.text, outer.end(), inner.start()):
                continue
            yield p.start + inner.start(1), outer.group(), inner.group()


# An item of a 一是 run standing as a title on its line, closed by a colon (一是护林防火工作开展情况：).
_SHI_TITLE = regex_cache.compile(r"[ \t\u3000]{0,4}([一二三四五六七八九十])是[^。；;，,\n]{2,20}[:：][ \t\u3000]*")
_SHI_OPENS = regex_cache.compile(r"[ \t\u3000]{0,4}([一二])是")


def _titled_runs(ctx):
    """An 一是 (二是 …) title on its own line whose points, one a paragraph below it, are numbered 一是、二是 again."""
    paras = [p for p in ctx.paragraphs if p.text.strip()]
    for p, first, second in zip(paras, paras[1:], paras[2:]):
        if "是" not in p.text[:6] or (m := _SHI_TITLE.fullmatch(p.text)) is None:
            continue
        a, b = _SHI_OPENS.match(first.text), _SHI_OPENS.match(second.text)
        if a and b and a.group(1) == "一" and b.group(1) == "二" and _sentence(first.text) and _sentence(second.text):
            yield p.start + m.start(1), m.group(1) + "是", p.text.strip().rstrip(":：")


def check(ctx):
    for at, mark, title in _titled_runs(ctx):
        yield Finding(at, at + 2, RULE.code, RULE.severity,
                      f"“{title}”用“{mark}”作标题，其下各点又从“一是”编起，两级同用一种序号，层级混乱；"
                      "上一级应改用“一、”“（一）”等标题序号。")
    for r in restarts(ctx.paragraphs):
        yield Finding(r.start, r.end, RULE.code, RULE.severity,
                      f"“{r.parent}”之下的各点又从“一、”编起，沿用了一级标题的序号，层级混乱；"
                      "其下各点应改用下一级序号（如①②），或改为“一是”“二是”。")
    for at, outer, inner in _restarted_runs(ctx):
        yield Finding(at, at + 2, RULE.code, RULE.severity,
                      f"“{outer}”一项之下又从“{inner}”编起，与上一级列举同用一种序号，层级混乱；"
                      "下一级应改用“1.”“（1）”等，或把这几项并入上级列举。")
    paras = ctx.paragraphs
    for i, p in enumerate(paras):
        if not _FIRST.match(p.text) or len(p.text) > TITLE_MAX or "。" in p.text:
            continue
        # one paragraph of text, then the list's （一）
        if i + 3 >= len(paras):
            continue
        between, item, nxt = paras[i + 1], paras[i + 2], paras[i + 3]
        if _FIRST.match(between.text) or _SECOND.match(between.text) or _OUTER.match(between.text):
            continue
        if not (_FIRST.match(item.text) and _sentence(item.text)):
            continue
        if not (_SECOND.match(nxt.text) and _sentence(nxt.text)):
            continue
        at = item.start + len(item.text) - len(item.text.lstrip(" \t\u3000"))
        mark = _FIRST.match(item.text).group().strip()
        yield Finding(at, at + len(mark), RULE.code, RULE.severity,
                      f"上级标题“{p.text.strip()}”已编为“（一）”，其下列举又从“{mark}”编起，"
                      "同用一级序号，层级混乱，列举应改用“1.”或“（1）”。")
