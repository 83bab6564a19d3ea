#!/usr/bin/env bash
# The macOS disk image, on the macOS CI runner after PyInstaller made dist/Repman.app
# (the BUNDLE section of packaging/repman.spec writes its Info.plist: org.repman.Repman).
#   packaging/macos/make_dmg.sh VERSION [ARCH]  ->  dist/Repman-VERSION-ARCH.dmg
# ARCH defaults to this Mac's (uname -m: arm64 or x86_64); PyInstaller builds for the
# machine it runs on, so each runner makes the image for its own architecture.
# With REPMAN_CODESIGN_IDENTITY set the image is signed too (Developer ID, secure timestamp);
# notarising and stapling it are the workflow's steps (packaging/README.md, "Signing").
set -euo pipefail
VERSION="${1:?usage: make_dmg.sh VERSION [ARCH]}"
ARCH="${2:-$(uname -m)}"
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
APP="$ROOT/dist/Repman.app"
STAGE="$ROOT/build/dmg"
DMG="$ROOT/dist/Repman-$VERSION-$ARCH.dmg"
ATTEMPTS="${REPMAN_HDIUTIL_ATTEMPTS:-5}"

test -d "$APP" || { echo "no $APP: run pyinstaller packaging/repman.spec first" >&2; exit 1; }
plutil -lint "$APP/Contents/Info.plist"
rm -rf "$STAGE" "$DMG"
mkdir -p "$STAGE"
# ditto keeps the bundle's symlinks, permissions, extended attributes and signature intact.
ditto "$APP" "$STAGE/Repman.app"
ln -s /Applications "$STAGE/Applications"  # drag-to-install target in the mounted window

# hdiutil on GitHub's macOS runners fails now and then with "create failed - Resource busy"
# while another disk-image helper is still attached (actions/runner-images#7522): retry.
attempt=1
# UDZO: zlib-compressed, read-only; -srcfolder sizes the image to fit.
until hdiutil create -volname "Repman $VERSION" -srcfolder "$STAGE" -ov -format UDZO -fs HFS+ "$DMG"; do
    if [ "$attempt" -ge "$ATTEMPTS" ]; then
        echo "hdiutil create failed $attempt times" >&2
        exit 1
    fi
    attempt=$((attempt + 1))
    echo "hdiutil create failed; attempt $attempt of $ATTEMPTS follows" >&2
    sleep "${REPMAN_HDIUTIL_PAUSE:-5}"
done
hdiutil verify "$DMG"

if [ -n "${REPMAN_CODESIGN_IDENTITY:-}" ]; then
    codesign --force --timestamp --sign "$REPMAN_CODESIGN_IDENTITY" "$DMG"
    codesign --verify --verbose=2 "$DMG"
fi
echo "built $DMG"
