"""S008: a heading without its number among numbered siblings ((一), (二), then "绩效目标").

When a section is added or moved by hand its title is often typed without
the number its siblings carry. The sign in plain text: after two or more
numbered headings of one level, a short title-like line (no sentence
punctuation, not a table row, caption, date or signature) that is followed
by body text and by no further heading of that level before the parent
level resumes. It is reported with the number it should have; headings that
have lost only their mark ("一部门职能职责") are S002's. A line that ends like its
numbered sibling's title, both with a full stop (a rare house style, so evidence:
"（一）省级下达……绩效目标情况。" then "省内……绩效目标情况。") is the next sibling even
where that sibling is the level's only item.
"""

from __future__ import annotations

from bisect import bisect_right
from itertools import takewhile

from ...core import regex_cache
from ..finding import Finding
from ..headings import LEVEL_NAMES, headings, numbering, standard_mark
from ..registry import Rule

RULE = Rule(
    code="S008",
    name="unnumbered-heading",
    severity="warning",
    summary="同级标题中有一个缺少编号",
    doc=(
        "检查什么：同一级标题已编号（（一）（二）），其后一个同级的小标题却没有编号，例如“（一）部门职能”“（二）机构设置”之后"
        "单独一行“人员情况”，下面是正文，再往后就是下一个一级标题。\n"
        "为什么：缺编号的标题读者会当成正文，目录和层级也对不上；多半是手工增补章节时漏了序号。\n"
        "不报的情形：表格行、“单位：万元”、附件、落款和日期；后面紧跟同级编号标题的行（那是上一节内的小标题）。\n"
        "一级标题从“二、”开始、其前的“（一）”上面一行是个小标题时（“部门基本情况”），这一行就是漏了“一、”的第一个一级标题，同样报告。\n"
        "示例：“（二）机构设置”一节之后的“人员情况”应为“（三）人员情况”。"
    ),
    flag=(
        "某县文化馆2023年度部门决算\n部门基本情况\n（一）部门职能\n负责全县群众文化工作。\n（二）机构设置\n内设三个部室。\n"
        "二、收入支出情况\n本年收入一百万元。\n",
        "一、基本情况\n（一）部门职能\n负责全县教育工作的统筹管理和组织实施。\n（二）机构设置\n"
        "局机关内设股室六个，下属学校二十所。\n人员情况\n年末实有在职人员一百二十人，退休人员三十人。\n"
        "二、绩效情况\n全年预算执行良好。\n",
        # the opening section's title with no （一） under it, then 二、
        "2019年度部门整体支出绩效自评报告\n单位基本情况\n机构、人员情况\n某县公安局内设机构28个，其中派出所11个。\n"
        "二、主要工作职能\n（一）预防、制止和侦查违法犯罪活动；\n（二）维护社会治安秩序。\n三、整体支出情况\n本年支出一百万元。\n",
        # the level's only numbered item, then a line written like it (full stop included) that lost its （二）
        "一、目标分解\n（一）省级下达预算和绩效目标情况。\n省财政厅下达资金一百万元，并同步下达绩效目标。\n"
        "县内资金安排、分解下达预算和绩效目标情况。\n无。\n二、完成情况\n",
    ),
    keep=(
        # parts headed by the document's title and the part's after a dash (……——单位概况), a contents whose tables lost
        # their numbers (、一般公共预算基本支出表) before its next part: each part counts afresh, the contents end at the body
        "某福利院2021年部门预算\n目录\n第一部分 单位概况\n一、主要职能\n二、部门预算单位构成\n第二部分 2021年部门预算表\n"
        "一、财政拨款收支总表\n二、一般公共预算支出表\n、一般公共预算基本支出表\n、政府性基金预算支出表\n"
        "第三部分 2021年部门预算情况说明\n第四部分 名词解释\n某福利院2021年部门预算——单位概况\n一、主要职能\n"
        "负责为孤儿和弃婴提供养护、康复服务工作。\n二、部门预算单位构成\n本院为县民政局的下属事业单位。\n"
        "某福利院2021年部门预算——预算表\n一、财政拨款收支预算总表\n二、一般公共预算支出表\n",
        # a text cut at its second part: no opening title before 二、 reads as the first section's
        "二、主要工作职能\n（一）预防、制止和侦查违法犯罪活动；\n（二）维护社会治安秩序。\n三、整体支出情况\n本年支出一百万元。\n",
        # a line of body text that happens to end like the heading, written without the heading's full stop
        "一、目标分解\n（一）省级下达预算和绩效目标情况。\n省财政厅下达资金一百万元，并同步下达绩效目标。\n"
        "下达预算和绩效目标情况\n无。\n二、完成情况\n",
        "某县文化馆2023年度部门决算\n一、部门基本情况\n（一）部门职能\n负责全县群众文化工作。\n（二）机构设置\n内设三个部室。\n"
        "二、收入支出情况\n本年收入一百万元。\n",
        "某县文化馆2023年度部门决算\n单位：万元\n（一）部门职能\n负责全县群众文化工作。\n（二）机构设置\n内设三个部室。\n"
        "二、收入支出情况\n本年收入一百万元。\n",
        "一、基本情况\n（一）部门职能\n负责全县教育工作的统筹管理和组织实施。\n（二）机构设置\n"
        "局机关内设股室六个，下属学校二十所。\n（三）人员情况\n年末实有在职人员一百二十人。\n二、绩效情况\n全年预算执行良好。\n",
        "一、基本情况\n（一）部门职能\n负责全县教育工作。\n（二）机构设置\n内设股室六个。\n"
        "单位：万元\n项目\t金额\n二、绩效情况\n全年预算执行良好。\n",
        "一、基本情况\n（一）部门职能\n负责全县教育工作。\n（二）机构设置\n内设股室六个，下属学校二十所。\n"
        "某县教育局\n2023年4月20日\n",
        "一、基本情况\n（一）部门职能\n负责全县教育工作。\n（二）收支情况\n收入情况\n本年收入一百万元，全部为财政拨款。\n"
        "支出情况\n本年支出九十万元，其中基本支出八十万元。\n二、绩效情况\n全年预算执行良好。\n",
    ),
)

