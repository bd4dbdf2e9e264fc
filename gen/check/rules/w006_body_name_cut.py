"""W006: a body's name that lost its last character before （本级） ("沙坪坝区交通(本级)"), （部门） or
编制24人, or as the issuer of a cited document (《徐闻县财政关于……》); a body's name that lost a word
inside (交通运输综合执法支队 where the text names the 综合行政执法支队); or a county's name that lost
its first character ("。闻县前山镇人民政府" where the text writes 徐闻县). Where a run of characters is
a name and nothing else, before a 决算's year (某研究2022年度部门决算) or opening a clause before its
predicate's adverb (，某种子站认真开展……), a run that is the text's body name less its last character
lost it; a run ending in a place's level word (某县全面推进) or in 本级 is whole.

决算 reports list their budget units as "某区交通局（本级）、某区公路养护中心". A unit
named before （本级） is a body, so its name ends in 局, 委, 中心, 院, 所 …; when
it ends otherwise and the same text writes the name in full elsewhere
("某区交通局"), the last character was lost. The text itself is the evidence:
the rule reports only a name whose full form it finds in the same text. A 决算's title
(某市市场监督管理局（部门）决算) and its staff line (某县委员会编制24人) name a body the same way.

A name that opens a line (or follows a colon) and is another such name less one or two
characters inside (某区招商中心 / 某区招商服务中心) lost them, unless they are a word an
accepted short form leaves out (交通运输局 -> 交通局, 人民政府 -> 政府), a place before its
level word, or the text gives the shorter as a short name or tells of a renaming
(gen.check.body_variants.shortened). Where both names stand alone, T007 reports them.

A division's name never drops its first character as a short form (徐闻县 is
shortened to 徐闻, not 闻县), so where the text names a division in full and
elsewhere writes the rest of it at the start of a line or clause, the first
character was lost. The rest must be no division of its own (南县 is a county).

The report's own body, named in its title (南明区统计局), written at a clause's head with a character inside its
place's name lost (，南区统计局根据……) lost it too: no short form drops a character inside a place's core.
"""

from __future__ import annotations

import re

from ...core import regex_cache
from ...core.text_pairs import positions
from ...core.regex_trie import alternation
from ...core.regex_needles import finditer as near_needles
from ..body_variants import shortened, variants
from ..confusion import freq
from ..finding import Finding
from ..identity import identity
from ..registry import Rule

