// A small popover that says what a highlight is — on keyboard focus and on a tap, where a
// `title` tooltip never shows. One per page; it never takes focus or the pointer.

/** The popover element, made on first use and placed in `container` (inside a landmark, so
 * that assistive technology finds it where the page's content is). */
export class Tip {
  #element = null;
  #for = null;
  #container;

  constructor(container = document.body) {
    this.#container = container;
  }

  /** Shows `text` under `target` (a highlight), which it then describes for screen readers. */
  show(target, text) {
    if (!text) return;
    this.#element ??= Object.assign(document.createElement('div'), { id: 'tip', className: 'tip', role: 'tooltip' });
    if (!this.#element.isConnected) this.#container.append(this.#element);
    this.#element.textContent = text;
    this.#element.hidden = false;
    const box = target.getBoundingClientRect();
    const width = Math.min(this.#element.offsetWidth, document.documentElement.clientWidth - 16);
    this.#element.style.left = `${Math.max(8, Math.min(box.left, document.documentElement.clientWidth - width - 8)) + scrollX}px`;
    this.#element.style.top = `${box.bottom + 6 + scrollY}px`;
    this.#for?.removeAttribute('aria-describedby');
    target.setAttribute('aria-describedby', 'tip');
    this.#for = target;
  }

  /** Hides the popover. */
  hide() {
    if (this.#element) this.#element.hidden = true;
    this.#for?.removeAttribute('aria-describedby');
    this.#for = null;
  }
}
