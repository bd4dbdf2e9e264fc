"""L019: text a PDF's extraction printed twice (乡镇乡镇总结总结 20212021, 一是……。一是……。).

A PDF that draws bold text by printing each glyph twice (a "fake bold"), or a page copied with its
heading layer and its text layer both, comes out of extraction with its words doubled: 乡镇乡镇,
总结总结, the year 20212021, a heading sentence written twice back to back. One doubled word is a
typing slip (W002 reads those: 的的, 进一步进一步); three or more doublings close together on one
line are no drafter's slip but the extraction's, and the line must be read from the original. A
numbered lead sentence (一是……。, （一）……。) repeated at once is the same noise on a heading.
Reduplications that Chinese writes (研究研究, 天天, 常常, 看看) are single characters or stand
alone, never three in a short stretch; the rule reports a cluster once, as one finding.

One character repeated four times or more (年年 年年年年年年年年, with or without blanks between the pieces) is the
same noise at its worst: a header's glyphs printed over and over. No Chinese word repeats a character four times;
a reduplication (年年, 天天) said twice with a blank between is left alone, and so are single characters spaced
apart (是 是 是 是: a flattened table's column of one value), which need a piece of two or more to count.
"""

from __future__ import annotations

from typing import Iterable

import numpy as np

from ...core import regex_cache
from ...core.regex_needles import finditer as near_needles
from ...core.text_heads import matches_at
from ...core.text_pairs import code_points
from ...core.glossary_user import per_glossary
from ..reduplications import load_reduplications
from ..context import CheckContext
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="L019",
    name="doubled-by-extraction",
    severity="warning",
    summary="提取时文字重影：词语、年份、标题句连写两遍",
    doc=(
        "检查什么：同一行中相距不远处有三处以上词语或数字连写两遍（“乡镇乡镇”“总结总结”“20212021”），"
        "或带序号的标题句紧接着原样重复（“一是巾帼担当抗疫情。一是巾帼担当抗疫情。”），"
        "或同一个汉字连写四遍以上（“年年 年年年年年年年年”，中间可夹空格）。\n"
        "为什么：PDF 用重复印字模拟加粗、或网页标题层与正文层一起被复制时，提取出的文字成双出现，"
        "这一行已不是原文，应按原文件改回。\n"
        "不报的情形：单独一处叠词（“研究研究”“天天”，由 W002 判断）；相隔很远的零星重复；"
        "以空格隔开的单字（“是 是 是 是”，表格同一列的值）；叠词写两遍（“天天 天天”）。\n"
        "示例：“乡镇乡镇 20212021 年上半年工作总结总结”应为“××乡镇2021年上半年工作总结”。"
    ),
    flag=(
        "乡镇乡镇 20222022 年上半年工作总结总结\n全年完成各项任务。",
        "全镇妇联积极作为。二是助力乡村振兴。二是助力乡村振兴。镇妇联组织培训3场。",
        # one character printed over and over, in pieces or in one run
        "2021 年年 年年年年年年 年年\n全年完成各项任务。",
        "工作总结\n局局局局局局\n全年完成各项任务。",
    ),
    keep=(
        "各单位要研究研究再落实，天天抓、常常议，确保工作到位。",
        "全镇妇联积极作为。一是助力乡村振兴。二是服务妇女儿童。镇妇联组织培训3场。",
        "2022年工作总结\n全年完成各项任务，工作总结已上报。",
        # a flattened table's column of one value; a reduplication said twice; three at most
        "是否达标 是 是 是 是\n天天 天天向上，年年有余，人人人都参与。",
    ),
)

# A run of two to twelve Chinese characters, or a year, written twice at once (a table's 1111 or 0000 is a figure).
_HAN_TWICE = regex_cache.compile(r"([\u4e00-\u9fff]{2,12})\1")
_YEAR_TWICE = regex_cache.compile(r"((?:19|20)\d\d)\1")
SHORTEST, LONGEST = 2, 12  # characters of a doubled Chinese run
CLUSTER, REACH = 3, 60  # doublings in one cluster; characters from one to the next
# A numbered lead sentence repeated back to back.
_LEAD_TWICE = regex_cache.compile(r"((?:[一二三四五六七八九十]是|[（(][一二三四五六七八九十]{1,2}[）)])[^。\n]{2,30}。)\s{0,2}\1")
# Where a lead opens: 是 after its numeral (the lead one before it), a bracket before a numeral and its close.
# _LEAD_TWICE opens with a class, its back-reference keeps it from being tried only there
# (gen.core.regex_first), and a report is full of numerals: it was tried at every character (2 ms per 200k).
_LEAD_SHI = regex_cache.compile("是(?<=[一二三四五六七八九十]是)")
_LEAD_BRACKETS = tuple(regex_cache.compile(bracket + "(?=[一二三四五六七八九十]{1,2}[）)])") for bracket in ("（", r"\("))


def _leads_twice(text: str):
    """``_LEAD_TWICE.finditer(text)``'s matches, tried only where one can start."""
    places = [m.start() - 1 for m in near_needles(_LEAD_SHI, text)] + [m.start() for b in _LEAD_BRACKETS for m in near_needles(b, text)]
    return matches_at(_LEAD_TWICE, text, sorted(places))


