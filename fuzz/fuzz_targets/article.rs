//! Fuzzes the article parser: blocks lie inside the text, in order, on character boundaries.
#![no_main]

use article_annotator::article::parse_article;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let article = parse_article(text);
    let mut at = 0;
    for block in &article.blocks {
        assert!(at <= block.start && block.start <= block.end && block.end <= text.len());
        assert!(text.is_char_boundary(block.start) && text.is_char_boundary(block.end));
        at = block.end;
    }
    if let Some(dateline) = &article.meta.dateline {
        assert!(dateline.start <= dateline.end && text.get(dateline.start..dateline.end).is_some());
    }
});
