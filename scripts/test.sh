#!/usr/bin/env bash
# One command to run every test: installs what is missing, then runs lints, native tests,
# WebAssembly tests in Node and headless Chromium, and the Playwright tests of the page.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
ensure_rust
ensure_wasm_bindgen
ensure_node_modules
ensure_chromium
cd "$ROOT"
[ -d ../shared ] || echo "note: ../shared is absent; tests that need its data are skipped" >&2

log "format and lints"
cargo fmt --check
cargo clippy --all-targets -- -D warnings
cargo clippy --lib --tests --target wasm32-unknown-unknown -- -D warnings
RUSTDOCFLAGS="-D warnings" cargo doc --no-deps --quiet

log "native tests (unit, integration, golden, CLI, properties, doc examples)"
cargo test

log "hostile and huge input, linear work (release build; instructions counted by callgrind)"
ensure_valgrind
cargo test --release --test hostile -- --ignored

log "WebAssembly build"
bash scripts/build.sh

log "TypeScript check of the public API (tsc -p types-check)"
npx tsc -p types-check && echo "types-check: the public API's types compile"

log "peak WebAssembly memory on 10 MB articles (node's test runner)"
node --test tests/node/

export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner
log "wasm-bindgen tests in Node"
cargo test --target wasm32-unknown-unknown --test wasm
log "wasm-bindgen tests in headless Chromium"
WASM_BINDGEN_USE_BROWSER=1 CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown --test wasm

log "Playwright tests of the page in /usr/bin/chromium"
npx playwright test
log "benchmark: the longest main-thread task while a 1 MB paste is annotated and rendered"
node scripts/bench-paste.mjs
