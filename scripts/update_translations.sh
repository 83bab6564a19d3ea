#!/bin/sh
# Re-extract the UI's words into resources/translations/repman_<lang>.ts (new strings come
# in unfinished, translations already made are kept) and compile every .ts into its .qm.
# Run from anywhere: ./scripts/update_translations.sh
set -eu
cd "$(dirname "$0")/.."
bin=".venv/bin"
folder="resources/translations"
sources=$(ls repman/ui/*.py)
for lang in ar ur el; do
    "$bin/pyside6-lupdate" $sources -no-obsolete -source-language en -target-language "$lang" \
        -ts "$folder/repman_$lang.ts"
done
for ts in "$folder"/repman_*.ts; do
    "$bin/pyside6-lrelease" "$ts" -qm "${ts%.ts}.qm"
done
