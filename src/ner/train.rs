//! Training the tagger: averaged passive-aggressive (PA) updates of a structured linear model
//! over greedy BILOU decoding (like a perceptron, but each mistake moves the weights just far
//! enough to fix it by a margin), with a
//! jackknifed gazetteer (each training document sees names from the other folds only, so the
//! model learns how far to trust a gazetteer hit), early stopping on the dev set, then pruning
//! and 8-bit quantisation into a [`NerModel`].

use std::collections::HashMap;

use super::features::{
    prepare_document, token_features, LabelHistory, PreparedDocument, TokenAttributes, TokenContext,
};
use super::lexicon::Lexicon;
use super::model::{best_tag, decode_document, score, NerModel, SparseWeights, Weights};
use super::tags::{tags_from_spans, Tag, TokenSpan, ENTITY_TYPES, NUM_TAGS};
use crate::eval::conll::{
    chunks, conll_mentions, document_words, Chunk, ChunkScorer, ChunkScores, ConllDocument,
};

/// Settings for [`train`].
#[derive(Debug, Clone)]
pub struct TrainOptions {
    /// Passes over the training data.
    pub epochs: usize,
    /// log2 of the number of hashed feature buckets while training.
    pub hash_bits: u32,
    /// Seed for the order documents are visited in.
    pub seed: u64,
    /// Most weight rows kept in the shipped model.
    pub max_rows: usize,
    /// Folds for the jackknifed gazetteer.
    pub folds: usize,
    /// Share of capitalised training words whose identity is forgotten in each pass
    /// ([`TokenAttributes::forget_word`]).
    pub word_dropout: f32,
    /// Share of training words whose gazetteer matches are forgotten in each pass.
    pub gazetteer_dropout: f32,
}

impl Default for TrainOptions {
    fn default() -> Self {
        TrainOptions {
            epochs: 12,
            hash_bits: 22,
            seed: 7,
            max_rows: 140_000,
            folds: 4,
            word_dropout: 0.0,
            gazetteer_dropout: 0.0,
        }
    }
}

/// Dense float weights with the running sums for averaging.
struct DenseWeights {
    hash_bits: u32,
    weights: Vec<f32>,
}

impl Weights for DenseWeights {
    fn accumulate(&self, feature: u64, scores: &mut [f32; NUM_TAGS]) {
        let base = SparseWeights::bucket(self.hash_bits, feature) as usize * NUM_TAGS;
        for (score, w) in scores.iter_mut().zip(&self.weights[base..base + NUM_TAGS]) {
            *score += w;
        }
    }
}

/// Gold entities of a sentence as token spans of the tagger's types (others are dropped).
fn gold_spans(sentence: &[crate::eval::conll::ConllToken]) -> Vec<TokenSpan> {
    let tags: Vec<&str> = sentence.iter().map(|t| t.tag.as_str()).collect();
    chunks(&tags)
        .into_iter()
        .filter_map(|c| {
            let entity_type = ENTITY_TYPES.iter().position(|&t| t == c.label)? as u8;
            Some(TokenSpan { start: c.start, end: c.end, entity_type })
        })
        .collect()
}

/// Predicted chunks as conlleval sees them.
pub fn to_chunks(spans: &[TokenSpan]) -> Vec<Chunk> {
    spans
        .iter()
        .map(|s| Chunk {
            start: s.start,
            end: s.end,
            label: ENTITY_TYPES[s.entity_type as usize].to_string(),
        })
        .collect()
}

/// Scores predictions for `documents` against their gold tags.
pub fn score_documents(documents: &[ConllDocument], predictions: &[Vec<Vec<TokenSpan>>]) -> ChunkScores {
    let mut scorer = ChunkScorer::default();
    for (document, predicted) in documents.iter().zip(predictions) {
        for (sentence, spans) in document.sentences.iter().zip(predicted) {
            let tags: Vec<&str> = sentence.iter().map(|t| t.tag.as_str()).collect();
            scorer.add(&chunks(&tags), &to_chunks(spans));
        }
    }
    scorer.scores()
}

