"""The spaCy analysis behind ctx.doc: registered components, built once, spans the rules read."""

from __future__ import annotations

from gen.check.analyse import ANALYSIS_PIPES, get_analysis_nlp
from gen.check.context import CheckContext


def test_components_are_registered_and_built_once():
    from spacy.language import Language

    nlp = get_analysis_nlp()
    assert get_analysis_nlp() is nlp
    for name in ANALYSIS_PIPES:
        assert name in nlp.pipe_names
        assert Language.has_factory(name)
    assert nlp.pipe_names[0] == "sentencizer"


def test_doc_carries_sentences_glossary_terms_and_quantities():
    text = "2023年度某局报告\n全面贯彻落实党的二十大精神。本年财政拨款收入325.50万元，执行率为98.5%。\n"
    doc = CheckContext(text).doc
    assert [s.text.strip() for s in doc.sents if s.text.strip()][1] == "全面贯彻落实党的二十大精神。"
    terms = [sp.text for sp in doc.spans["lexicon"]]
    assert "党的二十大精神" in terms
    figures = {sp.text: sp.label_ for sp in doc.spans["quantities"]}
    assert "325.50万元" in figures and figures["325.50万元"] == "万元"
    assert any(t.endswith("%") for t in figures)
    for sp in doc.spans["quantities"]:  # offsets are offsets into ctx.text
        assert text[sp.start_char:sp.end_char] == sp.text


def test_linear_alignment_gives_spacys_words_and_spaces():
    """analyse.words_and_spaces is spaCy's get_words_and_spaces without its quadratic slicing: same output."""
    import random

    import jieba
    from spacy.util import get_words_and_spaces

    from gen.check.analyse import get_nlp, words_and_spaces

    get_nlp()
    rng = random.Random(7)
    pieces = ["卫生健康局", "执行率", "91.65%", " ", "  ", "\n", "\t", "ICU", "a b", "。", "，", "一、", "（一）", "2022年"]
    for _ in range(200):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 40)))
        words = [w for w in jieba.cut(text) if w]
        assert words_and_spaces(words, text) == get_words_and_spaces(words, text), repr(text)
