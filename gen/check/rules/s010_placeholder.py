"""S010: a placeholder left in the report (【待补充：…】, XXX, ×××, □□, 【 】, {{ }}).

The generator marks what the data could not supply with 【待补充：…】; drafters
leave XXX or ×××. A report submitted with one of them is unfinished. Info by
default: in the generator's own self-check a placeholder is expected (the
officer fills it in), and a reviewer still sees it in ``jixiao check``.

A placeholder that stands for the report's year or body in a template's own
text (XXXX部门, 20XX年, ××年度, ××部门/单位) is W019's (template-leftover, a
warning): when W019 runs, S010 leaves the spans W019 reports, so one defect
gets one finding. The generator's 【待补充：…】 and a bare XXX for a figure stay here.
"""

from __future__ import annotations

from typing import Iterable

from ..context import CheckContext
from ..finding import Finding
from ..ordered_lists import sequences
from ...core import placeholders
from ..registry import Rule
from ._s010_examples import FLAG, KEEP
from .. import template_text
from .. import unspaced
from ...core import regex_cache
from ...core.regex_needles import finditer as near_needles  # the same matches, tried near the pattern's needles

# One star between two Chinese characters (建强*教育, 推进*等合作项目): a placeholder where the text already masks its
# figures and names with stars in the forms read above (at least STARS_SEEN of them, of one star or a run: **县, ***新时代);
# elsewhere a mask as well (see _STAR_REFERRED), or a guiding thought's name with one character starred (a warning).
# The star first, its left neighbour read back from it: re skips to the stars, where a lookbehind first was tried at
# every character of the text (3 ms on 300,000 characters); the same matches.
_LONE_STAR = regex_cache.compile(r"\*(?<=[\u4e00-\u9fff]\*)(?=[\u4e00-\u9fff])")
STARS_SEEN = 2
# A star the text refers to as a mark (带*号的为必填项, 标*的指标, 加*者): no mask; where the text explains no star,
# any lone star between two Chinese characters is one even where it is the text's only star (市*和政协, 调研*余次, 新建*四中): no report writes a star
# inside a word, and in the annotated sets and the 400 unannotated pages every such star was a mirror's mask.
# A text that explains its stars anywhere (带 * 号的为必填项, a note line opening on *) uses them as marks: none is read as a mask.
# A star pointing the reader elsewhere (重点项目*详见附表): a note's mark.
_STAR_POINTS = regex_cache.compile(r"\*(?:详见|参见|见|注)")
_STAR_REFERRED = regex_cache.compile(r"[带标加打注含有][ \u3000]?\*|\*[ \u3000]?[号者]|(?:^|\n)[ \u3000]*\*")
# One star set off by a blank before it and run into the word after (生态 *贡献, 端州、 *的团员, 活动 *”纪念): a mirror's mask
# of a name or a figure, the page's converter leaving the blank; at least STARS_SEEN of them in the text, since one
# alone may be an aside's mark. A star referred to (带 * 号) has a blank after it, Markdown's bold two stars.
_SPACED_STAR = regex_cache.compile(r"\*(?<=[\u4e00-\u9fff，,、。；：:“”][ \u3000]\*)(?!\*)(?=[\u4e00-\u9fff”])")
# One underscore between two Chinese characters (全面深化医疗_改革, 做好重点人群_工作): a masked word where the text
# already leaves blanks as underscores in the forms read above (做好_、重点场所, 党的_大); elsewhere a web page's title
# may join its parts with one (党建工作总结_医院党建工作总结范文).
# A reply letter's template addressing one or many at once (你(们)提出的建议, 感谢您（们）): the writer keeps one.
_EITHER_NUMBER = regex_cache.compile(r"你[（(]们[）)]|您[（(]们[）)]")
_LONE_UNDERSCORE = regex_cache.compile(r"(?<=[\u4e00-\u9fff])_(?=[\u4e00-\u9fff])")
# Two or three stars inside a sentence, a Chinese character or a mark on each side (今年以来,**团区委以, 在**高质量发展,
# 骑行·**、**·**): a mirror's mask of a name even where the forms read above find none; in the annotated sets and the
# 400 unannotated pages every such run was one. Markdown's bold opens a line (**一、总体情况**): a text with a line
# opening on stars is read as Markdown and left to the forms above; inside a sentence, the runs of a line taken in
# pairs as Markdown pairs them, a pair round two to twenty characters that open on a word and hold no mark but a last
# one (，**年度目标**达成, 一是**落实主体责任，**) is bold; masks side by side hold one mark or one word (**、**, **和**).
_MID_STARS = regex_cache.compile(
    r"(?<=[\u4e00-\u9fff，,、。；;：:“”·])\*{2,3}(?!\*)(?=[\u4e00-\u9fff，,、。；;“”·])")
