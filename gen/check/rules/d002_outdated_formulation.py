"""D002: a formulation spoken of as current after its time.

A report for 2023 that still "贯彻落实党的十九大精神", one for 2022 that works
to "加快全面建成小康社会进程" or "决战决胜脱贫攻坚", was copied from an old
report. Whether a formulation is out of date depends on the report's year
(from the title, the first lines, or ``jixiao check --year``); when the year
cannot be read the rule says nothing (precision first: in a 2018 report the
same words are right). The dates and their sources are glossary data
(glossary/outdated.yaml).

The text is read through the shared view (gen.check.unspaced) that T001 reads:
a mirror site's copy in Traditional characters with pinyin readings
(認真落實國家扶貧政策, 鄧小平理論和″三個代表″重要思想為指導) holds the report's own
stale wording as much as the Simplified original does.
"""

from __future__ import annotations

from ...core import regex_cache
from ...core.glossary import load
from ...core.regex_needles import finditer as near_needles
from .. import unspaced
from ..finding import Finding
from ..identity import identity
from ..registry import Rule
from ..textspans import sentence_end, sentence_start

RULE = Rule(
    code="D002",
    name="outdated-formulation",
    severity="warning",
    summary="把已过去的会议或已实现的目标当作当前表述",
    doc=(
        "检查什么：按报告年度判断已经过时的表述（词库 glossary/outdated.yaml）：2023年及以后仍“贯彻落实党的十九大精神”，"
        "2022年及以后仍“加快全面建成小康社会进程”，2021年及以后仍“决战决胜脱贫攻坚”，2017年及以后仍说“三个自信”。\n"
        "为什么：过时的表述说明文字照抄往年报告，评审人员会据此怀疑报告内容的真实性。\n"
        "不报的情形：看不出报告年度时不报（可用 jixiao check --year 指定）；“党的十九大以来”等回顾性表述，以及“一、2022年工作回顾”这类回顾往年的一节中的；书名号内的文件名和“规定：“……””照录的条文。\n"
        "示例：2023年度报告中的“全面贯彻落实党的十九大精神”应改为“全面贯彻落实党的二十大精神”。"
    ),
    flag=(
        "2023年度某县财政局部门整体支出绩效自评报告\n一、基本情况\n全面贯彻落实党的十九大精神，扎实推进各项工作。",
        "某市政协2022年度部门整体支出绩效自评报告\n一、基本情况\n为加快全面建成小康社会进程作出了积极贡献。",
        # a mirror site's copy in Traditional characters
        "2023年度某縣教育局部門整體支出績效自評報告\n一、部門基本情況\n認真落實國家扶貧政策，足額發放家庭經濟困難學生生活補助。"
        "本單位項目資金由財政撥款，實際支出與預算一致，資金使用規範，會計核算和財務管理制度健全，設備數據真實。\n",
        # a summary of the whole of 2017 (with the plan for 2018) was written after the congress of October 2017
        "某县文化局2017年工作总结和2018年工作计划\n一、工作成效\n深入学习贯彻习近平总书记系列重要讲话精神。",
        "某县文化局2017年度部门决算说明\n一、基本情况\n深入学习贯彻习近平总书记系列重要讲话精神。",
        # the 决算's head names the budget it closes
        "某县文化局2017年度部门决算公开\n一般公共预算财政拨款支出决算情况说明\n一、基本情况\n深入学习贯彻习近平总书记系列重要讲话精神。",
        # the 政府信息公开 annual report on 2017 was published after the year ended
        "某区民政局2017年政府信息公开年度报告\n一、概述\n在区委、区政府的领导下，以科学发展观为指导，扎实推进政务公开。",
    ),
    keep=(
        # a half year's summary and a budget of 2017 were written before it
        "某县文化局2017年上半年工作总结\n一、工作成效\n深入学习贯彻习近平总书记系列重要讲话精神。",
        "某县文化局2017年部门预算说明\n一、基本情况\n深入学习贯彻习近平总书记系列重要讲话精神。",
        "某区民政局2016年政府信息公开年度报告\n一、概述\n在区委、区政府的领导下，以科学发展观为指导，扎实推进政务公开。",
        # the sentence tells the year's two halves apart: it names the congress itself
        "某县文化局2017年度部门决算说明\n一、基本情况\n贯彻落实习近平总书记系列重要讲话精神，深入学习宣传党的十九大精神。",
        "首页 > 部门预决算\n某县文化局2017年部门预算说明\n一、基本情况\n深入学习贯彻习近平总书记系列重要讲话精神。",
        "2018年度某县财政局部门整体支出绩效自评报告\n一、基本情况\n全面贯彻落实党的十九大精神，扎实推进各项工作。",
        "某县财政局部门整体支出绩效自评报告\n一、基本情况\n全面贯彻落实党的十九大精神，扎实推进各项工作。",
        "2023年度某县财政局部门整体支出绩效自评报告\n一、基本情况\n党的十九大以来，各项改革全面推进。",
        # a work report's review of the past year, under its own heading: the past year's work, as then called
        "2023年政府工作报告\n一、2022年工作回顾\n我们在市委坚强领导下，高效统筹疫情防控和经济社会发展。\n"
        "二、2023年工作安排\n推动经济社会高质量发展。\n",
        "2019年度某縣教育局部門整體支出績效自評報告\n一、部門基本情況\n認真落實國家扶貧政策，足額發放家庭經濟困難學生生活補助。"
        "本單位項目資金由財政撥款，實際支出與預算一致，資金使用規範，會計核算和財務管理制度健全，設備數據真實。\n",
    ),
)


