"""A commune's own DOCX template, checked and cleaned: nothing in it may reach outside the computer.

A template comes from elsewhere. Its links to the outside (linked pictures, hyperlinks, an
attached template, mail-merge sources, fields that include a file) would be kept in every export
and fetched by LibreOffice; its macros, comments, custom XML and document properties would ride
along. So every part is read with a parser that loads no DTD and no entity, a DOCTYPE is
refused, and what remains is written into a clean copy in memory that the writer opens.
"""

from __future__ import annotations

import io
import os
import re
import stat
import zipfile
from pathlib import Path

import docx
from lxml import etree

from openreport.errors import UserError, os_cause
from openreport.messages import QT_TRANSLATE_NOOP, Message, said

MAX_TEMPLATE_BYTES = 20 * 1024 * 1024  # the file itself
MAX_PARTS = 1_000
MAX_UNPACKED_BYTES = 100 * 1024 * 1024  # all its parts, unpacked: no zip bomb

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_TYPES = "http://schemas.openxmlformats.org/package/2006/content-types"
_DOCUMENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
# The main part of a .dotx, .docm or .dotm reads as a document once its macros are gone.
_MAIN_TYPES = {
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
    "application/vnd.ms-word.document.macroEnabled.main+xml",
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
}
# Parts dropped whole: macros and ActiveX controls, comments, custom XML, document properties.
_DROPPED = re.compile(
    r"(^|/)(vbaProject\.bin|vbaData\.xml|attachedToolbars\.bin|customizations\.xml|"
    r"keyMapCustomizations\.xml|comments[A-Za-z]*\.xml|people\.xml)$|^customXml/|^docProps/|"
    r"^word/activeX/",
    re.IGNORECASE,
)
# Relationship types dropped even when their target is inside the file.
_DROPPED_RELATIONSHIPS = re.compile(
    r"/(vbaProject|comments[A-Za-z]*|customXml|attachedTemplate|core-properties|"
    r"extended-properties|custom-properties|keyMapCustomizations|wordVbaData|people)$",
    re.IGNORECASE,
)
# Elements removed wherever they are: each points outside, or carries what is stripped.
_REMOVED_ELEMENTS = [
    f"{{{_W}}}{name}"
    for name in (
        "attachedTemplate",
        "mailMerge",
        "altChunk",
        "commentRangeStart",
        "commentRangeEnd",
        "commentReference",
        "docVars",
        "subDoc",
        "control",
    )
]
# Fields that fetch or run something when a document is opened or updated.
_FETCHING_FIELD = re.compile(r"\b(INCLUDEPICTURE|INCLUDETEXT|LINK|DDE|DDEAUTO|IMPORT)\b", re.I)


class TemplateError(UserError):
    """A commune's template that cannot be used. The message is Arabic."""


def _refuse(path: str | os.PathLike, why: Message) -> TemplateError:
    """The refusal of the template at ``path``, ``why`` (a message) said in it."""
    template = QT_TRANSLATE_NOOP("Template", "لا يمكن استعمال القالب {name}: {why}.")
    return TemplateError(said(template, name=Path(path).name, why=why))


def _doctype_refused(path: str | os.PathLike, name: str) -> TemplateError:
    why = QT_TRANSLATE_NOOP("Template", "الجزء {name} يضم تعريف DOCTYPE غير مسموح به")
    return _refuse(path, said(why, name=name))


def clean_template(path: str | os.PathLike) -> bytes:
    """The checked, cleaned DOCX of the template at ``path``; raise TemplateError otherwise."""
    parts = _read_parts(path)
    names = set(parts)
    if "[Content_Types].xml" not in names or "word/document.xml" not in names:
        raise _refuse(path, said(QT_TRANSLATE_NOOP("Template", "ليس مستند Word")))
    dropped = {name for name in names if _DROPPED.search(name)}
    trees = {}
    for name, data in parts.items():
        if name in dropped:
            continue
        if name.endswith((".xml", ".rels")):
            trees[name] = _parse(path, name, data)
        elif _has_doctype(data):
            raise _doctype_refused(path, name)
    removed_ids: dict[str, set[str]] = {}
    for name, tree in trees.items():
        if name.endswith(".rels"):
            owner = _rels_owner(name)
            removed_ids[owner] = _clean_relationships(tree, owner, dropped)
    _clean_content_types(trees["[Content_Types].xml"], dropped)
    for name, tree in trees.items():
        if not name.endswith(".rels") and name != "[Content_Types].xml":
            _clean_part(tree, removed_ids.get(name, set()))
    body = trees["word/document.xml"].find(f"{{{_W}}}body")
    if body is None or body.find(f"{{{_W}}}sectPr") is None:
        raise _refuse(path, said(QT_TRANSLATE_NOOP("Template", "لا يحدد إعدادات الصفحة (قسم)")))
    return _write(parts, trees, dropped)


def check_template(path: str | os.PathLike) -> None:
    """Raise TemplateError, with the reason in Arabic, if the template cannot be used."""
    cleaned = clean_template(path)
    try:
        docx.Document(io.BytesIO(cleaned))  # as the writer will open it
    except Exception:  # python-docx raises many kinds on a malformed package
        raise _refuse(path, said(QT_TRANSLATE_NOOP("Template", "بنيته غير مقروءة"))) from None


