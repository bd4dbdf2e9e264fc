"""N012 read backwards: bodies listed with 、 and then counted ("甲馆、乙馆3家单位")."""

from __future__ import annotations

from tests.check.findings import findings_of


def _n012(text: str) -> list:
    return findings_of(text, "N012", only=["N012"])


def test_count_larger_than_the_bodies_named_before_it():
    text = "项目由区体育中心、区少年宫两家二级单位承担，另有区档案馆、区党校、区文化站4个预算单位配合。"
    (f,) = _n012(text)
    assert text[f.start:f.end] == "4" and f.suggestion == "3"


def test_count_smaller_than_the_bodies_named():
    (f,) = _n012("纳入决算的有市疾控中心、市妇幼保健院、市血站、市急救中心3家单位。")
    assert f.suggestion == "4"


def test_names_joined_by_he_may_be_one_body_or_two():
    assert _n012("由市文化和旅游局、市图书馆2家单位负责。") == []
    assert _n012("由市文化馆、市图书馆和市博物馆3家单位负责。") == []


def test_not_a_list_of_bodies_or_not_complete():
    assert _n012("在城区、乡镇开展5个项目。") == []  # places and projects, not bodies
    assert _n012("市文化馆、市图书馆等6家单位参加。") == []
    assert _n012("市文化馆、市图书馆各2个部门参加。") == []
