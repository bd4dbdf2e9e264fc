"""W034: a stray space inside a word (组织协 调预案演练, 编制范围的单 位).

Chinese prose has no spaces between characters. A space typed, pasted or left by a justified line inside a sentence
splits the word it falls in, and the reader stops on it. W033 reads the slip at a paragraph break; this rule the space.

Precision first:
- only a space inside running prose: the line holds a clause mark (，。；、, or a half-width page's , and ;) and
  some length and no cell bar or tab, so headings, table rows and title lines,
  where a space parts a label from its value or one cell from the next (or a
  cell's wrapped line), are never read;
- letter spacing is layout, not a slip: a single character with no Chinese
  character on its other side on either side of the space (目 录, 名 称：,
  “张 伟，”) is left alone;
- a word must hold the space: a domain word of three or more characters across
  it (the reading W033 makes, ``term_seams``), or the word jieba (no HMM) reads
  across it when the dictionary knows it well, or the two characters at the
  space when they are a frequent word; a space between two words (部门职责 负责)
  parts nothing;
- a text with many such spaces was laid out by a program (a PDF's justified
  lines kept as spaces); its spaces are the copy's, not the author's, so none
  is reported (``MAX_SPACES``) -- unless a single one stands in the prose and
  the rest in lines that are no prose: a web copy's menu and breadcrumb
  (首页 财政资金, 第一部分 部门概况) space their labels and say nothing of how
  the prose was typed;
- a figure spaced from its unit or 年 where the text glues them (做好2023 年, ``after_figures``), a month's figure spaced
  from its 月 where the text glues its months as often (。5 月10至11日 beside 7月14日, ``month_figure_spaces``), a rate spaced from its %
  however often where most are glued and one line sets both ways (增长7.7 % beside 增长216.11%, ``mixed_rates``); a short title
  or quoted word spaced from the clause it stands in (《条例》 第16条, 荣获 “先进集体”称号, 实行 “清单式管理”，);
- a blank after the particle 的 between two characters in prose (关爱力度的 提案): 的 binds the words on both
  sides, so no word ends there even where no dictionary word spans the blank; so do the prepositions 对, 把 and 将
  before their object (参会人员对 各党组织书记, 初审通过后将 年检报告书报送);
- a space before a closing mark (发展 。, 情况 :回应…) parts a clause from its mark (``before_marks``); a space before
  a closing bracket whose opening one is glued to its words ((此件公开发布 ), (地址：……3楼 )), even on a note's own
  line; a bracket spaced on both sides (( 2024年01月15日 )) is a page's layout (``before_closing_brackets``);
- a frequent word between two clause marks (审核、申 报；) is a word, not a
  letter-spaced label: a label stands before a colon (名 称：) or at a line's end;
- a blank between two words inside a list run with 、 (收藏、常规 展览和对外开放、, 示范城市、示范单位 和示范园区): no
  heading ends and no label stands inside a list, so the blank parts the list's item (``listed_spaces``);
- a blank after 关于 in a document's own title line (…关于对某县第十八届 人民代表大会…第0038号 建议的答复函), the line
  closing on the document's genre (perhaps with a page's counter run on after it): the matter is one phrase, as a 《》
  title's is; at most two such blanks, none at an issuer's end (``_heading_title_blanks``);
- a blank after a heading run into its line at a line's start or after a sentence's end, before its body's first
  sentence (。二、组织机构建设 成立了以书记、镇长为组长，): the page's break between title and body, kept as a blank
  (``run_in_headings.title_then_body``);
- a blank before a bracketed word inside a 《》 document title (《关于推进社会组织年检 (年报)系统地方应用的通知》), read
  as the title's other blanks are (``gen.check.bracket_spaces``); a file name's copy number (《总结 (2).docx》) is no
  document's title.
"""

from __future__ import annotations

from functools import partial

