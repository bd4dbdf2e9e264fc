from gen.generate.document import Document, Heading, Paragraph, Table, parse_markup
from gen.generate.write.markdown import to_markdown

GOLDEN = """\
# 2022年度某区卫生健康局部门整体支出绩效自评报告

根据区财政局工作要求，现将我局2022年度部门整体支出绩效自评情况报告如下。

## 一、基本情况

### （一）部门职能

我局负责全区卫生健康工作，内设机构6个。

### （二）预算情况

全年预算收入3,254.12万元，实际支出3,205.00万元，预算执行率为98.49%。

**表1 支出结构**

| 项目 | 金额（万元） | 占比 |
| --- | --- | --- |
| 基本支出 | 1,205.00 | 37.60% |
| 项目支出 | 2,000.00 | 62.40% |

## 二、绩效评价

#### 1.产出指标

##### （1）数量指标

自评得分为95分，评价等级为优。
"""


def test_golden(sample):
    assert to_markdown(sample) == GOLDEN


def test_deterministic_and_single_trailing_newline(sample):
    out = to_markdown(sample)
    assert out == to_markdown(sample)
    assert out.endswith("\n") and not out.endswith("\n\n")


def test_pipe_in_cell_is_escaped_and_newline_becomes_br():
    doc = Document("标题", [Table(["a|b", "c"], [["1|2", "第一行\n第二行"]])])
    out = to_markdown(doc)
    assert "| a\\|b | c |" in out
    assert "| 1\\|2 | 第一行<br>第二行 |" in out
    # Without a caption no bold line precedes the table.
    assert "**" not in out


def test_ragged_rows_are_padded_to_header_width():
    doc = Document("标题", [Table(["甲", "乙", "丙"], [["1"]])])
    assert "| 1 |  |  |" in to_markdown(doc)


def test_paragraph_that_looks_like_markdown_syntax_is_escaped():
    doc = Document("标题", [Paragraph("# 不是标题"), Paragraph("1. 不是列表"), Paragraph("1.加强管理"), Paragraph("- 不是列表")])
    out = to_markdown(doc)
    assert "\n\\# 不是标题\n" in out
    assert "\n1\\. 不是列表\n" in out
    # "1.加强" is no list in CommonMark (no space after the dot), so it stays as written.
    assert "\n1.加强管理\n" in out
    assert "\n\\- 不是列表\n" in out


def test_markup_round_trip_numbers_headings():
    doc = parse_markup("!title 报告\n# 基本情况\n## 职能\n正文。\n# 评价\n## 得分\n", [])
    assert to_markdown(doc) == "# 报告\n\n## 一、基本情况\n\n### （一）职能\n\n正文。\n\n## 二、评价\n\n### （一）得分\n"


def test_heading_levels_map_to_hashes():
    doc = Document("T", [Heading(1, "一、", "a"), Heading(2, "（一）", "b"), Heading(3, "1.", "c"), Heading(4, "（1）", "d")])
    lines = [line for line in to_markdown(doc).splitlines() if line]
    assert lines == ["# T", "## 一、a", "### （一）b", "#### 1.c", "##### （1）d"]
