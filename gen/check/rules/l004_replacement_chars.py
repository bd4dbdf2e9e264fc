"""L004: mojibake — characters lost in an encoding conversion (�, 锟斤拷), and Braille dots (⠂).

When a text passes through a wrong decoder (GBK read as UTF-8, or the reverse), the
bytes that do not decode become U+FFFD (shown as �), and once that is re-encoded and
decoded again the pair becomes 锟斤拷. Neither is ever a character a report means to
print: where they stand, words or figures were lost, and the reviewer cannot read what
was written. The run is reported once, with the characters around it, so the writer
can find the passage in the source document and copy it again.

A PDF converter that cannot map a bullet or a leader dot to a character puts a
Braille pattern in its place (⠂, ⠄, U+2800–U+28FF) or a run of diaereses
(部门主要职责¨¨¨ for the contents' dot leader): no Chinese report writes either,
so each is a stray mark of the conversion, reported once per run. So is an empty
pair of angle brackets ("< >绩效自评工作开展情况"), a tag whose content (the
heading's number) the export lost, and a web list's bullet > kept between a heading's number and its title
(三、>加强预案演练): no title opens with >, and a comparison stands between figures.

Two more leftovers of a copy through the wrong encoding or a web page: question marks standing for
characters a GBK page could not encode ("目??? 录": two or more ASCII ? between Chinese characters,
which no sentence writes, however long the run: a spaced-out heading 绩 效 指 标 becomes 绩????????????效; a heading's
indent turned into ????; a line holding nothing but a ? or a run of them (a title none of whose characters the page could encode); one ? opening a line before its words or its heading (?本报告根据…, ? 一、总体情况) unless the
line before ends on a Chinese character (a question wrapped onto the next line); one ? glued between two Chinese characters, where
a space stood (四川省财政厅?四川省农业农村厅, 第一部分?某局基本情况, 第二部分 ?2020年度 where one of two
blanks was kept), in a sentence that asks nothing — no
吗, 呢, 如何, 是否 … before it and no content farm's 以下是小编 after it), and an HTML entity cut or left unescaped (&nbsp; &lt; &l…) in the prose.
A form's ticked box typed in the Wingdings font becomes the letter R when the font is lost ("1、部门预算项目 R
2、市直专项 □"): a lone R after an option, on a line whose other options keep their □, or glued between two
options (延续专项R新增专项□); copied through
another encoding it becomes þ (☑) or ý (☒) beside the option's words ("2、上级专项 þ").
A run of two or more different pictographs (emoji) where words should stand (🤫⛻🚕 above a report's title) is a copy's
garbage too: no report writes one; a single emoji, or one repeated as a bullet (👉👉), is left alone.

A heading's bracketed number copied through the wrong encoding opens its line with a full stop and a pinyin
letter, a box-drawing piece or a small form (。ǘ┲С鲱A算 for （二）支出预算; no report's line opens with 。), and the
same decoding leaves single Cyrillic letters glued to Han characters (鹬С15158.30): both are reported.

A scanned page read by OCR turns the digits 1 and 0 into the letters I, l and O ("报账支出IOI1I3" for
1011.13, "东经IlOo07" for 110°07′): a run of figures and those letters alone, two of the letters at least,
standing apart from any word of Latin letters, is no code or name a report writes (O2O, ISO9001 hold others).

A single ASCII apostrophe or backtick glued between two Chinese characters (加强对学生的'教育), in a text that writes
no other, is a speck of the copy: no quotation opens without closing, and no Chinese word holds the mark.

Inside a short quoted name, a ? glued between a figure or a letter and a Chinese character is a lost
character too (“890?含有优教”: an activity's name asks nothing); outside quotes it may end a question on a figure.
So is a ? glued between a Chinese character and a figure inside a book title (《某盟志?992-2015)》: the bracket and
the first figure lost); outside a title it may end a question before the answer's figure (共有几批?3批).

A unit's superscript the page could not encode becomes the same question mark (蓄水9260万m? for m³, 面积1200m?
for m²): m, km, cm or dm with a ? glued after a figure is a lost ² or ³, not a question.
"""

from __future__ import annotations

import re

