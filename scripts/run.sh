#!/usr/bin/env bash
# Installs what is missing, builds Conviz in Release and opens the window.
# Arguments go to the window: scripts/run.sh --mode threads --preset large --run
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
conviz_install_packages
conviz_build release conviz conviz-cli conviz-worker
exec "$CONVIZ_ROOT/build/release/bin/conviz" "$@"
