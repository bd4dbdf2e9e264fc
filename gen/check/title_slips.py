"""Which edits of a cited title read as a slip for a known document's title, not as another document.

gen/check/citations.py compares a 《title》 with the registry's forms by edit distance; a small distance alone
would take a city's 办法 or the next edition of a 纲要 for a misspelling. These tests, kept apart from the
reading of citations, say which differences are a writer's slip: edits inside the title, a dropped word that is
not a version word, a two-character word misremembered, and a period's start year one off.
"""

from __future__ import annotations

from ..core import regex_cache

def interior(t: str, form: str) -> bool:
    """Edits leave the ends alone (a prefix or suffix makes another document: 市级…办法), except one
    wrong character in a title of the form's length (《…政府采购发》)."""
    return (t[0] == form[0] and t[-1] == form[-1]) or (len(t) == len(form) and t[1:-1] == form[1:-1])


def slip_of_two(t: str, form: str, versions: tuple[str, ...]) -> bool:
    """Two edits that read as a slip, not as another document's title.

    A word dropped (《项目支出绩效评价办法》), except a version word (暂行/试行, documents.yaml
    ``versions``), whose absence names the final version of a document; or a two-character word misremembered into one that keeps one of its characters
    (全面落实 for 全面实施). A word replaced by an unrelated one (项目 for 财政, 推进 for 实施) is taken
    as another document, and an added word (实施意见 for 意见) too.
    """
    if len(t) == len(form) - 2:
        return not any(form[:i] + form[i + 2:] == t for i in range(len(form) - 1) if form[i:i + 2] in versions)
    if len(t) != len(form):
        return False
    diff = [i for i, (a, b) in enumerate(zip(t, form)) if a != b]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and bool(set(t[diff[0]:diff[1] + 1]) & set(form[diff[0]:diff[1] + 1]))


_PERIOD = regex_cache.compile(r"\((\d{4})—(\d{4})年?\)$")


def start_slip(t: str, form: str) -> bool:
    """A period that ends in the form's year but starts a year off (纲要(2016—2020年) for (2015—2020年)): no
    edition runs so, two editions of a plan never end in the same year, so the start year was misremembered
    (the year after the document was issued is the usual slip)."""
    a, b = _PERIOD.search(t), _PERIOD.search(form)
    return bool(a and b and a.start() == b.start() and a.group(2) == b.group(2)
                and abs(int(a.group(1)) - int(b.group(1))) == 1)
