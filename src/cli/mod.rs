//! The command line's commands, arguments and output (native only).

mod bench;
mod eval_ner;
mod eval_quotes;
mod eval_speakers;
mod eval_timex;
mod jsonl;

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use article_annotator::calendar::Date;
use article_annotator::eval::conll::parse_conll;
use article_annotator::export::{export, Format as ExportFormat};
use article_annotator::ner::clusters::{sentences_of_raw_text, two_level_clusters};
use article_annotator::ner::features::normalise;
use article_annotator::ner::tags::ENTITY_TYPES;
use article_annotator::ner::train::{train, TrainOptions};
use article_annotator::shapes::{self, Random, Shape};
use article_annotator::tokenize::tokenize;
use article_annotator::{Annotator, Document, OffsetUnit, Options};
use clap::{Args, Parser, Subcommand, ValueEnum};

/// Annotates news articles: people, organisations, places, dates and quotes.
#[derive(Parser)]
#[command(name = "article-annotator", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

/// An output of `annotate`: one of the export formats (their names and descriptions come from
/// the one table of formats), or JSON lines in and out.
#[derive(Clone, Copy)]
enum Output {
    /// One input JSON object per line (`{"text": …}`), one document per output line.
    Jsonl,
    /// The whole input as one document in an export format.
    Export(ExportFormat),
}

/// The `--format` values: every export format, then `jsonl`.
fn output_parser() -> impl clap::builder::TypedValueParser<Value = Output> {
    use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};
    let values = ExportFormat::ALL
        .into_iter()
        .map(|format| PossibleValue::new(format.name()).help(format.description()))
        .chain([
            PossibleValue::new("jsonl").help("one {\"text\": …} object a line in, one document a line out")
        ]);
    PossibleValuesParser::new(values)
        .map(|name: String| ExportFormat::parse(&name).map_or(Output::Jsonl, Output::Export))
}

/// Which files of a corpus `eval-timex` scores.
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Part {
    /// Every file.
    All,
    /// Four files in five (sorted by name, all but every fifth): rules are developed on these.
    Develop,
    /// Every fifth file (sorted by name): kept aside to check that the rules generalise.
    Heldout,
}

/// Arguments of `train-ner`.
#[derive(Args)]
struct TrainArgs {
    /// Training file (CoNLL format).
    #[arg(long)]
    train: PathBuf,
    /// Development file used for early stopping and reported F1.
    #[arg(long)]
    dev: PathBuf,
    /// Where to write the model file.
    #[arg(long)]
    out: PathBuf,
    /// Passes over the training data.
    #[arg(long, default_value_t = 10)]
    epochs: usize,
    /// Unlabeled news text for word clusters (repeatable).
    #[arg(long)]
    unlabeled: Vec<PathBuf>,
    /// Classes in the coarse word clustering.
    #[arg(long, default_value_t = 100)]
    coarse_clusters: usize,
    /// Classes in the fine word clustering.
    #[arg(long, default_value_t = 1000)]
    fine_clusters: usize,
    /// Passes of the exchange clustering algorithm.
    #[arg(long, default_value_t = 10)]
    cluster_iterations: usize,
    /// A word list of names, one per line, as FILE=TYPE (TYPE: PER, ORG, LOC or MISC);
    /// repeatable. Lines are tokenized as article text is.
    #[arg(long)]
    gazetteer: Vec<String>,
    /// Share of capitalised training words read as unseen words in each pass (word dropout).
    #[arg(long, default_value_t = 0.0)]
    word_dropout: f32,
    /// Share of training words read without their gazetteer matches in each pass.
    #[arg(long, default_value_t = 0.0)]
    gazetteer_dropout: f32,
    /// Folds for the jackknifed training gazetteer.
    #[arg(long, default_value_t = 4)]
    folds: usize,
    /// Most weight rows kept in the model file.
    #[arg(long, default_value_t = 300_000)]
    max_rows: usize,
    /// log2 of the hashed feature table while training.
    #[arg(long, default_value_t = 22)]
    hash_bits: u32,
    /// Seed for the training order.
    #[arg(long, default_value_t = 7)]
    seed: u64,
}

