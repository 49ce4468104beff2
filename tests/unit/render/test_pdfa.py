"""PDF/A for the archives, clause by clause, read with pikepdf on both routes' demo PDF.

One level on both routes: PDF/A-1b (render/qt/pdf.py says why). LibreOffice tags the PDF and
so claims 1a, which is 1b with a structure tree on top.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

import pikepdf
import pytest

from openreport.render.pdf import export_pdf
from tests.helpers.readers import needs_libreoffice

ROUTES = ["qt", "libreoffice"]


@pytest.fixture(scope="module", params=ROUTES)
def archive(request, tmp_path_factory):
    """The demo's PDF by one route, opened with pikepdf (made once for the module)."""
    from openreport.demo import demo_profile, demo_report

    if request.param == "libreoffice":
        needs_libreoffice()
    target = tmp_path_factory.mktemp(request.param) / "demo.pdf"
    export_pdf(demo_report(), demo_profile(), target, route=request.param)
    with pikepdf.open(target) as pdf:
        yield request.param, pdf


def pdf_date(text: str) -> datetime:
    """A PDF date (D:YYYYMMDDHHmmSS then Z, +HH'mm' or -HH'mm'), as an aware datetime."""
    found = re.fullmatch(r"D:(\d{14})(?:(Z)|([+-])(\d\d)'(\d\d))?'?", text)
    assert found, text
    moment = datetime.strptime(found.group(1), "%Y%m%d%H%M%S")
    offset = timedelta(0)
    if found.group(3):
        offset = timedelta(hours=int(found.group(4)), minutes=int(found.group(5)))
        offset = -offset if found.group(3) == "-" else offset
    return moment.replace(tzinfo=timezone(offset))


def test_one_pdf_a_level_on_both_routes(archive):
    route, pdf = archive
    meta = pdf.open_metadata()
    assert meta["pdfaid:part"] == "1"
    assert meta["pdfaid:conformance"] == ("B" if route == "qt" else "A")
    assert pdf.pdf_version == "1.4"  # PDF/A-1 is PDF 1.4
    assert "/Filter" not in pdf.Root.Metadata.stream_dict  # §6.7.2: the XMP stays plain
    assert "/ID" in pdf.trailer and "/Encrypt" not in pdf.trailer  # §6.1.3
    if route == "libreoffice":  # 1a: tagged, with a structure tree
        assert pdf.Root.MarkInfo.Marked and "/StructTreeRoot" in pdf.Root


def test_xmp_agrees_with_the_document_information(archive):
    """ISO 19005-1 §6.7.3: each entry of the information dictionary has its XMP twin."""
    _route, pdf = archive
    info = pdf.docinfo
    meta = pdf.open_metadata()
    assert str(info["/Producer"]) == meta["pdf:Producer"]
    assert str(info["/Creator"]) == meta["xmp:CreatorTool"]
    assert str(info["/Title"]) == meta["dc:title"]
    assert str(info["/Title"]).startswith("تقرير جماعة شفشاون")
    assert [str(info["/Author"])] == list(meta["dc:creator"])
    for key, twin in (("/CreationDate", "xmp:CreateDate"), ("/ModDate", "xmp:ModifyDate")):
        if key in info or twin in meta:
            assert pdf_date(str(info[key])) == datetime.fromisoformat(meta[twin]), key
    assert "/CreationDate" in info
    if "/Trapped" in info:
        assert str(info["/Trapped"]).lstrip("/") == meta["pdf:Trapped"]
    for key in ("/Subject", "/Keywords"):
        assert key not in info or meta.get({"/Subject": "dc:description"}.get(key, "pdf:Keywords"))


def resources(pdf: pikepdf.Pdf):
    """Every resource dictionary of the pages and of the forms and patterns they use."""
    seen: set[tuple[int, int]] = set()
    stack = [page.obj.get("/Resources") for page in pdf.pages]
    while stack:
        found = stack.pop()
        if not isinstance(found, pikepdf.Dictionary):
            continue
        if found.is_indirect:
            if found.objgen in seen:
                continue
            seen.add(found.objgen)
        yield found
        for kind in ("/XObject", "/Pattern"):
            for child in found.get(kind, {}).values():
                if "/Resources" in child:
                    stack.append(child.Resources)


def fonts(pdf: pikepdf.Pdf) -> list[pikepdf.Dictionary]:
    return [font for found in resources(pdf) for font in found.get("/Font", {}).values()]


def test_srgb_output_intent_for_pdf_a_1(archive):
    _route, pdf = archive
    intents = [i for i in pdf.Root.OutputIntents if i.S == "/GTS_PDFA1"]
    assert len(intents) == 1
    profile = intents[0].DestOutputProfile
    assert profile.N == 3  # an RGB ICC profile
    assert profile.read_bytes()[36:40] == b"acsp"  # an ICC profile's signature
    assert "sRGB" in str(intents[0].OutputConditionIdentifier)


