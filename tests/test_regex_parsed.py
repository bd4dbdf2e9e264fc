"""A tree parsed with flags 0 serves a request with the flags it ended with: the very tree that request parses.

gen.core.regex_parsed hands the glossary's bound check's tree (flags 0) to the analyses that ask with the
compiled pattern's flags; equality of tree, group table and width for every pattern of the glossary and the
package's modules (and some with inline flags) is the proof that no analysis reads anything else.
"""

from __future__ import annotations

import re
import re._parser as _parser

from gen.core import regex_parsed
from tests.regex_inputs import glossary_patterns, module_patterns

INLINE = [r"(?a)\w+年", r"(?u)[一二]、", r"(?i)abc|d[e-g]", r"(?x) 第 \d+ 条", r"(?s:.)(?P<n>\d)(?P=n)",
          r"(?<=第)\d+"]


def _shape(tree) -> tuple:
    s = tree.state
    return (repr(tree.data), s.flags, s.groupdict, s.groupwidths, s.lookbehindgroups, s.grouprefpos, tree.getwidth())


def test_plain_tree_equals_the_tree_of_its_own_flags():
    sources = {p.pattern for p in glossary_patterns().values()} | {p.pattern for p in module_patterns().values()
                                                                    if isinstance(p.pattern, str)}
    sources |= set(INLINE)
    assert len(sources) > 500
    for source in sorted(sources):
        plain = _parser.parse(source, 0)
        assert _shape(_parser.parse(source, plain.state.flags)) == _shape(plain), source
        assert re.compile(source).flags == plain.state.flags  # the flags the analyses ask with


def test_shared_tree_only_for_its_own_flags(monkeypatch):
    monkeypatch.setattr(regex_parsed, "_trees", {})
    plain = regex_parsed.parsed(r"(?a)\w+年")
    assert regex_parsed.parsed(r"(?a)\w+年", re.ASCII) is plain
    other = regex_parsed.parsed(r"\w+年", re.UNICODE)
    assert other is not regex_parsed.parsed(r"\w+年", re.UNICODE | re.IGNORECASE)
    assert regex_parsed.parsed(r"\w+年", re.UNICODE) is other


def test_errors_are_not_kept(monkeypatch):
    monkeypatch.setattr(regex_parsed, "_trees", {})
    for _ in range(2):
        try:
            regex_parsed.parsed("(unclosed")
        except re.error:
            pass
        else:  # pragma: no cover
            raise AssertionError("the parser's error must come through")
    assert not regex_parsed._trees
