"""S007: numbered items inside one paragraph that repeat or skip (1.…2.…3.…3.…).

Headings and numbered lines are S001's; this rule reads the lists written
inside one paragraph or table cell: "一是…二是…二是…", "（1）…（2）…（2）…",
"1.…；2.…；4.…", "①…②…②…". A marker counts only after a clause boundary
(start of the paragraph, ，；：。) and before a Chinese character, so a figure
such as 2.5万元 is never a marker. A list may restart at 1 (a second list in
the same paragraph); only a repeated number or one skipped is reported. A number
closed by 、 and one closed by . belong to different lists (an outer level, or a
document site's page counter "2、" before the report's own "2."), so neither
repeats nor skips the other. A document library's preview numbers its fragments "1、", "2、" at the
head of a line, wherever its page was cut (gen.check.library_pages): such a number is the site's, so the
report's own "2、" after it in the same paragraph repeats nothing. A heading of an outer level between two
items (（二）…。二、项目概况（一）…（二）…, a page's headings run into one line) opens a new part, whose
list numbers afresh: its first item may be glued to the heading and not read, so the next (二) is no repeat. An item of a 是 run that kept its
numeral and lost 是 (一是…。二把…。三是…) is there: no skip, its lost 是 is S031's (gen.check.lost_shi).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...core import regex_cache
from ...core.chinese_numerals import chinese_ordinal, parse_chinese_numeral
from ..finding import Finding
from ..library_pages import fragment_marks
from ..lost_shi import lost_shi_at
from ..registry import Rule

RULE = Rule(
    code="S007",
    name="inline-list-number",
    severity="warning",
    summary="段落内列举的序号重复或跳号",
    doc=(
        "检查什么：同一段落（或表格单元格）内列举的序号：“一是…二是…二是…”“（1）…（2）…（2）…”"
        "“1.…2.…4.…”“①…②…②…”，以及网页、PDF压成一行的“一、…二、…四、…”，序号重复或跳过一个。\n"
        "为什么：列举序号重复或跳号，多半是增删条目后没有重新编号，读者会以为漏了内容。\n"
        "不报的情形：序号从1重新开始（同一段落中的第二个列举）；数字中的小数点（2.5万元）；两列并排的表格压成一行、两组序号交错（一、一、二、二、）；"
        "序号后的符号不同（“2、”之后的“2.”，是另一层级或网页分页的编号）。\n"
        "列举从“二是”开始（“……。二是……三是……”），前面没有“一是”（也没有“首先”“其一”等），“二是”之前的一项应以“一是”开头。\n"
        "示例：“一是加强预算管理；二是规范资金使用；二是强化绩效监控。”第二个“二是”应为“三是”。"
    ),
    flag=(
        "一、主要做法\n一是加强预算管理；二是规范资金使用；二是强化绩效监控；四是推进信息公开。\n",
        "一、问题\n存在的问题：（1）预算编制不够细化；（2）执行进度偏慢；（4）绩效目标不够明确。\n",
        "一、措施\n主要措施：1.加强学习；2.完善制度；3.强化监督；3.抓好整改。\n",
        # two numbers skipped at once (7 then 10: 8 and 9 lost)
        "一、目标完成情况\n主要目标：6、监测率为100。7、落实率为98。10、应用率为98。11、满意率为100。\n",
        # headings run into one line by a web page or PDF, one of them skipped
        "一、绩效目标分解下达情况。资金按时分解到各县。二、绩效目标完成情况分析。全年完成目标任务。四、绩效自评结果应用情况。结果已公开。\n",
        "一、概况 （一）单位成立于1985年。 （二） 单位以培训为主。 （四）单位内设五个科室。\n",
        # the same blank after 2. does not hide a skip after it
        "一、概况 1.主要职能。负责全县团的工作。 2. 机构情况。只有本级。 4.人员情况。编制三个。\n",
        # a 3 that is a figure of the item before (3 个科室), not item 3: the skip stands
        "职责：1. 负责道路养护。 2. 负责桥梁检测，设有 3 个科室。 4. 负责广告审批。\n",
        "年度目标 1.完成道路养护三百公里； 3. 项目权重 分值\n",  # no slot 2 at all: the skip stands
        # a line-start 2、 after a short, closed line is the report's own number: the repeat stands
        "职责说明。\n1、负责文献收藏。\n2、负责读者服务；2、负责馆际交流；3、负责数字阅读。\n",
        # a list whose first item lost its 一是: it opens on 二是 after the item it should have marked
        "过去一年，我们主要做了以下工作：巩固脱贫攻坚成果，增加农民收入。二是改善村容村貌。三是加强基层治理。\n",
    ),
    keep=(
        # a contents flattened to one line: 3. opens on a year, 4 lost its mark (S013's), nothing skipped
        "目录 1.基本职能及主要工作 2.部门机构设置 3.2024年收支预算总体情况 4部门支出总表 5.政府采购安排情况\n",
        # item 3 run on after item 2's last word, its full stop lost: nothing skipped
        "主要职能：1.管理园林绿地。2.城市园林绿地系统规划3.城市园林绿地管理。4.公园设施维护与管理。\n",
        "一、主要做法\n一是加强预算管理；二是规范资金使用；三是强化绩效监控。\n",
        # item 二 run on after item 一's last figure, its full stop lost: nothing skipped
        "一、主要做法\n一是加强预算管理，召开专题会议4次二是规范资金使用。三是强化绩效监控。\n",
        # item 二 kept its numeral and lost its 是 (二把…): nothing skipped; the lost 是 is S031's
        "一、主要做法\n一是加强预算管理，按月调度。二把资金使用作为监督重点。三是强化绩效监控。\n",
        # 一是 in the paragraph before (a page break between items), or the list opened by 首先: nothing lost
        "主要做法：一是加强预算管理，按月调度资金。\n二是规范资金使用。三是强化绩效监控。\n",
        "主要做法：首先加强预算管理，按月调度资金。二是规范资金使用。三是强化绩效监控。\n",
        # grades named in pairs (一、二级 and 三、四级 残疾人) are no list's items
        "全县现有持证残疾人2万人，一、二级重度残疾人1.7万人，三、四级残疾人0.9万人。\n",
        # 一是 far back in the same paragraph: its item runs on for many sentences before 二是
        "主要做法：一是健全服务网络。" + "在各乡镇设立服务站点，由专职人员值班接待群众来访。" * 14 + "二是规范资金使用。三是强化绩效监控。\n",
        # 二是 alone (no 三是 after it): no list read
        "上半年完成了道路养护。二是指第二批项目，已全部开工。\n",
        # an item that opens on a year is an item still
        "主要原因：一是人员减少；二是2020年下拨了抚恤金；三是压减了机构管理经费。\n",
        "一、措施\n主要措施：1.加强学习；2.完善制度。存在问题：1.执行偏慢；2.公开不及时。\n",
        "一、收支\n本年收入2.5万元，其中：1.财政拨款2.1万元；2.其他收入0.4万元。\n",
        # a two-panel table flattened to one line: the 收入 and 支出 lists interleave
        "收入 支出 一、财政拨款收入 100 一、一般公共服务支出 60 二、事业收入 20 二、教育支出 50 三、其他收入 10 三、卫生健康支出 20\n",
        # one row of such a table in its cells: each cell opens with its own 七、
        "七、附属单位上缴收入 | 7 | 七、文化旅游体育与传媒支出 | 37 |\n",
        # a PDF's text layer: a blank after one marker
        "一、概况 （一）单位成立于1985年。 （二） 单位以培训为主。 （三）单位内设五个科室。\n",
        # a blank after 2. and after 4、, and a 四、 that opens on a year: the runs are whole
        "一、概况 1.主要职能。负责全县团的工作。 2. 机构情况。只有本级。 3.人员情况。编制三个。\n",
        "职责：1、领导全市团的工作。 2、负责青联工作。 3、承担委托事务。4、 组织青年建功。5、参与政策起草。\n",
        "目录 三、收支概况 四、2018年度财政拨款收支情况 五、一般公共预算拨款概况 六、三公经费\n",
        # a document site's page counter (2、) opens the paragraph; the report's own item 2. follows
        "2、续上页的职责说明，共五项。2.项目实施依据：依据县政府年度工作安排。\n",
        # item 3 lost only its dot (a PDF's layout): it is there, so 4. skips nothing
        "职责：1. 负责道路养护。 2. 负责桥梁检测。 3 负责路灯管理。 4. 负责广告审批。\n",
        # a form's blank slots: item 2 is there, empty, and 3. runs on into the next cell's label
        "年度目标 1.完成道路养护三百公里； 2. 3. 项目权重 分值\n",
        # a document library's fragment counter (1、 2、 at a line's head, the page cut mid-word) before the
        # report's own 2、 in the same paragraph: the site's number is not the report's item 2
        "1、本馆概况：（1）收藏地方文献，供读者查阅，为研究本地历史提供第一手资料和线索，馆藏古籍善本若干，"
        "近年又补充了大量电子资源与数据库，读者可在阅览室和线上平台使用；（2）开展全民阅读活动，举办讲座、"
        "展览和读书会，面向少年儿童开设绘本专区，面向老年读者开设大字本专架，全年服务读者逾万人次，并向乡镇"
        "文化站配送图书，指导农家书屋的日常管理与图\n"
        "2、书流转工作。2、机构设置：内设办公室和借阅部。3、人员情况：实有六人。\n",
        # headings run into one line: 二、 opens a new part, its (一) glued to the heading; the (二) after it
        # is that part's own, no repeat of the (二) before the heading
        "一、单位基本情况1.单位职责(一)实施义务教育。(二)小学、初中学历教育。二、项目概况(一)生均公用经费：保障学校"
        "运转。(二)营养改善计划：补助学生膳食。(三)困难学生生活补助：按标准发放。\n",
        "一、基本情况 1.主要职能。2.机构设置。二、项目情况1.项目背景：上级下达。2.资金来源：财政拨款。3.实施内容：道路养护。\n",
    ),
)

_CN = "一二三四五六七八九十"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
# A marker counts only after these (or at the start of the paragraph); checked in Python, since a
# lookbehind in front of every pattern would be tried at every position of the text.
_BOUNDARY = frozenset("，,；;：:。！？ \t\u3000")
# (style, pattern): the number is group 1; the item text must start with a Chinese character or quote
# (after one blank at most: a PDF's text layer writes "（二） 学校…", "2. 机构情况").
_STYLES = (
    # 二是 may open on a year (二是2020年下拨了…)
    ("是", regex_cache.compile(rf"([{_CN}]{{1,2}})是(?=[\u4e00-\u9fff“]|(?:19|20)\d\d年)")),
    ("第", regex_cache.compile(rf"第([{_CN}]{{1,2}})[，,、](?=[\u4e00-\u9fff“])")),
    ("（n）", regex_cache.compile(r"[（(](\d{1,2})[）)](?=[ \u3000]?[\u4e00-\u9fff“])")),
    ("（一）", regex_cache.compile(rf"[（(]([{_CN}]{{1,2}})[）)](?=[ \u3000]?[\u4e00-\u9fff“])")),
    # 一、 may open on a year (四、2018年度财政拨款…, a contents run into one line)
    ("一、", regex_cache.compile(rf"([{_CN}]{{1,2}})、(?=[ \u3000]?(?:[\u4e00-\u9fff“]|\d{{4}}年))")),
    # one blank after 2. or 4、 (a PDF's text layer: "2. 机构情况"); 2. 5 is never a marker (a digit follows)
    # 3.2024年收支预算…: the item's title may open on a year
    ("n.", regex_cache.compile(r"(?<![\d.．])(\d{1,2})[.．、](?:(?![\d])(?=[ \u3000]?[\u4e00-\u9fff“])|(?=(?:19|20)\d\d年))")),
    ("①", regex_cache.compile(rf"([{_CIRCLED}])(?=[\u4e00-\u9fff“])")),
)


# Characters every marker of a style contains: a paragraph with fewer than two is skipped unread.
_TRIGGERS = {"是": "是", "第": "第", "（n）": "（(", "（一）": "（(", "一、": "、", "n.": ".．、", "①": _CIRCLED}


_TRIGGER_RE = {style: regex_cache.compile("[" + re.escape(chars) + "]") for style, chars in _TRIGGERS.items()}


def _enough(text: str, style: str) -> bool:
    """Whether two of the text's characters are the style's triggers (two searches, not a count per trigger)."""
    trigger = _TRIGGER_RE[style]
    first = trigger.search(text)
    return first is not None and trigger.search(text, first.end()) is not None


_ANY_TRIGGER = regex_cache.compile("[" + re.escape("".join(sorted(set("".join(_TRIGGERS.values()))))) + "]")
_STYLES_OF = {ch: tuple(style for style, chars in _TRIGGERS.items() if ch in chars) for ch in set("".join(_TRIGGERS.values()))}


def _enough_styles(text: str) -> frozenset[str]:
    """The styles :func:`_enough` holds for in ``text``: its triggers found in one search and counted per style,
    instead of two searches for each of the seven styles (most paragraphs hold none, or one 、)."""
    found = _ANY_TRIGGER.findall(text)
    if len(found) < 2:
        return frozenset()
    counts: dict[str, int] = {}
    for ch in set(found):
        n = found.count(ch)
        for style in _STYLES_OF[ch]:
            counts[style] = counts.get(style, 0) + n
    return frozenset(style for style, n in counts.items() if n >= 2)


def _at_boundary(text: str, start: int) -> bool:
    return start == 0 or text[start - 1] in _BOUNDARY


def _number(style: str, raw: str) -> int:
    if style == "①":
        return _CIRCLED.index(raw) + 1
    if raw.isdigit():
        return int(raw)
    return parse_chinese_numeral(raw) or 0


_CELL = regex_cache.compile(r"[^|\t]+")
# The styles of an outer level for each style whose list a heading of that level ends (一、 over （一）,
# both over 1. and the levels below): after such a heading the list numbers afresh.
_OUTER = {"（一）": ("一、",), "n.": ("一、", "（一）"), "（n）": ("一、", "（一）"), "①": ("一、", "（一）")}
_PATTERNS = dict(_STYLES)


def check(ctx):
    # a library's fragment counters are blanked (same length, so offsets hold) before the paragraph is read
    site = {start for start, _ in fragment_marks(ctx.text)}
    for para in ctx.paragraphs:
        if "二是" in para.text:
            yield from _first_lost(ctx.text, para)
        text = para.text
        if site:
            text = _blank_site_numbers(text, para.start, site)
        for s, e, message in _found(text):
            yield Finding(para.start + s, para.start + e, RULE.code, RULE.severity, message)


_SECOND = regex_cache.compile(r"(?<=[。；;！？])[ \u3000]?二是(?=[\u4e00-\u9fff“])")
_THIRD = regex_cache.compile(r"[。；;，,！？][ \u3000]?三是(?=[\u4e00-\u9fff“])")
# Words that open a list's first item instead of 一是 (首先…二是…): then nothing was lost.
_OPENERS = regex_cache.compile(r"一是|一要|一则|一方面|首先|其一|第一|[（(]?一[）)、]|1[.．、]")
FIRST_REACH = 300  # characters before 二是 searched for the list's first item marked otherwise (and its whole paragraph)
ITEM_REACH = 200  # the unmarked first item is at most this long


def _first_lost(text: str, para):
    """A list "X…。二是…三是…" whose first item has no 一是 (nor 首先, 其一 …) in reach before it: the item
    before 二是 lost its mark. 二是 opening a paragraph is not read (its 一是 may stand a page before)."""
    body = para.text
    m = _SECOND.search(body)
    if m is None or _THIRD.search(body, m.end(), m.end() + ITEM_REACH) is None:
        return
    at = para.start + m.start()
    if _OPENERS.search(text, max(0, min(para.start, at - FIRST_REACH)), at):  # its paragraph, however long the item
        return
    close = m.start() - 1  # the full stop that ends the unmarked first item
    begin = max(body.rfind(c, max(0, close - ITEM_REACH), close) for c in "：:。；;！？")
    if begin < 0 and close > ITEM_REACH:
        return
    begin += 1
    while begin < close and body[begin] in " \u3000":
        begin += 1
    if close - begin < 4:
        return
    yield Finding(para.start + begin, para.start + close, RULE.code, RULE.severity,
                  "列举从“二是”开始，前面没有“一是”：“二是”之前的这一项应以“一是”开头。")


def _blank_site_numbers(text: str, offset: int, site: set[int]) -> str:
    """``text`` with each library fragment counter ("2、" whose digit starts at a position in ``site``) blanked."""
    for start in sorted(p - offset for p in site if offset <= p < offset + len(text)):
        end = text.find("、", start) + 1
        if end > start:
            text = text[:start] + " " * (end - start) + text[end:]
    return text


@lru_cache(maxsize=16384)
def _found(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, message) of each finding in one paragraph, offsets in it: read once per distinct paragraph."""
    if "|" in text or "\t" in text:
        # a table row: each cell is read on its own (a 收入 cell and a 支出 cell both open with 七、)
        return tuple((cell.start() + s, cell.start() + e, message) for cell in _CELL.finditer(text)
                     for style, marks in _lists(cell.group())
                     for s, e, message in _judge(cell.group(), marks, _heads(cell.group(), style)))
    return tuple(found for style, marks in _lists(text) for found in _judge(text, marks, _heads(text, style)))


