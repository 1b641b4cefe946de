// Builds dist/article-annotator.html: index.html with its stylesheet, its scripts and the
// WebAssembly module inlined, so the page works opened straight from disk (file://) or from
// any static host. Same sources as the served page; run after scripts/build.sh.
//
//   node scripts/build-single-file.mjs [OUTPUT]
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const output = process.argv[2] ?? join(root, 'dist', 'article-annotator.html');

/** Bundles one entry point into a single minified script (`esm` or `iife`) and returns its code. */
async function bundle(entry, format, plugins = []) {
  const result = await build({
    entryPoints: [join(root, entry)],
    bundle: true,
    format,
    minify: true,
    write: false,
    target: 'es2022',
    loader: { '.wasm': 'binary' },
    plugins,
    logLevel: 'warning',
    // wasm-bindgen's `new URL('…_bg.wasm', import.meta.url)` is never reached: the bytes are passed in.
    logOverride: { 'empty-import-meta': 'silent' },
  });
  return result.outputFiles[0].text;
}

/** The page's worker swapped for one made from `workerCode` (see www/single-file/). */
function inlineWorker(workerCode) {
  return {
    name: 'inline-worker',
    setup(esbuild) {
      esbuild.onResolve({ filter: /\/start-worker\.js$/ }, () => ({ path: join(root, 'www/single-file/start-worker.js') }));
      esbuild.onResolve({ filter: /^inline:worker$/ }, () => ({ path: 'worker', namespace: 'inline' }));
      esbuild.onLoad({ filter: /.*/, namespace: 'inline' }, () => ({ contents: workerCode, loader: 'text' }));
    },
  };
}

/** The CSP source expression that allows exactly this inline script or style. */
function hashSource(text) {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** Replaces the one occurrence of `pattern` in `html`, failing loudly if index.html changed shape. */
function replaceOnce(html, pattern, replacement) {
  const matches = html.match(new RegExp(pattern.source, 'g')) ?? [];
  if (matches.length !== 1) throw new Error(`index.html: expected one match of ${pattern}, found ${matches.length}`);
  return html.replace(pattern, () => replacement);
}

const workerCode = await bundle('www/single-file/worker.js', 'iife');
const pageCode = await bundle('www/app.js', 'esm', [inlineWorker(workerCode)]);
const styles = readFileSync(join(root, 'www/styles.css'), 'utf8');
for (const [name, text, closing] of [['script', pageCode, '</script'], ['style', styles, '</style']]) {
  if (text.toLowerCase().includes(closing)) throw new Error(`the inlined ${name} contains "${closing}"`);
}

const policy = [
  "default-src 'none'",
  `script-src ${hashSource(pageCode)} 'wasm-unsafe-eval'`,
  'worker-src blob:',
  `style-src ${hashSource(styles)}`,
  'img-src data:',
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

let html = readFileSync(join(root, 'index.html'), 'utf8');
html = replaceOnce(html, /<meta http-equiv="Content-Security-Policy" content="[^"]*">/, `<meta http-equiv="Content-Security-Policy" content="${policy}">`);
html = replaceOnce(html, /<link rel="stylesheet" href="www\/styles\.css">/, `<style>${styles}</style>`);
html = replaceOnce(html, /<script type="module" src="www\/app\.js"><\/script>/, `<script type="module">${pageCode}</script>`);

mkdirSync(dirname(output), { recursive: true });
writeFileSync(output, html);
console.error(`${output}: ${(Buffer.byteLength(html) / 1e6).toFixed(2)} MB (single file: page, worker and WebAssembly)`);
