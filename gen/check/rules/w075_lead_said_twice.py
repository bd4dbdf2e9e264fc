"""W075: a report's lead (现将……报告如下) said a second time right after the first.

Every report, summary and 说明 of every body opens its body with one lead sentence that announces what follows:
现将我局2021年法治政府建设情况报告如下, 现就有关情况汇报如下. A report put together from two drafts (the
template's opening pasted over the body's own, or an opening paragraph rewritten and the old lead kept) announces
its body twice, a few lines apart: 现将我局2021年……情况报告如下：, then in the next paragraph 现将有关情况报告如下。
A reviewer strikes the second. The lead is a fixed frame, so the slip is read the same way in any sector.

Read only the frame (现将, 现就, 特将 or 现把, at most 60 characters of one clause, then 报告, 汇报, 说明 or 总结 and
如下) and only where a second one opens within _NEAR characters of the first one's end: a page that holds two
documents (a notice and the report it sends, two reports one after another) puts their leads far apart, each
under its own title. Of 1,817 older reports 119 hold the lead once and none twice. The finding stands at the
second lead.
"""

from __future__ import annotations

from typing import Iterable

from ...core import regex_cache
from ..context import CheckContext
from ..finding import Finding
from ..registry import Rule
from ...core.regex_needles import finditer as near_needles

RULE = Rule(
    code="W075",
    name="lead-said-twice",
    severity="warning",
    summary="引导语重复：“现将……报告如下”在相邻段落里写了两遍",
    doc=(
        "检查什么：报告开头引出正文的引导语（“现将……情况报告如下”“现就……汇报如下”），"
        "写完一遍后，紧接着的段落里又写了一遍（“现将我局2021年法治政府建设情况报告如下：……现将有关情况报告如下。”）。\n"
        "为什么：引导语只需一处；两处并存多是拼接两稿或改写开头时留下了旧句，读来重复。\n"
        "不报的情形：全文只有一处引导语；两处相隔很远（同一页面里的通知和它印发的报告，各有各的标题和引导语）。\n"
        "示例：“……现将本局2023年工作情况报告如下：2023年，本局……现将有关情况报告如下。”应删去第二处引导语。"
    ),
    flag=(
        "根据有关规定，现将本局2023年法治政府建设情况报告如下：\n"
        "2023年，本局认真落实上级决策部署，扎实推进各项工作。现将有关情况报告如下。\n一、主要举措\n",
        "现就本中心2024年度工作汇报如下。\n全年共办理业务1200件。现将具体情况汇报如下：\n",
    ),
    keep=(
        "根据有关规定，现将本局2023年法治政府建设情况报告如下：\n一、主要举措\n2023年，本局扎实推进各项工作。\n",
        "关于印发某局2023年度报告的通知\n现将《某局2023年度报告》印发给你们，请遵照执行。\n",
        "现将本局2023年工作情况报告如下：\n" + "全年完成各项任务，服务群众满意度持续提升。" * 60
        + "\n附件：某中心2023年工作总结\n现将本中心2023年工作总结如下：\n",
    ),
)

_LEAD = regex_cache.compile(r"(?:现将|现就|特将|现把)[^。；;：:！!？?\n]{0,60}?(?:报告|汇报|说明|总结)如下")
_NEAR = 600  # characters between the first lead's end and the second's start: adjacent paragraphs


def check(ctx: CheckContext) -> Iterable[Finding]:
    text = ctx.text
    if text.count("如下") < 2:
        return
    before = None
    for m in near_needles(_LEAD, text):  # the same matches, tried near what each needs (gen.core.regex_needles)
        if before is not None and m.start() - before.end() <= _NEAR:
            yield Finding(
                m.start(), m.end(), RULE.code, RULE.severity,
                f"引导语重复：上文已有“{before.group()}”，此处又写“{m.group()}”，应删去一处。",
                None,
            )
        before = m
