"""L010: a printed page's furniture inside the text: 第1页共10页, a page number cutting a sentence, a title run together.

Text extracted from a PDF or a document-sharing site keeps what stood on the page around the report:
the header or footer "第1页共10页" glued to the next words (第1页共10页关于上报…), a footer's page
number on a line of its own in the middle of a sentence (…另设纪检监察 / -1 / 处事务), and the page
title the site printed two or three times run together (县民政局上半年工作情况汇报县民政局上半年工作
情况汇报…). None of it is the report's: the sentence it cuts reads wrong, and the text should be
taken again from the source. Only the shapes no report writes count: 第N页 with 共M页 and N ≤ M; a
page number — 2 — glued between two Chinese characters
(前期工— 2 —作: the page broke inside a word); a bare dash-number line between a long line that stops without a closing mark and a line that goes on
in Chinese; a title (ending in a genre word: 汇报, 报告, 总结, 打算, 说明…) written again right after
itself at a line's start. A table's row (第1页 alone, 共3页 of an attachment) is not touched.

A document-sharing site's copy runs a contents list into one line, each entry's page number glued to the next
entry's number (…工作总结22,区教育局…工作总结73 .市教育局…工作总结164 .市…: pages 2, 7, 16, entries 2, 3, 4): three
figures at least glued after a title and before a . (or its comma), their last digits counting up by one, two of
them closed by a full point — no sentence's figures count so.

A document-sharing site's preview cut in mid-word runs the document's title on after the cut words (村“农文化站工作汇报),
the lines after it repeating the preview's (gen.check.restarts): the preview is the site's, the report starts over there.

A document-sharing site's page counter (1/6: page one of six) may stay glued to the sentence its page broke: after a
comma closing a line whose sentence goes on in Chinese on the next one (…专项活动,1/6 / 查摆整改问题…). A fraction
closes no clause after a comma at a line's end, so there the counter is read (N ≤ M, M ≥ 2).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

import re

from ...core.regex_needles import finditer as near_needles
from ...core import regex_cache
from ...core.regex_needles import contains
from ...core.text_heads import matches_at
from ..finding import Finding
from ..restarts import restarts
from ..registry import Rule

RULE = Rule(
    code="L010",
    name="page-debris",
    severity="warning",
    summary="文中混入页眉页脚（第1页共10页）、断句的页码或重复连写的标题",
    doc=(
        "检查什么：从PDF或文档分享网站提取的文本里混入的版面残留——页眉页脚“第1页共10页”粘在正文前后，"
        "页码“-1”单独成行把一句话截成两段（“另设纪检监察 / -1 / 处事务”）或夹在一个词中间（“前期工— 2 —作”），页面标题重复连写两三遍"
        "（“县民政局上半年工作情况汇报县民政局上半年工作情况汇报”）。\n"
        "文档分享网站把目录连成一行，页码和下一条的序号粘在标题后（“工作总结22,区教育局……工作总结73 .市教育局”）也是版面残留。\n"
        "为什么：这些不是报告原文，被截断的句子读来不通，应删去，或从原文件重新取得文本。\n"
        "不报的情形：附件说明里的“共3页”；单独的“第1页”；句号结尾处另起一页的页码行；标题只写一次。\n"
        "文档网站的预览在词中截断、后面接着又从标题重新开始（“村“农文化站工作汇报”，下面几行重复开头）的，也报告；"
        "文档网站的页码“1/6”粘在逗号后、把一句话截成两行的，也报告；文档分享网站加在每页开头的页码“1、”“2、”“3、”"
        "（上一页停在句子中间，下一页以“2、”开头接着写：“签订了建设协议 / 2、书，确保……”）也报告。\n"
        "示例：“第1页共10页关于上报整改情况的报告”应为“关于上报整改情况的报告”。"
    ),
    flag=(
        "第2页共8页关于报送2023年度工作总结的函",
        # a page counter glued after a comma where the page broke the sentence
        "今年以来我镇认真开展“补短板”专项活动,2/5\n\n查摆整改问题，着力精准施策。",
        "局机关内设办公室、财务科等7个科室，根据有关规定另设纪检监察\n-3-\n室，负责机关纪检工作。",
        "某县文化馆工作总结及工作打算某县文化馆工作总结及工作打算今年以来，我馆围绕中心工作开展活动。",
        "区人社局上半年工作汇报 区人社局上半年工作汇报\n今年以来，我局稳步推进各项工作。",
        # an official document's footer page number (— 2 —) run into the word the page broke
        "推进水源地保护项目前期工— 2 —作，目前已进入招投标程序。",
        # a contents list run into one line: each page number glued to the next entry's number
        "目录1.某县林业局2023年工作总结12,某市林业局2023年工作总结53 .某区林业局2023年工作总结94 .某镇工作总结",
        # a site's preview cut in mid-word, the document starting over from its title on the same line
        "文档介绍:某乡综合文化站2023年工作总结\n乡文化站在县文旅局的指导下，结合本站实际，主要做了以下工作：\n"
        "一、抓好农家书屋管理\n“农家书某乡综合文化站2023年工作总结\n"
        "乡文化站在县文旅局的指导下，结合本站实际，主要做了以下工作：\n一、抓好农家书屋管理\n“农家书屋”全年开放200天。",
        # a figure cut by the page break, its unit and full stop opening the next paragraph
        "全年为820名困难群众发放临时救助金,春节期间为300名特困人员发放一次性慰问金2\n4.5万元。全面加强养老机构建设。",
        # a document site's page counters opening each page, the break cutting a word (协议 / 2、书)
        "1、某县应急管理局2023年工作总结 今年以来，我局围绕年度目标，扎实推进各项工作，全面加强安全生产监管，深入开展隐患排查治理，组织开展应急演练12次，检查企业86家，督促整改隐患153处，全年未发生较大以上事故。今年以来，我局围绕年度目标，扎实推进各项工作，全面加强安全生产监管，深入开展隐患排查治理，组织开展应急演练12次，检查企业86家，督促整改隐患153处，全年未发生较大以上事故。今年以来，我局围绕年度目标，扎实推进各项工作，全面加强安全生产监管，深入开展隐患排查治理，组织开展应急演练12次，检查企业86家，督促整改隐患153处，全年未发生较大以上事故。完成了全县避难场所的选址工作，与各乡镇签订了建设协议\n2、书，确保项目按期实施。今年以来，我局围绕年度目标，扎实推进各项工作，全面加强安全生产监管，深入开展隐患排查治理，组织开展应急演练12次，检查企业86家，督促整改隐患153处，全年未发生较大以上事故。",
        # the same, a blank line under the page the counter cut (地区生产总值 / / 2、7.1亿元)
        "1、某镇2021年政府工作报告 " + "过去一年，全镇上下坚定不移贯彻新发展理念，凝心聚力、真抓实干，较好地完成了全年目标任务。" * 4
        + "预计全年可实现地区生产总值\n\n2、7.1亿元，规模以上固定资产投资完成3.5亿元，人均可支配收入达到1.9万元。",
        # the same, the page cut inside a figure (已建园10 / 3、0余亩)
        "1、某市科协工作总结 " + "市科协积极落实省市科协的工作部署，认真贯彻市委、市政府中心工作，普及科学知识。" * 6
        + "积极指导开展药材种植示范基地建设，已建园10\n2、0余亩，带动农户增收。",
        # the same, a later page's break after a closing quote (开展“五个一” / 3、活动), the run's 2、 cutting its sentence
        "1、某镇敬老月活动方案 " + "各村要精心部署，统一安排，采取板报、横幅等多种形式开展宣传活动，营造尊老敬老的良好氛围。" * 5
        + "活动时间为\n2、10月1日至10月31日。" + "各村要认真落实老年优待政策，热情接访、耐心倾听、积极处理老年人诉求。" * 6
        + "广泛开展“五个一”\n3、活动，即帮扶一个特困老人、关爱一个空巢老人。",
        # a footer's bare page number glued inside a sentence
        "以推进规划编制为龙头，城乡规划管理进-2绿化面积18万平方米，主要指标均达标。",
        # a PDF's page counters run into the text where its pages broke, one inside a sentence
        "1 / 2 某镇2023年卫生工作总结 我镇下辖12个行政村，常住人口9800人，建有卫生院1个，今年以来，围绕公共卫生服务均等化目标，"
        "扎实推进疾病预防控制、妇幼保健、健康教育和爱国卫生各项工作，全面完成上级下达的目标任务，现将有关情况总结如下。"
        "一、加强组织领导，把卫生工作纳入镇党委、政府重要议事日程，全年召开专题会议4次，研究解决卫生院建设等问题，"
        "落实公共卫生经费85万元。二、全年建立居民健康档案8600余份，发放健康教育资料5000余2 / 2 份，开展义诊活动6次。",
        # a page's title written twice inside a sentence
        "确保公开工作持续开展2023年某镇政务公开年度报告2023年某镇政务公开年度报告。坚持考核评估，强化监督。",
    ),
    keep=(
        # a floor below ground, a model's number, a range of figures
        "地下-1层设车库，东风-5型车辆2台，完成3-5项任务，气温降至-2度，3月1日-20日开展检查。",
        # a range with its unit after both figures
        "年收入10万元-50万元的村有12个，距离3公里-5公里的有4个。",
        # shares in a list, a date's month and day, a single counter
        "其中三分之一即1/3用于培训，2/3用于设备购置；检查时间5/20至5/21。第1 / 3页为汇总表。",
        # a short phrase said twice; a title said once inside a sentence
        "认真编写工作总结工作总结，按时报送。按时报送2023年某镇政务公开年度报告，接受监督。",
        "附件：整改情况统计表（共3页），第1页为汇总表。",
        # a fraction closing a sentence, a date, a share inside a line
        "贫困人口占比下降,约为1/6。\n全年完成任务。\n日期:2023/5\n按1/6比例配套，其中,1/4用于培训。\n完成率,6/5\n超额完成。",
        "局机关内设办公室、财务科等7个科室，承担机关日常工作。\n- 3 -\n二、部门主要职责",
        "编制2021—2023年规划，开展“一村一品”——2个示范村建设，某某—3号楼改造。",
        # the title named again at a sentence's end, the next line not the text's second
        "某乡综合文化站2023年工作总结\n乡文化站在县文旅局的指导下，主要做了以下工作：\n一、抓好农家书屋管理\n"
        "以上是某乡综合文化站2023年工作总结\n二、开展文艺活动\n",
        "某县文化馆工作总结及工作打算\n今年以来，我馆围绕中心工作开展活动，工作总结及工作打算按时报送。",
        # a sentence's figures, however they count, closed by commas; a list numbered with blanks
        "完成项目12，新增13，累计14，合计15.5万元。目录 1.工作总结 2 2.工作计划 7 3.附件 16",
        # a list item numbered after a sentence closed; a table's short cells
        "全年为820名困难群众发放临时救助金,春节期间为300名特困人员发放慰问金20万元。\n3.8个乡镇完成改造。\n补贴3\n3.8万元。",
        # a list's long items, each closing its sentence; a short heading without a mark before the next item
        "1、某县应急管理局2023年工作总结 今年以来，我局围绕年度目标，扎实推进各项工作，全面加强安全生产监管，深入开展隐患排查治理，组织开展应急演练12次，检查企业86家，督促整改隐患153处，全年未发生较大以上事故。今年以来，我局围绕年度目标，扎实推进各项工作，全面加强安全生产监管，深入开展隐患排查治理，组织开展应急演练12次，检查企业86家，督促整改隐患153处，全年未发生较大以上事故。今年以来，我局围绕年度目标，扎实推进各项工作，全面加强安全生产监管，深入开展隐患排查治理，组织开展应急演练12次，检查企业86家，督促整改隐患153处，全年未发生较大以上事故。完成了全县避。\n2、确保项目按期实施。今年以来，我局围绕年度目标，扎实推进各项工作，全面加强安全生产监管，深入开展隐患排查治理，组织开展应急演练12次，检查企业86家，督促整改隐患153处，全年未发生较大以上事故。",
        "1、某县应急管理局2023年工作总结 今年以来，我局围绕年度目标，扎实推进各项工作，全面加强安全生产监管，深入开展隐患排查治理，组织开展应急演练12次，检查企业86家，督促整改隐患153处，全年未发生较大以上事故。今年以来，我局围绕年度目标，扎实推进各项工作，全面加强安全生产监管，深入开展隐患排查治理，组织开展应急演练12次，检查企业86家，督促整改隐患153处，全年未发生较大以上事故。今年以来，我局围绕年度目标，扎实推进各项工作，全面加强安全生产监管，深入开展隐患排查治理，组织开展应急演练12次，检查企业86家，督促整改隐患153处，全年未发生较大以上事故。完成了全县避。\n二、下一步工作打算\n2、今年以来，我局围绕年度目标，扎实推进各项工作，全面加强安全生产监管，深入开展隐患排查治理，组织开展应急演练12次，检查企业86家，督促整改隐患153处，全年未发生较大以上事故。",
        # a list's long items, each ending on a quoted name without a full stop: no counter of the run cut a sentence
        "1、开展敬老宣传 " + "各村要精心部署，统一安排，采取板报、横幅等多种形式开展宣传活动，营造尊老敬老的良好氛围，" * 5
        + "主题为“关爱老年人”\n2、开展走访慰问 " + "各村要认真落实老年优待政策，热情接访、耐心倾听、积极处理老年人诉求，" * 6
        + "全面开展“五个一”\n3、开展志愿服务 组织志愿者上门服务。",
    ),
)

_PAGE_OF = regex_cache.compile(r"第[ \u3000]?(\d{1,3})[ \u3000]?页[ \u3000]?[,，、/]?[ \u3000]?共[ \u3000]?(\d{1,3})[ \u3000]?页")
# A footer's page number alone on its line (-1, - 3 -, —12—), with the lines around it.
# (searched from the number's own line, which opens with a newline: the line above is read back)
_NUMBER_LINE = regex_cache.compile(
    r"\n([ \u3000]{0,4}[-－—–]{1,2}[ \u3000]?\d{1,3}[ \u3000]?[-－—–]{0,2}[ \u3000]{0,4})\n(?=[\u4e00-\u9fff])")
# An official document's page number (— 2 —, GB/T 9704's form) glued between two characters of a sentence: the
# lines of the page break were joined and the footer stayed inside the word it cut (前期工— 2 —作).
_NUMBER_INSIDE = regex_cache.compile(r"(?<=[\u4e00-\u9fff])(?<![—－]{2})[—－][ \u3000]?\d{1,3}[ \u3000]?[—－](?![—－])(?=[\u4e00-\u9fff])")
# A page counter N/M glued after a comma at a line's end, the sentence going on in Chinese on the next line.
# A footer's bare page number (-1) glued between two characters of a sentence, as _NUMBER_INSIDE's — 2 — is: opens
# on the hyphen (a literal). A floor below ground (地下-1层), a model's or a range's number is no page's.
_HYPHEN_INSIDE = regex_cache.compile(r"-\d{1,3}(?![\d层楼号栋级度型次批期年月日天时])(?=[\u4e00-\u9fff])")
_NOT_PAGE_BEFORE = "下负零至到年月日号"  # 地下-1层, 降至-2: below zero; 1日-20日: a range of dates
_PAGE_COUNTER = regex_cache.compile(r"(?<=[\u4e00-\u9fff][，,])(\d{1,3})/(\d{1,3})(?=[ \t\u3000]*\n[ \t\u3000\n]{0,6}[\u4e00-\u9fff])")
_OPEN_END = regex_cache.compile(r"[\u4e00-\u9fff]$")
_GENRE = r"(?:汇报|报告|总结|打算|说明|计划|方案|通知|决算|预算|情况)"
_TITLE_AGAIN = regex_cache.compile(
    r"(?m)^[ \u3000]{0,4}(?:\d{1,2}[、.．][ \u3000]?)?([\u4e00-\u9fff\d（）()]{5,40}?" + _GENRE + r")(?:[ \u3000]{0,2}\1){1,2}")


# A figure glued after a title's last character and before the next entry's opening . (or ,): a page number and the
# next entry's number run together.
_GLUED_ENTRY = regex_cache.compile(r"(?<=[\u4e00-\u9fff）)])(\d{2,5})[ \u3000]?([.．,，])(?=[\u4e00-\u9fff])")
# The entry's opening mark after two digits (a blank between or not) and before a Chinese character: a match's
# figure opens two to six characters before one. _GLUED_ENTRY opens with a look-behind, tried at every character
# of the text (3 ms on 200,000 of them); a search for each mark (a plain character search) finds the places to try.
_MARK_AT = tuple(regex_cache.compile(rf"{mark}(?:(?<=\d\d{mark})|(?<=\d\d[ \u3000]{mark}))(?=[\u4e00-\u9fff])")
                 for mark in map(re.escape, ".．,，"))
GLUED_ENTRIES = 3  # entries in the run
GLUED_GAP = 120  # characters an entry's title may hold


def _glued_entries(text: str):
    """``_GLUED_ENTRY.finditer(text)``'s matches, tried only where one can start."""
    places = {m.start() - size for mark in _MARK_AT for m in mark.finditer(text) for size in range(2, 7) if m.start() >= size}
    return matches_at(_GLUED_ENTRY, text, sorted(places))


