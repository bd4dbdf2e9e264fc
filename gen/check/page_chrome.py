"""The web page around a report: its navigation trail and its controls, which are not the report.

A report saved from a government site keeps the page's furniture above its
title: the trail to it ("当前位置：首页 > 信息公开 > 财政信息", "首页 > 专题专栏 >
2019年及以后年度部门预决算 > …"), whose words are the site's column names, and
the buttons ("【字号：大 中 小】", "【打印】【关闭】"), whose links are lost,
leaving "【字号:", "字体:【 默认" or "打印 】【 关闭" (or "【】【】【", every label lost) with brackets that pair nothing,
the page's header fields ("作者【】 【发布时间：…】 【来源：】 字体【大 中 小】"), whose values go the same way
("作者【 【来源:  字体【"), and the site's tool bar ("登录 注册 长者版 | 无障碍 | 繁體"),
whose script switch is written in the script it switches to (a document library's own furniture is
gen.check.library_pages'). None of it is the report's wording or its title: the year
of a column name is not the report's, a column name is not the author's
spelling, and the control's bracket was never a bracket of the text.
"""

from __future__ import annotations

import re

from ..core import regex_cache
from ..core.regex_needles import contains, finditer as near_needles, search as near_search
from .textspans import DOMAIN, line_around

# A navigation trail: "当前位置" / "您的位置" / "所在的位置" or a 首页 followed by a separator.
_TRAIL = regex_cache.compile(r"(?:当前|您的|所在的?|现在的?)位置|首页\s{0,3}(?:>|＞|»|/)")
# The brackets of a page's buttons: 【字号：大 中 小】 (its sizes lost with their links), 【打印】【关闭】,
# 【下载Word】【下载PDF】 (the file formats a page offers its text in).
_BUTTON_WORDS = ("字号", "字体", "打印", "关闭", "收藏", "分享", "下载")
_BUTTON = "(?:" + "|".join(_BUTTON_WORDS) + ")"
# The closing bracket's alternatives read the button's label itself rather than looking behind for it, one
# alternative per label: a pattern that opens with a lookbehind or a group is tried at every character of the
# text, one whose alternatives each open with a literal (【, a label's first character) lets re skip ahead to
# them. The same brackets are found: a label holds no bracket, so no match takes a character another one would
# have begun with.
_CONTROL = regex_cache.compile(r"【(?=[ \u3000]{0,2}(?:浏览|阅读)?" + _BUTTON + r")|"
                               + "|".join(word + r"[ \u3000]{0,2}】" for word in _BUTTON_WORDS))
# The page's header fields in brackets, 【发布时间：…】【来源：…】, and the labels written before a bracket, 作者【…】
# 字体【大 中 小】: a field whose value or link was lost leaves a bracket that pairs nothing ("作者【 【来源:").
_FIELD = r"(?:作者|来源|信息来源|文章来源|发布时间|发布日期|发布机构|浏览次数|点击数|访问量)"
# The label of a header field whose value is the body that put the page out: "发布机构 | 昌宁县民政局 |",
# "来源：县民政局" (a site files its units' reports under the parent department).
# A label may stand in brackets: "[ 发布机构 ]重庆市某局".
_PUBLISHER = r"(?:发布机构|发布单位|信息来源|文章来源|来源)"
# (a table's cell may keep the label's colon: "发布机构: | 某市人民政府办公厅 |")
_PUBLISHER_LABEL = regex_cache.compile(_PUBLISHER + r"[ \u3000]{0,3}(?:[|｜:：\]】][ \u3000]{0,3}){0,2}$")
_FIELD_OPEN = regex_cache.compile(r"【(?=[ \u3000]{0,2}" + _FIELD + r")")
_LABEL_OPEN = regex_cache.compile(r"(?:字号|字体(?:大小)?|作者|来源)[:：]?[ \u3000]{0,2}【")  # 字体大小:【 cut after it too
# A whole button: its brackets and its label (【下载Word】).
_BUTTON_SPAN = regex_cache.compile(r"【[ \u3000]{0,2}" + _BUTTON + r"[^【】\n]{0,12}】")
# Buttons whose labels were lost with their links, in a row (点击数:12158 | 【】【】【): two empty pairs or more,
# and the opening bracket of one more the page cut.
# (The first pair written out: a pattern that opens with a repeated group is tried at every character.)
_EMPTY_PAIR = r"【[ \u3000]{0,2}】[ \u3000]{0,2}"
_EMPTY_BUTTONS = regex_cache.compile(_EMPTY_PAIR + r"(?:" + _EMPTY_PAIR + r"){1,7}【?")
MAX_TRAIL_LINE = 200  # a longer line is text that happens to mention a 首页
# The tools of a site's bar: a line of them (two or more, few other words) is the bar. A page's own buttons (保存为word
# 打印 关闭) count where 打印 or 关闭 stands alone between blanks or marks, a label, not a verb of a sentence.
_TOOL = regex_cache.compile(r"登录|登錄|注册|註冊|注冊|无障碍|無障礙|长者版|長者版|关怀版|關懷版|繁体|繁體|简体|簡體|网站地图|網站地圖"
                            r"|English|日本語|한국어|Русская версия|保存为(?:word|Word|WORD)|设为首页|加入收藏|RSS订阅"
                            # each tool its own literal branch, its guard after it: re then skips by first characters
                            # (a group or a lookbehind in front made this search 10 ms on 300,000 characters, not 0.9)
                            r"|打印(?<![\u4e00-\u9fff]..)(?![\u4e00-\u9fff])|关闭(?<![\u4e00-\u9fff]..)(?![\u4e00-\u9fff])")
