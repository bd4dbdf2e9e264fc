"""L003's finding on an English line ends with that line: the Chinese line run on after it is the report's own.

A bilingual report's title page ("REPORT ON THE … BUDGETS FOR 2024" then "——2024年3月5日在……会议上"): the
lines are joined into one paragraph, and the date's 2024年3月5 (no clause of Chinese by itself) was read as
part of the English stretch, the finding reaching into the Chinese line.
"""

from __future__ import annotations

from gen.check.read import source_from_text
from gen.check.registry import all_rules
from gen.check.runner import check_source

TEXT = ("关于2023年预算执行情况与2024年预算草案的报告\n"
        "REPORT ON THE EXECUTION OF THE CENTRAL AND LOCAL BUDGETS FOR 2023 AND ON THE DRAFT BUDGETS FOR 2024\n"
        "——2024年3月5日在第十四届全国人民代表大会第二次会议上\n"
        "Second Session of the 14th National People's Congress\nMarch 5, 2024\n财政部\n")


def test_english_stretch_stops_before_the_chinese_line():
    rule = next(r for r in all_rules() if r.code == "L003")
    found = [f for f in check_source(source_from_text(TEXT, path="x.txt", kind="txt"), [rule]) if f.code == "L003"]
    assert found
    assert all("——" not in TEXT[f.start:f.end] and "年" not in TEXT[f.start:f.end] for f in found)


# A converted page's Chinese with half-width commas and figures, then its English translation on the same line.
HALF_WIDTH = ("某中心为参照公务员法管理的事业单位,内设5个科室,经费性质为财政核拨,人员编制数12人,在职人数11人。 "
              "From the perspective of the composition of the budget unit, the centre is an institution with 5 sections.\n")


def test_english_stretch_leaves_the_chinese_clause_with_half_width_marks():
    rule = next(r for r in all_rules() if r.code == "L003")
    found = [f for f in check_source(source_from_text(HALF_WIDTH, path="x.txt", kind="txt"), [rule]) if f.code == "L003"]
    assert found
    assert all(HALF_WIDTH[f.start:f.end].startswith("From") for f in found)