def _glued_contents(text: str):
    """Runs of entries whose glued figures end in numbers counting up by one (…总结22,区…总结73 .市…总结164 .)."""
    run = []
    for m in _glued_entries(text):
        if run and not (m.start() - run[-1].end() <= GLUED_GAP and "\n" not in text[run[-1].end():m.start()]
                        and int(m.group(1)[-1]) == int(run[-1].group(1)[-1]) + 1):
            yield from _closed(run)
            run = []
        run.append(m)
    yield from _closed(run)


def _closed(run):
    if len(run) >= GLUED_ENTRIES and sum(m.group(2) in ".．" for m in run) >= 2:
        yield run[0].start(), run[-1].end()


# A figure cut by a page break: a long sentence stops on a digit glued to its word (…发放一次性生活补贴3) and the next
# paragraph opens on the rest of the figure with its unit and the sentence's mark (3.8万元。为提高…). A list's number
# (3.) opens a paragraph on its own, never on a unit then a full stop; a paragraph of prose never ends on a bare digit.
_CUT_TAIL = regex_cache.compile(r"[\u4e00-\u9fff]\d{1,4}$")
_CUT_HEAD = regex_cache.compile(r"^\d{0,4}(?:\.\d+)?(?:万元|亿元|元|人次|人|户|个|项|%)[。，,；;]")
_COMMA = regex_cache.compile(r"[，,]")
CUT_PROSE = 40  # characters of the paragraph cut: a sentence, not a table's cell


