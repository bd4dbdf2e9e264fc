"""A document library's page around a report: its terms of use, its preview's fragment numbers, its listing
line and the file's properties it pastes above the text.

Sites that share documents (文库, 文档分享) put their own notice above the file, a numbered list in which the
site speaks of itself and of rights or payment ("1、本站文档一经付费，不意味着购买了版权……侵权必究。"), and
their previews cut the file into pieces numbered by the site: "1、" at the head of the first, "2、", "3、" at the
head of each next one, on a line of its own, wherever the page ended: mid-sentence, mid-word, or right before
one of the file's marks ("2、、取水口", the file's 、 after the site's number). Neither the notice's wording nor
the site's numbers are the report's: a mark they double is the site's, not the author's slip.
"""

from __future__ import annotations

from ..core.regex_needles import finditer as near_needles
from ..core.regex_needles import may_match
from ..core import regex_cache
from ..core.last_text import last_text
from ..core.text_lines import lines_with

# The site speaking of itself, and of rights or payment: both in one line make it the library's notice.
_NOTICE_SITE = regex_cache.compile(r"本站|本网站|网站文档|本平台|平台不提供|网友上传|会员上传|用户上传")
_NOTICE_TERMS = regex_cache.compile(r"侵权|版权|付费|退款|客服")
MAX_NOTICE_LINE = 300  # a longer line is running text that happens to name a site


def notice_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line of a document library's notice in ``text`` (the site's terms, not the report)."""
    if "权" not in text and "付费" not in text and "客服" not in text:
        return []
    if not may_match(_NOTICE_SITE, text):
        return []  # none of the site's words: told from its needles, not by a search that reads every character
    # Only the lines where the site speaks of itself (re skips ahead to them): a line loop costs a step per line.
    return [(start, start + len(line)) for _, start, line in lines_with(text, _NOTICE_SITE)
            if len(line) <= MAX_NOTICE_LINE and _NOTICE_TERMS.search(line)]


# The site's number heading a preview fragment: "2、" at a line's start.
_FRAGMENT = regex_cache.compile(r"(?m)^[ \u3000]{0,2}(\d{1,3})、")
# A fragment this long that ends with no closing mark was cut by the site: a list item or a heading of the
# report is shorter, or closes its sentence.
MIN_FRAGMENT = 150
_CLOSING = frozenset("。！？；：…”）)")


def fragment_marks(text: str) -> list[tuple[int, int]]:
    """(start, end) of each number a document library put at the head of its preview's fragments ("2、"): a run
    1, 2, 3 … in order, each fragment before the next at least MIN_FRAGMENT characters and cut with no closing
    mark. A report's own numbered items close their sentences or are short headings, and are left alone."""
    return list(_fragment_marks(text))


def opens_fragment(text: str, start: int) -> bool:
    """A figure at ``start`` right after a preview fragment's number ("2、7万元"): the page cut it, its head
    ended the fragment before, so it is not the figure the report wrote."""
    return any(end == start for _, end in fragment_marks(text))


@last_text  # S007 and P003 ask of one text in turn
def _fragment_marks(text: str) -> list[tuple[int, int]]:
    run: list[tuple[int, int]] = []
    found: list[tuple[int, int]] = []
    for m in near_needles(_FRAGMENT, text):
        number = int(m.group(1))
        if run and number == len(run) + 1:
            piece = text[run[-1][1]:m.start()].rstrip()
            if len(piece) >= MIN_FRAGMENT and piece[-1:] not in _CLOSING:
                run.append((m.start(1), m.end()))
                continue
        if len(run) >= 2:
            found += run
        run = [(m.start(1), m.end())] if number == 1 else []
    if len(run) >= 2:
        found += run
    return found


# A document library's listing line: the uploader's name, the page count, the size and its download button
# ("Deprecating。(讽刺)45 页 433.359 KB下载文档").
_LIBRARY_LINE = regex_cache.compile(r"(?m)^[^\n]{0,60}?\d{1,4}[ \u3000]?页[ \u3000]{0,3}[\d.]+[ \u3000]?[KMG]B[ \u3000]{0,2}下载文档")


def library_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each document library's listing line in ``text``: the uploader's name and the file's
    size there are the site's, never the report's wording."""
    if "下载文档" not in text:
        return []
    return [m.span() for m in _LIBRARY_LINE.finditer(text)]


# A Word file's properties copied ahead of its text by a document site: the times it was created, saved and
# printed (2019-05-22T04:56:35Z), then its counts, an application's build, a GUID and flags (False False).
_PROPERTY_RUN = regex_cache.compile(
    r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z(?:[ \t]{1,3}\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z){1,3}"
    r"[^\u4e00-\u9fff\n]{0,200}")


def property_runs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each run of a file's properties (two or more ISO times, then what follows them up to
    the next Chinese character): the file's metadata, never the report's wording."""
    if "Z" not in text:
        return []
    return [m.span() for m in _PROPERTY_RUN.finditer(text)]
