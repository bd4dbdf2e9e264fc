"""N006: one report-level figure (本年支出, 基本支出…) or one named allocation stated twice with different values."""

from __future__ import annotations

import bisect
from collections import defaultdict
from typing import Iterable

from ...core import regex_cache
from ..context import CheckContext
from ..docnumbers import numbers
from ..figure_subjects import paragraph_subjects
from ..qizhong_lists import continues_qizhong
from ..finding import Finding
from ..numbers_text import Item, allocation_name, items, items_between, num, single_valued_name
from ..registry import Rule
from ._n006_examples import FLAG, KEEP
from ..stated_changes import StatedChange, stated_changes
from ..textspans import last_mark

RULE = Rule(
    code="N006",
    name="conflicting-values",
    severity="warning",
    summary="同一数字前后两处写法不一致",
    doc=(
        "报告中只应有一个值的数字（glossary/rates.yaml 的 single_valued：本年收入、本年支出、基本支出、"
        "人员经费、政府采购计划金额等）在同一年份下出现两个不同金额时提示，多为录入或抄写错误。"
        "例：前文“本年支出322,145.23万元”，后文“本年支出322,415.23万元”。"
        "同一笔具名资金（如“基本公共卫生服务补助资金”，名称至少6个字、以资金/经费/补助/补贴结尾，"
        "不含累计、新增、人均、标准等）在两处写成不同金额时同样提示。"
        "两处之间写有一笔正好等于两者之差的金额（追加、追减、收回一批资金）时，两个金额是调整前后之数，不提示。"
        "紧跟在一个金额之后括号里的数（“全年预算X万元（基本支出a万元、项目支出b万元）”）是该金额的构成，"
        "与“其中”之后的分项（“其中：基本支出a；项目支出b”分号后的也是）一样不作比较。各段分别以不同的县（区、乡镇）开头、逐地叙述时，不同地方的同名数字不作比较；"
        "各段以编号和不同的项目名称开头、逐个项目叙述时同样。"
        "同一事项较上年的增减额写了两次而金额不同时同样提示（两处都标出）：事项是“较上年增加”前写明的名称"
        "（“主要是一般公共预算拨款较上年增加X万元”“主要原因是收入合计减少X万元”），或增减额所跟随的那个金额的名称"
        "（“收入合计638.63万元，较上年减少X万元”；紧挨着的收入、支出两数相等时，是两者的增减）。"
        "两处写明的年度不同、或分别是不同总数“其中”下的分项（支出合计其中的基本支出与财政拨款支出其中的基本支出；基本支出“其中：”下的商品和服务支出与项目支出“其中：”下的商品和服务支出）时不比较；"
        "同一文号的文件前后两处写明下达的资金总额（“某财农〔2023〕12号文件……下达我县资金8万元”）而金额不同，"
        "或其中一项（“……下达我县河道清淤维护9万元”）超过了该文件下达的总额时同样提示；各项小于总额、两处各为不同的项目、"
        "与另一文号合写（“某财社〔2022〕7号、9号文件下达……”）的不比较。"
        "紧跟在某项金额和逗号之后的“年初预算为……”是该项的预算（“公务用车运行维护费支出0万元，年初预算为0.95万元”），不与全文的年初预算比较。"
        "两处都是原因说明（“主要原因是人员经费增加X万元”）时也不比较，它们可能分别解释全部资金和财政拨款的变化。"
        "两处所在的句子各自引用了不同文号的文件下达该笔资金（提前下达一批、再下达一批）时，是两批资金，不比较。"
    ),
    flag=FLAG,
    keep=KEEP,
)


def _adjusted(at_by_money: dict, seen: Item, it: Item) -> bool:
    """Is the gap between the two amounts a figure stated between them (an allocation cut or
    topped up in between: 412.85, then 追减 223.57, then 189.28)?"""
    starts = at_by_money.get(abs(seen.money - it.money), [])  # type: ignore[operator]
    k = bisect.bisect_left(starts, seen.q.end)
    return k < len(starts) and starts[k] < it.q.start


_OPEN = "(（"
_CLOSE = ")）"
BRACKET_REACH = 60


def _breakdown_of(text: str, it: Item, money_ends: dict[int, Item]) -> str:
    """The label of the amount whose bracketed breakdown holds ``it`` ("年初预算批复14818万元(基本支出
    9896万元…)"), or "" when it stands in no such bracket: two breakdowns of different amounts (the
    budget as passed, the budget after changes) are different figures, not one stated twice."""
    lo = max(0, it.q.start - BRACKET_REACH)
    for p in range(it.q.start - 1, lo - 1, -1):
        ch = text[p]
        if ch in _CLOSE or ch in "。；\n":
            return ""
        if ch in _OPEN:
            end = p  # len(text[:p].rstrip()), without copying the text up to here for each bracket
            while end and text[end - 1].isspace():
                end -= 1
            parent = money_ends.get(end)
            return parent.label if parent is not None else ""
    return ""