TITLE_MIN, TITLE_MAX = 3, 16
BODY_MIN = 15  # the line after a title is body text of at least this many characters
_TITLE = regex_cache.compile(r"[\u4e00-\u9fff]{%d,%d}" % (TITLE_MIN, TITLE_MAX))
# Lines that look like titles but are not headings: captions, units, annexes, signatures, dates.
_NOT_TITLE = regex_cache.compile(r"(?:^(?:附件|附表|表\d|图\d|单位|备注|注)|(?:局|委|委员会|政府|办公室|中心|办事处|医院|学校|年|月|日)$)")


# A first section's title: what the 一、 of a report's first part is called (单位基本情况, 部门概况, 主要职能).
_FIRST_TITLE = regex_cache.compile(r"(?:情况|概况|职能|职责|简介|概述)$")
OPENING = 6  # paragraphs from the text's start a first section's title may stand at


def _lost_opening(ctx, heads, top):
    """The first section's title where no （一） stands under it either: the text opens (after its title lines)
    with "单位基本情况", then body text or a sub-title, then "二、" — 一、 was typed without its number."""
    paras = ctx.paragraphs
    k_top = bisect_right([p.start for p in paras], heads[top].start) - 1
    for k in range(1, min(k_top, OPENING)):
        line = paras[k]
        title = line.text.replace("、", "")
        # 单位基本情况 is a title: the 单位 _NOT_TITLE turns away is the unit line's (单位：万元), which holds a colon
        if _TITLE.fullmatch(title) and not _NOT_TITLE.search(line.text.removeprefix("单位")) and _FIRST_TITLE.search(title) \
                and numbering(line.text) is None:  # 一、主要职能 in a contents the outline did not see: it has its number
            return line if k + 1 < k_top else None
    return None


def _lost_first(ctx, heads):
    """The title over the opening （一）… when the first 一、-level heading of the text is 二、: the line
    just before that （一） is 一、's title, typed without its number ("部门基本情况", "（一）职能", …, "二、")."""
    top = next((k for k, h in enumerate(heads) if h.level == 1 and h.form != "bare"), None)
    if top is None or heads[top].number != 2:
        return None
    if top == 0:
        return _lost_opening(ctx, heads, top)
    first = heads[0]
    if first.level != 2 or first.number != 1 or first.form == "bare":
        return None
    paras = ctx.paragraphs
    k = bisect_right([p.start for p in paras], first.start) - 1
    if k < 1:
        return None
    line = paras[k - 1]
    title = line.text.replace("、", "")
    if not _TITLE.fullmatch(title) or _NOT_TITLE.search(line.text) or numbering(line.text) is not None:
        return None
    return line


