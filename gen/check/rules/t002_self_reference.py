"""T002: a self-reference (我局/我委/我厅/我中心) that does not fit the body.

A 局 calls itself 我局, a 委员会 我委. "我厅" in a county 卫生健康局's report is
a leftover of a provincial template; 我局 and 我委 mixed in one report is a
sign of text pasted from another body's report. The body type comes from the
data file when given, else from the report's own name in its title, but not
from the publisher named in the page's header (发布机构 | 县民政局): a site files
the reports of a department's units under the department, and the unit's
report rightly says 我中心; there only mixed self-references are reported.

The 决算 template's scope sentence names the body's own level by its type alone
(部门决算包括：局本级决算): a 检察院 whose text says 局本级 kept another body's
template. Such a bare X本级 (after a colon, a comma, 为 or 包括) is judged against the body
read from the title, whatever the body's type.

A template's paragraph names its body by its kind alone as the subject ((一)中心高度重视政府信息公开工作,
局始终坚持……): a 商务局's report that opens a paragraph with 中心 kept a 中心's template. Only at a line's or
a sentence's start (after a heading's number) and before the verbs a subject takes there (高度重视, 始终, 认真,
严格…), so 中心城区, 中心工作, 委托 and 所有 are no subject; judged only against a body of a strict kind read
from the report's own text (a publisher's name may be the unit's parent).

A report whose only self-reference is 我局 (once or twice) while it calls itself 本院 again and again (a court's
duties: 本院管辖的案件) kept another body's template: the 本X shows the body where no title is read.

A 镇's report that calls its government 乡政府 (or a 乡's 镇政府) kept the other kind's template: read only where the
text names no township of that kind (no other 乡 or 镇 in it but inside 乡镇, 城乡, 城镇 …).
"""

from __future__ import annotations

import re
from collections import Counter

from ...core.glossary import load
from ...core.glossary_user import per_glossary
from ...core.han import is_han
from ...core.regex_needles import contains, finditer as near_needles
from ..finding import Finding
from ..identity import head_lines, identity
from ..registry import Rule

