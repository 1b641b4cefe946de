//! Word clusters from unlabeled text by the exchange algorithm (Kneser & Ney 1993; Martin,
//! Liermann & Ney 1998): words move one at a time to the class that most raises the likelihood
//! of a class-bigram model. Words that occur in similar contexts (city names, first names,
//! company suffixes) end up together, which lets the tagger generalise to names it never saw.

use std::collections::HashMap;

/// Settings for [`exchange_clusters`].
#[derive(Debug, Clone, Copy)]
pub struct ClusterOptions {
    /// Number of classes.
    pub classes: usize,
    /// Passes over the vocabulary.
    pub iterations: usize,
    /// Words seen fewer times than this are not clustered.
    pub min_count: u32,
}

/// `x ln x`, with a table for small counts.
struct XLogX {
    table: Vec<f64>,
}

impl XLogX {
    fn new(size: usize) -> XLogX {
        XLogX { table: (0..size).map(|x| Self::compute(x as f64)).collect() }
    }

    fn compute(x: f64) -> f64 {
        if x <= 0.0 {
            0.0
        } else {
            x * x.ln()
        }
    }

    fn at(&self, x: i64) -> f64 {
        match usize::try_from(x) {
            Ok(i) if i < self.table.len() => self.table[i],
            _ => Self::compute(x as f64),
        }
    }
}

/// Clusters the words of `sentences` (already lower-cased tokens) into `options.classes`
/// classes; returns each clustered word's class. Deterministic for a given input.
pub fn exchange_clusters(sentences: &[Vec<String>], options: ClusterOptions) -> HashMap<String, u16> {
    let classes = options.classes.max(2);
    let (vocabulary, graph) = BigramGraph::new(sentences, options.min_count);
    let class_of = graph.exchange(classes, options.iterations);
    vocabulary.iter().enumerate().map(|(i, (word, _))| (word.to_string(), class_of[i + 1] as u16)).collect()
}

/// The words of a corpus (index 0 for rare words and sentence edges) and the counts of the
/// word pairs that follow each other.
struct BigramGraph {
    /// The words that follow each word, with how often.
    successors: Vec<Vec<(usize, i64)>>,
    /// The words that precede each word, with how often.
    predecessors: Vec<Vec<(usize, i64)>>,
    /// How often each word is the first of a pair.
    left_count: Vec<i64>,
    /// How often each word is the second of a pair.
    right_count: Vec<i64>,
}

impl BigramGraph {
    /// The vocabulary of `sentences` (words seen `min_count` times or more, most frequent
    /// first, with their counts) and the graph of their pairs.
    fn new(sentences: &[Vec<String>], min_count: u32) -> (Vec<(&str, u32)>, BigramGraph) {
        // Vocabulary by frequency; index 0 stands for every rare word and sentence edges.
        let mut counts: HashMap<&str, u32> = HashMap::new();
        for sentence in sentences {
            for word in sentence {
                *counts.entry(word.as_str()).or_default() += 1;
            }
        }
        let mut vocabulary: Vec<(&str, u32)> = counts.into_iter().filter(|(_, n)| *n >= min_count).collect();
        vocabulary.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        let index: HashMap<&str, usize> =
            vocabulary.iter().enumerate().map(|(i, (w, _))| (*w, i + 1)).collect();
        let words = vocabulary.len() + 1;

        let mut bigrams: HashMap<(usize, usize), i64> = HashMap::new();
        for sentence in sentences {
            let ids: Vec<usize> = std::iter::once(0)
                .chain(sentence.iter().map(|w| index.get(w.as_str()).copied().unwrap_or(0)))
                .chain(std::iter::once(0))
                .collect();
            for pair in ids.windows(2) {
                *bigrams.entry((pair[0], pair[1])).or_default() += 1;
            }
        }
        let mut successors: Vec<Vec<(usize, i64)>> = vec![Vec::new(); words];
        let mut predecessors: Vec<Vec<(usize, i64)>> = vec![Vec::new(); words];
        let mut left_count = vec![0i64; words];
        let mut right_count = vec![0i64; words];
        let mut sorted: Vec<_> = bigrams.into_iter().collect();
        sorted.sort_unstable();
        for ((a, b), n) in sorted {
            successors[a].push((b, n));
            predecessors[b].push((a, n));
            left_count[a] += n;
            right_count[b] += n;
        }

        (vocabulary, BigramGraph { successors, predecessors, left_count, right_count })
    }

