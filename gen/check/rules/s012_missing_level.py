"""S012: a heading level left out under a 第X部分 division (第一部分 → （一） without 一、).

决算 and 自评 texts divide into 第一部分, 第二部分 …, and each part numbers its
sections 一、 二、 …, their subsections （一） （二）, then 1. 2. (GB/T 9704).
A part whose first section heading is （一） or 1. has lost a level, usually
because a section was cut out or the text was pasted from a document
without parts. The contents are read the same way beside the body
(gen.check.contents): an entry numbered （一） right under its 第X部分 whose
body heading of the same part, number and title is 一、 lost the level in the
contents. Only title-like headings count (short, no sentence
punctuation): a part that opens with a list of definitions ("1.财政拨款收入：
指……") or of duties ("（一）负责……。") is a list, not an outline. A text with
no 一、 whose parts open at （一） (or 1.) throughout follows its template's
own scheme (湖北's 决算); only a part that departs from it lacks a level. A text with no 一、 and one
part only gives no scheme to judge by: its part opening at （一） is told as a hint. A body that opens, right
after its contents, with the first part's first section (目录 第一部分 部门概况 / 一、主要职能, then 一、部门主要职能
and prose) lost its own top heading (gen.check.contents_gap).
"""

from __future__ import annotations

import re
from bisect import bisect_right

from ...core import regex_cache
from ..contents import contents_and_body, text_contents_start
from ..contents_gap import body_without_top
from ..finding import Finding
from ..heading_inversions import in_upper_slot
from ..headings import LEVEL_NAMES, headings, numbering, part_number, part_starts, standard_mark
from ..lost_titles import title_line_above
from ..registry import Rule
from ..textspans import line_around