# 基本支出 / 项目支出 naming what a sentence is about, not a figure of its own (项目支出40万元 is a sibling);
# so does a fund (一般公共预算财政拨款年初结转和结余A，本年收入B: the fund's income, not the whole's).
_NOT_OWN = r"(?![为是达共计]{0,2}[ \u3000]{0,2}\d)"
_SCOPE = regex_cache.compile(r"(?:基本支出|项目支出)" + _NOT_OWN)
_FUND = regex_cache.compile(r"(?:(?:一般公共预算|政府性基金预算|国有资本经营预算)(?:财政拨款)?|财政拨款)" + _NOT_OWN)


def _scope(text: str, it: Item) -> str:
    """The fund and the part of the budget the figure's sentence is about, named before it ("……财政拨款项目支出
    年初结转和结余2.27万元，本年收入1230.14万元" is the project part's income, not the whole's): "" when none."""
    lo, hi = it.seg_start, it.q.start
    return "".join(found[-1] if found else "" for found in ([m.group() for m in r.finditer(text, lo, hi)]
                                                            for r in (_FUND, _SCOPE)))


# What is due or planned (the base), and what was done against it: 应配套A，实际配套到位B.
_DUE = regex_cache.compile(r"应|计划|预算|下达|批复")
_DONE = regex_cache.compile(r"实际|到位|执行|完成|拨付")


def _base(money_items: list[Item], starts: list[int], it: Item):
    """The amount due or planned stated just before ``it``, what was done, in its sentence
    (应到位36121万元，实际到位…), or None."""
    k = bisect.bisect_left(starts, it.q.start) - 1
    if k < 0:
        return None
    base = money_items[k]
    if base.seg_start != it.seg_start or not (_DUE.search(base.label) and _DONE.search(it.label)):
        return None
    return base.money


def _other_frames(money_items: list[Item], starts: list[int], seen: Item, it: Item) -> bool:
    """Each figure follows a different amount in its own sentence (应配套20971万元，实际配套到位… / 应到位
    36121万元，实际配套到位…): two statements of different scopes (the local share, the whole fund)."""
    a, b = (_base(money_items, starts, x) for x in (seen, it))
    return a is not None and b is not None and a != b


def _cited(text: str, docs: list, it: Item) -> frozenset:
    """The 文号 its sentence cites before the figure (……以《…》（内财资环〔2022〕1706号）下达…1300万元)."""
    if not docs:
        return frozenset()  # a text that cites none: no sentence start to find (asked twice per figure told twice)
    start = last_mark(text, "。；\n", it.q.start) + 1
    return frozenset(n.key for n in docs if start <= n.start and n.end <= it.q.start)


def _other_documents(text: str, docs: list, seen: Item, it: Item) -> bool:
    """Each figure is granted by a document of its own (提前下达 by one 文号, a second batch by another):
    two grants of one fund, not one figure stated twice."""
    a, b = _cited(text, docs, seen), _cited(text, docs, it)
    return bool(a) and bool(b) and not a & b


def _restated_changes(ctx: CheckContext, subject) -> Iterable[Finding]:
    """One change on last year of one subject stated twice with two amounts ("一般公共预算拨款较上年增加
    165.82万元" … "一般公共预算财政拨款收入985.67万元，……比2021年增加165.85万元")."""
    first: dict[tuple[str, bool, str, frozenset, str], StatedChange] = {}
    shown: set[int] = set()
    for ch in stated_changes(ctx):
        it = ch.change
        for name in ch.subjects:
            key = (name, ch.up, ch.head, ch.scope, subject(it.q.start))
            seen = first.setdefault(key, ch)
            if seen is ch or seen.change.money == it.money or (seen.year and ch.year and seen.year != ch.year) \
                    or (seen.echo and ch.echo) or (seen.under and ch.under and seen.under != ch.under):
                continue  # two reasons may explain changes of two scopes; parts listed under two wholes are two
            word = "增加" if ch.up else "减少"
            # The text does not say which of the two is the slip: the echo in a reason (主要原因是…减少X)
            # more likely than the statement after its own figure, else the later; the other is shown too.
            slip, other = (seen, ch) if seen.echo and not ch.echo else (ch, seen)
            if num(seen.change.q) == num(ch.change.q):  # one figure in 元 and in 万元 (170.77元): 万 lost from the lesser
                slip, other = (seen, ch) if seen.change.money < ch.change.money else (ch, seen)
            for here, there, severity in ((slip, other, RULE.severity), (other, slip, "info")):
                if here.change.q.start in shown:
                    continue
                shown.add(here.change.q.start)
                line, _ = ctx.line_col(there.change.q.start)
                yield Finding(
                    here.change.q.start, here.change.q.end, RULE.code, severity,
                    f"{name}较上年{word}此处为{here.change.q.raw}，与第{line}行的{num(there.change.q)}"
                    f"{there.change.q.unit}不一致",
                    None,
                )
            break


