"""Number slips of the fifth and sixth sets of real reports (issue 12, round 4).

Cases are written for the project (no report text copied), each with near misses
the rule must leave alone.
"""

from __future__ import annotations

from tests.check.findings import findings_of


def _spans(text: str, code: str) -> list[str]:
    return [text[f.start:f.end] for f in findings_of(text, code)]


# ---- N005: a growth rate divided by this year's figure instead of last year's ----

def test_growth_rate_on_this_years_figure_is_flagged():
    text = "2024年度收入总计均为600.00万元。与2023年度相比，收入总计增加120万元，增长20.00%。\n"
    found = findings_of(text, "N005")
    assert [text[f.start:f.end] for f in found] == ["20.00%"]
    assert "25.00%" in found[0].message  # 120 ÷ (600 − 120)


def test_growth_rate_on_last_years_figure_passes():
    assert not _spans("2024年度收入总计600.00万元。与2023年度相比，收入总计增加120万元，增长25.00%。\n", "N005")
    # a decrease: last year's figure is this year's plus the decrease
    assert _spans("本年支出480.00万元，较上年减少120.00万元，下降25.00%。\n", "N005") == ["25.00%"]
    assert not _spans("本年支出480.00万元，较上年减少120.00万元，下降20.00%。\n", "N005")


def test_no_judgement_when_the_nearest_figure_may_be_another_year():
    # the figure before the change belongs to 2022, the change is told of 2024: no base to judge
    assert not _spans("2022年收入600.00万元，2024年增加120万元，增长20.00%。\n", "N005")
    # whole-number percentages are too coarse to tell the two bases apart safely
    assert not _spans("本年收入600.00万元，比上年增加120万元，增长20%。\n", "N005")


# ---- N009: 基本支出 by economic class (工资福利＋商品和服务＋对个人和家庭的补助＋资本性) ----

def test_basic_spending_classes_that_do_not_make_the_total():
    text = ("一、基本支出情况\n基本支出812.40万元，其中：工资福利支出650.10万元，商品和服务支出120.20万元，"
            "对个人和家庭补助38.00万元，其他资本性支出4.00万元。\n")
    found = findings_of(text, "N009")
    assert [text[f.start:f.end] for f in found] == ["812.40万元"]
    assert "812.30" in found[0].message


def test_basic_spending_classes_that_close_or_are_not_all_stated_pass():
    assert not findings_of("基本支出812.30万元，其中：工资福利支出650.10万元，商品和服务支出120.20万元，"
                           "对个人和家庭补助38.00万元，其他资本性支出4.00万元。\n", "N009")
    # three classes only: the fourth may be non-zero, nothing to judge
    assert not findings_of("基本支出812.40万元，其中：工资福利支出650.10万元，商品和服务支出120.20万元，"
                           "对个人和家庭补助38.00万元。\n", "N009")


# ---- N014: head counts split into groups that hold everyone (在职/退休, 在职/离休/退休) ----

def test_staff_split_into_in_service_and_retired_must_close():
    text = "本局实有人数42人（其中：在职29人，退休12人）。\n"
    found = findings_of(text, "N014")
    assert [text[f.start:f.end] for f in found] == ["42人"]
    assert "41" in found[0].message


def test_staff_split_that_closes_or_names_other_groups_passes():
    assert not _spans("本局实有人数42人（其中：在职29人，退休13人）。\n", "N014")
    assert not _spans("本局实有人数42人（其中：在职29人，退休12人，遗属1人）。\n", "N014")
    assert not _spans("本局实有人数42人，其中在职29人，退休12人，另有遗属1人。\n", "N014")
    # groups that need not hold everyone (quotas by kind) are not judged here
    assert not _spans("本局实有人数42人（其中：行政29人，事业12人）。\n", "N014")


def test_partitions_file_proves_itself():
    from gen.check.partitions import partitions
    names = {p.name for p in partitions()}
    assert "在职与退休" in names


# ---- N026: the title's year contradicted by the header or body ----

def test_header_year_other_than_the_title_year():
    text = "某县卫健局2023年度部门整体支出绩效目标申报表\n申报表\n（2022年度）\n部门名称 | 某县卫健局\n"
    assert _spans(text, "N026") == ["2022年度"]
    assert not _spans(text.replace("（2022年度）", "（2023年度）"), "N026")


def test_title_year_that_the_body_names_otherwise_twice():
    text = ("某县卫健局2023年度部门决算\n第一部分 某县卫健局2022年度部门决算表\n"
            "第二部分 某县卫健局2022年度部门决算情况说明\n本年支出100万元。\n")
    found = findings_of(text, "N026")
    assert [text[f.start:f.end] for f in found] == ["2023年度"]
    # once only, or the title's year named too, or a comparison: not judged
    assert not _spans("某县卫健局2023年度部门决算\n第一部分 某县卫健局2022年度部门决算表\n", "N026")
    assert not _spans(text + "某县卫健局2023年度部门决算情况说明\n", "N026")


def test_identity_reported_where_the_whole_is_restated_before_its_parts():
    text = ("本年支出1200.00万元，其中：基本支出812.40万元，项目支出387.60万元。\n"
            "1.基本支出812.40万元，其中：工资福利支出650.10万元，商品和服务支出120.20万元，"
            "对个人和家庭补助38.00万元，其他资本性支出4.00万元。\n")
    found = [f for f in findings_of(text, "N009") if "工资福利" in f.message]
    assert len(found) == 1 and found[0].start == text.index("812.40", text.index("1.基本"))


def test_growth_on_a_figure_labelled_last_year_is_not_judged():
    # generated reports write last year's figure with its year, then the change: 240 ÷ 4,820 is right
    text = "2023年度部门整体支出绩效自评报告\n2022年支出是4,820.00万元，本年增加240.00万元，增长4.98%。"
    assert findings_of(text, "N005") == []


def test_growth_after_a_figure_of_another_quantity_is_not_judged():
    # the change is about income; the nearest figure before it is spending: no base to judge against
    text = "本年收入12.48万元，本年支出12.20万元，收入较上年增加0.05万元，增长0.40%。"
    assert findings_of(text, "N005") == []