def _ends_on_digit(text: str) -> bool:
    """Whether the text's last character, or the one before a final line break, is a digit: where _CUT_TAIL's $ can
    match at all (the search otherwise reads the whole paragraph for nothing)."""
    return text[-1:].isdigit() or (text.endswith("\n") and text[-2:-1].isdigit())


def _cut_figures(paras):
    for a, b in zip(paras, paras[1:]):
        if len(a.text) >= CUT_PROSE and _ends_on_digit(a.text) and _CUT_TAIL.search(a.text) and _CUT_HEAD.match(b.text) \
                and _COMMA.search(a.text):
            yield a, b


# A document-sharing site's page counter (1、 2、 3、) opening each page's text at a line's start. Opens on the line's
# start; the number and the blank are bounded.
_PAGE_MARK = regex_cache.compile(r"^[ \u3000]{0,4}(\d{1,2})、", re.M)
_CLAUSE = regex_cache.compile(r"[，。；,;]")
_CUT_END = regex_cache.compile(r"[\u4e00-\u9fff，,、]$")
# A closing quote or title mark may end a heading or a list's item as well as a phrase the page cut (开展“五个一” /
# 3、活动，即……): read as a cut only in a run whose other counters cut their sentences by the test above.
_QUOTED_END = regex_cache.compile(r"[”》]$")
PAGE_MIN = 200  # characters of a page's text between two counters: a page, not a list's item
CUT_LINE = 40  # characters of the line the page cut: a sentence with its clause marks, not a heading


