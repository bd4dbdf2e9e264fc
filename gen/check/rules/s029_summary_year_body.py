"""S029: a work summary's title names another year than the one its first part sums up.

A bureau's year-end report is titled after the year it looks back on (某局2020年工作总结及2021年工作计划),
and its first part opens on that year (一、2020年工作情况). Written over last year's file, or copied by a
content farm that retitled it, the title's year moves and the body's does not: 2021年全区水利工作总结及
2021年工作计划 over 一、2020年水利工作情况, 民政局2019年工作總結及2020年工作計劃 over 一、2020年民政各項工作總結.
One of the two is wrong, and the reader cannot tell which year the figures are for. Only the title's
summary year (a year, up to a short body name, then 工作总结 or 总结, before the first part) and the first
part's heading (一、, a year, and words of a summary: 工作情况, 工作总结, 完成的主要工作, 工作回顾 …; never a
plan's) are compared; a half-year's or a quarter's summary and a range of years are not read. The title is
reported; where its own two years agree (2019年…总结及2020年…计划: the plan's year follows the summary's), the
title is whole and the first part's year is the odd one, so that heading is reported as well. A summary without
such a heading tells the year it sums up in its lead-in (现将2020年各项工作情况总结如下): read the same way. So does a
summary's part heading standing bare on its line right under the title (法律援助工作2020年总结2021年计划 / 2019年工作总结).
A content farm's lead-in that retitled the file with another year (下面是小编为大家整理的2023年度…工作总结 over the
file's own 2020年…工作总结 and 一、2020年工作总结) is reported though the file's title agrees with its body.
The title block may name one title several times — a copy site's page title and its trail's last crumb, its lead-in
(下面是小编为大家整理的2023某县科协工作汇报), the file's own title, a 第1篇 above it — and a retitling moves the year
in some of them only (2024某县科协工作汇报 over 2023某县科协工作汇报): lines of the head that read the same once
their year (and any 年, 度) is set aside are compared, of any kind of report; the year the body opens on right under
them decides which copies are wrong, else the year fewer of them carry (on a tie, the one farther from the body).
A title's own two years are read as well: the plan after a year's summary is the next year's, so 2024年工作总结及2024年
重点工作安排 (or 16年…总结及2024年…计划) holds a wrong year whatever the body says; its plan's year is reported.
"""

from __future__ import annotations

import re
from collections import Counter

