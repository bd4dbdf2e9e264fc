"""L021: a web page's or a document library's prompt to the reader left in the text (请输入验证码, 点击收听…语音朗读,
免费阅读已结束，点击下载阅读剩下).

A report copied from a site keeps the lines the site wrote to its visitor, not the report's author: the
captcha's field (请输入验证码, 看不清？换一张), the read-aloud button (点击收听年报语音朗读), a document
library's paywall (免费阅读已结束，点击下载阅读剩下…, 剩余3页未读，继续阅读) and its plea for a tip
(整理文档很辛苦，赏杯茶钱您下走), its note where the preview hid a stretch (---此处隐藏4665字,下载后查看---), a reposting site's note where it cut the
article short ((未完,全文共1948字,当前显示615字)), a content
farm's heading over its other copies (小编精心推荐), and a mirror site's notice to credit it (转载请注明：http://…/6154.html, the
address of the copy, not of the report, and not counted in the line's length). Each asks the reader to act on the
page; no report says so of itself.

A library's or a template site's note where it cut a stretch out of the text stands inside a sentence too, between
the halves it parts, often framed by ellipses (……此处隐藏2098个字……, ……(某某网http://…省略534字,正式会员可完整阅读)……,
(某某文库www.….com此处省略292字。不往下看了,点击下载全文)): it is read anywhere, from its count of hidden characters
with 此处 before it or a member's or a download's plea after it; the finding covers the note with its brackets and
ellipses. A report's own 省略 of a quotation names no count of characters and asks no one to download.

A document library stamps its copies too, inside the text: its domain glued after a title with its ending's letters
in mixed case so that filters miss it (…科技培训总结Gz85.cOm), and its name broken by stray ASCII marks between its
characters (二心语文}创%素材[库): no address a report gives mixes the case of .com, and no Chinese word holds two
kinds of such marks (a brace, %, ^, ~, # or @) with nothing but Chinese characters between them. Read anywhere, not only on a line of its own.
A writing-template site stamps its name into a sentence the same way (…的指导,大秘书认真贯彻…; 任职以来文秘部落,我在…): its
brand, glued between two of the report's words, names no body and no person (大秘书 only where no 当好/是/的 makes it
a role: 当好领导的大秘书 is a metaphor). A forum leaves its note over a post's hidden stretch (当前隐藏内容免费查看) and
its anti-copy jammer: runs of one- or two-character ASCII tokens in both cases, letters glued to marks (2 E) f2 n' Q+ T) W5),
or in one case with four kinds of mark glued to letters or digits ($ M( Z& Y \\8 D).

Precision first: only a short line that the prompt opens (after at most a few characters of the site's
furniture) is read, so a report that speaks of a captcha or of reading aloud in a sentence of its own
(上线语音朗读功能，方便视障群众) is left alone. The site's other furniture — its navigation trail, its
print and share buttons, its footer — is gen.check.page_chrome's, which keeps rules off it, and is not
reported here: annotators and readers skip it as the page's frame, whereas these prompts stand inside the
report, between its title and its text or at its end, and read as a line of it.
"""

from __future__ import annotations

from typing import Iterable

from ...core import regex_cache
from ...core.han import is_han
from ...core.regex_needles import finditer as near_needles
from ...core.text_lines import lines_with
from ..context import CheckContext
from ..finding import Finding
from ..registry import Rule
from ..textspans import DOMAIN