RULE = Rule(
    code="S012",
    name="missing-heading-level",
    severity="warning",
    summary="“第X部分”之下缺少一级标题，或“3.”之下的分项又用“1.”编号",
    doc=(
        "检查什么：“第一部分”“第二部分”等之下的第一个标题不是一级标题“一、”，而是“（一）”或“1.”，中间少了一级。\n"
        "为什么：公文标题依次用“一、（一）1.（1）”（GB/T 9704），各部分之下从“一、”开始；少了一级，多半是删改章节或拼接别的文字时丢了标题。\n"
        "“3.重点工作概述：1.……2.……”这样在“1.”级标题后接着用“1.”“2.”编号的分项，同样缺了一级，应为“（1）”“（2）”。\n"
        "目录中“第X部分”之下的条目用“（一）”，而正文中同一部分、同一序号、同一标题的标题是“一、”的，目录少了一级，同样报告。\n"
        "全文（标题之下）从“（一）”开始、其后第一个一级标题却是“二、”的，“（一）”之前缺了一级标题“一、”，同样报告。\n"
        "“一、”之下的“1.主要职能”（或“1.机构设置：……”这样标题后接正文的）之下，条目又用“（一）”“（二）”编号的，层级倒置（“（一）”是“1.”的上一级），同样报告。\n"
        "目录之后，正文直接从目录第一项之下的第一个标题开始（目录“第一部分 部门概况／一、主要职能”，正文一开头就是“一、部门主要职能”），"
        "正文丢了上一级标题的，同样报告。\n"
        "不报的情形：部分之下是一串带句号、冒号的条目（名词解释、职责清单），或一串报表名称（“1、收支总表”），那是列表而不是标题；各部分之下从“一、”开始的；"
        "全文没有“一、”、各部分之下一律从“（一）”或“1.”开始的（模板本身的编号，如湖北的部门决算）；"
        "同一部分中“1.”之前没有“一、”的（全文从“1.”起排，自成体系）。\n"
        "示例：“第一部分 部门概况”之下直接是“（一）主要职能”，应为“一、主要职能”，其下再分“（一）”。"
    ),
    flag=(
        "第一部分 部门概况\n（一）主要职能\n负责全市教育工作的统筹管理。\n（二）机构设置\n内设科室八个。\n",
        "第一部分 部门概况\n一、主要职能\n负责全市教育工作。\n第二部分 决算情况说明\n1.收入决算情况\n本年收入一千万元。\n",
        # a 3. heading whose items run on after its title, numbered 1. 2. like itself
        "（一）工作情况\n1.职能职责\n负责全县工作。\n2.机构设置\n内设三个股室。\n3.重点工作概述：1.强化宣传，深入基层开展活动。2.推进项目建设，完成年度任务。\n",
        "目录\n第一部分 部门概况\n（一）主要职能\n（二）机构设置\n第二部分 决算情况说明\n一、收入决算情况\n"
        "第一部分 部门概况\n一、主要职能\n负责全市教育工作。\n二、机构设置\n内设科室八个。\n"
        "第二部分 决算情况说明\n一、收入决算情况\n本年收入一千万元。\n",
        # a part that departs from the text's own scheme (its other parts open at （一）) lacks that level
        "第一部分 某站概况\n（一）主要职责\n负责全市工程造价管理。\n第三部分 决算情况说明\n（一）收支总体情况\n"
        "收支总计八十万元。\n第四部分 预算绩效情况说明\n1.绩效管理工作开展情况\n开展了自评。\n",
        # a body under the 1. title: an outline, not the contents' flat list
        "目录\n第一部分 部门概况\n1.主要职能\n负责全县教育工作。\n2.单位构成\n第二部分 决算表\n一、收入支出决算总表\n",
        # a 1. title under 一、 whose items are numbered （一）, the level above it
        "一、部门基本情况\n（一）机构设置\n内设三个股室。\n1.主要职能\n（一）负责全区档案工作；（二）负责档案接收。\n",
        # the same with the title's text run on after a colon
        "一、部门基本情况\n1、机构设置：街道内设三个机构。\n（一）综合办公室\n负责机关日常运转。\n（二）党群工作办公室\n负责党建工作。\n",
        # after the contents the body opens with the first part's first section: its 第一部分 (一、) was lost
        "目录\n第一部分 部门概况\n一、主要职能\n二、机构设置\n第二部分 2023年度部门决算表\n第三部分 名词解释\n一、部门主要职能\n"
        "负责全县档案工作，指导档案收集。\n二、机构设置\n内设三个股室。\n",
        "目录\n一、某县档案馆基本情况\n（一）机构设置\n（二）人员情况\n二、收入支出情况\n三、名词解释\n（一）机构设置\n"
        "本馆内设三个股室，负责全县档案工作。\n",
        # a whole text whose outline opens at （一） and whose first first-level heading is 二、: its 一、 was lost
        "某职业学校2020年部门决算编制说明\n现将决算编制情况说明如下：\n（一）我校是一所中等职业学校，在校生3000人。\n"
        "（二）学校编制人数80人。\n二、与财政部门对账情况\n（一）财政拨款核对情况\n",
        # the same, section one's title standing over its lead-in without its 一、: reported on that title
        "2019年部门预算经县人大审议通过，现将部门预算情况公开如下。\n部门主要职责\n某县人民法院的主要职责是：\n"
        "（一）审判各类刑事、民事和行政案件。\n（二）受理申诉和申请再审的案件。\n二、部门预算单位构成\n本部门包括1个机关。\n",
    ),
    keep=(
        # a 1. title in the slot of a lost 二、 (一、 … 1. … 三、): its （一） items are right, S001 reports the gap
        "一、部门情况\n（一）机构设置\n内设三个股室。\n1.收入预算说明\n（一）本年收入预算三百万元。\n"
        "（二）比上年增加二十万元。\n三、支出预算说明\n（一）基本支出二百万元。\n",
        # a contents the page cut off at an entry ("22.2024"): its last (二) is the contents', not the body's first
        "渌口区2024年政府预算公开\n目 录\n第一部分 2023年预算执行情况\n一、2023年预算执行情况\n(一)预算收支预计情况\n"
        "1、一般公共预算\n2、政府性基金预算\n第二部分 2024年预算草案\n一、2024年预算草案\n二、2024年预算安排\n"
        "第三部分 2024年政府预算报表\n(一)一般公共预算\n12.2024年一般公共预算收入总表\n13.2024年一般公共预算支出总表\n"
        "(二)政府性基金预算\n22.2024",
        "目录\n第一部分 部门概况\n一、主要职能\n二、机构设置\n第二部分 决算情况说明\n一、收入决算情况\n"
        "第一部分 部门概况\n一、主要职能\n负责全市教育工作。\n二、机构设置\n内设科室八个。\n"
        "第二部分 决算情况说明\n一、收入决算情况\n本年收入一千万元。\n",
        "第一部分 部门概况\n一、主要职能\n（一）负责全市教育工作。\n二、机构设置\n内设科室八个。\n",
        "第三部分 名词解释\n1.财政拨款收入：指本级财政当年拨付的资金。\n2.事业收入：指开展专业业务活动取得的收入。\n",
        # a part that lists the report's tables, numbered 1、 2、: a list, not an outline
        "第二部分 2023年部门预算公开表格\n1、部门收支总表\n2、部门收入总表\n3、部门支出总表\n",
        "第二部分 某区总工会2018年度部门决算公开表\n1、收入支出决算公开表(财决公开01表)\n2、收入决算公开表(财决公开02表)\n",
        # a contents with no 目录 label, its entries numbered 1., then the body from 第一部分 again, set wider
        "第一部分 部门概况\n1.主要职责\n2.单位构成\n第二部分 2022年部门预算情况说明\n1.关于收支预算总体情况说明\n"
        "2.关于收入预算情况说明\n第一部分   部门概况\n一、主要职责\n负责全区审判工作。\n二、单位构成\n"
        "第二部分   2022年部门预算情况说明\n一、关于收支预算总体情况说明\n收支总预算八百万元。\n",
        # a contents with no 目录 label, each part's entries numbered （一）, then the body from 第一部分 again
        "第一部分 部门概况\n（一）部门主要职能\n（二）部门机构设置\n第二部分 预算安排说明\n（一）收支总体情况\n"
        "第一部分 部门概况\n一、部门概况\n（一）部门主要职能\n负责全县工作。\n",
        "第一部分 部门概况\n（一）负责全市教育工作的统筹管理和组织实施。\n（二）负责全市教育经费的管理。\n",
        # a text with no 一、 whose parts each open at （一）: the template's own numbering (湖北's 决算)
        "第一部分 某站概况\n（一）主要职责\n负责全市工程造价管理。\n（二）部门决算单位构成\n本部门仅含本级。\n"
        "第三部分 2021年部门决算情况说明\n（一）收入支出决算总体情况说明\n收支总计八十万元。\n"
        "第四部分 预算绩效情况说明\n（一）预算绩效管理工作开展情况\n开展了自评。\n",
        "一、基本情况\n（一）主要职能\n负责全市教育工作。\n",
        "（一）工作情况\n1.职能职责\n负责全县工作。\n2.机构设置\n内设三个股室。\n3.重点工作概述：（1）强化宣传，深入基层开展活动。（2）推进项目建设，完成年度任务。\n",
        # a figure with decimals after the colon, no item
        "（一）工作情况\n1.职能职责\n负责全县工作。\n2.重点工作：1.5万人次参加培训。\n",
        # an attachment list begun after a label (附件：1.…): its 2. is that list's next item, no heading
        "第五部分 附件\n附件：1.项目支出绩效自评表\n2.部门整体支出绩效自评报告\n",
        # an outline that opens at 1. (no 一、 before it) numbers its own way
        "1.单位基本情况\n（一）机构设置\n内设三个股室。\n",
        "一、部门基本情况\n（一）职能职责\n1.主要职能\n（1）负责全区档案工作。\n（二）机构设置\n内设三个股室。\n",
        "一、部门基本情况\n1.机构设置：街道内设三个机构。\n（1）综合办公室\n负责机关日常运转。\n",
        # an extract with no title that begins inside section one; a whole text whose 一、 stands
        "（一）我校是一所中等职业学校，在校生3000人。\n（二）学校编制人数80人。\n二、与财政部门对账情况\n",
        "某职业学校2020年部门决算编制说明\n一、基本情况\n（一）我校是一所中等职业学校。\n二、与财政部门对账情况\n",
        # a text with no 一、 whose parts each open at 1.: the template's own numbering
        "第一部分 部门概况\n1.主要职责\n2.部门预算构成\n第二部分 预算情况说明\n1.关于收支总表的说明\n2.关于收入总表的说明\n",
        # under 目录, a part whose entries are only 1. 2. titles: the template's own numbering of that part
        "目录\n第一部分 部门概况\n1.主要职能\n2.单位构成\n第二部分 决算表\n一、收入支出决算总表\n二、收入决算表\n",
        # a contents whose last parts follow its last entry, the page cut off before the body ("第一部"): the
        # entries are all the contents', none opens the body
        "目录\n第一部分 单位概况\n一、单位职责\n第三部分 决算情况说明\n一、收入决算情况\n（一）机关运行经费情况\n"
        "（二）需要说明的其他事项\n第四部分 名词解释\n第五部分 附件\n第一部",
        # the body opens with its top heading after the contents: nothing lost
        "目录\n第一部分 部门概况\n一、主要职能\n第二部分 决算表\n第三部分 名词解释\n第一部分 部门概况\n一、主要职能\n负责全县档案工作。\n",
        # after the contents a heading that is none of the first part's: an appendix's own list
        "目录\n第一部分 部门概况\n一、主要职能\n第二部分 决算表\n第三部分 附件\n一、绩效自评表\n详见附件，共三张。\n",
    ),
)

