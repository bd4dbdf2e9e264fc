"""Grammar slips that recur across bureaus (W013, W014, the 的/地 and 截止 entries of W001, D001's 小康 form).

Each class is tested with the slip as other sectors would make it and with the
correct forms other bureaus write, so that a pattern tuned to one report fails here.
"""

from __future__ import annotations

import pytest

from tests.check.findings import findings_of


def spans(text, code, year=None):
    return [(text[f.start : f.end], f.suggestion) for f in findings_of(text, code, year=year)]


@pytest.mark.parametrize(
    "text, wrong, fixed",
    [
        ("因由于配套资金未到位，工程顺延至次年。", "因由于", "由于"),
        ("由于因为汛期提前，堤防加固未能完工。", "由于因为", "由于"),
        ("设立该项目的目的是为了改善农村饮水条件。", "目的是为了", "目的是"),
        ("全年发放救助金约86万元左右。", "约86万元左右", "约86万元"),
        ("参保率超过95%以上，门诊量高于3000人次以上。", "超过95%以上", "95%以上"),
        ("累计培训近500多人次。", "近500多", "近500"),
        ("以县农业农村局牵头，乡镇配合实施。", "以县农业农村局牵头", "由县农业农村局牵头"),
        ("办公楼二层交于社区卫生服务站使用。", "交于", "交由"),
        ("认真执行按照省厅印发的管理办法。", "执行按照", "执行"),
        ("依据按照相关文件精神开展工作。", "依据按照", "按照"),
        ("项目实施有效促进了农村适龄儿童入学率。", "促进", "提高"),
        ("活动增加了职工的集体荣誉感。", "增加", "增强"),
        ("2024年度项目资金使用情况进行自评，结论如下。", "情况进行自评", "对……情况进行自评"),
        ("全镇依照“先急后缓、突出重点”的原则。镇财政所据此分配资金。",
         "全镇依照“先急后缓、突出重点”的原则。", "按照……的原则，（补出做了什么）。"),
    ],
)
def test_w013_flags_the_slip_and_suggests_the_fix(text, wrong, fixed):
    found = spans(text, "W013")
    assert (wrong, fixed) in found


@pytest.mark.parametrize(
    "text",
    [
        "由于配套资金未到位，工程顺延至次年；因汛期提前，堤防加固未完工。",
        "设立该项目的目的是改善农村饮水条件，是为了群众喝上放心水。",
        "全年发放救助金约86万元，惠及1200户左右；节约经费3万元左右。",
        "参保率达到95%以上，门诊量不低于3000人次，满意度≥95%。",
        "累计培训近500人次，覆盖200多个村。",
        "由县农业农村局牵头，以乡镇为牵头单位落实，可以由分管领导牵头，以及各站所牵头配合。",
        "办公楼二层交由社区卫生服务站使用，材料已提交于4月2日，两条干渠相交于一点。",
        "严格执行省厅印发的管理办法，严格按照管理办法执行，预算执行按照进度推进。",
        "项目实施促进了农村适龄儿童入学率提高，提高了入学率。",
        "活动增强了职工的集体荣誉感，增加了职工收入，增加精神文化产品供给。",
        "对2024年度项目资金使用情况进行自评，结合实际情况进行评价，现就有关情况进行说明。",
        "全镇依照“先急后缓、突出重点”的原则分配资金。各项支出均按照有关规定。",
        "项目依据：1.根据《国家档案局关于加强档案工作的意见》。",
    ],
)
def test_w013_leaves_the_correct_forms(text):
    assert spans(text, "W013") == []


@pytest.mark.parametrize(
    "text, fixed",
    [
        ("核定行政编制12名，在职11，退休4人。", "在职11人"),
        ("全所共有编制20名，在编人员18人，聘用人员5，劳务派遣2人。", "聘用人员5人"),
        ("事业编制30，参公编制6名。", "事业编制30名"),
        ("本院下设科室9：内科、外科、儿科等。", "下设科室9个"),
    ],
)
def test_w014_count_that_lost_its_measure_word(text, fixed):
    assert [s for _, s in spans(text, "W014")] == [fixed]


