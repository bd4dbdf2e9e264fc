"""W002's word lists as data: ``glossary/reduplications.yaml``.

Which doubled characters are words (常常, 层层, 看看) and which repeated words
are idiomatic (一个一个) is wording policy, so it is a data file a reviewer can
extend, grouped, each group with a reason and with examples W002 must keep and
must flag. A user's glossary folder may add groups or replace one by its id.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any, Callable, Optional, Sequence

from ..core import regex_cache
from ..core.datafile import read_yaml_file, string_list
from ..core.errors import UserError
from ..core.glossary_user import overlay, user_file
from ..core.resources import data_dir

FILE = "reduplications.yaml"
_AA = regex_cache.compile(r"([\u4e00-\u9fff])\1")


@dataclass(frozen=True)
class Group:
    id: str
    reason: str
    words: tuple[str, ...]
    keep: tuple[str, ...]
    flag: tuple[str, ...]
    file: str


@dataclass(frozen=True)
class WordList:
    """One of the file's word lists, with the examples that prove it."""

    words: frozenset[str] = frozenset()
    keep: tuple[str, ...] = ()
    flag: tuple[str, ...] = ()


@dataclass(frozen=True)
class Reduplications:
    groups: tuple[Group, ...]
    idiomatic: re.Pattern  # a word whose back-to-back repeat is idiomatic (一个 in 一个一个)
    idiomatic_keep: tuple[str, ...]
    # Characters that stand alone before a word starting with the same character (对+对象, 市+市场监管局).
    before_word: WordList = WordList()
    # Words whose last character a particle after them repeats (以营利为目的的单位, 合同标的的金额).
    after_word: WordList = WordList()
    # Column headers of an indicator table that meet at a shared word when the table is flattened (二级指标|指标内容).
    header_cells: WordList = WordList()
    # Field labels of a flattened form (项目分类, 项目主管部门) that follow a value ending in their first word.
    field_cells: WordList = WordList()
    # Nouns that begin with a word a name before them ends in (某改造工程|工程款): a word of their own, no repeat.
    whole_words: WordList = WordList()
    # Names that hold a doubling the segmenter splits (凉山州|州|本级, 十五|五): a place's level before its own 本级, a plan.
    doubled_names: WordList = WordList()
    # The one-character kinds a body's name ends with (卫生健康委, 纪检监察组) before a common word that starts with them.
    body_kinds: WordList = WordList()
    # Verb-object words whose verb is said twice to soften it (洗洗澡, 治治病, 红红脸, 出出汗, 充充电).
    softened_verbs: WordList = WordList()
    # Nouns ending in the character a light verb after them repeats (对全年工作|作了部署, 就双方合作|作了交流).
    light_verb_objects: WordList = WordList()
    # The nouns the light verb 作 takes straight after it, with no particle (对全年工作|作安排部署, 就合作|作交流发言).
    light_verb_nouns: WordList = WordList()

    def in_doubled_name(self, text: str, s: int, doubling: str) -> bool:
        """One of ``doubled_names`` stands in ``text`` over the doubling at ``s`` (凉山州州本级部门)."""
        for name in self.doubled_names.words:
            at = name.find(doubling)
            while at >= 0:
                if s >= at and text.startswith(name, s - at):
                    return True
                at = name.find(doubling, at + 1)
        return False

    def softened_verb(self, text: str, s: int) -> bool:
        """Is the doubling at ``s`` the verb of a ``softened_verbs`` word said twice before its object (治治病: 治病)?
        The spoken softening, no slip; but not where the first verb ends a word before it (要增加加油) or the word or
        its object opens a longer word (充充电站, 治治疗): a slip there."""
        from .confusion import freq  # jieba's frequencies, loaded only when a doubling is judged

        for word in self.softened_verbs.words:
            if text[s] == word[0] and text.startswith(word[1:], s + 2):
                end = s + 1 + len(word)
                return not (s > 0 and freq(text[s - 1:s + 1])) \
                    and not (end < len(text) and (freq(word + text[end]) or freq(text[end - 1:end + 1])))
        return False

    def light_verb(self, text: str, s: int) -> bool:
        """Is the doubling at ``s`` a ``light_verb_objects`` noun's last character, then the light verb it ends in
        with its aspect particle (对下一步工作作了安排: 工作 | 作了)? The verb's object stands before it, put there by
        对 or 就; or the light verb with one of ``light_verb_nouns`` straight after it (对全年工作作安排部署): the
        meeting's 作安排、作部署、作交流发言 take the noun as their object. 工作作进展 (neither after it) is still a slip."""
        at = s + 2 + (3 if text.startswith("进一步", s + 2) else 0)  # 作进一步部署: the noun after the adverb
        after = text[at:at + 4]
        return (after[:1] in ("了", "过") or any(after.startswith(n) for n in self.light_verb_nouns.words)) and any(
            text.startswith(word, s + 1 - len(word)) for word in self.light_verb_objects.words)

    @cached_property  # asked for every doubling W002 judges
    def words(self) -> frozenset[str]:
        return frozenset(w for g in self.groups for w in g.words)