_BOLD_LINE = regex_cache.compile(r"(?:^|\n)[ \u3000]*\*\*")
_STAR_RUN = regex_cache.compile(r"\*+")
_BOLD_WORDS = regex_cache.compile(r"[^，,。；;、·：:*\s][^，,。；;、·：:*\n]{1,18}[，,。；;：:]?")
# Two to four X (x, ×) run into Chinese on both sides, or after an opening mark (美好XX提供, 具有XX特色, 《XX生态园, 喜迎XX大,
# 对XX河进行清障): a name left for the filler wherever the forms read above (XX村, XX万元 …) do not place it; in the
# annotated sets and the 400 unannotated pages every such run was one. A model's XX (XX型, XX系列) is a product's name.
_MID_XX = regex_cache.compile(
    r"(?<=[\u4e00-\u9fff《“（(])(?:[Xx]{2,4}|×{2,4})(?![Xx×])(?=[\u4e00-\u9fff])(?!型|系列)")
# One X, x or × run into Chinese (感谢关心x基层, 推进X国家陶瓷文化, 其中X大桥X米, 成功防御X号台风, 点位×个, 健康×行动): a
# placeholder where the text leaves at least STARS_SEEN of them; one alone may be a letter's use, X光, X射线, X型 name
# things, and a × beside a measured quantity is a product's sign (长×宽×高, 数量×单价, 面积×系数).
_MID_ONE_X = regex_cache.compile(
    r"(?<![A-Za-z0-9×])(?<=[\u4e00-\u9fff，、“《（(])(?:[Xx](?!光|射线|线|型)|(?<![长宽高价量数率积额度径])×(?![长宽高单价数面系权]))"
    r"(?![A-Za-z0-9×])(?=[\u4e00-\u9fff，。、”》])")
# An underscore after a word and before a clause's mark (一手抓发展，一手抓_，): the word it stands for was never written;
# a web page's title joins its parts with one between two words, never before a comma.
_UNDERSCORE_BEFORE_MARK = regex_cache.compile(r"(?<=[\u4e00-\u9fff])_{1,6}(?=[，,。；;、])")

RULE = Rule(
    code="S010",
    name="unfilled-placeholder",
    severity="info",
    summary="报告中留有未填写的占位内容",
    doc=(
        "检查什么：生成器留下的“【待补充：…】”，以及起草时常见的占位写法：XXX、×××、□□、空的【 】、{{ }}、"
        "201X年、X月XX日这类没填的日期，以及“行政编制 人”“平均得分 分”“报送日期： 年 月 日”这样空着的数字，"
        "“安排XX万元”“资金**万元”“*县财政局”“立项*省”“全区*多名教师”“推进*等项目”“x区农业农村局”“(20xx)5号”“应对x月中旬”“你(们)提出的建议”，“科*发展观”这样一个字被屏蔽符代替的指导思想名称（警告），“市*和政协”“调研*余次”这样两个汉字之间单独的屏蔽符（全文仅此一处也报；“带*号的”“标*的”这样说明标记的除外），“今年以来，**团区委”“骑行·**、**·**”这样句中的两三个屏蔽符（Markdown 加粗除外），“美好XX提供”“《XX生态园”这样夹在汉字间的XX（“XX型”“XX系列”除外），全文两处以上的“感谢关心x基层”这样的单个x，“一手抓_，”这样标点前的下划线，“xx某公司”“第x次”“上升xx.xx%”这样留着的占位，“占基本支出预算%，”“建筑面积平方米，”这样句中漏填的数字，小标题下一段只剩“万元。”（金额和句子缺失）。\n"
        "为什么：占位内容说明这里还缺数据或文字，留着提交的报告是未完成的。\n"
        "示例：“政府采购执行率为【待补充：政府采购执行情况】。”“我局于2023年X月XX日公开预算。”"
    ),
    flag=FLAG,
    keep=KEEP,
)


class _Moved:
    """A match of the plain view moved to the original text: the span there, the view's words and pattern."""

    def __init__(self, m, start: int, end: int):
        self.re, self._m, self._span = m.re, m, (start, end)

    def start(self) -> int:
        return self._span[0]

    def end(self) -> int:
        return self._span[1]

    def group(self, *names):
        return self._m.group(*names)


