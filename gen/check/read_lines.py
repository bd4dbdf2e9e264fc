"""Hard line breaks left by PDF extraction (and hand-wrapped text): which to join so a sentence reads whole.

The reader joins a line with the next when neither ends a sentence nor starts
a heading or list item, and keeps the offsets so every finding still points
into the text as written. A job of its own beside decoding and building the
source (:mod:`gen.check.read`); moved out of that module unchanged.
"""

from __future__ import annotations

from ..core import regex_cache
from .text_map import Gaps, drop

# A line ending with one of these ends a sentence or introduces what follows.
_LINE_END_OK = set("。！？；：!?;:…”’」』）)】》")
_CN_NUM = "一二三四五六七八九十"
# Lines that start a new block: headings and list items, Markdown structure, indents.
_BLOCK_START = regex_cache.compile(
    rf"(?:[{_CN_NUM}]{{1,3}}[ \t]?[、.．]"
    rf"|[（(][{_CN_NUM}]{{1,3}}[）)]"
    r"|[（(]\d{1,3}[）)]"
    r"|\d{1,3}(?:[、．]|\.(?!\d)|\.(?=(?:19|20)\d\d年))"
    rf"|第[{_CN_NUM}\d]{{1,4}}[章节部分条项]"
    r"|[①-⑳]"
    r"|[#>|*+\-]"
    r"|```"
    r"|\u3000|\s{2}"
    r")"
)
# A line of a list of tables ("表3-3. 一般公共预算“三公”经费支出预算表", "附表4-1收支总表"): a table's label and its
# title, no clause mark. A budget's table of contents lists them one a line; glued, one title's last 表 would run into
# the next line's label (预算表表4). Prose that cites a table ("表1所示，…") has a clause mark and reads on.
_TABLE_LIST_LINE = regex_cache.compile(r"(?:附\s?)?表\s?\d{1,2}(?:[-－—]\d{1,2})?[.．、:： ]?[^，。；,;：:！？]{1,60}")
# A line that is a document part's label on its own (目录, 附件1, 摘要): never the rest of a sentence.
_LABEL_LINE = regex_cache.compile(r"(?:目\s*录|附\s*件\s*\d{0,2}|摘\s*要|前\s*言|附\s*表\s*\d{0,2})[：:]?")
# A heading line: numbered, short, no clause punctuation inside.
_HEADING_LINE = regex_cache.compile(
    rf"(?:[{_CN_NUM}]{{1,3}}[ \t]?[、.．]|[（(][{_CN_NUM}\d]{{1,3}}[）)]|\d{{1,3}}(?:[、．]|\.(?!\d)|\.(?=(?:19|20)\d\d年))"
    rf"|第[{_CN_NUM}\d]{{1,4}}[章节部分条项]|#)[^，,、；;]{{0,40}}"
)
_ASCII_WORD = regex_cache.compile(r"[A-Za-z0-9]")
# A document's title on a line of its own ("某局2023年度部门整体支出绩效自评报告"): no clause mark inside and the
# name of a kind of document at its end. Long enough to pass for running text, it is still no sentence's first
# half: glued to the paragraph under it, the title would hide where that paragraph's first sentence begins.
_TITLE_LINE = regex_cache.compile(r"[^，。；：,;:！？]{6,80}?(?:报告|说明|决算|预算|自评表|评价表|情况表|公开)")
# Lines that end mid-clause ("，负责") continue; other unpunctuated lines continue only
# when they are as long as a line of running text, since a short unpunctuated line
# is a title or an unnumbered heading ("下一步改进措施").
_CLAUSE_END = set("，,、（(“‘《")
MIN_RUNNING_LINE = 20
# A line ending in two or more bare figures, each set apart by a space ("年度资金总额 29 29 27.8 9 0.958 8",
# "验收合格率 ≥95% 98% 6 6"): a row of a table pasted from a web page or PDF, its last cells 分值 and
# 得分. Prose writes a figure with its unit or between Chinese words, never two bare ones in a row,
# so the line is a row of its own and the next line (the next row) is not glued to its last figure.
_ROW_END = regex_cache.compile(r"(?:^|\s)[-+]?\d[\d,]*(?:\.\d+)?%?\s+[-+]?\d[\d,]*(?:\.\d+)?%?\s*$")
# A row of a page's record block copied with single spaces ("公开方式 主动公开" / "公开范围 面向社会 公开时限
# 长期公开"): short fields and no clause mark, three or more of them short Chinese labels or values. Prose
# does not part its words with blanks (a PDF copy parts figures, "全年共有 2 个项目…", not short words),
# so such a line is a row of its own: it is not glued to the next row, where its last field would run
# into the next one's first.
_FIELD = regex_cache.compile(r"[\u4e00-\u9fff]{2,8}")
_CLAUSE_MARK = regex_cache.compile(r"[，。；：,;:！？]")
MIN_FIELDS = 3
# An entry of a table of contents: a short title, no clause mark, then its page number set apart by a
# blank or a leader ("收入决算情况说明 4", "绩效分析……7"). Two such lines in a row are two entries, each a
# line of its own, even when neither carries its number (both lost it in the copy): glued into one, the
# second title would hide from the numbering checks (S011, S001).
_TOC_ENTRY = regex_cache.compile(r"[^，。；,;：:！？\t]{2,40}?(?:[ \u3000]{1,8}|[.．…·]{2,80}[ \u3000]{0,8})\d{1,3}")  # bounded: linear in any search


