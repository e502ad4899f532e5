"""`pip install` of the checkout gives a package strukturbild whose api imports without QGIS.

A copy of the checkout is installed into a new virtual environment (no build isolation: setuptools from the system,
so no download); numpy and scipy come from the system, geopandas and its friends from this test environment.
"""

import os
import re
import shutil
import site
import subprocess
import sys
import textwrap
import zipfile

import pytest
from conftest import REPO_ROOT

# Run inside the new environment: importing qgis at all is an error, and the API works on a small case.
CHECK = textwrap.dedent("""
    import sys

    class NoQgis:
        def find_spec(self, name, path=None, target=None):
            if name == "qgis" or name.startswith("qgis."):
                raise ImportError("strukturbild.api imported " + name)

    sys.meta_path.insert(0, NoQgis())
    import geopandas as gpd
    from shapely.geometry import box
    import strukturbild.api as api

    regions = gpd.GeoDataFrame({"code": ["A", "B"]}, geometry=[box(0, 0, 100_000, 100_000),
                                                              box(100_000, 0, 200_000, 100_000)], crs=3006)
    zones = api.border_zones(regions, region_id="code", bands="10,25")
    print(api.__file__)
    print(sorted(round(a) for a in zones["area_km2"]))
    print([name for name in sys.modules if name == "qgis" or name.startswith("qgis.")])
""")


def _copy_checkout(target):
    """The files of the checkout (tracked and new, not ignored), as `pip install .` would see a clean clone."""
    try:
        listed = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
                                cwd=REPO_ROOT, capture_output=True, check=True).stdout.decode().split("\0")
    except (OSError, subprocess.CalledProcessError):
        shutil.copytree(REPO_ROOT, target, ignore=shutil.ignore_patterns(".git", ".venv", "build", ".pytest-stage"))
        return
    for name in filter(None, listed):
        source = REPO_ROOT / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    base = tmp_path_factory.mktemp("package")
    checkout = base / "checkout"
    _copy_checkout(checkout)
    python = getattr(sys, "_base_executable", sys.executable)
    subprocess.run([python, "-m", "venv", "--system-site-packages", str(base / "venv")], check=True)
    venv_python = base / "venv" / "bin" / "python"
    # setuptools (and wheel before 70.1) from the system; Python 3.12+ systems may lack them: then from PyPI
    has_backend = subprocess.run([str(venv_python), "-c", "import setuptools as s; v = tuple(int(p) for p in "
                                  "s.__version__.split('.')[:2]); assert v >= (61, 0); v >= (70, 1) or "
                                  "__import__('wheel')"], capture_output=True)
    if has_backend.returncode != 0:
        subprocess.run([str(venv_python), "-m", "pip", "install", "-q", "--disable-pip-version-check",
                        "setuptools>=70.1"], check=True)
    built = subprocess.run([str(venv_python), "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
                            "--disable-pip-version-check", "-q", "-w", str(base / "dist"), str(checkout)],
                           capture_output=True, text=True)
    assert built.returncode == 0, built.stderr
    wheel = next((base / "dist").glob("strukturbild-*.whl"))
    done = subprocess.run([str(venv_python), "-m", "pip", "install", "--no-deps", "--disable-pip-version-check",
                           "-q", str(wheel)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    # geopandas, shapely, pandas from this test environment, after the new environment's own packages
    purelib = subprocess.run([str(venv_python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                             capture_output=True, text=True, check=True).stdout.strip()
    with open(os.path.join(purelib, "test-environment.pth"), "w", encoding="utf-8") as handle:
        handle.write("\n".join(site.getsitepackages()) + "\n")
    return venv_python, wheel, base


def test_wheel_holds_the_api_and_the_methods_only(installed):
    _, wheel, _ = installed
    names = zipfile.ZipFile(wheel).namelist()
    assert "strukturbild/api.py" in names and "strukturbild/__init__.py" in names
    assert "strukturbild/processing_algorithms/methods/network.py" in names
    packaged = [name for name in names if not name.startswith("strukturbild-")]
    assert all(name.startswith("strukturbild/") for name in packaged), packaged
    for folder in ("tests", "demo", "bench", "strukturbild_plugin", "styles", "templates", "i18n"):
        assert not any(name.startswith((f"{folder}/", f"strukturbild/{folder}/")) for name in names), folder
    # the QGIS adapters are not in it
    assert not any(re.match(r"strukturbild/processing_algorithms/[^/]+\.py$", name) for name in names)
    assert not any("/accessibility/" in name or "/functional/" in name for name in names)


def test_installed_api_runs_without_qgis(installed, tmp_path):
    venv_python, _, base = installed
    done = subprocess.run([str(venv_python), "-c", CHECK], cwd=str(tmp_path), capture_output=True, text=True,
                          env={"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(tmp_path)}, timeout=300)
    assert done.returncode == 0, done.stderr
    api_file, areas, qgis_modules = done.stdout.strip().splitlines()[-3:]
    assert api_file.startswith(str(base / "venv")), api_file  # the installed copy, not the checkout
    assert areas == "[1000, 1000, 1500, 1500]"
    assert qgis_modules == "[]"


def test_version_is_the_plugins():
    pyproject = (REPO_ROOT / "pyproject.toml").read_text(encoding="utf-8")
    metadata = (REPO_ROOT / "metadata.txt").read_text(encoding="utf-8")
    version = re.search(r'^version = "([^"]+)"', pyproject, re.MULTILINE).group(1)
    assert version == re.search(r"^version=(\S+)", metadata, re.MULTILINE).group(1)
    # the tool sections the project relies on are still there
    for section in ("[tool.ruff]", "[tool.ruff.lint]", "[tool.pytest.ini_options]", "[tool.setuptools]"):
        assert section in pyproject


def test_api_module_in_the_checkout_imports_no_qgis():
    done = subprocess.run([sys.executable, "-c", "import sys; sys.path.insert(0, sys.argv[1]); "
                           "import strukturbild.api; "
                           "print([m for m in sys.modules if m == 'qgis' or m.startswith('qgis.')])",
                           str(REPO_ROOT / ".pytest-stage")], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
