"""L001: English words inside Chinese text.

"服务体系建设 and 全科医生" is a translation or editing leftover. Established
acronyms (ICU, APP, AEFI, CT...) are fine: they are listed in
glossary/acronyms.yaml, which a user can extend. Whole English passages are
L003's business, so a word is judged only when Chinese text is next to it.
An acronym the text defines, in brackets right after its Chinese name
("总氮（TN）"), is explained where it first appears, as style guides ask:
it passes there and wherever the text uses it again; so does a term glossed
the other way, its Chinese sense in brackets right after it ("D-to-B（入院到球囊扩张）"). A Latin O standing for
the numeral 〇 in a year written in Chinese numerals (二O二二年) is a Latin
letter in Chinese text too: reported with its fix, though one letter alone
passes elsewhere (B超, A类). A run of x alone (xxxx 年, xxx.xx 万元, xx 个) is a
template's blank, not an English word: S010 and W019 report the placeholder. Letters run into digits are a
model's number (GE16排CT) and pass, but not small letters glued between a Chinese character and a year
(工作计划cwl2020年上半年): no model is named by a year and its 年; a document site dropped them into the text.

A bilingual report (an audit report for a World Bank loan: 审计报告 Audit Report, 项目名称: Project
Name: …) sets each Chinese line beside its English translation, often run into one line by the page
store. Its English is a parallel text, not a word dropped into Chinese: where the text holds several
English phrases (one of three words or more), a word inside an English phrase passes; a lone word between
Chinese characters (建设 and 全科) is still reported.

English words run together without their blanks (合作医疗(thesystemofruralcooperativemedical…)) are read as one
word of up to some eighty letters: a page's converter or a spammer glued them, and no reader can take them for a gloss.
"""

from __future__ import annotations

from ...core import regex_cache
from ...core.glossary import load
from ...core.regex_needles import contains, finditer as near_needles
from ..finding import Finding
from ..formal_names import formal
from ..library_pages import library_lines, property_runs
from ..page_chrome import button_spans, chrome_lines
from ..registry import Rule
from ..textspans import DOMAIN, EMAIL, URL, finditer_near

