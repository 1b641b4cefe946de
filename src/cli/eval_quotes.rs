//! `eval-quotes`: quotes, cues and sources scored on a PolNeAR-style folder, with the quotes
//! whose source is wrong listed on request.

use std::path::{Path, PathBuf};

use article_annotator::eval::polnear::{read_attributions, write_attributions, AttributionScorer};
use article_annotator::{Annotator, OffsetUnit, Options};

use super::{create_output_dir, files_with_extension, read_file, write_file};
/// Runs `eval-quotes` on `dir` (`text/NAME.txt` and `attributions/NAME*.ann`), writing our
/// attributions into `predictions` and listing `errors` wrong sources when asked.
pub(super) fn eval_quotes_command(
    dir: &Path,
    json: bool,
    predictions: Option<PathBuf>,
    errors: Option<usize>,
) -> Result<(), String> {
    let texts = dir.join("text");
    let names = files_with_extension(&texts, "txt")?;
    create_output_dir(predictions.as_deref())?;
    let attributions = dir.join("attributions");
    let mut ann_files: Vec<String> = std::fs::read_dir(&attributions)
        .map_err(|e| format!("cannot read {}: {e}", attributions.display()))?
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter(|name| name.ends_with(".ann"))
        .collect();
    ann_files.sort();
    let annotator = Annotator::new();
    let mut scorer = AttributionScorer::default();
    for path in &names {
        let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or_default();
        // `NAME.ann`, or `NAME_<annotator>.ann`; of a doubly annotated article, the first.
        let ann = ann_files
            .iter()
            .find(|f| f.strip_prefix(stem).is_some_and(|rest| rest == ".ann" || rest.starts_with('_')))
            .ok_or_else(|| format!("no attributions for {stem} in {}", attributions.display()))?;
        let gold = read_attributions(&read_file(&attributions.join(ann))?);
        let mut doc = annotator.annotate(&read_file(path)?, &Options::default());
        doc.convert_offsets(OffsetUnit::Codepoint);
        scorer.add(stem, &doc, &gold);
        if let Some(out) = &predictions {
            write_file(&out.join(format!("{stem}.ann")), write_attributions(&doc).as_bytes())?;
        }
    }
    let scores = scorer.scores();
    println!("{} articles", names.len());
    println!("{:<15} {:>9} {:>9} {:>9}", "content", "precision", "recall", "F1");
    for (name, prf) in [
        ("partial", scores.partial),
        ("strict", scores.strict),
        ("direct partial", scores.direct_partial),
        ("direct strict", scores.direct_strict),
    ] {
        println!("{:<15} {:>9.4} {:>9.4} {:>9.4}", name, prf.precision, prf.recall, prf.f1);
    }
    println!("cue accuracy {:.4}, source accuracy {:.4}", scores.cue_accuracy, scores.source_accuracy);
    if let Some(top) = errors {
        println!("\n# wrong or missing sources (first {top} of {})", scorer.source_errors.len());
        for error in scorer.source_errors.iter().take(top) {
            println!("  {error}");
        }
    }
    if json {
        println!("{}", serde_json::to_string(&scores).map_err(|e| e.to_string())?);
    }
    Ok(())
}
