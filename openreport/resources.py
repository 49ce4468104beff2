"""Where OpenReport finds its shipped files (templates, demo report, icons, translations)."""

from __future__ import annotations

from pathlib import Path

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
DEMO_REPORT = RESOURCES / "demo" / "chefchaouen-saidia-2024.json"
DEMO_PROFILE = RESOURCES / "demo" / "profile.json"
TEMPLATES = RESOURCES / "templates"
