#!/usr/bin/env bash
# Set up what a fresh Debian or Ubuntu machine lacks, then start Regulars or run its tests.
#
#   bash packaging/dev.sh run  [regulars options]   start the window (or a job: run find ellie)
#   bash packaging/dev.sh test [pytest options]     lint and run the test suite
#
# It installs the Qt system libraries with apt-get when they are missing (as root, or through
# sudo), keeps the Python packages in .venv, and reinstalls them only when pyproject.toml changes.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
action="${1:-run}"
[ $# -gt 0 ] && shift

# Libraries the PySide6 wheels load, and a font so text renders offscreen.
QT_PACKAGES=(libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6 libglib2.0-0
             libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0
             libxcb-keysyms1 libxcb-render-util0 libxcb-render0 libxcb-shape0 libxcb-util1
             libxcb-xkb1 fonts-dejavu-core)
# A real X server and tray host for the tray tests, and a mouse to click the tray icon.
X11_PACKAGES=(xvfb xauth trayer xdotool x11-utils)

say() { printf 'regulars: %s\n' "$*" >&2; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

install_system_packages() {
    command -v dpkg-query >/dev/null 2>&1 || { say "not a Debian-like system: skipping apt-get"; return; }
    local wanted=("${QT_PACKAGES[@]}") missing=()
    [ "$action" = test ] && wanted+=("${X11_PACKAGES[@]}")
    python3 -c 'import ensurepip, venv' 2>/dev/null || wanted+=(python3-venv)
    for package in "${wanted[@]}"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed" \
            || missing+=("$package")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        say "installing system packages: ${missing[*]}"
        as_root apt-get update -qq
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
            "${missing[@]}" >/dev/null
    fi
}

install_python_packages() {
    local stamp=.venv/.installed
    if [ ! -x .venv/bin/python ]; then
        say "creating .venv"
        python3 -m venv .venv
    fi
    local want
    want="$(sha256sum pyproject.toml | cut -d' ' -f1)"
    if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
        say "installing Python packages into .venv"
        .venv/bin/python -m pip install --quiet --upgrade pip
        .venv/bin/python -m pip install --quiet -e ".[test]"
        echo "$want" > "$stamp"
    fi
}

install_system_packages
install_python_packages

case "$action" in
    run)
        exec .venv/bin/regulars "$@"
        ;;
    test)
        .venv/bin/ruff check .
        .venv/bin/python -m pytest "$@"
        # The tray needs a real X server with a tray host: Xvfb with trayer.
        xvfb-run -a -s "-screen 0 1366x768x24" bash packaging/dev.sh x11-tests
        ;;
    x11-tests)
        trayer --edge top --align right --widthtype request --height 28 \
               --transparent false >/dev/null 2>&1 &
        trayer_pid=$!
        for _ in $(seq 50); do
            xwininfo -root -children 2>/dev/null | grep -q '"panel": ("panel" "trayer")' && break
            sleep 0.2
        done
        status=0
        QT_QPA_PLATFORM=xcb .venv/bin/python -m pytest -m x11 tests/test_tray_x11.py || status=$?
        kill "$trayer_pid" 2>/dev/null || true
        exit "$status"
        ;;
    *)
        say "unknown action '$action' (use: run, test)"
        exit 2
        ;;
esac
