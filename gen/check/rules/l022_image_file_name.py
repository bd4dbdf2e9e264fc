"""L022: an image's file name standing as a line of the text (1.jpg, 捕获2.PNG), where the picture was.

A page that shows a photo or a screenshot (a table pasted as a picture) keeps only the image's file name when its
text is copied or extracted: the name stands on a line of its own between the paragraphs, and the picture — often
the very table the paragraph announces — is lost. No report writes a bare file name as a line of its prose: the
reader meets a label of the site's upload, not the report's words, and the content the picture held is gone.

Precision first: only a line made of nothing but one to four image file names (a short name of letters, digits or
Chinese characters closed by .jpg, .jpeg, .png, .gif, .bmp, .webp or .tif) is read; a sentence that names a file
(上传照片1.jpg等材料) and an attachment's name (附件1.jpg, offered for download as the report's own part) are left
alone. Document names (.pdf, .docx) are gen.check.file_names': a page offers them for download.

A content system names an upload by a hash (a14571f5…7ca87a01f25.png, 32 hexadecimal digits), and a page cut
short keeps only a piece of it: a line of nothing but 16 to 64 hexadecimal characters, digits and letters a–f
both present, is such a piece (no report writes one; a figure has no letters, a word has few of a–f alone).

A page that lost the extension too keeps the camera's own name for the photo: DSC01426, _DSC7192, DSCN0012, DSCF3301,
IMG_2041, IMG20230512093015 — a camera's prefix and its running number on a line of their own (no report writes one;
a word or a code with other letters is no camera's name).
"""

from __future__ import annotations

from typing import Iterable

from ...core import regex_cache
from ...core.regex_needles import finditer as near_needles
from ..context import CheckContext
from ..finding import Finding
from ..registry import Rule
from ..textspans import line_around

RULE = Rule(
    code="L022",
    name="image-file-name",
    severity="warning",
    summary="图片文件名（1.jpg、捕获2.PNG）单独成行混入正文，图片内容缺失",
    doc=(
        "检查什么：正文中单独成行、只有图片文件名的行（“1.jpg”“捕获2.PNG”“图片3.png图片4.png”）。\n"
        "为什么：网页上的照片或截图（常是贴成图片的表格）在复制、转换成文本时只留下了文件名，图片本身丢失；"
        "文件名不是报告的文字，读者读到的是网站上传时的标签，原来图片里的内容（如表格数据）也没有了。\n"
        "不报的情形：句子里提到的文件名（“上传照片1.jpg等材料”）；附件的文件名（“附件1.jpg”）；"
        "文档文件名（.pdf、.docx，网页提供下载的文件）。\n"
        "示例：两段之间单独一行“捕获2.PNG”应删去，并把截图中的表格内容写回正文。"
    ),
    flag=(
        "5月20日上午，某县召开2023年卫生健康工作会议。\n\n3.jpg\n\n副县长王某出席会议并讲话。\n",
        "（二）依申请公开情况\n截图1.PNG\n（三）政府信息管理情况\n",
        "三、收到和处理政府信息公开申请情况\n图片5.png图片6.png\n四、政府信息公开行政复议情况\n",
        "会议现场\n  IMG_2041.JPEG  \n",
        # a content system's hashed upload name, and the piece of one a cut page keeps
        "会议总结了全年工作。\n\n5b0c93e1d27a4f6c8e90ab13c7d2f4e8.png\n\n会议强调，要抓好落实。\n",
        "全市地方志工作机构要守正创新。\n\n9f3ce20b7d41a85e06bd2c\n",
        # a camera's own name for the photo, the extension lost with the picture
        "与会人员围绕年度工作计划进行了讨论。\nDSC01426\n会议要求，各单位要抓好落实。\n",
        "会议现场\n_DSC7192\n", "现场照片\nIMG_20230512_093015\n",
    ),
    keep=(
        "按要求上传照片1.jpg等佐证材料，全部通过审核。\n",
        "附件1.jpg\n附件2.png\n",  # an attachment offered for download
        "附件：2023年度部门决算公开表.pdf\n",
        "网站支持jpg、png格式的图片上传，单个文件不超过2MB。\n",
        "www.example.gov.cn/images/1.jpg\n",  # an address, not a name alone
        # a figure, a short code, a word of a–f letters, a code with other letters: no hash
        "2023123120231231\n", "a1b2c3\n", "deadbeefcafebabe\n", "统一社会信用代码\n11350100MB0123456X\n",
        # a camera's name inside a sentence, a prefix without its number, a code of other letters
        "照片DSC01426显示了会议现场。\n", "DSC\n", "ISO9001\n",
    ),
)

