//! Golden tests of whole articles: for each `tests/articles/NAME.txt` the parsed structure,
//! meta data, sentences, entities, clusters, pronouns and quotes must equal `tests/golden/NAME.json`. Run with
//! `UPDATE_GOLDEN=1` to rewrite the golden files after an intended change, then review the diff.
//! The sample article from `../shared` is checked too (skipped when `../shared` is absent).
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

use article_annotator::{annotate, BlockKind, Document, Label, OffsetUnit, Options};
use serde_json::{json, Value};

fn summary(doc: &Document) -> Value {
    let text = &doc.text;
    let slice = |start: usize, end: usize| text.chars().skip(start).take(end - start).collect::<String>();
    json!({
        "meta": doc.meta,
        "blocks": doc.blocks.iter().map(|b| json!([b.kind, slice(b.start, b.end).chars().take(50).collect::<String>()])).collect::<Vec<_>>(),
        "sentences": doc.sentences.iter().map(|s| slice(s.start, s.end)).collect::<Vec<_>>(),
        "entities": doc
            .entities
            .iter()
            .map(|e| match &e.value {
                Some(value) => format!("{} {} = {value}", e.label.as_str(), e.text),
                None => format!("{} {}", e.label.as_str(), e.text),
            })
            .collect::<Vec<_>>(),
        "clusters": doc
            .clusters
            .iter()
            .filter(|c| c.mentions.len() > 1)
            .map(|c| format!("{} {} ×{}", c.label.as_str(), c.name, c.mentions.len()))
            .collect::<Vec<_>>(),
        "pronouns": doc
            .pronouns
            .iter()
            .map(|p| {
                let person = p.cluster.map_or("unresolved", |c| doc.clusters[c].name.as_str());
                format!("{} → {person}", slice(p.start, p.end))
            })
            .collect::<Vec<_>>(),
        "quotes": doc
            .quotes
            .iter()
            .map(|q| {
                let speaker = q.speaker.map_or("unknown", |s| doc.clusters[s].name.as_str());
                let cue = q.cue.map_or(String::new(), |c| slice(c.start, c.end));
                let content: String = slice(q.start, q.end).chars().take(40).collect();
                format!("{:?} {speaker} [{cue}] {content}", q.kind)
            })
            .collect::<Vec<_>>(),
    })
}

fn annotated(text: &str) -> Document {
    let mut doc = annotate(text, &Options::default());
    doc.convert_offsets(OffsetUnit::Codepoint);
    doc
}

#[test]
fn golden_articles() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let mut names: Vec<_> =
        std::fs::read_dir(dir.join("articles")).unwrap().map(|e| e.unwrap().path()).collect();
    names.sort();
    assert!(names.len() >= 10, "at least ten article shapes");
    let mut mismatches = Vec::new();
    for path in names {
        let text = std::fs::read_to_string(&path).unwrap();
        let actual = summary(&annotated(&text));
        let golden = dir.join("golden").join(path.file_stem().unwrap()).with_extension("json");
        if update {
            std::fs::write(&golden, serde_json::to_string_pretty(&actual).unwrap() + "\n").unwrap();
            continue;
        }
        let expected: Value = serde_json::from_str(&std::fs::read_to_string(&golden).unwrap_or_default())
            .unwrap_or(Value::Null);
        if actual != expected {
            mismatches.push(format!(
                "{}:\n{}",
                path.display(),
                serde_json::to_string_pretty(&actual).unwrap()
            ));
        }
    }
    assert!(
        mismatches.is_empty(),
        "output differs from the golden files (UPDATE_GOLDEN=1 rewrites them):\n{}",
        mismatches.join("\n")
    );
}

fn kinds(doc: &Document) -> Vec<BlockKind> {
    doc.blocks.iter().map(|b| b.kind).collect()
}

/// Meta data with the dateline's offsets zeroed (they move with the line ends).
fn without_dateline_offsets(doc: &Document) -> article_annotator::Meta {
    let mut meta = doc.meta.clone();
    if let Some(dateline) = &mut meta.dateline {
        (dateline.start, dateline.end) = (0, 0);
    }
    meta
}

#[test]
fn line_ends_do_not_change_the_structure() {
    let text =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/articles/wire-story.txt"))
            .unwrap();
    let lf = annotated(&text);
    for ending in ["\r\n", "\r"] {
        let other = annotated(&text.replace('\n', ending));
        assert_eq!(kinds(&other), kinds(&lf), "{ending:?}");
        assert_eq!(without_dateline_offsets(&other), without_dateline_offsets(&lf), "{ending:?}");
        let labels = |d: &Document| d.entities.iter().map(|e| (e.label, e.text.clone())).collect::<Vec<_>>();
        assert_eq!(labels(&other), labels(&lf), "{ending:?}");
    }
}

#[test]
fn sample_article_from_shared() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/samples/seed-article.txt");
    let Ok(text) = std::fs::read_to_string(&path) else {
        eprintln!("skipped: {} is absent (the sample article lives in ../shared)", path.display());
        return;
    };
    let doc = annotated(&text);
    let count = |kind| doc.blocks.iter().filter(|b| b.kind == kind).count();
    assert_eq!(count(BlockKind::Header), 1);
    assert_eq!(count(BlockKind::Paragraph), 9);
    assert_eq!(count(BlockKind::Boilerplate), 1);
    assert_eq!(doc.blocks.last().map(|b| b.kind), Some(BlockKind::Boilerplate));
    assert_eq!(doc.meta.date.as_deref(), Some("2024-12-13"));
    assert_eq!(doc.meta.source.as_deref(), Some("MENAFN"));
    assert_eq!(doc.meta.publisher.as_deref(), Some("Khaama Press"));
    let chars: Vec<char> = text.chars().collect();
    for entity in &doc.entities {
        let covered: String = chars[entity.start..entity.end].iter().collect();
        assert_eq!(covered, &*entity.text);
        // The name spelt with a combining breve is never split.
        assert!(chars.get(entity.end).is_none_or(|c| *c != '\u{306}'), "{}", entity.text);
    }
    let boilerplate = doc.blocks.last().unwrap();
    assert!(doc.entities.iter().all(|e| e.end <= boilerplate.start), "no entities inside boilerplate");
    assert!(doc.entities.iter().any(|e| e.label == Label::Loc && &*e.text == "Ankara"));
}