def check(ctx):
    who = identity(ctx)
    year = who.year
    told = (f"本报告为{year}年度，" if year is not None
            else f"本报告为{who.earliest}年度或以后（按{who.dated_by or '公开时间'}推断），" if who.earliest is not None else "")
    hits = unspaced.glossary_hits(ctx, load().outdated, year, who.earliest)
    late = set()
    if year is not None and _looks_back(ctx.text):
        hits, late = _with_year_end(ctx, hits, year)
    reviews = _review_sections(ctx.text)
    for (start, end), hit in hits:
        if any(lo <= start < hi and hit.entry.from_year is not None and y < hit.entry.from_year for y, lo, hi in reviews):
            continue  # under “一、2022年工作回顾” of a 2023 work report: the past year's work, as it was then called
        said = f"本报告回顾{year}年全年，写于{year}年末以后，" if (start, end) in late else told
        yield Finding(
            start, end, RULE.code, hit.entry.severity or RULE.severity,  # an entry readers differ on: info
            f"{said}“{hit.text}”已经过时，应改为“{hit.suggestion}”。{hit.entry.reason}", hit.suggestion,
        )


HEAD = 120  # characters of the text's head that name what it is
SENTENCE = 120  # characters either side of a hit read for its sentence
# A report on the whole of its year: the year's 决算 (not a site's 预决算 column), summary, self-evaluation or
# work report.
# A 政府信息公开 annual report covers the whole year by law and is published after it ends (by 31 January or
# 15 March of the next year), so it is one too.
_LOOKS_BACK = regex_cache.compile(
    r"(?<!预)决算|年度?(?:工作)?总结|年度?[\u4e00-\u9fff]{0,8}自评|年度?工作报告|信息公开(?:工作)?(?:年度报告|年报)")
# One on part of the year keeps its own year.
_PART_YEAR = regex_cache.compile(r"上半年|半年|季度|前三季|1-\d月|1—\d月")


# A section that reviews a past year (一、2022年工作回顾), up to the next heading of its rank (二、2023年工作安排).
_REVIEW = regex_cache.compile(r"(?m)^[ \t\u3000]*([一二三四五六七八九十]{1,2}、)[ \t\u3000]*(20\d\d)年(?:工作)?回顾[ \t\u3000]*$")
_TOP_HEADING = regex_cache.compile(r"(?m)^[ \t\u3000]*[一二三四五六七八九十]{1,2}、")


def _review_sections(text: str) -> list[tuple[int, int, int]]:
    """(year reviewed, start, end) of each section headed as a review of a year (一、2022年工作回顾)."""
    out = []
    for m in near_needles(_REVIEW, text):  # the same matches, tried only at the lines that can open one
        nxt = _TOP_HEADING.search(text, m.end())
        out.append((int(m.group(2)), m.end(), nxt.start() if nxt else len(text)))
    return out


def _looks_back(text: str) -> bool:
    """The text's head names a report on its whole year (决算, 年度工作总结), not a half year's; a budget
    (预算说明), which names none of these, keeps its own year."""
    head = text[:HEAD]
    return bool(_LOOKS_BACK.search(head)) and not _PART_YEAR.search(head)


def _with_year_end(ctx, hits, year: int):
    """``hits`` and the hits of the ``year_end`` entries judged as of the next year, where none is already;
    and the spans of those added."""
    late = tuple(e for e in load().outdated if e.year_end)
    more = unspaced.glossary_hits(ctx, late, year + 1)
    out, added = list(hits), set()
    text = ctx.text
    for (s, e), h in more:
        if h.entry.year_end in _sentence(text, s, e):
            continue  # the sentence names the event itself: the year's two halves (……讲话精神，学习党的十九大精神)
        if not any(s < e2 and s2 < e for (s2, e2), _ in out):
            out.append(((s, e), h))
            added.add((s, e))
    return sorted(out, key=lambda x: x[0]), added


def _sentence(text: str, s: int, e: int) -> str:
    """The sentence around text[s:e]: from the last 。 or line break before it to the next one after it, at most
    SENTENCE characters either side."""
    return text[max(0, s - SENTENCE, sentence_start(text, s)):min(sentence_end(text, s), e + SENTENCE)]
