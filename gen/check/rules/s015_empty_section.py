"""S015: a subsection heading with nothing under it before the next higher heading.

"（四）整改情况" followed at once by "二、绩效自评工作开展情况": the outline
promises a subsection and the text gives none (so does "（二）依申请公开情况" between a （一） and a （三）
that both have their paragraphs) — its paragraphs were cut, or a
template's heading was kept with nothing to say. Precision first, so the
heading must look like the others of its run: its previous sibling (same
level, same parent) had a paragraph of its own; the line before it is prose,
not another heading (a table of contents or an outline pasted as a list runs
heading after heading); its title is a short title, not a run-in sentence
("（四）其他情况：无。" carries its content) and no contents entry (no page
number at its end); "其他需要说明的情况" may stay empty when there is none. Headings of a table of contents (gen.check.headings) are
not in the outline at all.

A section whose whole body is one short label made only of its heading's own characters (申请信息公开情况 under
四、政府信息公开申请的办理情况; 收费 under 五、政府信息公开的收费及减免情况) is empty too: the template's label was
kept and the content never written. A body with any word of its own (无, 未收费) or a mark is content.

Top-level parts are read as a run: 二、 to 四、 each followed at once by the next, between a part with its paragraphs
and a part with its paragraphs, the line before 二、 prose (a disclosure report whose 二、 to 四、 tables were never
given). A run at the text's end (a page cut short) or right after another heading (an outline) is not read.
"""

from __future__ import annotations

from bisect import bisect_left

from ...core import regex_cache
from ..colon_lists import titled_list
from ..finding import Finding
from ..headings import LEVEL_NAMES, headings
from ..registry import Rule

