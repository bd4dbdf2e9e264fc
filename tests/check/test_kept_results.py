"""Results kept beside the proof stamp (gen.core.kept_results): read back under the same key only, written
whole when the process ends, ignored when damaged; the needles read back are the analysis's own."""

from __future__ import annotations

import re

import pytest

from gen.core import kept_results, regex_needles, regex_trie


@pytest.fixture
def fresh(tmp_path, monkeypatch):
    """An empty cache folder and no key in use, before and after."""
    monkeypatch.setenv("JIXIAO_CACHE_DIR", str(tmp_path))
    kept_results.use(None)
    yield tmp_path
    kept_results.use(None)


def test_nothing_is_kept_without_a_key(fresh):
    kept_results.put("needles", ("a", 0), None)
    assert kept_results.get("needles", ("a", 0)) is kept_results.MISSING
    kept_results.save()
    assert not list(fresh.iterdir())


def test_results_come_back_under_their_key_only(fresh):
    kept_results.use("1" * 64)
    kept_results.put("needles", ("财政", 32), frozenset({"财政"}))
    kept_results.save()
    kept_results.use("2" * 64)  # another version of the data or code
    assert kept_results.get("needles", ("财政", 32)) is kept_results.MISSING
    kept_results.use("1" * 64)
    assert kept_results.get("needles", ("财政", 32)) == frozenset({"财政"})


def test_a_damaged_file_is_ignored_and_rewritten(fresh):
    kept_results.use("1" * 64)
    kept_results.put("needles", ("a", 0), frozenset({"a"}))
    kept_results.save()
    (path,) = fresh.iterdir()
    whole = path.read_bytes()
    for damaged in (whole[:-1], whole[:-2] + b"zz", b"", whole.replace(b"1" * 64, b"2" * 64)):
        path.write_bytes(damaged)
        kept_results.use(None)
        kept_results.use("1" * 64)
        assert kept_results.get("needles", ("a", 0)) is kept_results.MISSING
    kept_results.put("needles", ("a", 0), frozenset({"a"}))
    kept_results.save()
    kept_results.use(None)
    kept_results.use("1" * 64)
    assert kept_results.get("needles", ("a", 0)) == frozenset({"a"})


ANALYSES = [(regex_needles.needles, "needles"), (regex_needles.window_needles, "window_needles"),
            (regex_needles.reach, "reach"), (regex_trie._trie_text, "tries")]


@pytest.mark.parametrize("analysis, kind", ANALYSES, ids=[kind for _, kind in ANALYSES])
@pytest.mark.parametrize("pattern", [r"(?<![残\u4e00-\u9fff])疾人", r"帐户|记帐|对帐", r"[甲乙]", r"a(?:bc)?d", r"公开",
                                     r"(?<!\d)\d{1,3}(?:人|名)"])
def test_answers_read_back_are_the_analysis_own(fresh, analysis, kind, pattern):
    compiled = re.compile(pattern)
    expected = analysis.__wrapped__.__wrapped__(compiled)  # the analysis itself, under its two caches
    kept_results.use("3" * 64)
    analysis.cache_clear()
    assert analysis(compiled) == expected
    kept_results.save()
    kept_results.use(None)
    kept_results.use("3" * 64)
    assert kept_results.get(kind, (compiled.pattern, compiled.flags)) == expected
    analysis.cache_clear()
    assert analysis(compiled) == expected
    analysis.cache_clear()


def test_a_user_glossary_stops_the_bundled_glossarys_kept_results(fresh, tmp_path, monkeypatch):
    """A check proves the bundled data first (its key in use), then lays the user's folder over it: from then on
    nothing may be read from or written under the bundled key. Before, W011's misspellings computed with a user's
    words (绩效自平 in a user's typos.yaml) were kept under it, and every later run without that folder read a list
    without 绩效自平: its own example 全面开展绩效自平工作 was then no longer found and the check stopped."""
    from gen.check.preflight import check_project_data
    from gen.core.glossary_user import use_user_glossary

    check_project_data(folders=("glossary",), grounding=False)
    assert kept_results._state["stamp"] is not None  # the bundled data's key, as after any preflight
    folder = tmp_path / "our-words"
    folder.mkdir()
    (folder / "acronyms.yaml").write_text("acronyms:\n  HIS: 医院信息系统\n", encoding="utf-8")
    try:
        use_user_glossary(folder)
        kept_results.put("domain_variants", "k", {"x": 1})
        assert kept_results.get("domain_variants", "k") is kept_results.MISSING
    finally:
        use_user_glossary(None)
