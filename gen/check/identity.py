"""Who a report is about: its own body name, body type and year.

Several rules judge the text against the report's own identity (T001 and the
D rules need the year, T002 the body type, T003 the own county). The year is
``jixiao check --year`` when given, else the data file's, else read from the
title (the first few lines before the first heading, where every seed names
its bureau and year), else the first "XXXX年度" near the top of the text.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from ..core import regex_cache
from .context import CheckContext
from .page_chrome import after_publisher_label, in_trail, trail_end

# Lines of the title block that are searched (a title may span two lines, or
# sit in the first rows of a 申报表 table).
HEAD_LINES = 6
_LEVEL1 = regex_cache.compile(r"[一二三四五六七八九十]{1,3}[、.．]")
_YEAR = regex_cache.compile(r"((?:19|20)\d{2})\s{0,2}年")
# A full date (公开时间：2025年10月13日) in the title block is when the page went out, not the report's year.
_DAY_AFTER = regex_cache.compile(r"\s{0,2}\d{1,2}\s{0,2}月\s{0,2}\d{1,2}\s{0,2}日")
_HAN_RUN = regex_cache.compile(r"[\u4e00-\u9fff]{2,40}")
# Body names end in one of these (a court and a procuratorate too); "委" only as part of 卫健委/卫生健康委 style names.
_BODY_END = regex_cache.compile(r"(?:委员会|办公室|局|厅|中心|医院|卫生院|人民法院|人民检察院|委(?=$|（|\())")
# A page header's publisher label run into its value with no mark between (发布机构元阳县财政局) is no part of the name.
_NOT_NAME_START = regex_cache.compile(r"^(?:[0-9]{4}年度?|年度|年|关于|度|发布机构|发布单位|信息来源|文章来源)")
# A unit under a bureau named after it (衡阳市公安局交通警察支队, 某县公安局城关派出所): the name goes on past the 局.
_UNIT_TAIL = regex_cache.compile(r"[\u4e00-\u9fff]{0,8}?(?:支队|大队|中队|派出所|分局)")
_TITLE_MAX = 60  # longer lines are body text, not a title
# What a year of a body's history is followed by (1962年投入运行, 1958年始建): no report is about that year.
_HISTORY_AFTER = regex_cache.compile(r"(?:\d{1,2}月)?(?:\d{1,2}日)?(?:动工|兴建|建成|始建|成立|创建|创办|建校|建院|组建|投入运行|投入使用|竣工|通水)")
# A site's account link in its menu above the report (登录个人中心, 用户中心, 会员中心): it ends in 中心 like a
# body's name but names a page of the site, not the body that writes the report.
_SITE_ACCOUNT = regex_cache.compile(r"(?:登录|登錄|注册|註冊)?(?:个人|個人|用户|用戶|会员|會員)中心")
_ADDRESSEE_END = ("：", ":")
# A line that speaks of its body as 我委, 我局 (后续，我委将……优化调整某社区卫生服务中心线路) or of its place as 我县
# (三是团县委积极联系某市东区团委……为我县志愿者解决了服装) is the report's prose, not its title: a short opening
# paragraph of a reply letter, or an excerpt's first list item, stands among the first lines.
_SELF_REFERENCE = regex_cache.compile(r"我(?:局|委|厅|办|中心|院|所|站|队|部|会|馆|校|县|区|市|镇|乡|旗)")
# An address (联系地址：某县人民政府政务服务中心二楼环保窗口) names the building a window sits in, not who writes.
_ADDRESS_LABEL = regex_cache.compile(r"地\s{0,2}址\s{0,2}[:：]")
# A congress's or a CPPCC's committee named with its session (关于市政协十三届某市委员会四次会议第349号提案的答复):
# the body of the 提案 or 建议 a reply answers, not the body that writes the reply.
_SESSION_AFTER = regex_cache.compile(r"第?[一二三四五六七八九十\d]{1,3}次(?:全体)?会议")
# "附件:1. …明细表(发市发展改革委)": a list of attachments, whose lines name the bodies they go to, not the writer.
_ATTACHMENT_LIST = regex_cache.compile(r"\s{0,2}附件\s{0,2}[:：]\s{0,2}\d{1,2}\s{0,2}[.．、]")
# When the title block names no year, the first "XXXX年度" near the top of the
# body is the report's year ("现将2022年度部门整体支出绩效自评情况报告如下").
_BODY_YEAR = regex_cache.compile(r"((?:19|20)\d{2})\s{0,2}年度")
BODY_YEAR_CHARS = 1500
# Names that date a text whose year is told nowhere (a page of collected essays with its years masked as 20XX):
# the body or fund a text names as existing was set up that year, so the text was written then or later, and
# is about that year or the one before (a 决算 written early in the year). 乡村振兴局: the 扶贫开发领导小组办公室s
# were re-formed as 乡村振兴局 from February 2021 (国家乡村振兴局 set up 2021-02-25, the local ones in 2021);
# 衔接推进乡村振兴补助资金: the central fund that replaced 财政专项扶贫资金 from 2021. A name under 原 (原乡村振兴局,
# after the 2023 merger into 农业农村 bodies) dates nothing.
_DATING_NAMES = regex_cache.compile(r"(?<!原)(?<!原[县区市州旗])(?:乡村振兴局|衔接推进乡村振兴补助资金)")
_DATING_YEAR = {"乡村振兴局": 2021, "衔接推进乡村振兴补助资金": 2021}


@dataclass(frozen=True)
class Identity:
    name: Optional[str]  # e.g. 广州市荔湾区卫生健康局
    year: Optional[int]
    name_span: Optional[tuple[int, int]]  # where the name was read (None: from data)
    # The first year the report can be about when ``year`` is unknown: the year before the day the page
    # went out (公开时间：2022年9月30日: a 决算 of 2021, a budget of 2022), None when nothing tells.
    earliest: Optional[int] = None
    # What ``earliest`` was read from when the year is unknown: "公开时间" (the page's date) or a dating name.
    dated_by: str = ""
    # The name was read as the value of a page header's 发布机构 / 来源 field: the body that put the page
    # out, often the parent department of the unit that wrote the report (民政局 for its 殡葬服务中心).
    published_by: bool = False


def head_lines(ctx: CheckContext, after: int = 0):
    """The title block: the first non-empty lines up to the first level-1 heading; with ``after``, the
    first lines from that offset on (the title below a page header's fields)."""
    out = []
    spans = [p for p in ctx.paragraphs[:HEAD_LINES * 3] if p.start >= after] if after else ctx.paragraphs
    for span in spans[:HEAD_LINES]:
        if _LEVEL1.match(span.text):
            break
        out.append(span)
    return out


def _name_in(text: str, offset: int) -> Optional[tuple[str, int, int]]:
    for run in _HAN_RUN.finditer(text):
        m = _BODY_END.search(run.group())
        if not m:
            continue
        tail = _UNIT_TAIL.match(run.group(), m.end()) if m.group() == "局" else None
        name = run.group()[: tail.end() if tail else m.end()]
        if _SESSION_AFTER.match(run.group(), m.end()):
            continue  # the committee whose session a 提案 was raised at
        cut = _NOT_NAME_START.match(name)
        skip = cut.end() if cut else 0
        name = name[skip:]
        # "…计入我中心" is a self-reference and "根据贵厅" the addressee, not a name
        if len(name) >= 4 and "我" not in name and run.group()[m.start() - 1 : m.start()] != "贵" \
                and _SITE_ACCOUNT.fullmatch(name) is None:
            start = offset + run.start() + skip
            return name, start, start + len(name)
    return None


def _years(text: str) -> tuple[Optional[int], Optional[int]]:
    """The first year of a title line and the first day's year on it, past the page's navigation trail
    (its column names, such as 2019年及以后年度部门预决算, are the site's): a year followed by its day
    (公开时间：2022年9月30日) is when the page went out, not the report's."""
    title = day = None
    for m in _YEAR.finditer(text, trail_end(text)):
        if _HISTORY_AFTER.match(text, m.end()):
            continue  # 于1958年动工兴建, 1962年投入运行: a body's history in the opening prose, not the report's year
        if _DAY_AFTER.match(text, m.end()):
            day = day or int(m.group(1))
        else:
            title = title or int(m.group(1))
        if title and day:
            break
    return title, day


def _compute(ctx: CheckContext) -> Identity:
    name = span = None
    year = ctx.config.get("year")  # jixiao check --year wins over anything read
    data = ctx.data
    if data is not None:
        bureau = getattr(data, "bureau", None)
        name = getattr(bureau, "name", None)
        year = year or getattr(data, "year", None)
    published = None
    by_publisher = False
    label_above = False  # the line before is a publisher field's label alone ("• 发布机构"), its value below
    alone = False  # the name read stood alone on its line
    for line in head_lines(ctx):
        if _ATTACHMENT_LIST.match(line.text):
            break  # the list and what follows it (its further items, the date) are past the title
        if year is None:
            year, day = _years(line.text)
            published = published or day
        # A line ending in a colon is the addressee (省财政厅：, 县财政局：), the body the report goes to.
        # A name read from the page header's publisher field is the site's (the parent department that put
        # the page out): the report's own title further down, when it names a body, wins over it.
        if (name is None or by_publisher or alone) and len(line.text) <= _TITLE_MAX \
                and not line.text.rstrip().endswith(_ADDRESSEE_END) and not _SELF_REFERENCE.search(line.text) \
                and not _ADDRESS_LABEL.search(line.text):
            found = _name_in(line.text, line.start)
            if found and (name is None or not (label_above or after_publisher_label(line.text, found[1] - line.start))):
                name, s, e = found
                span = (s, e)
                # a name among a navigation trail's crumbs (首页 > 新闻中心 > 开庭公告) is a column of the site,
                # like a publisher's: the report's own title below wins over it
                by_publisher = label_above or after_publisher_label(line.text, s - line.start) or in_trail(ctx.text, s)
                # a name alone on its line above the title (泽州县司法局 over the search box of its site) is a site's or a
                # letterhead's: a title below that names a body (泽州县交通运输局2025年…报告) is the report's
                alone = line.text.strip() == name
        label_above = after_publisher_label(line.text.rstrip(), len(line.text.rstrip()))
    if year is None:
        m = _BODY_YEAR.search(ctx.text, 0, BODY_YEAR_CHARS)
        if m:
            year = int(m.group(1))
    earliest, dated_by = (year, "") if year is not None else (published - 1, "公开时间") if published else _dated(ctx.text)
    return Identity(name=name, year=year, name_span=span, earliest=earliest, dated_by=dated_by,
                    published_by=by_publisher)


def _dated(text: str) -> tuple[Optional[int], str]:
    """The first year a text of unknown year can be about, from a dating name it uses (_DATING_NAMES), and
    that name: the year before the name's (a 决算 of 2020 written in 2021 names the new bureau)."""
    m = _DATING_NAMES.search(text)
    return (_DATING_YEAR[m.group()] - 1, f"文中的“{m.group()}”") if m else (None, "")


def identity(ctx: CheckContext) -> Identity:
    """The report's own identity, computed once per context."""
    return ctx.memo("identity", _compute)


# A year opening a clause of a paragraph (……按照《婚姻登记管理条例》的规定执行。2023年，全乡共办理……): the year of the
# work the paragraph tells. A year a target is set for (到2025年，) follows 到 or 至, not a clause's start.
_WORK_YEAR = regex_cache.compile(r"(?:^|(?<=[。；;\n]))\s{0,2}((?:19|20)\d{2})\s{0,2}年度?(?:全年|以来)?[，,]")


def work_year(text: str, start: int, end: int) -> Optional[int]:
    """The latest year opening a clause (_WORK_YEAR) of the paragraph holding ``start``..``end``: what a sentence
    of a report whose own year is unknown is dated by (D003: a document repealed before it)."""
    lo, hi = text.rfind("\n", 0, start) + 1, text.find("\n", end)
    years = [int(m.group(1)) for m in _WORK_YEAR.finditer(text, lo, len(text) if hi < 0 else hi)]
    return max(years, default=None)
