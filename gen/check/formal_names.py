"""A body's formal name without its head, and an acronym in lower case: the data and search of T005 and T006.

Annotators file under "terms" a body or acronym written in a form that is not
the standard one, though every character is right:

- a central body named without 国家 where the text names the central competent
  department (中央主管部门 | 医疗保障局, meant 国家医疗保障局): the central bodies
  that carry 国家 are data (``central``);
- a central body without 国家 listed right after a State Council ministry that carries no 国家 (自然资源部、
  应急管理部、林业和草原局, meant 国家林业和草原局): beside the ministries only the central body can stand; the
  ministries are data (``ministries``);
- a province or city named by its short form right before a body's full formal
  name (湖北残疾人联合会, 湘潭发展和改革委员会, meant 湖北省…, 湘潭市…): the
  formal names are data (``departments``), the places are the gazetteer's
  provinces and prefecture-level cities. Only a formal name is judged: the
  body's first mention in the text, or one followed by （以下简称…）; a proper
  name that keeps the short form (湖北大学, 湖南日报社) holds no listed name;
- a county, county-level city or district named by its short form before one of
  those names where the same text writes that body with the level word
  (个旧财政局 beside 个旧市财政局): any mention, since the text shows the form it
  means; a short form that is also a province's or city's (淮安, 岳阳) is left to
  the rule above, and a short form written whole with two level words is no evidence;
- the issuer of a cited title (《…关于…》) in a short form no document's title uses: a
  short name (安徽省卫健委, meant 安徽省卫生健康委员会; ``issuer_shorts``) or a government
  without 人民 after its place's full name (重庆市政府办公厅, meant 重庆市人民政府办公厅; 县政府,
  省政府 without the place are the usual short forms of some provinces' titles and pass);
- an acronym written in capitals by convention (BOT, PPP, GDP) typed in lower
  case beside Chinese (``capitals``), never inside a web or e-mail address or a
  file name.

The lists prove themselves with the file's flag and keep examples when they load.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..core import regex_cache, text_heads
from ..core.datafile import DataFileError, read_yaml_file, string_list
from ..core.glossary_user import per_glossary
from ..core.regex_needles import contains, finditer as near_needles
from ..core.regex_trie import alternation
from ..core.resources import data_dir
from .confusion import freq
from .body_names import Miss  # written at start..end where ``meant`` was intended
from .gazetteer import gazetteer
from .word_examples import prove_file

FILE = "formal_names.yaml"
HEAD = "国家"
LEVELS = "市县区"  # the level word of a county-level division's name (个旧市, 繁昌县, 荔湾区)
# Autonomous regions whose short form the gazetteer's suffix rule does not give (广西壮族自治区 -> 广西).
REGION_SHORTS = {"内蒙古": "内蒙古自治区", "广西": "广西壮族自治区", "西藏": "西藏自治区", "宁夏": "宁夏回族自治区",
                 "新疆": "新疆维吾尔自治区"}
_LABEL = regex_cache.compile(r"中央主管部门[ \t|｜:：]{1,8}([\u4e00-\u9fff]{2,16})")
# The words a list of bodies may follow with no mark (会同应急管理部、…, 由财政部、…): any other character before
# a ministry's name may make it another body's (继续教育部).
_LIST_OPENERS = "[同与和及由向经请报给对]"
_SHORT_FOR = regex_cache.compile(r"[（(]以下简称")
_HAN = regex_cache.compile(r"[\u4e00-\u9fff]")
# A cited title's issuers (《中共某市委办公厅、某市政府办公厅关于…》): the part before its first 关于, and each
# name in it between the marks that part joint issuers.
_ISSUER_PART = regex_cache.compile(r"《([^》《\n]{2,60}?)关于")
_ISSUER = regex_cache.compile(r"[^、 \u3000，,]{2,30}")
_GOVERNMENT = regex_cache.compile(r"(?<!人民)政府(?:办公厅|办公室)?$")
PLACE_LEVEL = "省市县区州旗盟"  # the level words a place's name ends in (S017 reads them too)
_LATIN = regex_cache.compile(r"[A-Za-z]")
# a word of letters, or a symbol of letters and a figure (pm2.5, o3, so2), or a standard's letters before its number
# (iso9000: ISO 9000)
_LOWER = regex_cache.compile(r"(?<![A-Za-z0-9_.@/\\:-])(?:(?:[a-z]{2,5}|[a-z]{1,2}\d{1,2}(?:\.\d)?)(?![A-Za-z0-9_@/\\.:-])"
                             r"|[a-z]{2,3}(?=\d{4,5}(?![A-Za-z0-9_@/\\.:-])))")


@dataclass(frozen=True)
class Formal:
    central: dict  # name without 国家 -> full name
    places: dict  # short place name -> full name (provinces, prefecture-level cities)
    named: re.Pattern  # a short place name right before a formal body name
    capitals: frozenset
    bodies: re.Pattern  # any formal body name
    counties: frozenset  # short names of counties, county-level cities and districts (个旧)
    issuer_shorts: dict  # a body's short name -> its formal name, in a cited title's issuer (卫健委)
    party: re.Pattern  # a party committee's department after its place's 委员会, 中共 unwritten or not
    beside_ministry: re.Pattern  # a central body's name without 国家 listed right after a ministry (应急管理部、林业和草原局)


def _places() -> dict[str, str]:
    out: dict[str, str] = {}
    for d in gazetteer().divisions:
        if d.level == 1 and d.short:
            out[d.short] = d.name  # a province's name wins over a city's of the same short form (吉林)
    for d in gazetteer().divisions:
        if d.level == 2 and d.short and d.name.endswith("市"):
            out.setdefault(d.short, d.name)
    out.update(REGION_SHORTS)
    return out


def _build(doc: dict) -> Formal:
    label = f"名称文件 {FILE}"
    central = string_list(doc, "central", label)
    if not all(name.startswith(HEAD) and len(name) > len(HEAD) + 1 for name in central):
        raise DataFileError(f"{label}：central 中每个名称须以“国家”开头")
    departments = string_list(doc, "departments", label)
    capitals = string_list(doc, "capitals", label)
    if not all(c.isascii() and c.isupper() for c in capitals):
        raise DataFileError(f"{label}：capitals 须为大写字母缩写")
    places = _places()
    named = regex_cache.compile("(%s)(%s)" % (alternation(places), alternation(departments)))
    counties = frozenset(d.short for d in gazetteer().divisions
                         if d.level == 3 and d.short and d.name[len(d.short):] in LEVELS and d.short not in places)
    shorts = doc.get("issuer_shorts")
    if not isinstance(shorts, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in shorts.items()):
        raise DataFileError(f"{label}：issuer_shorts 须为“简称: 正式名称”的对照表")
    party = string_list(doc, "party_departments", label)
    ministries = string_list(doc, "ministries", label)
    bare = {n[len(HEAD):]: n for n in central}
    return Formal(bare, places, named, frozenset(capitals),
                  regex_cache.compile(alternation(departments)), counties, dict(shorts),
                  regex_cache.compile(r"(?<=[县市区州旗盟])委员会(?=%s)" % alternation(party)),
                  regex_cache.compile(r"(?:(?<![\u4e00-\u9fff])|(?<=%s))(?:%s)、(%s)"
                                     % (_LIST_OPENERS, alternation(ministries), alternation(bare))))


@per_glossary()
def formal() -> Formal:
    """The lists, read once per glossary and proved by the file's examples."""
    doc = read_yaml_file(data_dir("glossary") / FILE)
    if not isinstance(doc, dict):
        raise DataFileError(f"名称文件 {FILE}：顶层应包含 central、departments、capitals、flag、keep")
    built = _build(doc)
    label = f"名称文件 {FILE}"
    prove_file(doc, label, lambda t: find(t, built), lambda hit: hit.written)
    return built


