"""W038: a body of an autonomous region that writes 省委、省政府 of its own region.

Guangxi, Inner Mongolia, Ningxia, Xinjiang and Tibet are regions (自治区), not provinces: their
party committee and government are 自治区党委 and 自治区人民政府 (区党委、区政府), their whole is
全区. Duties and summaries copied from a province's template keep "贯彻执行党和国家、省委、省政府、
市委、市政府……的方针政策" and 全省. The own place is the title's body name (gen/check/identity.py)
placed by the gazetteer, so this holds for every county of the five regions without a list of
them. As in D005, only the unnamed forms count (在省委、省政府的领导下): a named province (广东省委)
is another province, and a title mark or a history clause is left alone.
"""

from __future__ import annotations

from ...core import regex_cache
from ..finding import Finding
from ..gazetteer import gazetteer
from ..identity import identity
from ..registry import Rule
from ..renamed_places import TITLE, outside

# The province's own bodies and whole, unnamed: 省委, 省政府, 省人民政府, 全省 (not 各省, 外省, 广东省委).
_PROVINCE_WORDS = regex_cache.compile(
    r"(?:(?<![\u4e00-\u9fff])|(?<=[在据照由向对经按和与及、]))省(?:委|人民政府|政府)(?![办厅部])|全省"
    # 省 as one level in a list of levels: 国家、省、市 …的政策, 省、市、县三级
    # or right after the verb that takes the list (贯彻执行省、市中长期规划, 落实省、市的部署)
    r"|(?:(?<=国家、)|(?<=中央、)|(?<=国家和)|(?<=中央和)|(?<=执行)|(?<=落实)|(?<![\u4e00-\u9fff]))省(?=、[市州县]|和[市州县])")
# The regions by the first two digits of their division code.
_REGIONS = {"15": "内蒙古自治区", "45": "广西壮族自治区", "54": "西藏自治区", "64": "宁夏回族自治区", "65": "新疆维吾尔自治区"}
_MEANT = {"省委": "自治区党委", "省政府": "自治区人民政府", "省人民政府": "自治区人民政府", "全省": "全区", "省": "自治区"}

RULE = Rule(
    code="W038",
    name="province-words-in-region",
    severity="warning",
    summary="自治区所属单位的报告称“省委、省政府”“全省”",
    doc=(
        "检查什么：标题中的单位在内蒙古、广西、西藏、宁夏、新疆五个自治区之一（按行政区划表判断），"
        "正文却以不带地名的“省委”“省政府”“全省”称本自治区的党委、政府和全境，或在“国家、省、市”这样的层级并列中称“省”。\n"
        "为什么：自治区不是省，应称“自治区党委、自治区人民政府”（“区党委、区政府”）和“全区”；"
        "写成“省委、省政府”，多半是照抄了外省的模板。\n"
        "不报的情形：带省名的“广东省委”；书名号内的文件名称；讲沿革的句子；标题看不出本单位所在地的。\n"
        "示例：三江侗族自治县某校的报告写“贯彻执行党和国家、省委、省政府、市委、市政府的方针政策”，"
        "应为“自治区党委、自治区人民政府”。"
    ),
    flag=(
        "三江侗族自治县丹洲镇中心校2024年度部门决算\n一、主要职能\n1、贯彻执行党和国家、省委、省政府、市委、市政府有关教育工作的方针。\n",
        "乌审旗林业和草原局2022年度部门决算\n一、部门职责\n负责全省林草资源监测在本旗的实施。\n",
        # 省 as one level in a list of levels
        "三江侗族自治县住房公积金管理中心2023年度部门决算\n一、主要职能\n1、贯彻执行国家、省、市住房公积金管理的政策。\n",
        "乌审旗司法局2019年度部门决算\n一、主要职能\n研究制定贯彻执行省、市中长期规划和年度计划的措施并组织实施。\n",
    ),
    keep=(
        "三江侗族自治县丹洲镇中心校2024年度部门决算\n一、主要职能\n贯彻执行自治区党委、自治区人民政府有关教育工作的方针。\n",
        "三江侗族自治县丹洲镇中心校2024年度部门决算\n一、情况\n赴广东省委党校学习，考察兄弟省份经验。\n",
        "株洲市渌口区水利局2019年度部门决算\n一、部门职责\n贯彻落实省委、省政府决策部署。\n",
        "株洲市渌口区水利局2019年度部门决算\n一、部门职责\n贯彻执行国家、省、市水利工作的政策。\n",
        "株洲市渌口区司法局2019年度部门决算\n一、主要职能\n研究制定贯彻执行省、市中长期规划的措施。\n",
        "三江侗族自治县丹洲镇中心校2024年度部门决算\n一、情况\n与外省、市兄弟单位交流，贯彻国家、自治区、市的方针。\n",
    ),
)


def _region(name: str):
    """The autonomous region the body ``name`` is placed in, or None (not placed, or placed in two provinces)."""
    provinces = {d.code[:2] for d in gazetteer().own_places(name)}
    return _REGIONS.get(provinces.pop()) if len(provinces) == 1 else None


def check(ctx):
    text = ctx.text
    if "省" not in text:
        return
    name = identity(ctx).name
    region = _region(name) if name else None  # placed first: most bodies are in no region, and then no scan
    if region is None:
        return
    titles = [m.span() for m in TITLE.finditer(text)]
    for m in _PROVINCE_WORDS.finditer(text):
        s, e = m.span()
        if outside(text, s, e, titles):
            continue
        meant = _MEANT[m.group()]
        yield Finding(s, e, RULE.code, RULE.severity,
                      f"本单位在{region}，文中却称“{m.group()}”：自治区不是省，应为“{meant}”，请核对。", meant)
