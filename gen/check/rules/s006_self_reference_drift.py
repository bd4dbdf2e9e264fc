"""S006: the self-reference drifts inside one text (我部门 … 我中心 … 我部门).

A report assembled from pieces of other reports keeps their self-references:
a 乡 report that says 我镇 once, a 局 report with one 我院 pasted from a
hospital's report, a text that says 我部门 throughout and 我中心 in one
paragraph. T002 already judges the strict references (我局, 我委, 我厅, 我中心)
against the body and against each other; this rule covers what it leaves:
the references that may legitimately quote a subordinate unit (我院, 我所,
我站, 我办, 我校, 我镇, 我乡, 我街道) and a lone specific reference in a text
that otherwise speaks as 我部门/我单位. Across a text the generic and a
specific reference may alternate, but inside one sentence they cannot: "我单位
高度重视……现将我局……报告如下" speaks of one subject twice under two names, so
the generic one is reported there (T002's early return for a 局 does not
apply to it). The references and the bodies they fit are glossary data
(glossary/bodies.yaml). A text that speaks as 我局/我单位 and once as 我们局
(我们单位, 我们镇) has drifted into speech: the written self-reference drops
们; it is reported when the text also uses a written one, outside quotations.
A 局's report that says 我局 three times or more and 我单位 (我部门) once is the
one exception to "generic and specific may alternate": a reviewer unifies the
lone generic one, so it is reported (two or more of them are the text's habit). The same holds for
a lone 本单位 in a text that speaks as one 我X three times or more and has no other generic
reference, as a clause's subject: 我办 … 我办 … 本单位坚持 … 我办 (对本单位预算项目 is a scope); not the 决算
template's 本单位 opening a sentence of the accounts (本单位2020年度实际收到的财政拨款收入…万元), its figures filled in. A lone 本部门 is left alone: it names the budget 部门 of
部门决算 and 部门整体支出 (本部门整体支出绩效自评得分), a scope beside the body's own name.
"""

from __future__ import annotations

import re
from collections import Counter

from ...core import regex_cache
from ...core.regex_needles import finditer as near_needles
from ...core.glossary import load
from ...core.glossary_user import per_glossary
from ..finding import Finding
from ..identity import head_lines, identity
from ..page_chrome import in_trail
from ..registry import Rule

