//! CoNLL-2003-style NER files (one token per line, the tag in the last column, IOB1 or IOB2,
//! optional `-DOCSTART-` lines) and scoring with conlleval's exact-span semantics.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::document::Label;
use crate::entities::word_mentions;
use crate::ner::tags::{TokenSpan, ENTITY_TYPES};
use crate::ner::NerModel;

/// One token line: the word and its tag (the last column).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConllToken {
    /// The word (first column).
    pub word: String,
    /// The tag (last column), e.g. `I-PER`, `B-LOC` or `O`.
    pub tag: String,
}

/// A document: sentences of tokens.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ConllDocument {
    /// The document's sentences.
    pub sentences: Vec<Vec<ConllToken>>,
}

/// Reads a CoNLL file. Blank lines end sentences; `-DOCSTART-` lines end documents (a file
/// without them is one document). Lines with a single column get the tag `O`.
pub fn parse_conll(text: &str) -> Vec<ConllDocument> {
    let mut documents = vec![ConllDocument::default()];
    let mut sentence = Vec::new();
    for line in text.lines() {
        let mut columns = line.split_whitespace();
        let Some(word) = columns.next() else {
            push_sentence(&mut documents, &mut sentence);
            continue;
        };
        if word == "-DOCSTART-" {
            push_sentence(&mut documents, &mut sentence);
            if documents.last().is_some_and(|d| !d.sentences.is_empty()) {
                documents.push(ConllDocument::default());
            }
            continue;
        }
        let tag = columns.last().unwrap_or("O");
        sentence.push(ConllToken { word: word.to_string(), tag: tag.to_string() });
    }
    push_sentence(&mut documents, &mut sentence);
    documents.retain(|d| !d.sentences.is_empty());
    documents
}

fn push_sentence(documents: &mut [ConllDocument], sentence: &mut Vec<ConllToken>) {
    if !sentence.is_empty() {
        if let Some(document) = documents.last_mut() {
            document.sentences.push(std::mem::take(sentence));
        }
    }
}

/// A labelled chunk of a sentence: tokens `start..end` and a type name.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Chunk {
    /// First token.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// Type name (`PER`).
    pub label: String,
}

fn split_tag(tag: &str) -> (&str, &str) {
    match tag.split_once('-') {
        Some((prefix, label)) => (prefix, label),
        None if tag == "O" => ("O", ""),
        None => ("I", tag),
    }
}

/// Chunks of one sentence's tags, exactly as conlleval finds them (IOB1 and IOB2 alike).
pub fn chunks<S: AsRef<str>>(tags: &[S]) -> Vec<Chunk> {
    let mut result = Vec::new();
    let mut open: Option<(usize, String)> = None;
    let (mut previous_prefix, mut previous_label) = ("O", "");
    for (i, tag) in tags.iter().enumerate() {
        let (prefix, label) = split_tag(tag.as_ref());
        let ends = matches!((previous_prefix, prefix), ("B" | "I", "B" | "O"))
            || (previous_prefix != "O" && previous_label != label);
        let starts = matches!((previous_prefix, prefix), ("B" | "I" | "O", "B") | ("O", "I"))
            || (prefix != "O" && previous_label != label);
        if ends {
            if let Some((start, label)) = open.take() {
                result.push(Chunk { start, end: i, label });
            }
        }
        if starts {
            open = Some((i, label.to_string()));
        }
        (previous_prefix, previous_label) = (prefix, label);
    }
    if let Some((start, label)) = open {
        result.push(Chunk { start, end: tags.len(), label });
    }
    result
}

/// Precision, recall and F1.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Prf {
    /// Correct over predicted.
    pub precision: f64,
    /// Correct over gold.
    pub recall: f64,
    /// Harmonic mean of the two.
    pub f1: f64,
}

impl Prf {
    /// From counts of correct, predicted and gold items.
    pub fn from_counts(correct: usize, predicted: usize, gold: usize) -> Prf {
        let precision = if predicted == 0 { 0.0 } else { correct as f64 / predicted as f64 };
        let recall = if gold == 0 { 0.0 } else { correct as f64 / gold as f64 };
        let f1 =
            if precision + recall == 0.0 { 0.0 } else { 2.0 * precision * recall / (precision + recall) };
        Prf { precision, recall, f1 }
    }
}

/// Running counts for exact-span chunk scoring.
#[derive(Debug, Clone, Default)]
pub struct ChunkScorer {
    /// Per type: (correct, predicted, gold).
    counts: BTreeMap<String, (usize, usize, usize)>,
}

