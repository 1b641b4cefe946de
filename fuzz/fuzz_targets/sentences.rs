//! Fuzzes tokens and sentences: tokens are sorted, non-empty and never white space alone;
//! sentences come in order inside the text.
#![no_main]

use article_annotator::sentences::split_sentences;
use article_annotator::tokenize::tokenize;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let tokens = tokenize(text, 0..text.len());
    let mut at = 0;
    for token in &tokens {
        assert!(at <= token.start && token.start < token.end && token.end <= text.len());
        // A token may begin with a space only when a combining mark rides on it (the grapheme
        // cluster stays whole); it is never white space alone.
        assert!(text[token.start..token.end].chars().any(|c| !c.is_whitespace()));
        at = token.end;
    }
    let sentences = split_sentences(text, &tokens);
    let mut at = 0;
    for sentence in &sentences {
        assert!(at <= sentence.start && sentence.start <= sentence.end && sentence.end <= text.len());
        at = sentence.end;
    }
});
