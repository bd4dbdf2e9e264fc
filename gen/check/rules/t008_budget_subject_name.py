"""T008: the name of a budget subject written with a character wrong, lost, added or two swapped (对个和家庭补助).

Every 部门决算, budget note and self-evaluation report lists its spending by
the Ministry of Finance's classification: 工资福利支出, 商品和服务支出,
对个人和家庭的补助, 资本性支出 by economic nature, 一般公共服务支出,
社会保障和就业支出, 卫生健康支出 … by function. These names are fixed
terms, and annotators file a slip in one (对个和家庭补助, 商品和服物支出)
as a term written wrong. No typo list foresees every slip, so the class
headings are data (glossary/budget_subjects.yaml) searched by the near-match
W018 runs over bodies' names (gen.check.body_names). A word put before the
closing 支出 names the category (工资福利类支出, 商品和服务费支出) and a
right name typed twice (…支出支出) is W002's: neither is reported here.

A 决算's notes name a class with its level, 一般公共服务支出（类）; a class written
there without its closing 支出 (社会保障和就业（类）) lost the word, two characters
the near-match does not reach: it is reported where another class of the same
text carries its 支出 before （类）, so the text's own list shows the form. A
central department's note puts the level mark inside the name, 外交（类）支出、
文化旅游体育与传媒（类）支出 203万元: the 支出 follows the mark and is not lost.

In a list of the functional classes (一、一般公共服务支出 二、外交支出 …) an item one character off a class
or holding its characters in another order (城市社区支出, 转移性支付, 文化体育旅游与传媒支出) is the class
written wrong, even where the near-match would read another phrase (gen.check.subject_lists).

The nearest accepted form may be one that leaves out 和 (商品服务支出, nearest to 商品服务和支出); the
standard name the message gives is then the one with 和 (商品和服务支出), not the short form.
"""

from __future__ import annotations

from ...core import regex_cache
from ...core.glossary_user import per_glossary
from ...core.regex_needles import contains
from ...core.regex_needles import finditer as near_needles
from .. import body_names, subject_lists, unspaced
from ..body_names import Miss
from ..confusion import confusions
from ..domain_words import rule_words, word_file
from ..finding import Finding
from ..registry import Rule

FILE = "budget_subjects.yaml"
# The level mark itself (a literal, found at once); the class name is the run of Chinese before it.
_CLASS_MARK = regex_cache.compile(r"[(（]类[)）]")
_HAN_TAIL = regex_cache.compile(r"[\u4e00-\u9fff]{2,16}$")
# A character put before the closing 支出 that makes the name a category (工资福利类支出) or a list's
# head (转列其他工资福利等支出: the welfare items "and other" spending).
CATEGORY = "类性费等"

