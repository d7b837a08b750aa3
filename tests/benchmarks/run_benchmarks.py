#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Runs the KIM Fallakte scale benchmark and prints the comparison table.

For each size it generates one vault per variant from the same seed (kept in --work-dir
and reused by later runs), then runs the timed operations of every variant in turn,
--rounds times with the variants' order alternating, and prints median and p95 per
operation with the ratio encrypted/plain. Both variants run the same SQLite (the pinned
SQLCipher amalgamation, compiled with and without its codec), so the ratio is the cipher's cost.

Nothing here asserts a time: targets are reported, never enforced.
See docs/performance.md.
"""

import argparse
import json
import math
import os
import shutil
import subprocess
import sys
import tempfile

VARIANTS = ["encrypted", "plain"]
BINARIES = {"encrypted": "kim_bench", "plain": "kim_bench_plain"}
GUI_BINARY = "kim_bench_gui"
OFFICE_BINARY = "kim_bench_office"
GUI_STALL_TARGET_MS = 100
# Part of every vault's file name: raise it whenever the generator changes what it writes,
# so that vaults kept in --work-dir from an older generator are not reused.
WORKLOAD_TAG = "w4"

# operation key -> (label, read/write, absolute target in ms at 100,000 clients, statistic)
OPERATIONS = [
    ("unlock", "vault unlock (total)", "read", None, None),
    ("kdf", "  of which Argon2id KDF", "read", None, None),
    ("unlock_open", "  without the KDF (open, schema, migration check)", "read", 1000, "p95"),
    ("integrity_check", "page check after unlock (background, own connection)", "read", None, None),
    ("first_screenful", "first screenful (count + 50 rows)", "read", 16, "median"),
    ("filter", "filter client list (text)", "read", 50, "p95"),
    ("search", "full-text search (200 hits)", "read", 50, "p95"),
    ("open_case", "open case file", "read", 16, "median"),
    ("save_consultation", "save consultation", "write", 16, "median"),
    ("due_list", "due/overdue follow-ups (counts + first 200 rows)", "read", None, None),
    ("referral_figures", "referral figures (ReferralFigures::compute)", "read", None, None),
    ("problem_tables", "problem tables, last quarter (buildProblemTables)", "read", None, None),
    ("problem_export", "problem export: tables, JSON, sign, encrypt, log", "write", None, None),
    ("caseload_figures", "caseload figures, last month (CaseloadFigures::compute)", "read", None, None),
    ("caseload_export", "caseload report: figures, pseudonyms, JSON, sign, encrypt, log", "write", 1000, "median"),
]
RATIO_TARGET = {"read": 1.10, "write": 1.25}
RSS_TARGET_MIB = 300
TARGET_SIZE = 100_000


def percentile(values, p):
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    rank = max(1, math.ceil(p / 100 * len(ordered)))
    return ordered[rank - 1]


def run_json(command):
    result = subprocess.run(command, check=False, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"failed ({result.returncode}): {' '.join(command)}\n{result.stderr}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def generate(args, binaries, size):
    """One vault per variant and size; returns the generation reports."""
    reports = {}
    for variant in args.variants:
        vault = os.path.join(args.work_dir,
                             f"{variant}-{size}-seed{args.seed}-pc{args.per_case}-{WORKLOAD_TAG}.kim")
        done = vault + ".generated.json"
        if not os.path.exists(done):
            for leftover in (vault, vault + ".keys", vault + "-wal", vault + "-shm"):
                if os.path.exists(leftover):
                    os.remove(leftover)
            log(f"generating {size} clients ({variant}) ...")
            report = run_json([binaries[variant], "generate", "--vault", vault, "--clients", str(size),
                               "--seed", str(args.seed), "--per-case", str(args.per_case)])
            with open(done, "w", encoding="utf-8") as file:
                json.dump(report, file)
        with open(done, encoding="utf-8") as file:
            reports[variant] = json.load(file)
        reports[variant]["vault"] = vault
        # A vault kept from an older build gets the new schema now, not inside a timed unlock.
        run_json([binaries[variant], "upgrade", "--vault", vault])
    check_identical(reports)
    return reports


def check_identical(reports):
    keys = ["clients", "cases", "consultations", "follow_ups", "problem_flags"]
    rows = {variant: tuple(report.get(key) for key in keys) for variant, report in reports.items()}
    if len(set(rows.values())) != 1:
        sys.exit(f"the variants generated different data: {rows}")


def measure(args, binaries, generated):
    """Runs every variant `rounds` times, alternating the order; merges the samples."""
    merged = {variant: {"samples_ms": {}, "rss_mib": 0.0, "peak_rss_mib": 0.0} for variant in args.variants}
    for round_index in range(args.rounds):
        order = args.variants if round_index % 2 == 0 else list(reversed(args.variants))
        for variant in order:
            log(f"  round {round_index + 1}/{args.rounds}: {variant}")
            report = run_json([binaries[variant], "run", "--vault", generated[variant]["vault"],
                               "--seed", str(args.seed + round_index), "--repetitions", str(args.repetitions),
                               "--unlock-repetitions", str(args.unlock_repetitions)])
            target = merged[variant]
            for operation, samples in report["samples_ms"].items():
                target["samples_ms"].setdefault(operation, []).extend(samples)
            target["rss_mib"] = max(target["rss_mib"], report["rss_mib"])
            target["peak_rss_mib"] = max(target["peak_rss_mib"], report["peak_rss_mib"])
            target["sqlite_version"] = report["sqlite_version"]
            target["cipher_version"] = report["cipher_version"]
    return merged


def measure_gui(args, binary, generated, size):
    """The event-loop probe on the encrypted vault: a scripted user in the real window."""
    log(f"  GUI probe on {size} clients (encrypted) ...")
    command = [binary, "--vault", generated["encrypted"]["vault"], "--seed", str(args.seed)]
    if args.smoke:
        command.append("--quick")
    return run_json(command)


def gui_rows(size, report):
    rows = []
    for step in report["steps"] + [dict(report["work"], step="all work after unlocking")]:
        note = ""
        if size >= TARGET_SIZE and step["step"] != "unlock and show the workspace":
            met = step["max_ms"] <= GUI_STALL_TARGET_MS
            note = f"max ≤{GUI_STALL_TARGET_MS} ms {'met' if met else 'MISSED'}"
        rows.append([step["step"], f"{size:,}", fmt(step["max_ms"]), fmt(step["p99_ms"]), fmt(step["p95_ms"]),
                     str(step["over_100ms"]), str(step["samples"]), note])
    return rows


GUI_HEADER = ["GUI step (event-loop probe, 5 ms timer)", "clients", "max delay ms", "p99 ms", "p95 ms",
              "delays > 100 ms", "samples", "target"]


def measure_office(args, binary):
    """The coordinating office: import, merge and publish senders x quarters packages."""
    command = [binary, "--senders", str(args.office_senders), "--quarters", str(args.office_quarters)]
    if args.smoke:
        command += ["--templates", "1", "--clients", "20"]
    log(f"office: {args.office_senders} x {args.office_quarters} packages ...")
    return run_json(command)


def print_office_table(report):
    print(f"\nCoordinating office: {report['packages']:,} problem reports ({report['senders']} case managers x "
          f"{report['quarters']} quarters), {report['package_kib_mean']:.1f} KiB and {report['cells_per_package']} "
          f"cells per package, {report['merged_cells_max']:,} cells in a merged quarter; office vault "
          f"{report['office_vault_mib']:.1f} MiB, resident memory {report['rss_mib']:.0f} MiB\n")
    header = ["office step (encrypted vault)", "n", "total ms", "median ms", "p95 ms", "max ms"]
    print("| " + " | ".join(header) + " |")
    print("|" + "|".join("---" for _ in header) + "|")
    for key, label in (("import", "import one package (OfficeInbox::importPackage)"),
                       ("merge", "merge one quarter (OfficeInbox::merged)"),
                       ("publish", "publish one quarter (PublicationStore::publish)")):
        row = report[key]
        print(f"| {label} | {row['n']:,} | {fmt(row['total_ms'])} | {fmt(row['median_ms'])} | {fmt(row['p95_ms'])} "
              f"| {fmt(row['max_ms'])} |")
    sys.stdout.flush()


def log(text):
    print(text, file=sys.stderr, flush=True)


def fmt(value, digits=1):
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    if digits == 2:  # ratios
        return f"{value:.2f}"
    if value >= 1000:
        return f"{value:,.0f}"
    return f"{value:.{digits}f}" if value >= 10 else f"{value:.{digits + 1}f}"


def verdict(kind, target, statistic, ratio, encrypted, size):
    notes = []
    if ratio is not None and not math.isnan(ratio):
        limit = RATIO_TARGET[kind]
        notes.append(f"ratio ≤{limit:.2f} {'met' if ratio <= limit else 'MISSED'}")
    if target is not None and size >= TARGET_SIZE:
        value = encrypted[statistic]
        notes.append(f"{statistic} ≤{target} ms {'met' if value <= target else 'MISSED'}")
    return "; ".join(notes)


def operation_rows(size, merged, variants):
    rows = []
    for key, label, kind, target, statistic in OPERATIONS:
        stats = {}
        for variant in variants:
            samples = merged[variant]["samples_ms"].get(key, [])
            stats[variant] = {"median": percentile(samples, 50), "p95": percentile(samples, 95), "n": len(samples)}
        enc = stats["encrypted"]
        plain = stats.get("plain")
        ratio = enc["median"] / plain["median"] if plain and plain["median"] > 0 else None
        ratio95 = enc["p95"] / plain["p95"] if plain and plain["p95"] > 0 else None
        rows.append([label, f"{size:,}", fmt(enc["median"]), fmt(enc["p95"]),
                     fmt(plain["median"]) if plain else "–", fmt(plain["p95"]) if plain else "–",
                     fmt(ratio, 2), fmt(ratio95, 2),
                     verdict(kind, target, statistic, ratio if key not in ("kdf", "unlock") else None, enc, size)])
    return rows


def summary_rows(size, merged, generated, variants):
    def value(variant, getter):
        return getter(variant) if variant in variants else None

    def row(label, getter, digits, target_note):
        enc = getter("encrypted")
        plain = value("plain", getter)
        ratio = enc / plain if plain else None
        return [label, f"{size:,}", fmt(enc, digits), "", fmt(plain, digits), "", fmt(ratio, 2), "",
                target_note(enc, ratio)]

    def write_note(_, ratio):
        return f"ratio ≤1.25 {'met' if ratio <= 1.25 else 'MISSED'}" if ratio else ""

    def rss_note(enc, _):
        if size < TARGET_SIZE:
            return ""
        return f"≤{RSS_TARGET_MIB} MB {'met' if enc * 1.048576 <= RSS_TARGET_MIB else 'MISSED'}"

    generation = lambda v: generated[v]["generate_s"] + generated[v]["topup_s"]  # noqa: E731
    return [
        row("generate + top-up, one transaction (s)", generation, 1, write_note),
        row("resident memory after the run (MiB)", lambda v: merged[v]["rss_mib"], 0, rss_note),
        row("peak resident memory (MiB)", lambda v: merged[v]["peak_rss_mib"], 0, rss_note),
        row("database file (MiB)", lambda v: generated[v]["file_mib"], 0, lambda *_: ""),
    ]


def print_gui_table(rows):
    print("\n| " + " | ".join(GUI_HEADER) + " |")
    print("|" + "|".join("---" for _ in GUI_HEADER) + "|")
    for row in rows:
        print("| " + " | ".join(row) + " |")
    sys.stdout.flush()


HEADER = ["operation", "clients", "enc median ms", "enc p95", "plain median", "plain p95", "enc/plain median",
          "enc/plain p95", "targets"]


def print_table(rows):
    print("| " + " | ".join(HEADER) + " |")
    print("|" + "|".join("---" for _ in HEADER) + "|")
    for row in rows:
        print("| " + " | ".join(row) + " |")
    sys.stdout.flush()


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--build-dir", default="build", help="CMake build tree holding tests/benchmarks/kim_bench*")
    for variant in VARIANTS:
        parser.add_argument(f"--{variant}", help=f"path of the {variant} binary (overrides --build-dir)")
    parser.add_argument("--sizes", default="1000,10000,100000", help="client counts, comma separated")
    parser.add_argument("--variants", default=",".join(VARIANTS), help="subset of " + ",".join(VARIANTS))
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--per-case", type=int, default=20, help="average consultations per case")
    parser.add_argument("--repetitions", type=int, default=20, help="per operation and round")
    parser.add_argument("--unlock-repetitions", type=int, default=3, help="per round")
    parser.add_argument("--rounds", type=int, default=2, help="runs per variant, order alternating")
    parser.add_argument("--work-dir", default=os.path.join(tempfile.gettempdir(), "kim-bench"),
                        help="where the generated vaults are kept and reused")
    parser.add_argument("--json", help="also write all samples to this file")
    parser.add_argument("--gui", help=f"path of {GUI_BINARY} (overrides --build-dir)")
    parser.add_argument("--no-gui", action="store_true", help="skip the GUI event-loop probe")
    parser.add_argument("--office", help=f"path of {OFFICE_BINARY} (overrides --build-dir)")
    parser.add_argument("--no-office", action="store_true", help="skip the coordinating-office benchmark")
    parser.add_argument("--office-senders", type=int, default=250, help="case managers sending problem reports")
    parser.add_argument("--office-quarters", type=int, default=4, help="quarters each of them reports")
    parser.add_argument("--smoke", action="store_true", help="tiny quick run for ctest (200 clients)")
    args = parser.parse_args()
    args.variants = [v for v in args.variants.split(",") if v]
    if "encrypted" not in args.variants or any(v not in VARIANTS for v in args.variants):
        parser.error("--variants must include encrypted and name only " + ", ".join(VARIANTS))
    if args.smoke:
        args.sizes, args.repetitions, args.unlock_repetitions, args.rounds = "200", 3, 1, 1
        args.per_case = 8
        args.office_senders, args.office_quarters = 3, 1
        args.work_dir = tempfile.mkdtemp(prefix="kim-bench-smoke-")
    args.sizes = [int(size) for size in args.sizes.split(",") if size]
    return args


def main():
    args = parse_arguments()
    binaries = {v: getattr(args, v) or os.path.join(args.build_dir, "tests", "benchmarks", BINARIES[v]) for v in args.variants}
    for variant, path in binaries.items():
        if not os.access(path, os.X_OK):
            sys.exit(f"{variant} binary not found: {path} (build the target kim_benchmarks)")
    gui_binary = None if args.no_gui else (args.gui or os.path.join(args.build_dir, "tests", "benchmarks", GUI_BINARY))
    if gui_binary and not os.access(gui_binary, os.X_OK):
        sys.exit(f"GUI benchmark not found: {gui_binary} (build kim_benchmarks, or pass --no-gui)")
    office_binary = None if args.no_office else (args.office or
                                                 os.path.join(args.build_dir, "tests", "benchmarks", OFFICE_BINARY))
    if office_binary and not os.access(office_binary, os.X_OK):
        sys.exit(f"office benchmark not found: {office_binary} (build kim_benchmarks, or pass --no-office)")
    os.makedirs(args.work_dir, exist_ok=True)
    rows, gui_table, everything = [], [], {}
    try:
        for size in args.sizes:
            generated = generate(args, binaries, size)
            merged = measure(args, binaries, generated)
            if merged["encrypted"].get("cipher_version", "") == "":
                sys.exit("the encrypted binary did not run on SQLCipher (no cipher_version)")
            rows += operation_rows(size, merged, args.variants) + summary_rows(size, merged, generated, args.variants)
            everything[size] = {"generated": generated, "measured": merged}
            if gui_binary:
                gui_report = measure_gui(args, gui_binary, generated, size)
                gui_table += gui_rows(size, gui_report)
                everything[size]["gui"] = gui_report
            log(f"done: {size} clients")
    finally:
        if args.smoke:
            shutil.rmtree(args.work_dir, ignore_errors=True)
    versions = {v: everything[args.sizes[0]]["measured"][v].get("sqlite_version") for v in args.variants}
    print(f"SQLite versions: {versions}; seed {args.seed}; {args.per_case} consultations per case on average; "
          f"{args.rounds} rounds x {args.repetitions} repetitions ({args.unlock_repetitions} unlocks per round)\n")
    print_table(rows)
    if gui_table:
        print_gui_table(gui_table)
    if office_binary:
        everything["office"] = measure_office(args, office_binary)
        print_office_table(everything["office"])
    if args.json:
        with open(args.json, "w", encoding="utf-8") as file:
            json.dump(everything, file, indent=1)


if __name__ == "__main__":
    main()