RULE = Rule(
    code="W006",
    name="body-name-cut",
    severity="warning",
    summary="单位名称少了末字（局、中心等）",
    doc=(
        "检查什么：“（本级）”“（部门）”“编制N人”“N年度部门决算”前的单位名称，句首紧接“认真开展”“积极落实”等谓语的单位名称，或所引文件标题中“关于”前的发文单位名称少了末字，"
        "如“某区交通（本级）”“《某县财政关于……的通知》”，而同一文中写有全称“某区交通局”“某县财政局”；"
        "行首或冒号后的单位名称比文中另一处的名称中间少了一两个字，如文中写有“某区招商服务中心”，别处写“某区招商中心概况”；县、区名称在行首、句首少了第一个字，"
        "如文中写有“徐闻县”，别处却写“闻县某镇人民政府”；县、区名称在“人民法院”“人民检察院”“人民政府”前少了“区”“县”字，"
        "如文中写有“石鼓区人民法院”，别处却写“衡阳市石鼓人民法院”。\n"
        "为什么：单位名称是正式名称，少字不规范，也容易让人误以为是另一个单位。\n"
        "不报的情形：文中找不到全称的（无法判断少的是哪个字）；名称以局、委、中心、院、所等结尾的；"
        "公认简称省去的词（交通运输局写作交通局、人民政府写作政府，词表见 glossary/body_variants.yaml 的 dropped）；"
        "文中用“简称”约定的名称；文中讲到机构组建、更名、撤并的（新旧名称都是真实名称）。\n"
        "示例：“重庆市某区交通(本级)”应为“重庆市某区交通局(本级)”。"
    ),
    flag=(
        # the report's own body at a clause's head, its district's name short of a character inside
        "云岩区民政局2023年政府信息公开工作年度报告\n本年依申请公开信息2条，云区民政局按照条例规定及时答复。\n",
        "某区交通局2023年度部门决算\n纳入决算编制的单位包括：某区交通（本级）、某区公路养护中心。\n",
        # a part's title runs its number into the name that lost its last character
        "某市公安局2024年部门预算\n第一部分某市公安局概况\n第二部分某市公安2024年部门预算公开表\n",
        "某县财政局下达资金后，我镇根据《某县财政关于开展绩效自评工作的通知》开展自评。\n",
        "评价单位：徐闻县某镇人民政府\n一、基本情况。闻县某镇人民政府是徐闻县的行政单位。\n",
        "某市市场监督管理（部门）决算公开\n来源：某市市场监督管理局\n",
        "某县政协委员会内设5个机构。\n某县政协委员编制24人。\n",
        "某州交通运输综合行政执法支队编制本年预算。\n实施主体：某州交通运输综合执法支队东城大队。\n",
        "第一部分 某县农机推广站概况\n第二部分 某县农机推广2023年度部门决算表\n",
        "某县民政局2023年度政府信息公开工作年度报告\n某县民政2023年政府信息公开工作年度报告根据条例编制。\n",
        "某县农机推广站负责农机推广。\n本年，某县农机推广积极落实购机补贴政策。\n",
        "衡阳市石鼓人民法院2021年度部门决算\n第一部分 衡阳市石鼓区人民法院概况\n",
        # a part's title and a paragraph on the body's setting, each naming it without its last character
        "目录\n第一部分 某市林业和园林概况\n第二部分 某市林业和园林局2020年部门决算表\n",
        "某市植物园管理处2025年度部门预算\n某市植物园管理隶属于某市公园管理中心。\n某市植物园管理下设办公室、财务科。\n",
        # a cited title's issuer before its year, and the body a reply letter is handed to, each short of 局
        "发布机构：某县林业和草原局\n我局制定了《某县林业和草原2024年建议提案办理工作方案》。\n",
        "你们提出的建议，交由县农业农村办理，现答复如下：\n县农业农村局组织实地调查。\n",
    ),
    keep=(
        # the own body written in full; another district's body inside a longer name (青岛市南区) is no clause head
        "云岩区民政局2023年政府信息公开工作年度报告\n云岩区民政局按照条例规定及时答复，青岛市云区民政局来函。\n",
        # the longer name holds a stray character (西藏资自治区) the text's usual spelling lacks: W023's, no lost word
        "西藏自治区林业和草原局2023年度部门决算\n目录\n第一部分西藏自治区林业和草原局概况\n"
        "西藏自治区林业和草原局是自治区人民政府直属机构。\n第一部分西藏资自治区林业和草原局概况\n",
        "评价单位：徐闻县某镇人民政府\n一、基本情况。徐闻县某镇人民政府是一级预算单位，简称徐闻某镇。\n",
        "杭州市西湖区某街道\n湖区水质保持稳定，新城区、城区道路均已完工；南县、新县各一个。\n",
        "合肥市某区数据资源局落实《合 肥市数字经济发展规划》，徐\n闻县同时参加。\n",
        "某区交通局2023年度部门决算\n纳入决算编制的单位包括：某区交通局（本级）、某区公路养护中心。\n",
        "纳入决算编制的单位包括：某区文化旅游（本级）。\n",
        "某市市场监督管理局（部门）决算公开\n某县政协委员会编制24人，某县政协委员张某列席。\n",
        "某县交通运输局负责全县公路建设。\n某县交通局配合实施。\n",
        "某县财政局下达资金后，我镇根据《某县财政局关于开展绩效自评工作的通知》开展自评。\n",
        "根据《某县财政关于开展绩效自评工作的通知》开展自评。\n",
        "根据《某县财政局 某县卫生健康局关于下达资金的通知》执行，《关于印发办法的通知》同时执行。\n",
        # the name before 部门 (its department) is no fuller name of the body
        "第一部分 县科协部门概况\n第二部分 县科协2018年部门决算情况说明\n",
        "某县民政局2023年度政府信息公开工作年度报告\n某县民政局2023年政府信息公开工作年度报告根据条例编制。\n",
        "某县农机推广站负责全县农机推广。\n本年，全县农机推广积极落实补贴政策，某县农机推广站2023年度部门决算如下。\n",
        "某县委办公室牵头。\n某县全面推进乡村振兴，某协会本级2023年度决算如下，某协会机关部门统筹。\n",
        "衡阳市石鼓区人民法院2021年度部门决算\n石鼓法院全年审结案件3000件，石鼓区人民政府支持。\n",
        # the title's issuer whole (局), a title that opens with a place and its year, a letter handed to 我局
        "发布机构：某县林业和草原局\n我局制定了《某县林业和草原局2024年建议提案办理工作方案》和《某县2024年森林防火方案》。\n",
        "你们提出的建议，交由我局办理，现答复如下：\n县农业农村局组织调查，已交由县农业农村局办理。\n",
        # a part's title naming the body whole, a unit's own scope; a setting verb after no name of a body
        "第一部分 某市林业和园林局概况\n第一部分 单位概况\n本单位内设办公室、财务科。\n某市植物园管理处隶属于某市公园管理中心。\n"
        "第一部分 某县农业综合开发部门概况\n",
        # a short name that is a body of its own (县政协, 县人大), not its office's name cut short
        "某县政协2022年度决算说明\n第一部分 某县政协办公室概况\n某县人大2022年度部门决算由某县人大办公室编制。\n",
    ),
)

