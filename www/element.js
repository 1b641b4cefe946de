// The <article-annotator> custom element: shows an article with its people, organisations,
// places and groups highlighted, inside a shadow root (host styles cannot leak in, ours cannot
// leak out). Text comes from the `text` property, a same-origin `src` file, or the element's own
// text content (which is also what shows before the script runs).
import { elementLabelCss, hostTextProperty, LABELS, readableText, textProperty } from './label-styles.js';
import { renderArticle } from './render.js';

const STYLES = `
:host { display: block; font-family: var(--article-annotator-font, inherit); color: var(--article-annotator-color, inherit);
  background: var(--article-annotator-background, transparent); line-height: 1.5; }
:host([hidden]) { display: none; }
:host([theme="dark"]) { color: var(--article-annotator-color, #e8eaed); background: var(--article-annotator-background, #16181b); }
.block { margin: 0 0 .8em; }
.title { font-size: 1.3em; font-weight: 700; }
.header, .byline, .boilerplate { font-size: .85em; opacity: .75; }
.boilerplate { display: none; }
mark { border-radius: .2em; padding: 0 .1em; cursor: pointer; }
mark:focus-visible { outline: 2px solid currentColor; outline-offset: 1px; }
.error { color: #b00020; }
`;

let sheet = null;
function styles() {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(STYLES + elementLabelCss());
  }
  return sheet;
}

/** `<article-annotator labels="PER ORG" date="2024-12-13" theme="dark" src="story.txt">`. */
export class ArticleAnnotatorElement extends HTMLElement {
  static observedAttributes = ['labels', 'date', 'theme', 'src'];

  #text = null;
  #document = null;
  #shown = null;
  #root;
  #view;
  #generation = 0;

  constructor() {
    super();
    this.#root = this.attachShadow({ mode: 'open' });
    this.#root.adoptedStyleSheets = [styles()];
    this.#view = document.createElement('div');
    this.#view.setAttribute('part', 'article');
    this.#root.append(this.#view);
    this.#view.addEventListener('click', (event) => this.#select(event));
    this.#view.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') this.#select(event);
    });
  }

  /** The text to annotate; setting it replaces `src` and the element's own content. */
  get text() {
    return this.#text ?? this.textContent;
  }

  set text(value) {
    this.#text = String(value ?? '');
    this.#update();
  }

  /** The last annotated Document, or null. */
  get document() {
    return this.#document;
  }

  connectedCallback() {
    this.#update();
  }

  attributeChangedCallback() {
    if (this.isConnected) this.#update();
  }

  async #source() {
    if (this.#text !== null) return this.#text;
    const src = this.getAttribute('src');
    if (!src) return this.textContent ?? '';
    const url = new URL(src, document.baseURI);
    if (url.origin !== location.origin) throw new Error(`src must be on this site's origin (${location.origin}), not ${url.origin}`);
    const response = await fetch(url, { credentials: 'same-origin' });
    if (!response.ok) throw new Error(`could not load ${url.pathname}: ${response.status}`);
    return response.text();
  }

  async #update() {
    const generation = ++this.#generation;
    try {
      // In the shared worker: a long article never blocks the host page.
      const { annotator } = await import('./article-annotator.js');
      const text = await this.#source();
      const date = this.getAttribute('date');
      const doc = await annotator().annotate(text, date ? { date } : {});
      if (generation !== this.#generation) return;
      this.#document = doc;
      const labels = (this.getAttribute('labels') ?? '').split(/[\s,]+/).filter(Boolean).map((l) => l.toUpperCase());
      const shown = labels.length ? { ...doc, entities: doc.entities.filter((e) => labels.includes(e.label)) } : doc;
      this.#shown = shown;
      await renderArticle(this.#view, shown);
      if (generation !== this.#generation) return;
      for (const mark of this.#view.querySelectorAll('mark')) {
        mark.setAttribute('part', `mention mention-${mark.dataset.label.toLowerCase()}`);
        mark.tabIndex = 0;
      }
      this.#keepContrast();
      this.dispatchEvent(new CustomEvent('annotated', { detail: { document: doc }, bubbles: true, composed: true }));
    } catch (error) {
      if (generation !== this.#generation) return;
      const message = document.createElement('p');
      message.className = 'error';
      message.setAttribute('part', 'error');
      message.textContent = `article-annotator: ${error.message}`;
      this.#view.replaceChildren(message);
      this.dispatchEvent(new CustomEvent('error', { detail: { error }, bubbles: true, composed: true }));
    }
  }

  /** A host that sets a label's background (`--article-annotator-per-background`) but not its
   * text colour gets text that stays readable on it (WCAG AA): ours when it contrasts enough,
   * else black or white. A text colour the host sets itself is left alone. */
  #keepContrast() {
    const host = getComputedStyle(this);
    const probe = document.createElement('mark');
    this.#view.append(probe);
    for (const label of Object.keys(LABELS)) {
      this.#view.style.removeProperty(textProperty(label));
      if (host.getPropertyValue(hostTextProperty(label)).trim()) continue;
      probe.dataset.label = label;
      const style = getComputedStyle(probe);
      const readable = readableText(style.backgroundColor, style.color);
      if (readable !== style.color) this.#view.style.setProperty(textProperty(label), readable);
    }
    probe.remove();
  }

  #select(event) {
    const mark = event.target.closest?.('mark');
    if (!mark || !this.#document) return;
    event.preventDefault();
    const entity = this.#shown?.entities[Number(mark.dataset.index)];
    if (entity) this.dispatchEvent(new CustomEvent('select', { detail: { entity }, bubbles: true, composed: true }));
  }
}
