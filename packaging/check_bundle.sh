#!/usr/bin/env bash
# Start the built bundle the way a machine without Python starts it: with an empty environment
# (only HOME, in a throw-away folder) and nothing from .venv.
#
#   bash packaging/check_bundle.sh [BUNDLE_DIR]      (default: dist/regulars)
#
# Runs --version, the command-line jobs, an import large enough to use worker processes, and
# --smoke (the window opens offscreen when there is no display, runs its event loop once, quits).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
bundle="${1:-dist/regulars}"
program="$(cd "$bundle" && pwd)/regulars"
[ -x "$program" ] || { echo "check: no program at $program" >&2; exit 1; }

home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT

# check NAME EXPECTED COMMAND...: run in a bare environment; the output must contain EXPECTED.
check() {
    local name="$1" expected="$2" output started status=0
    shift 2
    started=$(date +%s%N)
    output="$(env -i HOME="$home" "$@" 2>&1)" || status=$?
    local ms=$(( ($(date +%s%N) - started) / 1000000 ))
    if [ "$status" -ne 0 ] || [[ "$output" != *"$expected"* ]]; then
        printf 'check: %s failed (exit %s, wanted "%s"):\n%s\n' "$name" "$status" "$expected" "$output" >&2
        exit 1
    fi
    printf 'check: %-28s ok  %6d ms\n' "$name" "$ms"
}

python="$(if [ -x .venv/bin/python ]; then echo .venv/bin/python; else echo python3; fi)"
version="$("$python" packaging/appinfo.py version)"
check "--version" "regulars $version" "$program" --version
check "demo --customers 20" "added 20 sample customers" "$program" demo --customers 20
check "find" "found" "$program" find el
check "find --json" '"id"' "$program" find --json ""
check "reminders" "reminders" "$program" reminders --days 30
check "week" "The week" "$program" week
check "check" "ok:" "$program" check
check "show" "interactions" "$program" show 1
check "log" "logged visit" "$program" log 1 --kind visit --text "Asked after the dog"
check "backup" "backed up 20 customers" "$program" backup
# The exchange formats load their libraries only when used: vCard, iCalendar.
check "export vcard" "20" "$program" export "$home/all.vcf" --format vcard
check "export ical" "" "$program" export "$home/dates.ics" --format ical
check "export csv" "20" "$program" export "$home/all.csv" --format csv
check "import vcard" "skipped 0" "$program" import "$home/all.vcf" --data-dir "$home/copy"
check "--data-dir" "added 3 sample customers" "$program" demo --customers 3 --data-dir "$home/other"
check "--data-dir find" "3 listed" "$program" find --data-dir "$home/other"

# Past 4000 rows the import reads the file in worker processes, started through the bundle.
awk 'BEGIN { print "First Name,Last Name,Email,Phone";
             for (i = 1; i <= 4500; i++) printf "Person%d,Bulk,person%d@example.com,+44 7700 %06d\n", i, i, i }' \
    > "$home/customers.csv"
check "import 4500 rows" "imported 4500" "$program" import "$home/customers.csv" --data-dir "$home/big"

check "--smoke" "the window opened: File" "$program" --smoke
# The window in the shop's language from the first start: German, with Qt's own words too.
check "--smoke in German" "the window opened: Datei Bearbeiten" \
    LANG=de_DE.UTF-8 "$program" --smoke --data-dir "$home/german"
