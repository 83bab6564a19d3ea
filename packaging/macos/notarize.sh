#!/usr/bin/env bash
# Notarise a Developer ID signed Repman.app or .dmg with Apple and staple the ticket to it,
# so Gatekeeper accepts it offline too. Run by .github/workflows/package.yml only when the
# signing secrets are set (packaging/README.md, "Signing and notarisation").
#   packaging/macos/notarize.sh dist/Repman.app | dist/Repman-VERSION-ARCH.dmg
# Needs an App Store Connect API key (Apple's recommendation for CI, no Apple ID password):
#   APPLE_API_KEY_P8   the text of the AuthKey_XXXX.p8 file
#   APPLE_API_KEY_ID   its key id;  APPLE_API_ISSUER  the issuer id (a UUID)
set -euo pipefail
TARGET="${1:?usage: notarize.sh PATH.app|PATH.dmg}"
: "${APPLE_API_KEY_P8:?}" "${APPLE_API_KEY_ID:?}" "${APPLE_API_ISSUER:?}"

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
KEY="$WORK/AuthKey_$APPLE_API_KEY_ID.p8"
printf '%s\n' "$APPLE_API_KEY_P8" > "$KEY"
AUTH=(--key "$KEY" --key-id "$APPLE_API_KEY_ID" --issuer "$APPLE_API_ISSUER")

case "$TARGET" in
    *.app)
        # The notary service takes a zip, dmg or pkg; ditto keeps the bundle's symlinks.
        UPLOAD="$WORK/$(basename "$TARGET" .app).zip"
        ditto -c -k --keepParent "$TARGET" "$UPLOAD"
        ;;
    *.dmg) UPLOAD="$TARGET" ;;
    *) echo "notarize.sh: expected a .app or a .dmg, got $TARGET" >&2; exit 2 ;;
esac

# --wait polls until Apple has an answer; the JSON says whether it was accepted.
RESULT="$(xcrun notarytool submit "$UPLOAD" "${AUTH[@]}" --wait --timeout 45m --output-format json)"
echo "$RESULT"
read -r ID STATUS < <(printf '%s' "$RESULT" | python3 -c \
    'import json, sys; r = json.load(sys.stdin); print(r.get("id", "?"), r.get("status", "?"))')
if [ "$STATUS" != "Accepted" ]; then
    # Apple's log names each binary that failed and why (unsigned, no hardened runtime ...).
    xcrun notarytool log "$ID" "${AUTH[@]}" || true
    echo "notarisation of $TARGET: $STATUS" >&2
    exit 1
fi
xcrun stapler staple "$TARGET"
xcrun stapler validate "$TARGET"