from ...core.regex_needles import finditer as near_needles
from ...core import regex_cache
from ...core.text_pairs import MIN_CHARS, may_hold_any
from ..finding import Finding
from ..fused_marks import fused_marks
from ..registry import Rule
from ..textspans import line_around, opening_query
from ._l004_examples import KEEP as EXTRA_KEEP

RULE = Rule(
    code="L004",
    name="replacement-characters",
    severity="warning",
    summary="文中有乱码（转换编码时丢失的字符）或转换留下的“⠂”“¨¨”“< >”",
    doc=(
        "检查什么：文中出现替换字符“�”或“锟斤拷”——文字在转换编码时无法识别，原来的字已经丢失。\n"
        "为什么：乱码处的文字或数字读不出来，审核无从核对；应从原文件重新复制这一段。\n"
        "编码转换出错的标题序号（“（二）支出预算”成了“。ǘ┲С鲱A算”，行首是句号加拼音字母或制表符）、夹在汉字中的单个俄文字母（“鹬С15158.30”）也是乱码。\n"
        "文中的盲文点符（⠂⠄等）、成串的“¨”是 PDF 转换时认不出的项目符号或引导点，空的尖括号“< >”是转换时丢了内容的标记，应删去或补回原文。\n"
        "全文仅有的一个半角撇号“'”（或“`”）夹在两个汉字中间（“学生的'教育”），是混入的多余符号。\n"
        "一串两个以上不同的表情符号（“\U0001f92b\u26fb\U0001f695”）是转载或转换时混入的乱码；单个表情符号或重复的同一个不报。\n"
        "示例：“其中：工资福利支出12.5万元，蛔时拘灾С�”。"
    ),
    flag=(
        "开展“520?青春有约”主题宣讲6场次。",  # a quoted name's character lost to ? after its figure
        "为做好工作奠定了组织基矗二是强化服务。开展“巾帼十杰”评癣“春蕾计划”等活动。",  # 。/、 fused: 基础。, 评选、
        "明确各预案之间的衔接。二、>健全应急演练制度\n（三）>完善物资保障\n",  # a web list's bullet after the number
        "落实《教育规划纲要(2010?2020年)》。",  # a year range's dash lost to ?
        "完成蓄水9260万m?，新建厂房1200m?。",  # a unit's superscript lost to ?
        "其中：工资福利支出12.5万元，蛔时拘灾С�万元。",
        "本年支出锟斤拷锟斤拷50万元。",
        "二是加强平台建设。\n??? 三是做好政策解读工作。",  # a list item's indent lost to ?, its blank kept
        "??????????????????????\n\n2023年，县人社局认真落实《条例》，做好政府信息公开工作。",  # a title lost to ?
        "依据《全县林地保护利用规划（2012?2022年）》开展工作。",  # a year range's dash lost to ?
        "编辑出版《某县盟史?995-2020)》。",  # a title's bracket and first figure lost to ?
        "目 ⠂ 录\n⠂ 二、收入支出决算总体情况说明",
        "目录\n一、部门主要职责¨¨¨¨¨1\n< >绩效自评工作开展情况\n",
        "目??? 录\n一、部门职责\n",
        "六、机关运行经费支出情况；七、财政拨款&l",
        "单位名称&nbsp;某县档案馆",
        "出生缺陷发生率为6.38permil;;，编制ldquo;十四五rdquo;规划。",  # entities that lost their &
        "项目类别 | 1、部门预算项目 R 2、市直专项 □ 3、市对下转移支付项目 □\n",
        "项目名称植保专项项目属性延续专项R新增专项□资金总额41万元\n",
        "评价机构 中介机构□ 部门(单位)评价组R 财政评价组□\n",
        "评价类型:□实施过程评价 R完成结果评价\n组织方式:□财政部门 □主管部门 R项目单位\n",
        "项目类别 | 1、部门预算项目 □ 2、上级专项 þ |\n项目属性 | 1、持续性项目 □ 2、新增性项目þ |\n",
        # a heading's indent turned into question marks; lines of a lone ? where a blank line stood
        "。ㄒ唬┞毮苈氊\n供应垃圾桶⿺U(k个\n",
        "????一、主要职责\n发布日期 | 2023-12-21 |\n?\n?\n一、项目概况\n",
        # a lost character before an item's number, after a line's full stop, before a heading's 1.
        "(一)职能职责\n?1、负责纪检监察工作。\n2、完成上级交办的其他工作。?\n??1.总体情况\n",
        "第一部分\ufeea部门概况\n",
        # an OCR's letters for the digits 1 and 0 in a figure
        "共使用中央财政资金IOI1I3元，位于东经IlOo07至IlOo40之间。\n",
        # a spaced-out heading's blanks turned into long runs; one ? where a space stood between two issuers
        "绩????????????效?????????? 指标 | 一级指标 | 二级指标\n",
        "某省财政厅?某省农业农村厅关于预下达2021年资金的通知\n第一部分?某市商务局基本情况\n",
        "第一部分 ?某县人民检察院概况\n第二部分 ?2020年度部门决算表\n",
        "上半年，我局在县委?、县政府的正确领导下，圆满完成各项任务。\n",  # a ? before a list's 、
        # a heading's （二） and a line's Han turned to a full stop, a pinyin letter, box pieces and Cyrillic letters
        "三、收支总体情况\n。ǘ┲С鲱A算\n?。?)负责全市会议\n",
        "基本支出1200万元;鹬С35.20万元\n",
        # a lone ? opening a line before its words or its heading: a blank or bullet the page could not encode
        "发布日期：2023-01-20\n\n?本报告依据《条例》编制，统计期限为全年。\n\n? 一、总体情况\n",
        "一是加强对学生和小孩的'教育，二是加强巡查。",  # the text's only apostrophe, inside a sentence
        "\U0001f92b\u26fb\U0001f695\n某县文化馆2022年度部门决算\n",  # a run of different pictographs over the title
    ),
    keep=(
        "指标值>95%，合格率≥90%。\n首页>政务公开>年度报告\n一、健全应急演练制度\n",  # a comparison, a site's path
        "新建大楼矗立在广场东侧，治疗皮肤癣病患者，发并公开文件，在常态化防控中头晕目眩。",  # 矗, 癣 as meant; 并, 常
        "实现森林火灾'零'发生，完成'一控三确保'目标，西安（Xi'an）。",  # apostrophes as quotes, a pinyin's
        "问卷问“选A?还是选B”，全年增长5%?主要靠项目拉动，共计120?请核实。",  # a quoted question, a ? after a figure outside quotes
        "问：共有几批?3批。《为什么?10个问题》出版。",  # a question before a figure, outside a title and at a title's end
        "问：如何申请政府信息公开?\n答：可通过网上平台提交申请。",
        "群众关心的是否收费?、何时办结?、到哪里办?等问题都已答复。",  # questions listed with 、
        # a page whose marks are all half-width: a question closed by 吧 asks, its ? is a question mark
        "通过了解上述内容,您肯定有话要说吧?任何想说的话,您可通过以下几种方式与我们进行沟通。",
        "完成蓄水9260万m³，新建厂房1200m²，问卷第3题“是否满意?”。",
        "其中：工资福利支出12.5万元，资本性支出3万元。",
        "依据《全县林地保护利用规划（2012—2022年）》开展工作，问卷编号2019?。",
        "指标值：满意度>=90%，投诉率<5%，完成率>95%。",
        "是否达标？是。What???\nIs it done?\n",
        "问卷最后一题留空作答：\n？？？？\n",  # full-width question marks a form prints for the answer
        # a question in ASCII after a Latin word, a 1? in a formula
        "是否达标? 是\nIs it done?\nx=1?2:3\n",
        # codes and names with letters a figure never holds, a lone letter O among digits
        "推进O2O服务，通过ISO9001认证，编号IOS11，型号LO100，产品l0O号，Oil2000设备。\n",
        # a question glued to the next sentence, a content farm's question before its note
        "是否达标 ?是。资金为何结余 ?主要是项目延期。\n",
        "是否达标?是。资金为何结余?主要是项目延期。\n对写报告感到一筹莫展?以下是小编整理的范文。\n",
        # a line that opens with a Chinese full stop cut from the line before; a Russian name in its own letters
        "本年完成目标\n。（二）支出预算\n赴俄罗斯考察（Москва）。\n",
        # Uyghur in presentation forms beside its own letters, not between Chinese characters
        "单位名称：\ufeeb\ufe8e\ufedf\ufbad 某县文化馆\n",
        # a question wrapped onto the next line
        "申请人问信息是否已经公开\n?是，已于当日答复。\n",
        "一是“改不改?改什么?”；难道领导都这样,就是这个样子?群众能否满意?\n",  # a verb asked both ways; a question opened clauses before
        # a single emoji, one repeated as a bullet, a star and a tick in a table
        "点击链接\U0001f449\U0001f449了解详情，评为★★★级，已完成✓。群众点赞\U0001f44d。\n",
    ) + EXTRA_KEEP,
)

