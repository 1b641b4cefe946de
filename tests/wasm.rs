//! The JavaScript boundary, run under wasm-bindgen-test in Node and (with
//! `WASM_BINDGEN_USE_BROWSER=1`) in headless Chromium: offsets come out as UTF-16 code units
//! that select exactly each entity's text, whatever the script; errors are readable.
#![cfg(target_arch = "wasm32")]

use article_annotator::bindings::{annotate, Annotator};
use article_annotator::Document;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::wasm_bindgen_test;

fn utf16_slice(text: &str, start: usize, end: usize) -> String {
    let units: Vec<u16> = text.encode_utf16().collect();
    String::from_utf16(&units[start..end]).expect("offsets split a surrogate pair")
}

fn js_object(value: &serde_json::Value) -> JsValue {
    use serde::Serialize;
    value.serialize(&serde_wasm_bindgen::Serializer::json_compatible()).unwrap()
}

fn message(error: wasm_bindgen::JsError) -> String {
    js_sys::Error::from(JsValue::from(error)).message().into()
}

fn to_document(value: JsValue) -> Document {
    serde_wasm_bindgen::from_value(value).expect("annotate returns a Document")
}

const SCRIPTS: &[&str] = &[
    "🇹🇷 President Recep Tayyip Erdog\u{306}an met Antony Blinken in Ankara on Thursday.",
    "👩‍👩‍👧 Families in Paris welcomed Emmanuel Macron. 東京 and 大阪 were calm.",
    "In Jerusalem, שלום עליכם, said Benjamin Netanyahu; in Cairo, مرحبا, said Abdel Fattah al-Sisi.",
    "Cafe\u{301} owners in Zu\u{308}rich met Angela Merkel 🎉 at the UN in Geneva.",
];

#[wasm_bindgen_test]
fn utf16_offsets_select_exactly_the_entity_text() {
    for text in SCRIPTS {
        let doc = to_document(annotate(&(*text).into(), JsValue::UNDEFINED).unwrap());
        assert_eq!(doc.offset_unit, article_annotator::OffsetUnit::Utf16);
        assert!(!doc.entities.is_empty(), "no entities in {text}");
        for entity in &doc.entities {
            assert_eq!(utf16_slice(text, entity.start, entity.end), &*entity.text, "{text}");
        }
        for sentence in &doc.sentences {
            utf16_slice(text, sentence.start, sentence.end);
        }
        let last = doc.sentences.last().unwrap();
        assert_eq!(last.end, text.encode_utf16().count(), "the last sentence ends the text");
    }
}

#[wasm_bindgen_test]
fn combining_marks_stay_inside_the_name() {
    let text = "Turkish President Recep Tayyip Erdog\u{306}an spoke.";
    let doc = to_document(annotate(&text.into(), JsValue::UNDEFINED).unwrap());
    let person = doc.entities.iter().find(|e| e.text.contains("Tayyip")).expect("a person");
    assert!(person.text.ends_with("Erdog\u{306}an"), "{}", person.text);
}

#[wasm_bindgen_test]
fn annotator_object_takes_options_and_reports_errors() {
    let options = js_object(&serde_json::json!({ "tokens": true, "date": "2024-12-13" }));
    let annotator = Annotator::new(options).unwrap();
    let doc = to_document(annotator.annotate(&"Talks in Ankara ended.".into()).unwrap());
    assert_eq!(doc.meta.date.as_deref(), Some("2024-12-13"));
    assert_eq!(doc.tokens.map(|t| t.len()), Some(5));

    let bad = js_object(&serde_json::json!({ "date": "yesterday-ish" }));
    let error = Annotator::new(bad).err().expect("a bad date is an error");
    assert!(message(error).contains("is not a date"));
    let unknown = js_object(&serde_json::json!({ "tokenz": true }));
    let error = Annotator::new(unknown).err().expect("an unknown option is an error");
    assert!(message(error).contains("unknown option \"tokenz\""));
}

