#!/usr/bin/env bash
# Runs every cargo-fuzz target for SECONDS each (default 60) on the stable toolchain
# (RUSTC_BOOTSTRAP lets cargo-fuzz use its nightly flags; no sanitizer). The corpus grows in
# fuzz/corpus/ (not committed); seeds and regression inputs live in fuzz/seeds/. An input that
# takes over TIMEOUT seconds (default 10; inputs are at most 64 KB) is a finding, like a crash.
# The target `slow` searches random compositions of the hostile shapes (src/shapes.rs) for
# superlinear cost instead: `article-annotator bench-shapes --search SECONDS`; a shape it finds
# belongs in src/shapes.rs as a regression shape.
# Usage: bash scripts/fuzz.sh [SECONDS] [TARGET...]   (TIMEOUT=… in the environment)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
ensure_rust
cd "$ROOT"
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz
seconds="${1:-60}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(annotate article sentences conll timeml brat json slow)
crashed=()
for target in "${targets[@]}"; do
  if [ "$target" = slow ]; then
    log "searching random shapes for superlinear cost for ${seconds}s"
    cargo build --release --quiet
    target/release/article-annotator bench-shapes --search "$seconds" --seed "${SEED:-$RANDOM}" \
      >"$ROOT/target/fuzz-slow.log" || crashed+=(slow)
    sed -n "1,11p;\$p" "$ROOT/target/fuzz-slow.log"
    continue
  fi
  log "fuzzing $target for ${seconds}s"
  mkdir -p "fuzz/corpus/$target"
  if ! RUSTC_BOOTSTRAP=1 cargo fuzz run "$target" --sanitizer none "fuzz/corpus/$target" "fuzz/seeds/$target" \
    -- -max_total_time="$seconds" -max_len=65536 -timeout="${TIMEOUT:-10}" >"$ROOT/target/fuzz-$target.log" 2>&1; then
    crashed+=("$target")
  fi
  grep -E "^#[0-9]+ +DONE|Done [0-9]+ runs|SUMMARY|panicked|ERROR|Test unit written" "$ROOT/target/fuzz-$target.log" || true
done
if [ ${#crashed[@]} -gt 0 ]; then
  echo "fuzzing found a crash or a slow input in: ${crashed[*]} (inputs in fuzz/artifacts/, logs in target/fuzz-*.log)" >&2
  exit 1
fi