@pytest.mark.parametrize(
    "text",
    [
        "核定行政编制12名，在职11人，退休4人。",
        "在职 11，退休 4。",
        "在职人员：11，退休人员：4。",
        "在职11、退休4人，均已纳入管理。",
        "下设科室9个：内科、外科、儿科等。",
        "在职11，退休4，均按月足额发放工资。",
    ],
)
def test_w014_leaves_tables_lists_and_counts_with_their_word(text):
    assert spans(text, "W014") == []


@pytest.mark.parametrize(
    "text",
    [
        "全局较好的完成了年度各项工作任务。",
        "局机关很好的履行了部门职责。",
        "站里出色的完成了防汛保障任务。",
    ],
)
def test_w001_de_for_di_after_how_well(text):
    assert [w for w, _ in spans(text, "W001")] and all(s.endswith("地") for _, s in spans(text, "W001"))


@pytest.mark.parametrize(
    "text",
    [
        "全局较好地完成了年度各项工作任务，取得较好的完成率。",
        "保持较好的完成进度，各项指标有很好的完成质量。",
        "形成出色的执行力，如期的完成率达到98%。",
    ],
)
def test_w001_keeps_de_before_a_noun(text):
    assert spans(text, "W001") == []


def test_w001_jiezhi_before_a_placeholder_year():
    assert spans("截止20XX年6月30日，已支付进度款。", "W001") == [("截止", "截至")]
    assert spans("申报于20XX年6月30日截止。", "W001") == []


def test_d001_xiaokang_formulation():
    text = "2019年度某县民政局部门整体支出绩效自评报告\n一、基本情况\n为全面实现小康社会贡献力量。"
    assert [s for _, s in spans(text, "D001")] == ["全面建成小康社会"]
    ok = "2019年度某县民政局部门整体支出绩效自评报告\n一、基本情况\n为全面建成小康社会贡献力量，同步全面实现小康。"
    assert spans(ok, "D001") == []


@pytest.mark.parametrize(
    "text, wrong",
    [
        ("全年接待来访群众约300多人次。", "约300多"),
        ("惠及超过200多户家庭。", "超过200多"),
        ("完善制度，防止违规发放不再出现。", "防止违规发放不再出现"),
        ("由县应急管理局为牵头单位，各乡镇配合。", "由"),
    ],
)
def test_w013_more_doubled_and_blended_forms(text, wrong):
    assert wrong in [w for w, _ in spans(text, "W013")]


@pytest.mark.parametrize(
    "text",
    [
        "全年接待来访群众约300人次，惠及200多户，节约经费40余万元。",
        "完善制度，防止违规发放再次出现，确保问题不再出现。",
        "以县应急管理局为牵头单位，由县应急管理局作为牵头单位。",
    ],
)
def test_w013_more_correct_forms(text):
    assert spans(text, "W013") == []


def test_w014_vehicle_count_without_its_measure_word():
    assert [s for _, s in spans("现有车辆6辆，其中执法用车4，应急保障用车2辆。", "W014")] == ["执法用车4辆"]
    assert spans("现有车辆6辆，其中执法用车4辆，应急保障用车2辆。", "W014") == []


def test_w001_province_name_without_sheng_before_a_provincial_body():
    assert spans("经河南财政厅批准，项目如期启动。", "W001") == [("河南", "河南省")]
    assert spans("经河南省财政厅批准，委托河南大学评估。", "W001") == []


@pytest.mark.parametrize(
    "text, hint",
    [
        ("下一步将提高督查力度。", "加大"),
        ("项目实施改善了村民的居住水平。", "提高"),
        ("解决了老年人的助餐需求。", "满足"),
        ("支出进度慢的原因是由于审批周期长。", "原因是"),
        ("通过建立台账，使资金拨付更加及时。", None),
    ],
)
def test_w015_hints_are_info(text, hint):
    found = findings_of(text, "W015")
    assert found and all(f.severity == "info" for f in found)
    if hint:
        assert found[0].suggestion == hint


