"""P004: unbalanced quotation marks and brackets within a paragraph.

A “ without its ”, a 《 without 》 or a （ without ） usually means text was cut
or pasted badly. Paragraphs broken by PDF extraction are followed to the
next line: an opener is carried over when its line does not end a sentence.

Two things look unbalanced and are not the author's: a site's summary cut at
a fixed length inside a title that the page's full text then prints whole,
and a closer typed as an opener ("“三公“经费"), one slip told once, where
the second opener stands rather than at its partner.

A converter that closes a “ with the right half of the other double quotes, 〞 (“媒体+政务〞, “十四五〞), leaves the “
open: the message names the 〞 that stands for its ”.

An Arabic item's mark that lost its opening bracket ("9).完成县教体局交办的其他事项" under "(8).负责……") is a closer
with no opener too, though 1) alone is a list's style: told where the nearest line-opening mark before it is the same
list's previous number in the pair; a half-bracket mark between them (1) 2) under (1)) makes it a sublist.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Iterable

import re
from functools import lru_cache

from ...core import regex_cache
from ...core.text_pairs import char_positions
from ..finding import Finding
from ..page_chrome import banner_marks, control_marks, cut_before_date
from .p002_document_number import lost_closers
from ..registry import Rule

RULE = Rule(
    code="P004",
    name="unbalanced-pair",
    severity="warning",
    summary="引号、书名号或括号不配对",
    doc=(
        "检查什么：同一段落中的“”、‘’、《》、（）、【】、〔〕是否成对出现。\n"
        "为什么：不配对的引号或括号多是删改、粘贴时丢了半边，影响文意。\n"
        "不报的情形：跨行断开的段落（上一行未以句末标点结束）中成对的符号；“1）”这类序号；"
        "网页上“【字号：大 中 小】”“【打印】【关闭】”一类按钮丢了链接后留下的“【字号:”“打印 】【 关闭”，"
        "以及网页头部“作者【】【来源：】”一类栏目丢了内容后留下的“作者【”“【来源:”，网页最上方“欢迎来到……网站（专题频道）”问候行里的符号；网站列表里在日期前被“...”截断的标题的左书名号；"
        "摘录在句中断开（全文最后一段没有句末标点）时，最后一个未配对的左符号（其后只有成对的符号）一直延续到断开处的；"
        "网页在正文之前按固定字数截断的摘要，断在引号或书名号之内、而后文完整写出同一段文字的。\n"
        "右引号误打成左引号（“三公“经费）时，只在误打的那一处报告一次，建议改为右引号。\n"
        "行首序号丢了左括号、而前一项写作“(8)”的（“9).完成……”），同样报告（其间有“1)”“2)”一类下级序号的除外）。\n"
        "目录条目引导点后的页码只有半边括号（“……(11”“……9)”，其他条目为“……(8)”）的，同样报告（下一行以右括号开头、页码转行的除外）。\n"
        "示例：“坚持“疫情要防住、经济要稳住的要求”缺少右引号。"
    ),
    flag=("坚持“疫情要防住、经济要稳住的要求。", "依据《预算法有关规定执行。", "全区（不含景区共有6家。",
          "深耕“媒体+政务〞，增强“四个意识〞。",  # closed by the other quotes' right half
          # a contents entry's page number that lost its closing bracket, or its opening one
          "目录\n一、收入决算情况说明······(7)\n二、支出决算情况说明······(9\n三、结转结余情况说明······(10)\n",
          "目录\n一、收入决算情况说明······(7)\n二、支出决算情况说明······9)\n",
          # cut off too, but an opener left open before other marks was lost inside the text
          "按照（财综〔2019年31号）等规定，修订出台了《某省专项资金管理",
          # the text's last line is whole: an opener typed twice before its pair is no cut
          "五、下一步改进措施\n【【待补充：改进措施（逐条填写）】",
          # a closer typed as an opener: one finding, at that second opener
          "七、一般公共预算财政拨款“三公“经费支出情况说明\n八、政府采购支出情况说明\n",
          # a paragraph that breaks off inside a quotation the text never prints whole: no summary of a page
          "目录第一部分单位概况一、部门职责二、机构设置（七）财政拨款“专项\n\n目录\n一、部门职责\n",
          # the site's greeting line is the site's, the report's lines below it are still read
          "欢迎访问某县人民政府门户网站\n坚持“疫情要防住、经济要稳住的要求。",
          # an item's mark that lost its opening bracket, the item before it bracketed whole
          "(1).贯彻执行教育方针。\n(2).做好保教工作。\n3).完成上级交办的其他事项。\n"),
    keep=(
        "坚持“疫情要防住、经济要稳住”的要求，依据《预算法》（2018年修正）执行。",
        # a sublist of half-bracket marks under a bracketed item, and a list written so throughout
        "(1)加强管理\n1)建立制度。\n2)落实责任。\n(2)强化监督\n",
        "1)建立制度。\n2)落实责任。\n3)强化监督。\n",
        # page numbers bracketed whole, or bare; one whose closer the page wrapped onto the next line
        "目录\n一、收入决算情况说明······(7)\n二、支出决算情况说明······9\n三、结转结余情况说明······(10\n)\n",
        # a page's font-size buttons cut off after their label's bracket (字体大小:【)
        "某区关于2024年法治政府建设情况的报告文件解读\n\n字体大小:【\n浏览次数:信息来源: 区司法局\n\n一、背景依据\n根据有关规定，编制本报告。\n",
        # a web page's buttons whose labels were lost with their links
        "某中学2021年度部门决算公开\n2022年11月28日 | 点击数:1024 | 【】【】【\n某中学2021年度部门决算\n",
        "1）加强管理；2）完善制度。",
        "快速落实了“五同\n步”等措施。",
        # an excerpt that breaks off inside a title: the closer lies beyond the cut
        "根据《预算法》等规定。\n依据《某县财政局关于印发项目支出绩效评价",
        # cut off inside a quoted title: the quotation's opener was cut open with the title's
        "根据《预算法》等规定。\n举办第十六届“中国统计开放日”“《中华人民共和国统计",
        # a web page's font-size control, its buttons (大 中 小) lost with their links
        "发布时间：2023-05-10  来源：某县民政局  【字号：\n某县民政局2022年度部门决算\n一、部门职责\n",
        "来源：某县司法局  时间：2024-10-25  点击率：打印 】【 关闭\n某县司法局2023年度部门决算\n",
        # the control labelled before its bracket, its sizes (默认 大) left as words
        "发布日期：2023-06-01\n字体:【 默认 大\n某县应急管理局2022年度部门决算\n",
        "2020-01-11 09:23\n来源:本网\n【浏览字体:\n\n当前正是森林火险高发期。\n",
        # an excerpt that breaks off inside a title that cites another, itself citing a third
        "根据《某县财政局关于转发<某市财政局关于印发<专项资金管理办法>的通",
        # an excerpt that breaks off after a pair closed inside the quotation it cut
        "工程于当年完工。\n并于12月5日在“某市公共资源交易平台（某区）",
        # the page's header fields, their values lost with the page's layout
        "作者【 【发布时间：2024-03-08】 【来源：  字体【  小\n某县侨联2023年度单位决算\n一、主要职责\n",
        # a page's summary cut at a fixed length inside a title, then the text that prints it whole
        "目录第一部分单位概况一、部门职责二、机构设置（七）财政拨款“三公\n\n目录\n第一部分 单位概况\n"
        "（七）财政拨款“三公”经费支出决算表\n",
        # the site's greeting line, its own opening quote lost
        "欢迎来到某县人民政府某县预决算公开”专题频道\n某县卫生健康局2022年度部门决算\n一、主要职责\n",
        # a site's list that cuts a long title off (...) before the item's date
        "· 县人民政府关于印发《县防汛防旱应急预... 2025-12-07\n· 县人民政府关于印发《县城乡建设管理办法》的通知 2025-11-03\n",
    ),
)

PAIRS = {"“": "”", "‘": "’", "《": "》", "（": "）", "【": "】", "〔": "〕"}
CLOSERS = {v: k for k, v in PAIRS.items()}
NAMES = {
    "“": "左引号“", "”": "右引号”", "‘": "左单引号‘", "’": "右单引号’", "《": "左书名号《", "》": "右书名号》",
    "（": "左括号（", "）": "右括号）", "【": "左方头括号【", "】": "右方头括号】", "〔": "左六角括号〔", "〕": "右六角括号〕",
}
# An item's mark closed by ）: 1） after a sentence's end, a blank or the text's start. Led by that mark (the
# start apart), not by an alternative with ^, so that re skips to the marks by itself instead of trying every
# character; the mark is none of the item's characters, so no match holds another's, and the ends are the same.
_LIST_CLOSER_ITEM = r"[0-9a-zA-Z一二三四五六七八九十]{1,3}）"
_LIST_CLOSER = regex_cache.compile(r"[；;。\s\t]" + _LIST_CLOSER_ITEM)
_LIST_CLOSER_AT_START = regex_cache.compile(_LIST_CLOSER_ITEM)
_MARKS = "".join(PAIRS) + "".join(CLOSERS)  # found by text_pairs.char_positions
_ITEM_CHARS = frozenset("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ一二三四五六七八九十")


def _list_closers(text: str) -> set[int]:
    """The ） of each ``_LIST_CLOSER`` match (1） after a sentence's end or a blank), read back from the
    text's ）: the pattern, led by a class that holds every blank, was tried at each character (3 of 9 ms).
    Neither the mark nor the item holds a ）, so matches never overlap and each ） ends one or none."""
    found = set()
    for c in char_positions(text, "）"):
        if c and text[c - 1] in _ITEM_CHARS and any(
                _LIST_CLOSER.fullmatch(text, c - size - 1, c + 1) for size in (1, 2, 3) if c - size - 1 >= 0):
            found.add(c)
    return found
_SENTENCE_ENDS = "。！？；：”…"
_SENTENCE_END = regex_cache.compile(f"[{_SENTENCE_ENDS}]$")


def _scan(marks: list[tuple[int, str]], stacks: dict[str, list[int]], list_closers: set[int]):
    """Push openers, pop closers; yield unmatched closers. ``marks``: (offset, mark) of a paragraph's marks."""
    for pos, ch in marks:
        if ch in PAIRS:
            stacks[ch].append(pos)
        elif ch in CLOSERS:
            if pos in list_closers:
                continue
            opener = CLOSERS[ch]
            if stacks[opener]:
                stacks[opener].pop()
            else:
                yield pos, ch


# A paragraph with hundreds of stray marks is one problem, not hundreds: after this many
# findings in a paragraph the rest are counted in one closing finding, so the findings (and
# every report built from them) stay small however many marks a hostile text holds.
MAX_PER_PARAGRAPH = 20


# An Arabic item mark that lost its opening bracket (9).完成… under (8).负责…): the item before it opens on the pair.
_HALF_ARABIC = regex_cache.compile(r"^[ \t\u3000]{0,4}(\d{1,2})[)）](?=[.．、]?[\u4e00-\u9fff“《])", re.M)
_FULL_ARABIC = regex_cache.compile(r"^[ \t\u3000]{0,4}[（(](\d{1,2})[)）]", re.M)
ARABIC_REACH = 1500  # characters back to the item before


def _half_arabic(text: str) -> Iterable[tuple[int, int, str, str]]:
    """Lines opening on n) whose nearest line-opening mark before them is (n-1) (a half-bracket mark between them
    is a sublist's: 1) 2) under (1), read as the report's own style)."""
    for m in _HALF_ARABIC.finditer(text):
        lo = max(0, m.start() - ARABIC_REACH)
        before = [b for b in _FULL_ARABIC.finditer(text, lo, m.start())]
        if not before or int(before[-1].group(1)) != int(m.group(1)) - 1 \
                or _HALF_ARABIC.search(text, before[-1].end(), m.start()):
            continue
        yield m.start(), m.end(), m.group().strip(), before[-1].group().strip()


def check(ctx):  # long: one pass over the paragraphs, the marks left open carried from one to the next
    text = ctx.text
    if ")" in text or "）" in text:
        for s, e, mark, prev in _half_arabic(text):
            yield Finding(s, e, RULE.code, RULE.severity,
                          f"序号“{mark}”缺左括号，与前一项“{prev}”写法不一，应为“({mark[:-1]})”。", f"({mark[:-1]})")
    list_closers = _list_closers(text)
    first = _LIST_CLOSER_AT_START.match(text)
    if first:
        list_closers.add(first.end() - 1)
    stacks: dict[str, list[int]] = {k: [] for k in PAIRS}
    spans = ctx.paragraphs
    controls = control_marks(text)  # a web page's buttons ("【字号:", "打印 】【 关闭"): never the text's
    controls |= banner_marks(text)  # the site's greeting line ("欢迎来到…”专题频道"): the site's own marks
    controls |= set(lost_closers(text))  # 〔20208号: P002's (a 文号 whose year lost its 〕), one finding per slip
    shown = [0, 0, -1]  # findings yielded, findings held back, position of the first held back
    # Every mark of the text, found once (a search per paragraph cost more): each paragraph reads its own run.
    marks = [(i, text[i]) for i in char_positions(text, _MARKS)]
    k = 0
    n = -1
    starts = None
    while n + 1 < len(spans):
        n += 1
        span = spans[n]
        while k < len(marks) and marks[k][0] < span.start:
            k += 1
        j = k
        while j < len(marks) and marks[j][0] < span.end:
            j += 1
        if j == k and not any(stacks.values()):
            # nothing open and no mark here: the paragraph changes nothing (most of a report), nor does any up to the
            # one holding the next mark (a mark is no blank: it stands in a paragraph): on to that one, found by bisection
            if k == len(marks):
                break
            if starts is None:
                starts = [p.start for p in spans]
            n = max(n, bisect_right(starts, marks[k][0]) - 2)
            continue
        for pos, ch in _scan(marks[k:j], stacks, list_closers):
            if pos not in controls:
                yield from _limited(shown, pos, f"{NAMES[ch]}前面缺少与之配对的{NAMES[CLOSERS[ch]]}。")
        summary = _summary_cut(text, span, n + 1 < len(spans))
        if summary is not None:
            stacks[text[summary]].remove(summary)  # a page's summary cut inside a title the full text prints whole
        still_open = any(stacks.values())
        continues = (
            n + 1 < len(spans)
            and still_open
            and not _SENTENCE_END.search(span.text)
            and "\t" not in text[span.start : span.end]
        )
        if continues:
            continue  # a paragraph broken across lines: keep the openers
        cut = _cut_at(text, span) if n + 1 == len(spans) and still_open else ()
        for opener, positions in stacks.items() if still_open else ():  # nothing left open: nothing to tell
            mistyped = _mistyped_closers(text, positions) if opener in _QUOTES else {}
            for pos in positions:
                if pos in mistyped.values():
                    continue  # the opener of a pair whose closer was typed as an opener: told at that closer
                if pos in mistyped and pos not in controls:
                    q = text[mistyped[pos]:pos + 1]
                    yield from _limited(shown, pos, f"此处{NAMES[opener]}应为{NAMES[PAIRS[opener]]}，"
                                                    f"应写作{q[:-1]}{PAIRS[opener]}。", PAIRS[opener])
                elif pos not in cut and pos not in controls and not cut_before_date(text, pos, span.end):
                    odd = _odd_closer(text, pos) if opener == "“" else ""
                    yield from _limited(shown, pos, f"左引号“的右引号写成了“〞”（另一种引号的右半边），应写作{odd[:-1]}”。"
                                        if odd else f"{NAMES[opener]}缺少与之配对的{NAMES[PAIRS[opener]]}。")
            positions.clear()
        if shown[1]:
            yield Finding(shown[2], shown[2] + 1, RULE.code, RULE.severity,
                          f"本段另有{shown[1]}处引号、书名号或括号不配对，未逐一列出。")
        shown[:] = [0, 0, -1]
    yield from _page_refs_half_bracketed(ctx.paragraphs)


# A contents entry's page number, after its dot leader, with one bracket of its pair: "……(11" or "……11)". The
# page store writes these brackets half-width, which the scan above does not pair (its full-width （ it does);
# a page number is never bracketed on one side only, so the other bracket was lost (its siblings read "……(8)").
_PAGE_OPEN = regex_cache.compile(r"[.．…·]{2}[ \u3000]{0,8}(\()[ \u3000]{0,2}\d{1,3}$")
_PAGE_CLOSE = regex_cache.compile(r"[.．…·]{2}[ \u3000]{0,8}(\d{1,3})[ \u3000]{0,2}(\))$")
PAGE_TAIL = 24  # characters at a line's end that hold its leader's end and its page number


def _page_refs_half_bracketed(paragraphs):
    """Contents lines whose page number keeps one bracket of its pair: the other one is reported as lost.
    Not a line whose next line opens with the closer (a page reference wrapped onto the next line)."""
    for n, p in enumerate(paragraphs):
        text = p.text.rstrip()
        if not text or text[-1] not in "0123456789)":
            continue
        lo = max(0, len(text) - PAGE_TAIL)
        m = _PAGE_OPEN.search(text, lo)
        if m is not None:
            if n + 1 < len(paragraphs) and paragraphs[n + 1].text.lstrip()[:1] in (")", "）"):
                continue
            ref = text[m.start(1):]
            yield Finding(p.start + m.start(1), p.start + m.start(1) + 1, RULE.code, RULE.severity,
                          f"目录页码“{ref}”的左括号缺少与之配对的右括号，应为“{ref})”。", f"{ref})")
            continue
        m = _PAGE_CLOSE.search(text, lo)
        if m is not None:
            yield Finding(p.start + m.start(2), p.start + m.end(2), RULE.code, RULE.severity,
                          f"目录页码“{m.group(1)})”的右括号前面缺少与之配对的左括号，应为“({m.group(1)})”。")


_ANY_MARK = regex_cache.compile(r"[" + re.escape("".join(PAIRS) + "".join(CLOSERS) + "()[]<>〈〉") + "]")


# Read back from a cut: each closer to the opener it pairs with; the page store's ( stands for （.
_BACK_PAIRS = {**CLOSERS, ")": "(", "]": "[", ">": "<", "〉": "〈"}


# Openers this rule does not pair (the page store's ASCII forms, 〈): one the cut left open lies inside the cut title.
_UNTRACKED = frozenset("<〈[(")


def _same(ch: str) -> str:
    return "（" if ch == "(" else ch


def _cut_at(text: str, span) -> tuple[int, ...]:
    """The openers an excerpt broke off inside: the last unpaired mark of a text whose last paragraph ends
    with no sentence-final mark ("……依据《某县财政局关于印发项目支出绩效", "……在“某平台（某区）"). Its
    closer lay beyond the cut; pairs closed after it were written inside it, but never one of its own kind:
    "【【待补充……】" is an opener typed twice, not a cut. An opener with an unpaired mark after it was
    left open inside the text and is still reported. Openers of other kinds right before it, no mark between,
    were cut open with it (……举办“《中华人民共和国统计: a quoted title), the innermost first."""
    if text[span.end - 1] in _SENTENCE_ENDS:
        return ()  # _cut_in's first test, read in place: a paragraph (stripped) that ends its sentence is cut
        # nowhere, and most do; the copy and the cache's hash of it cost more than the rest (2 of 3 ms)
    return tuple(span.start + at for at in _cut_in(text[span.start : span.end]))


@lru_cache(maxsize=16384)
def _cut_in(paragraph: str) -> tuple[int, ...]:
    """:func:`_cut_at`'s openers, their offsets in the paragraph: asked of every paragraph that holds a mark
    (_summary_cut), it reads the paragraph alone, and reports repeat their paragraphs."""
    tail = paragraph.rstrip()
    if not tail or tail[-1] in _SENTENCE_ENDS:  # _SENTENCE_END's test: ``tail`` ends in no line break
        return ()
    cut: list[int] = []  # the openers left open at the cut, the innermost first
    waiting: list[str] = []  # closers read (back from the cut) whose openers are still ahead
    closed: set[str] = set()  # the kinds of the pairs closed after it
    for m in reversed(list(_ANY_MARK.finditer(tail))):
        ch = m.group()
        if cut:  # an opener of another kind right before the cut one, no mark between: cut open with it
            if ch not in PAIRS or _same(ch) in closed or any(_same(paragraph[c]) == _same(ch) for c in cut):
                break
            cut.append(m.start())
        elif ch in _BACK_PAIRS:
            waiting.append(_same(_BACK_PAIRS[ch]))
        elif not waiting and ch in _UNTRACKED:
            continue  # 《…<…<…>的通: a title cited inside the cut title, cut off with it (this rule does not pair <)
        elif not waiting:
            if ch not in PAIRS or _same(ch) in closed:
                return ()
            cut.append(m.start())
        elif waiting.pop() != _same(ch):
            return ()
        else:
            closed.add(_same(ch))
    return tuple(cut)


_QUOTES = frozenset("“‘")
MISTYPED_SPAN = 10  # characters a quotation whose closer was typed as an opener holds at most ("三公“)
_QUOTED_WORD = regex_cache.compile(r"[\u4e00-\u9fff0-9A-Za-z]{1,%d}" % MISTYPED_SPAN)


def _mistyped_closers(text: str, positions: list[int]) -> dict[int, int]:
    """Openers left open that close the one before them: "“三公“经费" writes the closer as a second opener.
    Two openers of one kind, only a short word between them, nothing paired in between: {second: first}."""
    out: dict[int, int] = {}
    for a, b in zip(positions, positions[1:]):
        if a not in out and _QUOTED_WORD.fullmatch(text, a + 1, b):
            out[b] = a
    return out


SUMMARY_TAIL = 6  # characters before the cut a page's summary must share with its full text, the opener among them


def _summary_cut(text: str, span, more: bool) -> int | None:
    """The opener a page's summary broke off inside, when the full text below prints the same words on.

    A site puts a summary of the page above its text, cut at a fixed length, often inside a title
    ("……（七）财政拨款“三公", then the contents again in full: "（七）财政拨款“三公”经费支出决算表"): its
    opener was never left open by the author. Only a paragraph that is not the text's last (the last one
    is told by _cut_at), whose cut words come again further on."""
    if not more:
        return None
    cuts = _cut_at(text, span)
    if not cuts or text[cuts[0]] not in PAIRS:
        return None
    cut = cuts[0]
    tail = text[max(span.start, cut - SUMMARY_TAIL):span.end].rstrip()
    if len(tail) < SUMMARY_TAIL or text.find(tail, span.end) < 0:
        return None
    return cut


ODD_CLOSER_REACH = 40  # characters from a “ to the 〞 that stands for its ”


def _odd_closer(text: str, pos: int) -> str:
    """The quotation “…〞 that opens at pos, where a converter closed it with 〞; "" where none follows."""
    end = text.find("〞", pos + 1, pos + ODD_CLOSER_REACH)
    if end < 0 or any(c in text[pos + 1:end] for c in "“”\n"):
        return ""
    return text[pos:end + 1]


def _limited(shown: list[int], pos: int, message: str, fix: str | None = None):
    if shown[0] < MAX_PER_PARAGRAPH:
        shown[0] += 1
        yield Finding(pos, pos + 1, RULE.code, RULE.severity, message, fix)
    else:
        shown[1] += 1
        if shown[2] < 0:
            shown[2] = pos
