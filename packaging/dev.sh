#!/usr/bin/env bash
# Set up what a fresh Debian or Ubuntu machine lacks, then start Regulars or run its tests.
#
#   bash packaging/dev.sh run  [regulars options]   start the window (or a job: run find ellie)
#   bash packaging/dev.sh test [pytest options]     lint, check the layers, run the tests
#
# It installs the Qt system libraries with apt-get when they are missing (as root, or through
# sudo), keeps the Python packages in .venv, and reinstalls them only when pyproject.toml changes.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
action="${1:-run}"
[ $# -gt 0 ] && shift

# shellcheck source=packaging/common.sh
source packaging/common.sh
# shellcheck source=packaging/test_server.sh
source packaging/test_server.sh

# A real X server, a window manager and a tray host for the tray tests and the journeys typed
# into the real window, and xdotool for the keyboard and the mouse.
X11_PACKAGES=(xvfb xauth openbox trayer xdotool x11-utils)
# The validators that the tests run over the desktop entry and the AppStream file.
VALIDATORS=(desktop-file-utils appstream)

if [ "$action" = test ]; then
    apt_install_missing "${QT_PACKAGES[@]}" "${X11_PACKAGES[@]}" "${VALIDATORS[@]}" \
        "${POSTGRES_PACKAGES[@]}"
else
    apt_install_missing "${QT_PACKAGES[@]}"
fi
venv_install test
release_translations

case "$action" in
    run)
        exec .venv/bin/regulars "$@"
        ;;
    test)
        .venv/bin/ruff check .
        # The layers, with the contracts in pyproject.toml; exits 1 when one is broken. Building
        # the graph takes a fraction of a second, so no cache is kept.
        .venv/bin/lint-imports --no-logo --no-cache pyproject.toml
        # The store's tests on a server too: a private PostgreSQL cluster for this run only.
        trap stop_test_server EXIT  # first: a cluster that failed to start is removed too
        start_test_server
        .venv/bin/python -m pytest "$@"
        # The store, core and exchange tests once more, each on a server book of its own, but
        # for those about the file itself (marked file_only).
        REGULARS_TEST_ENGINE=server .venv/bin/python -m pytest -m "not x11 and not file_only" \
            tests/store tests/core tests/exchange "$@"
        stop_test_server
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
        openbox >/dev/null 2>&1 &
        openbox_pid=$!
        for _ in $(seq 50); do
            xprop -root _NET_SUPPORTING_WM_CHECK 2>/dev/null | grep -q "window id" && break
            sleep 0.2
        done
        status=0
        # every test marked x11: the tray's own, and the journeys that need a real tray or
        # window manager
        QT_QPA_PLATFORM=xcb .venv/bin/python -m pytest -m x11 tests/test_tray_x11.py \
            tests/journeys || status=$?
        kill "$trayer_pid" "$openbox_pid" 2>/dev/null || true
        exit "$status"
        ;;
    *)
        say "unknown action '$action' (use: run, test)"
        exit 2
        ;;
esac
