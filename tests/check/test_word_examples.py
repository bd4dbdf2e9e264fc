"""prove_file: the one proof every glossary loader runs on its file's own flag and keep examples."""

from __future__ import annotations

import pytest

from gen.check.word_examples import prove_file
from gen.core.datafile import DataFileError


def _hits(text):
    return ["拔款"] if "拔款" in text else []


def test_examples_that_agree_with_the_reading_pass():
    prove_file({"flag": ["财政拔款"], "keep": ["财政拨款"]}, "词库文件 x.yaml", _hits, str)
    prove_file({"sequence_flag": ["财政拔款"], "sequence_keep": ["财政拨款"]}, "x", _hits, str,
               flag="sequence_flag", keep="sequence_keep")


@pytest.mark.parametrize("doc, said", [
    ({"flag": ["财政拨款"], "keep": ["财政拨款"]}, "示例“财政拨款”应被发现"),
    ({"flag": ["财政拔款"], "keep": ["财政拔款资金"]}, "不应被发现，却发现了“拔款”"),
    ({"flag": ["财政拔款"]}, "字段 keep 须为非空字符串列表"),
])
def test_a_failing_example_or_a_missing_list_names_the_file(doc, said):
    with pytest.raises(DataFileError) as err:
        prove_file(doc, "词库文件 x.yaml", _hits, str)
    assert str(err.value).startswith("词库文件 x.yaml：") and said in str(err.value)


def test_lists_may_be_optional_for_a_users_file():
    prove_file({}, "用户词库 documents.yaml", _hits, str, required=False)
