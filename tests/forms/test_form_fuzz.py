"""Forms made of random labels, figures and junk: readers and F rules answer, or fail with a UserError."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gen.check.read import source_from_text
from gen.check.registry import select_rules
from gen.check.runner import check_source
from gen.core.errors import UserError
from gen.core.forms.grid import GridCell, Grid, text_grids
from gen.core.forms.input import _Cells, _fragment, merge_forms, spec_from_forms
from gen.core.forms.parse import guess_rule_set, parse_form
from gen.core.load import validate
from gen.core.forms import layout as L
from gen.core.forms.parse import MONEY_ROW_KEYS

WORDS = (list(L.MONEY_COLUMNS) + list(L.INDICATOR_COLUMNS) + [t for _, t in L.MONEY_ROWS] + [
    "项目名称", "部门（单位）名称", "实施单位", "主管部门", "总分", "合计", "权重", "原因", "评分规则", "预期目标", "实际完成情况",
    "产出指标", "效益指标", "满意度指标", "数量指标", "社会效益指标", "服务对象满意度指标", "不适用", "达成", "部分完成",
    "未完成", "≥90%", "≤5%", "=100%", "95%", "100", "0", "20", "1,000.00", "-3", "1e400", "NaN", "—", "", "", "",
    "项目支出绩效自评表（2023年度）", "四川省（部门预算项目支出绩效自评表）", *sum(MONEY_ROW_KEYS.values(), ()),
])
cell = st.one_of(st.sampled_from(WORDS), st.text(max_size=8))
# header rows are drawn often, so most tables are recognised as forms and their rows get read
heads = st.sampled_from([["绩效指标", *L.INDICATOR_COLUMNS], ["项目资金（万元）", "", "", *L.MONEY_COLUMNS],
                         ["预算执行情况", "年度预算数", "年初预算", "调整后预算数", "预算执行数", "预算执行率", "权重", "得分", "原因"]])
table = st.lists(st.one_of(heads, st.lists(cell, min_size=1, max_size=11)), min_size=1, max_size=25)
SETTINGS = settings(max_examples=80, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def _markdown(rows: list[list[str]]) -> str:
    return "\n".join("| " + " | ".join(c.replace("|", "").replace("\n", " ") for c in row) + " |" for row in rows)


@SETTINGS
@given(table)
def test_f_rules_never_raise_on_random_tables(rows):
    text = "自评表\n" + _markdown(rows)
    source = source_from_text(text, path="<fuzz>", kind="md", join_lines=False)
    for f in check_source(source, select_rules(["F"])):
        assert 0 <= f.start <= f.end <= len(source.decoded)


@SETTINGS
@given(table)
def test_form_input_never_raises_anything_but_a_user_error(rows):
    grid = Grid("工作表", "sheet", [[GridCell(str(v), r, c) for c, v in enumerate(row)] for r, row in enumerate(rows)])
    form = parse_form(grid)
    if form is None:
        return
    cells = _Cells(grid, "fuzz.xlsx")
    try:
        frag = _fragment(form, cells)
        found = [(form, frag)]
        rule_set = guess_rule_set([form])
        base = {"kind": "dept_self_eval", "year": 2023, "bureau": {"name": "某局", "region": {"province": "广东省"}}}
        validate(merge_forms(base, found, rule_set), "fuzz.yaml")
        from pathlib import Path

        validate(spec_from_forms(Path("fuzz.xlsx"), found, rule_set), "fuzz.xlsx")
    except UserError:
        pass


def test_text_grids_keep_cell_spans_on_their_text():
    text = "前言\n| a | 二 |  c |\n|---|---|---|\n|x|y|z|\n尾\t部"
    for g in text_grids(text):
        for row in g.rows:
            for c in row:
                assert text[c.start:c.end] == c.text
