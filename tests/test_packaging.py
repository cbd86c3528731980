"""What the bundle and the installers ship: icons, desktop entry, AppStream file, install.sh."""

from __future__ import annotations

import ast
import configparser
import importlib.util
import os
import plistlib
import shlex
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app import APP_ID, APP_NAME, __version__

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
ICONS = ROOT / "resources" / "icons"
DESKTOP = PACKAGING / "linux" / f"{APP_ID}.desktop"
METAINFO = PACKAGING / "linux" / f"{APP_ID}.metainfo.xml"
THEME_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def project() -> dict:
    with (ROOT / "pyproject.toml").open("rb") as file:
        return tomllib.load(file)["project"]


def appinfo():
    spec = importlib.util.spec_from_file_location("appinfo", PACKAGING / "appinfo.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def desktop_entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def tree(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*")}


# --- icons -------------------------------------------------------------------------------------


@pytest.mark.parametrize("size", THEME_SIZES)
def test_theme_icon_has_its_size(qapp, size):
    from PySide6.QtGui import QImage

    image = QImage(str(ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"))
    assert not image.isNull()
    assert (image.width(), image.height()) == (size, size)
    assert image.hasAlphaChannel()
    assert image.pixelColor(0, 0).alpha() == 0  # rounded corners stay see-through
    assert image.pixelColor(size // 2, size // 2).alpha() == 255


def read_all(path: Path) -> list[int]:
    from PySide6.QtGui import QImageReader

    reader = QImageReader(str(path))
    sizes = []
    for index in range(reader.imageCount()):
        assert reader.jumpToImage(index)
        image = reader.read()
        assert not image.isNull(), reader.errorString()
        assert image.width() == image.height()
        sizes.append(image.width())
    return sorted(sizes)


def test_windows_icon_holds_every_size(qapp):
    assert read_all(ICONS / "regulars.ico") == [16, 24, 32, 48, 64, 128, 256]


def test_macos_icon_holds_every_size_with_retina(qapp):
    assert read_all(ICONS / "regulars.icns") == [16, 32, 32, 64, 64, 128, 256, 256, 512, 512, 1024]


# --- desktop entry, AppStream, bundle metadata --------------------------------------------------


def test_desktop_entry_names_the_app_its_icon_and_program():
    entry = desktop_entry(DESKTOP)
    assert entry["Type"] == "Application"
    assert entry["Name"] == APP_NAME
    assert entry["Icon"] == APP_ID
    assert entry["Exec"] == "regulars"
    assert entry["Exec"] in project()["scripts"]
    assert {"Office", "ContactManagement"} <= set(entry["Categories"].split(";"))
    assert entry["StartupWMClass"] == APP_NAME  # what Qt puts in WM_CLASS on X11


def test_window_says_which_desktop_entry_it_belongs_to(qapp):
    from app.ui.application import make_application

    assert make_application().desktopFileName() == APP_ID


def test_desktop_entry_is_valid():
    result = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True,
                            text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout


def test_metainfo_matches_pyproject():
    root = ET.parse(METAINFO).getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("name") == APP_NAME
    assert root.findtext("project_license") == project()["license"]
    assert root.findtext("developer_name") == project()["authors"][0]["name"]
    assert root.find("launchable").text == DESKTOP.name
    assert root.find("provides/binary").text in project()["scripts"]
    newest = root.find("releases/release")
    assert newest.get("version") == project()["version"] == __version__
    for image in root.iterfind("screenshots/screenshot/image"):
        assert (ROOT / image.text.split("/main/", 1)[1]).is_file(), image.text


def test_metainfo_is_valid():
    result = subprocess.run(["appstreamcli", "validate", "--no-net", "--strict", str(METAINFO)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_windows_version_resource_carries_the_version():
    info = appinfo()
    text = info.windows_version_info()
    ast.parse(text, mode="eval")  # PyInstaller reads the file with eval()
    major, minor, patch = (int(part) for part in project()["version"].split("."))
    assert f"filevers=({major}, {minor}, {patch}, 0)" in text
    assert f"StringStruct('ProductVersion', '{project()['version']}')" in text
    assert "StringStruct('OriginalFilename', 'regulars.exe')" in text


def test_macos_bundle_settings():
    info = appinfo()
    plist = info.macos_info_plist()
    assert plist["NSHighResolutionCapable"] is True
    assert plist["CFBundleShortVersionString"] == project()["version"]
    assert plist["LSMinimumSystemVersion"]
    assert "Regulars team" in plist["NSHumanReadableCopyright"]
    plistlib.dumps(plist)
    assert info.APP_ID == APP_ID


def test_scripts_and_installers_use_the_same_app_id():
    install = (PACKAGING / "install.sh").read_text()
    assert f"\nAPP_ID={APP_ID}\n" in install
    assert "AppId={{" in (PACKAGING / "windows" / "regulars.iss").read_text()


def test_smoke_picks_offscreen_without_a_display(tmp_path: Path):
    env = {"HOME": str(tmp_path), "PATH": os.environ.get("PATH", "/usr/bin:/bin")}
    result = subprocess.run([sys.executable, "-m", "app", "--smoke"], capture_output=True,
                            text=True, cwd=ROOT, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / ".local" / "share" / "Regulars" / "regulars.sqlite3").exists()


# --- install.sh ----------------------------------------------------------------------------------


@pytest.fixture
def fake_bundle(tmp_path: Path) -> Path:
    """A program folder as PyInstaller lays it out, with a shell script for the program."""
    bundle = tmp_path / "bundle"
    (bundle / "_internal").mkdir(parents=True)
    (bundle / "_internal" / "library.so").write_bytes(b"\0" * 16)
    program = bundle / "regulars"
    program.write_text("#!/bin/sh\necho 'regulars 9.9'\n")
    program.chmod(0o755)
    return bundle


@pytest.fixture
def home(tmp_path: Path) -> Path:
    """A home with customers in it and a menu entry of another program."""
    home = tmp_path / "home of o'brien $x"
    data = home / ".local" / "share" / "Regulars"
    data.mkdir(parents=True)
    (data / "regulars.sqlite3").write_bytes(b"the customers")
    (home / ".local" / "share" / "applications").mkdir()
    (home / ".local" / "share" / "applications" / "other.desktop").write_text("[Desktop Entry]\n")
    return home


def run_install(home: Path, *args: str, script: Path = PACKAGING / "install.sh"):
    env = {"HOME": str(home), "PATH": "/usr/bin:/bin"}
    return subprocess.run(["bash", str(script), *args], capture_output=True, text=True, env=env,
                          timeout=60)


def install(home: Path, *args: str, script: Path = PACKAGING / "install.sh"):
    result = run_install(home, *args, script=script)
    assert result.returncode == 0, result.stderr
    return result


def test_install_puts_program_menu_entry_and_icons_under_local(home, fake_bundle):
    install(home, "--bundle", str(fake_bundle))
    lib = home / ".local" / "lib" / "regulars"
    program = lib / "regulars"
    assert os.access(program, os.X_OK)
    assert (lib / "_internal" / "library.so").is_file()
    link = home / ".local" / "bin" / "regulars"
    assert link.is_symlink() and link.resolve() == program.resolve()
    assert subprocess.run([str(link)], capture_output=True, text=True).stdout == "regulars 9.9\n"

    share = home / ".local" / "share"
    desktop = share / "applications" / DESKTOP.name
    entry = desktop_entry(desktop)
    # The menu starts the program by its full path, quoted as the specification wants.
    assert entry["Exec"] == '"' + str(program).replace("$", "\\\\$") + '"'
    assert entry["Icon"] == APP_ID
    validated = subprocess.run(["desktop-file-validate", str(desktop)], capture_output=True,
                               text=True)
    assert validated.returncode == 0 and not validated.stdout.strip(), validated.stdout
    assert (share / "metainfo" / METAINFO.name).read_bytes() == METAINFO.read_bytes()
    for size in THEME_SIZES:
        png = share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        assert png.read_bytes() == (ICONS / png.relative_to(share / "icons")).read_bytes()
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    assert (scalable / f"{APP_ID}.svg").read_bytes() == (ICONS / "regulars.svg").read_bytes()
    assert (lib / "install.sh").read_bytes() == (PACKAGING / "install.sh").read_bytes()


def test_uninstall_removes_what_install_added_and_keeps_the_customers(home, fake_bundle,
                                                                      monkeypatch):
    from app.core import autostart

    before = tree(home)
    install(home, "--bundle", str(fake_bundle))
    install(home, "--bundle", str(fake_bundle))  # installing again replaces, and adds nothing
    program = home / ".local" / "lib" / "regulars" / "regulars"
    # Settings > Start when I log in, as the installed program writes it.
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(program))
    entry = autostart.enable(home=home, platform="linux")
    assert shlex.quote(str(program)) in entry.read_text()
    assert desktop_entry(entry)["Icon"] == APP_ID  # the icon this installer put in the theme

    installed_script = home / ".local" / "lib" / "regulars" / "install.sh"
    result = install(home, "--uninstall", script=installed_script)
    assert "still in" in result.stderr
    assert not entry.exists()
    assert tree(home) == before | {".config", ".config/autostart"}
    data = home / ".local" / "share" / "Regulars" / "regulars.sqlite3"
    assert data.read_bytes() == b"the customers"


def test_uninstall_keeps_a_start_at_login_entry_of_another_copy(home, fake_bundle):
    install(home, "--bundle", str(fake_bundle))
    entry = home / ".config" / "autostart" / "regulars.desktop"
    entry.parent.mkdir(parents=True)
    entry.write_text("[Desktop Entry]\nExec=/opt/regulars/regulars --tray\n")
    install(home, "--uninstall")
    assert entry.exists()
    assert not (home / ".local" / "lib" / "regulars").exists()


def test_install_leaves_a_program_of_the_same_name_alone(home, fake_bundle):
    other = home / ".local" / "bin" / "regulars"
    other.parent.mkdir(parents=True)
    other.write_text("#!/bin/sh\necho mine\n")
    result = install(home, "--bundle", str(fake_bundle))
    assert "left" in result.stderr
    install(home, "--uninstall")
    assert other.read_text() == "#!/bin/sh\necho mine\n"


def test_install_and_uninstall_wait_until_regulars_is_quit(home, tmp_path):
    bundle = tmp_path / "long-running"
    bundle.mkdir()
    shutil.copy(shutil.which("sleep"), bundle / "regulars")  # a program that keeps running
    install(home, "--bundle", str(bundle))
    program = home / ".local" / "lib" / "regulars" / "regulars"
    running = subprocess.Popen([str(program), "60"])
    try:
        for args in (("--bundle", str(bundle)), ("--uninstall",)):
            result = run_install(home, *args)
            assert result.returncode == 1 and "quit it" in result.stderr, result.stderr
            assert program.is_file()
    finally:
        running.kill()
        running.wait()
    install(home, "--uninstall")
    assert not program.exists()


def test_install_without_a_bundle_says_what_to_do(home, tmp_path):
    result = run_install(home, "--bundle", str(tmp_path / "nothing"))
    assert result.returncode == 1
    assert "no program" in result.stderr
    assert not (home / ".local" / "lib").exists()
