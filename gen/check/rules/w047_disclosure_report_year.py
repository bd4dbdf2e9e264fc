"""W047: a government information disclosure report whose statistics period or opening names another year.

The 政府信息公开工作年度报告 reports one calendar year: its name carries the year (2023年政府信息公开工作年度报告)
and its preamble the statistics period of that year (本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止);
it goes out by 31 January of the next year (条例 第五十条); its 总体情况 and the paragraphs of its year's work open with the same year (2023年，某局……). A report copied from last
year's that kept the old period (统计期限自2020年1月1日起… in the 2021 report) or an old opening year (2022年，某局… in
the 2023 report) tells its
figures for the wrong year, and a template's period whose year was never filled in (统计期限是年1月1日至年12月31日)
tells none; a period whose dates lost their 年 and 月 (统计期限为2023 11日到1231日) tells no date at all, and a
period from 1 January to 12月30日 cuts the year short.

Read only in a text whose head names such a report with its year (gen.check.disclosure_report). Not flagged: a year
in the body beside this year's (上年, 同比, 较2022年), the date the report went out (the next January), a period
written with 本年 or 今年, paragraphs from 存在的主要问题 on (plans name the next year), and a period whose year lost only its 年 (20231月1日, W004's);
nor a period and openings that agree on a year other than the name's (the name is the slip there: N026's).
"""

from __future__ import annotations

import re

