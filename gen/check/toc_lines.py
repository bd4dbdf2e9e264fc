"""Lines of a table of contents that are no numbered entry, yet no end of the contents either.

gen.check.headings reads a contents from its 目录 line on, entry by entry, and stops at the first line
that is not an entry. Pages break that reading four ways, each told here from the lines around it
(``match`` is the outline's own reading of a numbered line, passed in: this module sits below it):
an entry's tail the page wrapped onto a line of its own (……情况 / 说明), a line that kept only its
leader and page, the unnumbered names of a part's tables between two numbered entries, an
unnumbered entry with its page before the first numbered one (摘要 1), and one document of a package
listed with its page (……绩效评价报告 27), its own headings numbered afresh under it.
"""

from __future__ import annotations

from typing import Callable

from ..core import regex_cache
from .parts import part_number
from .untitled_contents import without_page_ref

WRAPPED_TAIL_MAX = 6  # characters of an entry's title that a page wrapped onto a line of their own
_WRAPPED_TAIL = regex_cache.compile(rf"[\u4e00-\u9fff]{{1,{WRAPPED_TAIL_MAX}}}")


def wrapped_tail(paragraphs: list, i: int, entries: list, match: Callable) -> bool:
    """Paragraph ``i`` is the tail of the contents entry above it that the page wrapped onto its own line
    ("（九）……“三公”经费支出决算情况" then "说明"): a few characters without a mark, between two entries
    of one level that count on ((九) then (十)). A line of prose, or the body's first paragraph, is no tail."""
    if not entries or i + 1 >= len(paragraphs) or not _WRAPPED_TAIL.fullmatch(paragraphs[i].text.strip()):
        return False
    nxt = match(paragraphs[i + 1])
    last = entries[-1]
    return nxt is not None and nxt.level == last.level and nxt.number == last.number + 1


MAX_TITLE = 50  # characters of a contents entry
UNNUMBERED_RUN = 30  # unnumbered entries (the tables of a part) the contents may list between two numbered ones
_SENTENCE = regex_cache.compile(r"[。，；,;！？]")


def unnumbered_entries(paragraphs: list, i: int, entries: list, match: Callable) -> bool:
    """Paragraph ``i`` opens a run of short unnumbered titles (the tables a part lists: 2023年度收入决算表 …)
    after which the contents' top level counts on (二、 … then 三、), or the contents list their next part
    (第三部分 …, the tables' numbers lost: "、一般公共预算基本支出表"): entries of the contents, not its end."""
    if not entries:
        return False
    top = min(e.level for e in entries)
    last = max((e.number for e in entries if e.level == top), default=0)
    for p in paragraphs[i:i + UNNUMBERED_RUN]:
        if part_number(p.text):
            return True
        h = match(p)
        if h is not None:
            return h.level == top and h.number == last + 1
        if len(p.text) > MAX_TITLE or _SENTENCE.search(p.text):
            return False
    return False


# "……………… 7": a contents line that kept its leader and page, its entry's title lost.
LEADER_ONLY = regex_cache.compile(r"[\s\u3000]{0,4}[.．。…·]{6,}[\s\u3000]{0,4}\d{1,3}[\s\u3000]{0,4}")


# An unnumbered entry with its page before the numbered ones (摘要 1, 前言……2).
_LEAD_ENTRY = regex_cache.compile(r"[\u4e00-\u9fff“”]{2,20}[ \t\u3000.．…·]{1,60}\d{1,3}[ \t\u3000]{0,4}")


# A document's own title: "关于某县2023年财政决算的报告", "……部门整体支出绩效自评报告", its second line 编制说明
# alone, or an attachment's label (附件2). A package's contents list each of its documents so, and a 决算 package's
# body opens each with it.
_DOCUMENT_TITLE = regex_cache.compile(
    r"^(?:[^。；，,：:！？]{2,40}(?:报告|说明)(?:[(（][^()（）\n]{1,8}[)）])?|附件[ \u3000]?\d{1,2}[：:]?)$")  # 说明(汇总)


def document_title(line: str) -> bool:
    """Whether the stripped ``line`` is a document's own title or an attachment's label. Asked of every paragraph:
    its last (or first) characters tell almost every line without the pattern."""
    if not (line.endswith(("报告", "说明", ")", "）")) or line.startswith("附件")):
        return False
    return _DOCUMENT_TITLE.match(line) is not None
_PAGE = regex_cache.compile(r"[ \t\u3000.．…·]{1,60}\d{1,3}[ \t\u3000]{0,4}$")


def listed_document(text: str) -> bool:
    """A contents line naming one document of the package with its page ("以工代赈项目2020年绩效评价报告 27"): the
    lists after it are that document's, numbered afresh."""
    m = _PAGE.search(text)
    return m is not None and document_title(text[:m.start()].strip())


def still_contents(paragraphs: list, i: int, entries: list, match: Callable) -> bool:
    """Paragraph ``i``, no numbered entry, is still a line of the contents: a wrapped tail, a lost title
    (only after an entry), the first of a part's unnumbered entries, or, before the first numbered entry,
    an unnumbered one with its page (摘要 1)."""
    text = paragraphs[i].text
    if not entries:
        return bool(_LEAD_ENTRY.fullmatch(text))
    return (wrapped_tail(paragraphs, i, entries, match) or bool(LEADER_ONLY.fullmatch(text))
            or unnumbered_entries(paragraphs, i, entries, match) or listed_document(text))


TITLE_TAIL = 2  # the last characters a retitled first heading keeps of its entry (部门概况, 某中心概况)
_NOT_HAN = regex_cache.compile(r"[^\u4e00-\u9fff]+")


def retitled_first(h, entries: list, listed_min: int) -> bool:
    """``h`` is the body's first heading right after the contents, retitled with the body's name (目录 一、部门概况
    … 四、…, then 一、某中心概况): a 一、 of the first entry's level after ``listed_min`` or more entries of that level
    numbered on, its title ending as the first entry's does, or opening with the whole of it."""
    first = entries[0]
    if h.level != first.level or h.number != 1 or first.number != 1 or sum(e.level == first.level for e in entries) < listed_min:
        return False
    a, b = (_NOT_HAN.sub("", without_page_ref(x.title)) for x in (h, first))
    # the body's title may also go on past the entry's with an aside (一、某福利院概况（参照“三定方案”）)
    return len(b) >= TITLE_TAIL and (a.endswith(b[-TITLE_TAIL:]) or a.startswith(b))
