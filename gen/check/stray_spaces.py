"""Stray spaces in a sentence that part no word's characters but still break the phrase (W034's other shapes).

W034 reads a space between two characters of one word. Two more places take a stray space in a text that
otherwise writes none, and a reader stops on them just the same:

- after a closing quotation mark, inside the sentence (工作队伍“活” 起来, 评为“优秀士兵” 和立功受奖): a quoted
  word is part of its clause, and the clause goes on at once;
  the same after a short title in 书名号 (按照《条例》 第16条规定) and before an opening quote whose word the
  sentence runs into (荣获 “先进集体”称号): the quoted word or title is read with its clause;
- before a figure and its unit (共主动公开政府信息 200条) or a date with its month (统计期限从 2023年1月1日起), where
  the text glues its figures to the words before them everywhere else: a typesetting habit (盘古之白, 2023 年)
  spaces them all, and is no slip; one or two spaced among ten glued are;
- between a figure and the unit or 年 after it (关于做好2023 年政务公开工作, 共计6 次), the figure glued to the word
  before it, where the text glues its figures to their units MIN_GLUED_AFTER times and spaces them MAX_SPACED times
  at most (a page's metadata, 2020-06-01 添加者, spaces a date from a label, not a figure from its unit);
- before a closing mark (推动改革发展 。, 回应关切情况 :回应…): a comma, full stop, semicolon or colon stands right after
  the character it closes; a space there is a slip. A page's metadata spaces both sides of its colons (时间 : 2024-01,
  来源 : 某局) and a letter-spaced label spaces every character (名 称 ：): both are layout and stay silent;
- between a heading's numeral and its 顿号 (一 、概述): the 、 closes the numeral; read at a line's start only, and only
  where few headings are so written (more are the report's style);
- after a 顿号 between two items of a list (负责全县文化、 广播电视、电影): a full-width mark carries its own
  width, and the next item follows at once; a converter that turned a line break or a half-width comma into a blank
  leaves one there. Only where few are so written (more are the text's habit), never after a heading's numeral
  (一、 基本情况, a heading's own layout).

- between a year and its 年 or 年度, the year glued on its left (会议指出，2022 年，; 一、2017 年度收入支出决算总体情况),
  where the text glues its years to 年 at least as often as it spaces them: a heading is read too, for a year is
  never parted from its 年 by layout; a typesetting that spaces both sides of its figures (自 2020 年 1 月) is not;
- between a document number's serial and its 号 (赣发〔2019〕8 号): GB/T 9704 writes the number as one token; read
  where the text glues its figures to the characters after them at least twice as often as it spaces them;
- between a document number's issuer code and its year's bracket (新党发 〔2016〕2号): gen.check.doc_code_spaces;
- between a date's 年 and its month (至2017年 10月底), where the text glues its dates' months at least as often;
- on both sides of a quoted phrase inside a sentence (秉持 “让代表满意” 的工作理念), where the text does so once (a
  converter that spaces every quote does so throughout).

The first shapes are read only in prose lines (a clause mark, some length, no cell bar or tab) and only where the text is not
a laid-out copy (W034 counts its spaces between characters first): a PDF's justified line spaces everything.
"""

from __future__ import annotations

import re
from typing import Iterator

from ..core import regex_cache
from ..core.han import is_han as _han
from ..core.regex_needles import contains, finditer as near_needles
from .run_in_headings import title_then_body
from .textspans import line_around, sentence_end, sentence_start


def blank_led(source: str, flags: int = 0) -> tuple[re.Pattern, re.Pattern]:
    """``source`` compiled (it opens with the blank class ``[ \\u3000]``, once or ``{1,2}``), and the same opening on
    a literal space, for :func:`for_text`.

    re skips ahead by itself only to a literal (a fast search), not to a class: a pattern opening on the blank class
    is tried at every character, some 2.5 ms on 200,000 characters each, 0.3 when it opens on a space. In a text
    without an ideographic space the class can only match a space, so both find the same matches; ``X{1,2}`` and
    ``X X?`` try the same lengths in the same order.
    """
    blank, twice = r"[ \u3000]", r"[ \u3000]{1,2}"
    if source.startswith(twice):
        ascii_led = " " + blank + "?" + source[len(twice):]
    elif source.startswith(blank) and source[len(blank):len(blank) + 1] not in ("{", "?", "*", "+"):
        ascii_led = " " + source[len(blank):]
    else:
        raise ValueError(f"not a pattern opening on one or {{1,2}} blanks: {source!r}")
    return regex_cache.compile(source, flags), regex_cache.compile(ascii_led, flags)