#[derive(Subcommand)]
enum Command {
    /// Annotate an article (a file, or standard input with `-` or no argument) to JSON with
    /// code-point offsets.
    Annotate {
        /// Input file; `-` or nothing reads standard input.
        input: Option<PathBuf>,
        /// The article's date (YYYY-MM-DD) when the text states none.
        #[arg(long)]
        date: Option<String>,
        /// Count relative dates from this day (YYYY-MM-DD), whatever the text says.
        #[arg(long = "article-date")]
        reference_date: Option<String>,
        /// Output format.
        #[arg(long, value_parser = output_parser(), default_value = "json")]
        format: Output,
        /// Include tokens in the output.
        #[arg(long)]
        tokens: bool,
        /// Threads for `--format jsonl` (0: one per core).
        #[arg(long, default_value_t = 0)]
        threads: usize,
    },
    /// Print an article's sentences as a JSON array of strings.
    Sentences {
        /// Input file; `-` or nothing reads standard input.
        input: Option<PathBuf>,
    },
    /// Measure native speed (MB/s, tokens/s) of the whole pipeline and of each pass, on real news by default.
    Bench {
        /// A file, or a folder of `.txt` articles (each its own document); by default the
        /// PolNeAR dev articles of `../shared` (real news), else `tests/articles`.
        input: Option<PathBuf>,
        /// Minimum seconds to run each measurement.
        #[arg(long, default_value_t = 2.0)]
        seconds: f64,
        /// Use this model file instead of the embedded one (to measure a candidate model).
        #[arg(long)]
        model: Option<PathBuf>,
    },
    /// Measure the cost of hostile input shapes at N and 4N bytes (runs of one mark, alternations,
    /// repeated tokens and cues, nesting); fails when 4× the input costs more than
    /// `--max-ratio` times the time. With `--search`, measures random compositions of shapes.
    BenchShapes {
        /// The smaller size, in bytes.
        #[arg(long, default_value_t = 65_536)]
        bytes: usize,
        /// The largest allowed ratio of the two times (linear work: about 4).
        #[arg(long, default_value_t = 6.0)]
        max_ratio: f64,
        /// Only shapes whose name contains this text.
        #[arg(long)]
        only: Option<String>,
        /// Instead of the fixed shapes, measure random compositions for this many seconds.
        #[arg(long)]
        search: Option<f64>,
        /// Seed of the random search.
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Instead of timing, annotate each shape once at N and once at 4N bytes and print its
        /// name: the work is then counted outside, by a counter of executed instructions (the
        /// release test runs this under callgrind, one count per call of `annotate_counted`).
        #[arg(long, conflicts_with = "search")]
        annotate_once: bool,
    },
    /// Write the web front end's generated tables (www/labels.js) from the label table and the
    /// export formats.
    WebTables {
        /// Where to write the module.
        #[arg(long, default_value = article_annotator::web_tables::LABELS_MODULE_PATH)]
        out: PathBuf,
    },
    /// Score dates, times, durations and sets on TimeML files (TempEval-3 style).
    EvalTimex {
        /// Folders of `.tml` files (TimeBank, AQUAINT); with several, their figures stand side by
        /// side with those of all of them together.
        #[arg(required = true)]
        dirs: Vec<PathBuf>,
        /// Which files to score: all, the development part (four in five, by sorted name) or
        /// the held-out part (every fifth).
        #[arg(long, value_enum, default_value_t = Part::All)]
        part: Part,
        /// Print a JSON summary as the last line.
        #[arg(long)]
        json: bool,
        /// Write a TimeML file with our TIMEX3 tags per input file into this folder (a folder
        /// per set when there are several).
        #[arg(long)]
        predictions: Option<PathBuf>,
        /// Print the errors grouped by pattern, the N most frequent groups of each kind.
        #[arg(long, value_name = "N", num_args = 0..=1, default_missing_value = "15")]
        errors: Option<usize>,
    },
    /// Score quotes and speakers on a PolNeAR-style folder (text/NAME.txt, attributions/NAME.ann
    /// or NAME_<annotator>.ann; for an article annotated twice, the first file by name).
    EvalQuotes {
        /// The folder holding `text/` and `attributions/`.
        dir: PathBuf,
        /// Print a JSON summary as the last line.
        #[arg(long)]
        json: bool,
        /// Write our attributions as brat `.ann` files into this folder.
        #[arg(long)]
        predictions: Option<PathBuf>,
        /// List the first N matched quotes whose source is wrong or missing.
        #[arg(long, value_name = "N", num_args = 0..=1, default_missing_value = "30")]
        errors: Option<usize>,
    },
    /// Score the person shown for each quote against GUM's coreference chains, per kind of
    /// speaker mention (name, pronoun, role noun).
    EvalSpeakers {
        /// The folder of GUM `.conll` files (`../shared/data/gum`).
        dir: PathBuf,
        /// List the first N wrong or unknown speakers.
        #[arg(long, value_name = "N", num_args = 0..=1, default_missing_value = "30")]
        errors: Option<usize>,
        /// Print a JSON summary as the last line.
        #[arg(long)]
        json: bool,
        /// Search a grid of pronoun-resolution weights and print the best for subject pronouns.
        #[arg(long)]
        tune: bool,
    },
    /// Train the entity model on CoNLL-2003 files; prints dev F1 per epoch.
    TrainNer(TrainArgs),
    /// Evaluate the entity model on CoNLL-2003-style files (conlleval exact-span scores); with
    /// several (CoNLL dev, wikigold, …), their figures stand side by side.
    EvalNer {
        /// The CoNLL files (IOB1 or IOB2; two columns, token and tag, are enough).
        #[arg(required = true)]
        inputs: Vec<PathBuf>,
        /// Print a JSON summary as the last line.
        #[arg(long)]
        json: bool,
        /// Write `token gold predicted` lines here (one input only).
        #[arg(long)]
        predictions: Option<PathBuf>,
        /// Print the errors grouped by name, the N most frequent groups of each kind: misses,
        /// false alarms, label confusions and boundaries.
        #[arg(long, value_name = "N", num_args = 0..=1, default_missing_value = "15")]
        errors: Option<usize>,
        /// Use this model file instead of the embedded one.
        #[arg(long)]
        model: Option<PathBuf>,
    },
}

