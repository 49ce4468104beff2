"""Key points typed as text: one point a line, a line starting with «-» is a sub-point."""

from __future__ import annotations

from openreport.model import Point

SUB = "- "


def points_to_text(points: list[Point]) -> str:
    lines = []
    for point in points:
        lines.append(point.text)
        lines.extend(SUB + sub for sub in point.subpoints)
    return "\n".join(lines)


def text_to_points(text: str) -> list[Point]:
    points: list[Point] = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith(("-", "–", "•")) and points:
            points[-1].subpoints.append(line.lstrip("-–• ").strip())
        else:
            points.append(Point(line.lstrip("-–• ").strip() if line[0] in "•" else line))
    return points
