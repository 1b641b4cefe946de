// The benchmarks' text: about 1 MB of real news from ../shared (PolNeAR dev texts, then train
// texts), the same for the browser page (bench-browser.mjs) and for Node (bench-wasm.mjs).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const MEGABYTE = 1_000_000;
const shared = new URL('../../shared/data/polnear/', import.meta.url).pathname;

/** About 1 MB of PolNeAR texts (dev first), articles separated by a blank line; or null. */
export function realNews() {
  const parts = [];
  let size = 0;
  for (const split of ['dev', 'train']) {
    const folder = join(shared, split, 'text');
    if (!existsSync(folder)) return null;
    for (const name of readdirSync(folder).filter((n) => n.endsWith('.txt')).sort()) {
      if (size >= MEGABYTE) return parts.join('\n\n');
      const text = readFileSync(join(folder, name), 'utf8').trim();
      parts.push(text);
      size += Buffer.byteLength(text) + 2;
    }
  }
  return parts.join('\n\n');
}
