#!/usr/bin/env bash
# Builds the libFuzzer targets (fuzz/) with clang, AddressSanitizer and UBSan, and runs each for
# a while on a corpus seeded from tests/data. Exits non-zero on any crash, hang, leak or broken
# invariant, naming the target and the reproducer.
#
# Usage: scripts/fuzz.sh [--seconds N] [--build-dir DIR] [--work-dir DIR] [TARGET...]
#   --seconds N     time per target (default 10: a smoke run for CI; 600 while developing)
#   --build-dir DIR where to build (default build-fuzz)
#   --work-dir DIR  corpora and crash reproducers (default DIR/fuzz-work); the corpora grow
#                   from run to run, so keep it between runs
#   TARGET...       only these (default: every fuzz_* target)
# Reproduce a crash:  <build-dir>/fuzz/<target> <reproducer file>
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

seconds=10
build=build-fuzz
work=
targets=()
while [ $# -gt 0 ]; do
    case "$1" in
    --seconds) seconds=$2; shift 2 ;;
    --build-dir) build=$2; shift 2 ;;
    --work-dir) work=$2; shift 2 ;;
    -h | --help) sed -n '2,13p' "$0"; exit 0 ;;
    fuzz_*) targets+=("$1"); shift ;;
    *) echo "fuzz.sh: unknown argument \"$1\" (see --help)" >&2; exit 2 ;;
    esac
