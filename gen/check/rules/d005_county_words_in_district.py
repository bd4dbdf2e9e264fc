"""D005: a report that speaks of its own jurisdiction's counties where it has none.

When a county becomes a district (撤县设区: 株洲县 → 渌口区 in 2018), its bodies take the new
name in their titles at once, but the duties and summaries copied from the county years keep
全县, 本县 and 县委、县政府. A district has no 县 of its own, so in a report whose own body is a
district's (the title's body name, read by gen/check/identity.py, placed by the gazetteer in a
市辖区 and in no county, or naming a district glossary/renamed_places.yaml knows to be new, as the
gazetteer's table predates the latest reforms) the bare 全县/本县 and an unnamed 县委、县政府 are the old wording. The
text's own name is the evidence, not a list of reforms, so this holds for every district, old
or new.

The same holds one level up: Beijing (2015), Shanghai and Tianjin (2016) turned their last
counties into districts, so a later report of one of their bodies that still writes 各区县 or
区（县） copies the old wording (the years: glossary/renamed_places.yaml, ``counties_gone``).

Left alone: a 县 form named with its place (通县县委 — the character before is part of a
name), one inside a title mark (《…》), a clause that tells the history (原、撤县设区、前身、
更名), and a report whose own body is not placed in a district or is placed in a county too
(开发区 and 新区 bodies inside a county are not districts of the gazetteer).
"""

from __future__ import annotations

from ...core import regex_cache
from ..finding import Finding
from ..gazetteer import gazetteer
from ..identity import identity
from ..registry import Rule
from ..renamed_places import TITLE, outside, renamed

# The county's own jurisdiction named without a place: 全县, 本县, and 县委/县政府 after a word that
# is not part of a name (在县委、县政府的领导下; 根据县委县政府部署).
_COUNTY_WORDS = regex_cache.compile(
    r"全县|本县|(?:(?<![\u4e00-\u9fff])|(?<=[在据照由向对经按和与及、]))县(?:委[、和及]?县(?:人民)?政府|委县政府)"
)
# 区县 / 区（县） as the municipality's level below it; not the end of 地区, 社区, 园区 … before 县.
# 区（县）级 is a cadre's rank (担任过副区（县）级以上领导职务): the post a retired official held, named as it
# was then, not the municipality's level below it today.
_DISTRICTS_COUNTIES = regex_cache.compile(r"(?<![地社园景城新])区[（(]?县[)）]?(?![）)]?级)")
_NOT_DISTRICT = ("自治区", "地区", "林区")

