#!/usr/bin/env bash
# Builds the Debian package (scripts/package.sh), installs it on this machine with apt-get and
# tries out the installed program: --self-test headless, 'serve' on a free port with one endpoint
# and one signed test webhook that must be answered 2xx and appear in 'export', a clean stop on
# SIGTERM, and the installed man page, desktop entry, metadata, icons, service user and systemd
# units. Usage: scripts/test-package.sh [BUILD_DIR] (default $DD_BUILD_DIR, else build/).
# Needs root or sudo for apt-get; leaves the package installed, and nothing else.
set -euo pipefail
cd "$(dirname "$0")/.."

dir=${1:-${DD_BUILD_DIR:-build}}

step() { echo "test-package: $*" >&2; }
fail() { echo "test-package: FAILED: $*" >&2; exit 1; }

sudo=()
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || fail "installing the package needs root (or sudo)"
    sudo=(sudo)
fi

deb=$(scripts/package.sh "$dir" | tail -n 1)
[ -f "$deb" ] || fail "scripts/package.sh gave no package"
version=$(dpkg-deb -f "$deb" Version)

step "installing $deb"
# --reinstall: the same version may be installed already, from an older build.
install_package() {
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -q --reinstall --no-install-recommends "$deb" >&2
}
if ! install_package; then
    step "retrying after apt-get update"
    "${sudo[@]}" apt-get update -q >&2
    install_package
fi
installed=$(dpkg-query -W -f='${Status} ${Version}' donationdesk)
[ "$installed" = "install ok installed $version" ] || fail "donationdesk is '$installed', not $version"
bin=/usr/bin/donationdesk
[ -x "$bin" ] || fail "$bin is missing"

# Everything the program writes goes to a scratch home; the serve process is always stopped.
work=$(mktemp -d)
state=
serve_pid=
cleanup() {
    if [ -n "$serve_pid" ] && kill -0 "$serve_pid" 2>/dev/null; then
        kill -TERM "$serve_pid" 2>/dev/null || true
        wait "$serve_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
    if [ -n "$state" ]; then rm -rf "$state"; fi
}
trap cleanup EXIT
mkdir -p "$work/home" "$work/runtime"
chmod 700 "$work/runtime"
export HOME=$work/home XDG_RUNTIME_DIR=$work/runtime
unset XDG_CONFIG_HOME XDG_DATA_HOME XDG_CACHE_HOME XDG_STATE_HOME
unset QT_QPA_PLATFORM DISPLAY WAYLAND_DISPLAY
db=$work/donations.sqlite

# The desktop app headless; everything after runs without any display, as a service does.
step "$bin --self-test"
QT_QPA_PLATFORM=offscreen QT_QUICK_BACKEND=software \
    timeout 300 "$bin" --db "$work/selftest.sqlite" --self-test > "$work/selftest.log" 2>&1 \
    || { cat "$work/selftest.log" >&2; fail "the installed app's self-test failed"; }
grep -h 'self-test' "$work/selftest.log" >&2 || true

# In the user's language: the views load with the German catalog, and the command line follows
# the system's language.
step "$bin --self-test in German"
QT_QPA_PLATFORM=offscreen QT_QUICK_BACKEND=software LANGUAGE=de LC_ALL=C.UTF-8 \
    timeout 300 "$bin" --db "$work/selftest-de.sqlite" --self-test > "$work/selftest-de.log" 2>&1 \
    || { cat "$work/selftest-de.log" >&2; fail "the installed app's self-test in German failed"; }
LANGUAGE=fr LC_ALL=C.UTF-8 "$bin" --help | grep -q '^Commandes' \
    || fail "the installed command line does not speak French with LANGUAGE=fr"

