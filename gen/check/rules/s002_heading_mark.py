"""S002: a heading number without its mark, or with the wrong mark.

GB/T 9704 numbers headings 一、 / （一） / 1. / （1）. "一部门职能职责" has lost
its 、; "一." and "一，" use the wrong mark; "1、" is the common slip for "1.".
Half-width brackets "(一)" are P001's and "（一）、" is P003's business, so
they are not repeated here.

Whatever mark a report chooses for its 1. items, one list keeps one: a list
of numbered paragraphs (1, 2, 3 … with no higher heading between) whose
items change mark ("1、…" then "2. …") was typed or pasted in pieces. The
items of the rarer mark are reported (on a tie, those after the first item),
as a warning: the inconsistency is visible on the page, where "1、" alone is
only a matter of the standard (info, above).

A table of contents is no outline of headings, so its entries are read apart
(gen.check.contents): a first-level entry written with another mark than most
of its siblings in the same part ("七、…" then "八:…" "九:…") is reported there.

An item of a list numbered 1) 2) 3) that lost its bracket ("2充分运用……" between "1)" and "3)") is read
the same way, by the items on both sides of it.

A list typed with no mark at all ("1项目资金到位情况分析" … "2项目资金执行情况分析") has no sibling
to compare with: the run of numbers 1, 2 … each opening its paragraph right before a word is the proof
(gen.check.bare_numbers).
"""

from __future__ import annotations

from ...core import regex_cache
from ...core.regex_needles import finditer as near_needles
from ..analyse import short_words
from ..bare_numbers import bare_runs
from ..contents import contents_and_body
from ..finding import Finding
from ..heading_gaps import dotless
from ..headings import LEVEL_NAMES, headings, standard_mark
from ..registry import Rule

