"""N029: a 决算 note's own-year phrase naming another year than the note's own.

Some phrases of a 部门决算 can only speak of the note's own year: the units
"纳入……2023年度部门决算编制范围" are this year's, and the section
"关于2023年度预算绩效情况的说明" reports this year's performance work; "现将2023年度部门决算
公开如下" introduces the note itself, and "截至2023年末，实有在职人员…" counts its staff. Written
with another year, the text was carried over from an earlier year's note and
the year not changed (a 2023 note saying 纳入……2022年度部门决算编制范围).
The note's year is the report's (``--year``, else its title: gen.check.identity),
trusted only where the text also names that year beside a 决算 elsewhere.

A year's work report or summary (2023年镇政府工作报告) reviews its year, and the year before it when it is read
early the next year; a section that opens on a year two or more before it, told the way a year's work is told
(2019年，我镇紧紧围绕……, 2019年，我局始终坚持……), is an earlier report's paragraph kept with its year. Read only
where the title line names the report's year and 工作报告 or 工作总结, at a paragraph's start, the body (我镇, 我局 …)
right after the year and a verb of the year's work (围绕, 坚持, 积极, 全力 …) right after it: history told with its
year (2019年，我镇被列为全省试点) has no such verb. There a plan told in the future with a year before the report's
(将于2021年8月开工 in a 2022 summary) is an earlier year's sentence kept too.
"""

from __future__ import annotations

import re

from ...core import regex_cache, regex_needles
from ..finding import Finding
from ..identity import identity
from ..registry import Rule, spans_reported
from . import w030_part_of_another_year

