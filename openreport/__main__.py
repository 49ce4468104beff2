"""``python -m openreport``: the same as the ``openreport`` command."""

import sys

from openreport.cli import main

sys.exit(main())
