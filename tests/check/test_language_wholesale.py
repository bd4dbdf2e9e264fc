"""L001/L002 on a page a web site converted to Traditional script and glossed with pinyin.

A report published through a site's 繁體 switch arrives with every line in Traditional characters and,
on some sites, tone-marked pinyin after characters (績效目標(biāo)). The whole text is one defect, told
once as a hint (the script is the site's or the mirror's doing; on a glossed copy L006 warns of the pinyin); the
pinyin is no English word.
"""

from __future__ import annotations

from tests.check.findings import findings_of

PAGE = ("一、項目基本情況\n本項目資金由財政撥款下達(dá)。\n二、績效目標(biāo)完成情況\n完成農(nóng)村危房改造129戶。\n"
        "三、偏離績效目標的原因\n資金下達較晚，導致進度滯後。\n四、下一步改進措施\n加強項目管理，提高資金使用效益。\n")


UNGLOSSED = PAGE.replace("(dá)", "").replace("(biāo)", "").replace("(nóng)", "")


def test_a_text_in_traditional_script_is_one_hint_with_its_count():
    # No mainland body writes its report in Traditional script: a whole text so is a site's 繁體 version or a
    # mirror's copy, and readers do not mark its script (round 39: a county news page wholly Traditional).
    found = findings_of(UNGLOSSED, "L002", only=["L002"])
    assert len(found) >= 10 and all(f.severity == "info" for f in found)
    assert "全文使用繁体字" in found[0].message and "共" in found[0].message


def test_a_mirror_copy_glossed_with_pinyin_tells_its_script_as_a_hint_and_warns_of_the_pinyin():
    found = findings_of(PAGE, "L002", only=["L002"])
    assert len(found) >= 10 and all(f.severity == "info" for f in found)
    assert "转码网站" in found[0].message and "共" in found[0].message
    assert [f for f in findings_of(PAGE, "L006", only=["L006"]) if f.severity == "warning"]


def test_a_pasted_traditional_phrase_is_a_warning_each():
    text = "一、基本情况\n加強醫療衛生服務體系建設。\n二、绩效情况\n全年完成目标任务。\n"
    found = findings_of(text, "L002", only=["L002"])
    assert found and all(f.severity == "warning" for f in found)


def test_tone_marked_pinyin_is_not_english():
    assert findings_of(PAGE, "L001", only=["L001"]) == []
    assert findings_of("本项目采用PPP模式，引入excellent团队。", "L001", only=["L001"])
