"""P016: a comparison sign of another script's forms (≧, ≦, ⩾, ⩽) instead of ≥ and ≤.

A target "≥90%" typed through a Japanese input method or copied from a
spreadsheet font comes out as "≧90%" (U+2267) or the slanted "⩾" (U+2A7E):
they look alike on screen, but they are other characters, which a search for
"≥", a form's validation and the reviewer's own checker do not read as the
same sign. GB/T 15834 and every indicator table write ≥ and ≤.
"""

from __future__ import annotations

from ...core import regex_cache
from ...core.regex_needles import finditer as near_needles
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="P016",
    name="lookalike-comparison",
    severity="warning",
    summary="比较符号用了“≧”“≦”一类的形近字符",
    doc=(
        "检查什么：指标值中的“≧”“≦”（以及斜体的“⩾”“⩽”），应写标准的“≥”“≤”。\n"
        "为什么：这几个符号看着像“≥”“≤”，实为另一字符，多由日文输入法或字体带入，检索、表格校验和审核都认不出。\n"
        "示例：“满意度≧90%”应为“满意度≥90%”。"
    ),
    flag=("群众满意度≧90%。", "投诉率≦5%，完成率⩾95%。"),
    keep=("群众满意度≥90%，投诉率≤5%。",),
)

_SIGNS = {"≧": "≥", "⩾": "≥", "≦": "≤", "⩽": "≤"}
_SIGN = regex_cache.compile("[" + "".join(_SIGNS) + "]")


def check(ctx):
    for m in near_needles(_SIGN, ctx.text):
        right = _SIGNS[m.group()]
        yield Finding(m.start(), m.end(), RULE.code, RULE.severity,
                      f"比较符号“{m.group()}”是形近字符，应写“{right}”。", right)