/// Reads a file (or standard input for `-`/`None`) as UTF-8, with the byte offset of the first
/// invalid byte in the error.
fn read_text(path: Option<&Path>) -> Result<String, String> {
    let (bytes, name) = match path {
        None => (read_stdin()?, "standard input".to_string()),
        Some(p) if p == Path::new("-") => (read_stdin()?, "standard input".to_string()),
        Some(p) => (
            std::fs::read(p).map_err(|e| format!("cannot read {}: {e}", p.display()))?,
            p.display().to_string(),
        ),
    };
    String::from_utf8(bytes).map_err(|e| {
        format!("{name} is not valid UTF-8: invalid byte at offset {}", e.utf8_error().valid_up_to())
    })
}

fn read_stdin() -> Result<Vec<u8>, String> {
    let mut bytes = Vec::new();
    std::io::stdin().read_to_end(&mut bytes).map_err(|e| format!("cannot read standard input: {e}"))?;
    Ok(bytes)
}

fn read_file(path: &Path) -> Result<String, String> {
    read_text(Some(path))
}

fn write_file(path: &Path, bytes: &[u8]) -> Result<(), String> {
    std::fs::write(path, bytes).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

fn to_json(document: &mut Document, pretty: bool) -> String {
    document.convert_offsets(OffsetUnit::Codepoint);
    let json = if pretty { serde_json::to_string_pretty(document) } else { serde_json::to_string(document) };
    json.unwrap_or_else(|e| format!("{{\"error\":\"{e}\"}}"))
}

fn annotate_command(
    input: Option<PathBuf>,
    mut options: Options,
    format: Output,
    threads: usize,
) -> Result<(), String> {
    options.tokens |= matches!(format, Output::Export(ExportFormat::Conll));
    options.validate().map_err(|e| format!("--{}", e.replacen("reference_date", "article-date", 1)))?;
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let format = match format {
        Output::Jsonl => return annotate_jsonl(input.as_deref(), &mut out, &options, threads),
        Output::Export(format) => format,
    };
    let text = read_text(input.as_deref())?;
    let document = Annotator::new().annotate(&text, &options);
    match format {
        ExportFormat::Json => writeln!(out, "{}", to_json(&mut { document }, true)),
        format => write!(out, "{}", export(&document, format)),
    }
    .map_err(|e| e.to_string())
}

/// Streams JSON lines from a file or standard input through [`jsonl::annotate_lines`].
fn annotate_jsonl(
    input: Option<&Path>,
    out: &mut dyn Write,
    options: &Options,
    threads: usize,
) -> Result<(), String> {
    let summary = match input.filter(|p| *p != Path::new("-")) {
        Some(path) => {
            let file =
                std::fs::File::open(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
            jsonl::annotate_lines(
                &mut std::io::BufReader::with_capacity(1 << 20, file),
                out,
                options,
                threads,
            )?
        }
        None => jsonl::annotate_lines(&mut std::io::stdin().lock(), out, options, threads)?,
    };
    match summary.bad {
        0 => Ok(()),
        bad => Err(format!("{bad} of {} lines were not annotated (see above)", bad + summary.annotated)),
    }
}

fn sentences_command(input: Option<PathBuf>) -> Result<(), String> {
    let text = read_text(input.as_deref())?;
    let doc = Annotator::new().annotate(&text, &Options::default());
    let sentences: Vec<&str> = doc.sentences.iter().map(|s| &text[s.start..s.end]).collect();
    println!("{}", serde_json::to_string_pretty(&sentences).map_err(|e| e.to_string())?);
    Ok(())
}

/// The shapes whose name contains `only` (all without it), in [`shapes::all`]'s order.
fn chosen_shapes(only: Option<&str>) -> impl Iterator<Item = Shape> + '_ {
    shapes::all().into_iter().filter(move |shape| only.is_none_or(|only| shape.name.contains(only)))
}

/// Annotates each chosen shape at `bytes` and at four times `bytes`, once each, through
/// [`annotate_counted`], and prints its name: an instruction counter run around this process
/// counts each call (the texts are made outside the calls).
fn annotate_shapes_once(bytes: usize, only: Option<String>) {
    let annotator = Annotator::new();
    let shapes: Vec<Shape> = chosen_shapes(only.as_deref()).collect();
    // The model and the word tables load on first use: before the first counted call.
    for shape in &shapes {
        annotator.annotate(&shape.text(256), &Options::default());
    }
    for shape in &shapes {
        for size in [bytes, 4 * bytes] {
            annotate_counted(&annotator, &shape.text(size));
        }
        println!("{}", shape.name);
    }
}

/// One annotation, in a function of its own that a counter of executed instructions can be
/// told to count and to report call by call (`callgrind
/// --toggle-collect=article_annotator::cli::annotate_counted --dump-after=…` with the same
/// name: `--dump-after` takes no wildcard).
#[inline(never)]
fn annotate_counted(annotator: &Annotator, text: &str) {
    std::hint::black_box(annotator.annotate(text, &Options::default()));
}

/// Measures each shape (or random compositions of them) and prints a table, slowest growth
/// first; an error names the shapes whose cost grew more than `max_ratio` times.
fn bench_shapes_command(
    bytes: usize,
    max_ratio: f64,
    only: Option<String>,
    search: Option<f64>,
    seed: u64,
) -> Result<(), String> {
    let annotator = Annotator::new();
    let mut measured = Vec::new();
    let mut measure = |shape: Shape| {
        let cost = shapes::cost(&annotator, |n| shape.text(n), bytes, max_ratio);
        measured.push((shape, cost));
    };
    match search {
        Some(seconds) => {
            let fixed = shapes::all();
            let mut random = Random::new(seed);
            let started = Instant::now();
            while started.elapsed().as_secs_f64() < seconds {
                measure(shapes::random_shape(&fixed, &mut random));
            }
        }
        None => chosen_shapes(only.as_deref()).for_each(measure),
    }
    measured.sort_by(|a, b| b.1.ratio().total_cmp(&a.1.ratio()));
    let size = |factor: usize| format!("{} KB", factor * bytes / 1024);
    println!("{:<44} {:>10} {:>10} {:>10} {:>6} {:>7}", "shape", size(1), size(4), size(16), "ratio", "MB/s");
    for (shape, cost) in &measured {
        let time = |k: usize| cost.sizes.get(k).map_or("-".into(), |(_, s)| format!("{:.1}ms", s * 1e3));
        println!(
            "{:<44} {:>10} {:>10} {:>10} {:>6.2} {:>7.2}",
            shape.name,
            time(0),
            time(1),
            time(2),
            cost.ratio(),
            cost.megabytes_per_second()
        );
    }
    let worst = measured.first().map_or(0.0, |(_, cost)| cost.ratio());
    println!("{} shapes, worst ratio {worst:.2} (bound {max_ratio})", measured.len());
    let over: Vec<&str> = measured
        .iter()
        .filter(|(_, cost)| cost.ratio() > max_ratio)
        .map(|(shape, _)| shape.name.as_str())
        .collect();
    if over.is_empty() {
        Ok(())
    } else {
        Err(format!("4× the input cost more than {max_ratio}× the time for: {}", over.join(", ")))
    }
}

/// The texts of an unlabeled source: a text file (Reuters-style `<doc>` wrappers allowed), or
/// a folder of `.txt` files and of TimeML `.tml` files whose `<TEXT>` parts are read without
/// their tags.
fn unlabeled_texts(path: &Path) -> Result<Vec<String>, String> {
    if !path.is_dir() {
        return Ok(vec![read_file(path)?]);
    }
    let mut files: Vec<PathBuf> = std::fs::read_dir(path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "tml" || e == "txt"))
        .collect();
    files.sort();
    files
        .iter()
        .map(|file| {
            let text = read_file(file)?;
            Ok(if file.extension().is_some_and(|e| e == "tml") {
                strip_tags(text.split("<TEXT>").nth(1).unwrap_or(&text).split("</TEXT>").next().unwrap_or(""))
            } else {
                text
            })
        })
        .collect()
}

