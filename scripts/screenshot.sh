#!/usr/bin/env bash
# Pictures of the real window under Xvfb: MODE-running.png mid-run and MODE-done.png.
#   scripts/screenshot.sh --out DIR [--mode M] [--workers N] [--preset book|large]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

out="" mode=threads workers=2 preset=large
while [ $# -gt 0 ]; do
    case "$1" in
        --out) out=$2; shift 2 ;;
        --mode) mode=$2; shift 2 ;;
        --workers) workers=$2; shift 2 ;;
        --preset) preset=$2; shift 2 ;;
        -h|--help) sed -n 2,3p "$0"; exit 0 ;;
        *) echo "screenshot.sh: unknown argument '$1'" >&2; exit 2 ;;
    esac
done
[ -n "$out" ] || { echo "screenshot.sh: --out DIR is required" >&2; exit 2; }
mkdir -p "$out"
out=$(cd "$out" && pwd)

conviz_install_packages xvfb xauth
conviz_build release conviz conviz-worker

# A fresh settings folder: the pictures show the defaults, not someone's last session.
settings=$(mktemp -d)
trap 'rm -rf "$settings"' EXIT
XDG_CONFIG_HOME="$settings" xvfb-run -a -s "-screen 0 1280x860x24" \
    "$CONVIZ_ROOT/build/release/bin/conviz" --mode "$mode" --workers "$workers" --preset "$preset" \
    --run --screenshot-dir "$out"
ls -1 "$out"/"$mode"-*.png
