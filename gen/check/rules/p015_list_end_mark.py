"""P015: one entry of a run of numbered lines without the full stop all the others end with.

A contents or an outline typed line by line ("一、收入支出决算总体情况。",
"二、……。", "五、……情况", "六、……。") keeps one habit for its entries'
end: either every entry closes with 。 or none does. One entry that differs
from all the others was typed or pasted apart. Precision first: the lines must
follow one another (blank lines aside) with one numbering style and level,
be short titles (no 。 inside) numbered 一、 or （一）, number at least four, and only
one may differ, not the last (a text cut off or wrapped there ends without its mark).
"""

from __future__ import annotations

from ..finding import Finding
from ..headings import numbering
from ..registry import Rule

RULE = Rule(
    code="P015",
    name="list-end-mark",
    severity="warning",
    summary="连续编号的各行中，只有一行末尾没有其他各行都有的句号",
    doc=(
        "检查什么：目录或提纲中连续编号、逐行排列的各项（一、二、三、……），其他各项末尾都有“。”，只有一项没有。\n"
        "为什么：同一列表的写法应统一，个别项不同说明是分别录入或拼接的文字，显得粗糙。\n"
        "不报的情形：各项都没有句号，或没有句号的不止一项；少于四项；各行之间夹有正文；缺句号的是最后一项"
        "（可能被截断或转行）；“1.”“（1）”编号的职责条目。\n"
        "示例：“四、政府性基金支出决算情况。”“五、国有资本经营预算支出决算情况”“六、“三公”经费支出决算情况。”中第五项缺句号。"
    ),
    flag=(
        "目录\n一、收入支出决算总体情况。\n二、收入决算情况。\n三、支出决算情况。\n四、财政拨款支出决算情况\n"
        "五、“三公”经费支出决算情况。\n",
    ),
    keep=(
        "目录\n一、收入支出决算总体情况。\n二、收入决算情况。\n三、支出决算情况。\n四、财政拨款支出决算情况。\n",
        "目录\n一、收入支出决算总体情况\n二、收入决算情况\n三、支出决算情况。\n四、财政拨款支出决算情况\n",
        "一、收入支出决算总体情况。\n二、收入决算情况\n三、支出决算情况。\n四、财政拨款支出决算情况\n",
        "一、收入决算情况。\n本年收入一百万元。\n二、支出决算情况。\n本年支出九十万元。\n三、结余情况\n四、其他情况。\n",
        "一、收入支出决算总体情况。\n二、收入决算情况。\n三、支出决算情况。\n四、财政拨款支出决算情况\n",
        "（1）负责统计调查。\n（2）负责数据发布。\n（3）负责普查组织\n（4）负责统计执法。\n",
    ),
)

MIN_ITEMS = 4
MAX_TITLE = 40


def _runs(paragraphs):
    """Runs of consecutive numbered title lines of one level, numbers going up by one."""
    run: list = []
    for p in paragraphs:
        h = numbering(p.text)
        text = p.text.strip()
        title_like = h is not None and len(text) <= MAX_TITLE and "。" not in text[:-1]
        if title_like and run and h.level == run[-1][1].level and h.number == run[-1][1].number + 1:
            run.append((p, h))
            continue
        if len(run) >= MIN_ITEMS:
            yield run
        run = [(p, h)] if title_like else []
    if len(run) >= MIN_ITEMS:
        yield run


def check(ctx):
    for run in _runs(ctx.paragraphs):
        bare = [p for p, _ in run if not p.text.strip().endswith("。")]
        if len(bare) != 1 or bare[0] is run[-1][0] or run[0][1].level > 2:
            continue  # the last line may be cut or wrapped; 1. and （1） lists are duties, not titles
        p = bare[0]
        end = p.start + len(p.text.rstrip())
        yield Finding(end - 1, end, RULE.code, RULE.severity,
                      "同一列表其余各项末尾都有“。”，只有此项没有，写法应统一。", None)
