"""W005: a budget or document compound that lost one character (基本支 + figure, 关于印〈…〉).

W001 knows the slips someone listed; W003 (opt-in) guesses from statistics
over the whole text. This rule sits between them: it knows the vocabulary a
budget report is made of — the words of four characters or more in the
domain word list it shares with W011, glossary/domain_words.yaml (基本支出,
关于印发, 中央补助, 主要工作 …) and the four-character sequences of the
project's own report wording that are two common words (domain_ngrams.txt) —
and looks for each of them written with one character missing. The shortened
form is reported only where the full compound fits:

- the shortened form is not a word itself (jieba's dictionary), and the text
  does not hold the full compound at that place, nor a longer word of the
  domain list that holds the shortened form whole (债务还本支出 holds 本支出,
  the principal repaid: no 基本支出 lost its 基);
- the characters on both sides of it do not join its edge characters into a
  common word: "重要工作" is a word of its own, not 主要工作 minus 主, and
  "项目出现" is 项目 + 出现, not 项目支出 minus 支;
- a lost first character leaves a Chinese character in front (2022年央补助),
  a lost last one leaves a figure, bracket, mark or particle behind (a Chinese
  character there was more likely written in its place: 绩效自平), or a common
  word that owes the lost character nothing (乡村振补助: 补助), and a 顿号
  after the shortened form is an ellipsis (财政拨款收、支总计);
- a last character taken for lost does not stand alone between blanks a few
  cells on: a PDF form's narrow cell wraps it to a line of its own, which the
  text layer puts after the next cells (数量指 … 标 15 分).

A first character written as a same-sound or similar-shape one (工务接待费)
is that slip, not a lost character: it is told as such, or left to W011 where
its domain words already tell it (财政拔款收入).

It runs on a set lookup per position, so it costs little and is on by default.
"""

from __future__ import annotations

import re
from itertools import groupby
from typing import Iterable

from ...core import regex_cache, text_heads, text_pairs
from ...core.datafile import string_list
from ...core.errors import UserError
from ...core.glossary_user import per_glossary
from ...core.regex_trie import alternation
from .. import unspaced
from ..confusion import candidates as meant_for, freq
from ..domain_words import FILE, rule_examples, rule_words, word_file
from ..finding import Finding
from ..gazetteer import gazetteer
from ...core.han import is_han
from ..registry import Rule
from ..textspans import in_slogan_run, reads_whole
from ..word_examples import builtin_examples, prove
from .l002_traditional_chars import written_for
from .w011_domain_word_typo import misses as domain_misses

