"""P008: a term quoted in one place and written bare in another (“三公”经费 … 三公经费).

Official writing quotes a short coined term used as a modifier: “三公”经费,
“十四五”规划, “放管服”改革. Which form is right is a house-style question, but
one text that writes both has a slip, and the reviewer sees it at once in a
table list ("九、财政拨款“三公”经费支出决算表" above "七、财政拨款三公经费支出决算情况说明").
The rule learns the quoted forms from the text itself, so it needs no word
list: a quoted term of two to six characters directly followed by a Chinese
character (the noun it modifies) is a pattern; the same term and noun written
without the quotes elsewhere in the same text is reported. A five-year plan's period (十四五) is quoted
wherever the State Council writes it: written bare in a text that never quotes it, it is told too (at info). Terms inside a
book title (《…》) are cited as they were published and are left alone.
The rule reports at info: either form alone is acceptable house style, and a
reviewer may judge the mix a matter of polish (one of the hand-annotated
real reports counts it as correct text). One term is the exception: the Ministry of
Finance's 决算 template itself writes “三公”经费, so where a text quotes it at least as
often as it leaves it bare, the bare ones are slips and are reported as warnings. A bare one in
the template's own title (财政拨款三公经费支出决算表) is this rule's where the text quotes the
term elsewhere (the slip is the mix) and T001's only where it never does (glossary/terms.yaml,
unless_text_has): one finding per slip, from the rule that names it most exactly.

The text is read through the shared view (gen.check.unspaced) that T001 reads: a mirror site's copy in
Traditional characters with pinyin readings (財(cái)政撥款“三公”經(jīng)費(fèi)支出決算表 above
撥款三公經(jīng)費(fèi)支出決算情況說明) holds the same mix, which the reading inside the noun hides from the raw text.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from ...core import regex_cache, text_pairs
from ...core.regex_needles import finditer as near_needles
from .. import unspaced
from ..finding import Finding
from ..page_chrome import in_trail
from ..registry import Rule

RULE = Rule(
    code="P008",
    name="quote-consistency",
    severity="info",
    summary="同一词语一处加引号、一处不加",
    doc=(
        "检查什么：同一篇文字中，一处写“三公”经费、“十四五”规划（加引号），另一处却写三公经费、十四五规划（不加引号）。\n"
        "为什么：同一词语的写法应前后一致；公文中这类简称通常加引号。\n"
        "五年规划的简称（十四五）全文都不加引号的，也按提示报告。\n"
        "不报的情形：全文都不加引号或都加引号（五年规划的简称除外）；书名号内引用的文件名照录；网页导航（当前位置：首页 > …）中的栏目名；"
        "全文不加引号时，决算模板标题里的（财政拨款三公经费支出决算表）由 T001 报告。"
        "“三公”经费是财政部决算模板的写法：文中加引号的不少于不加的，不加引号的按警告报告，其余按提示报告。\n"
        "示例：标题写“财政拨款“三公”经费支出决算情况说明”，正文却写“本年三公经费支出12.00万元”，后者应加引号。"
    ),
    flag=(
        "七、财政拨款“三公”经费支出决算情况说明\n本年三公经费支出12.00万元。\n八、财政拨款“三公”经费支出决算表\n",
        "七、财政拨款三公经费支出决算情况说明\n八、财政拨款“三公”经费支出决算表\n",
        "全面落实“十四五”规划目标任务。编制十四五规划中期评估报告。\n",
        # a list of quoted terms before one shared noun: the first term modifies that noun too
        "落实“四保”、“五统”任务，围绕四保任务做好解读。\n",
        "一、十二五工作总结\n“十二五”期间，全市完成投资120亿元。\n",  # the period quoted before another noun
        "三、十四五期间卫生健康发展规划\n",  # a plan's period the text never quotes
        # the trail's last crumb is the page's own title: the report's wording, read
        "首页 > 信息公开 > 某县民政局2022年度三公经费支出情况说明\n七、财政拨款“三公”经费支出决算情况说明\n",
        # a mirror copy in Traditional characters with pinyin readings: read through the view
        "七、一般公共預(yù)算財(cái)政撥款“三公”經(jīng)費(fèi)支出決算表\n八、財(cái)政撥款三公經(jīng)費(fèi)支出決算情況說明\n"
        "本單位項目資金由財政撥款，實際支出與預算一致，資金使用規範，會計核算和財務管理制度健全，設備數據真實，"
        "部門對資金發放進行了審核，為單位職工會議開設了報告。\n",
    ),
    keep=(
        "七、财政拨款“三公”经费支出决算情况说明\n九、财政拨款“三公”经费支出决算表\n",
        # an age's range and a number, not a plan's period; a plan's name cited in its title as published
        "吸纳三十四五岁的青年，一百一十五人参加。依据《某县十四五规划纲要》执行。\n",
        "本年三公经费支出12.00万元，三公经费同比下降。\n",
        "落实“四保”、“五统”任务，围绕四保工作和五统要求做好解读。\n",  # another noun: not the listed pair
        "全面落实“十四五”规划目标任务。依据《某县十四五规划纲要》执行。\n",
        "“十二五”期间全市完成投资。\n十三五工作总结\n",  # 十三五 is never quoted in this text
        # a site's column name on the page's navigation trail, not the report's wording
        "当前位置：首页 > 预决算及三公经费 > 某县民政局2022年度部门决算\n七、财政拨款“三公”经费支出决算情况说明\n",
        # the trail ends on the column itself (the site's 部门预决算及三公经费), not on the report's title
        "首页 > 信息公开 > 财政资金 > 部门财政预决算及三公经费\n七、财政拨款“三公”经费支出决算情况说明\n",
    ),
)

# A quoted term (2-6 characters, Chinese or digits) used as a modifier: the noun follows at once.
_QUOTED = regex_cache.compile(r"“([\u4e00-\u9fff0-9]{2,6})”([\u4e00-\u9fff]{2})")
# Quoted terms listed before one shared noun (“六稳”、“六保”目标): each modifies that noun (六稳目标), though only
# the last stands next to it.
_QUOTED_LIST = regex_cache.compile(
    r"“[\u4e00-\u9fff0-9]{2,6}”(?:[、和与及]“[\u4e00-\u9fff0-9]{2,6}”){1,4}([\u4e00-\u9fff]{2})")
_LIST_TERM = regex_cache.compile(r"“([\u4e00-\u9fff0-9]{2,6})”")
_TITLE = regex_cache.compile(r"《[^《》\n]{1,80}》")
_QUOTES = "“”\"'‘’「」『』"
# Terms whose quoted form is the template's own (财政拨款“三公”经费支出决算表): bare ones are slips when in the minority.
_TEMPLATE_QUOTED = ("三公经费",)


def _titles(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _TITLE.finditer(text)]


def _in_title(titles: list[tuple[int, int]], starts: list[int], s: int, e: int) -> bool:
    """Whether [s, e) lies inside one of ``titles`` (finditer's: in order, disjoint, so only the last one
    starting at or before ``s`` can hold it): a bisection, not a pass over every title for every mention."""
    k = bisect_right(starts, s) - 1
    return k >= 0 and e <= titles[k][1]


def _on_trail(text: str, at: int) -> bool:
    """Whether ``at`` lies on the page's navigation trail (a site column named 预决算及三公经费), the last
    crumb included when it names a column, not the page (page_chrome.in_trail)."""
    return in_trail(text, at)


def check(ctx):
    if "“" not in ctx.text:
        yield from _never_quoted(ctx.text, _titles(ctx.text) if "《" in ctx.text else [])
        return
    view = unspaced.of(ctx)
    text = view.text
    forms = {}
    for m in _QUOTED.finditer(text):
        forms.setdefault(m.group(1) + m.group(2), m.group(1))
    if "”、“" in text or "”和“" in text or "”与“" in text or "”及“" in text:
        for m in _QUOTED_LIST.finditer(text):
            for t in _LIST_TERM.finditer(text, m.start(), m.start(1)):
                forms.setdefault(t.group(1) + m.group(1), t.group(1))
    titles = _titles(text)
    title_starts = [lo for lo, _ in titles]
    yield from _bare_plans(view, titles, title_starts, forms)
    if not _PLAN.search(text):
        # the unspaced view is the text itself when it held no blanks to drop: its titles are these
        yield from _never_quoted(ctx.text, titles if text == ctx.text else _titles(ctx.text))
    if not forms:
        return
    long_text = len(text) >= text_pairs.MIN_CHARS
    for bare, term in forms.items():
        if long_text and not text_pairs.may_contain(text, bare):
            continue  # its characters' pairs are not all in the text: none stands bare (most; a search each otherwise)
        spans = [m.span() for m in re.finditer(re.escape(bare), text)]
        spans = [(s, e) for s, e in spans if not (s and text[s - 1] in _QUOTES)
                 and not _in_title(titles, title_starts, s, e) and not _on_trail(text, s)]
        fix = f"“{term}”{bare[len(term):]}"
        slip = bare in _TEMPLATE_QUOTED and text.count(fix) >= len(spans)
        for s, e in spans:
            s, e = view.span(s, e)
            yield Finding(
                s, e, RULE.code, "warning" if slip else RULE.severity,
                f"同一文中写作{fix}，此处“{bare}”未加引号，写法应一致。", fix,
            )


# A five-year plan's period (“十二五”) the text quotes somewhere: a bare 十二五 elsewhere is a slip whatever word
# follows it (一、十二五工作总结 beside “十二五”期间), the pairs above learning only the noun the quoted one modifies.
_PLAN = regex_cache.compile(r"“(十[一二三四五六]五)”")


def _bare_plans(view, titles, title_starts, forms):
    text = view.text
    quoted = {m.group(1) for m in _PLAN.finditer(text)}
    for term in sorted(quoted):
        for m in re.finditer(term, text):
            s, e = m.span()
            if (s and text[s - 1] in _QUOTES) or text[e:e + 1] in _QUOTES or text[s:e + 2] in forms \
                    or _in_title(titles, title_starts, s, e) or _on_trail(text, s):
                continue  # quoted; or a bare pair the loop above reports (十四五规划 beside “十四五”规划)
            s, e = view.span(s, e)
            yield Finding(s, e, RULE.code, RULE.severity, f"同一文中写作“{term}”，此处“{term}”未加引号，写法应一致。",
                          f"“{term}”")


# A five-year plan's period the text never quotes (三、十四五期间卫健发展规划): the period's name is quoted wherever
# the State Council writes it, so the bare one is told at the rule's own severity (info), a numeral or 第 before it
# (三十四五岁, 一百一十四五) or an age's, a count's unit after it (十四五岁, 十一五个) making it a number instead.
_BARE_PLAN = regex_cache.compile(r"(?<![零〇一二三四五六七八九十百千两几第“\"'‘「『])(十[一二三四五六]五)(?![岁个人年天名分元次月日万千百亿”\"'’」』])")


def _never_quoted(text: str, titles):
    if "五" not in text:
        return
    starts = [lo for lo, _ in titles]
    for m in near_needles(_BARE_PLAN, text):  # tried only where a 十…五 stands, not at every character
        if not _in_title(titles, starts, m.start(), m.end()) and not _on_trail(text, m.start()):
            yield Finding(m.start(1), m.end(1), RULE.code, RULE.severity,
                          f"五年规划的简称{m.group(1)}通常加引号，应写作“{m.group(1)}”。", f"“{m.group(1)}”")
