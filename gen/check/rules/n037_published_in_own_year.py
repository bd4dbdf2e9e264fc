"""N037: a 决算 whose stated publication date falls in or before the year it accounts for.

A year's 决算 is drawn up after the year ends and made public in the next year (2024年度部门决算,
公开时间：2025年9月29日). A note dated with its own year or an earlier one (公开时间：2024年9月29日
on the 2024 note) has had its date copied from a template or last year's page with the year not
changed. Only the head of the text is read, where a page states when it was published, and only a
note whose head names its own year beside 决算 (the title): a 预算 is published in its own year,
and a head that names no such title may be another document.

A year's performance self-evaluation (2021年度……绩效评价自评报告) is likewise made after the year
closes: its cover's 报告日期 / 填报日期 falls in the next year. A cover dated within the year it
evaluates (报告日期：2021年5月20日 on the 2021 report) kept last year's or a template's date. A 绩效
监控 report or a 绩效目标 form is dated within its year, so only a head naming 自评 or 评价 beside its
year, and not 监控 or 目标, is read. The opening paragraph's date of the work (于2023年5月对部门整体支出开展
绩效自评, in the 2023 report) is read the same way, unless its clause names another year's work.

A year's 政府信息公开工作年度报告 is published by 31 January of the next year (政府信息公开条例 第五十条): a date
under its title (（2021年1月25日）, 发布日期：2021-01-28 on the 2021 report) within the year reported on kept
last year's date.
"""

from __future__ import annotations

import re

from ...core import regex_cache
from ..finding import Finding
from ..identity import identity
from .. import disclosure_report as dr
from ..registry import Rule

HEAD = 600  # a page's publication date stands under its title
_DATE = regex_cache.compile(r"((?:公开|发布)(?:时间|日期))[ \u3000]{0,2}[:：]?[ \u3000]{0,2}((?:19|20)\d\d)[ \u3000]{0,2}[-年/.]")

_COVER_HEAD = 900  # the cover of a self-evaluation: title, unit, method, 报告日期
_COVER_DATE = regex_cache.compile(
    r"((?:报告|報告|填报|填報|上报|上報)(?:日期|时间|時間))[ \u3000]{0,3}[:：]?[ \u3000]{0,3}((?:19|20)\d\d)[ \u3000]{0,2}[-年/.]")
_EVALUATION = "(?:自评|自評|评价|評價)"
_NOT_EVALUATION = regex_cache.compile(r"监控|監控|目标|目標|申报|申報")