RULE = Rule(
    code="N029",
    name="own-year-phrase",
    severity="warning",
    summary="决算说明中只能指本年度的固定说法写成了别的年度（或年度工作报告中以往年年份开头回顾工作的段落）",
    doc=(
        "检查什么：部门决算（预算）中只能指本年度的固定说法——“纳入……××××年度部门决算（预算）编制范围”“关于××××年度预算绩效情况的说明”、"
        "目录或正文中本决算自己的部分“第二部分 ××××年度单位决算情况说明”、概况中编号小标题“（二）××××年重点（亮点）工作完成情况”、"
        "开篇的“现将××××年度部门决算（预算）公开如下”、人员情况中的“××××年末实有在职人员”、总体情况说明中编号小标题后的“3.支出情况。××××年度支出合计”“4.结转结余情况。××××年度年末结转和结余”、预算中的“编制××××年预算的指导思想”——"
        "写的年度与本文件的年度（--year，或标题中的年度）不同。"
        "年度工作报告（总结）中以两年以前的年份开头、按当年工作的写法回顾的段落（2023年工作报告中“2019年，我镇紧紧围绕……”），"
        "或用将来时说早于本年度的年份（2022年工作总结中“将于2021年8月开工”），同样报告。\n"
        "为什么：这两处说的是本年度决算的编制范围和本年度的预算绩效工作，写成别的年度，多半是套用往年文本没有改年份。\n"
        "不报的情形：看不出本文件年度的；书名号内引用的其他文件名；文中除标题外再没有一处把本年度和“决算”写在一起、"
        "也不是在下一年发布的；"
        "其他说法中出现的往年年度（上年决算、比较年度，如“比××××年末实有人员增加”）。\n"
        "示例：2023年度部门决算中“纳入某卫生院2022年度部门决算编制范围的二级预算单位”应为“2023年度”。"
    ),
    flag=(
        "某卫生院2023年度部门决算\n第二部分 2023年度部门决算表\n纳入某卫生院2022年度部门决算编制范围的二级预算单位包括：\n",
        # a budget's own scope, carried over from last year's note
        "某县科协2020年部门预算\n一、2020年部门预算公开表\n纳入某县科协2018年部门预算编制范围的单位包括：本级。\n",
        "某街道办事处2022年部门决算\n第三部分 2022年度部门决算情况说明\n十三、关于2020年度预算绩效情况的说明\n",
        # the scope of a note whose year the publication date confirms (a part title with a stale year is W030's)
        "某职业学校2024年度单位决算\n发布时间：2025-08-14\n纳入2023年度单位决算编制范围的单位共1个。\n",
        # the heading on the year's work in the 概况
        "某街道办事处2022年度部门决算\n发布时间：2023-09-01\n一、部门职责\n（二）2021年重点工作完成情况\n",
        "某县城市管理局2018年部门决算\n第二部分 某县城市管理局2018年部门决算情况说明\n四、2017年亮点工作完成情况\n",
        # the note introducing itself, and its staff at the year's end
        "某县档案馆2022年度部门决算\n第二部分 2022年度部门决算表\n现将本馆2021年度部门决算公开如下：\n",
        "某县文化馆2019年部门预算信息公开\n现将2018年部门预算公开如下：\n二、2019年部门预算收支总体情况\n",
        "某县档案馆2022年度部门决算\n第二部分 2022年度部门决算表\n截至2021年末，实有在职人员12人。\n",
        # one of the note's own totals under its numbered heading, the year left from last year's note
        "某小学2022年度部门决算\n第二部分 2022年度部门决算情况说明\n2.收入情况。2022年度收入合计120.00万元。\n"
        "3.支出情况。2021年度支出合计120.00万元，较上年决算数增加5.00万元。\n",
        "某站2023年度部门决算\n第二部分 2023年度部门决算情况说明\n4.结转结余情况。2022年度年末结转和结余0万元，与上年决算数持平。\n",
        # a budget's heading on how it was drawn up, left from an earlier year's note
        "某县财政局2019年部门预算\n第二部分 2019年部门预算情况说明\n一、编制2017年预算的指导思想\n",
        # a work report's section opening on an old year, told as the year's work
        "2023年镇政府工作报告\n一、经济建设\n一年来，我镇经济运行总体平稳。\n二、社会建设\n"
        "2019年，我镇紧紧围绕提高公共服务水平和民生保障，积极开展各项民生工程。\n",
        # a summary's plan told in the future with a year already past: kept from an earlier year's text
        "某局2022年工作总结\n一、重点工作\n一期5站于5月建成。二期工程7个站点将于2021年8月开工建设，预计今年11月底建成。\n",
    ),
    keep=(
        "某卫生院2023年度部门决算\n第二部分 2023年度部门决算表\n纳入某卫生院2023年度部门决算编制范围的二级预算单位包括：\n",
        "某县科协2020年部门预算\n一、2020年部门预算公开表\n纳入某县科协2020年部门预算编制范围的单位包括：本级。\n",
        "某卫生院2023年度部门决算\n与2022年度部门决算编制范围相比，增加1个单位。\n第二部分 2023年度部门决算表\n",
        "某卫生院2023年度部门决算\n第二部分 2023年度部门决算表\n依据《关于2022年度预算绩效情况的说明》整改。\n",
        # no year of the note's own beside a 决算 besides the title: the title may be the one wrong
        "某街道办事处2022年部门决算\n十三、关于2020年度预算绩效情况的说明\n",
        # published in the year it names: the title may be the one wrong
        "某职业学校2024年度单位决算\n发布时间：2024-08-14\n目录\n第一部分 单位概况\n第二部分 2023年度单位决算情况说明\n",
        # the year's own work, and a plan for the next year
        "某街道办事处2022年度部门决算\n发布时间：2023-09-01\n（二）2022年重点工作完成情况\n（三）2023年重点工作计划\n",
        "某县文化馆2019年部门预算信息公开\n现将2019年部门预算公开如下：\n2019年部门预算较2018年增长10.00万元。\n",
        # the year before as the base of a comparison, and another document's publication
        "某县档案馆2022年度部门决算\n第二部分 2022年度部门决算表\n截至2022年末，实有在职人员12人，比2021年末实有人员增加1人。\n"
        "依照关于2021年度决算公开如下要求的通知办理。\n",
        "某小学2022年度部门决算\n第二部分 2022年度部门决算情况说明\n3.支出情况。2022年度支出合计120.00万元，较2021年度支出合计增加5.00万元。\n"
        "4.结转结余情况。2022年度年末结转和结余0万元。上年情况：2021年度收入合计115.00万元。\n",
        "某县财政局2019年部门预算\n第二部分 2019年部门预算情况说明\n一、编制2019年预算的指导思想\n",
        # the year before (a report read early the next year reviews it), history told with its year
        "2023年镇政府工作报告\n一、工作回顾\n2022年，我镇紧紧围绕县委决策部署，积极推进各项工作。\n"
        "2019年，我镇被列为全省乡村振兴试点镇。\n",
        "某局2022年工作总结\n一、重点工作\n二期工程原定于2021年8月开工，原计划将于2021年底建成，现将于2023年3月建成。\n",
    ),
)