def _doubled_starts(text: str) -> list[int]:
    """Every offset where some run of SHORTEST to LONGEST Chinese characters is followed by itself.

    The regex, with its back-reference, tries twelve lengths at every Chinese character of the
    text (12 ms of 200,000 characters) to find the few places this test finds in one pass per
    length: characters equal to the one k further on, k times in a row, from a Chinese one.
    """
    codes = code_points(text)
    n = len(codes)
    han = (codes >= 0x4E00) & (codes <= 0x9FFF)
    found = np.zeros(n, dtype=bool)
    for k in range(SHORTEST, min(LONGEST, n // 2) + 1):
        same = (codes[:-k] == codes[k:]) & han[:-k]  # same[i]: text[i] is Chinese and text[i + k] is text[i]
        run = same[:n - 2 * k + 1].copy()
        for j in range(1, k):
            run &= same[j:j + len(run)]
        found[:len(run)] |= run
    return np.flatnonzero(found).tolist()


def _doublings(text: str) -> list[tuple[int, int]]:
    r"""The spans ``([\u4e00-\u9fff]{2,12}|(?:19|20)\d\d)\1`` finds, in order: a Chinese run's match starts at one
    of :func:`_doubled_starts` (the regex tried there gives its greedy length), each after the last one's end as
    finditer goes on; a year's are its own (a Chinese doubling never holds a digit, nor a year's a Chinese one)."""
    spans, last = [], 0
    for at in _doubled_starts(text):
        if at >= last:
            m = _HAN_TWICE.match(text, at)
            if m:
                spans.append(m.span())
                last = m.end()
    return sorted(spans + [m.span() for m in _YEAR_TWICE.finditer(text)])


def _clusters(text: str) -> Iterable[tuple[int, int, int]]:
    run: list[tuple[int, int]] = []
    for start, end in _doublings(text):
        if run and (start - run[-1][1] > REACH or "\n" in text[run[-1][1]:start]):
            if len(run) >= CLUSTER:
                yield run[0][0], run[-1][1], len(run)
            run = []
        run.append((start, end))
    if len(run) >= CLUSTER:
        yield run[0][0], run[-1][1], len(run)


# One character repeated in pieces of one or more, a few blanks between them; at least RUN_TIMES in all.
_ONE_CHAR_RUN = regex_cache.compile(r"([\u4e00-\u9fff])(?:[ \u3000]{0,3}\1)+")
RUN_TIMES = 4
_PIECE = regex_cache.compile(r"([\u4e00-\u9fff])\1*")


@per_glossary()
def _reduplication_words() -> frozenset[str]:
    """W002's reduplication words (年年, 天天), with the user's lists laid over."""
    return load_reduplications().words


def _character_runs(text: str) -> Iterable[tuple[int, int, str]]:
    """Each run of one Chinese character repeated RUN_TIMES times or more (blanks between pieces allowed), with a
    piece of two or more; two-character pieces only when the pair is no reduplication word. Sought from the few places
    where a Chinese character stands twice at once (one numpy pass), not at every character."""
    codes = code_points(text)
    if len(codes) < 2:
        return
    han = (codes >= 0x4E00) & (codes <= 0x9FFF)
    pairs = np.flatnonzero((codes[:-1] == codes[1:]) & han[:-1]).tolist()
    last = 0
    for at in pairs:
        if at < last:
            continue
        start, ch = at, text[at]
        while True:  # back over earlier pieces of the same character, up to three blanks before each
            j = start - 1
            while j >= 0 and start - 1 - j < 3 and text[j] in " \u3000":
                j -= 1
            if j < 0 or text[j] != ch:
                break
            start = j
        m = _ONE_CHAR_RUN.match(text, start)
        if not m:
            continue
        last = m.end()
        run = m.group()
        if sum(c == ch for c in run) < RUN_TIMES:
            continue
        longest = max(len(p.group()) for p in _PIECE.finditer(run))
        if longest >= 3 or ch * 2 not in _reduplication_words():
            yield m.start(), m.end(), ch


def check(ctx: CheckContext) -> Iterable[Finding]:
    text = ctx.text
    for s, e, ch in _character_runs(text):
        yield Finding(s, e, RULE.code, RULE.severity,
                      f"“{ch}”字连写了{text[s:e].count(ch)}遍（“{text[s:min(e, s + 20)]}”），没有这样的词语，是提取时的乱码"
                      "（标题或页眉的字被重复印出）或混入的无关文字，请按原文件改回。", None)
    for s, e, n in _clusters(text):
        yield Finding(s, e, RULE.code, RULE.severity,
                      f"这一段有{n}处词语或数字连写了两遍（“{text[s:min(e, s + 20)]}”），是 PDF 提取时的文字重影，"
                      "不是原文，请按原文件改回。", None)
    for m in _leads_twice(text):
        yield Finding(m.start(), m.end(), RULE.code, RULE.severity,
                      f"标题句“{m.group(1)}”紧接着重复了一遍，是提取时的文字重影，请删去一遍。", m.group(1))
