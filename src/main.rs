//! The `article-annotator` command line: annotate articles to JSON, split sentences, train and
//! evaluate the entity model, and measure speed. The commands live in `src/cli/`.

#[cfg(not(target_arch = "wasm32"))]
mod cli;

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::main()
}

/// The command line is native only; on wasm32 (built alongside the wasm tests) it does nothing.
#[cfg(target_arch = "wasm32")]
fn main() {}
