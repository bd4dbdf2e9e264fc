"""T009: one item of a fixed list of names written wrong where the list is copied whole."""

from __future__ import annotations

from gen.check.context import CheckContext
from gen.check.rules import t009_closed_list_member as t009


def spans(text):
    return [(text[f.start:f.end], f.suggestion) for f in t009.check(CheckContext(text))]


def test_t009_items_that_slip_in_a_copied_list_of_principles():
    text = "五、评价原则\n按照科学范畴原则，分区公开原则，分级分类原则线效相关原则开展评价。"
    assert spans(text) == [("科学范畴原则", "科学规范原则"), ("分区公开原则", "公正公开原则"),
                           ("线效相关原则", "绩效相关原则")]


def test_t009_list_in_another_order_with_one_slip():
    assert spans("遵循绩效相关原则、分级分类原则、公正公开原则和科学规范元则。") == []  # the tail differs: no item
    assert spans("遵循绩效相关原则、分级分类原则、公证公开原则和科学规范原则。") == [("公证公开原则", "公正公开原则")]


def test_t009_passes_right_lists_other_lists_and_lists_of_another_length():
    assert not spans("绩效评价遵循科学规范原则、公正公开原则、分级分类原则、绩效相关原则。")
    assert not spans("坚持科学规范原则、公正公开原则、绩效导向原则。"), "three items are not the list of four"
    assert not spans("坚持统一领导原则、分类管理原则、客观公正原则、科学规范原则。"), "another document's principles"
    assert not spans("（一）科学规范原则。评价应当规范。（二）公证公开原则。评价应当公开。"), "items apart are not read"


def test_t009_guiding_thought_without_its_head_or_a_middle_member():
    assert spans("中心坚持以毛泽东思想、邓小平理论、“三个代表”重要思想、科学发展观为指导。") == [
        ("毛泽东思想", "马克思列宁主义、毛泽东思想")]
    assert spans("以马列主义、毛泽东思想、邓小平理论、科学发展观和习近平新时代中国特色社会主义思想为指导。") == [
        ("科学发展观", "“三个代表”重要思想、科学发展观")]


def test_t009_guiding_thought_whole_or_begun_or_ended_where_set_phrases_do():
    assert not spans("以马克思列宁主义、毛泽东思想、邓小平理论、“三个代表”重要思想、科学发展观、"
                     "习近平新时代中国特色社会主义思想为指导。")
    assert not spans("坚持以邓小平理论、\"三个代表\"重要思想、科学发展观为指导。"), "the 中国特色社会主义理论体系"
    assert not spans("坚持马克思主义、毛泽东思想和中国特色社会主义理论体系。")
    assert not spans("讲授毛泽东思想、邓小平理论和“三个代表”重要思想概论。"), "a course name"
    assert not spans("学习毛泽东思想。深入学习邓小平理论。"), "apart, not a run"
