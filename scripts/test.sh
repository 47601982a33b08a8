#!/usr/bin/env bash
# Installs what is missing, builds everything in Release and runs the whole CTest suite
# offscreen; then the same suite under AddressSanitizer and ThreadSanitizer.
# CONVIZ_SANITIZE=0 skips the sanitizer passes (most of the time: see README).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
if [ "${CONVIZ_SANITIZE:-1}" != 0 ]; then
    echo "conviz: Release build and tests, then the asan and tsan passes (each a full build and run);"
    echo "conviz: CONVIZ_SANITIZE=0 scripts/test.sh stops after the Release pass."
fi
conviz_pass "installing missing packages" conviz_install_packages
conviz_pass "building (release)" conviz_build release
export QT_QPA_PLATFORM=offscreen
conviz_pass "testing (release)" ctest --preset release
if [ "${CONVIZ_SANITIZE:-1}" != 0 ] && [ -x "$CONVIZ_ROOT/scripts/sanitize.sh" ]; then
    "$CONVIZ_ROOT/scripts/sanitize.sh"
fi
