// Label styles built from the one label table (www/labels.js, generated from Rust): the page's
// highlight, swatch and hide rules, and the <article-annotator> element's themable colours.
import { LABEL_TABLE } from './labels.js';

/** The CSS name of a label's custom properties: `per` → `--per-bg`, `--per-fg`. */
const key = (label) => label.toLowerCase();

/** Labels that share their colours with an earlier one are told apart by a dotted underline. */
function sharesColours(entry, index) {
  return LABEL_TABLE.findIndex((other) => other.light[0] === entry.light[0]) < index;
}

function properties(theme) {
  return LABEL_TABLE.map((l) => `--${key(l.label)}-bg: ${l[theme][0]}; --${key(l.label)}-fg: ${l[theme][1]};`).join('\n  ');
}

function markRules(selector) {
  return LABEL_TABLE.map((l, i) => {
    const rule = `${selector(l.label)} { background: var(--${key(l.label)}-bg); color: var(--${key(l.label)}-fg);${sharesColours(l, i) ? ' text-decoration: underline dotted;' : ''} }`;
    return rule;
  }).join('\n');
}

/** The page's label styles: colours in the light and the dark theme, highlights, legend swatches,
 * and the `hide-LABEL` classes the legend toggles. */
export function pageLabelCss() {
  const hidden = LABEL_TABLE.map((l) => `.hide-${l.label} mark[data-label="${l.label}"]`).join(',\n');
  return `:root {\n  ${properties('light')}\n}
@media (prefers-color-scheme: dark) {\n  :root {\n  ${properties('dark')}\n  }\n}
${markRules((label) => `mark[data-label="${label}"], [data-label="${label}"] .swatch`)}
${hidden} { background: none; color: inherit; padding: 0; text-decoration: none; }\n`;
}

/** A label's colour in the element: the host's `--article-annotator-LABEL-background` (and
 * `-color`), else for times and amounts the host's `date` or `amount` property, else ours. */
function themable(entry, theme) {
  const group = { time: 'date', amount: 'amount' }[entry.group];
  const value = (part, index) => {
    const fallback = group && group !== key(entry.label)
      ? `var(--article-annotator-${group}-${part}, ${entry[theme][index]})`
      : entry[theme][index];
    return `var(--article-annotator-${key(entry.label)}-${part}, ${fallback})`;
  };
  return `--${key(entry.label)}-bg: ${value('background', 0)}; --${key(entry.label)}-fg: ${value('color', 1)};`;
}

/** The element's label styles: light by default, dark with `theme="dark"`, each colour
 * overridable by the host page. */
export function elementLabelCss() {
  const theme = (name) => LABEL_TABLE.map((l) => themable(l, name)).join('\n  ');
  return `:host {\n  ${theme('light')}\n}
:host([theme="dark"]) {\n  ${theme('dark')}\n}
${markRules((label) => `mark[data-label="${label}"]`)}\n`;
}

/** The WCAG 2 relative luminance of a computed CSS colour (`rgb(…)` / `rgba(…)`). */
function luminance(colour) {
  const [r, g, b] = (colour.match(/[\d.]+/g) ?? ['0', '0', '0']).slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The WCAG 2 contrast ratio (1 to 21) of two computed CSS colours. */
export function contrastRatio(a, b) {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** The contrast WCAG AA asks of body text. */
export const MIN_CONTRAST = 4.5;

/** Text readable on `background`: `text` when it contrasts enough, else black or white,
 * whichever contrasts more. */
export function readableText(background, text) {
  if (contrastRatio(background, text) >= MIN_CONTRAST) return text;
  return contrastRatio(background, 'rgb(0, 0, 0)') >= contrastRatio(background, 'rgb(255, 255, 255)') ? '#000' : '#fff';
}

/** The custom property that holds a label's text colour inside the element (`--per-fg`). */
export const textProperty = (label) => `--${key(label)}-fg`;

/** The host's own text colour property for a label (`--article-annotator-per-color`). */
export const hostTextProperty = (label) => `--article-annotator-${key(label)}-color`;

/** Each label's light colours as [background, text], for the in-place highlighter. */
export const DEFAULT_COLOURS = Object.freeze(Object.fromEntries(LABEL_TABLE.map((l) => [l.label, l.light])));

/** Each label's reader's name ("Person"), in display order. */
export const LABELS = Object.freeze(Object.fromEntries(LABEL_TABLE.map((l) => [l.label, l.name])));
