"""W001 (印发-缺的通知): a cited title that 印发s a document and lost its 的通知, with or without inner marks."""

from __future__ import annotations

from tests.check.findings import findings_of


def w001(text):
    return [(text[f.start:f.end], f.suggestion) for f in findings_of(text, "W001", only=["W001"])]


def test_w001_a_notice_title_without_its_kind():
    text = "根据《某省人民政府办公厅关于印发某省财政支出绩效评价暂行办法》(某政办发〔2009〕1号)执行。"
    assert w001(text) == [("某省财政支出绩效评价暂行办法", "某省财政支出绩效评价暂行办法的通知")]
    text = "按照《某部 某局关于印发〈某项经费管理暂行规定〉》要求执行。"
    assert w001(text) == [("〈某项经费管理暂行规定〉", "〈某项经费管理暂行规定〉的通知")]


def test_w001_passes_whole_notices_and_a_mark_put_early():
    assert not w001("根据《某市财政局关于印发〈某办法〉的通知》和《关于印发某规定的函》执行。")
    assert not w001("根据《某市财政局关于印发<某市预算绩效管理暂行办法>》的通知》执行。")  # the 》 is early: a mark slip
    assert not w001("根据《关于印发某方案的通报》执行；某局关于印发实施办法的工作已完成。")