TITLE_MAX = 20
# A table's title ends so (收支总表, 部门预算公开表格): a part that opens with one lists the report's tables.
_TABLE_TITLE_END = ("表", "表格")
_SENTENCE = regex_cache.compile(r"[。；;：:，,]")
# A table title's number note after it (收入支出决算公开表(财决公开01表)), read past for the title's end.
_TABLE_NOTE = regex_cache.compile(r"[(（][^()（）]{1,16}[)）]$")


def _contents_end(text: str, parts: list[int]) -> int:
    """Where a contents without its 目录 label ends: the first part line the text writes again further on
    (第一部分 部门概况 … 第一部分 部门概况) opens the body; 0 when no part line comes twice. Blanks are no part of
    the line's words: a page sets the body's part line wider (第一部分   部门概况) than its contents entry."""
    if not parts:
        return 0
    first = _unspaced(text[parts[0]:line_around(text, parts[0])[1]])
    again = next((p for p in parts[1:] if first and _unspaced(text[p:line_around(text, p)[1]]).startswith(first)), None)
    return again if again is not None else 0


def _unspaced(line: str) -> str:
    return "".join(line.split())


# "3.重点工作概述：1.紧扣主线……2.……": the items of a 1.-level heading, run in after its title, numbered
# with its own mark. Group 1: the run-in 1 and its mark.
_RUN_IN_LIST = regex_cache.compile(r"[\u4e00-\u9fff“”]{2,20}[：:][ \u3000]{0,2}(1[.．])(?=[\u4e00-\u9fff])")