_Y = r"((?:19|20)\d\d)[ \u3000]{0,2}年度?[ \u3000]{0,2}"
# Phrases that only name the note's own year: the year is group 1.
_OWN_YEAR = (
    regex_cache.compile(r"纳入[^\n。，,；;]{0,30}?" + _Y + r"(?:部门|单位)?[决预]算的?编制(?:范围)?"),
    regex_cache.compile(r"关[ \u3000]{0,2}于?[ \u3000]{0,2}" + _Y + r"(?:部门|单位)?预算绩效(?:管理)?(?:工作)?情况的?说明"),
    # a part of the note itself (in the contents or the body): "第二部分 2023年度单位决算情况说明"
    regex_cache.compile(r"(?m)^[ \u3000]{0,4}第[一二三四五六七八九十]部分[ \u3000]{0,4}" + _Y
               + r"(?:部门|单位)?决算(?:公开)?(?:报?表|情况说明|说明)"),
    # the 概况's numbered heading on the year's work: "（二）2023年重点工作完成情况"
    regex_cache.compile(r"(?:[（(][一二三四五六七八九十]{1,2}[)）]|[一二三四五六七八九十]{1,2}、|第[一二三四五六七八九十]部分)[ \u3000]{0,4}"
               + _Y + r"(?:重点|主要|亮点)工作完成情况"),
    # the note introducing itself: "现将2023年度部门决算公开如下"
    regex_cache.compile(r"(?<![于对])" + _Y + r"(?:部门|单位)?[决预]算(?:信息|情况)?(?:予以)?公开如下"),
    # the 决算 note's numbered statements of its own totals: "3.支出情况。2023年度支出合计…", "4.结转结余情况。
    # 2023年度年末结转和结余…" (last year's figures there are named 上年决算数, never by a year at the clause's head)
    # (opened on its literal 情况; the heading's word before it is read in check: _TOTALS_HEADS)
    regex_cache.compile(r"情况[。.．]?[ \u3000]{0,2}" + _Y + r"(?:收入总计|支出总计|收入合计|支出合计|年末结转和?结余)"),
    # a budget's own heading on how it was drawn up: "一、编制2019年预算的指导思想"
    regex_cache.compile(r"编制" + _Y + r"(?:部门|单位)?预算的?(?:指导思想|基本原则)"),
    # the staff at the year's end: "截至2023年末，实有在职人员60人" (not "比2022年末实有人员增加2人")
    regex_cache.compile(r"(?<![较比与于和])((?:19|20)\d\d)[ \u3000]{0,2}年(?:末|底|12月31日)[，,]?[ \u3000]{0,2}"
                        r"(?:本?(?:部门|单位)|全局|我局)?实有(?:在职|在编)?(?:人员|人数)"),
)
# The numbered headings whose 情况 opens the note's own totals (3.支出情况。2023年度支出合计).
_TOTALS_HEADS = ("总体", "收入", "支出", "结余")
# A budget's own phrase (its scope, its note introducing itself): the message names a 预算.
_BUDGET = regex_cache.compile(r"预算编制|预算(?:信息|情况)?(?:予以)?公开如下|编制[^预]{0,12}预算的?(?:指导思想|基本原则)")
MIN_OWN = 2  # lines naming the note's year beside 决算 (the title is one)
PUBLISHED_HEAD = 600  # a web page's publication date stands under its title


def _confirmed(text: str, year: int) -> bool:
    """Whether the note names its year beside a 决算 on at least two lines (the title and another), or
    was published in the next year (a year's 决算 is published after it ends: 发布时间：2025-08-14 for 2024)."""
    own = re.compile(rf"(?<!\d){year}[ \u3000]{{0,2}}年度?[^\n]{{0,16}}[决预]算")
    # The lines they stand on: one more at each line break between two matches in turn (counting the breaks
    # before each match from the text's start read the text once per match).
    lines, last = 0, -1
    for m in own.finditer(text):
        if last < 0 or text.find("\n", last, m.start()) >= 0:
            lines += 1
        last = m.start()
    if lines >= MIN_OWN:
        return True
    return re.search(rf"(?:发布|公开)(?:时间|日期)[:：]?[ \u3000]{{0,2}}{year + 1}[-年/.]", text[:PUBLISHED_HEAD]) is not None


