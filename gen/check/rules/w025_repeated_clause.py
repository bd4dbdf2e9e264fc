"""W025: a long clause said twice in one sentence or one list item (重复赘述).

A sentence revised in place keeps its old wording beside the new: "……，增强了
服务能力，是……的需要，增强了服务能力。", or a duty item that names the same task
at its start and again further on. W002 sees a word typed twice running (的的,
工作工作); this rule sees the same clause come back after other clauses.

Only a whole clause counts, and only a long one: a run of at least
``MIN_CHARS`` Chinese characters standing between clause marks (，；。！？ or a
line's end) on both sides, said again as a whole clause of the same sentence
(up to 。！？ or a line break) and the same list item (（一）, 一、, 一是, 1.,
①: a page run into one line keeps its items apart only by their marks). The
two may differ only at their head: a word in front (并, 进一步) or one
character of the verb (拟定 / 拟订), or at their end by a word that names the
clause a task (事项, 工作, 任务: 受理和办理网上信访事项, ……, 受理和办理网上信访,
a duty list that names its first duty again). A clause that shares only a part with
another (提高……资金使用效益 twice with other words between) is parallel
wording, and is left alone.

A list of three or more items parted by 、 that comes back within one clause
(宣传、贯彻、实施……标准的宣传、贯彻、实施和执行: the object was moved in front
and the old list kept) is the same slip at a smaller scale. The same list
after a comma or semicolon is parallel wording (推进经济建设、政治建设……，统筹
经济建设、政治建设……), and is left alone.

A run pasted twice back to back across a clause mark ("……作为二级预算单位，内设科室
为：办二级预算单位，内设科室为：办公室": the copy of a list of units, its cursor put
back into the middle of a word) is the same slip with no clause boundary to
hold it: at least ``RUN_MIN`` characters with a clause mark among them,
followed at once by the very same characters. Only words and marks count (a
run holding a figure, a blank or a line break is a table's cells or a form's
columns meeting).

A sentence pasted into a later paragraph (``_pasted_sentences``): a sentence after another in its paragraph, of at
least PASTED_MIN characters, the very words of a clause of an earlier paragraph, to its end or the text's end.

Left alone as well: the names of bodies (a list of units may name one twice:
主管部门 and 实施单位), anything inside 《》 or quotes (a clause must be all
Chinese characters), a label before a colon, a heading before its text (no
clause mark after it), and sentences that are tables run into text: cells
parted by | or tabs, a contents line's dot leaders, or several figures (a
form's target and actual columns often say the same thing twice).
"""

from __future__ import annotations

from ...core import regex_cache
from ...core.regex_needles import finditer as near_needles
import numpy as np

from ...core.text_pairs import char_positions, code_points
from ..finding import Finding
from ..textspans import finditer_from
from ..registry import Rule

