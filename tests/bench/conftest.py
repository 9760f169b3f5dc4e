"""The ``bench`` package lives at the repository root and is not installed: import it from there.

(``tests/`` is on ``sys.path`` too, where ``tests/bench`` would only be a namespace package.)
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO_ROOT = str(Path(__file__).resolve().parents[2])
if REPO_ROOT not in sys.path:
    sys.path.insert(0, REPO_ROOT)
