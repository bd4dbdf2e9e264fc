"""W044: a standard phrase of the 政府信息公开工作年度报告 one character off (本报告中列数据, 除特别说明的外, 国办公开函).

A long phrase is also read for a whole two-character word lost inside it (收到和处理政府信息申请情况: 公开) or two such
words swapped (政府信息工作公开), and a sentence opening on its rest with its head lost (。告的电子版可在: 本报), each
of which no accepted wording is (gen.check.disclosure_phrases).

The phrases and why each is standard are data (glossary/disclosure_phrases.yaml); the slips are derived from them
(gen.check.disclosure_phrases): one character inside the phrase lost, added or changed, in a text that is such a
report (gen.check.disclosure_report.is_report), or anywhere for a phrase of ten characters or more. It reads the
view without the stray blanks and pinyin readings of web copies, in Simplified on a Traditional mirror's page
(gen.check.unspaced); a character "lost" just where a blank was dropped is not reported (two cells of a table copied as
text are no lost character).

The report's sentence naming its parts and its table's headers are read too (gen.check.disclosure_frames): the
frames 包括 and 由……组成 mixed or the predicate lost, a count lost before 个部分, a part typed twice, a header
short of its 数 (现行有效件).

The first part's heading, 一、总体情况, is also met with its numeral typed as a dash (—、总体情况): a dash never
numbers a heading, and 、 after it shows the writer meant the numeral it looks like.
"""

from __future__ import annotations

import re