RULE = Rule(
    code="W025",
    name="repeated-clause",
    severity="warning",
    summary="同一句中长短语重复（重复赘述），或整句与前文另一段重复",
    doc=(
        "检查什么：同一句话（或同一条目）中，一个较长的分句前后出现两次（一处多“事项”“工作”“任务”的也算），"
        "如“……，增强了服务能力，是……的需要，增强了服务能力。”；或同一分句中三项以上的顿号列举出现两次；"
        "或段中一整句（二十字以上）与前面另一段的文字完全相同（重复粘贴，句末被截断的也算）。\n"
        "为什么：多是修改时新旧文字并存，重复赘述，读来累赘。\n"
        "不报的情形：只有部分词语相同的并列表述；单位名称、书名号或引号内的文件名；"
        "标题与其后正文；表格压成一行的文字（含竖线、制表符、目录点线或多个数字，或同一行前面有“预期目标 实际完成情况”表头）。\n"
        "示例：“拟订全县发展规划和政策，组织编制规划，拟订全县发展规划和政策。”后一处重复；"
        "“宣传、贯彻、实施技术标准的宣传、贯彻、实施和执行”同一分句中列举重复；"
        "一段含标点的文字紧接着原样重复一遍（“二级预算单位，内设股室为：综二级预算单位，内设股室为：综合股”），多是复制粘贴的痕迹。"
    ),
    flag=(
        "项目建成后改善了服务对象的生活条件，增强了综合服务事业的持续发展能力，"
        "是缩小城乡差距的现实需要，增强了综合服务事业的持续发展能力。",
        "（一）拟定全县交通建设规划和政策，组织实施交通基础设施建设，拟订全县交通建设规划和政策，指导行业管理。\n",
        "一是完善内部资金审批管理流程，强化预算执行，并完善内部资金审批管理流程；二是加强监督。",
        "负责组织、协调、指导全县防灾标准的组织、协调、指导和监督。",
        # a run pasted twice back to back, across a clause mark
        "县图书馆作为二级预算单位，内设股室为：综二级预算单位，内设股室为：综合股、采编股。",
        # the same duty again, once closed by 事项
        "负责受理和转办群众来信来访事项，提供信息服务，受理和转办群众来信来访，承担系统维护工作。\n",
        # a sentence pasted again at the end of a later paragraph (the copy cut short where the text ends)
        "近年来，我局扎实开展村庄清洁行动，全镇人居环境明显改善、村庄环境整洁有序、村民健康意识普遍增强。\n"
        "全年创建清洁村庄12个，覆盖率达100%。全镇人居环境明显改善、村庄环境整洁有序、村民健康\n",
    ),
    keep=(
        "拟订全县交通建设规划和政策，组织实施交通基础设施建设。拟订全县交通建设规划和政策的配套措施。",
        "县图书馆作为二级预算单位，内设股室为：综合股、采编股。县文化馆作为二级预算单位，内设股室为：辅导股。",
        # a form's cells side by side: figures among them
        "资金到位率，100%，资金到位率，100%，",
        "（一）拟订全县交通建设规划和政策。（二）拟订全县交通建设规划和政策的实施细则，指导行业管理。\n",
        "一是完善内部资金审批管理流程；二是完善内部资金审批管理流程的配套制度。",
        # two duties of a list parted by semicolons, each opening with the same clause
        "其主要职权是：依照法律规定对有关刑事案件行使侦查权；对刑事案件进行审查，批准或者决定是否逮捕犯罪嫌疑人；"
        "对刑事案件进行审查，决定是否提起公诉。",
        "进一步规范乡村振兴资金管理，提高乡村振兴资金使用效益，加强财政支出管理，提高财政资金使用效益。",
        "主管部门：某某县农业农村局，实施单位：某某县农业农村局。",
        # the same duty in another sentence, and a shorter object with 事项
        "负责受理和转办群众来信来访事项。受理和转办群众来信来访，承担系统维护工作。\n",
        "负责受理和转办群众来信来访事项，提供信息服务，督促转办群众来信来访。\n",
        # the same opening said again with other words after it, a title printed twice, a paragraph twice (S004's)
        "近年来，我局扎实开展村庄清洁行动，全镇人居环境明显改善、村庄环境整洁有序、村民健康意识普遍增强。\n"
        "全年创建清洁村庄12个。全镇人居环境明显改善、村庄环境整洁有序、村民健康意识普遍增强，但仍有短板。\n",
        "某县农业农村局二〇二三年度政府信息公开工作年度报告\n某县农业农村局二〇二三年度政府信息公开工作年度报告\n",
        "全年完成培训任务。全镇人居环境明显改善、村庄环境整洁有序、村民健康意识普遍增强。\n"
        "全年完成培训任务。全镇人居环境明显改善、村庄环境整洁有序、村民健康意识普遍增强。\n",
        "年度总体目标完成情况：完善农田灌溉计量设施，完善农田灌溉计量设施，指标值100%，实际值100%，得分10分。",
        "预期目标 | 完善农田灌溉计量设施，提高用水效率 | 完善农田灌溉计量设施，提高用水效率\n",
        "（四）部门整体支出绩效目标 我局部门整体支出绩效目标：一是做好预算管理。",
        "根据《关于做好项目资金管理工作的通知》，按照《关于做好项目资金管理工作的通知》要求执行。",
        "既要加强项目资金全过程管理，又要加强项目资金全过程监督。",
        "推进经济建设、政治建设、文化建设等方面工作，统筹经济建设、政治建设、文化建设。",
        "组织、协调、指导防灾工作；对乡镇防灾工作进行组织、协调、指导。",
        # a 自评表 flattened to one line: the target and result columns wrap into each other's text
        "项目支出绩效自评表 预期目标 实际完成情况 1.组织业务骨干开展培训。 1.组织业务骨干开展培训。 2.加强"
        "社区走访,为困难群众提供法律援助,提升群众满意度 社区走访,为困难群众提供法律援助,提升群众满意度。\n",
    ),
)

