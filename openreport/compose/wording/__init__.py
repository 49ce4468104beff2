"""How a report's sentences are said, one package per language and country.

A wording is a module (today only ``ar_ma``) that offers the same names: every sentence by its
meaning, the page words, the language and the direction. The parts of a report reach it through
``ctx.words`` only, so another wording (a later ``fr``) can be swapped in by ``wording_for``.
"""

from __future__ import annotations

from types import ModuleType

from openreport.model import CommuneProfile, Report


def wording_for(report: Report, profile: CommuneProfile) -> ModuleType:
    """The wording ``report`` is written in: Moroccan administrative Arabic, for now."""
    from openreport.compose.wording import ar_ma

    return ar_ma
