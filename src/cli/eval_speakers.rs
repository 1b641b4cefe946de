//! `eval-speakers`: is the person we show for a quote the right one? Scored on GUM's coreference
//! chains, per kind of speaker mention (name, pronoun, role noun).

use std::path::Path;

use article_annotator::eval::gum::{read_gum, MentionKind, SpeakerCounts, SpeakerScorer};
use article_annotator::{Annotator, Options};

use super::{files_with_extension, read_file};

/// Runs `eval-speakers` on the `.conll` files of `dir`, listing `errors` wrong speakers.
pub(super) fn eval_speakers_command(dir: &Path, errors: Option<usize>, json: bool) -> Result<(), String> {
    let annotator = Annotator::new();
    let mut scorer = SpeakerScorer::default();
    let paths = files_with_extension(dir, "conll")?;
    for path in &paths {
        let gold = read_gum(&read_file(path)?);
        let ours = annotator.annotate(&gold.text, &Options::default());
        let name = path.file_stem().map_or_else(String::new, |s| s.to_string_lossy().into_owned());
        scorer.add(&name, &gold, &ours);
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
    }
    let (pronoun, role) = (counts(MentionKind::Pronoun), counts(MentionKind::Role));
    row(
        "pronoun + role",
        SpeakerCounts {
            quotes: pronoun.quotes + role.quotes,
            shown: pronoun.shown + role.shown,
            right: pronoun.right + role.right,
        },
    );
    if let Some(top) = errors {
        println!("\n# wrong or unknown speakers (first {top} of {})", scorer.errors.len());
        for error in scorer.errors.iter().take(top) {
            println!("  {error}");
        }
    }
    if json {
        let summary: std::collections::BTreeMap<_, _> = scorer.counts.iter().map(|(k, v)| (*k, *v)).collect();
        println!("{}", serde_json::to_string(&summary).map_err(|e| e.to_string())?);
    }
    Ok(())
}
