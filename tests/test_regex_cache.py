"""The regex program cache gives exactly the patterns ``re.compile`` gives, and fails silently.

``re.Pattern.__eq__`` compares pattern, flags and the compiled program word by
word, so equality here is the proof that a pattern rebuilt from the cache
matches as the one ``re`` compiles would.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from gen.core import regex_cache
from tests.regex_inputs import glossary_patterns

ROOT = Path(__file__).resolve().parent.parent

SAMPLES = [
    (r"[\u4e00-\u9fff]{2}(?P<unit>万元|元)", 0),
    (r"(?<![\u4e00-\u9fff])([一二三四五六七八九十]{1,3})、", 0),
    (r"(?i)abc|d[e-g]", 0),
    (r"^\s*第(?P<n>\d{1,3})条$", re.MULTILINE),
    (r"(a)(?:b(?P<x>c))?\1", re.IGNORECASE | re.DOTALL),
]


@pytest.fixture
def fresh(monkeypatch, tmp_path):
    """A cache folder of its own and no programs read yet; the process's state restored after."""
    monkeypatch.setenv("JIXIAO_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(regex_cache, "_state", {"programs": None, "dirty": False, "used": set()})
    return tmp_path / "cache"


def _reload() -> None:
    regex_cache._state.update(programs=None, dirty=False, used=set())


@pytest.mark.skipif(regex_cache._ENGINE is None, reason="not CPython's regex engine")
def test_round_trip_equals_re_compile(fresh):
    first = [regex_cache.compile(p, f) for p, f in SAMPLES]
    regex_cache.save()
    assert regex_cache.cache_path().is_file()
    _reload()
    again = [regex_cache.compile(p, f) for p, f in SAMPLES]
    assert not regex_cache._state["dirty"]  # every one came from the file
    for (p, f), a, b in zip(SAMPLES, first, again):
        expected = re.compile(p, f)
        assert a == expected and b == expected
        assert b.groupindex == expected.groupindex and b.groups == expected.groups and b.flags == expected.flags
    assert again[0].search("支出合计100万元") is None
    assert again[0].search("合计万元").group("unit") == "万元"


@pytest.mark.skipif(regex_cache._ENGINE is None, reason="not CPython's regex engine")
def test_every_glossary_pattern_round_trips(fresh):
    """Every pattern of the bundled glossary, compiled through the cache and read back, is re's own."""
    patterns = {p.pattern: p for p in glossary_patterns().values()}
    assert len(patterns) > 100
    for source in patterns:
        regex_cache.compile(source)
    regex_cache.save()
    _reload()
    for source, expected in patterns.items():
        assert regex_cache.compile(source) == expected == re.compile(source)
    assert not regex_cache._state["dirty"]


def test_errors_are_re_errors(fresh):
    with pytest.raises(re.error):
        regex_cache.compile("(unclosed")
    with pytest.raises(re.error):
        regex_cache.compile("(?<=a|bc)x")  # the compiler refuses a look-behind of varying width, as re does


@pytest.mark.parametrize("damage", ["garbage", "truncated", "foreign"])
def test_damaged_file_is_ignored(fresh, damage):
    regex_cache.compile(SAMPLES[0][0])
    regex_cache.save()
    path = regex_cache.cache_path()
    data = path.read_bytes()
    if damage == "garbage":
        data = b"\x00" * 100
    elif damage == "truncated":
        data = data[: len(data) // 2]
    else:  # a valid file whose program was tampered with: its checksum no longer holds
        data = data[:-8] + bytes(8)
    path.write_bytes(data)
    _reload()
    assert regex_cache.compile(SAMPLES[0][0]) == re.compile(SAMPLES[0][0])
    assert regex_cache._state["dirty"]  # compiled afresh, to be written again


def test_off_switch_reads_and_writes_nothing(monkeypatch, tmp_path):
    monkeypatch.setenv("JIXIAO_CACHE_DIR", "off")
    monkeypatch.setattr(regex_cache, "_state", {"programs": None, "dirty": False, "used": set()})
    assert regex_cache.cache_path() is None
    assert regex_cache.compile(SAMPLES[1][0]) == re.compile(SAMPLES[1][0])
    regex_cache.save()


def test_read_only_folder_is_silent(fresh, monkeypatch):
    """A folder the process may not write (a read-only home, a locked-down account): saving is silent.
    The refusal is simulated at the write itself, so the test holds for every user, root included
    (root writes into a read-only folder anyway)."""
    from gen.core import atomic

    def refuse(path, data, *args, **kwargs):
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(atomic, "write_bytes", refuse)
    fresh.mkdir()
    regex_cache.compile(SAMPLES[2][0])
    regex_cache.save()  # no exception
    assert not any(fresh.iterdir())


def test_unwritable_place_is_silent(fresh, tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setenv("JIXIAO_CACHE_DIR", str(blocker / "cache"))  # a folder below a file: cannot be made
    regex_cache.compile(SAMPLES[3][0], SAMPLES[3][1])
    regex_cache.save()
    assert blocker.read_text(encoding="utf-8") == "x"


def test_cold_check_same_output_with_and_without_cache(tmp_path):
    """A whole `jixiao check`: no cache, the run that writes it, the run that reads it: the same bytes out."""
    report = tmp_path / "r.md"
    report.write_text("一、基本情况\n我局2022年收入100万元，其中财政拨款90万元，占收入的90%。登陆系统后上报。\n",
                      encoding="utf-8")
    outs = []
    for setting in ("off", str(tmp_path / "c"), str(tmp_path / "c")):
        env = {**os.environ, "JIXIAO_CACHE_DIR": setting}
        run = subprocess.run([sys.executable, "-m", "gen.cli", "check", "--exit-zero", "--format", "json",
                              str(report)], cwd=ROOT, env=env, capture_output=True, check=True)
        outs.append(run.stdout)
    assert outs[0] == outs[1] == outs[2] and b"W0" in outs[0]
    assert list((tmp_path / "c").iterdir())  # the second run wrote the programs the third read


def test_file_stays_bounded(fresh, monkeypatch):
    """Past the limit (a user's glossary edited again and again), only the patterns this process used are kept."""
    monkeypatch.setattr(regex_cache, "_MAX_ENTRIES", 3)
    for i in range(5):
        regex_cache.compile(f"旧{i}")
    regex_cache.save()
    _reload()
    assert len(regex_cache._programs()) == 5  # at the limit's edge the file is read whole
    regex_cache.compile("旧0")
    regex_cache.compile("新")
    regex_cache.save()
    _reload()
    assert set(regex_cache._programs()) == {("旧0", 0), ("新", 0)}
