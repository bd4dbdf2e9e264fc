"""S003: a numbered item that repeats a sibling.

Duty lists are assembled by copying; an item pasted twice ((十八) and (十九)
saying the same) survives proofreading because its number differs. Items are
compared under the same parent, by their first sentence.

The table of contents is not part of the outline of headings, so it is read
apart (gen.check.contents): two entries of one list in a row with the same
title ("十二、部门整体支出绩效自评表", "十三、部门整体支出绩效自评表"), or two entries of one list apart
(七、 and 九、 each "…“三公”经费支出决算表"), name one section twice, and one of them was meant to name another.
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache

from ...core import regex_cache
from ..contents import clean_title, contents_and_body, text_contents_start
from ..finding import Finding
from ..headings import LEVEL_NAMES, headings, numbering, part_number, part_starts
from ..registry import Rule
from ..restated_parts import restated_part_starts
from ..toc_lines import listed_document

RULE = Rule(
    code="S003",
    name="repeated-item",
    severity="warning",
    summary="编号条目内容与同级条目重复",
    doc=(
        "检查什么：同一上级标题下，两个编号条目的内容（首句）相同。\n"
        "为什么：条目重复多是复制粘贴时多贴了一次，应删除或改写。\n"
        "目录中同一列表两项的标题相同（“十二、部门整体支出绩效自评表”“十三、部门整体支出绩效自评表”，或相隔几项；"
        "“第二部分”之下以“1、”“2、”编号的表格清单也一样），同样报告。\n"
        "不报的情形：不同章节下相同的小标题（如两个章节下都有“1.总体工作”），从“一、”“（一）”重新编号的另一组条目（没有“目录”二字的目录之后的正文，“第五条”“第六条”下各自的（一）（二）），以及很短的条目。\n"
        "示例：“（十八）负责职责范围内的安全生产工作。……”与“（十九）负责职责范围内的安全生产工作。”重复。"
    ),
    flag=(
        "一、职能\n（一）负责职责范围内对卫生健康行业的安全生产工作实施监督管理。负责医疗质量安全。\n"
        "（二）负责职责范围内对卫生健康行业的安全生产工作实施监督管理。\n",
        "目录\n第一部分 部门概况\n一、主要职能\n二、机构设置\n第二部分 部门决算表\n一、收入支出决算总表\n二、收入决算表\n"
        "三、收入决算表\n四、财政拨款收入支出决算总表\n"
        "第一部分 部门概况\n一、主要职能\n负责全县统计工作。\n二、机构设置\n内设三个股室。\n"
        "第二部分 部门决算表\n一、收入支出决算总表\n（见附表）\n",
        # two entries of one list apart, each naming the same table
        "目录\n第一部分 部门概况\n一、主要职能\n第二部分 部门决算表\n一、收入支出决算总表\n二、收入决算表\n"
        "三、“三公”经费支出决算表\n四、政府性基金预算支出决算表\n五、“三公”经费支出决算表\n"
        "第一部分 部门概况\n一、主要职能\n负责全县教育工作。\n",
        # a part's list of tables numbered 1、 2、 in the contents, one table named twice
        "目录\n第一部分 部门预算说明\n一、部门基本概况\n二、部门收支总体情况\n第二部分 部门预算表\n1、部门收支总表\n"
        "2、一般公共预算支出表\n3、一般公共预算基本支出表\n4、一般公共预算基本支出表\n5、政府性基金预算支出表\n"
        "第一部分 部门预算说明\n一、部门基本概况\n本部门负责全市财政工作。\n",
    ),
    keep=(
        # a package's contents list each document with its page, and each document's headings count afresh under it
        "目 录\n第一部分 部门概况 1\n一、基本职能 1\n二、机构设置 1\n第二部分 附件 24\n某办2020年部门整体支出绩效评价报告 24\n"
        "一、部门概况 24\n二、资金收支情况 24\n三、绩效管理情况 24\n四、评价结论及建议 26\n以工代赈项目2020年绩效评价报告 27\n"
        "一、项目概况 27\n二、资金使用情况 29\n三、项目绩效情况 33\n四、评价结论及建议 42\n第一部分 部门概况\n一、基本职能\n"
        "负责全县以工代赈项目的组织实施。\n",
        # a package's contents under its parts, then the body repeating each part's title without 第X部分
        "预算公开目录\n第一部分 预算公开相关报表\n1.收入预算表的编制说明\n第二部分 预算情况说明\n2.本级预算草案的编制报告\n"
        "预算公开相关报表\n1.收入预算表的编制说明\n预算情况说明\n2.本级预算草案的编制报告\n",
        "一、基本情况\n（一）总体工作情况说明\n二、绩效分析\n（一）总体工作情况说明\n",
        # a plan's 提纲 lists its headings before the body, which opens each with them: a contents, not a repeat
        "提纲：\n一、持续推进特色产业发展\n二、抓好农田水利建设\n县农业农村局2025年工作计划\n"
        "一、持续推进特色产业发展。扶持食用菌加工企业3家。\n二、抓好农田水利建设。新建高标准农田2万亩。\n",
        # the same 1. title under two parents of the contents: two lists, nothing named twice
        "目录\n一、部门概况\n1.主要职责\n2.机构设置\n二、项目概况\n1.主要职责\n2.资金来源\n"
        "一、部门概况\n1.主要职责\n负责全县工作。\n",
        # a contents of tables with no parts, the body's first table right after it: the count restarts
        "目录\n1.收入支出总表\n2.收入总表\n3.支出总表\n1.收入支出总表\n单位：万元\n",
        "一、职能\n（一）负责疾病预防控制工作。\n（二）负责卫生应急工作。\n",
        # a list counted afresh under the same parent: a contents with no 目录 line, then the body; two articles' items
        "一、部门(单位)主要职责\n二、机构设置情况\n三、预算收支及增减变化情况\n一、部门(单位)主要职责\n本院负责审理案件。\n"
        "二、机构设置情况\n三、预算收支及增减变化情况\n",
        "第五条 财务处职责：\n（一）负责组织实施。\n（二）配合完成上级部门组织的绩效管理活动；\n"
        "第六条 各单位职责：\n（一）负责具体实施。\n（二）配合完成上级部门组织的绩效管理活动；\n",
        "目录\n公开时间：2025年9月\n第一部分 单位概况\n第二部分 单位决算情况说明\n一、收入支出决算总体情况说明\n"
        "第一部分 单位概况\n本单位设三个股室。\n第二部分 单位决算情况说明\n一、收入支出决算总体情况说明\n",
    ),
)

MIN_CHARS = 10
_FIRST = regex_cache.compile(r"[^。；！？]{1,200}")
_NOISE = regex_cache.compile(r"[\s，、,]")


@lru_cache(maxsize=16384)
def _key(title: str) -> str:
    """A title's first sentence without blanks and commas: asked of every heading, and outlines repeat theirs."""
    m = _FIRST.match(title)
    return _NOISE.sub("", m.group() if m else title)


