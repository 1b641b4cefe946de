//! Fuzzes the brat standoff reader used by `eval-quotes`: any text reads without panicking,
//! and every span runs forwards.
#![no_main]

use article_annotator::eval::polnear::read_attributions;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|ann: &str| {
    for attribution in read_attributions(ann) {
        assert!(attribution.content.0 <= attribution.content.1);
    }
});
