"""S004: a paragraph repeated verbatim.

Long paragraphs do not repeat by design; a second copy is a paste made
twice. Short lines (slogans, table cells, 同上) repeat legitimately and are
ignored, as are table rows (cells set off by tabs or pipes: a second
form repeats the first one's header row) — except a numbered heading or a 第X部分 typed
twice in a row, which no outline does on purpose (a contents line or a body
heading repeats its contents entry, but further down, not on the next line), and two short lines typed twice
back to back (a speech's date line and its speaker's line printed again under themselves; a line of the title
block met again on the very next line, as such a pair reads once its lines are joined), unless they open the
page: a site prints its title block (body over title) and then the document's own.

A web page prints the report's title at its top and again where the
document begins; a line of the title block (no sentence in it) met again
is that title, not a paste.

Inside one paragraph, a sentence or clause pasted twice in a row
("为群众提供医疗服务。为群众提供医疗服务。") is the same slip at a smaller scale;
a clause of MIN_CLAUSE characters or more, the same as the one before it,
is reported (short ones, 同上 or a cell's 是, repeat in flattened tables;
a run-in label typed twice, 绩效目标完成情况：绩效目标完成情况：, is W002's).
"""

from __future__ import annotations

from functools import lru_cache

from ...core import regex_cache
from ..finding import Finding
from ..headings import numbering, part_number
from ..identity import head_lines
from ..registry import Rule

RULE = Rule(
    code="S004",
    name="repeated-paragraph",
    severity="warning",
    summary="段落重复出现",
    doc=(
        "检查什么：与前文某段完全相同的段落（忽略空白，不计较短的段落和表格行）；紧接着重复一遍的编号标题或“第X部分”；"
        "紧接着又写一遍的两行（如讲话稿题注“——某年某月某日在……会议上”和署名行），页面开头的标题块除外。\n"
        "为什么：整段重复多是粘贴了两次，报告显得拼凑。\n"
        "示例：“存在问题”和“改进措施”两部分出现了一字不差的同一段话。"
    ),
    flag=(
        "第二部分 某镇人民政府2023年度部门决算表\n第二部分 某镇人民政府2023年度部门决算表\n一、收入支出决算总表\n",
        "主要职能：为辖区群众提供基本医疗服务。为辖区群众提供基本医疗服务。开展健康教育。\n",
        "统筹安排项目资金，确保专款专用；统筹安排项目资金，确保专款专用；按期完工。\n",
        # a speech's date line and its speaker's line, printed twice under the title
        "某市人民法院工作报告\n——2024年1月9日在某市第九届人民代表大会第三次会议上\n某市中级人民法院院长王某\n"
        "——2024年1月9日在某市第九届人民代表大会第三次会议上\n某市中级人民法院院长王某\n各位代表：\n",
        "受疫情影响，部分项目启动较晚，实施周期相对较长，导致项目验收晚，预算执行进度偏慢，相对比较集中。\n"
        "二、改进措施\n"
        "受疫情影响，部分项目启动较晚，实施周期相对较长，导致项目验收晚，预算执行进度偏慢，相对比较集中。",
    ),
    keep=(
        # a web page's heading over its byline, then the document's own title
        "站群导航\n|\n加入收藏\n|\n手机版\n\n某市高新区(新市区)\n\n政府信息公开\n\n全文检索\n\n"
        "某自治区某某高新技术产业开发区(某市新市区)机场片区管委会2019年度部门决算公开\n\n来源:区财政局 发布时间:2020-11-02\n\n"
        "某自治区某某高新技术产业开发区(某市新市区)机场片区管委会2019年度部门决算公开\n\n目 录\n",
        "目录\n一、收入支出决算总体情况说明\n二、收入决算情况说明\n一、收入支出决算总体情况说明\n本年收入一百万元。\n",
        "（五）奖励扶助\n提高计划生育家庭发展能力。\n（六）一次性奖励\n提高计划生育家庭发展能力。",
        "完成情况：已完成。已完成。已完成。\n",
        # the page's title block (body, then title) printed twice by the site, and a menu's short items
        "某县自然资源局\n2021年政府信息公开工作年度报告\n某县自然资源局\n2021年政府信息公开工作年度报告\n一、总体情况\n",
        "正文\n首页\n信息公开\n首页\n信息公开\n",
        "为辖区群众提供基本医疗服务。为辖区群众提供公共卫生服务。\n",
        "产出指标\t数量指标\t全血采集量\t22000U\t22000U\n\t\t国家免疫规划疫苗接种率\t≥90%\t≥90%\n\t\t国家免疫规划疫苗接种率\t≥90%\t≥90%",
        # two forms one after the other, each with the same header row
        "一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 完成值 | 权重 | 得分 |\n"
        "产出指标 | 数量指标 | 培训人次 | ≥ | 200 | 人次 | 230 | 40 | 40 |\n"
        "一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 完成值 | 权重 | 得分 |\n",
        # the page's title line, and the same title where the document itself begins
        "某县人民医院2021年度财政项目绩效自评表（单位名称：某县人民医院，填报日期：2022年3月18日）\n首页 > 信息公开\n"
        "某县人民医院2021年度财政项目绩效自评表（单位名称：某县人民医院，填报日期：2022年3月18日）\n一、项目基本情况\n",
    ),
)