RULE = Rule(
    code="L021",
    name="site-prompt",
    severity="warning",
    summary="网页或文档分享网站对读者的提示（验证码、语音朗读、付费下载）混入正文",
    doc=(
        "检查什么：从网页或文档分享网站复制的报告中，单独成行的网站界面提示："
        "验证码输入框（“请输入验证码”“看不清？换一张”）、朗读按钮（“点击收听年报语音朗读”）、"
        "文档网站的付费下载提示（“免费阅读已结束，点击下载阅读剩下”“剩余3页未读，继续阅读”）、打赏语（“整理文档很辛苦，赏杯茶钱”）"
        "、转载网站的转载声明（“转载请注明：http://…”）、文档网站隐去部分正文的提示（“---此处隐藏4665字,下载后查看---”）"
        "、内容农场的推荐栏标题（“小编精心推荐”）和转载网站截断正文的提示（“（未完,全文共1948字,当前显示615字）”）；"
        "文档网站加在正文里的水印：紧接汉字、后缀大小写混写的域名（“科技培训总结Gz85.cOm”），汉字间夹着两种以上乱码符号的网站名"
        "（“二心语文}创%素材[库”），文档网站夹在句子里的版权水印（“某某网本资料权属某某网,放上鼠标按照提示查看某某网更多资料”），夹在正文句子里的范文网站名称（“指导,大秘书认真贯彻”“任职以来文秘部落,”）；"
        "论坛隐藏内容的提示（“当前隐藏内容免费查看”）和防采集乱码（“2 E) f2 n' Q+ T) W5 i! i) n”）。\n"
        "为什么：这些是网站对访问者说的话，不是报告原文，留在正文里会让读者误以为是报告的内容，应删去；"
        "文档网站截断的报告还应从原文件补全。\n"
        "不报的情形：正文句子里提到验证码、语音朗读等功能（“上线语音朗读功能，方便视障群众”）；"
        "网页的导航、打印分享按钮和页脚（另有规则识别，不作为报告的文字检查）。\n"
        "示例：报告标题下单独一行“点击收听年报语音朗读”应删去。"
    ),
    flag=(
        "某区民政局2022年政府信息公开工作年度报告\n点击收听年报语音朗读\n一、总体情况\n",
        "今后，我局将继续做好各项工作，不断提高服务水平。\n请输入验证码\n",
        "某镇2023年上半年工作总结\n\n整理文档很辛苦,赏杯茶钱您下走!\n\n免费阅读已结束,点击下载阅读编辑剩下 ...\n",
        "一、主要工作\n剩余5页未读，继续阅读\n",
        "看不清？换一张\n某县林业局2021年度部门决算\n",
        "某县总工会开展送温暖活动\n转载请注明：http://www.example-mirror.com/news/2048.html\n",
        "转载请注明出处\n一、主要工作\n",
        # a library's preview hid a stretch; a content farm's heading over its other copies
        "一、主要工作\n---此处隐藏3120字,下载后查看---\n三、下一步打算\n",
        "今后，我局将继续做好各项工作。\n小编精心推荐\n",
        # a reposting site cut the article short and said so
        "一、主要工作\n（未完，全文共2310字，当前显示702字）\n",
        # a site's note where it cut a stretch out of a sentence, framed by ellipses
        "累计播放公益广告90条，累计播放次 ……此处隐藏1520个字……媒体工作室三个。\n",
        "保持正 ……(某某网http://www.example.cn省略534字,正式会员可完整阅读)…… 下一步，我局将继续努力。\n",
        "多措并举解决群众看病难（某某文库www.example.com此处省略292字。不往下看了,点击下载全文）的问题。\n",
        # a library's watermark: its domain in mixed case after a title, its name broken by stray marks
        "某镇年度科技培训总结\n某镇2023年度科技培训总结Ab12.cOm\n在2023年里，我镇坚持科技兴农。",
        "某某语文}创%素材[库:https://www.example.cn/。某某镇2023年政府工作报告",
        # a writing-template site's brand glued into a sentence
        "在上级科协的指导下,大秘书认真贯彻落实党的十六大精神。到市文化局任职以来文秘部落,我在尽快熟悉工作。",
        # a library's claim on the copy glued into a sentence
        "促进妇女投身经济社会某某网本资料权属某某网,放上鼠标按照提示查看某某网更多资料发展。",
        # a forum's note over a hidden stretch; its anti-copy jammer, on a line or after a sentence
        "累计走访企业120家次,答复解决问题 当前隐藏内容免费查看15项。\n",
        "某街道召开提案督办会\n- y, U9 R) s; J\n2 E) f2 n' Q+ T) W5 i! i) n 2020年,街道办理委员提案5件。\n",
        "从而促进社会稳定和谐。) y; P0 n( s5 r* |7 E1 W1 q- G5 W% m;\n",
        "$ M( Z& Y \\8 D 1月21日下午,某医院召开职工代表大会。\n5 r2 ?4 e& ]. G2 P- Q 大会听取了工作报告。\n",
    ),
    keep=(
        # lettered options, a formula's terms, a list of codes: one or two kinds of mark
        "备选答案 A. B. C. D. E. 中只有一项正确。\n计算式为 (a+b) * (c-d) / e 时取整。\n型号 X1 Y2 Z3 A4 B5 均已淘汰。\n",
        # a report's own sentence about a captcha or a read-aloud feature
        "门户网站上线语音朗读功能，点击收听即可获取政策解读，方便视障群众。\n",
        "优化网上办事系统，取消登录时请输入验证码的步骤，群众办事更便捷。\n",
        "组织干部职工开展读书活动，阅读已结束的书目按时归还图书室。\n",
        # the report's own sentence on reposting others' articles
        "规范信息转载，转载请注明来源的要求已写入网站管理办法，全年转载信息120条。\n",
        # a long line that merely holds the words is prose, not a prompt
        "为方便群众，我局在网站首页设置“点击收听”按钮，对年报全文进行语音朗读，全年累计收听3200余次，群众反映良好。\n",
        # the report's own sentences on hidden dangers and on recommending candidates
        "排查此处隐藏的安全隐患12处，已全部整改。\n经小组推荐，评选先进个人5名。\n",
        # the report's own count of a document's length
        "汇编全文共3200字，当前显示的是第一部分。\n",
        # a site's address as the report gives it; mentions, a hashtag, a template's field in braces, a range
        "详见本局网站www.example.gov.cn或WWW.EXAMPLE.COM，转发@人民日报@新华社，参与#学习强国#话题，"
        "填写{单位名称}，一~三季度完成。\n",
        "办公室要当好领导的大秘书，做好参谋助手，发挥大秘书作用。\n",  # a role, not a brand
        # the report's own omissions and counts of characters
        "引文有所省略，全文共5000字，会员大会通过章程；征文限3000字，优秀作品可完整阅读并下载。\n",
        "审减计划外项目，此处省略了部分表格，报告正文省略300字以内的附件说明。\n",
        # a report's own 资料 and rights
        "本资料权属本局所有，档案资料权属清晰，放上鼠标即可查看说明。\n",
        # a report's own hidden dangers; an options list, a formula, codes in a table
        "排查隐藏内容风险点3处，隐藏的隐患已整改。选项 A) B) C) D) E) 任选; 公式 a + b - c * d; 型号 X1 Y2 Z3 W4 V5\n",
    ),
)