def for_text(patterns: tuple[re.Pattern, re.Pattern], text: str) -> re.Pattern:
    """The one of :func:`blank_led`'s pair to search ``text`` with: the space-led one when it has no U+3000."""
    return patterns[0] if "\u3000" in text else patterns[1]


# A space (or two) right after a closing quote that follows a character, the sentence going on in Chinese.
_AFTER_QUOTE = regex_cache.compile(r"[”\"’》][ \u3000]{1,2}(?=[\u4e00-\u9fff])")
# A space (or two) before an opening quote of a short word that closes glued to the clause's next character
# (荣获 “先进集体”称号, an honour's name up to twenty characters): opens on the blank, the character before it by hand.
# The quote ends the clause too (实行 “清单式管理、项目化推进”，确保…): a verb's object, followed by its clause mark.
_BEFORE_QUOTE = blank_led(r"[ \u3000]{1,2}“[^“”\n]{1,20}”(?=[\u4e00-\u9fff，,；;。])")
# A space between a character and a figure with a counting unit or a measure (信息 200条, 电子化 100%, 出栏 3.08万头),
# the figure spaced from its unit as well (达 56.59 万亩: both blanks told once).
_UNITS = r"(?:条|件|人|个百分点|个|项|万人|万元|亿元|元|%|％|次|篇|份|家|户|名|万亩|亩|万头|头|万吨|吨|辆|平方公里|公里|平方米|公顷|小时|天|座|所)"
# A date with its month (从 2023年1月1日起) or a year run on into its phrase (印发 2012年农业工作总结) is read as one
# too; a year before a clause mark opens a paragraph run on after a flattened heading (工作情况 2021年，我局…): layout.
# A year spaced from its 年 as well (印发 2021 年全市…的通知: both blanks told once), not before a month spaced too.
_BEFORE_FIGURE = regex_cache.compile(r"[ \u3000]{1,2}(\d{1,6}(?:\.\d{1,4})?([ \u3000]?)" + _UNITS
                                     + r"|(?<![第表图附])\d{1,2}月\d{1,2}日"
                                     + r"|(?:19|20)\d\d(?:年(?:\d{1,2}月|(?![，,：:、。；;]))"
                                     + r"|([ \u3000])年(?![ \u3000]{0,2}\d|[，,：:、。；;])))")
_SENTENCE_GOES_ON = regex_cache.compile(r"[\u4e00-\u9fff，。；、,;]")  # after a figure's unit in a sentence that goes on
# A figure glued to a character: opens on the digit (a class of all characters first is tried at each), read back.
_GLUED = regex_cache.compile(r"\d(?<=[\u4e00-\u9fff]\d)")
# A space before a digit: opens on the blank so that re skips ahead to one; the character before is read by hand.
_SPACED = blank_led(r"[ \u3000]{1,2}(?=\d)")
# A space (or two) before a closing mark not spaced from what follows: opens on the blank, the character read by hand.
_BEFORE_MARK = blank_led(r"[ \u3000]{1,2}([。，；：？！:;,])(?![ \u3000\t])")
# A figure glued to the character before it, spaced from its unit or 年 (做好2023 年, 共计6 次): opens on the blank.
_AFTER_FIGURE = regex_cache.compile(r"[ \u3000]{1,2}(?=(?:年度?|月|日|天|" + _UNITS[3:-1] + r")(?![ \u3000]))")
_UNIT_AT = regex_cache.compile(r"(?:年度?|月|日|天|" + _UNITS[3:-1] + r")")
_FIGURE_BACK = regex_cache.compile(r"[\u4e00-\u9fff](\d{1,6}(?:\.\d{1,4})?)$|[，。；](\d{1,2})$")  # a month opens a clause: 。5 月
# A figure glued to the character after it (opens on the digit: re skips ahead to digits) and one spaced from it.
_GLUED_AFTER = regex_cache.compile(r"\d(?=[\u4e00-\u9fff%％])")
_SPACED_AFTER = blank_led(r"[ \u3000]{1,2}(?<=\d[ \u3000])(?=[\u4e00-\u9fff%％])")
MIN_GLUED_AFTER = 10  # figures glued to their unit that show how the text writes them
_CLAUSE_MARK = regex_cache.compile(r"[，。；、;]|,(?![\d\s])")
MIN_LINE = 16  # characters of a prose line
MAX_QUOTED = 12  # characters of a quoted word or phrase: a longer quote is a citation, its end a pause
MIN_GLUED = 10  # figures glued to the word before them that show how the text writes figures
MAX_SPACED = 2  # figures spaced from it, at most, for those to be slips in any text
MOST_SPACED = 4  # figures spaced, at most, in a text that glues GLUED_PER_SPACED for each (a long copy's few slips)
GLUED_PER_SPACED = 8
PROSE_REACH = 200  # characters read on each side for a clause mark
MAX_PARITY = 2000  # characters of a line before an ASCII quote counted to tell an opening one from a closing one