# A run of replacement characters (with the odd CJK character between them) or the re-decoded 锟斤拷.
_RUN = regex_cache.compile(r"\ufffd(?:[^\ufffd\n]{0,2}\ufffd){0,20}|(?:锟斤拷)+")
# Marks a PDF converter left: Braille patterns for bullets and leader dots, a run of diaereses for a
# dot leader, an empty tag whose content was lost.
# Braille, diaereses, an empty < >; and characters a wrong decoder leaves that no mainland report writes:
# bopomofo (。ㄒ唬 for （一）) and ideographic description marks (⿺).
# So are Arabic presentation forms between Chinese characters (第一部分ﻪ部门): a glyph a converter put for a space
# or a lost character (a report in Uyghur, copied from a PDF, may hold them among its own letters: not judged).
_STRAY = regex_cache.compile(r"[\u2800-\u28ff]+|\u00a8{2,}|<[ \u3000]{0,3}>|[\u3105-\u312f\u2ff0-\u2fff]+"
                             r"|(?<=[\u4e00-\u9fff])[\ufb50-\ufdff\ufe70-\ufefc]{1,3}(?=[\u4e00-\u9fff])")
# Pictographs (emoji and the symbols they mix with, a variation selector or a joiner between them): a run of two or
# more different ones is garbage, found from its astral pictograph.
_PICTOGRAPHS = regex_cache.compile(r"[\U0001f000-\U0001faff\u2600-\u27bf\ufe0f\u200d]*[\U0001f000-\U0001faff]"
                                   r"[\U0001f000-\U0001faff\u2600-\u27bf\ufe0f\u200d]*")
