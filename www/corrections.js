// Corrections a person makes to the model's entities and quote speakers, kept apart from the
// model's output: each records its span, what it says there (an entity's label, null removing
// what the model found; or for `kind: 'speaker'` the name of the person or organisation a quote
// is given to, null for "unknown") and the text around it, so that it is found again after the
// text is edited and re-annotated — and dropped when the text it was about has changed.

import { LABELS } from './label-styles.js';

const CONTEXT = 24;

/** What every correction records of `text[start:end]`: where, when, and the words in and
 * around it. */
function corrected(text, start, end) {
  return {
    start,
    end,
    at: new Date().toISOString(),
    text: text.slice(start, end),
    before: text.slice(Math.max(0, start - CONTEXT), start),
    after: text.slice(end, end + CONTEXT),
  };
}

/** A correction of `text[start:end]` to `label` (null: no entity there), made now. */
export function correction(text, start, end, label) {
  return { ...corrected(text, start, end), label };
}

/** A correction giving the quote `text[start:end]` to the speaker named `speaker` (a person's or
 * organisation's cluster name; null: the speaker is unknown), made now. */
export function speakerCorrection(text, start, end, speaker) {
  return { ...corrected(text, start, end), kind: 'speaker', speaker };
}

/** The longest speaker name a correction may carry. */
const MAX_SPEAKER_NAME = 200;

/** Whether `fix` is a correction as `correction` or `speakerCorrection` make them (from an
 * imported file, a link or a draft: anything else is dropped rather than trusted). */
export function isCorrection(fix) {
  const spanned = Number.isInteger(fix?.start) && Number.isInteger(fix?.end) && fix.start >= 0 && fix.start < fix.end
    && ['text', 'before', 'after'].every((key) => typeof fix[key] === 'string')
    && fix.text.length === fix.end - fix.start;
  if (!spanned) return false;
  if (fix.kind === 'speaker') {
    return fix.speaker === null || (typeof fix.speaker === 'string' && fix.speaker.length > 0 && fix.speaker.length <= MAX_SPEAKER_NAME);
  }
  return fix.kind === undefined && (fix.label === null || Object.hasOwn(LABELS, fix.label));
}

/** Whether a correction gives a quote its speaker (else it corrects an entity). */
export function isSpeakerCorrection(fix) {
  return fix.kind === 'speaker';
}

/** The corrections an imported JSON file carries: its `corrections` list when it has one (our
 * exports do), else one per entity a person made (`origin: 'human'`) in `doc` and one per quote
 * whose speaker a person gave. */
export function importedCorrections(parsed, doc) {
  if (Array.isArray(parsed?.corrections)) return parsed.corrections.filter(isCorrection);
  const when = (item) => (item.edited_at ? { at: item.edited_at } : {});
  const entities = doc.entities.filter((e) => e.origin === 'human')
    .map((e) => ({ ...correction(doc.text, e.start, e.end, e.label), ...when(e) }));
  const speakers = doc.quotes.filter((q) => q.origin === 'human').map((q) => ({
    ...speakerCorrection(doc.text, q.start, q.end, doc.clusters[q.speaker]?.name ?? null), ...when(q),
  }));
  return [...entities, ...speakers];
}

/** Where a correction applies in `text` now: the same place if its words and surroundings are
 * unchanged there, else the one place where they now stand, else nowhere (null). */
export function anchor(text, fix) {
  const fits = (at) => text.slice(at, at + fix.text.length) === fix.text
    && text.slice(Math.max(0, at - fix.before.length), at) === fix.before
    && text.slice(at + fix.text.length, at + fix.text.length + fix.after.length) === fix.after;
  if (fits(fix.start)) return { ...fix, end: fix.start + fix.text.length };
  const needle = fix.before + fix.text + fix.after;
  const found = text.indexOf(needle);
  if (found < 0 || text.indexOf(needle, found + 1) >= 0) return null;
  const start = found + fix.before.length;
  return { ...fix, start, end: start + fix.text.length };
}

