#!/usr/bin/env bash
# Runs every cargo-fuzz target for SECONDS each (default 60) on the stable toolchain
# (RUSTC_BOOTSTRAP lets cargo-fuzz use its nightly flags; no sanitizer). The corpus grows in
# fuzz/corpus/ (not committed); seeds and regression inputs live in fuzz/seeds/.
# Usage: bash scripts/fuzz.sh [SECONDS] [TARGET...]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
ensure_rust
cd "$ROOT"
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz
seconds="${1:-60}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(annotate article sentences conll timeml brat json)
crashed=()
for target in "${targets[@]}"; do
  log "fuzzing $target for ${seconds}s"
  mkdir -p "fuzz/corpus/$target"
  if ! RUSTC_BOOTSTRAP=1 cargo fuzz run "$target" --sanitizer none "fuzz/corpus/$target" "fuzz/seeds/$target" \
    -- -max_total_time="$seconds" -max_len=65536 >"$ROOT/target/fuzz-$target.log" 2>&1; then
    crashed+=("$target")
  fi
  grep -E "^#[0-9]+ +DONE|Done [0-9]+ runs|SUMMARY|panicked|ERROR|Test unit written" "$ROOT/target/fuzz-$target.log" || true
done
if [ ${#crashed[@]} -gt 0 ]; then
  echo "fuzzing found a crash in: ${crashed[*]} (inputs in fuzz/artifacts/, logs in target/fuzz-*.log)" >&2
  exit 1
fi
