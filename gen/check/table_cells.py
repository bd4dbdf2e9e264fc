"""Paragraphs that are cells of a table flattened one cell per line, not headings.

A 收入支出决算总表 copied out of a web page loses its grid and prints each cell on a line of its own; its
row labels count 一、二、 down two columns in turn, which the outline (gen.check.headings) must not read as
headings numbered twice.

Some sites turn a self-evaluation form's table into lines of one cell each, each closed by its bar:
"年度部门(单位)总体运行情况及取得的成绩 |", then the value cell on the next line
("一、群文活动出成效；1.……"). The value cell's numbered text is that cell's own
list, not a heading of the report. A row of several cells ("| a | b |") is no lone cell, so a heading
right after a pipe table is still read; and the label cell must itself stand in such a form, after
a row of bars (||||) or another lone cell: a page's chrome closed by a stray bar
("来源：某管理处 |") is no form, and the heading after it is the report's. Nor is a figure a label: the
line after a table's last figure ("-0.83% |") is the report's next heading, not that cell's value.
"""

from __future__ import annotations

from ..core import regex_cache
from .context import Span

# A cell that is one figure: a 行次 ("14"), an amount ("2273.58", "1,234.5"), a rate ("95%").
_FIGURE_CELL = regex_cache.compile(r"-?\d[\d,，]{0,14}(?:[.．]\d{1,4})?%?")


def row_label(paras: list[Span], i: int) -> bool:
    """Whether paragraph ``i`` is the label of a table row flattened one cell per line.

    A 收入支出决算总表 copied out of a web page loses its grid: "一、财政拨款收入", then its 行次 "1"
    and its amount "2273.58" each on a line of their own, then the next row ("一、一般公共服务支出" of the
    支出 column). Its labels count 一、二、 down two columns in turn; they are cells, not headings. A
    heading is followed by text, at most by one stray figure (a PDF's page number), never by two.
    Some exports keep each cell's pipe ("一、一般公共服务支出 |" / "516.39 |" / "|"): a line closed by its pipe
    between two lines closed by theirs is a cell too.
    """
    if i + 1 >= len(paras):
        return False
    first = paras[i + 1].text.lstrip()
    # most headings are followed by text: a cell that is a figure starts with a digit or a minus
    if i + 2 < len(paras) and (first[:1].isdigit() or first[:1] == "-") \
            and all(_FIGURE_CELL.fullmatch(_cell(c.text)) for c in paras[i + 1 : i + 3]):
        return True
    # a group row's label ("三、本年度办理结果"), its first sub-row ("（一）予以公开") a row label over figures
    if _GROUP_ROW.match(paras[i].text) and _SUB_ROW.match(first) and row_label(paras, i + 1):
        return True
    # cells that keep their pipe ("一、一般公共服务支出 |", "516.39 |", "|"): a line between two such lines
    return i > 0 and "|" in paras[i].text and all(_closed(paras[j].text) for j in (i - 1, i, i + 1))


_GROUP_ROW = regex_cache.compile(r"[ \t\u3000]{0,4}[一二三四五六七八九十]{1,3}、")
_SUB_ROW = regex_cache.compile(r"[（(][一二三四五六七八九十]{1,3}[）)]")


def _closed(text: str) -> bool:
    """A line closed by its cell's bar ("516.39 |", "取得的成绩 |")."""
    return text.rstrip().endswith("|")


def _cell(text: str) -> str:
    """A flattened cell's text without the pipe a web table's export leaves after it ("675.82 |")."""
    return text.strip().rstrip("|").rstrip()


# One cell on its line, closed by its bar: some text (not blanks only, checked apart), no other bar.
_LONE_CELL = regex_cache.compile(r"([^|\n]{1,400})\|[ \t\u3000]{0,8}")
# A row of the form's grid with its cells emptied: bars only.
_BARS = regex_cache.compile(r"[ \t\u3000]{0,8}\|[| \t\u3000]{0,400}")


def _lone_cell(line: str) -> bool:
    m = _LONE_CELL.fullmatch(line)
    return m is not None and bool(m.group(1).strip())


_CLOSED_LINE = regex_cache.compile(r"\|\n")  # a paragraph closed by its bar, another after it


def after_lone_cells(paras: list[Span]) -> frozenset[int]:
    """Indexes of the paragraphs that follow a line that is one cell closed by a bar ("取得的成绩 |"), itself
    after a row of bars or another such cell.

    ``paras`` are a context's (CheckContext.paragraphs: each one line, stripped, not empty), so the two lines
    with text before a paragraph are the two before it. Only the lines closed by a bar are read: found in
    their texts joined by line breaks, not tested one paragraph at a time (most of a report has no bar)."""
    texts = [p.text for p in paras]
    joined = "\n".join(texts)
    out: set[int] = set()
    line, counted = 0, 0  # the paragraph index of the text at ``counted`` in ``joined``
    for m in _CLOSED_LINE.finditer(joined):
        line += joined.count("\n", counted, m.start())
        counted = m.start()
        last = texts[line]
        if _FIGURE_CELL.fullmatch(_cell(last)):
            continue  # a figure is a value, not a label: the line after the table's last figure is no cell of it
        if line >= 1 and _lone_cell(last) and (_BARS.fullmatch(texts[line - 1]) is not None
                                               or _lone_cell(texts[line - 1])):
            out.add(line + 1)
    return frozenset(out)


# A table of two column groups (收入 | 预算数 | 支出 | 预算数) flattened one cell per line: its head names the
# item and the amount twice, each on a line of its own ("项目", "预算数", "项目", "预算数"). Its rows then
# alternate between the two columns (一、财政拨款收入, 12,514.26, 一、一般公共服务支出, …), an empty cell
# leaving no line at all, so no count of figures after a label tells a cell from a heading (row_label);
# the head does. The cells run to the table's closing total (本年收入合计, 收入总计) or to a line too long
# for a cell.
_AMOUNT_HEAD = regex_cache.compile(r"(?:年初|全年|调整后?)?(?:预算|决算)数?|金额|本年数|执行数")
_TABLE_END = regex_cache.compile(r"(?:本年)?(?:收入|支出)(?:合计|总计)")
MAX_CELL = 30  # characters: the longest row name of a 收支总表 (…资源勘探工业信息等支出) is half of it
MAX_ROWS = 200


def _bare(text: str) -> str:
    return text.replace(" ", "").replace("\u3000", "")


def paired_column_cells(paras: list[Span]) -> frozenset[int]:
    """Indexes of the paragraphs that are cells of a two-column-group table flattened one cell per line."""
    out: set[int] = set()
    for i, p in enumerate(paras):
        if p.text.strip() not in ("项目", "项  目", "项 目") or i + 4 > len(paras):
            continue
        head = [_bare(x.text) for x in paras[i:i + 4]]
        if head[2] != "项目" or not _AMOUNT_HEAD.fullmatch(head[1]) or not _AMOUNT_HEAD.fullmatch(head[3]):
            continue
        for j in range(i + 4, min(len(paras), i + 4 + MAX_ROWS)):
            cell = _bare(paras[j].text)
            if len(cell) > MAX_CELL or _TABLE_END.match(cell):
                break
            out.add(j)
    return frozenset(out)