def test_every_font_embedded_with_a_tounicode_map(archive):
    _route, pdf = archive
    found = fonts(pdf)
    assert found
    for font in found:
        assert font.Subtype != "/Type3", font
        assert "/ToUnicode" in font, font.get("/BaseFont")
        described = font.DescendantFonts[0] if font.Subtype == "/Type0" else font
        descriptor = described.FontDescriptor
        assert {"/FontFile", "/FontFile2", "/FontFile3"} & set(descriptor.keys()), font.BaseFont


def test_no_transparency(archive):
    """PDF/A-1 §6.4: no soft mask, no constant alpha below 1, no transparency group."""
    _route, pdf = archive
    for page in pdf.pages:
        assert page.obj.get("/Group", {}).get("/S") != "/Transparency"
    for found in resources(pdf):
        for state in found.get("/ExtGState", {}).values():
            assert state.get("/SMask", pikepdf.Name("/None")) == pikepdf.Name("/None")
            assert float(state.get("/CA", 1)) == 1 and float(state.get("/ca", 1)) == 1
            assert state.get("/BM", pikepdf.Name.Normal) in (pikepdf.Name.Normal, "/Compatible")
        for thing in found.get("/XObject", {}).values():
            assert "/SMask" not in thing
            assert thing.get("/Group", {}).get("/S") != "/Transparency"


def test_the_document_s_language_in_the_catalog(archive):
    _route, pdf = archive
    assert str(pdf.Root.Lang) == "ar-MA"  # composed.language, the DOCX's default language


def test_the_document_s_language_in_the_xmp(archive):
    # LibreOffice writes none: render/pdf_language.py adds it by an incremental update
    _route, pdf = archive
    assert list(pdf.open_metadata().get("dc:language", [])) == ["ar-MA"]


def test_qt_language_update_keeps_the_file_whole(tmp_path):
    """The Qt route's /Lang comes in an incremental update: the first revision stays as Qt
    wrote it, and the second says the same with /Lang."""
    from openreport.demo import demo_profile, demo_report

    target = tmp_path / "demo.pdf"
    export_pdf(demo_report(), demo_profile(), target, route="qt")
    with pikepdf.open(target) as pdf:
        assert int(pdf.trailer.Prev) < target.stat().st_size
        assert pdf.Root.Type == "/Catalog" and len(pdf.pages) > 1
        assert all(page.Contents.read_bytes() for page in pdf.pages)
        assert len(pdf.trailer.ID) == 2
        assert pdf.get_warnings() == []  # no cross-reference repaired on the way
    assert target.read_bytes().count(b"%%EOF") == 2


def test_libreoffice_language_update_keeps_the_file_whole(tmp_path):
    """dc:language comes in an incremental update of LibreOffice's file: its first revision
    stays as written, the metadata stream is replaced whole, the rest is unchanged."""
    from openreport.demo import demo_profile, demo_report
    from openreport.render.pdf_language import add_xmp_language

    target = tmp_path / "demo.pdf"
    export_pdf(demo_report(), demo_profile(), target, route="libreoffice")
    with pikepdf.open(target) as pdf:
        assert int(pdf.trailer.Prev) < target.stat().st_size
        assert len(pdf.pages) > 1 and all(page.Contents.read_bytes() for page in pdf.pages)
        assert pdf.get_warnings() == []  # no cross-reference repaired on the way
        metadata = pdf.open_metadata()
        assert metadata["dc:title"] and metadata["pdfaid:part"] == "1"
    before = target.read_bytes()
    assert before.count(b"%%EOF") == 2
    assert add_xmp_language(target, "ar-MA") is False  # said once, never twice
    assert target.read_bytes() == before


def test_qt_dates_agree_in_a_time_zone_ahead_of_utc(tmp_path):
    """Qt writes local time with its offset (+01'00' in Morocco outside Ramadan; a fixed zone
    here): the XMP says the same instant and offset."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    target = tmp_path / "demo.pdf"
    script = (
        "import sys\nfrom openreport.demo import demo_profile, demo_report\n"
        "from openreport.render.pdf import export_pdf\n"
        "export_pdf(demo_report(), demo_profile(), sys.argv[1], route='qt')\n"
    )
    root = str(Path(__file__).resolve().parents[3])
    env = dict(os.environ, TZ="Etc/GMT-1", QT_QPA_PLATFORM="offscreen", PYTHONPATH=root)
    subprocess.run([sys.executable, "-c", script, str(target)], env=env, check=True)
    with pikepdf.open(target) as pdf:
        created = pdf_date(str(pdf.docinfo.CreationDate))
        assert created.utcoffset() == timedelta(hours=1)
        assert created == datetime.fromisoformat(pdf.open_metadata()["xmp:CreateDate"])
        assert datetime.fromisoformat(pdf.open_metadata()["xmp:CreateDate"]).utcoffset()
