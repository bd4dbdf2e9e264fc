"""W034: a stray space inside a word (组织协 调预案演练, 编制范围的单 位).

Chinese prose has no spaces between characters. A space typed, pasted or left
by a justified line inside a sentence splits the word it falls in, and the
reader stops on it. W033 reads the same slip where a paragraph break falls in
a word; this rule reads the space.

Precision first:
- only a space inside running prose: the line holds a clause mark (，。；、, or a half-width page's , and ;) and
  some length and no cell bar or tab, so headings, table rows and title lines,
  where a space parts a label from its value or one cell from the next (or a
  cell's wrapped line), are never read;
- letter spacing is layout, not a slip: a single character with no Chinese
  character on its other side on either side of the space (目 录, 名 称：,
  “张 伟，”) is left alone;
- a word must hold the space: a domain word of three or more characters across
  it (the reading W033 makes, ``term_seams``), or the word jieba (no HMM) reads
  across it when the dictionary knows it well, or the two characters at the
  space when they are a frequent word; a space between two words (部门职责 负责)
  parts nothing;
- a text with many such spaces was laid out by a program (a PDF's justified
  lines kept as spaces); its spaces are the copy's, not the author's, so none
  is reported (``MAX_SPACES``) -- unless a single one stands in the prose and
  the rest in lines that are no prose: a web copy's menu and breadcrumb
  (首页 财政资金, 第一部分 部门概况) space their labels and say nothing of how
  the prose was typed;
- a figure spaced from its unit or 年 where the text glues them (做好2023 年, ``after_figures``); a short title
  or quoted word spaced from the clause it stands in (《条例》 第16条, 荣获 “先进集体”称号, 实行 “清单式管理”，);
- a blank after the particle 的 between two characters in prose (关爱力度的 提案): 的 binds the words on both
  sides, so no word ends there even where no dictionary word spans the blank;
- a space before a closing mark (发展 。, 情况 :回应…) parts a clause from its mark (``before_marks``);
- a frequent word between two clause marks (审核、申 报；) is a word, not a
  letter-spaced label: a label stands before a colon (名 称：) or at a line's end;
- a blank between two words inside a list run with 、 (收藏、常规 展览和对外开放、, 示范城市、示范单位 和示范园区): no
  heading ends and no label stands inside a list, so the blank parts the list's item (``listed_spaces``).
"""

from __future__ import annotations

from functools import partial

from ...core import regex_cache
from ..analyse import get_segmenter
from ..confusion import freq
from ..finding import Finding
from ...core.han import is_han
from ..registry import Rule
from ..stray_spaces import (after_figures, after_list_marks, after_marks, after_quotes, around_quotes, before_figures,
                            before_marks, before_quotes, blank_led, doc_number_spaces, for_text, in_item_marks,
                            month_spaces, year_spaces)
from ..listed_spaces import list_blank
from ..term_seams import term_across
from ..textspans import line_around