ISSUER_CODE = 2  # the last characters of the 代字 that name a document with its year and serial
DOCUMENT_REACH = 200  # characters from a 文号 to the end of the clause that says what it allocated
_GRANTS = ("下达", "拨付", "分配")
# What a document allocated, named by no more than the place, the year and the kind of money
# ("下达某县2023年资金5万元"): the document's whole, not one item of it.
_WHOLE_GRANT = regex_cache.compile(
    r"(?:我[县区市旗乡镇局]|[^，,。；\n]{0,8}?[县区市旗乡镇盟])?(?:\d{4}年度?)?"
    r"(?:中央|省级?|市级?|县级?|自治区|财政|专项|补助|衔接)*(?:资金|经费|补助|预算)?(?:共计|合计|共)?")


def _granted(ctx: CheckContext) -> Iterable[tuple[tuple, str, Item, bool]]:
    """(文号, as written, amount, is it the document's whole) for each 文号 followed in its clause by
    下达 (拨付, 分配) and an amount."""
    text = ctx.text
    docs = list(numbers(text))
    for prev, n, nxt in zip([None, *docs], docs, [*docs[1:], None]):
        if n.year is None or (prev is not None and n.start - prev.end < DOCUMENT_REACH
                              and not any(c in text[prev.end:n.start] for c in "。；\n")):
            continue  # 根据甲〔2023〕5号、乙〔2023〕9号文件下达…: the amount is of both
        end = min(len(text), n.end + DOCUMENT_REACH, nxt.start if nxt is not None else len(text))
        stop = min([i for i in (text.find(c, n.end, end) for c in "。；\n") if i >= 0] or [end])
        money = next((x for x in items_between(ctx, n.end, stop) if x.money is not None), None)
        if money is None:
            continue
        at = max(text.rfind(word, n.end, money.q.start) for word in _GRANTS)  # the last, past the title's 下达
        if at >= 0:
            label = "".join(text[at + 2:money.q.start].split())
            yield n.key, text[n.start:n.end], money, bool(_WHOLE_GRANT.fullmatch(label))


def _one_document_two_grants(ctx: CheckContext) -> Iterable[Finding]:
    """One 文号's allocation stated twice as its whole with two amounts, or an item of it said to be more
    than the whole ("41号文件……下达某县资金5万元" … "41号文件……下达某县防治设施维养6万元")."""
    if "号" not in ctx.text or not any(word in ctx.text for word in _GRANTS):
        return
    whole: dict[tuple, Item] = {}
    for (head, year, serial), written, money, is_whole in _granted(ctx):
        key = (head[-ISSUER_CODE:], year, serial)  # 依据某财农〔2023〕12号 is 按照某财农〔2023〕12号
        seen = whole.get(key)
        if seen is None:
            if is_whole:
                whole[key] = money
            continue
        if money.money == seen.money or (not is_whole and money.money < seen.money):  # type: ignore[operator]
            continue
        line, _ = ctx.line_col(seen.q.start)
        said = (f"{written}下达的资金此处为{money.q.raw}，与第{line}行所写的{num(seen.q)}{seen.q.unit}不一致" if is_whole
                else f"{written}下达的一项资金{money.q.raw}，超过了第{line}行所写该文件下达的总额{num(seen.q)}{seen.q.unit}")
        yield Finding(money.q.start, money.q.end, RULE.code, RULE.severity, said, None)


def check(ctx: CheckContext) -> Iterable[Finding]:
    subject = paragraph_subjects(ctx)
    yield from _restated_changes(ctx, subject)
    named = list(_named_figures(ctx, subject))
    yield from named
    shown = {(f.start, f.end) for f in named}
    yield from (f for f in _one_document_two_grants(ctx) if (f.start, f.end) not in shown)


