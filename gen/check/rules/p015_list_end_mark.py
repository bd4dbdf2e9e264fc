"""P015: one entry of a run of numbered lines without the full stop all the others end with.

A contents or an outline typed line by line ("一、收入支出决算总体情况。",
"二、……。", "五、……情况", "六、……。") keeps one habit for its entries'
end: either every entry closes with 。 or none does. One entry that differs
from all the others was typed or pasted apart. Precision first: the lines must
follow one another (blank lines aside) with one numbering style and level,
be short titles (no 。 inside) numbered 一、 or （一）, number at least four, and only
one may differ (two in a list of duty sentences with three stopped for each bare one), not the last (a text cut off or wrapped there ends without its mark). The mirror is read too: a
run whose entries all end on a character but one closed by 。 ("四、其他重要事项情况说明。" under three bare
entries) carries a stray full stop, wherever it stands.

The report's first-level headings are read the same way across the text
between them (each with text under it: a list or contents of titles alone
is left to the runs above): titles of one part (第X部分) that all end in a character but one,
closed by 。 ("一、项目情况", "二、评价情况", "三、项目绩效。"), carry a stray full
stop. Only short titles with no stop or comma inside count, at least two of
them without the stop and exactly one with it.

The same run is read for its labels: entries that each name an attachment
("八、附件一：…决议", "九、附件二：…") write a colon after the label; one that runs
the label into its title ("十三、附件六重点项目…") lost it.
"""

from __future__ import annotations

from ...core import regex_cache
from ..finding import Finding
from bisect import bisect_right

from ..contents import text_contents_start
from ..headings import headings, numbering, part_number, part_starts
from ..registry import Rule
from ._p015_examples import FLAG, KEEP

RULE = Rule(
    code="P015",
    name="list-end-mark",
    severity="warning",
    summary="连续编号的各行中，只有一行末尾没有其他各行都有的句号，或标签（附件一、目标1）后少了其他各行都有的冒号",
    doc=(
        "检查什么：目录或提纲中连续编号、逐行排列的各项（一、二、三、……），其他各项末尾都有“。”，只有一项没有；"
        "正文的一级标题（同一部分内）其他各个末尾都没有标点，只有一个以“。”结尾（“三、项目绩效。”）。\n"
        "为什么：同一列表的写法应统一，个别项不同说明是分别录入或拼接的文字，显得粗糙。\n"
        "各项末尾都没有标点、只有一项以“。”结尾的（“四、其他重要事项情况说明。”），这个句号是多余的，也报告。\n"
        "不报的情形：各项都没有句号，或没有句号的不止一项；其余各项以分号等结尾的（职责条目最后一项以句号收尾）；少于四项；各行之间夹有正文；缺句号的是最后一项"
        "（可能被截断或转行）；“1.”“（1）”编号的短标签（“1.办公室”）。\n"
        "“1.”“（1）”编号、逐项是一句话的职责条目，其余各项都以“。”结尾，只有一项（或在至少六个带句号的项中有两项）句末没有标点的，也报告"
        "（最后一项只在其后紧接上一级标题、列表已完整结束时才看）。\n"
        "连续编号的各行都是“附件一：……”“附件二：……”时，只有一行标签后没有冒号（“附件六重点项目……”）的，同样报告；"
        "逐行以“目标1：”“指标2：”这样的编号标签开头的一组（至少三行），只有一行标签后没有冒号的，也报告；"
        "连续编号的“第一部分：”“第二部分”“第三部分：”（至少三个部分），只有一个部分后没有冒号、直接接标题或用了顿号（“第四部分、名词解释”）的，也报告。\n"
        "示例：“四、政府性基金支出决算情况。”“五、国有资本经营预算支出决算情况”“六、“三公”经费支出决算情况。”中第五项缺句号。"
    ),
    flag=FLAG,
    keep=KEEP,
)

MIN_ITEMS = 4
# An entry that ends on no mark: a character, a figure (a page number) or a closing quote or bracket.
_BARE_END = regex_cache.compile(r"[\u4e00-\u9fff\d”’）)》]")
MAX_TITLE = 40


def _numbered(ctx):
    """Each paragraph with its numbering (None without one), read once for the rule's two kinds of runs."""
    return ctx.memo("p015.numbered", lambda c: [(p, numbering(p.text)) for p in c.paragraphs])


def _numbered_runs(ctx, is_item):
    """Runs of consecutive numbered paragraphs of one level, numbers going up by one, each of which
    ``is_item(text, heading)`` takes for an item of the list."""
    run: list = []
    for p, h in _numbered(ctx):
        item = h is not None and is_item(p.text.strip(), h)
        if item and run and h.level == run[-1][1].level and h.number == run[-1][1].number + 1:
            run.append((p, h))
            continue
        if len(run) >= MIN_ITEMS:
            yield run
        run = [(p, h)] if item else []
    if len(run) >= MIN_ITEMS:
        yield run


