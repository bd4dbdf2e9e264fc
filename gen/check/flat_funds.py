"""The funds block of a 自评表 flattened to text: 年度资金总额 and the sources it adds up.

A 自评表 copied from a web page or a PDF often comes out as one long line of
words and figures separated by single spaces:

    年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额: 0 0 0 10 0 0
    其中:本年财政拨款 90 89.974 89.974 上年结转资金 其他资金 年度总体目标 …

No line or column survives, so the table reader (tables.py) cannot rebuild it.
The funds block is the one part whose layout is fixed enough to read back: a
header of column words (budget and actual columns first), then the total row,
then its sources, each a name followed by its figures. The name of the total
row may also be lost or pushed behind the figures (a PDF's merged cell), when
the first row of figures sits right after the header and the next row starts
with 其中. A block is read only when every row holds a count of figures the
header explains (the total: every column, or the amount columns only; a
source: its amounts, every column, or nothing): any other count means cells
were dropped or moved, and the block is left alone rather than misread. A
named total that fills every column may also stand alone, its sources printed
in another layout.

This is the one reading of such tables: every header found here (its column
words are those of glossary/tables.yaml) goes to the rules with its rows
(B003, B007, B009, N015, N019), or without them, when none fit, to the loose
fallback of flat_tables.py. Rule B009 judges the total against its sources. The
words (column words, total and source row names, 其中, the note column) are data
in glossary/tables.yaml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Iterator, Optional

from ..core import regex_cache
from ..core.forms import layout as L
from ..core.regex_needles import finditer as near_needles
from .context import CheckContext
from .finding import Finding
from .flat_tokens import TOKEN as _TOKEN
from .flat_tokens import header_tokens
from .forms_find import inside_form
from .tables import Number, parse_cell, roles

AMOUNT_ROLES = ("budget", "actual")
HEADER_ROLES = AMOUNT_ROLES + ("weight", "rate", "score")
MAX_SOURCES = 8
MAX_LABEL_TOKENS = 6
MAX_NOTE_TOKENS = 4
# A cell's words: runs without spaces or "|", so a pipe table's rows read like flattened text
_BLANK_CELL = regex_cache.compile(r"\|\s*\|")  # an empty cell of a pipe table, which the tokens do not show
MAX_HEADER_WORD = 8
MAX_BROKEN_HALF = 4  # the first line of a header cell broken in two (全年 / 执行数)
BLOCK_REACH = 1200  # characters after a header read as its block: eight rows with a long 原因 note
_PAREN = regex_cache.compile(r"[（(][^（）()]{0,20}[）)]")
_PLACEHOLDER = regex_cache.compile(r"[-—–/／\\…·]{1,3}|无")
_UNITS = ("", "万元", "元", "万", "千元", "亿元")


@dataclass(frozen=True)
class FundsCell:
    start: int
    end: int
    text: str
    number: Optional[Number]  # None for a placeholder (—, /)


@dataclass(frozen=True)
class FundsRow:
    label: str  # "" when the total row's name was lost or moved
    start: int
    end: int
    cells: tuple[FundsCell, ...]


@dataclass(frozen=True)
class FundsBlock:
    roles: tuple[str, ...]  # the header's column roles, in order (budget, budget, actual, weight …)
    headers: tuple[str, ...]  # the header's words, parentheses removed
    total: FundsRow
    sources: tuple[FundsRow, ...]
    closed: bool = True  # the reading stopped at words, not at a row of figures it could not name
    percent_header: bool = False  # the header prints the rate's % (执行率(%)): a bare figure below is a percentage

    @property
    def amount_columns(self) -> int:
        return sum(1 for r in self.roles if r in AMOUNT_ROLES)

    def rate_columns(self) -> Optional[tuple[int, int]]:
        """(the last budget column, the actual column): a 执行率 is 全年执行数 ÷ 全年预算数; None without both."""
        budget = max((i for i in range(self.amount_columns) if self.roles[i] == "budget"), default=None)
        actual = next((i for i in range(self.amount_columns) if self.roles[i] == "actual"), None)
        return None if budget is None or actual is None else (budget, actual)

    def rate_cell(self, row: FundsRow) -> Optional[FundsCell]:
        """The row's 执行率 cell: in its column when the row fills every column, else the
        percentage right after the amounts (the 分值 cell between left blank)."""
        if "rate" not in self.roles:
            return None
        if len(row.cells) == len(self.roles):
            return row.cells[self.roles.index("rate")]
        if len(row.cells) > self.amount_columns and _is_rate(row.cells[self.amount_columns]):
            return row.cells[self.amount_columns]
        return None


@dataclass(frozen=True)
class FlatHeader:
    """The column words of a funds table flattened to text, and the rows read after them.

    ``block`` is None when no row layout fits the figures (cells dropped or moved):
    flat_tables.py then reads them as a loose bag, the fallback of the N rules."""

    start: int
    end: int  # after the last header word (or its 原因 note word)
    roles: tuple[str, ...]
    block: Optional[FundsBlock]


def flat_headers(ctx: CheckContext) -> list[FlatHeader]:
    """Every header of a flattened funds table (memoised): column words, each a budget, actual, 分值,
    执行率 or 得分 word of glossary/tables.yaml, starting with a budget word and holding an actual word.
    Headers inside recognised forms are left to the F rules."""

    def build(c: CheckContext) -> list[FlatHeader]:
        out: list[FlatHeader] = []
        pos = 0
        for m in near_needles(_budget_word(), c.text):  # the same matches, tried near what each needs (gen.core.regex_needles)
            if m.start() < pos or not _budget_cell(c.text, m.start()) or inside_form(c, m.start()):
                continue
            got = header_tokens(c.text, m.start(), BLOCK_REACH, _header, MAX_NOTE_TOKENS, lambda h: "actual" in h[0])
            if got is None:
                continue  # no actual column in the header
            tokens, (kinds, _, k, _) = got
            block, used = _read_from(tokens, kinds)
            if block is not None and not block.sources and _BLANK_CELL.search(c.text, block.total.start, block.total.end):
                block = None  # a total alone whose row skips an empty cell: its cells' columns are unknown
            out.append(FlatHeader(m.start(), tokens[k - 1][1], tuple(kinds), block))
            pos = tokens[max(used, 1) - 1][1]  # the rest of a header is not a header of its own
        return out

    return ctx.memo("flat_headers", build)


def funds_blocks(ctx: CheckContext) -> list[FundsBlock]:
    """Every flattened funds block of the text whose rows could be read; tables the reader
    rebuilt and recognised forms are left to the B and F rules."""
    return [h.block for h in flat_headers(ctx) if h.block is not None]


@lru_cache(maxsize=1)
def _breakdown() -> re.Pattern:
    """A 其中 opening a row's name (the breakdown rows of glossary/tables.yaml): parts of the row above."""
    return regex_cache.compile("^(?:" + "|".join(re.escape(w) for w in roles().row_keywords("breakdown")) + ")[：:]?")