def _common(ctx: CheckContext) -> list:
    """The drafters' placeholders of the text, and those of its plain view where that differs: a Traditional
    mirror's page with pinyin readings (**鎮(zhèn)2021年, 美麗**, *縣) is read as Simplified without the readings,
    so the shapes written for Simplified text (**镇2021年, 美丽**, *县) find it; spans map back to the page."""
    found = list(placeholders.common(ctx.text))
    view = unspaced.plain_of(ctx)
    if view.text == ctx.text:
        return found
    seen = {(m.start(), m.end()) for m in found}
    for m in placeholders.common(view.text):
        s, e = view.span(m.start(), m.end())
        if (s, e) not in seen and not any(a <= s < b for a, b in seen):
            found.append(_Moved(m, s, e))
    return sorted(found, key=lambda m: m.start())


def _masked_name(text: str, at: int) -> tuple[str, str, str] | None:
    """The guiding thought's name (glossary/closed_lists.yaml: 科学发展观, 毛泽东思想 …) whose one character the star at
    ``at`` stands for (科*发展观), with the name as written and the character; None when the star sits in no such
    name. A warning, as L014's masked words: a political name the reader cannot get wrong."""
    for seq in sequences():
        for form in seq.index:
            for i in range(1, len(form) - 1):
                if at >= i and text.startswith(form[:i], at - i) and text.startswith(form[i + 1:], at + 1):
                    return form, f"{form[:i]}*{form[i + 1:]}", form[i]
    return None


def _after_name(text: str, at: int) -> bool:
    """The star at ``at`` follows a whole guiding thought's name (科学发展观*为指导): a footnote's mark, not a mask."""
    return any(text.endswith(form, 0, at) for seq in sequences() for form in seq.index)


def _lone_stars(text: str, taken: list, stars: int) -> Iterable[Finding]:
    """Each lone star between two Chinese characters outside the spans ``taken``: a placeholder where the text masks
    ``stars`` figures or names in the common forms, a guiding thought's masked character, or a mask on its own."""
    marks = _STAR_REFERRED.search(text) is not None
    for m in _LONE_STAR.finditer(text):
        if any(s <= m.start() < e for s, e in taken):
            continue
        if stars >= STARS_SEEN:
            yield Finding(m.start(), m.end(), RULE.code, RULE.severity,
                          "留有占位内容“*”（本文别处也以“*”代替数字、名称），请填写实际内容")
        elif (name := _masked_name(text, m.start())) is not None:
            yield Finding(m.start(), m.end(), RULE.code, "warning",
                          f"“{name[1]}”中的一个字被屏蔽符“*”代替，应为“{name[0]}”", name[2])
        elif not marks and not _after_name(text, m.start()) and not _STAR_POINTS.match(text, m.start()):
            yield Finding(m.start(), m.end(), RULE.code, RULE.severity,
                          "留有屏蔽符“*”（一个名称、数字或字被“*”代替），请还原实际内容")


def _bold_runs(text: str) -> set[int]:
    """The starts of the star runs that Markdown reads as bold: on each line the runs in pairs, first with second,
    third with fourth, and a pair round a few words (no mark or star but a last mark) between them."""
    bold: set[int] = set()
    opening = None
    for m in _STAR_RUN.finditer(text):
        if opening is not None and "\n" not in text[opening.end():m.start()]:
            if _BOLD_WORDS.fullmatch(text, opening.end(), m.start()):
                bold.update((opening.start(), m.start()))
            opening = None
        else:
            opening = m
    return bold


def _in_sentence(text: str, taken: list) -> Iterable[Finding]:
    """The masks and blanks inside a sentence that no form above placed, outside the spans ``taken`` (which grows):
    two or three stars (not Markdown's bold), two to four X, one X where the text has two or more, an underscore
    before a clause's mark."""
    stars = _MID_STARS.finditer(text) if "**" in text and _BOLD_LINE.search(text) is None else ()
    bold = _bold_runs(text) if stars else set()
    xs = _MID_XX.finditer(text) if ("X" in text or "x" in text or "×" in text) else ()
    blanks = _UNDERSCORE_BEFORE_MARK.finditer(text) if "_" in text else ()
    ones = [m for m in _MID_ONE_X.finditer(text) if not any(s <= m.start() < e for s, e in taken)] if xs else []
    ones = ones if len(ones) >= STARS_SEEN else ()
    for found, message in ((stars, "留有屏蔽符“{}”，请还原实际内容"), (xs, "留有占位内容“{}”，请填写实际内容"),
                           (ones, "留有占位内容“{}”，请填写实际内容"),
                           (blanks, "留有占位内容“{}”，这里缺了文字，请填写实际内容")):
        for m in found:
            if m.start() not in bold and not any(s <= m.start() < e for s, e in taken):
                taken.append((m.start(), m.end()))
                yield Finding(m.start(), m.end(), RULE.code, RULE.severity, message.format(m.group()))


