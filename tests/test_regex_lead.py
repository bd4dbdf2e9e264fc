"""gen.core.regex_lead: the lead windows find every match the whole-text search finds."""
import re

from gen.core import regex_needles
from gen.core.regex_lead import lead

_RUN_ON = re.compile(r"(?:(?<=[。；\n])|^)(?:(?![是均])[^。；\n，,]){0,14}?(?:按照|根据)[^。；\n]{1,80}?(?:要求|规定)。")


def test_lead_is_the_first_literal_item_after_a_bounded_lead():
    spellings, width = lead(_RUN_ON)
    assert spellings == frozenset({"按照", "根据"})
    assert width >= 14  # a bound on the lead, lookarounds counted as read
    assert lead(re.compile(r"(?<!\d)\d+元")) is None  # an unbounded lead
    assert lead(re.compile(r"(?<![社])([省市])委\1")) == (frozenset({"省委", "市委"}), 1)  # read on through 委


def test_lead_windows_find_what_the_whole_text_search_finds():
    filler = "我局坚持以人民为中心，按照部署推进各项工作；" * 400
    text = filler + "\n我局严格按照上级要求。" + filler + "各科室根据规定。" + "本局按照通知" * 50
    expected = [m.span() for m in _RUN_ON.finditer(text)]
    assert expected  # the pattern matches here
    assert [m.span() for m in regex_needles.finditer(_RUN_ON, text)] == expected


def test_lead_starts_find_what_the_whole_text_search_finds():
    """A pattern opening with a few rare strings is tried only where they stand: the same matches, groups too."""
    from gen.core.regex_lead import lead_starts

    dup = re.compile(r"(内设|下设)(\d{1,3}|[一二三四五六七八九十两]{1,3})个\1(?=[\u4e00-\u9fff])")
    filler = "下一步我局内部设有科室，下设机构若干，内设3个科室。" * 3000
    text = filler + "内设3个内设机构。" + filler[:500] + "下设五个下设单位" + filler[:90]
    assert len(text) >= regex_needles.GUARD_MIN
    starts = lead_starts(dup, text, 10_000, regex_needles._occurrences)
    assert starts is not None and all(text.startswith(("内设", "下设"), s) for s in starts)
    expected = [(m.span(), m.groups()) for m in dup.finditer(text)]
    assert len(expected) == 2
    assert [(m.span(), m.groups()) for m in regex_needles.finditer(dup, text)] == expected
    assert lead_starts(dup, text, 10, regex_needles._occurrences) is None  # more occurrences than the cap
    assert lead_starts(re.compile(r"[内下]设\d"), text, 10_000, regex_needles._occurrences) == starts  # spelt
    assert lead_starts(re.compile(r"[\u4e00-\u9fff]设\d"), text, 10_000, regex_needles._occurrences) is None
    assert lead_starts(re.compile(r"设\d"), text, 10_000, regex_needles._occurrences) is None  # one character


def test_openings_are_what_every_match_opens_with():
    from gen.core.regex_lead import openings

    assert openings(re.compile(r"(?:扎实|切实)的(?=开展)|(?:不断)的(?=推进)")) == frozenset({"扎实的", "切实的", "不断的"})
    assert openings(re.compile(r"(?:(?<=能)|(?<=将))一如既往的(?=关心)")) == frozenset({"一如既往的"})
    assert openings(re.compile(r"(?:年初|全年)?预算")) == frozenset({"预算", "年初预算", "全年预算"})
    assert openings(re.compile(r"(?:(?<=a)|b)cd")) == frozenset({"cd", "bcd"})
    assert openings(re.compile(r"(?:ab)?\d")) is None  # may open with a digit
    assert openings(re.compile(r"x*ab")) is None
    filler = "我局扎实推进各项工作，不断完善制度，切实履行职责。" * 3000
    pattern = re.compile(r"(?:扎实|切实)的(?=开展|履行)|(?:不断)的(?=推进)")
    text = filler + "切实的履行职责" + filler[:300] + "不断的推进"
    expected = [m.span() for m in pattern.finditer(text)]
    assert len(expected) == 2
    assert [m.span() for m in regex_needles.finditer(pattern, text)] == expected