from ...core import regex_cache
from .. import disclosure_frames
from .. import disclosure_phrases as dp
from .. import disclosure_report as dr
from .. import unspaced
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="W044",
    name="disclosure-phrase-slip",
    severity="warning",
    summary="政府信息公开工作年度报告的固定用语缺字、多字或错字（本报告中列数据、除特别说明的外）",
    doc=(
        "检查什么：政府信息公开工作年度报告格式和通行说明语中的固定用语（glossary/disclosure_phrases.yaml："
        "“本报告中所列数据”“除特别说明外”“国办公开办函”“收到和处理政府信息公开申请情况”、表格栏目等）中间缺了、多了或错了一个字；"
        "报告开头列举组成部分的句子句式杂糅（“包括……等部分组成”）、缺谓语（“由……等6项内容。”“由总体情况、……、行政诉讼情况。”）、缺数目（“事项个部分”）或重复列出一项；"
        "表头缺“数”字（“现行有效件”）、缺“减”字（“本年增/”）、截去末尾的词（“本年新”应为“本年新制作数量”“本年新公开数量”）；格式中供选择的“本行政区域（或本部门）”原样照抄、表中年份与报告年度不符；部分标题与下文正文连在一起（“主动公开政府信息情况某县某局2023年……”）；"
        "较长的用语中漏掉整个双字词（“收到和处理政府信息申请情况”；“依申请工作”漏了“公开”）、两个双字词颠倒（“政府信息工作公开”“依公开申请”）或句首漏了开头两字（“。告的电子版可在”）的也报。\n"
        "为什么：这些用语各机关照格式（国办公开办函〔2021〕30号）逐字使用，差一个字读者一眼就能看出。\n"
        "不报的情形：标准写法本身和词库列出的同样正确的写法（“除特别注明外”“存在的主要问题和改进情况”）；"
        "省去“政府”“任何”“主要”等修饰词的通行简写（“收到信息公开申请”“如对本报告有疑问”）；首尾字不同的（多半是相邻的词）；差的不是汉字（空格、换行、括号）；不是政府信息公开工作年度报告的文本中少于10个字的用语。\n"
        "示例：“除特别说明的外”应为“除特别说明外”；“国办公开函〔2021〕30号”应为“国办公开办函〔2021〕30号”。"
    ),
    flag=(
        "某局2023年政府信息公开工作年度报告\n本报告中列数据的统计期限自2023年1月1日起至12月31日止。",
        "某局2023年政府信息公开工作年度报告\n除特别说明的外，金额单位为万元。",
        "某局2023年政府信息公开工作年度报告\n全年共收到政府信息公开依申请2件。",
        "某局2023年政府信息公开工作年度报告\n—、总体情况\n本局坚持依法公开。",
        # a whole word lost, two words swapped, a sentence's head lost
        "某局2023年政府信息公开工作年度报告\n三、收到和处理政府信息申请情况\n本年度未发生依申请政府信息。",
        "某局2023年政府信息公开工作年度报告\n一、政府信息工作公开的基本情况\n",
        "某局2023年政府信息公开工作年度报告\n统计期限为全年。告的电子版可在县政府网站查阅。",
        "按照中华人民共和国政府信息公开工作年报告格式编制。",
        # stray blanks of a web copy are read through
        "按照中华人民共和国 政府信息公开工作年报告格式编制。",
        # the report's parts sentence: frames mixed, predicate lost, count lost, a part typed twice
        "某局2023年政府信息公开工作年度报告\n本报告包括总体情况、主动公开政府信息情况、存在的主要问题及改进情况等部分组成。",
        "某局2023年政府信息公开工作年度报告\n本年报由总体情况、主动公开政府信息情况、其他需要报告的事项等6项内容。",
        "某局2023年政府信息公开工作年度报告\n本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、"
        "政府信息公开行政复议、行政诉讼情况。本报告所列数据的统计期限为全年。",
        # the format's sub-heading with its two words swapped
        "某局2023年政府信息公开工作年度报告\n（二）依公开申请情况\n本年度共收到申请2件。",
        "某局2023年政府信息公开工作年度报告\n全文包括总体情况、主动公开政府信息情况、其他需要报告的事项个部分。",
        "某局2023年政府信息公开工作年度报告\n全文由总体情况、主动公开政府信息情况、因政府信息公开工作被申请行政复议、"
        "因政府信息公开工作被申请行政复议和提起行政诉讼情况、其他需要报告的事项五个部分组成。",
        # a part named without its 情况 beside parts that carry it; 行政复议 without its verb beside 提起行政诉讼
        "某局2023年政府信息公开工作年度报告\n全文包括总体情况，主动公开政府信息情况，收到和处理政府信息公开申请，"
        "政府信息公开行政复议、行政诉讼情况，其他需要报告的事项。",
        "某局2023年政府信息公开工作年度报告\n本年度本局未因政府信息公开行政复议和提起行政诉讼。",
        # a page copied without its title, known by the format's opening sentence or its own parts named
        "本报告根据《中华人民共和国政府信息公开条例》编制。\n健全工作机制，确保本局政府信息工作有序开展。",
        "本年度报告由某局编制，全文包括总体情况，主动公开政府信息情况，收到和处理政府信息公开申请，"
        "政府信息公开行政复议、行政诉讼情况，其他需要报告的事项。",
        # a table header short of its 数
        "某局2023年政府信息公开工作年度报告\n本年制发件数 本年废止件数 现行有效件 \n规章 0 0 0\n",
        "某局2023年政府信息公开工作年度报告\n信息内容\n本年处理决定数\n行政许可 0\n",
        # the format's own text left or cut: a column after its slash, its choice of subject, another year
        "某局2021年政府信息公开工作年度报告\n上一年项目数量\n本年增/\n处理决定数量\n",
        # the 数量 columns cut before their last word, both of them
        "某局2019年政府信息公开工作年度报告\n信息内容 |\n本年新 |\n本年新 |\n对外公开总数量 | |\n规章 |\n0 |\n0 |\n规范性文件 |\n5 |\n",
        "某局2021年政府信息公开工作年度报告\n2020年本行政区域(或本部门)政府信息公开发布总数量:0\n",
        # a part's heading run into its first sentence
        "某局2023年政府信息公开工作年度报告\n(一)主动公开情况\n主动公开政府信息情况某县水利局2023年共发布信息50条。\n",
    ),
    keep=(
        "某局2023年政府信息公开工作年度报告\n本报告中所列数据的统计期限自2023年1月1日起至12月31日止。",
        "某局2023年政府信息公开工作年度报告\n除特别注明外，金额单位为万元。",
        # the usual shorter wordings: a modifier left out (政府, 任何, 主要), the other word order
        "某局2023年政府信息公开工作年度报告\n全年收到信息公开申请3件。如对本报告有疑问，请与办公室联系。\n"
        "四、存在的问题及改进情况\n本局依申请政府信息公开工作规范。报告电子版可在县政府网站查阅。",
        "某局2023年政府信息公开工作年度报告\n三、存在的主要问题和改进情况\n",
        # a blank parting two cells of a table: no character lost across it
        "某局2023年政府信息公开工作年度报告\n属于行政执 案卷 0\n",
        # a dash as a line's bullet, no 、 after it
        "某局2023年政府信息公开工作年度报告\n— 总体情况良好。\n",
        # a short phrase outside such a report is not read
        "某局2023年部门决算\n除特别说明的外，金额单位为万元。",
        # another report citing the 条例, not written under it, and a university's report of the school year
        "某局2023年工作总结\n本局认真贯彻《中华人民共和国政府信息公开条例》。确保政府信息工作有序开展。",
        "某学院2023-2024学年度信息公开工作报告\n本报告中所列数据的统计期限自2023年9月1日起。确保政府信息工作有序开展。",
        # the first character differs: another word's end, not a slip
        "某局2023年政府信息公开工作年度报告\n该报告中所列数据均已核实。",
        # the parts sentence whole, in either frame; a budget's 结转结余; the format's headers
        "某局2023年政府信息公开工作年度报告\n本报告由总体情况、主动公开政府信息情况、其他需要报告的事项等六个部分组成。"
        "\n全文包括总体情况、主动公开政府信息情况、存在的主要问题及改进情况等部分。\n本报告由本局办公室编制。",
        # the parts sentence ending on the last part, 组成 there; 由 naming the office that answers
        "某局2023年政府信息公开工作年度报告\n本报告由总体情况、主动公开政府信息情况、行政复议和行政诉讼情况等六部分组成。"
        "\n本报告由本局办公室负责解释，总体情况、主动公开政府信息情况详见正文。",
        # 由 names the report's maker; the parts follow 包含
        "某局2024年政府信息公开工作年度报告\n本报告由某局结合统计数据编制，主要内容包含：总体情况、主动公开政府信息情况、"
        "其他需要报告的事项共六个部分。",
        # the columns wrapped onto the next line (a PDF's layout); a page cut off at a cell
        "某局2019年政府信息公开工作年度报告\n信息内容\n本年新\n制作数量\n本年新\n公开数量\n对外公开总数量\n规章 0 0 0\n"
        "规范性文件 5 5 12\n行政许可 0 0 0\n",
        "某局2019年政府信息公开工作年度报告\n信息内容 |\n本年新 |\n本年",
        "某局2021年政府信息公开工作年度报告\n本年增/减 处理决定数量 本年增/\n减\n2021年本部门政府信息公开发布总数量:5\n"
        "二、主动公开政府信息情况\n主动公开政府信息情况如下：本局全年发布信息50条。\n",
        # the parts named in the writer's own short form throughout; both verbs there; the format's heading
        "某局2023年政府信息公开工作年度报告\n全文包括总体情况、主动公开、收到和处理政府信息公开申请、其他需要报告的事项。"
        "\n本年度未发生因政府信息公开申请行政复议、提起行政诉讼的情况。\n四、政府信息公开行政复议、行政诉讼情况\n",
        "某局2023年政府信息公开工作年度报告\n上年结转政府信息公开申请0件，年末结转结余0万元，本年转结余0元。"
        "\n本年制发件数 本年废止件数 现行有效件数\n本年处理决定数量\n本年处理决定数为0件。\n",
    ),
)
# A heading's numeral typed as a dash or hyphen at a line's start, 、 and a heading's words after it.
_DASH_NUMERAL = regex_cache.compile(r"^[ \t\u3000]{0,4}([—–－ー‐\-])[ \t\u3000]?、(?=[\u4e00-\u9fff])", re.M)


