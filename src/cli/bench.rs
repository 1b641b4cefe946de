//! `bench`: native speed on real news, for the whole pipeline and for each of its passes.
//!
//! By default the input is the PolNeAR dev articles in `../shared` (real news, each annotated
//! as its own document); without them, the articles of `tests/articles` (our own wording, said
//! so in the output). A file or a folder of `.txt` files can be given instead.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use article_annotator::ner::WordLists;
use article_annotator::pipeline::{sentence_words, Pass};
use article_annotator::{Annotator, OffsetUnit, Options};

use super::{files_with_extension, read_file};

/// Where the default input is looked for, in order: real news first.
const DEFAULT_INPUTS: [(&str, &str); 2] = [
    ("../shared/data/polnear/dev/text", "real news: the PolNeAR dev articles"),
    ("tests/articles", "FALLBACK, not real news: the test articles of our own wording (../shared is absent)"),
];

/// The documents a benchmark annotates, and what they are.
struct Corpus {
    description: String,
    documents: Vec<String>,
}

impl Corpus {
    /// The documents of `input` (a file, or a folder of `.txt` files, each its own document),
    /// or the default input.
    fn read(input: Option<&Path>) -> Result<Corpus, String> {
        let (path, description) = match input {
            Some(path) => (path.to_path_buf(), path.display().to_string()),
            None => DEFAULT_INPUTS
                .iter()
                .find(|(path, _)| Path::new(path).is_dir())
                .map(|(path, what)| (PathBuf::from(path), format!("{path} ({what})")))
                .ok_or(
                    "no input given, and neither ../shared/data/polnear/dev/text nor tests/articles is here",
                )?,
        };
        let documents = if path.is_dir() {
            files_with_extension(&path, "txt")?
                .iter()
                .map(|file| read_file(file))
                .collect::<Result<_, _>>()?
        } else {
            vec![read_file(&path)?]
        };
        Ok(Corpus { description, documents })
    }

    fn bytes(&self) -> usize {
        self.documents.iter().map(String::len).sum()
    }
}

/// Time spent per pass (the last slot: offsets converted and JSON written) over `runs` runs.
#[derive(Default)]
struct PassTimes {
    passes: [Duration; Pass::ALL.len() + 1],
    runs: u32,
}

impl PassTimes {
    fn total(&self) -> Duration {
        self.passes.iter().sum()
    }

    /// Bytes (or tokens) per second for `amount` processed once per run in `time`.
    fn rate(&self, amount: usize, time: Duration) -> f64 {
        amount as f64 * f64::from(self.runs) / time.as_secs_f64().max(1e-12)
    }
}

/// Annotates the corpus once, timing each pass, then converts offsets and writes JSON as the
/// command line does.
fn timed_run(annotator: &Annotator, corpus: &Corpus, times: &mut PassTimes) {
    for text in &corpus.documents {
        let mut last = Instant::now();
        let mut pass_done = |pass: Pass| {
            let now = Instant::now();
            times.passes[pass as usize] += now - last;
            last = now;
        };
        let mut document = annotator.annotate_observed(text, &Options::default(), &mut pass_done);
        let started = Instant::now();
        document.convert_offsets(OffsetUnit::Codepoint);
        std::hint::black_box(serde_json::to_string(&document).map(|json| json.len()).unwrap_or(0));
        times.passes[Pass::ALL.len()] += started.elapsed();
    }
    times.runs += 1;
}

/// Runs `work` (after one warm-up run) until `seconds` have passed; returns runs per second.
pub fn rate(seconds: f64, mut work: impl FnMut()) -> f64 {
    work();
    let started = Instant::now();
    let mut runs = 0u32;
    while runs == 0 || started.elapsed().as_secs_f64() < seconds {
        work();
        runs += 1;
    }
    f64::from(runs) / started.elapsed().as_secs_f64()
}

/// Prints the whole pipeline's speed, each pass's, and the tagger's alone.
pub fn bench_command(input: Option<&Path>, seconds: f64, model: Option<&Path>) -> Result<(), String> {
    let corpus = Corpus::read(input)?;
    let annotator = match model {
        Some(_) => Annotator::with_model(super::eval_ner::load_model(model)?),
        None => Annotator::new(),
    };
    let with_tokens = Options { tokens: true, ..Options::default() };
    let words: Vec<Vec<Vec<&str>>> = corpus
        .documents
        .iter()
        .map(|text| sentence_words(text, &annotator.annotate(text, &with_tokens)))
        .collect();
    let tokens: usize = words.iter().flatten().map(Vec::len).sum();
    let bytes = corpus.bytes();
    println!("input: {}", corpus.description);
    println!("       {} documents, {:.2} MB, {} tokens", corpus.documents.len(), bytes as f64 / 1e6, tokens);

    let mut times = PassTimes::default();
    timed_run(&annotator, &corpus, &mut PassTimes::default());
    let started = Instant::now();
    while times.runs == 0 || started.elapsed().as_secs_f64() < seconds {
        timed_run(&annotator, &corpus, &mut times);
    }
    let total = times.total();
    println!(
        "whole pipeline: {:.2} MB/s, {:.3} M tokens/s ({} runs)",
        times.rate(bytes, total) / 1e6,
        times.rate(tokens, total) / 1e6,
        times.runs
    );
    println!("{:<18} {:>6} {:>9} {:>14}", "pass", "share", "MB/s", "M tokens/s");
    let names = Pass::ALL.iter().map(|pass| pass.name()).chain(["offsets+json"]);
    for (name, &time) in names.zip(&times.passes) {
        println!(
            "{:<18} {:>5.1}% {:>9.2} {:>14.3}",
            name,
            100.0 * time.as_secs_f64() / total.as_secs_f64(),
            times.rate(bytes, time) / 1e6,
            times.rate(tokens, time) / 1e6
        );
    }
    let tag_rate = rate(seconds, || {
        for sentences in &words {
            std::hint::black_box(annotator.model().tag_document(&WordLists(sentences)));
        }
    });
    println!("entity tagger alone (words given): {:.3} M tokens/s", tokens as f64 * tag_rate / 1e6);
    Ok(())
}