def _quoted(text: str, at: int) -> bool:
    """Whether ``at`` lies inside 《…》 on its line: another document's title, quoted as it is."""
    line_start = text.rfind("\n", 0, at) + 1
    before = text[line_start:at]
    return before.rfind("《") > before.rfind("》")


# A year's work report's or summary's title line, and a paragraph opening on a year told as a year's work.
_WORK_REPORT = regex_cache.compile(r"工作报告|工作總結|工作总结")
_OLD_REVIEW = regex_cache.compile(
    r"(?m)^[ \t\u3000]{0,4}((?:19|20)\d\d)[ \u3000]?年[，,][ \u3000]?(?:我|全)(?:镇|乡|街道|局|县|区|市|委|办|院|校|中心|站|所)"
    r"(?:党委|政府|上下|干部群众)?(?:紧紧围绕|紧密围绕|围绕|始终坚持|坚持|积极|全力|认真|深入|扎实)")
MIN_OLD = 2  # years before the report's: the year before is the one a report read early the next year reviews


# A plan told in the future (将于2021年8月开工) in a summary of a later year: the sentence was kept from an earlier
# year's text (a plan of that year would be done, or put off, by now). Not a plan said to be the first one (原定将于).
_STALE_FUTURE = regex_cache.compile(r"(?:将|拟|计划|预计)于((?:19|20)\d\d)[ \u3000]?年")


def _work_report(ctx, year: int) -> bool:
    """Whether the title line names ``year`` and a year's work report or summary."""
    first = next((p.text for p in ctx.paragraphs if p.text.strip()), "")
    return f"{year}年" in first and _WORK_REPORT.search(first) is not None


def _stale_futures(ctx, year: int):
    for m in regex_needles.finditer(_STALE_FUTURE, ctx.text):
        if int(m.group(1)) < year and "原" not in ctx.text[max(0, m.start() - 8):m.start()]:
            yield Finding(m.start(1), m.end(), RULE.code, RULE.severity,
                          f"本文件是{year}年的工作报告（总结），却说“{m.group()}”：把已过去的{m.group(1)}年写成将来，"
                          f"像是沿用往年文稿未改年份，应核对（多为{year}年或改为已完成的表述）。", None)


def _old_reviews(ctx, year: int):
    """Paragraphs of a year's work report that open on a year MIN_OLD or more before it, told as the year's work."""
    if "年，" not in ctx.text and "年," not in ctx.text:
        return
    for m in regex_needles.finditer(_OLD_REVIEW, ctx.text):
        if int(m.group(1)) <= year - MIN_OLD:
            yield Finding(m.start(1), m.end(1) + 1, RULE.code, RULE.severity,
                          f"本文件是{year}年的工作报告（总结），这一段却以“{m.group(1)}年”开头回顾工作，"
                          f"像是沿用往年文稿未改年份，应核对（多为{year}年或“一年来”）。", None)


def check(ctx):
    year = identity(ctx).year
    if year is None:
        return
    if _work_report(ctx, year):
        yield from _old_reviews(ctx, year)
        yield from _stale_futures(ctx, year)
    hits = [(m, p) for p in _OWN_YEAR for m in regex_needles.finditer(p, ctx.text)  # tried only near 决算, 实有…
            if int(m.group(1)) != year and not _quoted(ctx.text, m.start())
            and (not m.group().startswith("情况") or ctx.text[m.start() - 2:m.start()] in _TOTALS_HEADS)]
    if not hits or not _confirmed(ctx.text, year):
        return
    taken = spans_reported(ctx, (w030_part_of_another_year,))  # a part's title: W030 tells it, once
    for m, _ in sorted(hits, key=lambda h: h[0].start()):
        if any(s < m.end(1) and m.start(1) < e for s, e in taken):
            continue
        written = m.group(1)
        phrase = (ctx.text[m.start() - 2:m.end()] if m.group().startswith("情况") else m.group()).strip()
        yield Finding(
            m.start(1), m.end(1), RULE.code, RULE.severity,
            f"本文件是{year}年度的{'预算' if _BUDGET.search(m.group()) else '决算'}，“{phrase}”只能指本年度，"
            f"却写成{written}年度，应为{year}年度。",
            str(year),
        )