done
case "$build" in /*) ;; *) build=$root/$build ;; esac
work=${work:-$build/fuzz-work}
case "$work" in /*) ;; *) work=$root/$work ;; esac
all=(fuzz_changeup fuzz_inqud fuzz_givecloud fuzz_nationbuilder fuzz_donary fuzz_standard
    fuzz_money fuzz_timestamps fuzz_httpguard)
[ ${#targets[@]} -gt 0 ] || targets=("${all[@]}")

# --- Toolchain: Qt and the build tools, then clang with its libFuzzer runtime. -----------------
scripts/setup.sh
missing=()
for p in clang libclang-rt-14-dev; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" -ne 0 ]; then
        echo "fuzz.sh needs: sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
        exit 1
    fi
    echo "Installing: ${missing[*]}" >&2
    apt-get update -q
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# --- Build. ----------------------------------------------------------------------------------
CC=clang CXX=clang++ cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DDD_FUZZ=ON -DDD_SANITIZE=OFF -DDD_WERROR=OFF -DDD_BUILD_GUI=OFF -DDD_BUILD_TESTS=OFF \
    -DDD_BUILD_BENCH=OFF > /dev/null
cmake --build "$build" --target "${targets[@]}" --parallel "$(nproc)"

# --- Seeds, from the test data. ----------------------------------------------------------------
seed_file() { # seed_file DIR CONTENT: one seed, named by its hash so reruns do not duplicate it
    local name
    name=$(printf '%s' "$2" | sha1sum | cut -c1-16)
    printf '%s' "$2" > "$1/$name"
}

seed() { # seed TARGET DIR: fills DIR with the target's seeds
    local target=$1 dir=$2 f
    case "$target" in
    fuzz_money)
        # Every number and currency code the test payloads carry, alone and as "12.50 EUR".
        grep -rhoE '"-?[0-9][0-9.eE+-]*"|: *-?[0-9][0-9.eE+-]*' tests/data --include='*.json' \
            | tr -d '": ' | sort -u | sed -n '1,300p' | while read -r n; do
            seed_file "$dir" "$n"
            seed_file "$dir" "$n EUR"
        done
        for n in 0 -0 1e3 1.5e-7 0.000123 "+12.50" 170141183460469231731687303715884105727; do
            seed_file "$dir" "$n"
        done ;;
    fuzz_timestamps)
        grep -rhoE '"[0-9]{1,4}[-/][0-9]{1,2}[-/][0-9]{1,4}[^"]{0,40}"|"1[0-9]{9}([0-9]{3})?"' \
            tests/data --include='*.json' | tr -d '"' | sort -u | while read -r t; do
            seed_file "$dir" "$t"
        done
        for t in "05/28/2013  3:37 PM" "2014-02-11T10:21:43-05:00" "Eastern Standard Time" \
            "Dateline Standard Time" "America/New_York"; do
            seed_file "$dir" "$t"
        done ;;
    fuzz_httpguard)
        # The serve test payloads as the requests that carried them, one and pipelined.
        for f in tests/data/e2e/serve/*.json; do
            local body req
            body=$(cat "$f")
            req=$(printf 'POST /hooks/0123456789abcdef HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%s' \
                "${#body}" "$body")
            seed_file "$dir" "$req"
            seed_file "$dir" "$req$req"
        done
        seed_file "$dir" $'GET /health HTTP/1.0\r\nConnection: keep-alive\r\n\r\nGET / HTTP/1.1\n\n'
        seed_file "$dir" $'POST /hooks/x HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n{}' ;;
    fuzz_*)
        # Each payload followed by the four bytes of endpoint and header settings the adapter
        # targets read (fuzz/adapterfuzz.h): defaults with the event inferred, a secret, a
        # currency and a fixed event, a time zone with headers from the body, known headers.
        local provider=${target#fuzz_} settings name i
        settings=('\x00\x00\x00\x00' '\x01\x00\x00\x00' '\x03\x01\x00\x00' '\x14\x02\xff\xff'
            '\x2a\x08\xaa\xaa')
        for f in tests/data/providers/"$provider"/*.json tests/data/storage/"$provider"-*.json \
            tests/data/e2e/ingest/requests/*-"$provider"-*.json tests/data/e2e/serve/"$provider".json \
            tests/data/e2e/reprocess/"$provider"-*.json tests/data/e2e/serve/malformed.json; do
            [ -f "$f" ] || continue
            name=$(basename "$(dirname "$f")")-$(basename "$f" .json)
            for i in "${!settings[@]}"; do
                { cat "$f"; printf "${settings[$i]}"; } > "$dir/$name.$i"
            done
        done ;;
    esac
}

dictionary() { # dictionary TARGET: the dictionary file for it
    local d=fuzz/dictionaries out=$work/$1/dictionary
    case "$1" in
    fuzz_money) cat $d/money.dict ;;
    fuzz_timestamps) cat $d/timestamps.dict ;;
    fuzz_httpguard) cat $d/http.dict ;;
    *) cat $d/json.dict $d/providers.dict ;;
    esac > "$out"
    echo "$out"
}

# --- Run. ------------------------------------------------------------------------------------
# Leaks inside Qt and system libraries are not ours (tests/sanitizer/lsan.supp). With ASan's
# default 256 MB quarantine of freed memory, 10-minute runs reached 1.0-1.5 GB, near the RSS
# limit; 64 MB trims that and still catches recent use-after-free. Options the caller set
# (scripts/test.sh sets stricter ones) come after ours, so they win.
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:symbolize=1:quarantine_size_mb=64${ASAN_OPTIONS:+:$ASAN_OPTIONS}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$root/tests/sanitizer/lsan.supp:print_suppressions=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export QT_LOGGING_RULES='*.debug=false;*.info=false;*.warning=false'
export TZ=UTC LC_ALL=C.UTF-8

failed=0
for target in "${targets[@]}"; do
    dir=$work/$target
    mkdir -p "$dir/corpus" "$dir/seeds" "$dir/artifacts"
    seed "$target" "$dir/seeds"
    log=$dir/last-run.log
    echo "== $target: ${seconds}s" >&2
    status=0
    "$build/fuzz/$target" -max_total_time="$seconds" -timeout=5 -rss_limit_mb=2048 \
        -max_len=65536 -print_final_stats=1 -dict="$(dictionary "$target")" \
        -artifact_prefix="$dir/artifacts/" "$dir/corpus" "$dir/seeds" > "$log" 2>&1 || status=$?
    # "#975657  DONE  cov: 1121 ft: 3425 corp: 450/123Kb ... rss: 1012Mb": runs and coverage.
    grep -E '^#[0-9]+[[:space:]]+DONE' "$log" | sed "s/^/   /" >&2 || true
    if [ $status -ne 0 ]; then
        failed=1
        echo "!! $target failed (exit $status); log: $log" >&2
        grep -E '^(==[0-9]+==ERROR|SUMMARY|.*invariant broken|.*runtime error)' "$log" | head -5 >&2 || true
        grep -E 'Test unit written to' "$log" | sed 's/^.*Test unit written to /   reproducer: /' >&2 || true
        echo "   reproduce: $build/fuzz/$target <reproducer>" >&2
    fi
done
exit $failed
