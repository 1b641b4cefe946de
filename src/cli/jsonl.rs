//! `annotate --format jsonl`: one `{"text": …}` object a line in, one document a line out, on
//! every core.
//!
//! Lines are read in batches of bounded size ([`BATCH_LINES`], [`BATCH_BYTES`]), annotated in
//! parallel and written in input order, so a 10 GB input streams through in the memory of one
//! batch, and the output is the same byte for byte whatever the number of threads. A bad line
//! (not UTF-8, not JSON, no `"text"` string, a bad date) is reported with its line number on
//! standard error and as `{"line": N, "error": "…"}` in its place in the output, and the run goes
//! on; the exit status says whether any line was bad.

use std::io::{BufRead, Write};

use article_annotator::{Annotator, Options};
use rayon::prelude::*;

use super::to_json;

/// Most lines annotated in one parallel batch.
const BATCH_LINES: usize = 512;

/// Most input bytes held in one batch (a line longer than this is a batch of its own).
const BATCH_BYTES: usize = 8 << 20;

/// One input line: its number (from 1) and its bytes, without the line break.
struct Line {
    number: usize,
    bytes: Vec<u8>,
}

/// How a run went: the lines annotated and the lines that were not.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Summary {
    /// Lines that gave a document.
    pub annotated: usize,
    /// Lines reported as bad.
    pub bad: usize,
}

/// Annotates every non-blank line of `input` to `output` with `threads` threads (0: one per
/// core). `options` apply to every line; a line's own `"date"` replaces `options.date`.
pub fn annotate_lines(
    input: &mut dyn BufRead,
    output: &mut dyn Write,
    options: &Options,
    threads: usize,
) -> Result<Summary, String> {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .map_err(|e| format!("cannot start {threads} threads: {e}"))?;
    let annotator = Annotator::new();
    let mut summary = Summary::default();
    let mut number = 0;
    loop {
        let batch = read_batch(input, &mut number)?;
        if batch.is_empty() {
            return Ok(summary);
        }
        let results: Vec<Result<String, String>> =
            pool.install(|| batch.par_iter().map(|line| annotate_line(&annotator, line, options)).collect());
        for (line, result) in batch.iter().zip(results) {
            let text = match result {
                Ok(document) => {
                    summary.annotated += 1;
                    document
                }
                Err(message) => {
                    summary.bad += 1;
                    eprintln!("line {}: {message}", line.number);
                    serde_json::json!({ "line": line.number, "error": message }).to_string()
                }
            };
            writeln!(output, "{text}").map_err(|e| format!("cannot write the output: {e}"))?;
        }
    }
}

/// Reads the next batch of non-blank lines; `number` counts every line read so far.
fn read_batch(input: &mut dyn BufRead, number: &mut usize) -> Result<Vec<Line>, String> {
    let mut batch = Vec::new();
    let mut bytes = 0;
    while batch.len() < BATCH_LINES && bytes < BATCH_BYTES {
        let mut line = Vec::new();
        let read = input.read_until(b'\n', &mut line).map_err(|e| format!("cannot read the input: {e}"))?;
        if read == 0 {
            break;
        }
        *number += 1;
        while line.last().is_some_and(|b| matches!(b, b'\n' | b'\r')) {
            line.pop();
        }
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        bytes += line.len();
        batch.push(Line { number: *number, bytes: line });
    }
    Ok(batch)
}

/// The document of one line as compact JSON, or what is wrong with the line.
fn annotate_line(annotator: &Annotator, line: &Line, options: &Options) -> Result<String, String> {
    let text = std::str::from_utf8(&line.bytes)
        .map_err(|e| format!("not UTF-8: invalid byte at offset {}", e.valid_up_to()))?;
    let value: serde_json::Value = serde_json::from_str(text).map_err(|e| format!("not JSON: {e}"))?;
    let Some(article) = value.get("text").and_then(|t| t.as_str()) else {
        return Err("expected an object with a \"text\" string".to_string());
    };
    let line_options = Options {
        date: value.get("date").and_then(|d| d.as_str()).map(str::to_string).or(options.date.clone()),
        ..options.clone()
    };
    line_options.validate()?;
    Ok(to_json(&mut annotator.annotate(article, &line_options), false))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(input: &str, threads: usize) -> (String, Summary) {
        let mut output = Vec::new();
        let summary =
            annotate_lines(&mut input.as_bytes(), &mut output, &Options::default(), threads).unwrap();
        (String::from_utf8(output).unwrap(), summary)
    }

    #[test]
    fn keeps_input_order_and_reports_bad_lines_in_place() {
        let mut input = String::new();
        for i in 0..1200 {
            if i % 300 == 7 {
                input.push_str("{\"txt\": 1}\n");
            } else {
                input.push_str(&format!("{{\"text\": \"Report {i}: Ana Diaz met officials in Lisbon.\"}}\n"));
            }
        }
        input.push_str("\n{\"text\": \"Last.\", \"date\": \"2024-02-30\"}\n");
        let (output, summary) = run(&input, 2);
        let lines: Vec<serde_json::Value> =
            output.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
        assert_eq!(summary, Summary { annotated: 1196, bad: 5 });
        assert_eq!(lines.len(), 1201);
        assert_eq!(lines[7]["line"], 8);
        assert!(lines[7]["error"].as_str().unwrap().contains("\"text\" string"));
        assert!(lines[1000]["text"].as_str().unwrap().starts_with("Report 1000:"));
        // The blank line is skipped, but still counted: the bad date is on line 1202.
        assert_eq!(lines[1200]["line"], 1202);
        assert!(lines[1200]["error"].as_str().unwrap().contains("2024-02-30"));
    }

    #[test]
    fn one_thread_and_two_give_the_same_bytes() {
        let input: String = (0..700)
            .map(|i| format!("{{\"text\": \"On Friday, {i} people said \\\"yes\\\" in Porto.\"}}\n"))
            .collect();
        assert_eq!(run(&input, 1), run(&input, 2));
    }

    #[test]
    fn invalid_utf8_is_a_bad_line_not_the_end() {
        let mut output = Vec::new();
        let input: &[u8] = b"{\"text\": \"a\xff\"}\n{\"text\": \"Fine.\"}\n";
        let summary = annotate_lines(&mut &input[..], &mut output, &Options::default(), 1).unwrap();
        assert_eq!(summary, Summary { annotated: 1, bad: 1 });
        assert!(String::from_utf8(output).unwrap().contains("not UTF-8: invalid byte at offset 11"));
    }
}
