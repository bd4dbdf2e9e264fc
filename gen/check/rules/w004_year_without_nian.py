"""W004: a year written without 年 before a noun ("2018绩效评价", "2022部门预算表").

A four-digit year is joined to the noun it dates by 年 or 年度: "2022年部门预算",
"2018年度绩效评价". When the 年 is lost, the year runs into the noun. The rule
reads a year (1978-2039) that no digit, letter, 第 or document-number bracket
precedes, followed at once by a Chinese word; it speaks only when that word
is a common dictionary word of two or more characters (jieba's frequencies)
and does not start with a unit or a counting word, so amounts and counts that
happen to look like years ("2020万元", "培训2019人次", "2021余人") are left alone.
Right after a place's or body's name (某县2023高素质农民培育项目) the year opens a
title, and any dictionary word of three or four characters is read as the noun; at a line's start any
dictionary word is (2022侨联共有预算单位1个), and 本级 is no count of books (2022本级预算情况说明).
A noun of the domain word list that opens with such a measure word (人口普查,
项目支出) is read as the noun only where the year opens a title or follows a
body's name ("2020人口普查经费"); after a verb the figure may be a count.

Two more places lose the 年 the same way, where no frequent word follows:
底/初/末 ("2024底有职工16人" for 2024年底; a PDF copy may put a space before
it), and the full name of an administrative division ("2022本溪满族自治县
卫生健康局", a title that lost 年 before the body's name; the names are the
gazetteer's, glossary/divisions.tsv); so is a level's one character before its budget's
name (2024区一般公共预算收入: no count of districts).

A 年度 may lose its 年 before any noun where a preposition opens the phrase ("现对2022度某镇茶叶项目开展
评价"): after 对/在/为/于/从 the figure is a year, not a reading of a meter (用电2020度 stays a reading).

A date may lose all its marks (gen.check.lost_dates): on a line of its own under a title or above a
signature ("20211015", "20231 16日", "20217 18", "2019  7  8": the blanks where 年 月 日 stood), as a date
field's value (报告日期:2022624, 公开时间:20248 22), or run into its 日 (2021325日).

A date may lose its 日 alone ("填报日期：2022年5月20", "截至2023年12月31，"): the day's
figure then closes the clause or the line, where a range (20-25日), a list of
days (3、4日) or an amount (1月10万元) would go on.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...core import regex_cache
from ...core.quantities import UNITS
from ...core.regex_needles import finditer as near_needles
from ..confusion import freq
from ..domain_words import word_file
from ..file_names import in_file_name
from ..form_lines import form_run_together
from ..gazetteer import gazetteer
from ..identity import identity
from .. import lost_dates
from ..page_chrome import in_trail
from ..textspans import line_around
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="W004",
    name="year-without-nian",
    severity="warning",
    summary="年份后漏写“年”或“年度”",
    doc=(
        "检查什么：日期中只写了三位数字的年份（“202年3月”，漏了一位）；四位年份后直接接名词，如“2018绩效评价”“2022部门预算表”，漏了“年”或“年度”；"
        "年份后直接接“底、初、末”（“2024底”，中间夹空格的也算）或行政区划全称（“2022本溪满族自治县卫生健康局”）、级次加预算名（“2024区一般公共预算收入”）的同样报告；"
        "日期漏了“月”“日”（“2022年922”）或漏了“年”“月”（“2021325日”）、只漏了“月”（“2023年1231日”）的也报告；年份打了两遍的（“20232023年”）也报告；日期只漏了“日”、日数后即句末或行末的（“截至2023年12月31，”）也报告；"
        "“2020度预算绩效”漏了“年”，介词后的“对2022度某项目”同样报告；单独一行的日期（标题下或落款处）丢了“年”“月”（“20211015”“20231 16日”“2019  7  8”）、日期栏的值丢了“年”“月”“日”（“报告日期:2022624”“公开时间:20248 22”）也报告；部分标题“第二部分度部门决算”“第三部分 年度部门决算”漏了年份。\n"
        "为什么：年份直接连名词不合公文规范，多半是录入时漏字。\n"
        "不报的情形：年份后接单位或量词（“2020万元”“2019人次”“2021余人”“用电2020度”；标题开头的“2020人口普查经费”仍报告）、接“年”“年度”“-”“至”；"
        "文号、编号中的数字（〔2022〕、第2021号）；文件名中的年份（“2021部门整体绩效自评报告.pdf”，下载附件的文件名）；自评表压成一行（表头“全年预算数全年执行数”连写）时两格数字粘连成的“2020”。\n"
        "示例：“2022部门预算表”应为“2022年部门预算表”。"
    ),
    flag=(
        "第二部分  2022部门预算表\n",
        # a three-figure year before a budget word; the year before the report's run into the base after 较
        "209年收入决算情况说明\n", "2016年本单位运行经费支出6.39万元，较20155.88万元增加了0.51万元。",
        # a date field's value, and a signature's date, whose marks were lost (gen.check.lost_dates)
        "报告日期:2022624\n公开时间:20248 22\n",
        "報告時間:20249\n上報時間:2024910\n", "截至20231231，全镇油茶基地建设完成。",
        "某局项目支出绩效自评报告\n报告日期: 2018   8   04\n",
        "某区统计局\n   2019  7  8\n",
        # a dotted year and month, then 月: two ways of writing a date mixed
        "本单位2019.8月调入、新分配3位在职老师。",
        "某县城市管理局2018绩效评价自评报告\n",
        # the same title with a file's name after it on the line: the title itself still lost its 年
        "某县城市管理局2018绩效评价自评报告 附件：评分表.xlsx\n",
        "其中本年财政拨款2020其他资金到位。\n",  # no form run together on the line: read as written
        "截至2023底，我单位有在职职工25人。",
        "2021 末结余资金已全部上缴。",
        "2022宽甸满族自治县民政局部门整体支出绩效自评报告\n",
        "某县统计局2020人口普查经费项目绩效自评报告\n",
        "某县2023高素质农民培育项目绩效自评报告\n",
        "受县财政局委托,20237-8月对全县项目开展督导。",
        "截至202312月底，资金全部拨付。",
        "项目资金于202年3月15日全部拨付到位。",
        "公开时间：2022年922\n", "评价时间为2019612日至2019630日。",
        # a date that lost its 月 alone, between 年 and 日
        "截至2023年1231日，项目已全部完工。",
        # after the page store's ASCII comma, the clause's first figures
        "省财政提前下达1800万元,2019614日下达60万元。",
        "某县水利局20232023年部门决算表\n",  # a year typed twice
        # a date that lost only its 日, at a line's or clause's end, or before a heading a PDF ran on
        "预算于2026年1月26经市财政局批复。", "填报日期：2022年5月20\n", "截至2023年12月31，资金全部拨付。", "填报日期:2022 年 5 月 20 一、部门基本情况\n",
        "十三、关于2020度预算绩效情况的说明\n", "一、2019度收入支出决算总体情况\n",
        "对照2031度本专科生资助计划，资金全部发放。", "经批准，2018度市本级福利彩票公益金安排如下。", "2024区一般公共预算收入18.97亿元，2023县本级支出完成预算的96%。",
        "受县农业农村局委托，现对2023度某镇高山茶叶基地项目开展绩效评价。",
        "一、部门决算情况\n2024度，我镇行政运行支出保持平稳。",
        "某县民政局2021年度部门决算\n\n20220830\n\n目录\n", "某县民政局2021年度部门决算\n20228 19日\n",
        "某县公安局2019年度部门决算\n\n        2020817\n",  # seven digits, one month and day fit them
        # the cover's date with all three marks lost, blanks where they stood
        "某县民政局2021年度部门整体支出绩效自评报告\n单位名称：（盖章）\n\n20226 30\n",
        "某县民政局2021年度部门整体支出绩效自评报告\n\n2022  6 30\n", "第二部分度部门决算情况说明\n",
        "某区发展和改革委员会\n2022本级预算情况说明\n二、机构设置及人员情况\n2022侨联共有预算单位1个。\n",
        "第三部分 年度部门决算情况说明\n",
        # a trail's last crumb long enough to be the report's own title is read
        "您的位置：首页 > 部门决算 > 某县统计局2022部门决算公开说明\n",
        # a sentence that ranks items with ">" is no trail: its crumbs hold a colon
        "排序依次为：资金到位 > 执行进度 > 2021部门决算质量。\n",
    ),
    keep=(
        "2021年本年收入30155.88万元，较20155.88万元增加10000万元。",  # an amount that only looks like 2015 glued on
        "公开时间：2022年9月28日\n发布日期：2022-09-28\n公开时间：2022.9.28\n",
        # an amount after 截至 (截至目前累计2023万元) and a field's year with its month written (報告時間:2024年9月)
        "截至目前累计拨付20231万元。\n報告時間:2024年9月\n统计时间：2024\n",
        "预算于2026年1月26日经市财政局批复，2023年5月3经费下达，2024年3月12至15日召开。",
        "某局2021年度部门决算\n2022939\n全年累计支出\n2022930元\n",
        "年度 | 2019 | 7 | 8 |\n",
        "举办2023芜湖数字创意产业暨春季文旅消费推介会，参加2023海峡两岸(安徽)旅行商大会。\n2025金安国际网球公开赛 |",  # events
        "考核期为2019.08—2019.12，共5个月；版本V3.2019.8月度更新。",
        # a trail with no 首页 whose last crumb is a column of the site (…专题), not the report's title
        "政务信息 > 财政资金 > 财政专题 > 2022市级部门决算专题\n\n某市司法局2022年度部门决算\n",
        "第二部分  2022年部门预算表\n",
        "某县城市管理局2018年度绩效评价自评报告\n",
        "本年收入2020万元，培训2019人次，服务2010余人。\n",
        "参训2020人，帮扶2021户家庭，完成2022项目标任务，2020人员到岗，服务2021人民群众。\n",
        "依据县财〔2022〕15号文件，2021-2023年规划。\n",
        "截至2023年底，我单位有在职职工25人，核实2023底数后上报。",
        "2023年365日全天候值守。",  # a count of days: no month and day read 365
        "2022年宽甸满族自治县民政局部门整体支出绩效自评报告\n",
        "年度 2022 宽甸满族自治县\n",
        "累计培训2023高素质农民。\n",
        "2023年7-8月对全县项目开展督导，共20237人次参加，12月完成；合计1,20231月均数。",
        "项目资金于2023年3月15日全部拨付到位，编号第202年3月卷。",
        "公开时间：2022年9月22日\n2022年1230万元全部拨付，2022年100。",
        "2023年5月20-25日开展评价，2023年6月3、4日复核，2023年1月10万元到位，2023年3月15号完成。\n",
        "全年用电2020度，电费1200元；第二部分 2020年度部门决算；本部分度量单位为万元。",
        "机关食堂全年用电2020度市本级统一结算，2021年度市本级预算已安排。", "2024年区一般公共预算收入18.97亿元。",
        "2024年度，我镇行政运行支出保持平稳；全年用电量为2024度，与上年持平。",
        "对2021度电量据实结算，在2000度以上高温下作业。",
        # a figure on a line of its own inside a table, or a date written in full
        "某县民政局2021年度部门决算\n发布时间：2022年8月30日\n",
        "项目 | 金额\n合计 |\n20220830\n",
        # three figures of a table's row under its header, not a date
        "年度 | 项目数 | 个数\n2022 6 30\n",
        # the site's column names in a navigation trail are not the report's words
        "您的位置：首页 > 财政预决算 > 2022决算\n当前位置：首页 > 2021预算 > 部门预算\n",
        # a 自评表 run into one line: a row's budget 20 and actual 20 glue into 2020 before the next label
        "资金情况(万元)全年预算数(A)全年执行数(B)分值执行率(B/A)得分年度资金总额:202010100.00%10其中:本年财政拨款2020其他资金\n",
        # the indicator block's header run together (blanks left by the copy): a row's 分值 20 and 得分 20 glue into 2020
        "三级指标年度 指标值实际 完成值分 值得 分产出指标数量指标更新设备50件50件2020质量指标合格合格2020时效指标\n",
        # a file's name offered for download: the uploader's label, not the report's sentence
        "附件：某县水利局2022部门整体支出绩效自评表.xlsx\n某县水利局2022部门决算说明.pdf某县水利局2022部门决算说明.pdf\n",
    ),
)

# What may not stand before a year: a digit or a figure's mark (part of a longer number), a letter (a code),
# a document number's bracket, 第 or 号 (a serial). One class for every year pattern below.
_NOT_BEFORE = r"\d.\-/A-Za-z〔\[［（(第号"
_FOUR_DIGITS = lost_dates.FOUR_DIGITS  # 1980-2039
# _FOUR_DIGITS for the two patterns searched over the whole text, with the lookbehind that tests what stands
# before the year put after the year's first digit (so it reads that digit too): the same matches, but re
# skips to the digits 1 and 2 by itself instead of trying the lookbehind at every character of the text.
_AFTER_FIRST_DIGIT = r"(?:(?<=1)9[89]|(?<=2)0[0-3])\d"
_YEAR = regex_cache.compile(rf"([12](?<![{_NOT_BEFORE},][12]){_AFTER_FIRST_DIGIT})(?=[\u4e00-\u9fff]|[ \u3000][底初末])")
# 底/初/末 after a year is a point in it (2024年底); these followers make it another word (底数, 初中, 末端).
# A year run into a month number or range and 月 (20237-8月, 202312月).
_YEAR_MONTH = regex_cache.compile(
    rf"([12](?<![{_NOT_BEFORE}][12])(?<!\d,[12]){_AFTER_FIRST_DIGIT})((?:1[0-2]|[1-9])(?:[-—–~～至到](?:1[0-2]|[1-9]))?月)"
)
# A year and month written with a dot, then 月 (2019.8月调入): two ways of writing a date mixed, 年 lost.
_YEAR_DOT_MONTH = regex_cache.compile(rf"(?<![\d.．])({_FOUR_DIGITS})[.．](1[0-2]|0?[1-9])月")
_TIME_OF_YEAR = regex_cache.compile(r"[ \u3000]?(?:底(?![数线部层稿座])|初(?![中级始心审稿步期次])|末(?![端级稿位]))")
# Characters that may follow a figure as a count, a range or part of a date, not a noun.
_NOT_NOUN = frozenset("年月日至到及和与或余多万亿千百届版级期批次号名位家所座条件册本台辆套份篇株亩米吨元个人户项张间")
MIN_WORD_FREQ = 100  # a noun this common in jieba's dictionary is read as a word, not chance
MAX_WORD = 4


# A count's measure word that also opens a domain noun: after a year that opens a title or follows a body's
# name, 人口普查 or 项目支出 is that noun (2020人口普查经费), never a count (2020人 + 口普查); the noun must be a
# word of glossary/domain_words.yaml. After a verb the figure may still be a count (服务2020人民群众).
_MEASURE_OPENS_NOUN = frozenset("人项")
_TITLE_BEFORE = frozenset("局委办院所站心馆会府厅")
# Right after a place's or body's name (柘城县2023高素质农民培育项目) the year opens a title's subject: there a
# rarer dictionary word of three or four characters is read as the noun too; after a verb it might be chance.
_NAME_END = _TITLE_BEFORE | frozenset("县市区省州镇乡旗")


@lru_cache(maxsize=1)
def _domain_nouns() -> dict[str, tuple[str, ...]]:
    """The domain words (three characters or more) that open with one of ``_MEASURE_OPENS_NOUN``, longest first."""
    doc = word_file()
    words = sorted({w for group in doc["words"].values() for w in group
                    if len(w) >= 3 and w[0] in _MEASURE_OPENS_NOUN}, key=len, reverse=True)
    return {ch: tuple(w for w in words if w[0] == ch) for ch in _MEASURE_OPENS_NOUN}


def _noun_after(text: str, at: int, year_at: int) -> str | None:
    """The longest common dictionary word (2-4 characters) that starts at ``at``, or None."""
    if text[at] in _MEASURE_OPENS_NOUN:
        before = text[year_at - 1] if year_at else "\n"
        if "\u4e00" <= before <= "\u9fff" and before not in _TITLE_BEFORE:
            return None
        return next((w for w in _domain_nouns()[text[at]] if text.startswith(w, at)), None)
    if (text[at] in _NOT_NOUN and not text.startswith("本级", at)) or text.startswith(UNITS, at):  # 本 counts, 本级 not
        return None
    words = [text[at:at + size] for size in range(MAX_WORD, 1, -1)]
    words = [w for w in words if len(w) > 1 and all("\u4e00" <= ch <= "\u9fff" for ch in w)]
    word = next((w for w in words if freq(w) >= MIN_WORD_FREQ), None)
    if word is None and year_at and text[year_at - 1] in _NAME_END:
        word = next((w for w in words if len(w) >= 3 and freq(w) > 0), None)
    if word is None and (not year_at or text[year_at - 1] == "\n"):  # a line's first word: any dictionary word
        word = next((w for w in words if freq(w) > 0), None)
    return word


def _division_after(text: str, at: int) -> str | None:
    """The full name of an administrative division that starts at ``at`` (本溪满族自治县), or None."""
    return gazetteer().starting_at(text, at, _MAX_DIVISION)  # read by the names' first characters


_MAX_DIVISION = 12  # characters of the longest division name read after a year
# 2024区一般公共预算收入: a level's one character before its budget's name, the year's 年 lost before it
_LEVEL_BUDGET = regex_cache.compile(r"[省市县区州旗镇乡](?=一般公共预算|政府性基金|国有资本经营|社会保险基金|本级|财政收[入支]|级财政)")

# A year that lost a digit before 年 and a month, or before a budget word: "202年1月", "209年收入决算".
# Searched from 年 before a month (a literal the engine skips to), the three digits read back from there.
_MONTH_AFTER = regex_cache.compile(r"年(?=(?:1[0-2]|[1-9])月)")
# Before a budget word instead: led by the figures (20 then one digit then 年), the one before read by hand.
_SHORT_BUDGET_YEAR = regex_cache.compile(r"(?:20|19)\d年(?=度?(?:收入|支出|决算|预算|部门|项目))")
_SHORT_YEAR = regex_cache.compile(rf"(?<![{_NOT_BEFORE}])(?:20\d|19\d)")


def _read_back(pattern: re.Pattern, text: str, width: int, year: re.Pattern):
    """Matches of ``pattern`` (it opens with a literal such as 年 or 度, which the engine skips to) with
    the ``width`` characters before each read as a year by ``year``: (offset of the year, match, year)."""
    for m in pattern.finditer(text):
        at = m.start() - width
        if at >= 0 and year.match(text, at):
            yield at, m, text[at:m.start()]


def _short_years(text: str):
    found = [(at, m.end(), year) for at, m, year in _read_back(_MONTH_AFTER, text, 3, _SHORT_YEAR)]
    found += [(m.start(), m.end(), m.group()[:3]) for m in near_needles(_SHORT_BUDGET_YEAR, text)  # half the search
              if not text[max(0, m.start() - 1):m.start()].isdigit()]
    for at, end, year in sorted(found):
        yield Finding(at, end, RULE.code, RULE.severity,
                      f"年份“{year}年”只有三位数字，漏了一位，请补全为四位年份（如“{year}X年”）。")


# A date that lost 月 and 日: "公开时间：2022年922" (9月22日), standing at the end of its clause.
# Searched from its 年 (a literal the engine skips to), the year read back from there.
_LOST_MONTH_DAY = regex_cache.compile(r"年((?:1[0-2]|[1-9])(?:0[1-9]|[12]\d|3[01]))(?=[ \t]{0,4}(?:$|[，。；,;）)\n]))", re.M)
_YEAR_BEFORE = regex_cache.compile(rf"(?<![{_NOT_BEFORE}]){_FOUR_DIGITS}")


# A date that lost only its 日: "填报日期：2022年5月20", "截至2023年12月31，" — the day's figure closes the clause
# or the line (a PDF may run the next heading on: "2022 年 5 月 20 一、"). A range or a list of days
# (5月20-25日, 5月20、21日) and a figure with a unit (1月10万元) go on and are left alone. Or the clause's verb
# follows at once (1月26经市财政局批复, 1月1起施行): nothing but 日 stands between a day and its verb.
# Searched from its 月 (a literal the engine skips to), the year and month read back from there.
_LOST_DAY = regex_cache.compile(
    r"月[ \u3000]?(3[01]|[12]\d|0?[1-9])(?=[ \u3000]{0,4}(?:$|[，。；,;|\t]|[一二三四五六七八九十]{1,2}、|经[^济费营]|前[，,完]|起[，,施执]|召开|印发|批复))", re.M
)
_YEAR_MONTH_BEFORE = regex_cache.compile(r"(?<![\d.])((?:19|20)\d{2})[ \u3000]?年[ \u3000]?(1[0-2]|0?[1-9])[ \u3000]?$")
_YEAR_MONTH_WIDTH = 11  # 2023 年 12 (with its blanks) before 月


def _lost_day(text: str):
    for m in _LOST_DAY.finditer(text):
        head = _YEAR_MONTH_BEFORE.search(text, max(0, m.start() - _YEAR_MONTH_WIDTH), m.start())
        if head is None:
            continue
        year, month, day = int(head.group(1)), int(head.group(2)), int(m.group(1))
        yield Finding(head.start(), m.end(), RULE.code, RULE.severity,
                      f"日期“{text[head.start():m.end()]}”漏了“日”，应为“{year}年{month}月{day}日”。", f"{year}年{month}月{day}日")


def _lost_month_day(text: str):
    for at, m, year in _read_back(_LOST_MONTH_DAY, text, 4, _YEAR_BEFORE):
        digits = m.group(1)
        options = lost_dates.month_day_options(digits)
        shown = "或".join(f"“{year}年{o}”" for o in sorted(options))
        yield Finding(at, m.end(), RULE.code, RULE.severity,
                      f"日期“{year}年{digits}”漏了“月”“日”，应为{shown}。")


# 年度 without 年 before a word of a budget document, and 第X部分 followed at once by 度部门决算.
# Searched from its 度 (a literal the engine skips to), the year read back from there.
_DU_BEFORE_WORD = regex_cache.compile(
    r"度(?=部门|单位|预算|决算|绩效|整体|项目|财政|工作|收入|收支|支出|一般|政府性|国有|机关|基本|三公|“三公”|经费|资产|专项"
    r"|本专科|本科生|研究生|毕业生|新生|学年|招生|考核|目标|计划|本级|[市县区省]本级|[市县区省]级)"
)
_YEAR_BEFORE_DU = regex_cache.compile(rf"(?<![{_NOT_BEFORE}电]){_FOUR_DIGITS}")  # 用电2020度: a reading, not a year
_PART_DU = regex_cache.compile(r"第[一二三四五六七八九十]部分[ \u3000:：]{0,2}(年?度)(?=(?:部门|单位)?(?:决算|预算))")


# 度 before any Chinese word but a reading's (电, 数, 以上, 左右, 高温) where a preposition stands before the year
_DU_BEFORE_ANY = regex_cache.compile(r"度(?=[\u4e00-\u9fff])(?![电数以左高的及至到])")
_PREPOSITIONS = frozenset("对在为于从")
# 度 then a comma where the year opens its line or sentence ("2024度，我镇……"): a time phrase leading the
# sentence, never a reading (a reading follows what it measures: 用电2020度，).
_DU_BEFORE_COMMA = regex_cache.compile(r"度(?=[，,])")
_OPENS_SENTENCE = frozenset("\n。！？；;")


def _lost_nian_before_du(ctx):
    found = set()
    for at, m, year in _read_back(_DU_BEFORE_WORD, ctx.text, 4, _YEAR_BEFORE_DU):
        found.add(at)
        yield Finding(at, m.end(), RULE.code, RULE.severity,
                      f"“{year}度”漏了“年”，应为“{year}年度”。", f"{year}年度")
    for at, m, year in _read_back(_DU_BEFORE_ANY, ctx.text, 4, _YEAR_BEFORE_DU):
        if at not in found and at > 0 and ctx.text[at - 1] in _PREPOSITIONS:
            yield Finding(at, m.end(), RULE.code, RULE.severity,
                          f"“{year}度”漏了“年”，应为“{year}年度”。", f"{year}年度")
    for at, m, year in _read_back(_DU_BEFORE_COMMA, ctx.text, 4, _YEAR_BEFORE_DU):
        if at not in found and (at == 0 or ctx.text[at - 1] in _OPENS_SENTENCE):
            yield Finding(at, m.end(), RULE.code, RULE.severity,
                          f"“{year}度”漏了“年”，应为“{year}年度”。", f"{year}年度")
    year = identity(ctx).year
    for m in _PART_DU.finditer(ctx.text):
        meant = f"{year}年度" if year else "××××年度"
        yield Finding(m.start(1), m.end(1), RULE.code, RULE.severity,
                      f"部分标题中“{m.group(1)}”前漏了年份，应为“{meant}”。", meant if year else None)


# The name of an event (a fair, a forum, a festival) run after its year up to the clause's end.
_EVENT_NAME = regex_cache.compile(r"[^，,。；;：:、\n“”]{2,30}?(?:推介会|大会|论坛|博览会|交易会|展览会|洽谈会|峰会|艺术节|文化节|旅游节|运动会|大赛|锦标赛|公开赛|联赛|邀请赛|马拉松)")


def _glued_bases(ctx):
    """"较20155.88万元增加了0.51万元" in a 2016 report: the year before the report's, its 年 lost, run into the
    base amount after 较/比/与. Read only for the report's own year or the one before it, where a base of
    that size is far less likely than the comparison the sentence makes everywhere else."""
    year = identity(ctx).year
    if not year:
        return
    for m in _GLUED_BASE.finditer(ctx.text):
        if int(m.group(1)) in (year - 1, year):
            yield Finding(m.start(1), m.end(2), RULE.code, RULE.severity,
                          f"“{m.group(1)}{m.group(2)}”是年份“{m.group(1)}”漏了“年”，与金额连成一个数，"
                          f"应为“{m.group(1)}年{m.group(2)}”。", f"{m.group(1)}年{m.group(2)}")


# After 较/比/与: a year run into the base amount (较20155.88万元, 与2019498.83万元相比).
_GLUED_BASE = regex_cache.compile(r"[与较比]((?:19|20)\d\d)(\d{1,5}\.\d{1,2})(?=万元|元|亿元)")  # led by its literal


def check(ctx):
    text = ctx.text
    for start, end, message, meant in lost_dates.readings(text):
        yield Finding(start, end, RULE.code, RULE.severity, message, meant)
    yield from _glued_bases(ctx)
    yield from _short_years(text)
    yield from _lost_month_day(text)
    yield from _lost_day(text)
    yield from _lost_nian_before_du(ctx)
    for m in near_needles(_YEAR_MONTH, text):
        year, month = m.groups()
        yield Finding(
            m.start(), m.end(), RULE.code, RULE.severity,
            f"年份“{year}”后直接接月份“{month}”，漏了“年”，应为“{year}年{month}”。", f"{year}年{month}",
        )
    for m in near_needles(_YEAR_DOT_MONTH, text):
        year, month = m.groups()
        yield Finding(m.start(), m.end(), RULE.code, RULE.severity,
                      f"“{m.group()}”把“.”与“月”混用，漏了“年”，应为“{year}年{int(month)}月”。", f"{year}年{int(month)}月")
    for m in near_needles(_YEAR, text):
        if in_trail(text, m.start()):
            continue  # a column of the site's navigation trail (首页 > 决算 > 2022决算), not the report's words
        if in_file_name(text, m.start()):
            continue  # 2021部门整体绩效自评报告.pdf: a file's name, the uploader's label (file_names)
        line_start, line_end = line_around(text, m.start())
        if form_run_together(text[line_start:line_end]):
            continue  # 本年财政拨款2020其他资金: a form run into one line, two cells' figures glued (form_lines)
        time = _TIME_OF_YEAR.match(text, m.end())
        year = m.group(1)
        if time:
            word = time.group().strip()
            end = time.end()
        else:
            word = (_noun_after(text, m.end(), m.start()) or _division_after(text, m.end())
                    or ((lv := _LEVEL_BUDGET.match(text, m.end())) and lv.group()))
            if word is None or _EVENT_NAME.match(text, m.end()):
                continue  # 2023海峡两岸旅行商大会: an event's own name opens with its year, no 年
            end = m.end() + len(word)
        yield Finding(
            m.start(), end, RULE.code, RULE.severity,
            f"年份“{year}”后直接接“{word}”，漏了“年”或“年度”，应为“{year}年{word}”。", f"{year}年{word}",
        )
