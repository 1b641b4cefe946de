// The example host site's own script: it highlights its article in place and uses the
// <article-annotator> element in the sidebar.
import { annotateElement, defineArticleAnnotator } from '../../www/article-annotator.js';

defineArticleAnnotator();

const manual = new URLSearchParams(location.search).has('manual');
if (!manual) {
  const handle = await annotateElement(document.querySelector('#story'), { date: '2025-03-05' });
  document.querySelector('#clear').addEventListener('click', () => handle.clear(), { once: true });
}
