"""W042: a county's or a city's budget that keeps the provincial template's 省对下转移支付 headings.

A province's departments publish, with their budgets, the 省对下转移支付 they pass down to cities and counties
(省对下专项转移支付情况, 省对下转移支付预算表, 省对下转移支付绩效目标表). A county's or a city's department that fills
in the same template and keeps those headings names transfers it does not make: its own are 县对下 (市对下), or
none. The report's own body as its title names it (gen.check.identity) is the evidence: a body of a county,
district or city, not of a province.

Read only at a numbered heading that opens its line (五、省对下专项转移支付情况, 十四、省对下转移支付预算表): in a
sentence, 省对下转移支付 is the money the body receives from the province (争取省对下转移支付资金), which is right.
A district's or a county's department that filled in its city's template the same way keeps 市对下 (六、市对下专项转移支付情况
in a 某区教育局's budget) and is read alike; a city's own body keeps 市对下 rightly.
"""

from __future__ import annotations

import re

from ...core import regex_cache
from ..finding import Finding
from ..identity import identity
from ..registry import Rule

RULE = Rule(
    code="W042",
    name="province-template-heading",
    severity="warning",
    summary="县、市级单位的预算保留了省级模板的“省对下转移支付”标题（县、区级单位保留了市级模板的“市对下”）",
    doc=(
        "检查什么：县、区、市级单位的部门预算中，编号标题写作“省对下专项转移支付情况”“省对下转移支付预算表”"
        "“省对下转移支付绩效目标表”；县、区级单位的编号标题写作“市对下专项转移支付情况”（照抄市级模板）。\n"
        "为什么：这些是省级部门预算模板的标题（省级部门对市县的转移支付）；县、市级单位照模板填写时应改为本级"
        "（县对下、市对下）或删去，留着“省对下”是模板残留。\n"
        "不报的情形：省级单位的报告；市级单位的“市对下”；句中讲收到的省对下转移支付资金（“争取省对下转移支付资金”）。\n"
        "示例：某县司法局2022年部门预算的“十四、省对下转移支付预算表”应为“十四、县对下转移支付预算表”。"
    ),
    flag=(
        "某县司法局2022年部门预算\n目录\n五、省对下专项转移支付情况\n十四、省对下转移支付预算表\n",
        # a district's body that kept its city's template
        "某区教育局2019年部门预算公开\n五、部门预算\n六、市对下专项转移支付情况\n",
    ),
    keep=(
        "某省司法厅2022年部门预算\n目录\n五、省对下专项转移支付情况\n十四、省对下转移支付预算表\n",
        "某县司法局2022年部门预算\n目录\n五、县对下转移支付情况\n全年争取省对下转移支付资金120万元。\n",
        "某市教育局2019年部门预算公开\n六、市对下专项转移支付情况\n",
        "某区教育局2019年部门预算公开\n六、区对下专项转移支付情况\n全年争取市对下转移支付资金50万元。\n",
    ),
)

_HEADING = regex_cache.compile(r"^[ \t\u3000]{0,4}[一二三四五六七八九十]{1,3}[、.．][ \t\u3000]{0,2}([省市])对下(?:专项)?转移支付", re.M)
_COUNTY = regex_cache.compile(r"[县旗]|区(?!域)")


def _level(name: str):
    """The level word a body of ``name`` writes before 对下 (县, 市), or None for a province's body."""
    if _COUNTY.search(name):
        return "县" if "县" in name or "旗" in name else "区"
    if "市" in name:
        return "市"
    return None


def check(ctx):
    text = ctx.text
    if "省对下" not in text and "市对下" not in text:
        return
    name = identity(ctx).name
    level = _level(name) if name else None  # no title naming the body: its level is not told
    if level is None:
        return
    for m in _HEADING.finditer(text):
        kept = m.group(1)
        if kept == level:
            continue
        template = "省级" if kept == "省" else "市级"
        yield Finding(m.start(1), m.start(1) + 3, RULE.code, RULE.severity,
                      f"“{kept}对下”是{template}部门预算模板的标题，本单位是{level}级单位，应为“{level}对下”（或删去这一项）。",
                      f"{level}对下")
