"""P019: a 顿号 between items each in quotation or title marks (“会议费”、“培训费”; 《预算法》、《会计法》).

GB/T 15834—2011 (标点符号用法) 4.5.3.5: items of a list that each stand in quotation marks or in title
marks are usually not parted by a 顿号: the marks already part them (“会议费”“培训费”, 《预算法》《会计法》).
Where something stands between the closing mark and the 顿号 (a bracketed note after a title), the 顿号 is
wanted; only a 顿号 right between a closing and an opening mark of the same kind is read. The standard says
"usually", and many reports write the 顿号: the rule reports at info severity, a matter of polish.
"""

from __future__ import annotations

from ...core.text_pairs import positions
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="P019",
    name="dun-between-quoted",
    severity="info",
    summary="带引号或书名号的并列成分之间多用了顿号",
    doc=(
        "检查什么：并列的几项各带引号或书名号，其间又用了顿号，如“会议费”、“培训费”，《预算法》、《会计法》。\n"
        "为什么：《标点符号用法》（GB/T 15834—2011）4.5.3.5：标有引号的并列成分之间、标有书名号的并列成分之间"
        "通常不用顿号。\n"
        "不报的情形：引号或书名号之后另有括注再接顿号的（《预算法》（2018年修正）、《会计法》）。"
        "标准说的是“通常”，许多报告照用顿号，按提示报告。\n"
        "示例：“会议费”、“培训费”、“差旅费”宜写作“会议费”“培训费”“差旅费”。"
    ),
    flag=("严格控制“会议费”、“培训费”、“差旅费”支出。", "依据《预算法》、《会计法》开展工作。"),
    keep=("严格控制“会议费”“培训费”“差旅费”支出。", "依据《预算法》（2018年修正）、《会计法》开展工作。",
          "压减“三公”经费、会议费支出。"),
)

_PAIRS = ("”、“", "》、《")  # found by str.find, each 顿号 once


def check(ctx):
    text = ctx.text
    for i in sorted(at + 1 for pair in _PAIRS for at in positions(text, pair)):
        yield Finding(i, i + 1, RULE.code, RULE.severity,
                      "带引号（书名号）的并列成分之间通常不用顿号（GB/T 15834—2011 4.5.3.5），可删去顿号。", "")
