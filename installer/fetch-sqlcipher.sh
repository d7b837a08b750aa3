#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Fetches the SQLCipher amalgamation the vault is built on, checks it against the hash pinned
# below and unpacks only the amalgamation into DEST (a folder of the build tree, never the
# source tree). CMake runs this when it configures; the set-up script installs npm for it.
#
# Debian 12 has no SQLCipher 4, so the sources come from the npm package that ships exactly this
# release's amalgamation. To move to a new release, see docs/security.md ("Updating SQLCipher"):
# change all four values, configure a fresh build tree and run the whole test suite.
set -euo pipefail

readonly PACKAGE='@journeyapps/sqlcipher@6.0.0'
# sha512 of that tarball; the npm registry states the same as its "integrity" (base64):
# sha512-YmWSQIR4cnv+5L38lYJoS/dIF/+bEZBaACATbeTyq4XKjMHcxdIlFnElBLiIqa9rwseOIimIYjudgOOCovud3Q==
readonly SHA512='626592408478727bfee4bdfc9582684bf74817ff9b11905a0020136de4f2ab85ca8cc1dcc5d22516712504b888a9af6bc2c78e222988623b9d80e382a2fb9ddd'
readonly SQLCIPHER_VERSION='4.14.0'
readonly SQLITE_VERSION='3.51.3'

if [ $# -ne 1 ]; then
    echo "usage: $0 DEST" >&2
    exit 2
fi
dest=$1
stamp="$dest/verified.sha512"

# The stamp holds the tarball's pinned hash and the hashes of the files unpacked from it, so a
# later configure re-checks the files themselves, not only that they were checked once.
stamp_of() {
    echo "$SHA512"
    (cd "$1" && sha256sum sqlite3.c sqlite3.h VERSION.txt)
}
if [ -f "$stamp" ] && [ -f "$dest/sqlite3.c" ] && [ -f "$dest/sqlite3.h" ] && [ -f "$dest/VERSION.txt" ] &&
    [ "$(cat "$stamp")" = "$(stamp_of "$dest")" ]; then
    exit 0
fi
if ! command -v npm >/dev/null; then
    echo "error: npm is needed to fetch SQLCipher $SQLCIPHER_VERSION ($PACKAGE); run installer/setup.sh" >&2
    exit 1
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if ! (cd "$work" && npm pack --silent --ignore-scripts "$PACKAGE" >/dev/null); then
    echo "error: 'npm pack $PACKAGE' failed: is the npm registry reachable?" >&2
    exit 1
fi
tarball=$(find "$work" -maxdepth 1 -name '*.tgz' -print -quit)
actual=$(sha512sum "$tarball" | cut -d' ' -f1)
if [ "$actual" != "$SHA512" ]; then
    echo "error: $PACKAGE does not match the pinned sha512 (refusing to build with it)." >&2
    echo "  pinned: $SHA512" >&2
    echo "  got:    $actual" >&2
    exit 1
fi

amalgamation='package/deps/sqlcipher-amalgamation'
tar -xzf "$tarball" -C "$work" "$amalgamation/sqlite3.c" "$amalgamation/sqlite3.h" "$amalgamation/VERSION.txt"
if [ "$(tr -d '[:space:]' <"$work/$amalgamation/VERSION.txt")" != "$SQLITE_VERSION" ] ||
    ! grep -q "^#define CIPHER_VERSION_NUMBER $SQLCIPHER_VERSION\$" "$work/$amalgamation/sqlite3.c"; then
    echo "error: $PACKAGE does not hold SQLite $SQLITE_VERSION / SQLCipher $SQLCIPHER_VERSION" >&2
    exit 1
fi

mkdir -p "$dest"
rm -f "$stamp"
cp "$work/$amalgamation/sqlite3.c" "$work/$amalgamation/sqlite3.h" "$work/$amalgamation/VERSION.txt" "$dest/"
stamp_of "$dest" >"$stamp"
echo "SQLCipher $SQLCIPHER_VERSION (SQLite $SQLITE_VERSION) verified and unpacked into $dest"
