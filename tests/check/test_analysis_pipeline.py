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
