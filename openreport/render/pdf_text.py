"""Qt's PDF mended for copy, search and PDF/A-1: logical brackets, plain letters, small numbers.

Qt draws each glyph with ``x y Td <code> Tj`` and maps a glyph back to text through the font's
character map (its ToUnicode). Measured with pdftotext, three things came out wrong:

- in a right-to-left run Qt draws a bracket mirrored, that is the glyph of the other bracket,
  which ToUnicode names: «(الرقمنة)» came back as «)الرقمنة(». Each such glyph is wrapped in a
  marked-content span whose /ActualText gives the character typed (PDF 1.4 §9.8.3, allowed by
  PDF/A-1), which pdftotext and the viewers' copy and search use;
- the letters came back as Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF), so a
  search for «الرقمنة» missed without NFKC. The ToUnicode maps are written again with each
  presentation form as its plain letter; the ligatures (lam-alef) stay one character
  (:func:`plain` says why);
- from the tenth page on, positions pass the largest real PDF/A-1 allows (:func:`_within_limits`).

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
from decimal import Decimal
from pathlib import Path

import pikepdf

# The paired characters Qt mirrors in a right-to-left run (Bidi_Mirroring_Glyph pairs).
MIRROR = dict(zip("()[]{}<>«»‹›≤≥", ")(][}{><»«›‹≥≤", strict=True))

REAL_LIMIT = 32767  # ISO 19005-1 §6.1.12, table 1: the largest real a PDF/A-1 file holds
_RANGE = re.compile(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(\[[^\]]*\]|<[0-9A-Fa-f]+>)")
_CHAR = re.compile(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>")
_HEX = re.compile(rb"<([0-9A-Fa-f]+)>")


@dataclass
class Mended:
    """What :func:`mend_text_layer` changed: glyphs given their text, map entries made plain,
    numbers brought within PDF/A-1's limit."""

    brackets: int = 0
    letters: int = 0
    fonts: int = 0
    numbers: int = 0  # reals past PDF/A-1's limit, rounded


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
    whole, and NFKC gives its letters (a search that applies it, as pdf.js's does, finds the
    word; pdftotext prints the ligature)."""

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


# Qt's content streams, read as bytes (parsing them instruction by instruction in Python took
# four seconds for the 220 pages of the stress report): the font a text object sets, each
# glyph's advance, and the numbers that may pass PDF/A-1's limit.
_FONT = re.compile(rb"/([^\s/<>\[\]()]+)\s+[\d.]+\s+Tf")
_ADVANCE = re.compile(rb"(-?[\d.]++)\s++-?[\d.]++\s++Td")
_LARGE = re.compile(rb"-?\d{5,}+\.\d*+")
_COLOUR_SPACE = re.compile(rb"/([^\s/<>\[\]()]+)\s+(?:cs|CS)\b")
_DELIMITERS = b" \t\r\n\f\0[]"


def _right_to_left(body: bytes) -> bool:
    """Whether a text object's glyphs advance to the left (one glyph alone: yes)."""
    steps = [float(step) for step in _ADVANCE.findall(body)[1:]]
    return sum(step < 0 for step in steps) >= sum(step > 0 for step in steps)


def _span(text: str) -> bytes:
    return b"/Span <</ActualText <FEFF" + text.encode("utf-16-be").hex().upper().encode() + b">>>"


def _mend_text_object(body: bytes, brackets: dict, mended: Mended, shown: re.Pattern) -> bytes:
    """A text object's body with each glyph of a mirrored bracket in an /ActualText span;
    ``shown`` finds the glyphs of brackets shown (``<code> Tj``) in any font of the page."""
    fonts = _FONT.findall(body)  # Qt sets one font a text object: another layout stays as is
    if not (len(fonts) == 1 and shown.search(body) and _right_to_left(body)):
        return body
    font = brackets.get("/" + fonts[0].decode("latin-1"), {})

    def mend(found: re.Match) -> bytes:
        typed = font.get(int(found.group(1), 16))
        if typed is None:
            return found.group()
        mended.brackets += 1
        return _span(typed) + b" BDC " + found.group() + b" EMC"

    return shown.sub(mend, body)