MIN_TITLE = 4  # a contents entry is a title, not a sentence: 收入决算表 twice is already a slip


def _contents_twice(ctx):
    """Two entries of one contents list (same part, level and parent) with the same title, next to each other
    or not (七、…“三公”经费支出决算表 … 九、…“三公”经费支出决算表)."""
    pair = contents_and_body(ctx)
    if pair is None:
        return
    seen: dict[tuple, dict[str, object]] = {}
    previous = None
    for e in pair[0]:
        if previous is not None and _document_between(ctx.text, previous.end, e.start):
            seen.clear()  # a package's next document listed (……评价报告 27): its lists are its own
        previous = e
        titles = seen.setdefault((e.key[0], e.level, e.key[2]), {})
        before = titles.get(e.title)
        if before is None:
            titles[e.title] = e
        elif len(e.title) >= MIN_TITLE:
            next_to = before.number + 1 == e.number
            what = "相邻两项" if next_to else "两项"
            yield Finding(before.start if next_to else e.start, e.end, RULE.code, RULE.severity,
                          f"目录中{what}“{before.mark}”“{e.mark}”的标题相同（“{e.title[:20]}”），其中一项应为别的标题。")


CONTENTS_LINES = 80  # paragraphs of a contents read at most


def _numbered_lists_twice(ctx):
    """Entries numbered 1、 2、 in the contents under a 目录 line (a part's list of tables), which the contents'
    outline does not key: two of one list, under one part and one 一、, with the same title. The contents end
    at their first line that is neither a part nor a numbered entry (a note, the body's text) or at a part
    numbered again (the body's 第一部分)."""
    found = text_contents_start(ctx)
    if found is None or not found[1]:
        return
    seen: dict[str, object] = {}
    last_part = last_number = 0
    for p in ctx.paragraphs[found[0]:found[0] + CONTENTS_LINES]:
        part = part_number(p.text)
        if part:
            if part[0] <= last_part:
                return  # the body's first part: the contents are over
            last_part = part[0]
            seen.clear()
            continue
        h = numbering(p.text)
        if h is None:
            return
        if h.level <= 2:
            seen.clear()  # a new 一、: a list of its own
            continue
        if h.level != 3:
            continue
        if seen and h.number <= last_number:
            seen.clear()  # the count restarts: the body's own list (or another list) begins
        last_number = h.number
        title = clean_title(h.title)
        before = seen.get(title)
        if before is None:
            seen[title] = h
        elif len(title) >= MIN_TITLE:
            yield Finding(p.start, p.end, RULE.code, RULE.severity,
                          f"目录中两项“{before.mark.strip()}”“{h.mark.strip()}”的标题相同（“{title[:20]}”），其中一项应为别的标题。")