from ...core import regex_cache
from .. import disclosure_report as dr
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="W047",
    name="disclosure-report-year",
    severity="warning",
    summary="政府信息公开工作年度报告的统计期限或总体情况开头写的年份与报告年度不符，或统计期限（截至日期）漏填年份",
    doc=(
        "检查什么：政府信息公开工作年度报告（标题写明年度的）中，“统计期限自××××年1月1日起至××××年12月31日止”"
        "的年份与报告年度不同，或年份空着（“统计期限是年1月1日至年12月31日”“截至年12月31日”），或日期丢了“年”“月”（“2023 11日到1231日”），或止于12月31日以前（“至2019年12月30日止”，少算了年末）；“一、总体情况”至“四、”各段开头的"
        "“××××年，”不是报告年度；页面的发布日期不晚于报告年度（年度报告应在次年1月31日前公布）；"
        "当年工作中说“按时发布《……本年度……年度报告》”（当年发布的是上一年度的报告）；以两年前的《××××年政务公开工作要点（方案）》为依据；"
        "“四、”以前统计当年工作时写成下一年（2024年年度报告中“2025年以来收录……”“2025年累计发布……”）。\n"
        "为什么：年度报告按自然年统计，标题、统计期限和总体情况说的是同一年；年份不符多是照抄上年报告，数据所属年度就说不清了。\n"
        "不报的情形：看不出报告年度的；正文中与上年对比的年份、次年的发布日期；写作“本年”“今年”的期限；“截至年底”“截至年末”；只漏了“年”字的"
        "（20231月1日，由 W004 报告）。\n"
        "示例：2021年政府信息公开工作年度报告写“统计期限自2020年1月1日起至2020年12月31日止”，应为2021年。"
    ),
    flag=(
        "某县民政局2023年政府信息公开工作年度报告\n截至年12月31日，我局共主动公开政府信息56条。\n",
        # the year's work counted under the next year
        "某县某局2024年政府信息公开工作年度报告\n一、总体情况\n（一）主动公开情况。持续加强政策解读，2025年以来收录政策文件2条，"
        "2025年累计发布政策解读信息2条。\n",
        "某市某局2021年政府信息公开工作年度报告\n本报告中所列数据的统计期限自2020年1月1日起至2020年12月31日止。\n一、总体情况\n",
        "某区某局2023年政府信息公开工作年度报告\n报告数据统计期限为2023年1月1日至2023年12月31日。\n一、总体情况\n"
        "2022年，某区某局认真贯彻落实《条例》要求，进一步加大信息公开力度。\n",
        "某区某局2023年政府信息公开工作年度报告\n一、总体情况\n略。\n（二）依申请公开。2022年，我局共收到政府信息公开申请3件。\n",
        "某县某局2023年政府信息公开工作年度报告\n本报告中所列数据的统计期限是年1月1日至年12月31日。\n",
        "某县某局2023年政府信息公开工作年度报告\n本报告中所列数据统计期限为 2023 11日到1231日。\n",
        "某区某局2023年政府信息公开工作年度报告\n发布日期：2023-01-20\n报告数据统计期限为2023年1月1日至2023年12月31日。\n",
        "某局信息公开工作度报告\n特向社会公布年度我局政府信息公开工作年度报告。统计期限是年1月1日至年12月31日。年，我局认真落实条例。\n",
        # the year's work published the report on this same year; an older year's work plan as the basis
        "某厅2025年度政府信息公开工作年度报告\n一、总体情况\n（一）主动公开。按时发布《某厅2025年度政府信息公开工作年度报告》。\n",
        "某县某局2023年政府信息公开工作年度报告\n本报告依据《条例》和省、市政府《2021年政务公开工作方案》要求编制。\n",
        # the period stops a day short of the year's end
        "某街道2021年政府信息公开工作年度报告\n本报告所列数据的统计期限自2021年1月1日起至2021年12月30日止。\n",
    ),
    keep=(
        # the report's interpretation tells how the report itself was put out
        "【文稿解读】某县某局2022年政府信息公开工作年度报告解读\n发布日期:2023-01-19\n一、编制依据\n"
        "根据《条例》规定，编制发布《某县某局2022年政府信息公开工作年度报告》。\n",
        # the next year's work planned at the year's end, in the year's work
        "某县某局2024年政府信息公开工作年度报告\n一、总体情况\n（一）制度建设。研究部署2025年政务公开工作任务，完善制度。\n",
        # the next year's plans, from 存在的主要问题 on
        "某县某局2024年政府信息公开工作年度报告\n一、总体情况\n2024年，我局累计发布政策解读信息2条。\n"
        "五、存在的主要问题及改进情况\n2025年以来，我局将持续加强政策解读，2025年累计发布解读不少于5条。\n",
        "某县民政局2023年政府信息公开工作年度报告\n截至年底，我局共主动公开政府信息56条；截止2023年12月31日运行正常。\n",
        "某区某局2023年政府信息公开工作年度报告\n发布日期：2024-01-20\n报告数据统计期限为2023年1月1日至2023年12月31日。\n",
        "某市某局2021年政府信息公开工作年度报告\n本报告中所列数据的统计期限自2021年1月1日起至2021年12月31日止。\n一、总体情况\n"
        "2021年，某局主动公开政府信息120条。\n",
        "某市某局2021年政府信息公开工作年度报告\n统计期限为本年1月1日至12月31日。\n一、总体情况\n"
        "2020年，某局主动公开政府信息100条，2021年增至120条。\n",
        "某区某局2023年政府信息公开工作年度报告\n五、存在的主要问题及改进情况\n2024年，我局将进一步加强信息公开工作。\n"
        "六、其他需要报告的事项\n2021年，我局曾被评为先进单位。\n",
        "某市某局2021年部门决算\n统计期限自2020年1月1日起至2020年12月31日止。\n一、总体情况\n2020年，某局完成各项工作。\n",
        "某市某局政府信息公开工作年度报告\n统计期限自2020年1月1日起至2020年12月31日止。\n",
        # the period and the year's work agree on 2018: the name's 2017 is the slip (N026's)
        "正文\n现公布某市某局2017年度政府信息公开工作报告，本报告统计时间为2018年1月1日至2018年12月31日。\n一、概述\n"
        "2018年，我局认真贯彻落实《条例》。\n",
        # a period that is not the year's (a half-year's statistics quoted in the text) is not the report's
        "某街道2021年政府信息公开工作年度报告\n本报告所列数据的统计期限自2021年1月1日起至2021年12月31日止。\n"
        "依申请公开统计时间为2021年7月1日至12月20日。\n",
        # the preamble publishes this report; the year's work published last year's; this year's plan as the basis
        "某厅2025年度政府信息公开工作年度报告\n现发布某厅2025年度政府信息公开工作年度报告。\n一、总体情况\n"
        "按时发布《某厅2024年度政府信息公开工作年度报告》，落实《2025年政务公开工作要点》要求。\n",
    ),
)