_ASTRAL = regex_cache.compile(r"[\U0001f000-\U0001faff]")
# A heading's bracketed number (（一）, （二）) copied through the wrong encoding opens its line with a full stop and a
# character no report writes after one: a pinyin letter (。ǘ┲С鲱A算 for （二）支出预算), a box-drawing piece, a small form
# (。﹪匈Y產), a lost ? (?。?)負責) — the line's other characters read as strange Han. No line of a report opens with 。.
# A line that opens on � is the replacement run's finding already.
_LOST_NUMBER = regex_cache.compile(r"^[ \u3000?]{0,2}。[\u01cd-\u01dc\u2500-\u257f\ufe50-\ufe6b?][^\u4e00-\u9fff\n]{0,3}",
                                   re.M)
# The same wrong decoding leaves single Cyrillic letters glued to Han characters (鹬С15158.30, 灾С, 醫;鹬Ц): a Russian
# word is a run of its own letters, never one letter inside Chinese.
_LONE_CYRILLIC = regex_cache.compile(r"(?<=[\u4e00-\u9fff\u2500-\u257f])[\u0400-\u04ff](?![\u0400-\u04ff])"
                                     r"|(?<![\u0400-\u04ff])[\u0400-\u04ff](?=[\u4e00-\u9fff])")