from ...core import regex_cache
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="S029",
    name="summary-year-body",
    severity="warning",
    summary="工作总结标题写的年份与正文第一部分总结的年份不符",
    doc=(
        "检查什么：年度工作总结（或“总结及计划”）标题中总结的年份，与正文第一部分标题（“一、2020年工作情况”"
        "“一、2021年完成的主要工作”）所总结的年份不同，如标题“2021年全区水利工作总结及2021年工作计划”，"
        "正文却是“一、2020年水利工作情况”。\n"
        "为什么：标题说总结哪一年，正文第一部分就回顾哪一年；两处不一，多是套用上年文件或转载改题时只改了一处，"
        "读者分不清数字是哪一年的。\n"
        "开头几行反复出现的同一标题（转载页的标题、导航末项、“小编整理的……”、文件自己的标题）年份不一的（“2024某县科协工作汇报”之下是“2023某县科协工作汇报”），报告少数的一处。\n"
        "标题自身的两个年份不相接的（“2024年工作总结及2024年重点工作安排”，总结之后的计划应是下一年的），同样报告。\n"
        "不报的情形：两处年份相同；半年、季度的总结；年份写成区间的（“2018—2020年工作总结”）；正文第一部分是计划、打算。\n"
        "示例：标题“2021年全区水利工作总结及2021年工作计划”、正文“一、2020年水利工作情况”，标题应为“2020年……总结及2021年工作计划”。"
    ),
    flag=(
        "2021年全区水利工作总结及2021年工作计划\n一、2020年水利工作情况\n2020年全区完成水利投资80亿元。\n"
        "二、2021年工作计划\n",
        "某局2019年工作总结及2020年工作计划\n一、2020年各项工作总结\n（一）救助政策落实到位。\n",
        # no first part named by year: the opening sentence under the title tells the year summed up
        "某县科协2021年度工作总结\n2022年度，县科协在县委的领导下，围绕中心、服务大局，各项工作取得新进展。\n"
        "一、深入开展科普活动\n",
        "某镇2022年政协工作总结及2023年工作计划\n2020年我镇政协联络办在县政协的指导下，认真履行职责。\n",
        # no first part named by year: the lead-in to the summary names the year summed up
        "镇政府2019年工作总结和2020年工作计划\n2020年是决战脱贫攻坚的关键一年。全镇干群齐心协力，各项事业全面进步。"
        "现将2020年各项工作情况总结如下：\n一、经济发展稳中有进\n",
        # the summary's part heading bare on its line right under the title
        "法律援助工作2020年总结2021年计划\n\n2019年工作总结\n\n一、明确目标，强化责任\n",
        # a content farm's lead-in retitled the summary with another year than the file's own title and first part
        "下面是小编为大家整理的2023年度县林业局工作总结暨工作计划范本，供大家参考。\n2020年县林业局工作总结暨2021年工作计划\n"
        "一、2020年工作总结\n（一）主要林业指标全面完成\n",
        # the title's own plan year is not the year after its summary's (a year cut to two digits read as 20xx)
        "教育体育局2024年工作总结及2024年重点工作安排\nxxxx年，全区教育系统稳步发展。\n",
        "16年乡镇林业站工作总结及2024年工作计划\nXX年，林业站认真履行职责。\n",
        # the same title repeated in the head, its year moved in some of its copies only
        "当前位置：首页 > 工作汇报 > 2024某县科协工作汇报\n2024某县科协工作汇报\n下面是小编为大家整理的2023某县科协工作汇报，供大家参考。\n"
        "2023某县科协工作汇报\n今年以来，县科协在县委的领导下开展工作。\n",
        "2023最新镇工会年度工作总结（九篇）\n第1篇 2023最新镇工会年度工作总结\n2022最新镇工会年度工作总结\n今年，镇工会认真履行职责。\n",
        # the year written in another place of the title (2022年度某局年上半年 over 某局2021年上半年), the body's opening
        # year deciding which copies are wrong
        "2022年度文化和旅游局年上半年工作汇报\n下面是小编为大家整理的2022年度文化和旅游局年上半年工作汇报，供大家参考。\n"
        "文化和旅游局2021年上半年工作汇报\n2021年上半年，我局紧紧围绕县委中心工作开展工作。\n",
    ),
    keep=(
        "某局2020年工作总结及2021年工作计划\n一、2020年水利工作情况\n二、2021年工作计划\n",
        # the first part is the plan; a half-year's summary; a range of years
        "某局2022年工作总结和2023年工作打算\n一、2023年工作打算\n",
        "某局2023年上半年工作总结\n一、2022年同期工作情况对比\n",
        "某局2018—2020年工作总结\n一、2020年工作情况\n",
        "某县科协2022年度工作总结\n2022年度，县科协在县委的领导下，围绕中心、服务大局，各项工作取得新进展。\n",
        # the opening names a year without stating what was done in it (2023年是…之年): not read
        "某县科协2022年度工作总结\n2023年是全面贯彻党的二十大精神的开局之年。\n", "某县科协2022年度工作总结\n2023年我县将继续围绕中心开展工作。\n",
        "镇政府2019年工作总结和2020年工作计划\n一年来，全镇干群齐心协力。现将2019年各项工作情况总结如下：\n一、经济发展\n",
        # the opening is not the paragraph right under the title
        "某县科协2022年度工作总结\n按照县委部署，县科协扎实推进各项工作。\n2021年，全县科普场馆接待观众2万人次。\n",
        # a bare heading of the same year under the title; a bare summary title with no title above it
        "法律援助工作2020年总结2021年计划\n2020年工作总结\n一、明确目标\n", "2019年工作总结\n一、明确目标\n",
        # a content farm's lead-in naming the file's own year
        "下面是小编为大家整理的2020年县林业局工作总结，供大家参考。\n2020年县林业局工作总结\n一、2020年工作总结\n",
        # a half-year's summary and the same year's second half's plan
        "团委2024年上半年工作总结及2024年下半年工作计划\n一、上半年工作情况\n",
        "某局2023年工作总结和2024年重点工作安排\n2023年，我局围绕中心工作，稳步推进各项任务。\n",
        # a head naming one title in one year throughout; two titles of their own (a summary and a plan)
        "下面是小编为大家整理的2023某县科协工作汇报，供大家参考。\n2023某县科协工作汇报\n第1篇 2023某县科协工作汇报\n今年以来开展工作。\n",
        "某县科协2023年工作总结\n某县科协2024年工作计划\n一、工作回顾\n",
    ),
)