def _page_counters(text: str):
    """(counter match, whether it cut a sentence) of a document site's page counters: a line opening on k、 whose
    line above, a sentence of the page before (a clause mark, CUT_LINE characters or more), stops without a closing
    mark, the line-opening number before it being k-1 at least PAGE_MIN characters back (…建站用地意向书 / 2、签订工作…;
    a blank line between, …地区生产总值 / (blank) / 2、7.1亿元, the site's paragraphs set apart; or a figure cut in two,
    …已建园10 / 3、0余亩, the line above ending on a digit and the counter followed by one).
    A list's items (1、… 2、…) close their sentences before the next number, and are short; the counter of the first
    page (1、) is told with the run it opens. A line ending on a closing quote (开展“五个一” / 3、活动，即……) is read as
    cut only in a run another counter of which cut its sentence by the tests above: a heading or an item may end so."""
    if not contains(text, "、"):
        return []
    marks = list(near_needles(_PAGE_MARK, text))  # the same matches, tried only at lines opening on a digit
    found, quoted = {}, []
    for before, m in zip(marks, marks[1:]):
        if int(m.group(1)) != int(before.group(1)) + 1 or m.start() - before.start() < PAGE_MIN:
            continue
        above = text[max(0, m.start() - PAGE_MIN):m.start()].rstrip()  # blank lines under the page's last line skipped
        above = above[above.rfind("\n") + 1:]
        if len(above) < CUT_LINE or not _CLAUSE.search(above):
            continue
        if _CUT_END.search(above) or (above[-1:].isdigit() and text[m.end():m.end() + 1].isdigit()):
            found.setdefault(before.start(), (before, False))
            found[m.start()] = (m, True)
        elif _QUOTED_END.search(above):
            quoted.append((before, m))
    if found:  # the run is a site's counters: a phrase closed by a quote before one is cut too
        for before, m in quoted:
            found.setdefault(before.start(), (before, False))
            found[m.start()] = (m, True)
    return [found[k] for k in sorted(found)]


