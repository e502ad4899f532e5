"""Test set-up: a stable import name for the plugin, headless Qt, QGIS's processing on sys.path.

The repository root is the plugin folder and has an __init__.py, so there is deliberately no
tests/__init__.py; instead `.pytest-stage/strukturbild` links to the root and is put first on sys.path,
and tests import `strukturbild.…`.
"""

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("XDG_RUNTIME_DIR", tempfile.mkdtemp(prefix="xdg-"))

REPO_ROOT = Path(__file__).resolve().parent.parent
STAGE = REPO_ROOT / ".pytest-stage"
STAGE.mkdir(exist_ok=True)
_link = STAGE / "strukturbild"
if not _link.is_symlink():
    _link.symlink_to(REPO_ROOT, target_is_directory=True)
sys.path.insert(0, str(STAGE))
sys.path.insert(1, "/usr/share/qgis/python/plugins")

TEST_DATA = REPO_ROOT / "tests" / "data"
DEMO_DATA = REPO_ROOT / "demo" / "data"
