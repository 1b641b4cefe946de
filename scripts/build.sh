#!/usr/bin/env bash
# Builds the WebAssembly module into www/pkg/ (wasm-bindgen --target web, then wasm-opt -Oz),
# the single-file page dist/article-annotator.html and the benchmark's competitors (www/vendor/).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
ensure_rust
ensure_wasm_bindgen
ensure_node_modules
cd "$ROOT"
log "building the WebAssembly module"
cargo rustc --lib --profile wasm --target wasm32-unknown-unknown --crate-type cdylib
wasm-bindgen --target web --out-dir www/pkg target/wasm32-unknown-unknown/wasm/article_annotator.wasm
wasm-opt -Oz www/pkg/article_annotator_bg.wasm -o www/pkg/article_annotator_bg.wasm
ls -l www/pkg/article_annotator_bg.wasm | awk '{printf "www/pkg/article_annotator_bg.wasm: %.2f MB\n", $5/1e6}' >&2

# The libraries the browser benchmark page compares with, bundled (www/vendor/, not shipped).
npx esbuild www/bench-competitors.js --bundle --format=esm --log-level=warning --outfile=www/vendor/bench-competitors.js

# The same page as one self-contained file (works from file://): dist/article-annotator.html.
node scripts/build-single-file.mjs

# The embeddable package: www/ with a package.json whose version is Cargo.toml's (one place).
VERSION="$(awk -F'"' '/^version = / { print $2; exit }' Cargo.toml)"
cat > www/package.json <<JSON
{
  "name": "article-annotator",
  "version": "$VERSION",
  "description": "Highlights people, organisations, places and groups in news articles, in the browser (WebAssembly).",
  "license": "MIT",
  "type": "module",
  "exports": {
    ".": { "types": "./article-annotator.d.ts", "default": "./article-annotator.js" },
    "./define": "./define.js",
    "./pkg/*": "./pkg/*"
  },
  "types": "./article-annotator.d.ts",
  "files": ["annotator.js", "article-annotator.js", "article-annotator.d.ts", "define.js", "element.js", "highlight.js", "label-styles.js", "labels.js", "render.js", "start-worker.js", "wasm-methods.js", "worker.js", "worker-service.js", "pkg/"],
  "sideEffects": ["./define.js"]
}
JSON
echo "www/package.json: article-annotator $VERSION" >&2
