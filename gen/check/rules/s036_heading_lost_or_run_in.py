"""S036: a first-level heading that lost its numeral (、踏实工作) or ran into its first sub-heading.

Two slips of a work summary's outline that the numbering rules cannot see, since each leaves a line that is
no heading at all to them:

- A heading line that opens with the 顿号 of its lost numeral ("、踏实工作，保质保量完成任务" over "（一）扎实开展
  社会救助工作"): a line starts with 、 only when something before the mark was lost, and a short line without
  a full stop over a （一） is a heading. Such a line over a （一） (its first sub-heading) is read, and so is a line
  that holds nothing but a short title after its 、 (、收入支出决算总体情况说明, 、《项目绩效目标表》): a list wrapped
  before its 顿号 goes on with more items, marks or a full stop.
- A heading whose title is a section's name with the next level's heading run on without a break ("二、工作总结
  领导高度重视，落实责任" over "1.我镇……"): the standard section names of a summary (工作总结, 主要做法, 工作措施,
  存在问题 …) close a title; a clause with its own comma run on after one at once, with the next line opening a
  deeper level, is the lost （一） heading. A name continued as a compound (工作总结及计划, 主要做法和成效) is no
  run-in.
- A disclosure report's part title (主动公开政府信息情况) on a line of its own without its numeral, right after the
  part before it in the format (一、总体情况): the heading lost its 二、.
- A sub-heading's title that runs on into its paragraph with nothing between ("（二）主动公开情况我局按照……"): a title
  of a 情况 never goes on with the paragraph's subject (我局, 本单位) or time (全年, 2023年). Where the level's other
  titles stand on lines of their own the run-in is the author's (a warning); where none does it may be the page's
  layout, and it is only noted.
- A heading run on at the end of the paragraph before it ("……基本满足需求。（三）推进信息化" over "（二）加快建设" on a
  line of its own): a full stop, then a mark and a short title (up to 24 characters: 二、目前对流浪乞讨人员进行救助的主要做法) closing the line. Read only where the sibling before
  it opens a line and no line opens with this mark (a page flattened into long lines runs every heading on).
"""

from __future__ import annotations

import re
from typing import Iterable

from ...core import regex_cache
from ...core.chinese_numerals import chinese_ordinal, parse_chinese_numeral
from ...core.regex_needles import finditer as near_needles
from .. import disclosure_report as dr
from ..context import CheckContext
from ..finding import Finding
from ..registry import Rule, unreported
from . import s011_lost_item_number

