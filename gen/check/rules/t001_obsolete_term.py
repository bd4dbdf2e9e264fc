"""T001: obsolete or non-standard terms, from glossary/terms.yaml.

Reports copied forward year after year keep the names of departments that no
longer exist (卫生和计划生育, 卫计, 新型农村合作医疗 after the 2018 reform). The
terms, their replacements and their legitimate contexts (a historical 原…局,
the official service item 卫生计生监督协管服务, a cited document title) are
glossary data; this module only applies them with the report's year. An entry marked ``severity: info``
(an old name many templates still print) is told as a hint.

A budget (预算) of a year is drawn up in the year before it, under the names
the departments bore then: a 2019 budget of a 环境保护局 was written before the
local bureaus were renamed. Dated entries judge a budget by the year before its own.

An entry dated by a reform of 2016 or later is marked ``needs_year``: a text whose year is unknown or
masked (a template site's 20**年, a news page without a date) may well be of before the reform, when
新型农村合作医疗 and 卫生计生 were the right names; only a year read from the text (or a dating name,
identity._DATING_NAMES) lets the reform's date judge it.

The page header's publisher field (发布机构：某市环境保护局) is the site's record of the account that put the
page out, often never renamed, and is left alone; but where the page itself names that body by its new name
(the reply letter's issuer 某市生态环境局 under the field), one page names one body two ways, and the field's
is the name the reform retired: it is reported there, the new name written in full as the page has it.
"""

from __future__ import annotations

from ...core import regex_cache
from ...core.glossary import load
from .. import unspaced
from ..finding import Finding
from ..identity import identity
from ..page_chrome import in_publisher_field, in_site_header
from ..registry import Rule

RULE = Rule(
    code="T001",
    name="obsolete-term",
    severity="warning",
    summary="使用了过时或不规范的机构、制度名称",
    doc=(
        "检查什么：词库 glossary/terms.yaml 中登记的过时用语，如机构改革后仍写“卫生和计划生育”“卫生计生”“卫计”“卫计生”，"
        "“国土资源局”“环保局”“安监局”“农业局”“工商局”“扶贫办”，或2018年后仍写“新型农村合作医疗（新农合）”“城镇居民医保”。"
        "按报告年度判断（标题、正文中的“XXXX年度”或 jixiao check --year），改革之前年度的报告不报。\n"
        "为什么：沿用旧报告的文字最容易留下已撤销的机构和制度名称，读者会怀疑报告是照抄往年的。\n"
        "不报的情形：历史表述（原区卫生计生局；“由原……等单位整合组建”所列的各个旧机构）、正式项目名称（卫生计生监督协管服务）、书名号内引用的文件名，"
        "以及“计划生育”作为现行职责；网页页头“来源：”“发布机构”栏里网站登记的单位名称也不报，它不是报告的文字（本页标题、落款已用新名称称呼同一单位的除外：同一页前后名称不一）；"
        "预算是上一年编制的，按上一年判断（2019年预算中的“环境保护局”是编制时的名称）。\n"
        "名称早于机构：报告年度里还没有的机构名称（2016年度报告的标题写“卫生健康局”，2007年的承办单位写“卫计委”）是后来替换的，也报；"
        "网页页头的来源栏、导航栏按网站现在的名称写，不报。\n"
        "示例：“统筹规划全区卫生和计划生育服务资源配置”应改为“统筹规划全区卫生健康服务资源配置”。"
    ),
    flag=(
        "2022年度南岳区卫生健康局部门整体支出绩效评价报告\n一、基本情况\n统筹规划全区卫生和计划生育服务资源配置。",
        # a budget of 2020, drawn up in 2019 after the renaming
        "某市环境保护局2020年部门预算说明\n一、基本情况\n某市环境保护局内设科室五个。",
        # the body's own title bears the old name: a report of a year after the reform under the old name
        "某县卫生和计划生育局2020年度部门决算说明\n一、基本情况\n本单位内设科室五个。",
        "高阳县卫生健康局2021年度绩效自评工作报告\n一、目标\n（四）卫计政务管理\n保障卫生计生法律法规的落实。",
        "2023年度某局部门决算说明\n基本支出中，工资福利支出 80.00 万元，商 品与服务支出 12.30 万元。",
        "2022年度某区特扶资金绩效自评报告\n一、资金\n资金来源：区卫生计生局年初拨付。",
        # no year anywhere, but the text names the 乡村振兴局 of 2021 as a body at work: it is of 2020 or later
        "产业项目绩效自评报告\n一、资金\n由区财政局、区乡村振兴局、区农业局联合下达资金。",
        # the header's publisher field keeps the old name while the letter's issuer on the page bears the new one
        "索引号：001/2020-00031 | 发布机构：某市环境保护局 |\n某市生态环境局\n关于市政协十届三次会议第12号提案的答复\n"
        "王某委员：\n您提出的提案收悉，2020年我局已完成监测站改造。",
        # a name of the 2018 reform in a report of 2016: the site put its later name into the old page's title
        "发布机构:\n\n市卫生健康局\n\n2016年度某市卫生健康局信息公开工作年度报告\n一、概述\n2016年，我局主动公开信息120条。",
    ),
    keep=(
        "2022年度某区卫生健康局部门整体支出绩效自评报告\n一、基本情况\n负责计划生育管理和服务工作。",
        "某县卫生健康局报告\n一、任务\n开展卫生计生监督协管服务，原县卫生计生局的资产已移交。",
        "发布时间：2022-04-02 09:10 来源：某区卫生计生局\n2021年度某区特扶资金绩效自评报告\n一、资金\n资金已全部发放。",
        # the page names the body only in the field: nothing on the page to read the old name against
        "索引号：001/2020-00031 | 发布机构：某市环境保护局 |\n关于市政协十届三次会议第12号提案的答复\n"
        "王某委员：\n您提出的提案收悉，2020年我局已完成监测站改造，市生态环境局监测站运行良好。",
        # a budget of 2019 was drawn up in 2018, before the local bureau was renamed
        "某市环境保护局2019年部门预算说明\n一、基本情况\n某市环境保护局内设科室五个。",
        "某县卫生和计划生育局2019年部门预算\n一、部门职责\n负责全县卫生和计划生育工作。",
        # no year anywhere, and nothing that dates the text: the old name may be of its own time
        "产业项目绩效自评报告\n一、资金\n由区财政局、区扶贫办、区农业局联合下达资金。",
        "产业项目绩效自评报告\n一、资金\n由区财政局、原区乡村振兴局、区农业局联合下达资金。",
        # the year masked (a template site's 20**年): the text may be of before the 2018 reform
        "妇幼卫生工作总结\n20**年，全市住院分娩补助由新型农村合作医疗直补，卫生计生部门共同推进。",
        # the site's header names the body as it is called now, the report of 2016 by the name it bore then
        "当前位置 : 首页\n>>区卫生健康局 >>信息公开年报\n发布单位: 区卫生和计划生育局\n"
        "某区卫生和计划生育局2016年政府信息公开年度报告\n一、概述\n2016年，我局主动公开信息120条。",
        "发布机构:\n\n市卫生健康局\n\n2016年度某市卫生和计划生育局信息公开工作年度报告\n一、概述\n2016年，我局主动公开信息120条。",
    ),
)