def central_heads(text: str, data: Formal) -> list[Miss]:
    """A central body without 国家 in the 中央主管部门 slot of a form (医疗保障局 -> 国家医疗保障局)."""
    out = []
    if "中央主管部门" not in text:
        return out
    for m in _LABEL.finditer(text):
        full = data.central.get(m.group(1))
        if full:
            out.append(Miss(m.start(1), m.end(1), m.group(1), full))
    return out


def central_beside_ministry(text: str, data: Formal) -> list[Miss]:
    """A central body without 国家 listed right after a State Council ministry (应急管理部、林业和草原局 ->
    国家林业和草原局)."""
    if "部、" not in text and "署、" not in text:
        return []
    return [Miss(m.start(1), m.end(1), m.group(1), data.central[m.group(1)])
            for m in data.beside_ministry.finditer(text)]


def place_heads(text: str, data: Formal) -> list[Miss]:
    """A short place name before a body's formal name where the name is formal: its first mention,
    or a name the text goes on to shorten (（以下简称…）)."""
    out = []
    for m in text_heads.finditer(data.named, text, data.places):  # every match opens with a place: tried there
        body = m.group(2)
        if _verb_before(text, m.start(), m.group(1)):
            continue  # 传达州人民政府副州长的批示: 传达 and the prefecture's 州人民政府, no 达州 short of 市
        first = text.find(body) == m.start(2)
        if first or _SHORT_FOR.match(text, m.end()):
            full = data.places[m.group(1)]
            out.append(Miss(m.start(), m.end(), m.group(), full + body))
    return out


