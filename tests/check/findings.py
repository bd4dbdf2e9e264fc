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