_CYRILLIC = regex_cache.compile(r"[\u0400-\u04ff]")
# A web page's bullet or list marker left between a heading's number and its title (三、>加强预案演练, （二）＞建立制度):
# no title opens with >, and a comparison stands between figures, never after a 顿号 or a bracket's close.
_BULLET_AFTER_MARK = regex_cache.compile(r"(?<=[一二三四五六七八九十]、|[一二三四五六七八九十][）)]|\d[.．、])[>＞](?=[\u4e00-\u9fff])")
_CYRILLIC_CHARS = "".join(map(chr, range(0x400, 0x500)))
# one pass of a character class first
_STRAY_CHAR = regex_cache.compile(r"[\u2800-\u28ff\u00a8<\u3105-\u312f\u2ff0-\u2fff\ufb50-\ufdff\ufe70-\ufefc]")
# A ticked box of the Wingdings font left as its letter: a lone R after an option's Chinese words, before the next option.
# Or glued between an option and the next one, whose box kept its □ (项目属性延续专项R新增专项□).
_TICK_AS_R = regex_cache.compile(r"(?<=[\u4e00-\u9fff] )R(?=[ \t]{1,3}(?:\d{1,2}[、.]|\|)|[ \t]*$)"
                                 r"|(?<=[项目类性是否有无])R(?=[\u4e00-\u9fff]{2,8}[ \t]?□)"
                                 # or right after an option's words, the next option and its □ after a space
                                 # (部门(单位)评价组R 财政评价组□)
                                 r"|(?<=[\u4e00-\u9fff)）])R(?=[ \t\u3000]{1,3}[\u4e00-\u9fff]{2,8}□)"
                                 # or standing where a box goes before an option's words, on a line whose other
                                 # options keep theirs in front (□实施过程评价 R完成结果评价)
                                 r"|(?<=[\u4e00-\u9fff][ \t\u3000])(?P<front>R)(?=[\u4e00-\u9fff]{2})", re.M)
_BOX_IN_FRONT = regex_cache.compile(r"(?:^|[ \t\u3000:：|])□[\u4e00-\u9fff]")
_TICKS = frozenset("☑√■✓✔")
# The same box copied through another encoding: þ (☑) and ý (☒), next to an option's Chinese words.
_TICK_AS_THORN = regex_cache.compile(r"(?<=[\u4e00-\u9fff])[ \u3000]?[þý]|[þý](?=[ \u3000]?[\u4e00-\u9fff])")
# ? for characters the page could not encode, between Chinese characters; an HTML entity, whole or cut at the text's end.
_LOST = regex_cache.compile(r"(?<=[\u4e00-\u9fff])[ \u3000]?\?{2,24}[ \u3000]?(?=[\u4e00-\u9fff])"
                            # a line's indent lost to question marks (????一、主要职责), or a line of them alone
                            r"|^[ \u3000]{0,2}\?{2,8}[ \u3000]{0,2}(?=[\u4e00-\u9fff（(\d])|^[ \u3000]{0,4}\?{1,3}[ \u3000]{0,4}$"
                            # a whole line of them: a title or a heading no character of which the page could encode
                            r"|^[ \u3000]{0,4}\?{4,200}[ \u3000]{0,4}$"
                            # one before a list item's number (?1、负责…), or after a Chinese stop at a line's end (工作。?)
                            r"|^[ \u3000]{0,2}\?(?=\d{1,2}[、.．][\u4e00-\u9fff])|(?<=[。；：，])\?{1,8}[ \u3000]{0,4}$"
                            r"|&(?:nbsp|lt|gt|amp|quot|ldquo|rdquo|mdash|hellip|#\d{2,6});|(?<=[\u4e00-\u9fff])&[a-z]{1,2}$",
                            re.M)

# An entity whose & the copy lost (6.38permil;; 单位nbsp;名称, ldquo;十四五rdquo;): the name of a character no report
# spells out, then its semicolon. Only the longer names: lt; gt; amp; could close a Latin word's abbreviation.
_BARE_ENTITY = regex_cache.compile(r"(?<![&A-Za-z])(?:permil|nbsp|ldquo|rdquo|lsquo|rsquo|mdash|ndash|hellip|middot);{1,2}")
_ENTITY_CHARS = {"permil": "‰", "nbsp": " ", "ldquo": "“", "rdquo": "”", "lsquo": "‘", "rsquo": "’", "mdash": "—",
                 "ndash": "–", "hellip": "…", "middot": "·"}

