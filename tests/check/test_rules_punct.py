"""P rules: half-width marks, document numbers, doubled marks, pairs, full stops."""

from __future__ import annotations

import pytest

from gen.check.context import CheckContext
from gen.check.rules import p001_halfwidth_punct as p001
from gen.check.rules import p002_document_number as p002
from gen.check.rules import p003_doubled_mark as p003
from gen.check.rules import p004_unbalanced_pair as p004
from gen.check.rules import p005_period_as_full_stop as p005


def run(mod, text):
    return list(mod.check(CheckContext(text)))


def spans(mod, text):
    return [text[f.start : f.end] for f in run(mod, text)]



def test_p001_commas_and_brackets_in_chinese():
    # One full-width mark beside them: the half-width ones are slips, each its own finding (a text with
    # none at all had its marks converted, see test_fa_pool_classes).
    text = "负责传染病防治监督,组织开展监测;发热门诊(诊室)从21间增加至42间，成效明显。"
    assert spans(p001, text) == ["(诊室)", ",", ";"]
    assert [f.suggestion for f in run(p001, text)] == ["（诊室）", "，", "；"]


@pytest.mark.parametrize("path, first", [("报告.docx", "warning"), ("报告.pdf", "warning"), ("报告.txt", "info"), ("报告.md", "info"), ("-", "warning")])
def test_p001_text_in_halfwidth_throughout_gets_one_finding_and_the_rest_as_info(path, first):
    line = "本年收入120.5万元,其中财政拨款100万元;项目(一)完成。\n"
    findings = sorted(p001.check(CheckContext(line * 4, path=path)), key=lambda f: f.start)
    assert len(findings) == 12
    assert [f.severity for f in findings] == [first] + ["info"] * 11
    assert findings[0].message.startswith("全文通篇使用半角标点（共12处，此为第一处）")
    assert [f.suggestion for f in findings[:4]] == ["，", "；", "（一）", "，"]


def test_p001_a_few_slips_in_fullwidth_text_are_each_a_warning():
    clean = "本年收入120.5万元，其中财政拨款100万元；项目（一）完成。\n"
    text = clean * 7 + "本年支出118万元,执行率97.9%;结转2.5万元(二)。\n" * 4
    findings = run(p001, text)  # 12 half-width marks, but 28 full-width ones: slips, not the text's habit
    assert len(findings) == 12 and {f.severity for f in findings} == {"warning"}


@pytest.mark.parametrize(
    "text",
    [
        "本年收入 325,399.34 万元，本年支出 322,145.23 万元。",
        "会议于10:30召开，比例为3:1。",
        "详见 https://www.example.gov.cn/path?a=1,2 。",
        "联系邮箱 office@example.gov.cn 。",
        "附件：绩效报告(定稿).docx",
        "The plan (draft) was approved; see p. 3, line 2.",
        "ICU (Intensive Care Unit) 床位增加。",
    ],
)
def test_p001_clean(text):
    assert not run(p001, text)


def test_p002_document_numbers():
    text = "根据《管理办法》（高财监【2020】6号）、《通知》（高财稽查[2022]1号）要求。"
    assert spans(p002, text) == ["【2020】", "[2022]"]
    assert run(p002, text)[0].suggestion == "〔2020〕"
    assert not run(p002, "根据（高财监〔2020〕6号），参照《规范（2017年版）》。")


def test_p003_doubled_numbering_marks():
    text = "（一）、公共卫生服务\n（十二）、流动人口服务管理\n1、.政府采购\n一、基本情况"
    assert spans(p003, text) == ["、", "、", "."]


def test_p003_doubled_sentence_marks():
    assert spans(p003, "取得成效，，群众满意。。") == ["，", "。"]
    assert not run(p003, "取得成效……群众满意——这是结果。你满意吗？！")


def test_p004_unbalanced_in_one_paragraph():
    text = "坚持“疫情要防住、经济要稳住的要求。\n依据《预算法》执行。"
    found = run(p004, text)
    assert len(found) == 1 and text[found[0].start] == "“"


def test_p004_closer_without_opener():
    found = run(p004, "依据预算法》执行。")
    assert len(found) == 1 and "右书名号" in found[0].message


def test_p004_pair_broken_across_lines_is_balanced():
    assert not run(p004, "坚持管控、流调、核\n\n酸筛查“五同\n步”等措施。")


def test_p004_list_numbers_with_closing_bracket():
    assert not run(p004, "1）加强管理；2）完善制度。\n（1）采购计划")


def test_p005_period_ending_chinese_sentence():
    text = "资金使用率达到预期.下一步将继续加强管理。全年完成率100%."
    assert len(run(p005, text)) == 2


