"""S016: 第X部分 divisions numbered by two conventions in one text.

Under 第一部分, 第二部分 … a text either numbers its 一、-level headings afresh in
each part or runs them on across the parts; both are seen. One text doing both
— 第二部分 opening with 三、 after 第一部分's 一、二、, and 第三部分 opening with 一、
again — has lost its convention, usually because a part was pasted from another
document or renumbered by hand. The part that runs on is reported: the parts
that restart show the text's convention. S001 reads each part as restarting
(a 三、 opening a part is no skip), so this is the one place the mix is seen; a table
of contents is read too (S001 skips it), where the mix is as much a slip. A 第一部分
after 第三部分 starts a new run (the body after its contents), judged on its own.
"""

from __future__ import annotations

from bisect import bisect_left

from ..finding import Finding
from ..headings import numbering, part_number, part_starts, standard_mark
from ..registry import Rule

RULE = Rule(
    code="S016",
    name="part-numbering",
    severity="warning",
    summary="各“部分”之下的一级标题编号方式不统一",
    doc=(
        "检查什么：“第一部分”“第二部分”等之下的一级标题，有的部分从“一、”重新编号，有的部分接续上一部分的编号"
        "（第一部分“一、二、”，第二部分从“三、”开始，第三部分又从“一、”开始）。\n"
        "为什么：同一份文件的编号方式应当一致；混用多半是拼接或手工改号留下的，读者会以为缺了“一、二、”。\n"
        "不报的情形：各部分都从“一、”重新编号，或全文一级标题跨部分连续编号。\n"
        "示例：第二部分之下的“三、收支总体情况”应为“一、收支总体情况”，与第三部分一样从“一、”编起。"
    ),
    flag=(
        "第一部分 单位概况\n一、单位职责\n负责全区疾病预防控制。\n二、机构设置\n内设五个科室。\n"
        "第二部分 预算情况说明\n三、收支总体情况\n收入一百万元。\n四、政府采购情况\n无。\n"
        "第三部分 预算公开表\n一、收支总表\n二、收入总表\n",
    ),
    keep=(
        "第一部分 单位概况\n一、单位职责\n负责全区疾病预防控制。\n二、机构设置\n内设五个科室。\n"
        "第二部分 预算情况说明\n一、收支总体情况\n收入一百万元。\n第三部分 预算公开表\n一、收支总表\n",
        # a contents, then the body: each run of parts is judged on its own
        "目录\n第一部分 单位概况\n一、单位职责\n二、机构设置\n第二部分 预算情况说明\n三、收支总体情况\n"
        "第三部分 预算公开表\n四、收支总表\n第一部分 单位概况\n一、单位职责\n负责全区疾病预防控制。\n二、机构设置\n"
        "内设五个科室。\n第二部分 预算情况说明\n一、收支总体情况\n收入一百万元。\n第三部分 预算公开表\n一、收支总表\n",
        # numbered on across every part: one convention
        "第一部分 单位概况\n一、单位职责\n负责全区疾病预防控制。\n二、机构设置\n内设五个科室。\n"
        "第二部分 预算情况说明\n三、收支总体情况\n收入一百万元。\n第三部分 预算公开表\n四、收支总表\n",
    ),
)


def _tops(ctx) -> list[tuple[int, int, int]]:
    """(start, mark end, number) of every paragraph opening with a 一、-level mark, a table of contents
    included: contents list the parts with their sections, and carry the same slip."""
    out = []
    for p in ctx.paragraphs:
        h = numbering(p.text)
        if h is not None and h.level == 1:
            out.append((p.start + h.start, p.start + h.mark_end, h.number))
    return out


def _firsts(ctx) -> dict[int, list[tuple[tuple[int, int, int], int, int]]]:
    """For each part after the first of its run (第一部分 … 第三部分; a contents and then the body are two
    runs), by run: (its first 一、-level heading, the last such number of the part before, the part's offset)."""
    parts = part_starts(ctx)
    if len(parts) < 3:
        return {}
    tops = _tops(ctx)
    starts = [t[0] for t in tops]
    numbers = [(part_number(ctx.text[at : at + 16]) or (0,))[0] for at in parts]
    bounds = [*parts, len(ctx.text)]
    out: dict[int, list] = {}
    run = 0
    for k in range(1, len(parts)):
        if numbers[k] != numbers[k - 1] + 1:
            run = k  # a new run of parts (the body after its contents), or a part out of order
            continue
        prev = tops[bisect_left(starts, parts[k - 1]) : bisect_left(starts, parts[k])]
        mine = tops[bisect_left(starts, parts[k]) : bisect_left(starts, bounds[k + 1])]
        if prev and mine:
            out.setdefault(run, []).append((mine[0], prev[-1][2], parts[k]))
    return out


def check(ctx):
    for firsts in _firsts(ctx).values():
        yield from _mixed(ctx, firsts)


def _mixed(ctx, firsts):
    restarting = [h for h, _, _ in firsts if h[2] == 1]
    running_on = [(h, last, at) for h, last, at in firsts if last > 1 and h[2] == last + 1]
    if not restarting or not running_on:
        return
    for h, last, at in running_on:
        part = part_number(ctx.text[at : at + 16])
        name = part[2] if part else "这一部分"
        start, mark_end, _ = h
        yield Finding(start, mark_end, RULE.code, RULE.severity,
                      f"“{name}”之下的第一个一级标题编为“{ctx.text[start:mark_end]}”，接续上一部分的“{standard_mark(1, last)}”，"
                      f"而其他部分从“{standard_mark(1, 1)}”重新编号：同级编号方式不统一，应为“{standard_mark(1, 1)}”。",
                      standard_mark(1, 1))