# One ? glued between two Chinese characters (财政厅?四川省): opened on the literal ?, the characters round it
# tested behind and ahead; a sentence that asks (吗, 吧, 如何, 是否, 改不改 … since its start) or a content farm's question (……毫无头绪?以下是小编整理的) is left alone.
# The same ? after a kept space, at a part's heading (第一部分 ?某县人民检察院概况, 第二部分 ?2020年度…): the
# page's blank was two characters and only one survived; a year may follow it there.
# And a ? between two years of a range (规划纲要(2010?2020年)): the range's dash (—, －) was lost the same way.
# And a ? glued between a Chinese character and a 顿号 (在县委?、县政府的领导下): a question ends a sentence, and 、 parts
# the items of one phrase, so no question mark stands before it; a character (a blank, a 》) was lost there.
_ONE_LOST = regex_cache.compile(r"\?(?:(?<=[\u4e00-\u9fff]\?)(?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff][ \u3000]\?)(?=[\u4e00-\u9fff]|\d{4}年)"
                                r"|(?<=(?<![\d.])(?:19|20)\d\d\?)(?=(?:19|20)\d\d年)|(?<=[0-9A-Za-z]\?)(?=[\u4e00-\u9fff])"
                                r"|(?<=[\u4e00-\u9fff]\?)(?=\d)|(?<=[\u4e00-\u9fff]\?)(?=、))(?!以下|下面|还是)")
# A figure's or a letter's ? before a Chinese character is a lost character only inside a short quoted name
# (“890?含有优教”: an activity's name holds no question); elsewhere it may end a question on a figure.
_IN_NAME = 16
_IN_TITLE = 30  # characters read on each side of a ? for the 《 and 》 of the title it stands in
_ASKS = regex_cache.compile(r"(?<![网酒书氧贴])吧|吗|嗎|呢|什么|什麼|怎么|怎麼|如何|是否|能否|可否|难道|難道|为何|為何|哪|谁|誰|多少|几|幾|何|([\u4e00-\u9fff])[不没]\1")  # 改不改: asked both ways
_CLAUSE_END = regex_cache.compile(r"[。；;！!？?\n][^。；;！!？?\n]{0,60}$")  # the sentence's start: 难道……,……这个样子? asks


# Figures an OCR misread: opened on one of the letters, nothing of a Latin word before it; read whole by hand.
_OCR_RUN = regex_cache.compile(r"[IlO](?<![A-Za-z0-9][IlO])[0-9IlOo]{3,11}(?![A-Za-z0-9])")
_OCR_LETTERS = frozenset("IlOo")
OCR_LETTERS_MIN = 2


# A unit's ² or ³ lost to ? after its figure (9260万m?, 1200 m?).
_LOST_SUPERSCRIPT = regex_cache.compile(r"(?<=[0-9万亿千])[ ]?(?:k|c|d)?m\?(?![A-Za-z0-9])")


def _ocr_figures(text: str):
    if "I" not in text and "l" not in text and "O" not in text:
        return  # a cheap test of each letter: most texts hold none, and the scan for the class is not free
    for m in _OCR_RUN.finditer(text):
        run = m.group()
        if sum(c in _OCR_LETTERS for c in run) >= OCR_LETTERS_MIN and sum(c.isdigit() for c in run) >= 1:
            yield m


def _in_title(text: str, at: int) -> bool:
    """Whether ``at`` stands inside a book title 《…》 of a short name (a title asks nothing before a figure)."""
    before, after = text[max(0, at - _IN_TITLE):at], text[at:at + _IN_TITLE]
    return "《" in before and "》" not in before.rpartition("《")[2] and "》" in after and "《" not in after.partition("》")[0]


def _one_lost(text: str):
    for m in _ONE_LOST.finditer(text):
        if text[m.end():m.end() + 1].isdigit() and not text[m.start() - 1].isdigit() and not _in_title(text, m.start()):
            continue  # a Chinese character's ? before a figure: a lost character only inside a title (志?992-2015)
        if text[m.start() - 1].isascii() and text[m.start() - 1].isalnum() and not text[m.end():m.end() + 1].isdigit():
            before, after = text[max(0, m.start() - _IN_NAME):m.start()], text[m.end():m.end() + _IN_NAME]
            if "“" not in before or "”" in before.rpartition("“")[2] or "”" not in after or "“" in after.partition("”")[0]:
                continue
        lo = max(0, m.start() - 60)
        head = text[lo:m.start()]
        cut = _CLAUSE_END.search(head)
        if not _ASKS.search(head[cut.start() + 1:] if cut else head):
            yield m


