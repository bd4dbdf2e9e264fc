"""glossary/labels.yaml: which prefixes leave a label's meaning alone, proved at load."""

from __future__ import annotations

import pytest

from gen.check.grounding_names import resolve_label
from gen.check.labels import label_words, load_label_words
from gen.core.errors import UserError
from gen.core.resources import data_dir


def test_builtin_lists_hold_their_examples():
    words = label_words()
    assert words.names_match("本年度支出", "支出") and not words.names_match("基本支出", "支出")
    assert words.names_figure("我局基本支出", "基本支出") and not words.names_figure("疫苗接种项目支出", "项目支出")


def test_a_list_edit_that_breaks_an_example_fails_to_load(tmp_path):
    text = (data_dir("glossary") / "labels.yaml").read_text(encoding="utf-8")
    broken = tmp_path / "labels.yaml"
    # Making 基本 a neutral prefix would pair "基本支出" with the whole 支出: the file's own example says no.
    broken.write_text(text.replace("neutral_prefixes: [", "neutral_prefixes: [基本, "), encoding="utf-8")
    with pytest.raises(UserError, match="基本支出.*支出.*不应视为同一项"):
        load_label_words(broken)


def test_malformed_pairs_are_named(tmp_path):
    path = tmp_path / "labels.yaml"
    path.write_text("neutral_prefixes: [本年]\nowner_suffixes: [局]\nsame: [本年支出]\n", encoding="utf-8")
    with pytest.raises(UserError, match="same"):
        load_label_words(path)


def test_grounding_uses_the_same_lists():
    assert resolve_label("广州市荔湾区卫生健康局本年收入") is not None
    assert resolve_label("事业单位经营收入") is None
