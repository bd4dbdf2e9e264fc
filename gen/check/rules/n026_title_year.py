"""N026: the year in a report's title contradicted by the report's own header or body.

An evaluation report's body says once what it evaluated (对……2023年度……项目支出进行了绩效评价): that one sentence
naming the title's project with another year is enough, as it is the report's own object, not a year compared.
"""

from __future__ import annotations

import re
from typing import Iterable, Optional

from ...core import regex_cache
from .. import disclosure_report as dr
from ..context import CheckContext
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="N026",
    name="title-year",
    severity="error",
    summary="标题中的年度与表头或正文中同一文件名称的年度不符",
    doc=(
        "检查什么：首行标题写明“××2021年度部门整体支出绩效……”“××2020年度部门决算”时，"
        "（1）紧随其后的表头单独一行写“（2020年度）”而年份不同；（2）正文至少两处以同一单位名称、同一文件名称"
        "写另一个年度（“××2019年度部门决算表”“××2019年度部门决算情况”），且除标题外再没有一处写标题的年度；"
        "（3）报告的完整标题（单位＋年度＋文件名称）单独成行重复出现时（封面之后、目录之后正文开头再写一遍，"
        "网页转出的文字前面还可能有发布信息），后出现的一行年度与第一行不同（以 --year 给出的年度为准时，报与之不符的一行）；"
        "网页开头的页面标题与文件自己的标题（工作总结、计划、报告等）单独成行、只差年份的，同样报告；（4）绩效评价报告的标题写“××2024年度××项目支出绩效评价报告”，正文说“对××2023年度××项目支出进行了绩效评价”，同一项目年度不同（沿用往年报告）；（5）政府信息公开工作年度报告的标题写“2021年××信息公开年度报告”，开头却说“现公布××2019年政府信息公开工作年度报告”；（6）政府信息公开工作年度报告的名称写一个年度，统计期限和正文各段开头说的都是另一个年度（名称有误）。\n"
        "为什么：同一份报告只有一个年度，标题与表头、正文不一致，总有一处写错。\n"
        "不报的情形：正文提到其他年度的数字或文件（上年决算、比较年份）；标题的年度在正文里也出现过；"
        "标题中“××年”（不带“度”）后接项目资金名称（“2023年异地造林补助资金项目……”），表头写其后年度的（资金下达的次年评价）。"
    ),
    flag=(
        "某某局2022年度部门整体支出绩效目标表\n部门整体支出绩效目标表\n（2021年度）\n填报单位：某某局\n",
        # a project's funds year, but the header names an earlier year: no evaluation precedes its funds
        "某县农业农村局2023年高标准农田建设补助资金项目绩效自评报告\n（2022年度）\n项目单位：某县农业农村局\n",
        # 2023年度 before the project: the report's own year, which the header contradicts
        "某县农业农村局2023年度农田建设补助资金项目绩效自评报告\n（2024年度）\n项目单位：某县农业农村局\n",
        "某某局2021年度部门决算\n目录\n第一部分 某某局2020年度部门决算表\n第二部分 某某局2020年度部门决算情况说明\n",
        # the cover dated in the title's year: a 决算 of the year before, as the body's one table title says
        "九三学社某市委2020年度部门决算\n2020年9月\n目 录\n第二部分 九三学社某市委2019年度部门决算表\n",
        # the full title restated before the body (after a cover page and a web page's notice) with another year
        "信息公开\n发布日期：2024-03-15\n某某文化馆2023年度部门整体支出绩效自评报告\n\n评价机构：某某文化馆\n目录\n"
        "一、部门概况\n二、绩效自评结论\n某某文化馆2024年度部门整体支出绩效自评报告\n一、部门概况\n",
        # a page's title and the document's own differing in the summary's year only
        "首页 > 工作总结\n2023年某局工作总结与2023年工作计划\n时间：2023-01-05\n2022年某局工作总结与2023年工作计划\n一、2022年工作\n",
        # the body evaluated the title's project in the year before: last year's text kept under this year's title
        "发布日期：2025-03-10\n某县农业农村局2024年度耕地地力保护补贴资金项目支出绩效评价报告\n"
        "评价组于2024年5月对某县农业农村局2023年度耕地地力保护补贴资金项目支出进行了绩效评价。\n",
        # a disclosure report's preamble publishing the report under an older year than its title's
        "2021年某市就业服务中心信息公开年度报告\n根据《条例》规定，现公布某市就业服务中心2019年政府信息公开工作年度报告。"
        "本报告所列数据的统计期限自2021年1月1日起至2021年12月31日止。\n",
        # a page without its title: the preamble names the report under a year its period and its work do not
        "正文\n现公布某市某局2017年度政府信息公开工作报告，本报告统计时间为2018年1月1日至2018年12月31日。\n一、概述\n"
        "2018年，我局认真贯彻落实《条例》，主动公开信息300条。\n",
    ),
    keep=(
        "某某局2022年度部门整体支出绩效目标表\n部门整体支出绩效目标表\n（2022年度）\n填报单位：某某局\n",
        # the title's year names the project's funds (the 2023 allocation), evaluated the next year
        "某县农业农村局2023年高标准农田建设补助资金项目绩效自评报告\n（2024年度）\n项目单位：某县农业农村局\n",
        "某某局2021年度部门决算\n目录\n第一部分 某某局2021年度部门决算表\n第二部分 某某局2020年度部门决算情况说明\n"
        "某某局2020年度部门决算情况说明\n",
        "某某局2021年度部门决算\n与某某局2020年度部门决算相比，支出增加。\n",
        "九三学社某市委2019年度部门决算\n2020年9月\n目 录\n第二部分 九三学社某市委2018年度部门决算表\n",
        "信息公开\n发布日期：2024-03-15\n某某文化馆2023年度部门整体支出绩效自评报告\n目录\n"
        "一、部门概况\n某某文化馆2023年度部门整体支出绩效自评报告\n一、部门概况\n",
        # another document of the same body named in a line of its own: a different kind, not the title again
        "某某文化馆2023年度部门整体支出绩效自评报告\n附件\n某某文化馆2024年度部门整体支出绩效目标申报表\n",
        # a page's title and the document's own, the same words and years
        "首页 > 工作总结\n2022年某局工作总结与2023年工作计划\n时间：2023-01-05\n2022年某局工作总结与2023年工作计划\n一、2022年工作\n",
        # the body evaluated the title's project of the title's year; another project of another year evaluated before
        "某县农业农村局2024年度耕地地力保护补贴资金项目支出绩效评价报告\n"
        "评价组对某县农业农村局2024年度耕地地力保护补贴资金项目支出进行了绩效评价。此前曾对2023年度农机购置补贴进行评价。\n",
        # the preamble publishes the title's year; the year's work published last year's report
        "2021年某市就业服务中心信息公开年度报告\n根据《条例》规定，现公布某市就业服务中心2021年政府信息公开工作年度报告。"
        "\n一、总体情况\n按时发布《某市就业服务中心2020年政府信息公开工作年度报告》。\n",
        # the period alone names another year (the year's work says none, or the name's): W047 blames the period
        "某市某局2021年政府信息公开工作年度报告\n本报告统计期限自2020年1月1日起至2020年12月31日止。\n一、总体情况\n"
        "2021年，我局主动公开信息300条。\n",
    ),
)

