"""A blank between a document number's issuer code and its year's bracket (新党发 〔2016〕2号), one of W034's stray spaces.

GB/T 9704 writes a 发文字号 as one token (机关代字〔年份〕序号); no typesetting spaces a bracket from the code before it,
so the blank is a converter's or a typist's. The code must stand alone (no Chinese character before it: a bracket,
a 》, a line's start) and be two to six characters; no verb before a number whose code was left out (根据 〔2016〕2号)
and no label (文号 〔2016〕3号) is read as one. gen.check.stray_spaces reads the number's other blank (before 号).
"""

from __future__ import annotations

from typing import Iterator

from ..core import regex_cache
from ..core.regex_needles import contains

# A document number's issuer code spaced from its year's bracket (新党发 〔2016〕2号, 某财预 〔2020〕15号): the code stands
# alone (no Chinese character before it: a bracket, 》, a line's start), two to six characters, and the number after
# the bracket is whole, so the blank parts one token. A code left out (根据 〔2016〕2号) leaves no code to read.
_SPACED_DOC_CODE = regex_cache.compile(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{2,6}([ \u3000]{1,2})〔\d{4}〕\d{1,4}号")


# What stands before a number whose code was left out (根据 〔2016〕2号, 详见 〔2020〕5号), or a label before it (文号 〔2016〕2号).
_NO_CODE = ("根据", "依据", "按照", "参照", "印发", "转发", "详见", "见", "按")
_NO_CODE_END = ("号", "文件", "文")


def doc_code_spaces(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, number) of each blank between a document number's issuer code and its 〔year〕 (GB/T 9704 writes
    the number as one token; no typesetting spaces a bracket from the code before it)."""
    if not contains(text, " 〔") and not contains(text, "\u3000〔"):
        return
    for m in _SPACED_DOC_CODE.finditer(text):
        if not m.group().startswith(_NO_CODE) and not text[m.start():m.start(1)].endswith(_NO_CODE_END):
            yield m.start(1), m.end(1), m.group().replace(m.group(1), "")