MAX_BAR_LINE = 60
# A longer line is still the bar when it holds three tools or more (网站导航|手机客户端|无障碍系统|RSS订阅 简体| 繁体| English|
# 日本語 | 한국어| 加入收藏): the site's menu run into one line.
MAX_LONG_BAR_LINE = 160
LONG_BAR_TOOLS = 3
# A site's footer or plugin prompt on a line of its own (Copyright©某中心 All Rights Reserved 版权所有; 获取 Adobe Flash Player).
_FOOTER = regex_cache.compile(r"Copyright|All Rights Reserved|版权所有|Flash Player")


def after_publisher_label(line: str, pos: int) -> bool:
    """Whether the name at ``pos`` of ``line`` is the value of a page header's publisher field (发布机构 | …)."""
    return _PUBLISHER_LABEL.search(line, max(0, pos - 12), pos) is not None


# A page header's publisher field up to a point inside its value: "发布时间:… 来源:某区卫生计生局" (the site
# files the page under the unit's account name, which the site may not have renamed). The label stands on its
# own — "资金来源：区卫生计生局拨付" is the report's sentence — and the value runs unbroken to the point.
_IN_PUBLISHER_FIELD = regex_cache.compile(
    r"(?<![\u4e00-\u9fff])" + _PUBLISHER + r"[ \u3000]{0,3}[|｜:：][ \u3000]{0,3}"
    r"[\u4e00-\u9fff（）()]{0,30}$")


def in_publisher_field(text: str, pos: int) -> bool:
    """Whether ``pos`` of ``text`` lies in the value of a page header's publisher field (来源：…局): the
    site's record of who put the page out, not the report's wording."""
    start, _ = line_around(text, pos)
    return _IN_PUBLISHER_FIELD.search(text, max(start, pos - 48), pos) is not None


# The site's greeting at the head of a line ("欢迎来到某县人民政府某县预决算公开”专题频道"), up to the word
# naming the site (网站, 门户网, 频道, 专栏): the site's own words, quotes and all. The line may have been run
# into the next (a line not ending a sentence is read as a hard break), so the greeting ends at that word.
_BANNER = regex_cache.compile(r"^[ \u3000]*欢迎(?:来到|访问|光临|您访问)[^\n。]{0,60}?(?:门户网|网站|频道|专栏|网)",
                              re.MULTILINE)
_PAIR_MARKS = frozenset("“”‘’《》（）【】〔〕")


def banner_marks(text: str) -> set[int]:
    """Offsets of the quotation marks and brackets on the site's greeting line: a mark the site left
    unpaired there is no slip of the report's."""
    if not contains(text, "欢迎"):
        return set()
    return {m.start() + i for m in _BANNER.finditer(text) for i, ch in enumerate(m.group()) if ch in _PAIR_MARKS}


# One tool of the bar alone on its line, as a menu lists its items (• 繁體版, 繁體中文): the bar written downwards.
_ONE_TOOL = regex_cache.compile(r"[\s•·●>|]{0,4}(?:" + _TOOL.pattern + r")(?:版|中文)?[\s|]{0,2}")


def is_tool_bar(line: str) -> bool:
    """Whether ``line`` is the site's tool bar (登录 注册 长者版 | 无障碍 | 繁體中文), or one of its tools alone on
    its line (• 繁體版) as a menu written downwards lists it."""
    if len(line) > MAX_LONG_BAR_LINE:
        return False
    tools = len(_TOOL.findall(line))
    return tools >= LONG_BAR_TOOLS or (len(line) <= MAX_BAR_LINE and (tools >= 2 or _ONE_TOOL.fullmatch(line) is not None))