def _run_in_lists(ctx):
    """A 1.-level heading (its 2nd item or later) whose title runs on into items numbered 1. with its own
    mark: the level below (（1）) is missing. The first item alone suffices (a page may cut the rest)."""
    for h in headings(ctx):
        if h.level != 3 or h.number < 2 or h.form == "bare" or not h.mark.rstrip().endswith((".", "．")):
            continue
        m = _RUN_IN_LIST.match(ctx.text, h.mark_end, h.end)
        if m is None:
            continue
        yield Finding(m.start(1), m.end(1), RULE.code, RULE.severity,
                      f"标题“{h.mark.strip()}”之下的分项又用“1.”编号，与上级同一层级，缺少一级：分项应为“（1）”“（2）”。",
                      "（1）")


def _contents_levels(ctx):
    """Contents entries numbered （一） right under their 第X部分 (no 一、 above) whose body heading of the
    same part, number and title is a first-level 一、: the contents lost a level."""
    pair = contents_and_body(ctx)
    if pair is None:
        return
    contents, body = pair
    firsts = {(e.key[0], e.number, e.title): e for e in body if e.level == 1}
    for e in contents:
        if e.level < 2 or e.key[2] != 0 or not e.title:
            continue
        twin = firsts.get((e.key[0], e.number, e.title))
        if twin is not None:
            yield Finding(e.start, e.start + len(e.mark), RULE.code, RULE.severity,
                          f"目录中“{e.mark}{e.title}”直接列在部分标题之下，缺少一级；正文中为一级标题“{twin.mark}{twin.title}”，"
                          f"目录应与正文一致。", twin.mark)