def _heads(text: str, style: str) -> tuple[int, ...]:
    """Where a heading of a level outer to ``style`` starts in ``text`` (二、 for a （一） list): a new part."""
    return tuple(sorted(m.start() for outer in _OUTER.get(style, ()) if _enough(text, outer)
                        for m in _PATTERNS[outer].finditer(text) if _at_boundary(text, m.start())))


@lru_cache(maxsize=8192)
def _lists(text: str) -> tuple[tuple[str, tuple[tuple[int, int, int], ...]], ...]:
    """The inline numbering of one paragraph, (style, marks) per style with two markers or more, in _STYLES order.

    It depends on the paragraph's text alone, and reports repeat paragraphs,
    so it is read once per distinct paragraph and process.
    """
    out = []
    enough = _enough_styles(text)
    for style, pattern in _STYLES:
        if style not in enough:
            continue
        marks = tuple((m.start(1), m.end(1), _number(style, m.group(1))) for m in pattern.finditer(text)
                      if _at_boundary(text, m.start()) and not (style == "一、" and _grade_pair(text, m)))
        if len(marks) >= 2:
            out.append((style, marks))
    return tuple(out)


# What a pair of grades names after its second numeral (一、二级残疾人, 三、四类地区, 一、二等奖).
_GRADE = regex_cache.compile(rf"([{_CN}]{{1,2}})[级类等档星期批型]")