from ...core import regex_cache
from ...core.regex_needles import finditer as near_needles
from ..analyse import get_segmenter
from ..confusion import freq
from ..finding import Finding
from ...core.han import is_han
from ..registry import Rule
from ..stray_spaces import (after_figures, after_list_marks, after_marks, after_quotes, around_quotes, before_figures,
                            before_marks, before_quotes, blank_led, doc_number_spaces, for_text, in_item_marks,
                            year_spaces)
from ..layout_spaces import after_heading_marks, clock_spaces, mixed_rates, month_figure_spaces, month_spaces
from ..doc_code_spaces import doc_code_spaces
from ..bracket_spaces import before_closing_brackets, title_bracket_blanks
from ..listed_spaces import join_said, joined_after, list_blank, title_joins
from ._w034_examples import FLAG, KEEP
from ..term_seams import term_across
from ..textspans import line_around
from ..run_in_headings import title_then_body

RULE = Rule(
    code="W034",
    name="space-inside-word",
    severity="warning",
    summary="词语中间多了空格",
    doc=(
        "检查什么：正文句子中，一个词语的中间夹了空格（“组织协 调预案演练”“纳入编制范围的单 位包括”），"
        "空格前后合起来正是常用词或预算、绩效常用词。\n"
        "为什么：中文正文的字与字之间不留空格，词中的空格多半是录入、粘贴或排版留下的，读者读到这里会停顿，应删去。\n"
        "不报的情形：标题、表格行等不是正文句子的行（没有逗号、句号、顿号、分号）；字距排开的标签（“目 录”“名 称：”）；"
        "空格在两个词之间（“部门职责 负责……”）；全文空格很多、显然是程序排版（PDF 两端对齐）留下的文本"
        "（其中词语被拆开两处以上的，是转换时原文行末留下的空格，只在第一处报一次并给出总数，其余各处列为提示）。\n"
        "年份与“年”之间（“会议指出，2022 年，”）、月份数字与“月”之间（“5 月10日”，全文日期至少同样多是连写的）、文号的序号与“号”之间（“〔2019〕8 号”）、文号的机关代字与年份之间（“某党发 〔2016〕2号”）、文件自身标题“关于”之后（“关于对第十八届 人民代表大会……建议的答复函”）、句中引号的前后（“秉持 “……” 的”）"
        "多了空格的，也在此报告；文中多数百分数紧接“%”、同一段里两种写法都有时，百分数与“%”之间的空格（“增长7.7 %”）也报告；全文数字前后都留空格（排版习惯）的不报。\n"
        "示例：“组织协 调预案演练”应为“组织协调预案演练”。"
    ),
    flag=FLAG,
    keep=KEEP,
)

# A space between two Chinese characters; up to two, as a copy writes them (a full-width space counts).
# The pattern opens on the blank so that the engine skips to it (a literal space where the text has no U+3000,
# stray_spaces.blank_led); the Chinese character before it is read by hand.
_GAP = blank_led(r"[ \u3000]{1,2}(?=[\u4e00-\u9fff])")
# A half-width page writes its clause marks in ASCII (…规定的通知》(诸编【2002】18号),诸暨市…): a comma before a digit
# is a figure's thousands separator, not a clause mark.
_CLAUSE_MARK = regex_cache.compile(r"[，。；、;]|,(?![\d\s])")
MIN_LINE = 16  # characters of a prose line
SIDE = 6  # characters read on each side of the space
JOIN_FREQ = 50  # a word this common in jieba's dictionary is a word, not a chance pair
# A set phrase of four characters or more (有章可循, 井然有序) is rare in the dictionary's counts yet no chance run of
# two words: the segmenter reads it across the blank only where all its characters stand there.
IDIOM_LENGTH, IDIOM_FREQ = 4, 5
PAIR_FREQ = 1000  # two characters at the seam this common are one word even where the segmenter reads longer
MIN_WRAPPED = 2  # words parted in a laid-out copy's prose before its blanks are read as a converter's line ends
DENSE_SHARE = 4  # a blank for every fourth character or more: a copy spaced everywhere, told once
TITLE_MAX = 40  # characters of a title's or a heading's line
TITLE_TERM = 6  # characters of a standard term a title's blank parts
TITLE_SIDE = 12  # characters read on each side of a title's blank
MAX_SPACES = 8  # more spaces between Chinese characters than this (plus one per 2,000 characters): a laid-out copy


