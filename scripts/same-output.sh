#!/usr/bin/env bash
# Proves a refactor or a speed-up changed nothing: builds REV (default HEAD) in a worktree beside
# the working tree, annotates the golden articles, the seed article and every PolNeAR dev and
# AQUAINT text with both builds, runs eval-ner, eval-timex and eval-quotes with both, and diffs
# all of it. Exit 0 when every output is byte-identical.
# Usage: bash scripts/same-output.sh [REV]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
ensure_rust
cd "$ROOT"
rev="${1:-HEAD}"
work="$ROOT/target/same-output"
base="$work/base"
rm -rf "$work/before" "$work/after"
mkdir -p "$work/before" "$work/after"
git worktree remove --force "$base" 2>/dev/null || true
git worktree add --detach --force "$base" "$rev" >/dev/null
log "building $rev and the working tree (release)"
(cd "$base" && CARGO_TARGET_DIR="$work/target" cargo build --release --quiet)
cargo build --release --quiet
git worktree remove --force "$base"

shared="$ROOT/../shared"
inputs=(tests/articles/*.txt)
[ -f "$shared/samples/seed-article.txt" ] && inputs+=("$shared/samples/seed-article.txt")
if [ -d "$shared/data/polnear/dev/text" ]; then
  inputs+=("$shared"/data/polnear/dev/text/*.txt)
else
  echo "note: ../shared is absent; only the golden articles are compared" >&2
fi

run_all() {
  local binary="$1" out="$2"
  for input in "${inputs[@]}"; do
    "$binary" annotate "$input" --date 2024-12-13 --tokens >"$out/$(basename "$input").json"
  done
  [ -d "$shared/data" ] || return 0
  "$binary" eval-ner "$shared/data/conll2003/eng.testa" >"$out/eval-ner-conll.txt"
  "$binary" eval-ner "$shared/data/wikigold/wikigold.conll" >"$out/eval-ner-wikigold.txt" 2>&1 || true
  "$binary" eval-timex "$shared/data/timebank" >"$out/eval-timex-timebank.txt"
  "$binary" eval-timex "$shared/data/aquaint" >"$out/eval-timex-aquaint.txt"
  "$binary" eval-quotes "$shared/data/polnear/dev" >"$out/eval-quotes-dev.txt"
  "$binary" eval-quotes "$shared/data/polnear/train" >"$out/eval-quotes-train.txt"
}

log "running $rev"
run_all "$work/target/release/article-annotator" "$work/before"
log "running the working tree"
run_all "$ROOT/target/release/article-annotator" "$work/after"
if diff -r -q "$work/before" "$work/after"; then
  echo "same output: $(find "$work/after" -type f | wc -l) files identical to $rev"
else
  echo "outputs differ from $rev (diff -r $work/before $work/after)" >&2
  exit 1
fi