RULE = Rule(
    code="N037",
    name="published-in-own-year",
    severity="warning",
    summary="决算的公开（发布）时间不晚于决算年度",
    doc=(
        "检查什么：标题写明“××××年度……决算”的文件，开头所写的公开时间、发布时间（日期）在本年度或更早，"
        "如2024年度部门决算写“公开时间：2024年9月29日”。\n"
        "为什么：决算在年度结束后才编制，要到下一年才能公开；写成本年度，多半是套用模板或往年页面没有改年份。\n"
        "不报的情形：看不出本文件年度的；开头没有把本年度和“决算”写在一起的（预算在本年度公开，其他文件不论）；"
        "公开时间在下一年及以后的；正文中其他日期。\n"
        "示例：2024年度部门决算“公开时间：2024年9月29日”应为2025年。\n"
        "政府信息公开工作年度报告标题下的日期（或发布日期）在报告年度或更早的（2021年度报告写“2021年1月25日”），同样报告：年度报告在次年1月31日前发布。\n"
        "同理，标题写明“××××年度……绩效（自）评价报告”的，封面报告日期、填报日期在本年度或更早（2021年度自评报告"
        "“报告日期：2021年5月20日”），或封面单独一行的日期（“二〇一八年十月”）在本年度或更早，年度尚未结束便已评价，日期不合；绩效监控报告、绩效目标表不论。"
    ),
    flag=(
        # a disclosure report saying its own year's 决算 was published within that year
        "某局2021年政府信息公开工作年度报告\n一、总体情况\n2021年，我局对全区2021年一般公共预算决算报表进行了公开。\n",
        "某区工商业联合会2024年度部门决算\n发布时间：2025-09-29\n目录\n公开时间：2024年9月29日\n第一部分 部门概况\n",
        "某县档案馆2023年度单位决算\n公开日期：2023-08-20\n一、单位职责\n",
        # a year's self-evaluation dated within the year it evaluates
        "某县2021年度宣传部整体支出绩效评价自评报告\n部门(单位)名称 某县委宣传部\n评价方式:单位绩效自评\n"
        "报告日期: 2021年5月20日\n一、部门(单位)基本概况\n",
        "某县2017 年度部门(单位)整体支出\n绩效评价自评报告\n部门(单位)名称 某县卫生局\n报告日期:2017年 12月 30日\n",
        # the opening paragraph dates the evaluation within the year evaluated
        "某县总工会2023年度部门整体绩效单位自评报告\n根据县财政局通知要求，县总工会于2023年5月对部门整体支出开展绩效自评。\n",
        # the cover's date alone on its line, an earlier year's left from a template
        "某区2023年度服务中心建设经费项目\n绩效评价报告\n项目名称：服务中心建设经费项目\n评价机构：某街道办事处\n二〇一八年十月\n摘 要\n",
        # a disclosure report dated, under its title, within the year it reports on
        "某县民政局政府信息公开2022年度报告\n（2022年1月20日）\n本报告根据条例编制。\n",
        "某县民政局2022年政府信息公开工作年度报告\n发布日期：2022-01-28\n一、总体情况\n",
        # the year's report said to be published before that year was over
        "某镇2023年政府信息公开工作年度报告\n按时编制某镇2023年政府信息公开年度报告，并于2023年1月20日前在区政府网站公布。\n",
    ),
    keep=(
        "某局2021年政府信息公开工作年度报告\n一、总体情况\n2021年，我局公开了2020年部门决算和2021年部门预算等预决算信息。\n",
        "某区工商业联合会2024年度部门决算\n发布时间：2025-09-29\n目录\n公开时间：2025年9月29日\n第一部分 部门概况\n",
        # a budget is published in its own year
        "某县档案馆2024年度部门预算\n公开时间：2024年2月20日\n一、部门职责\n",
        # no title naming the year beside 决算
        "某县乡村振兴补助资金项目绩效监控报告\n发布时间：2022-08-09\n一、项目基本情况\n",
        "某县2021年度宣传部整体支出绩效评价自评报告\n评价方式:单位绩效自评\n报告日期: 2022年5月20日\n一、基本概况\n",
        # a mid-year monitoring report and a target form are dated within their year
        "某县2021年度项目绩效运行监控自评报告\n报告日期: 2021年8月10日\n一、项目基本情况\n",
        "2022年度项目支出绩效目标申报表（含评价指标）\n填报日期: 2022年1月10日\n",
        "某县总工会2023年度部门整体绩效单位自评报告\n根据县财政局通知要求，县总工会于2024年5月对部门整体支出开展绩效自评。\n",
        "某县总工会2023年度部门整体绩效单位自评报告\n县总工会于2023年5月对2022年度部门整体支出开展绩效自评，本年继续。\n",
        "某区2023年度服务中心建设经费项目\n绩效评价报告\n评价机构：某街道办事处\n二〇二四年三月\n摘 要\n",
        "某县2022年度项目绩效自评报告\n某县农业农村局\n2023年3月22日\n一、项目基本情况\n",
        "某县民政局政府信息公开2022年度报告\n（2023年1月20日）\n本报告根据条例编制。\n",
        # a date further down is the work's, not the report's
        "某县民政局2022年政府信息公开工作年度报告\n一、总体情况\n2022年，我局围绕中心工作推进公开。\n"
        "全年公开信息120条，其中通知公告30条。\n会议于\n2022年3月5日\n召开。\n",
        # a monitoring report is dated within its year
        "某县2023年度项目绩效运行监控报告\n某县农业农村局\n2023年8月\n一、项目基本情况\n",
        # last year's report published early this year; this year's report to be published next January
        "某镇2023年政府信息公开工作年度报告\n按时编制某镇2022年政府信息公开年度报告，并于2023年1月20日前在区政府网站公布。\n"
        "某镇2023年政府信息公开工作年度报告将于2024年1月31日前公开。\n",
        # W047's: 按时发布《……本年度……年度报告》 is told once, by W047
        "某厅2025年度政府信息公开工作年度报告\n一、总体情况\n按时发布《某厅2025年度政府信息公开工作年度报告》，于2025年1月20日在网站公开。\n",
    ),
)


# A sentence of a disclosure report that opens on its own year and names that year's 决算 among what it published:
# 2020年，我局对全区2020年一般公共预算收支决算总表……进行了公开 (the 2019 决算, published in 2020).
_OWN_YEAR_SENTENCE = r"(?:^|(?<=[。\n]))[ \t\u3000]{{0,8}}(?:{y}年|本年度?|今年)[^。\n]{{0,300}}?(?<!\d)({y})年度?(?:(?!预算[和及与、等]|预决)[^，,。；;\n]){{0,16}}?决算"
_PUBLISHED = regex_cache.compile(r"公开|发布|公布")
_NOT_PUBLISHING = regex_cache.compile(r"编制|准备|布置|部署|做好|将")