RULE = Rule(
    code="L001",
    name="english-word",
    severity="warning",
    summary="中文中夹杂英文单词或未登记的英文缩写",
    doc=(
        "检查什么：中文语句中的英文单词（如“服务体系建设 and 全科医生”中的 and），"
        "以及未登记在 glossary/acronyms.yaml 中的英文缩写。\n"
        "为什么：公文应使用规范汉字，英文单词多是翻译或编辑时的残留；常用缩写（ICU、APP、AEFI、CT等）可在词库中登记后放行。\n"
        "年份用汉字书写时以拉丁字母O代替“〇”（“二O二二年”应为“二〇二二年”）也在此报告；"
        "网页把空字段印成程序的空值（“索引号：…/2022-None”“发布日期：null”）也在此报告；"
        "从 Word 连同域代码复制来的目录、链接（“一、主要职责 PAGEREF _Toc25831 h 3”），全文报一次。\n"
        "不报的情形：模板留空的 xxx、xx（“xxxx 年”“xxx.xx 万元”，由 S010、W019 报告为占位内容）；已登记的缩写、正文在中文名称后用括号注明的缩写（“总氮（TN）”，全文放行）、紧接括号注明中文含义的术语（“D-to-B（入院到球囊扩张）”，全文放行）、单个字母（B超、A类）、以连字符接数字的型号（EUB-7500）、数字后的计量单位（22000U、5mg、2.4 MB）、网址、邮箱和文件名、网页按钮（【下载Word】）、文库网站的上传者名称行（“某用户 38 页 512.6 KB下载文档”）；文档网站复制在正文前的 Word 文件属性（两个以上“2019-05-22T04:56:35Z”式时间之后的计数、编号和 False 等）；地址栏中楼宇的名称（“地址：某新区iec国际企业中心7楼”）；"
        "紧接“设备、工艺、装置”等的大写缩写（设备或工艺的型号名称，如“DTRO一体化设备”）。\n"
        "示例：“组织推进基层医疗卫生服务体系建设 and 全科医生队伍建设”中的 and 应改为“和”。"
    ),
    flag=("组织推进基层医疗卫生服务体系建设 and 全科医生队伍建设。", "推进新型农村合作医疗(thesystemofruralcooperativemedicalandhealthcareservices)试点工作。", "开展healthy生活方式宣传。",
          "目录\n第一部分 单位概况 PAGEREF _Toc25831 h 3\n一、主要职责 PAGEREF _Toc32310 h 3\n",
          "氨氮（NH）排放下降，TN排放下降。", "某县财政局\n二O二二年三月",
          # letters before a hyphen with no digits after it are still a word to translate
          "新购置一台EUB-型彩色超声诊断仪。",
          # past the address, in the report's own sentence, a word is a word again
          "地址：某市新区7楼。我们开展了healthy生活方式宣传。",
          # a sentence of the report that mentions a download is no library's listing line
          "项目依托cloud平台开展，共38 页 2.6 MB的材料已上传，请点击下载文档后查阅说明。",
          # a word that holds an x beside other letters is no template blank
          "组织开展fix专项整改行动。",
          # one time stamp in a sentence is no file's properties: the word after it is the report's
          "数据截至2022-05-16T06:53:23Z，全部True有效。",
          # a document site's stray letters glued before a year
          "上半年工作总结下半年工作计划bqk2021年上半年，民政工作稳步推进。",
          # a page's field filled with the program's empty value (a serial's year part, a date)
          "信息索引号：00123456X/2021-None  发文字号：无\n某县民政局2021年政府信息公开工作年度报告",
          "发布日期：null 来源：某县民政局",
          # a bilingual text still has no lone English word between its Chinese ones
          "审计报告 Audit Report of the Program 项目名称: Health Care Reform Program 会计年度: Accounting Year of 2021 "
          "执行单位: Project Entity 项目建设 and 资金管理"),
    keep=(
        # an account's ID after its label, the site's contact line
        "联系电话：0000-1234567\n微信公众号:mingchengzhen\n",
        "发布时间：2022-06-01 • 作者:admin • 来源：某县财政局\n某县民政局2021年度部门决算",  # a page's author field
        "信息来源:abcxyzj\n某区农业农村局2025年度政府信息公开工作年度报告",  # a page's source field: the poster's handle
        "上载日期: 2017-12-29 信息员: abc-xyz 上载部门: 市信息中心\n某市人民政府令\n",  # the poster's handle again
        "扫一扫在手机打开当前页\n*正文:\n验证码: captcha\n网友评论列表\n",  # a comment form's field, its placeholder
        "“村超”“村BA”等成为两会报道的热词。",  # the village basketball games' name (glossary/acronyms.yaml)
        # the site's header: its language links and its bookmark tools (设为首页| 加入收藏| RSS订阅)
        "中国政府网 某省政府网 English Русская версия 市人大 市政协\n设为首页| 加入收藏| RSS订阅| 微博| 微信\n某市人民政府令\n",
        # registered in glossary/acronyms.yaml: a site's desktop version, the national broadcaster, a key's name
        "坚持PC端和移动端同步更新，在中央电视台CCTV播出新闻3条。正文区域请使用tab按钮切换浏览。",
        "报告电子版可在某局门户网站（http:abc.gov.cn）下载。",  # a scheme that lost its // (W001's) is no word
        "报告编号:ZL-YSJX-2024-0049",  # a firm's serial for its report
        # a page's own buttons on their line (保存为word 打印 关闭): the site's labels
        "当前位置:首页 > 政务公开 > 总结计划\n\n保存为word 打印 关闭\n\n某县气象局2023年工作总结\n一、工作情况\n全县气象服务稳步推进。\n",
        "双河口古镇被命名为国家AAA级旅游景区，某企业获评AAAA级信用企业。",  # an A-grade rating (glossary/acronyms.yaml)
        # a Word file's properties (saved times, counts, GUID, flags) copied ahead of its text by a document site
        "某某 user01 1 2019-05-22T04:56:35Z 2022-05-16T06:53:23Z 15.00 2052-11.1.0 8D3C0A0B 9300 0 False True 附件：项目支出绩效自评表",
        "区属医院ICU床位从21张增加至157张，反诈APP推广，AEFI监测调查率达到90%以上。",
        # a food producer's licence before 2015 (QS证), registered in glossary/acronyms.yaml
        "全县食品生产企业和小作坊共120家，其中获得QS证企业15家。",
        # a pipe's material and a venue's common name (acronyms.yaml: PE, KTV)
        "维修PE管道约400米，检查网吧8家次、KTV娱乐场所22家次。",
        "某县财政局\n二〇二二年三月，O型血库存充足，一O一室、二号楼O区已启用。",
        # a page that glosses characters with tone-marked pinyin
        "二、绩效目标(biāo)完成情况(kuàng)分析，共完成农(nóng)村危房改造。",
        "全血采集量22000U，开展B超检查，详见 www.example.gov.cn 。",
        "附件：绩效自评表（文件大小 2.4 MB，共12页），扫描件 860 KB。",
        # a site's name run into the Chinese after it (a domain has no blank before the next word)
        "本文由会员上传至example.com文库网，可在线阅读。",
        # a page's byline: the site's host name, its labels more than two (no word of the report)
        "某市统计局 tjj.example.gov.cn 发布时间：2022-09-01 12:01\n某市统计局2021年度部门决算\n",
        # a bilingual page: the English subtitle on the line under the Chinese title
        "关于某区本级支出决算的说明\nNotes on Expenditure of the District Level in Final Accounts\n某区本级支出决算数为1200万元。",
        # a document site's uploader, the handle masked but for its first and last letters
        "上传人：Li****n 文档编号：1024 格式：DOC\n",
        # a web page's buttons above the report: the formats it offers the text in
        "某镇人民政府关于2022年部门决算的说明\n时间：2023-08-29 【字体：大 中 小】 【下载Word】 【下载PDF】\n",
        # a document library's listing line: the uploader's name is the site's
        "某区某局2022年度部门决算.pdf\nSunnyday小屋 38 页 512.6 KB下载文档\n某区某局2022年度部门决算\n",
        "确保总氮（TN）排放量较上年削减3%，TN在线监测设备运行正常，COD、AQI等指标达标。",
        # a term glossed in place, its Chinese sense in brackets right after it: explained there and after
        "胸痛中心D-to-B(入院到球囊扩张)时间缩短至60分钟，D-to-B达标率提升。",
        # an equipment's or a process's trade name, before the noun that says what it is
        "购买一套日处理能力为250t/d的DTRO应急一体化设备，渗滤液采用MBR工艺处理。",
        # a model number, its letters joined to its digits by a hyphen
        "新购置一台型号为EUB-7500的彩色超声诊断仪。",
        # an organisation's name that holds a registered acronym (acronyms.yaml: SOS)
        "医院是国际SOS救援中心的定点合作医院。",
        # a site's menu run into one line, its footer and a plugin prompt: the site's words, not the report's
        "某局 网站导航|手机客户端|无障碍系统|RSS订阅 简体| 繁体| English| 日本語 | 한국어| 加入收藏\n"
        "此页面上的内容需要较新版本的 Adobe Flash Player。\n某县气象局2023年工作总结\n"
        "客服邮箱:service@example.cn Copyright©某市气象服务中心 All Rights Reserved (2008-2025) 版权所有\n",
        # a template's blanks, told as placeholders by S010 and W019, not as English
        "全镇共实施产业项目 x 个、基础设施 xx 个，预算资金 xxx.xx 万元。",
        # a bilingual report run into one line: each Chinese field beside its English translation
        "审计报告 Audit Report 审外报〔2022〕38号 AUDIT REPORT〔2022〕NO.38 项目名称:卫生改革项目 Project Name: "
        "Health Care Reform Program 项目执行单位:省卫生健康委员会 Project Entity:Provincial Health Commission "
        "会计年度:2021 Accounting Year:2021",
        # a government site's footer: its filing number with the registered ICP (acronyms.yaml)
        "主办：某县人民政府办公室 网站标识码1234000001 某ICP备10203040号-2",
        # a building's name with Latin letters, in the office's address
        "地址：某市新区abc国际商务中心7楼；邮编：100000。",
        # the lettered parts of an estate or a site, named as 1号楼 is
        "关于解决某通ABC区居民出行难的建议收悉，AB栋、CD标段已完工。",
        # a bilingual report's English sentence that opens on None is a phrase of the translation, no empty value
        "审计报告 Audit Report 项目名称:卫生改革项目 Project Name: Health Care Reform Program 审计意见:无 Opinion: "
        "None of the findings is material 会计年度:2021 Accounting Year:2021",
        # a model's number, a standard's code and a pollutant before a year
        "购置GE16排CT一台，执行GB3095-2012标准，pm2.5浓度下降，发布iOS2020年版应用。",
    ),
)

