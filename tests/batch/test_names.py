"""Output file names: safe on every file system, unique, deterministic."""

from gen.batch.names import MAX_STEM_BYTES, safe_stem, unique_stems


def test_path_separators_and_traversal_are_neutralised():
    for name in ("../../etc/passwd", "..\\..\\win.ini", "/abs/局", "a/b\\c"):
        stem = safe_stem(name)
        assert "/" not in stem and "\\" not in stem
        assert not stem.startswith(".")


def test_reserved_and_control_characters_are_replaced():
    stem = safe_stem('卫生:健康*局?"<>|\x00\x1f\u200b')
    assert stem == "卫生_健康_局" + "_" * 8


def test_windows_device_names_get_a_prefix():
    assert safe_stem("CON") == "_CON"
    assert safe_stem("nul.txt") == "_nul.txt"
    assert safe_stem("COM1") == "_COM1"
    assert safe_stem("CONSOLE") == "CONSOLE"


def test_empty_and_dot_only_names_fall_back():
    assert safe_stem("") == "单位"
    assert safe_stem(" .. ") == "单位"
    assert safe_stem("///") == "单位"


def test_length_is_capped_in_utf8_bytes_without_splitting_characters():
    stem = safe_stem("卫" * 500)
    assert len(stem.encode("utf-8")) <= MAX_STEM_BYTES
    assert set(stem) == {"卫"}


def test_clashes_are_numbered_in_input_order_case_insensitively():
    assert unique_stems(["示例局", "示例局", "示例/局", "示例_局", "ABC", "abc", "示例局"]) == [
        "示例局", "示例局-2", "示例_局", "示例_局-2", "ABC", "abc-2", "示例局-3",
    ]


def test_numbered_names_stay_within_the_cap():
    stems = unique_stems(["卫" * 500] * 3)
    assert len(set(stems)) == 3
    assert all(len(s.encode("utf-8")) <= MAX_STEM_BYTES for s in stems)
