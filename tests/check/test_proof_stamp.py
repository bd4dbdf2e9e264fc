"""The preflight's stamp (gen.core.proof_stamp): found only for the very files and code that proved themselves,
rebuilt when stale, ignored when damaged, and never a reason to build different data."""

from __future__ import annotations

import yaml

from gen.check import preflight
from gen.core import datafile, glossary_user, proof_stamp


def _glossary(tmp_path, monkeypatch, text="a: [1]\n"):
    folder = tmp_path / "glossary"
    folder.mkdir(exist_ok=True)
    (folder / "a.yaml").write_text(text, encoding="utf-8")
    monkeypatch.setattr(proof_stamp, "data_dir", lambda name: folder)
    monkeypatch.setenv("JIXIAO_CACHE_DIR", str(tmp_path / "cache"))
    return folder


def test_a_stamp_holds_the_values_it_was_given(tmp_path, monkeypatch):
    _glossary(tmp_path, monkeypatch)
    texts: dict[str, str] = {}
    stamp = proof_stamp.key("scope", texts)
    assert stamp and texts == {"a.yaml": "a: [1]\n"}
    assert proof_stamp.kept_values(stamp) is None  # nothing proved yet
    proof_stamp.remember(stamp, {"a.yaml": proof_stamp.keep({"a": [1]})})
    assert proof_stamp.kept_values(stamp) == {"a.yaml": {"a": [1]}}
    assert proof_stamp.kept_values(stamp) is not proof_stamp.kept_values(stamp)  # a fresh copy each time


def test_a_changed_file_or_scope_makes_another_key(tmp_path, monkeypatch):
    folder = _glossary(tmp_path, monkeypatch)
    stamp = proof_stamp.key("scope")
    proof_stamp.remember(stamp, {})
    assert proof_stamp.key("other scope") != stamp
    (folder / "a.yaml").write_text("a: [2]\n", encoding="utf-8")
    changed = proof_stamp.key("scope")
    assert changed != stamp and proof_stamp.kept_values(changed) is None  # stale: proved again
    (folder / "scales").mkdir()
    (folder / "scales" / "b.yaml").write_text("b: 1\n", encoding="utf-8")
    assert proof_stamp.key("scope") != changed  # a file in a subfolder counts too


def test_a_damaged_or_foreign_stamp_is_no_stamp_and_is_rewritten(tmp_path, monkeypatch):
    _glossary(tmp_path, monkeypatch)
    stamp = proof_stamp.key("scope")
    proof_stamp.remember(stamp, {"a.yaml": proof_stamp.keep({"a": [1]})})
    path = next((tmp_path / "cache").glob("proved-*"))
    whole = path.read_bytes()
    for damaged in (whole[:-1], whole[:-3] + b"xyz", b"", b"\0" * len(whole), whole.replace(stamp.encode(), b"0" * 64)):
        path.write_bytes(damaged)
        assert proof_stamp.kept_values(stamp) is None
    proof_stamp.remember(stamp, {})
    assert proof_stamp.kept_values(stamp) == {}


def test_caching_off_or_unwritable_is_silent(tmp_path, monkeypatch):
    _glossary(tmp_path, monkeypatch)
    monkeypatch.setenv("JIXIAO_CACHE_DIR", "off")
    assert proof_stamp.key("scope") is None and proof_stamp.kept_values(None) is None
    proof_stamp.remember(None, {})
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("JIXIAO_CACHE_DIR", str(blocker / "cache"))  # a folder that cannot be made
    stamp = proof_stamp.key("scope")
    proof_stamp.remember(stamp, {})
    assert proof_stamp.kept_values(stamp) is None


def test_a_value_marshal_cannot_write_is_not_kept():
    import datetime

    assert proof_stamp.keep({"day": datetime.date(2024, 1, 1)}) is None


def _record_loads(monkeypatch):
    """Replace the loaders by a record of what each preflight handed them: skipping, and the values kept."""
    runs: list[tuple[bool, dict]] = []
    monkeypatch.setattr(preflight, "_load", lambda grounding, rule_data: runs.append(
        (proof_stamp.skipping(), dict(datafile._BUILT))))
    return runs


def test_the_second_preflight_skips_the_proofs_and_hands_over_the_same_values(tmp_path, monkeypatch):
    monkeypatch.setenv("JIXIAO_CACHE_DIR", str(tmp_path))
    runs = _record_loads(monkeypatch)
    for _ in range(2):
        preflight.check_project_data(folders=("glossary",), grounding=False)
    (proved, first), (skipped, second) = runs
    assert not proved and skipped and not proof_stamp.skipping()
    assert first and first.keys() == second.keys()
    for text, value in second.items():
        assert value == first[text] == yaml.load(text, Loader=datafile.FAST_SAFE_LOADER)  # noqa: S506
    assert not datafile._BUILT  # nothing outlives the preflight


def test_a_user_glossary_is_always_proved(tmp_path, monkeypatch):
    monkeypatch.setenv("JIXIAO_CACHE_DIR", str(tmp_path))
    runs = _record_loads(monkeypatch)
    preflight.check_project_data(folders=("glossary",), grounding=False)
    monkeypatch.setattr(glossary_user, "_active", tmp_path)
    preflight.check_project_data(folders=("glossary",), grounding=False)
    assert [skipped for skipped, _ in runs] == [False, False]


def test_only_the_newest_stamps_stay(tmp_path, monkeypatch):
    import os

    folder = _glossary(tmp_path, monkeypatch)
    stamps = []
    for n in range(6):
        (folder / "a.yaml").write_text(f"a: [{n}]\n", encoding="utf-8")
        stamps.append(proof_stamp.key("scope"))
        (tmp_path / "cache").mkdir(exist_ok=True)
        (tmp_path / "cache" / f"needles-{stamps[-1][:32]}.bin").write_bytes(b"")
        proof_stamp.remember(stamps[-1], {})
        for path in (tmp_path / "cache").glob(f"*{stamps[-1][:32]}*"):
            os.utime(path, ns=(n * 10**9, n * 10**9))  # in the order written, whatever the clock's grain
    left = sorted(p.name for p in (tmp_path / "cache").iterdir())
    assert [s for s in stamps if f"proved-{s[:32]}" in left] == stamps[-4:] == [
        s for s in stamps if f"needles-{s[:32]}.bin" in left]
    assert proof_stamp.kept_values(stamps[-1]) == {}


def test_another_proved_folder_counts_in_the_key(tmp_path, monkeypatch):
    folders = {name: tmp_path / name for name in ("glossary", "corpus")}
    for name, folder in folders.items():
        folder.mkdir()
        (folder / "a.yaml").write_text(f"{name}: 1\n", encoding="utf-8")
    monkeypatch.setattr(proof_stamp, "data_dir", lambda name: folders[name])
    monkeypatch.setenv("JIXIAO_CACHE_DIR", str(tmp_path / "cache"))
    alone, both = proof_stamp.key("scope"), proof_stamp.key("scope", folders=("glossary", "corpus"))
    (folders["corpus"] / "a.yaml").write_text("corpus: 2\n", encoding="utf-8")
    assert proof_stamp.key("scope") == alone
    assert proof_stamp.key("scope", folders=("glossary", "corpus")) != both
