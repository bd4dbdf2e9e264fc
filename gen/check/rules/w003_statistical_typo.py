"""W003: typos beyond the fixed list, found from word statistics.

W001 knows the misspellings someone wrote down; this rule finds the ones
nobody listed. Where the segmenter (jieba) cannot read a stretch of text as
known words, it is left with single characters or words its HMM invents
(财政拔款 → 财政 / 拔款). If changing one of those characters for a character of
the same sound or a similar shape (glossary/confusion.tsv) turns the stretch
into a frequent dictionary word (拨款), or into a four-character sequence of
this project's own report wording (政府彩购 → 政府采购, glossary/domain_ngrams.txt)
where the character joins neither neighbour into a word, the character is
probably a typo. A
stretch that becomes a frequent word by adding one character (试运 → 试运行)
has probably lost one. The thresholds grow as the word gets shorter, because
short words are easy to hit by chance.

What needs no segmentation runs by default in W016 (a one-character slip in a
frequent word that leaves a non-word, found from an index of misspellings;
dates with 年 or 月 lost or doubled; letters in figures); this rule adds, on
request, what only a full segmentation finds, and leaves W016's spans alone.

The rule reports at info severity, and runs only when selected
(``jixiao check --select W003``, or ``--select W``): it needs a full
segmentation of the text, which the default rules avoid to stay within the
checker's speed target. Its false alarms on clean text are measured in
tests/check/test_typo_detector.py.
"""

from __future__ import annotations

from ...core import regex_cache
from ...core.glossary_user import per_glossary
from ..analyse import Token
from ..confusion import confusions, domain_ngrams, freq
from . import w016_typo_variant as w016
from ..finding import Finding
from ..registry import Rule, spans_reported

RULE = Rule(
    code="W003",
    name="statistical-typo",
    severity="info",
    default=False,
    summary="疑似错别字、漏字（按分词和词频推断；需 --select W003 开启）",
    doc=(
        "检查什么：分词时读不成词的地方，把其中一个字换成同音字或形近字（词库 glossary/confusion.tsv）就成为常用词的，"
        "如“财政拔款”（拨款）、“政府彩购”（采购）；补一个字就成为常用词的，如“开诊试运；”（试运行）。"
        "不分词就能查到的错字（常用词错一个字、日期漏字、数字混入字母）由默认开启的 W016 报告，本规则不重复报。\n"
        "为什么：固定错字表只能查到登记过的错字，同音、形近的笔误和识别错误多数不在表里。\n"
        "不报的情形：能分成常用词的文字；含数字的说法（第一剂）；W016 已报的地方。\n"
        "示例：“财政拔款收入”应为“财政拨款收入”。"
    ),
    flag=(
        "本年财政拔款收入325.5万元。",
        "严格执行政府彩购制度。",
        "新院区目前已开诊试运；下一步将全面开放。",
    ),
    keep=(
        "本年财政拨款收入325.5万元。",
        "加强党的建设，落实意识形态工作责任。",
        "截至2022年年底，项目全部完成。",
        "全年共完成2022年度计划。",
        "坚持以人民为中心的发展思想，推动卫生健康事业高质量发展。",
        "组织开展禁毒宣传活动，做到应收尽收。",
    ),
)

# Minimum dictionary frequency of the corrected word, by its length: short words
# are easy to hit by chance, so they need much stronger evidence.
MIN_FREQ = {2: 300, 3: 30, 4: 3, 5: 3}
# How much likelier (natural log of the ratio of the segmenter's best-path
# probabilities) the corrected stretch must read than the written one.
DELTA_MIN = 5.0
# A dictionary word this rare, at a clause end, may have lost its last character (试运 → 试运行).
RARE_FREQ = 3
# Two single characters that become a word: the word must be common and read far better.
SPLIT_FREQ = 1000
SPLIT_DELTA = 8.0
# Rank of a change supported by domain wording alone (below any dictionary evidence).
DOMAIN_SCORE = 1
# A character lost in front of a pair inside a clause: the completed word must be this common.
PREFIX_FREQ = 500
# A neighbour pair this frequent makes the written split a plausible reading.
PLAUSIBLE_FREQ = 100
# Characters never taken for typos: particles and function words whose
# confusions (的/地/得, 在/再) are grammar, not spelling.
FUNCTION_CHARS = frozenset("的地得了着过和与及或在是有为对将把被从由向以于而且并也都就才又再还之其所这那等各每该本我你他她它们个至达")
# Numerals make words with any measure word (第一剂, 一室, 两厅): a stretch holding one is not judged.
NUMERAL_CHARS = frozenset("一二三四五六七八九十百千万亿两第几")
_HAN_TOKEN = regex_cache.compile(r"[\u4e00-\u9fff]{1,8}")

_DOCNO_PREFIX = regex_cache.compile(r"[\u4e00-\u9fff]{1,10}(?=[〔［\[【﹝(（](?:19|20)\d{2}[〕］\]】﹞)）]\s?第?\d{1,4}号)")