/// The text of XML without its tags.
fn strip_tags(xml: &str) -> String {
    let mut text = String::with_capacity(xml.len());
    let mut in_tag = false;
    for ch in xml.chars() {
        match ch {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            _ if !in_tag => text.push(ch),
            _ => {}
        }
    }
    text.replace("&amp;", "&")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
}

/// Names from `FILE=TYPE` word lists, one name per line, tokenized as article text is.
fn read_word_lists(specs: &[String]) -> Result<Vec<(Vec<String>, u8)>, String> {
    let mut external = Vec::new();
    for spec in specs {
        let (file, label) =
            spec.rsplit_once('=').ok_or_else(|| format!("--gazetteer {spec:?}: expected FILE=TYPE"))?;
        let entity_type = ENTITY_TYPES
            .iter()
            .position(|t| *t == label)
            .ok_or_else(|| format!("--gazetteer {spec:?}: TYPE must be one of {ENTITY_TYPES:?}"))?
            as u8;
        for line in read_file(Path::new(file))?.lines().filter(|l| !l.trim().is_empty()) {
            let words = tokenize(line, 0..line.len())
                .iter()
                .map(|t| normalise(&line[t.start..t.end]).to_lowercase())
                .collect();
            external.push((words, entity_type));
        }
    }
    Ok(external)
}