_TITLE = regex_cache.compile(r"\s{0,4}(?P<org>[^\d\s|，,。]{2,30}?)(?P<year>(?:19|20)\d{2})\s{0,2}年度?(?P<kind>[^\d\s|，,。]{2,16})")
_KINDS = ("决算", "预算", "绩效", "整体支出")
_HEADER_YEAR = regex_cache.compile(r"^[\s|]*[（(]\s{0,2}(?P<year>(?:19|20)\d{2})\s{0,2}年度?\s{0,2}[）)][\s|]*$")
HEADER_LINES = 8  # lines after the title where a table header stands
MIN_OTHER = 2  # body statements of another year needed to overrule the title


def _title(text: str) -> Optional[re.Match]:
    for line_start, line in _lines(text)[:3]:
        if line.strip():
            m = _TITLE.match(line)
            if m and any(k in m.group("kind") for k in _KINDS):
                return m if line_start == 0 else _TITLE.match(text, line_start)
            return None
    return None


def _lines(text: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for line in text[:20000].split("\n")[: HEADER_LINES + 4]:
        out.append((pos, line))
        pos += len(line) + 1
    return out


# A title whose year, written 年 without 度, opens a project's name: 2023年异地造林补助资金项目支出绩效自评报告
# names the funds of 2023, which a report may evaluate in a later year (its header: （2024年度）).
_PROJECT_YEAR = regex_cache.compile(r"年(?!度)[^\d\s|，,。]{0,16}?(?:资金|项目|补助|补贴|专项|工程)")


def _funds_year(text: str, title: re.Match, header_year: str) -> bool:
    """Whether the title's year names the funds of a project evaluated in the header's later year."""
    return int(header_year) > int(title.group("year")) and _PROJECT_YEAR.match(text, title.end("year")) is not None


def _header(text: str, title: re.Match) -> Iterable[Finding]:
    for start, line in _lines(text)[: HEADER_LINES + 1]:
        m = _HEADER_YEAR.match(line)
        if m and m.group("year") != title.group("year") and not _funds_year(text, title, m.group("year")):
            yield Finding(start + m.start("year"), start + m.end("year") + 2, RULE.code, RULE.severity,
                          f"表头年度“{m.group('year')}年度”与标题年度“{title.group('year')}年度”不符，请核对")
            return


def _body(text: str, title: re.Match) -> Iterable[Finding]:
    org, year, kind = title.group("org"), title.group("year"), title.group("kind")[:4]
    named = re.compile(re.escape(org) + r"\s{0,2}(?P<year>(?:19|20)\d{2})\s{0,2}年度?" + re.escape(kind))
    rest = [m for m in named.finditer(text) if m.start() >= title.end()]
    if any(m.group("year") == year for m in rest):
        return
    others = {m.group("year") for m in rest}
    if len(others) != 1 or len(rest) < (1 if _dated_in_title_year(text, title, others) else MIN_OTHER):
        return
    if any(re.search(r"(?:与|较|比|同|和)\s{0,2}$", text[max(0, m.start() - 3):m.start()]) for m in rest):
        return  # a comparison with another year's report
    other = others.pop()
    yield Finding(title.start("year"), title.end("year") + 2, RULE.code, RULE.severity,
                  f"标题年度“{year}年度”与正文不符：正文{len(rest)}处写“{org}{other}年度{kind}”，请核对")


# The cover's date right under the title (2020年9月): a 决算 is published the year after the one it accounts for.
_COVER_DATE = regex_cache.compile(r"\s{0,4}(?P<year>(?:19|20)\d{2})\s{0,2}年\s{0,2}\d{1,2}\s{0,2}月(?:\s{0,2}\d{1,2}\s{0,2}日)?\s*")


def _dated_in_title_year(text: str, title: re.Match, others: set[str]) -> bool:
    """Whether a 决算 titled with one year is dated, on its cover, in that same year while the body names the
    year before: one body statement then suffices (九三学社某市委2020年度部门决算 / 2020年9月 / …2019年度部门决算表)."""
    year = title.group("year")
    if "决算" not in title.group("kind") or others != {str(int(year) - 1)}:
        return False
    end = text.find("\n", title.end())
    for line in text[end + 1:end + 200].split("\n")[:2] if end != -1 else ():
        m = _COVER_DATE.fullmatch(line)
        if m:
            return m.group("year") == year
    return False


MAX_TITLE_SCAN = 200_000  # characters read for restated title lines


def _title_lines(text: str) -> Iterable[tuple[int, re.Match]]:
    """(offset of the line, match) of each line holding only a report's full title: body, year, kind."""
    pos = 0
    for line in text[:MAX_TITLE_SCAN].split("\n"):
        m = _TITLE.fullmatch(line.rstrip())
        if m is not None and any(k in m.group("kind") for k in _KINDS):
            yield pos, m
        pos += len(line) + 1


def _restated(text: str, year: Optional[int]) -> Iterable[Finding]:
    """A title line repeating an earlier one of the same body and kind with another year: the later
    one is the slip, unless the configured year is the later one's."""
    first: dict[tuple[str, str], tuple[int, re.Match]] = {}
    for at, m in _title_lines(text):
        seen = first.setdefault((m.group("org"), m.group("kind")), (at, m))
        if seen[1] is m or seen[1].group("year") == m.group("year"):
            continue
        (at_wrong, wrong), right = (at, m), seen[1]
        if year is not None and m.group("year") == str(year):
            (at_wrong, wrong), right = seen, m
        yield Finding(at_wrong + wrong.start("year"), at_wrong + wrong.end("year") + 2, RULE.code, RULE.severity,
                      f"此处标题年度“{wrong.group('year')}年度”与同一报告另一处标题“{right.group('year')}年度”不符，请核对")
        return


# A line that holds a title only: a year, then a kind of document, no clause marks (a site's page title and the
# document's own, each on its line: "2023年教育局工作总结与2023年工作计划打算(全文)").
_TITLE_ONLY = regex_cache.compile(r"[^，,。；;：:！!？?]{0,30}?(?:19|20)\d{2}\s{0,2}年[^，,。；;：:！!？?]{2,60}")
_TITLE_KIND = regex_cache.compile(r"总结|计划|打算|要点|报告|决算|预算|自评|方案")
_YEARS = regex_cache.compile(r"(?:19|20)\d{2}(?=\s{0,2}年)")
HEAD_LINES = 30  # lines of the page's head where its title and the document's own stand


def _restated_head(text: str, year: Optional[int]) -> Iterable[Finding]:
    """Two title lines in the page's head the same but for a year (a site's title 2023年…工作总结与2023年…计划,
    the document's own 2022年…工作总结与2023年…计划): one of them is the slip; the one not of the configured
    year when it is given, else the later one. A title written with the report's own body and kind is
    _restated's; this reads any title, whose words may hold years of their own (the plan's)."""
    seen: dict[str, tuple[int, str]] = {}
    pos = 0
    for line in text[:MAX_TITLE_SCAN].split("\n")[:HEAD_LINES]:
        bare = line.strip()
        if _TITLE_ONLY.fullmatch(bare) and _TITLE_KIND.search(bare):
            masked = _YEARS.sub("####", bare)
            at = pos + line.index(bare)
            first = seen.setdefault(masked, (at, bare))
            if first[1] != bare:
                wrong_at, wrong, right = at, bare, first[1]
                if year is not None and _YEARS.findall(bare)[0] == str(year) != _YEARS.findall(first[1])[0]:
                    wrong_at, wrong, right = first[0], first[1], bare
                yield Finding(wrong_at, wrong_at + len(wrong), RULE.code, RULE.severity,
                              f"标题“{wrong}”与同一页另一处标题“{right}”只差年份，请核对")
                return
        pos += len(line) + 1


# An evaluation report's title (某局2024年度城乡居民医疗保险补助资金项目支出绩效评价报告), read in the head, where a
# web page's notice may stand before it; and the body's sentence on what was evaluated (对某局2023年度城乡居民医疗保险
# 补助资金项目支出进行了绩效评价) naming the same project with another year.
_EVAL_HEAD = 3000
_EVAL_TITLE = regex_cache.compile(
    r"(?P<year>(?:19|20)\d{2})\s{0,2}年度(?P<name>[^\d\s|，,。、：:（）()]{8,40}?)绩效(?:自评|评价|自我评价)报告")
EVAL_NAME = 10  # characters of the project's name that must agree


def _evaluated_other_year(text: str) -> Iterable[Finding]:
    """The body says it evaluated the title's project in another year: one of the two years is wrong, most often
    the body's, kept from last year's report when the title was moved on."""
    if "评价" not in text:
        return
    title = _EVAL_TITLE.search(text, 0, _EVAL_HEAD)
    if title is None:
        return
    year, name = title.group("year"), title.group("name")[:EVAL_NAME]
    said = re.compile(r"对\s{0,2}[^。；;\n\d]{0,24}?(?P<year>(?:19|20)\d{2})\s{0,2}年度\s{0,2}" + re.escape(name)
                      + r"[^。；;\n]{0,40}?(?:进行了?|开展了?)[^。；;\n]{0,8}?评价")
    for m in said.finditer(text, title.end()):
        if m.group("year") != year:
            yield Finding(m.start("year"), m.end("year") + 2, RULE.code, RULE.severity,
                          f"标题评价的是{year}年度的“{title.group('name')}”，此处却说评价了{m.group('year')}年度的同一项目，"
                          f"年度不符（疑为沿用往年报告），请核对")
            return


# A disclosure report's preamble that publishes the report itself (现公布某局2015年政府信息公开工作年度报告): its
# own verb (现/特/今 before 公布 or 发布), not the year's work publishing last year's (按时发布《……2016年度……》).
_PUBLISHES_ITSELF = regex_cache.compile(
    r"(?:现|特|今)(?:予|将|此|向社会)?(?:公布|发布|公开)[^。；;\n\d《》]{0,30}?(?P<year>(?:19|20)\d{2})\s{0,2}年度?"
    r"[^。；;\n\d《》]{0,8}?信息公开(?:工作)?(?:年度)?(?:报告|年报)")


def _published_other_year(text: str) -> Iterable[Finding]:
    """The preamble of a 政府信息公开工作年度报告 publishes the report under another year than its title's: the same
    document named twice with two years, most often the preamble kept from an older report when the title was moved on."""
    if "公开" not in text or not dr.is_report(text):
        return
    span = dr.report_year_span(text)
    if span is None:
        return
    year = text[span[0]:span[1]]
    for m in _PUBLISHES_ITSELF.finditer(text, span[1], dr.HEAD):
        if m.group("year") != year:
            yield Finding(m.start("year"), m.end("year") + 1, RULE.code, RULE.severity,
                          f"标题是{year}年的年度报告，开头却说公布的是{m.group('year')}年的报告，年份不符，"
                          f"应与标题一致（{year}年）")
            return


def _name_outvoted(text: str) -> Iterable[Finding]:
    """The disclosure report's name gives one year, its statistics period and the openings of its year's work agree on
    another (现公布某局2017年度……报告，统计时间为2018年1月1日至2018年12月31日; 2018年，我局……): the name is the slip."""
    if "公开" not in text or not dr.is_report(text):
        return
    got = dr.outvoted_name_year(text)
    if got is not None:
        s, e, body = got
        yield Finding(s, e + 1, RULE.code, RULE.severity,
                      f"报告名称写的是{text[s:e]}年，而统计期限和正文各段说的都是{body}年，名称的年份有误，应为{body}年", f"{body}年")


def check(ctx: CheckContext) -> Iterable[Finding]:
    restated = list(_restated(ctx.text, ctx.config.get("year"))) or list(_restated_head(ctx.text, ctx.config.get("year")))
    yield from restated
    title = _title(ctx.text)
    found = [] if title is None or restated else list(_header(ctx.text, title)) or list(_body(ctx.text, title))
    yield from found
    if not restated and not found:
        yield from _evaluated_other_year(ctx.text)
        published = list(_published_other_year(ctx.text))
        yield from published or _name_outvoted(ctx.text)