fn lexicon_from(
    documents: &[&ConllDocument],
    clusters: &HashMap<u32, [u16; 2]>,
    external: &[(Vec<String>, u8)],
) -> Lexicon {
    let mut lexicon = Lexicon::default();
    for (words, entity_type) in external {
        lexicon.add_external_entry(words, *entity_type);
    }
    for document in documents {
        for sentence in &document.sentences {
            let lower: Vec<String> =
                sentence.iter().map(|t| super::features::normalise(&t.word).to_lowercase()).collect();
            lexicon.add_spans(&lower, &gold_spans(sentence));
        }
    }
    lexicon.set_clusters(clusters);
    lexicon
}

/// A small deterministic random number generator (xorshift64*).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// Whether an event of probability `p` happens.
    fn chance(&mut self, p: f32) -> bool {
        p > 0.0 && ((self.next() >> 40) as f32) < p * (1u64 << 24) as f32
    }

    fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            items.swap(i, (self.next() % (i as u64 + 1)) as usize);
        }
    }
}

/// What [`train`] returns.
pub struct TrainedModel {
    /// The pruned, quantised model.
    pub model: NerModel,
    /// Dev-set scores of that model.
    pub dev: ChunkScores,
}

/// Trains a model; `external` holds names from word lists (lower-cased tokens, type index);
/// `progress` receives one line per epoch and a summary.
pub fn train(
    train_documents: &[ConllDocument],
    dev_documents: &[ConllDocument],
    clusters: &HashMap<u32, [u16; 2]>,
    external: &[(Vec<String>, u8)],
    options: &TrainOptions,
    mut progress: impl FnMut(&str),
) -> TrainedModel {
    let folds = options.folds.max(2);
    let fold_lexicons: Vec<Lexicon> = (0..folds)
        .map(|fold| {
            let others: Vec<&ConllDocument> = train_documents
                .iter()
                .enumerate()
                .filter(|(i, _)| i % folds != fold)
                .map(|(_, d)| d)
                .collect();
            lexicon_from(&others, clusters, external)
        })
        .collect();
    let full_lexicon = lexicon_from(&train_documents.iter().collect::<Vec<_>>(), clusters, external);
    let prepared: Vec<(PreparedDocument, Vec<Vec<Tag>>)> = train_documents
        .iter()
        .enumerate()
        .map(|(i, document)| {
            let words = document_words(document);
            let gold = document.sentences.iter().map(|s| tags_from_spans(s.len(), &gold_spans(s))).collect();
            (prepare_document(&words, &fold_lexicons[i % folds]), gold)
        })
        .collect();
    let dev_prepared: Vec<PreparedDocument> =
        dev_documents.iter().map(|d| prepare_document(&document_words(d), &full_lexicon)).collect();
    progress(&format!(
        "training on {} documents, {} gazetteer entries, {} clustered words",
        train_documents.len(),
        full_lexicon.entry_count(),
        clusters.len()
    ));

    let size = (1usize << options.hash_bits) * NUM_TAGS;
    let mut current = DenseWeights { hash_bits: options.hash_bits, weights: vec![0.0; size] };
    let mut sums = vec![0.0f32; size];
    let mut step = 1.0f32;
    let mut order: Vec<usize> = (0..prepared.len()).collect();
    let mut rng = Rng(options.seed.max(1));
    let mut best: Option<(f64, Vec<f32>)> = None;
    let mut features = Vec::new();
    for epoch in 1..=options.epochs {
        rng.shuffle(&mut order);
        let mut mistakes = 0usize;
        for &d in &order {
            let (document, gold) = &prepared[d];
            let mut history = LabelHistory::default();
            for (sentence, gold_tags) in document.sentences.iter().zip(gold) {
                let dropped;
                let sentence = if options.word_dropout > 0.0 || options.gazetteer_dropout > 0.0 {
                    dropped = with_dropout(sentence, options, &mut rng);
                    &dropped
                } else {
                    sentence
                };
                let mut previous = [Tag::OUTSIDE; 2];
                for i in 0..sentence.len() {
                    let context = TokenContext {
                        evidence: &document.evidence,
                        sentence,
                        i,
                        previous,
                        history: &history,
                    };
                    token_features(&context, &mut features);
                    let scores = score(&current, &features);
                    let predicted = best_tag(&scores, previous[0], i + 1 == sentence.len());
                    let truth = gold_tags[i];
                    if predicted != truth {
                        mistakes += 1;
                        // Passive-aggressive step: just large enough to score the truth a
                        // margin of 1 above the mistake (each feature moves two weights).
                        let violation =
                            scores[predicted.index() as usize] - scores[truth.index() as usize] + 1.0;
                        let tau = violation / (2.0 * features.len().max(1) as f32);
                        for &feature in &features {
                            let base = SparseWeights::bucket(options.hash_bits, feature) as usize * NUM_TAGS;
                            for (tag, delta) in [(truth, tau), (predicted, -tau)] {
                                let k = base + tag.index() as usize;
                                current.weights[k] += delta;
                                sums[k] += step * delta;
                            }
                        }
                    }
                    history.record(sentence[i].history_key, predicted);
                    previous = [predicted, previous[0]];
                    step += 1.0;
                }
            }
        }
        let averaged = DenseWeights {
            hash_bits: options.hash_bits,
            weights: current.weights.iter().zip(&sums).map(|(w, s)| w - s / step).collect(),
        };
        let predictions: Vec<_> =
            dev_prepared.iter().map(|d| spans_only(decode_document(&averaged, d))).collect();
        let f1 = score_documents(dev_documents, &predictions).f1;
        progress(&format!("epoch {epoch:>2}: {mistakes} training mistakes, dev F1 {f1:.4}"));
        if best.as_ref().is_none_or(|(best_f1, _)| f1 > *best_f1) {
            best = Some((f1, averaged.weights));
        }
    }
    let (best_f1, weights) = best.unwrap_or((0.0, current.weights));
    let model = NerModel::new(quantise(&weights, options.hash_bits, options.max_rows), full_lexicon);
    let predictions: Vec<_> = dev_documents.iter().map(|d| conll_mentions(&model, d)).collect();
    let dev = score_documents(dev_documents, &predictions);
    progress(&format!(
        "best epoch dev F1 {best_f1:.4} (tagger alone); shipped model ({} rows, 8-bit, with rules) dev F1 {:.4}",
        model.feature_count(),
        dev.f1
    ));
    TrainedModel { model, dev }
}

