#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 packages KIM Fallakte needs to build, run and test.
# Runs as root or through sudo; safe to run again.
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config clang-format-16
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev libqt6opengl6-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-translations-l10n libgl-dev libxkbcommon-dev
    libssl-dev libbotan-2-dev catch2
    xvfb xauth age minisign poppler-utils fonts-dejavu-core
    clang-14 libclang-rt-14-dev
)

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
# npm fetches the pinned SQLCipher amalgamation when CMake configures (installer/fetch-sqlcipher.sh);
# any npm will do, so Debian's is installed only where there is none.
command -v npm >/dev/null || missing+=(npm)
if [ ${#missing[@]} -gt 0 ]; then
    as_root apt-get update
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
fi