VERB_FREQ = 100  # a word this common, the character before and the place's first, reads as that word (传达, 下达)


def _verb_before(text: str, at: int, place: str) -> bool:
    """The place's first character closes a common word with the one before, and its second is a level word
    (传达|州人民政府, 下达|州财政局): the text names the 州 or 市 itself, not a short place name."""
    return at > 0 and place[1:] in ("州", "市", "县", "盟") and freq(text[at - 1:at + 1]) >= VERB_FREQ


def level_dropped(text: str, data: Formal) -> list[Miss]:
    """A county-level place's short form before a formal body name (个旧财政局) where the text also
    writes the body with exactly one level word (个旧市财政局)."""
    out = []
    for m in near_needles(data.bodies, text):  # the same matches, tried near what each needs (gen.core.regex_needles)
        body, at = m.group(), m.start()
        for size in (2, 3):
            short = text[at - size:at] if at >= size else ""
            if short not in data.counties:
                continue
            whole = [short + level + body for level in LEVELS if short + level + body in text]
            if len(whole) == 1:
                out.append(Miss(at - size, m.end(), short + body, whole[0]))
            break
    return out


# The four municipalities by their short form and the first two digits of their division code.
_MUNICIPALITIES = {"北京": "11", "天津": "12", "上海": "31", "重庆": "50"}
# The test of the character before stands behind the short form, so that re looks for the four names' first
# characters instead of trying the pattern at every character of the text.
_MUNICIPALITY = regex_cache.compile(r"(?:北京|天津|上海|重庆)(?<![\u4e00-\u9fff](?:北京|天津|上海|重庆))(?!市)"
                                    r"(?=[\u4e00-\u9fff]{2,7}[区县][\u4e00-\u9fff])")


def municipal_districts(text: str) -> list[Miss]:
    """A municipality's short form right before the full name of one of its own districts or counties, with a
    body's name going on after it (重庆渝北区人和街道办事处, meant 重庆市渝北区…): a district of a municipality
    is named after the municipality's full name. A name with no district of the table after the short form
    (重庆两江新区, whose formal name has no 市) is left alone, as is a bare place (重庆渝北区、江北区)."""
    out = []
    places = gazetteer().by_name
    for m in near_needles(_MUNICIPALITY, text):
        code = _MUNICIPALITIES[m.group()]
        for size in range(8, 2, -1):
            name = text[m.end():m.end() + size]
            if (any(d.level == 3 and d.code.startswith(code) for d in places.get(name, ()))
                    and _HAN.match(text, m.end() + size)):
                written = m.group() + name
                out.append(Miss(m.start(), m.end() + size, written, m.group() + "市" + name))
                break
    return out


def issuers(text: str, data: Formal) -> list[Miss]:
    """Each issuer before 关于 in a cited title written short: a listed short name after nothing, 国家 or a
    place's level word (安徽省卫健委), or a place's full name with 政府 for 人民政府 (重庆市政府办公厅)."""
    out: list[Miss] = []
    if "关于" not in text or "《" not in text:
        return out
    for title in _ISSUER_PART.finditer(text):
        for m in _ISSUER.finditer(text, title.start(1), title.end(1)):
            meant = _formal_issuer(m.group(), data)
            if meant:
                out.append(Miss(m.start(), m.end(), m.group(), meant))
    return out


