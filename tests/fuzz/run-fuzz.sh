#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 DMS Live Console developers

# Builds the libFuzzer targets with clang (tests/fuzz is a CMake project of its own) and
# runs each for SECONDS on a working corpus seeded from tests/fuzz/corpus/<target>/.
#   tests/fuzz/run-fuzz.sh BUILD_DIR [SECONDS=20] [TARGET...]
# Exit 0 only if every target ran its time without a crash, leak or sanitizer report.
# Crash inputs are kept as BUILD_DIR/artifacts/<target>-crash-*; reproduce one with
#   BUILD_DIR/<target> BUILD_DIR/artifacts/<file>
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
build="${1:?usage: run-fuzz.sh BUILD_DIR [SECONDS] [TARGET...]}"
seconds="${2:-20}"
shift $(( $# >= 2 ? 2 : $# ))
cxx="${DMS_FUZZ_CXX:-clang++-14}"
command -v "$cxx" >/dev/null || { echo "run-fuzz: $cxx not found (scripts/setup installs clang-14)" >&2; exit 1; }

if [ ! -f "$build/build.ninja" ]; then
  cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER="$cxx" >/dev/null
fi
cmake --build "$build" -j "${DMS_FUZZ_JOBS:-2}"

targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  for t in fuzz_frameparser fuzz_profile fuzz_scenario; do
    [ -x "$build/$t" ] && targets+=("$t")
  done
fi
mkdir -p "$build/artifacts"
status=0
for t in "${targets[@]}"; do
  seeds="$here/corpus/${t#fuzz_}"
  work="$build/corpus/$t"
  mkdir -p "$work"
  echo "run-fuzz: $t for ${seconds}s (seeds: $seeds)"
  # QT_LOGGING_RULES: Qt's own warnings about odd input are not findings.
  if ! ASAN_OPTIONS="detect_leaks=1:abort_on_error=1" UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1" \
       QT_LOGGING_RULES="*=false" \
       "$build/$t" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
       -print_final_stats=1 -artifact_prefix="$build/artifacts/$t-" "$work" "$seeds" \
       >"$build/$t.log" 2>&1; then
    echo "run-fuzz: $t FAILED; last lines of $build/$t.log:" >&2
    tail -40 "$build/$t.log" >&2
    status=1
  else
    grep -E "stat::number_of_executed_units|stat::peak_rss_mb" "$build/$t.log" | tr '\n' ' '
    echo "corpus: $(ls "$work" | wc -l) inputs"
  fi
done
exit $status
