#!/usr/bin/env bash
# Builds the Debian package and checks it. Usage: scripts/package.sh [BUILD_DIR] [cmake -D options...]
# BUILD_DIR defaults to $DD_BUILD_DIR, else build/ (the directory of scripts/build.sh). Installs
# what is missing as scripts/setup.sh does, builds, runs 'cpack -G DEB' in BUILD_DIR, then
# lintian (errors fail, the rest is shown), appstreamcli validate, desktop-file-validate and the
# man page through man's warnings. Progress goes to stderr; the one line on stdout is the path
# of the .deb. DD_JOBS sets the build's parallel jobs (default: all cores).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

dir=${DD_BUILD_DIR:-build}
if [ $# -gt 0 ] && [ "${1#-}" = "$1" ]; then
    dir=$1
    shift
fi
case "$dir" in /*) ;; *) dir=$root/$dir ;; esac

say() { echo "package: $*" >&2; }
die() { echo "package: $*" >&2; exit 1; }

# What building, packaging and checking need beyond scripts/setup.sh's list.
scripts/setup.sh >&2
tools=(dpkg-dev lintian appstream desktop-file-utils man-db gzip file)
missing=()
for p in "${tools[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" -ne 0 ]; then
        echo "Packaging needs these Debian packages. Install them with:" >&2
        echo "  sudo apt-get update && sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
        exit 1
    fi
    say "installing: ${missing[*]}"
    apt-get update -q >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" >&2
fi

# Configure. An existing build directory keeps its choices (tests, benchmarks); a new one builds
# only what the package holds. A sanitizer build must never be packaged.
options=(-DCMAKE_BUILD_TYPE=RelWithDebInfo -DDD_SANITIZE=OFF -DDD_FUZZ=OFF -DDD_WERROR=ON -DDD_BUILD_GUI=ON)
if [ ! -f "$dir/CMakeCache.txt" ]; then
    options+=(-DDD_BUILD_TESTS=OFF -DDD_BUILD_BENCH=OFF)
elif grep -Eq '^(DD_SANITIZE|DD_FUZZ):BOOL=(ON|TRUE|1)$' "$dir/CMakeCache.txt"; then
    die "$dir is a sanitizer build: give another build directory"
fi
say "building in $dir"
cmake -S . -B "$dir" -G Ninja "${options[@]}" "$@" >&2
cmake --build "$dir" --parallel "${DD_JOBS:-$(nproc)}" >&2

# Package.
rm -f "$dir"/donationdesk_*.deb
say "cpack -G DEB"
(cd "$dir" && cpack -G DEB) >&2
debs=("$dir"/donationdesk_*.deb)
[ -f "${debs[0]}" ] || die "cpack made no donationdesk_*.deb in $dir"
deb=${debs[0]}

# Check what was packaged, as installed.
check=$(mktemp -d)
trap 'rm -rf "$check"' EXIT
dpkg-deb -x "$deb" "$check"
failed=0

say "lintian"
if ! lintian --fail-on error --display-info "$deb" >&2; then
    say "lintian reports errors"
    failed=1
fi

say "appstreamcli validate"
for f in "$check"/usr/share/metainfo/*.xml; do
    appstreamcli validate --no-net "$f" >&2 || failed=1
done

say "desktop-file-validate"
for f in "$check"/usr/share/applications/*.desktop; do
    desktop-file-validate "$f" >&2 || failed=1
done

say "man page"
man_warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z \
    "$check/usr/share/man/man1/donationdesk.1.gz" 2>&1 >/dev/null || true)
if [ -n "$man_warnings" ]; then
    echo "$man_warnings" >&2
    failed=1
fi

say "icons"
for png in "$check"/usr/share/icons/hicolor/*/apps/*.png; do
    size=$(basename "$(dirname "$(dirname "$png")")")
    if ! file -b "$png" | grep -q "PNG image data, ${size/x/ x }"; then
        say "$png is not a ${size} PNG: run packaging/render-icons.sh"
        failed=1
    fi
done

[ "$failed" -eq 0 ] || die "the package has errors (see above): $deb"
say "Depends: $(dpkg-deb -f "$deb" Depends)"
echo "$deb"
