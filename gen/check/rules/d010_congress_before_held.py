"""D010: a Party congress whose spirit a text implements before the congress met (2017年工作计划 on 十九大精神), or
after the next one had met (a 2009 summary on 十六大精神).

The national congresses meet in autumn every five years (十七大 October 2007, 十八大 November 2012, 十九大 October
2017, 二十大 October 2022). A text can implement "党的X大精神" only once X has met, so the phrase dates the text:
a budget or a work plan of the congress's own year is written in its first months, and a report of an earlier
year before it too. Such a sentence was copied from a later text (二十大 for 十九大) or written with the wrong
congress, and the report reads as if it had been drafted after it was.

Read only where the text puts the congress's 精神 to work (学习、贯彻、落实…X大…精神): "迎接党的十九大" and
"以优异成绩迎接二十大胜利召开" are right before it. With the report's year Y and the congress's year C:
Y < C is read (a report of an earlier year); Y == C only where the text shows it was written before the
congress: its title is a budget or a plan of the year (2022年部门预算, 2017年工作计划). A report of the congress's year
written after it (决算, 总结) is right, and so is one that both welcomed the congress and then put it to work (上半年以迎接
党的十九大为主线……下半年深入学习贯彻党的十九大精神): a 迎接 elsewhere in the text does not date it. A meeting's record
dates itself too: its first sentence gives the day the meeting was held (2022年8月23日下午，……校务会议在……召开), and the
record was written then; a congress of that year that met in a later month (二十大, October 2022) cannot be put to work
in it.

The other way round, a congress's 精神 put to work in a report of a year after the next congress met (认真贯彻党的
十六大和十六届三中全会 in a 2009 summary: 十七大 met in 2007) is a sentence copied from an old text. Read only where the
text names the next congress nowhere (贯彻十八大、十九大精神 lists both rightly) and the clause writes no year up to the
next congress's (2008年以来，我们认真贯彻十七大精神 tells the past).
"""

from __future__ import annotations

from typing import Iterable, Optional

from ...core import regex_cache
from ...core.han import is_han
from ...core.regex_needles import finditer as near_needles
from ..context import CheckContext
from ..finding import Finding
from ..identity import head_lines, identity
from ..registry import Rule

RULE = Rule(
    code="D010",
    name="congress-before-held",
    severity="warning",
    summary="学习贯彻的党代会精神在报告所属年度尚未召开（2017年工作计划写“贯彻十九大精神”），或已有新一届大会召开",
    doc=(
        "检查什么：报告要“学习、贯彻、落实”某次党的全国代表大会精神，而按报告年度，这次大会还没有召开："
        "报告年度早于大会召开之年（2016年总结写“贯彻党的十九大精神”）；或就是大会召开之年，但报告是年初写成的"
        "预算、工作计划、工作要点（2022年部门预算写“深入贯彻党的二十大精神”）；或者反过来，报告年度之前下一届大会"
        "已经召开，文中却仍以上一届大会精神为当前精神（2009年总结写“认真贯彻党的十六大和十六届三中全会”，十七大已于2007年召开）。\n"
        "为什么：十七大、十八大、十九大、二十大分别于2007年10月、2012年11月、2017年10月、2022年10月召开，"
        "此前写成的报告不可能贯彻其精神；多是照抄后来的稿子或写错了大会届次，是评审首先核对的政治表述。\n"
        "不报的情形：“迎接党的十九大胜利召开”这类会前的说法；大会召开之年的决算、总结、年度报告（会后写成）；"
        "看不出报告年度的；文中也写了下一届大会的（“贯彻党的十八大、十九大精神”）；同一分句写了下一届大会召开当年或更早年份的。\n"
        "示例：2017年工作计划中“2017年是学习贯彻党的十九大精神的关键之年”，应为“十八届六中全会精神”，"
        "或改为“迎接党的十九大胜利召开”。"
    ),
    flag=(
        "某县教育局2022年部门预算\n一、指导思想\n以习近平新时代中国特色社会主义思想为指导，深入贯彻党的二十大精神，严控一般性支出。",
        "某区团委2017年工作计划\n2017年是学习贯彻党的十九大精神的关键之年，要抓好基层组织建设。",
        # a page's crumbs above the title
        "当前位置：政务公开 > 计划总结\n2017年团市委工作计划\n2017年是学习贯彻党的十九大精神的关键之年。",
        "某镇2016年工作总结\n全镇上下认真学习贯彻党的十九大精神，各项工作稳步推进。",
        # a congress superseded before the report's year: 十七大 met in 2007
        "2009年工作总结\n今年以来，区工商联认真贯彻党的十六大和十六届三中全会精神，支持非公有制经济发展。",
        # a meeting's record, dated by its first sentence two months before the congress met
        "2022年8月23日下午，本学期期初校务会议在学校会议室召开。\n校长要求，下半年学校将贯彻落实党的二十大精神，抓好教学常规。",
    ),
    keep=(
        "某区团委2017年工作计划\n以优异成绩迎接党的十九大胜利召开。",
        "某县教育局2022年部门决算\n深入学习贯彻党的二十大精神，严控一般性支出。",
        "某镇2017年工作总结\n全镇上下认真学习贯彻党的十九大精神，各项工作稳步推进。",
        "某县教育局2023年部门预算\n深入贯彻党的二十大精神，严控一般性支出。",
        # the congress's own year, a summary that welcomed it and then put it to work
        "2017年度工作要点落实情况\n以迎接党的十九大为主线。下半年深入学习贯彻党的十九大精神。",
        # a page that lost its title: its first paragraph names 工作要点 but is no budget or plan title
        "2022年，本区深入学习贯彻党的二十大精神，按照年度工作要点推进政务公开。\n一、总体情况\n本区2022年度政府信息公开年度报告。",
        # no year to read the congress against
        "深入贯彻党的二十大精神，严控一般性支出。",
        # a meeting held after the congress; a date further into the text is an event, not the record's day
        "2022年11月8日下午，本学期期中校务会议在学校会议室召开。\n校长要求，学校将贯彻落实党的二十大精神，抓好教学常规。",
        "2022年工作总结\n一、主要工作\n2022年8月23日，期初校务会议召开。下半年学校贯彻落实党的二十大精神，抓好教学常规。",
        # the next congress named too; a clause that tells the past by its year
        "2019年工作总结\n深入学习贯彻党的十八大、十九大精神，各项工作稳步推进。",
        "2013年工作总结\n2012年上半年，全镇认真贯彻党的十七大精神，完成换届工作。",
        # a mass organisation's congress, not the Party's (中国工会十八大 met in 2023)
        "2024年工作总结\n全县工会认真落实中国工会十八大部署，团结动员广大职工。",
    ),
)