fn train_command(args: TrainArgs) -> Result<(), String> {
    let TrainArgs {
        train: train_path,
        dev,
        out,
        epochs,
        unlabeled,
        coarse_clusters: coarse,
        fine_clusters: fine,
        cluster_iterations: iterations,
        gazetteer: gazetteers,
        word_dropout,
        gazetteer_dropout,
        folds,
        max_rows,
        hash_bits,
        seed,
    } = args;
    let external = read_word_lists(&gazetteers)?;
    let started = Instant::now();
    let train_docs = parse_conll(&read_file(&train_path)?);
    let dev_docs = parse_conll(&read_file(&dev)?);
    let mut sentences = Vec::new();
    for path in &unlabeled {
        for text in unlabeled_texts(path)? {
            sentences.extend(sentences_of_raw_text(&text));
        }
    }
    let clusters = if sentences.is_empty() {
        Default::default()
    } else {
        for doc in &train_docs {
            sentences.extend(doc.sentences.iter().map(|s| s.iter().map(|t| t.word.to_lowercase()).collect()));
        }
        two_level_clusters(&sentences, coarse, fine, iterations)
    };
    eprintln!("word clusters: {} words ({:.1}s)", clusters.len(), started.elapsed().as_secs_f64());
    let options = TrainOptions { epochs, hash_bits, seed, max_rows, folds, word_dropout, gazetteer_dropout };
    eprintln!("word lists: {} names", external.len());
    let trained = train(&train_docs, &dev_docs, &clusters, &external, &options, |line| eprintln!("{line}"));
    let bytes = trained.model.to_bytes();
    write_file(&out, &bytes)?;
    let record = serde_json::json!({
        "dev": trained.dev,
        "rows": trained.model.feature_count(),
        "bytes": bytes.len(),
        "arguments": std::env::args().skip(1).collect::<Vec<_>>(),
    });
    let record_path = out.with_extension("json");
    write_file(
        &record_path,
        (serde_json::to_string_pretty(&record).map_err(|e| e.to_string())? + "\n").as_bytes(),
    )?;
    println!(
        "wrote {} ({} bytes); dev F1 {:.4}; {:.0}s",
        out.display(),
        bytes.len(),
        trained.dev.f1,
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

/// Today's date (UTC) as `YYYY-MM-DD`.
fn today() -> String {
    let seconds =
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
    Date::from_day_number((seconds / 86_400) as i64).map_or_else(|| "1970-01-01".to_string(), |d| d.iso())
}

/// The files in `dir` whose names end in `.extension`, sorted; an error when there are none.
fn files_with_extension(dir: &Path, extension: &str) -> Result<Vec<PathBuf>, String> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| format!("cannot read {}: {e}", dir.display()))?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|e| e == extension))
        .collect();
    paths.sort();
    if paths.is_empty() {
        return Err(format!("no .{extension} files in {}", dir.display()));
    }
    Ok(paths)
}

