"""One way for the checker's tests to get findings from a text, as `jixiao check` gives them."""

from __future__ import annotations

from gen.check.config import Config
from gen.check.read import source_from_text
from gen.check.registry import select_rules
from gen.check.runner import run


def findings_of(text: str, code: str | None = None, year: int | None = None, path: str = "t.txt",
                only: list[str] | None = None) -> list:
    """Findings of the default rules (or of ``only``) on ``text`` read as a .txt file, of ``code`` if given."""
    rules = select_rules(only) if only else select_rules()
    found = run(source_from_text(text, path), rules, None, Config(year=year)).findings
    return [f for f in found if code is None or f.code == code]


def assert_flagged(code: str, text: str, span: str, suggestion: str | None = None) -> None:
    """A finding of ``code`` covers ``span`` (or lies inside it) and, if given, suggests ``suggestion``.

    The round-by-round class tests (tests/check/test_r12wording_classes.py and later) state
    their cases as (code, text, span, suggestion) and all check them this way.
    """
    found = [f for f in findings_of(text, code) if span in text[f.start:f.end] or text[f.start:f.end].strip() in span]
    assert found, findings_of(text, code)
    if suggestion:
        assert suggestion in (found[0].suggestion or "")
