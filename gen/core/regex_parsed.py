"""What the standard library's parser makes of a pattern, once per process.

A glossary pattern is read by five analyses at load (the bound on repetition
in gen.core.glossary_files, needles, windows and reach in gen.core.regex_needles,
the trie form in gen.core.regex_trie, the first characters in
gen.core.regex_first), and each parsed it again: five parses of some 240
patterns at every cold start. They only read the tree (``getwidth`` caches
the width it computes, the same each time), so one parse serves them all.
Callers must not change the tree.

The bound on repetition parses a glossary pattern before it is compiled (flags 0), the other analyses
parse the compiled pattern with its flags (``re.UNICODE`` added by the compiler): some 520 patterns were
parsed twice at every cold start, ~35 ms. The parser reads flags only to start from them (``fix_flags``
then adds the same type flag), so the tree of flags 0 serves a request with exactly the flags that tree
ended with: the same tree, group table and width (proved equal for every pattern a check parses, in
tests/test_regex_parsed.py).
"""

from __future__ import annotations

import re
from typing import Any, Optional

try:  # the standard library's own parser of pattern syntax (sre_parse before Python 3.11)
    import re._parser as _parser
except ImportError:  # pragma: no cover - older Pythons
    import sre_parse as _parser  # type: ignore[no-redef]

# Bounded as the lru_cache it replaces: the project's own patterns number about 1,500.
_MAX_TREES = 4096
_trees: dict[tuple[str, int], Any] = {}


def parsed(pattern: str, flags: int = 0) -> Any:
    """``re._parser.parse(pattern, flags)``, remembered; raises what the parser raises (not remembered)."""
    key = (pattern, flags)
    tree = _trees.get(key)
    if tree is None:
        plain = _trees.get((pattern, 0)) if flags else None
        tree = plain if plain is not None and plain.state.flags == flags else _parser.parse(pattern, flags)
        if len(_trees) >= _MAX_TREES:
            del _trees[next(iter(_trees))]
        _trees[key] = tree
    return tree


def provable(pattern: re.Pattern) -> Optional[Any]:
    """The tree of a compiled pattern the analyses may reason about (first characters, anchors, skeletons):
    None for a bytes pattern or one with IGNORECASE, VERBOSE or LOCALE (a literal then stands for more than
    itself), or where the parser disagrees with what ``re`` compiled — those prove nothing."""
    if not isinstance(pattern.pattern, str) or pattern.flags & (re.IGNORECASE | re.VERBOSE | re.LOCALE):
        return None
    try:
        return parsed(pattern.pattern, pattern.flags)
    except Exception:  # a pattern re compiled but the parser API disagrees
        return None