# The characters a body's name ends in (局, 中心, 委员会, 卫生院 …): a name before （本级） ending in one is whole.
BODY_ENDS = ("局", "委", "委员会", "中心", "院", "所", "站", "办", "办公室", "厅", "会", "馆", "队", "处", "室",
              "校", "园", "部", "社", "府", "镇", "乡", "街道", "司", "台", "团", "联", "庭", "署", "场", "组")
# Where a unit's name ends in a 决算's list of units: 某区交通局（本级）, 某市市场监督管理局（部门）决算, and before a
# staff count: 某县委员会编制24人 (编制 then a figure).
# The short names of bodies that are whole names of their own (市政协, 县人大, 区科协): 市政协 is the body the
# 应城市政协办公室 serves, not that office's name cut short.
_WHOLE_ENDS = ("本级", "机关", "省", "市", "县", "区", "州", "旗", "盟", "政协", "人大", "科协")
_STAFF_COUNT = frozenset("0123456789０１２３４５６７８９一二三四五六七八九十")
_HAN_RUN_END = regex_cache.compile(r"[\u4e00-\u9fff]{3,30}$")
# A part's number that a 决算's part title runs into the body's name (第二部分随州市公安局2024年部门预算公开表).
_PART_HEAD = regex_cache.compile(r"第[一二三四五六七八九十]{1,3}部分")
# Function words no body's name holds: a run before a whole-name anchor that has one is a clause.
_NOT_IN_NAMES = frozenset("的了并在对将把被我是其")
MIN_NAME = 3
# Words that follow a body's name and begin with a body's ending: 某协会部门概况 is the 协会's 部门, 某协会所属单位 its
# units, not bodies named 某协会部 or 某协会所; nor is 集中行政处罚 a 中行政处 (处罚, 处理, 部署 are verbs).
_WORDS_AFTER_NAMES = ("部门", "所属", "会议", "处罚", "处理", "处置", "所有", "所在", "部署", "会同")