def test_p005_numbers_numbering_and_files_are_clean():
    assert not run(p005, "1.政府采购\n一.基本情况\n增长3.5个百分点。详见说明.docx。ICU病房 etc. 均已完成。")


def test_p006_nested_title_marks_inside_book_title_only():
    from gen.check.rules import p006_nested_title_marks as p006

    text = "根据《关于印发<管理办法>的通知》（高财监〔2020〕6号），发病率<5%。"
    found = list(p006.check(CheckContext(text)))
    assert [(text[f.start:f.end], f.suggestion) for f in found] == [("<管理办法>", "〈管理办法〉")]


@pytest.mark.parametrize("written", ["﹝2022﹞", "〖2022〗", "〘2022〙", "｛2022｝", "〔2022］", "［2022〕"])
def test_p002_look_alike_brackets_in_a_document_number(written):
    found = run(p002, f"按照《通知》（某财绩{written}4号）要求开展自评。")
    assert [f.suggestion for f in found] == ["〔2022〕"]


def test_p002_right_brackets_and_other_parentheses_pass():
    assert not run(p002, "按照《通知》（某财绩〔2022〕4号）要求，参照《规范（2017年版）》执行，共﹝3﹞项。")


def test_p009_stray_enumeration_comma():
    from gen.check.rules import p009_stray_enumeration_comma as p007

    def marks(text):
        return [(text[f.start - 2:f.start], f.message[:4]) for f in p007.check(CheckContext(text))]

    assert len(marks("统筹资金、项目、以及人员的管理。")) == 1
    assert len(marks("执行上级、县、相关工作的要求。")) == 1
    assert len(marks("材料包括（合同、发票、）。")) == 1
    # Items that start with the same characters, and lists that end properly.
    assert marks("落实资金、项目以及人员的管理，做好等级评定、及时结算、与会人员登记。") == []
    assert marks("执行国家、省、相关单位的要求。配合中央、省、有关部门检查。") == []


def test_p008_full_stop_inside_a_list_of_causes():
    from gen.check.rules import p010_split_sentence as p008

    def stops(text):
        return [f.start for f in p008.check(CheckContext(text))]

    bad = "收入减少的原因是项目完成，资金收回。人员调出。"
    assert stops(bad) == [bad.index("。人员") ]
    # A new sentence of its own, a fragment far shorter than the clause before, or no list announced.
    assert stops("减少的原因是项目已经全部完成并通过验收。人员调出。") == []
    assert stops("项目完成，资金收回。人员调出。") == []
    assert stops("请予审查。特此报告。") == []
    assert stops("开展了培训。等级评定按期完成。") == []


def test_p001_a_short_text_with_no_fullwidth_mark_is_written_in_halfwidth_throughout():
    text = "主要职能:\n1、防汛抗旱调度;\n2、城镇供水保障;\n单位领导正科级1名,副科级2名,股级1名。\n"
    findings = sorted(p001.check(CheckContext(text, path="a.txt")), key=lambda f: f.start)
    assert len(findings) == 5 and {f.severity for f in findings} == {"info"}
    assert findings[0].message.startswith("全文通篇使用半角标点（共5处")
    slips = "主要职能：\n1、防汛抗旱调度；\n2、城镇供水保障;\n单位领导正科级1名,副科级2名。\n"
    assert {f.severity for f in p001.check(CheckContext(slips, path="a.txt"))} == {"warning"}


def test_p001_one_halfwidth_mark_in_a_copy_with_no_fullwidth_mark_is_the_copy_s_habit():
    text = "2022年度\n某区就业服务中心单位决算\n目录\n公开时间:2023年10月24日\n第一部分 单位概况\n"
    [only] = p001.check(CheckContext(text, path="a.txt"))
    assert only.severity == "info" and only.message.startswith("全文未见全角标点")
    # a document file keeps its warning, and so does a copy whose other marks are full-width
    assert [f.severity for f in p001.check(CheckContext(text, path="a.docx"))] == ["warning"]
    mixed = text + "主要职能：负责全区就业服务。\n"
    assert [f.severity for f in p001.check(CheckContext(mixed, path="a.txt"))] == ["warning"]


@pytest.mark.parametrize(
    "text, dot",
    [
        ("补助标准为500元/生.年，已足额发放。", "500元/生.年"),
        ("全年服务群众1200人.次，满意度较高。", "1200人.次"),
        ("补贴标准每人300元/人.月。", "300元/人.月"),
        ("设备运行480台.次", "480台.次"),
        ("成品油补贴标准为9.1元/月.座。", "元/月.座"),
    ],
)
def test_p005_dot_inside_a_compound_unit_is_a_separator_note_not_a_sentence_end(text, dot):
    found = run(p005, text)
    assert [(f.severity, f.suggestion) for f in found] == [("info", "·")]
    assert found[0].start == text.index(dot) + dot.index(".")