    /// Each word's class after `iterations` rounds of moving every word to the class that most
    /// raises the likelihood of the corpus (the exchange algorithm), from a round-robin start.
    fn exchange(&self, classes: usize, iterations: usize) -> Vec<usize> {
        let BigramGraph { successors, predecessors, left_count, right_count } = self;
        let words = successors.len();
        // Word 0 keeps class 0 for good; the others start round-robin by frequency.
        let mut class_of: Vec<usize> =
            (0..words).map(|w| if w == 0 { 0 } else { 1 + (w - 1) % (classes - 1) }).collect();
        let mut matrix = vec![0i64; classes * classes];
        let mut class_left = vec![0i64; classes];
        let mut class_right = vec![0i64; classes];
        for w in 0..words {
            for &(v, n) in &successors[w] {
                matrix[class_of[w] * classes + class_of[v]] += n;
            }
            class_left[class_of[w]] += left_count[w];
            class_right[class_of[w]] += right_count[w];
        }
        let f = XLogX::new(1 << 20);
        let mut right_by_class = vec![0i64; classes];
        let mut left_by_class = vec![0i64; classes];
        let mut touched_right = Vec::new();
        let mut touched_left = Vec::new();
        for _ in 0..iterations {
            for w in 1..words {
                let from = class_of[w];
                let mut self_loops = 0;
                touched_right.clear();
                touched_left.clear();
                for &(v, n) in &successors[w] {
                    if v == w {
                        self_loops += n;
                        continue;
                    }
                    let c = class_of[v];
                    if right_by_class[c] == 0 {
                        touched_right.push(c);
                    }
                    right_by_class[c] += n;
                }
                for &(v, n) in &predecessors[w] {
                    if v == w {
                        continue;
                    }
                    let c = class_of[v];
                    if left_by_class[c] == 0 {
                        touched_left.push(c);
                    }
                    left_by_class[c] += n;
                }
                // Take w out of its class.
                let apply = |matrix: &mut Vec<i64>,
                             class: usize,
                             sign: i64,
                             rb: &[i64],
                             lb: &[i64],
                             tr: &[usize],
                             tl: &[usize]| {
                    for &c in tr {
                        matrix[class * classes + c] += sign * rb[c];
                    }
                    for &c in tl {
                        matrix[c * classes + class] += sign * lb[c];
                    }
                    matrix[class * classes + class] += sign * self_loops;
                };
                apply(&mut matrix, from, -1, &right_by_class, &left_by_class, &touched_right, &touched_left);
                class_left[from] -= left_count[w];
                class_right[from] -= right_count[w];
                // Gain of putting it into each class.
                let mut best = (f64::NEG_INFINITY, from);
                for to in 1..classes {
                    let mut gain = 0.0;
                    for &c in &touched_right {
                        if c != to {
                            let m = matrix[to * classes + c];
                            gain += f.at(m + right_by_class[c]) - f.at(m);
                        }
                    }
                    for &c in &touched_left {
                        if c != to {
                            let m = matrix[c * classes + to];
                            gain += f.at(m + left_by_class[c]) - f.at(m);
                        }
                    }
                    let diagonal = matrix[to * classes + to];
                    gain +=
                        f.at(diagonal + right_by_class[to] + left_by_class[to] + self_loops) - f.at(diagonal);
                    gain -= f.at(class_left[to] + left_count[w]) - f.at(class_left[to]);
                    gain -= f.at(class_right[to] + right_count[w]) - f.at(class_right[to]);
                    if gain > best.0 + 1e-9 {
                        best = (gain, to);
                    }
                }
                let to = best.1;
                apply(&mut matrix, to, 1, &right_by_class, &left_by_class, &touched_right, &touched_left);
                class_left[to] += left_count[w];
                class_right[to] += right_count[w];
                class_of[w] = to;
                for &c in &touched_right {
                    right_by_class[c] = 0;
                }
                for &c in &touched_left {
                    left_by_class[c] = 0;
                }
            }
        }
        class_of
    }
}

/// Sentences of lower-cased tokens from raw text (one article per `<doc …>` block, or the
/// whole text), as our own tokenizer splits them.
pub fn sentences_of_raw_text(text: &str) -> Vec<Vec<String>> {
    let mut sentences = Vec::new();
    for body in text.split("<doc").filter(|b| !b.trim().is_empty()) {
        let body = match body.find('>') {
            Some(end) if body.trim_start().starts_with(|c: char| c == ' ' || c.is_alphabetic()) => {
                &body[end + 1..]
            }
            _ => body,
        };
        let body = body.trim_end().trim_end_matches("</doc>");
        let tokens = crate::tokenize::tokenize(body, 0..body.len());
        for sentence in crate::sentences::split_sentences(body, &tokens) {
            let words: Vec<String> = tokens
                .iter()
                .filter(|t| sentence.contains(t.span()))
                .map(|t| super::features::normalise(&body[t.start..t.end]).to_lowercase())
                .collect();
            sentences.push(words);
        }
    }
    sentences
}

/// Clusters at two granularities (`coarse` and `fine` classes), keyed for the [`super::lexicon::Lexicon`].
pub fn two_level_clusters(
    sentences: &[Vec<String>],
    coarse: usize,
    fine: usize,
    iterations: usize,
) -> HashMap<u32, [u16; 2]> {
    let options = |classes| ClusterOptions { classes, iterations, min_count: 3 };
    let coarse_classes = exchange_clusters(sentences, options(coarse));
    let fine_classes = exchange_clusters(sentences, options(fine));
    // Two words may share a key: taken in word order, the same one wins on every run (in the
    // maps' own order it would vary from run to run, and so would the trained model).
    let mut words: Vec<(&String, &u16)> = coarse_classes.iter().collect();
    words.sort_unstable();
    words
        .into_iter()
        .map(|(word, &c)| {
            (super::lexicon::Lexicon::cluster_key(word), [c + 1, fine_classes.get(word).map_or(0, |f| f + 1)])
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_in_the_same_contexts_share_a_class() {
        let mut sentences = Vec::new();
        for city in ["paris", "london", "rome", "berlin"] {
            for verb in ["visited", "left", "reached"] {
                sentences.push(vec!["he".to_string(), verb.to_string(), city.to_string(), ".".to_string()]);
            }
        }
        let clusters =
            exchange_clusters(&sentences, ClusterOptions { classes: 4, iterations: 5, min_count: 1 });
        assert_eq!(clusters["paris"], clusters["rome"]);
        assert_eq!(clusters["london"], clusters["berlin"]);
        assert_ne!(clusters["paris"], clusters["visited"]);
    }
}