RULE = Rule(
    code="W005",
    name="compound-missing-char",
    severity="warning",
    summary="预决算常用词语少写了一个字",
    doc=(
        "检查什么：预决算报告常用词语（词库 glossary/domain_words.yaml 中四字以上的词：基本支出、关于印发、中央补助、主要工作等，"
        "以及本项目语料中的常用四字词组）少写一个字，如“基本支89.50万元”“关于印《…》”“2023年央补助”“及要工作”。\n"
        "为什么：漏字的词语读不通，拼写检查往往查不出。\n"
        "不报的情形：少一个字后本身就是词的；只少了“的”的（“对个人和家庭补助”是通行的简写）；两个词之间少了“和”的（“商品服务支出”）只作提示；缺字处与前后的字组成常用词的（“重要工作”“项目出现”）；词库中更长的词完整写出、把它包在里面的（“债务还本支出”中的“本支出”）；"
        "PDF、网页复制时词中夹了空格的（“绩效目 标”）；年份（含模板占位的“20xx”）之后的“年结转”（“2021年结转”“20xx年结转资金”）；缺的字其实以繁体写在旁边的（“財政撥款收入”）；行末或摘录末尾没有标点、词语可能接续到下一行的；文本在词中截断、其后只剩空白，缺字不在词首的（“23、整体支”是“整体支出绩效目标表”）；PDF表格窄格折行、末字单独落在后面几格之间的（“数量指 … 标 15 分”）。\n"
        "首字写成了同音字或形近字的（“工务接待费”），报为错字，不报漏字（预决算常用词中的这类错字由 W011 报告）。\n"
        "示例：“本年基本支89.50万元”应为“本年基本支出89.50万元”。"
    ),
    flag=(
        "严格落实财政资预算金管理制度。",
        "本年基本支89.50万元，其中人员经费70.20万元。",
        # a longer term spelled out elsewhere in the sentence does not cover this one
        "债务还本支出8.60亿元，本年基本支89.50万元。",
        "转发县财政局关于印《预算管理办法》的通知。",
        "一、基本职能及要工作\n",
        # a form cell cut short with no wrapped remainder standing alone after it
        "一级指标 产出指标 数量指 养护里程 三百公里 15 分\n",
        # a 和 between two words dropped: told as a hint (readers split on it)
        "2023年度社会保障就业支出400.00万元，商品服务支出13.79万元。",
        # the first character written as a same-sound one: told as that slip, not as a lost character
        "严格执行中央八项规定，工务接待费支出0.50万元。",
        "按规定公开国有资经营预算支出表。",  # short of an inner character, its first joining the word before (开国)
    ),
    keep=(
        # a PDF form's narrow cell wrapped its last character, which the text layer put a few cells on
        "一级指标 产出指标 数量指 养护里程 三百 公 里 标 15 分\n",
        "本年基本支出89.50万元，其中人员经费70.20万元。", "截至年底，崇义教育公众号关注人数为1200人。",  # 崇义 + 教育
        # a page broke 评价 over two lines: the line goes on with 价, nothing lost
        "某专项资金绩效评\n\n价报告\n一、项目概况\n",
        # a word put in before the last character: the fuller name, nothing lost
        "公务用车购置及运行维护费支出2.25万元，比上年增加1.25万元。",
        # an excerpt that breaks off one character into the fuller name (运行维|护费): no word follows yet
        "二、公务接待费支出0.53万元。\n3.公务用车购置及运行维",
        "完成年度重要工作任务，做好需要工作的安排。", "项目出现偏差时及时调整。依法公开国有资本经营预算支出表。",
        # a form ending on a whole word, then a common word: a phrase of its own (车辆购置 | 支出)
        "公务用车购置费反映公务用车车辆购置支出（含车辆购置税）。",
        # one verb repeated over a parallel (增质增效 beside 提质增效): the writer's own coinage, nothing lost
        "推进林地改造，做到增绿、增质增效并举。", "（一）稳产量、提质效，粮食生产再获丰收。", "坚持稳中求进提质效，综合实力持续增强。", "您的这条建议提的很好。",
        "全年共有 2 个项目批复了绩效目 标，已按期完成。",
        "全年共有2个项目批复了绩效目\n标，已按期完成。", "全年共有2个项目批复了绩效目\n",
        # an excerpt that breaks off one character after the form: 编报 goes on beyond the cut
        "各股室依据年初预算编报", "年初结转和结余19.77万元，2021 年结转结余为0。",
        # a page excerpt cut off in a form's title at the very end (整体支|出绩效目标表): no 整体收支 short of 收
        "22、项目支出绩效目标表\n23、整体支\n",
        # a template's placeholder year: 20xx年结转 is that year's carried-over funds
        "20xx年结转资金12.30万元已按规定用于项目。",
        # 债务还本支出 is a budget subject of its own: its 本支出 is no 基本支出 short of 基
        "偿还到期本金列地方政府一般债务还本支出8.60亿元。",
        # a text in Traditional script: the character before the rest is the first one, not lost
        "一、財政撥款收入 | 1 | 625.58 |\n十二、農林水支出 | 39 | |",
    ),
)

