// TypeScript declarations for article-annotator's JavaScript API.
import type { AnnotateOptions, Document, Entity, Label } from './pkg/article_annotator.js';

export type { AnnotateOptions, Block, BlockKind, Cluster, Dateline, Document, Entity, Label, Meta, Quote, ReferenceDate, Sentence, Span, Token, TokenKind } from './pkg/article_annotator.js';

/** Loads the WebAssembly module once; by default from `pkg/article_annotator_bg.wasm` beside the module. */
export function load(moduleOrPath?: string | URL | Response | BufferSource | WebAssembly.Module): Promise<unknown>;

/** Annotates `text`; offsets in the result are UTF-16 code units (`text.slice(e.start, e.end)`). */
export function annotate(text: string, options?: AnnotateOptions): Promise<Document>;

/** Options of `annotateElement`. */
export interface HighlightOptions {
  /** The article's date (YYYY-MM-DD) when its text states none. */
  date?: string;
  /** Labels to highlight (all when omitted). */
  labels?: Label[];
  /** Background and text colour per label, e.g. `{ PER: ['#dbeafe', '#0b3d91'] }`. */
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

/** Export formats of `exportDocument`. */
export type ExportFormat = "json" | "webanno" | "brat" | "conll" | "spacy" | "csv";

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