# The statistics period: 统计期限自2020年1月1日起至2020年12月31日止, 统计时限为2021年1月1日至12月31日.
_PERIOD = regex_cache.compile(
    r"统计(?:期限|时限|时段|期间|区间|周期|时间)[^\n。\d]{0,6}?"
    r"(?P<y1>(?:19|20)\d\d)?\s{0,2}(?P<n1>年)?\s{0,2}1\s{0,2}月\s{0,2}1\s{0,2}日\s{0,2}起?\s{0,2}[,，]?\s{0,2}"
    r"(?:至|到|—|–|-|~|～)\s{0,2}(?P<y2>(?:19|20)\d\d)?\s{0,2}(?P<n2>年)?\s{0,2}12\s{0,2}月\s{0,2}31\s{0,2}日")
# The period's dates as written, up to the sentence's end, and a day number with no month before it (2023 11日到1231日).
_PERIOD_TEXT = regex_cache.compile(r"统计(?:期限|时限|时段|期间)[为是自从:：]{0,2}([^。\n，,；;]{4,30}?日)\s{0,2}止?(?=[。，,；;\n]|$)")
_DAY = regex_cache.compile(r"\d\s{0,2}日")
# Before a blank year: the period's own verb or mark, not 本年, 今年, 上年.
_BLANK_BEFORE = "为是自从:：至到起 \u3000"
# The 总体情况's opening year: 2022年，某局…
_OPENING = regex_cache.compile(
    r"^[ \t\u3000]{0,4}(?:[(（][一二三四五六七八九][)）][^\n。]{0,16}?[。.．]?)?((?:19|20)\d\d)年度?[,，]", re.M)
SENTENCE = 200  # characters of an opening sentence read for a comparison
# A year left blank in a sentence's opening or after the verb that publishes the report.
_BLANK_YEAR = regex_cache.compile(r"(?:^|[。；;\n])[ \t\u3000]{0,4}(年度?)[,，]|(?<=[布制了])(年度)(?=[我本])", re.M)
# The page's date of publication in the head: 发布日期：2023-01-05, 发布时间：2023年1月26日.
_PUBLISHED = regex_cache.compile(
    r"(?:发布|发表|成文|公开)(?:日期|时间)[:：\s]{0,3}((?:19|20)\d\d)\s{0,2}[-年./]\s{0,2}(\d{1,2})(?!\d)")
# Words that set another year beside this one in the opening sentence.
_COMPARED = ("上年", "同比", "较", "相比", "比上", "以来")


def check(ctx):
    text = ctx.text
    year = dr.report_year(text) if dr.is_report(text) else None
    if year is not None and dr.outvoted_name_year(text) is not None:
        year = None  # the period and the year's work agree on another year: the name is the slip, N026's to report
    blank = False
    for m in _PERIOD.finditer(text):
        for y, n in (("y1", "n1"), ("y2", "n2")):
            if year is not None and m.group(y) and int(m.group(y)) != year:
                s, e = m.span(y)
                yield Finding(s, e + 1, RULE.code, RULE.severity,
                              f"统计期限写的是{m.group(y)}年，与报告年度{year}年不符（年度报告统计的是{year}年1月1日至12月31日）。",
                              str(year))
                break
            if m.group(n) and not m.group(y) and text[m.start(n) - 1] in _BLANK_BEFORE:
                s = m.start(n)
                yield Finding(s, s + 1, RULE.code, RULE.severity,
                              "统计期限的年份空着（“年1月1日”），应写明报告年度。", None)
                blank = True
                break
    for m in _PERIOD_TEXT.finditer(text):
        if "月" not in m.group(1) and _DAY.search(m.group(1)):
            yield Finding(m.start(1), m.end(1), RULE.code, RULE.severity,
                          f"统计期限“{m.group(1).strip()}”的日期丢了“年”“月”，应写作“××××年1月1日至××××年12月31日”。", None)
    if blank:  # the template's year was never filled in: its other blank years (。年，我局……; 公布年度我局……)
        for b in _BLANK_YEAR.finditer(text):
            g = 1 if b.group(1) else 2
            yield Finding(b.start(g), b.end(g), RULE.code, RULE.severity, "年份空着，应写明报告年度。", None)
    yield from _cut_off_blank(text)
    if year is None:
        return
    yield from _period_cut_short(text)
    yield from _published_early(text, year)
    yield from _openings(text, year)
    yield from _own_report_published(text, year)
    yield from _old_plan_as_basis(text, year)
    yield from _next_year_counted(text, year)


