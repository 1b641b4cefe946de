// A TypeScript check of the public JavaScript API (www/article-annotator.d.ts and the types
// wasm-bindgen generates): compiled by `tsc -p types-check`, never run. Each use below is what a
// host page would write; each `@ts-expect-error` is a mistake the types must catch.
import {
  annotate,
  annotateElement,
  annotator,
  createAnnotator,
  defineArticleAnnotator,
  exportDocument,
  importDocument,
  LocalAnnotator,
  version,
  WorkerAnnotator,
  type Annotator,
  type Document,
  type ExportFormat,
  type HighlightHandle,
  type Label,
} from '../www/article-annotator.js';

export async function usesEveryFunction(): Promise<void> {
  const doc: Document = await annotate('Ana Ruiz met the mayor of Porto on Monday.', { date: '2024-12-13' });
  const people: string[] = doc.entities.filter((e) => e.label === 'PER').map((e) => e.text);
  const speakers = doc.quotes.map((q) => (q.speaker == null ? null : doc.clusters[q.speaker].name));
  const pronounPeople: (string | null)[] = doc.pronouns.map((p) => (p.cluster === null ? null : doc.clusters[p.cluster].name));
  const formats: ExportFormat[] = ['json', 'webanno', 'brat', 'conll', 'spacy', 'csv'];
  for (const format of formats) {
    const text: string = await exportDocument(doc, format);
    const back: Document = await importDocument(text);
    void back;
  }
  const handle: HighlightHandle = await annotateElement(document.body, { labels: ['PER', 'LOC'], colours: { PER: ['#fff', '#000'] } });
  handle.clear();
  const element = new (defineArticleAnnotator())();
  element.text = 'Ana Ruiz spoke.';
  element.addEventListener('annotated', (event) => void event.detail.document.entities.length);
  const v: string = await version();
  void [people, speakers, pronounPeople, v];
}

export async function usesBothAnnotators(): Promise<void> {
  const annotators: Annotator[] = [new WorkerAnnotator(), new LocalAnnotator(), createAnnotator({ worker: false }), annotator()];
  for (const each of annotators) {
    const { document, milliseconds } = await each.annotateTimed('Ana Ruiz spoke.', { tokens: true });
    const bytes: number = await each.memoryBytes();
    void [document.tokens?.length, milliseconds, bytes];
    each.dispose();
  }
}

export async function catchesMistakes(doc: Document): Promise<void> {
  // @ts-expect-error: no such export format
  await exportDocument(doc, 'xml');
  // @ts-expect-error: no such label
  const label: Label = 'PERSON';
  // @ts-expect-error: annotate takes text, not a document
  await annotate(doc);
  // @ts-expect-error: a highlight's colours are a pair
  await annotateElement(document.body, { colours: { PER: '#fff' } });
  void label;
}
