"""W030: a 决算's own part titled with another year (第二部分 2019年度部门决算情况说明 in the 2020 决算).

A 决算 text is written over last year's: its title and its first lines get the
new year, and a 第X部分 heading (or its line in the contents) keeps the old
one. The part's title names the text itself, so its year must be the
report's: 第二部分 2019年度部门决算情况说明 in a text titled 2020年度某部门部门决算
is last year's heading left unchanged. The year of the report is the one the
title (or ``--year``) gives (gen.check.identity); only a 第X部分 line that
names a 决算 (its 决算表, 决算情况说明, 决算公开) within a few characters of its
number is read, and only a year up to MAX_GAP years off (a year further off is
no copy of last year's text). Comparisons with another year inside the parts
(较2019年度决算数) are in their sentences, never in a part's title.

The 决算's own title line (某县中医院2023年度部门决算, a line of its own that
ends in 决算) names its year before any other line does: a web page's title
field above it may label the page with another year and another kind of text
(名称：某县中医医院2024年预算公开, W028's slip), and the parts that agree with the
决算's title are right.

A 预算's (or a 决算's) list of tables, each line a table's name opening with its year, is read the same way
without the report's year: one budget table named a year off where every other entry names one year is last
year's list kept unchanged ((十一)2023年部门预算财政拨款重点项目支出预算表 among ten 2024年 tables). A table
that is another year's by its kind (执行情况, 决算, 上年, 对比) is left alone.
"""

from __future__ import annotations

import re

from ...core import regex_cache
from ..finding import Finding
from ..identity import identity
from ..registry import Rule

RULE = Rule(
    code="W030",
    name="part-of-another-year",
    severity="warning",
    summary="部门决算的“第X部分”标题（或决算单位构成、年末人员情况，或一组预算表名中的一项）写的是另一个年度（年份未随报告更新）",
    doc=(
        "检查什么：部门（单位）决算中，“第X部分”标题（或目录中的这一行）写明某年度的决算表、决算情况说明，或决算单位构成写“纳入本部门某年度决算编制”，或人员情况写上一年的“年末实有在职人员”（全文没有本年度年末的人数），"
        "而这个年度与报告本身的年度（标题或 --year）不同，如2020年度决算中写“第二部分 2019年度部门决算情况说明”。\n"
        "为什么：各部分的标题说的是本报告自己，年度必须与报告一致；写成上一年，多是照抄上年文本时漏改。\n"
        "一组逐行列出的表名（“（一）2024年部门收支预算总表”……）中，其余各项都是同一年度的预算表，只有一项差一年的，也报告。\n"
        "不报的情形：看不出报告年度的；按性质就是别的年度的表（执行情况、决算、上年、对比）；年份相差三年以上的；正文句子中与以前年度的比较（较2019年度决算数）。\n"
        "示例：2020年度决算中的“第二部分 2019年度部门决算情况说明”应为“第二部分 2020年度部门决算情况说明”。"
    ),
    flag=(
        "2020年度某县统战部部门决算\n第一部分 部门概况\n第二部分 2019年度部门决算情况说明\n",
        "2019年度某县金融办部门决算\n第二部分 某县金融办2018年度部门决算表\n",
        # under the same mislabelled page title, a part left with last year's year is still reported
        "名称：某县中医医院2024年预算公开\n某县中医医院2023年度部门决算\n第二部分 2022年度部门决算表\n",
        # the 决算's statement of its own scope keeps last year's year
        "某县政协2021年度部门决算\n(三)单位构成\n纳入本部门2020年度决算编制的二级预算单位主要包括政协信息中心。\n",
        # the staff at last year's end, the text naming none at its own year's end
        "某县统计局2022年度部门决算\n(二)人员情况\n2021年末实有在职人员60人，退休人员12人。\n",
        # a list of budget tables whose one entry kept last year's year
        "四、部门预算表\n(一)2024年部门收支预算总表\n(二)2024年部门收入预算总表\n(三)2024年部门支出预算总表\n"
        "(四)2024年一般公共预算基本支出表\n(五)2023年部门预算重点项目支出预算表\n",
    ),
    keep=(
        "2020年度某县统战部部门决算\n第一部分 部门概况\n第二部分 2020年度部门决算情况说明\n",
        # last year's execution among this year's budget tables; two lists, each of one year
        "(一)2024年部门收支预算总表\n(二)2024年部门收入预算总表\n(三)2024年部门支出预算总表\n"
        "(四)2023年部门预算执行情况表\n本年预算说明如下。\n(一)2023年部门收支预算总表\n(二)2023年部门收入预算总表\n",
        "某县政协2021年度部门决算\n(三)单位构成\n纳入本部门2021年度决算编制的二级预算单位主要包括政协信息中心。\n",
        "某县统计局2022年度部门决算\n(二)人员情况\n2021年末实有在职人员58人，2022年末实有在职人员60人。\n",
        "2020年度某县统战部部门决算\n本年支出较2019年度决算数增加10万元。\n",
        "某县统战部部门决算\n第二部分 2019年度部门决算情况说明\n",
        # the year of a site column on the page's navigation trail is not the report's
        "首页 > 财政预决算 > 2019年及以后年度部门预决算 > 某县供销社\n2020年度某县供销合作社联合社部门决算\n"
        "第一部分 部门概况\n第二部分 2020年度部门决算表\n",
        # the day the page went out (公开时间) is the next year: it is no report year
        "目录\n公开时间：2021年9月8日\n第一部分 部门概况\n第二部分 2020年度部门决算情况说明\n",
        # the page's date on the line above the title: the year is the title's, not the date's
        "来源：某区财政局 发布时间：2023年10月12日\n2022年度某区人民武装部部门决算公开\n目 录\n第一部分 部门概况\n"
        "第二部分 2022年度部门决算情况说明\n",
        # a page's title field labels the 2023 决算 as the next year's budget: the 决算's own title tells its year
        "名称：某县中医医院2024年预算公开\n某县中医医院2023年度部门决算\n目录\n第一部分 部门概况\n"
        "第二部分 2023年度部门决算表\n第三部分 2023年度部门决算情况说明\n",
    ),
)