# Letters with a tone mark make a word pinyin (a page that glosses characters: 績效目標(biāo)), not English:
# they neither end nor start a word.
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü"
# The first letter is matched before the lookbehind that tests the character in front of it (which then
# reads that character and the letter): the same matches, but re skips to the letters by itself instead
# of trying the lookbehind at every character of the text.
# Letters beside a run of asterisks are a handle masked by a site (上传人:Wo****W), not a word of the text.
# Letters joined by a hyphen to digits are a model number (日立EUB-7500超声诊断仪), as letters run into
# digits are (GE16排CT): a product's designation, not a word.
_WORD = regex_cache.compile(rf"[A-Za-z](?<![A-Za-z0-9_.@/\\{_TONED}-][A-Za-z])(?<!\*\*[A-Za-z])[A-Za-z'’-]{{0,80}}"
                            rf"(?![A-Za-z0-9_@/\\{_TONED}]|\*\*|[-‐–]\d)")
_HAN = regex_cache.compile(r"[\u4e00-\u9fff]")
# A scheme whose slashes were lost (http:abc.gov.cn) still opens an address: W001 tells the lost //, and the
# scheme is no English word to put into Chinese.
_PROTECTED = regex_cache.compile(
    rf"{URL}|(?:https?|ftp):/?(?={DOMAIN})|{EMAIL}|{DOMAIN}|[\w-]{{1,80}}\.[A-Za-z]{{2,5}}(?![A-Za-z0-9])"
    r"|</?[A-Za-z]{1,10}(?:\s[^<>\n]{0,100})?/?>"
)
# What every _PROTECTED match holds on the line where it starts: only those lines (and the next: a tag
# may break its line) are searched (textspans.finditer_near).
# Alternatives that each open with a literal: re then skips ahead to their first characters.
# a field's label before its value: a byline's, a serial's, or an account's ID (微信公众号:某ID, 微信号、抖音号)
_PAGE_FIELD = regex_cache.compile(r"(?:作者|编辑|发布人|录入|责任编辑|发布者|信息员|验证码|编号|文号|索引号|信息来源|文章来源|公众号|微信号|抖音号|微博)"
                                 r"[ \t\u3000]{0,2}[:：][ \t\u3000]{0,2}$")