RULE = Rule(
    code="T002",
    name="self-reference",
    severity="error",
    summary="单位自称与单位类型不符，或前后不一致",
    doc=(
        "检查什么：报告中的自称（我局、我委、我厅、我中心）是否与本单位类型相符，以及同一报告中是否混用。"
        "单位类型取自数据文件，或报告标题中的单位名称（如“南岳区卫生健康局”是局，应自称“我局”）。\n"
        "为什么：自称写错多半是套用了上级或其他单位的报告，评审人员一眼就能看出。\n"
        "段首以单位类型作主语而与本单位不符的（商务局的报告写“（一）中心高度重视政府信息公开工作”），也报告。\n"
        "示例：卫生健康局的报告中写“保障我厅机构正常运转”，应改为“我局”。"
    ),
    flag=(
        "南岳区卫生健康局\n2022年度部门整体支出绩效评价报告\n基本支出系保障我厅机构正常运转的各项支出。",
        "衡阳市公安局交通警察支队2024年度部门整体支出绩效自评报告\n我局对部门整体支出进行了评价。",
        "部门整体支出绩效报告\n我局对部门整体支出进行了评价。\n我局按要求完成了公开。\n我委认真落实相关规定。",
        "诸暨市人民检察院2021年度部门决算\n从预算单位构成看，诸暨市人民检察院部门决算包括：局本级决算。",
        "发布机构 | 某县民政局 | 发布日期 | 2021-06-30\n一、项目基本情况\n我中心按规定使用资金。\n我中心完成公开。\n我局完成自评。",
        # a 镇's own government called 乡政府 (a 乡's template)
        "某县赤岭镇人民政府2012年政府信息公开工作年度报告\n镇政府指定专人负责乡政府信息公开的日常工作。",
        # a paragraph whose subject is another kind of body, named by its kind alone
        "某市商务局2022年政府信息公开工作年度报告\n二、工作推动情况\n(一)中心高度重视政务公开工作，明确专人负责。",
        # a court that calls itself 本院 throughout (its title joined to the next line), and 我局 once
        "简介:某县人民法院2018年部门预算说明按照有关规定编制。\n（一）审理本院管辖的案件。\n（二）维护本院审判秩序。\n"
        "（三）承办应由本院负责的其他工作。\n目前我局部门预算实行综合预算。",
        # a court's scope sentence with 包括 before the template's 局本级, the site's column in the trail above
        "当前位置: 首页 > 新闻中心 > 通知公告\n2022年某县人民法院预算公开\n本院部门预算包括局本级预算，无下属单位。",
    ),
    keep=(
        # the site's header names the body as renamed since; the report's title and its text speak as the 委 it was
        "某区卫生健康局\n2016年区卫计委政务公开年报\n我委加强领导。\n我委健全制度。\n我委按时公开信息。\n",
        "南岳区卫生健康局\n2022年度部门整体支出绩效评价报告\n我局对部门整体支出进行了评价。",
        # a unit named after its bureau: its name goes on past the 局
        "衡阳市公安局交通警察支队2024年度部门整体支出绩效自评报告\n我支队对部门整体支出进行了评价。",
        "某市卫生健康委员会2022年度报告\n我委委托第三方开展评价，我委按要求完成了公开。",
        "诸暨市人民检察院2021年度部门决算\n从预算单位构成看，诸暨市人民检察院部门决算包括：院本级决算。",
        "当前位置: 首页 > 新闻中心 > 通知公告\n2022年某县人民法院预算公开\n本院部门预算包括院本级预算，无下属单位。",
        # a 镇's report that names a 乡 of its county: its government may be meant; 乡镇政府 is both kinds
        "某县赤岭镇人民政府2012年政府信息公开工作年度报告\n协助石门乡政府做好信息公开，指导各乡镇政府公开信息。",
        # the addressee above the text is not the body that writes it
        "关于2022年度扶助资金绩效评价的报告\n省财政厅：\n根据贵厅通知要求，我局对2022年度移民困难扶助专项资金的分配、使用和管理情况认真进行了绩效评价，现将有关情况报告如下。",
        # a notice's list of attachments names the bodies each goes to (发…), not the body that writes
        "某财预〔2021〕12号\n区财政局：\n请于年度结束后将自评报告报我局备案。\n附件：1. 资金明细表（发市发展改革委）\n2. 绩效目标表",
        # the body's own kind as the subject; 中心 and 委 opening other words
        "某市商务局2022年政府信息公开工作年度报告\n(一)局高度重视政务公开工作。\n(二)中心城区建设有序推进。委托第三方评估。",
        "某市政务服务中心2022年工作总结\n(一)中心高度重视政务公开工作。",
        # 我局 with 本局 beside it: the body is a 局 that names a court's 本院 in a quotation
        "简介:某县司法局报告。\n来函称本院管辖、本院审理、本院执行的案件已移交本局。\n我局按期办结。",
        # the site's account link in the menu above the title (登录个人中心) is no body: 中心 is the site's page
        "政务微博\n登录个人中心\n某县民政局2016年政府信息公开工作年度报告\n我局收到申请2条，我局均已答复。",
        # a 局 that says 我局 as often as the 本院 it quotes
        "简介:某县司法局报告。\n我局收到来函，称本院管辖、本院审理、本院执行。我局按期办结，我局已回复。",
    ),
)


@per_glossary()
def _pattern() -> re.Pattern:
    refs = sorted((b.ref for b in load().bodies if b.strict), key=len, reverse=True)
    # 自我局限 / 自我中心 are not self-references; 我委托 is 我 + 委托.
    return re.compile(r"(?<!自)(?:" + "|".join(map(re.escape, refs)) + r")(?![托派屈])")


# A body's own level named by its type alone, in the 决算 template's scope sentence.
_OWN_LEVEL = re.compile(r"(?:(?<=[：:，,、为])|(?<=包括))(局|委|厅|院|中心)本级")  # 预算包括局本级预算


def _own_level(ctx):
    ident = identity(ctx)
    own = load().body_type(ident.name) if ident.name and not ident.published_by else None
    if own is None or not contains(ctx.text, "本级"):
        return
    for m in _OWN_LEVEL.finditer(ctx.text):
        if not any(ident.name.endswith(suffix) and suffix.endswith(m.group(1)) for suffix in own.fits):
            yield Finding(m.start(), m.end(), RULE.code, RULE.severity,
                          f"本报告的单位是“{ident.name}”（{own.label}），此处写成了“{m.group()}”，"
                          "多为套用其他单位的模板，请改为本单位的称谓。")


