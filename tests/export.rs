//! Export and import: every format keeps every annotation and offset, on text with emoji,
//! combining marks and CJK, and our JSON reads back to the same document.
#![cfg(not(target_arch = "wasm32"))]

use article_annotator::export::{export, import_json, Format};
use article_annotator::{annotate, Document, Edit, OffsetUnit, Options, Origin};

const TEXT: &str = "date 2024-12-13 (WIRE- Example)\n\n\
    👩‍👩‍👧 Turkish President Recep Tayyip Erdog\u{306}an met Antony Blinken in Ankara on Thursday, \
    December 12, in 東京 style. \"We stay,\" he said, pledging $1.2 billion, up 12.5%.\n";

fn document() -> Document {
    annotate(TEXT, &Options { tokens: true, ..Options::default() })
}

/// The entities as (label, start, end, text) in code points.
fn expected(doc: &Document) -> Vec<(String, usize, usize, String)> {
    let mut doc = doc.clone();
    doc.convert_offsets(OffsetUnit::Codepoint);
    doc.entities.iter().map(|e| (e.label.as_str().to_string(), e.start, e.end, e.text.to_string())).collect()
}

fn chars(start: usize, end: usize) -> String {
    TEXT.chars().skip(start).take(end - start).collect()
}

#[test]
fn json_round_trips_exactly() {
    let doc = document();
    assert!(doc.entities.len() >= 7, "{:?}", doc.entities);
    let imported = import_json(&export(&doc, Format::Json)).unwrap();
    assert_eq!(imported, doc);
}

#[test]
fn spacy_brat_web_annotation_and_csv_keep_every_span() {
    let doc = document();
    let want = expected(&doc);
    for (_, start, end, text) in &want {
        assert_eq!(&chars(*start, *end), text);
    }

    let spacy: serde_json::Value = serde_json::from_str(&export(&doc, Format::Spacy)).unwrap();
    assert_eq!(spacy["text"], TEXT);
    let spans: Vec<(String, usize, usize, String)> = spacy["spans"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            let (start, end) = (s["start"].as_u64().unwrap() as usize, s["end"].as_u64().unwrap() as usize);
            (s["label"].as_str().unwrap().to_string(), start, end, chars(start, end))
        })
        .collect();
    assert_eq!(spans, want);

    let brat: Vec<(String, usize, usize, String)> = export(&doc, Format::Brat)
        .lines()
        .map(|line| {
            let fields: Vec<&str> = line.split('\t').collect();
            let parts: Vec<&str> = fields[1].split(' ').collect();
            (
                parts[0].to_string(),
                parts[1].parse().unwrap(),
                parts[2].parse().unwrap(),
                fields[2].to_string(),
            )
        })
        .collect();
    assert_eq!(brat, want);

    let web: serde_json::Value = serde_json::from_str(&export(&doc, Format::WebAnnotation)).unwrap();
    let items = web["first"]["items"].as_array().unwrap();
    assert_eq!(items.len(), want.len());
    for (item, (label, start, end, text)) in items.iter().zip(&want) {
        assert_eq!(item["body"][0]["value"], label.as_str());
        let selectors = item["target"]["selector"].as_array().unwrap();
        assert_eq!(
            (selectors[0]["start"].as_u64(), selectors[0]["end"].as_u64()),
            (Some(*start as u64), Some(*end as u64))
        );
        assert_eq!(selectors[1]["exact"], text.as_str());
        let prefix = selectors[1]["prefix"].as_str().unwrap();
        assert!(TEXT.contains(&format!("{prefix}{text}")));
    }

    let csv = export(&doc, Format::Csv);
    assert_eq!(csv.lines().count(), want.len() + 1);
    assert!(csv.contains("MONEY,$1.2 billion,"));
}

#[test]
fn conll_marks_each_entity_with_iob2() {
    let doc = document();
    let conll = export(&doc, Format::Conll);
    let beginnings =
        conll.lines().filter(|l| l.split(' ').nth(1).is_some_and(|t| t.starts_with("B-"))).count();
    assert_eq!(beginnings, doc.entities.len());
    assert!(conll.contains("Recep B-PER\nTayyip I-PER\nErdog\u{306}an I-PER\n"));
    assert!(conll.lines().all(|l| l.is_empty() || l.split(' ').count() == 2));
}