# The year each national congress met (all in the autumn), and its month.
CONGRESS_YEAR = {"十五": 1997, "十六": 2002, "十七": 2007, "十八": 2012, "十九": 2017, "二十": 2022}
CONGRESS_MONTH = {"十五": 9, "十六": 11, "十七": 10, "十八": 11, "十九": 10, "二十": 10}
# A meeting's record opening on the day it was held: a full date, then, within its first sentence, the meeting held.
_MEETING_DAY = regex_cache.compile(r"((?:19|20)\d\d)年(\d{1,2})月\d{1,2}日[^。；;\n]{0,60}?会议?[^。；;\n]{0,30}?(?:召开|举行)")
_MEETING_REACH = 40  # the date opens the text: no more than a page's markup before it
_SPIRIT = regex_cache.compile(
    r"(?:学习|贯彻|落实|领会|宣传|践行)[\u4e00-\u9fff、“”]{0,16}?(?<![\d一二三四五六七八九十第])"
    r"(?P<c>十[五六七八九]|二十)大(?![会项类代队学])(?:[和及、]|以及)?[\u4e00-\u9fff、“”]{0,20}?精神")
_WELCOME = "迎接"  # 迎接党的十九大胜利召开: said before the congress, right
# A title of a text written at the start of its year: a budget (not its final accounts) or a plan.
_EARLY_TITLE = regex_cache.compile(r"预算|工作计划|工作要点|工作安排|工作思路|计划(?:书)?$")
_TITLE_YEAR = regex_cache.compile(r"(?:19|20)\d\d年")
_SENTENCE_MARK = regex_cache.compile(r"[，,。；;]")
_TITLE_MAX = 60
_LATE_TITLE = regex_cache.compile(r"决算|总结|执行情况|年度报告|自评|完成情况|落实情况")


def _written_early(ctx: CheckContext) -> str:
    """How the text shows it was written before its year's congress met ("" when it does not): a title line
    naming a year and a budget or a plan (a page's crumbs, 政务公开 > 计划总结, name no year and are not read).
    A line holding a sentence's punctuation is the body's first paragraph on a page that lost its title
    (2022年，开发区……深入学习贯彻党的二十大精神……工作要点), not a title: its 工作要点 does not date the text."""
    for line in head_lines(ctx):
        if _SENTENCE_MARK.search(line.text) or len(line.text) > _TITLE_MAX:
            continue
        if _TITLE_YEAR.search(line.text) and _EARLY_TITLE.search(line.text) and not _LATE_TITLE.search(line.text):
            return "是年初写成的预算或计划，当时大会尚未召开"
    return ""