#[wasm_bindgen_test]
fn empty_and_odd_input_never_fail() {
    for text in ["", "   ", "\u{0}\u{1}", "\u{FFFD}", "\r\r\n\n", "«»“”"] {
        let doc = to_document(annotate(&(*text).into(), JsValue::UNDEFINED).unwrap());
        assert_eq!(doc.text, text);
    }
}

#[wasm_bindgen_test]
fn dates_reach_javascript_in_parts_as_well_as_their_value() {
    let text = "Ana Ruiz met officials in Lisbon on Thursday and the talks will run for two years.";
    let options = js_object(&serde_json::json!({ "date": "2024-12-13" }));
    let json: serde_json::Value =
        serde_wasm_bindgen::from_value(annotate(&text.into(), options).unwrap()).unwrap();
    let entity = |wanted: &str| {
        json["entities"].as_array().unwrap().iter().find(|e| e["text"] == wanted).cloned().unwrap_or_default()
    };
    assert_eq!(entity("Thursday")["value"], "2024-12-12");
    assert_eq!(
        entity("Thursday")["timex"],
        serde_json::json!({ "kind": "period", "year": 2024, "month": 12, "day": 12, "start": "2024-12-12" })
    );
    assert_eq!(
        entity("two years")["timex"],
        serde_json::json!({ "kind": "length", "parts": [{ "amount": 2, "unit": "year" }] })
    );
    // Names carry no parts, and a document with parts reads back as a Document.
    assert!(entity("Lisbon")["timex"].is_null());
    let doc = to_document(annotate(&text.into(), JsValue::UNDEFINED).unwrap());
    assert!(doc.entities.iter().any(|e| &*e.text == "Thursday"));
}

/// The tagger's sums in this build (SIMD128: sixteen tags four at a time) are the sums of the
/// plain loop to the bit — each weight times its row's scale rounded to `f32`, then added in
/// order — over rows with extreme weights and scales, so every build tags alike.
#[wasm_bindgen_test]
fn simd_weight_sums_are_the_scalar_sums_to_the_bit() {
    use article_annotator::ner::model::{SparseWeights, Weights};
    use article_annotator::ner::tags::NUM_TAGS;
    const HASH_BITS: u32 = 22;
    // A fixed pseudo-random sequence (SplitMix64), so the test is the same every run.
    let mut state = 0x1234_5678_9ABC_DEF0u64;
    let mut next = move || {
        state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let z = (state ^ (state >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        let z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    };
    // Features in distinct buckets: a row per feature.
    let mut buckets = std::collections::HashSet::new();
    let features: Vec<u64> =
        (0..400).map(|_| next()).filter(|&f| buckets.insert(SparseWeights::bucket(HASH_BITS, f))).collect();
    let rows: Vec<(u32, u8, [i8; NUM_TAGS])> = features
        .iter()
        .enumerate()
        .map(|(i, &feature)| {
            let mut weights = [0i8; NUM_TAGS];
            for (tag, weight) in weights.iter_mut().enumerate() {
                // Every fifth row at the extremes, the others anywhere in range.
                *weight = if i % 5 == 0 { [i8::MIN, i8::MAX, -1, 1][tag % 4] } else { next() as i8 };
            }
            // Scales from 2^-16 to 2^16: sums whose roundings differ row by row.
            let exponent = (next() % 256) as u8;
            (SparseWeights::bucket(HASH_BITS, feature), exponent, weights)
        })
        .collect();
    let table = SparseWeights::new(HASH_BITS, rows.clone());
    let mut expected = [0.0f32; NUM_TAGS];
    for (_, exponent, weights) in &rows {
        let scale = SparseWeights::scale_of(*exponent);
        for (sum, &weight) in expected.iter_mut().zip(weights) {
            *sum += f32::from(weight) * scale;
        }
    }
    let sums = table.score(&features);
    let bits = |values: &[f32; NUM_TAGS]| values.map(f32::to_bits);
    assert_eq!(bits(&sums), bits(&expected));
}
