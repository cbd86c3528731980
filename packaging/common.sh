# Shared by dev.sh and build.sh (sourced, not run): what a fresh Debian or Ubuntu machine lacks,
# installed once, with apt-get as root or through sudo, and the Python packages in .venv.
# shellcheck shell=bash

# Libraries the PySide6 wheels load, and a font so text renders offscreen. The build copies the
# xcb ones into the bundle, so they must be here for it to find them.
# shellcheck disable=SC2034 # used by the scripts that source this file
QT_PACKAGES=(libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6 libglib2.0-0
             libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0
             libxcb-keysyms1 libxcb-render-util0 libxcb-render0 libxcb-shape0 libxcb-util1
             libxcb-xkb1 fonts-dejavu-core)

say() { printf 'regulars: %s\n' "$*" >&2; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# apt_install_missing PACKAGE...: install those of the packages that are not installed yet.
apt_install_missing() {
    command -v dpkg-query >/dev/null 2>&1 || { say "not a Debian-like system: skipping apt-get"; return; }
    local wanted=("$@") missing=() package
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

# venv_install EXTRA: .venv with the project and one of its optional extras (test, bundle),
# installed again only when pyproject.toml changes.
venv_install() {
    local extra="$1" stamp=".venv/.installed-$1" want
    if [ ! -x .venv/bin/python ]; then
        say "creating .venv"
        python3 -m venv .venv
    fi
    want="$(sha256sum pyproject.toml | cut -d' ' -f1)"
    if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
        say "installing Python packages into .venv ($extra)"
        .venv/bin/python -m pip install --quiet --upgrade pip
        .venv/bin/python -m pip install --quiet -e ".[$extra]"
        echo "$want" > "$stamp"
    fi
}

# release_translations: the .qm files the window loads, made from the .ts files kept in the
# repository (see packaging/translations.sh); each .qm beside its .ts.
release_translations() {
    .venv/bin/pyside6-lrelease -silent resources/translations/*.ts
}