/// Creates the folder predictions are written to, if one is given.
fn create_output_dir(out: Option<&Path>) -> Result<(), String> {
    match out {
        Some(out) => {
            std::fs::create_dir_all(out).map_err(|e| format!("cannot create {}: {e}", out.display()))
        }
        None => Ok(()),
    }
}

fn run(cli: Cli) -> Result<(), String> {
    match cli.command {
        Command::Annotate { input, date, reference_date, format, tokens, threads } => annotate_command(
            input,
            Options { date, reference_date, today: Some(today()), tokens },
            format,
            threads,
        ),
        Command::Sentences { input } => sentences_command(input),
        Command::Bench { input, seconds, model } => {
            bench::bench_command(input.as_deref(), seconds, model.as_deref())
        }
        Command::BenchShapes { bytes, only, annotate_once: true, .. } => {
            annotate_shapes_once(bytes, only);
            Ok(())
        }
        Command::BenchShapes { bytes, max_ratio, only, search, seed, annotate_once: false } => {
            bench_shapes_command(bytes, max_ratio, only, search, seed)
        }
        Command::EvalTimex { dirs, part, json, predictions, errors } => {
            eval_timex::eval_timex_command(&dirs, part, json, predictions, errors)
        }
        Command::EvalQuotes { dir, json, predictions, errors } => {
            eval_quotes::eval_quotes_command(&dir, json, predictions, errors)
        }
        Command::TrainNer(args) => train_command(args),
        Command::EvalSpeakers { dir, errors, json, tune } => {
            if tune {
                eval_speakers::tune_command(&dir)
            } else {
                eval_speakers::eval_speakers_command(&dir, errors, json)
            }
        }
        Command::EvalNer { inputs, json, predictions, model, errors } => {
            eval_ner::eval_ner_command(&inputs, json, predictions, model, errors)
        }
        Command::WebTables { out } => std::fs::write(&out, article_annotator::web_tables::labels_module())
            .map_err(|e| format!("cannot write {}: {e}", out.display())),
    }
}

/// Parses the arguments, runs the command and turns errors into a message and exit code 1.
pub fn main() -> ExitCode {
    match run(Cli::parse()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}
