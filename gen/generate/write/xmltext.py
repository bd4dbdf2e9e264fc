"""Text cleaning shared by the .docx writers.

Word refuses a package whose XML holds characters that XML 1.0 forbids (most
C0 controls, lone surrogates, U+FFFE/U+FFFF). Template output can carry them
(a stray control character pasted into a data file), so both .docx paths
drop them here, and normalise line ends so a break renders the same way in
both paths.
"""

from __future__ import annotations

import re

_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def clean_text(text: str) -> str:
    """Remove XML-illegal characters; CR LF and lone CR become LF."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _XML_ILLEGAL.sub("", text)