#[test]
fn imports_refuse_what_does_not_fit() {
    assert!(import_json("{}").unwrap_err().contains("not an article-annotator document"));
    let mut doc = document();
    doc.convert_offsets(OffsetUnit::Codepoint);
    doc.entities[0].end = 10_000;
    let error = import_json(&serde_json::to_string(&doc).unwrap()).unwrap_err();
    assert!(error.contains("does not fit"), "{error}");
    // A document exported from the JS API (UTF-16 offsets) reads back too.
    let mut utf16 = document();
    utf16.convert_offsets(OffsetUnit::Utf16);
    assert_eq!(import_json(&serde_json::to_string(&utf16).unwrap()).unwrap(), document());
}

#[test]
fn conll_tokenizes_a_document_without_tokens() {
    let doc = annotate(TEXT, &Options::default());
    assert!(doc.tokens.is_none());
    assert_eq!(export(&doc, Format::Conll), export(&document(), Format::Conll));
}

#[test]
fn import_refuses_spans_and_ids_that_do_not_fit() {
    let doc = annotate("Blinken met Erdoğan in Ankara. \"We stay,\" he said.", &Options::default());
    let good = serde_json::to_value(&doc).unwrap();
    assert!(import_json(&good.to_string()).is_ok());
    for path in [
        "/blocks/0/end",
        "/sentences/0/end",
        "/entities/0/start",
        "/quotes/0/cue/end",
        "/quotes/0/speaker_mention/start",
        "/clusters/0/mentions/0",
        "/quotes/0/speaker",
        "/entities/0/cluster",
    ] {
        let mut broken = good.clone();
        *broken.pointer_mut(path).unwrap_or_else(|| panic!("{path}")) = serde_json::json!(9999);
        let error = import_json(&broken.to_string()).expect_err(path);
        assert!(error.contains("9999"), "{path}: {error}");
    }
}

#[test]
fn every_format_that_can_tells_a_persons_annotations_from_the_models() {
    let mut doc = document();
    let human = doc.entities.iter().position(|e| &*e.text == "Ankara").unwrap();
    doc.entities[human].edit = Some(Edit::human(Some("2026-12-03T10:00:00Z".to_string())));
    let model = doc.entities.iter().position(|e| &*e.text == "Antony Blinken").unwrap();

    // Our JSON keeps both, and reads back the same.
    let imported = import_json(&export(&doc, Format::Json)).unwrap();
    assert_eq!(imported.entities[human].origin(), Origin::Human);
    assert_eq!(imported.entities[human].edited_at(), Some("2026-12-03T10:00:00Z"));
    assert_eq!(imported.entities[model].origin(), Origin::Model);

    // W3C Web Annotation: a Person created it (and when); the software generated the rest.
    let web: serde_json::Value = serde_json::from_str(&export(&doc, Format::WebAnnotation)).unwrap();
    let items = web["first"]["items"].as_array().unwrap();
    assert_eq!(items[human]["creator"]["type"], "Person");
    assert_eq!(items[human]["created"], "2026-12-03T10:00:00Z");
    assert!(items[human].get("generator").is_none());
    assert_eq!(items[model]["generator"]["type"], "Software");

    // spaCy JSONL: the person's span says so.
    let spacy: serde_json::Value = serde_json::from_str(&export(&doc, Format::Spacy)).unwrap();
    assert_eq!(spacy["spans"][human]["origin"], "human");
    assert!(spacy["spans"][model].get("origin").is_none());

    // CSV: a column.
    let csv = export(&doc, Format::Csv);
    assert!(csv.starts_with("label,text,start,end,value,cluster,score,origin,edited_at\n"));
    assert!(csv.contains(",human,2026-12-03T10:00:00Z\n"), "{csv}");
    assert!(csv.lines().filter(|line| line.contains(",model,")).count() == doc.entities.len() - 1);

    // brat: an annotator's note on the person's annotation.
    let brat = export(&doc, Format::Brat);
    assert!(
        brat.contains(&format!("#1\tAnnotatorNotes T{}\thuman 2026-12-03T10:00:00Z\n", human + 1)),
        "{brat}"
    );
}

#[test]
fn conll_keeps_the_entities_of_headers_bylines_and_datelines() {
    let text = "2024-12-13 (WIRE- Harbour Times)\n\nBy Ines Lund\n\nOSLO, Dec 12 (Harbour Times) - Ines Lund met Jonas Berg in Bergen.";
    let doc = annotate(text, &Options::default());
    let conll = export(&doc, Format::Conll);
    let beginnings =
        conll.lines().filter(|l| l.split(' ').nth(1).is_some_and(|t| t.starts_with("B-"))).count();
    assert_eq!(beginnings, doc.entities.len(), "{conll}");
    assert!(
        doc.entities.iter().any(|e| e.start < doc.sentences[0].start),
        "an entity before the first sentence"
    );
    assert!(!conll.contains("\n\n\n") && !conll.starts_with('\n'), "no empty sentences: {conll}");
}
