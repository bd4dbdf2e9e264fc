"""Chinese numerals, both directions: 一、（二）ordinals out, 三十六 and 一百零五 back in.

Small and separate because both the generator (heading numbers, 一是…二是…)
and the checker (heading numbers, quantities such as 三十六人) need it, and
neither needs the other's number patterns. Numerals with 万 or 亿 go to cn2an,
imported only then.
"""

from __future__ import annotations

# Chinese numerals, both directions: the generator numbers headings 一、（二）
# and enumerates 一是…二是…; the checker reads heading numbers and 三十六人 back.
_CN_DIGIT_VALUES = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
_CN_DIGIT_CHARS = "零一二三四五六七八九"


def chinese_ordinal(n: int) -> str:
    """1 -> 一, 10 -> 十, 12 -> 十二, 21 -> 二十一, 105 -> 一百零五, 110 -> 一百一十 (1..9999).

    Outlines rarely pass 九十九, but a list's 99th item asks for the 100th's mark, and a text may
    number anything: every number a heading can be read with has its numeral."""
    if n <= 0 or n >= 10000:
        raise ValueError(n)
    if n < 100:
        tens, ones = divmod(n, 10)
        if tens == 0:
            return _CN_DIGIT_CHARS[ones]
        return ("" if tens == 1 else _CN_DIGIT_CHARS[tens]) + "十" + (_CN_DIGIT_CHARS[ones] if ones else "")
    out, zero = "", False
    for value, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit, n = divmod(n, value)
        if digit:
            out += ("零" if zero and out else "") + _CN_DIGIT_CHARS[digit] + unit
            zero = False
        elif out:
            zero = True
    return out


def parse_chinese_numeral(text: str) -> int | None:
    """一 -> 1, 十二 -> 12, 一百零五 -> 105, 两千 -> 2000; None if ``text`` is not one numeral.

    Numerals with 万 or 亿 go to cn2an (imported only then: it costs 0.1 s to load).
    """
    if not text:
        return None
    if "万" in text or "亿" in text:
        import cn2an

        try:
            return int(cn2an.cn2an(text, "strict"))
        except (ValueError, KeyError, IndexError, TypeError):
            return None
    total, digit, last_unit = 0, None, 10_000
    for ch in text:
        if ch in _CN_DIGIT_VALUES:
            if digit:  # two digits in a row (一二) is a list, not a numeral; 零 may precede one
                return None
            digit = _CN_DIGIT_VALUES[ch]
        elif ch in _CN_SMALL_UNITS:
            unit = _CN_SMALL_UNITS[ch]
            if unit >= last_unit or digit == 0 or (digit is None and (unit != 10 or total)):
                return None  # 百十, 十十: only a leading 十 may stand without its digit
            total += (1 if digit is None else digit) * unit
            digit, last_unit = None, unit
        else:
            return None
    return total + (digit or 0)


# Every character a Chinese numeral may be written with (readers look for runs of these).
CN_NUMERAL = "零〇一二两三四五六七八九十百千万亿"


def count_value(raw: str) -> int | None:
    """A count as a report writes it, in figures (12) or in a Chinese numeral (十二, 两); None when it is neither.
    The one reading of "N个部分", "N项" and the like for the rules that hold a count against what it counts."""
    return int(raw) if raw.isdigit() else parse_chinese_numeral(raw)
