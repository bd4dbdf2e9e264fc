"""A user's glossary folder (``glossary`` in jixiao.toml) extends and overrides the built-in one."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from gen.check.reduplications import load_reduplications, prove
from gen.check.rules.w002_duplicated_word import _judge, reduplications
from gen.cli import cli
from gen.core import glossary
from gen.core.errors import UserError
from gen.core.glossary_user import overlay, use_user_glossary

TYPO = """entries:
  - id: 绩效自平
    match: [绩效自平]
    expected: 绩效自评
    reason: “自评”误作“自平”。
    flag: [开展绩效自平工作。]
    keep: [开展绩效自评工作。]
"""


@pytest.fixture
def workdir(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    yield tmp_path
    use_user_glossary(None)  # the folder is per process: leave the built-in glossary for other tests


def _check(*args):
    return CliRunner().invoke(cli, ["check", *args], catch_exceptions=False)


def _folder(workdir, **files):
    folder = workdir / "our-words"
    folder.mkdir()
    for name, text in files.items():
        (folder / f"{name}.yaml").write_text(text, encoding="utf-8")
    (workdir / "jixiao.toml").write_text('glossary = "our-words"\nselect = ["W", "L"]\n', encoding="utf-8")
    return folder


def test_user_entries_add_to_the_builtin_glossary(workdir):
    _folder(workdir, typos=TYPO, acronyms="acronyms:\n  HIS: 医院信息系统\n")
    (workdir / "r.txt").write_text("我局开展绩效自平工作，截止2022年底HIS系统上线。\n", encoding="utf-8")
    result = _check("r.txt")
    assert result.exit_code == 1
    assert "“自评”误作“自平”" in result.stdout  # the user's entry (its own reason; W011 also knows the word)
    assert "截至" in result.stdout  # a built-in entry still applies
    assert "HIS" not in result.stdout  # the user's acronym is allowed by L001
    # 绩效自平 is also one of W011's own built-in examples: the user's word must not make that list's proof
    # fail and skip W003/W011/W016 for the run (the user's entry reports the word instead)
    assert "运行出错" not in result.stderr


def test_without_configuration_the_user_entry_is_absent(workdir):
    (workdir / "r.txt").write_text("我局开展绩效自平工作。\n", encoding="utf-8")
    result = _check("r.txt")
    assert "“自评”误作“自平”" not in result.stdout  # W011 may still report the slip, with its own message


def test_user_entry_replaces_builtin_entry_with_same_id(workdir):
    builtin = next(e for e in glossary.load().typos if e.id == "截止-截至")
    replacement = TYPO.replace("id: 绩效自平", "id: 截止-截至")
    folder = _folder(workdir, typos=replacement)
    use_user_glossary(folder)
    typos = glossary.load().typos
    assert [e.id for e in typos].count("截止-截至") == 1
    mine = next(e for e in typos if e.id == "截止-截至")
    assert mine is not builtin and mine.expected == "绩效自评"
    assert len(typos) == len(glossary.load(str(glossary.data_dir("glossary"))).typos)


def test_broken_user_entry_is_exit_2_naming_file_and_entry(workdir):
    _folder(workdir, typos=TYPO.replace("keep: [开展绩效自评工作。]", "keep: [开展绩效自平工作。]"))
    (workdir / "r.txt").write_text("正文。\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", "r.txt"])
    assert result.exit_code == 2
    assert "typos.yaml" in result.stderr and "绩效自平" in result.stderr and "Traceback" not in result.stderr


def test_missing_folder_and_unknown_file_are_named(workdir):
    (workdir / "r.txt").write_text("正文。\n", encoding="utf-8")
    (workdir / "jixiao.toml").write_text('glossary = "nowhere"\n', encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", "r.txt"])
    assert result.exit_code == 2 and "glossary" in result.stderr and "nowhere" in result.stderr
    folder = workdir / "words"
    folder.mkdir()
    (folder / "term.yaml").write_text("entries: []\n", encoding="utf-8")
    with pytest.raises(UserError, match="term.yaml"):
        use_user_glossary(folder)


def test_user_reduplication_group_is_proved_and_used(workdir):
    group = (
        "groups:\n  - id: laughter\n    reason: 拟声叠字\n    words: [哈哈]\n"
        "    keep: [群众哈哈大笑。]\n    flag: [要加强加强队伍建设。]\n"
    )
    folder = _folder(workdir, reduplications=group)
    use_user_glossary(folder)
    lists = reduplications()
    assert "哈哈" in lists.words and "常常" in lists.words
    broken = group.replace("keep: [群众哈哈大笑。]", "keep: [群众哈哈大笑，我们的的工作。]")
    (folder / "reduplications.yaml").write_text(broken, encoding="utf-8")
    with pytest.raises(UserError, match="reduplications.yaml.*laughter"):
        prove(load_reduplications(), _judge)


def test_builtin_reduplication_groups_hold_their_examples():
    lists = load_reduplications()
    prove(lists, _judge)  # raises on a broken group
    assert {"常常", "层层", "看看", "谢谢"} <= lists.words
    assert not _judge("一个一个地检查。", lists) and _judge("进一步步加强管理。", lists)


def test_overlay_replaces_by_key_and_appends():
    assert overlay([("a", 1), ("b", 2)], [("b", 3), ("c", 4)], key=lambda t: t[0]) == (("a", 1), ("b", 3), ("c", 4))


def test_dropping_the_folder_drops_everything_built_from_it(workdir):
    """The user's words reach the segmenter and what is built from it (word frequencies, W011's list);
    dropping the folder must leave none of it behind, or later checks in the process judge with them."""
    from gen.check import analyse, confusion, domain_words

    builtin_cut = analyse.short_words("开展绩效自平工作")
    assert "绩效自平" not in builtin_cut and not confusion.freq("绩效自平")
    use_user_glossary(_folder(workdir, typos=TYPO))
    assert "绩效自平" in analyse.short_words("开展绩效自平工作") and confusion.freq("绩效自平")
    assert analyse.builtin_segmenter().dt.FREQ.get("绩效自平") is None  # the built-in tokenizer stays as it was
    use_user_glossary(None)
    assert analyse.short_words("开展绩效自平工作") == builtin_cut and not confusion.freq("绩效自平")
    assert [m.written for m in domain_words.find("全面开展绩效自平工作。")] == ["绩效自平"]  # W011's own example


# TYPO's entry and a second one.
WORDY = TYPO + """  - id: 项自资金
    match: [项自资金]
    expected: 项目资金
    reason: “目”误作“自”。
    flag: [本年项自资金到位。]
    keep: [本年项目资金到位。]