def check(ctx):
    heads = headings(ctx)
    if len(heads) < 3:
        return
    lost = _lost_first(ctx, heads)
    if lost is not None:
        mark = standard_mark(1, 1)
        yield Finding(lost.start, lost.end, RULE.code, RULE.severity,
                      f"“{lost.text}”之后的一级标题是“二、”：它是第一个一级标题，却没有编号，"
                      f"应为“{mark}{lost.text}”。", mark + lost.text)
    starts = {h.start for h in heads} | {h.mark_end for h in heads}  # a split heading's title line is no candidate
    paras = ctx.paragraphs
    index = {p.start: i for i, p in enumerate(paras)}
    para_starts = [p.start for p in paras]
    last_numbered: dict = {}  # level -> the latest numbered heading of that level before ``h``
    for i, h in enumerate(heads):
        previous = last_numbered.get(h.level)
        if h.form != "bare":
            last_numbered[h.level] = h
        nxt = heads[i + 1] if i + 1 < len(heads) else None
        if h.form == "bare" or (nxt is not None and nxt.level >= h.level):
            continue  # only the last numbered sibling before the parent resumes
        i_h = index.get(_para_start(paras, para_starts, h))
        limit = nxt.start if nxt else len(ctx.text)
        if h.number < 2 or previous is None or previous.number != h.number - 1:
            found = _echo(paras, i_h, limit, starts, h)  # a lone sibling: only a title that echoes its own
        else:
            found = _candidate(ctx, paras, i_h, limit, starts) or _echo(paras, i_h, limit, starts, h)
        if found is not None:
            mark = standard_mark(h.level, h.number + 1)
            yield Finding(found.start, found.end, RULE.code, RULE.severity,
                          f"“{found.text}”像是与“{h.mark}”同级的{LEVEL_NAMES[h.level]}，却没有编号，应为“{mark}{found.text}”。",
                          mark + found.text)


ECHO = 4  # characters a sibling's title ends alike with ("……绩效目标情况。")
_ECHO_TITLE = regex_cache.compile(r"[\u4e00-\u9fff、“”]{6,30}。?")


def _echo(paras, i, limit, starts, h):
    """The one line in ``h``'s section, set after body text, that ends like ``h``'s own title, full stop
    included ("（一）省级下达……绩效目标情况。" then "省内……绩效目标情况。"):
    the next sibling, its number lost. The echo is the evidence where ``h`` is the level's only item."""
    if i is None:
        return None
    title = h.title.strip()
    if not title.endswith("。") or len(title) < ECHO + 3 or not _ECHO_TITLE.fullmatch(title):
        return None  # titles with a full stop are a house style rare enough to be evidence
    tail = title.rstrip("。")[-ECHO:]
    section = list(takewhile(lambda j: paras[j].start < limit, range(i + 1, len(paras))))
    hits = [j for j in section if paras[j].start not in starts and _ECHO_TITLE.fullmatch(paras[j].text)
            and paras[j].text.endswith("。") and paras[j].text.rstrip("。").endswith(tail)]
    if len(hits) != 1 or hits[0] - 1 <= i or hits[0] + 1 >= len(paras) or paras[hits[0] + 1].start >= limit:
        return None
    before = paras[hits[0] - 1]
    return paras[hits[0]] if before.text.endswith(("。", "；")) and len(before.text) >= BODY_MIN else None


def _para_start(paras, para_starts, h) -> int:
    """Start of the paragraph holding heading ``h`` (paragraphs are sorted and disjoint: one bisection)."""
    k = bisect_right(para_starts, h.start) - 1
    if k >= 0 and h.start < paras[k].end + 1:
        return paras[k].start
    return -1


def _candidate(ctx, paras, i, limit, starts):
    """The one title-like line between heading paragraph ``i`` and ``limit``, set between body texts.

    A section with two or more such lines has unnumbered sub-titles of its own
    (收入情况 … 支出情况 under （二）收支情况), not a sibling that lost its number.
    """
    if i is None:
        return None
    section = list(takewhile(lambda j: paras[j].start < limit, range(i + 1, len(paras))))  # sorted: stop at limit
    titles = [j for j in section if paras[j].start not in starts and _TITLE.fullmatch(paras[j].text)
              and not _NOT_TITLE.search(paras[j].text)]
    if len(titles) != 1 or titles[0] + 1 >= len(paras) or titles[0] - 1 <= i:
        return None
    j = titles[0]
    before, line, after = paras[j - 1], paras[j], paras[j + 1]
    if ("\t" in ctx.text[after.start:after.end] or len(after.text) < BODY_MIN
            or not after.text.endswith(("。", "；")) or not before.text.endswith(("。", "；"))):
        return None
    return line
