//! `eval-speakers`: is the person we show for a quote the right one? Scored on GUM's coreference
//! chains, per kind of speaker mention (name, pronoun, role noun).

use std::path::Path;

use article_annotator::eval::gum::GumDocument;
use article_annotator::eval::gum::{read_gum, MentionKind, PronounScorer, SpeakerCounts, SpeakerScorer};
use article_annotator::pronouns::{resolve_pronouns, ResolutionWeights};
use article_annotator::{Annotator, Document, Options};

use super::{files_with_extension, read_file};

/// Runs `eval-speakers` on the `.conll` files of `dir`, listing `errors` wrong speakers.
pub(super) fn eval_speakers_command(dir: &Path, errors: Option<usize>, json: bool) -> Result<(), String> {
    let annotator = Annotator::new();
    let mut scorer = SpeakerScorer::default();
    let mut pronouns = PronounScorer::default();
    let paths = files_with_extension(dir, "conll")?;
    for path in &paths {
        let gold = read_gum(&read_file(path)?);
        let ours = annotator.annotate(&gold.text, &Options::default());
        let name = path.file_stem().map_or_else(String::new, |s| s.to_string_lossy().into_owned());
        scorer.add(&name, &gold, &ours);
        pronouns.add(&name, &gold, &ours);
    }
    println!("{} documents", paths.len());
    println!(
        "{:<18} {:>7} {:>7} {:>7} {:>9} {:>10}",
        "speaker mention", "quotes", "shown", "right", "accuracy", "precision"
    );
    let row = |label: &str, c: SpeakerCounts| {
        println!(
            "{label:<18} {:>7} {:>7} {:>7} {:>9.4} {:>10.4}",
            c.quotes,
            c.shown,
            c.right,
            c.accuracy(),
            c.precision()
        );
    };
    let counts = |kind| scorer.counts.get(&kind).copied().unwrap_or_default();
    for (label, kind) in
        [("name", MentionKind::Name), ("pronoun", MentionKind::Pronoun), ("role noun", MentionKind::Role)]
    {
        row(label, counts(kind));
        if kind == MentionKind::Pronoun {
            row("  I, we, you", scorer.pronoun_persons[0]);
            row("  he, she, they, it", scorer.pronoun_persons[1]);
        }
    }
    let sum = |a: SpeakerCounts, b: SpeakerCounts| SpeakerCounts {
        quotes: a.quotes + b.quotes,
        shown: a.shown + b.shown,
        right: a.right + b.right,
    };
    let role = counts(MentionKind::Role);
    row("pronoun + role", sum(counts(MentionKind::Pronoun), role));
    row("3rd person + role", sum(scorer.pronoun_persons[1], role));
    println!(
        "\n{:<18} {:>7} {:>7} {:>7} {:>9} {:>10}",
        "pronoun", "gold", "linked", "right", "accuracy", "precision"
    );
    row("he, she (subject)", pronouns.singular);
    row("they (subject)", pronouns.plural);
    row("him, her", pronouns.objects);
    if let Some(top) = errors {
        println!("\n# wrong or unknown speakers (first {top} of {})", scorer.errors.len());
        for error in scorer.errors.iter().take(top) {
            println!("  {error}");
        }
        println!("\n# wrong or unresolved subject pronouns (first {top} of {})", pronouns.errors.len());
        for error in pronouns.errors.iter().take(top) {
            println!("  {error}");
        }
    }
    if json {
        let summary: std::collections::BTreeMap<_, _> = scorer.counts.iter().map(|(k, v)| (*k, *v)).collect();
        let summary = serde_json::json!({ "speakers": summary, "subject_pronouns": pronouns });
        println!("{}", serde_json::to_string(&summary).map_err(|e| e.to_string())?);
    }
    Ok(())
}

/// Searches a grid of [`ResolutionWeights`] on the `.conll` files of `dir` and prints the ten
/// best for "he"/"she" in subject position (accuracy, then precision), beside the weights in use.
pub(super) fn tune_command(dir: &Path) -> Result<(), String> {
    let annotator = Annotator::new();
    let options = Options { tokens: true, ..Options::default() };
    let mut documents = Vec::new();
    for path in files_with_extension(dir, "conll")? {
        let gold = read_gum(&read_file(&path)?);
        let ours = annotator.annotate(&gold.text, &options);
        documents.push((gold, ours));
    }
    let score = |weights: &ResolutionWeights, documents: &mut [(GumDocument, Document)]| {
        let mut scorer = PronounScorer::default();
        for (gold, ours) in documents.iter_mut() {
            ours.pronouns = relink(ours, weights);
            scorer.add("", gold, ours);
        }
        (scorer.singular.right, scorer.singular.shown, scorer.singular.quotes)
    };
    let mut results = Vec::new();
    for recency in [[1.0, 0.8, 0.4, 0.1], [1.0, 0.6, 0.3, 0.0], [1.0, 0.9, 0.7, 0.4], [0.5, 0.8, 0.4, 0.1]] {
        for subject in [0.0, 0.5, 1.0, 1.5] {
            for mentions in [0.0, 0.15, 0.3, 0.6] {
                for unknown_gender in [0.0, 0.3, 0.6, 1.2] {
                    for other_paragraph in [0.0, 0.5, 1.0] {
                        let weights = ResolutionWeights {
                            recency,
                            subject,
                            mentions,
                            unknown_gender,
                            other_paragraph,
                            ..ResolutionWeights::TUNED
                        };
                        results.push((score(&weights, &mut documents), weights));
                    }
                }
            }
        }
    }
    results.sort_by_key(|((right, shown, _), _)| (std::cmp::Reverse(*right), *shown));
    let line = |(right, shown, gold): (usize, usize, usize), weights: &ResolutionWeights| {
        println!(
            "  right {right}/{gold} ({:.4}), linked {shown}: {weights:?}",
            right as f64 / gold.max(1) as f64
        );
    };
    println!("in use:");
    line(score(&ResolutionWeights::TUNED, &mut documents), &ResolutionWeights::TUNED);
    println!("best of {} weightings:", results.len());
    for (counts, weights) in results.iter().take(10) {
        line(*counts, weights);
    }
    Ok(())
}

/// The document's pronoun links made again with other weights.
fn relink(document: &Document, weights: &ResolutionWeights) -> Vec<article_annotator::pronouns::PronounLink> {
    let tokens = document.tokens.as_deref().unwrap_or_default();
    let ranges: Vec<std::ops::Range<usize>> = document
        .sentences
        .iter()
        .map(|s| tokens.partition_point(|t| t.start < s.start)..tokens.partition_point(|t| t.start < s.end))
        .collect();
    let blocks: Vec<usize> = document.sentences.iter().map(|s| s.block).collect();
    resolve_pronouns(
        &document.text,
        tokens,
        &ranges,
        &blocks,
        &document.entities,
        &document.clusters,
        weights,
    )
}
