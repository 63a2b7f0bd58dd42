#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite headless: the normal build;
# the Debian package, built, installed with apt-get and tried (scripts/test-package.sh); then the
# AddressSanitizer + UndefinedBehaviorSanitizer build; then a short run of every fuzz target.
# scripts/test.sh --quick runs only the normal build's suite (for a fast local loop).
set -euo pipefail
cd "$(dirname "$0")/.."

export QT_QPA_PLATFORM=offscreen
export QT_QUICK_BACKEND=software

scripts/setup.sh

scripts/build.sh
(cd build && ctest --output-on-failure --parallel 2 --timeout 600)

if [ "${1:-}" != "--quick" ]; then
    scripts/test-package.sh build
    scripts/build.sh --sanitize
    export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1
    export LSAN_OPTIONS=suppressions=$PWD/tests/sanitizer/lsan.supp:print_suppressions=0
    export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
    (cd build-asan && ctest --output-on-failure --parallel 2 --timeout 900)
    # Every libFuzzer target for a few seconds (clang build; docs/FUZZING.md).
    scripts/fuzz.sh --seconds 10
fi
echo "All tests passed."
