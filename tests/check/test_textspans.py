"""finditer_near must find exactly what a search of the whole text finds (it only skips lines that cannot match)."""

from __future__ import annotations

import random

import pytest

from gen.check.rules import l001_english_word as l001
from gen.check.rules import p001_halfwidth_punct as p001
from gen.check.textspans import finditer_near

# Characters that make the protected patterns match, fail half-way or cross a line break.
ALPHABET = list("中文报告abcXY12.,:;@<>/-_ \n\t") + ["www.", "http://", "<br", ".docx", "1,234", "10:30", "a@b.cn"]


def _texts(seed: int, count: int = 300):
    rng = random.Random(seed)
    for _ in range(count):
        yield "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 120)))


@pytest.mark.parametrize("rule", [l001, p001], ids=["L001", "P001"])
def test_same_matches_as_a_whole_text_search(rule):
    for text in _texts(seed=12):
        want = [(m.start(), m.end()) for m in rule._PROTECTED.finditer(text)]
        got = [(m.start(), m.end()) for m in finditer_near(rule._PROTECTED, text, rule._PROTECTED_TRIGGER)]
        assert got == want, repr(text)


def test_tag_across_a_line_break_and_lines_without_a_trigger():
    text = "中文\n见<a\nhref=x>链接\n无\n文件 report.docx 与 ICU\n"
    want = [(m.start(), m.end()) for m in l001._PROTECTED.finditer(text)]
    assert want and [(m.start(), m.end()) for m in finditer_near(l001._PROTECTED, text, l001._PROTECTED_TRIGGER)] == want