RULE = Rule(
    code="S036",
    name="heading-lost-or-run-in",
    severity="warning",
    summary="一级标题丢失序号，或与下级标题连在一起",
    doc=(
        "检查什么：（1）以顿号开头、下面紧接“（一）”或整行只是一个简短标题的行（“、踏实工作，保质保量完成任务”“、收入支出决算总体情况说明”），序号已丢失；"
        "（2）一级标题在“工作总结”“主要做法”“工作措施”“存在问题”等栏目名之后直接连写带逗号的下级标题"
        "（“二、工作总结领导高度重视，落实责任”，下一行为“1.”），两级标题混在一行，层级错乱。\n"
        "（3）政府信息公开工作年度报告中，格式规定的某部分标题（“主动公开政府信息情况”）单独成行却没有序号，而前一部分（“一、总体情况”）有序号的。\n"
        "（4）小标题“（二）主动公开情况”与正文（“我局……”“2023年……”）连写在一行，中间没有句号或换行。\n"
        "（5）标题“（三）推进信息化”接在上一段的句号之后，没有另起一行，而上一个同级标题“（二）”单独起行。\n"
        "为什么：标题丢序号、两级标题混连，读者无法看出文章层次。\n"
        "不报的情形：栏目名后接“及、和、与、的”等组成复合标题的（“工作总结及下一步计划”）；下一行不是下级编号的；"
        "顿号开头但较长或以句号结束的行（多为换行残留）。\n"
        "示例：“二、工作总结领导高度重视，落实责任”应分为“二、工作总结”和“（一）领导高度重视，落实责任”。"
    ),
    flag=(
        "某局2022年政府信息公开工作年度报告\n一、总体情况\n本年度主动公开信息30条。\n主动公开政府信息情况\n"
        "信息内容 | 本年制发件数 |\n",
        "全镇民政工作情况如下。\n、踏实工作，保质保量完成任务\n（一）扎实开展社会救助工作\n全年发放低保金八十万元。\n",
        "一、基本情况\n全镇辖十个村。\n二、工作总结领导高度重视，落实责任\n1.镇党委把此项工作纳入重要议事日程。\n",
        "三、主要做法强化宣传，营造氛围\n（一）开展集中宣传活动五次。\n",
        "第三部分 2023年度部门决算情况说明\n\n、收入支出决算总体情况说明\n\n本年收入合计120万元。\n",
        # a sub-heading run into its paragraph, while its sibling stands on a line of its own
        "（一）主动公开情况我局及时发布各类信息120条。\n（二）依申请公开情况\n全年收到申请2件。\n",
        # a heading run on at the end of the paragraph before it
        "（一）完善制度\n出台管理办法3项。\n（二）加快建设\n新建处理站2座，基本满足需求。（三）推进信息化\n建成监管平台。\n",
        # a first-level title of eighteen characters run on the same way
        "一、城市乞讨人员的基本现状\n乞讨人员多为外来人员。\n其收入由组织者分配。二、目前对流浪乞讨人员进行救助的主要做法\n1.出台办法。\n",
    ),
    keep=(
        "某局2022年政府信息公开工作年度报告\n一、总体情况\n本年度主动公开信息30条。\n二、主动公开政府信息情况\n"
        "信息内容 | 本年制发件数 |\n主动公开政府信息情况\n",
        "全镇民政工作情况如下。\n一、踏实工作，保质保量完成任务\n（一）扎实开展社会救助工作\n",
        "二、工作总结及下一步工作计划\n1.镇党委把此项工作纳入重要议事日程。\n",
        "二、工作总结\n（一）领导高度重视，落实责任\n1.镇党委把此项工作纳入重要议事日程。\n",
        # a list wrapped before its 顿号: a long line ending with a full stop, no heading under it
        "全县设有办公室\n、财务科、业务科等内设机构，负责全县的社会救助、养老服务和婚姻登记等工作。\n全年工作顺利。\n",
        "三、主要做法强化宣传，营造氛围。全年开展宣传五次。\n",
        "内设机构有办公室\n、财务科、业务科\n",
        "（一）主动公开情况。我局及时发布各类信息。\n（二）依申请公开情况\n全年收到申请2件。\n（三）收支情况说明\n",
        # a page flattened into lines that each run several headings; a mark that opens a line elsewhere
        "（一）完善制度。出台办法3项。（二）加快建设。新建站2座。（三）推进信息化\n",
        "（一）完善制度\n（二）加快建设\n新建站2座。（三）推进信息化\n（三）推进信息化\n建成平台。\n",
    ),
)

_LOST = regex_cache.compile(r"(?m)^[ \t\u3000]{0,4}(、)(?:([^\n。]{2,30})[ \t\u3000]*\n(?:[ \t\u3000]*\n){0,3}[ \t\u3000]{0,4}"
                            r"[（(]一[）)]|([\u4e00-\u9fff“”《》]{2,24})[ \t\u3000]*$)")
_SECTIONS = (r"工作总结|工作回顾|主要做法|工作措施|主要措施|具体措施|基本情况|工作开展情况|主要成效|工作成效|"
             r"存在的?问题|下一步工作(?:计划|打算|思路)?|工作计划|工作打算")
_RUN_IN = regex_cache.compile(
    r"(?m)^[ \t\u3000]{0,4}[一二三四五六七八九十]{1,3}、(" + _SECTIONS + r")(?![及和与暨的、，,：:（(\s])"
    r"([\u4e00-\u9fff]{2,14}[，,][\u4e00-\u9fff]{2,14})[ \t\u3000]*\n(?:[ \t\u3000]*\n){0,3}[ \t\u3000]{0,4}"
    r"(?:1[.．、]|[（(]一[）)])")


def _disclosure_part_unnumbered(text: str) -> Iterable[Finding]:
    """A line that is, word for word, the title of one of the disclosure report's six parts (主动公开政府信息情况)
    without its numeral, where the part before it in the format stands numbered before it and the part itself
    is nowhere numbered: the heading lost its 二、."""
    if not dr.is_report(text):
        return
    found = dr.parts(text)
    for i, (title, _) in enumerate(dr.fmt().parts):
        if i == 0 or title not in text or any(p.index == i for p in found):
            continue
        for m in regex_cache.compile(r"(?m)^[ \t\u3000]{0,4}(" + re.escape(title) + r")[ \t\u3000]*$").finditer(text):
            before = [p for p in found if p.start < m.start()]
            if before and before[-1].index == i - 1:
                numeral = chinese_ordinal(i + 1)
                yield Finding(m.start(1), m.end(1), RULE.code, RULE.severity,
                              f"“{title}”是年度报告格式规定的第{numeral}部分标题，此处缺少序号，"
                              f"应为“{numeral}、{title}”。", f"{numeral}、{title}")


