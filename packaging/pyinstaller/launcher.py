"""The bundle's entry point: the ``openreport`` command, frozen by PyInstaller."""

import os
import sys


def _system_libraries_for_children() -> None:
    """On Linux, PyInstaller's bootloader points LD_LIBRARY_PATH at the bundle's libraries
    (the build machine's libstdc++, fontconfig …) and keeps the user's value in
    LD_LIBRARY_PATH_ORIG. The programs OpenReport starts, LibreOffice first, must load their
    own system's libraries: the user's value comes back. (This process is not affected: the
    dynamic loader read the variable when it started.)"""
    if not (getattr(sys, "frozen", False) and sys.platform.startswith("linux")):
        return
    original = os.environ.pop("LD_LIBRARY_PATH_ORIG", None)
    if original is None:
        os.environ.pop("LD_LIBRARY_PATH", None)
    else:
        os.environ["LD_LIBRARY_PATH"] = original


if __name__ == "__main__":
    _system_libraries_for_children()

    from openreport.cli import main

    sys.exit(main())
