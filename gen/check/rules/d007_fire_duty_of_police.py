"""D007: a public security body's duty list that still names fire fighting after the 2018 reform.

《深化党和国家机构改革方案》（2018年3月）moved 公安部's fire-management duties to the new 应急管理部, and the
公安消防部队 left the police to become the 国家综合性消防救援队伍 under it; the local 公安 bodies lost the same
duties in the 2018–2019 local reforms. A 公安局's or 公安分局's duty list copied from an older 三定 text still says
it 组织指挥重大火灾的扑救 or 组织灭火救灾: in a report of 2019 or later that duty is no longer the body's.

Read only in a report whose own body (gen.check.identity, else the title's first lines) is a public security
body, of a known year 2019 or later, and only the fire brigade's own work (组织指挥火灾扑救, 组织灭火救灾/救援):
a 派出所 still checks fire safety day to day and teaches it (《中华人民共和国消防法》第五十三条), so 消防监督,
消防宣传 are left alone, and so is help given to others (协助、配合火灾扑救).
"""

from __future__ import annotations

from ...core import regex_cache
from ..finding import Finding
from ..identity import identity
from ..registry import Rule
from ..textspans import last_mark

RULE = Rule(
    code="D007",
    name="fire-duty-of-police",
    severity="warning",
    summary="2019年以后公安机关的职责仍写“组织指挥火灾扑救”（消防职责已划入应急管理部门）",
    doc=(
        "检查什么：公安局、公安分局的报告（2019年及以后）在职责中仍写“组织指挥重大火灾的扑救”“组织灭火救灾”。\n"
        "为什么：《深化党和国家机构改革方案》（2018年3月）将公安部的消防管理职责划入应急管理部，公安消防部队转制为"
        "国家综合性消防救援队伍；地方公安机关随后不再承担火灾扑救，照抄旧三定方案的职责已经过时。\n"
        "不报的情形：2018年及以前的报告、看不出年度的报告；非公安机关的报告；派出所的消防监督检查、消防宣传；"
        "“协助、配合”火灾扑救；讲机构改革以前情况的句子。\n"
        "示例：某区公安分局2022年的职责“组织指挥重大火灾的扑救和其他严重灾害事故的抢险救援”应删去火灾扑救。"
    ),
    flag=(
        "某市公安局某某分局2022年度部门决算\n一、主要职能\n依法管理户籍、枪支弹药和特种行业，组织指挥重大火灾的扑救和抢险救援。\n",
        "某县公安局2019年度部门预算\n主要职能：负责消防工作，依法进行消防监督，组织灭火救灾。\n",
    ),
    keep=(
        "某市公安局某某分局2017年度部门决算\n一、主要职能\n依法管理户籍，组织指挥重大火灾的扑救和抢险救援。\n",
        "某县应急管理局2022年度部门决算\n一、主要职能\n负责消防工作，组织指挥重大火灾的扑救。\n",
        "某县公安局2022年度部门决算\n一、主要职能\n派出所开展日常消防监督检查和消防宣传，协助组织火灾扑救。\n",
    ),
)

FROM_YEAR = 2019  # the first year after the 2018 reform
_POLICE = regex_cache.compile(r"公安(?:局|分局|處|处)")
_FIRE_DUTY = regex_cache.compile(
    r"(?:组织|指挥|負責|负责|組織)[\u4e00-\u9fff]{0,4}?(?:火灾|火災)(?:的)?(?:扑救|撲救)"
    r"|(?:组织|組織|负责|負責)(?:灭火|滅火)(?:救灾|救災|救援)")
_HELPED = ("协助", "配合", "協助", "參與", "参与")
_PAST = ("改革前", "改革以前", "转隶前", "轉隸前")
HEAD_CHARS = 300  # where a title names the body when the identity has no name


def _police(ctx) -> bool:
    name = identity(ctx).name
    if name:
        return bool(_POLICE.search(name))
    return bool(_POLICE.search(ctx.text[:HEAD_CHARS]))


def check(ctx):
    text = ctx.text
    if "火" not in text or not _POLICE.search(text):
        return
    year = identity(ctx).year
    if year is None or year < FROM_YEAR or not _police(ctx):
        return
    for m in _FIRE_DUTY.finditer(text):
        lo = last_mark(text, "。；;\n", m.start())
        clause = text[lo + 1:m.end()]
        if any(w in clause for w in _HELPED) or any(w in clause for w in _PAST):
            continue
        yield Finding(m.start(), m.end(), RULE.code, RULE.severity,
                      f"“{m.group()}”已不是公安机关的职责：2018年机构改革将消防管理职责划入应急管理部门"
                      f"（《深化党和国家机构改革方案》），{year}年的报告应删去或改写。")
