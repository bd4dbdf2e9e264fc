"""L009: a PDF's broken font table put a look-alike glyph for a common character (挃导, 劤力, 救劣).

Text taken from some Chinese PDFs reads 挃导 for 指导, 劤力 for 努力, 仸务 for 任务, 救劣 for 救助,
启劢 for 启动, 迒乡 for 返乡, 幵办理 for 并办理: the file's font subset maps its glyphs to characters a
few code points off (the table of pairs and why is gen/check/pdf_glyphs.py). The page looks right; the
text a reviewer, a search or a reuse gets is wrong, and it is wrong throughout, so the reader should
take the text again from a sound source (the Word file, or OCR). A glyph counts only in a word its
intended character makes (劣 after 救/帮/资, never in 劣质 or 恶劣); once one is confirmed, the rare
glyphs that no report uses (仹, 幵, 乊, 亍…) count wherever they stand in running Chinese words. The
first is a warning with the count, the rest info, each where it stands.
"""

from __future__ import annotations

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
        "“救劣”（救助）、“月仹”（月份）、“启劢”（启动）、“迒乡”（返乡）、“幵办理”（并办理）、“安臵”（安置）。\n"
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
    ),
    keep=(
        "在市局的指导下，全体干部努力完成各项任务。",
        "严厉打击劣质产品，改变恶劣环境，认真做好救助工作。",
        "优劣势分析认为，项目执行较好。",
    ),
)

_GLYPHS = regex_cache.compile("[" + "".join(BY_GLYPH) + "]")
_HAN = regex_cache.compile(r"[\u4e00-\u9fff]")


def _confirmed(text: str, pos: int) -> bool:
    glyph = BY_GLYPH[text[pos]]
    after = text[pos + 1:pos + 2]
    before = text[pos - 1:pos] if pos else ""
    return bool(after and after in glyph.before) or bool(before and before in glyph.after)


_OPEN = frozenset("，,、；;。：:（(“")


def _in_words(text: str, pos: int) -> bool:
    """The glyph opens or continues Chinese words: a Chinese character after it, one or a mark before it."""
    return (pos > 0 and bool(_HAN.match(text, pos + 1))
            and (bool(_HAN.match(text, pos - 1)) or text[pos - 1] in _OPEN))


def check(ctx):
    text = ctx.text
    found = list(near_needles(_GLYPHS, text))
    if not found:
        return
    sure = [m for m in found if _confirmed(text, m.start())]
    if not sure:
        return
    sure_at = {m.start() for m in sure}
    hits = [m for m in found if m.start() in sure_at
            or (BY_GLYPH[m.group()].rare and _in_words(text, m.start()))]

    def first(m, n):
        g = BY_GLYPH[m.group()]
        whole = (f"（全文共{n}处，此为第一处），通篇文字都已走样，应从Word原件或重新识别取得文本。" if n > 1
                 else "，应核对原件，附近的文字可能也已走样。")
        return (f"“{m.group()}”应为“{g.meant}”：PDF字体的字符映射表错位（{g.why}），提取出的文字换成了形近的生僻字"
                + whole)

    def rest(m):
        g = BY_GLYPH[m.group()]
        return f"“{m.group()}”应为“{g.meant}”（PDF字体映射错位留下的形近字）。"

    yield from first_of_many(hits, RULE.code, RULE.severity, first, rest)
