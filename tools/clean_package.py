"""Strip the report template's package of what python-docx's default document carries over.

python-docx starts from a document Word 2010 for Mac saved in 2013: a stale
``stylesWithEffects.xml`` (left-to-right Normal in Cambria, which Word compares with the styles
and may answer with a repair prompt), a blank thumbnail, a bibliography custom XML part,
compatibility mode 14, East-Asian layout settings, a «clean» proof state that keeps Arabic from
being spell-checked, «Microsoft Macintosh Word» as the application and a font table without the
report's font. ``clean(path, face)`` rewrites the package in place without them.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import zipfile
from pathlib import Path

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
REL = "http://schemas.openxmlformats.org/package/2006/relationships"
TYPES = "http://schemas.openxmlformats.org/package/2006/content-types"
APP = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
DROPPED_PREFIXES = ("customXml/", "docProps/thumbnail", "word/stylesWithEffects")
LANGUAGE = "ar-MA"


def _w(tag: str) -> str:
    return f"{{{W}}}{tag}"


def _dropped(name: str) -> bool:
    return name.startswith(DROPPED_PREFIXES)


def _relationships(xml: bytes) -> bytes:
    root = etree.fromstring(xml)
    for rel in list(root):
        target = rel.get("Target", "").removeprefix("../")
        if _dropped(target) or _dropped("word/" + target):
            root.remove(rel)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _content_types(xml: bytes) -> bytes:
    root = etree.fromstring(xml)
    for override in root.findall(f"{{{TYPES}}}Override"):
        if _dropped(override.get("PartName", "").lstrip("/")):
            root.remove(override)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _settings(xml: bytes) -> bytes:
    root = etree.fromstring(xml)
    for tag in ("proofState", "attachedTemplate", "savePreviewPicture"):
        for element in root.findall(_w(tag)):
            root.remove(element)
    compat = root.find(_w("compat"))
    if compat is not None:
        for element in compat.findall(_w("useFELayout")):
            compat.remove(element)
        for setting in compat.findall(_w("compatSetting")):
            if setting.get(_w("name")) == "compatibilityMode":
                setting.set(_w("val"), "15")  # Word 2013 and later: no «Compatibility Mode»
    theme_lang = root.find(_w("themeFontLang"))
    if theme_lang is not None:
        theme_lang.attrib.clear()
        theme_lang.set(_w("val"), LANGUAGE)
        theme_lang.set(_w("bidi"), LANGUAGE)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _app(xml: bytes) -> bytes:
    root = etree.fromstring(xml)
    for tag in ("Template", "AppVersion", "TitlesOfParts", "HeadingPairs"):
        for element in root.findall(f"{{{APP}}}{tag}"):
            root.remove(element)
    application = root.find(f"{{{APP}}}Application")
    if application is not None:
        application.text = "OpenReport"
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _font_table(face: str):
    def edit(xml: bytes) -> bytes:
        root = etree.fromstring(xml)
        for font in root.findall(_w("font")):
            # the East-Asian fonts of the Mac template (ＭＳ 明朝…) are never used here
            if not font.get(_w("name"), "").isascii():
                root.remove(font)
        if not any(font.get(_w("name")) == face for font in root.findall(_w("font"))):
            font = etree.SubElement(root, _w("font"), {_w("name"): face})
            etree.SubElement(font, _w("charset"), {_w("val"): "B2"})  # Arabic
            etree.SubElement(font, _w("family"), {_w("val"): "roman"})
            etree.SubElement(font, _w("pitch"), {_w("val"): "variable"})
        return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)

    return edit


def clean(path: Path, face: str) -> None:
    """Rewrite the package at ``path`` without the leftovers, through a temporary file."""
    edits = {
        "[Content_Types].xml": _content_types,
        "_rels/.rels": _relationships,
        "word/_rels/document.xml.rels": _relationships,
        "word/settings.xml": _settings,
        "docProps/app.xml": _app,
        "word/fontTable.xml": _font_table(face),
    }
    handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".docx")
    os.close(handle)
    try:
        with (
            zipfile.ZipFile(path) as source,
            zipfile.ZipFile(temporary, "w", zipfile.ZIP_DEFLATED) as target,
        ):
            for item in source.infolist():
                if _dropped(item.filename):
                    continue
                data = source.read(item.filename)
                edit = edits.get(item.filename)
                target.writestr(item.filename, edit(data) if edit else data)
        shutil.copymode(path, temporary)
        os.replace(temporary, path)
    except BaseException:
        os.unlink(temporary)
        raise
