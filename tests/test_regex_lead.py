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