def _fail(file: str, where: str, message: str) -> UserError:
    return UserError(f"词库文件 {file}，{where}：{message}")


def _group(raw: Any, n: int, file: str) -> Group:
    if not isinstance(raw, dict) or not isinstance(raw.get("id"), str) or not raw["id"].strip():
        raise _fail(file, f"第{n}组", "每组应有 id。")
    where = f"第{n}组（{raw['id']}）"
    extra = sorted(set(raw) - {"id", "reason", "words", "keep", "flag"})
    if extra:
        raise _fail(file, where, f"不认识的字段：{'、'.join(extra)}。")
    if not isinstance(raw.get("reason"), str) or not raw["reason"].strip():
        raise _fail(file, where, "缺少 reason（为什么这些叠字不算重复）。")
    words = string_list(raw, "words", f"词库文件 {file}，{where}")
    bad = [w for w in words if not _AA.fullmatch(w)]
    if bad:
        raise _fail(file, where, f"“{'、'.join(bad)}”不是两个相同汉字组成的叠字。")
    keep, flag = (string_list(raw, k, f"词库文件 {file}，{where}") for k in ("keep", "flag"))
    unused = [t for t in keep if not any(w in t for w in words)]
    if unused:
        raise _fail(file, where, f"keep 示例“{unused[0]}”没有用到本组的叠字。")
    return Group(raw["id"].strip(), raw["reason"].strip(), words, keep, flag, file)


def _read(path: Path) -> dict:
    doc = read_yaml_file(path)
    if not isinstance(doc, dict) or not isinstance(doc.get("groups", []), list):
        raise _fail(path.name, "文件顶层", "应包含 groups 列表。")
    return doc


def _idiomatic(doc: dict, file: str) -> tuple[Optional[re.Pattern], tuple[str, ...]]:
    if "idiomatic_repeat" not in doc:
        return None, ()
    try:
        pattern = regex_cache.compile(str(doc["idiomatic_repeat"]))
    except re.error as exc:
        raise _fail(file, "idiomatic_repeat", f"正则写法有误：{exc}。") from None
    return pattern, string_list(doc, "idiomatic_keep", f"词库文件 {file}")


_SHAPES = {"before_word": (r"[\u4e00-\u9fff]", "单个汉字"), "after_word": (r"[\u4e00-\u9fff]{2,4}", "二至四字的词"),
           "header_cells": (r"[\u4e00-\u9fff]{2,6}", "二至六字的表头"),
           "field_cells": (r"[\u4e00-\u9fff]{3,8}", "三至八字的栏目名"),
           "whole_words": (r"[\u4e00-\u9fff]{3,6}", "三至六字的词"),
           "doubled_names": (r"[\u4e00-\u9fff]{0,3}([\u4e00-\u9fff]{1,2})\1[\u4e00-\u9fff]{0,4}", "含叠字（词）的名称"),
           "body_kinds": (r"[\u4e00-\u9fff]", "单个汉字"),
           "softened_verbs": (r"[\u4e00-\u9fff]{2,3}", "二至三字的动宾词"),
           "light_verb_objects": (r"[\u4e00-\u9fff]{2,4}", "二至四字的名词"),
           "light_verb_nouns": (r"[\u4e00-\u9fff]{2,4}", "二至四字的名词")}