def _one_lost_message(text: str, m) -> str:
    """What the one ? stands for, told by its neighbours: a range's dash, a name's or a title's character, a blank."""
    before, after = text[m.start() - 1:m.start()], text[m.end():m.end() + 1]
    if before.isdigit() and after.isdigit():
        return "年份范围两个年份之间的“?”是网页上无法显示的连接号（—）变成的问号，请按原文件改回。"
    if before.isascii() and before.isalnum():
        return "引号内名称中的“?”是网页上无法显示的字符变成的问号，原字已丢失，请按原文件改回。"
    if after == "、":
        return "顿号前的“?”是网页上无法显示的字符变成的问号（问号不会紧接在列举的顿号前），请删去或按原文件改回。"
    if after.isdigit():
        return "书名号内标题中的“?”是网页上无法显示的字符变成的问号，原字（或括号）已丢失，请按原文件改回。"
    return "汉字之间（或汉字和空格之后）的“?”是网页上无法显示的字符（多为空格）变成的问号，请按原文件改回。"


def _opening_queries(text: str):
    """A lone ? opening a line before its words (?本报告根据…, ? 一、总体情况): a blank or bullet lost to ?."""
    i = text.find("?")
    while i >= 0:
        lo = line_around(text, i)[0]
        m = opening_query(text, lo) if i - lo <= 2 else None
        if m is not None:
            yield Finding(m.start(), m.end(), RULE.code, RULE.severity,
                          "行首的“?”是网页上无法显示的字符（多为空格或项目符号）变成的问号，不是正文的标点，应删去。", None)
        i = text.find("?", i + 1)


# An apostrophe or a backtick glued between two Chinese characters: read only where the text writes no other.
_LONE_APOSTROPHE = regex_cache.compile(r"(?<=[\u4e00-\u9fff])['`](?=[\u4e00-\u9fff])")


def check(ctx):
    """The findings below, a lone apostrophe between Chinese characters, and a lone Cyrillic letter on a line none of
    them stands on (one finding a garbled line)."""
    found = list(_findings(ctx))
    yield from found
    text = ctx.text
    yield from _pictograph_runs(text)
    for s, e, message, meant in fused_marks(text):  # 基矗 for 基础。 (gen.check.fused_marks)
        yield Finding(s, e, RULE.code, RULE.severity, message, meant)
    if text.count("'") + text.count("`") == 1:
        for m in _LONE_APOSTROPHE.finditer(text):
            yield Finding(m.start(), m.end(), RULE.code, RULE.severity,
                          f"“{text[max(0, m.start() - 4):m.end() + 4]}”中的“{m.group()}”是混入汉字中间的多余符号，应删去。", "")
    if len(text) >= MIN_CHARS and not may_hold_any(text, _CYRILLIC_CHARS) or not _CYRILLIC.search(text):
        return  # a long text's character bits answer first: the class is else tested at every character
    lines = {text.rfind("\n", 0, f.start) for f in found}
    for m in _LONE_CYRILLIC.finditer(text):
        line = text.rfind("\n", 0, m.start())
        if line not in lines:
            lines.add(line)
            yield Finding(m.start(), m.end(), RULE.code, RULE.severity,
                          f"汉字中夹着的俄文字母“{m.group()}”是编码转换出错留下的乱码，原文已无法读出，请从原文件重新复制这一段。", None)


def _pictograph_runs(text: str):
    if _ASTRAL.search(text):
        for m in _PICTOGRAPHS.finditer(text):
            if len(set(m.group()) - {"\ufe0f", "\u200d"}) >= 2:
                yield Finding(m.start(), m.end(), RULE.code, RULE.severity,
                              f"“{m.group()}”是一串无意义的表情符号，不是报告原文（转载或转换时混入的乱码），应删去。", "")


