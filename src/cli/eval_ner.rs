//! `eval-ner`: conlleval scores of the entity model on one or more CoNLL files (CoNLL dev,
//! wikigold, a held-out part of the training data), side by side, with the errors grouped by
//! name.

use std::path::{Path, PathBuf};

use article_annotator::eval::conll::{chunks, conll_mentions, parse_conll, ChunkScores};
use article_annotator::eval::ner_errors::NerErrors;
use article_annotator::ner::tags::{tags_from_spans, Position, ENTITY_TYPES};
use article_annotator::ner::train::{score_documents, to_chunks};
use article_annotator::ner::NerModel;
use article_annotator::Annotator;

use super::{read_file, write_file};

/// One file's scores, with its errors.
struct NerSet {
    name: String,
    scores: ChunkScores,
    errors: NerErrors,
}

/// The model to evaluate: a model file, or the embedded one.
pub fn load_model(path: Option<&Path>) -> Result<NerModel, String> {
    match path {
        Some(path) => {
            let bytes = std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
            NerModel::from_bytes(&bytes)
                .ok_or_else(|| format!("{} is not an article-annotator model file", path.display()))
        }
        None => Ok(Annotator::new().model().clone()),
    }
}

/// Scores `model` on one CoNLL file, writing `token gold predicted` lines to `predictions`.
fn score_file(model: &NerModel, input: &Path, predictions: Option<&Path>) -> Result<NerSet, String> {
    let documents = parse_conll(&read_file(input)?);
    let predicted: Vec<_> = documents.iter().map(|d| conll_mentions(model, d)).collect();
    let mut errors = NerErrors::default();
    let mut lines = String::new();
    for (document, spans) in documents.iter().zip(&predicted) {
        for (sentence, sentence_spans) in document.sentences.iter().zip(spans) {
            let words: Vec<&str> = sentence.iter().map(|t| t.word.as_str()).collect();
            let gold: Vec<&str> = sentence.iter().map(|t| t.tag.as_str()).collect();
            errors.add(&words, &chunks(&gold), &to_chunks(sentence_spans));
            if predictions.is_some() {
                for (token, tag) in sentence.iter().zip(tags_from_spans(sentence.len(), sentence_spans)) {
                    let label = match (tag.entity_type(), tag.position()) {
                        (Some(t), Some(position)) => {
                            let begins = matches!(position, Position::Begin | Position::Unit);
                            format!("{}-{}", if begins { "B" } else { "I" }, ENTITY_TYPES[t as usize])
                        }
                        _ => "O".to_string(),
                    };
                    lines.push_str(&format!("{} {} {}\n", token.word, token.tag, label));
                }
                lines.push('\n');
            }
        }
    }
    if let Some(path) = predictions {
        write_file(path, lines.as_bytes())?;
    }
    let name =
        input.file_name().map_or_else(|| input.display().to_string(), |n| n.to_string_lossy().into_owned());
    Ok(NerSet { name, scores: score_documents(&documents, &predicted), errors })
}

/// Prints one file's table, as conlleval does: precision, recall and F1 per label and overall.
fn print_one(scores: &ChunkScores) {
    println!("{:<6} {:>9} {:>9} {:>9}", "type", "precision", "recall", "F1");
    for (label, prf) in &scores.per_type {
        println!("{:<6} {:>9.4} {:>9.4} {:>9.4}", label, prf.precision, prf.recall, prf.f1);
    }
    println!("{:<6} {:>9.4} {:>9.4} {:>9.4}", "all", scores.precision, scores.recall, scores.f1);
}

/// Prints several files side by side: for each label, precision, recall and F1 in each file.
fn print_side_by_side(sets: &[NerSet]) {
    let width = 22;
    let mut header = format!("{:<6}", "");
    let mut columns = format!("{:<6}", "type");
    for set in sets {
        header.push_str(&format!(" {:>width$}", set.name.chars().take(width).collect::<String>()));
        columns.push_str(&format!(" {:>6} {:>7} {:>7}", "P", "R", "F1"));
    }
    println!("{header}\n{columns}");
    let mut labels: Vec<&String> = sets.iter().flat_map(|s| s.scores.per_type.keys()).collect();
    labels.sort();
    labels.dedup();
    for label in labels {
        let mut row = format!("{label:<6}");
        for set in sets {
            match set.scores.per_type.get(label) {
                Some(prf) => {
                    row.push_str(&format!(" {:>6.4} {:>7.4} {:>7.4}", prf.precision, prf.recall, prf.f1))
                }
                None => row.push_str(&format!(" {:>width$}", "—")),
            }
        }
        println!("{row}");
    }
    let mut all = format!("{:<6}", "all");
    for set in sets {
        all.push_str(&format!(
            " {:>6.4} {:>7.4} {:>7.4}",
            set.scores.precision, set.scores.recall, set.scores.f1
        ));
    }
    println!("{all}");
}

/// Runs `eval-ner` on `inputs`.
pub(super) fn eval_ner_command(
    inputs: &[PathBuf],
    json: bool,
    predictions: Option<PathBuf>,
    model: Option<PathBuf>,
    errors: Option<usize>,
) -> Result<(), String> {
    if predictions.is_some() && inputs.len() > 1 {
        return Err("--predictions writes one file: give one input with it".into());
    }
    let model = load_model(model.as_deref())?;
    let sets = inputs
        .iter()
        .map(|input| score_file(&model, input, predictions.as_deref()))
        .collect::<Result<Vec<_>, _>>()?;
    match sets.as_slice() {
        [one] => print_one(&one.scores),
        _ => print_side_by_side(&sets),
    }
    if let Some(top) = errors {
        for set in &sets {
            println!("\n# errors in {}", set.name);
            print!("{}", set.errors.report(top));
        }
    }
    if json {
        let line = match sets.as_slice() {
            [one] => serde_json::to_string(&one.scores),
            _ => serde_json::to_string(
                &sets.iter().map(|s| (&s.name, &s.scores)).collect::<std::collections::BTreeMap<_, _>>(),
            ),
        };
        println!("{}", line.map_err(|e| e.to_string())?);
    }
    Ok(())
}