RULE = Rule(
    code="S006",
    name="self-reference-drift",
    severity="warning",
    summary="同一报告中的自称前后不一致",
    doc=(
        "检查什么：同一报告中自称漂移：通篇“我乡”中夹一处“我镇”，通篇“我部门”中夹一处“我中心”，"
        "或自称与标题中本单位的类型不符（乡政府的报告写“我镇”“本镇”“镇、村两级”，照抄街道的职责写“本街道”）。\n"
        "为什么：自称前后不一，多半是从别的单位的报告里拼接来的文字，评审人员会据此判断报告是照抄的。\n"
        "同一句话里先称“我单位”后称“我局”，也是自称不一；书面自称“我局/我单位”之外夹一处口语“我们局/我们单位”，也是。\n"
        "通篇自称“我局”（三处以上），只有一处写成“我单位”“我部门”，也是自称不一，应统一；通篇自称“我办”等（三处以上），只有一处写成“本单位”的，同样（“本部门”可指预算部门，不报；决算模板中以“本单位”开头、写明金额的对账、收支句子也不报）。\n"
        "不报的情形：“我局”“我委”等之间的混用由 T002 报告；“我部门”“我单位”与具体自称在不同句子里并用（单独一处的除外）；"
        "具体自称出现两次以上且数量相当（可能是引述下属单位）。\n"
        "示例：田心乡人民政府的报告中“我镇严格执行预算”应为“我乡”。"
    ),
    flag=(
        "田心乡人民政府2022年度部门整体支出绩效自评报告\n一、基本情况\n我乡认真开展自评。\n我镇严格执行预算。\n",
        "部门整体支出绩效自评报告\n一、基本情况\n我部门认真开展自评。\n我部门严格执行预算。\n"
        "我部门按要求公开。\n我中心完成了全部任务。\n",
        "部门整体支出绩效自评报告\n一、基本情况\n我部门认真开展自评。\n我中心严格执行预算。\n我部门按要求公开。\n",
        "部门整体支出绩效自评报告\n一、基本情况\n我乡认真开展自评。\n我乡严格执行预算。\n我乡按要求公开。\n我镇完成了全部任务。\n",
        "某县农业农村局2023年度部门整体支出绩效自评报告\n根据县财政局要求，我单位高度重视，现将我局自评情况报告如下：\n",
        "某县水利局2023年度项目绩效自评报告\n我单位认真开展自评。\n工程完工后，我们局组织人员进行了验收。\n",
        # a 局's report that speaks as 我局 throughout and once as 我单位
        "某市发展和改革局2021年度部门整体支出绩效自评报告\n我单位及时布置自评任务。\n我局严格执行预算。\n"
        "我局按要求公开。\n我局完成了全部任务。\n",
        # one 本单位 in a text that speaks as 我办 throughout
        "某县编办2021年度部门决算\n我办负责机构编制管理。\n我办内设两个股室。\n本单位严格控制支出。\n我办无政府采购。\n",
        # a 乡's report that speaks as a 镇 (本镇, 镇、村两级)
        "某县青石乡人民政府部门整体支出绩效自评报告\n一、基本情况\n负责本镇经济社会发展规划。\n",
        "某县青石乡人民政府部门整体支出绩效自评报告\n一、基本情况\n逐步健全镇、村两级便民服务体系。\n",
        "某县青石乡人民政府部门整体支出绩效自评报告\n一、基本情况\n推进人居环境提升，推动镇、村高质量发展。\n",
        # a township's duties copied from a 街道's (拟订本街道发展规划)
        "某县青石乡人民政府部门整体支出绩效自评报告\n一、基本情况\n负责编制本街道年度发展计划。\n",
        # a college's title going on with its genre: the college speaks, 我所 is another body's
        "某市职业技术学院部门决算说明\n一、基本情况\n我校现有教职工300人。\n我所严格执行预算。\n",
    ),
    keep=(
        # the site's navigation trail names a column (乡镇街道决算公开), not the body: the title below is a 乡's
        "您当前位置: 首页/政务公开/预算/决算/乡镇街道决算公开\n某区水市乡人民政府2019年度部门决算情况说明\n"
        "我乡内设机构15个。我乡全年支出800万元。\n",
        # a college speaks as 我院 and as 我校
        "某市职业技术学院2016年部门决算编制说明\n一、基本情况\n我校现有教职工300人。\n我院坚持立德树人，我校严格执行预算。\n",
        "田心乡人民政府2022年度部门整体支出绩效自评报告\n一、基本情况\n我乡认真开展自评。\n我单位严格执行预算。\n",
        "某县青石镇人民政府部门整体支出绩效自评报告\n一、基本情况\n完善县、乡、村三级网络，推动镇、村高质量发展，建设城乡、村庄道路。\n",
        "某县青石乡人民政府部门整体支出绩效自评报告\n一、基本情况\n负责本乡经济社会发展规划，健全乡、村两级便民服务体系，"
        "统筹全县各乡镇、本乡镇村干部培训，推进全乡村级组织建设，完善乡镇村两级网格。\n",
        # a 街道 named as another body, not as the township itself
        "某县青石镇人民政府部门整体支出绩效自评报告\n一、基本情况\n配合邻近的城关街道做好交界地带的环境整治。\n",
        "某区疾病预防控制中心2022年度报告\n一、基本情况\n我部门认真开展自评。\n我部门严格执行预算。\n我部门按要求公开。\n我中心完成了全部任务。\n",
        "某县卫生健康局2022年度报告\n一、基本情况\n我局指导县医院工作，县医院表示“我院将加快建设”。\n",
        "部门整体支出绩效自评报告\n一、基本情况\n我中心认真开展自评。\n我部门严格执行预算。\n我部门按要求公开。\n",
        "部门整体支出绩效自评报告\n一、基本情况\n我部门认真开展自评。\n我中心严格执行预算。\n我单位按要求公开。\n",
        "某县农业农村局2023年度部门整体支出绩效自评报告\n我局高度重视。\n我单位按要求公开了预算。\n",
        # two generic references beside three of the body's own: the text alternates, no lone slip
        "某市发展和改革局2021年度部门整体支出绩效自评报告\n我单位及时布置自评任务。\n我局严格执行预算。\n"
        "我局按要求公开。\n我单位完成了全部任务。\n我局及时整改。\n",
        "某县卫生健康局2023年度报告\n我单位组织座谈，县医院表示“我院将加快建设”。\n",
        # a subordinate unit named between: 我单位 then counts the body and its unit together
        "某县信访局2020年度部门决算\n根据编委核定，我局内设股室4个，下设事业单位1个，我单位共有编制13人。\n",
        # two 本单位 (the text's habit), a 我单位 beside it, or 基本单位 (no self-reference)
        "某县编办2021年度部门决算\n我办负责机构编制管理。\n我办内设两个股室。\n本单位严格控制支出。\n本单位无政府采购。\n我办按时公开。\n",
        "某县编办2021年度部门决算\n我办负责编制管理。\n我办内设两个股室。\n本单位严格控制支出。\n我单位按时公开。\n我办无采购。\n",
        "某县编办2021年度部门决算\n我办负责编制管理。\n我办内设两个股室。\n调查以村为基本单位。\n我办无采购。\n",
        # 本单位 owning a channel in a list of channels: the channel's name, not the clause's subject
        "某县档案局2020年政府信息公开年度报告\n我局加强领导。\n我局健全制度。\n我局通过县政府网站公开信息。\n"
        "全年公开信息60条，其中县政府网站发布25条，本单位信息公开栏公开35条。\n",
        # the 决算 template's 本单位 opening a sentence of the accounts, its figures filled in
        "某职业学校2020年部门决算填报说明\n我校是一所中等专业学校。我校在校生3000人。我校高度重视决算工作。\n"
        "二、与财政部门对账情况\n本单位2020年度实际收到的财政拨款收入1230.5万元，对账单1230.5万元，差额0万元。\n",
        "某县水利局2023年度项目绩效自评报告\n我单位认真开展自评。\n受益群众说：“我们镇的路好走了。”\n",
        # the page header's publisher (the county government's office) is not the school that writes
        "• 发布机构\n建水县人民政府办公室\n• 发布日期\n2021-08-16\n建水县第二中学2020年度部门决算\n"
        "第一部分 建水县第二中学概况\n一、主要职能\n我校是一所承担初级和高级中学教育的学校。\n",
        "某县水利局2023年度项目绩效自评报告\n我局认真开展自评，我们所做的工作得到认可，面对我们局面临的新形势。\n",
        # an institute under an academy (科学院 is no college): the title's unit is the 研究所 that speaks
        "某省科学院某某地理研究所2020年度信息公开工作报告\n一、概述\n我所持续推进公开。\n我所共主动公开信息320条。\n",
    ),
)

