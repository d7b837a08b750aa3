#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fails when a source file of the project is not as the repository wants it.

Every .h and .cpp under src and tests must come out of clang-format-16 (the version
the set-up script installs, for InsertBraces) unchanged, and every source file (C++, CMake,
SQL, Python, shell) must carry the SPDX licence line near its top."""
import pathlib
import shutil
import subprocess
import sys

SPDX = "SPDX-License-Identifier: GPL-3.0-or-later"
root = pathlib.Path(sys.argv[1])


def project_files():
    for folder in ("src", "tests", "schema", "installer", ".ci"):
        for path in sorted((root / folder).rglob("*")):
            if path.is_file() and "data" not in path.relative_to(root).parts:
                yield path
    yield root / "CMakeLists.txt"


def is_source(path):
    return path.suffix in (".h", ".cpp", ".sql", ".py", ".sh", ".cmake") or path.name in ("CMakeLists.txt", "run")


files = [p for p in project_files() if is_source(p)]
cpp = [str(p.relative_to(root)) for p in files if p.suffix in (".h", ".cpp")]

tool = "clang-format-16"
if shutil.which(tool) is None:
    print(f"{tool} is missing: run installer/setup.sh")
    sys.exit(1)
# One call per batch; every complaint names its file ("path:line:col: error: ...").
unformatted = set()
for start in range(0, len(cpp), 100):
    result = subprocess.run([tool, "--dry-run", "--Werror", *cpp[start : start + 100]], cwd=root,
                            capture_output=True, text=True)
    unformatted.update(line.split(":", 1)[0] for line in result.stderr.splitlines() if ": error: " in line)

unlicensed = [p.relative_to(root) for p in files if SPDX not in "".join(p.read_text(encoding="utf-8").splitlines(True)[:3])]

print(f"{len(cpp)} C++ files checked with {tool}: {len(unformatted)} not formatted")
for path in sorted(unformatted):
    print(f"  {tool} -i {path}")
print(f"{len(files)} source files checked for the SPDX line: {len(unlicensed)} without")
for path in unlicensed:
    print(f"  no SPDX line: {path}")
sys.exit(1 if unformatted or unlicensed or not cpp else 0)