# A paragraph's or a sentence's subject named by a body's kind alone, before the verbs a subject takes there.
_BARE_SUBJECT = re.compile(
    r"(?:^|(?<=[。；;]))[ \t\u3000]{0,4}(?:[（(][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．]"
    r"|[一二三四五六七八九十]是[，,:：]?)?[ \t\u3000]{0,2}(?P<kind>中心|局|委|厅|院|所)"
    r"(?=高度重视|始终|一直|认真|坚持|严格|按照|积极|不断|进一步|切实|全面|扎实|持续|紧紧围绕|主动|及时|依法|着力|大力|注重)",
    re.M)


def _bare_subject(ctx):
    ident = identity(ctx)
    own = load().body_type(ident.name) if ident.name and not ident.published_by else None
    if own is None or not own.strict:
        return
    for m in near_needles(_BARE_SUBJECT, ctx.text):  # the same matches, tried near its verbs, not at every character
        kind = m.group("kind")
        if any(ident.name.endswith(suffix) and (suffix.startswith(kind) or suffix.endswith(kind)) for suffix in own.fits):
            continue
        s, e = m.span("kind")
        yield Finding(s, e, RULE.code, RULE.severity,
                      f"本报告的单位是“{ident.name}”（{own.label}），此处以“{kind}”自称作主语，与本单位类型不符，"
                      f"多为套用其他单位的模板，请改为“{own.ref}”或本单位名称。", own.ref)


# A township's own government called by the other kind (a 镇's report that says 乡政府), not inside 乡镇政府.
_OTHER_TOWNSHIP = {"镇": re.compile(r"(?<!镇)乡(?:人民)?政府"),
                   "乡": re.compile(r"(?<!乡镇)(?<!乡)镇(?:人民)?政府")}
# Words that hold the other kind's character without naming a township of that kind.
_TOWNSHIP_WORDS = {"镇": re.compile(r"乡镇|城乡|乡村|家乡|乡土|乡贤|老乡|下乡|返乡|回乡|乡风|乡愁|乡(?:人民)?政府"),
                   "乡": re.compile(r"乡镇|城镇|村镇|集镇|镇(?:人民)?政府")}


# The report's title names a township's government: 赤水镇人民政府2012年政府信息公开工作年度报告.
_TOWNSHIP_TITLE = re.compile(r"([\u4e00-\u9fff]{2,12}?(镇|乡)(?:人民)?政府)(?=[ \u3000]{0,2}(?:(?:19|20)\d\d|关于))")
TITLE_MAX = 40
# Words that stand before the own government's name (负责乡政府…, 本乡政府), not a place's name.
_OWN_BEFORE = ("负责", "本", "我", "该", "全", "由", "对", "在", "向", "经", "是", "和", "及")


def _township_kind(ctx):
    """A 镇's report naming its own government 乡政府 (负责乡政府信息公开的日常工作), or a 乡's naming 镇政府: read
    only where the text names no township of that kind at all (no other 乡 or 镇 stands in it), so the
    government meant is the report's own, written with another kind's template."""
    title = _TOWNSHIP_TITLE.match(ctx.text.lstrip()[:TITLE_MAX])
    if title is None:
        return
    name, kind = title.group(1), title.group(2)
    other = {"镇": "乡", "乡": "镇"}[kind]
    if other in _TOWNSHIP_WORDS[kind].sub("", ctx.text):
        return  # another township of that kind is named: its government may be meant
    for m in _OTHER_TOWNSHIP[kind].finditer(ctx.text):
        before = ctx.text[max(0, m.start() - 2):m.start()]
        if before and is_han(before[-1]) and not before.endswith(_OWN_BEFORE):
            continue  # 石门乡政府: a place's name before it, another township's government
        yield Finding(m.start(), m.start() + 1, RULE.code, RULE.severity,
                      f"本报告的单位是“{name}”，此处写成了“{m.group()}”，多为套用{other}政府的模板，应为“{kind}”。", kind)


# The body calling itself 本X (本院管辖的案件, 本局机关): the kinds a report's own name may take, as T002's refs.
_BEN = re.compile(r"本(局|委|厅|院|中心)(?![托员])")
BEN_MIN = 3  # 本院 written this often is the body's own kind: a lone 我局 beside it is another body's template