# A sub-heading whose title (主动公开情况) runs on into its paragraph's first words with no stop or break: the
# paragraph opens on its subject (我局, 本单位) or its time (全年, 2023年), which no title of a 情况 goes on with.
_TITLE_INTO_TEXT = regex_cache.compile(
    r"(?m)^[ \t\u3000]{0,4}[（(][一二三四五六七八九十]{1,2}[)）]([\u4e00-\u9fff、“”]{2,16}?情况)"
    r"(?=(?:我|本)(?:局|委|办|院|厅|中心|单位|机关|部门)|全年|今年|(?:19|20)\d\d年)")
# The same level's titles standing on lines of their own ((三)依申请公开情况): the run-in is then no layout of the page.
_TITLE_ALONE = regex_cache.compile(r"(?m)^[ \t\u3000]{0,4}[（(][一二三四五六七八九十]{1,2}[)）][\u4e00-\u9fff、“”]{2,16}情况[ \t\u3000]*$")


def _title_runs_into_text(text: str) -> Iterable[Finding]:
    """（二）主动公开情况我局按照……: the sub-heading's title and its paragraph on one line, nothing between."""
    if "情况" not in text:
        return
    alone = None  # asked only once a title runs in (most texts have none)
    for m in near_needles(_TITLE_INTO_TEXT, text):
        if alone is None:
            alone = _TITLE_ALONE.search(text) is not None
        yield Finding(m.start(1), m.end(1) + 2, RULE.code, RULE.severity if alone else "info",
                      f"小标题“{m.group(1)}”与正文连写，中间没有句号或换行，应在“{m.group(1)}”后另起一行（或加句号）。", None)


# A short heading run on at the end of the paragraph before it (……基本满足现有需求。（三）构建智慧平台): a full stop,
# then a mark and a short title without a mark of its own closing the line. Opens on the full stop.
_TAIL_HEADING = regex_cache.compile(
    r"。[ \t\u3000]{0,2}(([（(])([一二三四五六七八九十]{1,3})[)）]|([一二三四五六七八九十]{1,3})、)"
    r"([\u4e00-\u9fff“”、]{2,24})[ \t\u3000]*$", re.M)


def _heading_at_paragraph_end(text: str) -> Iterable[Finding]:
    """（三）构建智慧平台 closing the paragraph of （二）: the heading lost its line break. Read only where the sibling
    before it ((二)) opens a line of its own and no line opens with this mark: then the outline is laid out line by
    line and this heading alone was run on (a page flattened into one line runs all of them)."""
    for m in near_needles(_TAIL_HEADING, text):
        bracket, numeral = m.group(2), m.group(3) or m.group(4)
        n = parse_chinese_numeral(numeral)
        if n is None or n < 2:
            continue
        if bracket:
            before = r"[（(]" + chinese_ordinal(n - 1) + r"[)）]"
            same = r"[（(]" + numeral + r"[)）]"
        else:
            before, same = chinese_ordinal(n - 1) + "、", numeral + "、"
        opening = r"(?m)^[ \t\u3000]{0,4}"
        if regex_cache.compile(opening + before).search(text, 0, m.start()) is None \
                or regex_cache.compile(opening + same).search(text) is not None:
            continue
        heading = m.group(1) + m.group(5)
        yield Finding(m.start(1), m.end(5), RULE.code, RULE.severity,
                      f"标题“{heading}”接在上一段末尾，没有另起一行，应在“{heading}”前换行。", None)


def check(ctx: CheckContext) -> Iterable[Finding]:
    text = ctx.text
    yield from _disclosure_part_unnumbered(text)
    yield from _title_runs_into_text(text)
    yield from _heading_at_paragraph_end(text)
    if "、" not in text:
        return
    lost = [Finding(m.start(1), m.end(2) if m.group(2) else m.end(3), RULE.code, RULE.severity,
                    "标题以顿号开头，序号丢失（如“一、”）。", None) for m in near_needles(_LOST, text)]
    # an item among numbered siblings (二、支出表 then 、采购表) is S011's, which names the number it lost
    yield from unreported(ctx, lost, (s011_lost_item_number,))
    for m in near_needles(_RUN_IN, text):
        yield Finding(m.start(2), m.end(2), RULE.code, RULE.severity,
                      f"一级标题“{m.group(1)}”后连写了下级标题“{m.group(2)}”，两级标题混在一行，应分行并加编号。", None)