def _meeting_day(ctx: CheckContext) -> Optional[tuple[int, int]]:
    """The year and month of the meeting a record opens on (past a page's markup), None when the text does not
    open so: the record was written that day, which dates a text whose title names no year."""
    m = _MEETING_DAY.search(ctx.text, 0, _MEETING_REACH + 100)
    if m is None or m.start() > _MEETING_REACH or any(is_han(c) for c in ctx.text[:m.start()]):
        return None
    return int(m.group(1)), int(m.group(2))


def _meeting_before(ctx: CheckContext, congress: str) -> str:
    """How a meeting's record shows it was written before the congress met ("" when it does not): the meeting
    was held in the congress's year and an earlier month."""
    day = _meeting_day(ctx)
    if day is None or day[0] != CONGRESS_YEAR[congress] or day[1] >= CONGRESS_MONTH[congress]:
        return ""
    return f"文首所记会议召开于{day[0]}年{day[1]}月，当时大会尚未召开"


def _message(year: int, congress: str, held: int, quoted: str, when: str) -> str:
    name = "；党的全国代表大会也不称“全会”" if "大全会" in quoted else ""
    return (f"党的{congress}大于{held}年召开，本报告为{year}年度，{when}，不能写“{quoted}”{name}；"
            f"请核实大会届次（如上一届大会或全会的精神），或改为会前的说法（迎接党的{congress}大胜利召开）。")


# A congress put to work (认真贯彻党的十六大和十六届三中全会关于……的方针): the superseded reading needs no 精神, since
# the verb right before the congress says it is the current line; 十八大以来 and 十八大召开 tell a time, not a line.
# A mass organisation's own congress (中国工会十八大 met in 2023, 共青团十八大 in 2018, 全国妇女十三大): not the Party's.
_ORG_BEFORE = "".join(f"(?<!{o})" for o in ("工会", "团", "妇女", "妇联", "侨联", "科协", "文联", "残联", "工商联"))
_IMPLEMENTS = regex_cache.compile(
    r"(?:学习|贯彻|落实|领会|践行)[\u4e00-\u9fff、“”]{0,16}?(?<![\d一二三四五六七八九十第])" + _ORG_BEFORE +
    r"(?P<c>十[五六七八九]|二十)大(?![会项类代队学]|以来|以后|之后|前|召开|胜利召开)")
_NEXT = dict(zip(CONGRESS_YEAR, list(CONGRESS_YEAR)[1:]))  # 十六 -> 十七
_CLAUSE_YEAR = regex_cache.compile(r"((?:19|20)\d\d)年")
_CLAUSE_START = regex_cache.compile(r"[。；;！？\n]")
CLAUSE_REACH = 60


def _superseded(ctx: CheckContext, m, year: int) -> Optional[str]:
    """The next congress's name when it met before the report's year and the text names it nowhere, the clause
    before the match writing no year up to its (the past told); None otherwise."""
    nxt = _NEXT.get(m.group("c"))
    if nxt is None or year <= CONGRESS_YEAR[nxt] or nxt + "大" in ctx.text:
        return None
    lo = max(0, m.start() - CLAUSE_REACH)
    lo = max((c.end() for c in _CLAUSE_START.finditer(ctx.text, lo, m.start())), default=lo)
    if any(int(y) <= CONGRESS_YEAR[nxt] for y in _CLAUSE_YEAR.findall(ctx.text, lo, m.end())):
        return None
    return nxt


def check(ctx: CheckContext) -> Iterable[Finding]:
    text = ctx.text
    if "大" not in text:
        return
    year: Optional[int] = None
    for m in near_needles(_SPIRIT, text) if "精神" in text else ():
        congress = m.group("c")
        held = CONGRESS_YEAR[congress]
        if year is None:
            year = identity(ctx).year or (_meeting_day(ctx) or (0,))[0]
        if not year or year > held:
            continue
        when = "早于大会召开之年" if year < held else _written_early(ctx) or _meeting_before(ctx, congress)
        if _WELCOME in m.group() or not when:
            continue
        yield Finding(m.start("c"), m.end(), RULE.code, RULE.severity,
                      _message(year, congress, held, text[m.start("c"):m.end()], when), None)
    yield from _superseded_all(ctx, year)


def _superseded_all(ctx: CheckContext, year: Optional[int]) -> Iterable[Finding]:
    text = ctx.text
    for m in near_needles(_IMPLEMENTS, text):
        if year is None:
            year = identity(ctx).year or 0
        nxt = _superseded(ctx, m, year) if year else None
        if nxt:
            yield Finding(m.start("c"), m.end("c") + 1, RULE.code, RULE.severity,
                          f"党的{nxt}大已于{CONGRESS_YEAR[nxt]}年召开，本报告为{year}年度，仍以党的{m.group('c')}大为当前要"
                          f"贯彻的精神，是照抄旧文字；应为党的{nxt}大（及其后全会）精神。", None)