def _against_ben(text: str, refs):
    """A report of one self-reference (我局, once or twice) that calls itself 本院 again and again (a 法院's duties:
    本院管辖, 本院工作秩序): with no title read (its line joined to the next) the kind 本X names shows the body,
    and the 我X of another kind is a template's leftover. Read only where 我X's own kind is never 本X."""
    ben = Counter("我" + m.group(1) for m in _BEN.finditer(text)) if "本" in text else Counter()
    ref = refs[0][2]
    if not ben or ben[ref]:
        return
    major, many = ben.most_common(1)[0]
    if many < BEN_MIN or many < 2 * len(refs) or major == ref:
        return
    for s, e, _ in refs:
        yield Finding(s, e, RULE.code, RULE.severity,
                      f"本报告多处自称“{major[1:]}”（写作“本{major[1:]}”，{many}处），此处却写“{ref}”，多为套用其他单位的模板，"
                      f"应为“{major}”。", major)


# A title of a report (2015年区住建委政务公开年报) below the site's header, which may name the body as renamed since.
_REPORT_TITLE = re.compile(r"报告|年报|决算|预算")
_HAN_BEFORE = re.compile(r"[\u4e00-\u9fff]{1,8}$")
CONSISTENT_MIN = 3  # self-references, all one, that show how the text speaks of its body


def _title_speaks_as(ctx, ident, refs, glossary) -> bool:
    """The text speaks as one kind throughout (我委, three times or more) and a report title in its head names
    its body as that kind (2015年区住建委政务公开年报), while the name read first is the site's header
    (谯城区住房和城乡建设局, the body renamed since): the report is right for its year and its title."""
    kinds = {ref for _, _, ref in refs}
    if len(kinds) != 1 or len(refs) < CONSISTENT_MIN:
        return False
    ref = kinds.pop()
    span = ident.name_span or (-1, -1)
    for line in head_lines(ctx):
        if line.start <= span[0] < line.end or not _REPORT_TITLE.search(line.text):
            continue
        for i, ch in enumerate(line.text):
            if ch not in "委局院厅办":
                continue
            run = _HAN_BEFORE.search(line.text, 0, i + 1)
            body = glossary.body_type(run.group()) if run else None
            if body is not None and body.ref == ref:
                return True
    return False


def check(ctx):
    yield from _own_level(ctx)
    yield from _township_kind(ctx)
    yield from _bare_subject(ctx)
    glossary = load()
    refs = [(m.start(), m.end(), m.group()) for m in near_needles(_pattern(), ctx.text)]
    if not refs:
        return
    ident = identity(ctx)
    own = None
    data_ref = getattr(getattr(ctx.data, "bureau", None), "self_ref", None) if ctx.data is not None else None
    if data_ref:
        own = glossary.body_ref(data_ref)
    # A name read from the page's 发布机构 field is the publisher's, often the parent of the unit that wrote
    # the report (a 民政局 puts out its 殡葬服务中心's report, which says 我中心): only mixed self-references tell.
    if own is None and ident.name and not ident.published_by:
        own = glossary.body_type(ident.name)
    if own is not None and own.strict and not data_ref and _title_speaks_as(ctx, ident, refs, glossary):
        own = None  # the site's header names the body as it is now; the report's title as the text speaks
    if own is not None and own.strict:
        for s, e, ref in refs:
            if ref != own.ref:
                yield Finding(
                    s, e, RULE.code, RULE.severity,
                    f"本报告的单位是“{ident.name or '本单位'}”（{own.label}），自称应为“{own.ref}”，此处写成了“{ref}”。",
                    own.ref,
                )
        return
    counts = Counter(ref for _, _, ref in refs)
    if len(counts) < 2:
        yield from _against_ben(ctx.text, refs)
        return
    first_seen = {}
    for s, _, ref in refs:
        first_seen.setdefault(ref, s)
    major = max(counts, key=lambda r: (counts[r], -first_seen[r]))
    for s, e, ref in refs:
        if ref != major:
            yield Finding(
                s, e, RULE.code, RULE.severity,
                f"同一报告中自称不一致：多处写“{major}”（{counts[major]}处），此处写“{ref}”。",
                major,
            )