def _side(text: str, lo: int, hi: int, start: int, step: int, most: int = 0) -> str:
    """Up to SIDE (or ``most``) Chinese characters of ``text[lo:hi]`` from ``start`` going ``step`` (-1 left, +1 right)."""
    out = []
    i = start
    most = most or SIDE
    while len(out) < most and lo <= i < hi and is_han(text[i]):
        out.append(text[i])
        i += step
    return "".join(reversed(out)) if step < 0 else "".join(out)


# Fixed connectives the segmenter reads as two words (特别/是): a space inside one parts a phrase no writer parts
# (习近平新时代中国特色社会主义思想特别 是习近平法治思想), and no heading ends on 特别 or 尤其 to run into its text.
# The party congresses' names are read so too (党/的/二十大): a space after 党 parts a name no writer parts
# (全面贯彻党 的二十大精神).
_CONNECTIVES = ("特别是", "尤其是", "也就是说", "党的十八大", "党的十九大", "党的二十大", "党的二十一大")


def _word_across(left: str, right: str) -> tuple[str, int]:
    """The word that holds the seam between ``left`` and ``right``, and how many of its characters stand
    left of it: a domain word of three or more characters, else the segmenter's word across the seam when
    the dictionary knows it well, else, where the segmenter does read a word across it, the two characters
    at the seam when they are a frequent word (组织协 调: jieba reads 组织协调, a rare entry, but 协调 is
    common; 全部实现 在 is read 实现/在, so 现在 is no word there). ("", 0) when none."""
    term = term_across(left, right)
    if term[0]:
        return term
    for phrase in _CONNECTIVES:
        for k in range(1, len(phrase)):
            if left.endswith(phrase[:k]) and right.startswith(phrase[k:]):
                return phrase, k
    pos = 0
    for word in get_segmenter().lcut(left + right, HMM=False):
        if pos < len(left) < pos + len(word):
            if freq(word) >= (IDIOM_FREQ if len(word) >= IDIOM_LENGTH else JOIN_FREQ):
                return word, len(left) - pos
            pair = left[-1] + right[0]
            return (pair, 1) if freq(pair) >= PAIR_FREQ else ("", 0)
        pos += len(word)
    return "", 0


# Two-character headings that layouts letter-space (目 录, 摘 要, 前 言, 附 件).
_LIST_MARKS = frozenset("、，；,;")
_SPACED_LABELS = frozenset(("目录", "摘要", "前言", "附件", "附表", "说明", "正文"))
_SIZE_BUTTONS = regex_cache.compile(r"大[ \u3000]中[ \u3000]小")