# The prompts, each opening with a literal so that re skips ahead to them by their first characters (one optional
# head, "(?:免费)?阅读已结束", hid them all: the pattern was tried at every character, 8.6 of 0.9 ms on 200,000).
_PROMPT = regex_cache.compile(
    r"请输入验证码|看不清[？?，,]?[ \u3000]?换一张|点击收听[^\n]{0,12}?(?:朗读|语音|音频)|"
    r"免费阅读已结束|阅读已结束|点击下载阅读|剩余[ \u3000]?\d{1,4}[ \u3000]?页未读|赏杯茶钱|整理文档很辛苦|转载请注明|"
    # a library's note where its preview hid a stretch (---此处隐藏4665字,下载后查看---) and a content farm's
    # heading over its links to other copies (小编精心推荐)
    r"此处隐藏[ \u3000]?\d{1,6}[ \u3000]?个?字|小[编編](?:精心|为您|为你)?推荐|"
    # a reposting site's note where it cut the article short ((未完,全文共1948字,当前显示615字))
    r"未完[，,、][ \u3000]?全文共[ \u3000]?\d{1,6}[ \u3000]?字|全文共[ \u3000]?\d{1,6}[ \u3000]?字[，,；;][ \u3000]?当前显示[ \u3000]?\d")
# The address a repost notice gives (its own copy's), left out of the line's length.
# A site's note where it cut a stretch out of the text, read anywhere: its count of hidden characters after 此处, or
# after 省略 with a member's or a download's plea after it, or the plea itself.
_CUT_NOTE = regex_cache.compile(
    r"此处(?:隐藏|省略)[ \u3000]?\d{1,6}[ \u3000]?个?字"
    r"|省略[ \u3000]?\d{1,6}[ \u3000]?个?字[，,。；;]?[ \u3000]?(?:正式会员|会员|不往下看|点击下载|下载)"
    r"|会员可完整阅读|不往下看了"
    # a forum's note over a post's hidden stretch (答复解决问题 当前隐藏内容免费查看X项)
    r"|当前隐藏内容(?:免费查看)?|隐藏内容免费查看|本帖隐藏的内容")
_CUT_NOTE_REACH = 60  # characters back to the note's opening bracket (a site's name and address stand before the count)
_ADDRESS = regex_cache.compile(r"(?:https?://)?" + DOMAIN + r"[/\w.?=&%#-]{0,120}")
MAX_LINE = 40  # characters of a prompt's line: a longer one is prose that names the words
MAX_LEAD = 4  # characters of the site's furniture (a bullet, an icon's letter) before the prompt