_PROTECTED_TRIGGER = regex_cache.compile(r"://|www\.|@|<|\.[A-Za-z]")
# An acronym defined in place: in brackets right after the Chinese name it stands for.
_DEFINED = regex_cache.compile(r"[（(](?<=[\u4e00-\u9fff][（(])([A-Z]{2,10})[)）]")  # the bracket first, as _WORD's letter
# A term glossed in place: its Chinese sense in brackets right after it (D-to-B（入院到球囊扩张）时间), the bracket first.
_GLOSS = regex_cache.compile(r"[（(](?<=[A-Za-z][（(])[\u4e00-\u9fff][^()（）\n]{0,20}[)）]")
_TERM_BEFORE = regex_cache.compile(r"[A-Za-z][A-Za-z'’-]{0,40}$")
_ROMAN = regex_cache.compile(r"[IVX]{1,5}")
# A template's blank: a run of x alone (xxxx 年, xxx.xx 万元), the placeholder rules' (S010, W019).
_BLANK = regex_cache.compile(r"x{2,12}|X{2,12}")
# What an equipment's or a process's trade name (DTRO, MBR) stands before: it names a thing, not a word to translate.
_TECHNICAL_HEAD = regex_cache.compile(r"[ \u3000]{0,1}(?:应急|一体化|设备|工艺|装置|膜|反应器|机组)")
# What a site's lettered part stands before (福通ABC区, AB栋, CD标段): the letters name a part of a place, as 1号楼 does.
_PLACE_PART = regex_cache.compile(r"(?:片区|小区|区|地块|栋|幢|座|号楼|组团|标段|段)")
_CONTEXT = 3
# An address field (地址:临沂市北城新区iec国际企业中心7楼): a building's or an estate's registered name may hold Latin
# letters (SOHO现代城, IFC国际金融中心); the report copies the address, it does not choose the word.
_ADDRESS = regex_cache.compile(r"(?:地址|住所|办公地点|办公地址)[ \t\u3000]{0,2}[:：][^。；;:：\n]{0,40}$")
# A Latin O among Chinese numerals: where a year written in Chinese (二O二二年) is worth reading.
_LING_AT = regex_cache.compile(r"[OoＯｏ](?<=[〇零一二三四五六七八九][OoＯｏ])|[OoＯｏ](?=[〇零一二三四五六七八九OoＯｏ]{1,3}年)")
_LING_YEAR = regex_cache.compile(r"(?<![〇零一二三四五六七八九十OoＯｏ])[〇零一二三四五六七八九OoＯｏ]{4}(?=年)")
_LING_LETTERS = str.maketrans({"O": "〇", "o": "〇", "Ｏ": "〇", "ｏ": "〇"})


