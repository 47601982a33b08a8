#!/usr/bin/env bash
# Installs what is missing, builds everything in Release and runs the whole CTest suite
# offscreen; then the same suite under AddressSanitizer and ThreadSanitizer.
# CONVIZ_SANITIZE=0 skips the sanitizer passes.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
conviz_install_packages
conviz_build release
export QT_QPA_PLATFORM=offscreen
ctest --preset release
if [ "${CONVIZ_SANITIZE:-1}" != 0 ] && [ -x "$CONVIZ_ROOT/scripts/sanitize.sh" ]; then
    "$CONVIZ_ROOT/scripts/sanitize.sh"
fi
