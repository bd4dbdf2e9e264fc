"""L009: a PDF's broken font table put a look-alike glyph for a common character (挃导, 劤力, 救劣).

Text taken from some Chinese PDFs reads 挃导 for 指导, 劤力 for 努力, 仸务 for 任务, 救劣 for 救助,
启劢 for 启动, 迒乡 for 返乡, 幵办理 for 并办理: the file's font subset maps its glyphs to characters a
few code points off (the table of pairs and why is gen/check/pdf_glyphs.py). The page looks right; the
text a reviewer, a search or a reuse gets is wrong, and it is wrong throughout, so the reader should
take the text again from a sound source (the Word file, or OCR). A glyph counts only in a word its
intended character makes (劣 after 救/帮/资, never in 劣质 or 恶劣); once one is confirmed, the rare
glyphs that no report uses (仹, 幵, 乊, 亍…) count wherever they stand in running Chinese words. The
first is a warning with the count, the rest info, each where it stands.

The same broken table can map a glyph to a *compatibility* code point that draws the character but is
not it: a Kangxi radical (⼀ U+2F00 for 一 in 进⼀步, ⼈ for 人, ⼤ for 大, ⽣ for 生; U+2F00–U+2FD5, the dictionary
radicals, plus ⺟ and ⻳ of the radicals supplement) or a CJK compatibility ideograph (U+F90A for 金). Unicode
decomposes each to its ordinary character (NFKC), no report writes them, and search, counting and screen
readers take them for other characters, so each one standing beside a Chinese character is reported, with no
confirmation needed; a text holding both kinds is told once.
"""

from __future__ import annotations

import functools
import unicodedata

from ...core.regex_needles import finditer as near_needles
from ...core import regex_cache
from ..finding import first_of_many
from ..pdf_glyphs import BY_GLYPH
from ..registry import Rule

RULE = Rule(
    code="L009",
    name="font-glyph",
    severity="warning",
    summary="PDF字体映射错误留下的形近怪字（挃导、劤力、救劣），文本已走样",
    doc=(
        "检查什么：从PDF提取的文本里，常用字被换成了编码相邻的生僻字：“挃导”（指导）、“劤力”（努力）、“仸务”（任务）、"
        "“救劣”（救助）、“月仹”（月份）、“启劢”（启动）、“迒乡”（返乡）、“幵办理”（并办理）、“安臵”（安置）；"
        "或换成了显示相同的康熙部首、兼容汉字字符（“进⼀步”的“⼀”是U+2F00部首，不是“一”）。\n"
        "为什么：PDF内嵌字体的字符映射表错位，页面显示正常，复制或提取出的文字却是另一个字，而且通篇如此，"
        "应从Word原件或重新识别取得文本。全文第一处报警告并给出总数，其余各处为提示。\n"
        "不报的情形：“劣”“认”自身是常用字，只在“救劣”“帮劣”“乞认”这类只能是替换的词里才报（“劣质”“恶劣”“认为”不报）；"
        "其他生僻字须先在全文有一处组成了原字的词，才在别处单独报。\n"
        "示例：“在上级挃导下，劤力完成救劣仸务”应为“在上级指导下，努力完成救助任务”。"
    ),
    flag=(
        "在市局的挃导下，全体干部劤力完成各项仸务。",
        "全年发放临时救劣资金12万元，3月仹启劢专项行动。",
        "组织外出务工人员迒乡创业，幵办理相关手续。",
        "做好移民安臵工作，提高资金使用效益。",
        "实施⼀把手负总责，进⼀步提升政务公开的质量。",  # Kangxi radical ⼀ (U+2F00) for 一
        "全年为群众办理实事⼗件，惠及⼈口3万。",  # ⼗ U+2F17, ⼈ U+2F08
    ),
    keep=(
        "在市局的指导下，全体干部努力完成各项任务。",
        "严厉打击劣质产品，改变恶劣环境，认真做好救助工作。",
        "优劣势分析认为，项目执行较好。",
        "实施一把手负总责，进一步提升政务公开的质量。",
    ),
)