# start_serve NAME DB [COMMAND PREFIX...]: starts the installed serve on a free port, sets
# serve_pid and port. stop_serve NAME: SIGTERM, and it must exit 0 within 30 s.
start_serve() {
    local name=$1 db=$2
    shift 2
    "$@" "$bin" serve --db "$db" --listen 127.0.0.1:0 > "$work/$name.out" 2> "$work/$name.err" &
    serve_pid=$!
    port=
    for _ in $(seq 1 300); do
        line=$(head -n 1 "$work/$name.out")
        if [[ "$line" =~ ^listening\ on\ http://127\.0\.0\.1:([0-9]+)$ ]]; then
            port=${BASH_REMATCH[1]}
            return 0
        fi
        kill -0 "$serve_pid" 2>/dev/null || break
        sleep 0.1
    done
    cat "$work/$name.out" "$work/$name.err" >&2
    fail "$name did not start listening"
}
stop_serve() {
    local name=$1 status=0
    kill -TERM "$serve_pid"
    for _ in $(seq 1 300); do
        kill -0 "$serve_pid" 2>/dev/null || break
        sleep 0.1
    done
    kill -0 "$serve_pid" 2>/dev/null && fail "$name did not stop within 30 s of SIGTERM"
    wait "$serve_pid" || status=$?
    serve_pid=
    [ "$status" -eq 0 ] || { cat "$work/$name.err" >&2; fail "$name exited with status $status"; }
}

step "$bin serve"
start_serve serve "$db"
step "listening on port $port"

# /healthz with bash's own TCP client: curl need not be installed.
exec 3<>"/dev/tcp/127.0.0.1/$port"
printf 'GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n' >&3
health=$(timeout 10 cat <&3 || true)
exec 3<&-
[[ "$health" == "HTTP/1.1 200"* ]] || { echo "$health" >&2; fail "GET /healthz did not answer 200"; }

endpoint=$("$bin" endpoint add --db "$db" --provider givecloud --name "Package test" --json)
path=$(printf '%s\n' "$endpoint" | grep -o '"path": *"/hooks/[^"]*"' | sed 's/.*"\(\/hooks\/[^"]*\)"/\1/')
[ -n "$path" ] || { echo "$endpoint" >&2; fail "endpoint add --json gave no path"; }

# serve picks up an endpoint added meanwhile within a second; until then its URL is a 404.
step "send-test to http://127.0.0.1:$port/hooks/..."
for _ in $(seq 1 50); do
    sent=0
    answer=$("$bin" send-test --db "$db" --endpoint "Package test" \
        --url "http://127.0.0.1:$port$path" --email package-test@example.org) && sent=1
    [[ "$sent" -eq 0 && "$answer" == "HTTP 404"* ]] || break
    sleep 0.2
done
echo "$answer" >&2
[[ "$sent" -eq 1 && "$answer" == "HTTP 2"* ]] || fail "send-test was not answered 2xx"

# The processor turns the committed request into a donation just after the answer.
csv=
for _ in $(seq 1 100); do
    csv=$("$bin" export --db "$db" --include-tests)
    if printf '%s\n' "$csv" | grep -q 'package-test@example.org'; then
        break
    fi
    sleep 0.1
done
printf '%s\n' "$csv" | grep 'package-test@example.org' | grep -q 'Package test,givecloud' \
    || { printf '%s\n' "$csv" >&2; fail "export --include-tests does not show the donation"; }
step "export shows the donation"

step "stopping serve"
stop_serve serve

step "installed files"
man_page=$(man -w donationdesk) || fail "man -w donationdesk finds no page (a dpkg path-exclude for /usr/share/man?)"
[ "$man_page" = /usr/share/man/man1/donationdesk.1.gz ] || fail "man -w donationdesk gives $man_page"
desktop-file-validate /usr/share/applications/org.donationdesk.DonationDesk.desktop \
    || fail "the installed desktop entry is not valid"
appstreamcli validate --no-net /usr/share/metainfo/org.donationdesk.DonationDesk.metainfo.xml >&2 \
    || fail "the installed AppStream metadata is not valid"
for icon in scalable/apps/org.donationdesk.DonationDesk.svg \
    {16x16,22x22,24x24,32x32,48x48,64x64,128x128,256x256,512x512}/apps/org.donationdesk.DonationDesk.png; do
    [ -s "/usr/share/icons/hicolor/$icon" ] || fail "icon $icon is missing"
done
[ -s /usr/share/doc/donationdesk/copyright ] || fail "the copyright file is missing"

service_user=$(getent passwd donationdesk) || fail "the system user donationdesk was not created"
case "$service_user" in
    *:/var/lib/donationdesk:/usr/sbin/nologin) ;;
    *) fail "the user donationdesk is '$service_user' (expected home /var/lib/donationdesk, no login)" ;;
esac

# What the system service runs, as its user, with a state directory of the service's own (as
# systemd's StateDirectory= makes it; a scratch one here).
if [ "$(id -u)" -eq 0 ]; then
    step "serve as the user donationdesk"
    state=$(mktemp -d)
    chown donationdesk:donationdesk "$state"
    chmod 750 "$state"
    start_serve service "$state/donations.sqlite" \
        env HOME="$state" setpriv --reuid=donationdesk --regid=donationdesk --init-groups
    stop_serve service
    owner=$(stat -c '%U %a' "$state/donations.sqlite")
    [ "$owner" = "donationdesk 600" ] || fail "the service's database is '$owner', not 'donationdesk 600'"
fi

if command -v systemd-analyze >/dev/null; then
    step "systemd-analyze verify"
    systemd-analyze verify /usr/lib/systemd/system/donationdesk.service \
        || fail "systemd-analyze verify rejects the system unit"
    systemd-analyze --user verify /usr/lib/systemd/user/donationdesk.service \
        || fail "systemd-analyze verify rejects the user unit"
fi

step "passed: $deb installed and working"