def _allowed(word: str, acronyms: dict[str, str], upper: set[str]) -> bool:
    if len(word) == 1 or word in acronyms or _ROMAN.fullmatch(word) or _BLANK.fullmatch(word):
        return True
    if word.islower() and word.upper() in formal().capitals:
        return True  # a capitals acronym in lower case (bot, it): T006 reports it as a term
    # App, Wifi: case variants of a listed acronym (not "it" for IT).
    return word.upper() in upper and (not word.islower() or len(word) >= 3)


def _defined(text: str) -> set[str]:
    """Acronyms defined after their Chinese name (总氮（TN）) and terms glossed by it (D-to-B（入院到球囊扩张）)."""
    glossed = (_TERM_BEFORE.search(text, max(0, m.start() - 41), m.start()) for m in near_needles(_GLOSS, text))
    return {m.group(1) for m in near_needles(_DEFINED, text)} | {g.group().strip("'’-") for g in glossed if g}


def _letter_for_ling(text: str):
    """A year in Chinese numerals with a Latin O for 〇 (二O二二年), each once."""
    seen = set()
    for hit in near_needles(_LING_AT, text):
        at = hit.start()
        for m in _LING_YEAR.finditer(text, max(0, at - 3), at + 5):
            year = m.group()
            if m.start() <= at < m.end() and m.span() not in seen and sum(c in "〇零一二三四五六七八九" for c in year) >= 2:
                seen.add(m.span())
                fixed = year.translate(_LING_LETTERS)
                yield Finding(m.start(), m.end(), RULE.code, RULE.severity,
                              f"年份“{year}年”中用拉丁字母O代替了汉字“〇”，应为“{fixed}年”。", fixed)


