#!/usr/bin/env bash
# Installs what is missing, builds, and starts Donation Desk. Arguments go to the program,
# e.g. scripts/run.sh serve --listen 127.0.0.1:8787
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh
exec build/app/donationdesk "$@"
