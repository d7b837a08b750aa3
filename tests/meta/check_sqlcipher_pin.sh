#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The fetch script refuses SQLCipher sources whose hash differs from the pin: a copy of it with
# one digit of the pinned SHA-512 changed must fail with a clear message and unpack nothing.
set -euo pipefail
script=${1:?usage: check_sqlcipher_pin.sh installer/fetch-sqlcipher.sh}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
sed -E "s/^(readonly SHA512=')6/\17/" "$script" >"$work/fetch.sh"
if cmp -s "$script" "$work/fetch.sh"; then
    echo "could not alter the pin in $script" >&2
    exit 1
fi
if bash "$work/fetch.sh" "$work/out" 2>"$work/err"; then
    echo "FAILED: a tarball with another hash was accepted" >&2
    exit 1
fi
grep -q "does not match the pinned sha512" "$work/err" || { cat "$work/err" >&2; exit 1; }
[ ! -e "$work/out/sqlite3.c" ] || { echo "FAILED: sources unpacked despite the mismatch" >&2; exit 1; }
echo "a changed pin is refused: $(head -1 "$work/err")"