def _word_list(doc: dict, file: str, key: str) -> WordList:
    """``before_word`` (lone characters a word beginning with the same character may follow),
    ``after_word`` (words a particle repeating their last character may follow), ``header_cells``
    (an indicator table's column headers), ``field_cells`` (a form's field labels), ``whole_words``
    (nouns that start with the word a name before them ends in), ``doubled_names`` (names that hold a
    doubling the segmenter splits: 州州本级, 十五五), ``body_kinds`` (the kinds a body's name ends with,
    before a common word that starts with them: 卫生健康委委托) or ``softened_verbs`` (verb-object words whose verb
    is said twice: 洗洗澡, 红红脸) or ``light_verb_objects`` (nouns a light verb they end in follows: 工作作了), with their
    examples."""
    where = f"词库文件 {file}"
    items = string_list(doc, key, where) if key in doc else ()
    shape, what = _SHAPES[key]
    bad = [c for c in items if not re.fullmatch(shape, c)]
    if bad:
        raise _fail(file, key, f"“{'、'.join(bad)}”不是{what}。")
    keep = string_list(doc, f"{key}_keep", where) if items else ()
    flag = string_list(doc, f"{key}_flag", where) if items else ()
    if items and not (keep and flag):
        raise _fail(file, key, f"需要 {key}_keep 与 {key}_flag 示例。")
    return WordList(frozenset(items), keep, flag)


def load_reduplications(builtin: Optional[Path] = None) -> Reduplications:
    """The built-in lists with the user's file (if any) laid over them by group id."""
    path = builtin or data_dir("glossary") / FILE
    doc = _read(path)
    groups = tuple(_group(raw, n, path.name) for n, raw in enumerate(doc.get("groups") or [], 1))
    idiomatic, keep = _idiomatic(doc, path.name)
    word_lists = {key: _word_list(doc, path.name, key) for key in _SHAPES}
    if not groups or idiomatic is None:
        raise _fail(path.name, "文件顶层", "需要 groups 与 idiomatic_repeat（及 idiomatic_keep 示例）。")
    user = user_file(FILE)
    if user is not None:
        extra = _read(user)
        label = f"用户词库 {user}"
        groups = overlay(groups, (_group(raw, n, label) for n, raw in enumerate(extra.get("groups") or [], 1)), lambda g: g.id)
        own, own_keep = _idiomatic(extra, label)
        if own is not None:
            idiomatic, keep = own, own_keep
        word_lists.update({key: _word_list(extra, label, key) for key in _SHAPES if key in extra})
    return Reduplications(groups, idiomatic, keep, **word_lists)


def prove(lists: Reduplications, judge: Callable[[str, Reduplications], Sequence[Any]]) -> None:
    """Run every group's examples through W002 (``judge``: text -> findings); a broken group fails."""
    for g in lists.groups:
        where = f"叠字组 {g.id}"
        for text in g.keep:
            if judge(text, lists):
                raise _fail(g.file, where, f"示例“{text}”不应被报告为字词重复，却被报告了。")
        for text in g.flag:
            if not judge(text, lists):
                raise _fail(g.file, where, f"示例“{text}”应被报告为字词重复，却没有。")
    for text in lists.idiomatic_keep:
        if judge(text, lists):
            raise _fail(FILE, "idiomatic_keep", f"示例“{text}”不应被报告为字词重复，却被报告了。")
    for key in _SHAPES:
        for text in getattr(lists, key).keep:
            if judge(text, lists):
                raise _fail(FILE, f"{key}_keep", f"示例“{text}”不应被报告为字词重复，却被报告了。")
        for text in getattr(lists, key).flag:
            if not judge(text, lists):
                raise _fail(FILE, f"{key}_flag", f"示例“{text}”应被报告为字词重复，却没有。")