# The stray spaces of gen.check.stray_spaces other than after a quote, each with its message ({} is what it reads).
_SPACE_MESSAGES = (
    (year_spaces, "年份“{}”中间多了空格（全文年份多紧接“年”字），应删去空格。"),
    (doc_number_spaces, "文号“{}”的序号与“号”之间多了空格，发文字号应连写，应删去空格。"),
    (doc_code_spaces, "文号“{}”的机关代字与年份之间多了空格，发文字号应连写，应删去空格。"),
    (around_quotes, "引号{}前后都多了空格，引号里的话是句子的一部分，应紧接前后的字，应删去空格。"),
    (before_quotes, "{}之前多了空格，引号里的词是句子的一部分，应紧接前面的字，应删去空格。"),
    (before_figures, "“{}”前面多了空格（全文数字都紧接前面的字），应删去。"),
    (partial(before_figures, both=True), "“{}”前后都多了空格，句中的数字应紧接前后的字和单位，应删去空格。"),
    (month_spaces, "日期“{}”的“年”与月份之间多了空格（全文日期多连写），应删去空格。"),
    (month_figure_spaces, "日期“{}”的月份数字与“月”之间多了空格（全文日期至少同样多是连写的），应删去空格。"),
    (after_figures, "“{}”中间多了空格（全文数字都紧接后面的单位），应删去。"),
    (mixed_rates, "“{}”中间多了空格（文中多数百分数紧接“%”，同一段里两种写法都有），应删去。"),
    (before_marks, "标点“{}”前面多了空格，标点应紧跟在前面的字后，应删去空格。"),
    (before_closing_brackets, "“{}”的后括号前面多了空格（前括号紧接括号里的字），应删去空格。"),
    (lambda text: title_bracket_blanks(text, _in_title),
     "文件名中“{}”多了空格：书名号里的标题是一个整体，括号应紧接前面的词，应删去空格。"),
    (in_item_marks, "标题序号“{}”的数字与顿号之间多了空格，顿号应紧跟序号，应删去空格。"),
    (after_list_marks, "“{}”顿号后面多了空格，列举的下一项应紧跟顿号，应删去空格。"),
    (after_heading_marks, "标题“{}”的序号顿号后面多了空格（其余标题的顿号都紧接标题），应删去空格。"),
    (clock_spaces, "时刻“{}”的冒号后面多了空格（文中别处时刻连写），应删去空格。"),
    (after_marks, "“{}”标点后面多了空格（全文标点后都不留空格），下文应紧跟标点，应删去空格。"),
)


# What a layout sets a blank after: a regulation's article number (第三条 “两依”状况评估…) and a newspaper's dateline
# (本报讯 3月19日); on a page flattened to one line, a signature's date (县人民政府 2021年12月28日 “十四五”时期…) and a
# heading run in after a blank ( (一)“十三五”期间工作成效 “十三五”期间…): their own blank, not a stray one in a sentence.
_LAYOUT_BEFORE = regex_cache.compile(r"(?:第[一二三四五六七八九十百零〇两\d]{1,6}条|本报讯|本网讯|\d{1,2}月\d{1,2}日"
                                     r"|[ \u3000][（(][一二三四五六七八九十]{1,3}[)）][^，。；,;：:\s]{1,30})$")


def _bracketed(text: str, opening: int, closing: int) -> bool:
    """Whether a two-character word stands alone in brackets right after a character (管理办法(试 行)》): a title's
    qualifier, read with the title, not a label a layout letter-spaces."""
    return opening > 0 and text[opening] in "(（" and text[closing] in ")）" and is_han(text[opening - 1])


def _phrase_spaces(text: str):
    """The stray spaces that part no word (gen.check.stray_spaces): after a quoted word, before a figure."""
    for s, e, quoted in after_quotes(text):
        kind = "书名号里的文件名" if quoted.startswith("《") else "引号里的词"
        yield Finding(s, e, RULE.code, RULE.severity,
                      f"{quoted}之后多了空格，{kind}是句子的一部分，句子接着往下写，应删去空格。", None)
    told = set()
    for spaces, message in _SPACE_MESSAGES:
        for s, e, what in spaces(text):
            if (s, e) not in told and not _LAYOUT_BEFORE.search(text, max(0, s - 40), s):
                # a year spaced from 年 is a figure spaced from its unit too: told once
                told.add((s, e))
                yield Finding(s, e, RULE.code, RULE.severity, message.format(what), None)


