"""Spans of a text that are not Chinese prose: web addresses and e-mail addresses; and the line around a place.

Several rules leave these alone (half-width punctuation and English words
belong in them); the patterns live here so the rules agree on what they are.
Every repeat is bounded, so matching stays linear. The rules that judge a
finding by the line it stands on (a page's trail, tool bar or byline, a form run
into one line) find that line with ``line_around``.
"""

from __future__ import annotations

import re
from typing import Iterator

from ..core import regex_cache
from ..core.han import is_han
from ..core.regex_needles import search as needle_search
from .read_lines import MIN_RUNNING_LINE
from .split_typos import recent_words

URL = r"(?:https?|ftp)://[^\s，。；、“”（）]{1,300}|www\.[^\s，。；、“”（）]{1,300}"
EMAIL = r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,5}"
# A host name written without its scheme or www (xttj.xiangtan.gov.cn, example.com), as a page's byline prints
# its site: letters, digits or hyphens in up to six labels, the last a top-level domain of letters.
DOMAIN = r"[A-Za-z0-9][A-Za-z0-9-]{0,62}(?:\.[A-Za-z0-9-]{1,63}){0,4}\.[A-Za-z]{2,6}(?![A-Za-z0-9])"


def finditer_near(pattern: re.Pattern, text: str, trigger: re.Pattern) -> Iterator[re.Match]:
    """The matches of ``pattern.finditer(text)``, searched only in the lines around ``trigger``.

    Patterns like ``[\\w-]{1,80}\\.docx`` try up to 80 characters at every
    position of a Chinese text, where ``\\w`` matches every character; the rules
    need them only near a ".", "@" or "<". Exact (the same matches, in order) for
    a pattern whose every match starts on a line holding a ``trigger`` match and
    ends on that line or the next one: each such line is searched together with
    the next, and overlapping or touching ranges are searched as one.
    """
    ranges: list[list[int]] = []
    hit = needle_search(trigger, text)  # re's first match, found near the trigger's needles (most texts hold none)
    while hit is not None:
        start = text.rfind("\n", 0, hit.start()) + 1
        end = _line_end(text, _line_end(text, hit.start()))  # this line and the next, with their "\n"
        if ranges and start <= ranges[-1][1]:
            ranges[-1][1] = max(ranges[-1][1], end)
        else:
            ranges.append([start, end])
        hit = trigger.search(text, _line_end(text, hit.start()))  # the next trigger on a later line
    for start, end in ranges:
        yield from pattern.finditer(text, start, end)


def finditer_from(pattern: re.Pattern, text: str, trigger: re.Pattern, offset: int) -> Iterator[re.Match]:
    """The matches of ``pattern.finditer(text)``, tried only ``offset`` characters before each ``trigger`` match.

    For a pattern every match of which holds a ``trigger`` match that starts exactly ``offset`` characters
    after its own start (the 、 after a list's first two characters, the blank after a spaced-out
    character), and that matches nothing empty. A pattern opening with a lookbehind or a class of Chinese is
    tried at every character of the text; the trigger, a literal or a short class, lets re skip ahead to the
    few places worth trying. Exact: finditer takes the leftmost match at or after the previous match's end,
    and every start it could take is tried here, in order, with the same ``match`` (which sees the text
    before it, as a lookbehind needs).
    """
    last_end = 0
    for hit in trigger.finditer(text, offset):
        start = hit.start() - offset
        if start < last_end:
            continue
        m = pattern.match(text, start)
        if m is not None:
            last_end = m.end()
            yield m


# The digits right before a place: read back by finditer_after_run (a window of at most _MAX_RUN characters).
_MAX_RUN = 16
_RUN_END = re.compile(r"\d{1,16}\Z")