# A body's name on a line of its own (某县财政局, 某镇人民政府): the signature under a speech or a title, never the
# rest of the line above (会议上 / 上杭县财政局 glued would read 上上).
_SIGNATURE_LINE = regex_cache.compile(r"[\u4e00-\u9fff]{2,20}(?:局|委员会|人民政府|政府|办公室|中心|厅|委|办事处)")


def _column_gap(line: str) -> bool:
    """Two blanks in a row or an ideographic space: columns aligned with spaces (two substring tests, not a search)."""
    return "  " in line or "\u3000" in line


def _field_row(line: str) -> bool:
    if line.count(" ") < MIN_FIELDS - 1:
        return False  # too few blanks for the fields (most lines: no blank at all), told before the line is cut
    fields = line.strip().split(" ")
    if len(fields) < MIN_FIELDS or _CLAUSE_MARK.search(line) or any(not f or len(f) > 20 for f in fields):
        return False
    return sum(1 for f in fields if _FIELD.fullmatch(f)) >= MIN_FIELDS


def pdf_line_breaks(text: str, markdown: bool = False) -> list[int]:
    """Offsets of the "\\n" characters that break a sentence and should be joined.

    A break is joined when the line before does not end a sentence (。！？；：”…),
    is not a heading, and the line after is not blank, not a heading or list item
    and not indented. The line before must also look like running text: it ends
    mid-clause (，、) or is at least ``MIN_RUNNING_LINE`` characters long, so
    titles and unnumbered headings stay lines; a long line naming a kind of document at its end
    with no clause mark inside (某局2023年度部门决算说明) is a title however long. Lines with tabs (table rows) are
    never joined; two ASCII words are never glued together.
    """
    lines = text.split("\n")
    out: list[int] = []
    pos = 0
    in_fence = False
    # No ``` anywhere: no line opens a fence (one search, not a test of every line). An empty line on either side
    # keeps its break (_joinable's first test), told without the call: every other line of a Markdown text.
    fenced = markdown and "```" in text
    for i in range(len(lines) - 1):
        prev, nxt = lines[i], lines[i + 1]
        pos += len(prev)
        if fenced and prev.lstrip().startswith("```"):
            in_fence = not in_fence
        if prev and nxt and not in_fence and _joinable(prev, nxt):
            out.append(pos)
        pos += 1
    return out


def _joinable(prev: str, nxt: str) -> bool:
    # Every test but the last says "keep the break"; the cheap ones that decide most lines come first (a line that
    # ends its sentence, most of a report), the ones that read whole lines after (14 of 59 ms on 245k chars of real
    # reports). The order changes no answer.
    tail = prev.rstrip()
    if not tail or not nxt.strip() or "\t" in prev or "\t" in nxt:
        return False
    if tail[-1] in _LINE_END_OK:
        return False
    if prev.count("|") >= 2 or nxt.count("|") >= 2 or _column_gap(prev.strip()) or _column_gap(nxt.strip()):
        return False  # columns aligned with spaces or split by |: a table row (gen.check.tables)
    if (tail[-1] == "%" or tail[-1].isdecimal()) and _ROW_END.search(tail):
        return False  # a table row flattened with single spaces: its figures end the line (a digit or % last)
    if _field_row(prev) or _field_row(nxt):
        return False  # a record block's rows ("公开方式 主动公开"): each line a row of its own
    if _TOC_ENTRY.fullmatch(tail.lstrip()) and _TOC_ENTRY.fullmatch(nxt.strip()):
        return False  # two entries of a table of contents, each ending in its page number
    if _BLOCK_START.match(nxt) or _LABEL_LINE.fullmatch(nxt.strip()) or _TABLE_LIST_LINE.fullmatch(nxt.strip()) \
            or _SIGNATURE_LINE.fullmatch(nxt.strip()):
        return False
    head = prev.lstrip()
    if _HEADING_LINE.fullmatch(head) or _TITLE_LINE.fullmatch(head.rstrip()) or head.startswith(("#", "|", ">", "```")):
        return False
    if _ASCII_WORD.match(tail[-1]) and _ASCII_WORD.match(nxt[0]):
        return False
    return tail[-1] in _CLAUSE_END or len(head.rstrip()) >= MIN_RUNNING_LINE


def remove_breaks(text: str, positions: list[int]) -> tuple[str, Gaps]:
    """``text`` without the characters at ``positions`` (ascending), and the sparse map back (gen.check.text_map)."""
    return drop(text, ((p, p + 1) for p in positions))
