"""T003: another region's name where the report speaks of itself.

A report drafted from a neighbour's report keeps the neighbour's name: "天河区
卫生健康局坚持…" or "推进健康天河建设" in a 荔湾区 report, "我区" in a 县's
report. The own place comes from the report's name (title or data file) and a
gazetteer of administrative divisions. Precision first: other places are
mentioned legitimately all the time (study trips, hospitals named after a
place, the province or city above), so only three shapes are judged: another
place's health bureau as the subject of a sentence, a 健康+place slogan, and
我区/我县 that does not fit the own county.
"""

from __future__ import annotations

from ...core import regex_cache
from ...core.glossary import load
from ..finding import Finding
from ..gazetteer import Division, gazetteer
from ..identity import identity
from ..registry import Rule

RULE = Rule(
    code="T003",
    name="other-region",
    severity="warning",
    summary="出现其他地区或单位的名称，疑似套用他人报告",
    doc=(
        "检查什么：以本单位口吻叙述时出现了别的地区或单位名称：句首以他区县卫生健康局为主语"
        "（“天河区卫生健康局坚持…”）、“健康+他地”的提法（荔湾区报告中的“健康天河”）、"
        "县的报告自称“我区”或区的报告自称“我县”。本单位所在地取自数据文件或报告标题，地名取自行政区划表。\n"
        "为什么：套用兄弟单位的报告后忘了改名，是评审中最显眼的低级错误。\n"
        "不报的情形：外出学习、医院名称、上级省市名称等正常提及其他地方的情形。\n"
        "示例：广州市荔湾区卫生健康局的报告中“推动实施健康天河、卫生强区战略”应为“健康荔湾”。"
    ),
    flag=(
        "2022年度广州市荔湾区卫生健康局部门整体支出绩效自评报告\n一、基本情况\n推动实施健康天河、卫生强区战略。",
        "2022年度广州市荔湾区卫生健康局部门整体支出绩效自评报告\n一、基本情况\n天河区卫生健康局是区政府工作部门。",
        "高阳县卫生健康局绩效自评工作报告\n一、情况\n我区预算项目共87个。",
    ),
    keep=(
        "2022年度广州市荔湾区卫生健康局部门整体支出绩效自评报告\n一、基本情况\n推进健康荔湾、健康广州、健康广东建设。",
        "南岳区卫生健康局\n2022年度报告\n组织离退休党支部赴湘潭韶山开展教育，及时送往南华附三医院治疗。",
        "2022年度广州市荔湾区卫生健康局报告\n一、情况\n配合天河区卫生健康局开展联合检查，保障老年人健康长寿。",
    ),
)

_HEALTH_BODY = regex_cache.compile(r"(?:卫生健康局|卫生健康委员会|卫生健康委|卫健局|卫健委|卫生和计划生育局|卫生计生局|卫计局|卫生局)")
_SENTENCE_START = regex_cache.compile(r"(?:^|[。；！？\n]|^\s{0,4}(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[.．、]))\s{0,4}$")
_SLOGAN = regex_cache.compile(r"健康([\u4e00-\u9fff]{2,4})")
_SLOGAN_END = regex_cache.compile(r"(?:$|[”\"」』、，。；：）)\s]|建设|行动|战略)")
_COUNTY_SELF = regex_cache.compile(r"(?:我|本|全)(区|县)(?![区县域市])")


def _own(ctx) -> tuple[Division, ...]:
    gaz = gazetteer()
    names = []
    ident = identity(ctx)
    if ident.name:
        names.append(ident.name)
    region = getattr(getattr(ctx.data, "bureau", None), "region", None) if ctx.data is not None else None
    if region is not None:
        names.append("".join(p for p in (region.province, region.city, region.county) if p))
    own: list[Division] = []
    for name in names:
        own.extend(gaz.own_places(name))
    return tuple(own)


def _own_name(own: tuple[Division, ...]) -> str:
    return max(own, key=lambda d: d.level).name


def _foreign(divs: list[Division], own: tuple[Division, ...]) -> bool:
    gaz = gazetteer()
    return all(d.level >= 2 and not gaz.related(d, own) for d in divs)


def _bureau_as_subject(ctx, own, skip: tuple[int, int] | None):
    text = ctx.text
    places = [(p.start, p.end, p.divisions) for p in ctx.places]
    for i, (s, e, divs) in enumerate(places):
        body = _HEALTH_BODY.match(text, e)
        if not body or not _foreign(divs, own):
            continue
        if skip and skip[0] <= s < skip[1]:
            continue
        # Step back over the places written in front of it (广州市天河区…).
        start = s
        j = i - 1
        while j >= 0 and places[j][1] == start:
            start = places[j][0]
            j -= 1
        line_start = text.rfind("\n", 0, start) + 1
        before = text[max(line_start, start - 12) : start]
        if _SENTENCE_START.search(before):
            name = text[s : body.end()]
            yield Finding(
                s, body.end(), RULE.code, RULE.severity,
                f"本报告是{_own_name(own)}的报告，此处却以“{name}”叙述，疑似套用了其他单位的报告。",
            )


def _slogans(ctx, own):
    gaz = gazetteer()
    stop = load().common_place_words
    for m in _SLOGAN.finditer(ctx.text):
        cand = m.group(1)
        for length in (4, 3, 2):
            word = cand[:length]
            if len(word) < length:
                continue
            divs = gaz.by_name.get(word) or gaz.by_short.get(word)
            if not divs:
                continue
            if word in stop or not _foreign(divs, own):
                break
            end = m.start(1) + length
            if not _SLOGAN_END.match(ctx.text, end):
                break
            yield Finding(
                m.start(), end, RULE.code, RULE.severity,
                f"“{ctx.text[m.start():end]}”是其他地区的提法，本报告属于{_own_name(own)}，请核对是否套用了其他单位的报告。",
            )
            break


def _county_self(ctx, own):
    county = [d for d in own if d.level == 3]
    if not county:
        return
    name = county[-1].name
    province = gazetteer().by_code.get(county[-1].code[:2] + "0" * 10)
    if province is not None and province.name.endswith("自治区"):
        return  # 我区/全区 may mean the autonomous region
    if name.endswith("县"):
        wrong, right = "区", "县"
    elif name.endswith("区"):
        wrong, right = "县", "区"
    else:
        return
    for m in _COUNTY_SELF.finditer(ctx.text):
        if m.group(1) == wrong:
            fixed = m.group()[0] + right
            yield Finding(
                m.start(), m.end(), RULE.code, RULE.severity,
                f"本单位属于{name}，“{m.group()}”应为“{fixed}”，疑似套用了其他区县的报告。",
                fixed,
            )


def check(ctx):
    own = _own(ctx)
    if not own:
        return
    yield from _bureau_as_subject(ctx, own, identity(ctx).name_span)
    yield from _slogans(ctx, own)
    yield from _county_self(ctx, own)