/// The scores [`ChunkScorer`] reports.
#[derive(Debug, Clone, Serialize)]
pub struct ChunkScores {
    /// Over all types.
    pub precision: f64,
    /// Over all types.
    pub recall: f64,
    /// Over all types.
    pub f1: f64,
    /// Per type name.
    pub per_type: BTreeMap<String, Prf>,
}

impl ChunkScorer {
    /// Adds one sentence's gold and predicted chunks.
    pub fn add(&mut self, gold: &[Chunk], predicted: &[Chunk]) {
        for chunk in gold {
            self.counts.entry(chunk.label.clone()).or_default().2 += 1;
        }
        for chunk in predicted {
            let counts = self.counts.entry(chunk.label.clone()).or_default();
            counts.1 += 1;
            if gold.contains(chunk) {
                counts.0 += 1;
            }
        }
    }

    /// The scores so far.
    pub fn scores(&self) -> ChunkScores {
        let (mut correct, mut predicted, mut gold) = (0, 0, 0);
        let mut per_type = BTreeMap::new();
        for (label, &(c, p, g)) in &self.counts {
            per_type.insert(label.clone(), Prf::from_counts(c, p, g));
            (correct, predicted, gold) = (correct + c, predicted + p, gold + g);
        }
        let overall = Prf::from_counts(correct, predicted, gold);
        ChunkScores { precision: overall.precision, recall: overall.recall, f1: overall.f1, per_type }
    }
}

/// The words of a CoNLL document, sentence by sentence.
pub fn document_words(document: &ConllDocument) -> Vec<Vec<&str>> {
    document.sentences.iter().map(|s| s.iter().map(|t| t.word.as_str()).collect()).collect()
}

/// The annotator's mentions for a CoNLL document as CoNLL types (NORP counts as MISC): what
/// `eval-ner` scores.
pub fn conll_mentions(model: &NerModel, document: &ConllDocument) -> Vec<Vec<TokenSpan>> {
    word_mentions(model, &document_words(document))
        .into_iter()
        .map(|found| {
            found
                .into_iter()
                .map(|(start, end, label, _)| {
                    let name = if label == Label::Norp { "MISC" } else { label.as_str() };
                    let entity_type = ENTITY_TYPES.iter().position(|t| *t == name).unwrap_or(3) as u8;
                    TokenSpan { start, end, entity_type }
                })
                .collect()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chunk(start: usize, end: usize, label: &str) -> Chunk {
        Chunk { start, end, label: label.to_string() }
    }

    #[test]
    fn reads_documents_and_sentences() {
        let text = "-DOCSTART- O\n\nVelmora NNP I-NP I-LOC\nhums VBZ I-VP O\n\nTarquin NNP I-NP I-PER\n\
                    -DOCSTART- O\n\nVelmoran JJ I-NP I-MISC\n";
        let docs = parse_conll(text);
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[0].sentences.len(), 2);
        assert_eq!(docs[1].sentences[0][0], ConllToken { word: "Velmoran".into(), tag: "I-MISC".into() });
        assert_eq!(parse_conll("a O\n\nb O").len(), 1);
    }

    #[test]
    fn chunks_follow_conlleval() {
        let table: &[(&[&str], Vec<Chunk>)] = &[
            (&["I-PER", "I-PER", "O", "I-LOC"], vec![chunk(0, 2, "PER"), chunk(3, 4, "LOC")]),
            (&["I-PER", "B-PER", "I-PER"], vec![chunk(0, 1, "PER"), chunk(1, 3, "PER")]),
            (&["B-ORG", "I-ORG", "B-ORG"], vec![chunk(0, 2, "ORG"), chunk(2, 3, "ORG")]),
            (&["I-ORG", "I-LOC"], vec![chunk(0, 1, "ORG"), chunk(1, 2, "LOC")]),
            (&["O", "I-MISC"], vec![chunk(1, 2, "MISC")]),
            (&["B-PER", "I-LOC", "O"], vec![chunk(0, 1, "PER"), chunk(1, 2, "LOC")]),
        ];
        for (tags, expected) in table {
            assert_eq!(&chunks(tags), expected, "{tags:?}");
        }
    }

    #[test]
    fn scores_exact_spans() {
        let mut scorer = ChunkScorer::default();
        scorer.add(&[chunk(0, 2, "PER"), chunk(3, 4, "LOC")], &[chunk(0, 2, "PER"), chunk(3, 5, "LOC")]);
        let scores = scorer.scores();
        assert_eq!((scores.precision, scores.recall, scores.f1), (0.5, 0.5, 0.5));
        assert_eq!(scores.per_type["PER"].f1, 1.0);
        assert_eq!(scores.per_type["LOC"].f1, 0.0);
    }
}
