"""P006: a title inside a title marked with < > instead of 〈 〉.

GB/T 15834 writes a title nested in a 书名号 with single angle marks:
《关于印发〈高阳县县级部门预算项目绩效自评管理办法〉的通知》. The keyboard's
< > (or full-width ＜ ＞) are comparison signs and look wrong in print. Only
marks inside a 《…》 are judged, so "<5%" in running text is left alone.

It is information, not a warning: published reports, the finance ministry's
own pages among them, write ＜ ＞ there so often that every reader who
annotated real reports for this project took it as correct (four of four
cases, three readers): a reviewer will not send a report back for it, and
the fix stays one click away in the finding.
"""

from __future__ import annotations

from ...core import regex_cache
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="P006",
    name="nested-title-marks",
    severity="info",
    summary="书名号内的书名未用单书名号〈〉",
    doc=(
        "检查什么：书名号《》内嵌套的书名用了小于号、大于号（< > 或 ＜ ＞），"
        "如“《关于印发<高阳县县级部门预算项目绩效自评管理办法>的通知》”。\n"
        "为什么：按《标点符号用法》（GB/T 15834），书名号内还要用书名号时，外用双书名号，里用单书名号〈〉。\n"
        "不报的情形：书名号以外的比较符号（如“发病率<5%”）。\n"
        "示例：应为“《关于印发〈高阳县县级部门预算项目绩效自评管理办法〉的通知》”。"
    ),
    flag=("根据《关于印发<高阳县县级部门预算项目绩效自评管理办法>的通知》要求。", "《关于转发＜预算管理办法＞的通知》"),
    keep=("根据《关于印发〈高阳县县级部门预算项目绩效自评管理办法〉的通知》要求。", "发病率<5%，满意度>90%。"),
)

_TITLE = regex_cache.compile(r"《[^《》\n]{1,200}》")
_NESTED = regex_cache.compile(r"[<＜]([^<>＜＞《》\n]{1,100})[>＞]")


def check(ctx):
    for title in _TITLE.finditer(ctx.text):
        for m in _NESTED.finditer(title.group()):
            start = title.start() + m.start()
            fixed = f"〈{m.group(1)}〉"
            yield Finding(
                start, start + len(m.group()), RULE.code, RULE.severity,
                f"书名号内的书名应使用单书名号：“{m.group()}”应为“{fixed}”。", fixed,
            )
