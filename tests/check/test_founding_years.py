"""The founding years N074 and S030 share prove themselves: an example that does not give its entry's year back, or
one name given two years, stops the run naming the file."""

import pytest

from gen.check import founding_years as fy
from gen.core.datafile import DataFileError
from tests.edited_data import edited_data


@pytest.fixture
def doc(monkeypatch):
    yield from edited_data(monkeypatch, fy, fy._doc, fy.founded, fy.first_held, fy.compiled)


def test_shipped_years(doc):
    years = fy.founded()
    assert years["中国共产党"] == 1921 and years["新中国成立"] == 1949 and years["三八"] == 1910


def test_a_year_its_examples_contradict_is_refused(doc):
    doc["entries"][1]["year"] = 1948
    with pytest.raises(DataFileError, match="2019年是新中国成立70周年"):
        fy.founded()


def test_one_name_with_two_years_is_refused(doc):
    doc["entries"][2]["names"].append("建党")
    with pytest.raises(DataFileError, match="建党"):
        fy.founded()


def test_counts_in_either_numerals():
    assert fy.count_of("70") == 70 and fy.count_of("七十") == 70 and fy.count_of("九十九") == 99