# A neighbour and an edge character that form a word this common are read as that word.
JOIN_FREQ = 50
LONG_FORM = 6  # a form this long that lost an inner character (国有资经营预算) is read whatever its edges join
_PARTICLES = frozenset("的和及与等")
# A word this common after a compound short of its last character stands on its own (乡村振补助: 补助).
WORD_AFTER_FREQ = 100
MIN_SHORT = 3  # shortened forms of fewer characters match too much by chance
_LINE_END = regex_cache.compile(r"[ \t\u3000]{0,4}(?:\n|$)")
# A figure closing a date before 年/月/日, or a template's placeholder for one (20xx, 20XX, ××).
_DATE_TAIL = regex_cache.compile(r"(?:\d|[xX×]{2})[ \u3000]{0,2}\Z")  # \Z: $ would match before a line break
# Nothing but blanks to the text's end: an excerpt cut off there may have cut a word (整体支|出绩效目标表).
_TEXT_END = regex_cache.compile(r"\s{0,64}\Z")


def _read_compounds() -> tuple[list[str], tuple[str, ...], tuple[str, ...]]:
    """The shared list's words of the groups this rule reads, of four characters or more, minus its ``skip``."""
    doc = word_file()
    read = rule_words(doc, "w005")
    skip = string_list(doc["w005"], "skip", f"词库文件 {FILE} 的 w005 一节", required=False)
    unknown = [w for w in skip if w not in read]
    if unknown:
        raise UserError(f"词库文件 {FILE}：w005.skip 中的“{unknown[0]}”不在 w005 所读的词组中。")
    words = [w for w in read if len(w) >= MIN_SHORT + 1 and w not in skip]
    return (words, *rule_examples(doc, "w005"))


def _dropped_conjunction(short: str, word: str) -> bool:
    """``short`` is ``word`` without a 和 that stands between two words of two characters (商品|和|服务支出,
    个人|和|家庭): not the 和 of 共和国 (民共 is no word) or 和谐 (nothing before it)."""
    i = next((k for k, (a, b) in enumerate(zip(short, word)) if a != b), len(short))
    return (word[i] == "和" and 2 <= i <= len(word) - 3
            and freq(word[i - 2:i]) > 0 and freq(word[i + 1:i + 3]) > 0)


@per_glossary()
def shortened_forms() -> dict[str, tuple[tuple[str, int], ...]]:
    """shortened form -> ((full compound, index of the lost character), ...); proved by the file's examples."""
    compounds, flag, keep = _read_compounds()
    vocab, terms = set(compounds), set(string_list(word_file()["w005"], "terms", FILE, required=False))  # 预公开
    out: dict[str, tuple[tuple[str, int], ...]] = {}
    for word in sorted(vocab):
        for i in range(len(word)):
            if word[i] == "的":  # 对个人和家庭补助: names drop their 的 as a matter of style, not by a slip
                continue
            short = word[:i] + word[i + 1 :]
            if short in vocab or freq(short) > 0 or short in terms:
                continue
            out[short] = out.get(short, ()) + ((word, i),)
    pattern = _alternation(out)  # once for all the examples (the trie of some 700 forms is built in Python)
    prove(builtin_examples(flag), builtin_examples(keep), lambda text: list(_hits(text, out, pattern)),
          lambda message: UserError(f"词库文件 {FILE} 的 w005 一节：{message}"), lambda hit: hit[2])
    return out


@per_glossary()
def _joins() -> frozenset[str]:
    """Short words the dictionary lacks that reports use, from w005.joins: two characters (省补: 省级补助) or a
    three-character title (传承人: 传承人经费 is the bearer's grant, not 人员经费 short of 员)."""
    return frozenset(string_list(word_file()["w005"], "joins", f"词库文件 {FILE} 的 w005 一节", required=False))


def _joins_before(text: str, s: int) -> bool:
    """Whether the character(s) before ``s`` join text[s] into a word (重要, 需要; 下年 after a figure; 省补;
    寄生虫病 before 病预防控制; a county's short name, 崇义 before 义教育)."""
    if s == 0 or not is_han(text[s - 1]):
        return False
    pair = text[s - 1 : s + 1]
    if freq(pair) >= JOIN_FREQ or pair in _joins() or pair in gazetteer().by_short:
        return True
    if s >= 2 and is_han(text[s - 2]) and (freq(text[s - 2 : s + 1]) > 0 or text[s - 2 : s + 1] in _joins()):
        return True
    return s >= 3 and is_han(text[s - 3]) and freq(text[s - 3 : s + 1]) > 0


