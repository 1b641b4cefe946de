// Words in an article's text, for selecting by keyboard and for snapping a drag to whole words.
// Offsets are UTF-16 code units, as the page counts them.

/** A letter, digit or mark: part of a word. */
const WORD_CHARACTER = /[\p{L}\p{N}\p{M}]/u;
/** A word: letters, digits and marks, joined by an apostrophe, hyphen, period or ampersand
 * ("O’Brien", "Jean-Luc", "U.S", "AT&T"). */
const WORD = /[\p{L}\p{N}\p{M}]+(?:['’.\-&][\p{L}\p{N}\p{M}]+)*/gu;

/** `text[start:end]` widened to whole words (a drag that starts or ends inside a word takes all
 * of it) and trimmed of white space at its edges; null when nothing but white space is left.
 *
 *     wholeWords('Northwind Robotics', 2, 12) → { start: 0, end: 18 }
 */
export function wholeWords(text, start, end) {
  const inWord = (at) => at > 0 && at < text.length && WORD_CHARACTER.test(text[at - 1]) && WORD_CHARACTER.test(text[at]);
  while (inWord(start)) start--;
  while (inWord(end)) end++;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return start < end ? { start, end } : null;
}

/** The first word that starts at or after `offset`, as { start, end }, or null. */
export function wordAfter(text, offset) {
  WORD.lastIndex = offset;
  const match = WORD.exec(text);
  return match ? { start: match.index, end: match.index + match[0].length } : null;
}

/** The last word that ends at or before `offset`, as { start, end }, or null. Looks back in
 * growing windows, so its cost follows the distance to that word, not the text's length. */
export function wordBefore(text, offset) {
  for (let window = 256; ; window *= 4) {
    const from = Math.max(0, offset - window);
    let last = null;
    WORD.lastIndex = from;
    for (let match = WORD.exec(text); match && match.index + match[0].length <= offset; match = WORD.exec(text)) {
      // A match cut by the window's start is not a whole word: look further back.
      if (!(match.index === from && from > 0 && WORD_CHARACTER.test(text[from - 1]))) {
        last = { start: match.index, end: match.index + match[0].length };
      }
    }
    if (last || from === 0) return last;
  }
}