RULE = Rule(
    code="W034",
    name="space-inside-word",
    severity="warning",
    summary="词语中间多了空格",
    doc=(
        "检查什么：正文句子中，一个词语的中间夹了空格（“组织协 调预案演练”“纳入编制范围的单 位包括”），"
        "空格前后合起来正是常用词或预算、绩效常用词。\n"
        "为什么：中文正文的字与字之间不留空格，词中的空格多半是录入、粘贴或排版留下的，读者读到这里会停顿，应删去。\n"
        "不报的情形：标题、表格行等不是正文句子的行（没有逗号、句号、顿号、分号）；字距排开的标签（“目 录”“名 称：”）；"
        "空格在两个词之间（“部门职责 负责……”）；全文空格很多、显然是程序排版（PDF 两端对齐）留下的文本"
        "（其中词语被拆开两处以上的，是转换时原文行末留下的空格，只在第一处报一次并给出总数，其余各处列为提示）。\n"
        "年份与“年”之间（“会议指出，2022 年，”）、文号的序号与“号”之间（“〔2019〕8 号”）、句中引号的前后（“秉持 “……” 的”）"
        "多了空格的，也在此报告；全文数字前后都留空格（排版习惯）的不报。\n"
        "示例：“组织协 调预案演练”应为“组织协调预案演练”。"
    ),
    flag=(
        "综合协调应急预案衔接工作，组织协 调预案演练，推动应急避难设施建设。",
        "纳入本局2023年部门预算编制范围的单 位包括局机关和两个下属事业单位。",
        "负责全县安全 生产的综合监督管理，指导各乡镇开展检查。",
        # a half-width page: its clause marks are ASCII
        "根据《关于印发某县林业局职能配 置内设机构和人员编制规定的通知》(某编〔2010〕8号),林业局是县政府工作部门。",
        "组织林木良种的审核、申 报；协调、指导各地开展造林工作。",
        # a title's bracketed qualifier spaced inside
        "今年修订了《某县林业局信息公开管理办法（试 行）》，并重新编制了公开指南和目录。",
        # a blank after a clause mark in a text that glues every other one to its next word
        "2023年, 县林业局坚持以人民为中心,认真贯彻《条例》,完善制度,规范流程,公开信息,回应关切,强化监督,"
        "提升服务,增加收入,减少支出,主要原因是: 2023年度新增了造林项目资金,项目已完工。",
        # a heading's numeral spaced from its 顿号
        "一 、基本情况\n本局主要负责全县的统计工作。\n（一）主要职责\n",
        # a space inside a fixed connective the segmenter reads as two words
        "深入学习贯彻党的二十大精神，特别 是总书记重要讲话精神，推动各项工作落地见效。",
        "以新时代中国特色社会主义思想为指导，全面贯彻党 的二十大精神，落实新时代卫生与健康工作方针。",
        # a web copy's menu spaces its labels; they do not make the prose a laid-out copy
        "首页 财政资金 信息公开 点击量 打印 分享\n第一部分 部门概况 第二部分 收支 第三部分 名词解释 第四部分 附件 第五部分 附表\n"
        "工商联是以民营企业和民 营经济人士为主体，具有统战性、经济性的人民团体。",
        # a stray space after a quoted word inside the sentence
        "今年以来，推动基层组织“强”起来、青年队伍“活” 起来，成效明显。",
        "全县共有12名退役军人被评为“优秀士兵” 和立功受奖，全部落实奖励。",
        # a figure spaced from its word where every other figure is glued
        # a stray space after a short title in 书名号, before a quoted word the sentence runs into
        "按照《条例》第9条规定主动公开政府信息，并按照《条例》 第15条规定，通过政府网站公开。",
        "表彰会上，对荣获“先进集体”称号的12个科室，荣获 “优秀个人”称号的36人予以通报表彰。",
        # a blank before a quoted object that its clause mark closes; a blank after 的 inside a phrase
        "推行 “台账式管理、销号式推进”，确保整改到位。",
        "你们提出的“关于加强乡村学校师资的 建议”已收悉，现答复如下。",
        # a date spaced from the preposition before it where every other figure is glued to its word
        "本报告所列数据的统计期限从 2023年1月1日起至2023年12月31日止，全年公开信息15条，其中政策文件3条，"
        "规划计划2条，财政预算4条，人事信息6条，回应关切12次，举办发布会2场，培训1期，检查3轮。",
        # a figure spaced from its unit or 年 where every other figure is glued to it
        "根据《某市人民政府办公室关于做好2023 年政务公开工作的通知》要求，全年主动公开信息15条，"
        "其中政策文件3条，规划计划2条，财政预算4条，人事信息6条，回应关切12次，举办发布会2场，培训1期，检查3轮，"
        "督办5件，通报2次。",
        # a stray space before a closing mark, full-width or a half-width page's colon
        "深化财政管理改革，提升预算透明度，助力财政改革发展 。\n（六）政务公开工作要点落实情况 :全年按照要求逐条梳理落实。",
        # a blank after a list's 顿号 (a converter's residue) between two items of the prose
        "负责全区教育、 卫生健康、民政等社会事业的统筹协调工作，指导各街道开展工作。",
        # a converter that kept the page's line ends as blanks: the first told with the count, the rest as hints
        "今年以来，县林业局在县委、县政府的正 确领导下，以推进林业现 代化建设为中心，积极稳妥推进各项工作，现总结如下：一是加强森林防火，组织巡 查队伍开展巡山护林，全年未发生森林火灾；二是推进国土绿化，完成造林面积1200亩，义务植树 3万株；三是强化资源管理，严厉打击 乱砍滥伐，查处案件5起；四是抓好林业有害生物防治，开展春季普 查和秋季普查，发生率控制在规定指标以内；五是推进林长制，设立县乡村三级林长，建立巡 林制度，落实管护责任；六是做好林业项目管理，规范资金使用，完成项目验收，提高资金使 用效益；七是加强队伍建设，开展业 务培训，提升履职能力；八是推进依法行政，规范行政执 法程序，强化执法监 督。",
        # a year spaced from its 年 where the text glues its other years; a heading's year spaced from 年度
        "会议指出，2023 年，县林业局在县委、县政府的领导下，全面完成2023年各项任务。",
        "一、2023 年度收入支出决算总体情况。\n2023年度收入总计120万元。",
        # a document number spaced before its 号; a quoted phrase spaced on both sides inside the sentence
        "根据《关于做好2023年政务公开工作的通知》（某政办〔2023〕15 号）要求，全年主动公开信息15条，其中政策文件3条，"
        "规划计划2条，财政预算4条，人事信息6条，回应关切12次，举办发布会2场，培训1期，检查3轮。",
        "县林业局秉持 “让群众满意、让林农受益” 的工作理念，全力推进办理工作。",
        # a blank inside a long standard term of a table's title
        "表二：一般公共预算财政拨款 支出决算表",
        # a blank between two words of a list run with 、, or before the 和 that joins its last item
        "本馆主要职责是：开展书画作品创作、收集、日常 陈列和对外免费开放、组织艺术培训。",
        "对新出台的《某省知识产权示范县、示范企业 和示范基地认定办法》及时做好解读。",
        # a year spaced from both the word before it and its 年, where every other figure is glued
        "依据《某县人民政府办公室关于印发 2022 年全县政务公开工作要点的通知》要求，全年主动公开信息15条，"
        "其中政策文件3条，规划计划2条，财政预算4条，人事信息6条，回应关切12次，举办发布会2场，培训1期，检查3轮，督办5件。",
        # a measure spaced from its figure, or spaced on both sides, and a rate spaced from its %, where the text glues
        # its other figures; a date's month spaced from 年; a range's second year spaced from 年度; a figure after a
        # half-width comma spaced from it
        "全县落实早稻面积12.4 万亩，完成育秧点215个，出栏肉牛 2.6 万头，同比减少0.8 %。全年主动公开信息15条，其中政策文件3条，规划计划2条，财政预算4条，人事信息6条，回应关切12次，举办发布会2场，培训1期，检查3轮，督办5件。",
        "去冬以来至2023年 9月底，全县完成水利投资2.1亿元，2023年6月完成主体工程。全年主动公开信息15条，其中政策文件3条，规划计划2条，财政预算4条，人事信息6条，回应关切12次，举办发布会2场，培训1期，检查3轮，督办5件。",
        "本局荣获2022-2023 年度全省水利建设先进单位称号，2023年获评优秀，2024年继续保持，2021年起连续三年达标。",
        "年度征兵任务完成, 6名青年光荣入伍,优抚对象12人,慰问5次,走访8户,发放3批,培训2期,检查4轮,督办7件,通报1次,"
        "约谈9人,整改11项。",
        "全年共主动公开政府信息 180条，其中机构简介2条，规范性文件4条，预决算3条，财政资金7条，公益事业116条，"
        "监管信息5条，执法公示3条，人事任免9条，建议提案15条，组织保障2条，通知公告14条，政策解读7条，"
        "新闻发布6条，应急管理3条，重点项目5条，招标采购4条，环境保护2条，安全生产3条，教育信息1条，文化旅游2条。",
    ),
    keep=(
        "综合协调应急预案衔接工作，组织协调预案演练，推动应急避难设施建设。",
        # a quote opening a line or after a clause mark; a 的 ending a line's label before its value
        "“台账式管理、销号式推进”，确保整改到位。\n完成的 \n主要工作：推行“清单式管理”，落实责任。",
        "目 录\n一、部门职责 负责全县的应急管理工作，指导各乡镇开展演练。",
        # a flattened page runs the contents on after the spaced 目 录
        "目 录财政支出项目绩效评价评分结果..........3项目基础信息..........5摘 要..........7一、项目存在的问题，二、建议",
        "名 称：某县应急管理局，地 址：某县人民路8号。",
        "第一部分 单位概况，第二部分 决算报表。",
        "主任：张 伟，副主任：李 强，委员：王 芳。",
        "本次会议由办公室主任（张 伟）主持，各科室负责人参加。",
        # a page's metadata spaces its colons; a text that spaces every mark writes so throughout
        "发布日期: 2023-08-30 来源:某县林业局 浏览次数: 文章字号:\n2023年,县林业局坚持以人民为中心,认真贯彻《条例》,"
        "完善制度,规范流程,公开信息,回应关切,强化监督,提升服务,增加收入,减少支出,项目已完工。",
        "2023年, 县林业局坚持以人民为中心, 认真贯彻《条例》, 完善制度, 规范流程, 公开信息, 回应关切。",
        # a heading run into its paragraph: 实现/在 is how the words fall, 现在 is chance
        "一、年度主要目标全部实现 在巩固已有成果的基础上，全年完成各项任务。",
        "| 年度主要 工作内容 | 完成全年任务，群众满意。 |",
        "一般公共预算 财政拨款 合计 1,234.56 2,345.67 3,456.78 本年收入",
        "委员：王 芳、李 强、赵 敏，负责全县的应急管理工作。",
        # a report that spaces every heading's 顿号 so: its style
        "一 、基本情况\n二 、收入情况\n三 、支出情况\n四 、其他情况\n本局负责统计工作。",
        # a space between two words beside a connective parts no phrase
        "深入学习贯彻党的二十大精神，特别是 总书记重要讲话精神，推动各项工作落地见效。",
        # a quote closing a heading or a long citation; a typesetting that spaces all its figures
        "“十四五”规划 编制工作，已于3月启动。\n根据“关于进一步加强和改进基层政务公开工作的实施意见” 要求，开展自查。",
        # a heading's numeral with its blank; a text that writes every 顿号 so (its habit, not a slip)
        "一、 基本情况\n（二）、 主要职责\n本局负责全区教育、卫生健康、民政等社会事业的统筹协调工作。",
        "负责全区教育、 卫生、 民政、 体育等社会事业的统筹协调工作，指导各街道、 社区开展工作。",
        "全年共主动公开政府信息 180 条，其中机构简介 2 条，规范性文件 4 条，预决算 3 条，财政资金 7 条。",
        # a typesetting that spaces its figures on both sides (its habit), its years spaced everywhere, a range's
        # date after a dash; a text that spaces every quote so
        "本报告统计期限自 2023 年 1 月 1 日起至 2023 年 12 月 31 日止，全年共公开信息15条。",
        "2022 年，县林业局完成造林任务；2023 年，继续推进国土绿化。",
        "统计时间段：2023年1月1日-2023 年12月31日。",
        "坚持 “公开为常态、不公开为例外” 的原则，将其纳入 “政策解读” 栏目，方便群众查阅。",
        # a year opening a paragraph run on after a flattened heading
        "支出增长12.5 %，其中基本支出增长3.2 %。全年主动公开信息15条，其中政策文件3条，规划计划2条，财政预算4条，人事信息6条。",
        "（二）依申请公开情况 2023年，本局未收到依申请公开事项。全年主动公开信息15条，其中政策文件3条，规划计划2条，财政预算4条，人事信息6条，回应关切12次，举办发布会2场，培训1期，检查3轮，督办5件。",
        # two fields of a page's metadata; a contents entry's part and title
        "公开目录: 财政信息 公开责任部门: 财政局\n第二部分 部门决算报表",
        # a page's metadata after a list of subjects; a title before a name; a heading run into a paragraph with a list;
        # a slogan's own blank inside its quotes
        "主题分类: 财政、金融、审计 发布机构: 某县财政局，全年公开信息。\n市总工会党组书记、常务副主席 王某某，副主席李某。",
        "（三）职能、机构设置 本局负责全县教育、卫生、民政等工作。\n开展“惠民月、“乐购某城 幸福某城”促消费活动。",
    ),
)

