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