def check(ctx):
    text = ctx.text
    for m, cut in _page_counters(text):
        if cut:
            above = text[max(0, m.start(1) - 7):m.start()].strip()
            message = (f"“{m.group(1)}、”是文档分享网站加在每页开头的页码，夹进了正文，把“{above}”和“{text[m.end():m.end() + 4]}”"
                       "截成了两段，应删去页码、接上句子。")
        else:
            message = f"“{m.group(1)}、”是文档分享网站加在第{m.group(1)}页开头的页码，不是报告的序号，应删去。"
        yield Finding(m.start(1), m.end(), RULE.code, RULE.severity, message, None)
    for a, b in _cut_figures(ctx.paragraphs):
        tail = _CUT_TAIL.search(a.text)
        yield Finding(a.start + tail.start(), b.start + _CUT_HEAD.match(b.text).end() - 1, RULE.code, RULE.severity,
                      f"数字在段末被截断（“{a.text[-8:]}”后另起一段“{b.text[:8]}”），是分页或转载造成的断行，"
                      "金额读不准，请按原文件接上并核对数字。", None)
    for s, e in _glued_contents(text):
        yield Finding(s, e, RULE.code, RULE.severity,
                      f"目录被连成了一行，页码和下一条的序号粘在标题后（“{text[s:s + 6]}”），是转载网站转换留下的版面残留，"
                      "应按原文件分行写出目录或删去。", None)
    if contains(text, "共"):
        for m in near_needles(_PAGE_OF, text):
            if int(m.group(1)) <= int(m.group(2)):
                yield Finding(m.start(), m.end(), RULE.code, RULE.severity,
                              f"“{m.group()}”是页眉页脚的页码，混进了正文，应删去，或从原文件重新取得文本。", None)
    if contains(text, "/"):
        for m in _PAGE_COUNTER.finditer(text):
            if 2 <= int(m.group(2)) and 1 <= int(m.group(1)) <= int(m.group(2)):
                yield Finding(m.start(), m.end(), RULE.code, RULE.severity,
                              f"“{m.group()}”是文档页面的页码（第{m.group(1)}页，共{m.group(2)}页），夹在一句话中间混进了正文，应删去。", None)
    for m in near_needles(_NUMBER_LINE, text):
        above = text[text.rfind("\n", 0, m.start()) + 1:m.start()]
        if len(above) < 30 or not _OPEN_END.search(above):
            continue
        yield Finding(m.start(1), m.end(1) + 1, RULE.code, RULE.severity,
                      f"页码“{m.group(1).strip()}”单独成行，把一句话截成了两段（上行未完，下行接着写），是版面残留，应删去页码、接上句子。", None)
    if contains(text, "—") or contains(text, "－"):
        for m in _NUMBER_INSIDE.finditer(text):
            yield Finding(m.start(), m.end(), RULE.code, RULE.severity,
                          f"页码“{m.group().strip()}”夹在一句话的两个字之间，是分页处的页脚混进了正文，应删去。", None)
    yield from _bare_page_numbers(text)
    yield from _counter_runs(text)
    for s, e, cut, title in restarts(text, ctx.paragraphs):
        yield Finding(s, e, RULE.code, RULE.severity,
                      f"“…{cut}”在词中截断，后面接着又从标题“{title}”重新开始，下面几行重复了开头的文字：这是文档网站的预览"
                      "截断后又接上了全文，应删去截断的预览部分，从标题处读起。", None)
    told = []
    for m in near_needles(_TITLE_AGAIN, text):
        told.append((m.start(1), m.end()))
        title = m.group(1)
        times = round((m.end() - m.start(1)) / len(title))
        yield Finding(m.start(1), m.end(), RULE.code, RULE.severity,
                      f"标题“{title}”连写了{times}遍，是网页或PDF版面留下的重复，应只保留一遍。", title)
    for s, e, title in _titles_twice_inline(text):
        if not any(a < e and s < b for a, b in told):
            yield Finding(s, e, RULE.code, RULE.severity,
                          f"句中混入了连写两遍的标题“{title}”，是网页或PDF版面留下的页面标题，应删去。", None)