def _formal_issuer(issuer: str, data: Formal) -> str | None:
    for short, full in data.issuer_shorts.items():
        head = issuer[:-len(short)]
        if issuer.endswith(short) and (not head or head == HEAD or head[-1] in PLACE_LEVEL):
            return head + full
    government = _GOVERNMENT.search(issuer)
    place = issuer[:government.start()] if government else ""
    if len(place) >= 3 and place[-1] in PLACE_LEVEL:
        named = gazetteer().places(place)
        if named and named[-1].end == len(place):
            return place + "人民" + issuer[len(place):]
    return None


def lower_acronyms(text: str, data: Formal) -> list[Miss]:
    """A capitals acronym typed in lower case beside Chinese (以bot模式 -> BOT); addresses and file
    names are left alone (a dot, slash, colon or @ at the word's edge)."""
    out = []
    for m in near_needles(_LOWER, text):  # the same matches, tried only where a lower-case letter stands
        word = m.group()
        if word.upper() not in data.capitals:
            continue
        near = text[max(0, m.start() - 2):m.start()] + text[m.end():m.end() + 2]
        wider = text[max(0, m.start() - 3):m.start()] + text[m.end():m.end() + 3]
        if _HAN.search(near) and not _LATIN.search(wider):  # an English phrase beside Chinese is L001's
            out.append(Miss(m.start(), m.end(), word, word.upper()))
    return out


PARTY_HEADS = ("中共", "中国共产党")
NOT_PARTY = ("政治协商会议", "政协", "人民代表大会", "人大")  # a 委员会 of these is no party committee
NAME_REACH = 30  # characters before 委员会 where the place's name and the head stand (贵州省黔南布依族苗族自治州)
_AFTER_WORD = regex_cache.compile(r"包括|系统|是|为|由|在|与|及|对|的|年|度")  # words a place's name follows (not 和: 和田县)


def party_heads(text: str, data: Formal) -> list[Miss]:
    """A party committee's department named without 中共 (崇明县委员会统一战线工作部): its formal name opens with 中共."""
    out = []
    if not contains(text, "委员会"):
        return out
    cppcc = any(contains(text, word) for word in NOT_PARTY[:2])  # a 政协's text: its 委员会办公室 is the 政协's own
    for m in near_needles(data.party, text):  # opening on a lookbehind, the pattern is else tried everywhere
        before = text[max(0, m.start() - NAME_REACH):m.start()]
        if any(h in before for h in PARTY_HEADS + NOT_PARTY) or (cppcc and text.startswith("办公室", m.end())):
            continue
        place = before[max(0, max(before.rfind(c) for c in "，,。；;：:、 \n|（(") + 1):]
        place = _AFTER_WORD.split(place)[-1]  # 预算包括崇明县 -> 崇明县
        if len(place) < 2:
            continue
        start = m.start() - len(place)
        out.append(Miss(start, m.end(), place + "委员会", "中共" + place + "委员会"))
    return out


# The Party centre's general office signs joint documents with the State Council's as 中共中央办公厅 国务院办公厅
# (中办发〔2016〕8号); 中央办公厅 beside 国务院办公厅 lost its 中共. Alone, 中央办公厅 may be anyone's shorthand.
_CENTRAL_OFFICE = regex_cache.compile(r"(?<![党共])中央办公厅(?=[、，, \u3000]{0,2}国务院办公厅)")


def central_office(text: str) -> list[Miss]:
    """中央办公厅 paired with 国务院办公厅 (an issuer pair, in a cited title or not) without 中共."""
    if not contains(text, "中央办公厅"):
        return []
    return [Miss(m.start(), m.end(), m.group(), "中共中央办公厅") for m in _CENTRAL_OFFICE.finditer(text)]


def find(text: str, data: Formal | None = None) -> list[Miss]:
    """Every hit of the searches, in text order."""
    data = data or formal()
    hits = central_heads(text, data) + central_beside_ministry(text, data) + place_heads(text, data) + level_dropped(text, data) + issuers(text, data) \
        + lower_acronyms(text, data) + party_heads(text, data) + central_office(text)
    return sorted(hits, key=lambda hit: hit.start)
