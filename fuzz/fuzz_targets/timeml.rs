//! Fuzzes the TimeML reader: TIMEX3 spans lie inside the text, and what we write reads back.
#![no_main]

use article_annotator::eval::timeml::{read_timeml, write_timeml};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|source: &str| {
    let Ok(document) = read_timeml(source) else { return };
    for timex in &document.timexes {
        assert!(timex.start <= timex.end && document.text.get(timex.start..timex.end).is_some());
    }
    let nested = document.timexes.windows(2).any(|pair| pair[1].start < pair[0].end);
    if !nested {
        let written = write_timeml(&document.text, document.dct.as_deref(), &document.timexes);
        let again = read_timeml(&written).expect("our own TimeML reads back");
        assert_eq!(again.text, document.text);
    }
});
