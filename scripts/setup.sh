#!/usr/bin/env bash
# Sourced by run.sh, test.sh and sanitize.sh: installs the Debian packages Conviz needs
# (only the missing ones) and configures + builds a CMake preset.
set -euo pipefail

CONVIZ_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
CONVIZ_PACKAGES=(cmake ninja-build g++ qt6-base-dev qt6-base-dev-tools qcoro-qt6-dev qt6-tools-dev
                 qt6-l10n-tools qt6-translations-l10n qt6-charts-dev libqt6opengl6-dev qt6-svg-dev libgl-dev ccache
                 xvfb xauth desktop-file-utils appstream procps fonts-wqy-microhei)

conviz_install_packages() {
    local missing=()
    for package in "${CONVIZ_PACKAGES[@]}" "$@"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$package")
        fi
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "conviz: installing ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "conviz: need root (or sudo) to install ${missing[*]}" >&2; exit 1; }
        sudo=(sudo)
    fi
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -qq
    "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# conviz_build PRESET [TARGET...]: configure once, then build (2 jobs: the machines are small).
conviz_build() {
    local preset=$1
    shift
    cd "$CONVIZ_ROOT"
    # A clone elsewhere reuses this one's objects: paths under the root are hashed relative to
    # it, and the presets with debug information (-g) map the root to "." in it
    # (-fdebug-prefix-map), so their objects do not depend on where the clone is either.
    export CCACHE_BASEDIR="$CONVIZ_ROOT"
    if [ ! -f "build/$preset/build.ninja" ]; then
        cmake --preset "$preset" >/dev/null
    fi
    if [ $# -gt 0 ]; then
        cmake --build --preset "$preset" --target "$@"
    else
        cmake --build --preset "$preset"
    fi
}

# conviz_pass NAME COMMAND...: runs one pass and says how long it took, so a long run is never
# a silent one.
conviz_pass() {
    local name=$1
    shift
    local start=$SECONDS
    echo "conviz: == $name"
    "$@"
    echo "conviz: == $name took $(( (SECONDS - start) / 60 )) min $(( (SECONDS - start) % 60 )) s"
}
