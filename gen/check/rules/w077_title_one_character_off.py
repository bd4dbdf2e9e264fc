"""W077: one title in 书名号 written twice in a text, one copy a character short of the other (《学习参考资料》 and
《学习与参考资料》).

Reports of every body name the documents, rules and publications of their own work again and again: the 政协's
journal, the bureau's 办法, the plan it carries out. Where one copy lost a character (or took one too many), the
reader cannot tell which title is the document's own, and a reviewer marks the slip: the title must be written
one way. Titles that differ in a character put for another (《2022年工作要点》, 《2023年工作要点》; 《实施方案》,
《实施细则》) name two documents and are not read; nor are short titles (fewer than _MIN Chinese characters: 《民法》
and 《民法典》 are two laws), nor a copy whose one extra character is a figure (a year, a number).

Of 1,900 older reports none holds two such copies but the one slip this rule was built on. The finding stands at
the copy written fewer times; where both are written as often, at the shorter one, as a lost character is the
commoner slip of the two.
"""

from __future__ import annotations

from collections import Counter
from typing import Iterable

from ...core import regex_cache
from ..context import CheckContext
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="W077",
    name="title-one-character-off",
    severity="warning",
    summary="同一书名号中的名称前后写法不一，一处多了或少了一个字（《学习参考资料》与《学习与参考资料》）",
    doc=(
        "检查什么：同一篇报告中，书名号里的同一名称写了两处以上，其中一处比另一处少（多）一个汉字，"
        "如前文《学习参考资料》、后文《学习与参考资料》。\n"
        "为什么：同一文件、刊物的名称应当前后一致；差一个字多半是漏字或多字，读者无法判断哪个是正式名称。\n"
        "不报的情形：两个名称是换了一个字（《实施方案》《实施细则》、年份不同的《工作要点》），那是两份文件；"
        "名称很短的（《民法》《民法典》）；多出的是数字的。\n"
        "示例：“做好《学习参考资料》的编辑工作……以《学习与参考资料》为平台”，应按正式名称统一。"
    ),
    flag=(
        "一、做好《政协工作参考》的编辑工作。\n二、以《政协工作与参考》为平台，服务委员履职。\n",
        "按照《某县农村公路养护管理办法》要求，依据《某县农村公路养护管理法》开展考核。",
    ),
    keep=(
        "一、做好《政协工作与参考》的编辑工作。\n二、以《政协工作与参考》为平台，服务委员履职。\n",
        "落实《2022年政务公开工作要点》和《2023年政务公开工作要点》，制定《实施方案》和《实施细则》。",
        "学习《民法》与《民法典》，落实《某局项目管理办法》和《某局项目管理细则》。",
        "落实《十四五规划纲要》和《十四五规划纲要1》。",
    ),
)

_TITLE = regex_cache.compile(r"《([^《》\n]{4,60})》")
_MIN = 5  # Chinese characters in the longer title


def _han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def _pairs(counts: Counter) -> Iterable[tuple[str, str]]:
    """(longer, shorter) titles of the text where the shorter is the longer with one Chinese character dropped."""
    for title in counts:
        if sum(_han(c) for c in title) < _MIN:
            continue
        seen = set()
        for i, ch in enumerate(title):
            if not _han(ch):
                continue
            short = title[:i] + title[i + 1:]
            if short in counts and short not in seen:
                seen.add(short)
                yield title, short


def check(ctx: CheckContext) -> Iterable[Finding]:
    text = ctx.text
    if text.count("《") < 2:
        return
    found = [(m.group(1), m.start(), m.end()) for m in _TITLE.finditer(text)]
    counts = Counter(t for t, _, _ in found)
    for longer, shorter in _pairs(counts):
        odd, other = (longer, shorter) if counts[longer] < counts[shorter] else (shorter, longer)
        s, e = next((s, e) for t, s, e in found if t == odd)
        what = "少了" if odd == shorter else "多了"
        yield Finding(
            s, e, RULE.code, RULE.severity,
            f"《{odd}》与文中另一处《{other}》只差一个字（{what}一字），同一名称应前后一致，请按正式名称统一。",
            None,
        )