def _cut_names(text: str, anchors):
    """For each anchor offset: the name right before it that lost its last character, when the text
    writes the name in full elsewhere (the longest tail of the run before it that it does)."""
    where: dict[str, list[int]] = {}
    # A name's longest whole tail depends on the name alone: a long text writes the same name before hundreds of
    # anchors, each of which read every place its tail stands (the square of the text's length).
    wholes: dict[str, object] = {}
    for at, lo, whole in anchors:
        # the run of Chinese characters right before the anchor, read backwards from it (no scan of the text)
        m = _HAN_RUN_END.search(text, max(lo, at - 30), at)
        if m is None:
            continue
        name = m.group()
        part = _PART_HEAD.match(name)
        if part and len(name) - part.end() >= MIN_NAME:
            name = name[part.end():]  # 第二部分随州市公安2024年部门预算: the part's number, then the name
        if name.endswith(BODY_ENDS) or name.endswith(_WHOLE_ENDS):
            continue  # a body's name, a unit's own scope (某协会本级) or a place (某县全面推进) is whole
        if whole and any(ch in _NOT_IN_NAMES for ch in name):
            continue  # a clause before the predicate (我局高度重视并认真开展), not a name: no search of the text
        tail = name[-MIN_NAME:]
        if tail not in where:  # 某局核定编制 before many anchors: the text is searched once per tail
            where[tail] = positions(text, tail)
        if name not in wholes:
            wholes[name] = _longest_whole(text, name, where[tail])
        found = wholes[name]
        if found and (not whole or len(found[0]) == len(name)):
            stem, end = found
            yield m.end() - len(stem), m.end(), stem, stem + end


def _longest_whole(text: str, name: str, places: list[int]):
    """The longest tail of ``name`` (at least MIN_NAME characters) that the text writes followed by a body's
    ending, with the first such ending in BODY_ENDS' order: read at the ``places`` its shortest tail stands
    (a few), not by searching the whole text once per tail and ending."""
    best, ends = 0, set()
    for pos in places:
        after = pos + MIN_NAME
        if text.startswith(_WORDS_AFTER_NAMES, after):
            continue  # 县科协部门概况: the name, then 部门 (its department), not a body named 县科协部
        here = {end for end in BODY_ENDS if text.startswith(end, after)}
        if here:
            k = MIN_NAME  # how far back the text agrees with the name
            while k < len(name) and pos - (k - MIN_NAME) > 0 and text[pos - (k - MIN_NAME) - 1] == name[-k - 1]:
                k += 1
            if k > best:
                best, ends = k, here
            elif k == best:
                ends |= here
    end = next((e for e in BODY_ENDS if e in ends), None)
    return (name[-best:], end) if end else None


def _anchors(text: str):
    """Where a body's name ends: before （本级）, and before 关于 in a cited title (《某县财政关于……》),
    the name then read from the title's 《."""
    for mark in near_needles(_SCOPE_MARK, text):  # （本级）, （部门）: 部门 stands thousands of times, bracketed rarely
        yield mark.start(), 0, False
    for at in positions(text, "编制"):
        if text[at + 2:at + 3] in _STAFF_COUNT:
            yield at, 0, False
    for mark in _ISSUER.finditer(text):
        yield mark.start(2), mark.start(2) - len(mark.group(1)), False
    # A run that is a whole name and nothing else: before a 决算's year (某所2022年度部门决算), or opening a clause
    # before the adverb of its predicate (，某站认真开展……), before 概况 in a part's title (第一部分 某局概况)
    # or before the verb of a body's setting (某管理处隶属于……, 某管理处下设……).
    for mark in _OVERVIEW.finditer(text):
        at = mark.start(1)
        line = text.rfind("\n", 0, at) + 1
        if text.startswith("第", line) and at - line <= PART_TITLE:
            yield at, line, True
    for mark in near_needles(_SETTING, text):
        at = mark.start()
        run = _HAN_RUN_END.search(text, max(0, at - 30), at)
        if run is not None and len(run.group()) >= SETTING_NAME and (run.start() == 0 or text[run.start() - 1] in "\n。；："):
            yield at, run.start(), True
    # A run that is the whole of a cited title's issuer before its year (《某县林业和草原2025年……方案》), or the
    # whole of the body a letter is handed to (交由县农业农村办理): nothing but a name stands in either slot.
    for pattern in (_CITED_YEAR, _HANDED_TO):
        for mark in near_needles(pattern, text):
            yield mark.end(1), mark.start(1), True
    for pattern in (_YEAR_TITLE, _PREDICATE):
        for mark in near_needles(pattern, text):
            at = mark.start()
            if pattern is _PREDICATE and text[at:at + 2] not in _ADVERBS:
                continue
            if at and "\u4e00" <= text[at - 1] <= "\u9fff":  # a name's last character right before it
                yield at, 0, True


