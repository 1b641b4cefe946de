#!/usr/bin/env bash
# Trains the entity model shipped in models/ner.bin from ../shared data, reproducibly:
# word lists from npm packages, word clusters from unlabeled news, then the tagger itself.
# TRAIN=FILE trains on another CoNLL file (scripts/eval-ner.sh: a part of the training data);
# OUT=FILE writes the model elsewhere.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
ensure_rust
ensure_node_modules
cd "$ROOT"
DATA="${DATA:-../shared/data}"
node scripts/wordlists.mjs
cargo run --release -- train-ner \
  --train "${TRAIN:-$DATA/conll2003/eng.train}" --dev "$DATA/conll2003/eng.testa" \
  --unlabeled "$DATA/unlabeled/reuters21578_bodies.txt" \
  --gazetteer target/wordlists/people.txt=PER --gazetteer target/wordlists/places.txt=LOC \
  --out "${OUT:-models/ner.bin}"
