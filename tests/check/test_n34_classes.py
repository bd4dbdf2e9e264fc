"""Classes of round 34 (numbers, tables, language, structure, punctuation) that a rule's examples alone
do not pin down: how many warnings a class raises, and where it must stay silent."""

from __future__ import annotations

from tests.check.findings import findings_of

# A mirror site's copy: one long paragraph in Traditional script under a short banner and a date stamp.
MIRROR = ("某某网 首页\n\n2024-04-06 某某局2024年部門預算\n\n"
          "某某局2024年部門預算 第一部分 部門職責及概況 一、主要職責 二、機構設置 第二部分 部門預算表 "
          "一、部門收支總表 二、部門收入總表 三、財政撥款收支總表 四、一般公共預算支出表 五、政府性基金預算支出表 "
          "六、國有資本經營預算支出表 七、財政撥款預算“三公”經費支出表 第三部分 部門預算情況說明 第四部分 名詞解釋\n")


def test_a_page_in_traditional_script_beside_a_short_banner_is_one_hint():
    # The whole page in Traditional script is a mirror's copy: told once with its count, as a hint (round 39).
    found = findings_of(MIRROR, "L002", only=["L002"])
    assert found and all(f.severity == "info" for f in found) and "全文使用繁体字" in found[0].message


def test_a_traditional_quote_in_a_simplified_report_is_still_warned_each_time():
    text = ("一、基本情况\n" + "本部门全年完成各项工作任务，预算执行情况良好。" * 20 + "\n"
            "二、引用\n加強醫療衛生服務體系建設。\n三、其他\n" + "全年完成目标任务。" * 20 + "\n")
    found = findings_of(text, "L002", only=["L002"])
    assert found and all(f.severity == "warning" for f in found)


def test_a_measured_share_needs_two_siblings_to_fix_its_whole():
    text = "全县公路2000公里，其中县道500公里，占总里程的25%；乡道600公里，占总里程的50%。"
    assert not findings_of(text, "N062", only=["N062"])


def test_a_table_row_of_a_heading_alone_is_kept():
    text = "指标 | 单位 | 数量 |\n六、婚姻登记服务 |\n结婚登记 | 对 | 215 |\n"
    assert not findings_of(text, "B018", only=["B018"])
