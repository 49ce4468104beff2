"""One recommendation or next step (both ``Recommendation``) as a list item."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from openreport.compose.context import Context
from openreport.compose.document import ListItem, Run
from openreport.model import Recommendation


def action_item(ctx: Context, action: Recommendation, own_mark: Callable[[Any], str]) -> ListItem:
    """The action's text, its details, and ``own_mark(writer)`` in bold when the writer
    made it or takes it on."""
    runs = [Run(action.text.strip() + " ")]
    details = ctx.words.action_details(
        action.responsible.strip(), action.deadline, ctx.month_style, action.status
    )
    if details:
        runs.append(Run(details))
    if action.by_commune:
        runs.append(Run(own_mark(ctx.writer), bold=True))
    runs[-1].text = runs[-1].text.rstrip()
    return ListItem(runs)
