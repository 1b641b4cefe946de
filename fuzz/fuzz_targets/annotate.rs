//! Fuzzes the whole pipeline: any bytes that are UTF-8 annotate without panicking, with every
//! span inside the text on character boundaries, and twice to the same result.
#![no_main]

use article_annotator::{annotate, Options};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let options = Options { tokens: true, date: Some("2024-12-13".into()), ..Options::default() };
    let doc = annotate(text, &options);
    let spans = doc
        .entities
        .iter()
        .map(|e| (e.start, e.end))
        .chain(doc.quotes.iter().map(|q| (q.start, q.end)))
        .chain(doc.sentences.iter().map(|s| (s.start, s.end)))
        .chain(doc.tokens.iter().flatten().map(|t| (t.start, t.end)));
    for (start, end) in spans {
        assert!(start <= end && end <= text.len() && text.is_char_boundary(start) && text.is_char_boundary(end));
    }
    assert_eq!(doc, annotate(text, &options));
});