def check(ctx):
    # W016's findings (dates, figures, one-character slips) are its own when it runs: windows touching them are
    # not judged (under --ignore W016 this rule judges them rather than let them pass unreported).
    seen: set[tuple[int, int]] = set(spans_reported(ctx, [w016]))
    doc = ctx.doc
    # Glossary terms and figures are known words: a window touching one is not judged.
    known = [(sp.start_char, sp.end_char) for key in ("lexicon", "quantities") for sp in doc.spans.get(key, [])]
    # The issuer's abbreviation in a document number (保办字〔2019〕24号) is no word by design.
    known += [m.span() for m in _DOCNO_PREFIX.finditer(ctx.text)]
    seen.update(known)
    for sent in doc.sents:  # windows never cross a sentence boundary
        words = [Token(t.idx, t.idx + len(t.text), t.text) for t in sent if not t.is_space]
        for f in _words(words):
            if not any(s < f.end and f.start < e for s, e in seen):
                seen.add((f.start, f.end))
                yield f


def _weak(word: str) -> bool:
    """A single character, or a word the segmenter's HMM invented (not in the dictionary)."""
    return len(word) == 1 or not freq(word)


def _path_score(text: str) -> float:
    """Log-probability of the segmenter's best reading of ``text`` (jieba's unigram DAG route)."""
    from ..analyse import get_segmenter

    dt = get_segmenter().dt
    route: dict = {}
    dt.calc(text, dt.get_DAG(text), route)
    return route[0][0]


def _words(tokens):
    """Windows of 1-3 adjacent Han tokens (2-5 characters) that read better with one character changed or added."""
    n = len(tokens)
    han = [bool(_HAN_TOKEN.fullmatch(t.text)) for t in tokens]
    glued = [i > 0 and tokens[i].start == tokens[i - 1].end for i in range(n)]  # no space before token i
    i = 0
    while i < n:
        found = None
        if han[i]:
            for j in range(min(n, i + 3), i, -1):
                if not all(han[i:j]) or not all(glued[i + 1:j]):
                    continue
                window = tokens[i:j]
                before = tokens[i - 1].text if i > 0 else ""
                after = tokens[j].text if j < n else ""
                # What follows decides whether a word may have lost its last character (only at a clause end).
                joined = j < n and glued[j] and han[j]
                verdict = _judge(tuple(t.text for t in window), before, after, joined)
                if verdict:
                    start = window[0].start
                    found = Finding(start, start + verdict[0], RULE.code, RULE.severity, verdict[1], verdict[2])
                    break
        if found:
            yield found
            i = j
        else:
            i += 1


@per_glossary(maxsize=65536)
def _judge(words: tuple, before: str, after: str, joined: bool):
    """(length, message, suggestion) for one window of words, or None; cached, as reports repeat their phrases."""
    text = "".join(words)
    if len(words) == 1 and len(text) == 2 and 0 < freq(text) <= RARE_FREQ:
        found = _insertion(words, text, joined, before)
        if found:
            return found
    if not 2 <= len(text) <= 5 or freq(text) or not any(_weak(w) for w in words):
        return None
    if NUMERAL_CHARS.intersection(text):
        return None
    return _substitution(words, text, before, after) or _insertion(words, text, joined, before)


def _plausible_split(text: str, before: str, after: str) -> bool:
    """Whether the written characters join their neighbours into known words (急慢性 = 急 + 慢性)."""
    return freq(text[-1] + after[:1]) >= PLAUSIBLE_FREQ or freq(before[-1:] + text[0]) >= PLAUSIBLE_FREQ


def _substitution(words, text, before="", after=""):
    """The best one-character change that turns ``text`` into a frequent word, or into this domain's wording."""
    two = len(text) == 2
    split = two and len(words) == 2  # two single characters: easy to turn into some word by chance
    plausible = two and _plausible_split(text, before, after)
    best = None
    offset = 0
    for word in words:
        if _weak(word):
            for k, ch in enumerate(word):
                if ch not in FUNCTION_CHARS:
                    best = _better(best, _swaps(text, offset + k, ch, two, split, plausible, before, after))
        offset += len(word)
    if best is None:
        return None
    _, fixed, ch, alt = best
    return len(text), f"“{text}”疑为“{fixed}”之误（“{ch}”应为“{alt}”）。", fixed


def _better(a, b):
    return b if a is None or (b is not None and b[0] > a[0]) else a


