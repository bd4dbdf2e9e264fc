"""A table of contents that lost its 目录 line: where it ends and the body it lists begins.

A page export may drop the contents' title (目录 was an image, or a separate
block of the page) and keep its entries: a run of headings at the head of the
text, each closed by a dot leader and its page number ("一、概况……( 1 )",
"（二）机构设置........3"), then the body, whose first heading repeats the first
entry. Its entries are no headings of the body: the body's 一、 after the
contents' 五、 is no step back. Without the repeat (an excerpt that holds the
contents alone) nothing tells the contents from a body, and nothing is read.
"""

from __future__ import annotations

from typing import Callable, Optional

from ..core import regex_cache

# A contents entry's end: a dot leader, then its page number, bare or in brackets ("……3", "....( 12 )"); a
# number set off by blanks in its brackets needs no leader (a long title left no room for one: "…说明( 12 )").
PAGE_REF = regex_cache.compile(r"[.．…·]{2,80}[ \u3000]{0,8}(?:[(（][ \u3000]{0,2}\d{1,3}[ \u3000]{0,2}[)）]|\d{1,3})$"
                               r"|[(（][ \u3000]{1,2}\d{1,3}[ \u3000]{1,2}[)）]$")
MIN_ENTRIES = 4  # fewer lines with page numbers are no contents to speak of
SEARCHED = 40  # paragraphs: a contents stands at the head of the text
TAIL = 100  # characters at a line's end that can hold its leader and page number
AFTER = 20  # paragraphs after the entries in which the body repeats the first (the title, a list of 附件)


def untitled_range(paragraphs: list, match: Callable, first_entry_again: Callable) -> Optional[tuple[int, int]]:
    """Offsets of a contents without its 目录 line, from its first entry to the body's first heading;
    None when the text opens with no such run of entries or no heading repeats the first."""
    first = None
    count = 0
    for i, p in enumerate(paragraphs[:SEARCHED]):
        listed = PAGE_REF.search(p.text, max(0, len(p.text) - TAIL)) is not None
        if first is None:
            first = (i, match(p)) if listed and match(p) is not None else None
            count = 1 if first else 0
        elif listed:
            count += 1
        else:
            if count >= MIN_ENTRIES and first_entry_again(paragraphs[i : i + AFTER], first[1]):
                return paragraphs[first[0]].start, p.start
            return None
    return None


def without_page_ref(title: str) -> str:
    """A contents entry's title without its dot leader and page number ("基本情况……3", "概况....( 1 )")."""
    return PAGE_REF.sub("", title).rstrip("0123456789").rstrip(" \t\u3000.．…·")
