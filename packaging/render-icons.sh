#!/usr/bin/env bash
# Renders the application icon (resources/icons/donationdesk.svg) into the PNG sizes of the
# hicolor theme under resources/icons/hicolor/. The PNGs are committed so that building the
# package needs no SVG renderer; run this again after changing the SVG.
# Needs rsvg-convert (Debian package librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")/.."

id=org.donationdesk.DonationDesk
svg=resources/icons/donationdesk.svg
for size in 16 22 24 32 48 64 128 256 512; do
    dir=resources/icons/hicolor/${size}x${size}/apps
    mkdir -p "$dir"
    rsvg-convert --width "$size" --height "$size" --keep-aspect-ratio --format png \
        --output "$dir/$id.png" "$svg"
done