# A minority reference is drift when the majority outnumbers it this many times.
DRIFT_RATIO = 3
# A lone specific reference among generic ones needs this many generic ones around it.
GENERIC_MIN = 3
# A lone generic reference among the body's own (我单位 among 我局) needs this many of them around it.
OWN_MIN = 3


@per_glossary()
def _pattern() -> re.Pattern:
    g = load()
    refs = sorted([b.ref for b in g.bodies] + list(g.generic_refs), key=len, reverse=True)
    # 自我中心 is not a self-reference; 我委托 is 我 + 委托; 我所在 / 我所属 are not 我所.
    return re.compile(r"(?<!自)(?:" + "|".join(map(re.escape, refs)) + r")(?![托派屈在属有以])")


def check(ctx):
    g = load()
    yield from _township_drift(ctx)
    found = [(m.start(), m.end(), m.group()) for m in near_needles(_pattern(), ctx.text)]
    if not found:
        return
    strict = {b.ref for b in g.bodies if b.strict}
    generic = set(g.generic_refs)
    counts = Counter(ref for _, _, ref in found)
    ident = identity(ctx)
    name = ident.name
    own = g.body_type(name) if name else _own_from_title(ctx)
    if ident.published_by and ident.name_span:
        # the name is the site's publisher (a parent department's 办公室 that put the page out): the title
        # below it names the body that writes
        own = _own_from_title(ctx, after=ident.name_span[1]) or own
    specific = {ref: n for ref, n in counts.items() if ref not in generic}
    if own is not None and own.ref == "我校" and _COLLEGE in (name or ctx.text[:HEAD_REACH]):
        specific.pop("我院", None)  # a 学院 speaks as 我院 as often as 我校
    flagged = _drifting(specific, counts, own, strict, generic)
    flagged.update(_lone_generic(counts, own, generic))
    flagged.update(_sandwiched(found, specific, generic, own, flagged))
    reported = set()
    for s, e, ref in found:
        why = flagged.get(ref)
        if why:
            reported.add(s)
            yield Finding(s, e, RULE.code, RULE.severity, why)
    for s, e, why in _mixed_in_sentence(ctx.text, found, generic):
        if s not in reported:
            yield Finding(s, e, RULE.code, RULE.severity, why)
    yield from _spoken(ctx.text)
    lone = _lone_ben(ctx.text, counts, own, generic, specific)
    if lone is not None:
        yield lone


