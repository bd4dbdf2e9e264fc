"""What an unnumbered section title and the body text around it look like (gen.check.lost_numbers,
gen.check.part_firsts): a short line of characters with no sentence mark, not an attachment's, a
table's or a date's line, and body text of a sentence or more."""

from __future__ import annotations

import re

from ..core import regex_cache
from .context import Span

# A section title: short, no sentence marks; a leading ）is what is left of "（三）".
SECTION_TITLE = regex_cache.compile(r"[)）]?[\u4e00-\u9fff“”]{4,20}")
NOT_SECTION = regex_cache.compile(r"(?:^(?:附件|附表|表\d|图\d|单位|备注|注|其中|目录)|(?:局|委员会|政府|办公室|中心|办事处|医院|学校|年|月|日|如下)$)")
BODY_MIN = 15


def is_body(span: Span) -> bool:
    return len(span.text) >= BODY_MIN and bool(re.search(r"[。；;，,]", span.text))
