#!/usr/bin/env python3
"""Fails when a C++ source file of the project differs from what clang-format makes of it.

Runs the clang-format the set-up script installs (clang-format-16, for InsertBraces) over every
.h and .cpp under src, tests and benchmarks, and lists the files that need `clang-format -i`."""
import pathlib
import shutil
import subprocess
import sys

root = pathlib.Path(sys.argv[1])
tool = "clang-format-16"
if shutil.which(tool) is None:
    print("clang-format-16 is missing: run installer/setup.sh")
    sys.exit(1)
files = sorted(
    p
    for folder in ("src", "tests", "benchmarks")
    for p in (root / folder).rglob("*")
    if p.suffix in (".h", ".cpp") and "data" not in p.relative_to(root).parts
)
# One call per batch; every complaint names its file ("path:line:col: error: ...").
unformatted = set()
for start in range(0, len(files), 100):
    batch = [str(p.relative_to(root)) for p in files[start : start + 100]]
    result = subprocess.run([tool, "--dry-run", "--Werror", *batch], cwd=root, capture_output=True, text=True)
    unformatted.update(line.split(":", 1)[0] for line in result.stderr.splitlines() if ": error: " in line)
unformatted = sorted(unformatted)
print(f"{len(files)} files checked with {tool}, {len(unformatted)} not formatted")
for path in unformatted:
    print(f"  clang-format-16 -i {path}")
sys.exit(1 if unformatted or not files else 0)
