"""P017: a space inside Chinese quotation marks or title marks (财政拨款“三公 ”经费, 《 预算法》).

Chinese marks sit right against the words they hold. A space between a mark
and its word is a typing or layout slip; in a quoted term (“三公”经费, the
name of a table or a section) it also makes the term differ from its every
other spelling, so a search for it fails. Only the inner side is read: the
space after an opening mark (“ 两卡制) or before a closing one (指挥棒 ”), with
a Chinese character on the word's side, and not on a page that sets every
character apart (a letter-spaced copy puts blanks inside the marks as
everywhere else). A space outside the marks belongs to
P001's reading of spacing around punctuation, not to this rule.
"""

from __future__ import annotations

from ...core import regex_cache
from ...core.regex_needles import finditer as near_needles
from ..finding import Finding
from ...core.han import is_han
from ..registry import Rule
from ..textspans import line_around

RULE = Rule(
    code="P017",
    name="space-inside-quotes",
    severity="warning",
    summary="引号、书名号内侧多了空格",
    doc=(
        "检查什么：中文引号、书名号与其中的文字之间夹了空格，如“财政拨款“三公 ”经费支出决算表”“《 预算法》”。\n"
        "为什么：标点应紧贴所引的文字；引号里多了空格，这个词语就与全文其他地方的写法不同，检索、核对都对不上。\n"
        "不报的情形：空格在引号、书名号外侧的；引号里面是空白或数字、字母的。\n"
        "示例：“财政拨款“三公 ”经费支出决算表”应为“财政拨款“三公”经费支出决算表”。"
    ),
    flag=("十、财政拨款“三公 ”经费支出决算表", "依据《 中华人民共和国预算法》开展工作。", "发挥绩效评价“ 指挥棒”的作用。"),
    keep=("十、财政拨款“三公”经费支出决算表", "依据《中华人民共和国预算法》开展工作。", "完成“三公” 经费压减任务。",
          "编号为“ A01 ”的项目已完工。",
          # a closing quote typed as an opening one (P004's), the blank after it outside the quote
          "九、一般公共预算“三公“ 经费支出预算表",
          # a page that set every character apart (a letter-spaced PDF copy): the marks' blanks are its layout
          "坚持“ 突 出 重 点 、 保 证 绩 效 ”的原则。"),
)

# Both open on the characters they need (a mark, a blank) so that the engine skips to them; the Chinese
# character before a closing mark's blanks is read by hand.
_OPEN_SPACE = regex_cache.compile(r"([“《‘])[ \u3000]{1,3}(?=[\u4e00-\u9fff])")
_CLOSE_SPACE = regex_cache.compile(r"[ \u3000]{1,3}([”》’])")
# Three characters each set apart by a blank: the page's letter-spacing, which puts blanks inside marks too.
_SPACED = regex_cache.compile(r"[\u4e00-\u9fff、，][ \u3000][\u4e00-\u9fff、，][ \u3000][\u4e00-\u9fff、，]")


def _letter_spaced(text: str, start: int, end: int) -> bool:
    """Whether the words next to the blank at text[start:end] are set apart character by character."""
    return bool(_SPACED.search(text, max(0, start - 6), min(len(text), end + 6)))


_PAIRS = {"“": "”", "‘": "’"}


def _closes_open_quote(text: str, at: int) -> bool:
    """The opening mark at ``at`` stands where a closing one belongs ("“三公“ 经费"): a quote opened earlier on its
    line is still open. It is P004's wrong mark, and the blank after it lies outside the quote."""
    mark = text[at]
    if mark not in _PAIRS:
        return False
    line = text[line_around(text, at)[0]:at]
    return line.count(mark) > line.count(_PAIRS[mark])


def check(ctx):
    text = ctx.text
    if " " not in text and "\u3000" not in text:
        return
    found = [(m.start(), m.end(), m.group(1)) for m in near_needles(_OPEN_SPACE, text)
             if not _closes_open_quote(text, m.start())]
    found += [(m.start(), m.end(), m.group(1)) for m in near_needles(_CLOSE_SPACE, text)
              if m.start() > 0 and is_han(text[m.start() - 1])]
    for start, end, mark in sorted(found):
        if _letter_spaced(text, start, end):
            continue
        name = "书名号" if mark in "《》" else "引号"
        yield Finding(start, end, RULE.code, RULE.severity,
                      f"{name}内侧多了空格，{name}应紧贴其中的文字。", mark)
