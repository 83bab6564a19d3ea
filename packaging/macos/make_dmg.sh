#!/usr/bin/env bash
# The macOS disk image, on the macOS CI runner after PyInstaller made dist/Repman.app
# (the BUNDLE section of packaging/repman.spec sets the Info.plist: org.repman.Repman).
#   packaging/macos/make_dmg.sh VERSION  ->  dist/Repman-VERSION.dmg
# Signing and notarisation (codesign --deep --options runtime, notarytool) need an Apple
# Developer ID and are not done here; an unsigned image opens after right-click -> Open.
set -euo pipefail
VERSION="${1:?usage: make_dmg.sh VERSION}"
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
APP="$ROOT/dist/Repman.app"
STAGE="$ROOT/build/dmg"
DMG="$ROOT/dist/Repman-$VERSION.dmg"

test -d "$APP" || { echo "no $APP: run pyinstaller packaging/repman.spec first" >&2; exit 1; }
plutil -lint "$APP/Contents/Info.plist"
rm -rf "$STAGE" "$DMG"
mkdir -p "$STAGE"
# ditto keeps the bundle's symlinks, permissions and extended attributes intact.
ditto "$APP" "$STAGE/Repman.app"
ln -s /Applications "$STAGE/Applications"  # drag-to-install target in the mounted window
# UDZO: zlib-compressed, read-only; -srcfolder sizes the image to fit.
hdiutil create -volname "Repman $VERSION" -srcfolder "$STAGE" -ov -format UDZO -fs HFS+ "$DMG"
hdiutil verify "$DMG"
echo "built $DMG"
