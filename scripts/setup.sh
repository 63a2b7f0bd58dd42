#!/usr/bin/env bash
# Installs what Donation Desk needs to build, test and run on Debian 12 (Qt 6.4 from Debian).
# As root it installs the missing packages with apt-get; otherwise it prints the apt-get line
# to run and stops.
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config git
    libsqlite3-dev sqlite3
    qt6-base-dev qt6-httpserver-dev qt6-websockets-dev qt6-charts-dev qt6-declarative-dev
    qt6-tools-dev qt6-l10n-tools libqt6sql6-sqlite
    qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts
    qml6-module-qtquick-window qml6-module-qtquick-templates qml6-module-qtquick-dialogs
    qml6-module-qtqml-workerscript qml6-module-qtcharts qml6-module-qttest
    qml6-module-qt-labs-folderlistmodel
    libqt6svg6 libgl-dev fonts-dejavu-core fonts-wqy-microhei fonts-lohit-deva
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
    echo "Donation Desk needs these Debian packages. Install them with:" >&2
    echo "  sudo apt-get update && sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
    exit 1
fi

echo "Installing: ${missing[*]}" >&2
# A new machine's package lists may be empty or old.
apt-get update -q
DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
