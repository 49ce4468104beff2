"""The French interface: its catalogue is complete and compiled, the window speaks French from
left to right, Qt's own words are French too, the choice of language is kept, and the reports
stay Arabic."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt
from PySide6.QtWidgets import QLabel, QMessageBox

from openreport.compose import compose
from openreport.demo import demo_profile, demo_report
from openreport.model import EventKind, OrganisationRole
from openreport.render.qt.document import render_qt
from openreport.ui import language
from openreport.ui.labels import label, tr
from tests.helpers.language import interface_in
from tools import make_translations

ROOT = Path(__file__).resolve().parents[2]
FRENCH = ROOT / "resources" / "translations" / "openreport_fr.ts"
ORDINAL_IN_FRENCH = {"{ordinal}": "{number}"}
PLACEHOLDER = re.compile(r"\{\w*\}|%\d|<[^>]+>|\(\*\.[^)]*\)")


@pytest.fixture(scope="module")
def updated(tmp_path_factory) -> Path:
    """The committed French catalogue, brought up to date with today's sources by the
    documented pyside6-lupdate command (translations kept, new strings added unfinished)."""
    target = tmp_path_factory.mktemp("ts") / "openreport_fr.ts"
    shutil.copy(FRENCH, target)
    make_translations.update(target)
    return target


def in_repository(filename: str) -> str:
    """A location of the catalogue (relative to where it was written), from the repository."""
    found = re.search(r"(openreport|forms)/.*", filename)
    return found.group(0) if found else filename


def untranslated(ts: Path) -> list[str]:
    """Every current message whose French is missing, unfinished or empty, with where it is."""
    left = []
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type")
            if kind in ("obsolete", "vanished"):
                continue
            if kind == "unfinished" or not (translation.text or "").strip():
                where = message.find("location")
                place = (
                    ""
                    if where is None
                    else f"{in_repository(where.get('filename'))}:{where.get('line')}"
                )
                left.append(f"[{context.findtext('name')}] {message.findtext('source')!r}  {place}")
    return left


def test_every_interface_string_has_its_french(updated):
    left = untranslated(updated)
    assert not left, (
        f"{len(left)} interface strings have no French yet: run "
        "`python tools/make_translations.py`, translate them in "
        "resources/translations/openreport_fr.ts (pyside6-linguist), then run it again:\n"
        + "\n".join(left)
    )
    assert len(ET.parse(updated).getroot().findall(".//message")) > 350


def test_french_keeps_every_placeholder_and_pattern(updated):
    wrong = []
    for message in ET.parse(updated).getroot().iter("message"):
        source, french = message.findtext("source"), message.findtext("translation") or ""
        # an Arabic ordinal word («الثالثة») is said by its number in French
        expected = [ORDINAL_IN_FRENCH.get(p, p) for p in PLACEHOLDER.findall(source)]
        if french and sorted(expected) != sorted(PLACEHOLDER.findall(french)):
            wrong.append(f"{source!r} -> {french!r}")
    assert not wrong, "\n".join(wrong)


def test_the_compiled_catalogues_are_those_of_the_sources(tmp_path):
    for ts in sorted(FRENCH.parent.glob("*.ts")):
        fresh = tmp_path / ts.with_suffix(".qm").name
        make_translations.compile_catalogue(ts, fresh)
        committed = ts.with_suffix(".qm")
        assert committed.exists(), f"{committed.name}: run python tools/make_translations.py"
        assert committed.read_bytes() == fresh.read_bytes(), (
            f"{committed.name} is older than {ts.name}: run python tools/make_translations.py"
        )


def test_the_french_catalogues_translate_the_interface_and_qt(app):
    with interface_in("fr") as translators:
        assert len(translators) == 3  # qtbase_fr, qt_extra_fr, openreport_fr
        assert label(EventKind.OTHER) == "Autre"
        assert label(OrganisationRole.HOST) == "Hôte"
        assert tr("التالي") == "Suivant"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"
        assert QCoreApplication.translate("QFileDialog", "&Look in:") == "&Regarder dans :"
    assert tr("التالي") == "التالي"


def test_the_window_in_french_reads_french_from_left_to_right(window_factory, demo, qtbot):
    with interface_in("fr"):
        window = window_factory()
        window.library.save_profile(demo_profile())
        window.profile = window.library.load_profile()
        window.open_report(window.library.save(demo))
        editor = window.editor
        titles = [editor.list.item(row).text() for row in range(editor.list.count())]
        assert titles[0] == "1. Manifestation" and titles[-1].endswith("Vérification")
        assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight
        assert not window.isRightToLeft() and not editor.isRightToLeft()
        # the forms, drawn right-to-left in Designer, follow the French interface when the
        # window comes to the front (and before it shows, as run_application does)
        shown = [w for w in editor.findChildren(QLabel) if w.isVisible()]
        assert len(shown) > 10
        # at once, with no focus change: the window was in front when the editor was built
        assert not [w.text() for w in shown if w.isRightToLeft()]
        window.activateWindow()
        qtbot.waitUntil(lambda: not [w.text() for w in shown if w.isRightToLeft()])
        menus = [action.text() for action in window.menuBar().actions()]
        assert menus[:2] == ["Fichier", "Édition"]
        assert window.editor.next_button.text() == "Suivant"


def test_reports_stay_arabic_in_a_french_interface(app):
    with interface_in("fr"):
        document, _pages = render_qt(compose(demo_report(), demo_profile()), demo_profile())
        block = document.firstBlock()
        assert block.blockFormat().layoutDirection() == Qt.LayoutDirection.RightToLeft
        text = document.toPlainText()
        assert "المملكة المغربية" in text
        assert not re.search(r"\b(Rapport|Manifestation|Délégation)\b", text)


def test_the_language_follows_the_system_unless_chosen(tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    french = QLocale(QLocale.Language.French, QLocale.Country.France)
    english = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    assert language.chosen_language(settings, french) == "fr"
    assert language.chosen_language(settings, english) == "ar"
    language.store_choice(settings, "ar")
    assert language.chosen_language(settings, french) == "ar"
    language.store_choice(settings, "nonsense")
    assert language.stored_choice(settings) == language.SYSTEM


def test_the_language_menu_remembers_the_choice_and_says_when_it_applies(
    window_factory, settings, qtbot
):
    window = window_factory()
    menu = window.findChild(type(window.menuBar().actions()[0].menu()), "languageMenu")
    assert menu.title() == "اللغة / Langue"
    actions = {action.data(): action for action in menu.actions()}
    assert set(actions) == {"ar", "fr", language.SYSTEM}
    assert actions[language.SYSTEM].isChecked()  # nothing chosen yet
    assert actions["fr"].text() == "Français (الفرنسية)"
    actions["fr"].trigger()
    assert settings.value(language.SETTING) == "fr"
    notice = window.findChild(QMessageBox, "languageNotice")
    qtbot.waitUntil(notice.isVisible)
    assert "المرة المقبلة" in notice.text()  # applied at the next start
    notice.accept()
    reread = QSettings(settings.fileName(), QSettings.Format.IniFormat)
    assert language.chosen_language(reread) == "fr"
    again = window_factory()  # the next window shows the kept choice
    menu = again.findChild(type(menu), "languageMenu")
    assert {a.data() for a in menu.actions() if a.isChecked()} == {"fr"}


STARTUP = """
from PySide6.QtCore import QCoreApplication, QLocale
from openreport.ui.app import setup_application
app = setup_application(language=None)
print(app._openreport_language, app.layoutDirection().name, QLocale().name(),
      QCoreApplication.translate("", "التالي"))
"""


@pytest.mark.parametrize(
    ("stored", "system", "expected"),
    [
        ("fr", "C", "fr LeftToRight fr_MA Suivant"),
        (None, "fr_FR.UTF-8", "fr LeftToRight fr_MA Suivant"),
        (None, "en_US.UTF-8", "ar RightToLeft ar_MA التالي"),
        ("ar", "fr_FR.UTF-8", "ar RightToLeft ar_MA التالي"),
    ],
)
def test_start_up_speaks_the_chosen_or_the_system_language(tmp_path, stored, system, expected):
    """The application started as `openreport` starts it: the language from the settings
    (QSettings in the user's folder), else from the system's."""
    config = tmp_path / "config"
    (config / "OpenReport").mkdir(parents=True)
    if stored:
        (config / "OpenReport" / "OpenReport.conf").write_text(f"[interface]\nlanguage={stored}\n")
    env = {
        **os.environ,
        "XDG_CONFIG_HOME": str(config),
        "LANG": system,
        "LC_ALL": system,
        "LANGUAGE": "",
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(ROOT),
    }
    done = subprocess.run(
        [sys.executable, "-c", STARTUP], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == expected