HEAD = 1200  # characters of the text's head where its title stands
_TITLE = regex_cache.compile(
    r"(?<![0-9\-—–~～至到])((?:19|20)[0-9]{2})[ \u3000]?年度?(?![上下]半年|第?[一二三四1-4]季度)"
    r"[^\n，,。；0-9]{0,12}?(?:工作)?(?:总结|總結)")
_PART_ONE = regex_cache.compile(
    r"^[ \t\u3000]{0,4}一[、.．][ \u3000]{0,2}((?:19|20)[0-9]{2})[ \u3000]?年度?(?![上下]半年|[0-9]|第?[一二三四1-4]季度)"
    r"[^\n]{0,16}?(?:工作情况|工作總結|工作总结|完成的主要工作|主要工作|工作回顾|工作回顧|工作开展情况|工作開展情況"
    r"|工作完成情况|工作完成情況|主要成效|工作成效|取得的成效|工作情況)", re.M)
PLAN_REACH = 12  # characters from the summary's 总结 to the plan's year: 及2020年工作计划
_PLAN_YEAR = regex_cache.compile(r"[和及与暨][ \u3000]?((?:19|20)[0-9]{2})[ \u3000]?年度?(?![上下]半年|第?[一二三四1-4]季度)"
                                 r"[^\n，,。；0-9]{0,8}?(?:计划|計劃|計畫|打算|思路|安排|要点|要點)")
# A title line that sums up one year and plans another (2024年工作总结及2025年重点工作安排; a year cut to two digits,
# 16年…工作總結及2024年工作計畫): the plan is the next year's.
_TITLE_PAIR = regex_cache.compile(
    r"^[^\n。；]{0,30}?(?<![0-9\-—–~～至到])((?:19|20)?[0-9]{2})[ \u3000]?年度?(?![上下]半年|第?[一二三四1-4]季度)"
    r"[^\n，,。；0-9]{0,12}?(?:工作)?(?:总结|總結)", re.M)
_PLAN = regex_cache.compile(r"计划|計劃|打算|思路|安排|要点|要點")
# The first paragraph under the title opening on the year it sums up (2020年，我局…; 2020年度,某县文联在…; 2020年我镇…:
# the body's self-reference, the sentence's subject, right after the year).
_OPENING = regex_cache.compile(r"(?<![0-9])((?:19|20)[0-9]{2})[ \u3000]?年度?(?:[，,]|(?=我[省市县区镇乡局委办院所站中校会](?!将)))")
# The lead-in to a summary that has no first part named by year (现将2020年各项工作情况总结如下).
_LEAD_IN = regex_cache.compile(
    r"现将((?:19|20)[0-9]{2})[ \u3000]?年度?(?![上下]半年|[0-9]|第?[一二三四1-4]季度)[^\n，,。；0-9]{0,16}?总结如下")
# A summary's part heading bare on its own line (2019年工作总结), read right under a title line that names a summary.
_BARE_PART = regex_cache.compile(r"^[ \t\u3000]{0,4}((?:19|20)[0-9]{2})[ \u3000]?年度?(?:工作)?(?:总结|總結)[ \t\u3000]*$", re.M)
# A content farm's lead-in naming the file it reposts (下面是小编为大家整理的2023年度…工作总结范本).
_FARM_LEAD = regex_cache.compile(r"(?:为大家|给大家|小编)[\u4e00-\u9fff]{0,4}(?:整理|收集|分享|带来|精选)的[ \u3000]?$")
_SENTENCE_MARK = regex_cache.compile(r"[。，,；;：:！？!?]")
OPENING_REACH = 30  # characters from the title's 总结 to the opening's year and its comma
TITLE_LINES = 3  # lines of site chrome above a title that stands alone (第1篇 2023年度县文联工作总结 5850字)


