"""Evaluative and management wording (glossary/claims.yaml): claims that need data behind them.

``jixiao corpus lint`` fails a variant whose literal wording makes such a claim
unless its group declares ``asserts`` (the facts that back it) and its ``when``
requires each of them. The word list is data; each entry proves itself with
its own flag / keep examples when it is loaded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

import yaml

from ..core.errors import UserError
from ..core.resources import data_dir

UNLESS_WINDOW = 12  # characters each side of a hit where an ``unless`` pattern is looked for


@dataclass(frozen=True)
class Claim:
    id: str
    pattern: re.Pattern
    unless: Optional[re.Pattern]
    flag: tuple[str, ...]
    keep: tuple[str, ...]

    def find(self, text: str) -> list[str]:
        """The claim words of this entry in ``text``."""
        out = []
        for m in self.pattern.finditer(text):
            around = text[max(0, m.start() - UNLESS_WINDOW): m.end() + UNLESS_WINDOW]
            if self.unless is not None and self.unless.search(around):
                continue
            out.append(m.group())
        return out


def _compile(raw: str, where: str) -> re.Pattern:
    if re.search(r"(?<!\\)[*+]|\{\d*,\}", raw):
        raise UserError(f"{where}：模式只能使用有上限的重复（如 {{0,12}}），不能用 * 或 +")
    try:
        return re.compile(raw)
    except re.error as exc:
        raise UserError(f"{where}：模式无法编译：{exc}") from None


@lru_cache(maxsize=1)
def load_claims() -> tuple[Claim, ...]:
    path = data_dir("glossary") / "claims.yaml"
    raw = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    claims = []
    for i, item in enumerate(raw):
        where = f"{path.name} 第{i + 1}项（{item.get('id', '?')}）"
        claim = Claim(
            id=str(item["id"]), pattern=_compile(str(item["pattern"]), where),
            unless=_compile(str(item["unless"]), where) if item.get("unless") else None,
            flag=tuple(item.get("flag") or ()), keep=tuple(item.get("keep") or ()),
        )
        if not claim.flag:
            raise UserError(f"{where}：至少要有一个 flag 示例")
        for text in claim.flag:
            if not claim.find(text):
                raise UserError(f"{where}：flag 示例“{text}”没有被识别为评价性用语")
        for text in claim.keep:
            if claim.find(text):
                raise UserError(f"{where}：keep 示例“{text}”被误识别为评价性用语")
        claims.append(claim)
    return tuple(claims)


_JINJA = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.S)


def claim_words(variant: str) -> list[str]:
    """Claim words in the literal text of a variant (figures and facts inside {{ }} are data)."""
    literal = _JINJA.sub("\x00", variant)
    return [w for c in load_claims() for w in c.find(literal)]
