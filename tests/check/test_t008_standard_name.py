"""T008: the standard name offered is the one with 和, even where the nearest accepted form leaves it out."""

from gen.check.read import source_from_text
from gen.check.registry import select_rules
from gen.check.runner import check_source


def _t008(text: str) -> list:
    return [f for f in check_source(source_from_text(text, kind="txt"), select_rules(["T008"])) if f.code == "T008"]


def test_short_form_nearest_still_offers_the_name_with_he():
    found = _t008("公用经费主要用于办公费、差旅费和其他商品服务和支出。")
    assert [f.suggestion for f in found] == ["商品和服务支出"]
    assert "标准名称为“商品和服务支出”" in found[0].message


def test_name_without_he_in_its_list_is_offered_as_it_is():
    found = _t008("社会保障和就支出较上年增加。")
    assert [f.suggestion for f in found] == ["社会保障和就业支出"]