def _joins_after(text: str, e: int) -> bool:
    """Whether the character(s) after ``e`` join text[e-1] into a word (出现; 预决算; 行稳 of 行稳致远, w005.joins)."""
    if e >= len(text) or not is_han(text[e]):
        return False
    if freq(text[e - 1 : e + 1]) >= JOIN_FREQ or text[e - 1 : e + 1] in _joins():
        return True
    return e + 1 < len(text) and is_han(text[e + 1]) and freq(text[e - 1 : e + 2]) > 0


def _fits(text: str, s: int, e: int, candidates: tuple[tuple[str, int], ...]) -> list[str]:
    """The full compounds that fit where the shortened form stands at text[s:e] (none: it is not one)."""
    if e >= len(text):
        return []  # the text breaks off here (an excerpt), nothing was lost inside it
    for word, i in candidates:  # a loop, not any() over a generator: asked at every form of a long report
        if text.startswith(word, s - 1 if i == 0 else s):
            return []  # the full compound is there
    if _inside_domain_word(text, s, e):
        return []  # 债务还本支出: a longer word of the list, written in full, holds the form whole
    if text[e] == "、" or in_slogan_run(text, s, e):
        return []  # 收、支: an ellipsis of parallel words; 稳根基、提质效: a run of three-character slogans, nothing lost
    if _joins_before(text, s) or _joins_after(text, e):
        # a long compound that lost an inner character keeps its edges, whatever they join (公开|国有资经营预算)
        candidates = tuple((word, i) for word, i in candidates if e - s >= LONG_FORM and 0 < i < len(word) - 1)
        if not candidates:
            return []
    if text[s] in "年月日" and _DATE_TAIL.search(text, max(0, s - 4), s):
        return []  # 2021 年结转结余, 20xx年结转资金: the 年 closes a date, it is not the first character of 年初结转
    candidates = tuple((w, i) for w, i in candidates if not _repeated_verb(text, s, w, i) and not reads_whole(text, s, e, i, len(w)))
    before_han = s > 0 and is_han(text[s - 1])
    # a first character lost inside running text leaves a Chinese character in front of the rest;
    # a last one leaves a figure, a bracket, a mark or a particle behind (基本支989…, 关于印〈…〉):
    # another character there was more likely written for the lost one (绩效自平: 评 → 平)
    tail_ok = not is_han(text[e]) or text[e] in _PARTICLES
    # a line (or an excerpt) that ends with no closing mark may go on in the next one (a hard break in
    # a PDF copy) or beyond the excerpt: its last word cannot be judged short of its last character
    tail_ok = tail_ok and not _LINE_END.match(text, e)
    # a word after the form owes the lost last character nothing only where that character ends a word of the
    # compound (乡村振兴: 振兴, 应急救援: 救援); one that only adds a syllable to a whole word (车辆购置税:
    # 置税 is no word) leaves a phrase of its own, 车辆购置|支出, nothing lost
    return [word for word, i in candidates if (i > 0 or before_han)
            and (i < len(word) - 1 or tail_ok or freq(word[-2:]) > 0 and _word_follows(text, e, word[i]))
            and not (i == len(word) - 1 and _inserted_before_last(text, e, word[i]))
            and not _in_other_script(text, s, e, word, i)]


def _repeated_verb(text: str, s: int, word: str, i: int) -> bool:
    """A four-character pair of verb-object phrases (提质增效) whose first verb is replaced by its second in
    front of the rest (增质增效, 增绿增质增效): the writer's own parallel with one verb repeated, not a lost
    character, which would leave some other character there."""
    return i == 0 and len(word) == 4 and s > 0 and text[s - 1] == word[2] != word[0]


@per_glossary()
def _domain_words_by_head() -> tuple[dict[str, tuple[str, ...]], int]:
    """Every word of the shared domain list, in all its groups (budget subjects too), by its first character,
    and the longest one's length: a place is tried against the words that begin with its character only."""
    words = sorted({w for group in word_file()["words"].values() for w in group})
    return {h: tuple(ws) for h, ws in groupby(words, key=lambda w: w[:1])}, max(map(len, words))