def check(ctx):
    text = ctx.text
    if " " not in text and "\u3000" not in text:
        return
    gaps, titles = [], {}
    seen = 0
    for m in near_needles(for_text(_GAP, text), text):  # the same matches, tried near what each needs (gen.core.regex_needles)
        s = m.start()
        if s == 0 or not is_han(text[s - 1]):
            continue
        seen += 1
        lo, hi = line_around(text, s)
        line = text[lo:hi]
        if len(line.strip()) < MIN_LINE or not _CLAUSE_MARK.search(line) or "|" in line or "\t" in line:
            titles.setdefault(lo, []).append((m, hi))  # not prose: a heading, a table row, a menu
            continue
        gaps.append((m, lo, hi))
    # Many spaces: a laid-out copy, unless all but one stand outside the prose (a web copy's menu and
    # breadcrumb); a second space in the prose of such a copy is as likely the layout's.
    laid_out = seen > MAX_SPACES + len(text) // 2000
    if not laid_out:
        yield from _phrase_spaces(text)
        yield from _title_terms(text, titles)
        yield from _heading_title_blanks(text, titles)
        for s, e in title_joins(text, titles):  # 工作总结 和2024年工作思路 (gen.check.listed_spaces)
            yield Finding(s - 1, e + 1, RULE.code, RULE.severity, *join_said(text, s, e))
    if not gaps:
        return
    found = list(_word_gaps(text, gaps))
    if not laid_out or len(gaps) == 1:
        yield from found
    elif len(found) >= MIN_WRAPPED:
        dense = len(gaps) * DENSE_SHARE > sum(map(is_han, text))
        yield from _wrapped(text, found, [] if dense else list(_phrase_spaces(text)), dense)


def _title_terms(text: str, titles: dict):
    """A blank inside a long standard term of a title or a heading (表四：财政拨款收入支出 决算总表): the line's only
    blank between characters, the line short, the term TITLE_TERM characters or more across it. A menu or a table row
    spaces several cells (首页 财政资金 信息公开), and two fields of a page's metadata may join into a short term
    (财政信息 公开责任部门: 信息公开); a long term is one name."""
    for lo, found in titles.items():
        if len(found) != 1:
            continue
        m, hi = found[0]
        if hi - lo > TITLE_MAX or "|" in text[lo:hi] or "\t" in text[lo:hi]:
            continue
        left = _side(text, lo, hi, m.start() - 1, -1, TITLE_SIDE)
        word, before = term_across(left, _side(text, lo, hi, m.end(), 1, TITLE_SIDE))
        if len(word) >= TITLE_TERM:
            yield Finding(m.start() - before, m.end() + len(word) - before, RULE.code, RULE.severity,
                          f"“{word}”中间多了空格，应删去。", word)


# A document's own title on its line: 关于, then the matter, closing on the document's genre (…关于对…第0038号建议的答复函).
_TITLE_LINE = regex_cache.compile(
    r"[^\n，。；;,]{0,30}关于[^\n，。；;,]{4,80}(?:答复函|复函|答复|报告|说明|总结|通知|意见|方案|批复|请示|决定|规划|计划)"
    r"(?=[ \t\u3000]*$|浏览|阅读|点击|发布|来源|字体|【)")  # a page's counter or buttons may be run on after it
TITLE_LINE_BLANKS = 2  # blanks a title's line may hold; more are a page's menu or a table row


def _heading_title_blanks(text: str, titles: dict):
    """A blank between two characters of a document's own title line after its 关于 (镇康县第十八届 人民代表大会, 第0038号
    建议的答复函): the matter 关于 opens is one phrase, as a 《》 title's is, and layout parts no word in it. A blank
    before 关于 may part joint issuers (某县委 某县人民政府关于…), and one at an issuer's end or before an office's
    name is left alone as in a 《》 title (``_in_title``)."""
    for lo, found in titles.items():
        hi = found[0][1]
        line = _TITLE_LINE.match(text, lo, hi)
        if line is None:
            continue
        found = [m for m, _ in found if m.start() < line.end()]
        if len(found) > TITLE_LINE_BLANKS:
            continue
        about = text.find("关于", lo, hi)
        for m in found:
            s, e = m.start(), m.end()
            if s < about or text[s - 1] in _ISSUER_ENDS or _ISSUER_NEXT.match(text, e):
                continue
            near = text[max(about + 2, s - 4):s] + text[s:min(hi, e + 3)]
            yield Finding(s - 1, e + 1, RULE.code, RULE.severity,
                          f"标题中“{near}”多了空格：“关于”引出的事由是一个整体，应删去空格，"
                          f"写作“{near.replace(' ', '').replace(chr(0x3000), '')}”。", text[s - 1] + text[e])


