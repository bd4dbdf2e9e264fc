"""The site's greeting line ("欢迎来到……专题频道") is page chrome: P004 leaves its marks alone,
also when reading a .txt runs the greeting into the next line (no sentence mark ends it)."""

from gen.check.context import CheckContext
from gen.check.page_chrome import banner_marks
from gen.check.read import source_from_text
from gen.check.rules import p004_unbalanced_pair as p004


def p004_on(text: str) -> list[str]:
    analysed = source_from_text(text).analysis
    return [analysed[f.start:f.end] for f in p004.check(CheckContext(analysed))]


def test_the_greeting_quote_is_the_sites_even_run_into_the_title():
    text = "欢迎来到某市人民政府某市预算公开”专题频道\n某市疾控中心2023年度单位决算\n一、主要职责\n"
    assert "\n" not in source_from_text(text).analysis.split("频道")[0]  # the greeting was joined to the title
    assert p004_on(text) == []


def test_the_reports_own_lines_below_the_greeting_are_still_read():
    text = "欢迎访问某市人民政府门户网站\n落实“应助尽助的要求。\n"
    assert p004_on(text) == ["“"]


def test_a_sentence_opening_with_a_welcome_is_no_greeting_of_the_site():
    assert banner_marks("全体职工热烈欢迎来到“健康小屋”的群众。") == set()