# 本单位, 本部门 as a self-reference; not the tail of a word in 本 (基本单位, 样本单位, 成本部门).
_BEN_GENERIC = regex_cache.compile(r"(?<![基根成样文版资日课剧脚账标书副正原蓝范读话画])本(?:单位|部门)")


# A college (乐山职业技术学院) is a school that speaks as 我院 as often as 我校; its name is in the text's head.
_COLLEGE = "学院"
HEAD_REACH = 2000  # the title may stand below a page's menu


# 本单位 owning a channel of publication (本单位政务公开栏, 本单位网站) in a list of channels beside 县政务网:
# the channel's name, an attribute, not the clause's subject standing for 我X.
_OWN_CHANNEL = regex_cache.compile(r"本单位(?:的)?[\u4e00-\u9fff]{0,6}?(?:公开栏|公示栏|宣传栏|网站|门户|公众号|微博)")


def _in_phrase(text: str, at: int) -> bool:
    """本单位 inside a clause (对本单位预算项目): a scope, not the clause's subject standing for 我X."""
    return at > 0 and "\u4e00" <= text[at - 1] <= "\u9fff"


def _lone_ben(text: str, counts: Counter, own, generic: set, specific: dict):
    """One 本单位 in a text that speaks as one 我X, three times or more, and uses no other generic
    reference (我单位, 本部门, a second 本单位): a sentence kept from another draft, as the lone 我单位 above."""
    if any(counts.get(r) for r in generic) or text.count("本单位") != 1:  # the one 本单位, or nothing to read
        return None
    refs = list(_BEN_GENERIC.finditer(text))
    if len(refs) != 1 or refs[0].group() != "本单位" or _in_phrase(text, refs[0].start()) \
            or _states_accounts(text, refs[0].start()) or _OWN_CHANNEL.match(text, refs[0].start()):
        return None
    if own is not None and counts.get(own.ref, 0) >= OWN_MIN:
        ref = own.ref
    elif len(specific) == 1:
        ref = next(iter(specific))
    else:
        return None
    if counts[ref] < OWN_MIN:
        return None
    m = refs[0]
    return Finding(m.start(), m.end(), RULE.code, RULE.severity,
                   f"本报告通篇自称“{ref}”（{counts[ref]}处），只有此处写成“{m.group()}”，自称前后不一致，应统一为“{ref}”。")


# An amount in yuan: the sentence states the accounts.
_AMOUNT = regex_cache.compile(r"\d[\d.,，]{0,14}[ \t]{0,2}(?:万元|亿元|元)")
ACCOUNTS_REACH = 200  # characters of the sentence read after 本单位


def _states_accounts(text: str, at: int) -> bool:
    """本单位 opens a sentence of the accounts (本单位2011年度实际收到的财政拨款收入5538.38万元，对账单……): the 决算
    template's own subject for the accounting entity, kept where the writer filled in the figures; no drift from
    another body's text, which is what a lone 本单位 among 我X otherwise shows."""
    end = min((i for i in (text.find("。", at, at + ACCOUNTS_REACH), text.find("\n", at, at + ACCOUNTS_REACH)) if i != -1),
              default=at + ACCOUNTS_REACH)
    return _AMOUNT.search(text, at, end) is not None


# The report's own township in its title: "某县某某乡人民政府……报告", "2022年度某某镇人民政府部门决算".
_TOWNSHIP_TITLE = regex_cache.compile(r"[\u4e00-\u9fff]{2}(?<!乡)([乡镇])人民政府")
TITLE_MAX = 60
TITLE_SCAN = 20  # paragraphs read for the title: a web copy puts its page furniture first
# The township speaking of itself: 本乡, 全镇, 乡、村两级 (not 本乡镇 / 全乡镇, which name every township).
# A township's text copied from a 街道's says 本街道 / 全街道 (the duties of 乡镇 and 街道 are often one list).
# 镇、村 as the township and its villages outside a list of levels (推动镇、村高质量发展; not 县、乡、村, 城乡、村庄).
_TOWNSHIP_SELF = regex_cache.compile(
    r"(?:(?<=[本全])([乡镇]|街道)(?![乡镇村])|(?<![乡镇城])([乡镇])(?=、?村两级)|(?<![乡镇城县、])([乡镇])(?=、村(?![庄落民两])))")


