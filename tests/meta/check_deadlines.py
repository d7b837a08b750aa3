#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fails when a ctest entry of the build tree has no TIMEOUT of its own.

Without one, ctest waits 1,500 s by default: a hanging test would eat CI's time budget."""
import json
import subprocess
import sys

build_dir = sys.argv[1]
listing = subprocess.run(["ctest", "--show-only=json-v1"], cwd=build_dir, check=True, capture_output=True, text=True)
tests = json.loads(listing.stdout)["tests"]
missing = [t["name"] for t in tests if not any(p["name"] == "TIMEOUT" for p in t.get("properties", []))]
print(f"{len(tests)} tests, {len(missing)} without a TIMEOUT")
for name in missing:
    print(f"  no TIMEOUT: {name}")
sys.exit(1 if missing or not tests else 0)