RULE = Rule(
    code="S002",
    name="heading-mark",
    severity="warning",
    summary="标题序号缺少或用错标点",
    doc=(
        "检查什么：一级标题序号缺少顿号（“一部门职能职责”）或用了其他标点（“一.”“一，”“一：”），"
        "目录中同一部分的各项多用“七、”、个别写作“八:”；"
        "三级标题写成“1、”（应为“1.”）；同级下一项为“2.”而第一项写成“1职能职责”（缺“.”）；"
        "一组序号都没有标点（“1资金到位情况”“2资金使用情况”）；字间加空格排版的标题序号后用空格代替顿号（“一 概 述”）。\n"
        "为什么：序号标点是公文格式（GB/T 9704）的要求，缺了顿号的标题也容易与正文混淆。\n"
        "示例：“一部门职能职责”应为“一、部门职能职责”。"
    ),
    flag=(
        # a list numbered 1) 2) 3) whose middle item lost its bracket
        "二、下一步计划\n1)抓好阵地服务，提升到馆率。\n2加强新媒体宣传。\n3)做好人才培训。\n",
        "一、基本情况\n一部门职能职责\n（一）贯彻执行方针政策。\n二机构设置情况\n三人员编制情况\n",
        # the page cut after its first part: no 二 to show a run, but the first sub-heading shows the level
        "关于某县2023年防汛工作的总结\n  一工作完成情况\n  （一）压实防汛责任\n",
        "一.基本情况\n内容。\n",
        # a title typeset with its letters spread, the blank after its numeral where 、 goes
        "某局2017年政府信息公开年度报告\n一 概 述\n2017年，我局认真贯彻执行条例。\n",
        "一：基本情况\n内容。\n",
        "一、基本情况\n1、政府采购执行情况\n",
        "一、主要职能\n1、负责辖区公共卫生服务。\n2. 承担常见病的诊疗。\n二、机构设置\n",
        "一、主要职责\n1.贯彻落实上级部署。\n2、统筹辖区经济发展。\n3.做好民生保障。\n",
        # the first item lost its dot: its sibling 2. shows the level
        "一、基本情况\n（一）部门基本情况\n1职能职责\n负责全县供销工作。\n2.机构和人员情况\n内设三个股室。\n",
        # a list whose numbers all lost their mark
        "（一）资金情况\n1资金到位情况\n资金已全部到位。\n2资金使用情况\n资金已全部支付。\n3项目管理情况\n",
        "一、部门职责\n1.某某分局\n1研究拟订辖区发展规划\n2负责辖区水文监测\n",
        # a contents entry with another mark than its siblings
        "目录\n第一部分 单位概况\n一、单位职责\n二、机构设置\n第二部分 决算报表\n一、收入支出决算总表\n二、收入决算表\n"
        "三、支出决算表\n四：项目支出决算表\n第一部分 单位概况\n一、单位职责\n负责全县文物保护。\n",
        # a list numbered 1、 2、 whose next items lost their mark
        "二、工作完成情况\n1、编制完成了项目规划。\n2、完成了项目申报工作。\n3完成了农田规划审批工作。\n4完成了综合治理方案申报。\n",
        # a paragraph of duties whose first number lost its dot: its sibling 2. opens a duty as well
        "一、部门基本情况\n（一）职能职责\n1贯彻执行有关方针政策，拟订本区发展规划。\n2.负责全区统筹协调，指导基层工作。\n",
    ),
    keep=(
        "二、下一步计划\n1)抓好阵地服务，提升到馆率。\n2)加强新媒体宣传。\n3)做好人才培训。\n",
        # no sibling on both sides: 2 opens a count, not an item
        "二、下一步计划\n1)抓好阵地服务，提升到馆率。\n2季度完成新馆搬迁。\n",
        # a table whose cells were glued (序号地区金额 / 1西藏45000): the 序号 column, no list's number
        "2021年补助资金预算分配表\n单位:万元\n序号地区金额\n1西藏45000\n2新疆32000\n3贵州30000\n合计107000\n",
        # parts that lost their 第 (二部分, S011's): each restarts the outline, and none is a title numbered 二 without 、
        "一部分  部门概况\n一、主要职能\n负责全区残疾人工作。\n二、部门基本情况\n内设三个科室。\n二部分  2023年度部门决算\n"
        "一、收入支出决算\n本年收入一百万元。\n二、收入决算\n全部为财政拨款。\n三部分  2023年度部门决算情况说明\n"
        "一、收入决算情况说明\n本年收入一百万元。\n",
        "一、基本情况\n（一）部门职能\n1.政府采购执行情况\n（1）采购计划\n",
        # a table's row flattened to text; a title spread with its 、 kept
        "一 工资福利支出 12.00\n二 商品和服务支出 3.00\n一、概 述\n内容。\n一 二 三 四\n",
        "一般公共预算支出情况\n三孩政策全面落实。\n一是加强管理。\n二是完善制度。\n",
        "一年来工作回顾\n（一）压实防汛责任\n一体化平台建设\n(一)完成平台上线\n一、工作完成情况\n（一）压实责任\n",
        # a list's points, one a line without a stop (一是…, 二是…): no titles missing their 、
        "（二）主要内容\n一是编制村庄规划\n二是建设示范村\n三是奖励达标村庄\n四是组织验收\n（三）资金安排\n",
        "一、主要职能\n1.负责公共卫生服务。\n2.承担诊疗。\n二、机构设置\n1．内设科室三个。\n2．编制十人。\n",
        # a count opening a line (1号楼, 1个) is no lost item, nor is a sentence
        "（一）部门基本情况\n1号楼改造已完成。\n2.机构和人员情况\n",
        "（一）部门基本情况\n1季度完成了全部采购，资金按进度支付。\n2.机构和人员情况\n",
        # counts opening lines one after another, and a table's rows flattened to text
        "1季度完成采购。\n2季度完成支付。\n1号楼已完工。\n2号楼在建。\n1项任务已完成。\n2项任务在推进。\n",
        "1办公室 12 10\n2财务科 5 4\n",
        "目录\n第一部分 单位概况\n一、单位职责\n二、机构设置\n第二部分 决算报表\n一、收入支出决算总表\n二、收入决算表\n"
        "三、支出决算表\n四、项目支出决算表\n第一部分 单位概况\n一、单位职责\n负责全县文物保护。\n",
        "二、工作完成情况\n1.编制完成了项目规划。\n2.完成了项目申报工作。\n3季度完成了验收。\n",
        # a count opening a sentence before a duty: no verb after the 1
        "（一）职能职责\n1季度完成了全部采购，资金按进度支付。\n2.负责全区统筹协调，指导基层工作。\n",
    ),
)


def _lists(ctx):
    """Runs of numbered paragraphs at the third level (1, 2, 3 …), cut by any higher heading or a restart."""
    run: list = []
    for h in headings(ctx):
        if h.level < 3 or (h.level == 3 and run and h.number != run[-1].number + 1):
            if len(run) >= 2:
                yield run
            run = []
        if h.level == 3 and h.form != "bare" and (run or h.number == 1):
            run.append(h)
    if len(run) >= 2:
        yield run


def _mark_kind(h) -> str:
    """The mark after an item's number, with the full-width dot read as the dot (a width, P001's matter),
    as S013 reads inline items and lost_numbers reads lists."""
    mark = h.mark.rstrip()[-1:]
    return "." if mark == "．" else mark


def _mixed_marks(ctx):
    for run in _lists(ctx):
        kinds = [_mark_kind(h) for h in run]
        if len(set(kinds)) != 2:
            continue
        a, b = sorted(set(kinds), key=lambda k: (-kinds.count(k), kinds.index(k)))
        first = run[kinds.index(a)]
        for h, k in zip(run, kinds):
            if k == b:
                fixed = f"{h.number}{a}"
                yield Finding(h.start, h.mark_end, RULE.code, RULE.severity,
                              f"同一列表中“{first.mark.strip()}”等序号后用“{a}”，此项写作“{h.mark.strip()}”，"
                              f"应统一为“{fixed}”。", fixed)


