"""The language analysis shared by the rules, built once per process.

Loading jieba's dictionary and building the spaCy pipeline costs about a second;
a multi-file check or a batch self-check must pay that once, not per file, hence
the ``lru_cache``. Rules reach all of this through :class:`CheckContext`
(``ctx.doc``, ``ctx.tokens``, ``ctx.headings``, ``ctx.places``,
``ctx.organisations``), lazily, so a rule that only needs regexes never loads
jieba or spaCy.

The full analysis (``ctx.doc``) is spaCy's: components registered by name
(``@Language.component`` / ``@Language.factory``) and added to the pipeline
from configuration, like spaCy's own:

- ``sentencizer``: sentence boundaries (``doc.sents``);
- ``jixiao_lexicon``: a PhraseMatcher over every glossary word (terms, typos,
  formulations, dated wording, acronyms, self-references) → ``doc.spans["lexicon"]``,
  labelled with the glossary file;
- ``jixiao_quantities``: every figure the number layer reads (gen.core.numbers)
  → ``doc.spans["quantities"]``, labelled with its unit.

Building the Doc is a full segmentation of the text, so the default rules do
not ask for it (the checker's speed target is measured against jieba.lcut on
the same text); the opt-in typo detector W003 reads its words, sentences,
glossary terms and figures from it.
"""

from __future__ import annotations

import copy
import gc
import logging
import sys
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Iterator

from ..core import regex_cache
from ..core.glossary_user import per_glossary

# Sentence-final punctuation for spaCy's sentencizer (Chinese and Western).
SENTENCE_PUNCT = ["。", "！", "？", "!", "?", "；", ";", "…", "……", "\n"]


