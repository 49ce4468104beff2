"""The «عرض» menu: the follow-up of recommendations and the year's figures, beside the library.

Each page is built when first opened: its module, its charts and its queries are not loaded at
the window's start, which stays as quick with 10,000 reports as with 1,000.
"""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QToolBar

from openreport.ui.fit import install_wheel_guard
from openreport.ui.labels import tr
from openreport.ui.language import follow_the_interface

# the window's actions on «the report» (the library's selection, out of sight on these pages)
REPORT_ACTIONS = "open duplicate delete restore empty_trash export pdf preview print export_file"


def report_actions_off(window) -> None:
    """On a page beside the library, what acts on «the report» waits for one."""
    window.update_actions()
    for name in REPORT_ACTIONS.split():
        getattr(window, f"{name}_action").setEnabled(False)


def install_views(window) -> None:
    """The menu and the toolbar's «حصيلة السنة»; the pages follow on first use."""
    menu = window.menuBar().addMenu(tr("عرض"))
    window.followup_action = window.action(
        tr("متابعة التوصيات"), lambda: open_followup(window), "Ctrl+Shift+U", menu
    )
    window.followup_action.setToolTip(
        tr("كل التوصيات والخطوات المقبلة في تقارير المكتبة، بمسؤوليها وآجالها وحالاتها")
    )
    action = QAction(tr("حصيلة السنة"), window)
    action.setObjectName("statsAction")
    tip = tr("أرقام السنة ومخططاتها: الفعاليات والوفود والتكاليف والتوصيات، وحفظها DOCX أو PDF")
    action.setToolTip(tip)
    action.setStatusTip(tip)
    action.setShortcut("Ctrl+Shift+Y")
    action.triggered.connect(lambda: open_stats(window))
    menu.addAction(action)
    toolbar = window.findChild(QToolBar, "mainToolbar")
    if toolbar is not None:
        toolbar.addAction(action)
    window.stats_action = action
    window.action(tr("المكتبة"), window.show_library, None, menu)


def open_followup(window) -> None:
    from openreport.ui import followup

    install_wheel_guard()  # its filters' value fields take the wheel only when focused
    page = getattr(window, "followup_page", None)
    if page is None:
        page = followup.build(window)
        follow_the_interface(page)
    followup.show(window, page)


def open_stats(window) -> None:
    from openreport.ui import stats

    install_wheel_guard()
    page = getattr(window, "stats_page", None)
    if page is None:
        page = stats.build(window)
        follow_the_interface(page)
    stats.show(window, page)