def check(ctx: CheckContext) -> Iterable[Finding]:
    text = ctx.text
    taken = [(h.start, h.end) for h in template_text.hits(ctx)] if template_text.reported(ctx) else []
    for m in near_needles(placeholders.OURS, text):
        taken.append((m.start(), m.end()))
        yield Finding(m.start(), m.end(), RULE.code, RULE.severity, f"尚待补充：{m.group('what')}")
    stars = underscores = 0
    for m in _common(ctx):
        if any(s <= m.start() < e for s, e in taken):
            continue
        taken.append((m.start(), m.end()))
        if m.re is placeholders.TITLE_BARE:
            yield Finding(m.start(), m.end(), RULE.code, RULE.severity,
                          f"标题开头的“{m.group()}”没有写地名（级次后直接接年份），请补上县、市、镇的名称")
            continue
        yield Finding(m.start(), m.end(), RULE.code, RULE.severity, f"留有占位内容“{m.group()}”，请填写实际内容")
        stars += not m.group().strip("*")  # a mask of stars (*, **, ***县): the text masks with stars
        underscores += "_" in m.group()
    if "*" in text:
        yield from _lone_stars(text, taken, stars)
    yield from _in_sentence(text, taken)
    for m in _EITHER_NUMBER.finditer(text) if "们" in text else ():
        yield Finding(m.start(), m.end(), RULE.code, RULE.severity, f"留有模板的“{m.group()}”，应按实际写作“你们”或“你”（“您”）")
    spaced = [m for m in _SPACED_STAR.finditer(text) if not any(s <= m.start() < e for s, e in taken)] if "*" in text else []
    for m in spaced if len(spaced) >= STARS_SEEN else ():
        yield Finding(m.start(), m.end(), RULE.code, RULE.severity, "留有屏蔽符“*”（本文多处以空格加“*”代替名称、数字），请还原实际内容")
    if underscores:
        for m in _LONE_UNDERSCORE.finditer(text):
            if not any(s <= m.start() < e for s, e in taken):
                yield Finding(m.start(), m.end(), RULE.code, RULE.severity,
                              "留有占位内容“_”（本文别处也以“_”代替文字），请填写实际内容")
    for m in placeholders.blanks(text):
        if m.re is placeholders.BLANK_LIST or m.re is placeholders.BLANK_LIST_BEFORE_PART:
            message = f"“{m.group()}”之后没有列出内容，列举的各项未填写，请补上"
        elif m.re is placeholders.BLANK_FIELD:
            message = f"“{m.group('label')}”一栏没有填写（其后紧接下一栏或行尾），请填写"
        elif m.re is placeholders.BLANK_SERIAL:
            message = f"文号“{m.group().strip()}”只写到年份，序号和“号”没有填写，请补上"
        elif m.re is placeholders.BLANK_NAMED_SHARE or m.re is placeholders.BLANK_BARE_SHARE:
            message = f"“{m.group()}”中“%”前的比例数字没有填写，请填写实际比例"
        elif m.re is placeholders.BLANK_BASE_SHARE:
            message = f"“{m.group()}”之后缺了比例数字和“%”，句子不完整，请写作“{m.group()}X%”"
        elif m.re is placeholders.BLANK_LINE_UNIT:
            message = f"这一段只剩“{m.group().strip()}”，前面的金额和句子缺失，请补上"
        elif m.re is placeholders.BLANK_YEAR_MONTH:
            message = f"“{m.group()}”缺少年份、月份的数字（应写作“2010年3月”“1至10月”这样），请按原文件补上"
        elif m.re is placeholders.BLANK_AREA:
            message = f"“{m.group()}”中面积的数字没有填写，请填写实际面积"
        elif m.re is placeholders.BLANK_LEVEL:
            message = f"“{m.group()}”括号内空着，模板留给另一级名称的位置未填写（如“县（区）”），请填写或删去括号"
        else:
            message = f"“{m.group()}”之间的数字未填写，请填写实际数字"
        yield Finding(m.start(), m.end(), RULE.code, RULE.severity, message)
