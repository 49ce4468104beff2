"""The programme's problems on its tree: the day, session or item that has one is marked with
a warning sign, and its tooltip says what it misses."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QStyle, QTreeWidget, QTreeWidgetItemIterator

from openreport.ui.labels import shown
from openreport.validation import Problem

PATH = Qt.ItemDataRole.UserRole  # a node's (day, session, item) numbers


def node_numbers(path: str) -> tuple[int, ...]:
    """The (day, session, item) a validation path is about: «days[1].sessions[0].end_time»
    is about (1, 0)."""
    return tuple(int(n) for n in re.findall(r"\[(\d+)\]", path))[:3]


def mark_nodes(tree: QTreeWidget, problems: list[Problem]) -> None:
    """Mark the nodes of ``tree`` that ``problems`` are about; unmark the others."""
    messages: dict[tuple, list[str]] = {}
    for problem in problems:
        messages.setdefault(node_numbers(problem.path), []).append(shown(problem.message))
    warning = tree.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
    nodes = QTreeWidgetItemIterator(tree)
    while nodes.value() is not None:
        node = nodes.value()
        said = messages.get(tuple(node.data(0, PATH) or ()), [])
        node.setIcon(0, warning if said else QIcon())
        node.setToolTip(0, " ".join(said))
        nodes += 1
