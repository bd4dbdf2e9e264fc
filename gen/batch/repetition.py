"""How much corpus-written prose recurs across the reports of one batch.

Officials reading a batch notice sentences that recur word for word across
bureaus. This measures it from the JSON outputs: every sentence of a
paragraph that the manifest traces to a corpus phrase, with figures masked
(any run of digits) and names masked (the bureau's full and short name, its
region names and its self-reference, and every text the data file supplies:
task names and contents, metric and indicator names, duties, goals — they are
the bureau's words, not the corpus's), counted when at least ``MIN_CHARS``
characters long. Placeholders (【待补充：…】) are not prose and are left out. Two shares are reported over all such sentence
occurrences: those whose masked text also occurs in another report, and those
that occur in a quarter or more of the reports.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from typing import Any, Iterable, Mapping

MIN_CHARS = 15
_FIGURE = re.compile(r"\d[\d,.]*")
_SENTENCE_END = re.compile(r"(?<=[。；！？])")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_PLACEHOLDER = re.compile(r"【待补充：[^】]*】")
# Facts that carry the bureau's own text (not derived words such as 增加 or 预算执行率).
_DATA_TEXT_FACTS = ("tasks", "other_tasks", "duties", "goals", "indicators", "indicator_groups", "internal_units",
                    "overall_goal", "work_summary", "transformation", "achievements", "problems", "measures",
                    "unit_type", "basis", "method", "projects", "sources", "budget_sources",
                    "project_change_reasons", "public_change_reasons")
_NAME_FACTS = ("bureau_name", "bureau_short", "region", "region_short", "province", "city", "county", "self_ref")


@dataclass(frozen=True)
class Repetition:
    reports: int
    sentences: int  # corpus-written sentence occurrences of MIN_CHARS or more, after masking
    shared: int  # of those, occurring in at least one other report
    common: int  # of those, occurring in a quarter or more of the reports

    @property
    def shared_share(self) -> float:
        return self.shared / self.sentences if self.sentences else 0.0

    @property
    def common_share(self) -> float:
        return self.common / self.sentences if self.sentences else 0.0


def _paragraphs(doc: Mapping) -> dict[int, str]:
    out: dict[int, str] = {}

    def walk(section: Mapping) -> None:
        for p in section.get("paragraphs", ()):
            out[p["index"]] = p["text"]
        for sub in section.get("sections", ()):
            walk(sub)

    walk(doc)
    return out


def _data_texts(facts: Mapping) -> set[str]:
    """Every text leaf of the facts (lists and records are JSON-encoded in the output)."""
    out: set[str] = set()

    def walk(value: Any) -> None:
        if isinstance(value, str):
            if value[:1] in "[{":
                try:
                    walk(json.loads(value))
                    return
                except ValueError:
                    pass
            if _HAN.search(value):
                out.add(value)
        elif isinstance(value, dict):
            for v in value.values():
                walk(v)
        elif isinstance(value, list):
            for v in value:
                walk(v)

    for key in _DATA_TEXT_FACTS:
        walk(facts.get(key))
    return out


def masked_sentences(doc: Mapping, entries: Iterable[Mapping] | None = None) -> list[str]:
    """The corpus-written sentences of one report (JSON output), figures and names masked."""
    texts = _paragraphs(doc)
    facts = doc.get("facts", {})
    names = {str(facts.get(k) or "") for k in _NAME_FACTS} | {str(doc.get("bureau") or "")} | _data_texts(facts)
    names = sorted((n for n in names if len(n) >= 2), key=len, reverse=True)
    out = []
    for entry in doc.get("manifest", ()) if entries is None else entries:
        text = texts.get(entry["paragraph"], "")
        for name in names:
            if len(name) >= 2:
                text = text.replace(name, "〇")
        text = _FIGURE.sub("#", text)
        out.extend(s.strip() for s in _SENTENCE_END.split(_PLACEHOLDER.sub("", text)) if len(s.strip()) >= MIN_CHARS)
    return out


def measure(docs: Iterable[Mapping]) -> Repetition:
    per_report = [masked_sentences(d) for d in docs]
    in_reports: Counter[str] = Counter()
    for sentences in per_report:
        in_reports.update(set(sentences))
    n = len(per_report)
    quarter = max(2, -(-n // 4))  # a quarter of the reports, at least two
    total = shared = common = 0
    for sentences in per_report:
        for s in sentences:
            total += 1
            shared += in_reports[s] >= 2
            common += in_reports[s] >= quarter
    return Repetition(n, total, shared, common)


def top_recurring(docs: list[Mapping], n: int) -> list[tuple[str, int, int, list[str]]]:
    """The ``n`` masked sentences that recur most: (sentence, reports it occurs in, occurrences, corpus groups).

    The groups are those of the paragraphs the sentence occurs in (a paragraph may join
    several phrases), most frequent first: where a new choice point does the most good.
    """
    in_reports: Counter[str] = Counter()
    occurrences: Counter[str] = Counter()
    groups: dict[str, Counter[str]] = {}
    for d in docs:
        in_reports.update(set(masked_sentences(d)))
        for entry in d.get("manifest", ()):
            for s in masked_sentences(d, [entry]):
                occurrences[s] += 1
                groups.setdefault(s, Counter()).update(p.get("group") for p in entry.get("phrases", ()))
    recurring = [s for s in occurrences if in_reports[s] >= 2]
    recurring.sort(key=lambda s: (-occurrences[s], s))
    return [(s, in_reports[s], occurrences[s], [g for g, _ in groups[s].most_common()]) for s in recurring[:n]]


def shared_by_file(docs: list[Mapping]) -> Counter[str]:
    """Recurring sentence occurrences by the corpus file of the paragraph's first phrase (where to add variety)."""
    from ..generate.corpus import load_corpus

    owner = {g.id: g.file for g in load_corpus()}
    in_reports: Counter[str] = Counter()
    for d in docs:
        in_reports.update(set(masked_sentences(d)))
    out: Counter[str] = Counter()
    for d in docs:
        for entry in d.get("manifest", ()):
            groups = [p.get("group") for p in entry.get("phrases", ())]
            file = owner.get(groups[0], "?") if groups else "?"
            out[file] += sum(1 for s in masked_sentences(d, [entry]) if in_reports[s] >= 2)
    return out
