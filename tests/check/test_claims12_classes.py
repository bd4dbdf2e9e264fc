"""Prose number claims the text's own figures contradict (issue 12, third set of real reports).

Every case is written for the project (no report text copied): a rate the
stated amounts contradict, a total whose named kinds are all listed but do not
add up, and near misses each rule must leave alone.
"""

from __future__ import annotations

from tests.check.findings import findings_of



def _findings(text: str, code: str) -> list:
    return findings_of(text, code)


def _spans(text: str, code: str) -> list[str]:
    return [text[f.start:f.end] for f in _findings(text, code)]


# ---- N002: 拨付进度 that the stated amounts contradict ----

def test_disbursement_progress_recomputed_from_budget_and_amount_paid():
    text = "市级年初预算安排专项资金500万元，已按工程进度拨付资金125.40万元，资金拨付进度100%。\n"
    assert _spans(text, "N002") == ["100%"]
    assert _findings(text, "N002")[0].suggestion == "25.08%"


def test_disbursement_progress_that_agrees_or_has_no_amounts_is_left_alone():
    assert not _findings("年初预算安排专项资金500万元，已拨付资金125.40万元，资金拨付进度25.08%。\n", "N002")
    assert not _findings("应拨付资金80万元，已拨付资金80万元，拨付率100%。\n", "N002")
    assert not _findings("专项资金已全部下达，资金拨付进度100%。\n", "N002")


# ---- N004: the kinds a total is made of, named and counted, then listed under 其中 ----

def test_counted_kinds_listed_under_qizhong_must_close_too_little_and_too_much():
    short = "本中心资金分为运行保障经费、设备购置经费两部分，总预算为820万元，其中运行保障经费300万元，设备购置经费500万元。\n"
    assert _spans(short, "N004") == ["820万元"]
    over = "本中心资金分为运行保障经费、设备购置经费两部分，总预算为820万元，其中运行保障经费330万元，设备购置经费500万元。\n"
    assert _spans(over, "N004") == ["820万元"]


def test_counted_kinds_that_close_or_are_not_the_parts_are_left_alone():
    ok = "本中心资金分为运行保障经费、设备购置经费两部分，总预算为800万元，其中运行保障经费300万元，设备购置经费500万元。\n"
    assert not _findings(ok, "N004")
    # three kinds named, two listed: the list is partial
    partial = ("本中心资金分为运行保障经费、设备购置经费、人员培训经费三部分，总预算为900万元，"
               "其中运行保障经费300万元，设备购置经费500万元。\n")
    assert not _findings(partial, "N004")
    # the kinds counted are activities, the parts are sources of money
    other = "全年开展义诊、讲座两类活动，投入资金900万元，其中中央补助300万元，省级补助500万元。\n"
    assert not _findings(other, "N004")


# ---- N004/N014: whole amounts among amounts printed with decimals are read at their precision ----

def test_round_amount_among_decimals_is_exact_so_parts_over_the_next_sentence_total_are_found():
    text = ("本项目共使用资金59.96万元。其中：20万元用于设备维护；20万元用于人员培训；"
            "19.98万元用于宣传印刷。\n")
    assert _spans(text, "N014") == ["20万元用于设备维护；20万元用于人员培训；19.98万元"]  # on the parts


def test_same_sentence_part_list_with_mixed_precision():
    text = "共拨付资金40.05万元，其中设备购置20万元，人员培训20.08万元。\n"
    assert _spans(text, "N004") == ["40.05万元"]


def test_round_amounts_that_close_or_are_approximate_are_left_alone():
    assert not _findings("本项目共使用资金59.98万元。其中：20万元用于设备维护；20万元用于人员培训；"
                         "19.98万元用于宣传印刷。\n", "N014")
    # every figure printed without decimals: each may be rounded to the 万元
    assert not _findings("本项目共使用资金60万元。其中：20万元用于设备维护；20万元用于人员培训；"
                         "21万元用于宣传印刷。\n", "N014")
    # an approximate amount keeps its own slack
    assert not _findings("共拨付资金40.05万元，其中设备购置约20万元，人员培训20.08万元。\n", "N004")
    # a difference short of the summed half-units can be rounding (390.554 + 190.894 = 581.448)
    assert not _findings("总收入581.45万元，其中本年收入390.55万元，上年结转和结余190.89万元。\n", "N004")