RULE = Rule(
    code="S015",
    name="empty-section",
    severity="warning",
    summary="小标题之下没有内容",
    doc=(
        "检查什么：一个小标题（如“（四）整改情况”）之后直接是更高一级的标题（如“二、”）或下一个同级标题（其后有内容），中间没有任何内容，"
        "而它的上一个同级标题之下是有内容的。\n"
        "为什么：列了小标题却没有内容，多半是删改时丢了段落，或照模板列了标题却没有填写，评审人员会认为报告不完整。\n"
        "不报的情形：目录；标题一个接一个排列（提纲、目录式的列表）；标题本身带着内容（“（四）其他情况：无。”“3.未完成的绩效目标（无）”）；"
        "行末带页码的目录项；同级的其他标题之下也没有内容。\n"
        "一级标题（二、三、四、）一个接一个、之下都没有内容，前后两部分都有内容的（公开年报的二至四部分只有标题、统计表缺失），同样报告。\n"
        "标题之下只有一行由标题里的字组成的短语（“四、政府信息公开申请的办理情况”之下只写“申请信息公开情况”），"
        "同样是没有内容。\n"
        "示例：“（三）实施情况”之下有一段说明，“（四）整改情况”之后紧接“二、绩效自评工作开展情况”，应补写整改情况或删去该标题。"
    ),
    flag=(
        "一、基本情况\n（一）项目概况\n项目由县财政安排。\n（二）实施情况\n全县维修水池二十处。\n（三）整改情况\n"
        "二、自评工作开展情况\n（一）自评依据\n按县财政局通知开展。\n",
        # the body only the heading's words again: a template's label with nothing written
        "一、总体情况\n全年公开信息30条。\n二、依申请公开的办理情况\n\n依申请公开情况\n\n三、复议诉讼情况\n未发生。\n",
        # an empty subsection between two siblings that have their paragraphs
        "一、总体情况\n（一）主动公开情况\n全年公开信息750条。\n（二）依申请公开情况\n（三）政府信息管理情况\n建立长效机制。\n",
        # top-level parts listed one after another with nothing under them, between parts that have their paragraphs
        "一、总体情况\n全年公开信息30条。\n二、主动公开政府信息情况\n\n三、收到和处理政府信息公开申请情况\n\n"
        "四、存在的主要问题及改进情况\n仍有不足。\n",
    ),
    keep=(
        # empty top-level parts at the text's end (a page cut short), or a part whose content is its subsections
        "一、总体情况\n全年公开信息30条。\n二、主动公开政府信息情况\n\n三、收到和处理政府信息公开申请情况\n",
        "一、总体情况\n全年公开信息30条。\n二、主动公开政府信息情况\n（一）规章\n无。\n三、存在的主要问题\n仍有不足。\n",
        # the last subsection has its paragraph
        "一、基本情况\n（一）项目概况\n项目由县财政安排。\n（二）整改情况\n已完成整改。\n二、自评工作开展情况\n",
        # the subsection carries its content in its own line
        "一、基本情况\n（一）项目概况\n项目由县财政安排。\n（二）其他情况：无。\n二、自评工作开展情况\n",
        "一、绩效目标\n1.完成的绩效目标\n全部完成。\n2.未完成的绩效目标（无）\n二、自评结论\n",
        # an outline listed heading after heading (contents without a 目录 line)
        "第一部分 单位概况 1\n一、主要职责 1\n（一）职能 2\n（二）机构 3\n二、决算情况 4\n",
        # none of the siblings has content: a list of section names, not an empty section
        "一、基本情况\n（一）项目概况\n（二）整改情况\n二、自评工作开展情况\n按通知开展。\n",
        # an optional section left empty, as templates allow
        "一、基本情况\n（一）项目概况\n项目由县财政安排。\n（二）其他需要说明的情况\n二、自评工作开展情况\n按通知开展。\n",
        # duties listed under a 2. title with a higher level's （一）: the title has its content
        "一、单位概况\n（一）基本情况\n1.人员编制\n本中心编制8人，实有7人。\n2.工作职责\n"
        "（一）负责全区公路养护的计划编制，并督促实施。\n（二）承办区政府交办的其他事项。\n（二）支出情况\n全年支出30万元。\n",
        # a subsection's next sibling empty too: a list of section names
        "一、总体情况\n（一）主动公开情况\n全年公开信息750条。\n（二）依申请公开情况\n（三）政府信息管理情况\n二、其他\n无。\n",
        # a 1. list of short items ending before the next （二）
        "（一）工作措施\n采取以下措施。\n1.健全制度\n2.加强督导\n（二）存在问题\n",
        # a short body with a word of its own, or a mark: content
        "一、总体情况\n全年公开信息30条。\n二、收费及减免情况\n未收费\n三、依申请公开情况\n无。\n四、复议诉讼情况\n未发生\n",
        # a run-in heading (its paragraph on its line) and a short line after it
        "一、坚持理论学习，全体党员认真学习党史，开展专题学习三次。\n坚持\n二、工作计划\n按计划推进。\n",
    ),
)

TITLE_MAX = 30
_SENTENCE = regex_cache.compile(r"[。；;：:，,！？!?]")
_PAGE_NUMBER = regex_cache.compile(r"\d\s*$")
# A title that gives its content in brackets at its end: 3.未完成的绩效目标（无）.
_BRACKETED_CONTENT = regex_cache.compile(r"[（(](?:无|没有|暂无|不涉及|无此项)[)）]\s*$")
# "（五）其他需要说明的情况": left empty when there is nothing to add, as templates allow.
_OPTIONAL = regex_cache.compile(r"其他[\u4e00-\u9fff]{0,10}(?:说明|事项|情况)")


def _title_like(h) -> bool:
    title = h.title.strip()
    return (len(title) <= TITLE_MAX and not _SENTENCE.search(title) and not _PAGE_NUMBER.search(title)
            and not _OPTIONAL.match(title) and not _BRACKETED_CONTENT.search(title))


STUB_MAX = 12
_MARKED = regex_cache.compile(r"[。；;：:，,！？!?、（）()“”\d\n]")