def _grade_pair(text: str, m: re.Match) -> bool:
    """Whether the 一、 matched at ``m`` is the first of two grades named together (“一、二级重度残疾人”, “三、四类”):
    the next grade's numeral right after it, then its 级 or 类. A heading 十、一级项目… names no pair."""
    g = _GRADE.match(text, m.end())
    return g is not None and parse_chinese_numeral(g.group(1)) == _number("一、", m.group(1)) + 1


def _joint(text: str, end: int) -> str:
    """The mark that closes a number (1、 or 1.): the list marked with the other is another list."""
    return "、" if text[end:end + 1] == "、" else "."


MAX_DOUBLED = 1  # numbers written twice in a row: more than this is two lists side by side


def _lost_mark(text: str, lo: int, hi: int, number: int) -> bool:
    """Whether item ``number`` stands between ``lo`` and ``hi`` with its bare number, its mark lost ("9.…
    10 负责…11.…", "2.…3负责…4.…"): nothing was skipped; the lost mark is S013's (or S011's). Or with
    its mark and nothing after it, a form's blank slot ("1.完成养护300公里； 2. 3. 项目权重"): there, empty."""
    bare = regex_cache.compile(
        rf"(?<![\d.．]){number}(?:(?![\d.．、])(?=[ \u3000]?[\u4e00-\u9fff])|[.．、](?=[ \u3000]|$))"
    )
    # the number opens an item: after the previous item's full stop (blanks between), or after a blank in a
    # contents flattened to one line (… 3.2024年收支预算 4部门支出总表 5.…), not inside its clause; or with its
    # mark, run on after the last word of the item before (…绿地系统规划3.城市园林绿地管理…): written, its
    # full stop lost
    return any(text[:m.start()].rstrip(" \u3000")[-1:] in _ITEM_END
               or text[m.start() - 1:m.start()] in (" ", "\u3000") and "\u4e00" <= text[m.end():m.end() + 1] <= "\u9fff"
               for m in bare.finditer(text, lo, hi)) \
        or regex_cache.compile(rf"(?<=[\u4e00-\u9fff]){number}[.．](?=[\u4e00-\u9fff])").search(text, lo, hi) is not None


