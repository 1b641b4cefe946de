#!/usr/bin/env bash
# One command to see the page: installs what is missing, builds, serves on 127.0.0.1.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
PORT="${PORT:-8000}"
bash "$ROOT/scripts/build.sh"
cd "$ROOT"
log "serving on http://127.0.0.1:$PORT/ (Ctrl-C stops)"
echo "Open http://127.0.0.1:$PORT/"
exec python3 -m http.server --bind 127.0.0.1 "$PORT"
