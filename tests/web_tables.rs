//! The web front end's tables never drift from the Rust ones: `www/labels.js` is what
//! `article-annotator web-tables` generates, the boundary's TypeScript types spell the same
//! labels and formats, and no other web file keeps a table of labels, a label's colour or a
//! format's file name.

#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::Path;

use article_annotator::web_tables::{format_type, label_type, labels_module, LABELS_MODULE_PATH};
use article_annotator::Label;

fn read(path: &str) -> String {
    fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).unwrap()
}

#[test]
fn the_generated_module_is_current() {
    assert!(
        read(LABELS_MODULE_PATH) == labels_module(),
        "{LABELS_MODULE_PATH} is out of date: run `cargo run -- web-tables`"
    );
}

#[test]
fn the_typescript_types_spell_the_tables() {
    let bindings = read("src/bindings.rs");
    assert!(bindings.contains(&label_type()), "src/bindings.rs: expected `{}`", label_type());
    assert!(bindings.contains(&format_type()), "src/bindings.rs: expected `{}`", format_type());
}

#[test]
fn no_other_web_file_defines_a_label_colour_or_table() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = vec![root.join("index.html")];
    for entry in fs::read_dir(root.join("www")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "js" || e == "css" || e == "html") {
            files.push(path);
        }
    }
    for path in files.iter().filter(|p| !p.ends_with("labels.js")) {
        let text = fs::read_to_string(path).unwrap();
        for label in Label::ALL {
            let style = label.style();
            for colour in style.light.iter().chain(&style.dark) {
                assert!(
                    !text.contains(colour),
                    "{} repeats the colour {colour} of {label:?}",
                    path.display()
                );
            }
            // A table keyed by label ("PER: 'Person'", "PER: ['#…', …]").
            let keyed = format!("{}:", label.as_str());
            assert!(
                !text.lines().any(|line| line.trim_start().starts_with(&keyed)),
                "{} has its own table entry for {label:?}",
                path.display()
            );
        }
        assert!(!text.contains("article.jsonld"), "{} repeats an export file name", path.display());
    }
}