def _inside_domain_word(text: str, s: int, e: int) -> bool:
    """Whether a longer word of the domain list stands written in full over text[s:e] (债务还本支出 over
    本支出): the form is part of another term the report spells out, not a compound short of a character."""
    heads, longest = _domain_words_by_head()
    for a in range(max(0, e - longest), s + 1):
        if any(len(w) > e - s and a + len(w) >= e and text.startswith(w, a) for w in heads.get(text[a], ())):
            return True
    return False


def _inserted_before_last(text: str, e: int, lost: str) -> bool:
    """The last character taken for lost stands right after a common two-character word, the three a word
    too (公务用车购置及运行维护费: 维护费): not lost, a word was put in before it, the fuller name of the same
    thing. Words shuffled (财政资预算金管理: 预算金 is none) are a slip."""
    return text[e + 2:e + 3] == lost and freq(text[e:e + 2]) >= WORD_AFTER_FREQ and freq(text[e:e + 3]) > 0


def _in_other_script(text: str, s: int, e: int, word: str, i: int) -> bool:
    """Whether the edge character taken for lost stands beside the shortened form in Traditional script
    (財政撥款收入: 撥 is 拨, nothing is missing from 拨款收入; 農林水支出: 農 is 农)."""
    if i == 0:
        return s > 0 and written_for(text[s - 1], word[0])
    return i == len(word) - 1 and e < len(text) and written_for(text[e], word[-1])


WRAP_REACH = 80  # characters after a cut cell where its wrapped last character may stand (a long cell between)


def _wrapped_tail(text: str, e: int, lost: str) -> bool:
    """A PDF form's narrow cell wraps its last character to a line of its own, which the text layer
    puts after the neighbouring cells: "数量指 里程 300 公 里 标 15 分" holds 数量指标. The character taken
    for lost stands alone between blanks a few cells on: it was moved, not lost."""
    if not text[e:e + 1].isspace():
        return False
    return regex_cache.compile(rf"(?<=[ \u3000]){re.escape(lost)}(?=[ \u3000])").search(text, e, e + WRAP_REACH) is not None


def _word_follows(text: str, e: int, lost: str) -> bool:
    """Whether a common word of its own follows a compound that lost its last character (乡村振补助:
    补助), so the character after it was not written in the lost one's place: the two characters make a word
    this common and the first is no same-sound or look-alike of the lost one (绩效自平: 平 for 评).
    A single character where the text ends (an excerpt cut off after 预算编报) is no such word: the
    characters it would join with are beyond the cut."""
    after = text[e:e + 2]  # two characters: one cut off by the text's end (运行维|) is no word yet
    return (len(after) == 2 and freq(after) >= WORD_AFTER_FREQ and text[e] not in meant_for(lost)
            and lost not in meant_for(text[e]))


@per_glossary()
def _pattern() -> re.Pattern:
    return _alternation(shortened_forms())


def _alternation(forms: dict) -> re.Pattern:
    """All shortened forms as one alternation (longest first, as a trie), so the scan runs in the regex engine."""
    return regex_cache.compile(alternation(forms))


def _hits(text: str, forms: dict[str, tuple[tuple[str, int], ...]], pattern: re.Pattern | None = None,
          matches: Iterable[re.Match] | None = None):
    """(start, end, shortened form, full compounds) for each shortened form that fits where it stands
    (``matches``: the pattern's matches in ``text`` when the caller found them)."""
    pattern = _alternation(forms) if pattern is None else pattern
    for m in pattern.finditer(text) if matches is None else matches:
        words = _fits(text, m.start(), m.end(), forms[m.group()])
        if words:
            yield m.start(), m.end(), m.group(), words


@per_glossary(maxsize=16384)
def _line_hits(line: str) -> tuple:
    """:func:`_hits` of one line with its line break, offsets in the line; read once per distinct line and process.

    No shortened form holds a line break, and what :func:`_fits` reads around a form stops at the line's
    ends (before a line stands a line break, no Chinese character, as at the text's start), so a line's hits are the
    same wherever it stands. Reports repeat their lines (headings, table headers, placeholders).
    """
    return tuple(_hits(line, shortened_forms(), _pattern()))


