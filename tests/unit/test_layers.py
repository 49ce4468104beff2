"""The model, storage and export import no Qt: they run without a display."""

import subprocess
import sys


def test_model_storage_and_export_import_no_qt():
    code = (
        "import sys\n"
        "import openreport.model, openreport.validation, openreport.serialization\n"
        "import openreport.storage, openreport.storage.exchange, openreport.demo, openreport.cli\n"
        "import openreport.compose, openreport.render.docx.writer\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "print(loaded)\n"
        "sys.exit(1 if loaded else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
