"""P001: half-width punctuation inside Chinese text.

Chinese text takes full-width marks: ，；：（）？！“”. Half-width ones slip in
from English keyboards and from copying out of spreadsheets. They are right
inside numbers (325,399.34), times (10:30), English phrases, URLs and file
names, so a mark is only judged when Chinese text touches it.

A text where half-width marks are the norm has one defect, not three
hundred: the first mark carries the finding that counts them all, and every
other mark is listed at info severity, so a reviewer sees one line and a
fixer still gets every place. In a Word or PDF file those marks are the
author's own (so are the marks of text pasted in), and the count is a warning;
a .txt or .md copy has usually been through a web page or a converter that turns every ，into "," (annotators of
real reports could not tell such a copy from the original), so there it is
information, not a verdict on the report.
"""

from __future__ import annotations

from dataclasses import replace

from ...core import regex_cache
from ...core.regex_needles import finditer as near_needles
from ...core.text_pairs import count_chars
from ..finding import Finding
from ..registry import Rule
from ..textspans import EMAIL, URL, finditer_near, line_around, opening_query

RULE = Rule(
    code="P001",
    name="halfwidth-punctuation",
    severity="warning",
    summary="中文中使用了半角标点",
    doc=(
        "检查什么：中文语句中的半角逗号、分号、冒号、括号、问号、感叹号（, ; : ( ) ? !），以及括住中文词语的一对半角直引号（\"三公\"）。\n"
        "为什么：公文正文应使用全角标点，半角标点排版错位，也显得不严谨。\n"
        "不报的情形：数字中的千分位（325,399.34）、时间（10:30）、英文、网址和文件名中的标点。\n"
        "示例：“负责传染病防治监督,组织开展食品安全风险监测”应为“监督，组织”；“发热门诊(诊室)”应为“（诊室）”。\n"
        "全文通篇使用半角标点时（不少于10处且多于全角的同类标点，或不少于2处且全文没有一个全角的同类标点），只在第一处报一次并给出总数，其余各处列为提示；"
        "纯文本文件（.txt、.md，多经网页或转换工具改过标点）报提示，Word、PDF 和粘贴的文字报警告。"
    ),
    flag=(
        "负责传染病防治监督,组织开展食品安全风险监测。", "发热门诊(诊室)从21间增加至42间。", "主要职责是:",
        "严格控制\"三公\"经费支出，厉行节约。",
    ),
    keep=(
        "本年收入325,399.34万元，会议于10:30召开。",
        "详见 https://www.example.gov.cn/a,b?x=1 及附件report(1).docx。",
        "ICU (Intensive Care Unit) 床位增加。",
        "主要任务是：\n1)听取群众意见，反映群众需求。\n2)承担协调委员会的日常工作。",
        "严格控制“三公”经费支出，接口返回 {\"name\": \"value\"} 格式。",
        "请下载附件某乡人民政府(部门)2021年度部门决算说明.pdf查看全文。",
    ),
)

_FULL = {",": "，", ";": "；", ":": "：", "(": "（", ")": "）", "?": "？", "!": "！"}
_CJK = regex_cache.compile(r"[\u3400-\u9fff\u3000-\u303f\uff01-\uff5e“”‘’《》、]")
_MARKS = regex_cache.compile(r"[,;:?!]")
_PAREN = regex_cache.compile(r"\(([^()\n]{0,60})\)")
# "1)" / "a)" opening a line is a list-item mark (GB/T 1.1 writes items this way), not a stray bracket.
_ITEM_MARK = regex_cache.compile(r"(?:\d{1,2}|[a-zA-Z])\)")
# Spans where half-width marks belong: URLs, e-mail addresses, file names, times, numbers.
_PROTECTED = regex_cache.compile(
    rf"{URL}|{EMAIL}"
    # The extension ends where Latin letters and digits do: Chinese may follow with no break (a PDF's
    # joined lines: "……说明.pdf黑龙江省……"), where \b would see none.
    r"|[\w\u4e00-\u9fff()（）-]{1,80}\.(?:docx?|xlsx?|pdf|txt|md|csv|wps|et|zip|rar|jpg|png)(?![A-Za-z0-9_])"
    r"|\d{1,2}:\d{2}(?::\d{2})?"
    r"|\d{1,3}(?:,\d{3}){1,6}(?:\.\d{1,6})?"
)
# What every _PROTECTED match holds on its own line (":" of a URL or a time, "www.", "@", ".docx", ","
# of a figure): only the lines that have one are searched (textspans.finditer_near).
# Alternatives that each open with a literal: re then skips ahead to their first characters.
_PROTECTED_TRIGGER = regex_cache.compile(r":|,|@|www\.|\.[a-z]")
_BRACKET = regex_cache.compile(r"[()]")
# A pair of straight double quotes around a short Chinese term ("三公"经费): “三公”.
_QUOTE_PAIR = regex_cache.compile(r'"([^"\n]{1,20})"')


def _neighbour(text: str, i: int, step: int) -> str:
    j = i + step
    while 0 <= j < len(text) and text[j] in " \u00a0":
        j += step
    return text[j] if 0 <= j < len(text) and text[j] != "\n" else ""


def _chinese_around(text: str, i: int) -> bool:
    before, after = _neighbour(text, i, -1), _neighbour(text, i, 1)
    return bool((before and _CJK.match(before)) or (after and _CJK.match(after)))


