"""S014: a page number in a table of contents that runs backwards ("（二）预算执行 7", then "三、绩效评价 5").

A contents lists its entries in the order of the text, so their page numbers
never decrease. When one does, an entry was moved, or its page typed wrong
after the text was repaginated. The entry reported is the one out of line:
a dip (7, 5, 8: the 5) or a spike (4, 9, 5, 6: the 9). Read from the 目录
line down, over lines that end in a page number, to the first line of prose;
wrapped entries without a number are passed over. Precision first: the
contents must give at least four pages, and a number that belongs to the title
(附件2, 表3) or is a year is no page. Nor is a date line under the 目录 heading
(公开时间:2022年922, a date whose 月 and 日 the page lost): its figures are a
month and a day, and read as page 922 they made every entry after it a dip.
"""

from __future__ import annotations

from typing import Optional

from ...core import regex_cache
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="S014",
    name="toc-page-order",
    severity="warning",
    summary="目录中的页码前后倒退",
    doc=(
        "检查什么：目录各条末尾的页码（也读括号中的页码“（ 3 ）”）是否按顺序不减：“（二）预算执行情况 7”之后是“三、绩效评价工作情况 5”，页码倒退了。\n"
        "为什么：目录按正文顺序排列，页码只会增加；倒退说明条目被挪动过，或改版后页码没有更新，读者按目录翻不到。\n"
        "不报的情形：页码不少于前一条；目录里能读出的页码少于四个；标题本身带的编号（附件2、表3）和年份。\n"
        "示例：“（二）预算执行情况 7”“三、绩效评价工作情况 5”“（一）绩效评价目的 8”中的“5”应为7或8。"
    ),
    flag=(
        "目 录\n一、部门概况 1\n（一）职能职责 1\n二、预算执行情况 3\n（一）预算编制 4\n（二）预算执行 7\n"
        "三、绩效评价工作情况 5\n（一）评价目的 8\n四、结论 9\n一、部门概况\n本局是县政府工作部门。\n",
        "目录\n第一部分 单位概况……2\n第二部分 决算报表……12\n第三部分 情况说明……6\n第四部分 名词解释……25\n"
        "第五部分 附件……27\n",
        # pages in brackets
        "目录\n一、概况……（ 3 ）\n（一）部门职责……（ 1 ）\n（二）机构设置……（ 5 ）\n二、决算公开表……（ 6 ）\n",
        # dot leaders that fill the line past the length of a title: still the contents
        "目录\n第一部分 概况" + "." * 50 + " 2\n一、职责" + "." * 60 + " 2\n第二部分 公开表" + "." * 50 + " 3\n"
        "第三部分 情况说明" + "." * 50 + " 5\n一、收支总体情况" + "." * 50 + " 4\n二、收入情况" + "." * 50 + " 6\n",
    ),
    keep=(
        "目 录\n一、部门概况 1\n（一）职能职责 1\n二、预算执行情况 3\n（一）预算编制 4\n（二）预算执行 5\n"
        "三、绩效评价工作情况 7\n（一）评价目的 8\n四、结论 9\n一、部门概况\n本局是县政府工作部门。\n",
        "目录\n一、部门概况 3\n附件2\n附件1 自评表 12\n二、绩效分析 13\n三、结论 15\n",
        "目录\n一、2023年收支情况 3\n二、2022年收支情况 5\n三、2021年收支情况 7\n四、结论 9\n",
        "目录\n一、概况……（ 1 ）\n（一）部门职责……（ 1 ）\n（二）机构设置……(2)\n二、决算公开表……（ 6 ）\n附件（2）\n",
        # a publication date under the heading, its 月 and 日 lost by the page: a date, not an entry on page 922
        "目录\n公开时间:2022年922\n第一部分 部门概况……4\n一、基本职能……4\n二、机构设置……9\n第二部分 情况说明……10\n",
        "目录\n发布日期：2023年9月18\n一、单位概况……2\n二、收支情况……3\n三、其他说明……6\n四、名词解释……8\n",
        "目录\n2021年10月8\n一、单位概况 2\n二、收支情况 3\n三、其他说明 6\n四、名词解释 8\n",
    ),
)

