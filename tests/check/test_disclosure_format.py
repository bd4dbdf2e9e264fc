"""The 政府信息公开工作年度报告 format's data proves itself at load: keys that miss their own part's title, or a name
the rules would not recognise, stop the run with the file named instead of a rule that silently never fires."""

import pytest

from gen.check import disclosure_report as dr
from gen.core.datafile import DataFileError
from tests.edited_data import edited_data


@pytest.fixture
def doc(monkeypatch):
    yield from edited_data(monkeypatch, dr, dr.fmt)


def test_the_shipped_format_proves_itself(doc):
    f = dr.fmt()
    assert f.title == "政府信息公开工作年度报告" and len(f.parts) == 6 and f.from_year == 2021


def test_keys_that_miss_their_own_title_are_refused(doc):
    doc["parts"][2]["keys"] = "依申请公开"
    with pytest.raises(DataFileError, match="收到和处理政府信息公开申请情况"):
        dr.fmt()


def test_a_name_the_rules_would_not_recognise_is_refused(doc):
    doc["names"].append("政务公开工作总结")
    with pytest.raises(DataFileError, match="政务公开工作总结"):
        dr.fmt()