# A space between two Chinese characters; up to two, as a copy writes them (a full-width space counts).
# The pattern opens on the blank so that the engine skips to it (a literal space where the text has no U+3000,
# stray_spaces.blank_led); the Chinese character before it is read by hand.
_GAP = blank_led(r"[ \u3000]{1,2}(?=[\u4e00-\u9fff])")
# A half-width page writes its clause marks in ASCII (…规定的通知》(诸编【2002】18号),诸暨市…): a comma before a digit
# is a figure's thousands separator, not a clause mark.
_CLAUSE_MARK = regex_cache.compile(r"[，。；、;]|,(?![\d\s])")
MIN_LINE = 16  # characters of a prose line
SIDE = 6  # characters read on each side of the space
JOIN_FREQ = 50  # a word this common in jieba's dictionary is a word, not a chance pair
PAIR_FREQ = 1000  # two characters at the seam this common are one word even where the segmenter reads longer
MIN_WRAPPED = 2  # words parted in a laid-out copy's prose before its blanks are read as a converter's line ends
DENSE_SHARE = 4  # a blank for every fourth character or more: a copy spaced everywhere, told once
TITLE_MAX = 40  # characters of a title's or a heading's line
TITLE_TERM = 6  # characters of a standard term a title's blank parts
TITLE_SIDE = 12  # characters read on each side of a title's blank
MAX_SPACES = 8  # more spaces between Chinese characters than this (plus one per 2,000 characters): a laid-out copy