_ONE = frozenset("1１")


def _first_item(paragraphs, i: int):
    """The number of the first non-blank paragraph after ``paragraphs[i]``, when it is a （一）."""
    nxt = next((q for q in paragraphs[i + 1:] if q.text.strip()), None)
    h = numbering(nxt.text.lstrip()) if nxt is not None else None
    return (nxt, h) if h is not None and h.level == 2 and h.number == 1 else None


_RUN_IN = regex_cache.compile(r"([\u4e00-\u9fff]{2,12})[：:]")


def _run_in_title(title: str) -> str:
    """"部门机构设置：本单位内设六个科室。" reads as the title 部门机构设置 with its text run on after the colon."""
    m = _RUN_IN.match(title)
    return m.group(1) if m else title


def _inverted_lists(ctx):
    """"1.主要职能" then "（一）负责……": the items under a 1.-level title numbered like the level above it,
    where the same part already has a 一、 over the 1. (so the text's own outline runs 一、 （一） 1.). A text
    whose outline opens at 1. (no 一、 before it in its part) numbers its own way and is left alone."""
    parts = uppers = None  # read once a 1. title is met: most texts have none worth the outline's reading
    paras = ctx.paragraphs
    for i, p in enumerate(paras):
        if p.text.lstrip()[:1] not in _ONE:
            continue  # cheap: a 1. title opens with its 1
        h = numbering(p.text.lstrip())
        title = _run_in_title(h.title.strip()) if h is not None else ""
        if h is None or h.level != 3 or h.number != 1 or len(title) > TITLE_MAX or _SENTENCE.search(title):
            continue
        got = _first_item(paras, i)
        if got is None:
            continue
        if parts is None:
            parts = part_starts(ctx)
            uppers = [h.start for h in headings(ctx) if h.level == 1 and h.form != "bare"]
        part_start = parts[bisect_right(parts, p.start) - 1] if parts and parts[0] <= p.start else 0
        if not any(part_start <= u < p.start for u in uppers) or in_upper_slot(ctx, p.start):
            continue
        q, item = got
        at = q.start + len(q.text) - len(q.text.lstrip())
        # from the title to its first item's mark, the two that are inverted; a title whose text runs on after
        # its colon is reported alone (the text it runs on into is no part of the slip)
        lead = p.start + len(p.text) - len(p.text.lstrip())
        end = at + len(item.mark.rstrip()) if title == h.title.strip() else lead + len(h.mark) + len(title)
        yield Finding(lead, end, RULE.code, RULE.severity,
                      f"“{h.mark.strip()}{title}”之下的条目用“（一）”编号，而“（一）”是“1.”的上一级，层级倒置："
                      f"条目应为“（1）”“（2）”，或把“{h.mark.strip()}{title}”改为“（一）”级标题。", "（1）")


