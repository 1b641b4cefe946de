// Drafts kept in this browser only, one per tab, so that two tabs editing different articles
// never overwrite each other; and a list of recent articles to go back to.
//
// A tab's draft ({ id, text, corrections, chosenDate, history, undone, saved }) lives in localStorage under
// the tab's own key while it fits (saved synchronously, so closing the page loses nothing), in
// IndexedDB when it does not. A tab is told apart by an id kept in sessionStorage, which
// survives reloads of that tab only. A new tab starts from the newest draft of any tab, under
// its own key. Every article also goes to the recent list in IndexedDB (the newest
// RECENT_KEPT, with their corrections).

const PREFIX = 'article-annotator:draft:';
/** The one shared slot of earlier versions, read once as the newest draft if nothing newer. */
const LEGACY_KEY = 'article-annotator:draft';
const TAB_KEY = 'article-annotator:tab';
const DATABASE = 'article-annotator';
const SLOTS = 'drafts';
const RECENT = 'recent';
/** How many tabs' drafts and recent articles are kept. */
const SLOTS_KEPT = 10;
const RECENT_KEPT = 20;

/** The article this tab last put on the recent list. */
let lastListed = null;

/** A new random id. */
export function newId() {
  return globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

/** This tab's id (made on its first visit). */
function tabId() {
  let id = sessionStorage.getItem(TAB_KEY);
  if (!id) {
    id = newId();
    sessionStorage.setItem(TAB_KEY, id);
  }
  return id;
}

/** Opens the draft database (created or upgraded on first use). */
function openDatabase() {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DATABASE, 2);
    request.onupgradeneeded = () => {
      const names = request.result.objectStoreNames;
      if (!names.contains(SLOTS)) request.result.createObjectStore(SLOTS);
      if (!names.contains(RECENT)) request.result.createObjectStore(RECENT, { keyPath: 'id' });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** Runs `use(store)` on one store; resolves to the last request's result once the transaction
 * ends. */
async function withStore(name, mode, use) {
  const database = await openDatabase();
  try {
    return await new Promise((resolve, reject) => {
      const transaction = database.transaction(name, mode);
      const request = use(transaction.objectStore(name));
      transaction.oncomplete = () => resolve(request?.result);
      transaction.onerror = () => reject(transaction.error);
      transaction.onabort = () => reject(transaction.error ?? new Error('the browser refused to store the draft'));
    });
  } finally {
    database.close();
  }
}

/** The first line of an article, shortened: how the recent list names it. */
export function titleOf(text) {
  const line = text.split('\n').map((l) => l.trim()).find(Boolean) ?? '';
  return line.length > 80 ? `${line.slice(0, 79)}…` : line || '(empty article)';
}

/**
 * Keeps this tab's `draft` and puts the article on the recent list; resolves to where the draft
 * went ("localStorage" or "indexedDB"), or rejects when neither can hold it. A draft in IndexedDB
 * leaves a small marker in localStorage in place of the old one, so the old one never comes back.
 */
export async function saveDraft(draft) {
  const key = PREFIX + tabId();
  const json = JSON.stringify(draft);
  const recent = withStore(RECENT, 'readwrite', (store) => store.put({
    id: draft.id, title: titleOf(draft.text), text: draft.text, corrections: draft.corrections, chosenDate: draft.chosenDate, saved: draft.saved,
  }));
  let place = 'localStorage';
  try {
    localStorage.setItem(key, json);
    // A smaller draft fits again: the larger one in IndexedDB is stale.
    withStore(SLOTS, 'readwrite', (store) => store.delete(key)).catch(() => {});
  } catch {
    // Too large for localStorage: the old draft must not stay there.
    try {
      localStorage.setItem(key, JSON.stringify({ in: 'indexedDB', saved: draft.saved }));
    } catch {
      localStorage.removeItem(key);
    }
    await withStore(SLOTS, 'readwrite', (store) => store.put(json, key));
    place = 'indexedDB';
  }
  // The recent list is a convenience: the tab's draft above is what must not be lost. It is
  // pruned when an article first enters it, not on every save (pruning reads every draft).
  await recent.catch(() => {});
  if (draft.id !== lastListed) {
    lastListed = draft.id;
    pruneRecent().catch(() => {});
  }
  return place;
}

/** Reads the draft stored under `key`, following a marker to IndexedDB; null when none. */
async function readSlot(key) {
  let draft = JSON.parse(localStorage.getItem(key) ?? 'null');
  if (draft?.in === 'indexedDB') draft = JSON.parse((await withStore(SLOTS, 'readonly', (store) => store.get(key))) ?? 'null');
  return typeof draft?.text === 'string' ? draft : null;
}

/** The keys of every tab's draft in localStorage, newest first. */
function slotKeys() {
  const slots = [];
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i);
    if (!key?.startsWith(PREFIX)) continue;
    try {
      slots.push({ key, saved: JSON.parse(localStorage.getItem(key)).saved ?? '' });
    } catch {
      slots.push({ key, saved: '' });
    }
  }
  return slots.sort((a, b) => b.saved.localeCompare(a.saved)).map((slot) => slot.key);
}

/**
 * This tab's draft; for a new tab, a copy of the newest draft of any tab (under a new article
 * id, so that the two go their own ways); null when there is none.
 */
export async function loadDraft() {
  try {
    const own = await readSlot(PREFIX + tabId());
    if (own) return { id: own.id ?? newId(), ...own };
    const keys = slotKeys();
    for (const stale of keys.slice(SLOTS_KEPT)) localStorage.removeItem(stale);
    const newest = keys.length ? await readSlot(keys[0]) : await readSlot(LEGACY_KEY);
    return newest ? { ...newest, id: newId(), history: [], undone: [] } : null;
  } catch {
    return null;
  }
}

/** The recent articles ({ id, title, text, corrections, chosenDate, saved }), newest first. */
export async function recentDrafts() {
  try {
    const all = await withStore(RECENT, 'readonly', (store) => store.getAll());
    return all.sort((a, b) => b.saved.localeCompare(a.saved));
  } catch {
    return [];
  }
}

/** Drops all but the newest RECENT_KEPT articles from the recent list. */
async function pruneRecent() {
  const stale = (await recentDrafts()).slice(RECENT_KEPT);
  if (stale.length) await withStore(RECENT, 'readwrite', (store) => stale.map((d) => store.delete(d.id)).pop());
}