UNIT_MAX = 4  # a unit set off from its number by a blank is short: 1.25 MB, 30 kW


def _after_number(text: str, s: int, word: str) -> bool:
    """A unit right after its number, or after one blank (a PDF's or a download page's "544.6 KB")."""
    if s > 0 and text[s - 1].isdigit():
        return True
    return len(word) <= UNIT_MAX and s > 1 and text[s - 1] in " \u00a0" and text[s - 2].isdigit()


# A Word field's code shown instead of its result (a contents copied with its fields: 一、主要职责 PAGEREF
# _Toc25831 h 3; HYPERLINK \l "_Toc123"; TOC \o "1-3" \h \z \u): one slip of the whole text, told once.
_FIELD = regex_cache.compile(
    r"(?:PAGEREF|HYPERLINK(?:[ \t]{1,3}\\l)?)[ \t]{1,3}\"?_(?:Toc|Ref)\d{1,12}\"?(?:[ \t]{1,3}\\?h\b)?"
    r"|TOC(?:[ \t]{1,3}\\[a-z](?:[ \t]{1,3}\"[^\"\n]{0,12}\")?){1,6}"
)


def _field_codes(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _FIELD.finditer(text)] if any(contains(text, w) for w in ("PAGEREF", "HYPERLINK", "TOC")) else []


# An English phrase: two words or more, joined by blanks and the marks of a name or a field (Project Entity:Fujian…).
_PHRASE = regex_cache.compile(r"[A-Za-z][A-Za-z'’&-]{0,30}(?:[ \t:：,.()（）/]{1,3}[A-Za-z][A-Za-z'’&-]{0,30}){1,40}")
BILINGUAL_PHRASES = 4  # English phrases that make a text bilingual, one of them of three words or more at least
BILINGUAL_WORDS = 3
_LETTERS = regex_cache.compile(r"[A-Za-z][A-Za-z'’&-]*")


def _parallel_phrases(text: str) -> list[tuple[int, int]]:
    """The English phrases of a bilingual text (empty for a Chinese text with a stray word or a short name)."""
    phrases = [m for m in near_needles(_PHRASE, text)]
    long = any(len(_LETTERS.findall(m.group())) >= BILINGUAL_WORDS for m in phrases)
    return [m.span() for m in phrases] if long and len(phrases) >= BILINGUAL_PHRASES else []


# A program's empty value printed where a page's field had none (索引号: …/2022-None, 发布日期: null, 文号：undefined):
# the site's template filled a field from an empty record. No report writes these words; they stand after a field's
# colon, a serial's hyphen or slash, or a Chinese character, and before no English word (None of the projects…).
_NULL_VALUE = regex_cache.compile(r"(?:None|null|NULL|undefined|NaN)(?![A-Za-z0-9_]|[ \t]{1,2}[A-Za-z])")
_NULL_NEEDLES = ("None", "null", "NULL", "undefined", "NaN")


def _null_values(text: str):
    """A program's empty value (None, null, undefined, NaN) left as a field's value: the site printed its record."""
    if not any(contains(text, w) for w in _NULL_NEEDLES):
        return
    for m in near_needles(_NULL_VALUE, text):
        before = text[max(0, m.start() - 3):m.start()]
        if m.start() and (text[m.start() - 1].isascii() and text[m.start() - 1].isalnum() or text[m.start() - 1] == "_"):
            continue  # inside a longer word or name (isNone, a_null)
        before = before.strip(" \t")
        if before[-1:] in ("-", "/", ":", "：") or _HAN.match(before[-1:]):
            yield Finding(m.start(), m.end(), RULE.code, RULE.severity,
                          f"“{m.group()}”是网页程序输出的空值（原记录此项为空），不是报告内容；应填写实际内容（如编号、日期），"
                          "无此项的应删去。")


# Small letters between a Chinese character and a year with its 年 (计划cwl2020年): no word, no model's number.
_BEFORE_YEAR = regex_cache.compile(r"[a-z](?<=[\u4e00-\u9fff][a-z])[a-z]{1,5}(?=(?:19|20)\d\d年)")


