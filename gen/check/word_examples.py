"""Word lists of the checker prove themselves with their own examples when they load.

A word list (domain words, cut words, W005's shortened forms) is policy as
data: each carries texts its rule must flag and near misses it must leave
alone, and loading fails, naming the example, when the list and the rule no
longer agree. The lists differ in what a hit is; the proof is the same.
"""

from __future__ import annotations

from typing import Any, Callable, Iterable, Sequence, TypeVar

from ..core import proof_stamp
from ..core.datafile import DataFileError, string_list
from ..core.errors import UserError
from .context import CheckContext

Hit = TypeVar("Hit")


def prove(flag: Iterable[str], keep: Iterable[str], hits: Callable[[str], Sequence[Hit]],
          fail: Callable[[str], UserError], shown: Callable[[Hit], str]) -> None:
    """Raise ``fail(message)`` for the first flag text without a hit or keep text with one (nothing to run
    while a preflight builds data its stamp says proved itself before: gen.core.proof_stamp)."""
    if proof_stamp.skipping():
        return
    for text in flag:
        if not hits(text):
            raise fail(f"示例“{text}”应被发现，却没有发现；请检查词表。")
    for text in keep:
        found = hits(text)
        if found:
            raise fail(f"示例“{text}”不应被发现，却发现了“{shown(found[0])}”；请检查词表。")


def builtin_examples(texts: Iterable[str]) -> tuple[str, ...]:
    """A built-in list's examples, less those holding a word of the user's own glossary.

    The user's words join the segmenter and its frequencies, so a built-in example
    written with one (the user lists 绩效自平 as a typo of their own) is the user's
    entry's to report (W001), not the built-in rule's. Proving it against the rule
    would fail on data that is right and skip the rule for the whole run. Without a
    user folder every example is kept.
    """
    from .analyse import user_words

    words = user_words()
    return tuple(t for t in texts if not any(w in t for w in words))


def prove_file(doc: Any, label: str, hits: Callable[[str], Sequence[Hit]], shown: Callable[[Hit], str], *,
               flag: str = "flag", keep: str = "keep", builtin: bool = False, required: bool = True) -> None:
    """A data file's own examples (``doc[flag]``, ``doc[keep]``) proved against ``hits``.

    What every loader of a glossary file does once it has built its value: read the two
    lists (each a non-empty list of texts unless not ``required``), leave out with ``builtin``
    the examples that hold a word of the user's glossary (see :func:`builtin_examples`), and
    fail with a DataFileError whose message starts with ``label`` (the file, and the entry).
    """
    flags, keeps = (string_list(doc, key, label, required=required) for key in (flag, keep))
    if builtin:
        flags, keeps = builtin_examples(flags), builtin_examples(keeps)
    prove(flags, keeps, hits, lambda message: DataFileError(f"{label}：{message}"), shown)


def prove_dated(doc: dict, file: str, reading: Callable[[Any], Sequence[Hit]], shown: Callable[[Hit], str]) -> None:
    """Prove a dated list's ``flag`` and ``keep`` examples (texts, each with the report's ``year`` or without one)
    through ``reading`` (a check context -> its hits), raising DataFileError naming ``file`` on the first that
    disagrees. D004's renamed places and D006's plenary sessions are proved this way."""
    label = f"名单文件 {file}"
    examples = {k: [e if isinstance(e, dict) else {"text": e} for e in doc.get(k) or []] for k in ("flag", "keep")}
    if not examples["flag"] or not examples["keep"] or not all(
            isinstance(e.get("text"), str) for v in examples.values() for e in v):
        raise DataFileError(f"{label}：flag 与 keep 须为示例列表（text，可带 year）")

    def found(example: dict) -> Sequence[Hit]:
        return reading(CheckContext(example["text"], config={"year": example["year"]} if "year" in example else {}))

    prove(examples["flag"], examples["keep"], found, lambda message: DataFileError(f"{label}：{message}"), shown)