def _within_limits(found: re.Match, mended: Mended) -> bytes:
    """A real beyond ±32767 (ISO 19005-1 §6.1.12) rounded to an integer, which may be that
    large. Qt paints a page in the document's coordinates at 300 dots an inch, translated to
    the page: from the tenth page on, the text's and the frames' positions pass 32767. Rounded
    to the dot, they move by 0.04 mm at most."""
    start, end, data = found.start(), found.end(), found.string
    whole = (start == 0 or data[start - 1] in _DELIMITERS) and (
        end == len(data) or data[end] in _DELIMITERS
    )
    number = Decimal(found.group().decode())
    if not whole or abs(number) <= REAL_LIMIT:
        return found.group()
    mended.numbers += 1
    return str(round(number)).encode()


def _mend_page(pdf: pikepdf.Pdf, page: pikepdf.Page, brackets: dict, mended: Mended) -> bytes:
    """Mend a page's content (see the module's text); its new content."""
    contents = page.obj.Contents
    parts = contents if isinstance(contents, pikepdf.Array) else [contents]
    data = b"\n".join(part.read_bytes() for part in parts)
    data = _LARGE.sub(lambda found: _within_limits(found, mended), data)
    every = {f"{code:04X}" for codes in brackets.values() for code in codes}
    if every and b"/ActualText" not in data:  # once; only text objects that show a bracket
        shown = re.compile(f"<((?i:{'|'.join(sorted(every))}))>\\s*Tj".encode())
        pieces = data.split(b"\nBT\n")  # Qt's text objects: BT and ET on lines of their own
        for at in range(1, len(pieces)):
            body, end, rest = pieces[at].partition(b"\nET\n")
            if end:
                pieces[at] = _mend_text_object(body, brackets, mended, shown) + end + rest
        data = b"\nBT\n".join(pieces)
    page.obj.Contents = pdf.make_stream(data)
    return data


def _drop_unused(page: pikepdf.Page, used: set[str]) -> None:
    """Leave out what Qt declares on every page and never uses: empty /Pattern and /XObject
    dictionaries and the pattern colour spaces (none of ``used``, the colour spaces any page
    sets), which a validator has then no need to check."""
    resources = page.obj.Resources
    for kind in ("/Pattern", "/XObject"):
        if kind in resources and not resources[kind].keys():
            del resources[kind]
    spaces = resources.get("/ColorSpace", {})
    for name in list(spaces.keys()):
        space = spaces[name]
        if (
            name not in used
            and isinstance(space, pikepdf.Array)
            and space[0] == pikepdf.Name.Pattern
        ):
            del spaces[name]


def mend_text_layer(target: Path, language: str) -> Mended:
    """Mend the text layer of the Qt PDF at ``target`` in place (see the module's text) and
    give its catalog the /Lang ``language``; what was changed."""
    mended = Mended()
    with pikepdf.open(target, allow_overwriting_input=True) as pdf:
        done: dict[tuple[int, int], dict[int, str]] = {}
        used: set[str] = set()
        for page in pdf.pages:
            brackets = {}
            for name, font in page.obj.Resources.get("/Font", {}).items():
                if font.get("/Subtype") != "/Type0" or "/ToUnicode" not in font:
                    continue
                if font.objgen not in done:
                    done[font.objgen] = _mend_font(font, mended)
                brackets[name] = done[font.objgen]
            content = _mend_page(pdf, page, brackets, mended)
            used |= {"/" + n.decode("latin-1") for n in _COLOUR_SPACE.findall(content)}
        for page in pdf.pages:
            _drop_unused(page, used)
        pdf.Root.Lang = pikepdf.String(language)
        pdf.save(target, fix_metadata_version=False, linearize=False)
    return mended