_GENRE_WORDS = ("报告", "总结", "汇报", "方案", "说明", "决算", "预算")
INLINE_TITLE_MIN = 8  # characters of a title written twice inside a line: a shorter run may be a word said twice
INLINE_TITLE_MAX = 40


def _titles_twice_inline(text: str):
    """(start, end, title) of a title of INLINE_TITLE_MIN characters or more, ending in its genre (报告, 总结),
    written twice back to back inside a sentence (良好开展2016年某某年度报告2016年某某年度报告。): a page's title
    layer kept inside the text. No sentence says a long title twice in a row; the line-start form is _TITLE_AGAIN's."""
    for genre in _GENRE_WORDS:
        # The copy after a title ends in the genre too, so its length is set by a later occurrence of the genre:
        # only those occurrences INLINE_TITLE_MIN to INLINE_TITLE_MAX characters on are tried, longest first.
        size = len(genre)
        ats = []
        at = text.find(genre)
        while at >= 0:
            ats.append(at)
            at = text.find(genre, at + size)
        for i, at in enumerate(ats):
            end = at + size
            lo = bisect_left(ats, end + INLINE_TITLE_MIN - size, i + 1)
            hi = bisect_right(ats, end + INLINE_TITLE_MAX - size, lo)
            for later in reversed(ats[lo:hi]):
                n = later + size - end
                start = end - n
                if start > 0 and text[start:end] == text[end:end + n] and all(
                        "\u4e00" <= c <= "\u9fff" or c.isdigit() for c in text[start:end]) \
                        and "\u4e00" <= text[start - 1] <= "\u9fff":
                    yield start, end + n, text[start:end]
                    break


