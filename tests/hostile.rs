//! Hostile, odd and huge input: every case gives a document (or a clear CLI error), never a
//! panic or a hang, and cost grows linearly. The heavy cases are `#[ignore]`d here and run by
//! `scripts/test.sh` in a release build (`cargo test --release --test hostile -- --ignored`).
#![cfg(not(target_arch = "wasm32"))]

use std::process::Command;
use std::time::Instant;

use article_annotator::{annotate, shapes, Document, Options};

/// Annotates and checks the basic promises: spans inside the text on char boundaries, sorted.
fn checked(text: &str) -> Document {
    let doc = annotate(text, &Options { tokens: true, ..Options::default() });
    assert_eq!(doc.text, text);
    let spans = doc
        .entities
        .iter()
        .map(|e| (e.start, e.end))
        .chain(doc.quotes.iter().map(|q| (q.start, q.end)))
        .chain(doc.tokens.iter().flatten().map(|t| (t.start, t.end)));
    for (start, end) in spans {
        assert!(start <= end && end <= text.len(), "{start}..{end}");
        assert!(text.is_char_boundary(start) && text.is_char_boundary(end), "{start}..{end}");
    }
    doc
}

#[test]
fn empty_blank_and_control_characters() {
    for text in [
        "",
        " ",
        "\n\n\n",
        "\t \u{a0}\u{2003}",
        "\u{0}\u{1}\u{7f}\u{200b}\u{feff}",
        "\u{0}Ankara\u{0}said\u{0}",
    ] {
        let doc = checked(text);
        assert!(doc.quotes.is_empty() || !text.trim().is_empty());
    }
    assert!(checked("").entities.is_empty());
}

#[test]
fn inputs_the_fuzzer_found() {
    // A cue after a lone comma at the start once read before the sentence (an overflow in
    // debug builds), twice: in the speaker search, then in the relative-clause test.
    // A cue ending the text once read a word past it (the check for "said in a statement").
    for text in
        [",complained\t\t\t\t", ", said", ",, said it", "who said", ", who has said", "\u{bc}quipped\t"]
    {
        checked(text);
    }
}

#[test]
fn line_ends_and_directions() {
    let lf = "Talks in Ankara\n\nPresident Recep Tayyip Erdoğan met Antony Blinken on Thursday.\n";
    let crlf = lf.replace('\n', "\r\n");
    let cr = lf.replace('\n', "\r");
    let names = |doc: &Document| doc.entities.iter().map(|e| e.text.clone()).collect::<Vec<_>>();
    let expected = names(&checked(lf));
    assert_eq!(names(&checked(&crlf)), expected);
    assert_eq!(names(&checked(&cr)), expected);
    checked("قال الرئيس إن Erdoğan met Blinken في أنقرة 👩‍👩‍👧 \u{202e}ABC\u{202c} שלום עולם");
}

#[test]
fn one_huge_token_and_deep_quotes() {
    checked(&"x".repeat(100_000));
    checked(&"Erdoğan".repeat(20_000));
    let nested = format!("{}said Blinken{}", "“‘«\"".repeat(5_000), "\"»’”".repeat(5_000));
    checked(&nested);
    checked(&"\"".repeat(100_000));
    checked(&"(".repeat(50_000));
}

#[test]
fn many_lines_and_paragraphs() {
    checked(&"\n".repeat(1_000_000));
    checked(&"Blinken said it rained.\n\n".repeat(20_000));
}

fn news(bytes: usize) -> String {
    let paragraph =
        "ANKARA, Dec. 13 (Wire) - Turkish President Recep Tayyip Erdoğan met U.S. Secretary of State \
        Antony Blinken on Thursday. \"We will stay,\" he said, adding that $1.2 billion in aid had arrived \
        two years ago. Officials of the Kurdistan Workers' Party (PKK) said the talks failed.\n\n";
    paragraph.repeat(bytes / paragraph.len() + 1)
}

/// What each shape costs in executed instructions at 4 KB and at 16 KB, counted by callgrind
/// around `article-annotator bench-shapes --annotate-once` (one count per annotation), in the
/// order of [`shapes::all`]; `None` when valgrind is not installed.
fn instructions_per_shape(bytes: usize) -> Option<Vec<(String, [u64; 2])>> {
    if Command::new("valgrind").arg("--version").output().is_err() {
        return None;
    }
    let dumps = std::env::temp_dir().join(format!("article-annotator-counts-{}", std::process::id()));
    std::fs::create_dir_all(&dumps).expect("a temporary folder");
    let counted = "article_annotator::cli::annotate_counted";
    let output = Command::new("valgrind")
        .args(["--tool=callgrind", "--collect-atstart=no"])
        .arg(format!("--toggle-collect={counted}"))
        .arg(format!("--dump-after={counted}"))
        .arg(format!("--callgrind-out-file={}", dumps.join("count").display()))
        .arg(env!("CARGO_BIN_EXE_article-annotator"))
        .args(["bench-shapes", "--annotate-once", "--bytes", &bytes.to_string()])
        .output()
        .expect("valgrind runs");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    // Dump k (from 1) holds the instructions of the k-th counted annotation alone.
    let count = |k: usize| -> u64 {
        let dump =
            std::fs::read_to_string(dumps.join(format!("count.{k}"))).expect("one dump per annotation");
        let totals = dump.lines().find_map(|line| line.strip_prefix("totals: ")).expect("a totals line");
        totals.trim().parse().expect("a count")
    };
    let names = String::from_utf8(output.stdout).expect("UTF-8 names");
    let counts = names
        .lines()
        .enumerate()
        .map(|(i, name)| (name.to_string(), [count(2 * i + 1), count(2 * i + 2)]))
        .collect();
    std::fs::remove_dir_all(&dumps).ok();
    Some(counts)
}