def check(ctx):
    nulls = list(_null_values(ctx.text))
    yield from nulls
    for m in near_needles(_BEFORE_YEAR, ctx.text):
        yield Finding(m.start(), m.end(), RULE.code, RULE.severity,
                      f"“{m.group()}”是夹在正文和年份之间的无关字母（文档网站转载时插入），请删去。")
    lings = list(_letter_for_ling(ctx.text))
    yield from lings
    text = ctx.text
    fields = _field_codes(text)
    if fields:
        s, e = fields[0]
        yield Finding(s, e, RULE.code, RULE.severity,
                      f"Word 域代码残留“{text[s:e]}”（全文共{len(fields)}处，此为第一处）：目录或链接是连同域代码复制过来的，"
                      "应在 Word 中更新域或转为文本后再复制，删去这些代码。")
    glossary = load()
    upper = {a.upper() for a in glossary.acronyms}
    defined = _defined(text) if "（" in text or "(" in text else set()
    protected = [(m.start(), m.end()) for m in finditer_near(_PROTECTED, text, _PROTECTED_TRIGGER)]
    # the site's words, not the report's: a web page's 【下载Word】, a document library's "uploader 45 页 433 KB下载文档",
    # a Word file's properties run ahead of its text ("…T11:21:51Z 0 False False"), the tool bar, footer or plugin prompt
    buttons = button_spans(text) + library_lines(text) + property_runs(text) + chrome_lines(text)
    parallel = _parallel_phrases(text) if contains(text, " ") else []
    p = 0
    for m in near_needles(_WORD, text):
        s, e = m.span()
        while p < len(protected) and protected[p][1] <= s:
            p += 1
        if p < len(protected) and protected[p][0] <= s < protected[p][1]:
            continue
        word = m.group().strip("'’-")
        if any(f.start <= s < f.end for f in lings) or any(f.start == s for f in nulls):
            continue  # 二OO八年: reported above as letters for 〇
        if not word or word in defined or _allowed(word, glossary.acronyms, upper):
            continue
        if buttons and any(bs <= s < be for bs, be in buttons):
            continue
        if fields and any(fs <= s < fe for fs, fe in fields):
            continue  # told once above
        if parallel and any(ps <= s < pe for ps, pe in parallel):
            continue  # a bilingual text's English phrase: the translation beside its Chinese, not a word in it
        if _after_number(text, s, word):
            continue  # a unit after a number: 5mg, 22000U, 1.25 MB
        # on its own line only: an English subtitle under a Chinese title is a passage (L003's), not a word in Chinese
        near = text[max(0, s - _CONTEXT) : s].rpartition("\n")[2] + text[e : e + _CONTEXT].partition("\n")[0]
        if not _HAN.search(near):
            continue  # inside an English phrase: L003 judges whole passages
        if word.isupper() and _TECHNICAL_HEAD.match(text, s + len(word)):
            continue  # 250t/d的DTRO一体化设备, MBR工艺: a trade name before what it is
        if word.isupper() and len(word) <= 4 and _PLACE_PART.match(text, s + len(word)):
            continue  # 福通ABC区, AB栋: the lettered parts of an estate or a site, not an English word
        if _PAGE_FIELD.search(text, max(0, s - 8), s):
            continue  # 作者:admin, 报告编号:ZL-…: a page's field or a serial's letters, not the report's words
        if _ADDRESS.search(text, max(0, s - 48), s):
            continue  # 地址:…iec国际企业中心7楼: a building's name in an address, copied as registered
        if word.isupper():
            msg = f"英文缩写“{word}”未登记为常用缩写，请改用中文，或在 glossary/acronyms.yaml 中登记。"
        else:
            msg = f"中文中夹杂英文单词“{word}”，请改用中文表述。"
        yield Finding(s, s + len(word), RULE.code, RULE.severity, msg)
