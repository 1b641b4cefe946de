#!/usr/bin/env bash
# Measures how the entity model generalises, not just its dev score, in one command:
#  1. the shipped model on CoNLL-2003 dev and on Wikigold (Wikipedia, not tuned on), side by side;
#  2. a model trained the shipped way on the first 80% of the training documents, scored on the
#     last 20% (later in time than the rest), beside dev and Wikigold.
# Per-label precision, recall and F1 in each column. ERRORS=N adds the N most frequent misses,
# false alarms, confusions and boundary errors of each set. Needs ../shared.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
ensure_rust
cd "$ROOT"
DATA="${DATA:-../shared/data}"
if [ ! -f "$DATA/conll2003/eng.train" ]; then
  echo "skipped: $DATA/conll2003 is absent" >&2
  exit 0
fi
cargo build --release --quiet
bin=target/release/article-annotator
errors=()
[ -n "${ERRORS:-}" ] && errors=(--errors "$ERRORS")
log "the shipped model: CoNLL dev and Wikigold"
"$bin" eval-ner "$DATA/conll2003/eng.testa" "$DATA/wikigold/wikigold.conll" "${errors[@]}"

work=target/eval-ner
mkdir -p "$work"
# Split the training file by document: -DOCSTART- lines start each one.
documents=$(grep -c '^-DOCSTART-' "$DATA/conll2003/eng.train")
first=$((documents * 4 / 5))
awk -v first="$first" -v a="$work/train-first80.conll" -v b="$work/train-last20.conll" \
  '/^-DOCSTART-/ { n++ } { print > (n <= first ? a : b) }' "$DATA/conll2003/eng.train"
log "training on the first $first of $documents training documents (the shipped way)"
TRAIN="$work/train-first80.conll" OUT="$work/first80.bin" bash scripts/train-model.sh > "$work/train.log" 2>&1
tail -1 "$work/train.log"
log "that model: CoNLL dev, Wikigold and the last $((documents - first)) training documents"
"$bin" eval-ner --model "$work/first80.bin" "$DATA/conll2003/eng.testa" "$DATA/wikigold/wikigold.conll" \
  "$work/train-last20.conll" "${errors[@]}"
