"""What the standard library's parser makes of a pattern, once per process.

A glossary pattern is read by five analyses at load (the bound on repetition
in gen.core.glossary_files, needles, windows and reach in gen.core.regex_needles,
the trie form in gen.core.regex_trie, the first characters in
gen.core.regex_first), and each parsed it again: five parses of some 240
patterns at every cold start. They only read the tree (``getwidth`` caches
the width it computes, the same each time), so one parse serves them all.
Callers must not change the tree.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

try:  # the standard library's own parser of pattern syntax (sre_parse before Python 3.11)
    import re._parser as _parser
except ImportError:  # pragma: no cover - older Pythons
    import sre_parse as _parser  # type: ignore[no-redef]


@lru_cache(maxsize=4096)
def parsed(pattern: str, flags: int = 0) -> Any:
    """``re._parser.parse(pattern, flags)``, remembered; raises what the parser raises (not remembered)."""
    return _parser.parse(pattern, flags)