@lru_cache(maxsize=1)
def _budget_word() -> re.Pattern:
    """Any budget column word of glossary/tables.yaml: where a header may start."""
    return regex_cache.compile("|".join(re.escape(w) for w in sorted(roles().keywords("budget"), key=len, reverse=True)))


def _budget_cell(text: str, start: int) -> bool:
    """The word at ``start`` is a budget header cell by itself, not part of a sentence."""
    token = _TOKEN.match(text, start)
    word = _PAREN.sub("", token.group()) if token else ""
    return 0 < len(word) <= MAX_HEADER_WORD and roles().column_role(word) == "budget"


def _read_from(tokens: list, kinds: list[str]) -> tuple[Optional[FundsBlock], int]:
    """The block read after the header; when none fits, read again from each later budget word
    while two budget columns are left: the first words may head the column of row names (预算执行情况
    年度预算数(万元) over 总额, 其中:财政资金). Two budget columns are the form's own (年初, 全年):
    dropping one would shift the figures of a row that lost a cell. Also the index of the token
    where reading stopped."""
    block, used = _read_block(tokens)
    left = kinds.count("budget")
    for j in range(1, used):
        if block is not None or left <= 2:
            break
        if _budget_cell(tokens[j][2], 0):
            left -= 1
            block, stop = _read_block(tokens[j:])
            used = j + stop if block is not None else used
    return block, used


def tables_then_blocks(in_tables: Iterable[Finding], in_blocks: Iterable[Finding]) -> Iterator[Finding]:
    """A rule's findings in real tables, then those in flattened funds blocks at places the first did not report.

    A pipe table can also be read as a funds block; one defect must give one finding.
    """
    seen = set()
    for finding in in_tables:
        seen.add(finding.start)
        yield finding
    for finding in in_blocks:
        if finding.start not in seen:
            yield finding


