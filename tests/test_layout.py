"""The tests mirror the source: each module of app/ has its test module.

app/<package>/<module>.py is tested in tests/<package>/test_<module>.py, and app/<module>.py
in tests/test_<module>.py. A package's __init__.py and the __main__.py that starts the
program are not modules of their own.
"""

from __future__ import annotations

from pathlib import Path

TESTS = Path(__file__).resolve().parent
APP = TESTS.parent / "app"
NOT_MODULES = {"__init__.py", "__main__.py"}


def mirror(module: Path) -> Path:
    relative = module.relative_to(APP)
    return TESTS / relative.parent / f"test_{relative.name}"


def app_modules() -> list[Path]:
    return sorted(p for p in APP.rglob("*.py")
                  if p.name not in NOT_MODULES and "__pycache__" not in p.parts)


def test_the_walk_finds_the_modules_it_should():
    found = {p.relative_to(APP).as_posix() for p in app_modules()}
    assert {"cli.py", "core/clock.py", "store/search.py", "exchange/jobs.py",
            "ui/main_window.py"} <= found
    assert not [name for name in found if name.endswith(tuple(NOT_MODULES))]
    assert mirror(APP / "cli.py") == TESTS / "test_cli.py"
    assert mirror(APP / "core" / "clock.py") == TESTS / "core" / "test_clock.py"


def test_every_module_has_its_test_module():
    missing = [f"{module.relative_to(APP.parent).as_posix()} has no "
               f"{mirror(module).relative_to(TESTS.parent).as_posix()}"
               for module in app_modules() if not mirror(module).is_file()]
    assert not missing, "\n".join(["modules without their mirror test module:", *missing])


def test_every_test_folder_is_a_package():
    """Two packages of app/ may hold modules of the same name, and so two test folders test
    modules of the same name: each folder is a package, so pytest imports both."""
    folders = {mirror(module).parent for module in app_modules()} - {TESTS}
    assert not [f.name for f in folders if not (f / "__init__.py").is_file()]