_TOC_TITLE = regex_cache.compile(r"(?:[^\s。，；]{0,20}(?:公开|报告|材料))?目\s*录")
# An entry: a title, a dot leader or blanks, and its page number at the end of the line, bare or in
# brackets ("一、概况……( 3 )").
_ENTRY = regex_cache.compile(r"^(?P<title>.*?[\u4e00-\u9fff）)”])(?P<leader>[\s.．…·\-—]*)"
                    r"(?P<open>[(（][ \u3000]{0,2})?(?P<page>\d{1,3})(?(open)[ \u3000]{0,2}[)）])$")
_TITLE_NUMBER = regex_cache.compile(r"(?:附件|附表|表|图|第|部分|之)$")
MIN_PAGES = 4
# A date line (公开时间:2022年922, 发布日期：…, 2021年10月8): its figures are a date's, never a page.
_DATE_LABEL = regex_cache.compile(r"(?:公开|发布|印发|成文|编制|报送)?(?:时间|日期)[ \u3000]{0,2}[:：]")
_DATE_END = regex_cache.compile(r"(?:(?:19|20)\d\d[ \u3000]{0,2}年|\d{1,2}[ \u3000]{0,2}月)$")
PROSE = regex_cache.compile(r"[。；！？]")
MAX_TITLE = 60
# A dot leader ("……", "......"): a line's width filler, not its words; a long one on a short title is no prose.
_LEADER = regex_cache.compile(r"[.．…·]{3,}")


def _page(text: str) -> Optional[int]:
    m = _ENTRY.match(text.strip())
    if m is None or (not m.group("leader") and _TITLE_NUMBER.search(m.group("title"))):
        return None  # 附件2 glued to its title: the number is the title's, not a page
    if _DATE_LABEL.match(m.group("title")) or (not m.group("leader") and _DATE_END.search(m.group("title"))):
        return None  # 公开时间:2022年922: a month and a day glued to the year, not page 922
    return int(m.group("page"))


def _entries(ctx) -> list[tuple[object, int]]:
    """The contents' lines that end in a page number, with that number, in order."""
    paras = ctx.paragraphs
    start = next((i for i, p in enumerate(paras[:80]) if _TOC_TITLE.fullmatch(p.text.strip())), None)
    if start is None:
        return []
    out: list[tuple[object, int]] = []
    for p in paras[start + 1:]:
        text = p.text.strip()
        if PROSE.search(text) or len(_LEADER.sub("", text)) > MAX_TITLE:
            break  # the body's first paragraph of prose; a dot leader is no part of an entry's length
        page = _page(text)
        if page is not None:
            out.append((p, page))
        elif out and text == out[0][0].text.strip()[: len(text)]:
            break  # the first entry again, without its page: the body's heading
    return out


def _out_of_line(pages: list[int], i: int) -> int:
    """Index of the entry to report when page ``i`` is below page ``i - 1``: the dip, or the spike before it."""
    nxt = pages[i + 1] if i + 1 < len(pages) else None
    if nxt is not None and nxt >= pages[i - 1]:
        return i  # 7, 5, 8: the 5 dips
    if i >= 2 and pages[i] >= pages[i - 2]:
        return i - 1  # 4, 9, 5: the 9 is out of line
    return i


def check(ctx):
    entries = _entries(ctx)
    if len(entries) < MIN_PAGES:
        return
    pages = [page for _, page in entries]
    reported = set()
    for i in range(1, len(pages)):
        if pages[i] >= pages[i - 1]:
            continue
        k = _out_of_line(pages, i)
        if k in reported:
            continue
        reported.add(k)
        p, page = entries[k]
        before = pages[k - 1] if k > 0 else None
        after = pages[k + 1] if k + 1 < len(pages) else None
        between = f"前一条是第{before}页" + (f"、后一条是第{after}页" if after is not None else "")
        yield Finding(p.start, p.end, RULE.code, RULE.severity,
                      f"目录页码前后倒退：此条为第{page}页，{between}，请按正文核对页码或条目顺序。")
