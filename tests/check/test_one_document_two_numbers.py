"""N040: one document cited twice with two different numbers."""

import pytest

from gen.check.context import CheckContext
from gen.check.rules import n040_one_document_two_numbers as n040

TITLE = "《关于某县自然资源局机构编制和职能配置调整的通知》"


def found(text: str) -> list[tuple[str, str]]:
    return [(text[f.start:f.end], f.suggestion) for f in n040.check(CheckContext(text))]


def test_second_number_of_one_title_is_reported_with_the_first_as_suggestion():
    text = f"依据{TITLE}（某编〔2019〕12号）组建。\n二、机构设置\n按照{TITLE}（某编〔2019〕21号）核定编制。"
    assert found(text) == [("某编〔2019〕21号", "某编〔2019〕12号")]


@pytest.mark.parametrize("text", [
    f"依据{TITLE}（某编〔2019〕12号）组建，按照{TITLE}（某编〔2019〕12号）核定编制。",
    # another year's or another issuer's number: another document of the same name
    f"依据{TITLE}（某编〔2019〕12号）组建，按照{TITLE}（某编〔2020〕3号）调整。",
    f"依据{TITLE}（某编〔2019〕12号）组建，按照{TITLE}（某编办〔2019〕5号）调整。",
    # money allocated in batches under one title
    "《关于下达2023年中央财政农业相关转移支付资金的通知》（某财农〔2023〕7号）、"
    "《关于下达2023年中央财政农业相关转移支付资金的通知》（某财农〔2023〕52号）。",
    # a short title names many documents
    "《关于通知》（某编〔2019〕12号）、《关于通知》（某编〔2019〕13号）。",
])
def test_one_number_per_document_or_no_judgement(text):
    assert found(text) == []
