"""What every rule sees: the analysed text and what was extracted from it.

Offsets everywhere are 0-based character offsets into ``ctx.text`` (the decoded
text: for .docx, paragraphs and table cells joined with "\\n" in document order).
Attributes are computed lazily and cached, so a rule pays only for what it uses.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from functools import cached_property
from typing import Any, Callable, Optional

from ..core.quantities import Quantity, extract_chinese_quantities, quantities_normalised
from ..core.records import direct_init
from ..core.text_pairs import MIN_CHARS, char_positions, holds, seen_chars


@direct_init  # made by the ten thousand per report (gen.core.records)
@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str


class CheckText(str):
    """The text under check, a ``str`` in every way but one: ``needle in text`` on a long text is answered from its
    characters' and pairs' bits (gen.core.text_pairs), the answer kept with the text.

    Rules ask the whole text whether it holds a word before they read it closely (传真, 政协, 周年, a pair typed
    twice): some 650 different strings in a long report's check, most of them absent, and a search that does not
    find its string reads the whole text (a quarter of a millisecond on 300,000 characters, some 40 ms of the
    check in all). The bits answer most of them at once; the rest are searched as before, each string once per
    text. The answers are exactly ``str``'s.
    """

    __slots__ = ()

    def __contains__(self, needle: object) -> bool:
        if len(self) < MIN_CHARS or not isinstance(needle, str) or not needle:
            return str.__contains__(self, needle)  # a short text (or a TypeError, as str gives it)
        if len(needle) == 1:
            return bool(seen_chars(self)[ord(needle)])
        return holds(self, needle)


class CheckContext:
    """The text of one file under check, plus lazily computed analyses."""

    def __init__(self, text: str, path: str = "-", data: Optional[Any] = None, config: Optional[dict] = None,
                 table_grid: tuple = (), facts: Optional[dict] = None):
        self.text = CheckText(text)
        self.table_grid = table_grid  # .docx cell spans from the reader (gen.check.tables)
        self.path = path
        self.data = data  # a ReportSpec when --data is given (G rules), else None
        # gen.core.derive's facts of ``data`` when the caller has them already (the generator checking
        # its own output made them to render it); None: derived here when a G rule first asks.
        self.facts = facts
        self.config = config or {}
        self._memo: dict[str, Any] = {}

    def memo(self, key: str, compute: Callable[["CheckContext"], Any]) -> Any:
        """Cache an analysis shared by several rules (e.g. headings) under ``key``."""
        if key not in self._memo:
            self._memo[key] = compute(self)
        return self._memo[key]

    @cached_property
    def paragraphs(self) -> list[Span]:
        """Non-empty lines (a paragraph or table cell per line), with offsets."""
        out = []
        pos = 0
        for line in self.text.split("\n"):
            body = line.strip()
            if body:
                lead = 0 if line[0] == body[0] else len(line) - len(line.lstrip())
                out.append(Span(pos + lead, pos + lead + len(body), body))
            pos += len(line) + 1
        return out

    @cached_property
    def quantities(self) -> list[Quantity]:
        """Every Arabic-numeral quantity in the text (see gen.core.numbers)."""
        return quantities_normalised(self.text)

    @cached_property
    def chinese_quantities(self) -> list[Quantity]:
        """Quantities in Chinese numerals with a counting unit (三十六人, 两家), see gen.core.numbers."""
        return list(extract_chinese_quantities(self.text))

    # -- language analysis (gen.check.analyse); jieba/spaCy load on first use only --

    @cached_property
    def doc(self) -> Any:
        """The spaCy Doc of the text: jieba words, sentences, glossary terms and figures as spans (gen.check.analyse)."""
        from .analyse import get_analysis_nlp

        return get_analysis_nlp()(self.text)

    @cached_property
    def tokens(self) -> list:
        """Words from the glossary-aware jieba segmenter (analyse.Token: start, end, text)."""
        from .analyse import tokenize

        return tokenize(self.text)

    @cached_property
    def headings(self) -> list:
        """The numbered headings in document order (gen.check.headings, shared with the S rules)."""
        from .headings import headings

        return headings(self)

    @cached_property
    def tables(self) -> list:
        """The tables in the text, with rows, cells and header roles (gen.check.tables.Table)."""
        from .table_text import find_tables

        return find_tables(self.text, self.table_grid)

    @cached_property
    def places(self) -> list:
        """Administrative divisions named in the text (gazetteer.Place), e.g. 广州市, 荔湾区."""
        from .gazetteer import gazetteer

        return gazetteer().places(self.text)

    @cached_property
    def organisations(self) -> list:
        """Organisation names starting with a place (analyse.Name), e.g. 广州市荔湾区卫生健康局."""
        from .analyse import find_organisations

        return find_organisations(self.text, self.places)

    @cached_property
    def _newlines(self) -> list[int]:
        return char_positions(self.text, "\n")

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column (code points) of ``offset``.

        By bisection in the text's line breaks: rules that name the line of an
        earlier statement (S004, N006) ask for hundreds in a long text, and
        counting the breaks from the start each time made that quadratic.
        """
        if offset < 0:  # no rule asks; answered as before (str.count and str.rfind read it from the end)
            return self.text.count("\n", 0, offset) + 1, offset - (self.text.rfind("\n", 0, offset) + 1) + 1
        k = bisect_left(self._newlines, offset)  # line breaks before ``offset``
        return k + 1, offset - (self._newlines[k - 1] + 1 if k else 0) + 1