def test_difference_of_exactly_the_summed_half_units_cannot_be_rounding():
    from decimal import Decimal

    from gen.check.numbers_text import exceeds

    assert exceeds(Decimal("89.99"), Decimal("89.97"), Decimal("0.02"))
    assert not exceeds(Decimal("89.985"), Decimal("89.97"), Decimal("0.02"))
    assert not exceeds(Decimal("5"), Decimal("5"), Decimal(0))


# ---- N022: an actual value that misses its own stated target, in a text that claims every target met ----

def test_missed_floor_target_with_a_claim_that_targets_were_met():
    text = ("（三）总体绩效目标完成情况\n该资金已按照计划完成目标，效果较好。\n"
            "第一，慰问困难职工户数年初指标值为不少于250户，全年实际完成值231户。"
            "第二，发放慰问金标准年初指标值为不高于800元，全年实际完成值760元。\n")
    found = _findings(text, "N022")
    assert [text[f.start:f.end] for f in found] == ["231户"]
    assert "第2行" in found[0].message and found[0].severity == "warning"


def test_ceiling_target_exceeded_and_percent_target_with_yishang():
    text = ("年度绩效目标全部完成。\n单位维修成本指标值≤1200元，实际完成值1350元。\n"
            "验收合格率目标值为98%以上，实际完成值97.2%。\n")
    assert _spans(text, "N022") == ["1350元", "97.2%"]


def test_missed_target_left_alone_without_claim_or_when_owned_or_unclear():
    miss = "慰问困难职工户数年初指标值为不少于250户，全年实际完成值231户。\n"
    assert not _findings(miss, "N022")  # no claim that every target was met
    assert not _findings("年度目标基本完成。\n" + miss, "N022")  # a hedged claim
    assert not _findings("除慰问户数外，各项指标均已完成。\n" + miss, "N022")
    owned = "已按照计划完成目标。\n慰问困难职工户数年初指标值为不少于250户，全年实际完成值231户，主要原因是部分职工已退休。\n"
    assert not _findings(owned, "N022")
    plain = "已按照计划完成目标。\n慰问困难职工户数年初指标值为250户，全年实际完成值231户。\n"
    assert not _findings(plain, "N022")  # no comparator: not judged
    met = "已按照计划完成目标。\n慰问困难职工户数年初指标值为不少于250户，全年实际完成值251户。\n"
    assert not _findings(met, "N022")
    qualitative = "已按照计划完成目标。\n项目完成时间年初指标值为2023年12月底，实际在规定时间内完成。\n"
    assert not _findings(qualitative, "N022")