/// A copy of a sentence's attributes with some words forgotten and some gazetteer matches
/// dropped (the options' shares), drawn anew in every pass.
fn with_dropout(sentence: &[TokenAttributes], options: &TrainOptions, rng: &mut Rng) -> Vec<TokenAttributes> {
    let mut copy = sentence.to_vec();
    for token in &mut copy {
        if token.is_capitalised() && rng.chance(options.word_dropout) {
            token.forget_word();
        }
        if rng.chance(options.gazetteer_dropout) {
            token.forget_gazetteer();
        }
    }
    copy
}

/// Drops the confidences of tagged spans.
pub fn spans_only(tagged: Vec<Vec<super::model::TaggedSpan>>) -> Vec<Vec<TokenSpan>> {
    tagged.into_iter().map(|s| s.into_iter().map(|t| t.span).collect()).collect()
}

/// Keeps the `max_rows` buckets with the largest weights and stores each row as `i8` values
/// with a one-byte scale exponent of its own (so large and small rows both keep 8 bits).
fn quantise(weights: &[f32], hash_bits: u32, max_rows: usize) -> SparseWeights {
    let row_of = |bucket: u32| &weights[bucket as usize * NUM_TAGS..][..NUM_TAGS];
    let mut rows: Vec<(u32, f32)> = (0..(weights.len() / NUM_TAGS) as u32)
        .map(|bucket| (bucket, row_of(bucket).iter().map(|w| w.abs()).sum::<f32>()))
        .filter(|(_, norm)| *norm > 0.0)
        .collect();
    rows.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    rows.truncate(max_rows);
    let quantised = rows
        .iter()
        .map(|&(bucket, _)| {
            let row = row_of(bucket);
            let max_abs = row.iter().fold(0.0f32, |m, w| m.max(w.abs()));
            let exponent = SparseWeights::exponent_for(max_abs / 127.0);
            let scale = SparseWeights::scale_of(exponent);
            let mut values = [0i8; NUM_TAGS];
            for (q, w) in values.iter_mut().zip(row) {
                *q = (w / scale).round().clamp(-127.0, 127.0) as i8;
            }
            (bucket, exponent, values)
        })
        .collect();
    SparseWeights::new(hash_bits, quantised)
}