def _side(text: str, lo: int, hi: int, start: int, step: int, most: int = 0) -> str:
    """Up to SIDE (or ``most``) Chinese characters of ``text[lo:hi]`` from ``start`` going ``step`` (-1 left, +1 right)."""
    out = []
    i = start
    most = most or SIDE
    while len(out) < most and lo <= i < hi and is_han(text[i]):
        out.append(text[i])
        i += step
    return "".join(reversed(out)) if step < 0 else "".join(out)


# Fixed connectives the segmenter reads as two words (特别/是): a space inside one parts a phrase no writer parts
# (习近平新时代中国特色社会主义思想特别 是习近平法治思想), and no heading ends on 特别 or 尤其 to run into its text.
# The party congresses' names are read so too (党/的/二十大): a space after 党 parts a name no writer parts
# (全面贯彻党 的二十大精神).
_CONNECTIVES = ("特别是", "尤其是", "也就是说", "党的十八大", "党的十九大", "党的二十大", "党的二十一大")


def _word_across(left: str, right: str) -> tuple[str, int]:
    """The word that holds the seam between ``left`` and ``right``, and how many of its characters stand
    left of it: a domain word of three or more characters, else the segmenter's word across the seam when
    the dictionary knows it well, else, where the segmenter does read a word across it, the two characters
    at the seam when they are a frequent word (组织协 调: jieba reads 组织协调, a rare entry, but 协调 is
    common; 全部实现 在 is read 实现/在, so 现在 is no word there). ("", 0) when none."""
    term = term_across(left, right)
    if term[0]:
        return term
    for phrase in _CONNECTIVES:
        for k in range(1, len(phrase)):
            if left.endswith(phrase[:k]) and right.startswith(phrase[k:]):
                return phrase, k
    pos = 0
    for word in get_segmenter().lcut(left + right, HMM=False):
        if pos < len(left) < pos + len(word):
            if freq(word) >= JOIN_FREQ:
                return word, len(left) - pos
            pair = left[-1] + right[0]
            return (pair, 1) if freq(pair) >= PAIR_FREQ else ("", 0)
        pos += len(word)
    return "", 0