def _runs(ctx):
    """Runs of consecutive numbered title lines of one level."""
    return _numbered_runs(ctx, lambda text, h: len(text) <= MAX_TITLE and "。" not in text[:-1])


_LABEL = regex_cache.compile(r"\s{0,8}(附\s{0,4}[件表]\s{0,4}[一二三四五六七八九十\d]{1,3})([：:]?)")  # bounded: linear in any search


def _label_without_colon(run):
    """The one entry whose 附件N label has no colon, where every other entry's has one."""
    labels = []
    for p, h in run:
        m = _LABEL.match(p.text.strip()[len(h.mark.strip()):])
        if m is None:
            return None
        labels.append((p, h, m))
    bare = [x for x in labels if not x[2].group(2)]
    return bare[0] if len(bare) == 1 else None


# A line opening with a numbered label: "目标1：造林1.2万亩", "指标3：…" (bounded: linear in any search).
_LINE_LABEL = regex_cache.compile(r"(目标|指标|任务|措施|问题|建议|举措|成效)(\d{1,2})([：:]?)(?=[\u4e00-\u9fff“])")
_LINE_LABEL_FIRSTS = "目指任措问建举成"  # a label's first character: the pattern is asked only of lines opening with one (or empty)
LABEL_WINDOW = 6  # paragraphs between one labelled line and the next of its run
MIN_LABELLED = 3


def _label_runs(paragraphs):
    """Runs of lines opening with the same label numbered 1, 2, 3 … (blank lines and short notes between)."""
    run: list = []
    for i, p in enumerate(paragraphs):
        line = p.text.strip()
        m = _LINE_LABEL.match(line) if line[:1] in _LINE_LABEL_FIRSTS else None
        if m is None:
            continue
        if run and run[-1][2].group(1) == m.group(1) and int(m.group(2)) == int(run[-1][2].group(2)) + 1 \
                and i - run[-1][0] <= LABEL_WINDOW:
            run.append((i, p, m))
            continue
        if len(run) >= MIN_LABELLED:
            yield run
        run = [(i, p, m)] if m.group(2) == "1" else []
    if len(run) >= MIN_LABELLED:
        yield run


def _labels_without_colon(paragraphs):
    """The one line of a labelled run (目标1：, 目标2, 目标3：) whose label has no colon after it."""
    for run in _label_runs(paragraphs):
        bare = [(p, m) for _, p, m in run if not m.group(3)]
        if len(bare) != 1:
            continue
        p, m = bare[0]
        at = p.start + (len(p.text) - len(p.text.lstrip())) + m.end(2)
        label = m.group(1) + m.group(2)
        yield Finding(at - len(label), at, RULE.code, RULE.severity,
                      f"同组其余各行的标签后都有冒号，此处“{label}”后没有，应为“{label}：”。", label + "：")


MIN_PARTS = 3


def _part_runs(ctx):
    """Runs of 第X部分 lines numbered up by one (a contents, then the body, each a run)."""
    run: list = []
    for at in part_starts(ctx):
        end = ctx.text.find("\n", at)
        line = ctx.text[at:end if end >= 0 else len(ctx.text)]
        number, _, mark = part_number(line)
        if run and number == run[-1][1] + 1:
            run.append((at, number, mark, line))
            continue
        if len(run) >= MIN_PARTS:
            yield run
        run = [(at, number, mark, line)]
    if len(run) >= MIN_PARTS:
        yield run


def _parts_without_colon(ctx):
    """The one 第X部分 of a run written straight into its title (第二部分2023年度部门决算表) where every other
    part of the run has a colon after its mark (第一部分：…概况, 第三部分：…)."""
    for run in _part_runs(ctx):
        after = [line[len(mark):len(mark) + 1] for _, _, mark, line in run]
        # no mark at all (第二部分2023年度…), or a 顿号 where the others have a colon (第四部分、名词解释)
        bare = [i for i, c in enumerate(after) if c.isdigit() or "\u4e00" <= c <= "\u9fff" or c in "、，,"]
        colons = [c for c in after if c in "：:"]
        if len(bare) != 1 or len(colons) != len(run) - 1:
            continue
        at, _, mark, _ = run[bare[0]]
        wrong = after[bare[0]] if after[bare[0]] in "、，," else ""
        yield Finding(at, at + len(mark) + len(wrong), RULE.code, RULE.severity,
                      f"其余各部分的“第X部分”后都有冒号，此处“{mark}{wrong}”"
                      f"{'用的是“' + wrong + '”' if wrong else '后没有'}，应为“{mark}：”。", mark + "：")


