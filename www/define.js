// Side-effect entry point: defines <article-annotator>. `import '…/define.js'` is all a page needs.
import { defineArticleAnnotator } from './article-annotator.js';

defineArticleAnnotator();