_ITEM_END = frozenset("。；;！？!?")


def _run_on_shi(text: str, lo: int, hi: int, e: int, numbers: range) -> bool:
    """Whether each item a 是 run seems to skip is written between, run on after the last word of the item
    before (……组织法治培训4次二是组织……三是……): its mark stands where no boundary precedes it, so it was not
    read as a marker, but nothing was skipped; the lost full stop is no skip."""
    return text[e:e + 1] == "是" and all(chinese_ordinal(k) + "是" in text[lo:hi] for k in numbers)


def _judge(text, marks, heads=()):
    # 一、收入 一、支出 二、… 二、…: a two-panel table flattened to one line interleaves two lists
    if sum(1 for a, b in zip(marks, marks[1:]) if a[2] == b[2]) > MAX_DOUBLED:
        return
    prev = None
    run = 0
    for i, (s, e, n) in enumerate(marks):
        # Only the paragraph's own list counts: the first marker of a heading line is its heading number.
        if prev is None:
            prev, run = n, 1
            continue
        if any(marks[i - 1][1] < h < s for h in heads):
            prev, run = n, 1  # 二、项目概况 between the two: a new part, whose list numbers afresh
            continue
        if n == prev + 1 or n == 1 or _joint(text, e) != _joint(text, marks[i - 1][1]):
            # 2、…2.…: a number closed by another joint is another list's (a site's page counter, an outer
            # level), so it neither repeats nor skips the one before
            run = run + 1 if n == prev + 1 else 1
            prev = n
            continue
        following = marks[i + 1][2] if i + 1 < len(marks) else None
        if n == prev and run >= 1 and (following is None or following in (n + 1, 1)):
            yield s, e, f"段落内列举序号“{text[s:e]}”与上一项重复，应为{prev + 1}。"
        elif n in (prev + 2, prev + 3) and prev >= 1 \
                and not any(_lost_mark(text, marks[i - 1][1], s, k) for k in range(prev + 1, n)) \
                and not (text[e:e + 1] == "是" and lost_shi_at(text, marks[i - 1][1], s, prev + 1) is not None) \
                and not _run_on_shi(text, marks[i - 1][1], s, e, range(prev + 1, n)):
            lost = "、".join(str(k) for k in range(prev + 1, n))
            yield s, e, f"段落内列举序号跳号：上一项是{prev}，此处是{n}，缺少{lost}。"
        prev, run = n, run + 1