def _opening(text: str, titles) -> tuple[str, str, int] | None:
    """The year the first paragraph under a summary's title opens on (2020年，我局…), its words and place.
    A page's lines may have been joined (a PDF's wrapped lines are), so the opening is sought right after the
    title's 总结, past at most a short tail of the title's line (a word count, a date in brackets) that holds
    no mark of a sentence."""
    start = titles[0].end()
    m = _OPENING.search(text, start, start + OPENING_REACH)
    if m is None or _SENTENCE_MARK.search(text, start, m.start()):
        return None
    return m.group(1), m.group().strip(), m.start(1)


def _body_year(text: str):
    """The year the body sums up, its words, where it stands and the head before it; or None.
    The first part's heading (一、2020年工作情况) is read first; a summary without one tells its year in its
    lead-in (现将2020年各项工作情况总结如下), or in the sentence that opens its first paragraph (2020年度，我局…), right
    under the title."""
    part = _PART_ONE.search(text)
    if part is not None:
        if _PLAN.search(part.group()):
            return None
        return part.group(1), part.group().strip()[:20], part.start(1), text[:min(part.start(), HEAD)], True
    for bare in _BARE_PART.finditer(text, 0, HEAD):
        above = text[:bare.start()].rstrip()
        if _TITLE.search(above, above.rfind("\n") + 1):  # the line above names a summary: a title, this its part
            return bare.group(1), bare.group().strip(), bare.start(1), text[:bare.start()], True
    lead = _LEAD_IN.search(text, 0, HEAD) if "总结如下" in text else None
    if lead is not None:
        return lead.group(1), lead.group(), lead.start(1), text[:lead.start()], False
    titles = list(_TITLE.finditer(text[:HEAD]))
    if len(titles) != 1 or text.count("\n", 0, titles[0].start()) > TITLE_LINES:
        return None
    opening = _opening(text, titles)
    if opening is None:
        return None
    year, words, at = opening
    return year, words, at, text[:at], False


def _title_plan_year(text: str):
    """The title's plan year when it is not the year after its summary's (2024年工作总结及2024年重点工作安排)."""
    m = _TITLE_PAIR.search(text, 0, HEAD)
    plan = _PLAN_YEAR.match(text, m.end(), m.end() + PLAN_REACH) if m is not None else None
    if plan is None:
        return
    year = int(m.group(1)) + (2000 if len(m.group(1)) == 2 else 0)
    if int(plan.group(1)) != year + 1:
        yield Finding(plan.start(1), plan.end(1) + 1, RULE.code, RULE.severity,
                      f"标题总结的是{m.group(1)}年，其后的计划（安排）却写{plan.group(1)}年：总结之后的计划是下一年的，"
                      f"两个年份必有一处写错，应核对（如“{year}年……总结及{year + 1}年……计划”）。", None)


# A title line of the head: a trail's last crumb, a content farm's lead-in's title, a 第1篇 before it, a 篇1 or a short
# bracketed note after it (（九篇）, (完整文档)) set aside; what stays must hold one year and the title's words.
_FARM_TITLE = regex_cache.compile(r"整理的[ \u3000]?([^\n，,。]{4,60}?)[，,][ \u3000]?供大家参考")
_CRUMB = regex_cache.compile(r"^.*>[ \u3000]*")
_TITLE_EDGES = regex_cache.compile(r"^[ \t\u3000]*(?:【?第[0-9]{1,2}篇】?[ \u3000]*)?|[ \u3000]*(?:篇[0-9]{1,2}|[（(][^()（）\n]{1,12}[）)])?[ \t\u3000]*$")
_HEAD_YEAR = regex_cache.compile(r"(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])")
_TITLE_WORDS = regex_cache.compile(r"[\u4e00-\u9fff]{4}")
_LINE = regex_cache.compile(r"[^\n]+")
_YEAR_WORDS = regex_cache.compile(r"(?:19|20)[0-9]{2}|[年度]")
BODY_YEAR_REACH = 60  # characters under the last copy of the title read for the year the body opens on
HEAD_TITLE_LINES = 15  # lines of the head read for titles
HEAD_TITLE_MAX = 70  # characters of a title line (a longer one is prose)