MIN_CHARS = 8  # the shared stretch: shorter ones repeat by chance (资金使用效益, 绩效目标)
MAX_HEAD = 3  # a word in front of one copy (并, 进一步)
REACH = 300  # characters from one copy to the next: farther apart is no longer one sentence
FIGURES = 3  # a sentence with this many figures is a table's row run into text

_MARKS = (r"[（(][一二三四五六七八九十\d]{1,3}[）)]|(?<![\u4e00-\u9fff])[一二三四五六七八九十]{1,3}[、是]"
          r"|(?<![\d.])\d{1,2}[.、．](?!\d)|[①-⑳]")
# Where a sentence ends, or a list item starts (its mark): the two copies must have none between them.
_BREAK = regex_cache.compile(r"[。！？!?\n]|" + _MARKS)
_MARK = regex_cache.compile(_MARKS)
_MARK_BEFORE = regex_cache.compile(r"(?:" + _MARKS + r")$")
_CIRCLED = frozenset("①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳")
_NUMERALS = frozenset("一二三四五六七八九十0123456789")  # what stands before an item mark's last character
_BEFORE = frozenset("，,；;：:。！？!?\n \t\u3000")
# A whole clause (group 1): a run of Chinese characters after a clause mark (or what may end an item's
# mark: ）、. ①) and before one, or at the text's start. Possessive, and tried only after those marks: linear
# on a long run. Led by the mark itself, not a look-behind for it, so that re skips to the marks by itself
# instead of trying every character of the text; the mark is no Chinese character, so never part of an
# earlier clause, and the clauses found are the same.
_CLAUSE_RUN = r"([\u4e00-\u9fff]{%d,}+)(?=[，,；;。！？!?\n]|\Z)" % MIN_CHARS
_CLAUSE = regex_cache.compile(r"[，,；;：:。！？!?\n \t\u3000）)、.．①-⑳]" + _CLAUSE_RUN)
_CLAUSE_AT_START = regex_cache.compile(_CLAUSE_RUN)
_SENTENCE_END = regex_cache.compile(r"[。！？!?\n]")
_TABLE = regex_cache.compile(r"[|\t]|\.{4}|…{2}|·{4}|预期目标|年初设定目标|实际完成情况|完成情况综述|全年实际值|实际完成值|年度指标值")
_NEGATION = regex_cache.compile(r"[不未无非没]")
_FIGURE = regex_cache.compile(r"\d+(?:\.\d+)?")
# The kinds of body or place a name ends in, and of document a title ends in: a sentence may name one twice.
_NAME_END = regex_cache.compile(
    r"(?:局|厅|委|委员会|办公室|政府|中心|医院|卫生院|学校|中学|小学|幼儿园|公司|站|所|处|队|院|部|会|社|馆"
    r"|组|室|科|股|办|司|省|市|县|区|州|旗|镇|乡|村"
    r"|通知|意见|办法|方案|规定|细则|决定|报告|条例|批复|函)$"
)


def _clauses(text: str):
    """Whole clauses (``_CLAUSE``) that do not merely follow a bracket or 、 (an item's mark must end
    there); an item's mark at the run's head (一是) is left out."""
    first = _CLAUSE_AT_START.match(text)
    for m in ([first] if first else []) + list(_CLAUSE.finditer(text)):
        s, e = m.span(1)
        if s and text[s - 1] not in _BEFORE and not (
                text[s - 1] in _CIRCLED or text[s - 2:s - 1] in _NUMERALS and _MARK_BEFORE.search(text, max(0, s - 6), s)):
            continue  # after 、 or a bracket that closes no item's mark (A、B; （试行）)
        mark = text[s] in _NUMERALS and _MARK.match(text, s)  # 一是
        yield (mark.end() if mark else s), e


