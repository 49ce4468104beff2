"""The text layer of Qt's PDF, mended for copy and search: logical brackets, plain letters.

Qt draws each glyph with ``x y Td <code> Tj`` and maps a glyph back to text through the font's
character map (its ToUnicode). Two things come out wrong for Arabic, measured with pdftotext:

- in a right-to-left run Qt draws a bracket mirrored, that is the glyph of the other bracket,
  which ToUnicode names: «(الرقمنة)» came back as «)الرقمنة(». Each such glyph is wrapped in a
  marked-content span whose /ActualText gives the character typed (PDF 1.4 §9.8.3, allowed by
  PDF/A-1), which pdftotext and the viewers' copy and search use;
- the letters come back as Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF), so a
  search for «الرقمنة» missed without NFKC. The ToUnicode maps are written again with each
  presentation form as its plain letters (the lam-alef ligature as lam then alef).

A right-to-left run is a text object (one Qt item, one bidi level) whose glyphs advance to the
left; a text object of one glyph has no advance and is taken as right-to-left, since a
bracket alone in an item of its own sits beside Arabic or digits in these reports (next to Latin
letters it would share their item). Qt's file is rewritten whole by pikepdf (qpdf), the
catalog given its /Lang on the way; the XMP and document information are left as Qt wrote them.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import pikepdf

# The paired characters Qt mirrors in a right-to-left run (Bidi_Mirroring_Glyph pairs).
MIRROR = dict(zip("()[]{}<>«»‹›≤≥", ")(][}{><»«›‹≥≤", strict=True))

_RANGE = re.compile(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(\[[^\]]*\]|<[0-9A-Fa-f]+>)")
_CHAR = re.compile(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>")
_HEX = re.compile(rb"<([0-9A-Fa-f]+)>")


@dataclass
class Mended:
    """What :func:`mend_text_layer` changed: glyphs given their text, map entries made plain."""

    brackets: int = 0
    letters: int = 0
    fonts: int = 0


def _text(hex_units: bytes) -> str:
    return bytes.fromhex(hex_units.decode()).decode("utf-16-be", "replace")


def read_to_unicode(data: bytes) -> dict[int, str]:
    """The glyph code → text map of a ToUnicode CMap (bfchar and both bfrange forms)."""
    found: dict[int, str] = {}
    for block in re.findall(rb"beginbfrange(.*?)endbfrange", data, re.DOTALL):
        for low, high, target in _RANGE.findall(block):
            first, last = int(low, 16), int(high, 16)
            if target.startswith(b"["):
                for offset, unit in enumerate(_HEX.findall(target)):
                    found[first + offset] = _text(unit)
            else:
                start = _text(target[1:-1])
                for offset in range(last - first + 1):
                    found[first + offset] = start[:-1] + chr(ord(start[-1]) + offset)
    for block in re.findall(rb"beginbfchar(.*?)endbfchar", data, re.DOTALL):
        for code, unit in _CHAR.findall(block):
            found[int(code, 16)] = _text(unit)
    return found


def write_to_unicode(mapping: dict[int, str]) -> bytes:
    """A ToUnicode CMap for two-byte codes, in bfchar blocks of at most 100 entries."""
    lines = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
        "/CMapName /Adobe-Identity-UCS def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        "<0000> <FFFF>",
        "endcodespacerange",
    ]
    items = sorted(mapping.items())
    for start in range(0, len(items), 100):
        chunk = items[start : start + 100]
        lines.append(f"{len(chunk)} beginbfchar")
        lines += [
            f"<{code:04X}> <{text.encode('utf-16-be').hex().upper()}>" for code, text in chunk
        ]
        lines.append("endbfchar")
    lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return ("\n".join(lines) + "\n").encode()


def plain(text: str) -> str:
    """``text`` with each Arabic presentation form as its plain letter (NFKC of those only).

    A ligature (lam-alef «ﻻ», «ﷲ») stays as it is: mapped to its letters, in a ToUnicode
    entry or an /ActualText span alike, it comes back from pdftotext (poppler 22.12) in the
    wrong order in a right-to-left line («االنفتاح» for «الانفتاح»); as one character it comes back
    whole, and NFKC (which the viewers' search applies) gives its letters."""

    def one(c: str) -> str:
        if not ("\ufb50" <= c <= "\ufdff" or "\ufe70" <= c <= "\ufeff"):
            return c
        letters = unicodedata.normalize("NFKC", c)
        return letters if len(letters) == 1 else c

    return "".join(one(c) for c in text)


def _mend_font(font: pikepdf.Dictionary, mended: Mended) -> dict[int, str]:
    """Rewrite ``font``'s ToUnicode with plain letters; its codes that name a bracket."""
    mapping = read_to_unicode(font.ToUnicode.read_bytes())
    made = {code: plain(text) for code, text in mapping.items()}
    changed = sum(made[code] != mapping[code] for code in mapping)
    if changed:
        font.ToUnicode.write(write_to_unicode(made))
        mended.letters += changed
        mended.fonts += 1
    return {code: MIRROR[text] for code, text in made.items() if text in MIRROR}


def _right_to_left(instructions: list) -> bool:
    """Whether a text object's glyphs advance to the left (one glyph alone: yes)."""
    steps = [float(i.operands[0]) for i in instructions if str(i.operator) == "Td"][1:]
    return sum(step < 0 for step in steps) >= sum(step > 0 for step in steps)


def _mend_text_object(instructions: list, brackets: dict, mended: Mended) -> list:
    if not _right_to_left(instructions):
        return instructions
    out, font = [], None
    for instruction in instructions:
        operator = str(instruction.operator)
        if operator == "Tf":
            font = brackets.get(str(instruction.operands[0]), {})
        code = bytes(instruction.operands[0]) if operator == "Tj" else b""
        typed = (font or {}).get(int.from_bytes(code, "big")) if len(code) == 2 else None
        if typed is None:
            out.append(instruction)
            continue
        span = pikepdf.Dictionary(ActualText=pikepdf.String(typed))
        out.append(pikepdf.ContentStreamInstruction([pikepdf.Name.Span, span], _BDC))
        out += [instruction, pikepdf.ContentStreamInstruction([], _EMC)]
        mended.brackets += 1
    return out


_BDC, _EMC = pikepdf.Operator("BDC"), pikepdf.Operator("EMC")


def _mend_page(pdf: pikepdf.Pdf, page: pikepdf.Page, brackets: dict, mended: Mended) -> None:
    if not brackets:
        return
    out: list = []
    text_object: list | None = None
    for instruction in pikepdf.parse_content_stream(page):
        operator = str(instruction.operator)
        if text_object is None:
            if operator == "BT":
                text_object = [instruction]
            else:
                out.append(instruction)
            continue
        text_object.append(instruction)
        if operator == "ET":
            out += _mend_text_object(text_object, brackets, mended)
            text_object = None
    out += text_object or []
    page.obj.Contents = pdf.make_stream(pikepdf.unparse_content_stream(out))


def _drop_unused(page: pikepdf.Page) -> None:
    """Leave out what Qt declares on every page and never uses: empty /Pattern and /XObject
    dictionaries and the pattern colour spaces, which a validator has then no need to check."""
    resources = page.obj.Resources
    for kind in ("/Pattern", "/XObject"):
        if kind in resources and not resources[kind].keys():
            del resources[kind]
    content = page.obj.Contents.read_bytes()
    spaces = resources.get("/ColorSpace", {})
    for name in list(spaces.keys()):
        space = spaces[name]
        used = name.encode() + b" " in content or name.encode() + b"\n" in content
        if not used and isinstance(space, pikepdf.Array) and space[0] == pikepdf.Name.Pattern:
            del spaces[name]


def mend_text_layer(target: Path, language: str) -> Mended:
    """Mend the text layer of the Qt PDF at ``target`` in place (see the module's text) and
    give its catalog the /Lang ``language``; what was changed."""
    mended = Mended()
    with pikepdf.open(target, allow_overwriting_input=True) as pdf:
        done: dict[tuple[int, int], dict[int, str]] = {}
        for page in pdf.pages:
            brackets = {}
            for name, font in page.obj.Resources.get("/Font", {}).items():
                if font.get("/Subtype") != "/Type0" or "/ToUnicode" not in font:
                    continue
                if font.objgen not in done:
                    done[font.objgen] = _mend_font(font, mended)
                brackets[name] = done[font.objgen]
            _mend_page(pdf, page, {k: v for k, v in brackets.items() if v}, mended)
            _drop_unused(page)
        pdf.Root.Lang = pikepdf.String(language)
        pdf.save(target, fix_metadata_version=False, linearize=False)
    return mended
