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
A campaign's official name ends in its year and 行动 (重大事故隐患专项排查整治2023行动): after the campaign's
topic, not a body's or place's name, the year before 行动 is the name's, not a lost 年.
A noun of the domain word list that opens with such a measure word (人口普查, 项目支出) is read as the noun
only where the year opens a title or follows a body's name ("2020人口普查经费"); after a verb it may be a count.
A school year is named by its first year and 学年 (某校2021学年度): no 年 lost there.

Two more places lose the 年 the same way, where no frequent word follows:
底/初/末 ("2024底有职工16人" for 2024年底; a PDF copy may put a space before
it), and the full name of an administrative division ("2022本溪满族自治县
卫生健康局", a title that lost 年 before the body's name; the names are the
gazetteer's, glossary/divisions.tsv); so is a level's one character before its budget's
name (2024区一般公共预算收入: no count of districts) or its government's or committee's (2024省政府, 2023市委).

A title broken after its year loses the 年 at the break (某市救助管理站 2023 / 单位预算及…情况说明): read in the
text's head only, the report's kind opening the next line.

A 年度 may lose its 年 before any noun where a preposition opens the phrase ("现对2022度某镇茶叶项目开展
评价"): after 对/在/为/于/从 the figure is a year, not a reading of a meter (用电2020度 stays a reading).

A date may lose all its marks (gen.check.lost_dates): on a line of its own under a title or above a
signature ("20211015", "20231 16日", "20217 18", "2019  7  8": the blanks where 年 月 日 stood), as a date
field's value (报告日期:2022624, 公开时间:20248 22), or run into its 日 (2021325日), or blanks left for 年 月 before
its 日 (2012 1 1日, gen.check.lost_spaced_dates; a disclosure report's period W047 reads is its); a period's two
dates, its 至 lost too, run into one figure after 自 (自20191120191130止; gen.check.glued_periods).

A date may lose its 日 alone ("填报日期：2022年5月20", "截至2023年12月31，"): the day's
figure then closes the clause or the line, where a range (20-25日), a list of
days (3、4日) or an amount (1月10万元) would go on. Where the clause's verb follows the day at once (召开, 印发,
批复), or the time of day or the 在 of the act's place does (6月20在商场附近, 3月5上午), the date is read without its
year too ("在11月30召开的会长办公会"); a bare month's figure closing a clause
(1-11月30，) may be a count and stays silent.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...core import regex_cache
from ...core.glossary import self_ref_names
from ...core.quantities import UNITS
from ...core.regex_needles import finditer as near_needles
from ..confusion import freq
from ..domain_words import word_file
from ..file_names import in_file_name
from ..form_lines import form_run_together
from ..gazetteer import gazetteer
from ..identity import identity
from .. import bare_years, glued_periods, list_items, lost_clock, lost_dates, lost_day, lost_spaced_dates, unspaced
from ..page_chrome import in_trail
from ..textspans import line_around
from ..finding import Finding
from ..registry import Rule, unreported
from . import w047_disclosure_report_year
from ._w004_examples import FLAG, KEEP

RULE = Rule(
    code="W004",
    name="year-without-nian",
    severity="warning",
    summary="年份后漏写“年”或“年度”",
    doc=(
        "检查什么：日期中只写了三位数字的年份（“202年3月”“019年3月”，漏了一位）；四位年份后直接接名词，如“2018绩效评价”“2022部门预算表”，漏了“年”或“年度”；"
        "年份后直接接“底、初、末”（“2024底”，中间夹空格的也算）或行政区划全称（“2022本溪满族自治县卫生健康局”）、级次加预算名或政府、党委名（“2024区一般公共预算收入”“2024省政府”）的同样报告；"
        "日期漏了“月”“日”（“2022年922”）或漏了“年”“月”（“2021325日”）、只漏了“月”（“2023年1231日”，工作总结中段首、句首的“420日，”）的也报告；年份打了两遍的（“20232023年”“2023年度2023年”）也报告；分句开头的年份后直接接“是”、说它是“……的一年”“……之年”的（“指出，2017是我院……的一年”）也报告；日期只漏了“日”、日数后即句末或行末的（“截至2023年12月31，”）或紧接动词的（不带年份的“在11月30召开的会议”也算）也报告；"
        "“2020度预算绩效”漏了“年”，介词后的“对2022度某项目”同样报告；单独一行的日期（标题下或落款处）丢了“年”“月”（“20211015”“20231 16日”“2019  7  8”）、日期栏的值丢了“年”“月”“日”（“报告日期:2022624”“公开时间:20248 22”）、“自……止”之间两个日期连成一串数字（“自20191120191130止”）、日期的“年”“月”成了空格（“2012 1 1日”）也报告；部分标题“第二部分度部门决算”“第三部分 年度部门决算”漏了年份。\n"
        "为什么：年份直接连名词不合公文规范，多半是录入时漏字。\n"
        "不报的情形：年份后接单位或量词（“2020万元”“2019人次”“2021余人”“用电2020度”；标题开头的“2020人口普查经费”仍报告）、接“年”“年度”“-”“至”；"
        "文号、编号中的数字（〔2022〕、第2021号）；文件名中的年份（“2021部门整体绩效自评报告.pdf”，下载附件的文件名）；自评表压成一行（表头“全年预算数全年执行数”连写）时两格数字粘连成的“2020”。\n"
        "示例：“2022部门预算表”应为“2022年部门预算表”。"
    ),
    flag=FLAG,
    keep=KEEP,
)

# What may not stand before a year: a digit or a figure's mark (part of a longer number), a letter (a code),
# a document number's bracket, 第 or 号 (a serial), a name's dot (护苗·2022秋季行动: a campaign's name). One class for all.
_NOT_BEFORE = r"\d.\-/A-Za-z〔\[［（(第号·・•"
_FOUR_DIGITS = lost_dates.FOUR_DIGITS  # 1980-2039
# _FOUR_DIGITS for the two patterns searched over the whole text, with the lookbehind that tests what stands
# before the year put after the year's first digit (so it reads that digit too): the same matches, but re
# skips to the digits 1 and 2 by itself instead of trying the lookbehind at every character of the text.
_AFTER_FIRST_DIGIT = r"(?:(?<=1)9[89]|(?<=2)0[0-3])\d"
# A comma before it parts a clause (3月4日,2024省政府…) unless a digit stands before the comma (a figure's thousands).
_YEAR = regex_cache.compile(rf"([12](?<![{_NOT_BEFORE}][12])(?<!\d,[12]){_AFTER_FIRST_DIGIT})(?=[\u4e00-\u9fff]|[ \u3000][底初末])")
# 底/初/末 after a year is a point in it (2024年底); these followers make it another word (底数, 初中, 末端).
# A year run into a month number or range and 月 (20237-8月, 202312月).
_YEAR_MONTH = regex_cache.compile(
    rf"([12](?<![{_NOT_BEFORE}][12])(?<!\d,[12]){_AFTER_FIRST_DIGIT})((?:1[0-2]|[1-9])(?:[-—–~～至到](?:1[0-2]|[1-9]))?月)"
)
# A year and month written with a dot, then 月 (2019.8月调入): two ways of writing a date mixed, 年 lost.
_YEAR_DOT_MONTH = regex_cache.compile(rf"(?<![\d.．])({_FOUR_DIGITS})[.．](1[0-2]|0?[1-9])月")
_TIME_OF_YEAR = regex_cache.compile(r"[ \u3000]?(?:底(?![数线部层稿座])|初(?![中级始心审稿步期次])|末(?![端级稿位]))|前[两二三]季度|第?[一二三四]季度")
# Characters that may follow a figure as a count, a range or part of a date, not a noun.
_NOT_NOUN = frozenset("年月日至到及和与或余多万亿千百届版级期批次号名位家所座条件册本台辆套份篇株亩米吨元个人户项张间")
_YEARS_COUNTED = regex_cache.compile(r"[两二三四五六七八九十几]个?年")  # the years just listed, counted (2011、2012两年度)
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


# A heading's number alone on its line before the year: the year opens the heading's title as it opens a line.
_HEADING_MARK_BEFORE = regex_cache.compile(r"(?:^|\n)[ \t\u3000]{0,2}(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])$")


@lru_cache(maxsize=1)
def _self_refs() -> tuple[str, ...]:
    """A body's or a place's self-reference (我局, 我单位, 我县), longest first: no figure counts 我, so a year
    before one lost its 年 (2012我局加大了……) wherever it stands, though 我局 is rare in jieba's dictionary."""
    return tuple(sorted(set(self_ref_names()) | {f"我{c}" for c in "省市县区镇乡"}, key=len, reverse=True))


def _noun_after(text: str, at: int, year_at: int) -> str | None:
    """The longest common dictionary word (2-4 characters) that starts at ``at``, or None."""
    if text[at] == "我":
        return next((w for w in _self_refs() if text.startswith(w, at)), None)
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
    if word is None and (not year_at or text[year_at - 1] == "\n"
                         or _HEADING_MARK_BEFORE.search(text, max(0, year_at - 8), year_at)):
        # a line's first word, or a heading's after its number (三、2021举借政府债券情况说明): any dictionary word
        word = next((w for w in words if freq(w) > 0), None)
    return word


def _traditional_noun(text: str, m: re.Match) -> str | None:
    """The word after the year read in Simplified where a Traditional mirror's page wrote it (2018部門整體: 部门),
    in a heading (a line's start or its number before the year) or the page's title line (羅定二中2018部門預算公開) only."""
    if m.start() and text[m.start() - 1] != "\n" and not _HEADING_MARK_BEFORE.search(text, max(0, m.start() - 8), m.start()) and not list_items.on_title_line(text, m.start()):
        return None
    window = text[m.end():m.end() + 32]
    simple = unspaced.simplified(window)
    if simple == window or len(simple) != len(window) or _EVENT_NAME.match(simple) or _YEARS_COUNTED.match(simple):
        return None  # as in Simplified: an event's own name opens with its year (2024中國(廈門)國際…展覽)
    lo = max(0, m.start() - 12)  # the heading's number before the year, never the window's edge as a line's start
    return _noun_after(text[lo:m.end()] + simple[:MAX_WORD], m.end() - lo, m.start() - lo)


# A PDF's copy sets a year off by blanks (现将 2022 工作情况报告如下, 一、2022 工作总结): read after a preposition or a verb
# that takes the year (将, 对, 在 …), a heading's number, or a body's name before its budget (现将我单位 2018 部门预算), so a flattened
# table's columns (决算 2022 预算, 预算单位 2018 决算数) are never read; the word after the blank is judged as _noun_after does.
_SPACED_YEAR = regex_cache.compile(rf"(?:(?<=[将对在于从把][ \u3000])|(?<=、)|(?<=[位局委府院办厅站所馆心][ \u3000])(?=\d{{4}}[ \u3000](?:部门|单位)(?:预算|决算)(?!数|单位)))([12]{_AFTER_FIRST_DIGIT})(?=[ \u3000][\u4e00-\u9fff])")


def _spaced_years(text: str):
    for m in near_needles(_SPACED_YEAR, text):
        at = m.end() + 1
        if text[at] in "年度届月" or (text[m.start() - 1] == "、" and not _HEADING_MARK_BEFORE.search(
                text, max(0, m.start() - 8), m.start())):
            continue  # 2022 年度: the 年 is there; 甲、2022 乙: a list, not a heading
        word = _noun_after(text, at, m.start())
        if word:
            year = m.group(1)
            yield Finding(m.start(), at + len(word), RULE.code, RULE.severity,
                          f"年份“{year}”后隔着空格接“{word}”，漏了“年”或“年度”，应为“{year}年{word}”。", f"{year}年{word}")


def _division_after(text: str, at: int) -> str | None:
    """The full name of an administrative division that starts at ``at`` (本溪满族自治县), or None."""
    return gazetteer().starting_at(text, at, _MAX_DIVISION)  # read by the names' first characters


_MAX_DIVISION = 12  # characters of the longest division name read after a year
# 2024区一般公共预算收入: a level's one character before its budget's name, the year's 年 lost before it
# or before its government's or party committee's name (2024省政府残工委全体会议: no count of provinces governs),
# or a department's short name (2013市教育局直属系统: no count of cities runs a bureau)
_LEVEL_BUDGET = regex_cache.compile(r"[省市县区州旗镇乡](?=一般公共预算|政府性基金|国有资本经营|社会保险基金|本级|财政收[入支]|级财政"
                                    r"|(?:人民)?政府|委(?![托员])|人大|政协|[\u4e00-\u9fff]{2,4}局(?![长]))")

# A year that lost a digit before 年 and a month, or before a budget word: "202年1月", "209年收入决算"; its leading 2 (019年3月).
# Searched from 年 before a month (a literal the engine skips to), the three digits read back from there.
_MONTH_AFTER = regex_cache.compile(r"年(?=(?:1[0-2]|[1-9])月)")
# Before a budget word instead: led by the figures (20 then one digit then 年), the one before read by hand.
_SHORT_BUDGET_YEAR = regex_cache.compile(r"(?:20|19)\d年(?=度?(?:收入|支出|决算|预算|部门|项目))")
_SHORT_YEAR = regex_cache.compile(rf"(?<![{_NOT_BEFORE}])(?:20\d|19\d|0[0-3]\d)")


def _read_back(pattern: re.Pattern, text: str, width: int, year: re.Pattern):
    """Matches of ``pattern`` (it opens with a literal such as 年 or 度, which the engine skips to) with
    the ``width`` characters before each read as a year by ``year``: (offset of the year, match, year)."""
    for m in near_needles(pattern, text):
        at = m.start() - width
        if at >= 0 and year.match(text, at):
            yield at, m, text[at:m.start()]


def _short_years(text: str):
    found = [(at, m.end(), year) for at, m, year in _read_back(_MONTH_AFTER, text, 3, _SHORT_YEAR)]
    found += [(m.start(), m.end(), m.group()[:3]) for m in near_needles(_SHORT_BUDGET_YEAR, text)  # half the search
              if not text[max(0, m.start() - 1):m.start()].isdigit()]
    for at, end, year in sorted(found):
        yield Finding(at, end, RULE.code, RULE.severity, f"年份“{year}年”只有三位数字，漏了一位，请补全为四位年份"
                      f"（如“{f'2{year}' if year[0] == '0' else f'{year}X'}年”）。")


# A date that lost 月 and 日: "公开时间：2022年922" (9月22日), standing at the end of its clause.
# Searched from its 年 (a literal the engine skips to), the year read back from there.
_LOST_MONTH_DAY = regex_cache.compile(r"年((?:1[0-2]|[1-9])(?:0[1-9]|[12]\d|3[01]))(?=[ \t]{0,4}(?:$|[，。；,;）)\n]))", re.M)
_YEAR_BEFORE = regex_cache.compile(rf"(?<![{_NOT_BEFORE}]){_FOUR_DIGITS}")


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
    # Read through a mirror copy's readings and Traditional script (2024度國(guó)有資本 is 2024度国有资本).
    view = unspaced.plain_of(ctx)
    for at, m, year in _read_back(_DU_BEFORE_WORD, view.text, 4, _YEAR_BEFORE_DU):
        at, end = view.span(at, m.end())
        found.add(at)
        yield Finding(at, end, RULE.code, RULE.severity,
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
    # Read in the view too: a Traditional mirror's 第二部分度部門決算 is the same heading.
    for m in _PART_DU.finditer(view.text):
        meant = f"{year}年度" if year else "××××年度"
        start, end = view.span(m.start(1), m.end(1))
        yield Finding(start, end, RULE.code, RULE.severity,
                      f"部分标题中“{m.group(1)}”前漏了年份，应为“{meant}”。", meant if year else None)


# A title broken after its year (梧州市某站 2023 / 单位预算及…情况说明): a body's name, the year at the line's end,
# the report's kind (a budget's, or the disclosure report's) opening the next line, a blank line or two between them
# as a page's copy leaves; read only in the text's head, where the title stands.
_TITLE_YEAR_AT_BREAK = regex_cache.compile(
    r"(?:^|(?<=\n))[^\n]{0,40}[\u4e00-\u9fff][ \t　]{0,3}(20[0-3]\d)[ \t　]{0,3}(?:\n[ \t　]{0,3}){1,3}"
    r"(?=(?:部门|单位)(?:预算|决算)|(?:部门|单位)?整体支出绩效|政府信息公开(?:工作)?年度报告)")
TITLE_HEAD = 300  # characters of the text's head read for its title


def _title_year_at_break(text: str):
    for m in _TITLE_YEAR_AT_BREAK.finditer(text, 0, min(len(text), TITLE_HEAD)):
        year = m.group(1)
        yield Finding(m.start(1), m.end(1), RULE.code, RULE.severity,
                      f"标题中的年份“{year}”后换行接报告名称，漏了“年”或“年度”，应为“{year}年”。", f"{year}年")


# The name of an event (a fair, a forum, a festival) run after its year up to the clause's end.
_EVENT_NAME = regex_cache.compile(r"[^，,。；;：:、\n“”]{2,30}?(?:推介会|大会|论坛|博览会|交易会|展览会?|洽谈会|峰会|艺术节|文化节|旅游节|运动会|大赛|锦标赛|公开赛|联赛|邀请赛|马拉松)")


_YEAR_LABEL = regex_cache.compile(r"(?:年度|年份)[ \u3000]{0,2}[:：][ \u3000]{0,2}$")


def _campaign_year(text: str, at: int, word: str) -> bool:
    """A campaign's official name ends in its year and 行动 (重大事故隐患专项排查整治2023行动, 清朗2023行动): the year
    stands after the campaign's topic, a word that is no body's or place's name (those open a title whose 年 was
    lost: 某县2023行动方案), and is part of the name, not a lost 年."""
    if not word.startswith("行动") or not at:
        return False
    before = text[at - 1]
    return "\u4e00" <= before <= "\u9fff" and before not in _NAME_END


def check(ctx):
    text = ctx.text
    dates = (*lost_dates.readings(text), *lost_clock.readings(text), *bare_years.readings(text),
             *glued_periods.readings(text), *lost_dates.glued_bases(text, identity(ctx).year))
    for start, end, message, meant in dates:
        yield Finding(start, end, RULE.code, RULE.severity, message, meant)
    # A date line alone (2019 7 8日 above a signature) is lost_dates' already: one finding for one date.
    spaced = [Finding(s, e, RULE.code, RULE.severity, m, x) for s, e, m, x in lost_spaced_dates.readings(text)
              if not any(a < e and s < b for a, b, _, _ in dates)]
    yield from unreported(ctx, spaced, (w047_disclosure_report_year,))
    yield from _short_years(text)
    yield from _lost_month_day(text)
    for start, end, message, meant in lost_day.readings(text):
        yield Finding(start, end, RULE.code, RULE.severity, message, meant)
    yield from _lost_nian_before_du(ctx)
    yield from _title_year_at_break(text)
    yield from _spaced_years(text)
    for m in near_needles(_YEAR_MONTH, text):
        year, month = m.groups()
        yield Finding(m.start(), m.end(), RULE.code, RULE.severity,
                      f"年份“{year}”后直接接月份“{month}”，漏了“年”，应为“{year}年{month}”。", f"{year}年{month}")
    for m in near_needles(_YEAR_DOT_MONTH, text):
        year, month = m.groups()
        yield Finding(m.start(), m.end(), RULE.code, RULE.severity,
                      f"“{m.group()}”把“.”与“月”混用，漏了“年”，应为“{year}年{int(month)}月”。", f"{year}年{int(month)}月")
    for m in near_needles(_YEAR, text):
        # The word after the year is read first: almost no year in a report lacks only its 年 (none is followed
        # by a word), and the line's tests below cost four times as much (4 of 5 ms on 200,000 characters).
        time = _TIME_OF_YEAR.match(text, m.end())
        year = m.group(1)
        if time:
            word = time.group().strip()
            end = time.end()
        else:
            word = (_noun_after(text, m.end(), m.start()) or _traditional_noun(text, m) or _division_after(text, m.end())
                    or ((lv := _LEVEL_BUDGET.match(text, m.end())) and lv.group()))
            if (word is None or _EVENT_NAME.match(text, m.end()) or _YEARS_COUNTED.match(text, m.end()) or text.startswith("学年", m.end())
                    or text[m.start() - 1:m.start()] == "《" and word in ("中国", "中國")):  # 《2020中国生态环境状况公报》
                continue  # 2023海峡两岸旅行商大会: an event's own name opens with its year; 2011、2012两年度 counts years; 2021学年度 a school year
            if _campaign_year(text, m.start(), word):
                continue  # 重大事故隐患专项排查整治2023行动: a campaign's official name carries its year before 行动
            end = m.end() + len(word)
            word = text[m.end():end]
        if _YEAR_LABEL.search(text, max(0, m.start() - 6), m.start()):
            continue  # 预算年度:2023单位:万元: a form's field, its label 年度 before the year, the next field after
        if in_trail(text, m.start()):
            continue  # a column of the site's navigation trail (首页 > 决算 > 2022决算), not the report's words
        if in_file_name(text, m.start()):
            continue  # 2021部门整体绩效自评报告.pdf: a file's name, the uploader's label (file_names)
        line_start, line_end = line_around(text, m.start())
        if form_run_together(text[line_start:line_end]):
            continue  # 本年财政拨款2020其他资金: a form run into one line, two cells' figures glued (form_lines)
        yield Finding(m.start(), end, RULE.code, RULE.severity,
                      f"年份“{year}”后直接接“{word}”，漏了“年”或“年度”，应为“{year}年{word}”。", f"{year}年{word}")