def _wrapped(text: str, found: list, phrases: list, dense: bool):
    """A laid-out copy's blanks inside words: a converter that kept each of the page's line ends as a blank (市气象局的
    正 确领导, 以加快气象现 代化建设) parts a word wherever a line broke. Each is a slip to mend, but one finding
    per line of the page would bury the report: the first carries the count, the rest are hints, as P001 reports a
    page's half-width marks; the same line ends part a figure from its unit (预警7 次) or a quote from its clause, hints
    too. A copy that spaces its characters everywhere (a PDF's justified lines) is told once."""
    first = found[0]
    spaced = text[first.start:first.end]
    joined = spaced.replace(" ", "").replace("\u3000", "")
    yield Finding(first.start, first.end, RULE.code, RULE.severity,
                  f"正文有{len(found)}处词语被空格拆开（此为第一处：“{spaced}”应为“{joined}”），多是转换时原文行末留下的空格，"
                  "应逐一删去。", first.suggestion)
    if not dense:
        for f in found[1:] + phrases:
            yield Finding(f.start, f.end, RULE.code, "info", f.message, f.suggestion)


_BINDS_NEXT = frozenset("的对把将")  # a particle or a preposition that never ends a phrase: its word follows at once


def _word_gaps(text: str, gaps: list):
    """W034's findings on the prose blanks ``gaps`` ((match, line start, line end)): the word each parts."""
    for m, lo, hi in gaps:
        s, e = m.start(), m.end()
        if title_then_body(text, e):
            continue  # 。二、组织机构建设 成立了以书记、镇长为组长，: a heading run into its line, its blank before the body
        # letter spacing: one character on each side with no Chinese character beyond it (目 录, 张 伟，),
        # unless the two make a frequent word between clause marks (审核、申 报；)
        if (s - 2 < lo or not is_han(text[s - 2])) and (e + 1 >= hi or not is_han(text[e + 1])):
            if not (s - 2 >= lo and e + 1 < hi and (
                    text[s - 2] in _LIST_MARKS and text[e + 1] in _LIST_MARKS and freq(text[s - 1] + text[e]) >= PAIR_FREQ
                    or _bracketed(text, s - 2, e + 1) and freq(text[s - 1] + text[e]) >= JOIN_FREQ)):
                continue
        if text[s - 1] + text[e:e + 1] in _SPACED_LABELS:
            continue  # 目 录, 摘 要: a heading letter-spaced by its layout, even where a flattened page runs text after it
        if _SIZE_BUTTONS.match(text, max(lo, s - 3)):
            continue  # 文字大小: 大 中 小: a page's font-size buttons, their links lost
        left = _side(text, lo, hi, s - 1, -1)
        right = _side(text, lo, hi, e, 1)
        word, before = _word_across(left, right)
        if word:
            yield Finding(s - before, e + len(word) - before, RULE.code, RULE.severity,
                          f"“{word}”中间多了空格，应删去。", word)
        elif text[s - 1] in _BINDS_NEXT and s - 2 >= lo and is_han(text[s - 2]) and is_han(text[e]):
            # the particle 的 binds the words on both sides into one phrase (关爱力度的 提案), a preposition its object
            # (参会人员对 各党组织书记): no word ends the phrase there, so a blank after it in prose is a slip even
            # where no dictionary word spans it
            said = text[s - 1]
            yield Finding(s - 2, e + 2, RULE.code, RULE.severity,
                          f"“{text[s - 2:e + 2]}”中“{said}”后面多了空格，“{said}”应紧接后面的词，应删去空格。", None)
        elif joined_after(text, s, e, hi):  # 交叉审核 和全国工商联复核: a blank before 和 glued to its next word
            yield Finding(s - 1, e + 1, RULE.code, RULE.severity, *join_said(text, s, e))
        elif listed := list_blank(text, lo, hi, s, e):  # 收藏、常规 展览和…、: inside a list run with 、 no blank parts words
            said = (f"“{text[listed[0]:listed[1]]}”中“等”后面多了空格，“等”应紧接它所概括的词，应删去空格。"
                    if text[s - 1] == "等" else
                    f"“{text[listed[0]:listed[1]]}”在“、”连起的列举中夹了空格：同一项的词语应连写，"
                    "应删去空格（若是两项，应改用“、”隔开）。")
            yield Finding(listed[0], listed[1], RULE.code, RULE.severity, said, None)
        elif title := _in_title(text, lo, hi, s, e):
            yield _title_blank(text, s, e, title)