def _bare_page_numbers(text: str):
    """A footer's bare page number (-1) glued between two characters of a sentence (管理进-1绿化): the page broke
    there, and its words around the break may be lost too."""
    if contains(text, "-"):
        for m in _HYPHEN_INSIDE.finditer(text):
            before = text[m.start() - 1] if m.start() else ""
            if not ("\u4e00" <= before <= "\u9fff") or before in _NOT_PAGE_BEFORE or _unit_range(text, m):
                continue
            yield Finding(m.start(), m.end(), RULE.code, RULE.severity,
                          f"页码“{m.group()}”夹在一句话的两个字之间，是分页处的页脚混进了正文（前后文字可能也有缺失），"
                          "应删去页码，并按原文件核对、接上句子。", None)


RANGE_UNIT = 3  # characters of a unit written after both ends of a range (10万元-50万元)


def _unit_range(text: str, m) -> bool:
    """The hyphen joins two figures of one unit (10万元-50万元, 3公里-5公里): a range, the unit written twice."""
    for k in range(1, RANGE_UNIT + 1):
        unit = text[m.start() - k:m.start()]
        if m.start() - k > 0 and text[m.start() - k - 1].isdigit() and text.startswith(unit, m.end()):
            return True
    return False


# A PDF's page counter (1 / 3: page one of three) kept inside the text where the page broke. Opens on the slash's
# blank or the slash (re skips ahead to them); the figures are bounded.
_COUNTER = regex_cache.compile(r"(?<![\d/.:-])(\d{1,3})[ \u3000]{0,2}/[ \u3000]{0,2}(\d{1,3})(?![\d/.:-])")
COUNTER_GAP = 200  # characters between two counters of one run: a page of text, not a list of shares


