"""The bundle's entry point: the ``openreport`` command, frozen by PyInstaller."""

import sys

from openreport.cli import main

if __name__ == "__main__":
    sys.exit(main())