def _continues_run_in_list(text: str, part_start: int, first) -> bool:
    """Is the part's first heading (2.) the next item of a list begun after a label in the part (附件：1.自评表)?
    The item before it, run in after the label's colon, is the list's 1., so no level is missing."""
    mark = first.mark.strip()
    if first.level != 3 or first.number < 2 or not mark[:-1].isdigit():
        return False
    before = f"{first.number - 1}{mark[-1]}"
    return regex_cache.compile(r"[：:][ \u3000]{0,2}" + re.escape(before)).search(text, part_start, first.start) is not None


def _flat_contents_part(ctx, start: int, end: int) -> bool:
    """The part under a 目录 line holds nothing but two or more 1.-level titles in a row (目录 / 第一部分 概况 /
    1.主要职能 / 2.单位决算构成 / 第二部分 决算表 / 一、…): the contents list that part's sections with the
    template's own 1. (安徽's 决算 numbers its 概况 so), with no body under them to have lost a level from."""
    got = text_contents_start(ctx)
    if got is None or not got[1] or got[0] >= len(ctx.paragraphs) or ctx.paragraphs[got[0]].start > start:
        return False
    lines = [q.text.strip() for q in ctx.paragraphs if start <= q.start < end and q.text.strip()][1:]
    items = [numbering(t) for t in lines]
    return (2 <= len(items) <= 8 and all(h is not None and h.level == 3 and h.number == k for k, h in enumerate(items, 1))
            and not any(_SENTENCE.search(h.title) or len(h.title) > TITLE_MAX for h in items))


def _template_level(heads, parts) -> int:
    """The level a text with no 一、 anywhere opens its parts at, when two or more of them open so: 3 for 1.
    (安徽's 部门预算: 第一部分 部门概况 / 1.主要职责 / 2.部门预算构成), else 2 for （一） (湖北's 决算: 第一部分 概况 /
    （一）主要职责, 第二部分 决算报表 / （一）收入支出决算总表). The template numbers the sections of its parts so,
    no level is lost; 0 when the text has a 一、 or no such scheme."""
    if len(parts) < 2 or any(h.level == 1 for h in heads):
        return 0
    bounds = list(parts) + [10 ** 9]
    firsts = [next((h for h in heads if bounds[i] < h.start < bounds[i + 1]), None) for i in range(len(parts))]
    levels = [h.level for h in firsts if h is not None]
    return next((level for level in (3, 2) if levels.count(level) >= 2), 0)


def _severity(heads, parts) -> str:
    """A hint, not a warning, where the text gives no scheme to judge by: no 一、 anywhere and a single part
    (an extract of one 第X部分). Some templates open their parts at （一） (湖北's 决算, 广州's 区级决算), and one
    part alone cannot tell such a template from a lost level."""
    return "info" if len(parts) < 2 and not any(h.level == 1 for h in heads) else RULE.severity


def _body_opens_low(ctx):
    """After the contents, the body opens with the first child of the contents' first top entry: the body's
    own top heading (第一部分 部门概况, 一、基本情况) was lost (gen.check.contents_gap)."""
    gap = body_without_top(ctx)
    if gap is not None:
        yield Finding(gap.start, gap.end, RULE.code, RULE.severity,
                      f"目录之后，正文直接从“{gap.opened.text}”开始，缺少目录中的上一级标题“{gap.missing.text}”，请补上。",
                      gap.missing.text)


# A title in the text's head, before its first heading: the text is whole, no extract cut from another's middle.
_TITLE_WORDS = regex_cache.compile(r"报告|说明|总结|决算|预算|自评|汇报|情况")
HEAD_TITLE = 300  # characters before the first heading read for the title