MAX_GAP = 2  # years between the part's and the report's: last year's text, or the one before
# A 第X部分 line naming a year's 决算 within a short title (a body's name may stand before the year).
_PART_YEAR = regex_cache.compile(
    r"第[一二三四五六七八九十]部分[ \u3000:：]{0,3}[^\n，。；,;]{0,30}?((?:19|20)\d\d)年度?(?:部门|单位)?决算"
)


TITLE_LINES = 30  # lines searched for the 决算's own title: a page's header fields and crumbs stand above it
# A line of its own naming one year's 决算 (某县中医院2023年度部门决算, 2022年度某卫生院单位决算公开): the text's title.
# No figure stands between the year and 决算: a page's date run into the title line (发布时间:2023年10月12日2022年度
# 某部决算公开, the lines joined for analysis) gives the title's year, not the date's.
_OWN_TITLE = regex_cache.compile(
    r"(?![一二三四五六七八九十]{1,3}、|第[一二三四五六七八九十]{1,3}部分)[^\n>＞|]{0,30}?((?:19|20)\d\d)年度?[^\n>＞|预\d]{0,30}?(?:部门|单位)决算(?:公开)?"
)


def _own_title_year(ctx) -> int | None:
    """The year of the 决算's own title line, when one of the first lines is that title."""
    for span in ctx.paragraphs[:TITLE_LINES]:
        m = _OWN_TITLE.fullmatch(span.text.strip())
        if m:
            return int(m.group(1))
    return None


# The 决算's statement of its own scope (单位构成): 纳入本部门2021年度部门决算编制范围的单位 names the report's year.
_OWN_SCOPE = regex_cache.compile(r"纳入本(?:部门|单位)[ \u3000]{0,2}((?:19|20)\d\d)年度?(?:部门|单位)?决算(?:编制|汇编)")
# The 决算's own staff at the year's end (2021年末实有在职人员60人 in the 2022 决算): the year the report closes.
_STAFF_AT_END = regex_cache.compile(r"((?:19|20)\d\d)年(?:末|底)(?:实有|在职|在编|共有)")


def _staff_of_last_year(text: str, year: int) -> list:
    """The staff counts at last year's end where the text names no count at its own year's end: last
    year's profile left unchanged (a text comparing both years writes both)."""
    if f"{year}年末" in text or f"{year}年底" in text:
        return []
    return [(m, "人员情况") for m in _STAFF_AT_END.finditer(text) if int(m.group(1)) == year - 1]


# A line of a list of tables that opens with its year ((十一)2023年部门预算财政拨款重点项目支出预算表).
_TABLE_ENTRY = regex_cache.compile(
    r"^[ \t\u3000]{0,4}(?:[（(][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、])[ \u3000]{0,2}"
    r"((?:19|20)\d\d)年度?([^\n]{2,40}?表)[ \t\u3000]*$", re.M)
_OTHER_YEAR_TABLE = regex_cache.compile(r"执行|决算|调整|上年|对比|比较")
MIN_TABLES = 4  # entries of the list: three naming one year make the year the list's


def _table_of_another_year(text: str):
    """The one entry of a list of budget tables (each line a table's name opening with its year) whose year is
    another than that of all the others, by one: last year's list kept one name unchanged. An entry of a table
    that is another year's by its kind (执行, 决算, 上年, 对比) is no slip."""
    runs, run = [], []
    for m in _TABLE_ENTRY.finditer(text):
        if run and text[run[-1].end():m.start()].strip():
            runs.append(run)
            run = []
        run.append(m)
    runs.append(run)
    for run in runs:
        years = [int(m.group(1)) for m in run]
        if len(run) < MIN_TABLES:
            continue
        common = max(set(years), key=years.count)
        odd = [m for m in run if int(m.group(1)) != common]
        if len(odd) != 1 or abs(int(odd[0].group(1)) - common) != 1:
            continue
        m = odd[0]
        if "预算" in m.group(2) and not _OTHER_YEAR_TABLE.search(m.group(2)):
            yield Finding(m.start(1), m.end(1) + 1, RULE.code, RULE.severity,
                          f"同一组表名其余各项都是{common}年的预算表，此项却写“{m.group(1)}年”，年份未随报告更新，"
                          f"应为“{common}年”。", f"{common}年")


def check(ctx):
    text = ctx.text
    if "预算表" in text:
        yield from _table_of_another_year(text)
    if "决算" not in text:
        return
    found = [(m, "“第X部分”标题") for m in _PART_YEAR.finditer(text)] if "部分" in text else []
    found += [(m, "决算单位构成中") for m in _OWN_SCOPE.finditer(text)]
    staff = "年末" in text or "年底" in text
    if not found and not staff:
        return
    given = ctx.config.get("year") or ctx.data is not None  # --year, or the data file's year: what the user said
    year = identity(ctx).year if given else (_own_title_year(ctx) or identity(ctx).year)
    if year is None:
        return
    if staff:
        found += _staff_of_last_year(text, year)
    for m, where in found:
        written = int(m.group(1))
        if written != year and abs(written - year) <= MAX_GAP:
            yield Finding(m.start(1), m.end(1) + 1, RULE.code, RULE.severity,
                          f"本报告为{year}年度，{where}却写“{written}年”，年份未随报告更新，应为“{year}年”。",
                          f"{year}年")
