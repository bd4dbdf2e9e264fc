"""A list that a line ending in a colon introduces, numbered afresh under a heading of the same level.

"本局的主要职责是：" then （一）负责……。（二）……。, or "纳入决算编制范围的单位包括：" then 1.某卫生院（本级）:
the items are the colon's list, not the outline's next headings, so their 1 is no repeat or step back
(S001). The outline counts on from before the list where a title line (no sentence in it) comes again.
"""

from __future__ import annotations

from ..core import regex_cache

# A list that a line ending in a colon introduces ("主要职责是：", then （一）负责……。（二）……。): its items
# are sentences numbered afresh under the heading of their own level, not the outline's next headings.
_ITEM_MARK = regex_cache.compile(r"[。；;，,]")  # a sentence's marks, which a section's title does not hold
_COLON_END = regex_cache.compile(r"[:：]$")
# A colon that introduces items of any shape, names as well as sentences: 包括：1.某卫生院（本级）.
_INTRODUCES = regex_cache.compile(r"(?:包括|如下|分别是|分别为|主要有|有以下)[:：]$")


def sentence_item(ctx, h) -> bool:
    """``h``'s line is a sentence (a comma or a full stop in it): a list's item, not a section's title."""
    return _ITEM_MARK.search(ctx.text, h.mark_end, h.end) is not None


def _before(ctx, h) -> str:
    return ctx.text[max(0, h.start - 80):h.start].rstrip()


def colon_list(ctx, h) -> bool:
    """``h`` is the first item of a list whose line before it ends in a colon: a sentence, or any item
    after a colon that says items follow (包括：, 如下：)."""
    if h.number != 1:
        return False
    return (sentence_item(ctx, h) and _COLON_END.search(_before(ctx, h)) is not None) or introduced(ctx, h)


def introduced(ctx, h) -> bool:
    """``h`` follows a colon that says items follow (包括：, 如下：): an item, whatever its mark's form."""
    return _INTRODUCES.search(_before(ctx, h)) is not None