def _swaps(text, pos, ch, two, split, plausible, before, after):
    """(score, fixed, ch, alt) of the best swap at ``pos``: dictionary evidence, else domain evidence."""
    sound, shape = confusions().get(ch, ("", ""))
    context = before + text + after
    at = len(before) + pos

    def orphan() -> bool:
        return (len(text) > 2 and not context[at - 1:at].isdigit() and freq(context[at - 1:at + 1]) < PLAUSIBLE_FREQ
                and freq(context[at:at + 2]) < PLAUSIBLE_FREQ and _single(text, pos))

    best = None
    for alt in sound + shape:
        fixed = text[:pos] + alt + text[pos + 1:]
        # Dictionary evidence. In a two-character word the segmenter invented, a same-sound swap
        # is as likely an abbreviation (提质, 股室) as a slip: only a look-alike counts there.
        if not plausible and (not two or alt in shape):
            f = freq(fixed)
            need = SPLIT_FREQ if split else MIN_FREQ.get(len(fixed), 5)
            if f >= need and _path_score(fixed) - _path_score(text) >= (SPLIT_DELTA if split else DELTA_MIN):
                best = _better(best, (f, fixed, ch, alt))
                continue
        # Domain evidence, for a character the segmenter left alone and that joins neither neighbour
        # into a word (当 in 加强当的建设): the change makes a sequence of this domain's own wording.
        span = (len(before), len(before) + len(text))
        if _domain(before + fixed + after, at, span) and not _domain(context, at, span) and orphan() \
                and _edge_confirmed(fixed, pos, before, after):
            best = _better(best, (DOMAIN_SCORE, fixed, ch, alt))
    return best


def _edge_confirmed(fixed: str, pos: int, before: str, after: str) -> bool:
    """A change at the window's edge must also fit the neighbour on that side.

    Domain wording is matched inside the window, so a change at its first or
    last character is supported only by the characters on one side: "占政府采购"
    (a clause opening with the verb 占) reads as "展政府采购" of 开展政府采购, and
    "实施总|目标" as "实施单" of 实施单位, although the neighbour (nothing, 目)
    rules both out. The four characters that run across the edge must be
    domain wording too; at a clause start there is nothing to confirm with.
    """
    grams = domain_ngrams()
    if pos == 0 and len(fixed) > 2:
        left = before[-1:]
        if not _HAN_TOKEN.fullmatch(left or "-") or left + fixed[:3] not in grams:
            return False
    if pos == len(fixed) - 1 and len(fixed) > 2 and _HAN_TOKEN.fullmatch(after[:1] or "-"):
        if fixed[-3:] + after[0] not in grams:
            return False
    return True


def _single(text: str, pos: int) -> bool:
    """Whether the character at ``pos`` stands alone in the segmenter's reading of ``text``."""
    from ..analyse import get_segmenter

    at = 0
    for word in get_segmenter().lcut(text, HMM=False):
        if at <= pos < at + len(word):
            return len(word) == 1
        at += len(word)
    return False


def _domain(context: str, pos: int, span: tuple[int, int]) -> bool:
    """Whether a four-character sequence of the domain wording covers ``context[pos]`` and the whole window
    ``span`` (or lies inside it): evidence from the left or right context alone does not count."""
    grams = domain_ngrams()
    lo, hi = span
    n = 4
    for s in range(max(0, pos - n + 1), pos + 1):
        piece = context[s:s + n]
        inside = (s <= lo and s + n >= hi) or (s >= lo and s + n <= hi)
        if len(piece) == n and inside and piece in grams and not freq(piece):
            return True
    return False


def _insertion(words, text, joined, before=""):
    """``text`` is a rare word or split; one added character makes a frequent word (试运 → 试运行, 疾人 → 残疾人)."""
    if len(words) != 1 or len(text) != 2:
        return None
    if joined:
        # Inside a clause a known word may be completed by what follows (试运 + 营): only a pair the
        # segmenter invented (疾人) is judged there, and only for a character lost in front of it,
        # when the character written before does not already make the word (传 + 承人).
        if freq(text) or freq(before[-1:] + text):
            return None
        shapes, need = (lambda w: w[1:] == text), PREFIX_FREQ
    else:
        # At a clause end only the last character can have been lost (试运 → 试运行); a character
        # put inside (应发尽发率 → 发病率) would rewrite a compound the segmenter merely does not know.
        shapes, need = (lambda w: w[:2] == text), MIN_FREQ[3]
    best = None
    for alt in _completions(text):
        f = freq(alt)
        if shapes(alt) and f >= need and f >= 10 * max(freq(text), 1) and (best is None or f > best[0]):
            best = (f, alt)
    if best is None:
        return None
    return len(text), f"“{text}”疑似漏字，应为“{best[1]}”。", best[1]


def _completions(text):
    """Three-character words that contain ``text`` with one character added before, between or after."""
    return _completion_index().get(text, ())


@per_glossary()
def _completion_index() -> dict[str, tuple[str, ...]]:
    """Each frequent three-character word under the three pairs it leaves when a character is lost (built once)."""
    from ..confusion import frequencies

    index: dict[str, list[str]] = {}
    for word, f in frequencies().items():
        if f and f >= MIN_FREQ[3] and len(word) == 3:
            for pair in {word[1:], word[:2], word[0] + word[2]}:
                index.setdefault(pair, []).append(word)
    return {pair: tuple(words) for pair, words in index.items()}  # dictionary order: deterministic