_SCOPE_MARK = regex_cache.compile(r"[（(](?:本级|部门)[)）]")
# 概况 closing a part's title (第一部分 某局概况), the line no longer than a title; a body's setting verb opening
# its paragraph's first clause, after a name of five characters or more (本单位内设 is no body's name).
_OVERVIEW = regex_cache.compile(r"(概况)[ \u3000]{0,2}$", re.M)
PART_TITLE = 40
_SETTING = regex_cache.compile(r"隶属于|下设|内设")
SETTING_NAME = 5
_ISSUER = regex_cache.compile(r"《([\u4e00-\u9fff]{3,30})(关于)")
# A cited title that opens with its issuer and the year (《某县林业和草原2025年……》); a reply's body handed the
# letter (交由县农业农村办理, 交由我局办理 is no name: 我 is no name's character).
_CITED_YEAR = regex_cache.compile(r"《([\u4e00-\u9fff]{3,30})[12]\d{3}年")
_HANDED_TO = regex_cache.compile(r"交由([\u4e00-\u9fff]{3,20})(?:研究)?办理")
# Both led by what they must start with, not by a lookbehind tried at every character: the character
# before (a name's last, Chinese) is checked where they match.
# A disclosure report's name after the year is a title the same way (某县民政2023年政府信息公开工作年度报告).
_YEAR_TITLE = regex_cache.compile(r"[12]\d{3}年度?(?:(?:部门|单位)?[决预]算|政府信息公开工作年度报告)")
# Led by a character class (the adverbs' first and second characters), which the engine scans for at once
# where an alternation is tried at every position; the adverb itself is checked where it matches.
_ADVERBS = frozenset(("认真", "积极", "严格", "坚持", "全面", "始终", "切实", "扎实", "大力", "着力", "主动", "充分"))
_PREDICATE = regex_cache.compile(r"[认积严坚全始切扎大着主充][真极格持面终实力动分]"
                                 r"(?:开展|落实|履行|执行|推进|做好|贯彻|完成)")


def _clipped_divisions(ctx):
    """A division named in full in the text, written elsewhere without its first character at the start
    of a line or clause: (start, end, what is written, the full name)."""
    from ..gazetteer import gazetteer

    text, names = ctx.text, gazetteer().by_name
    fulls: dict[str, list[str]] = {}
    for full in sorted({p.text for p in ctx.places if len(p.text) >= 3}):
        rest = full[1:]
        if not (rest in names or freq(rest)):  # 南县 is a county; 湖区 (西湖区), 城区 (新城区) are words
            fulls.setdefault(rest, []).append(full)
    if not fulls:
        return
    # One pass over the text for every remnant (a lookahead, so remnants may overlap), not one per name.
    for m in re.finditer("(?=(" + alternation(fulls) + "))", text):
        at, rest = m.start(), m.group(1)
        # A PDF copy's blank or line break may part a name ("合 肥市"): what stands before it counts.
        before = text[max(0, at - 8):at].rstrip()[-1:]
        if not before or not "\u4e00" <= before <= "\u9fff":
            for full in fulls[rest]:
                yield at, at + len(rest), rest, full