def _counter_runs(text: str):
    """A PDF's page counters run into the text (1 / 3 乡镇政府2016年…, 宣教资料3000余2 / 3 份): counters of one total
    M, two of them counting on by one (k / M, then k+1 / M) COUNTER_GAP characters or more apart. A share is written
    once or in a list (1/3、2/3), never a page of text apart with the next numerator; a date's month and day (5/20)
    do not count on. _PAGE_COUNTER's counter after a comma at a line's end is told there."""
    if not contains(text, "/"):
        return
    runs = {}
    for m in _COUNTER.finditer(text):
        n, total = int(m.group(1)), int(m.group(2))
        if 1 <= n <= total and total >= 2 and not _PAGE_COUNTER.match(text, m.start()):
            runs.setdefault(total, []).append(m)
    for total, found in runs.items():
        paged = set()
        for a, b in zip(found, found[1:]):
            if int(b.group(1)) == int(a.group(1)) + 1 and b.start() - a.end() >= COUNTER_GAP:
                paged.update((a, b))
        for m in sorted(paged, key=lambda m: m.start()):
            yield Finding(m.start(), m.end(), RULE.code, RULE.severity,
                          f"“{m.group()}”是PDF文档的页码（第{m.group(1)}页，共{total}页），分页时混进了正文，"
                          "应删去，并按原文件接上前后的句子。", None)
