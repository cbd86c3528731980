"""What the bundle, the installers and the desktop files say about Regulars.

pyproject.toml is the only place the version is written and app/__init__.py the
only place the application id is; the PyInstaller spec, build.sh and the tests
read both from here.

    python packaging/appinfo.py version     prints the version (build.sh uses it)
    python packaging/appinfo.py app-id      prints the application id
"""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app import APP_ID, APP_NAME  # noqa: E402 - the package is found through the line above

EXECUTABLE = "regulars"


def project() -> dict:
    with (ROOT / "pyproject.toml").open("rb") as file:
        return tomllib.load(file)["project"]


def version() -> str:
    return project()["version"]


def version_tuple() -> tuple[int, int, int, int]:
    """Windows wants four numbers; "1.2" is 1.2.0.0 and a suffix such as "rc1" is dropped."""
    numbers = [int(re.match(r"\d*", part)[0] or 0) for part in version().split(".")[:4]]
    a, b, c, d = [*numbers, 0, 0, 0, 0][:4]
    return a, b, c, d


def author() -> str:
    return project()["authors"][0]["name"]


def copyright_line() -> str:
    return f"© {author()}. {project()['license']} licence."


def windows_version_info() -> str:
    """The text of a PyInstaller version file: what Explorer shows under Properties > Details."""
    numbers = version_tuple()
    strings = {
        "CompanyName": author(),
        "FileDescription": APP_NAME,
        "FileVersion": version(),
        "InternalName": EXECUTABLE,
        "LegalCopyright": copyright_line(),
        "OriginalFilename": f"{EXECUTABLE}.exe",
        "ProductName": APP_NAME,
        "ProductVersion": version(),
        "Comments": project()["description"],
    }
    entries = ",\n".join(
        f"            StringStruct({key!r}, {value!r})" for key, value in strings.items()
    )
    return f"""# Generated from pyproject.toml by packaging/appinfo.py; edit that, not this.
VSVersionInfo(
  ffi=FixedFileInfo(
    filevers={numbers},
    prodvers={numbers},
    mask=0x3f,
    flags=0x0,
    OS=0x40004,
    fileType=0x1,
    subtype=0x0,
    date=(0, 0)
  ),
  kids=[
    StringFileInfo([
      StringTable(
        '040904B0',
        [
{entries}
        ])
    ]),
    VarFileInfo([VarStruct('Translation', [0x0409, 1200])])
  ]
)
"""


def macos_info_plist() -> dict:
    """Keys added to the bundle's Info.plist (PyInstaller writes the identifier and names)."""
    return {
        "CFBundleDisplayName": APP_NAME,
        "CFBundleShortVersionString": version(),
        "CFBundleVersion": version(),
        "NSHumanReadableCopyright": copyright_line(),
        # Qt draws sharp text on Retina screens only when the bundle says it can.
        "NSHighResolutionCapable": True,
        # The oldest macOS the PySide6 6.11 wheels are built for.
        "LSMinimumSystemVersion": "13.0",
        "LSApplicationCategoryType": "public.app-category.business",
        "NSRequiresAquaSystemAppearance": False,
    }


if __name__ == "__main__":
    answers = {"version": version, "app-id": lambda: APP_ID}
    if len(sys.argv) != 2 or sys.argv[1] not in answers:
        sys.exit(f"usage: {sys.argv[0]} {'|'.join(answers)}")
    print(answers[sys.argv[1]]())