def _same_head(a: str, b: str) -> bool:
    """The heads in front of a shared tail: one of them empty (并, 进一步) unless it negates the clause
    (未完成……), or two characters that differ only in the second (拟定, 拟订). Other heads make parallel
    wording: 上半年 and 下半年, 市级 and 县级 each followed by the same words."""
    if not a or not b:
        return not _NEGATION.search(a + b)
    return len(a) == len(b) == 2 and a[0] == b[0]


def _shared_tail(a: str, b: str) -> int:
    k = 0
    while k < min(len(a), len(b)) and a[-1 - k] == b[-1 - k]:
        k += 1
    return k


# A 自评表's 预期目标 and 实际完成情况 columns side by side as header cells: a sheet flattened to one line
# prints each row's two cells in turn, so a target said again as its result repeats wrapped pieces of it.
_FORM_COLUMNS = regex_cache.compile(r"预期目标[ \t\u3000|]{0,4}(?:实际完成情况|实际完成值|完成情况)")


def _table_sentence(text: str, s: int, e: int) -> bool:
    """Whether the sentence around s..e is a table run into text, or a row of a form whose column
    headers stand earlier on its line."""
    lo = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, s - 2 * REACH), s)), default=max(0, s - 2 * REACH))
    hi_m = _SENTENCE_END.search(text, e, e + 2 * REACH)
    hi = hi_m.start() if hi_m else min(len(text), e + 2 * REACH)
    if _TABLE.search(text, lo, hi) or len(_FIGURE.findall(text, lo, hi)) >= FIGURES:
        return True
    return _FORM_COLUMNS.search(text, text.rfind("\n", 0, s) + 1, s) is not None


_ITEM_OPEN = frozenset("；;：:")  # what opens an item of a list whose items a semicolon parts


def _pair(text: str, earlier: list[tuple[int, int]], s: int, e: int) -> str | None:
    """The tail the clause s..e shares with an earlier clause of its sentence and item, if any."""
    clause = text[s:e]
    for ps, pe in reversed(earlier):
        if s - ps > REACH or _BREAK.search(text, pe, s):
            return None  # the nearest copies are in another sentence or item: the farther ones too
        if text[ps - 1:ps] in _ITEM_OPEN and text[s - 1:s] in "；;":
            continue  # each opens an item of a ；-parted list (……职权是：…；对刑事案件进行审查，批准…；对刑事案件进行审查，决定…)
        first = text[ps:pe]
        k = _shared_tail(first, clause)
        heads = first[: len(first) - k], clause[: len(clause) - k]
        if k >= MIN_CHARS and max(map(len, heads)) <= MAX_HEAD and _same_head(*heads):
            return clause[len(clause) - k:]
    return None


# A duty's object closed by a word that names it a task (受理和办理网上信访事项 ... 受理和办理网上信访): the same
# clause with or without it is said twice all the same.
_TASK_NOUNS = frozenset(("事项", "工作", "任务"))


def _repeats(text: str):
    """(start, end, tail) of each clause whose tail an earlier clause of its sentence and item holds."""
    by_end: dict[str, list[tuple[int, int]]] = {}  # a clause's last MIN_CHARS characters -> clauses
    for s, e in _clauses(text):
        if e - s < MIN_CHARS:
            continue
        ends = (e, e - 2) if text[e - 2:e] in _TASK_NOUNS and e - 2 - s >= MIN_CHARS else (e,)
        tail = None
        for end in ends:
            earlier = by_end.get(text[end - MIN_CHARS:end])
            tail = tail or (_pair(text, earlier, s, end) if earlier else None)
        for end in ends:
            by_end.setdefault(text[end - MIN_CHARS:end], []).append((s, end))
        if tail and not _NAME_END.search(tail) and not _table_sentence(text, s, e):
            yield s, e, tail