"""


# The findings of the rules whose data hold the segmenter's words or the user's lists (W, T002, S006)
# on their own examples and on a sentence with the two slips of WORDY, each run in a fresh process so
# that no other test has filled a cache first.
JUDGE = """
import json, sys
from gen.check.read import source_from_text
from gen.check.registry import all_rules
from gen.check.runner import check_source
from gen.core.glossary_user import use_user_glossary

rules = [r for r in all_rules() if r.code[0] == "W" or r.code in ("T002", "S006")]
texts = [t for r in rules for t in r.flag + r.keep] + ["全面开展绩效自平工作，本年项自资金到位。"]


def judge():
    return [[(f.code, f.start, f.end, f.message) for f in check_source(
        source_from_text(t, path="<t>", kind="docx", join_lines=False), rules)] for t in texts]


runs = []
for folder in sys.argv[1:]:
    use_user_glossary(None if folder == "-" else folder)
    runs.append(judge())
print(json.dumps(runs, ensure_ascii=False))
"""


def _judged(*folders: str) -> list:
    import json
    import subprocess
    import sys
    from pathlib import Path

    out = subprocess.run([sys.executable, "-c", JUDGE, *folders], cwd=Path(__file__).resolve().parents[2],
                         capture_output=True, text=True, encoding="utf-8", check=True).stdout
    return json.loads(out)


def test_the_rules_judge_alike_after_a_user_folder_as_in_a_fresh_process(workdir):
    """A user folder's words (two slips the rules' examples also use) are met first, then the folder is
    dropped: the rules must then judge exactly as a process that never had the folder. Any cache that
    outlives the folder (a segmenter, a frequency table, a per-text judgement) shows here."""
    folder = str(_folder(workdir, typos=WORDY))
    [fresh] = _judged("-")
    with_folder, after = _judged(folder, "-")
    assert with_folder != fresh  # the user's words change what the rules see
    assert after == fresh