def _hits_by_line(text: str):
    """:func:`_hits` of ``text`` with the glossary's forms and pattern: the same hits, in the same order."""
    if len(text) >= text_pairs.MIN_CHARS:  # a long text: tried only where a form's head stands (gen.core.text_heads)
        forms, pattern = shortened_forms(), _pattern()
        yield from _hits(text, forms, pattern, text_heads.finditer(pattern, text, forms))
        return
    lines = text.split("\n")
    pos = 0
    for line in lines[:-1]:
        for s, e, short, words in _line_hits(line + "\n"):
            yield pos + s, pos + e, short, words
        pos += len(line) + 1
    for s, e, short, words in _hits(lines[-1], shortened_forms(), _pattern()):  # the text's end: no line break
        yield pos + s, pos + e, short, words


# The rest of a line ending inside a word, then the line that goes on with it ("…资金绩效评\n\n价报告").
_BROKEN_AFTER = regex_cache.compile(r"[ \t\u3000]{0,4}\n[\s\u3000]{0,8}(?=[\u4e00-\u9fff])")


def _goes_on(text: str, e: int) -> bool:
    """The form closes its line, and the next line opens with the character that makes its last a word
    (评 | 价报告: 评价): the page broke one word over two lines, nothing was lost."""
    m = _BROKEN_AFTER.match(text, e)
    return m is not None and freq(text[e - 1] + text[m.end()]) >= JOIN_FREQ


def check(ctx):
    # Read through the stray spaces of PDF and web copies ("绩效目 标" is whole): gen.check.unspaced.
    view = unspaced.of(ctx)
    hits = list(_hits_by_line(view.text))
    if not hits:
        return
    listed = [span for span, _ in unspaced.listed_typos(ctx)]  # W001 reports these
    for vs, ve, short, words in hits:
        if view.straddles(vs, ve):
            continue  # the layout parted these characters: no evidence that one was lost
        if view.gap_before(vs):
            # a lost first character is read from the character before it; across a blank that may be another cell's
            words = [w for w in words if w[0] == short[0]]
            if not words:
                continue
        s, e = view.span(vs, ve)
        if any(lo < e and s < hi for lo, hi in listed):
            continue
        if _TEXT_END.match(ctx.text, e):
            # an excerpt cut off in a word (整体支|出…): what follows a character taken for lost may be the start of
            # another word the cut left unfinished; a lost first character is read before the form, whole (及要工作)
            words = [w for w in words if w[1:] == short]
        words = [w for w in words if not (w[:-1] == short and _wrapped_tail(ctx.text, e, w[-1]))]
        if not words or _goes_on(ctx.text, e):
            continue
        swapped = [w for w in words if s > 0 and w[1:] == short and w[0] in meant_for(ctx.text[s - 1])]
        if swapped:
            # 财政拔款收入: the 拨 of 拨款收入 is not lost but written 拔, a same-sound or similar-shape slip
            if not any(lo < e and s - 1 < hi for lo, hi, _ in domain_misses(ctx)):  # else W011 tells it
                yield Finding(s - 1, e, RULE.code, RULE.severity, f"“{ctx.text[s - 1:e]}”疑为“{swapped[0]}”之误"
                              f"（“{ctx.text[s - 1]}”应为“{swapped[0][0]}”）。", swapped[0])
            continue
        shown = "”或“".join(words)
        if all(_dropped_conjunction(short, w) for w in words):
            # 商品服务支出: readers split on a 和 dropped between two words (a common short form to some, a
            # subject's name miswritten to others), so it is told as a hint
            yield Finding(s, e, RULE.code, "info", f"“{short}”的规范写法是“{shown}”（两个词之间的“和”不宜省略）。",
                          words[0] if len(words) == 1 else None)
            continue
        yield Finding(
            s, e, RULE.code, RULE.severity,
            f"“{short}”少了一个字，应为“{shown}”。", words[0] if len(words) == 1 else None,
        )
