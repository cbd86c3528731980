#!/usr/bin/env bash
# Install Regulars for you alone, without root: the program, its menu entry and its icon.
#
#   ./install.sh                 install, or replace an older version (from the extracted archive)
#   ./install.sh --uninstall     remove what install.sh installed
#   ./install.sh --bundle DIR    install the program folder DIR instead of the one beside this script
#
# It puts the program in ~/.local/lib/regulars, a link to it in ~/.local/bin, the menu entry,
# the icons and the software-centre description under ~/.local/share. Uninstalling removes
# exactly those, and the start-at-login entry if it starts this copy. It never touches your
# customers: they stay in ~/.local/share/Regulars (or wherever --data-dir and REGULARS_DATA_DIR
# put them) until you delete that folder yourself.
#
# From a clone of the source, after `bash packaging/build.sh`, `bash packaging/install.sh`
# installs dist/regulars.
set -euo pipefail

APP_ID=io.github.regulars.Regulars
ICON_SIZES=(16 24 32 48 64 128 256 512)

say() { printf 'regulars: %s\n' "$*" >&2; }
fail() { say "$*"; exit 1; }

usage() {
    sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//'
}

action=install
bundle=
while [ $# -gt 0 ]; do
    case "$1" in
        --uninstall) action=uninstall ;;
        --bundle) [ $# -ge 2 ] || fail "--bundle needs a folder"; bundle="$2"; shift ;;
        -h|--help) usage; exit 0 ;;
        *) fail "unknown option '$1' (see --help)" ;;
    esac
    shift
done

[ -n "${HOME:-}" ] || fail "HOME is not set"
data_home="${XDG_DATA_HOME:-$HOME/.local/share}"
config_home="${XDG_CONFIG_HOME:-$HOME/.config}"
lib_dir="$HOME/.local/lib/regulars"
bin_link="$HOME/.local/bin/regulars"
program="$lib_dir/regulars"
desktop_file="$data_home/applications/$APP_ID.desktop"
metainfo_file="$data_home/metainfo/$APP_ID.metainfo.xml"
icon_dir="$data_home/icons/hicolor"
# The start-at-login entry is written by Regulars itself (Settings), under this name.
autostart_file="$config_home/autostart/regulars.desktop"
# Directories this installer made, so that uninstalling removes them again when they are empty.
made_list="$lib_dir/.made-directories"

installed_files() {
    printf '%s\n' "$desktop_file" "$metainfo_file" "$icon_dir/scalable/apps/$APP_ID.svg"
    local size
    for size in "${ICON_SIZES[@]}"; do
        printf '%s\n' "$icon_dir/${size}x${size}/apps/$APP_ID.png"
    done
}

# make_dir DIR: mkdir -p that notes each directory it creates.
made=()
make_dir() {
    [ -d "$1" ] && return
    make_dir "$(dirname "$1")"
    mkdir "$1"
    made+=("$1")
}