# A list of three or more items parted by 、 (宣传、贯彻、实施): two characters before the first 、, the
# items between, and the chain's last 、. Its key runs to the second character after that 、.
_LIST = regex_cache.compile(r"[\u4e00-\u9fff]{2}(?:、[\u4e00-\u9fff]{1,10}){2,10}")
# every list's first 、, two characters in, two Chinese characters before it and an item and a 、 after it:
# tried only there, not at each 、 of a report
_LIST_COMMA = regex_cache.compile("、(?<=[\u4e00-\u9fff]{2}、)(?=[\u4e00-\u9fff]{1,10}、[\u4e00-\u9fff])")
_CLAUSE_MARK = regex_cache.compile(r"[，,；;：:。！？!?\n|\t]")
LIST_REACH = 40  # characters from the end of one list to the same list again


def _repeated_lists(text: str):
    """(start, end, list) of a list said again in the same clause: "宣传、贯彻、实施……标准的宣传、贯彻、实施和执行"
    (an edit kept the old words beside the new). A list named again after a comma is parallel wording."""
    for m in finditer_from(_LIST, text, _LIST_COMMA, 2):
        last = text.rindex("、", m.start(), m.end())
        key = text[m.start():last + 3]
        if len(key) < last + 3 - m.start():
            continue  # the text ends after the last 、
        again = text.find(key, last + 3, last + 3 + LIST_REACH + len(key))
        if again < 0 or _CLAUSE_MARK.search(text, last + 3, again) or _table_sentence(text, m.start(), again):
            continue
        yield again, again + len(key), key


RUN_MIN, RUN_MAX = 10, 40  # a run pasted twice: shorter ones are W002's doubled words and labels
_RUN_MARKS = "，,：:；;"  # found by text_pairs.char_positions
_RUN_CHARS = regex_cache.compile(r"[\u4e00-\u9fff，,：:；;、]+")


def _returns(text: str, marks: list[int]) -> list[tuple[int, int]]:
    """(i, q) for each later mark q of the same kind, 2 to RUN_MAX characters after ``marks[i]``, whose
    character before or after agrees with the one at ``marks[i]``: the only returns that can start a run said
    twice, in the order a loop over the marks and then the returns would meet them. One vectorised comparison
    per distance in marks (numpy) instead of a Python test of every nearby mark: 30 of 37 ms of the rule."""
    codes = code_points(text)
    at = np.asarray(marks, dtype=np.int64)
    mark = codes[at].astype(np.int64)
    before = np.where(at > 0, codes[np.maximum(at - 1, 0)], -1)  # -1: nothing before the text's first mark
    after = np.where(at < len(codes) - 1, codes[np.minimum(at + 1, len(codes) - 1)], -2)
    found = []
    for step in range(1, len(at)):
        gap = at[step:] - at[:-step]
        near = gap <= RUN_MAX
        if not near.any():
            break
        agree = (before[:-step] == before[step:]) | (after[:-step] == after[step:])
        hit = np.flatnonzero(near & (gap >= 2) & (mark[:-step] == mark[step:]) & agree)
        found.extend(zip(hit.tolist(), (hit + step).tolist()))
    found.sort()
    return [(i, marks[j]) for i, j in found]


def _doubled_runs(text: str):
    """(start, end, run) of a run said again right after itself, read from each clause mark inside it:
    the mark comes back ``L`` characters on, and the characters on both sides of the two agree for ``L``.

    A run said twice holds the mark and the character before it, or the mark and the one after it, at both
    places (a return with neither neighbour cannot start a run of two characters or more). A return is the
    same mark again, so only the next few of the text's clause marks (found by the engine, once) are read
    for it (``_returns``): a loop over every character, or a search per mark, cost more than the rest of the rule."""
    seen_to, done = -1, -1
    marks = char_positions(text, _RUN_MARKS)
    for i, q in _returns(text, marks) if marks else ():
        p = marks[i]
        if p < seen_to or i == done:
            continue
        size = q - p
        back = 0
        while back < size and p - back > 0 and text[p - back - 1] == text[q - back - 1]:
            back += 1
        ahead = 0
        while back + ahead < size and q + ahead < len(text) and text[p + ahead] == text[q + ahead]:
            ahead += 1
        if back + ahead < size:
            continue
        if size < RUN_MIN:
            done = i  # the shortest period read from this mark decides it
            continue  # 开展调研，开展调研，…: a short stretch repeated, W002's doubling or a list's filler
        start = p - back
        run = text[start:start + size]
        if _RUN_CHARS.fullmatch(run) and len(_HAN_RUN.findall(run)) >= MIN_CHARS \
                and not _table_sentence(text, start, start + 2 * size):
            yield start + size, start + 2 * size, run
            seen_to = start + 2 * size  # the marks inside the copy, this one's later returns with them


