"""T008: a budget subject's name (政府收支分类科目) written one or two characters off."""

from __future__ import annotations

from gen.check.context import CheckContext
from gen.check.rules import t008_budget_subject_name as t008


def spans(text):
    return [(text[f.start:f.end], f.suggestion) for f in t008.check(CheckContext(text))]


def test_t008_economic_subject_with_a_character_lost_or_wrong():
    assert spans("基本支出中，对个和家庭补助6.40万元。") == [("对个和家庭补助", "对个人和家庭补助")]
    assert spans("其中商品和服物支出35.10万元。") == [("商品和服物支出", "商品和服务支出")]
    assert spans("工资福支出80.00万元。") == [("工资福支出", "工资福利支出")]


def test_t008_functional_subject_with_a_character_lost():
    assert spans("按功能分类，社会保障和就支出20.00万元。") == [("社会保障和就支出", "社会保障和就业支出")]


def test_t008_passes_right_names_accepted_forms_and_categories():
    assert not spans("工资福利支出80.00万元，商品和服务支出12.30万元，对个人和家庭的补助5.00万元，资本性支出3.00万元。")
    assert not spans("对个人家庭补助、对个人及家庭的补助、社会保障就业支出、文化体育与传媒支出按科目列示。")
    assert not spans("工资福利类支出、工资福利性支出、商品和服务费支出、卫生健康类支出均有下降。")
    assert not spans("资本性收入、对企业补贴、一般公共预算支出和卫生健康事业支出另列。")


def test_t008_leaves_a_name_typed_twice_to_w002():
    assert not spans("一般公共服务支出支出较上年减少4.50万元。")


def test_t008_does_not_join_table_cells():
    assert not spans("对个人 | 和家庭 | 补助\n")


def test_t008_a_class_before_its_level_mark_without_zhichu_beside_one_with_it():
    text = "（一）一般公共服务支出（类）行政运行（项）\n（二）农林水(类)农业农村（款）\n（三）住房保障支出(类)\n"
    assert spans(text) == [("农林水", "农林水支出")]


def test_t008_classes_all_without_zhichu_or_a_lower_level_pass():
    assert not spans("（一）农林水（类）农业农村（款）\n（二）城乡社区（类）\n")  # the list writes all one way
    assert not spans("一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）\n其他农林水（项）\n")
    assert not spans("一般公共服务支出（类）\n本类指其他各类（类）支出。\n")  # no class name before the mark
