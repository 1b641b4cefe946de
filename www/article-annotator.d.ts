// TypeScript declarations for article-annotator's JavaScript API.
import type { AnnotateOptions, Document, Entity, ExportFormat, Label } from './pkg/article_annotator.js';

export type { AnnotateOptions, Block, BlockKind, Cluster, Dateline, Document, Entity, ExportFormat, Label, Meta, Quote, ReferenceDate, Sentence, Span, Token, TokenKind } from './pkg/article_annotator.js';

/** Where a main-thread annotator's WebAssembly comes from. */
export type ModuleSource = string | URL | Response | BufferSource | WebAssembly.Module;

/** What an annotator does, in a worker or on the calling thread; one result shape for both. */
export interface Annotator {
  /** Annotates `text`; offsets in the result are UTF-16 code units. */
  annotate(text: string, options?: AnnotateOptions): Promise<Document>;
  /** Annotates `text` and says how long the annotation itself took. */
  annotateTimed(text: string, options?: AnnotateOptions): Promise<{ document: Document; milliseconds: number }>;
  /** A Document in another format (offsets in code points, as those tools count). */
  export(document: Document, format: ExportFormat): Promise<string>;
  /** Reads a Document exported as JSON. */
  import(json: string): Promise<Document>;
  /** The library version. */
  version(): Promise<string>;
  /** The size of the WebAssembly memory in bytes (it grows and never shrinks). */
  memoryBytes(): Promise<number>;
  /** Releases the worker, if there is one. */
  dispose(): void;
}

/** Annotation in a Web Worker (by default one running `worker.js` beside the module). */
export interface WorkerAnnotator extends Annotator {}
export const WorkerAnnotator: { new (worker?: Worker): WorkerAnnotator; prototype: WorkerAnnotator };

/** Annotation on the calling thread; the WebAssembly is fetched on first use. */
export interface LocalAnnotator extends Annotator {
  /** Loads the WebAssembly module once. */
  load(): Promise<unknown>;
}
export const LocalAnnotator: { new (moduleOrPath?: ModuleSource): LocalAnnotator; prototype: LocalAnnotator };

/** A worker annotator where a worker can start (the default), else a main-thread one. */
export function createAnnotator(options?: { worker?: boolean; moduleOrPath?: ModuleSource }): Annotator;

/** The annotator this module's functions, the element and `annotateElement` share (a worker by default). */
export function annotator(): Annotator;

/** Loads the WebAssembly module; with `moduleOrPath`, annotation moves to the main thread and uses that module. */
export function load(moduleOrPath?: ModuleSource): Promise<unknown>;

/** Annotates `text`; offsets in the result are UTF-16 code units (`text.slice(e.start, e.end)`). */
export function annotate(text: string, options?: AnnotateOptions): Promise<Document>;

/** Options of `annotateElement`. */
export interface HighlightOptions {
  /** The article's date (YYYY-MM-DD) when its text states none. */
  date?: string;
  /** Labels to highlight (all when omitted). */
  labels?: Label[];
  /** Background and text colour per label, e.g. `{ PER: ['#fff3b0', '#3d2e00'] }`. */
  colours?: Partial<Record<Label, [background: string, color: string]>>;
}

/** What `annotateElement` returns. */
export interface HighlightHandle {
  /** The annotated text of the element (offsets into the text the element shows). */
  readonly document: Document;
  /** The highlighted entities. */
  readonly entities: Entity[];
  /** `highlight-api` (host DOM untouched) or `overlay` (the fallback). */
  readonly mode: 'highlight-api' | 'overlay';
  /** Removes every highlight, style, overlay and listener it added. */
  clear(): void;
}

/** Highlights the article inside `element` in place, without changing the host DOM. */
export function annotateElement(element: Element, options?: HighlightOptions): Promise<HighlightHandle>;

/** `<article-annotator>`: attributes `labels`, `date`, `theme` (light | dark), `src`; events `annotated`, `select`. */
export class ArticleAnnotatorElement extends HTMLElement {
  /** The text to annotate (replaces `src` and the element's own content). */
  text: string;
  /** The last annotated Document. */
  readonly document: Document | null;
}

/** Registers the element (default tag `article-annotator`); returns its constructor. */
export function defineArticleAnnotator(tag?: string, registry?: CustomElementRegistry): typeof ArticleAnnotatorElement;

/** The library version. */
export function version(): Promise<string>;


/** A Document in another format (offsets in code points, as those tools count). */
export function exportDocument(document: Document, format: ExportFormat): Promise<string>;

/** Reads a Document exported as JSON; offsets come back as UTF-16 code units. */
export function importDocument(json: string): Promise<Document>;

declare global {
  interface HTMLElementEventMap {
    annotated: CustomEvent<{ document: Document }>;
    select: CustomEvent<{ entity: Entity }>;
  }
}