# A site's list of pages cuts a long title off (... or …) before the item's date: 关于印发《应急预... 2025-12-07.
DATED_CUT = regex_cache.compile(r"(?:\.{3}|…)[ \t]{0,4}\d{4}-\d{1,2}-\d{1,2}")


def cut_before_date(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] runs into a title cut off by a site's list before its date."""
    return DATED_CUT.search(text, start, end) is not None


def chrome_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line of ``text`` that is the site's, not the report's: its tool bar, its footer
    (Copyright, All Rights Reserved, 版权所有) or a plugin prompt (Adobe Flash Player). Their English words and
    Traditional labels are the site's; a report quoting its own copyright line is not a report's prose."""
    if not (near_search(_FOOTER, text) or near_search(_TOOL, text)):  # most pages hold neither word: told by their needles
        return []
    out = []
    start = 0
    for line in text.split("\n"):
        if _FOOTER.search(line) or is_tool_bar(line):
            out.append((start, start + len(line)))
        start += len(line) + 1
    return out


# A page's byline: the site's name and host (湘潭市湘潭市统计局 xttj.xiangtan.gov.cn), then the time it put the
# report out. The name there is the site's heading run into its column's, not the author's wording.
_STAMP = regex_cache.compile(r"(?:发布时间|发布日期|发表时间|更新时间)[ \u3000]{0,2}[:：]?[ \u3000]{0,2}\d{4}[-/.年]\d{1,2}")
_HOST = regex_cache.compile(DOMAIN)
MAX_BYLINE = 100


def is_byline(line: str) -> bool:
    """Whether ``line`` is a page's byline: a publication time and the site's host name on one short line."""
    return len(line) <= MAX_BYLINE and _STAMP.search(line) is not None and _HOST.search(line) is not None


# A newspaper clipping's dateline (某某报/2023年2月15日/第005版), the page's name following it.
_DATELINE = regex_cache.compile(r"报[/ \u3000][^\n]{0,30}?第[ \u3000]?[0-9０-９一二三四五六七八九十]{1,3}[ \u3000]?版[ \u3000]{0,2}$")


def after_dateline(text: str, pos: int) -> bool:
    """Whether ``pos`` of ``text`` follows a clipping's dateline (…/第 005 版|共青团), where the page's name
    stands and the headline after it may open with the same words (共青团 | 共青团某县委…): two lines of the
    clipping, however a reader joined them, not a word typed twice."""
    return _DATELINE.search(text, max(0, pos - 40), pos) is not None


# The browser's title bar kept at the head of a saved page: the page's name and the site's, or words a site
# put there for search engines, joined by an underscore ("某市财政预算公开_某某门户网站"). Chinese prose never
# joins two words with "_", so a short line of the page's first few with one between Chinese characters and no
# sentence mark is the site's title, not the report's text.
_TITLE_JOIN = regex_cache.compile(r"[\u4e00-\u9fff][ \u3000]{0,2}_[ \u3000]{0,2}[\u4e00-\u9fff]")
_SENTENCE_MARK = regex_cache.compile(r"[，。；！？]")
MAX_TITLE_BAR = 60
TITLE_BAR_LINES = 3  # the title bar is among the page's first lines that hold text


def is_page_title(text: str, pos: int) -> bool:
    """Whether ``pos`` of ``text`` lies on the page's title bar: one of its first lines that hold text, short,
    with an underscore between two Chinese characters and no sentence mark ("某市财政预算公开_某某网"); the
    navigation trail the bar may have been run into ("…_某某网您现在的位置：首页 > …") is not part of it."""
    start, end = line_around(text, pos)
    line = text[start:end]
    trail = _TRAIL.search(line)  # a title bar not ending a sentence is read as run into the trail below it
    if trail and trail.start() > pos - start:
        line = line[:trail.start()]
    if len(line.strip()) > MAX_TITLE_BAR or not _TITLE_JOIN.search(line) or _SENTENCE_MARK.search(line):
        return False
    above = [row for row in text[:start].split("\n") if row.strip()]
    return len(above) < TITLE_BAR_LINES


_SEPARATOR = regex_cache.compile(r"\s{0,3}(?:>{1,2}|＞{1,2}|»)\s{0,3}")


def trail_end(line: str) -> int:
    """Where the page's navigation trail on ``line`` ends: after its last separator, 0 when none.

    The last crumb names the page itself (often the report's title, and a reader may have run the
    title's own line into it), so it is left to be read; the crumbs before it are the site's.
    """
    if len(line) > MAX_TRAIL_LINE or (_TRAIL.search(line) is None and not _bare_trail(line)):
        return 0
    ends = [m.end() for m in _SEPARATOR.finditer(line)]
    return ends[-1] if ends else len(line)


MAX_CRUMB = 12  # a crumb of a trail with no 首页 ("政务公开 > 财政 > 财政专题 > …"): a column's short name
_CRUMB = regex_cache.compile(r"[\u4e00-\u9fff][^，,。；;：:！？]{0,11}")


def _bare_trail(line: str) -> bool:
    """A trail that opens on a column, not on 首页 or 当前位置: three crumbs or more, each before the last a
    short name with a Chinese character and no clause mark ("政务公开 > 财政 > 财政专题 > 2021市级部门决算专题")."""
    if ">" not in line and "＞" not in line and "»" not in line:
        return False  # no separator: one crumb (most lines), told without splitting
    crumbs = _SEPARATOR.split(line.strip())
    return len(crumbs) >= 3 and all(len(c) <= MAX_CRUMB and _CRUMB.fullmatch(c) for c in crumbs[:-1])


MAX_COLUMN_CRUMB = 10  # a last crumb this short names a column of the site (2022决算), not the page's title
# A last crumb so named is a column of the site (2021市级部门决算专题, 部门财政预决算及三公经费), never a report:
# a report's title ends in its genre (决算, 情况说明, 报告).
_COLUMN_ENDS = ("专题", "专栏", "三公经费")


def in_trail(text: str, pos: int) -> bool:
    """Whether ``pos`` of ``text`` lies in the site's crumbs of a navigation trail: before its last separator,
    or in a last crumb too short to be the report's title ("首页 > 决算 > 2022决算", a column of the site)."""
    start, end = line_around(text, pos)
    line = text[start:end]
    cut = trail_end(line)
    if not cut:
        return False
    last = line[cut:].strip()
    return pos - start < cut or len(last) <= MAX_COLUMN_CRUMB or last.endswith(_COLUMN_ENDS)


# A line that goes on with a trail broken after its 首页 ("当前位置 : 首页" / ">>区卫生健康局 >>信息公开年报"): it opens on
# a separator, which no sentence of a report does.
_TRAIL_GOES_ON = regex_cache.compile(r"[ \u3000]{0,4}(?:>{1,2}|＞{1,2}|»)")


def in_site_header(text: str, pos: int) -> bool:
    """Whether ``pos`` of ``text`` lies where the site, not the report, names a body: the publisher field's value
    (来源：…局, or 发布机构: with its value on a line of its own below) or the crumbs of the navigation trail
    (a trail line, or one going on with a separator). The site names the body as it is called now."""
    if in_publisher_field(text, pos) or in_trail(text, pos):
        return True
    start, _ = line_around(text, pos)
    if _TRAIL_GOES_ON.match(text, start):
        return True
    above = text[:start].rstrip()
    label_line = above[above.rfind("\n") + 1:]
    return len(label_line) <= MAX_LABEL_LINE and after_publisher_label(label_line, len(label_line))


MAX_LABEL_LINE = 12  # 发布机构: standing alone on its line


def control_marks(text: str) -> set[int]:
    """Offsets of the 【 and 】 around a page's buttons and header fields in ``text`` (【字号:, 打印 】【 关闭,
    作者【 【来源:)."""
    if "【" not in text and "】" not in text:
        return set()
    marks = {m.end() - 1 if m.group().endswith("】") else m.start() for m in near_needles(_CONTROL, text)}
    marks.update(m.start() for m in _FIELD_OPEN.finditer(text))
    marks.update(m.end() - 1 for m in near_needles(_LABEL_OPEN, text))
    for m in _EMPTY_BUTTONS.finditer(text):
        marks.update(m.start() + i for i, ch in enumerate(m.group()) if ch in "【】")
    return marks


def button_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each whole page button in ``text`` (【下载Word】, 【打印】): its label is the site's, not
    the report's wording (a file format's name there is no English word of the author's)."""
    if "【" not in text:
        return []
    return [m.span() for m in _BUTTON_SPAN.finditer(text)]


# A page's record of the report (信息公开目录's fields: 索引号, 发布日期, 公开方式, 责任部门 …), two or more on a line:
# the site's catalogue, whose 责任部门 names the publisher as the site files it (西夏区政府办公室), not the report.
_RECORD_FIELD = regex_cache.compile(r"索[ \u3000]{0,2}引[ \u3000]{0,2}号|发布日期|公开时限|所属分类|效力状态|责任部门|公开方式|关键字|"
                                    r"公开范围|主题分类|成文日期|发文机关|信息分类|生效日期")


def is_record_line(line: str) -> bool:
    """Whether ``line`` is a row of the page's record of the document: two of its fields or more."""
    return len(_RECORD_FIELD.findall(line)) >= 2
