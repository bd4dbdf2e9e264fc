"""A list that a line ending in a colon introduces, numbered afresh under a heading of the same level.

"本局的主要职责是：" then （一）负责……。（二）……。, or "纳入决算编制范围的单位包括：" then 1.某卫生院（本级）:
the items are the colon's list, not the outline's next headings, so their 1 is no repeat or step back
(S001). The outline counts on from before the list where a title line (no sentence in it) comes again;
an item without a full stop that takes the list's next number and opens with a verb of duty
(（十）承办上级交办的其他事项) is still the list's, for no section's title opens with 负责 or 承办.
"""

from __future__ import annotations

from ..core import regex_cache

# A list that a line ending in a colon introduces ("主要职责是：", then （一）负责……。（二）……。): its items
# are sentences numbered afresh under the heading of their own level, not the outline's next headings.
_ITEM_MARK = regex_cache.compile(r"[。；;，,]")  # a sentence's marks, which a section's title does not hold
_COLON_END = regex_cache.compile(r"[:：]$")
# A colon that introduces items of any shape, names as well as sentences: 包括：1.某卫生院（本级）.
_INTRODUCES = regex_cache.compile(r"(?:包括|如下|分别是|分别为|主要有|有以下)[:：]$")
# The verbs a list of duties opens its items with (（十）承办上级交办的其他事项): what the body does, never a
# section's title (（三）收支情况), even where the item ends without a full stop.
_DUTY_VERB = regex_cache.compile(r"\s{0,2}(?:负责|承办|承担|完成|办理|组织|指导|协调|贯彻|执行|拟订|督促|落实|做好|配合|参与)")


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
    before = _before(ctx, h)  # stripped: _INTRODUCES' $ is its end, after a colon
    return before.endswith((":", "：")) and _INTRODUCES.search(before) is not None


def duty_item(ctx, h) -> bool:
    """``h``'s text opens with a verb of duty (负责, 承办, 完成……): an item of a list of duties, not a title."""
    return _DUTY_VERB.match(ctx.text, h.mark_end) is not None


def titled_list(ctx, h, previous) -> bool:
    """``h`` is the first item of a list of sentences set right under a deeper heading's title ("2.主要职能",
    then （一）承担……。（二）……。): the list borrows a higher level's mark, so its （一） is no repeat of the
    outline's and the title above it is not empty. A section's title after it ("（一）项目绩效目标") has no
    sentence in it and stays the outline's; so does a （一） after a deeper heading that has a body. A title of
    the same level counts too ("1. 本级职责", then 1.贯彻……。): its list restarts the title's own numbering, which
    is a list under it set at its level, not a repeat of its number."""
    if h.number != 1 or previous is None or previous.form == "bare" or previous.level < h.level:
        return False
    if ctx.text[previous.end:h.start].strip() or sentence_item(ctx, previous) and not _title_with_stop(ctx, previous):
        return False
    return sentence_item(ctx, h) or duty_item(ctx, h)


TITLE_MAX = 16  # characters of a title that closes with a full stop ("2、主要工作职能。"); a sentence runs longer


def _title_with_stop(ctx, h) -> bool:
    """``h``'s line is a short title that a full stop closes ("2、主要工作职能。"): no other mark of a sentence."""
    title = ctx.text[h.mark_end:h.end].strip()
    return title.endswith("。") and len(title) <= TITLE_MAX and not _ITEM_MARK.search(title[:-1])


def list_goes_on(ctx, h, last: dict[int, int], resumed: dict[int, int]) -> bool:
    """``h`` takes the next number of the colon's list, not the outline's, and opens with a verb of duty: an
    item of the list whose line has no comma or full stop ("（十）完成县委交办的其他任务" after （九）), not the
    outline resuming with a title ("（三）收支情况")."""
    listed = last.get(h.level)
    return (listed is not None and h.number == listed + 1 and h.number != resumed[h.level] + 1
            and duty_item(ctx, h))