def _opens_without_first(ctx, heads):
    """A whole text (its title above) whose outline opens at （一）, with no 一、 and no 第X部分 before its first
    first-level heading, which is 二、: the （一） run is section one's, and its heading 一、 was lost (二、与财政部门
    对账情况 after a preamble and （一）（二） on the school). An extract with no title may begin inside section one and
    is left alone, as is a text whose first first-level heading is 一、 (S001 reads those). Where section one's title
    stands right above the （一） (or above its lead-in) without its 一、 (部门主要职责), the finding is on that line."""
    if not heads or heads[0].level != 2 or heads[0].number != 1:
        return
    first = heads[0]
    top = next((h for h in heads if h.level == 1), None)
    if top is None or top.number != 2 or any(p < top.start for p in part_starts(ctx)):
        return
    head = ctx.text[max(0, first.start - HEAD_TITLE):first.start]
    if "目录" in head or not _TITLE_WORDS.search(head):
        return
    lost = title_line_above(ctx.text, first.start)
    if lost is not None:  # 部门主要职责 over its lead-in and （一）: the title is there, its 一、 lost
        yield Finding(lost[0], lost[1], RULE.code, RULE.severity,
                      f"此行疑为漏了编号的一级标题，应加“一、”：其下是“{first.mark.strip()}”，下一个一级标题是“{top.mark.strip()}”。",
                      "一、" + ctx.text[lost[0]:lost[1]])
        return
    yield Finding(first.start, first.mark_end, RULE.code, RULE.severity,
                  f"正文第一个标题是“{first.mark.strip()}”，其后的一级标题是“{top.mark.strip()}”：“{first.mark.strip()}”之前"
                  f"缺少一级标题“一、”（应先有“一、”，再分“（一）”）。")


def check(ctx):
    yield from _body_opens_low(ctx)
    yield from _run_in_lists(ctx)
    yield from _inverted_lists(ctx)
    yield from _contents_levels(ctx)
    parts = part_starts(ctx)
    heads = [h for h in headings(ctx) if h.form != "bare"]
    yield from _opens_without_first(ctx, heads)
    if not parts:
        return
    scheme = _template_level(heads, parts)
    if scheme == 3:
        return  # every level below 1. is the parts' own: none of theirs opens too low
    contents_end = _contents_end(ctx.text, parts)
    for i, p in enumerate(parts):
        end = parts[i + 1] if i + 1 < len(parts) else len(ctx.text)
        first = next((h for h in heads if p < h.start < end), None)
        if first is None or first.level in (1, scheme) or p < contents_end:
            continue  # none, a first-level one or the text's own scheme's, or a contents' part (_contents_levels reads those)
        if len(first.title) > TITLE_MAX or _SENTENCE.search(first.title):
            continue  # a list of items, not a section outline
        if _TABLE_NOTE.sub("", first.title.rstrip()).endswith(_TABLE_TITLE_END):
            continue  # 第二部分 部门预算表 / 1、收支总表: the list of the report's tables, not its outline
        if _continues_run_in_list(ctx.text, p, first):
            continue  # 附件：1.自评表 / 2.评价报告: the next item of a list begun after a label
        if _flat_contents_part(ctx, p, end):
            continue  # 目录 / 第一部分 概况 / 1.主要职能 / 2.单位构成: the contents list the part's sections flat
        part = part_number(ctx.text[p : p + 16])
        top = scheme or 1  # a text whose parts open at （一） lacks that level here, not 一、
        yield Finding(
            first.start, first.mark_end, RULE.code, _severity(heads, parts),
            f"“{part[2] if part else '第X部分'}”之下的第一个标题是{LEVEL_NAMES[first.level]}“{first.mark}”，缺少一级标题"
            f"（应先有“{standard_mark(top, 1)}”，再分“{standard_mark(top + 1, 1)}”）。",
        )