#[test]
#[ignore = "heavy: run in release by scripts/test.sh"]
fn every_shape_does_linear_work() {
    // Runs of each mark, alternations, repeated tokens and cues, nesting, one endless sentence
    // of quotes or cues, a long paste of wire stories: four times the input may take at most
    // 4.6 times the instructions. Linear work takes about 4× (less where a fixed cost per
    // document weighs in; 4.3× for an endless sentence of "who said that a, ", whose bounded
    // look-backs are still filling up at these sizes: 4.08× from 16 to 64 KB); quadratic work
    // takes 16×, and even a quadratic term that is a tenth of the work at 4 KB takes 5.1×.
    // Instructions, not time: the same count on a busy machine as on an idle one.
    const BYTES: usize = 4096;
    const MAX_RATIO: f64 = 4.6;
    let Some(counts) = instructions_per_shape(BYTES) else {
        eprintln!("skipped: valgrind is not installed (scripts/test.sh installs it)");
        return;
    };
    assert_eq!(counts.len(), shapes::all().len());
    let ratio = |[small, large]: [u64; 2]| large as f64 / small.max(1) as f64;
    let (worst_name, worst) = counts
        .iter()
        .map(|(name, c)| (name.as_str(), ratio(*c)))
        .max_by(|a, b| a.1.total_cmp(&b.1))
        .unwrap_or(("none", 0.0));
    let over: Vec<String> = counts
        .iter()
        .filter(|(_, c)| ratio(*c) > MAX_RATIO)
        .map(|(name, c)| format!("{name}: {:.2}× ({} → {} instructions)", ratio(*c), c[0], c[1]))
        .collect();
    eprintln!(
        "{} shapes at {} and {} KB, worst ratio {worst:.2} ({worst_name})",
        counts.len(),
        BYTES / 1024,
        BYTES / 256
    );
    assert!(over.is_empty(), "4× the input took over {MAX_RATIO}× the instructions: {over:#?}");
}

#[test]
fn shapes_that_once_stalled_annotate_correctly() {
    // Each once cost quadratic time (see the module docs of `shapes`); small sizes here check
    // what they give, the release test above checks their cost.
    let dots = checked(&".".repeat(5_000));
    assert_eq!(dots.sentences.len(), 1);
    for unit in ["!", "?", "'", "\"", "\" ", "‘", ":\"", "🇹🇷", "according to "] {
        let doc = checked(&unit.repeat(2_000));
        assert!(doc.entities.is_empty(), "{unit}: {:?}", doc.entities.first());
    }
    // A run of flags stays whole flags (regional indicators pair up from the run's start).
    let flags = "🇹🇷🇺🇸🇫🇷".repeat(100);
    let doc = annotate(&flags, &Options { tokens: true, ..Options::default() });
    let tokens = doc.tokens.unwrap_or_default();
    assert_eq!(tokens.len(), 300);
    assert!(tokens.iter().all(|t| t.end - t.start == 8));
}

#[test]
#[ignore = "heavy: run in release by scripts/test.sh"]
fn ten_and_fifty_megabytes() {
    for megabytes in [10, 50] {
        let text = news(megabytes * 1_000_000);
        let started = Instant::now();
        let doc = annotate(&text, &Options::default());
        eprintln!(
            "{megabytes} MB: {} entities, {} quotes in {:.1} s",
            doc.entities.len(),
            doc.quotes.len(),
            started.elapsed().as_secs_f64()
        );
        assert!(doc.entities.len() > megabytes * 10_000);
    }
}

#[test]
fn invalid_utf8_is_a_clear_cli_error() {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_article-annotator"))
        .args(["annotate", "-"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .and_then(|mut child| {
            use std::io::Write;
            child.stdin.take().unwrap().write_all(b"Ankara \xff\xfe said")?;
            child.wait_with_output()
        })
        .unwrap();
    assert!(!output.status.success());
    let message = String::from_utf8_lossy(&output.stderr);
    assert!(message.contains("UTF-8") && message.contains('7'), "{message}");
}
