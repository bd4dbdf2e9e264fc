"""A small hand-built report shared by the writer tests."""

from __future__ import annotations

import pytest

from gen.generate.document import Document, Heading, Paragraph, PhraseUse, Table

RATE_PHRASE = PhraseUse("execution", "rate_high", 2, ("execution_rate", "budget_total"), "seed:liwan-2022")
SCORE_PHRASE = PhraseUse("rating", "score", 0, ("score",), "seed:futian-2022")


def build_sample() -> Document:
    return Document(
        title="2022年度某区卫生健康局部门整体支出绩效自评报告",
        blocks=[
            Paragraph("根据区财政局工作要求，现将我局2022年度部门整体支出绩效自评情况报告如下。"),
            Heading(1, "一、", "基本情况"),
            Heading(2, "（一）", "部门职能"),
            Paragraph("我局负责全区卫生健康工作，内设机构6个。"),
            Heading(2, "（二）", "预算情况"),
            Paragraph(
                "全年预算收入3,254.12万元，实际支出3,205.00万元，预算执行率为98.49%。",
                [RATE_PHRASE],
            ),
            Table(
                ["项目", "金额（万元）", "占比"],
                [["基本支出", "1,205.00", "37.60%"], ["项目支出", "2,000.00", "62.40%"]],
                "表1 支出结构",
            ),
            Heading(1, "二、", "绩效评价"),
            Heading(3, "1.", "产出指标"),
            Heading(4, "（1）", "数量指标"),
            Paragraph("自评得分为95分，评价等级为优。", [SCORE_PHRASE, RATE_PHRASE]),
        ],
        kind="dept_self_eval",
        bureau="某区卫生健康局",
        year=2022,
    )


@pytest.fixture
def sample() -> Document:
    return build_sample()