MIN_CHARS = 40
_SPACE = regex_cache.compile(r"\s")


MIN_HEADING = 8  # a numbered heading or 第X部分 this long, typed twice in a row
MIN_PIPES = 3  # a line with this many "|" is a table row, its cells set off by pipes


MIN_CLAUSE = 10  # characters of a clause typed twice in a row inside a paragraph
_END = regex_cache.compile("[。；;！？!?：:]")


@lru_cache(maxsize=16384)
def _clause_repeats(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, message) of each clause of a paragraph that repeats the one before it, offsets in the
    paragraph: one split per paragraph (a match per clause cost more than the rest of the rule), and one
    per distinct paragraph and process (the answer depends on its text alone, and reports repeat theirs)."""
    pieces = _END.split(text)
    if len(pieces) < 3:
        return ()
    out = []
    at = 0
    for k, piece in enumerate(pieces[:-1]):
        end = at + len(piece) + 1  # with its mark
        if k and piece == pieces[k - 1] and len(piece.strip()) >= MIN_CLAUSE and text[end - 1] not in "：:":
            key = _SPACE.sub("", text[at:end])
            out.append((at, end, f"“{key[:20]}{'…' if len(key) > 20 else ''}”与上一句完全相同，同一句话写了两遍。"))
        at = end
    return tuple(out)


MIN_PAIR_LINE = 6  # characters of each line of a pair typed twice (a menu's 首页, 信息公开 repeat on a page)


def _pair_twice(block: list, first: int) -> bool:
    """Whether the last four lines are two lines typed twice back to back (a speech's date line and its speaker's
    line, printed again under themselves). Each line is short (a long one met again is the paragraph check's); a pair
    that opens the page is its title block printed twice by the site (body over title, then both again), and left alone."""
    if len(block) < 4:
        return False
    (a, at), (b, _), (c, _), (d, _) = block
    return (a == c and b == d and a != b and at.start != first
            and MIN_PAIR_LINE <= len(a) < MIN_CHARS and MIN_PAIR_LINE <= len(b) < MIN_CHARS)


_BYLINE = regex_cache.compile(r"[ \t\u3000]{0,4}(?:来源|信息来源|文章来源|发布时间|发布日期)[ \t\u3000]{0,2}[:：]")


def check(ctx):
    title = {span.start for span in head_lines(ctx) if "。" not in span.text}  # the title block's lines
    paras = ctx.paragraphs
    # the page's heading over its byline (来源:区财政局 发布时间:2020-11-02), the document's title below it
    title.update(a.start for a, b in zip(paras, paras[1:]) if "。" not in a.text and _BYLINE.match(b.text))
    seen: dict[str, int] = {}
    previous = ""
    block: list[tuple[str, object]] = []  # the last lines read (key, span), for a pair of lines typed twice
    for span in paras:  # once per line of the report: no generator or list made for a line that repeats nothing
        text = span.text
        if "\t" in text or "|" in text and text.count("|") >= MIN_PIPES:
            previous = ""  # a table row: a second form repeats the first one's header row
            block = []
            continue
        for at, end, message in _clause_repeats(text):  # clauses of the paragraph that repeat the one before them
            yield Finding(span.start + at, span.start + end, RULE.code, RULE.severity, message)
        key = "".join(text.split())  # _SPACE.sub("", span.text): str.split's white space is re's \s
        block.append((key, span))
        if len(block) > 4:
            del block[0]
        if len(block) == 4 and _pair_twice(block, paras[0].start):
            yield Finding(block[2][1].start, span.end, RULE.code, RULE.severity,
                          f"“{block[0][0][:16]}……{block[1][0][-8:]}”两行紧接着又写了一遍，应删去重复的一组。")
        if key == previous and MIN_HEADING <= len(key) < MIN_CHARS and "|" not in key and (
                numbering(span.text) or part_number(span.text)):
            yield Finding(span.start, span.end, RULE.code, RULE.severity, "本行标题与上一行完全相同，标题重复出现。")
        if key == previous and len(key) >= MIN_CHARS and seen.get(key) in title and seen[key] != paras[0].start:
            yield Finding(span.start, span.end, RULE.code, RULE.severity,
                          f"“{key[:20]}…”与上一行完全相同，紧接着写了两遍，应删去一行。")
        previous = key
        if len(key) < MIN_CHARS:
            continue
        if key in seen and seen[key] not in title:
            line, _ = ctx.line_col(seen[key])
            yield Finding(span.start, span.end, RULE.code, RULE.severity, f"本段与第{line}行的段落完全相同，疑似重复粘贴。")
        else:
            seen[key] = span.start