# The year's work counted under the next year (2025年以来收录…, 2025年累计发布… in the 2024 report): its phrases of a
# count so far or of the year's tasks, with the next year's figure as their literal lead.
_COUNTED_AFTER = r"(?=以来|累计|全年|共(?:发布|公开|收到|受理)|政务公开(?:重点)?工作)"
# The next year's work planned at the year's end (研究部署2025年政务公开工作任务, 谋划、安排、制定……): no count of this year.
_PLANNED = r"(?<!部署)(?<!谋划)(?<!安排)(?<!制定)(?<!印发)"


def _next_year_counted(text: str, year: int):
    """Before the part on problems and plans (四、 on), the report counts its year's work: a count under the next
    year is the year typed wrongly (the report is written in the next year)."""
    end = next((p.start for p in dr.parts(text) if p.index >= 4), len(text))
    for m in regex_cache.compile(rf"(?<!\d){_PLANNED}{year + 1}年{_COUNTED_AFTER}").finditer(text, 0, end):
        yield Finding(m.start(), m.end(), RULE.code, RULE.severity,
                      f"报告统计的是{year}年的工作，此处却写“{year + 1}年”，年份有误，应为{year}年。", str(year))


# A cut-off date whose year was left blank (截止年12月31日，我局……): 截至 or 截止, then 年 and a month's figures at
# once. Not 截至年底 or 截至年末, which name the year's end in words.
_CUT_OFF_BLANK = regex_cache.compile(r"截[至止]到?(年)(?=(?:1[0-2]|[1-9])月)")


def _cut_off_blank(text):
    """A template's cut-off date never filled in: no reader can tell which year's figures follow."""
    for m in _CUT_OFF_BLANK.finditer(text):
        yield Finding(m.start(1), m.end(1), RULE.code, RULE.severity,
                      f"“{m.group()}”的年份空着，应写明年份（如“截至××××年12月31日”）。", None)


# The period from 1 January that ends on another day of December (至2019年12月30日止): the year is cut short.
_PERIOD_END = regex_cache.compile(
    r"统计(?:期限|时限|时段|期间|区间|周期|时间)[^\n。\d]{0,6}?(?:(?:19|20)\d\d\s{0,2}年)?\s{0,2}1\s{0,2}月\s{0,2}1\s{0,2}日"
    r"\s{0,2}起?\s{0,2}[,，]?\s{0,2}(?:至|到|—|–|-|~|～)\s{0,2}(?:(?:19|20)\d\d\s{0,2}年)?\s{0,2}12\s{0,2}月\s{0,2}"
    r"(?P<day>[12]?\d|30)\s{0,2}日")


def _period_cut_short(text: str):
    """A statistics period that ends before 31 December: the annual report counts the whole calendar year, and a
    period to 12月30日 leaves the last day's applications and items out (or the date was mistyped)."""
    for m in _PERIOD_END.finditer(text, 0, dr.HEAD * 3):
        s, e = m.span("day")
        yield Finding(s, e + 1, RULE.code, RULE.severity,
                      f"统计期限止于12月{m.group('day')}日，年度报告统计的是全年，应止于12月31日。", "31日")