def finditer_after_run(pattern: re.Pattern, text: str, ends, most: int) -> Iterator[re.Match]:
    """The matches of ``pattern.finditer(text)``, tried only at the start of the run of digits that ends at each
    of ``ends`` (offsets in order, a few more than needed do no harm).

    For a pattern every match of which opens with a whole run of at most ``most`` digits (a lookbehind keeps a
    digit from standing before its first) that ends at one of ``ends``: a figure found from the point or the mark
    that must follow it. A pattern led by ``\\d`` is tried at every digit of a report, and re tests each
    character against the class (some 4 ms on 200,000 characters); the few places here are found by a literal
    search or one vectorised pass. Exact: each match's start is the only place it can start, tried in order
    with the same ``match`` (which sees the text before it, as a lookbehind needs), and a place inside the
    previous match is skipped, as finditer skips it.
    """
    last_end = 0
    for at in ends:
        run = _RUN_END.search(text, max(last_end, at - min(most, _MAX_RUN)), at)
        if run is None:
            continue
        m = pattern.match(text, run.start())
        if m is not None:
            last_end = m.end()
            yield m


def merged_spans(spans) -> list[tuple]:
    """``(start, end, *rest)`` spans in text order, those that overlap or touch joined into one that keeps the
    rest of its first (××年度××部门 is one leftover; a brand planted twice in a row is one plant)."""
    out: list[tuple] = []
    for span in sorted(spans):
        if out and span[0] <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], span[1]), *out[-1][2:])
        else:
            out.append(tuple(span))
    return out


def line_around(text: str, pos: int) -> tuple[int, int]:
    """Start and end (before its "\\n") of the line of ``text`` that holds ``pos``."""
    end = text.find("\n", pos)
    return text.rfind("\n", 0, pos) + 1, len(text) if end < 0 else end


_CLAUSE_MARKS = frozenset("，,。；;：:！？")
PROSE_REACH = 10  # characters after the body's first word read for its clause mark
TITLE_REACH = 160  # characters from the text's start within which its title ends


def title_then_prose(text: str, mid: int) -> bool:
    """Offset ``mid`` parts the text's first line, a title without a clause mark, from its body's first sentence
    (…技能展示活动 / 活动现场，…): a clause mark comes within a few characters after it. The reader may have joined
    the title's line to the body's (a long line without a stop reads as a wrapped sentence), so a break between
    them is not required; a doubling there is the title's last word and the body's first, never one sentence's."""
    if mid > TITLE_REACH:
        return False
    head = text[:mid].strip()
    # joined by the reader, the title's line was a long one (the reader joins only those)
    return (len(head) >= (6 if text[mid - 1] == "\n" else MIN_RUNNING_LINE) and "\n" not in head and not _CLAUSE_MARKS.intersection(head)
            and bool(_CLAUSE_MARKS.intersection(text[mid:mid + PROSE_REACH])))


def last_mark(text: str, marks: str, pos: int, floor: int = 0) -> int:
    """``max(text.rfind(c, floor, pos) for c in marks)`` for single characters ``marks``, read back in widening
    windows (-1 when none stands at or after ``floor``).

    Every clause and sentence start is sought this way; a mark the text never holds (a half-width ; in a
    report written with ；) sent rfind back to the text's start for every figure, quadratic on a long text.
    """
    hi, width = pos, 256
    while True:
        lo = max(floor, hi - width)
        found = max(text.rfind(c, lo, hi) for c in marks)
        if found >= 0 or lo == floor:
            return found
        hi, width = lo, width * 4


def sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` begins: after the last 。 or line break before it."""
    return last_mark(text, "。\n", pos) + 1


def sentence_end(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` ends: at the next 。 or line break from it (the text's length if none)."""
    return min((i for i in (text.find("。", pos), text.find("\n", pos)) if i != -1), default=len(text))


def _line_end(text: str, pos: int) -> int:
    """Index just past the "\\n" that ends the line holding ``pos`` (the text's length on the last line)."""
    nl = text.find("\n", pos)
    return len(text) if nl == -1 else nl + 1


def inside_aside(text: str, lo: int, pos: int) -> bool:
    """Is ``pos`` inside a bracket opened after ``lo`` and not yet closed? (A figure in an aside is the
    aside's own, not a sibling of the figures around it.)"""
    depth = 0
    for ch in text[lo:pos]:
        if ch in "（(":
            depth += 1
        elif ch in "）)" and depth:
            depth -= 1
    return depth > 0


# What holds digits but is no figure a 其中 could break down: a year (2022年, 2022年度) and the number opening a
# numbered paragraph (6.2022年，我局共承办…).
_NO_FIGURE = re.compile(r"(?<!\d)\d{4}年度?|^\s{0,2}\d{1,2}[.．、](?!\d{1,3}(?!\d))")


def sole_figure(text: str, start: int, reach: int = 200) -> bool:
    """Whether the figure at ``start`` is the first figure of its sentence (共有直属单位0个。 with no other
    figure before it, a year and a paragraph's number aside): a 其中 opening the next sentence can only break that
    figure down, not a list's last item."""
    begin = max(sentence_start(text, start), start - reach)
    return not any(ch.isdigit() for ch in _NO_FIGURE.sub("", text[begin:start])) and begin > start - reach


_RANGE_BEFORE = re.compile(r"\d[—–\-~～至到]\s?$")
_CLASS_AFTER = re.compile(r"(?:及?以上|以下)?的?(?:重大|重点|产业|工业|招商)?(?:项目|企业)")


def size_band(text: str, start: int, end: int) -> bool:
    """Whether the amount at ``start``–``end`` names a size of projects, not a sum of money: the top of a range
    (1—10亿元项目4个) or a band that a kind of thing follows (10亿元以上项目, 亿元以上企业). Such a figure is a
    class that things are counted in, never a part of the total before it."""
    return bool(_RANGE_BEFORE.search(text[max(0, start - 3):start]) or _CLASS_AFTER.match(text, end))


# A single ASCII ? opening a line before its Chinese words or a heading's bracket (?本报告根据…, ? 一、总体情况):
# a web page's blank or bullet it could not encode. No sentence opens with a question mark.
_OPENING_QUERY = re.compile(r"[ \u3000]{0,2}\?(?!\?)[ \u3000]{0,2}(?=[\u4e00-\u9fff（(])")


def opening_query(text: str, pos: int) -> re.Match | None:
    """The lone ? that opens the line at ``pos`` (a line's start), with its blanks; None where the line does not
    open so, or where the line before ends on a Chinese character or a letter: there the ? is that line's
    question wrapped onto this one (是否达标\\n?是), not a lost character. L004 reports it; P001 leaves it."""
    m = _OPENING_QUERY.match(text, pos)
    if m is None or pos == 0:
        return m
    before = text[pos - 2:pos - 1] if text[pos - 1:pos] == "\n" else ""
    return None if before and (before.isalnum()) else m


# The item before a three-character slogan in a run of them (防风险、保安全、护稳定): three characters after a mark
# or a line's start, then 、. W005 and W011 read a form found here as the run's own item, nothing lost from it.
SLOGAN_BEFORE = regex_cache.compile(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{3}、\Z")


def in_slogan_run(text: str, s: int, e: int) -> bool:
    """text[s:e] is a three-character item of a run of three-character slogans (稳根基、提质效; 保安全、护稳定、促发展):
    the item before it has three characters too, and none follows it on."""
    return e - s == 3 and e < len(text) and not is_han(text[e]) and SLOGAN_BEFORE.match(text, max(0, s - 4), s) is not None


# A verb's complement right after a form (建议提得很好, 建议提的很好): the form's last character is a verb there.
_COMPLEMENT = regex_cache.compile(r"[的得](?:很|非常|十分|比较|较|好|及时|中肯)")
# The noun a 及 joins its verb to (问题及解决建议, 原因及整改措施): 及 is the conjunction there, no 及时 short of 时.
_JOINED_NOUN = regex_cache.compile(r"建议|办法|措施|方案|对策|思路|途径|路径|意见")


def reads_whole(text: str, s: int, e: int, lost: int, size: int) -> bool:
    """text[s:e], a compound of ``size`` characters short of the one at ``lost``, reads whole as written: a verb and
    a newer word (glossary/recent_words.txt) meet where the character was lost (提质效: 提 + 质效), or the
    last character is a verb before its complement (建议提得很好), or the form opens on the conjunction 及 between a
    word and a verb that makes a noun with the word after it (问题及解决建议). W005 reads the form as no compound cut short."""
    if 0 < lost < size - 1 and text[s + lost - 1:s + lost + 1] in recent_words():
        return True
    if lost == 1 and text[s] == "及" and s > 0 and is_han(text[s - 1]) and _JOINED_NOUN.match(text, e):
        return True
    return lost == size - 1 and _COMPLEMENT.match(text, e) is not None
