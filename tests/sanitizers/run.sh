#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the test suite with a sanitizer (clang 14) and runs it; 0 findings or it fails.
#   tests/sanitizers/run.sh asan          every test but the fuzzer (which has its own ASan)
#                                         under AddressSanitizer + UndefinedBehaviorSanitizer
#   tests/sanitizers/run.sh tsan          the threaded parts (background jobs, unlock, export
#                                         wizard, office import: the GUI tests) under ThreadSanitizer
#   tests/sanitizers/run.sh asan 50       the GUI journeys 50 times in a row under ASan
# Build trees: build-asan/, build-tsan/. CI runs the first form.
set -euo pipefail
cd "$(dirname "$0")/../.."
preset=${1:?usage: tests/sanitizers/run.sh asan|tsan [repeat]}
repeat=${2:-}
gui_tests=(background_job_tests gui_tests referral_gui_tests office_gui_tests supervision_gui_tests caseload_gui_tests
           problem_gui_tests
           structural_journey_tests workspace_gui_tests)
gui_regex="^($(IFS='|'; echo "${gui_tests[*]}"))\$"

cmake --preset "$preset"
case "$preset" in
asan)
    if [ -n "$repeat" ]; then
        cmake --build --preset asan --target "${gui_tests[@]}"
        ctest --preset asan -R "$gui_regex" --repeat "until-fail:$repeat"
    else
        cmake --build --preset asan
        ctest --preset asan
    fi
    ;;
tsan)
    cmake --build --preset tsan --target "${gui_tests[@]}"
    ctest --preset tsan -R "$gui_regex" ${repeat:+--repeat "until-fail:$repeat"}
    ;;
*)
    echo "unknown sanitizer preset: $preset (asan or tsan)" >&2
    exit 2
    ;;
esac