def _stub_bodies(text: str, heads: list):
    """Sections whose whole body is a short label of the heading's own characters (see the module's docstring)."""
    for i, h in enumerate(heads):
        end = heads[i + 1].start if i + 1 < len(heads) else len(text)
        body = text[h.end:end].strip()
        if not 2 <= len(body) <= STUB_MAX or _MARKED.search(body) or not _title_like(h) \
                or not all(c in h.title for c in body):  # a run-in heading's paragraph holds any word
            continue
        at = text.index(body, h.end)
        yield Finding(at, at + len(body), RULE.code, RULE.severity,
                      f"“{h.mark}{h.title.strip()}”之下只有“{body}”几个字，没有实际内容（模板的提示语没有替换）："
                      f"请写明该部分的情况，没有的写“无”并说明。")


def _empty_parts(heads: list, has_body, prose_before):
    """Top-level parts (二、三、四、) with nothing under them, one after the other, between a part with its paragraphs
    and a part with its paragraphs: the parts were listed and never given (a disclosure report's 二、 to 四、 whose
    tables are missing). A part with subsections or any line of its own is content; so is a run at the text's end."""
    tops = [i for i, h in enumerate(heads) if h.level == 1]
    k = 1
    while k < len(tops) - 1:
        run = []
        j = k
        while j < len(tops) - 1 and tops[j + 1] == tops[j] + 1 and not has_body(heads[tops[j]], heads[tops[j] + 1].start):
            run.append(heads[tops[j]])
            j += 1
        if not run:
            k += 1
            continue
        before, after = heads[tops[k - 1]], heads[tops[j]]
        after_end = heads[tops[j] + 1].start if tops[j] + 1 < len(heads) else None
        numbers = [before.number] + [h.number for h in run] + [after.number]
        if numbers == list(range(before.number, before.number + len(numbers))) and prose_before(run[0]) \
                and has_body(after, after_end if after_end is not None else 1 << 62) and all(_title_like(h) for h in run):
            first, last = run[0], run[-1]
            parts = f"“{first.mark}{first.title.strip()}”" + (f"至“{last.mark}{last.title.strip()}”" if len(run) > 1 else "")
            yield Finding(first.start, first.end, RULE.code, RULE.severity,
                          f"{parts}{'这几部分' if len(run) > 1 else '这一部分'}只有标题、没有内容，紧接着就是“{after.mark}”："
                          f"请补写（如统计表）或删去这些标题。")
        k = j + 1


def check(ctx):
    heads = [h for h in headings(ctx) if h.form != "bare"]
    yield from _stub_bodies(ctx.text, heads)
    if len(heads) < 3:
        return
    filled = [p.start for p in ctx.paragraphs if p.text.strip()]  # offsets of the non-empty paragraphs

    def has_body(h, until: int) -> bool:
        k = bisect_left(filled, h.end)
        return k < len(filled) and filled[k] < until

    def prose_before(h) -> bool:
        k = bisect_left(filled, h.start) - 1
        return k >= 0 and not any(x.start == filled[k] for x in heads) and filled[k] > 0

    yield from _empty_parts(heads, has_body, prose_before)
    last_sibling: dict[int, tuple] = {}  # level -> (its heading, the heading after it)
    for i, h in enumerate(heads[:-1]):
        nxt = heads[i + 1]
        sibling = last_sibling.get(h.level)
        for level in [lv for lv in last_sibling if lv > h.level]:
            del last_sibling[level]
        last_sibling[h.level] = (h, nxt)
        following = nxt.level == h.level and nxt.number == h.number + 1 \
            and has_body(nxt, heads[i + 2].start if i + 2 < len(heads) else len(ctx.text))  # （一）… （二）empty （三）…
        if h.level < 2 or (nxt.level >= h.level and not following) or has_body(h, nxt.start) or titled_list(ctx, nxt, h):
            continue
        if sibling is None or not has_body(sibling[0], sibling[1].start) or h.number != sibling[0].number + 1:
            continue
        if not _title_like(h) or not prose_before(h):
            continue
        yield Finding(h.start, h.end, RULE.code, RULE.severity,
                      f"{LEVEL_NAMES[h.level]}“{h.mark}{h.title.strip()}”之下没有内容，紧接着就是"
                      f"{'下一个同级标题' if following else LEVEL_NAMES[nxt.level]}“{nxt.mark}”：请补写该部分内容，或删去这一标题。")