# The Exec value of a desktop entry for a program at PATH: quoted, with the two levels of
# escaping the Desktop Entry specification asks for, when the path has anything but plain letters.
desktop_exec() {
    case "$1" in
        *[!A-Za-z0-9/._+-]*)
            printf '"%s"' "$(printf '%s' "$1" \
                | sed -e 's/\\/\\\\\\\\/g' -e 's/["`$]/\\\\&/g' -e 's/%/%%/g')"
            ;;
        *) printf '%s' "$1" ;;
    esac
}

# Replacing or removing the files of a running Regulars would break it the next time it loads a
# part it has not used yet (an export, an import): it has to be quit first.
refuse_if_running() {
    local exe
    for exe in /proc/[0-9]*/exe; do
        if [ "$(readlink "$exe" 2>/dev/null)" = "$program" ]; then
            fail "Regulars is running: quit it (File > Quit, or Quit in its tray menu), then run this again"
        fi
    done
}

# Keep the caches that desktops read in step, where there are caches; without one, desktops
# read the folders themselves, and no cache is made, so that uninstalling leaves nothing behind.
refresh_caches() {
    if [ -f "$data_home/applications/mimeinfo.cache" ] && command -v update-desktop-database >/dev/null; then
        update-desktop-database -q "$data_home/applications" 2>/dev/null || true
    fi
    if [ -f "$icon_dir/icon-theme.cache" ] && command -v gtk-update-icon-cache >/dev/null; then
        gtk-update-icon-cache -q -t -f "$icon_dir" 2>/dev/null || true
    fi
    touch -c "$icon_dir" 2>/dev/null || true
}

find_sources() {
    local here
    here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
    if [ -d "$here/share/applications" ]; then  # the extracted archive
        [ -n "$bundle" ] || bundle="$here/regulars"
        desktop_source="$here/share/applications/$APP_ID.desktop"
        metainfo_source="$here/share/metainfo/$APP_ID.metainfo.xml"
        icon_source="$here/share/icons/hicolor"
        svg_source="$icon_source/scalable/apps/$APP_ID.svg"
    else  # packaging/ in a clone of the source
        [ -n "$bundle" ] || bundle="$here/../dist/regulars"
        desktop_source="$here/linux/$APP_ID.desktop"
        metainfo_source="$here/linux/$APP_ID.metainfo.xml"
        icon_source="$here/../resources/icons/hicolor"
        svg_source="$here/../resources/icons/regulars.svg"
    fi
    [ -x "$bundle/regulars" ] \
        || fail "no program at $bundle/regulars (from a clone of the source, run packaging/build.sh first)"
    local file
    for file in "$desktop_source" "$metainfo_source" "$svg_source"; do
        [ -f "$file" ] || fail "missing $file"
    done
}

install_regulars() {
    find_sources
    bundle="$(cd "$bundle" && pwd)"
    [ "$bundle" != "$lib_dir" ] || fail "$bundle is already the installed copy"
    if [ -e "$lib_dir" ] && [ ! -f "$made_list" ]; then
        fail "$lib_dir exists but was not made by this installer; move it away first"
    fi
    refuse_if_running

    local previous=()
    [ -f "$made_list" ] && mapfile -t previous < "$made_list"

    say "installing $bundle to $lib_dir"
    make_dir "$(dirname "$lib_dir")"
    # Copy beside the old version, then swap, so that a failed copy leaves the old one working.
    rm -rf "$lib_dir.new" "$lib_dir.old"
    cp -R "$bundle" "$lib_dir.new"
    cp "${BASH_SOURCE[0]}" "$lib_dir.new/install.sh"
    chmod 755 "$lib_dir.new/install.sh"
    if [ -e "$lib_dir" ]; then mv "$lib_dir" "$lib_dir.old"; fi
    mv "$lib_dir.new" "$lib_dir"
    rm -rf "$lib_dir.old"

    make_dir "$(dirname "$bin_link")"
    if [ -L "$bin_link" ] || [ ! -e "$bin_link" ]; then
        ln -sfn "$program" "$bin_link"
    else
        say "left $bin_link alone: it is not a link this installer made"
    fi

    make_dir "$(dirname "$desktop_file")"
    local exec_value line
    exec_value="$(desktop_exec "$program")"
    # The menu entry starts the installed program by its full path: ~/.local/bin is not on
    # every desktop session's PATH.
    while IFS= read -r line || [ -n "$line" ]; do
        case "$line" in
            Exec=*) printf 'Exec=%s\n' "$exec_value" ;;
            *) printf '%s\n' "$line" ;;
        esac
    done < "$desktop_source" > "$desktop_file.new"
    mv "$desktop_file.new" "$desktop_file"

    make_dir "$(dirname "$metainfo_file")"
    cp "$metainfo_source" "$metainfo_file"

    local size
    for size in "${ICON_SIZES[@]}"; do
        make_dir "$icon_dir/${size}x${size}/apps"
        cp "$icon_source/${size}x${size}/apps/$APP_ID.png" "$icon_dir/${size}x${size}/apps/"
    done
    make_dir "$icon_dir/scalable/apps"
    cp "$svg_source" "$icon_dir/scalable/apps/$APP_ID.svg"

    printf '%s\n' "${previous[@]}" "${made[@]}" | sed '/^$/d' | sort -u > "$made_list"
    refresh_caches

    say "installed $("$program" --version 2>/dev/null || echo Regulars)"
    say "start it from the applications menu, or run $bin_link"
    case ":${PATH:-}:" in
        *":$(dirname "$bin_link"):"*) ;;
        *) say "($(dirname "$bin_link") is not on your PATH; the menu entry works without it)" ;;
    esac
    say "to remove it: $lib_dir/install.sh --uninstall"
}

uninstall_regulars() {
    local file removed=0
    refuse_if_running
    # Regulars writes the command quoted as a POSIX shell would: a ' in the path becomes '"'"'.
    local quoted="${program//\'/\'\"\'\"\'}"
    if [ -f "$autostart_file" ] && grep -qF -e "$program" -e "$quoted" "$autostart_file"; then
        rm -f "$autostart_file"
        say "removed the start-at-login entry"
    fi
    if [ -L "$bin_link" ] && [ "$(readlink "$bin_link")" = "$program" ]; then
        rm -f "$bin_link"
    fi
    while IFS= read -r file; do
        if [ -e "$file" ] || [ -L "$file" ]; then
            rm -f "$file"
            removed=1
        fi
    done < <(installed_files)

    local made_dirs=()
    [ -f "$made_list" ] && mapfile -t made_dirs < "$made_list"
    if [ -f "$made_list" ]; then
        rm -rf "$lib_dir"
        removed=1
    elif [ -e "$lib_dir" ]; then
        say "left $lib_dir alone: this installer did not make it"
    fi
    # Deepest first, and only when empty: something else may have been put there since.
    local dir
    while IFS= read -r dir; do
        if [ -n "$dir" ]; then rmdir "$dir" 2>/dev/null || true; fi
    done < <(printf '%s\n' "${made_dirs[@]}" | awk '{ print length, $0 }' | sort -rn | cut -d' ' -f2-)
    refresh_caches

    if [ "$removed" = 1 ]; then say "removed Regulars"; else say "Regulars was not installed"; fi
    local data="${REGULARS_DATA_DIR:-$data_home/Regulars}"
    if [ -d "$data" ]; then
        say "your customers are still in $data; delete that folder yourself if you want them gone"
    fi
}

case "$action" in
    install) install_regulars ;;
    uninstall) uninstall_regulars ;;
esac