HEADING_TITLE = 24  # a first-level title read for its end: short, no stop or comma inside
_INSIDE = regex_cache.compile(r"[。；;，,：:！？]")
MIN_UNSTOPPED = 2


def _stopped_headings(ctx):
    """The one first-level heading of a part whose title ends in 。 where at least two others end in none."""
    parts = part_starts(ctx)
    groups: dict[int, list] = {}
    for h in headings(ctx):
        title = h.title.strip()
        if h.level == 1 and h.form != "bare" and len(title) <= HEADING_TITLE and not _INSIDE.search(title[:-1]):
            groups.setdefault(bisect_right(parts, h.start), []).append((h, title))
    for group in groups.values():
        if any(not ctx.text[a.end:b.start].strip() for (a, _), (b, _) in zip(group, group[1:])):
            continue  # lines of a list or a contents, no text between: the runs above read those
        stopped = [(h, t) for h, t in group if t.endswith("。")]
        plain = [h for h, t in group if not _INSIDE.search(t[-1:])]
        if len(stopped) == 1 and len(plain) >= MIN_UNSTOPPED and len(plain) + 1 == len(group):
            h, title = stopped[0]
            yield Finding(h.end - 1, h.end, RULE.code, RULE.severity,
                          f"其余一级标题末尾都没有“。”，只有“{h.mark.strip()}{title}”有，写法应统一，宜删去句号。", None)


DUTY_MIN = 8  # characters of a duty item: a short sentence (承担污染源监测工作。), not a label (1.办公室)
MIN_STOPPED_DUTIES = 3  # stopped items for each bare one: two bare among six stopped are slips, not a second habit
MAX_BARE_DUTIES = 2


def _duty_runs(ctx):
    """Runs of consecutive 1. or （1） items, each a sentence of some length."""
    return _numbered_runs(ctx, lambda text, h: h.level > 2 and len(text) >= DUTY_MIN)


def _ends_whole(ctx, run, starts: list[int], levels: dict[int, int]) -> bool:
    """The paragraph after a run's last item is a heading above the items' level ((二)单位构成 after 8.……):
    the list ended there, its last line neither cut nor wrapped."""
    k = bisect_right(starts, run[-1][0].start)
    return k < len(starts) and levels.get(starts[k], 99) < run[-1][1].level


def _duty_without_stop(ctx):
    """The one duty sentence of a 1. list that ends on a character where every other item ends with 。: the stop
    was lost before the next number. So is the last item of a list whose other items each end with ；, where
    a higher heading follows it: the list ends there and closes with 。. The last item is read only where a higher heading follows it (a text
    cut off or wrapped there would end without its mark)."""
    runs = list(_duty_runs(ctx))
    if not runs:
        return
    starts = [p.start for p in ctx.paragraphs]
    levels = {h.start: h.level for h in headings(ctx)}
    for run in runs:
        items = run if _ends_whole(ctx, run, starts, levels) else run[:-1]
        texts = [p.text.rstrip() for p, _ in items]
        bare = [i for i, t in enumerate(texts) if "\u4e00" <= t[-1] <= "\u9fff"]
        stopped = [t for t in texts if t.endswith("。")]
        if 1 <= len(bare) <= MAX_BARE_DUTIES and len(stopped) == len(texts) - len(bare) \
                and len(stopped) >= MIN_STOPPED_DUTIES * len(bare):
            for i in bare:
                p = items[i][0]
                end = p.start + len(p.text.rstrip())
                yield Finding(end - 1, end, RULE.code, RULE.severity,
                              "同一列表其余各项末尾都有“。”，只有此项句末没有标点，应补上句号。" if len(bare) == 1 else
                              "同一列表的其他各项末尾都有“。”，此项句末没有标点，应补上句号。", None)
        elif items is run and bare == [len(texts) - 1] and len(texts) - 1 >= MIN_STOPPED_DUTIES \
                and all(t.endswith(("；", ";")) for t in texts[:-1]):
            # 1.……； 2.……； … 8.完成上级交办的其他工作, then (二)机构设置: the list closes there without its 。
            p = items[-1][0]
            end = p.start + len(p.text.rstrip())
            yield Finding(end - 1, end, RULE.code, RULE.severity,
                          "同一列表其余各项都以“；”结尾，最后一项是列表的结尾，应以“。”结束，此处缺句号。", "。")


MIN_BARE_PER_STOP = 3  # bare entries for each stopped one: two stops among six bare titles are slips, not a habit