RULE = Rule(
    code="T008",
    name="budget-subject-name",
    severity="warning",
    summary="政府收支分类科目名称写错（错字、漏字、多字、颠倒）",
    doc=(
        "检查什么：政府收支分类的类级科目名称（科目表 glossary/budget_subjects.yaml：经济分类的工资福利支出、"
        "商品和服务支出、对个人和家庭的补助、资本性支出，功能分类的一般公共服务支出、社会保障和就业支出、"
        "卫生健康支出等）写错一两个字、多一两个字、少一个字或颠倒两个字，如“对个和家庭补助”“商品和服物支出”。\n"
        "为什么：科目名称是财政部《政府收支分类科目》规定的固定写法，写错就不是科目名称，也让人核对不上报表。\n"
        "不报的情形：公认的写法（对个人和家庭补助、社会保障就业支出、改革前的科目名称）；"
        "“支出”前加“类”“性”“费”指一类支出的（工资福利类支出）；只换了一个音、形都不相近的字、成为同样构词的另一说法的（对渔业补助）；科目名称重复写了两遍的（由 W002 查重复）；"
        "表格单元格或网页空格隔开的字。\n"
        "示例：“对个和家庭补助12.00万元”应为“对个人和家庭补助12.00万元”。"
    ),
    flag=(
        "基本支出中，对个和家庭补助12.00万元。",
        "商品和服物支出35.10万元，社会保障和就支出20.00万元。",
        "（一）一般公共服务支出（类）行政运行（项）\n（二）城乡社区（类）城乡社区管理事务（款）\n",
        # a list of the functional classes: an item one character off a class, or its words swapped
        "| 一、一般公共服务支出 | 10.00 |\n| 二、公共安全支出 | |\n| 三、文化体育旅游与传媒支出 | |\n| 四、卫生健康支出 | |\n"
        "| 五、城市社区支出 | |\n| 六、农林水支出 | |\n| 七、转移性支付 | |\n",
        # a list of amounts by class: one item short of the 支出 its sibling keeps
        "其中：教育支出20.50万元，农林水8.10万元。",
    ),
    keep=(
        "其中：教育20.50万元，农林水8.10万元；卫生健康支出5.00万元，用于住房保障3.00万元。",
        # nearly all classes written without 支出, one with it: the text's own short form, not slips
        "（一）一般公共服务（类）人大事务（款）\n（二）教育（类）普通教育（款）\n（三）国防支出（类）\n（四）卫生健康（类）\n"
        "（五）住房保障（类）\n",
        "工资福利支出80.00万元，商品和服务支出12.30万元，对个人和家庭的补助5.00万元，资本性支出3.00万元。",
        "工资福利类支出、商品和服务费支出均有下降，一般公共服务支出支出较上年减少。",
        "对个人家庭补助、对个人及家庭的补助、社会保障就业支出和文化体育与传媒支出均按科目列示。",
        # one character changed for an unlike one makes another phrase of the same build
        "增加成品油价格调整对渔业补助项目资金，对农业补助按时发放。",
        # no class of the text keeps its 支出 before （类）: the list writes them all one way
        "（一）城乡社区（类）城乡社区管理事务（款）\n（二）农林水（类）农业农村（款）\n",
        # the level mark inside the name, its 支出 after the mark (a central department's note)
        "主要增加在教育支出（类）；主要用于：教育（类）支出80万元，住房保障（类）支出12万元。",
        # 等 before 支出 heads a list (the welfare items and others); a longer term of the domain list holds the span
        "部分补贴由其他工资福利等支出科目列支。",
        "新增债券资金只能用于公益性资本支出，不得用于经常性支出。",
        # the same words outside a list of classes, or in a list of receipts beside one
        "加强城市社区支出管理，规范转移性支付程序。",
        "| 一、一般公共预算拨款收入 | 一、一般公共服务支出 |\n| 二、事业收入 | 二、教育支出 |\n| 三、其他收入 | 三、卫生健康支出 |\n"
        "| 四、上年结转收入 | 四、住房保障支出 |\n| 五、转移性收入 | 五、转移性支出 |\n",
    ),
)


@per_glossary()
def subjects() -> body_names.Names:
    """The subject names, built once per glossary and proved by the file's own examples."""
    return body_names.load(FILE)


def _category(miss: Miss) -> bool:
    """The name with one of CATEGORY put before its closing 支出 (工资福利类支出), or typed twice in one span."""
    meant, written = miss.meant, miss.written
    if meant in written:
        return True
    return (meant.endswith("支出") and len(written) == len(meant) + 1 and written[-3] in CATEGORY
            and written[:-3] + written[-2:] == meant)


def _other_word(miss: Miss) -> bool:
    """One character changed for one neither of like sound nor of like shape: another phrase of the
    same build (对渔业补助 beside 对企业补助, 对农业补助), not a slip of the subject's name."""
    written, meant = miss.written, miss.meant
    if len(written) != len(meant):
        return False
    changed = [(a, b) for a, b in zip(written, meant) if a != b]
    if len(changed) != 1:
        return False
    a, b = changed[0]
    sound, shape = confusions().get(b, ("", ""))
    return a not in sound + shape


def _standard(form: str) -> str:
    """The name with 和 that an accepted short form leaves it out of (商品服务支出 -> 商品和服务支出)."""
    return next((t for t in subjects().targets if "和" in t and t.replace("和", "") == form), form)


def _in_domain_word(text: str, miss: Miss) -> bool:
    """The written span is part of a longer word of the domain list standing there (公益性资本支出, the
    Budget Law's term for what borrowed funds may pay for): a phrase of its own, not a subject's name."""
    for word in rule_words(word_file(), "w011"):
        at = word.find(miss.written)
        if at >= 0 and len(word) > len(miss.written) and text.startswith(word, miss.start - at):
            return True
    return False


def _misses(text: str) -> list[Miss]:
    return [miss for miss in body_names.find(text, subjects())
            if not _category(miss) and not _other_word(miss) and not _in_domain_word(text, miss)]


SHORT_HABIT = 4  # fewer than one class in this many keeping its 支出: the text names classes the short way