# A library's domain glued after a Chinese character, its ending in mixed case (Gz85.cOm): found from the ending's
# dot (a literal the engine skips to), the name read back from it.
_ENDING = regex_cache.compile(r"\.(?i:com|net|cn|cc)(?![A-Za-z0-9.-])")
_NAME_BACK = regex_cache.compile(r"(?<=[\u4e00-\u9fff])[A-Za-z0-9-]{2,30}$")
# A stray ASCII mark between two Chinese characters; a brace of either side is one kind.
_STRAY_MARK = regex_cache.compile(r"(?<=[\u4e00-\u9fff])[{}%^~#@\[\]](?=[\u4e00-\u9fff])")
_KIND = {"{": "}", "[": "]"}
MARK_REACH = 12  # characters between two stray marks of one broken name
# A writing-template site's brand glued into a sentence; 大秘书 not as a role (当好…大秘书, 大秘书的作用).
_SITE_BRAND = regex_cache.compile(r"文秘部落|第一范文网|范文先生网|(?<![当做是好的个位名])大秘书(?![的作角式])")
# A library's claim on the copy, glued into a sentence (…社会多学吧网本资料权属多学吧网,放上鼠标按照提示查看多学吧网
# 更多资料发展…): its site's name may stand before it too; a report's own 资料 is never 权属 a 网.
_RIGHTS_NOTE = regex_cache.compile(
    r"本(?:资料|文档|文章)(?:权属|版权归属?|归属)(?P<site>[\u4e00-\u9fff]{1,8}?网)"
    r"(?:[，, ]?放上鼠标[^\n。]{0,20}?更多资料)?|放上鼠标按照提示查看[\u4e00-\u9fff]{0,8}?更多资料")


def _watermarks(text: str) -> Iterable[Finding]:
    for m in _ENDING.finditer(text):
        ending = m.group()[1:]
        if ending.islower() or ending.isupper():
            continue
        name = _NAME_BACK.search(text, max(0, m.start() - 30), m.start())
        if name is not None:
            yield Finding(name.start(), m.end(), RULE.code, RULE.severity,
                          f"“{text[name.start():m.end()]}”是文档分享网站加在正文里的水印（域名后缀大小写混写），不是报告原文，应删去。",
                          None)
    marks = list(near_needles(_STRAY_MARK, text)) if any(c in text for c in "{}%^~#@") else []
    runs: list[list[int]] = []  # a broken name's stretch, from the characters before its first mark to after its last
    for a, b in zip(marks, marks[1:]):
        kinds = {_KIND.get(a.group(), a.group()), _KIND.get(b.group(), b.group())}
        if b.start() - a.start() > MARK_REACH or len(kinds) < 2 or kinds == {"]"} \
                or not all(map(is_han, text[a.end():b.start()])):
            continue  # marks far apart, of one kind, or in two clauses (转发@人民日报，参与#话题#)
        if runs and a.start() < runs[-1][1]:
            runs[-1][1] = b.end() + 1
            continue
        s = a.start() - 1
        while s > 0 and is_han(text[s - 1]) and a.start() - s < 4:
            s -= 1
        runs.append([s, b.end() + 1])
    for s, e in runs:
        yield Finding(s, e, RULE.code, RULE.severity,
                      f"“{text[s:e]}”汉字间夹着乱码符号，是文档分享网站加在正文里的水印，不是报告原文，应删去。", None)
    if "放上鼠标" in text or "权属" in text or "版权归" in text:
        for m in near_needles(_RIGHTS_NOTE, text):
            site = m.group("site") or ""
            s = m.start() - len(site) if site and text.endswith(site, 0, m.start()) else m.start()
            yield Finding(s, m.end(), RULE.code, RULE.severity,
                          f"“{text[s:m.end()]}”是文档分享网站加在正文里的版权水印，不是报告原文，应删去。", None)
    if "秘" in text or "范文" in text:
        for m in near_needles(_SITE_BRAND, text):
            yield Finding(m.start(), m.end(), RULE.code, RULE.severity,
                          f"“{m.group()}”是范文网站加在正文里的水印（网站名称），不是报告原文，应删去。", None)


# A forum's anti-copy jammer: runs of one- or two-character ASCII tokens, letters glued to marks, spaced apart
# (2 E) f2 n' Q+ T) W5 i! i) n; $ M( Z& Y \8 D, one case only but four kinds of mark). Read only on the lines
# holding a mark before a space.
_JAM_MARKS = r")(;,'!+*&%#$^~|\\?\]\[.-"
_JAM_TOKEN = (r"(?:[" + _JAM_MARKS + r"]?[A-Za-z0-9]{1,2}[" + _JAM_MARKS + r"]?|[" + _JAM_MARKS + r"]{1,2})")
_JAM = regex_cache.compile(r"(?<![A-Za-z0-9])" + _JAM_TOKEN + r"(?: " + _JAM_TOKEN + r"(?![A-Za-z0-9\u4e00-\u9fff])){4,}")
_JAM_MARK = regex_cache.compile(r"(?<=[A-Za-z])[);'!+*&%#$^~|\\?\]] ")
_GLUED = regex_cache.compile(r"[A-Za-z][" + _JAM_MARKS + r"]|[" + _JAM_MARKS + r"][A-Za-z]")
_GLUED_ANY = regex_cache.compile(r"[A-Za-z0-9][" + _JAM_MARKS + r"]|[" + _JAM_MARKS + r"][A-Za-z0-9]")


