"""W036: a place's level written twice before its party committee or government (岳阳县县委, 天水市市委).

A county's committee is 中共岳阳县委 and its government 岳阳县人民政府: the
level 县 is written once, after the place. Typed by hand, the short forms
县委 and 县政府 are put after the full name and the level doubles (按照岳阳县县委、
县政府的部署). A place whose name is one character and its level (南县, 珙县,
津市市) is the exception: 中共南县县委 and 津市市人民政府 are right, the
second 县 (市) being the committee's own. So the rule reads the gazetteer
(glossary/divisions.tsv, the checker's table of China's divisions): the doubling
is reported only where a division's full name ends at the first of the two
characters and that name is two characters or more before its level; where
the two characters are part of a name (津市市) or the name is not in the table,
nothing is said — except after 中共, which marks where the place's name starts:
there a name of two characters or more before the doubled level is one the
gazetteer may not hold (a placeholder 某某市, an old or misspelled name), and is
reported too. (The rule took over W013's reading of 中共常德市市委, a regex that
knew neither 县 nor a committee or government named without 中共.)
"""

from __future__ import annotations

from ...core import regex_cache
from ...core.regex_needles import finditer as near_needles
from ..finding import Finding
from ..gazetteer import gazetteer
from ...core.han import is_han
from ..registry import Rule

RULE = Rule(
    code="W036",
    name="division-level-doubled",
    severity="warning",
    summary="地名之后的“县”“市”“区”写了两次（“岳阳县县委”）",
    doc=(
        "检查什么：行政区划的全称之后又写了“县委”“县政府”“市委”“区委”等，层级字重复，"
        "如“按照岳阳县县委、县政府的部署”“天水市市委市政府”。\n"
        "为什么：党委、政府的名称中层级只写一次，应为“中共岳阳县委”“岳阳县人民政府”“天水市委、市政府”。\n"
        "不报的情形：地名本身只有一个字加层级的（南县、珙县、津市市：“中共南县县委”“津市市人民政府”都是对的）；"
        "区划表中查不到的地名。\n"
        "示例：“按照岳阳县县委、县政府的部署”应为“按照岳阳县委、县政府的部署”。"
    ),
    flag=(
        "按照岳阳县县委、县政府的统一部署，全面完成年度任务。",
        "在天水市市委市政府的坚强领导下，各项工作稳步推进。",
        "认真落实沙市区区委、区政府的决策部署。",
        "在中共常德市市委领导下开展工作。",
        "中共北京市朝阳区区委宣传部",
        "在中共某某市市委的坚强领导下。",
    ),
    keep=(
        "按照中共南县县委、南县人民政府的统一部署，全面完成年度任务。",
        "根据珙县县委办公室的通知要求开展工作。",
        "津市市人民政府办公室印发了实施方案。",
        "按照岳阳县委、县政府的统一部署，全面完成年度任务。",
        "晋城市城区区委召开全会。",
        "在中共常德市委领导下开展工作。",
        "在中共通县县委领导下开展工作。",
        "主管部门为中共某市市委。",
    ),
)

# The level twice, then the committee or the government: 县县委, 市市政府, 区区人民政府.
_DOUBLED = regex_cache.compile(r"([县市区旗])\1(?=委|政府|人民政府)")
MIN_STEM = 2  # characters of the place before its level: one-character places (南县) write the level twice
MAX_NAME = 9  # characters of a place's name read back to a 中共 before it


def _name_ending_at(text: str, end: int) -> str:
    """The longest division's full name that ends at ``end`` (exclusive), or ""."""
    hit = gazetteer().ending_at(text, end)
    return text[hit[0]:end] if hit else ""


def _after_zhonggong(text: str, end: int) -> str:
    """The name between a 中共 close before ``end`` and ``end`` (中共常德市|市委 -> 常德市), or ""."""
    at = text.rfind("中共", max(0, end - 2 - MAX_NAME), end)
    name = text[at + 2:end] if at >= 0 else ""
    return name if all(map(is_han, name)) else ""


def check(ctx):
    text = ctx.text
    for m in near_needles(_DOUBLED, text):  # the same matches, tried near 委 or 政府 only (4 ms of 5 on 200,000 characters)
        first, second = m.start(), m.start() + 1
        if _name_ending_at(text, second + 1).endswith(text[first:second + 1]):
            continue  # 津市市: the two characters close one name
        name = _name_ending_at(text, second) or _after_zhonggong(text, second)
        if len(name) - 1 >= MIN_STEM:
            level = m.group(1)
            yield Finding(first, second + 1, RULE.code, RULE.severity,
                          f"“{name}{level}”中“{level}”写了两次，党委、政府名称中层级只写一次"
                          f"（如“{name}委”“{name}人民政府”）。", level)