def check(ctx):
    # Read through the view without web spaces: "商 品与服务支出" is the term a reader sees.
    who = identity(ctx)
    year, earliest = who.year, who.earliest
    if year is not None and _budget(ctx.text):
        year, earliest = year - 1, earliest - 1 if earliest is not None else None
    for (start, end), hit in unspaced.glossary_hits(ctx, load().terms, year, earliest):
        if hit.entry.newer_name:
            # a name newer than the report's year (卫生健康局 on a page of 2016): the site's header names the body
            # as it is called now, the report's own text as it was called then
            if in_site_header(ctx.text, start):
                continue
            yield Finding(start, end, RULE.code, hit.entry.severity or RULE.severity,
                          f"{_quoted(hit.text)}是报告年度之后才有的名称，当时应为{_quoted(hit.suggestion)}。{hit.entry.reason}",
                          hit.suggestion)
            continue
        if in_publisher_field(ctx.text, start):
            # the page's 来源 field: the site's account name for the unit, not the report's wording, unless
            # the page itself names the body by its new name (the letter's own issuer under the old field)
            found = _renamed_on_page(ctx.text, start, end, hit.suggestion)
            if found:
                yield found
            continue
        # A dated entry names what a reform replaced; an undated one, a form that was never the standard.
        kind = "过时用语" if hit.entry.from_year is not None else "不规范用语"
        yield Finding(start, end, RULE.code, hit.entry.severity or RULE.severity,
                      f"{_quoted(hit.text)}是{kind}，应改为{_quoted(hit.suggestion)}。{hit.entry.reason}", hit.suggestion)


_HAN = regex_cache.compile(r"[\u4e00-\u9fff]")
MIN_NAME = 5  # a whole body's name (某市生态环境局), not a bare word


def _renamed_on_page(text: str, start: int, end: int, new: str):
    """An old name in the page header's publisher field (发布机构：宝鸡市环境保护局) while the page names the same body
    by its new name (宝鸡市生态环境局 as the letter's issuer): the one page names its body two ways, and the
    field's is the one a reform retired. Without the new name on the page the field is the site's record alone."""
    s, e = start, end
    while s > 0 and _HAN.match(text, s - 1):
        s -= 1
    while e < len(text) and _HAN.match(text, e):
        e += 1
    old, renamed = text[s:e], text[s:start] + new + text[end:e]
    if len(renamed) < MIN_NAME or renamed == old:
        return None
    line_start, line_end = text.rfind("\n", 0, s) + 1, text.find("\n", e)
    if renamed not in text[:line_start] and (line_end == -1 or renamed not in text[line_end:]):
        return None  # the new name only in the header's own line, or nowhere: nothing on the page to read it against
    return Finding(s, e, RULE.code, RULE.severity,
                   f"网页发布机构栏写的是旧名称“{old}”，而本页其他地方（标题、落款）已写作“{renamed}”，同一单位前后名称不一，"
                   f"应改为“{renamed}”。", renamed)


def _quoted(text: str) -> str:
    """The text in quotation marks, unless it already opens with its own (“三公”经费)."""
    return text if text.startswith("“") else f"“{text}”"


BUDGET_HEAD = 120  # characters of the text's head that name what it is
_BUDGET = regex_cache.compile(r"预算(?:说明|编制|公开|安排|情况|表)|部门预算")
_NOT_BUDGET = regex_cache.compile(r"决算|绩效|评价|自评|执行")


def _budget(text: str) -> bool:
    """The text is a budget (部门预算说明, 预算安排), not a 决算 or an evaluation that cites one: its head
    names a budget and none of those."""
    head = text[:BUDGET_HEAD]
    return bool(_BUDGET.search(head)) and not _NOT_BUDGET.search(head)