def _head_titles(text: str):
    """(key, year, start of the year) of each title line of the head: the key is the line with its year set aside."""
    lines = 0
    for m in _LINE.finditer(text, 0, HEAD):
        line = m.group()
        if not line.strip():
            continue
        lines += 1
        if lines > HEAD_TITLE_LINES:
            return
        if len(line.strip()) > HEAD_TITLE_MAX:
            continue
        farm = _FARM_TITLE.search(line)
        lo = m.start() + (farm.start(1) if farm else (_CRUMB.match(line).end() if ">" in line else 0))
        hi = m.start() + (farm.end(1) if farm else len(line))
        title = _TITLE_EDGES.sub("", text[lo:hi])
        years = _HEAD_YEAR.findall(title)
        if len(years) != 1:
            continue
        key = _YEAR_WORDS.sub("", title)  # 2022年度文化和旅游局年上半年 and 文化和旅游局2021年上半年: one title
        if len(key) >= 5 and _TITLE_WORDS.search(key):
            yield key, years[0], text.index(years[0], lo, hi), title, m.end()


def _retitled(text: str):
    """The odd year of a title the head names several times (2024某县科协工作汇报 over 2023某县科协工作汇报)."""
    by_key: dict[str, list[tuple[str, int, str, int]]] = {}
    for key, year, at, title, end in _head_titles(text):
        by_key.setdefault(key, []).append((year, at, title, end))
    for copies in by_key.values():
        counts = Counter(year for year, *_ in copies)
        if len(counts) != 2:
            continue
        # the year the body opens on, right under the last copy (2021年上半年，我局…), decides; else the most copies,
        # and on a tie the copy nearest the body
        body = _HEAD_YEAR.search(text, copies[-1][3], copies[-1][3] + BODY_YEAR_REACH)
        last = copies[-1][0]
        ref = body.group() if body is not None and body.group() in counts else \
            max(counts, key=lambda y: (counts[y], y == last))
        told = next(title for year, _, title, _ in copies if year == ref)
        for year, at, _, _ in copies:
            if year != ref:
                yield Finding(at, at + 4, RULE.code, RULE.severity,
                              f"开头几处同一标题（“{told}”）写的是{ref}年，此处却写{year}年，年份不一，"
                              "应核对后统一（多是转载或套用时只改了一处）。", None)


def check(ctx):
    text = ctx.text
    told = set()
    for f in _retitled(text):
        told.add(f.start)
        yield f
    if "总结" not in text and "總結" not in text:
        return
    for f in _summary_years(text):
        if f.start not in told:
            yield f


def _summary_years(text: str):
    yield from _title_plan_year(text)
    body = _body_year(text)
    if body is None:
        return
    body_year, words, at, head, heading = body
    where = "正文第一部分" if heading else "正文开头"
    told = 0
    titles = list(_TITLE.finditer(head))
    if titles and any(m.group(1) == body_year for m in titles):
        # the head names the body's year as the summary's somewhere: no mismatch to tell, but for a content farm's
        # lead-in that retitled the summary (下面是小编为大家整理的2023年度…工作总结 over 2020年…工作总结)
        for m in titles:
            if m.group(1) != body_year and _FARM_LEAD.search(head, max(0, m.start() - 20), m.start()):
                yield Finding(m.start(1), m.end(1) + 1, RULE.code, RULE.severity,
                              f"转载页开头的介绍称这是{m.group(1)}年的总结，文件自己的标题和{where}“{words}”总结的却是"
                              f"{body_year}年，年份不符，应统一为{body_year}年。", None)
        return
    if not titles:
        return
    for m in titles:
        if told == 3:
            break
        told += 1
        yield Finding(m.start(1), m.end(1) + 1, RULE.code, RULE.severity,
                      f"标题总结的是{m.group(1)}年，{where}“{words}”回顾的却是{body_year}年，"
                      f"两处年份不一，应核对后统一（多是套用上年文件或改题时只改了一处）。", None)
    plan = _PLAN_YEAR.search(head, titles[0].end(), titles[0].end() + PLAN_REACH)
    if plan is None or int(plan.group(1)) != int(titles[0].group(1)) + 1:
        return  # no plan's year, or one that agrees with the body (2021年…总结及2021年…计划 over 一、2020年…)
    yield Finding(at, at + len(body_year) + 1, RULE.code, RULE.severity,
                  f"{where}回顾的是{body_year}年，标题总结的却是{titles[0].group(1)}年，两处年份不一，应核对后统一。", None)