# Two-character headings that layouts letter-space (目 录, 摘 要, 前 言, 附 件).
_LIST_MARKS = frozenset("、，；,;")
_SPACED_LABELS = frozenset(("目录", "摘要", "前言", "附件", "附表", "说明", "正文"))


# The stray spaces of gen.check.stray_spaces other than after a quote, each with its message ({} is what it reads).
_SPACE_MESSAGES = (
    (year_spaces, "年份“{}”中间多了空格（全文年份多紧接“年”字），应删去空格。"),
    (doc_number_spaces, "文号“{}”的序号与“号”之间多了空格，发文字号应连写，应删去空格。"),
    (around_quotes, "引号{}前后都多了空格，引号里的话是句子的一部分，应紧接前后的字，应删去空格。"),
    (before_quotes, "{}之前多了空格，引号里的词是句子的一部分，应紧接前面的字，应删去空格。"),
    (before_figures, "“{}”前面多了空格（全文数字都紧接前面的字），应删去。"),
    (partial(before_figures, both=True), "“{}”前后都多了空格（全文数字都紧接前后的字和单位），应删去空格。"),
    (month_spaces, "日期“{}”的“年”与月份之间多了空格（全文日期多连写），应删去空格。"),
    (after_figures, "“{}”中间多了空格（全文数字都紧接后面的单位），应删去。"),
    (before_marks, "标点“{}”前面多了空格，标点应紧跟在前面的字后，应删去空格。"),
    (in_item_marks, "标题序号“{}”的数字与顿号之间多了空格，顿号应紧跟序号，应删去空格。"),
    (after_list_marks, "“{}”顿号后面多了空格，列举的下一项应紧跟顿号，应删去空格。"),
    (after_marks, "“{}”标点后面多了空格（全文标点后都不留空格），下文应紧跟标点，应删去空格。"),
)


