"""P005: a dot between two characters of one word is a stray to delete, not a full stop to change into 。."""

from gen.check.registry import select_rules
from gen.check.runner import check_source
from gen.check.read import source_from_text


def _p005(text: str) -> list:
    return [f for f in check_source(source_from_text(text, kind="txt"), select_rules(["P005"])) if f.code == "P005"]


def test_dot_inside_a_word_is_to_be_deleted():
    found = _p005("今年对辖区内重.要管线开展了四轮巡检。")
    assert [f.suggestion for f in found] == [""]
    assert "多了一个" in found[0].message


def test_dot_between_two_words_is_still_a_full_stop():
    found = _p005("各项指标全部达标.准确率继续提高。")
    assert [f.suggestion for f in found] == ["。"]