def _published_early(text: str, year: int):
    """The report went out in its own year or before: the title's year is not the year the report is on (a report
    on a year is published by 31 January of the next)."""
    span = dr.report_year_span(text)
    m = _PUBLISHED.search(text, 0, dr.HEAD)
    if span and m and int(m.group(1)) <= year:
        yield Finding(span[0], span[1] + 1, RULE.code, RULE.severity,
                      f"报告名称写的是{year}年，而发布日期是{m.group(1)}年{int(m.group(2))}月：年度报告在次年公布，"
                      f"报告年度与发布日期不符，请核对。", None)


def _openings(text: str, year: int):
    """Paragraphs of the parts on the year's work (before 存在的主要问题, where plans name the next year) that open
    with an earlier year, in a sentence that sets no other year beside it."""
    end = next((p.start for p in dr.parts(text) if p.index >= 4), len(text))
    for m in _OPENING.finditer(text, 0, end):
        said = int(m.group(1))
        if said >= year:
            continue
        stop = text.find("。", m.start(1), m.start(1) + SENTENCE)
        sentence = text[m.start(1):stop if stop != -1 else m.start(1) + SENTENCE]
        if any(w in sentence for w in _COMPARED) or f"{year}年" in sentence:
            continue
        s, e = m.span(1)
        yield Finding(s, e + 1, RULE.code, RULE.severity,
                      f"这一段开头写的是{said}年，与报告年度{year}年不符，疑为照抄往年报告。", str(year))


# The year's work names the report it published (按时发布《某局2022年度政府信息公开工作年度报告》): the report of the
# year before, published by 31 January. A verb of work done before it, not the preamble's 现发布 (this report).
INTERPRETED_HEAD = 200  # a page's head that names it an interpretation (解读) of the report
_PUBLISHED_REPORT = regex_cache.compile(
    r"(?:按时|及时|按期|如期|已|完成|并|编制)(?:发布|公开|公布|上传)(?:了)?《[^《》\n]{0,40}?((?:19|20)\d\d)年度?"
    r"政府信息公开(?:工作)?年度报告》")
# The year's work plan named as the report's basis (依据……《2021年政务公开工作要点》要求), a later year's report.
_PLAN_BASIS = regex_cache.compile(
    r"(?:依据|根据|按照|依照|对照|落实)[^。；;\n]{0,30}?《[^《》\n]{0,16}?((?:19|20)\d\d)年(?:度)?"
    r"(?:全[省市县区]|全国)?政务公开工作(?:要点|方案|实施方案|任务清单)》[^。；;\n]{0,8}?(?:要求|部署|规定)")


def _own_report_published(text: str, year: int):
    """The year's work says it published the report on this same year: the report of a year goes out in the next,
    so the work of the year published the one before (a copied sentence whose year was moved on twice)."""
    if "解读" in text[:INTERPRETED_HEAD]:
        return  # 【文稿解读】……年度报告解读: the interpretation tells how the report itself was made and put out
    end = next((p.start for p in dr.parts(text) if p.index >= 4), len(text))
    for m in _PUBLISHED_REPORT.finditer(text, 0, end):
        if int(m.group(1)) == year:
            s, e = m.span(1)
            yield Finding(s, e + 1, RULE.code, RULE.severity,
                          f"{year}年内发布的应是{year - 1}年度的年度报告（年度报告在次年1月31日前公布），"
                          f"《……{year}年度……年度报告》就是本报告，年份有误。", str(year - 1))


def _old_plan_as_basis(text: str, year: int):
    """The report names an earlier year's 政务公开工作要点 (or 方案) as its basis: each year has its own, so the
    basis of the report on this year is this year's; an earlier year's is a template's left over."""
    end = next((p.start for p in dr.parts(text) if p.index >= 4), len(text))
    for m in _PLAN_BASIS.finditer(text, 0, end):
        said = int(m.group(1))
        if said < year - 1:
            s, e = m.span(1)
            yield Finding(s, e + 1, RULE.code, RULE.severity,
                          f"报告年度是{year}年，依据的却是《{said}年……政务公开工作要点（方案）》，疑为沿用旧稿，"
                          f"应为{year}年的要点（方案）。", str(year))
