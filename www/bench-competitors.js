// The libraries the browser benchmark runs beside ours, on the same text in the same page:
// wink-nlp with its English web model, and compromise. They are npm dev dependencies, bundled
// by scripts/build.sh into www/vendor/ (never shipped with the product).
import winkNLP from 'wink-nlp';
import winkModel from 'wink-eng-lite-web-model';
import compromise from 'compromise';

const wink = winkNLP(winkModel);

/**
 * Each competitor reads a whole text as a person would use it for this job: sentences, tokens
 * and named entities. `annotate` returns a count, so nothing is optimised away.
 */
export const competitors = [
  {
    name: 'wink-nlp',
    annotate(text) {
      const doc = wink.readDoc(text);
      return doc.sentences().length() + doc.tokens().length() + doc.entities().out().length;
    },
  },
  {
    name: 'compromise',
    annotate(text) {
      const doc = compromise(text);
      return doc.people().length + doc.places().length + doc.organizations().length;
    },
  },
];
