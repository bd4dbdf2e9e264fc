"""Number style: every style the generator can print is read back exactly by the checker.

A property test formats random amounts and percentages in every combination of
thousands separators and trailing-zero modes, and parses them back through the
checker's number layer: the value read, at the precision it was printed with,
must agree with the value formatted. Styles are set per outline, in
jixiao.toml and in the data file, and a generated report in each style passes
its self-check.
"""

from __future__ import annotations

import itertools
import re
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from gen.cli import cli
from gen.core.errors import UserError
from gen.core.load import load_spec
from gen.core.model import ReportSpec
from gen.core.number_style import ZEROS, NumberStyle, style_from
from gen.core.numbers import agrees, format_amount, format_percent, round_half_up
from gen.core.quantities import extract_quantities
from gen.generate.render import render_document, report_style
from gen.generate.selfcheck import gate
from gen.generate.write.markdown import to_markdown

ROOT = Path(__file__).resolve().parents[1]
STYLES = [NumberStyle(t, a, p) for t, a, p in itertools.product((True, False), ZEROS, ZEROS)]
amounts = st.decimals(min_value=0, max_value=Decimal(10) ** 9, places=2, allow_nan=False, allow_infinity=False)
percents = st.decimals(min_value=0, max_value=1000, places=4, allow_nan=False, allow_infinity=False)


@pytest.mark.parametrize("style", STYLES, ids=lambda s: f"{int(s.thousands_separator)}-{s.amount_decimals}-{s.percent_decimals}")
@given(amount=amounts, percent=percents)
def test_every_style_reads_back_exactly(style, amount, percent):
    text = f"本年支出{format_amount(amount, style=style)}万元，执行率为{format_percent(percent, style=style)}。"
    found = list(extract_quantities(text))
    assert [q.unit for q in found] == ["万元", "%"], text
    money, rate = found
    assert money.value == round_half_up(amount, 2)  # trailing zeros dropped never change the value
    assert agrees(rate.value, rate.decimals, percent), text
    assert ("," in money.raw) == (style.thousands_separator and amount >= 1000)


@pytest.mark.parametrize("mode, amount, percent", [("keep", "900.00", "92.80%"), ("whole", "900", "92.80%"), ("strip", "900", "92.8%")])
def test_zero_modes(mode, amount, percent):
    style = NumberStyle(False, mode, mode)
    assert format_amount(Decimal("900"), style=style) == amount
    assert format_percent(Decimal("92.8"), style=style) == percent
    assert format_amount(Decimal("33247.82"), style=NumberStyle(True, mode, mode)) == "33,247.82"


def test_precedence_outline_then_toml_then_data():
    spec = load_spec(ROOT / "examples" / "lw2022.yaml")
    assert report_style(spec) == NumberStyle(True, "keep", "whole")  # the guangdong outline, as its source prints
    assert report_style(spec, {"thousands_separator": False}).thousands_separator is False
    data = spec.model_dump(mode="json", exclude_none=True)
    data["style"] = {"percent_decimals": "strip"}
    both = report_style(ReportSpec.model_validate(data), {"percent_decimals": "keep", "amount_decimals": "strip"})
    assert both == NumberStyle(True, "strip", "strip")
    national = load_spec(ROOT / "examples" / "zx_civil2024.yaml")
    assert report_style(national) == NumberStyle(False, "strip", "strip")  # the measured default


def test_bad_style_is_refused_with_its_place():
    with pytest.raises(UserError, match="style.amount_decimals"):
        style_from(NumberStyle(), {"amount_decimals": "some"}, "jixiao.toml")
    with pytest.raises(UserError, match="不认识的设置"):
        style_from(NumberStyle(), {"comma": True}, "jixiao.toml")


@pytest.mark.parametrize("style", STYLES[::3], ids=lambda s: f"{int(s.thousands_separator)}-{s.amount_decimals}-{s.percent_decimals}")
@pytest.mark.parametrize("name", ["lw2022", "ny2022", "synthetic/civ_full"])
def test_generated_report_in_every_style_passes_the_self_check(name, style):
    spec = load_spec(ROOT / "examples" / f"{name}.yaml")
    data = spec.model_dump(mode="json", exclude_none=True)
    data["style"] = {"thousands_separator": style.thousands_separator, "amount_decimals": style.amount_decimals,
                     "percent_decimals": style.percent_decimals}
    spec = ReportSpec.model_validate(data)
    doc, _ = render_document(spec)
    md = to_markdown(doc)
    assert bool(re.search(r"\d,\d{3}", md)) == style.thousands_separator
    gate(md, spec, f"{name}.md", partial=False, echo=lambda line: None)  # raises on an error finding


def test_jixiao_toml_style_is_used_by_generate(tmp_path, monkeypatch):
    (tmp_path / "jixiao.toml").write_text('[style]\nthousands_separator = true\namount_decimals = "keep"\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["generate", str(ROOT / "examples" / "zx_civil2024.yaml"), "-o", "-"])
    assert result.exit_code == 0, result.output
    assert "3,580.69万元" in result.output and "40.00万元" in result.output
    (tmp_path / "jixiao.toml").write_text('[style]\namount_decimals = "many"\n', encoding="utf-8")
    result = CliRunner().invoke(cli, ["generate", str(ROOT / "examples" / "zx_civil2024.yaml"), "-o", "-"])
    assert result.exit_code == 2 and "style.amount_decimals" in result.output
