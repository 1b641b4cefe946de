//! The command line as a user runs it: output formats, code-point offsets, and clear errors.
#![cfg(not(target_arch = "wasm32"))]

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_article-annotator"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    // The command may exit (on a bad flag) before it reads its input.
    let _ = child.stdin.take().unwrap().write_all(stdin);
    child.wait_with_output().unwrap()
}

fn stdout_json(output: &Output) -> serde_json::Value {
    assert!(output.status.success(), "stderr: {}", String::from_utf8_lossy(&output.stderr));
    serde_json::from_slice(&output.stdout).expect("JSON on stdout")
}

const TEXT: &str = "date 2024-12-13 (WIRE- Example Post)\n\n🇹🇷 President Recep Tayyip Erdog\u{306}an met Antony Blinken in Ankara.\n";

#[test]
fn annotate_prints_code_point_offsets() {
    let doc = stdout_json(&run(&["annotate", "-"], TEXT.as_bytes()));
    assert_eq!(doc["offset_unit"], "codepoint");
    assert_eq!(doc["meta"]["date"], "2024-12-13");
    let chars: Vec<char> = TEXT.chars().collect();
    let entities = doc["entities"].as_array().unwrap();
    assert!(entities.len() >= 3);
    for entity in entities {
        let (start, end) =
            (entity["start"].as_u64().unwrap() as usize, entity["end"].as_u64().unwrap() as usize);
        assert_eq!(chars[start..end].iter().collect::<String>(), entity["text"].as_str().unwrap());
    }
    assert!(doc.get("tokens").is_none());
}

#[test]
fn annotate_with_date_and_tokens() {
    let doc = stdout_json(&run(&["annotate", "--date", "2025-01-02", "--tokens"], b"Talks in Ankara ended."));
    assert_eq!(doc["meta"]["date"], "2025-01-02");
    assert_eq!(doc["tokens"].as_array().unwrap().len(), 5);
}

#[test]
fn jsonl_reads_one_article_per_line() {
    let input = "{\"text\": \"Talks in Ankara ended.\"}\n\n{\"text\": \"Blinken left Paris.\", \"date\": \"2024-12-13\"}\n";
    let output = run(&["annotate", "--format", "jsonl"], input.as_bytes());
    assert!(output.status.success());
    let lines: Vec<serde_json::Value> =
        String::from_utf8(output.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[1]["meta"]["date"], "2024-12-13");
    let bad = run(&["annotate", "--format", "jsonl"], b"{\"txt\": 1}\n");
    assert!(!bad.status.success());
    assert!(
        String::from_utf8_lossy(&bad.stderr).contains("line 1: expected an object with a \"text\" string")
    );
}

#[test]
fn sentences_prints_a_json_array() {
    let sentences = stdout_json(&run(
        &["sentences"],
        "Mr. Smith went to Washington. He left at 5 p.m. Then he slept.".as_bytes(),
    ));
    assert_eq!(
        sentences,
        serde_json::json!(["Mr. Smith went to Washington.", "He left at 5 p.m.", "Then he slept."])
    );
}

#[test]
fn errors_are_clear_and_exit_non_zero() {
    let cases: &[(&[&str], &[u8], &str)] = &[
        (&["annotate", "/no/such/file.txt"], b"", "cannot read /no/such/file.txt"),
        (&["annotate", "-"], b"abc\xff\xfedef", "not valid UTF-8: invalid byte at offset 3"),
        (&["annotate", "--date", "someday"], b"x", "is not a date"),
        (&["annotate", "--format", "xml"], b"x", "invalid value 'xml'"),
        (&["annotate", "--bogus"], b"x", "unexpected argument '--bogus'"),
        (&["eval-ner", "/no/such/file"], b"", "cannot read /no/such/file"),
    ];
    for (args, stdin, message) in cases {
        let output = run(args, stdin);
        assert!(!output.status.success(), "{args:?} should fail");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.contains(message), "{args:?}: {stderr}");
    }
}

#[test]
fn eval_ner_puts_several_files_side_by_side_with_their_errors() {
    let dir = std::env::temp_dir().join(format!("eval-ner-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    // Two small files of our own, two columns (token, tag) as Wikigold has them.
    let first = dir.join("first.conll");
    let second = dir.join("second.conll");
    std::fs::write(&first, "Ines I-PER\nLund I-PER\nvisited O\nOslo I-LOC\n. O\n").unwrap();
    std::fs::write(&second, "The O\nSooners I-ORG\nwon O\nin O\nNorman I-LOC\n. O\n").unwrap();
    let (first, second) = (first.to_str().unwrap(), second.to_str().unwrap());
    let output = run(&["eval-ner", first, second, "--errors", "3", "--json"], b"");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let stdout = String::from_utf8_lossy(&output.stdout);
    let header = stdout.lines().next().unwrap();
    assert!(header.contains("first.conll") && header.contains("second.conll"), "{stdout}");
    assert!(stdout.lines().any(|l| l.starts_with("all ")), "{stdout}");
    assert!(stdout.contains("# errors in second.conll") && stdout.contains("## missed"), "{stdout}");
    let summary: serde_json::Value = serde_json::from_str(stdout.lines().last().unwrap()).unwrap();
    assert!(summary["first.conll"]["f1"].is_number() && summary["second.conll"]["f1"].is_number());
    let refused = run(&["eval-ner", first, second, "--predictions", "/tmp/x"], b"");
    assert!(String::from_utf8_lossy(&refused.stderr).contains("give one input"));
    std::fs::remove_dir_all(&dir).ok();
}