def _few_stopped(stopped: int, entries: int) -> bool:
    """One entry closed by 。, or two where the bare entries are at least three times as many (一、……。 二、……。
    above nine bare titles: the first two were typed apart)."""
    return stopped == 1 or (stopped == 2 and entries - stopped >= MIN_BARE_PER_STOP * stopped)


def _stray_stops(run, stopped) -> bool:
    """A run of 一、 or （一） titles whose entries all end bare but for the few ``_few_stopped`` allows."""
    return _few_stopped(len(stopped), len(run)) and run[0][1].level <= 2 and all(
        _BARE_END.match(p.text.rstrip()[-1:]) for p, _ in run if p not in stopped)


def _stray_stop_findings(stopped, where: str):
    """A finding on the 。 of each stopped entry."""
    item = "条" if where == "目录" else "项"
    said = (f"{where}其余各{item}末尾都没有标点，只有此{item}以“。”结尾，应删去。" if len(stopped) == 1
            else f"{where}的其他各{item}末尾都没有标点，此{item}以“。”结尾，应删去。")
    for p in stopped:
        end = p.start + len(p.text.rstrip())
        yield Finding(end - 1, end, RULE.code, RULE.severity, said, None)


def _part_follows(ctx, parts: list[int], last) -> bool:
    """The line after a run's last entry opens a 第X部分: the run ended there whole, not cut or wrapped."""
    k = bisect_right(parts, last.end)
    return k < len(parts) and not ctx.text[last.end:parts[k]].strip()


MIN_CONTENTS_ENTRIES = 6


def _contents_stray_stop(ctx):
    """The one entry of a contents, read across its parts (第X部分 lines between runs of 一、 entries), that ends
    on 。 where every other entry ends bare: a run of two under its last part is too short for the runs above,
    the contents as a whole shows the habit. Read from the 目录 line to the first line that is no entry, or to a
    第X部分 numbered no higher than the one before (the body's 第一部分 after the contents' 第四部分: a body's
    duty sentence closed by 。 is no contents entry)."""
    start = text_contents_start(ctx)
    if start is None or not start[1]:
        return
    entries, last_part = [], 0
    for p in ctx.paragraphs[start[0]:]:
        line = p.text.strip()
        part = part_number(line) if line else None
        if part and part[0] <= last_part:
            break  # 第一部分 again after 第四部分: the body begins, its entries are no contents
        if not line or part:
            last_part = part[0] if part else last_part
            continue
        h = numbering(line)
        if h is None or h.level > 2 or len(line) > MAX_TITLE or "。" in line[:-1]:
            break
        entries.append(p)
    stopped = [p for p in entries if p.text.strip().endswith("。")]
    if len(entries) >= MIN_CONTENTS_ENTRIES and _few_stopped(len(stopped), len(entries)) \
            and all(_BARE_END.match(p.text.rstrip()[-1:]) for p in entries if p not in stopped):
        yield from _stray_stop_findings(stopped, "目录")


def check(ctx):
    found = list(_checks(ctx))
    told = {f.start for f in found}  # a stray stop the runs already report
    yield from found
    yield from (f for f in _contents_stray_stop(ctx) if f.start not in told)


def _checks(ctx):
    yield from _labels_without_colon(ctx.paragraphs)
    yield from _parts_without_colon(ctx)
    yield from _stopped_headings(ctx)
    yield from _duty_without_stop(ctx)
    parts = part_starts(ctx)
    for run in _runs(ctx):
        lost = _label_without_colon(run)
        if lost is not None:
            p, h, m = lost
            at = p.start + (len(p.text) - len(p.text.lstrip())) + len(h.mark.strip()) + m.end(1)
            yield Finding(at - len(m.group(1)), at, RULE.code, RULE.severity,
                          f"同一列表其余各项的附件标签后都有冒号，此处“{m.group(1)}”后没有，应为“{m.group(1)}：”。",
                          m.group(1) + "：")
        stopped = [p for p, _ in run if p.text.strip().endswith("。")]
        if _stray_stops(run, stopped):
            yield from _stray_stop_findings(stopped, "同一列表")
            continue
        bare = [p for p, _ in run if not p.text.strip().endswith("。")]
        if len(bare) != 1 or (bare[0] is run[-1][0] and not _part_follows(ctx, parts, run[-1][0])) \
                or run[0][1].level > 2:
            continue  # the last line may be cut or wrapped; 1. and （1） lists are duties, not titles
        p = bare[0]
        end = p.start + len(p.text.rstrip())
        yield Finding(end - 1, end, RULE.code, RULE.severity,
                      "同一列表其余各项末尾都有“。”，只有此项没有，写法应统一。", None)