TITLE_MAX = 16  # the bare 1's line is a short title, no sentence
_SENTENCE = regex_cache.compile(r"[。；;，,：:！？]")
# A bare 1 opening a paragraph of duties (1贯彻执行……；草拟……) before "2.负责……": its sibling is a sentence as well,
# and the 1 is followed by a verb of duty, never by a measure or a unit (1季度, 1号楼, 1项任务 are counts).
_DUTY_VERB = regex_cache.compile(r"(?:贯彻|负责|承担|组织|拟订|制定|指导|落实|执行|参与|协助|完成|做好|统筹|研究|管理|监督)")


def _lost_dots(ctx):
    """"1职能职责" then, under the same parent, "2.机构和人员情况" with no "1." between (or "7." "8负责……" "9."):
    the item lost its dot. S001 counts it as there (gen.check.heading_gaps) and reports nothing. A bare 1
    with no sibling before it must read as a title (short, no sentence): "1季度完成……" is a date."""
    parent_end, last, last_end = 0, 0, 0
    for h in headings(ctx):
        if h.level < 3:
            parent_end, last, last_end = h.end, 0, h.end
            continue
        if h.level != 3:
            continue
        if parent_end and h.number == last + 2:
            m = dotless(last + 1).search(ctx.text, last_end, h.start)
            line_end = ctx.text.find("\n", m.end()) if m else -1
            title = ctx.text[m.end():line_end if line_end != -1 else len(ctx.text)].strip() if m else ""
            duty = m is not None and not last and _DUTY_VERB.match(title) is not None \
                and _DUTY_VERB.match(ctx.text, h.mark_end) is not None
            if m and (last or duty or (2 <= len(title) <= TITLE_MAX and not _SENTENCE.search(title))):
                fixed = f"{last + 1}{_mark_kind(h)}"
                yield Finding(m.end() - len(str(last + 1)), m.end(), RULE.code, RULE.severity,
                              f"序号“{last + 1}”后缺少标点：同级下一项写作“{h.mark.strip()}”，应为“{fixed}{title[:8]}”。", fixed)
        last, last_end = h.number, h.end


def _contents_marks(ctx):
    """First-level contents entries of one part whose mark differs from that of most of their siblings."""
    got = contents_and_body(ctx)
    if got is None:
        return
    parts: dict[int, list] = {}
    for e in got[0]:
        if e.level == 1:
            parts.setdefault(e.key[0], []).append(e)
    for entries in parts.values():
        odd = [e for e in entries if e.mark != standard_mark(1, e.number)]
        if not odd or len(entries) - len(odd) < MIN_USUAL or 2 * len(odd) >= len(entries):
            continue
        for e in odd:
            fixed = standard_mark(1, e.number)
            yield Finding(e.start, e.start + len(e.mark), RULE.code, RULE.severity,
                          f"目录中同级各项序号多用“、”，此项写作“{e.mark}”，应为“{fixed}”。", fixed)


MIN_USUAL = 2  # siblings with the standard mark that show the contents' habit


def _bare_lists(ctx):
    """A list whose numbers all lost their mark: under a 1. heading its items are the fourth level, （1）."""
    marked = headings(ctx)
    fourth = False
    for s, e, n, mark in bare_runs(ctx.text, ctx.paragraphs):
        if mark:  # the list's earlier items carry their mark: this one lost it
            fixed = f"{n}{mark}"
            yield Finding(s, e, RULE.code, RULE.severity, f"序号“{n}”后缺少标点（同一列表前面的序号用“{mark}”），应为“{fixed}”。", fixed)
            continue
        if n == 1:
            above = [h for h in marked if h.start < s]
            fourth = bool(above) and above[-1].level == 3
        fixed = f"（{n}）" if fourth else f"{n}."
        yield Finding(s, e, RULE.code, RULE.severity, f"序号“{n}”后缺少标点（同一列表的序号都没有标点），应为“{fixed}”。", fixed)


# An item numbered with a closing bracket alone (1)做好…): not a heading to headings(), so read here.
_BRACKET_ITEM = regex_cache.compile(r"(?m)^[ \t\u3000]{0,4}(\d{1,2})([)）])[ \t\u3000]{0,2}(?=[\u4e00-\u9fff“])")
ITEM_GAP = 3000  # characters between two items of one list at most