def in_prose(text: str, pos: int) -> bool:
    lo, hi = line_around(text, pos)
    line = text[max(lo, pos - PROSE_REACH):min(hi, pos + PROSE_REACH)]  # a page on one line: its neighbourhood
    return len(line.strip()) >= MIN_LINE and _CLAUSE_MARK.search(line) is not None and "|" not in line \
        and "\t" not in line


def after_quotes(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, quoted word) of each stray space after a short quoted word inside a sentence."""
    if not (contains(text, "”") or contains(text, '"') or contains(text, "’") or contains(text, "》")):
        return
    for m in near_needles(_AFTER_QUOTE, text):
        s = m.start()
        if s == 0 or not _han(text[s - 1]):
            continue
        opener = {"”": "“", "’": "‘", '"': '"', "》": "《"}[text[s]]
        line_lo, _ = line_around(text, s)
        lo = max(line_lo, s - MAX_QUOTED - 2)  # the quote opens within a short word's reach
        start = text.rfind(opener, lo, s)
        if start <= lo or s - start - 1 > MAX_QUOTED or not (
                _han(text[start - 1]) or text[start - 1] in "”、"):
            continue  # the quote opens a line or follows a clause mark: a heading or a label, not a word in a sentence
        if opener == '"' and (s - line_lo > MAX_PARITY or text.count('"', line_lo, start) % 2):
            continue  # an ASCII quote: the one before is a closing one (or too far a line to tell), so this opens one
        if in_prose(text, s):
            yield s + 1, m.end(), text[start:s + 1]


def at_least(pattern, text: str, n: int) -> bool:
    """Whether ``pattern`` matches ``text`` ``n`` times or more: counted up to that many, no further."""
    for k, _ in enumerate(pattern.finditer(text), 1):
        if k >= n:
            return True
    return False


def before_figures(text: str, both: bool = False) -> Iterator[tuple[int, int, str]]:
    """(start, end, figure) of each space between a character and a figure with its unit, in a text that glues its
    figures to the words before them MIN_GLUED times or more and spaces them few times (``_few``); with ``both``,
    each figure spaced from its unit too (达 56.59 万亩), the span both blanks."""
    spaced = [m.start() - 1 for m in near_needles(for_text(_SPACED, text), text) if m.start() and _han(text[m.start() - 1])]
    few = bool(spaced) and _few(spaced, _GLUED, text, MIN_GLUED)  # one or two figures spaced on both sides in a sentence
    # A short copy with a few more (新增创业 3418人,累计带动就业11783人): each told where its own sentence glues another
    # figure to its word, the sentence set both ways as mixed_rates reads a line.
    mixed = not few and not both and len(spaced) <= MOST_SPACED and at_least(_GLUED, text, MIN_GLUED)
    if not spaced or not (few or mixed or both and len(spaced) <= MAX_SPACED):  # (较 2020 年明显增多) are slips, not a typesetting habit
        return
    for at in spaced:
        m = _BEFORE_FIGURE.match(text, at + 1)
        inner = 2 if m is None or m.group(2) is not None else 3  # the blank inside: before the unit, or before 年
        if m is None or text[at] in "第表图附" or bool(m.group(inner)) != both \
                or not few and not _SENTENCE_GOES_ON.match(text, m.end()):  # 下载后只包含 1 个 DOCX 格式: a site's note
            continue
        if mixed and (_GLUED.search(text, sentence_start(text, at), sentence_end(text, m.end())) is None
                      or title_then_body(text, at + 1)):  # 。 一、基本情况 2022年省统计局…: a heading run in, then its body
            continue
        if in_prose(text, at):
            yield m.start(), m.end(inner) if both else m.start(1), m.group(1).replace(m.group(inner) or "\n", "")


def _few(spaced: list, glued, text: str, least: int) -> bool:
    """Whether the spaced figures are few beside the glued ones: MAX_SPACED at most where the text glues ``least``,
    MOST_SPACED at most where it glues GLUED_PER_SPACED for each (a typesetting habit spaces far more)."""
    if len(spaced) > MOST_SPACED:
        return False
    if len(spaced) == 1:  # a single spaced figure beside GLUED_PER_SPACED glued ones is a slip, not a habit
        least = min(least, GLUED_PER_SPACED)
    return at_least(glued, text, least if len(spaced) <= MAX_SPACED else len(spaced) * GLUED_PER_SPACED)


_DIGITS_BACK = regex_cache.compile(r"(?:[\u4e00-\u9fff]\d{1,12}|\d{5,12})$")


def _number_before(text: str, s: int) -> bool:
    """Whether a number ends right before the blank at ``s``: a phone number's five digits or more (0571-86001234 ,),
    or a figure glued to its word (增长12 ,); not a time's or a date's last two (10:20 ，来源: a page's metadata)."""
    return text[s - 1].isdigit() and _DIGITS_BACK.search(text, max(0, s - 13), s) is not None


def before_marks(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, mark) of each stray space between a character (or a number, ``_number_before``) and the closing
    mark after it, in prose: not
    a metadata line's spaced colon (来源 : 某局) nor a letter-spaced label's (名 称 ：)."""
    for m in near_needles(for_text(_BEFORE_MARK, text), text):
        s = m.start()
        if s < 2 or not (_han(text[s - 1]) or _number_before(text, s)) or text[s - 2] in " \u3000":
            continue
        if in_prose(text, s):
            yield s, m.start(1), m.group(1)


# A heading's numeral spaced from its 顿号 at a line's start (一 、概述, 2 、工作措施): the mark closes the numeral as a
# comma closes its clause. Opens on the line's start; the numeral and the blank are bounded.
_SPACED_ITEM_MARK = regex_cache.compile(r"^[ \t\u3000]{0,4}(?:[一二三四五六七八九十]{1,3}|\d{1,2})([ \u3000]{1,2})、"
                                        r"(?=[\u4e00-\u9fff“《])", re.M)
MAX_SPACED_MARKS = 3  # more headings written so: the report's (odd) style, not a slip


def in_item_marks(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, mark) of each blank between a heading's numeral and its 、 (一 、概述), where few headings are so."""
    if " 、" not in text and "\u3000、" not in text:
        return
    found = list(_SPACED_ITEM_MARK.finditer(text))
    if len(found) <= MAX_SPACED_MARKS:
        for m in found:
            yield m.start(1), m.end(1), m.group().strip(" \t\u3000")


def rate_gaps(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, rate) of each blank between a rate, glued to the word before it, and its % (增长7.7 %), in prose."""
    for gap in near_needles(for_text(_SPACED_AFTER, text), text):
        back = _FIGURE_BACK.search(text, max(0, gap.start() - 12), gap.start()) if text[gap.end()] in "%％" else None
        if back is not None and in_prose(text, gap.start()):
            yield gap.start(), gap.end(), back.group(1) + text[gap.end()]


def after_figures(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, figure and unit) of each space between a figure (glued to the character before it) and the
    unit or 年 after it, in a text that glues figures to the characters after them MIN_GLUED_AFTER times or more
    and spaces them few times (``_few``)."""
    spaced = list(near_needles(for_text(_SPACED_AFTER, text), text))
    if not spaced or not _few(spaced, _GLUED_AFTER, text, MIN_GLUED_AFTER):
        return
    rates = sum(1 for gap in spaced if text[gap.end()] in "%％")
    for gap in spaced:
        if _AFTER_FIGURE.match(text, gap.start()) is None or rates > 1 and text[gap.end()] in "%％":
            continue  # a % spaced more than once (增长 143.68 %, 降低8.24 %): how the text sets its rates (layout_spaces.mixed_rates)
        back = _FIGURE_BACK.search(text, max(0, gap.start() - 12), gap.start())
        if back is not None and in_prose(text, gap.start()):
            unit = _UNIT_AT.match(text, gap.end()).group()
            if back.group(1) is not None or unit == "月":
                yield gap.start(), gap.end(), (back.group(1) or back.group(2)) + unit


def before_quotes(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, quoted word) of each stray space between a character and a short quoted word that the
    sentence runs into (荣获 “先进集体”称号), in prose."""
    if not contains(text, "“"):
        return
    for m in near_needles(for_text(_BEFORE_QUOTE, text), text):
        s = m.start()
        if s < 2 or not (_han(text[s - 1]) or _number_before(text, s)) or text[s - 2] in " \u3000":
            continue  # a line's or a letter-spaced label's blank, not a sentence's
        if in_prose(text, s):
            quote = text.index("“", s)
            yield s, quote, text[quote:m.end()]


# A blank after a list's 顿号, between two Chinese characters (文化、 广播电视). Opens on the mark; the blank is bounded.
AFTER_LIST_MARK = regex_cache.compile(r"、([ \u3000]{1,2})(?=[\u4e00-\u9fff])")
# A heading's numeral before the 顿号 at a line's start (一、 基本情况, 12、 工作措施): its layout, not a list's.
HEADING_NUMERAL = regex_cache.compile(r"[ \t\u3000]{0,4}(?:[一二三四五六七八九十]{1,3}|\d{1,2}|[（(][一二三四五六七八九十\d]{1,3}[）)])$")
MAX_AFTER_LIST_MARKS = 2  # more blanks after a 顿号 than this: the text's own habit


def after_list_marks(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, items) of each blank after a 顿号 between two items of a list in prose, where few are so."""
    if not (contains(text, "、 ") or contains(text, "、\u3000")):
        return
    found = []
    for m in AFTER_LIST_MARK.finditer(text):
        s = m.start()
        if s == 0 or not _han(text[s - 1]):
            continue
        line_lo, _ = line_around(text, s)
        if HEADING_NUMERAL.fullmatch(text, line_lo, s):
            continue
        found.append(m)
    if len(found) > MAX_AFTER_LIST_MARKS:
        return
    for m in found:
        if in_prose(text, m.start()):
            yield m.start(1), m.end(1), text[max(0, m.start() - 2):m.start() + 1] + text[m.end():m.end() + 2]


# A blank after a clause mark that closes a character, the clause going on in Chinese or with a year (2021年, 市教育局;
# 主要原因是: 2017年度). Opens on the mark (re skips ahead to the class's few characters); the blank is bounded.
_AFTER_MARK = regex_cache.compile(r"([，；：,;:])([ \u3000]{1,2})(?=[\u4e00-\u9fff]|\d{4}年|\d{1,5}" + _UNITS + ")")
# The same marks glued to the next character: how the text writes them.
_GLUED_MARK = regex_cache.compile(r"[，；：,;:](?=[\u4e00-\u9fff\d“《])")
# A heading's numeral or a breadcrumb after the blank (如下: 一、概况; 当前位置: 首页), or the opening year after an addressee's colon (市人民政府: 2024年,): a flattened page's line break.
_LAYOUT_AFTER_MARK = regex_cache.compile(r"[一二三四五六七八九十]{1,3}、|首页|(?<=[府委局厅室院部][：:][ \u3000])(?:19|20)\d\d年[，,]")
# A metadata label before a colon (发布时间: , 来源: , 分类: ), a flattened speech's or letter's salutation or lead (各位代表: 现在; 答复如下: 根据), or a short label standing alone after a blank or at a line's start (某某委员: 您提出; 。 处理情况: 执法人员): the layout's blank.
_LABEL_BEFORE_COLON = regex_cache.compile(r"(?:时间|日期|位置|来源|作者|现在|次数|号|关键字|关键词|机构|分类|名称|大小|各位代表|如下)$|(?:^|[ \u3000\n])[\u4e00-\u9fff]{1,8}$")
MIN_GLUED_MARKS = 10  # marks glued to what follows that show how the text writes them
MAX_AFTER_MARKS = 2  # more blanks after a mark in prose than this: the text's own habit (or an English typesetting)


def after_marks(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, mark and its neighbours) of each blank after a comma, semicolon or colon in prose, in a text
    that glues those marks to the next character MIN_GLUED_MARKS times or more and spaces them MAX_AFTER_MARKS times
    at most. A half-width page's comma or colon carries no width of its own, but a Chinese text converted to it still
    glues the next word on (English spaces after a comma; a text that does so throughout is left alone), and a full-
    width mark carries its own. A metadata line's spaced colons (浏览次数: 文章字号:) are no prose and not counted."""
    if not any(contains(text, mark + " ") or contains(text, mark + "\u3000") for mark in "，；：,;:"):
        return
    found = []
    for m in near_needles(_AFTER_MARK, text):
        s = m.start()
        if s == 0 or not _han(text[s - 1]) or not in_prose(text, s) or _LAYOUT_AFTER_MARK.match(text, m.end()) \
                or m.group(1) in ":：" and _LABEL_BEFORE_COLON.search(text, max(0, s - 9), s):
            continue  # a flattened page's heading or breadcrumb, a metadata label's colon: the layout's blank
        found.append(m)
        if len(found) > MAX_AFTER_MARKS:
            return
    if not found or not at_least(_GLUED_MARK, text, MIN_GLUED_MARKS):
        return
    for m in found:
        after = text[m.end():m.end() + 5] if text[m.end()].isdigit() else text[m.end():m.end() + 2]
        yield m.start(2), m.end(2), text[max(0, m.start() - 2):m.start() + 1] + after


# A year glued to what stands before it (a character, a clause mark, a heading's 、) and spaced from its 年 (会议指出，
# 2022 年，; 一、2017 年度收入支出决算总体情况): opens on the year's first digit (re skips ahead to digits), the
# character before it read back by hand.
_SPACED_YEAR = regex_cache.compile(r"(?:19|20)\d\d([ \u3000]{1,2})年(?![ \u3000]{0,2}\d)")
_GLUED_YEAR = regex_cache.compile(r"(?:19|20)\d\d年")
_YEAR_LEFT = "，,。；;：:、（(《“-－—–~～"  # a range's second year too (2016-2017 年度)


def year_spaces(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, year) of each blank between a year and its 年 or 年度, the year glued on its left, in a text that
    glues its years to 年 at least as often as it spaces them (glued on the left or not). A typesetting that spaces its figures (统计期限自 2020 年 1 月 1 日) spaces
    both sides and every date, and is left alone; a date's month spaced too (2017 年 1 月) is that habit."""
    if not (contains(text, " 年") or contains(text, "\u3000年")):
        return
    found, spaced = [], 0
    for m in near_needles(_SPACED_YEAR, text):  # the same matches, tried only near a blank before 年
        s = m.start()
        if s and text[s - 1].isdigit():
            continue
        spaced += 1
        if s == 0 or text[s - 1] == "\n" or _han(text[s - 1]) or text[s - 1] in _YEAR_LEFT:
            found.append(m)
    if found and at_least(_GLUED_YEAR, text, spaced):
        for m in found:
            yield m.start(1), m.end(1), m.group().replace(m.group(1), "")


# A document number's serial glued to its year's bracket and spaced from its 号 (赣发〔2019〕8 号): GB/T 9704 writes the
# number as one token. Opens on the closing bracket (a literal).
_SPACED_DOC_NUMBER = regex_cache.compile(r"〔\d{4}〕\d{1,4}([ \u3000]{1,2})号")


def doc_number_spaces(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, number) of each blank before a document number's 号, in a text that glues its figures to the
    characters after them more often than it spaces them (a typesetting that spaces every figure spaces these too)."""
    if not contains(text, "〕"):
        return
    found = list(_SPACED_DOC_NUMBER.finditer(text))
    if not found:
        return
    # the serials' own blanks are no evidence of a habit: the serial glued to its bracket shows none
    spaced = sum(1 for _ in for_text(_SPACED_AFTER, text).finditer(text)) - len(found)
    if spaced <= 0 or at_least(_GLUED_AFTER, text, 2 * spaced):
        for m in found:
            yield m.start(1), m.end(1), m.group().replace(m.group(1), "")


# A quoted phrase inside a sentence with a blank on both sides (秉持 “让代表满意” 的工作理念): the quote is the clause's
# object or attribute, read on with it. Opens on the blank; the characters outside read by hand.
_AROUND_QUOTE = blank_led(r"[ \u3000]“[^“”\s][^“”\n]{0,38}[^“”\s]”[ \u3000](?=[\u4e00-\u9fff])")


def around_quotes(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, quote) of a quoted phrase spaced on both sides between two characters of a sentence, where the text
    does so once (more are the text's habit: a converter that spaces every quote)."""
    if not contains(text, " “") and not contains(text, "\u3000“"):
        return
    found = [m for m in for_text(_AROUND_QUOTE, text).finditer(text) if m.start() and _han(text[m.start() - 1])]
    if len(found) == 1 and in_prose(text, found[0].start()):
        m = found[0]
        yield m.start(), m.end(), m.group().strip(" \u3000")
