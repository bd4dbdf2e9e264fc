"""Where a doubled word is a flattened form's or table's seam, not a slip (W002): a value running into the
next field's label (某配套项目|项目单位:), two header cells sharing a word (二级指标|指标内容). Kept apart from
the rule so it stays readable; the tests of W002 cover them."""

from __future__ import annotations

from ..core import regex_cache


def cells_meet(text: str, mid: int, word: str, cells: frozenset[str]) -> bool:
    """A header cell ending in ``word`` ends at ``mid`` and another that starts with it begins there
    (二级指标|指标内容): a flattened table's header row, the shared word read twice."""
    return any(len(h) > len(word) and h.endswith(word) and text.endswith(h, 0, mid) for h in cells) \
        and any(len(h) > len(word) and h.startswith(word) and text.startswith(h, mid) for h in cells)


def field_follows(text: str, mid: int, word: str, fields: frozenset[str]) -> bool:
    """A flattened form's field label starting with ``word`` begins at ``mid`` (新增项目|项目分类) and another
    label of the list stands in the paragraph: a value ending in the word, then the next field's label."""
    here = next((f for f in fields if f.startswith(word) and text.startswith(f, mid)), None)
    return here is not None and any(f in text for f in fields if f != here)


def next_field(text: str, s: int, at: int) -> bool:
    """The rest of a form's field label after a repeated word (项目|单位:) is a flattened form, a value after a label
    of its own (项目名称:…), not a slip; a line's first label typed twice (视频解读解读链接:) has none before it.
    应当 after a noun 有关规定 and the verb 规定 (条例 第二十条: 国家有关规定规定应当主动公开的…) is no slip either."""
    m = _FIELD_LABEL.match(text, at)
    return m is not None and (m.group()[-1] not in ":：" or text.find(":", 0, s) >= 0 or text.find("：", 0, s) >= 0)


_FIELD_LABEL = regex_cache.compile(r"[\u4e00-\u9fff]{1,4}[:：]|(?<=[关家他]规定规定)应当?")
