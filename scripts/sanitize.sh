#!/usr/bin/env bash
# The whole CTest suite again under AddressSanitizer + UndefinedBehaviorSanitizer, then
# under ThreadSanitizer. Run by scripts/test.sh; CONVIZ_SANITIZERS="asan" picks one.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
conviz_install_packages
export QT_QPA_PLATFORM=offscreen
# Benchmarks measure speed; under a sanitizer that says nothing, so they are left out.
for preset in ${CONVIZ_SANITIZERS:-asan tsan}; do
    conviz_pass "building ($preset)" conviz_build "$preset"
    conviz_pass "testing ($preset)" ctest --preset "$preset" -E '_quick$'
done
