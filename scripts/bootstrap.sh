#!/usr/bin/env bash
# Prepare a fresh machine for Repman: the system libraries Qt needs, then .venv with the
# package and its dev tools. Safe to run again; it only does what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

PY=${PYTHON:-python3}
VENV=.venv
# Qt's offscreen platform needs fontconfig/EGL/GL; the xcb platform (a real window) also needs
# the xcb helpers below (libxcb-cursor0 is mandatory since Qt 6.5).
QT_DEBS="libfontconfig1 libfreetype6 libegl1 libgl1 libglib2.0-0 libdbus-1-3 libxkbcommon0
libxkbcommon-x11-0 libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
libxcb-render-util0 libxcb-randr0 libxcb-shape0 libxcb-xkb1 libxcb-xinerama0 libxcb-xfixes0
fonts-dejavu-core"

missing_debs() {
  command -v dpkg-query >/dev/null 2>&1 || return 0
  for p in $QT_DEBS "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' || printf '%s ' "$p"
  done
}

install_debs() {
  local need="$1"
  [ -z "$need" ] && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing system libraries Qt needs: $need"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $need >/dev/null
  else
    echo "Repman needs these system packages, please install them (as root):" >&2
    echo "  apt-get install $need" >&2
    exit 1
  fi
}

if command -v dpkg-query >/dev/null 2>&1; then
  extra=""
  # python3 -m venv fails on Debian without the matching pythonX.Y-venv package.
  if [ ! -x "$VENV/bin/python" ] && ! "$PY" -c 'import ensurepip' >/dev/null 2>&1; then
    extra="python3-venv python$("$PY" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')-venv"
  fi
  install_debs "$(missing_debs $extra)"
fi

if [ ! -x "$VENV/bin/python" ]; then
  "$PY" -c 'import sys; sys.exit(sys.version_info < (3, 11))' || {
    echo "Repman needs Python 3.11 or newer; $PY is $("$PY" --version 2>&1)." >&2; exit 1; }
  "$PY" -m venv "$VENV"
fi

stamp="$VENV/.installed"
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  "$VENV/bin/python" -m pip install -q --upgrade pip
  "$VENV/bin/python" -m pip install -q -e '.[dev]'
  touch "$stamp"
fi