def test_p005_sentence_end_after_a_unit_is_still_a_full_stop():
    assert [f.severity for f in run(p005, "补助标准为每生每年500元.下一步继续发放。")] == ["warning"]
    assert [f.severity for f in run(p005, "全年服务群众1200人.次日起开展回访。")] == ["warning"]


# ---- P011: a document number without its serial; P012: clauses glued after a percentage ----

from gen.check.rules import p011_document_number_without_serial as p011  # noqa: E402
from gen.check.rules import p012_clauses_run_together as p012  # noqa: E402


@pytest.mark.parametrize("text, bad", [
    ("按某人社发〔2019〕号文件规定发放补贴。", "〔2019〕号"),
    ("依据某财农【2020】号文件。", "【2020】号"),
    ("根据某政办发〔2021〕第号通知。", "〔2021〕第号"),
])
def test_p011_year_bracket_straight_into_hao(text, bad):
    assert spans(p011, text) == [bad]


@pytest.mark.parametrize("text", ["按某人社发〔2019〕21号文件规定发放补贴。", "依据某财农〔2020〕第5号文件。",
                                  "（2022）年度结转资金已使用。", "2019年号召全体干部参加培训。"])
def test_p011_complete_numbers_and_other_years_pass(text):
    assert not run(p011, text)


def test_p012_new_measure_glued_to_a_percentage():
    text = "学生资助覆盖率为97%资金拨付及时率达到100%，政策知晓率为95%。"
    assert [(f.start, f.suggestion) for f in run(p012, text)] == [(text.index("%资"), "%，")]


@pytest.mark.parametrize("text", [
    "学生资助覆盖率为97%，资金拨付及时率达到100%。",
    "执行率在90%以上的得满分，执行率每降低1%扣0.5分。",
    "较上年增长12%增长率为近三年最高。",  # 增长… continues the first clause: not a new subject
    "占比35%的项目支出数为120万元。",
])
def test_p012_separated_or_continuing_clauses_pass(text):
    assert not run(p012, text)


# ---- P013: a numbered item's run-in title without the mark its siblings carry ----

def test_p013_title_runs_into_the_text_where_siblings_close_it():
    from tests.check.findings import findings_of

    text = ("（二）效益指标完成情况\n1.经济效益指标：带动农户增收，人均增收三百元。\n"
            "2.社会效益指标：受益群众两千人，覆盖全部行政村。\n3.生态效益指标改善村容村貌，垃圾清运率提高。\n")
    found = findings_of(text, "P013")
    assert [(text[f.start:f.end], f.suggestion) for f in found] == [("标", "标：")]


def test_p013_sentence_items_and_closed_titles_pass():
    from tests.check.findings import findings_of

    sentences = "（二）主要做法\n1.加强组织领导。\n2.健全工作机制。\n3.强化督促检查工作落实到位。\n"
    closed = "（二）效益指标\n1.经济效益指标：带动增收。\n2.社会效益指标：覆盖全部村。\n3.生态效益指标，改善村容。\n"
    assert findings_of(sentences, "P013") == [] and findings_of(closed, "P013") == []


def test_p012_after_an_amount_with_its_verb_and_after_a_percentage_without():
    text = "全年拨付资金86.4万元资金到位率为100%，预算执行率97.5%资金结余率2.5%。"
    found = run(p012, text)
    assert [text[f.start:f.end] for f in found] == ["元", "%"]
    assert "86.4万元" in found[0].message and "97.5%" in found[1].message


def test_p001_straight_quotes_around_a_chinese_term():
    text = '一、财政拨款"三公"经费支出决算表，全年支出减少。\n配置项写作 "mode": "fast"，其"值"可改。'
    assert spans(p001, text) == ['"三公"', '"值"']
    assert [f.suggestion for f in run(p001, text)] == ["“三公”", "“值”"]
    assert spans(p001, "严格控制“三公”经费，节约开支。") == []


# ---- P014: a list number written as one compatibility character ----
def test_compat_numbering_chars_get_their_ordinary_form():
    from tests.check.findings import findings_of

    found = findings_of("⒈ 产出指标。\n⒓ 满意度指标。\n⑵ 质量指标。\n", "P014")
    assert [f.suggestion for f in found] == ["1.", "12.", "（2）"]


def test_circled_numbers_and_ordinary_numbers_pass():
    from tests.check.findings import findings_of

    assert findings_of("①数量指标。\n1.产出指标。\n（2）质量指标。\n", "P014") == []
