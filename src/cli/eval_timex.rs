//! `eval-timex`: TempEval-3 scores of one or more TimeML folders, side by side, with the errors
//! grouped by pattern.

use std::path::{Path, PathBuf};

use article_annotator::eval::timeml::{read_timeml, write_timeml, TimexScorer, TimexScores};
use article_annotator::eval::timex_errors::TimexErrors;
use article_annotator::timex::TimexSpan;
use article_annotator::{Annotator, Label, Options};

use super::{create_output_dir, files_with_extension, read_file, write_file, Part};

/// One set's TIMEX3 scores, with its errors when they are asked for.
struct TimexSet {
    name: String,
    files: usize,
    scorer: TimexScorer,
    errors: TimexErrors,
}

/// Scores the files of `dir` (the `part` of them) into `set`, writing our predictions into
/// `predictions` when given.
fn score_timex_set(
    dir: &Path,
    part: Part,
    predictions: Option<&Path>,
    set: &mut TimexSet,
) -> Result<(), String> {
    let paths = files_with_extension(dir, "tml")?;
    create_output_dir(predictions)?;
    let annotator = Annotator::new();
    for (index, path) in paths.iter().enumerate() {
        let held_out = index % 5 == 4;
        if (part == Part::Develop && held_out) || (part == Part::Heldout && !held_out) {
            continue;
        }
        let document = read_timeml(&read_file(path)?).map_err(|e| format!("{}: {e}", path.display()))?;
        let options = Options { date: document.dct.clone(), ..Options::default() };
        let annotated = annotator.annotate(&document.text, &options);
        let predicted: Vec<TimexSpan> = annotated
            .entities
            .into_iter()
            .filter(|e| Label::TEMPORAL.contains(&e.label))
            .map(|e| TimexSpan {
                start: e.start,
                end: e.end,
                label: e.label,
                value: e.value.map(String::from).unwrap_or_default(),
            })
            .collect();
        set.scorer.add(&document.timexes, &predicted);
        set.errors.add(&document.text, &document.timexes, &predicted);
        set.files += 1;
        if let (Some(out), Some(name)) = (predictions, path.file_name()) {
            let written = write_timeml(&document.text, document.dct.as_deref(), &predicted);
            write_file(&out.join(name), written.as_bytes())?;
        }
    }
    Ok(())
}

pub(super) fn eval_timex_command(
    dirs: &[PathBuf],
    part: Part,
    json: bool,
    predictions: Option<PathBuf>,
    errors: Option<usize>,
) -> Result<(), String> {
    let mut sets = Vec::new();
    for dir in dirs {
        let name =
            dir.file_name().map_or_else(|| dir.display().to_string(), |n| n.to_string_lossy().into_owned());
        let mut set =
            TimexSet { name, files: 0, scorer: TimexScorer::default(), errors: TimexErrors::default() };
        let out =
            predictions.as_ref().map(|out| if dirs.len() > 1 { out.join(&set.name) } else { out.clone() });
        score_timex_set(dir, part, out.as_deref(), &mut set)?;
        sets.push(set);
    }
    if let [set] = &sets[..] {
        print_timex_scores(set);
    } else {
        print_timex_table(&sets);
    }
    if let Some(top) = errors {
        for set in &sets {
            println!("\n# errors in {} ({} files)", set.name, set.files);
            print!("{}", set.errors.report(top));
        }
    }
    if json {
        let scores: Vec<_> = sets.iter().map(|set| set.scorer.scores()).collect();
        let scores =
            if let [one] = &scores[..] { serde_json::to_string(one) } else { serde_json::to_string(&scores) };
        println!("{}", scores.map_err(|e| e.to_string())?);
    }
    Ok(())
}

/// One set's figures, as `eval-timex DIR` has always printed them.
fn print_timex_scores(set: &TimexSet) {
    let scores = set.scorer.scores();
    println!("{} files", set.files);
    println!("{:<8} {:>9} {:>9} {:>9}", "match", "precision", "recall", "F1");
    for (name, prf) in [("strict", scores.strict), ("relaxed", scores.relaxed)] {
        println!("{:<8} {:>9.4} {:>9.4} {:>9.4}", name, prf.precision, prf.recall, prf.f1);
    }
    println!(
        "type accuracy {:.4}, value accuracy {:.4}, value F1 {:.4}",
        scores.type_accuracy, scores.value_accuracy, scores.value_f1
    );
}

/// Several sets side by side, then all of them together.
fn print_timex_table(sets: &[TimexSet]) {
    let mut all = TimexScorer::default();
    for set in sets {
        all.merge(&set.scorer);
    }
    let mut columns: Vec<(String, usize, TimexScores)> =
        sets.iter().map(|set| (set.name.clone(), set.files, set.scorer.scores())).collect();
    columns.push(("all".to_string(), sets.iter().map(|set| set.files).sum(), all.scores()));
    let row = |name: &str, value: &dyn Fn(&TimexScores) -> f64| {
        let cells: String =
            columns.iter().map(|(_, _, scores)| format!(" {:>10.4}", value(scores))).collect();
        println!("{name:<16}{cells}");
    };
    println!("{:<16}{}", "", columns.iter().map(|(name, _, _)| format!(" {name:>10}")).collect::<String>());
    println!(
        "{:<16}{}",
        "files",
        columns.iter().map(|(_, files, _)| format!(" {files:>10}")).collect::<String>()
    );
    row("strict P", &|s| s.strict.precision);
    row("strict R", &|s| s.strict.recall);
    row("strict F1", &|s| s.strict.f1);
    row("relaxed P", &|s| s.relaxed.precision);
    row("relaxed R", &|s| s.relaxed.recall);
    row("relaxed F1", &|s| s.relaxed.f1);
    row("type accuracy", &|s| s.type_accuracy);
    row("value accuracy", &|s| s.value_accuracy);
    row("value F1", &|s| s.value_f1);
}
