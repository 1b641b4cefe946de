// The page's limits, in one place: how long an article may be, how long a share link may be, and
// decompression that stops at a limit instead of filling the tab (a link can carry a bomb).

/** The longest article the page annotates, in UTF-16 code units (about 20 MB of text). */
export const MAX_ARTICLE_CHARS = 20_000_000;

/** The longest share link the page makes or opens, in characters (the fragment included). */
export const MAX_LINK = 32_000;

/** The most a share link may unpack to, in bytes of UTF-8 JSON: the page makes no link that
 * holds more, and opens none (a few kilobytes of deflated text can unpack to gigabytes). */
export const MAX_LINK_TEXT = 2_000_000;

/** The largest file the page imports, in bytes: a JSON export of the longest article. */
export const MAX_IMPORT_BYTES = 200_000_000;

/** A limit was passed; `message` says which, in words fit to show a person. */
export class LimitError extends Error {}

/** Why `text` is too long to annotate, or null when it is not. */
export function articleTooLong(text) {
  if (text.length <= MAX_ARTICLE_CHARS) return null;
  return `This article is ${(text.length / 1e6).toFixed(1)} million characters long; the page annotates at most `
    + `${MAX_ARTICLE_CHARS / 1e6} million. Split it, or use the command-line tool, which has no limit.`;
}

/** Inflates raw-deflated `bytes` to text, giving up with a LimitError as soon as the output
 * passes `maxBytes`: a few kilobytes that inflate to gigabytes cost no more than `maxBytes`. */
export async function inflateText(bytes, maxBytes) {
  const reader = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  const chunks = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > maxBytes) {
      await reader.cancel();
      throw new LimitError(`it unpacks to more than ${(maxBytes / 1e6).toFixed(0)} MB, more than any article the page annotates`);
    }
    chunks.push(value);
  }
  const joined = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    joined.set(chunk, at);
    at += chunk.length;
  }
  return new TextDecoder().decode(joined);
}

/** Raw-deflates `text` and encodes it as base64url, for a link's fragment. */
export async function deflateToFragment(text) {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The text of a fragment made by `deflateToFragment`, refused (LimitError) before any work when
 * the fragment is longer than any link the page makes, or while inflating as soon as it unpacks
 * to more than any link the page makes holds. */
export async function inflateFragment(encoded) {
  if (encoded.length > MAX_LINK) {
    throw new LimitError(`it is ${Math.round(encoded.length / 1000)} KB long, and links this page makes stay under ${MAX_LINK / 1000} KB`);
  }
  const binary = atob(encoded.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  return inflateText(bytes, MAX_LINK_TEXT);
}
