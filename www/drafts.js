// The draft kept in this browser only: localStorage while it fits (a few MB), IndexedDB when it
// does not, so that a reload never brings back an older, smaller article in its place.

const KEY = 'article-annotator:draft';
const DATABASE = 'article-annotator';
const STORE = 'drafts';

/** Opens the draft database (created on first use). */
function openDatabase() {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DATABASE, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** Runs one request on the draft store; resolves to its result once the transaction ends. */
async function withStore(mode, use) {
  const database = await openDatabase();
  try {
    return await new Promise((resolve, reject) => {
      const transaction = database.transaction(STORE, mode);
      const request = use(transaction.objectStore(STORE));
      transaction.oncomplete = () => resolve(request.result);
      transaction.onerror = () => reject(transaction.error);
      transaction.onabort = () => reject(transaction.error ?? new Error('the browser refused to store the draft'));
    });
  } finally {
    database.close();
  }
}

/**
 * Keeps `draft` ({ text, corrections, saved }); resolves to where it went ("localStorage" or
 * "indexedDB"), or rejects when neither can hold it. A draft in IndexedDB leaves a small marker
 * in localStorage in place of the old draft, so the old one can never come back.
 */
export async function saveDraft(draft) {
  const json = JSON.stringify(draft);
  try {
    localStorage.setItem(KEY, json);
    // A smaller draft fits again: the larger one in IndexedDB is stale.
    withStore('readwrite', (store) => store.delete(KEY)).catch(() => {});
    return 'localStorage';
  } catch {
    // Too large for localStorage: the old draft must not stay there.
    try {
      localStorage.setItem(KEY, JSON.stringify({ in: 'indexedDB', saved: draft.saved }));
    } catch {
      localStorage.removeItem(KEY);
    }
  }
  await withStore('readwrite', (store) => store.put(json, KEY));
  return 'indexedDB';
}

/** The last draft kept, or null. */
export async function loadDraft() {
  try {
    let draft = JSON.parse(localStorage.getItem(KEY) ?? 'null');
    if (draft === null || draft.in === 'indexedDB') {
      draft = JSON.parse((await withStore('readonly', (store) => store.get(KEY))) ?? 'null');
    }
    return typeof draft?.text === 'string' ? draft : null;
  } catch {
    return null;
  }
}
