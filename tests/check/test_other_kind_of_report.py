"""W028: a 决算 text that names its own tables or page a 预算 (or the reverse)."""

from __future__ import annotations

import pytest

from gen.check.read import source_from_text
from gen.check.registry import select_rules
from gen.check.runner import run

_TABLES = "一、收入支出决算总表\n二、收入决算表\n三、支出决算表\n四、财政拨款收入支出决算表\n"
_BUDGET_TABLES = "一、部门收支总表\n二、部门收入预算表\n三、部门支出预算表\n四、财政拨款支出预算表\n"


def _w028(text: str) -> list[str]:
    findings = run(source_from_text(text, "t.md"), select_rules()).findings
    return [text[f.start:f.end] for f in findings if f.code == "W028"]


@pytest.mark.parametrize("text, flagged", [
    # the note under the tables, carried over from the 预算 note
    (_TABLES + "注：以上部门预算报表中，空表表示本部门无相关收支情况。\n", "以上部门预算报表"),
    (_TABLES + "上述单位预算报表均经审核。\n", "上述单位预算报表"),
    # the page's title, under a label and alone on its line
    ("信息名称：某县人民医院2024年预算公开\n" + _TABLES, "某县人民医院2024年预算公开"),
    ("某县人民医院2024年度部门预算公开说明\n" + _TABLES, "某县人民医院2024年度部门预算公开说明"),
    # the reverse: a 预算 text naming its tables 决算
    (_BUDGET_TABLES + "注：以上部门决算报表中，空表表示无相关收支。\n", "以上部门决算报表"),
])
def test_flags_the_text_named_as_the_other_kind(text, flagged):
    assert _w028(text) == [flagged]


@pytest.mark.parametrize("text", [
    _TABLES + "注：以上部门决算报表中，空表表示本部门无相关收支情况。\n",
    # 预算 in a 决算's own right: budget figures, the law, a document's name, a site's menu, a template's note
    _TABLES + "年初预算数100万元，决算数98万元，完成年初预算的98%。\n",
    _TABLES + "根据《关于进一步推进预算公开工作的实施方案》，现将2023年度部门决算公开如下。\n",
    _TABLES + "1. 部门预算公开\n2. 部门决算公开\n",
    _TABLES + "一、单位基本情况（比照预算公开的内容格式）\n",
    # both kinds on one page: tables of both, or a title naming both
    "某县人民医院2024年部门预决算公开\n" + _TABLES + "五、支出预算表\n注：以上部门预算报表中，空表表示无收支。\n",
    "某县人民医院2023年度决算及2024年预算公开\n" + _TABLES,
    # too few tables to tell the text's kind
    "一、收入决算表\n注：以上部门预算报表中，空表表示无收支。\n",
    # a title in a sentence: a citation, not the page's own
    _TABLES + "参照某县人民医院2024年预算公开的格式编制。\n",
])
def test_leaves_the_texts_own_mentions_of_the_other_kind_alone(text):
    assert _w028(text) == []