def _jammers(text: str) -> Iterable[Finding]:
    for _, start, line in lines_with(text, _JAM_MARK):
        for m in _JAM.finditer(line):
            tokens = m.group().split()
            letters = "".join(c for c in m.group() if c.isascii() and c.isalpha())
            marks = {c for c in m.group() if c in _JAM_MARKS}
            both_cases = not (letters.islower() or letters.isupper())
            if len(tokens) < 5 or not (
                    both_cases and sum(1 for t in tokens if _GLUED.search(t)) >= 3
                    or len(marks) >= 4 and sum(1 for t in tokens if _GLUED_ANY.search(t)) >= 3):
                continue  # an options list (A) B) C)), a formula's letters, one case and few kinds of mark
            e = m.end() - (m.group().endswith(" "))
            yield Finding(start + m.start(), start + e, RULE.code, RULE.severity,
                          f"“{line[m.start():e]}”是论坛防采集插入的乱码字符，不是报告原文，应删去。", None)


def _framed(text: str, s: int, e: int) -> tuple[int, int]:
    """The cut note round s..e with its brackets and the ellipses framing it, on its line."""
    line_start = text.rfind("\n", 0, s) + 1
    line_end = text.find("\n", e)
    line_end = len(text) if line_end < 0 else line_end
    opening = max(text.rfind("(", max(line_start, s - _CUT_NOTE_REACH), s),
                  text.rfind("（", max(line_start, s - _CUT_NOTE_REACH), s))
    if opening >= 0 and not any(c in text[opening:s] for c in ")）"):
        closing = min((i for i in (text.find(")", e, line_end), text.find("）", e, line_end)) if i >= 0), default=-1)
        if closing >= 0 and closing - e <= _CUT_NOTE_REACH:
            s, e = opening, closing + 1
    lo = s
    while lo > line_start and text[lo - 1] in " \u3000":
        lo -= 1
    if text.endswith("……", line_start, lo):
        s = lo - 2
    hi = e
    while hi < line_end and text[hi] in " \u3000":
        hi += 1
    if text.startswith("……", hi):
        e = hi + 2
    return s, e


def _cut_notes(text: str) -> Iterable[tuple[int, int]]:
    last = -1
    for m in near_needles(_CUT_NOTE, text):
        s, e = _framed(text, m.start(), m.end())
        if s < last:
            continue  # the same note's plea after its count
        last = e
        yield s, e


def check(ctx: CheckContext) -> Iterable[Finding]:
    text = ctx.text
    yield from _watermarks(text)
    yield from _jammers(text)
    lines = list(_prompt_lines(text))
    for s, e in lines:
        yield Finding(s, e, RULE.code, RULE.severity,
                      f"“{text[s:e]}”是网页或文档分享网站对读者的提示（验证码、语音朗读、付费下载、打赏、转载声明、隐去或截断正文、推荐栏），"
                      "不是报告原文，应删去；网站截断的正文应从原文件补全。", None)
    if ("字" in text and ("此处" in text or "省略" in text)) or "会员可" in text or "不往下看" in text \
            or "隐藏内容" in text or "隐藏的内容" in text:
        for s, e in _cut_notes(text):
            if not any(ls < e and s < le for ls, le in lines):  # a prompt's own line, reported above
                yield Finding(s, e, RULE.code, RULE.severity,
                              f"“{text[s:e]}”是文档分享或范文网站隐去部分正文时留下的提示，不是报告原文，应删去，"
                              "并从原文件补全被隐去的正文。", None)


def _prompt_lines(text: str) -> Iterable[tuple[int, int]]:
    if "验" not in text and "收听" not in text and "阅读" not in text and "换一张" not in text \
            and "赏" not in text and "未读" not in text and "转载" not in text \
            and "隐藏" not in text and "推荐" not in text and "全文共" not in text:
        return
    for _, start, line in lines_with(text, _PROMPT):
        body = line.strip(" \u3000\t\r")
        if not body or len(_ADDRESS.sub("", body)) > MAX_LINE:
            continue
        lead = len(line) - len(line.lstrip(" \u3000\t"))
        if _PROMPT.search(line).start() - lead > MAX_LEAD:
            continue
        yield start + lead, start + len(line.rstrip(" \u3000\t\r"))
