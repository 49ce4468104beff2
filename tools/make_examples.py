"""Write the example reports, one of each kind besides the Chefchaouen demo, to
resources/examples/ (``python tools/make_examples.py [FOLDER]``).

Each example is entered as data in a module beside this script (example_training.py …),
invented for OpenReport. The files are the same at every run (fixed uuids, recommendation ids
derived from them); a test checks that the shipped files are what this script writes. An
example written by another body than the demo's commune ships its profile beside it, as
``<name>.profile.json``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import example_conference
import example_meeting
import example_mission
import example_training
from make_demo import with_lasting_ids

from openreport.serialization import profile_to_data, report_to_json

EXAMPLES_DIR = Path(__file__).resolve().parent.parent / "resources" / "examples"
# The file names, in the order the demo library holds them (see openreport/demo.py).
EXAMPLES = {
    "training-chefchaouen-2025": example_training,
    "study-visit-bilbao-2025": example_mission,
    "meeting-association-2025": example_meeting,
    "conference-rabat-2025": example_conference,
}


def write(folder: Path = EXAMPLES_DIR) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, module in EXAMPLES.items():
        path = folder / f"{name}.json"
        path.write_text(report_to_json(with_lasting_ids(module.report())) + "\n", "utf-8")
        written.append(path)
        if hasattr(module, "profile"):
            path = folder / f"{name}.profile.json"
            data = profile_to_data(module.profile())
            path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", "utf-8")
            written.append(path)
    return written


if __name__ == "__main__":
    for written in write(Path(sys.argv[1]) if len(sys.argv) > 1 else EXAMPLES_DIR):
        print(written)