def _bracketed(text: str, opening: int, closing: int) -> bool:
    """Whether a two-character word stands alone in brackets right after a character (管理办法(试 行)》): a title's
    qualifier, read with the title, not a label a layout letter-spaces."""
    return opening > 0 and text[opening] in "(（" and text[closing] in ")）" and is_han(text[opening - 1])


def _phrase_spaces(text: str):
    """The stray spaces that part no word (gen.check.stray_spaces): after a quoted word, before a figure."""
    for s, e, quoted in after_quotes(text):
        kind = "书名号里的文件名" if quoted.startswith("《") else "引号里的词"
        yield Finding(s, e, RULE.code, RULE.severity,
                      f"{quoted}之后多了空格，{kind}是句子的一部分，句子接着往下写，应删去空格。", None)
    told = set()
    for spaces, message in _SPACE_MESSAGES:
        for s, e, what in spaces(text):
            if (s, e) not in told:  # a year spaced from 年 is a figure spaced from its unit too: told once
                told.add((s, e))
                yield Finding(s, e, RULE.code, RULE.severity, message.format(what), None)


def check(ctx):
    text = ctx.text
    if " " not in text and "\u3000" not in text:
        return
    gaps, titles = [], {}
    seen = 0
    for m in for_text(_GAP, text).finditer(text):
        s = m.start()
        if s == 0 or not is_han(text[s - 1]):
            continue
        seen += 1
        lo, hi = line_around(text, s)
        line = text[lo:hi]
        if len(line.strip()) < MIN_LINE or not _CLAUSE_MARK.search(line) or "|" in line or "\t" in line:
            titles.setdefault(lo, []).append((m, hi))  # not prose: a heading, a table row, a menu
            continue
        gaps.append((m, lo, hi))
    # Many spaces: a laid-out copy, unless all but one stand outside the prose (a web copy's menu and
    # breadcrumb); a second space in the prose of such a copy is as likely the layout's.
    laid_out = seen > MAX_SPACES + len(text) // 2000
    if not laid_out:
        yield from _phrase_spaces(text)
        yield from _title_terms(text, titles)
    if not gaps:
        return
    found = list(_word_gaps(text, gaps))
    if not laid_out or len(gaps) == 1:
        yield from found
    elif len(found) >= MIN_WRAPPED:
        dense = len(gaps) * DENSE_SHARE > sum(map(is_han, text))
        yield from _wrapped(text, found, [] if dense else list(_phrase_spaces(text)), dense)


