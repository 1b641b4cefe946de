//! Fuzzes the import of our JSON (the page's "Import JSON" and `importDocument`): any text is
//! read or refused without panicking, and a document it accepts converts to UTF-16 offsets and
//! exports in every format.
#![no_main]

use article_annotator::export::{export, import_json, Format};
use article_annotator::OffsetUnit;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|json: &str| {
    if let Ok(doc) = import_json(json) {
        for format in [Format::Json, Format::WebAnnotation, Format::Brat, Format::Conll, Format::Spacy, Format::Csv] {
            export(&doc, format);
        }
        let mut utf16 = doc;
        utf16.convert_offsets(OffsetUnit::Utf16);
    }
});
