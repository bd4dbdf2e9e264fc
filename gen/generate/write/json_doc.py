"""JSON output: the report's structure plus where every phrase came from.

Markdown and Word show the text; this file lets a program (or a reviewer
asking "where does this sentence come from?") walk the outline as nested
sections and trace each paragraph back to the corpus phrases, their variants
and the facts they used.

Shape (key order is fixed for readability; ``facts`` is sorted by name)::

    {"version": 1, "title", "kind", "bureau", "year",
     "paragraphs": [...], "tables": [...],       # blocks before the first heading
     "sections": [{"number", "title", "level", "block",
                   "paragraphs": [{"index", "block", "text"}],
                   "tables": [{"index", "block", "caption", "header", "rows"}],
                   "sections": [...]}],
     "manifest": [{"paragraph", "section", "text_start",
                   "phrases": [{"group", "slot", "variant", "facts", "source"}]}],
     "placeholders": [{"paragraph", "table", "section", "text", "fields"}],   # every 【待补充：…】; paragraph or table index
     "traced": [{"field", "title", "where"}],    # every field the data set, and where it is printed
     "unused": [{"field", "title"}],             # fields the data set that the outline does not print
     "warnings": [...],                          # the warnings `generate` prints
     "facts": {name: value as string}}

``index`` counts paragraphs (or tables) through the whole document, from 0, in
the order of ``Document.paragraphs()``; ``block`` is the position in
``Document.blocks``, so the reading order across paragraphs and tables can be
rebuilt. The manifest lists the paragraphs that hold at least one phrase;
``section`` is the chain of heading numbers (e.g. "一、（一）", "" before the
first heading) and ``text_start`` the paragraph's first characters, so a human
can find it in the Word file.
"""

from __future__ import annotations

import datetime as _dt
import json
import math
from decimal import Decimal
from typing import Any, Optional

from ..document import Document, Heading, Paragraph, Table

FORMAT_VERSION = 1
TEXT_START_CHARS = 20


def fact_text(value: Any) -> str:
    """A fact value as the string the JSON carries (deterministic, no "None"/"nan")."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, Decimal):
        return format(value, "f") if value.is_finite() else ""
    if isinstance(value, float):
        return repr(value) if math.isfinite(value) else ""
    if isinstance(value, (_dt.date, _dt.datetime, _dt.time)):
        return value.isoformat()
    if isinstance(value, (list, tuple, set, frozenset, dict)):
        return json.dumps(_plain(value), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return str(value)


def _plain(value: Any) -> Any:
    """Containers with their leaves as strings, sets sorted, for fact_text."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (set, frozenset)):
        return sorted(_plain(v) for v in value)
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return fact_text(value)


def _table(table: Table, index: int, block: int) -> dict:
    return {
        "index": index,
        "block": block,
        "caption": table.caption,
        "header": list(table.header),
        "rows": [list(r) for r in table.rows],
    }


def _phrase(use) -> dict:
    return {
        "group": use.group,
        "slot": use.slot,
        "variant": use.variant,
        "facts": list(use.facts),
        "source": use.source,
    }


def document_dict(doc: Document, facts: dict | None = None) -> dict:
    """The JSON structure as plain Python objects."""
    root: dict = {"paragraphs": [], "tables": [], "sections": []}
    stack: list[tuple[int, dict, str]] = []  # (level, section, number path)
    manifest = []
    n_par = n_tab = 0
    for b, block in enumerate(doc.blocks):
        if isinstance(block, Heading):
            while stack and stack[-1][0] >= block.level:
                stack.pop()
            parent = stack[-1][1] if stack else root
            path = (stack[-1][2] if stack else "") + block.number
            section = {
                "number": block.number,
                "title": block.text,
                "level": block.level,
                "block": b,
                "paragraphs": [],
                "tables": [],
                "sections": [],
            }
            parent["sections"].append(section)
            stack.append((block.level, section, path))
            continue
        current, path = (stack[-1][1], stack[-1][2]) if stack else (root, "")
        if isinstance(block, Paragraph):
            current["paragraphs"].append({"index": n_par, "block": b, "text": block.text})
            if block.phrases:
                manifest.append({
                    "paragraph": n_par,
                    "section": path,
                    "text_start": block.text[:TEXT_START_CHARS],
                    "phrases": [_phrase(u) for u in block.phrases],
                })
            n_par += 1
        elif isinstance(block, Table):
            current["tables"].append(_table(block, n_tab, b))
            n_tab += 1
        else:
            raise TypeError(f"unknown block {type(block).__name__}")
    return {
        "version": FORMAT_VERSION,
        "title": doc.title,
        "kind": doc.kind,
        "bureau": doc.bureau,
        "year": doc.year,
        "paragraphs": root["paragraphs"],
        "tables": root["tables"],
        "sections": root["sections"],
        "manifest": manifest,
        "placeholders": _placeholders(doc),
        "traced": [{"field": t.path, "title": t.title, "where": t.where} for t in doc.traces if t.where],
        "unused": [{"field": t.path, "title": t.title} for t in doc.traces if not t.where],
        "warnings": list(doc.warnings),
        "facts": {str(k): fact_text(v) for k, v in sorted((facts or {}).items(), key=lambda kv: str(kv[0]))},
    }


def _placeholders(doc: Document) -> list[dict]:
    """Every 【待补充：…】: its paragraph (or, in a table cell, its table), section, what it asks for and the
    field(s) that fill it."""
    where: dict[int, tuple[Optional[int], Optional[int], str]] = {}  # block -> (paragraph, table, section)
    path: list[tuple[int, str]] = []
    n_par = n_tab = 0
    for b, block in enumerate(doc.blocks):
        if isinstance(block, Heading):
            while path and path[-1][0] >= block.level:
                path.pop()
            path.append((block.level, block.number))
            continue
        section = "".join(number for _, number in path)
        if isinstance(block, Paragraph):
            where[b] = (n_par, None, section)
            n_par += 1
        else:
            where[b] = (None, n_tab, section)
            n_tab += 1
    return [
        {"paragraph": where[b][0], "table": where[b][1], "section": where[b][2], "text": what,
         "fields": list(doc.placeholder_fields.get(what, ()))}
        for b, what in doc.placeholders()
    ]


def to_json(doc: Document, facts: dict | None = None) -> str:
    """The document as pretty-printed UTF-8 JSON text ending in a newline."""
    return json.dumps(document_dict(doc, facts), ensure_ascii=False, indent=2) + "\n"