_HAN_RUN = regex_cache.compile(r"[\u4e00-\u9fff]")


# A sentence pasted again into a later paragraph (……覆盖率达100%。全县农村人居环境明显改善、村庄环境整洁有序、
# 村民环保与健康意识普遍增强。 where the first paragraph said the very clause): a sentence that follows another in
# its paragraph, of words, 、 and commas only, at least PASTED_MIN Chinese characters, the same characters as a
# clause of an earlier paragraph from its start to the sentence's end (or the text's, where the copy was cut).
# A paragraph repeated whole is S004's; a line that is only the copy (a title printed again) is not read.
PASTED_MIN = 20
PASTED_KEY = 12  # characters of a clause's opening looked for before the sentence
_SENTENCE_AFTER = regex_cache.compile(r"[。！？!?][ \u3000]?([\u4e00-\u9fff][\u4e00-\u9fff、，,]{%d,})(?=[。！？!?\n]|\Z)"
                                      % (PASTED_MIN - 1))
_OPENS_CLAUSE = frozenset("，,；;。！？!?\n")


def _clause_opening(text: str, key: str, before: int) -> int:
    """Where a clause of the text before ``before`` first opens with ``key``, or -1."""
    p = text.find(key, 0, before)
    while p > 0 and text[p - 1] not in _OPENS_CLAUSE:
        p = text.find(key, p + 1, before)
    return p


def _paragraph(text: str, at: int) -> str:
    end = text.find("\n", at)
    return text[text.rfind("\n", 0, at) + 1:end if end >= 0 else len(text)].strip()


def _pasted_sentences(text: str):
    """(start, end, first_line) of each sentence that repeats a clause of an earlier paragraph (see above)."""
    for m in near_needles(_SENTENCE_AFTER, text) if "。" in text else ():  # the same matches, tried near what each needs (gen.core.regex_needles)
        s, e = m.span(1)
        if len(_HAN_RUN.findall(text, s, e)) < PASTED_MIN:
            continue
        p = _clause_opening(text, text[s:s + PASTED_KEY], s)
        if p < 0 or "\n" not in text[p:s]:
            continue  # no earlier clause opens so, or only in the same paragraph (W025's own reading above)
        if text[p:p + e - s] != text[s:e]:
            continue
        if _table_sentence(text, s, e) or _paragraph(text, p) == _paragraph(text, s):
            continue  # a table run into text, or the whole paragraph again (S004's)
        yield s, e, text.count("\n", 0, p) + 1


def check(ctx):
    said = []
    for s, e, tail in _repeats(ctx.text):
        said.append((s, e))
        yield Finding(s, e, RULE.code, RULE.severity,
                      f"“{tail}”在本句前文已出现，重复赘述，请删去或改写。")
    for s, e, run in _doubled_runs(ctx.text):
        if any(s < b and a < e for a, b in said):
            continue  # the second copy is a whole clause said again: reported above
        yield Finding(s, e, RULE.code, RULE.severity,
                      f"“{run}”紧接着又重复了一遍，疑为复制粘贴时重复或漏删，请核对此处文字。")
    for s, e, line in _pasted_sentences(ctx.text):
        if any(s < b and a < e for a, b in said):
            continue
        yield Finding(s, e, RULE.code, RULE.severity,
                      f"“{ctx.text[s:s + 12]}……”一句与前文第{line}行的文字完全相同，疑为复制粘贴时重复，请删去一处。")
    for s, e, key in _repeated_lists(ctx.text):
        yield Finding(s, e, RULE.code, RULE.severity,
                      f"“{key}”在同一分句前文已出现，重复赘述，请删去一处。")
