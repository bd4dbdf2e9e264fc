"""Standard budget terms with a blank inside one of their words: the data behind L012.

A PDF converter, or a justified line of a table of contents, leaves a blank inside a word of a
budget table's name (一 般公共预算, 部 门决算). Only such a blank counts: one inside one
two-character word of a listed term, the rest of the term unbroken. The terms are data
(glossary/split_terms.yaml, each parted into its words by "/"), proved by the file's own
examples when it loads, so adding a term is one line there.

A standard form's column header is one cell (the disclosure report's 本年制发件数, 本年废止件数): no column
starts inside it, so there a single blank between its words counts too (本年 制发件数); these are the file's
``cells``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..core import regex_cache
from ..core.datafile import DataFileError, read_yaml_file, string_list
from ..core.resources import data_dir
from .word_examples import prove_file

FILE = "split_terms.yaml"
_TERM = regex_cache.compile(r"[\u4e00-\u9fff]{1,8}(?:/[\u4e00-\u9fff]{1,8}){1,5}")
BLANK = "[ \u3000]"


def split_forms(terms: tuple[str, ...], cells: tuple[str, ...] = ()) -> list[str]:
    """Each term with one blank inside one of its two-character words, and each cell with one blank
    between two of its words, as regex alternatives."""
    forms = []
    for term in terms:
        words = term.split("/")
        full, at = "".join(words), 0
        for word in words:
            if len(word) == 2:
                forms.append(full[:at + 1] + BLANK + full[at + 1:])
            at += len(word)
    for cell in cells:
        words = cell.split("/")
        for i in range(1, len(words)):
            forms.append("".join(words[:i]) + BLANK + "".join(words[i:]))
    return forms


@lru_cache(maxsize=1)
def split_pattern() -> re.Pattern:
    """The listed terms split by a blank, read and proved by the file's examples once per process."""
    doc = read_yaml_file(data_dir("glossary") / FILE)
    where = f"词库文件 {FILE}"
    terms = string_list(doc, "terms", where)
    cells = string_list(doc, "cells", where, required=False)
    bad = next((t for t in (*terms, *cells) if not _TERM.fullmatch(t)), None)
    if bad is not None:
        raise DataFileError(f"{where}：术语“{bad}”应为以“/”分词的汉字（如“财政/拨款”）。")
    if not any(len(w) == 2 for t in terms for w in t.split("/")):
        raise DataFileError(f"{where}：terms 中没有双字词，规则无从查找。")
    pattern = regex_cache.compile("|".join(split_forms(terms, cells)))
    prove_file(doc, where, lambda text: list(pattern.finditer(text)), lambda m: m.group())
    return pattern