def _findings(ctx):
    text = ctx.text
    if "\ufffd" in text or "锟斤拷" in text:
        for m in _RUN.finditer(text):
            s, e = m.span()
            lo = max(0, s - 6)
            yield Finding(s, e, RULE.code, RULE.severity,
                          f"“{text[lo:s]}”之后有乱码（编码转换时丢失的字符），原文已无法读出，请从原文件重新复制这一段。",
                          None)
    if "?" in text or "&" in text:
        for m in _LOST.finditer(text):
            what = "是网页上无法显示的字变成的问号，原文已丢失，请从原文件重新复制" if "?" in m.group() else \
                "是网页代码（HTML 字符实体）残留，应删去或换成原来的字符"
            yield Finding(m.start(), m.end(), RULE.code, RULE.severity, f"“{m.group().strip()}”{what}。", None)
        yield from _opening_queries(text)
    if ";" in text:
        for m in _BARE_ENTITY.finditer(text):
            char = _ENTITY_CHARS[m.group().rstrip(";")]
            yield Finding(m.start(), m.end(), RULE.code, RULE.severity,
                          f"“{m.group()}”是网页代码（HTML 字符实体，丢了开头的“&”）残留，应换成原来的字符“{char}”。", char)
    if "m?" in text:
        for m in _LOST_SUPERSCRIPT.finditer(text):
            yield Finding(m.start(), m.end(), RULE.code, RULE.severity,
                          f"“{m.group().strip()}”中的“?”是网页上无法显示的上标（m²、m³）变成的问号，请按原文件改回单位。", None)
    if "?" in text:
        for m in _one_lost(text):
            yield Finding(m.start(), m.end(), RULE.code, RULE.severity, _one_lost_message(text, m), None)
    for m in _ocr_figures(text):
        yield Finding(m.start(), m.end(), RULE.code, RULE.severity,
                      f"“{m.group()}”是扫描件识别时把数字1、0认成字母I、l、O的乱码，数字已无法读出，请按原文件核对。", None)
    if "þ" in text or "ý" in text:
        for m in _TICK_AS_THORN.finditer(text):
            yield Finding(m.start(), m.end(), RULE.code, RULE.severity,
                          f"“{m.group()}”是勾选框（Wingdings 字体的☑/☒）在字体丢失时变成的字母，应为“☑”或“√”。", "☑")
    if "□" in text and "R" in text:
        for m in _TICK_AS_R.finditer(text):
            line = text[slice(*line_around(text, m.start()))]
            if "□" in line and (m.group("front") is None
                                or (_BOX_IN_FRONT.search(line) and _TICKS.isdisjoint(line))):
                yield Finding(m.start(), m.end(), RULE.code, RULE.severity,
                              "“R”是勾选框“☑”在字体丢失时变成的字母（Wingdings 字体），应为“☑”或“√”。", "☑")
    if "。" in text:
        for m in near_needles(_LOST_NUMBER, text):
            yield Finding(m.start(), m.end(), RULE.code, RULE.severity,
                          f"“{m.group().strip()}”是标题序号（如“（二）”）在编码转换中变成的乱码，这一行的文字也已走样，请从原文件重新复制。",
                          None)
    if ">" in text or "＞" in text:
        for m in _BULLET_AFTER_MARK.finditer(text):
            yield Finding(m.start(), m.end(), RULE.code, RULE.severity,
                          f"序号后的“{m.group()}”不是正文字符，是网页列表符号在转换时留下的，应删去。", "")
    if not _STRAY_CHAR.search(text):
        return
    for m in _STRAY.finditer(text):
        first = m.group()[0]
        what = "空的尖括号，是转换时丢了内容（多为标题序号）的标记，应补回原文" if first == "<" else \
            "是混入中文的阿拉伯文字形，多为转换时替换空格或丢失文字留下的，应删去或补回原文" if first >= "\ufb50" else \
            "是编码转换出错留下的乱码，原文已无法读出，请从原文件重新复制这一段" if first > "\u2fef" else \
            "不是正文字符，多为 PDF 转换时认不出的项目符号或引导点，应删去"
        yield Finding(m.start(), m.end(), RULE.code, RULE.severity, f"“{m.group()}”{what}。", None)