def judged_total(ctx: CheckContext, start: int, end: int) -> bool:
    """A total row read here (B009 judges it against its sources) overlaps ``start``..``end``:
    B001 leaves the 其中 rows under it alone, so one error gives one finding."""
    return any(b.sources and b.total.start < end and start < b.total.end for b in funds_blocks(ctx))


def _header(tokens: list) -> tuple[list[str], list[str], int, bool]:
    """The column roles and words of a header starting at ``tokens[0]``, its length in tokens, and
    whether a note column (原因) closes it: then a row may end with a cell of words."""
    r = roles()
    kinds: list[str] = []
    words: list[str] = []
    k = 0
    while k < len(tokens):
        text, n = _cell_words(tokens, k)
        word = _PAREN.sub("", text)
        if not word and kinds:  # "(A)" or "(B/A×100%)" printed apart from its word
            k += n
            continue
        role = r.column_role(word) if word and len(word) <= MAX_HEADER_WORD else ""
        if role not in HEADER_ROLES and kinds:
            word, n, role = _broken_cell(tokens, k, word, n)
        if role not in HEADER_ROLES:
            break
        kinds.append(role)
        words.append(word)
        k += n
    note = k < len(tokens) and roles().is_unit("funds_note_columns", L.key(tokens[k][2]))
    return kinds, words, k + note, note


def _cell_words(tokens: list, k: int) -> tuple[str, int]:
    """The header cell starting at ``tokens[k]`` and its count of tokens: one, or more when a
    parenthesised note in it was broken at spaces ("执行率(全年 执行数/全年 预算数)")."""
    text = tokens[k][2]
    n = 1
    while _open_paren(text) and n <= MAX_NOTE_TOKENS and k + n < len(tokens):
        text += tokens[k + n][2]
        n += 1
    return (text, n) if not _open_paren(text) else (tokens[k][2], 1)


def _broken_cell(tokens: list, k: int, word: str, n: int) -> tuple[str, int, str]:
    """A header cell a PDF broke into two lines ("全年 执行数"): the joined word when it is a
    column word (the first half is none); else the word as it was, with no role."""
    if n != 1 or k + 1 >= len(tokens) or len(word) > MAX_BROKEN_HALF:
        return word, n, ""
    half = _PAREN.sub("", tokens[k + 1][2])
    joined = word + half
    if not half or len(joined) > MAX_HEADER_WORD:
        return word, n, ""
    role = roles().column_role(joined)
    return (joined, 2, role) if role in HEADER_ROLES else (word, n, "")


def _read_block(tokens: list) -> tuple[Optional[FundsBlock], int]:
    kinds, words, k, note = _header(tokens)
    n_amount = next((i for i, kind in enumerate(kinds) if kind not in AMOUNT_ROLES), len(kinds))
    if len(kinds) < 2 or "actual" not in kinds[:n_amount] or "budget" not in kinds[:n_amount]:
        return None, k
    if any(kind in AMOUNT_ROLES for kind in kinds[n_amount:]):
        return None, k  # amount columns not leading: positions of a source's figures are unknown
    rows, stop = _rows(tokens, k, note)
    # A named total filling every column may stand alone (its sources' names lost or in another layout)
    alone = len(rows) == 1 and is_funds_total(rows[0].label) and len(rows[0].cells) == len(kinds)
    if not rows or (len(rows) < 2 and not alone):
        return None, k
    total, sources = rows[0], rows[1:]
    if sources and not _sources_fit(total, sources):
        return None, k
    if not _fits(total, kinds, n_amount, named=bool(total.label), total=True):
        return None, k  # a total without its name must fill every column: nothing else says where it ends
    if not all(_fits(s, kinds, n_amount) for s in sources):
        return None, k
    for row in rows:
        for cell in row.cells[:n_amount]:
            if cell.number is not None and (cell.number.unit not in _UNITS or cell.number.comparator):
                return None, k
    closed = not any(_cell(*t) is not None and _cell(*t).number is not None  # type: ignore[union-attr]
                     for t in tokens[stop:stop + MAX_NOTE_TOKENS])
    if alone and not closed:
        return None, k
    percent = any(kind == "rate" and ("%" in t[2] or "％" in t[2]) for kind, t in zip(kinds, tokens[:k]))
    return FundsBlock(tuple(kinds), tuple(words), total, tuple(sources), closed, percent), stop