def _own_accounts_published(text: str):
    """A disclosure report's sentence on its own year saying that year's 决算 was published in it."""
    if "决算" not in text or not dr.is_report(text):
        return
    year = dr.report_year(text)
    if year is None:
        return
    for m in regex_cache.compile(_OWN_YEAR_SENTENCE.format(y=year)).finditer(text):
        stop = text.find("。", m.end())
        sentence = text[m.start():stop if stop != -1 else min(len(text), m.end() + 200)]
        if _PUBLISHED.search(sentence) and not _NOT_PUBLISHING.search(sentence):
            yield Finding(m.start(1), m.end(1), RULE.code, RULE.severity,
                          f"本报告是{year}年度报告，{year}年的决算要到下一年才能编制公开，"
                          f"此处说{year}年内已公开{year}年决算，年份有误（疑为{year - 1}年）。", str(year - 1))


# A sentence saying when a named year's disclosure report was (to be) published: 完成某街道2024年政府信息公开年度报告，
# 并于2024年1月15日之前在……网站向社会公布. The report on a year goes out after that year, by 31 January of the next.
_REPORT_PUBLISHED_ON = regex_cache.compile(
    r"((?:19|20)\d\d)[ \u3000]{0,2}年度?[^《》。\n，,]{0,4}?政府信息公开(?:工作)?(?:年度)?(?:报告|年报)》?"
    r"[^。；;\n]{0,20}?于[ \u3000]{0,2}((?:19|20)\d\d)[ \u3000]{0,2}年[ \u3000]{0,2}(\d{1,2})[ \u3000]{0,2}月"
    r"(?:[ \u3000]{0,2}\d{1,2}[ \u3000]{0,2}日)?[^。；;\n]{0,48}?(?:公布|公开|发布|上传|挂网)")
# W047 already tells a named report 按时发布《……本年度……年度报告》 published within its own year.
_W047_VERB = regex_cache.compile(r"(?:发布|公开|公布|上传)了?《[^《》\n]{0,40}$")


def _report_published_before_its_year_ends(text: str):
    """A named year's disclosure report said to be published in that year or before: its figures are the whole
    year's, so it goes out in the next (政府信息公开条例 第五十条); one of the two years was not moved on."""
    if "政府信息公开" not in text:
        return
    for m in _REPORT_PUBLISHED_ON.finditer(text):
        named, said = int(m.group(1)), int(m.group(2))
        if said > named or _W047_VERB.search(text, max(0, m.start() - 44), m.start()):
            continue
        yield Finding(m.start(2), m.end(2), RULE.code, RULE.severity,
                      f"{named}年的政府信息公开工作年度报告要在{named}年结束后编制，于{named + 1}年1月31日前公布，"
                      f"此处却说于{said}年{int(m.group(3))}月公布，年份有误（报告年度或公布日期写错），请核对。", None)


def check(ctx):
    yield from _disclosure_report_dated_early(ctx.text)
    yield from _report_published_before_its_year_ends(ctx.text)
    yield from _own_accounts_published(ctx.text)
    year = identity(ctx).year
    if year is None:
        return
    yield from _evaluation_dated_early(ctx, year)
    head = ctx.text[:HEAD]
    if re.search(rf"(?<!\d){year}[ \u3000]{{0,2}}年度?[^\n。预]{{0,16}}决算", head) is None:
        return
    yield from _dated_within(head, _DATE, 0, year, f"本文件是{year}年度的决算，年度结束后才能编制公开")


# A government information disclosure report names its year in its title, before or after 政府信息公开
# (2021年政府信息公开工作年度报告, 政府信息公开2021年度报告); its date stands under the title, alone on its line
# (in brackets or not) or after 发布/公开日期.
_DISCLOSURE_HEAD = 400
_DISCLOSURE_TITLE = regex_cache.compile(
    r"(?<!\d)((?:19|20)\d\d)[ \u3000]{0,2}年度?[^\n。，,]{0,24}?政府信息公开(?:工作)?(?:年度)?(?:报告|年报)"
    r"|政府信息公开(?:工作)?[ \u3000]{0,2}((?:19|20)\d\d)[ \u3000]{0,2}年度?(?:工作)?(?:年度)?(?:报告|年报)")
_DATE_LINE = regex_cache.compile(
    r"(?m)^[ \u3000\t]{0,8}[（(]?[ \u3000]{0,2}(?:(?:发布|公开|印发)(?:时间|日期)[:：]?[ \u3000]{0,2})?((?:19|20)\d\d)"
    r"[ \u3000]{0,2}[年\-/.][ \u3000]{0,2}\d{1,2}[ \u3000]{0,2}[月\-/.][ \u3000]{0,2}\d{1,2}[ \u3000]{0,2}日?"
    r"[ \u3000]{0,2}[）)]?[ \u3000\t]{0,8}$")


