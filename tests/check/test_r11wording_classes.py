"""Redundant wording shown by the eighteen round-9/10 dev sets, built in round 11 (issue 12).

Two words of one meaning stacked (又 + 再次, a year + 本年度, 年处理量 + /年,
主要职责 + 负责), a measure or kind word said twice (此项 + 项目, 预备金 +
资金), and two graded verbs run together without 或 (消除减少): each is a W013
data entry in glossary/wording.yaml. Every case is written for the project (no
report text copied); each class has texts the rule must flag, with the span and
suggestion, and near misses it must leave alone.
"""

from __future__ import annotations

import pytest

from tests.check.findings import findings_of

FLAG = [
    # 又 with 再次 / 再度
    ("明年春季全市又将再次开展集中整治。", "又将再次", "将再次"),
    ("暴雨过后该涵洞又再度堵塞。", "又再度", "再度"),
    ("学生人数又要再次增加。", "又要再次", "要再次"),
    # a year, then 本年度
    ("2024年本年度新增服务对象38人。", "2024年本年度", "2024年"),
    ("2019年度本年度完成投资600万元。", "2019年度本年度", "2019年度"),
    # 年（日）……量 with /年（/日）
    ("设计年供水量80万立方米/年。", "年供水量80万立方米/年", "年供水量80万立方米"),
    ("渗滤液日处理量约120t/日。", "日处理量约120t/日", "日处理量约120t"),
    ("厂区年发电量达到2.5亿千瓦时/年。", "年发电量达到2.5亿千瓦时/年", "年发电量达到2.5亿千瓦时"),
    # 主要职责 + 负责
    ("中心主要职能负责全县动物疫病监测。", "主要职能负责", "主要职能是"),
    # 此项 + 项目, 预备金 + 资金
    ("该项项目于年底前完工。", "该项项目", "该项目"),
    ("本项项目覆盖12个行政村。", "本项项目", "本项目"),
    ("发放困难职工慰问金资金4.2万元。", "慰问金资金", "慰问金"),
    # 消除 / 减少 / 避免 run together without 或
    ("工程完工后可消除减少塌方风险。", "消除减少", "消除或减少"),
    ("加强养护以减少避免路面破损。", "减少避免", "减少或避免"),
]

KEEP = [
    "明年春季全市将再次开展集中整治，暴雨过后涵洞又堵塞了，又一次组织清淤，再次检查时又发现1处。",
    "2024年新增服务对象38人，本年度完成投资600万元。",
    "2024年本年收入合计120万元，2024年本年支出合计118万元。",  # the 决算 template's column names
    "本年度（2024年）新增服务对象38人。",
    "12024年本年度",  # no year: a longer figure
    "设计年供水量80万立方米，供水规模80万立方米/年。",
    "2023年供水量达到80万立方米/年。",  # a date's 年, not the measure's period
    "6日处理量为120吨/日。",
    "渗滤液日处理量约120t，年处理量4万吨/日均。",
    "中心主要职能是开展全县动物疫病监测，负责检疫出证。",
    "主要职责：负责全县动物疫病监测。",
    "主要职责\n负责全县动物疫病监测。",
    "各股室依照主要职责负责具体落实。",
    "该项目于年底前完工，该项工作覆盖12个行政村，单项项目不超过50万元，各项项目均已验收。",
    "发放困难职工慰问金4.2万元，政府性基金资金按规定使用，住房公积金资金运行平稳。",
    "工程完工后可消除或减少塌方风险，减少或避免路面破损，避免减少农户收入，消除、减少隐患。",
]


@pytest.mark.parametrize(("text", "span", "suggestion"), FLAG)
def test_redundant_wording_is_flagged(text, span, suggestion):
    found = findings_of(text, "W013")
    assert [(text[f.start:f.end], f.suggestion) for f in found] == [(span, suggestion)]


@pytest.mark.parametrize("text", KEEP)
def test_the_same_words_said_once_pass(text):
    assert not findings_of(text, "W013")