# The last character of an issuer's name: a title parts its joint issuers with a blank (《中共中央 国务院关于…》,
# 《某县委办公室 某县人民政府办公室关于…》), and that blank is the standard writing.
_ISSUER_ENDS = frozenset("央院委府部厅局室会署办行盟团联社处站所心司")
# A body's name after the blank: the blank parts an issuer (a place or a site's planted word) from its office.
_ISSUER_NEXT = regex_cache.compile(r"(?:办公室|办公厅|人民政府|委员会|政府|党委)")
TITLE_REACH = 60  # characters from 《 to the blank and from the blank to 》
# A document's genre closing its title (实施方案, 通知, 办法): an official document's title is one name; an article's or
# a book's headline parts its slogans with blanks (《牢记使命 砥砺前行》) and is left alone.
_DOCUMENT_END = regex_cache.compile(
    r"(?:方案|办法|通知|意见|规定|细则|规划|计划|决定|条例|纲要|制度|批复|要点|清单|指南|规则|决议|公告|通告)[）)]?$")


def _title_blank(text: str, s: int, e: int, title: tuple[int, int]) -> Finding:
    """The finding on a blank inside a document's title, quoting the words on its two sides."""
    a, b = s - 1, e + 1
    while a > max(title[0] + 1, s - 4) and is_han(text[a - 1]):
        a -= 1
    while b < min(title[1], e + 3) and is_han(text[b]):
        b += 1
    near = text[a:b]
    return Finding(s - 1, e + 1, RULE.code, RULE.severity,
                   f"文件名中“{near}”多了空格：书名号里的标题是一个整体，应删去空格，"
                   f"写作“{near.replace(' ', '').replace(chr(0x3000), '')}”。", text[s - 1] + text[e])


def _in_title(text: str, lo: int, hi: int, s: int, e: int) -> tuple[int, int] | None:
    """A blank between two characters inside a 《》 document title of the prose (《…推进产业 发展…工程实施方案》) that
    no issuer's name ends at: a document's title is one name and holds no blank, so the blank is a slip even where it
    falls between two words (W034 leaves those alone in running prose, where a reader barely stops on them)."""
    if not (is_han(text[s - 1]) and e < hi and is_han(text[e])) or text[s - 1] in _ISSUER_ENDS \
            or _ISSUER_NEXT.match(text, e):
        return None
    opening = text.rfind("《", max(lo, s - TITLE_REACH), s)
    closing = text.find("》", e, min(hi, e + TITLE_REACH))
    if opening >= 0 and closing >= 0 and "》" not in text[opening:s] and "《" not in text[e:closing] \
            and _DOCUMENT_END.search(text, max(opening, closing - 6), closing):
        return opening, closing
    return None
