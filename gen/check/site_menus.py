"""A government site's navigation menu copied above a report: short numbered labels, not headings.

A page saved as text keeps its side menus as lists: each column of the site
("政策法规", "部门预算公开", "执法主体") becomes a run of items "1. 机构职能",
"2. 内设机构", and every menu numbers its own items from 1. Copied one after
another they give a run of short labels whose numbers go back to 1 again and
again with no heading between them. A report never does that: its lists are
numbered under their headings, and a list that restarts without one (S001's
step back) restarts once, not on every few lines. So a run of short numbered
labels that restarts at 1 twice or more, nothing else between its lines, is
the site's menu, and its items are no part of the outline.
"""

from __future__ import annotations

from ..core import regex_cache
from .context import Span

# A menu item: a number and its label, a few characters with no clause mark (a report's item says something).
_ITEM = regex_cache.compile(r"[ \u3000]{0,8}(\d{1,2})[.．、][ \u3000]{0,4}([^\s，。；：,;:]{1,12})[ \u3000]{0,8}")
MIN_RESTARTS = 2  # the run's numbers go back to 1 this often (three menus in a row, or more)


# An item found in the context's paragraphs joined by line breaks: a paragraph (one line, stripped) that is an
# item whole, as _ITEM.fullmatch reads it. Opening with the line break lets re skip ahead to the lines.
_ITEM_LINE = regex_cache.compile(r"\n(\d{1,2})[.．、][ \u3000]{0,4}[^\s，。；：,;:]{1,12}(?=\n|\Z)")


def menu_paragraphs(paragraphs: list[Span]) -> frozenset[int]:
    """Indexes of the paragraphs that are items of a site menu (see the module's doc).

    ``paragraphs`` are a context's (CheckContext.paragraphs: each one line, stripped, not empty). Their items
    are found in one pass over their texts joined by line breaks, not one match per paragraph: most
    paragraphs of a report are no item, and only the items' runs matter."""
    joined = "\n" + "\n".join(p.text for p in paragraphs)
    found: set[int] = set()
    run: list[int] = []
    restarts = 0
    line, counted = -1, 0  # the paragraph index of the line break at ``counted`` in ``joined``
    for m in _ITEM_LINE.finditer(joined):
        line += joined.count("\n", counted, m.start() + 1)
        counted = m.start() + 1
        if run and run[-1] != line - 1:  # a paragraph that is no item ended the run
            if restarts >= MIN_RESTARTS:
                found.update(run)
            run, restarts = [], 0
        if run and m.group(1) == "1":
            restarts += 1
        run.append(line)
    if restarts >= MIN_RESTARTS:
        found.update(run)
    return frozenset(found)
