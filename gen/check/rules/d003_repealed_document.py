"""D003: a national document cited as the basis of a report dated after its repeal.

A repealed 办法 stays the stated basis years after its replacement, copied from an older report
(财预〔2011〕285号《财政支出绩效评价管理暂行办法》, replaced by 财预〔2020〕10号). Like the other
dated wording, it is judged against the report's year: W017's reading of the cited documents
(gen/check/citations.py, glossary/documents.yaml with each document's repeal year and successor)
finds it, and this rule reports it.

A warning, not info: a reviewer returns a report whose stated basis no longer exists. The rule
speaks only when the report's year is known, the year is after the repeal and the sentence does
not speak of the document as history (原…, 已废止, 取代).
"""

from __future__ import annotations

from ..citations import problems
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="D003",
    name="repealed-document",
    severity="warning",
    summary="报告年度在所引国家文件废止之后，仍以其为依据",
    doc=(
        "检查什么：报告引用 glossary/documents.yaml 登记的国家文件为依据，而报告年度在该文件废止之后，"
        "如2021年度报告仍“根据财预〔2011〕285号《财政支出绩效评价管理暂行办法》开展自评”（已由财预〔2020〕10号取代）。\n"
        "为什么：依据文件已经废止，说明报告照抄旧稿，评价依据不实。\n"
        "不报的情形：报告年度不明，或在废止之前；作为历史提到的文件（“原……已废止”“由……取代”）；地方文件。\n"
        "示例：2021年度报告“根据财预〔2011〕285号开展自评”应改为“根据《项目支出绩效评价管理办法》（财预〔2020〕10号）”。"
    ),
    flag=(
        "2021年度项目支出绩效自评报告\n一、基本情况\n根据财预〔2011〕285号《财政支出绩效评价管理暂行办法》开展自评。",
        "2022年度部门整体支出绩效自评报告\n一、基本情况\n依据《财政支出绩效评价管理暂行办法》开展自评。",
        # the disclosure report's trial format, replaced in 2021 by the format of 国办公开办函〔2021〕30号
        "某县卫生健康局2024年政府信息公开工作年度报告\n按照《中华人民共和国政府信息公开工作年度报告格式(试行)》要求编制本报告。",
    ),
    keep=(
        "2019年度项目支出绩效自评报告\n一、基本情况\n根据财预〔2011〕285号《财政支出绩效评价管理暂行办法》开展自评。",
        "2021年度项目支出绩效自评报告\n一、基本情况\n原《财政支出绩效评价管理暂行办法》已废止，现依据财预〔2020〕10号开展自评。",
        "根据财预〔2011〕285号《财政支出绩效评价管理暂行办法》开展自评。",
        "某县卫生健康局2024年政府信息公开工作年度报告\n按照《中华人民共和国政府信息公开工作年度报告格式》要求编制本报告。",
        "某县卫生健康局2020年政府信息公开工作年度报告\n按照《中华人民共和国政府信息公开工作年度报告格式(试行)》要求编制本报告。",
    ),
)


def check(ctx):
    for p in problems(ctx):
        if p.kind != "repealed":
            continue
        doc = p.document
        yield Finding(p.start, p.end, RULE.code, RULE.severity,
                      f"“{p.written}”（{doc.number or doc.title}）已于{doc.repealed}年由{doc.replaced_by}取代，"
                      f"本报告年度仍以其为依据；请改为现行文件。", p.suggestion)