def _title_terms(text: str, titles: dict):
    """A blank inside a long standard term of a title or a heading (表四：财政拨款收入支出 决算总表): the line's only
    blank between characters, the line short, the term TITLE_TERM characters or more across it. A menu or a table row
    spaces several cells (首页 财政资金 信息公开), and two fields of a page's metadata may join into a short term
    (财政信息 公开责任部门: 信息公开); a long term is one name."""
    for lo, found in titles.items():
        if len(found) != 1:
            continue
        m, hi = found[0]
        if hi - lo > TITLE_MAX or "|" in text[lo:hi] or "\t" in text[lo:hi]:
            continue
        left = _side(text, lo, hi, m.start() - 1, -1, TITLE_SIDE)
        word, before = term_across(left, _side(text, lo, hi, m.end(), 1, TITLE_SIDE))
        if len(word) >= TITLE_TERM:
            yield Finding(m.start() - before, m.end() + len(word) - before, RULE.code, RULE.severity,
                          f"“{word}”中间多了空格，应删去。", word)


def _wrapped(text: str, found: list, phrases: list, dense: bool):
    """A laid-out copy's blanks inside words: a converter that kept each of the page's line ends as a blank (市气象局的
    正 确领导, 以加快气象现 代化建设) parts a word wherever a line broke. Each is a slip to mend, but one finding
    per line of the page would bury the report: the first carries the count, the rest are hints, as P001 reports a
    page's half-width marks; the same line ends part a figure from its unit (预警7 次) or a quote from its clause, hints
    too. A copy that spaces its characters everywhere (a PDF's justified lines) is told once."""
    first = found[0]
    spaced = text[first.start:first.end]
    joined = spaced.replace(" ", "").replace("\u3000", "")
    yield Finding(first.start, first.end, RULE.code, RULE.severity,
                  f"正文有{len(found)}处词语被空格拆开（此为第一处：“{spaced}”应为“{joined}”），多是转换时原文行末留下的空格，"
                  "应逐一删去。", first.suggestion)
    if not dense:
        for f in found[1:] + phrases:
            yield Finding(f.start, f.end, RULE.code, "info", f.message, f.suggestion)


def _word_gaps(text: str, gaps: list):
    """W034's findings on the prose blanks ``gaps`` ((match, line start, line end)): the word each parts."""
    for m, lo, hi in gaps:
        s, e = m.start(), m.end()
        # letter spacing: one character on each side with no Chinese character beyond it (目 录, 张 伟，),
        # unless the two make a frequent word between clause marks (审核、申 报；)
        if (s - 2 < lo or not is_han(text[s - 2])) and (e + 1 >= hi or not is_han(text[e + 1])):
            if not (s - 2 >= lo and e + 1 < hi and (
                    text[s - 2] in _LIST_MARKS and text[e + 1] in _LIST_MARKS and freq(text[s - 1] + text[e]) >= PAIR_FREQ
                    or _bracketed(text, s - 2, e + 1) and freq(text[s - 1] + text[e]) >= JOIN_FREQ)):
                continue
        if text[s - 1] + text[e:e + 1] in _SPACED_LABELS:
            continue  # 目 录, 摘 要: a heading letter-spaced by its layout, even where a flattened page runs text after it
        left = _side(text, lo, hi, s - 1, -1)
        right = _side(text, lo, hi, e, 1)
        word, before = _word_across(left, right)
        if word:
            yield Finding(s - before, e + len(word) - before, RULE.code, RULE.severity,
                          f"“{word}”中间多了空格，应删去。", word)
        elif text[s - 1] == "的" and s - 2 >= lo and is_han(text[s - 2]) and is_han(text[e]):
            # the particle 的 binds the words on both sides into one phrase (关爱力度的 提案): no word ends the
            # phrase there, so a blank after it in prose is a slip even where no dictionary word spans it
            yield Finding(s - 2, e + 2, RULE.code, RULE.severity,
                          f"“{text[s - 2:e + 2]}”中“的”后面多了空格，“的”应紧接后面的词，应删去空格。", None)
        elif listed := list_blank(text, lo, hi, s, e):  # 收藏、常规 展览和…、: inside a list run with 、 no blank parts words
            yield Finding(listed[0], listed[1], RULE.code, RULE.severity,
                          f"“{text[listed[0]:listed[1]]}”在“、”连起的列举中夹了空格：同一项的词语应连写，"
                          "应删去空格（若是两项，应改用“、”隔开）。", None)