def _read_parts(path: str | os.PathLike) -> dict[str, bytes]:
    try:
        info = os.stat(path)
    except OSError as error:
        raise _refuse(path, os_cause(error)) from None
    if not stat.S_ISREG(info.st_mode):
        raise _refuse(path, said(QT_TRANSLATE_NOOP("Template", "ليس ملفا عاديا")))
    if info.st_size > MAX_TEMPLATE_BYTES:
        raise _refuse(path, said(QT_TRANSLATE_NOOP("Template", "حجمه يتجاوز 20 ميغابايت")))
    try:
        with open(path, "rb") as file:
            data = file.read(MAX_TEMPLATE_BYTES + 1)
        archive = zipfile.ZipFile(io.BytesIO(data))
        entries = archive.infolist()
        if len(entries) > MAX_PARTS:
            raise _refuse(path, said(QT_TRANSLATE_NOOP("Template", "يضم أجزاء أكثر من المعقول")))
        parts: dict[str, bytes] = {}
        budget = MAX_UNPACKED_BYTES
        for entry in entries:
            if entry.is_dir():
                continue
            with archive.open(entry) as member:
                content = member.read(budget + 1)
            budget -= len(content)
            if budget < 0:
                raise _refuse(
                    path, said(QT_TRANSLATE_NOOP("Template", "حجمه بعد فك الضغط يتجاوز المسموح به"))
                )
            parts[entry.filename] = content
    except (OSError, zipfile.BadZipFile, RuntimeError, ValueError, EOFError):
        raise _refuse(path, said(QT_TRANSLATE_NOOP("Template", "ليس مستند Word سليما"))) from None
    return parts


_PARSER = etree.XMLParser(
    resolve_entities=False, load_dtd=False, no_network=True, huge_tree=False, remove_pis=False
)


def _has_doctype(data: bytes) -> bool:
    lowered = data.lower()
    return b"<!doctype" in lowered or b"<!entity" in lowered


def _parse(path: str | os.PathLike, name: str, data: bytes) -> etree._ElementTree:
    if _has_doctype(data):
        raise _doctype_refused(path, name)
    try:
        tree = etree.parse(io.BytesIO(data), _PARSER)
    except etree.XMLSyntaxError:
        raise _refuse(
            path, said(QT_TRANSLATE_NOOP("Template", "الجزء {name} غير مقروء"), name=name)
        ) from None
    if tree.docinfo.doctype or tree.docinfo.internalDTD is not None:
        # The same, written in an encoding the byte search above does not see.
        raise _doctype_refused(path, name)
    return tree


def _rels_owner(rels_name: str) -> str:
    """The part a relationships part belongs to: ``word/_rels/x.xml.rels`` → ``word/x.xml``."""
    folder, _, file = rels_name.rpartition("_rels/")
    return folder + file.removesuffix(".rels")


def _target(owner: str, target: str) -> str:
    if target.startswith("/"):
        return target.lstrip("/")
    folder = owner.rpartition("/")[0]
    return os.path.normpath(f"{folder}/{target}" if folder else target).replace(os.sep, "/")


def _clean_relationships(tree: etree._ElementTree, owner: str, dropped: set[str]) -> set[str]:
    """Remove every external relationship and those to dropped parts; return their ids."""
    removed = set()
    for rel in list(tree.getroot()):
        external = rel.get("TargetMode", "").lower() == "external"
        kind = rel.get("Type", "")
        target = _target(owner, rel.get("Target", ""))
        if external or _DROPPED_RELATIONSHIPS.search(kind) or target in dropped:
            removed.add(rel.get("Id"))
            tree.getroot().remove(rel)
    return removed


def _clean_content_types(tree: etree._ElementTree, dropped: set[str]) -> None:
    root = tree.getroot()
    for entry in list(root):
        part = entry.get("PartName", "").lstrip("/")
        content_type = entry.get("ContentType", "")
        if part in dropped or "vbaProject" in content_type or "vbaData" in content_type:
            root.remove(entry)
        elif content_type in _MAIN_TYPES:
            entry.set("ContentType", _DOCUMENT_TYPE)


def _clean_part(tree: etree._ElementTree, removed_ids: set[str]) -> None:
    root = tree.getroot()
    for element in list(root.iter(*_REMOVED_ELEMENTS)):
        element.getparent().remove(element)
    for element in list(root.iter(f"{{{_W}}}customXml", f"{{{_W}}}hyperlink")):
        if element.tag.endswith("customXml") or element.get(f"{{{_R}}}id") in removed_ids:
            _unwrap(element)  # the text stays, the link or the custom markup goes
    for element in root.iter(f"{{{_W}}}instrText"):
        if element.text and _FETCHING_FIELD.search(element.text):
            element.text = ""
    for element in list(root.iter(f"{{{_W}}}fldSimple")):
        if _FETCHING_FIELD.search(element.get(f"{{{_W}}}instr", "")):
            _unwrap(element)
    for element in root.iter():
        for attribute in [a for a in element.attrib if a.startswith(f"{{{_R}}}")]:
            if element.get(attribute) in removed_ids:
                del element.attrib[attribute]  # a linked picture or frame keeps no address


def _unwrap(element: etree._Element) -> None:
    parent = element.getparent()
    at = parent.index(element)
    kept = [c for c in element if not str(c.tag).endswith(("}rPr", "}customXmlPr", "}fldSimplePr"))]
    for child in reversed(kept):
        parent.insert(at, child)
    parent.remove(element)


def _write(parts: dict[str, bytes], trees: dict, dropped: set[str]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            if name in dropped:
                continue
            if name in trees:
                data = etree.tostring(
                    trees[name], xml_declaration=True, encoding="UTF-8", standalone=True
                )
            archive.writestr(name, data)
    return out.getvalue()
