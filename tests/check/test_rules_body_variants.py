"""T007: one body named two ways in one text."""

from __future__ import annotations

from gen.check.context import CheckContext
from gen.check.rules import t007_body_name_variant as t007


def spans(text):
    return [(text[f.start:f.end], f.suggestion) for f in t007.check(CheckContext(text))]


def test_t007_the_rarer_form_of_a_name_written_two_ways():
    text = "某县动物疫病预防控制中心2023年度决算\n一、概况\n某县动物疫病控制中心,负责动物防疫。\n" \
           "(二)某县动物疫病预防控制中心,内设科室5个。\n"
    assert spans(text) == [("某县动物疫病控制中心", "某县动物疫病预防控制中心")]


def test_t007_on_a_tie_the_shorter_form():
    text = "单位构成：1、村镇规划建设服务站；2、农业综合服务中心。\n纳入决算的单位有农业综合服务中心、村镇建设服务站。\n"
    assert spans(text) == [("村镇建设服务站", "村镇规划建设服务站")]


def test_t007_passes_other_bodies_optional_words_and_running_text():
    assert not spans("下属单位：某镇卫生院、某镇中心卫生院、某县公安局、某县公安分局。")
    assert not spans("某区人民医院、某区第一人民医院共同承担。")
    assert not spans("县人力资源和社会保障局、县人力资源社会保障局联合发文。")
    assert not spans("县直属机关工作委员会、县机关工作委员会联合发文。")
    # a name inside a sentence is no item: 为某县中医院提供 touches Chinese on both sides
    assert not spans("某县中医医院\n本年为某县中医院提供设备。\n")
    assert not spans("某市中医医院2024年预算\n某市中医医院2023年度部门决算\n")