def _sources_fit(total: FundsRow, sources: list[FundsRow]) -> bool:
    """The rows after the total are its sources: the first a 其中 or a source's name (the total
    unnamed only above a 其中), and no 其中 further down."""
    if not (is_funds_total(total.label) or (not total.label and _breakdown().match(sources[0].label))):
        return False
    if not _breakdown().match(sources[0].label) and not _is_source(sources[0].label):
        return False
    return not any(_breakdown().match(s.label) for s in sources[1:])  # a part of a part would count twice


def _fits(row: FundsRow, kinds: list[str], n_amount: int, named: bool = True, total: bool = False) -> bool:
    """The row's count of cells says which column each is in: every column; the amounts only (a
    named row); none; or the amounts then the rate (a percentage), the cells after it left blank."""
    n = len(row.cells)
    if n == len(kinds) or (named and n == n_amount) or (named and n == 0):
        return True
    # A source's blank 分值 may stand between its amounts and its rate (年初 全年 执行 分值 执行率 得分);
    # the total's 分值 is filled, so a percentage right after its amounts means a cell went missing.
    between = kinds[n_amount:kinds.index("rate")] if "rate" in kinds else ["?"]
    return named and n_amount < n < len(kinds) and all(k == "weight" for k in between) \
        and not (total and between) and _is_rate(row.cells[n_amount])


def _is_rate(cell: FundsCell) -> bool:
    return cell.number is not None and cell.number.percent


def _rows(tokens: list, k: int, note: bool = False) -> tuple[list[FundsRow], int]:
    """Name-then-figures rows after the header: the first (the total, whose name may be
    missing), then sources; reading stops at the first name that is neither. With a note
    column, the words after a row's figures are its note when a source's name follows soon.
    Also gives the index of the token where reading stopped."""
    rows: list[FundsRow] = []
    label: list[tuple[int, int, str]] = []
    cells: list[FundsCell] = []

    def close() -> None:
        if label or cells:
            start = label[0][0] if label else cells[0].start
            end = cells[-1].end if cells else label[-1][1]
            filled = any(c.number is not None for c in cells)  # "其他资金 / /": a blank row
            rows.append(FundsRow(_squash(label), start, end, tuple(cells) if filled else ()))

    while k < len(tokens) and len(rows) <= MAX_SOURCES:
        start, end, word = tokens[k]
        cell = _cell(start, end, word)
        if cell is not None:
            if label or cells or not rows:
                cells.append(cell)
            k += 1
            continue
        if label and not cells and len(label) < MAX_LABEL_TOKENS \
                and (_open_paren(_squash(label)) or word.startswith(("(", "（"))):
            label.append(tokens[k])  # "其他资金 (包括以前年度结转资 金)": one name over several tokens
            k += 1
            continue
        name = _squash([tokens[k]])
        if not (_is_source(name) or (is_funds_total(name) and not rows and not cells)):
            nxt = _next_source(tokens, k) if note and cells else None
            if nxt is None:
                break
            k = nxt  # the row's 原因 cell: skipped, it is not a row of its own
            continue
        close()
        label, cells = [tokens[k]], []
        k += 1
    close()
    return rows, k


def _next_source(tokens: list, k: int) -> Optional[int]:
    """The index of a source's name within a few word tokens after ``k`` (the words between are a note)."""
    for j in range(k + 1, min(k + 1 + MAX_NOTE_TOKENS, len(tokens))):
        if _cell(*tokens[j]) is not None:
            return None
        if _is_source(tokens[j][2]):
            return j
    return None


def _cell(start: int, end: int, word: str) -> Optional[FundsCell]:
    if _PLACEHOLDER.fullmatch(word):
        return FundsCell(start, end, word, None)
    number = parse_cell(word)
    return FundsCell(start, end, word, number) if number is not None else None


def _squash(label: list) -> str:
    return "".join(t[2] for t in label)


def _open_paren(text: str) -> bool:
    return text.count("(") + text.count("（") > text.count(")") + text.count("）")


def _name(label: str) -> str:
    return L.key(_PAREN.sub("", _breakdown().sub("", label)))


def is_funds_total(label: str) -> bool:
    """The label names a funds block's total row (年度资金总额, 资金总额：, 其中 and brackets aside)."""
    return bool(label) and roles().is_unit("funds_total_rows", _name(label))


def _is_source(label: str) -> bool:
    name = _name(label)
    return 0 < len(name) <= 12 and roles().ends_with_word("funds_source_endings", name) \
        and not roles().is_unit("funds_total_rows", name)