def test_w015_leaves_the_usual_forms():
    text = "下一步将加大督查力度，提高服务水平，满足老年人的助餐需求。我局通过建立台账，使资金拨付更加及时。"
    assert findings_of(text, "W015") == []


@pytest.mark.parametrize(
    "text, code, fixed",
    [
        ("在市委市政府的坚强领导，全局上下齐心协力。", "W013", "在市委市政府的坚强领导下"),
        ("工程即要保进度又要保安全。", "W001", "既"),
        ("对职工反应的困难逐一解决。", "W001", "反映"),
        ("设立3年过度期，保持政策稳定。", "W001", "过渡期"),
        ("请各单位登陆财政一体化平台查询。", "W001", "登录"),
        ("根据第三方测评显示，满意率为97%。", "W015", "（删去“根据”）"),
        ("进一步加快整改力度。", "W015", "加大"),
    ],
)
def test_more_wording_classes(text, code, fixed):
    assert fixed in [f.suggestion for f in findings_of(text, code)]


def test_more_wording_classes_leave_the_correct_forms():
    text = ("在市委市政府的坚强领导下，全局上下齐心协力。工程既要保进度又要保安全。对职工反映的困难逐一解决，"
            "药品不良反应情况按月报告。设立3年过渡期。请各单位登录财政一体化平台查询，做好台风登陆防范。"
            "第三方测评显示，满意率为97%。进一步加大整改力度。")
    assert [f for f in findings_of(text) if f.code in ("W001", "W013", "W015")] == []


def test_w001_document_titles_and_numbers_that_lost_a_part():
    assert [s for _, s in spans("执行《县财政局关于转发〈绩效评价办法〉》规定。", "W001")] == ["〈绩效评价办法〉的通知"]
    assert spans("执行《县财政局关于转发〈绩效评价办法〉的通知》规定。", "W001") == []
    assert [s for _, s in spans("依据财社〔2019〕号文件执行。", "W001")] == ["〔2019〕…号"]
    assert spans("依据财社〔2019〕12号文件执行。", "W001") == []


@pytest.mark.parametrize(
    "text, wrong",
    [
        ("每季度至少召开1次以上例会。", "至少召开1次以上"),
        ("返修率不超过3%以内。", "不超过3%以内"),
        ("公用经费较上年度相比减少2.1万元。", "较"),
        ("三项指标均都已完成。", "均都"),
    ],
)
def test_w013_limits_and_comparisons_said_twice(text, wrong):
    assert wrong in [w for w, _ in spans(text, "W013")]


def test_w013_limits_and_comparisons_said_once():
    text = "每季度至少召开1次例会，返修率控制在3%以内，公用经费与上年度相比减少2.1万元，较上年减少，三项指标均已完成。"
    assert spans(text, "W013") == []


def test_d001_new_development_philosophy_in_its_order():
    head = "2023年度某县发展和改革局部门整体支出绩效自评报告\n一、基本情况\n"
    assert [s for _, s in spans(head + "践行创新、绿色、协调、开放、共享的发展理念。", "D001")] == ["创新、协调、绿色、开放、共享"]
    assert spans(head + "践行创新、协调、绿色、开放、共享的发展理念。", "D001") == []


def test_d002_a_nineteenth_plenum_as_current_after_the_twentieth_congress():
    text = "2024年度某县司法局部门整体支出绩效自评报告\n一、基本情况\n认真学习贯彻十九届五中全会精神。"
    assert [s for _, s in spans(text, "D002")] == ["党的二十大和二十届历次全会精神"]
    old = "2021年度某县司法局部门整体支出绩效自评报告\n一、基本情况\n认真学习贯彻十九届五中全会精神。"
    assert spans(old, "D002") == []