def _document_between(text: str, start: int, end: int) -> bool:
    """A line between two contents entries names one document of the package with its page."""
    return any(listed_document(line) for line in text[start:end].split("\n") if line.strip())


def check(ctx):
    yield from _contents_twice(ctx)
    yield from _numbered_lists_twice(ctx)
    parent_of: dict[int, int] = {}  # level -> index of the open heading at that level
    groups: dict[tuple, dict[str, object]] = {}
    last_number: dict[tuple, int] = {}  # the number of the group's last item: a 1 after a higher one starts a new list
    # A 第X部分 division is a parent too: a contents list and the body both hold "第二部分 … 一、收入支出决算总体情况说明".
    # So is a part's title the body repeats without its mark (a package's contents, then its body).
    parts = sorted([*part_starts(ctx), *restated_part_starts(ctx)])
    for i, h in enumerate(headings(ctx)):
        part = bisect_left(parts, h.start)  # the divisions before it (parts are sorted)
        parent = tuple(sorted((lvl, idx) for lvl, idx in parent_of.items() if lvl < h.level)) if h.form != "bare" else ()
        parent = (part, parent)
        for level in list(parent_of):
            if level >= h.level:
                del parent_of[level]
        parent_of[h.level] = i
        if h.form == "bare":
            continue
        if h.number == 1 and last_number.get((h.level, parent), 0) >= 2:
            groups[(h.level, parent)] = {}  # a list counted afresh (a contents, then the body; 第五条 and 第六条 each (一)…)
        last_number[(h.level, parent)] = h.number
        key = _key(h.title)
        if len(key) < MIN_CHARS:
            continue
        seen = groups.setdefault((h.level, parent), {})
        first = seen.get(key)
        if first is None:
            seen[key] = h
            continue
        yield Finding(
            h.start, h.end, RULE.code, RULE.severity,
            f"{LEVEL_NAMES[h.level]}“{h.mark}”的内容与“{first.mark}”重复：“{key[:20]}…”。",
        )