_GLYPHS = regex_cache.compile("[" + "".join(BY_GLYPH) + "]")
_HAN = regex_cache.compile(r"[\u4e00-\u9fff]")


def _confirmed(text: str, pos: int) -> bool:
    glyph = BY_GLYPH[text[pos]]
    after = text[pos + 1:pos + 2]
    before = text[pos - 1:pos] if pos else ""
    return bool(after and after in glyph.before) or bool(before and before in glyph.after)


# Kangxi radicals, the two radicals-supplement forms that decompose, and the compatibility ideographs;
# only those whose NFKC form is an ordinary CJK character count (``_compat_meant``).
_COMPAT = regex_cache.compile("[\u2e9f\u2ef3\u2f00-\u2fd5\uf900-\ufad9]")


@functools.lru_cache(maxsize=None)
def _compat_meant(ch: str) -> str:
    """The ordinary character a compatibility code point stands for, or "" where it stands for none.

    Cached: the filter and both messages ask for the same code point, and the set is closed (about 700
    code points), so the cache stays bounded."""
    meant = unicodedata.normalize("NFKC", ch)
    return meant if len(meant) == 1 and meant != ch and _HAN.match(meant) else ""


def _compat_hits(text: str) -> list:
    """Compatibility code points for Chinese characters standing beside a Chinese character."""
    return [m for m in _COMPAT.finditer(text)
            if _compat_meant(m.group())
            and (_HAN.match(text, m.end()) or (m.start() and _HAN.match(text, m.start() - 1)))]


_OPEN = frozenset("，,、；;。：:（(“")


def _in_words(text: str, pos: int) -> bool:
    """The glyph opens or continues Chinese words: a Chinese character after it, one or a mark before it."""
    return (pos > 0 and bool(_HAN.match(text, pos + 1))
            and (bool(_HAN.match(text, pos - 1)) or text[pos - 1] in _OPEN))


def _glyph_hits(text: str) -> list:
    found = list(near_needles(_GLYPHS, text))
    if not found:
        return []
    sure_at = {m.start() for m in found if _confirmed(text, m.start())}
    if not sure_at:
        return []
    return [m for m in found if m.start() in sure_at
            or (BY_GLYPH[m.group()].rare and _in_words(text, m.start()))]


def check(ctx):
    text = ctx.text
    hits = _glyph_hits(text) + _compat_hits(text)
    if not hits:
        return
    hits.sort(key=lambda m: m.start())

    def first(m, n):
        if m.group() not in BY_GLYPH:
            meant = _compat_meant(m.group())
            whole = (f"（全文共{n}处，此为第一处），应从Word原件或重新识别取得文本，或统一替换为常规汉字。" if n > 1
                     else "，应改为常规汉字。")
            return (f"“{m.group()}”（U+{ord(m.group()):04X}）是康熙部首或兼容汉字字符，不是汉字“{meant}”：PDF字体映射或转换"
                    f"留下的替身，显示相同，检索、统计和读屏都会认错" + whole)
        g = BY_GLYPH[m.group()]
        whole = (f"（全文共{n}处，此为第一处），通篇文字都已走样，应从Word原件或重新识别取得文本。" if n > 1
                 else "，应核对原件，附近的文字可能也已走样。")
        return (f"“{m.group()}”应为“{g.meant}”：PDF字体的字符映射表错位（{g.why}），提取出的文字换成了形近的生僻字"
                + whole)

    def rest(m):
        if m.group() not in BY_GLYPH:
            return f"“{m.group()}”（U+{ord(m.group()):04X}）应为常规汉字“{_compat_meant(m.group())}”（兼容字符替身）。"
        g = BY_GLYPH[m.group()]
        return f"“{m.group()}”应为“{g.meant}”（PDF字体映射错位留下的形近字）。"

    yield from first_of_many(hits, RULE.code, RULE.severity, first, rest)
