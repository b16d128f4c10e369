"""python -m hamsa.mock: see hamsa.mock.main."""

from __future__ import annotations

import sys

from . import main

if __name__ == "__main__":
    sys.exit(main())