def _classes_without_zhichu(text: str):
    """A class before （类） written without its closing 支出 (社会保障和就业（类）) where at least one class
    in four of the text keeps it (一般公共服务支出（类）): (start, end, written, meant, how many keep it)."""
    if not contains(text, "类）") and not contains(text, "类)"):
        return
    marks = []  # (end of the class name, the name's run of Chinese)
    for m in _CLASS_MARK.finditer(text):
        run = _HAN_TAIL.search(text, max(0, m.start() - 16), m.start())
        if run:
            # 教育（类）支出: the name's 支出 written after the level mark, not lost
            closed = text.startswith("支出", m.end())
            marks.append((m.start(), run.group() + ("支出" if closed and not run.group().endswith("支出") else "")))
    kept = sum(run.endswith("支出") for _, run in marks)
    if kept * SHORT_HABIT < len(marks):
        return  # nearly all classes named without 支出 (一般公共服务（类）…): the text's own short form, not slips
    accepted = subjects().accepted
    for end, run in marks:
        if run.endswith("支出"):  # kept before the mark, or after it
            continue
        name = next((run[i:] for i in range(len(run) - 1) if run[i:] + "支出" in accepted), None)
        if name:
            yield end - len(name), end, name, name + "支出", kept


# A list's item: a class name right after a list mark, then its amount (其中:社会保障和就业44.26万元,卫生健康支出…).
# The name's run is possessive: what follows it is a blank or a digit, never a Chinese character, so a shorter run
# never matches where the whole failed; re gave back each character of the run at every list mark (3.6 -> 2.2 ms).
_AMOUNT_ITEM = regex_cache.compile(r"(?<=[:：,，、])([\u4e00-\u9fff]{2,16}+)[ \u3000]?\d[\d,]*(?:\.\d+)?[ \u3000]?[万亿]?元")
_SENTENCE_END = regex_cache.compile(r"[。；;\n]")


def _amounts_without_zhichu(text: str):
    """A class named without its closing 支出 before its amount (住房保障14.81万元) in a sentence whose other
    functional class keeps it (卫生健康支出1742.63万元): one list, one form; (start, end, written, meant).
    Only the functional classes (subject_lists) are read, 其他支出 left out: 其他 alone is any list's last item."""
    accepted = frozenset(subject_lists.classes()) - {"其他支出"}
    for items in _items_by_sentence(text):
        if not any(name in accepted and name.endswith("支出") for _, name in items):
            continue
        for at, name in items:
            if name + "支出" in accepted and name not in accepted:
                yield at, at + len(name), name, name + "支出"


def _items_by_sentence(text: str):
    """The amount items of each sentence that holds any, (start, name) in text order. One search of the whole
    text after the list marks, not one per sentence (13,000 sentences in 200,000 characters, 17 ms): no item
    holds a sentence's end, so an item found in the whole text is the one its sentence alone gives, and two
    items share a sentence when no end stands between them."""
    items: list[tuple[int, str]] = []
    last = 0
    for m in near_needles(_AMOUNT_ITEM, text):
        if items and _SENTENCE_END.search(text, last, m.start()):
            yield items
            items = []
        items.append((m.start(1), m.group(1)))
        last = m.end()
    if items:
        yield items


def check(ctx):
    # Read through the stray spaces of PDF and web copies, as W018's names.
    told = []
    for start, end, miss in unspaced.unlisted_misses(ctx, _misses):
        told.append((start, end))
        yield Finding(
            start, end, RULE.code, RULE.severity,
            f"科目名称“{miss.written}”疑有错字、漏字或多字，政府收支分类科目的标准名称为“{_standard(miss.meant)}”。",
            _standard(miss.meant),
        )
    view = unspaced.of(ctx)
    for s, e, written, meant in subject_lists.slips(view.text):
        start, end = view.span(s, e)
        if not any(a < end and start < b for a, b in told):
            yield Finding(start, end, RULE.code, RULE.severity,
                          f"按类列出的支出功能分类科目中，“{written}”不是科目名称，应为“{meant}”。", meant)
    for start, end, written, meant, kept in _classes_without_zhichu(ctx.text):
        yield Finding(
            start, end, RULE.code, RULE.severity,
            f"类级科目名称“{written}”少了“支出”，同一文中另有{kept}处类级科目写作“……支出（类）”，应为“{meant}”。", meant,
        )
    for start, end, written, meant in _amounts_without_zhichu(ctx.text):
        yield Finding(start, end, RULE.code, RULE.severity,
                      f"科目名称“{written}”少了“支出”，同一句中其他科目写作“……支出”，应为“{meant}”。", meant)