RULE = Rule(
    code="D005",
    name="county-words-in-district",
    severity="warning",
    summary="区属单位的报告仍称“全县”“县委、县政府”，已无县的直辖市的报告仍称“区县”",
    doc=(
        "检查什么：标题中的单位属于一个市辖区（如渌口区水利局）或县级市（如香格里拉市林业和草原局），正文却以“全县”“本县”"
        "或不带地名的“县委、县政府”称本辖区，如“拟订全县水利工作的中长期发展规划”。\n"
        "北京市（2015年起）、上海市和天津市（2016年起）已无县，本市单位之后年度的报告仍写“各区县”“区（县）”。\n"
        "为什么：撤县设区（设市）后，区属单位应称“全区”“区委、区政府”（市属单位称“全市”“市委、市政府”）；仍写“全县”“区县”，多半是照抄撤县设区以前的职责或总结。\n"
        "不报的情形：标题看不出本单位、或本单位不在市辖区、或同时在某个县的；带地名的“某某县县委”；"
        "书名号内的文件名称；讲沿革的句子（原、撤县设区、前身、更名）。\n"
        "示例：渌口区水利局的报告写“负责全县水旱灾害防治工作”，应为“全区”；"
        "北京市档案局2018年度决算写“监督指导区县档案局（馆）”，应为“各区档案局（馆）”。"
    ),
    flag=(
        "株洲市渌口区水利局2019年度部门决算\n一、部门职责\n负责全县水旱灾害防治工作。\n",
        "南昌市新建区农业农村局2023年度部门决算\n一、部门职责\n在县委、县政府的领导下，统筹农业农村工作。\n",
        # a county-level city (撤县设市) too: 香格里拉县 became 香格里拉市 in 2014
        "香格里拉市林业和草原局2021年度部门决算\n一、部门职责\n负责全县林业和草原工作。\n",
        "北京市档案局2018年度部门决算\n一、部门职责\n负责监督指导区县档案局（馆）的业务工作。\n",
    ),
    keep=(
        "北京市委老干部局2024年度部门决算\n一、部门职责\n负责担任过副区（县）级以上领导职务老同志的联络服务工作。\n",
        "株洲市渌口区水利局2019年度部门决算\n一、部门职责\n负责全区水旱灾害防治工作。\n",
        "某县水利局2019年度部门决算\n一、部门职责\n负责全县水旱灾害防治工作。\n",
        "香格里拉市林业和草原局2021年度部门决算\n一、部门职责\n负责全市林业和草原工作。\n",
        "北京市通州区工商业联合会2023年度部门决算\n一、基本情况\n根据中共通县县委、通县人民政府的决定成立。\n",
        "株洲市渌口区水利局2019年度部门决算\n一、基本情况\n原株洲县水利局负责全县水利工作，2018年撤县设区后更名。\n",
        "株洲市渌口区水利局2019年度部门决算\n一、依据\n《关于加强全县水利工作的意见》。\n",
        "北京市档案局2015年度部门决算\n一、部门职责\n负责监督指导区县档案局（馆）的业务工作。\n",
        "重庆市档案局2018年度部门决算\n一、部门职责\n负责监督指导区县档案局（馆）的业务工作。\n",
        "北京市档案局2018年度部门决算\n一、部门职责\n指导各社区县级示范点建设。\n",
    ),
)


def _district(name: str):
    """The district (or county-level city) the body ``name`` belongs to, or None when it is not placed in one
    (or is in a county)."""
    for change in renamed().by_old.values():
        if change.new.endswith("区") and change.new in name:
            return change.new
    own = gazetteer().own_places(name)
    if not own or any(d.name.endswith(("县", "旗")) for d in own):
        return None
    lowest = max(d.level for d in own)
    districts = [d.name for d in own if d.level == lowest == 3 and d.name.endswith(("区", "市"))
                 and not d.name.endswith(_NOT_DISTRICT)]
    return districts[0] if districts else None


def _municipality_gone(ctx, name: str):
    """(municipality, year) when the report's own body is one of a municipality without counties by its year."""
    year = identity(ctx).year
    if year is None:
        return None
    for city, gone in renamed().counties_gone:
        if year > gone and (name.startswith((city, city[:-1])) or name.startswith("中共" + city)):
            return city, gone
    return None


def check(ctx):
    text = ctx.text
    if "县" not in text:
        return
    name = identity(ctx).name
    if not name:
        return
    titles = [m.span() for m in TITLE.finditer(text)]
    yield from _county_words(ctx, text, name, titles)
    yield from _districts_counties(ctx, text, name, titles)


def _county_words(ctx, text: str, name: str, titles: list):
    hits = list(_COUNTY_WORDS.finditer(text))
    district = _district(name) if hits else None
    if district is None:
        return
    for m in hits:
        s, e = m.span()
        if outside(text, s, e, titles):
            continue
        written = m.group()
        level = district[-1]  # 区, or 市 for a county-level city (撤县设市)
        meant = written.replace("县", level)
        yield Finding(s, e, RULE.code, RULE.severity,
                      f"本单位属{district}，文中却称“{written}”：撤县设{level}后应称“{meant}”，请核对。", meant)


def _districts_counties(ctx, text: str, name: str, titles: list):
    hits = list(_DISTRICTS_COUNTIES.finditer(text)) if "区" in text else []
    gone = _municipality_gone(ctx, name) if hits else None
    if gone is None:
        return
    city, year = gone
    for m in hits:
        s, e = m.span()
        if outside(text, s, e, titles):
            continue
        yield Finding(s, e, RULE.code, RULE.severity,
                      f"{city}自{year}年撤县设区后已无县，{identity(ctx).year}年度的报告仍称“{m.group()}”，应为“区”（各区）。",
                      "区")
