"""How much corpus-written prose recurs across the reports of one batch.

Officials reading a batch notice sentences that recur word for word across
bureaus. This measures it from the JSON outputs: every sentence of a
paragraph that the manifest traces to a corpus phrase, with figures masked
(any run of digits) and names masked (the bureau's full and short name, its
region names and its self-reference), counted when at least
``MIN_CHARS`` characters long. Two shares are reported over all such sentence
occurrences: those whose masked text also occurs in another report, and those
that occur in a quarter or more of the reports.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Iterable, Mapping

MIN_CHARS = 15
_FIGURE = re.compile(r"\d[\d,.]*")
_SENTENCE_END = re.compile(r"(?<=[。；！？])")
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


def masked_sentences(doc: Mapping, entries: Iterable[Mapping] | None = None) -> list[str]:
    """The corpus-written sentences of one report (JSON output), figures and names masked."""
    texts = _paragraphs(doc)
    facts = doc.get("facts", {})
    names = sorted({str(facts.get(k) or "") for k in _NAME_FACTS} | {str(doc.get("bureau") or "")}, key=len, reverse=True)
    out = []
    for entry in doc.get("manifest", ()) if entries is None else entries:
        text = texts.get(entry["paragraph"], "")
        for name in names:
            if len(name) >= 2:
                text = text.replace(name, "〇")
        text = _FIGURE.sub("#", text)
        out.extend(s.strip() for s in _SENTENCE_END.split(text) if len(s.strip()) >= MIN_CHARS)
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