@contextmanager
def lifetime_data() -> Iterator[None]:
    """No garbage collection while the process-lifetime language data is built, and none over it after.

    jieba's dictionary and spaCy's pipeline are hundreds of thousands of objects
    that live as long as the process; the collector would walk them (and every
    module and glossary entry loaded before) again and again while they are
    made, for nothing: a third of the checker's own cold-start time. Once built,
    they are frozen (``gc.freeze``: moved out of the collector's generations),
    so later collections, during every check, do not walk them either. This
    runs once per process; what is alive at that moment is never collected.
    ``jixiao check`` loads and proves the bundled data inside it too
    (gen.check.command), and blocks may nest: the outermost turns collection back on.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


def _import_jieba() -> Any:
    """``import jieba``, without the pkg_resources it tries first (about 0.1 s of a cold start: a third of
    jieba's import, for nothing the checker uses).

    jieba reads its data files through ``pkg_resources.resource_stream`` when that imports, else
    opens the same files beside its own module; a ``None`` in ``sys.modules`` makes the import fail
    for that moment only, and is removed again so that anything else may import pkg_resources.
    """
    if "jieba" in sys.modules or "pkg_resources" in sys.modules:
        import jieba

        return jieba
    sys.modules["pkg_resources"] = None  # type: ignore[assignment]
    try:
        import jieba
    finally:
        if sys.modules.get("pkg_resources", False) is None:
            del sys.modules["pkg_resources"]
    return jieba


@lru_cache(maxsize=1)
def builtin_segmenter() -> Any:
    """The jieba module, quiet, with its dictionary loaded and the built-in glossary's words added."""
    with lifetime_data():
        jieba = _import_jieba()
        jieba.setLogLevel(logging.WARNING)
        jieba.initialize()
        from ..core.glossary import builtin, segmenter_words

        for word in segmenter_words(builtin()):
            jieba.add_word(word)
    return jieba


@per_glossary()
def get_segmenter() -> Any:
    """jieba for this process's glossary: the module as :func:`builtin_segmenter` leaves it, or,
    with a user folder that adds words, the same interface (``dt``, ``cut``, ``lcut``, ``tokenize``)
    over a copy of its tokenizer holding the user's words too.

    The copy has its own frequency table (a few milliseconds, against seconds for
    jieba's dictionary), so dropping the user's folder drops the user's words: the
    module's own tokenizer is never changed by them. A built-in word the user's folder
    replaces stays a word (harmless: it is kept whole).
    """
    base = builtin_segmenter()
    extra = user_words()
    if not extra:
        return base
    layered = copy.copy(base.dt)
    layered.FREQ, layered.user_word_tag_tab = dict(base.dt.FREQ), dict(base.dt.user_word_tag_tab)
    for word in sorted(extra):
        layered.add_word(word)
    return _Layered(layered)


class _Layered:
    """The part of jieba's module interface the checker uses, over one tokenizer of its own."""

    def __init__(self, dt: Any) -> None:
        self.dt = dt
        self.cut, self.lcut, self.tokenize = dt.cut, dt.lcut, dt.tokenize


@per_glossary()
def user_words() -> frozenset[str]:
    """The words the user's glossary adds to the segmenter (none without a user folder)."""
    from ..core.glossary import builtin, load, segmenter_words

    g = load()
    return frozenset() if g is builtin() else frozenset(segmenter_words(g)) - frozenset(segmenter_words(builtin()))


@lru_cache(maxsize=1)
def get_nlp() -> Any:
    """spaCy on a blank "zh" model with the jieba segmenter and a sentencizer."""
    get_segmenter()  # jieba's dictionary first, outside spaCy's own loading
    with lifetime_data():
        import spacy

        nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
        nlp.tokenizer = _linear_tokenizer(nlp)
        nlp.add_pipe("sentencizer", config={"punct_chars": SENTENCE_PUNCT})
        nlp.max_length = 50_000_000  # a blank pipeline needs little memory; inputs are size-limited by read.py
    return nlp


def _linear_tokenizer(nlp: Any) -> Any:
    """spaCy's jieba tokenizer for Chinese, giving the same Doc in time linear in the text.

    spaCy aligns jieba's words to the text with ``util.get_words_and_spaces``,
    which slices off the rest of the text for every word (``text[pos:].index(word)``):
    quadratic, most of the time on a long report. :func:`words_and_spaces` is
    that function searching from ``pos`` instead of copying the rest. It cuts
    with :func:`get_segmenter` (asked on each call, not kept), so the pipeline is
    built once per process and still follows the user's glossary.
    """
    from spacy.errors import Errors
    from spacy.lang.zh import ChineseTokenizer
    from spacy.tokens import Doc

    class LinearChineseTokenizer(ChineseTokenizer):
        def __call__(self, text: str) -> Any:
            words = [x for x in get_segmenter().cut(text, cut_all=False) if x]
            if "".join("".join(words).split()) != "".join(text.split()):
                raise ValueError(Errors.E194.format(text=text, words=words))
            words, spaces = words_and_spaces(words, text)
            return Doc(self.vocab, words=words, spaces=spaces)

    return LinearChineseTokenizer(nlp.vocab, segmenter="jieba")


def words_and_spaces(words: list[str], text: str) -> tuple[list[str], list[bool]]:
    """spaCy's ``util.get_words_and_spaces`` (same result), linear: words aligned to ``text``, gaps as words."""
    out: list[str] = []
    spaces: list[bool] = []
    pos = 0
    for word in (w for w in words if not w.isspace()):
        found = text.index(word, pos)  # a word missing from the text raises, as in spaCy (callers check first)
        if found > pos:
            out.append(text[pos:found])
            spaces.append(False)
            pos = found
        out.append(word)
        spaces.append(False)
        pos += len(word)
        if pos < len(text) and text[pos] == " ":
            spaces[-1] = True
            pos += 1
    if pos < len(text):
        out.append(text[pos:])
        spaces.append(False)
    return out, spaces


# The analysis components, by registered name, in pipeline order.
ANALYSIS_PIPES = ("jixiao_lexicon", "jixiao_quantities")


@per_glossary()
def get_analysis_nlp() -> Any:
    """The pipeline of ``ctx.doc``: get_nlp() plus the registered analysis components.

    The lexicon holds the glossary's words, so a change of the user's folder
    builds it again in its place (the rest of the pipeline is kept).
    """
    _register_components()
    nlp = get_nlp()
    for name in ANALYSIS_PIPES:
        if name not in nlp.pipe_names:
            nlp.add_pipe(name)
        elif name == "jixiao_lexicon":
            nlp.replace_pipe(name, name)
    return nlp


@lru_cache(maxsize=1)
def _register_components() -> None:
    """Register the components with spaCy (once; spaCy finds them by name from then on)."""
    from spacy.language import Language
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Span

    from ..core.glossary import segmenter_words
    from ..core.quantities import extract_quantities

    class LexiconMatcher:
        """Glossary words as ``doc.spans["lexicon"]`` (longest match wins where they overlap)."""

        def __init__(self, nlp: Any) -> None:
            self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
            words = segmenter_words()
            self.matcher.add("lexicon", [nlp.make_doc(w) for w in words])

        def __call__(self, doc: Any) -> Any:
            spans = [Span(doc, s, e, label="lexicon") for _, s, e in self.matcher(doc)]
            spans.sort(key=lambda sp: (sp.start, -(sp.end - sp.start)))
            kept, last = [], -1
            for sp in spans:
                if sp.start >= last:
                    kept.append(sp)
                    last = sp.end
            doc.spans["lexicon"] = kept
            return doc

    @Language.factory("jixiao_lexicon")
    def make_lexicon(nlp: Any, name: str) -> LexiconMatcher:
        return LexiconMatcher(nlp)

    @Language.component("jixiao_quantities")
    def quantities(doc: Any) -> Any:
        spans = []
        for q in extract_quantities(doc.text):
            span = doc.char_span(q.start, q.end, label=q.unit or "number", alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc.spans["quantities"] = spans
        return doc


@dataclass(frozen=True)
class Token:
    """One word from the segmenter, with its span in the analysed text."""

    start: int
    end: int
    text: str


@per_glossary(maxsize=16384)
def short_words(text: str) -> tuple[str, ...]:
    """jieba's words of a short window (no HMM), once per distinct window and process.

    Several rules ask the segmenter about a few characters around a candidate
    (a table cell's ending, the word after a comma, a bare heading's numeral).
    The answer depends on the window and the glossary's words alone
    (:func:`get_segmenter`; dropped when the user's folder changes), and reports repeat
    their wording, so most windows are segmented once.
    """
    return tuple(get_segmenter().lcut(text, HMM=False))


def tokenize(text: str) -> list[Token]:
    """Words of ``text`` (jieba, glossary-aware), whitespace dropped; no spaCy needed."""
    seg = get_segmenter()
    return [Token(s, e, w) for w, s, e in seg.tokenize(text) if w.strip()]


# --------------------------------------------------------------------------
# Place and organisation names
# --------------------------------------------------------------------------

# An organisation: a place name, then up to 16 characters without clause
# punctuation or function words, then the kind of body.
_ORG_TAIL = regex_cache.compile(
    r"[^\s，。；：、,.;:！？!?“”\"是的在和与及对为了将把向从由等]{0,16}?"
    r"(?:卫生健康委员会|卫生和计划生育委员会|委员会|人民政府|政府|办公室|疾病预防控制中心|服务中心|中心|"
    r"人民医院|医院|卫生院|保健院|局|委|厅|所|站)"
)


@dataclass(frozen=True)
class Name:
    start: int
    end: int
    text: str


def find_organisations(text: str, places: list[Any]) -> list[Name]:
    """Organisation names that start with a place (广州市荔湾区卫生健康局, 高阳县人民政府).

    Consecutive place names are one prefix, so "广州市荔湾区卫生健康局" is one
    organisation, not two.
    """
    out: list[Name] = []
    i = 0
    while i < len(places):
        start = places[i].start
        j = i
        while j + 1 < len(places) and places[j + 1].start == places[j].end:
            j += 1
        m = _ORG_TAIL.match(text, places[j].end)
        if m and m.end() > places[j].end:
            out.append(Name(start, m.end(), text[start:m.end()]))
        i = j + 1
    return out
