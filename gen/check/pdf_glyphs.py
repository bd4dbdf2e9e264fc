"""The look-alike glyphs a PDF's broken font table puts for common characters (挃 for 指, 劣 for 助).

A PDF keeps each glyph of an embedded font subset with a table (ToUnicode) that says which character it
draws. Some producers of Chinese PDFs write that table a few code points off, so text copied or extracted
from the file reads 挃导 for 指导, 劤力 for 努力, 仸务 for 任务, 救劣 for 救助: the page looks right, the
text is garbled. The glyph put in is nearly always the character a few places *below* the intended one in
the Unicode CJK block (挃 U+6303 / 指 U+6307, 劣 U+52A3 / 助 U+52A9, 幵 U+5E75 / 并 U+5E76, 乊 U+4E4A /
之 U+4E4B, 亍 U+4E8D / 于 U+4E8E), or an old variant that GBK carries beside the standard form (臵 / 置).
The pairs below are the ones seen in extracted text of published reports (民政, 人社 and 财政 work reports
and 决算 notes taken from PDF); each carries the code-point relation that explains it.

Confirmation in context: a glyph counts only inside a word that the intended character makes (挃 before
导/标/出/示…, 劣 after 救/帮/资/补…), listed per glyph. 劣 and 认 are common characters in their own right
(劣质, 恶劣, 认为), so for them only those words count, never the character alone. The other glyphs have
no use in a modern report (挃, 劤, 仸, 仹, 迒, 幵, 乊, 丌, 亍, 斱, 刡, 觃, 呾, 臵, 劢: rare readings, old
variants and surnames), and once one of them is confirmed in a text, the font table is known to be broken,
so the others are reported wherever they stand between Chinese characters.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Glyph:
    glyph: str          # the character the broken table put in
    meant: str          # the character the page shows
    before: str         # characters that follow the intended one in its words (指 + 导 → 指导)
    after: str          # characters that precede it in its words (手 + 指 → 手指)
    rare: bool          # no use of its own in a modern report: reported anywhere once the table is broken
    note: str = ""      # why the pair, where the code points do not tell (an old variant)

    @property
    def why(self) -> str:
        """The relation that explains the pair: the code points, or the note."""
        if self.note:
            return self.note
        return f"“{self.glyph}”U+{ord(self.glyph):04X}比“{self.meant}”U+{ord(self.meant):04X}小{ord(self.meant) - ord(self.glyph)}"


GLYPHS = (
    Glyph("挃", "指", "导标出示挥定南引数令派", "手意所特直", True),
    Glyph("劤", "努", "力", "", True),
    Glyph("仸", "任", "务职命期何免用", "责主担信兼委胜继新现前上就赴聘", True),
    Glyph("仹", "份", "额数", "月年股省身部一两三四五六七八九十0123456789", True),
    Glyph("劣", "助", "力推理学残农企老困", "救帮资补协援赞互辅借求捐扶", False),
    Glyph("劢", "动", "员态力物工漫迁议用作能车", "活劳推启带行主运变调驱联互发流出机拉撬鼓", True),
    Glyph("迒", "返", "乡还贫回聘岗工校程修利", "往", True),
    Glyph("幵", "并", "且将对在于按向与及由非列行重举入", "合兼", True),
    Glyph("臵", "置", "换业", "设安配购处位放布闲装", True, "GBK收的“置”的旧字形"),
    Glyph("乊", "之", "一间后前中内外下上际", "总", True),
    Glyph("丌", "不", "断足够仅能同得再会良少到予", "", True),
    Glyph("亍", "于", "是", "关对由属位用等高低在基鉴终处至过善", True),
    Glyph("斱", "方", "面式案法针向便位", "地双各多对官甲乙", True),
    Glyph("刡", "到", "位达期户账岗场", "达得受收做直遇提感", True),
    Glyph("觃", "规", "划范定模则章程", "法违常合正", True),
    Glyph("呾", "和", "谐平睦", "共温缓", True),
    Glyph("认", "讨", "论薪", "乞探研商声", False),
)

BY_GLYPH = {g.glyph: g for g in GLYPHS}