def _township_drift(ctx):
    """A 乡's report that calls itself 本镇 (全镇, 镇、村两级), or a 镇's that says 本乡 or 本街道: the text was taken
    from another township's or a 街道's report. The kind is read from the title (乡人民政府/镇人民政府)."""
    kinds = {m.group(1) for p in ctx.paragraphs[:TITLE_SCAN] if "。" not in p.text and len(p.text) <= TITLE_MAX
             for m in _TOWNSHIP_TITLE.finditer(p.text)}
    if len(kinds) != 1:
        return
    own = kinds.pop()
    for m in _TOWNSHIP_SELF.finditer(ctx.text):
        kind = m.group(1) or m.group(2) or m.group(3)
        if kind != own:
            yield Finding(m.start(), m.end(), RULE.code, RULE.severity,
                          f"本报告的单位是{own}人民政府，此处却自称“{kind}”，应为“{own}”。", own)


# 我们局 / 我们单位: spoken self-references; the lookaheads keep out 我们局面, 我们乡村, 我们委托, 我们中心工作.
_SPOKEN = regex_cache.compile(r"我们(单位|部门|局(?![面势限])|厅|委(?![托员屈婉])|中心(?!工作|任务|环节)|镇(?![定静])|乡(?![村镇土亲愁音]))")


def _spoken(text: str):
    """Spoken self-references (我们局) in a text that writes its own (我局, 我单位) elsewhere; quotations skipped."""
    for m in _SPOKEN.finditer(text):
        if text.count("“", 0, m.start()) > text.count("”", 0, m.start()):
            continue  # someone quoted speaking
        written = "我" + m.group(1)
        yield Finding(m.start(), m.end(), RULE.code, RULE.severity,
                      f"自称口语化：本报告其他地方用书面自称，此处写成“{m.group()}”，应为“{written}”并与全文统一。", written)


_SENTENCE_END = regex_cache.compile(r"[。！？!?\n]")


# A unit below the body named between the two references (我局内设股室4个，下设事业单位1个，我单位共有编制13人):
# the generic one then speaks for the body and its units together, a scope of its own.
_SUBORDINATE = regex_cache.compile(r"下设|下属|所属")


def _mixed_in_sentence(text: str, found: list, generic: set):
    """A generic reference (我单位) and a specific one (我局) for one subject in one sentence.

    References inside quotation marks are someone else speaking and are skipped.
    """
    by_sentence: dict[int, list] = {}
    opened = closed = last = 0
    for s, e, ref in found:  # in text order: quote marks counted once over the text
        opened += text.count("“", last, s)
        closed += text.count("”", last, s)
        last = s
        if opened > closed:
            continue
        stop = _SENTENCE_END.search(text, s)
        by_sentence.setdefault(stop.start() if stop else len(text), []).append((s, e, ref))
    for refs in by_sentence.values():
        gen = [r for r in refs if r[2] in generic]
        spec = [r for r in refs if r[2] not in generic]
        if gen and spec and len({r[2] for r in spec}) == 1 and not _SUBORDINATE.search(text, refs[0][0], refs[-1][0]):
            s, e, ref = gen[0]
            yield s, e, f"同一句话里先后自称“{ref}”和“{spec[0][2]}”，应统一（如统一为“{spec[0][2]}”）。"