# A line of one to four image file names and nothing else (case-insensitive extension); the name's characters are
# word characters, Chinese characters, brackets and hyphens, as people and cameras name files.
_NAME = r"[\w\u4e00-\u9fff()（）-]{1,40}\.(?i:jpe?g|png|gif|bmp|webp|tiff?)"
_LINE = regex_cache.compile(r"[ \u3000\t]{0,8}(?:" + _NAME + r"){1,4}[ \u3000\t\r]{0,8}")
# The extension, searched first (re skips ahead to the dot); only the lines that hold one are matched whole.
_EXTENSION = regex_cache.compile(r"\.(?i:jpe?g|png|gif|bmp|webp|tiff?)(?![A-Za-z])")
_ATTACHMENT = ("附件", "附表", "附图")
# A line of a hash's hexadecimal digits alone, 16 to 64 of them, with a letter and a digit among them.
_HEX_LINE = regex_cache.compile(r"(?m)^[ \u3000\t]{0,8}((?=[0-9a-f]{0,63}[a-f])(?=[0-9a-f]{0,63}[0-9])[0-9a-f]{16,64})"
                                r"[ \u3000\t\r]{0,8}$")
# A line of a camera's file name without its extension: the maker's prefix and the running number (or date and time).
_CAMERA_LINE = regex_cache.compile(r"(?m)^[ \u3000\t]{0,8}((?:_?DSC[NF_]?|IMG_?|MVIMG_)\d{4,14}(?:_\d{1,9})?)"
                                   r"[ \u3000\t\r]{0,8}$")


def check(ctx: CheckContext) -> Iterable[Finding]:
    yield from _file_names(ctx.text)
    yield from _hash_pieces(ctx.text)
    yield from _camera_names(ctx.text)


def _camera_names(text: str) -> Iterable[Finding]:
    """Lines holding nothing but a camera's name for a photo (DSC01426, IMG_2041), its extension lost."""
    if "DSC" not in text and "IMG" not in text:
        return
    for m in _CAMERA_LINE.finditer(text):
        body = m.group(1)
        yield Finding(m.start(1), m.end(1), RULE.code, RULE.severity,
                      f"“{body}”是相机给照片起的文件名，图片没有随文本保留；应删去，或换成图片的说明文字。", None)


def _hash_pieces(text: str) -> Iterable[Finding]:
    """Lines holding nothing but a piece of a hashed upload name (06de4a1151554cf3bc0f4a)."""
    for m in near_needles(_HEX_LINE, text):  # ^-led: tried after line breaks only
        body = m.group(1)
        yield Finding(m.start(1), m.end(1), RULE.code, RULE.severity,
                      f"“{body}”是一串十六进制字符，是网页上图片文件名或链接的残片，不是报告的文字；"
                      "应删去，并把图片中的内容（如表格数据）写回正文。", None)


def _file_names(text: str) -> Iterable[Finding]:
    """Lines of image file names alone (3.jpg, 截图1.PNG)."""
    if "." not in text:
        return
    done = -1  # the end of the last line read: a line with two names is read once
    for hit in _EXTENSION.finditer(text):
        if hit.start() < done:
            continue
        start, end = line_around(text, hit.start())
        done = end
        line = text[start:end]
        if _LINE.fullmatch(line) is None:
            continue
        body = line.strip(" \u3000\t\r")
        if not body or body.startswith(_ATTACHMENT):
            continue
        s = start + line.index(body)
        yield Finding(s, s + len(body), RULE.code, RULE.severity,
                      f"“{body}”是网页图片的文件名，图片（或截图中的表格）没有随文本保留；"
                      "应删去文件名，并把图片中的内容（如表格数据）写回正文。", None)
