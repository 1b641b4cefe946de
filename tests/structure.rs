//! The shape of the source tree, checked: no file in `src/` over 800 lines, no function over 120
//! lines, and the core free of evaluation code (only `src/eval/`, the CLI, training and the
//! shape benchmark may use `crate::eval`). Prints the five longest functions.

#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::{Path, PathBuf};

/// Every Rust file under `dir`.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
    files.sort();
    files
}

/// The functions of a rustfmt-formatted file: name, first line and length in lines (from `fn`
/// to the closing brace at the same indentation).
fn functions(text: &str) -> Vec<(String, usize, usize)> {
    let lines: Vec<&str> = text.lines().collect();
    let mut found = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let trimmed = line.trim_start();
        let indent = &line[..line.len() - trimmed.len()];
        let signature = ["fn ", "pub fn ", "pub(crate) fn ", "pub(super) fn ", "const fn ", "pub const fn "]
            .iter()
            .find_map(|prefix| trimmed.strip_prefix(prefix));
        let Some(rest) = signature else { continue };
        if line.trim_end().ends_with(';') {
            continue;
        }
        let name: String = rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
        let closing = format!("{indent}}}");
        if let Some(end) = (i + 1..lines.len()).find(|&j| lines[j] == closing) {
            found.push((name, i + 1, end - i + 1));
        }
    }
    found
}

#[test]
fn files_and_functions_stay_small_and_the_core_stays_free_of_evaluation_code() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut longest = Vec::new();
    let mut problems = Vec::new();
    for path in rust_files(&root.join("src")) {
        let text = fs::read_to_string(&path).unwrap();
        let relative = path.strip_prefix(root).unwrap().display().to_string();
        let lines = text.lines().count();
        if lines > 800 {
            problems.push(format!("{relative}: {lines} lines (at most 800)"));
        }
        for (name, line, length) in functions(&text) {
            if length > 120 {
                problems.push(format!("{relative}:{line} fn {name}: {length} lines (at most 120)"));
            }
            longest.push((length, format!("{relative}:{line} fn {name}")));
        }
        let may_evaluate = ["src/eval/", "src/cli/", "src/ner/train.rs", "src/shapes.rs", "src/main.rs"]
            .iter()
            .any(|allowed| relative.starts_with(allowed));
        if !may_evaluate && text.contains("crate::eval") {
            problems.push(format!("{relative}: the core uses evaluation code (crate::eval)"));
        }
    }
    longest.sort_by(|a, b| b.cmp(a));
    println!("longest functions:");
    for (length, place) in longest.iter().take(5) {
        println!("  {length:>4} lines  {place}");
    }
    assert!(longest.len() > 300, "only {} functions found: the reader is broken", longest.len());
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
