"""W007: the body under a heading starts by repeating the heading's words ("（一）职能职责。\\n职能职责拟订…").

When a run-in heading ("（一）职能职责。拟订全区…") is split onto its own line,
or text is pasted under a heading, the heading's words are often left at the
start of the paragraph and run into its first sentence. The rule reads a
numbered heading with a short title (two to ten characters) closed by a full
stop, as a run-in heading is, and the first line after it: when that line begins with the same title and goes straight on with
a Chinese character (no colon or stop after the repeated words, which would
make them a label), the words are a leftover. A heading without the stop
("（三）基本支出" then "基本支出主要用于…") is left alone: there the repeated
noun is the subject of the first sentence, as officials often write. So is a title naming an account or a
budget (1.全区一般公共预算。) whose words the body runs on into a longer noun, the account's 收入, 支出 or 总量
(全区一般公共预算收入总量2554.5亿元): the sentence's subject, not a leftover.

A reply letter whose title was set over two lines may come out with the second line again after its salutation
(某某代表：第一次会议第18号建议办理情况的答复): the words after the colon are a whole line of the title above.
"""

from __future__ import annotations

import re

from ...core import regex_cache
from ...core.regex_needles import finditer as near_needles  # the same matches, tried near the pattern's needles
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="W007",
    name="heading-repeated",
    severity="warning",
    summary="正文开头重复了小标题的词语",
    doc=(
        "检查什么：编号小标题下的正文以小标题的词语开头、并直接接着写下去，如“（一）职能职责。”下一行为“职能职责拟订全区交通发展规划……”；"
        "同一段里句号收尾的小标题之后紧接着又写一遍、作提示语（“3.信息管理。信息管理：……”），"
        "或以“……情况。”的标题式整句换个说法再写一遍（“2.主动公开情况。主动公开政府信息情况。”）。\n"
        "为什么：这是拆分或粘贴时留下的多余词语，读起来像病句。\n"
        "不报的情形：小标题末尾没有句号的（正文以标题词作主语，如“（三）基本支出⏎基本支出主要用于……”）；重复的词语后有冒号、句号等，作为提示语的（“职能职责：……”）；正文开头与标题不同的。\n"
        "示例：“（一）职能职责。⏎职能职责拟订全区综合交通发展规划”应删去正文开头的“职能职责”。"
    ),
    flag=(
        "一、部门基本情况\n（一）职能职责。\n职能职责拟订全县水利发展规划，组织实施水利工程建设。\n",
        # a run-in title written twice in its paragraph, the second time as a label
        "2.饮用水卫生监测。饮用水卫生监测：组织开展城乡饮用水水质监测。\n",
        # a run-in title told again at once in the template's longer wording, as a sentence of its own
        "3.依申请公开情况。依申请公开政府信息情况。全年共收到申请5件。\n",
        # a title's second line pasted again after a reply's salutation
        "关于对某市人民代表大会\n第二次会议第25号建议办理情况的答复\n王某代表：第二次会议第25号建议办理情况的答复\n您提出的建议收悉。\n",
    ),
    keep=(
        "一、部门基本情况\n（一）职能职责。\n拟订全县水利发展规划，组织实施水利工程建设。\n",
        "一、部门基本情况\n（一）职能职责\n职能职责：拟订全县水利发展规划。\n",
        "二、项目支出\n项目支出主要用于水利工程建设。\n",
        "（三）基本支出\n基本支出主要用于人员经费和日常公用经费。\n",
        "2.饮用水卫生监测。组织开展城乡饮用水水质监测，饮用水卫生监测覆盖全县。\n",
        "2.饮用水卫生监测。饮用水卫生监测的任务主要包括水质抽检和信息报送。\n",
        # the sentence after the title says something of its own: a finding, not the title again
        "3.依申请公开情况。依申请公开办理及时。全年共收到申请5件。\n",
        "3.依申请公开情况。本年度未收到申请的情况。\n",
        # the title's words open a longer noun, the account's income or spending: the sentence's subject
        "1.全县政府性基金预算。\n\n全县政府性基金预算收入完成1.2亿元。\n2.一般公共预算。\n一般公共预算支出总量3亿元。\n",
        # a salutation followed by the letter's own words, or by words no line above holds
        "关于第25号建议办理情况的答复\n王某代表：您提出的建议收悉\n李某委员：关于停车场建设的答复意见\n",
        "关于第25号建议的答复\n王某代表：建议的答复已于上月寄出。\n",
    ),
)