def test_met_claims_file_proves_its_patterns(tmp_path, monkeypatch):
    import shutil

    import pytest

    from gen.check import met_claims as mc
    from gen.core.datafile import DataFileError

    shutil.copy(mc.data_dir("glossary") / "met_claims.yaml", tmp_path / "met_claims.yaml")
    path = tmp_path / "met_claims.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("keep: [项目按计划推进。", "keep: [项目按计划完成目标。"),
                    encoding="utf-8")
    monkeypatch.setattr(mc, "data_dir", lambda name: tmp_path)
    mc.met_claims.cache_clear()
    try:
        with pytest.raises(DataFileError, match="不应被发现"):
            mc.met_claims()
    finally:
        mc.met_claims.cache_clear()


# ---- N023: staff of a category outnumbering the total in post beside them ----

def test_category_of_staff_in_post_over_the_total_beside_it():
    text = "3.人员情况。本站事业编制3个，实有事业编制人员4人，合计在岗人数为3人，其中借调0人。\n"
    found = _findings(text, "N023")
    assert text[found[0].start:found[0].end].startswith("3") and "实有事业编制人员4人" in found[0].message


def test_distinct_categories_together_over_the_total():
    text = "年末在编行政人员6人，在编事业人员5人，在编工勤人员2人，合计在岗人员12人。\n"
    assert len(_findings(text, "N023")) == 1


def test_quotas_retirees_and_other_years_are_not_staff_in_post():
    assert not _findings("本站核定编制8人，实有人员6人，合计在岗人数为6人。\n", "N023")
    assert not _findings("本站行政编制8个，合计在岗人数为6人。\n", "N023")
    assert not _findings("实有事业编制人员4人，退休人员9人，合计在岗人数为4人。\n", "N023")
    assert not _findings("2022年末实有事业编制人员4人。2023年末合计在岗人数为3人。\n", "N023")
    assert not _findings("年末在编行政人员6人，在编事业人员5人，合计在岗人员11人。\n", "N023")


def test_categories_in_brackets_right_after_the_staff_in_post_are_its_parts():
    over = "财政供养人员20人，其中在职人员17人(行政人员11人,工勤人员2人,事业人员5人),退休3人。\n"
    (found,) = _findings(over, "N023")
    assert "11人＋工勤人员2人＋事业人员5人＝18人" in found.message
    assert not _findings(over.replace("行政人员11人", "行政人员10人"), "N023")
    # a bracket after another count, and groups that overlap, are no breakdown of the staff in post
    assert not _findings("退休人员17人（行政人员11人，工勤人员2人，事业人员5人）。\n", "N023")
    assert not _findings("在职人员17人（党员11人，女职工9人）。\n", "N023")


def test_staff_counts_file_proves_its_examples(tmp_path, monkeypatch):
    import pytest

    from gen.check import staff_counts as sc
    from gen.core.datafile import DataFileError

    src = (sc.data_dir("glossary") / "staff_counts.yaml").read_text(encoding="utf-8")
    (tmp_path / "staff_counts.yaml").write_text(src.replace("in_post: [实有, 在职, 在岗, 在编]", "in_post: [在编]"),
                                                encoding="utf-8")
    monkeypatch.setattr(sc, "data_dir", lambda name: tmp_path)
    sc.staff_words.cache_clear()
    try:
        with pytest.raises(DataFileError, match="应被发现，却没有发现"):
            sc.staff_words()
    finally:
        sc.staff_words.cache_clear()


# ---- the same classes as other bureaus write them ----

def test_payment_and_disbursement_rates_against_amounts_due():
    assert _spans("应发放救助金85万元，实际发放救助金68万元，救助金发放率100%。\n", "N002") == ["100%"]
    assert _spans("工程合同金额800万元，已支付工程款560万元，支付进度100%。\n", "N002") == ["100%"]
    # an allocation is not the amount due: money left over does not make 发放率 wrong
    assert not _findings("下达资金85万元，发放救助金68万元，结余17万元，发放率100%。\n", "N002")
    assert not _findings("年初预算800万元，已支付工程款560万元，支付进度100%。\n", "N002")


def test_parts_counted_after_the_total_must_close():
    text = "本年项目经费共计640万元，由日常运转经费40万元和专项业务经费580万元两部分组成。\n"
    assert _spans(text, "N004") == ["640万元"]
    assert _spans("本年项目经费共计640万元，包括日常运转经费40万元、专项业务经费580万元两类。\n", "N004") == ["640万元"]
    assert not _findings("本年项目经费共计620万元，由日常运转经费40万元和专项业务经费580万元两部分组成。\n", "N004")
    # three amounts, two counted: not the list the count speaks of
    assert not _findings("本年项目经费共计650万元，由日常运转经费40万元、培训经费20万元和专项业务经费580万元两部分组成。\n",
                         "N004")


def test_missed_target_with_a_claim_in_its_own_sentence():
    text = "慰问困难职工户数年度指标值≥250户，实际完成值231户，已完成年度目标。\n"
    assert _spans(text, "N022") == ["231户"]
    assert not _findings("慰问困难职工户数年度指标值≥250户，实际完成值231户，尚未完成年度目标。\n", "N022")


def test_target_and_actual_across_a_semicolon_but_not_across_indicators():
    assert _spans("验收合格率目标值：≥95%；实际完成值：93%。\n各项指标均已完成。\n", "N022") == ["93%"]
    # the actual value after another indicator's name is that indicator's
    assert not _findings("验收合格率目标值≥95%，复检合格率实际完成值93%。\n各项指标均已完成。\n", "N022")


# ---- 其中： lists whose items run past the ； that ends the total's clause ----

def test_colon_list_parted_by_semicolons_is_read_to_the_sentence_end():
    money = "本项目共支付资金49.96万元，其中：25万元用于场地租赁；24.98万元用于设备采购。\n"
    assert _spans(money, "N014") == ["25万元用于场地租赁；24.98万元"]  # on the parts
    heads = "核定编制人数20人，其中：行政编制8人；事业编制14人。\n"
    assert _spans(heads, "N004") == ["20人"]
    # one finding per defect: a list of one kind is N004's alone
    alike = "下达资金100万元，其中：中央资金60万元；省级资金50万元。\n"
    assert len(_findings(alike, "N004")) == 1 and not _findings(alike, "N014")


def test_semicolon_clauses_that_are_not_the_list_are_left_alone():
    assert not _findings("下达资金100万元，其中设备购置60万元；实际支出55万元。\n", "N014")
    assert not _findings("下达资金100万元，其中设备购置60万元；实际支出55万元。\n", "N004")
    assert not _findings("在职人员20人，其中：行政编制8人；退休人员14人。\n", "N004")
    assert not _findings("本项目共支付资金49.98万元，其中：25万元用于场地租赁；24.98万元用于设备采购。\n", "N014")


# ---- N005: last year's figure beside this year's in one sentence ----

def test_change_against_last_years_figure_in_the_same_sentence():
    text = "本年支出812.40万元，上年支出760.15万元，较上年减少52.25万元。\n"
    assert _spans(text, "N005") == ["52.25万元"]
    assert _spans("本年支出812.40万元，比上年760.15万元增长8.9%。\n", "N005") == ["8.9%"]
    assert _spans("本年支出812.40万元，较上年的860.15万元增加47.75万元。\n", "N005") == ["47.75万元"]


def test_change_against_last_years_figure_that_agrees_is_left_alone():
    assert not _findings("本年支出812.40万元，上年支出760.15万元，较上年增加52.25万元。\n", "N005")
    assert not _findings("本年支出812.40万元，比上年760.15万元增长6.87%。\n", "N005")
    # last year's figure of another thing: no current figure named alike before it
    assert not _findings("本年支出812.40万元，上年结转资金60.15万元，较上年减少5万元。\n", "N005")


def test_rate_that_opens_its_clause_is_recomputed_from_the_amounts_after_it():
    assert _spans("资金拨付进度100%，年初预算500万元，已拨付资金125.40万元。\n", "N002") == ["100%"]
    assert not _findings("资金拨付进度25.08%，年初预算500万元，已拨付资金125.40万元。\n", "N002")
    # figures before the rate in its clause: the ones after it are another statement
    assert not _findings("年初预算500万元，已拨付资金500万元，拨付进度100%，下年预算800万元，已拨付资金100万元。\n", "N002")


# ---- N035: staff 在编 over the unit's whole quota ----

def test_staff_holding_posts_outnumber_the_quota_stated_before():
    text = "二、人员情况\n本中心核定编制15人。其中：事业编制15人；在职在编实有人员16人，退休人员4人。\n"
    assert _spans(text, "N035") == ["16人"]
    assert not _findings(text.replace("在编实有人员16人", "在编实有人员14人"), "N035")
    assert not _findings(text.replace("在编实有人员16人", "编外聘用人员16人"), "N035")
    assert not _findings(text.replace("退休人员4人", "超编1人"), "N035")


# ---- N036: a budget in 元 at a size no budget has ----

def test_a_project_budget_and_its_execution_in_yuan_are_reported_once():
    text = "（一）项目概况。本项目年初预算资金数80元，全年预算数80元，全年执行数64.5元，执行率为80.63%。\n"
    assert _spans(text, "N036") == ["80元"]
    assert not _findings(text.replace("元", "万元"), "N036")
    assert not _findings("按每人年初预算标准600元发放，全年执行数以实际人数计。\n", "N036")