def _lost_brackets(ctx):
    """"1)做好……" / "2充分运用……" / "3)做好……": the middle item of a list numbered with a closing bracket lost its
    bracket. Its siblings on both sides, numbered one below and one above it, prove the number an item's."""
    items = list(near_needles(_BRACKET_ITEM, ctx.text))
    for a, b in zip(items, items[1:]):
        n = int(a.group(1))
        if int(b.group(1)) != n + 2 or b.start() - a.end() > ITEM_GAP:
            continue
        m = dotless(n + 1).search(ctx.text, a.end(), b.start())
        if m:
            fixed = f"{n + 1}{b.group(2)}"
            yield Finding(m.end() - len(str(n + 1)), m.end(), RULE.code, RULE.severity,
                          f"序号“{n + 1}”后缺少标点：同一列表前后两项写作“{a.group(1)}{a.group(2)}”“{b.group(1)}{b.group(2)}”，应为“{fixed}”。", fixed)


# A first-level title typed without its 、 over its first sub-heading: "一工作开展情况" over "（一）严格落实……".
_LONE_FIRST = regex_cache.compile(r"一(?!是|部分)[\u4e00-\u9fff][^。，；：！？,;:\n]{1,20}")
_FIRST_CHILD = regex_cache.compile(r"[（(]一[）)]")


def _lone_first(ctx):
    """"一工作开展情况" alone on its line, the next line opening "（一）": a first-level title whose 、 was lost. A bare
    一 counts as a heading only in a run (一… 二…, headings()); a page cut after its first part has no 二 to show
    the run, but its first sub-heading shows the level. The 一 must stand alone (一年来, 一体化 are words)."""
    paras = ctx.paragraphs
    for span, after in zip(paras, paras[1:]):
        if span.text[:1] != "一" or not _FIRST_CHILD.match(after.text) or not _LONE_FIRST.fullmatch(span.text):
            continue
        tokens = short_words(span.text[:12])
        if not tokens or tokens[0] != "一":
            continue
        yield Finding(span.start, span.start + 1, RULE.code, RULE.severity,
                      f"标题序号“一”后缺少顿号，应为“一、{span.text[1:9]}”。", "一、")


# A heading typeset with its letters spread ("一 概 述"): its numeral set off by a blank, where 、 goes.
_SPREAD_TITLE = regex_cache.compile(
    r"[ \t\u3000]{0,4}([一二三四五六七八九十])[ \t\u3000]{1,3}([\u4e00-\u9fff](?:[ \t\u3000]{1,3}[\u4e00-\u9fff]){1,5})[ \t\u3000]*")
_NUMERALS = "一二三四五六七八九十"


def _spread_titles(ctx):
    """"一 概 述" alone on its line: a title typeset with a blank between its letters, the blank after its numeral
    standing where the 、 goes. Every letter is spread, so no sentence nor a table's row (一 工资福利支出 12.00) is one."""
    for p in ctx.paragraphs:
        if p.text.lstrip(" \t\u3000")[:1] not in _NUMERALS or (m := _SPREAD_TITLE.fullmatch(p.text)) is None:
            continue
        title = "".join(m.group(2).split())
        if not title.strip(_NUMERALS + "百千万零〇"):
            continue  # numerals spread in a row (一 二 三): a table's head, no title
        yield Finding(p.start + m.start(1), p.start + m.end(2), RULE.code, RULE.severity,
                      f"标题序号“{m.group(1)}”后缺少顿号，标题字间又加了空格，应为“{m.group(1)}、{title}”。",
                      f"{m.group(1)}、{title}")


def check(ctx):
    yield from _lost_brackets(ctx)
    yield from _spread_titles(ctx)
    if "一)" in ctx.text or "一）" in ctx.text:
        told = {h.start for h in headings(ctx)}
        yield from (f for f in _lone_first(ctx) if f.start not in told)
    yield from _mixed_marks(ctx)
    yield from _contents_marks(ctx)
    lost = list(_lost_dots(ctx))
    yield from lost
    told = {f.start for f in lost}  # an item between marked siblings is _lost_dots'; a run going on from them is ours
    yield from (f for f in _bare_lists(ctx) if f.start not in told)
    for h in headings(ctx):
        name = LEVEL_NAMES[h.level]
        if h.form == "bare":
            fixed = h.expected_mark
            yield Finding(
                h.start, h.mark_end, RULE.code, RULE.severity,
                f"标题序号“{h.mark}”后缺少顿号，应为“{fixed}{h.title[:8]}”。", fixed,
            )
        elif h.form == "sloppy" and h.level == 1:
            fixed = h.expected_mark
            yield Finding(h.start, h.mark_end, RULE.code, RULE.severity, f"{name}序号“{h.mark.strip()}”应为“{fixed}”。", fixed)
        elif h.form == "sloppy" and h.level == 3 and h.mark.endswith("、") and h.mark[:-1].isdigit():
            fixed = h.expected_mark
            yield Finding(h.start, h.mark_end, RULE.code, "info", f"{name}序号“{h.mark}”按公文格式应为“{fixed}”。", fixed)
