#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Proves, on the linked executables, that the vault's SQLite cannot mix with libsqlite3.

Debian's Botan 2 links libsqlite3, so that library is in every process of ours. Our SQLCipher is
compiled into the executable with hidden symbols. This check fails unless, for each executable:
  - its dynamic symbol table neither defines nor imports any sqlite3_* or sqlcipher_* symbol
    (nothing of ours is exported, so libsqlite3's callers cannot bind to our SQLCipher, and
    nothing of ours is left for the dynamic linker to bind to libsqlite3);
  - its static symbol table defines sqlite3_key and sqlite3_open_v2 locally (the calls of
    kim_storage were bound to SQLCipher when the executable was linked);
  - it does not itself need libsqlite3 or libsqlcipher.
Usage: check_sqlite_symbols.py EXECUTABLE..."""
import re
import subprocess
import sys

SQLITE = re.compile(r"\b(sqlite3|sqlcipher)_\w+")


def dynamic_sqlite_symbols(path):
    out = subprocess.run(["readelf", "--dyn-syms", "-W", path], check=True, capture_output=True, text=True).stdout
    return sorted({m.group(0) for line in out.splitlines() for m in [SQLITE.search(line)] if m})


def local_definitions(path):
    out = subprocess.run(["nm", path], check=True, capture_output=True, text=True).stdout
    return {parts[2] for parts in (line.split() for line in out.splitlines()) if len(parts) == 3 and parts[1] == "t"}


def needed(path):
    out = subprocess.run(["readelf", "-d", "-W", path], check=True, capture_output=True, text=True).stdout
    return re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", out)


failures = 0
for executable in sys.argv[1:]:
    exported = dynamic_sqlite_symbols(executable)
    local = local_definitions(executable)
    libraries = [lib for lib in needed(executable) if "sqlite" in lib or "sqlcipher" in lib]
    missing_local = [s for s in ("sqlite3_key", "sqlite3_open_v2") if s not in local]
    ok = not exported and not missing_local and not libraries
    failures += 0 if ok else 1
    print(f"{executable}: {'ok' if ok else 'FAILED'}: {len(exported)} sqlite symbols in the dynamic table, "
          f"local SQLCipher {'found' if not missing_local else 'MISSING ' + ', '.join(missing_local)}, "
          f"needs {', '.join(libraries) if libraries else 'no sqlite library'}")
    for symbol in exported[:20]:
        print(f"  dynamic: {symbol}")
sys.exit(1 if failures or len(sys.argv) < 2 else 0)
