"""Wording slips shown by the six round-11 sets (read as classes in round 12, issue 12).

拟定 where a duty statement drafts a plan or policy (拟订) and 市委政府 run
together for 市委、市政府 (W013 entries in glossary/wording.yaml); a measure 个
typed twice after a figure, 劵 for 券, 物质 for 物资 in an emergency store,
调解 for 调节 next to a reserve or a price, 必须的 before a noun for 必需的
(W001 entries in glossary/typos.yaml); a
list's item typed twice in a row (W002); a year without 年 right after a
county's name before a rarer word (W004). Every case is written for the
project (no report text copied); each class has texts the rule must flag, with
the span and suggestion, and near misses it must leave alone.
"""

from __future__ import annotations

import pytest

from tests.check.findings import assert_flagged, findings_of

FLAG = [
    ("W013", "（三）拟定全县林地保护利用规划，并监督实施。", "拟定", "拟订"),
    ("W013", "负责拟定全区文化旅游产业发展政策。", "拟定", "拟订"),
    ("W013", "2.拟定并组织实施全市供销合作事业发展计划。", "拟定", "拟订"),
    ("W013", "研究拟定本县防灾减灾工作办法和技术标准。", "拟定", "拟订"),
    ("W013", "始终坚决落实区委政府各项部署。", "区委政府", "区委、区政府"),
    ("W001", "较上年提高1.5个个百分点。", "个个", "个"),
    ("W001", "收到省级证劵监管部门来函。", "证劵", "证券"),
    ("W001", "完善救灾物质储备库管理制度。", "物质", "物资"),
    ("W001", "用好价格调解基金，稳定重要民生商品价格。", "调解", "调节"),
    ("W001", "安排工作所必须的设备购置经费。", "必须的", "必需的"),
    ("W002", "开设语文、数学、数学、英语等课程。", "数学、数学", "数学"),
    ("W002", "开设语文、英语、英语和数学课程。", "英语、英语", "英语"),
    ("W002", "开设语文、英语、英语。", "英语、英语", "英语"),
    ("W004", "某县2022高标准农田建设项目绩效自评报告\n", "2022高标准", "2022年高标准"),
]

KEEP = [
    ("W013", "（三）拟订全县林地保护利用规划，并监督实施；负责拟订全区文化旅游产业发展政策。"),
    ("W013", "经局党组研究，已拟定2024年工作计划；初步拟定了项目实施方案。"),
    ("W013", "评价组拟定的评分标准经专家论证后使用。"),
    ("W013", "拟定了评价工作方案，拟定评价对象名单后报送财政局。"),
    ("W013", "始终坚决落实区委、区政府和县委县政府各项部署，服从党委政府统一安排。"),
    ("W001", "较上年提高1.5个百分点，新增3个个体工商户，为2个个人账户补缴，办理1个个案。"),
    ("W001", "收到省级证券监管部门来函，发行政府债券。"),
    ("W001", "完善救灾物资储备库管理制度，打牢物质基础，物质文化生活日益丰富。"),
    ("W001", "用好价格调节基金，依法开展人民调解，价格争议调解案件3件。"),
    ("W001", "安排工作所必需的设备购置经费，资金必须专款专用，这是必须的。"),
    ("W002", "开设语文、数学、英语等课程；内设综合办公室、办公室、财务科；编号1、1、2。"),
    ("W002", "天天、月月、年年坚持；“语文”、“语文”两个版本。"),
    ("W002", "内设党政办公室、办公室和财务科，成立外语、外语教研组。"),
    ("W004", "全年累计建成2022高标准农田示范户。"),
    ("W004", "某县2022年高标准农田建设项目绩效自评报告\n"),
]


@pytest.mark.parametrize(("code", "text", "span", "suggestion"), FLAG)
def test_round_eleven_slip_is_flagged(code, text, span, suggestion):
    assert_flagged(code, text, span, suggestion)


@pytest.mark.parametrize(("code", "text"), KEEP)
def test_the_right_words_pass(code, text):
    assert not findings_of(text, code)
