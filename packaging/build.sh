#!/usr/bin/env bash
# Build Regulars into a folder that runs on a Linux machine without Python, and the archive that a
# shop owner downloads:
#
#   bash packaging/build.sh
#
# makes dist/regulars/ (the program is dist/regulars/regulars) and
# dist/regulars-VERSION-linux-ARCH.tar.gz, which holds that folder, install.sh, the menu entry,
# the icons and the software-centre description: extract it and run ./install.sh.
#
# Like dev.sh, it first installs what is missing: with apt-get (as root, or through sudo) the Qt
# libraries that go into the bundle and binutils, which PyInstaller uses to find what each
# library needs; PyInstaller itself, at the version pyproject.toml pins, into .venv.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=packaging/common.sh
source packaging/common.sh

# PyInstaller needs Python as a shared library; Debian's python3 is linked statically and ships
# the shared one in a package of its own.
python_packages=()
python="$(if [ -x .venv/bin/python ]; then echo .venv/bin/python; else command -v python3; fi)"
if command -v dpkg >/dev/null && dpkg -S "$(readlink -f "$python")" >/dev/null 2>&1; then
    python_packages+=("$("$python" -c 'import sys; print("libpython%d.%d" % sys.version_info[:2])')")
fi
apt_install_missing "${QT_PACKAGES[@]}" binutils "${python_packages[@]}"
venv_install bundle

version="$(.venv/bin/python packaging/appinfo.py version)"
app_id="$(.venv/bin/python packaging/appinfo.py app-id)"
name="regulars-$version-linux-$(uname -m)"

release_translations
say "building dist/regulars with PyInstaller"
rm -rf dist/regulars build/pyinstaller
.venv/bin/pyinstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/regulars.spec

# The bundle must start with nothing from this machine's environment.
check_home="$(mktemp -d)"
trap 'rm -rf "$check_home"' EXIT
env -i HOME="$check_home" dist/regulars/regulars --version >/dev/null \
    || { say "the bundle does not start"; exit 1; }

say "packing dist/$name.tar.gz"
stage="build/archive/$name"
rm -rf build/archive
mkdir -p "$stage/share/applications" "$stage/share/metainfo" "$stage/share/icons"
cp -R dist/regulars "$stage/regulars"
cp packaging/install.sh "$stage/install.sh"
cp "packaging/linux/$app_id.desktop" "$stage/share/applications/"
cp "packaging/linux/$app_id.metainfo.xml" "$stage/share/metainfo/"
cp -R resources/icons/hicolor "$stage/share/icons/hicolor"
mkdir -p "$stage/share/icons/hicolor/scalable/apps"
cp resources/icons/regulars.svg "$stage/share/icons/hicolor/scalable/apps/$app_id.svg"
chmod 755 "$stage/install.sh"
rm -f "dist/$name.tar.gz"
tar --create --gzip --file "dist/$name.tar.gz" --directory build/archive \
    --sort=name --owner=0 --group=0 --numeric-owner "$name"

say "built dist/regulars ($(du -sh dist/regulars | cut -f1)) and dist/$name.tar.gz ($(du -h "dist/$name.tar.gz" | cut -f1))"
