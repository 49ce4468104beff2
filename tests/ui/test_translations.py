"""Every interface string reaches Qt's translation tools, and a catalogue made from them
translates the window: the documented pyside6-lupdate command is run for real."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from openreport.demo import demo_profile
from openreport.model import CommuneRole, EventKind, OrganisationRole
from openreport.ui.editor.base import TITLE_CONTEXT, SectionId
from openreport.ui.editor.editor import ReportEditor
from openreport.ui.labels import LABELS, label, tr

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "resources" / "translations" / "README.md"
DOCUMENTED_TS = "resources/translations/openreport_fr.ts"
TOOLS = Path(sys.executable).parent


def documented_command() -> str:
    lines = [line for line in README.read_text().splitlines() if line.startswith("pyside6-lupdate")]
    assert len(lines) == 1, "the README documents one pyside6-lupdate command"
    assert DOCUMENTED_TS in lines[0]
    return lines[0]


@pytest.fixture(scope="module")
def catalogue(tmp_path_factory) -> Path:
    """The .ts file the documented command writes (into a temporary folder)."""
    target = tmp_path_factory.mktemp("ts") / "openreport_xx.ts"
    command = documented_command().replace(DOCUMENTED_TS, str(target))
    command = str(TOOLS / "pyside6-lupdate") + command.removeprefix("pyside6-lupdate")
    subprocess.run(command, shell=True, cwd=ROOT, check=True, capture_output=True, timeout=120)
    return target


def messages(ts: Path) -> set[tuple[str, str]]:
    root = ET.parse(ts).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in root.iter("context")
        for message in context.iter("message")
    }


def python_tr_literals() -> set[str]:
    """The literal argument of every ``tr("…")`` in the hand-written interface modules."""
    found = set()
    for path in (ROOT / "openreport" / "ui").rglob("*.py"):
        if "forms" in path.relative_to(ROOT / "openreport" / "ui").parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "tr"
                and node.args
                and isinstance(node.args[0], ast.Constant)
            ):
                found.add(node.args[0].value)
    return found


def test_the_catalogue_holds_every_title_label_and_sentence(catalogue):
    found = messages(catalogue)
    titles = {(TITLE_CONTEXT, cls.title) for cls in ReportEditor.SECTIONS}
    assert len(titles) == len(SectionId)
    assert titles <= found
    for kind, table in LABELS.items():
        assert set(table) == set(kind), f"{kind.__name__} has a label for every choice"
        missing = {(kind.__name__, text) for text in table.values()} - found
        assert not missing, missing
    assert len(python_tr_literals()) > 100
    assert {("", text) for text in python_tr_literals()} <= found
    assert ("ReportTableModel", "الحالة") in found


def test_the_documented_command_leaves_the_generated_forms_out(catalogue):
    locations = {
        location.get("filename") for location in ET.parse(catalogue).getroot().iter("location")
    }
    assert any(name.endswith("forms/event_section.ui") for name in locations)
    assert not any("openreport/ui/forms/" in name for name in locations)


def test_a_compiled_catalogue_translates_titles_labels_and_sentences(
    catalogue, app, qtbot, tmp_path
):
    # translate every message as «[source]» and compile the catalogue
    text = catalogue.read_text(encoding="utf-8")
    text = re.sub(
        r"<source>(.*?)</source>(\s*)<translation type=\"unfinished\"></translation>",
        r"<source>\1</source>\2<translation>[\1]</translation>",
        text,
        flags=re.S,
    )
    ts = tmp_path / "openreport_xx.ts"
    ts.write_text(text, encoding="utf-8")
    subprocess.run(
        [str(TOOLS / "pyside6-lrelease"), str(ts), "-qm", str(tmp_path / "openreport_xx.qm")],
        check=True,
        capture_output=True,
        timeout=120,
    )
    translator = QTranslator()
    assert translator.load("openreport_xx", str(tmp_path))
    QCoreApplication.installTranslator(translator)
    try:
        assert label(EventKind.OTHER) == "[أخرى]"
        assert label(CommuneRole.HOST) == "[مستضيفة]"
        assert label(OrganisationRole.HOST) == "[مستضيف]"
        assert tr("التالي") == "[التالي]"
        context = SimpleNamespace(
            people=lambda prefix: [], organisation_names=lambda: [], profile=demo_profile()
        )
        editor = ReportEditor(context)
        qtbot.add_widget(editor)
        titles = [editor.list.item(row).text() for row in range(editor.list.count())]
        assert titles[0] == "1. [الفعالية]" and titles[-1] == "7. [المراجعة]"
    finally:
        QCoreApplication.removeTranslator(translator)