def _disclosure_report_dated_early(text: str):
    """The date under a disclosure report's title that falls within the year it reports on: the report is
    published by 31 January of the next year (政府信息公开条例 第五十条), after its year's figures are complete."""
    if "政府信息公开" not in text[:_DISCLOSURE_HEAD]:
        return
    title = _DISCLOSURE_TITLE.search(text, 0, _DISCLOSURE_HEAD)
    if title is None:
        return
    year = int(title.group(1) or title.group(2))
    line_end = text.find("\n", title.end())
    if line_end < 0:
        return
    m = _DATE_LINE.search(text, line_end + 1, min(len(text), line_end + 1 + 120))
    if m and int(m.group(1)) <= year and text.count("\n", line_end + 1, m.start()) <= 2:
        yield Finding(m.start(1), m.end(1), RULE.code, RULE.severity,
                      f"本报告是{year}年度的政府信息公开工作年度报告，年度结束后才能编制发布，标题下的日期却写作"
                      f"{m.group(1)}年；请核对，应为{year + 1}年或以后。", None)


def _dated_within(head: str, dates, start: int, year: int, lead: str):
    """Each date field of ``dates`` from ``start`` whose year is not after ``year``, told after ``lead``."""
    for m in dates.finditer(head, start):
        written = int(m.group(2))
        if written <= year:
            yield Finding(m.start(2), m.end(2), RULE.code, RULE.severity,
                          f"{lead}，{m.group(1)}却写作{written}年；请核对，应为{year + 1}年或以后。", None)


def _evaluation_dated_early(ctx, year: int):
    """The cover date of a year's self-evaluation that falls within the year evaluated."""
    head = ctx.text[:_COVER_HEAD]
    title = re.search(rf"(?<!\d){year}[ \u3000]{{0,2}}年度[^。]{{0,30}}?{_EVALUATION}", head)
    if title is None or _NOT_EVALUATION.search(head, 0, title.end() + 12):
        return
    yield from _dated_within(head, _COVER_DATE, title.end(), year,
                             f"本报告是{year}年度的绩效评价（自评）报告，年度结束后才能评价")
    # the cover's date on a line of its own under the title (二〇一八年十月, 2024年9月), with no label
    for m in _COVER_LINE.finditer(head, title.end()):
        written = _year_of(m.group(1))
        if written <= year:
            yield Finding(m.start(1), m.end(1), RULE.code, RULE.severity,
                          f"本报告是{year}年度的绩效评价（自评）报告，年度结束后才能评价，封面日期却写作{m.group(1)}年"
                          f"（{written}年）；请核对，应为{year + 1}年或以后。", None)
    # the opening paragraph's own date of the work (……（部门）于2023年5月对部门整体支出开展绩效自评) likewise;
    # a date whose clause names another year's work (对2022年度项目) is not this evaluation's
    for m in _WORK_DATE.finditer(ctx.text, title.end(), title.end() + _OPENING):
        if int(m.group(2)) <= year and not _OTHER_YEAR.search(m.group(3)):
            yield Finding(m.start(2), m.end(2), RULE.code, RULE.severity,
                          f"本报告是{year}年度的绩效评价（自评）报告，年度结束后才能评价，开展自评的时间却写作"
                          f"{m.group(2)}年；请核对，应为{year + 1}年或以后。", None)


_OPENING = 1500  # the paragraph after the title that says when the evaluation was made
# A date alone on its line, its year in figures or in Chinese digits (二〇一八年十月): the cover's date.
_CN_DIGITS = {"〇": 0, "○": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_COVER_LINE = regex_cache.compile(
    r"(?m)^[ \u3000\t]{0,8}((?:19|20)\d\d|二[〇○零][一二三四五六七八九〇○零]{2})[ \u3000]{0,2}年[ \u3000]{0,2}"
    r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})[ \u3000]{0,2}月(?:[ \u3000]{0,2}(?:\d{1,2}|[一二三四五六七八九十]{1,3})[ \u3000]{0,2}日)?"
    r"[ \u3000\t]{0,8}$")


def _year_of(written: str) -> int:
    """The year of ``written``: figures (2018) or Chinese digits (二〇一八)."""
    return int(written) if written.isdigit() else int("".join(str(_CN_DIGITS[c]) for c in written))
_WORK_DATE = regex_cache.compile(r"(于|在)((?:19|20)\d\d)年\d{1,2}月(?:\d{1,2}日)?([^。；\n]{0,24}?)开展[^。；\n]{0,8}?"
                                 r"(?:绩效)?(?:自评|自我评价|评价)")
_OTHER_YEAR = regex_cache.compile(r"(?:19|20)\d\d")
