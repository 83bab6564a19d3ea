#!/usr/bin/env bash
# Build the Linux packages from a clean build venv: dist/repman/ (PyInstaller one-folder),
# dist/repman-VERSION-linux-ARCH.tar.gz and dist/repman_VERSION_ARCH.deb.  `make package`.
#   REPMAN_BUILD_VENV  venv to build in (default build/venv; created when missing)
#   PYTHON             interpreter for that venv (default python3)
#   REPMAN_NO_TARBALL=1  skip the .tar.gz
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
VENV="${REPMAN_BUILD_VENV:-build/venv}"
case "$VENV" in /*) ;; *) VENV="$ROOT/$VENV" ;; esac
PY="${PYTHON:-python3}"
start=$(date +%s)

if [ ! -x "$VENV/bin/pyinstaller" ]; then
    "$PY" -m venv "$VENV"
    "$VENV/bin/pip" install -q --upgrade pip
    "$VENV/bin/pip" install -q pyinstaller
fi
# Non-editable, so the build sees exactly what a wheel ships (resources included).
"$VENV/bin/pip" install -q --no-deps --force-reinstall .
"$VENV/bin/pip" install -q .
VERSION="$("$VENV/bin/python" -c 'import repman; print(repman.__version__)')"
ARCH="$(dpkg --print-architecture 2>/dev/null || echo amd64)"

# From build/: with the repository root as the working directory the source tree's repman
# (which has no resources/ inside) would shadow the installed one.
mkdir -p build
(cd build && "$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN \
    --distpath "$ROOT/dist" --workpath "$ROOT/build/pyinstaller" "$ROOT/packaging/repman.spec")
echo "frozen folder: $(du -sh dist/repman | cut -f1)"

if [ "${REPMAN_NO_TARBALL:-}" != 1 ]; then
    tar -C dist -czf "dist/repman-$VERSION-linux-$(uname -m).tar.gz" repman
fi

# --- .deb: /opt/repman, /usr/bin/repman, desktop file, metainfo, icons ------------------
STAGE=build/deb/root
rm -rf build/deb
mkdir -p "$STAGE/DEBIAN" "$STAGE/opt" "$STAGE/usr/bin" \
    "$STAGE/usr/share/applications" "$STAGE/usr/share/metainfo" \
    "$STAGE/usr/share/icons/hicolor/scalable/apps" "$STAGE/usr/share/doc/repman"
cp -a dist/repman "$STAGE/opt/repman"
ln -s /opt/repman/repman "$STAGE/usr/bin/repman"
install -m 644 packaging/linux/org.repman.Repman.desktop "$STAGE/usr/share/applications/"
install -m 644 packaging/linux/org.repman.Repman.metainfo.xml "$STAGE/usr/share/metainfo/"
for size in 16 32 48 64 128 256 512; do
    dir="$STAGE/usr/share/icons/hicolor/${size}x${size}/apps"
    mkdir -p "$dir"
    install -m 644 "packaging/icons/$size.png" "$dir/org.repman.Repman.png"
done
install -m 644 packaging/icons/org.repman.Repman.svg "$STAGE/usr/share/icons/hicolor/scalable/apps/"
install -m 644 CHANGELOG.md packaging/licenses/THIRD_PARTY.md "$STAGE/usr/share/doc/repman/"
{ echo "Repman is licensed GPL-3.0-or-later; on Debian systems the full text is in /usr/share/common-licenses/GPL-3."; echo "Bundled third-party components and their licences: /usr/share/doc/repman/THIRD_PARTY.md"; } > "$STAGE/usr/share/doc/repman/copyright"
SIZE="$(du -sk --exclude=DEBIAN "$STAGE" | cut -f1)"
# The C library the bundle needs is what its binaries reference (GLIBC_2.x symbol versions):
# the build machine's libpython, libstdc++ and the wheels decide it, not a number written by
# hand (it said 2.31 while the bundle needed 2.36, so dpkg would install it where it cannot start).
GLIBC="$(find dist/repman -type f \( -name '*.so*' -o -perm -u+x \) -print0 \
    | { xargs -0 objdump -T 2>/dev/null || true; } | grep -oE 'GLIBC_[0-9]+\.[0-9]+(\.[0-9]+)?' \
    | sort -uV | tail -n 1 | cut -d_ -f2 || true)"
test -n "$GLIBC" || { echo "no GLIBC symbol versions found in dist/repman (objdump missing?)" >&2; exit 1; }
sed -e "s/@VERSION@/$VERSION/" -e "s/@ARCH@/$ARCH/" -e "s/@SIZE@/$SIZE/" -e "s/@GLIBC@/$GLIBC/" \
    packaging/linux/control.in > "$STAGE/DEBIAN/control"
chmod -R u+rwX,go+rX,go-w "$STAGE"
DEB="dist/repman_${VERSION}_${ARCH}.deb"
dpkg-deb --root-owner-group -Zgzip --build "$STAGE" "$DEB" >/dev/null
echo "built $DEB ($(du -h "$DEB" | cut -f1)) in $(( $(date +%s) - start )) s"
