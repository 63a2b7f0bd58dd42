#!/usr/bin/env bash
# Configures and builds. Usage: scripts/build.sh [--sanitize] [extra cmake -D options...]
# Normal build in build/, the AddressSanitizer + UBSan build in build-asan/.
set -euo pipefail
cd "$(dirname "$0")/.."

dir=build
options=(-DCMAKE_BUILD_TYPE=RelWithDebInfo -DDD_SANITIZE=OFF -DDD_WERROR=ON -DDD_BUILD_GUI=ON -DDD_BUILD_TESTS=ON)
if [ "${1:-}" = "--sanitize" ]; then
    shift
    dir=build-asan
    # The benchmarks are of no use under the sanitizers.
    options=(-DCMAKE_BUILD_TYPE=Debug -DDD_SANITIZE=ON -DDD_WERROR=ON -DDD_BUILD_GUI=ON -DDD_BUILD_TESTS=ON
        -DDD_BUILD_BENCH=OFF)
fi

cmake -S . -B "$dir" -G Ninja "${options[@]}" "$@" > /dev/null
cmake --build "$dir" --parallel "$(nproc)"