# The formal names a division's level word always stands in (衡阳市石鼓区人民法院; the short form is 石鼓法院).
_FORMAL_BODIES = ("人民法院", "人民检察院", "人民政府")
_LEVEL_BODY = regex_cache.compile(r"[区县旗](?=人民(?:法院|检察院|政府))")


def _levelless_divisions(ctx):
    """A district's or county's name without its level word before a formal body name (衡阳市石鼓人民法院)
    where the text writes the same body with it (石鼓区人民法院): (start, end, stem, the full name)."""
    from ..gazetteer import gazetteer

    text = ctx.text
    levels = {m.start() + 1 for m in near_needles(_LEVEL_BODY, text)}  # where a level word meets a formal body
    if not levels:
        return
    names = gazetteer().by_name
    stems = {p.text[:-1]: p.text for p in ctx.places
             if p.end in levels and len(p.text) >= 3 and p.text[:-1] not in names}
    if not stems:
        return
    for m in re.finditer("(" + alternation(stems) + ")(?=" + "|".join(_FORMAL_BODIES) + ")", text):
        yield m.start(), m.end(), m.group(1), stems[m.group(1)]


# The place words of a body's own name, from its start: 贵阳 市, 南明 区 (the core, then its level word).
_PLACE_PART = regex_cache.compile(r"([\u4e00-\u9fff]{2,6}?)(?:自治区|自治州|自治县|省|市|区|县|旗|镇|乡)")
_CLAUSE_HEAD = "，,。；;：:、（(\n "
MIN_CUT = 5  # characters of the cut name: a place and a body (南区统计局), not a bare place


def _own_name_inner_cut(ctx):
    """The report's own body (南明区统计局, from its title) written at a clause's head with a character inside its
    place's core lost (，南区统计局根据……): no short form drops a character inside a place's name. The first
    character lost is _clipped_divisions' reading."""
    name = identity(ctx).name
    if not name:
        return
    text, pos = ctx.text, 0
    while (m := _PLACE_PART.match(name, pos)) is not None:
        for k in range(m.start() + 1, m.end(1)):
            cut = name[m.start():k] + name[k + 1:]
            if len(cut) < MIN_CUT:
                continue
            for at in positions(text, cut):
                if at == 0 or text[at - 1] in _CLAUSE_HEAD:
                    yield at, at + len(cut), cut, name[m.start():]
        pos = m.end()


def check(ctx):
    text = ctx.text
    for start, end, cut, full in _own_name_inner_cut(ctx):
        yield Finding(start, end, RULE.code, RULE.severity,
                      f"本单位名称“{cut}”中的地名少了字，标题中写作“{full}”，此处应为“{full}”。", full)
    for start, end, stem, full in _levelless_divisions(ctx):
        yield Finding(start, end, RULE.code, RULE.severity,
                      f"地名“{stem}”少了“{full[-1]}”字：正式名称中的县区名称应写全，文中其他地方写作“{full}”，此处应为“{full}”。", full)
    reported = {(v.start, v.end) for v in variants(ctx)}  # T007's: one body named two ways, both alone
    for v in shortened(text):
        if (v.start, v.end) not in reported:
            yield Finding(v.start, v.end, RULE.code, RULE.severity,
                          f"单位名称“{v.written}”中间少了字，文中其他地方写作“{v.meant}”，此处应为“{v.meant}”。", v.meant)
    for start, end, rest, full in _clipped_divisions(ctx):
        yield Finding(start, end, RULE.code, RULE.severity,
                      f"地名“{rest}”不完整，文中其他地方写作“{full}”，此处应为“{full}”（漏了第一个字）。", full)
    for start, end, stem, full in _cut_names(text, _anchors(text)):
        yield Finding(start, end, RULE.code, RULE.severity,
                      f"单位名称“{stem}”不完整，文中其他地方写作“{full}”，此处应为“{full}”。", full)