_HEADING = regex_cache.compile(
    r"^[ \t\u3000]*(?:[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、])"
    r"[ \t\u3000]*([\u4e00-\u9fff]{2,10})。[ \t\u3000]*$",
    re.M,
)
MIN_TITLE = 4  # a two- or three-character title (项目支出 is four) repeats too often by design
# Words that make the title's words a longer noun, an account's figure (一般公共预算收入, 基金预算支出总量).
_NOUN_GOES_ON = ("收入", "支出", "总量", "规模", "结余", "余额", "收支", "执行", "总额", "完成")
# The same slip within one paragraph: a numbered run-in title closed by its stop, then the title again at once
# as a label (3.疫情信息管理。疫情信息管理：管理……): the old label stayed when the item was given a run-in title
# like its siblings. A title that comes back as the sentence's subject ((二)兵役工作。兵役工作的任务主要包括…)
# is ordinary writing, and is left alone.
_RUN_IN_TWICE = regex_cache.compile(
    r"^[ \t\u3000]{0,8}(?:[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、])"
    r"[ \t\u3000]{0,4}([\u4e00-\u9fff、]{4,20})。[ \t\u3000]{0,4}(\1)(?=[：:])",
    re.M,
)
# The title told twice as 情况 headings, the second in the template's longer wording (2.主动公开情况。主动公开政府信息
# 情况。): a heading's own line was pasted after the run-in title. The second must open with the title's first two
# characters, hold all its characters in order and add at most eight: a sentence that says something else
# (依申请公开办理及时。) or only ends on 情况 (本年度未收到申请的情况。) is the paragraph's own.
_TWO_TITLES = regex_cache.compile(
    r"^[ \t\u3000]{0,8}(?:[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、])"
    r"[ \t\u3000]{0,4}([\u4e00-\u9fff、]{2,20}情况)。[ \t\u3000]{0,4}([\u4e00-\u9fff、]{2,28}情况)。",
    re.M,
)
MAX_ADDED = 8  # characters the longer wording may add to the title (政府信息 in 主动公开政府信息情况)


def _in_order(short: str, long: str) -> bool:
    """Whether every character of ``short`` comes in ``long`` in the same order."""
    it = iter(long)
    return all(ch in it for ch in short)


def _titles_twice(text: str):
    """W007's findings on a run-in 情况 title written again at once, as it was or in a longer wording."""
    if "情况。" not in text:
        return
    for m in near_needles(_TWO_TITLES, text):
        title, again = m.group(1), m.group(2)
        if (again.startswith(title[:2]) and len(again) - len(title) <= MAX_ADDED
                and _in_order(title, again)):
            yield Finding(m.start(2), m.end(2) + 1, RULE.code, RULE.severity,
                          f"小标题“{title}”之后又以“{again}”写了一遍，两句重复，应删去一处。", None)


# A reply letter's salutation with the end of its title run on after the colon (……第18号建议办理情况的答复⏎孙某代表：
# 第18号建议办理情况的答复): a PDF's title, set over two lines, came out again after the salutation. Read only when
# the words after the colon (eight characters or more) are the very words that end the text right before the
# addressee's name, so a salutation followed by its own sentence (李某代表：您提出的建议收悉) is left alone.
_SALUTATION = regex_cache.compile(r"(?:代表|委员|同志)[：:][ \t\u3000]{0,2}")
MIN_RUN_ON, MAX_RUN_ON = 8, 60


def _title_after_salutation(text: str):
    """W007's findings on a title's end pasted again after a reply's salutation."""
    for m in near_needles(_SALUTATION, text):
        for name in (2, 3, 4):  # the addressee's name before 代表
            title_end = m.start() - name
            while title_end > 0 and text[title_end - 1] in " \t\u3000\n":
                title_end -= 1
            k = next((k for k in range(min(MAX_RUN_ON, title_end), MIN_RUN_ON - 1, -1)
                      if text.startswith(text[title_end - k:title_end], m.end())), 0)
            if k and "\n" not in text[title_end - k:title_end]:
                again = text[m.end():m.end() + k]
                yield Finding(m.end(), m.end() + k, RULE.code, RULE.severity,
                              f"称呼之后又写了一遍标题末尾的“{again}”，是标题行重复粘贴，应删去。", None)
                break


def check(ctx):
    yield from _title_after_salutation(ctx.text)
    text = ctx.text
    for m in near_needles(_HEADING, text):
        title = m.group(1)
        if len(title) < MIN_TITLE:
            continue
        body = m.end()
        while body < len(text) and text[body] in " \t\u3000\n":  # blank lines and indentation
            body += 1
        after = body + len(title)
        if text.startswith(_NOUN_GOES_ON, after):
            continue  # 全区一般公共预算收入总量…: the title's words open the subject, a longer noun
        if text.startswith(title, body) and after < len(text) and "\u4e00" <= text[after] <= "\u9fff":
            yield Finding(
                body, after, RULE.code, RULE.severity,
                f"正文开头重复了小标题“{title}”，应删去。", None,
            )
    for m in near_needles(_RUN_IN_TWICE, text):
        yield Finding(m.start(2), m.end(2), RULE.code, RULE.severity,
                      f"小标题“{m.group(1)}”在句号后又写了一遍，应删去重复的一处。", None)
    yield from _titles_twice(text)