def check(ctx):
    view = unspaced.of(ctx)
    text = view.text
    for slip in dp.slips(text, dp.phrases(), any_text=dr.is_report(text)):
        if slip.kind in ("lost", "lost2") and view.gap_before(slip.start + slip.at):
            continue
        what = {"lost": f"漏了“{slip.char}”", "lost2": f"漏了“{slip.char}”", "added": f"多了“{slip.char}”",
                "changed": f"“{slip.meant}”写成了“{slip.char}”", "cut": f"句首漏了“{slip.char}”",
                "swapped": f"“{slip.meant}”前后颠倒写成了“{slip.char}”"}[slip.kind]
        start, end = view.span(slip.start, slip.end)
        yield Finding(start, end, RULE.code, RULE.severity,
                      f"“{text[slip.start:slip.end]}”{what}，固定用语应为“{slip.phrase}”。", slip.phrase)
    if dr.is_report(ctx.text):
        for slip in disclosure_frames.slips(ctx.text, dr.report_year(ctx.text)):
            yield Finding(slip.start, slip.end, RULE.code, RULE.severity, slip.message, slip.suggestion)
        for m in _DASH_NUMERAL.finditer(ctx.text):
            yield Finding(m.start(1), m.end(1), RULE.code, RULE.severity,
                          f"标题序号“{m.group(1)}、”疑为“一、”之误（横线不作序号）。", "一")