_CLAUSE_BREAK = regex_cache.compile(r"[；;]")


def _parallel(text: str, seen: Item, it: Item) -> bool:
    """Two clauses of one sentence parted by a semicolon, each with its own figure of the name ("……14个重点项目……，
    涉及财政资金8471.18万元；选取2个单位……，涉及财政资金21765.91万元"): two things told side by side."""
    lo, hi = seen.q.end, it.q.start  # read in place: the two figures may lie a whole report apart
    return text.find("\n", lo, hi) < 0 and text.find("。", lo, hi) < 0 and bool(_CLAUSE_BREAK.search(text, lo, hi))


def _heading_above(ctx: CheckContext, pos: int):
    """The last numbered heading at or before ``pos``, or None."""
    starts = ctx.memo("n006_heading_starts", lambda c: [h.start for h in c.headings])
    k = bisect.bisect_right(starts, pos) - 1
    return ctx.headings[k] if k >= 0 else None


def _heading_at(ctx: CheckContext, pos: int):
    """The numbered heading whose line holds ``pos``, or None."""
    h = _heading_above(ctx, pos)
    return h if h is not None and pos < h.end else None


_FUND_TITLE = regex_cache.compile(r"(?:资金|经费|补助|补贴|项目)[\s。.:：]*$")


def _sibling_headings(ctx: CheckContext, seen: Item, it: Item) -> bool:
    """Each figure stands in a heading of one level with another number ("（一）专项债券资金0.16亿元使用情况" …
    "（二）专项债券资金0.95亿元使用情况"), or under one, each heading naming a fund or a project of its own
    ("（三）农村电影放映活动资金" … "（四）农家书屋专项资金", each with its 各级财政配套资金): two sections, each of
    its own allocation."""
    a, b = _heading_at(ctx, seen.q.start), _heading_at(ctx, it.q.start)
    if a is not None and b is not None:
        return a.level == b.level and a.number != b.number
    a, b = _heading_above(ctx, seen.q.start), _heading_above(ctx, it.q.start)
    return (a is not None and b is not None and a is not b and a.level == b.level and a.number != b.number
            and bool(_FUND_TITLE.search(a.title)) and bool(_FUND_TITLE.search(b.title)))


_BUDGET_OF = frozenset({"年初预算", "调整后预算"})


def _budget_of_item_before(text: str, it: Item, name: str, money_ends: dict) -> bool:
    """A bare 年初预算 right after an item's amount and a comma (公务用车运行维护费支出0万元，年初预算为0.95万元):
    that item's budget, not the report's."""
    if name not in _BUDGET_OF or it.label != name:
        return False
    head = text[:it.q.start - len(it.raw_label)].rstrip(" \u3000")
    return head[-1:] in "，," and len(head) - 1 in money_ends


def _named_figures(ctx: CheckContext, subject) -> Iterable[Finding]:
    """A report-level figure (本年支出) or a named allocation stated twice with two amounts."""
    first: dict[tuple[str, str, str, str, str], Item] = {}
    at_by_money: dict = defaultdict(list)  # money -> offsets where it is stated, in order
    money_ends: dict[int, Item] = {}
    money_items: list[Item] = []
    for x in items(ctx):  # in text order already (numbers_text.item_starts)
        if x.money is not None:
            at_by_money[x.money].append(x.q.start)
            money_ends[x.q.end] = x
            money_items.append(x)
    starts = [x.q.start for x in money_items]
    docs = list(numbers(ctx.text))
    for it in items(ctx):
        money = it.money
        if money is None or it.q.comparator or it.sub or continues_qizhong(ctx.text, it):  # 其中:a;b: b a part too
            continue
        name = single_valued_name(it.label) or allocation_name(it.label)
        if name is None or _budget_of_item_before(ctx.text, it, name, money_ends):
            continue
        key = (name, it.year, _breakdown_of(ctx.text, it, money_ends), subject(it.q.start), _scope(ctx.text, it))
        seen = first.get(key)
        if seen is None:
            first[key] = it
            continue
        if seen.money != money and not _adjusted(at_by_money, seen, it) and not _parallel(ctx.text, seen, it) \
                and not _other_frames(money_items, starts, seen, it) and not _other_documents(ctx.text, docs, seen, it) \
                and not _sibling_headings(ctx, seen, it):
            line, _ = ctx.line_col(seen.q.start)
            yield Finding(
                it.q.start, it.q.end, RULE.code, RULE.severity,
                f"{name}此处为{it.q.raw}，与第{line}行的{num(seen.q)}{seen.q.unit}不一致",
                None,
            )
