//! Helpers shared by the integration tests that run the command line on ../shared data.

use std::path::Path;
use std::process::Command;

/// Runs `article-annotator ARGS --json` and returns the JSON summary on its last line.
pub fn json_summary(args: &[&str]) -> serde_json::Value {
    let output =
        Command::new(env!("CARGO_BIN_EXE_article-annotator")).args(args).arg("--json").output().unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let stdout = String::from_utf8(output.stdout).unwrap();
    serde_json::from_str(stdout.lines().last().unwrap()).unwrap()
}

/// Runs `article-annotator ARGS --json --predictions OUT` and returns the JSON summary on its
/// last line, after checking that each of `groups` has a precision, a recall and an F1.
pub fn run_evaluation(args: &[&str], out: &Path, groups: &[&str]) -> serde_json::Value {
    let mut args = args.to_vec();
    let out = out.to_str().unwrap();
    args.extend(["--predictions", out]);
    let summary = json_summary(&args);
    for group in groups {
        for figure in ["precision", "recall", "f1"] {
            assert!(summary[group][figure].is_f64(), "{group}.{figure}");
        }
    }
    summary
}
