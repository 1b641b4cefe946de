//! The README's "At scale" rehearsal, run as written: the input split into parts, one mapper a
//! part in parallel, the gathered lines equal to one run over the whole input.
#![cfg(not(target_arch = "wasm32"))]

use std::process::Command;

/// The shell block of the README that starts with `# at-scale rehearsal`.
fn rehearsal() -> String {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let start = readme.find("# at-scale rehearsal\n").expect("the README has the rehearsal block");
    let block = &readme[start..];
    block[..block.find("```").expect("the block ends")].to_string()
}

#[test]
fn split_parallel_and_gather_equals_one_run() {
    let dir = std::env::temp_dir().join(format!("at-scale-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let places = ["Lisbon", "Porto", "Ankara", "Nairobi", "Quito"];
    let input: String = (0..450)
        .map(|i| {
            format!(
                "{{\"text\": \"Ana Diaz, {} years old, told reporters in {} on Friday that talks would go on.\", \"date\": \"2024-12-{:02}\"}}\n",
                20 + i % 50,
                places[i % places.len()],
                1 + i % 28
            )
        })
        .collect();
    std::fs::write(dir.join("articles.jsonl"), input).unwrap();
    let output = Command::new("bash")
        .args(["-euo", "pipefail", "-c", &rehearsal()])
        .current_dir(&dir)
        .env("ANNOTATOR", env!("CARGO_BIN_EXE_article-annotator"))
        .output()
        .expect("bash runs");
    assert!(output.status.success(), "the rehearsal failed: {}", String::from_utf8_lossy(&output.stderr));
    let gathered = std::fs::read_to_string(dir.join("split.sorted")).unwrap();
    assert_eq!(gathered.lines().count(), 450);
    assert_eq!(
        std::fs::read_dir(&dir)
            .unwrap()
            .filter(|e| e.as_ref().unwrap().file_name().to_string_lossy().ends_with(".out"))
            .count(),
        5
    );
    std::fs::remove_dir_all(&dir).unwrap();
}