def _drifting(specific: dict, counts: Counter, own, strict: set, generic: set) -> dict[str, str]:
    """Which specific references drift, with the message for each."""
    out: dict[str, str] = {}
    if own is not None:
        if own.strict:
            return out  # T002 judges every reference against a 局/委/厅/中心
        for ref in specific:
            body = load().body_ref(ref)
            # Only references of the same kind as the body (我镇 in a 乡's report) are sure to be drift.
            if ref != own.ref and body is not None and not body.strict and _same_kind(ref, own.ref):
                out[ref] = f"本报告的单位是{own.label}，自称应为“{own.ref}”，此处写成了“{ref}”。"
        return out
    if len(specific) >= 2:
        major = max(specific, key=lambda r: specific[r])
        for ref, n in specific.items():
            if ref != major and not (ref in strict and major in strict) and specific[major] >= DRIFT_RATIO * n:
                out[ref] = f"本报告通篇自称“{major}”（{specific[major]}处），此处却写成“{ref}”，自称前后不一致。"
        return out
    generic_n = sum(counts[r] for r in generic if r in counts)
    for ref, n in specific.items():
        if n == 1 and generic_n >= GENERIC_MIN:
            out[ref] = f"本报告通篇自称“我部门/我单位”（{generic_n}处），只有此处写成“{ref}”，自称前后不一致。"
    return out


def _lone_generic(counts: Counter, own, generic: set) -> dict[str, str]:
    """One generic reference (我单位) in a text that otherwise speaks as the body's own (我局, three
    times or more): a sentence kept from another draft; a reviewer unifies it. Only with the body's kind
    known from its name, and only the own reference counted: 我局 among 我委 is T002's."""
    if own is None or counts.get(own.ref, 0) < OWN_MIN:
        return {}
    used = [ref for ref in generic if counts.get(ref)]
    if len(used) != 1 or counts[used[0]] != 1:
        return {}
    ref = used[0]
    return {ref: f"本报告通篇自称“{own.ref}”（{counts[own.ref]}处），只有此处写成“{ref}”，自称前后不一致，应统一为“{own.ref}”。"}


def _sandwiched(found: list, specific: dict, generic: set, own, flagged: dict) -> dict[str, str]:
    """A lone specific reference with the generic one both before and after it (我部门 … 我中心 … 我部门).

    Too few mentions for the ratio above, but the text already spoke as
    我部门 and goes back to it: the one 我中心 in between was pasted in. A
    specific reference that opens the text (我中心 … 我部门 … 我部门) is an
    introduction followed by the generic form, and is left alone.
    """
    if own is not None or len(specific) != 1:
        return {}
    ref, n = next(iter(specific.items()))
    if n != 1 or ref in flagged:
        return {}
    at = next(s for s, _, r in found if r == ref)
    before = [r for s, _, r in found if s < at and r in generic]
    after = [r for s, _, r in found if s > at and r in generic]
    if not before or not after or len(set(before + after)) != 1:
        return {}
    return {ref: f"本报告前后都自称“{before[0]}”，只有此处写成“{ref}”，自称前后不一致。"}


def _own_from_title(ctx, after: int = 0):
    """The body named in the title by a long ending (乡人民政府, 街道办事处, 中学) that identity does not read;
    only lines from ``after`` on (below the page header's publisher field)."""
    best = None
    for line in head_lines(ctx, after):
        if "。" in line.text:
            continue  # a sentence of body text, not a title: its 我中心 is a self-reference, not a name
        for body in load().bodies:
            for fit in body.fits:
                if len(fit) < 2:
                    continue
                at = line.text.find(fit)
                if at >= 2 and line.text[at - 1] not in "我本" and not in_trail(ctx.text, line.start + at) \
                        and (best is None or (line.start + at, -len(fit)) < best[0]):
                    best = ((line.start + at, -len(fit)), body)
        if best:
            return _unit_under(line.text, best[0][0] - line.start - best[0][1], best[1])
    return None


# The name run on after a parent body's ending (中国科学院青藏高原研究所): the words a title goes on with instead.
_NOT_UNIT = regex_cache.compile(r"关于|报告|决算|预算|工作|情况|说明")
_HAN_AFTER = regex_cache.compile(r"[\u4e00-\u9fff]{2,10}(?![\u4e00-\u9fff])")


def _unit_under(line: str, end: int, parent):
    """The body a title names when the parent's name runs straight on into its unit's (中国科学院 +
    青藏高原研究所 up to the year): the unit's ending (所, 站, 馆) decides, not the parent's 学院 or 科学院;
    a title that goes on with its genre (…中学部门决算) keeps the parent."""
    m = _HAN_AFTER.match(line, end)
    if m is None or _NOT_UNIT.search(m.group()):
        return parent
    return load().body_type(m.group()) or parent


_KINDS = ({"我镇", "我乡", "我街道"}, {"我院", "我所", "我站", "我校", "我办"})


def _same_kind(a: str, b: str) -> bool:
    return any(a in kind and b in kind for kind in _KINDS)