def _ascii_side(text: str, j: int) -> bool:
    """The character right outside a bracket is a space, ASCII, or the line edge."""
    return j < 0 or j >= len(text) or text[j] in " \n\t" or text[j].isascii()


def _is_item_mark(text: str, i: int) -> bool:
    """The ")" at i closes a list-item mark that opens its line ("1)", "  a)")."""
    line_start = text.rfind("\n", 0, i) + 1
    return i - line_start <= 8 and _ITEM_MARK.fullmatch(text[line_start : i + 1].lstrip(" \t\u3000")) is not None


# A text is "half-width throughout" when at least PERVASIVE_MIN marks are flagged and they
# outnumber the full-width marks of the same kinds, or when PERVASIVE_FEW are and the text has
# no full-width mark of those kinds: otherwise each slip is its own defect. Two are enough there: a
# page whose few marks (来源:, 时间:, 结余率(…)) are all half-width and which has not one ，：（ has had
# its marks converted, like a long one (a short page just has fewer marks to convert).
PERVASIVE_MIN = 10
PERVASIVE_FEW = 2
_FULL_MARKS = "，；：（）？！"  # counted one by one (text_pairs.count_chars): a search for the class read every character, 4x slower
# Plain-text files: often a copy made through a web page or a converter, whose marks are not the author's.
_COPIED_SUFFIXES = (".txt", ".md")


def _pervasive(marks: int, full: int, copied: bool) -> bool:
    """Half-width marks are the text's habit, not slips: many and outnumbering the full-width
    ones, or a few in a text that has no full-width mark of these kinds at all (in a copy, one is
    enough: its marks were converted like those of a copy with more)."""
    return (marks >= PERVASIVE_MIN and marks > full) or (marks >= (1 if copied else PERVASIVE_FEW) and full == 0)


def check(ctx):
    found = list(_each(ctx.text))
    copied = ctx.path.lower().endswith(_COPIED_SUFFIXES)
    if not _pervasive(len(found), count_chars(ctx.text, _FULL_MARKS), copied):
        yield from found
        return
    found.sort(key=lambda f: (f.start, f.end))
    first = found[0]
    severity = "info" if copied else RULE.severity
    habit = f"全文通篇使用半角标点（共{len(found)}处，此为第一处）" if len(found) > 1 else "全文未见全角标点"
    yield replace(first, severity=severity, message=f"{habit}，应统一改为全角。" + first.message)
    for f in found[1:]:
        yield replace(f, severity="info")


def _each(text: str):
    """Every half-width mark in Chinese text, one finding each."""
    protected = [False] * len(text)
    for m in finditer_near(_PROTECTED, text, _PROTECTED_TRIGGER):
        for i in range(m.start(), m.end()):
            protected[i] = True
    parens: set[int] = set()
    for m in _PAREN.finditer(text):
        s, e = m.start(), m.end() - 1
        parens.update((s, e))
        if protected[s] or protected[e]:
            continue
        inner = m.group(1)
        if not _CJK.search(inner) and _ascii_side(text, s - 1) and _ascii_side(text, e + 1):
            continue  # an English aside set off by spaces: "ICU (Intensive Care Unit) 床位"
        # Chinese outside the brackets, or Chinese inside them: full-width brackets.
        if _chinese_around(text, s) or _chinese_around(text, e) or _CJK.search(inner):
            fixed = "（" + inner + "）"
            yield Finding(s, e + 1, RULE.code, RULE.severity, f"中文中应使用全角括号：“{m.group()}”应为“{fixed}”。", fixed)
    yield from _quote_pairs(text, protected)
    for m in near_needles(_MARKS, text):
        i = m.start()
        if protected[i]:
            continue
        ch = m.group()
        before, after = _neighbour(text, i, -1), _neighbour(text, i, 1)
        if ch in ",:" and before.isdigit() and after.isdigit():
            continue  # 1,2 / 3:1 between digits
        if ch == "?" and opening_query(text, line_around(text, i)[0]) is not None:
            continue  # a ? opening its line is a lost character (L004), not a question mark
        if _chinese_around(text, i):
            yield Finding(i, i + 1, RULE.code, RULE.severity, f"中文中应使用全角标点“{_FULL[ch]}”，此处为半角“{ch}”。", _FULL[ch])
    for m in near_needles(_BRACKET, text):  # the brackets left over, without a Python step per character
        i, ch = m.start(), m.group()
        if ch == ")" and _is_item_mark(text, i):
            continue
        if i not in parens and not protected[i] and _chinese_around(text, i):
            yield Finding(i, i + 1, RULE.code, RULE.severity, f"中文中应使用全角括号“{_FULL[ch]}”，此处为半角“{ch}”。", _FULL[ch])


def _quote_pairs(text: str, protected: list) -> object:
    """Straight double quotes around a Chinese term with Chinese touching them: full-width quotes."""
    for m in _QUOTE_PAIR.finditer(text):
        s, e = m.start(), m.end() - 1
        inner = m.group(1)
        if protected[s] or protected[e] or not _CJK.search(inner) or not (_chinese_around(text, s) or _chinese_around(text, e)):
            continue
        fixed = "“" + inner + "”"
        yield Finding(s, e + 1, RULE.code, RULE.severity, f"中文中应使用全角引号：“{m.group()}”应为“{fixed}”。", fixed)