/** The model's document with the corrections that still apply: entities they overlap give
 * way, and each correction with a label becomes an entity of its own, made by a person
 * (`origin: 'human'`, `edited_at`: when), which every export that can says. A person's entity
 * joins the cluster of the same name and label, or starts one, so that panels, counts and
 * exports see it like any other. */
export function applyCorrections(doc, fixes) {
  const live = fixes.filter(isCorrection).map((fix) => anchor(doc.text, fix)).filter(Boolean);
  if (live.length === 0) return { document: doc, live };
  const labelled = applyEntityCorrections(doc, live.filter((fix) => !isSpeakerCorrection(fix)));
  return { document: applySpeakerCorrections(labelled, live.filter(isSpeakerCorrection)), live };
}

/** The document with a person's entity corrections (see `applyCorrections`). */
function applyEntityCorrections(doc, live) {
  if (live.length === 0) return doc;
  const overlaps = (e, fix) => e.start < fix.end && fix.start < e.end;
  const kept = doc.entities.filter((e) => !live.some((fix) => overlaps(e, fix)));
  const added = live.filter((fix) => fix.label).map((fix) => ({
    label: fix.label, start: fix.start, end: fix.end, text: fix.text, score: 1,
    origin: 'human', ...(fix.at ? { edited_at: fix.at } : {}),
  }));
  const entities = [...kept, ...added].sort((a, b) => a.start - b.start || b.end - a.end);
  // Clusters and quotes refer to entities by index: keep the indexes of the entities that stay.
  const index = new Map(entities.map((e, i) => [e, i]));
  const clusters = doc.clusters.map((c) => ({
    ...c, mentions: c.mentions.map((m) => index.get(doc.entities[m])).filter((m) => m !== undefined),
  }));
  const byName = new Map(clusters.map((c) => [`${c.label} ${c.name}`, c]));
  for (const entity of added) {
    const key = `${entity.label} ${entity.text}`;
    let cluster = byName.get(key);
    if (!cluster) {
      cluster = { id: clusters.length, name: entity.text, label: entity.label, mentions: [], salience: 0 };
      clusters.push(cluster);
      byName.set(key, cluster);
    }
    cluster.mentions.push(index.get(entity));
    cluster.mentions.sort((a, b) => a - b);
    entity.cluster = cluster.id;
  }
  return { ...doc, entities, clusters };
}

/** The document with the quotes a person gave a speaker: the quote of the correction's span
 * names the cluster of that name (a person's first, then an organisation's; a name no longer in
 * the article gets a cluster of its own), or none, and says it was a person's choice
 * (`origin: 'human'`, `edited_at`). */
function applySpeakerCorrections(doc, live) {
  if (live.length === 0) return doc;
  const clusters = [...doc.clusters];
  const clusterNamed = (name) => {
    const named = clusters.filter((c) => c.name === name);
    const found = named.find((c) => c.label === 'PER') ?? named.find((c) => c.label === 'ORG') ?? named[0];
    if (found) return found.id;
    clusters.push({ id: clusters.length, name, label: 'PER', mentions: [], salience: 0 });
    return clusters.length - 1;
  };
  const bySpan = new Map(live.map((fix) => [`${fix.start}:${fix.end}`, fix]));
  const quotes = doc.quotes.map((quote) => {
    const fix = bySpan.get(`${quote.start}:${quote.end}`);
    if (!fix) return quote;
    const speaker = fix.speaker === null ? null : clusterNamed(fix.speaker);
    return { ...quote, speaker, origin: 'human', ...(fix.at ? { edited_at: fix.at } : {}) };
  });
  return { ...doc, clusters, quotes };
}

/** The text offset (UTF-16) of a DOM position inside a container rendered by renderArticle. */
export function offsetOf(container, node, offset) {
  const block = (node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement)?.closest('[data-start]');
  if (!block || !container.contains(block)) return null;
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  let at = Number(block.dataset.start);
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    if (text === node) return at + offset;
    at += text.length;
  }
  return node === block ? Number(block.dataset.start) : null;
}
