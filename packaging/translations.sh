#!/usr/bin/env bash
# The window's words for its translators: pyside6-lupdate reads every text marked in app/
# (self.tr, and QT_TR_NOOP under the name N_) into resources/translations/regulars_LANG.ts,
# keeping what is translated already and dropping what the code no longer says. English has
# a file for its plural forms only. Translate the .ts files (Qt Linguist: pyside6-linguist, or
# any editor); the build and `dev.sh` make the .qm files from them with pyside6-lrelease.
#
#   bash packaging/translations.sh [FOLDER]   (the .ts files' folder: resources/translations)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
folder="${1:-resources/translations}"

mapfile -t sources < <(find app -name '*.py' | sort)
update() {  # update LANGUAGE [lupdate options]
    local language="$1"
    shift
    .venv/bin/pyside6-lupdate "${sources[@]}" -tr-function-alias QT_TR_NOOP+=N_ \
        -no-obsolete -locations none -source-language en -target-language "$language" "$@" \
        -ts "$folder/regulars_$language.ts"
}
for language in de fr es; do
    update "$language"
done
update en -pluralonly
