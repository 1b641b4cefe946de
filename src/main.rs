//! The `article-annotator` command line (native only).

use std::path::PathBuf;
use std::process::ExitCode;

use article_annotator::conll::parse_conll;
use article_annotator::ner::clusters::{sentences_of_raw_text, two_level_clusters};
use article_annotator::ner::train::{train, TrainOptions};
use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(name = "article-annotator", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Train the entity model on CoNLL-2003 files.
    TrainNer {
        #[arg(long)]
        train: PathBuf,
        #[arg(long)]
        dev: PathBuf,
        #[arg(long)]
        out: PathBuf,
        #[arg(long, default_value_t = 12)]
        epochs: usize,
        /// Unlabeled news for word clusters (repeatable).
        #[arg(long)]
        unlabeled: Vec<PathBuf>,
        #[arg(long, default_value_t = 64)]
        coarse_clusters: usize,
        #[arg(long, default_value_t = 512)]
        fine_clusters: usize,
        #[arg(long, default_value_t = 6)]
        cluster_iterations: usize,
    },
}

fn read(path: &PathBuf) -> Result<String, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    String::from_utf8(bytes).map_err(|e| format!("{} is not UTF-8: invalid byte at offset {}", path.display(), e.utf8_error().valid_up_to()))
}

fn run(cli: Cli) -> Result<(), String> {
    match cli.command {
        Command::TrainNer { train: train_path, dev, out, epochs, unlabeled, coarse_clusters, fine_clusters, cluster_iterations } => {
            let train_docs = parse_conll(&read(&train_path)?);
            let dev_docs = parse_conll(&read(&dev)?);
            let mut sentences = Vec::new();
            for path in &unlabeled {
                sentences.extend(sentences_of_raw_text(&read(path)?));
            }
            for doc in &train_docs {
                sentences.extend(doc.sentences.iter().map(|s| s.iter().map(|t| t.word.to_lowercase()).collect()));
            }
            let started = std::time::Instant::now();
            let clusters = if unlabeled.is_empty() { Default::default() } else { two_level_clusters(&sentences, coarse_clusters, fine_clusters, cluster_iterations) };
            eprintln!("clustered {} words in {:.1}s", clusters.len(), started.elapsed().as_secs_f64());
            let options = TrainOptions { epochs, ..TrainOptions::default() };
            let trained = train(&train_docs, &dev_docs, &clusters, &options, |line| eprintln!("{line}"));
            std::fs::write(&out, trained.model.to_bytes()).map_err(|e| format!("cannot write {}: {e}", out.display()))?;
            Ok(())
        }
    }
}

fn main() -> ExitCode {
    match run(Cli::parse()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}
