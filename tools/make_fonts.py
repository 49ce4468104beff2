"""Make the face OpenReport ships for its pages: «OpenReport Naskh», from Noto Naskh Arabic.

Noto Naskh Arabic (SIL Open Font License 1.1, no reserved font name) is a Naskh face close to
the Traditional Arabic of Moroccan offices, but a Qt PDF set in it loses «لا» from its text
layer: the font's required-ligatures feature first turns lam and alef into two contextual glyphs
that no character maps to (``uniFEDF.rlig``, ``uniFE8E.rlig``), so Qt's ToUnicode has nothing to
write for them. The feature's second lookup already joins lam and alef into the ligature glyphs
the font maps to U+FEF5–U+FEFC (which NFKC turns back into «لا»); this script drops the first,
contextual lookup from the feature, so the ligature is used, and renames the family so that it
never stands in for the system's own Noto Naskh Arabic (OFL §3 asks a modified version to say
so). Ligatures to a glyph no character maps to («لله») are removed for the same reason.
LibreOffice, which gets the lam-alef ligature's text backwards, is given the same letters
with the lookup kept, as «OpenReport Naskh Office» (resources/fonts/fonts.conf).

Noto Naskh Arabic has no Latin letters, brackets, dash, slash or per cent sign; the Latin
of Noto Serif (same OFL, same units per em) is merged in, so that a report's «(PDF)», «50%» or
e-mail address is set in the same shipped file on every workstation; so are the list markers
of Noto Sans Symbols 2 (same licence). Run once when the source
fonts change:

    python tools/make_fonts.py [SOURCE_DIR]   (default: Debian's fonts-noto-core folder)

It needs fontTools (``pip install fonttools``), a tool of this script only, not of OpenReport.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from fontTools import subset
from fontTools.merge import Merger
from fontTools.ttLib import TTFont

SOURCE = Path("/usr/share/fonts/truetype/noto")
TARGET = Path(__file__).resolve().parent.parent / "resources" / "fonts"
FAMILY = "OpenReport Naskh"  # the preview, the printout and the Qt PDF
# LibreOffice's PDF writes a ligature's characters in reverse order («ال» for «لا»), so the
# DOCX route wants Noto Naskh's own two-glyph lam-alef: the same letters, under another name.
OFFICE_FAMILY = "OpenReport Naskh Office"
STYLES = ("Regular", "Bold")
# Basic Latin, Latin-1, general punctuation, the euro, the minus and the numero sign.
LATIN = [
    *range(0x20, 0x7F),
    *range(0xA0, 0x100),
    *range(0x2010, 0x2028),
    *range(0x2030, 0x203B),
    0x20AC,
    0x2212,
    0x2116,
]
# The list markers the look draws («◦» of a sub-list), from Noto Sans Symbols 2 (one weight).
MARKERS = [0x25E6, 0x25CF, 0x25AA]
CHAIN_CONTEXT = 6  # GSUB lookup type
EXTENSION = 7


def lookup_type(lookup) -> int:
    if lookup.LookupType == EXTENSION:
        return lookup.SubTable[0].ExtensionLookupType
    return lookup.LookupType


def use_lam_alef_ligatures(font: TTFont) -> int:
    """Drop the contextual lookups from every 'rlig' feature; the number dropped."""
    table = font["GSUB"].table
    dropped = 0
    for record in table.FeatureList.FeatureRecord:
        if record.FeatureTag != "rlig":
            continue
        kept = [
            index
            for index in record.Feature.LookupListIndex
            if lookup_type(table.LookupList.Lookup[index]) != CHAIN_CONTEXT
        ]
        dropped += len(record.Feature.LookupListIndex) - len(kept)
        record.Feature.LookupListIndex = kept
        record.Feature.LookupCount = len(kept)
    return dropped


def drop_unreachable_ligatures(font: TTFont) -> int:
    """Remove every ligature whose glyph no character maps to (Noto Naskh's «لله» is one):
    Qt's PDF could write no text for it. The letters are then drawn one by one, as in most
    faces. The number removed."""
    reachable = set(font.getBestCmap().values())
    removed = 0
    for lookup in font["GSUB"].table.LookupList.Lookup:
        for table in lookup.SubTable:
            table = getattr(table, "ExtSubTable", table)
            for first, ligatures in getattr(table, "ligatures", {}).items():
                kept = [ligature for ligature in ligatures if ligature.LigGlyph in reachable]
                removed += len(ligatures) - len(kept)
                table.ligatures[first] = kept
    return removed


def keep_latin_reachable(font: TTFont) -> int:
    """Remove the substitutions that swap a Latin letter or punctuation mark for a glyph no
    character maps to (the merge leaves a Latin 'locl' that turns «.» into such a glyph, so
    «commune.ma» lost its point in a Qt PDF). The number removed."""
    cmap = font.getBestCmap()
    reachable = set(cmap.values())
    latin = {glyph for code, glyph in cmap.items() if code < 0x0600 or 0x2000 <= code < 0x2E80}
    removed = 0
    for lookup in font["GSUB"].table.LookupList.Lookup:
        for table in lookup.SubTable:
            table = getattr(table, "ExtSubTable", table)
            mapping = getattr(table, "mapping", None)
            if not mapping:
                continue
            for source, target in list(mapping.items()):
                if source in latin and target not in reachable:
                    del mapping[source]
                    removed += 1
    return removed


def rename(font: TTFont, family: str, style: str) -> None:
    names = font["name"]
    compact = family.replace(" ", "")
    for name_id, text in (
        (1, family),
        (2, style),
        (3, f"{compact}-{style};OpenReport"),
        (4, f"{family} {style}" if style != "Regular" else family),
        (6, f"{compact}-{style}"),
        (16, family),
        (17, style),
    ):
        names.setName(text, name_id, 3, 1, 0x409)
        names.setName(text, name_id, 1, 0, 0)
    note = "Modified by OpenReport from Noto Naskh Arabic: the Latin of Noto Serif and list markers"
    note += " of Noto Sans Symbols 2 are merged in"
    if family == FAMILY:
        note += ", and the contextual lookups of the 'rlig' feature are dropped so that lam-alef"
        note += " is drawn with its ligature glyphs; ligatures no character maps to are removed"
    names.setName(note, 10, 3, 1, 0x409)


def latin_of(source: Path, style: str, folder: Path, has: set[int]) -> Path:
    """Noto Serif's Latin letters and punctuation, with their kerning and ligatures, but none
    the Arabic face ``has`` already: a character in both would get a second glyph, chosen by
    script, that no character maps to (Qt's PDF would drop «1» from «Page 1»)."""
    options = subset.Options()
    options.layout_features = ["kern", "liga"]
    options.name_IDs = ["*"]
    font = TTFont(source / f"NotoSerif-{style}.ttf")
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=[code for code in LATIN if code not in has])
    subsetter.subset(font)
    path = folder / f"latin-{style}.ttf"
    font.save(path)
    return path


def make(source: Path, family: str, style: str) -> Path:
    font = TTFont(source / f"NotoNaskhArabic-{style}.ttf")
    if family == FAMILY:
        if not use_lam_alef_ligatures(font):
            raise SystemExit(f"{style}: no contextual 'rlig' lookup found; the font changed")
        drop_unreachable_ligatures(font)
    with tempfile.TemporaryDirectory() as folder:
        arabic = Path(folder) / f"arabic-{style}.ttf"
        font.save(arabic)
        latin = latin_of(source, style, Path(folder), set(font.getBestCmap()))
        markers = markers_of(source, Path(folder))
        font = Merger().merge([str(arabic), str(latin), str(markers)])
    keep_latin_reachable(font)
    rename(font, family, style)
    target = TARGET / f"{family.replace(' ', '')}-{style}.ttf"
    font.save(target)
    return target


def markers_of(source: Path, folder: Path) -> Path:
    """The list markers' glyphs: without them LibreOffice takes «◦» from another font."""
    options = subset.Options()
    options.name_IDs = ["*"]
    font = TTFont(source / "NotoSansSymbols2-Regular.ttf")
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=MARKERS)
    subsetter.subset(font)
    path = folder / "markers.ttf"
    font.save(path)
    return path


def main(argv: list[str]) -> int:
    source = Path(argv[1]) if len(argv) > 1 else SOURCE
    for family in (FAMILY, OFFICE_FAMILY):
        for style in STYLES:
            target = make(source, family, style)
            print(f"{target.name}: {target.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
