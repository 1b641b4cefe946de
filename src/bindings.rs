//! The JavaScript API (WebAssembly only): the one module that knows about JS.
//!
//! An [`Annotator`] is built once from options; `annotate(text)` returns a plain JS object
//! (the [`crate::Document`], serialised by serde-wasm-bindgen) whose offsets are UTF-16 code
//! units, so `text.slice(e.start, e.end)` and DOM `Range`s work directly. Errors are JS `Error`s
//! with a readable message.

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::offsets::OffsetUnit;
use crate::Options;

#[wasm_bindgen(typescript_custom_section)]
const TYPESCRIPT: &'static str = r#"
/** Options for `annotate` and `new Annotator(options)`. */
export interface AnnotateOptions {
    /** The article's date (YYYY-MM-DD), used when the text states none. */
    date?: string;
    /** Today's date (YYYY-MM-DD), the last resort for relative dates; defaults to the browser's local date. */
    today?: string;
    /** The date relative dates count from (YYYY-MM-DD), whatever the header or dateline say: a person's choice. */
    reference_date?: string;
    /** Include every token in `tokens`. */
    tokens?: boolean;
}

/** Offsets are UTF-16 code units into `text`, half-open. */
export interface Span { start: number; end: number; }

export type Label = "PER" | "ORG" | "LOC" | "NORP" | "MISC" | "DATE" | "TIME" | "DURATION" | "SET" | "MONEY" | "PERCENT" | "QUANTITY";
export type ExportFormat = "json" | "webanno" | "brat" | "conll" | "spacy" | "csv";
export type BlockKind = "header" | "title" | "byline" | "paragraph" | "boilerplate";
export type TokenKind = "word" | "abbreviation" | "number" | "punct" | "symbol" | "url" | "email" | "handle" | "hashtag";

export interface Dateline extends Span { place: string; date?: string; source?: string; }
/** The date relative dates are resolved against, and where it comes from. */
export interface ReferenceDate { date: string; source: "chosen" | "header" | "dateline" | "option" | "today"; }
export interface Meta {
    date?: string; source?: string; publisher?: string; title?: string; byline?: string; dateline?: Dateline;
    reference_date?: ReferenceDate;
}
export interface Block extends Span { kind: BlockKind; }
export interface Sentence extends Span { block: number; }
export interface Token extends Span { kind: TokenKind; }
export interface Entity extends Span {
    label: Label; text: string; value?: string; cluster?: number; score: number;
    /** Who made it: the model (the default, left out) or a person, and when (ISO 8601). */
    origin?: Origin; edited_at?: string;
    /** The parts of a date's, time's, duration's or set's TIMEX3 `value`. */
    timex?: TimexParts;
}
/** A TIMEX3 value in parts: a period of the calendar, a length of time, or a vague reference. */
export type TimexParts =
    | { kind: "period"; year?: number; decade?: number; century?: number; month?: number; day?: number;
        week?: number; weekday?: number; weekend?: true; quarter?: number; half?: number;
        season?: "spring" | "summer" | "autumn" | "winter";
        part_of_day?: "morning" | "afternoon" | "evening" | "night" | "day"; time?: string;
        /** The period's first day (YYYY-MM-DD), where the value fixes one. */
        start?: string; }
    | { kind: "length"; parts: { amount?: number; unit: string }[] }
    | { kind: "reference"; reference: "past" | "present" | "future" };
export interface Cluster {
    id: number; name: string; label: Label; mentions: number[]; salience: number; related?: number[];
}
export interface Quote extends Span {
    kind: "direct" | "reported" | "position"; cue: Span | null; speaker: number | null; speaker_mention: Span | null;
    origin?: Origin; edited_at?: string;
}
export type Origin = "model" | "human";
/** A "he", "she", "him", "his" or "her" and the cluster of the person it stands for. */
export interface PronounLink extends Span { cluster: number | null; }

/** An annotated article. */
export interface Document {
    schema_version: number;
    offset_unit: "utf16";
    text: string;
    meta: Meta;
    blocks: Block[];
    sentences: Sentence[];
    tokens?: Token[];
    entities: Entity[];
    clusters: Cluster[];
    quotes: Quote[];
    pronouns: PronounLink[];
}
"#;

/// Installs the panic hook so that a bug shows a Rust message in the console.
#[wasm_bindgen(start)]
pub fn start() {
    console_error_panic_hook::set_once();
}

fn into_error<E: std::fmt::Display>(error: E) -> JsError {
    JsError::new(&error.to_string())
}

#[wasm_bindgen]
extern "C" {
    /// The platform's UTF-8 encoder.
    type TextEncoder;
    #[wasm_bindgen(constructor)]
    fn new() -> TextEncoder;
    #[wasm_bindgen(method)]
    fn encode(this: &TextEncoder, input: &js_sys::JsString) -> js_sys::Uint8Array;
}

/// A JS string as a Rust string of exactly its UTF-8 size (lone surrogates become U+FFFD, as
/// in any string wasm-bindgen passes). A `&str` parameter would reserve three bytes per UTF-16
/// unit while encoding: 30 MB of WebAssembly memory, never given back, for a 10 MB article.
fn owned_text(text: &js_sys::JsString) -> String {
    let bytes = TextEncoder::new().encode(text).to_vec();
    String::from_utf8(bytes).unwrap_or_else(|error| String::from_utf8_lossy(error.as_bytes()).into_owned())
}

/// The option names `AnnotateOptions` declares.
const OPTION_NAMES: [&str; 4] = ["date", "today", "reference_date", "tokens"];

/// The browser's local date as `YYYY-MM-DD`.
fn local_today() -> String {
    let now = js_sys::Date::new_0();
    format!("{:04}-{:02}-{:02}", now.get_full_year(), now.get_month() + 1, now.get_date())
}

fn parse_options(options: JsValue) -> Result<Options, JsError> {
    if options.is_undefined() || options.is_null() {
        return Ok(Options { today: Some(local_today()), ..Options::default() });
    }
    if !options.is_object() {
        return Err(into_error("invalid options: expected an object such as { date: \"2024-12-13\" }"));
    }
    // serde-wasm-bindgen reads only the fields it knows; a misspelt option must not pass silently.
    for key in js_sys::Object::keys(&js_sys::Object::from(options.clone())).iter() {
        let key = key.as_string().unwrap_or_default();
        if !OPTION_NAMES.contains(&key.as_str()) {
            return Err(into_error(format!(
                "invalid options: unknown option {key:?} (expected one of {OPTION_NAMES:?})"
            )));
        }
    }
    let mut options: Options =
        serde_wasm_bindgen::from_value(options).map_err(|e| into_error(format!("invalid options: {e}")))?;
    options.today.get_or_insert_with(local_today);
    options.validate().map_err(|e| into_error(format!("invalid options: {e}")))?;
    Ok(options)
}

/// An annotator holding the loaded model; build it once, annotate many texts.
#[wasm_bindgen]
pub struct Annotator {
    inner: crate::Annotator,
    options: Options,
}

#[wasm_bindgen]
impl Annotator {
    /// Loads the model; `options` is an `AnnotateOptions` object or undefined.
    #[wasm_bindgen(constructor)]
    pub fn new(
        #[wasm_bindgen(unchecked_param_type = "AnnotateOptions | undefined")] options: JsValue,
    ) -> Result<Annotator, JsError> {
        Ok(Annotator { inner: crate::Annotator::new(), options: parse_options(options)? })
    }

    /// Annotates one article; offsets in the result are UTF-16 code units.
    #[wasm_bindgen(unchecked_return_type = "Document")]
    pub fn annotate(&self, text: &js_sys::JsString) -> Result<JsValue, JsError> {
        to_js(self.inner.annotate_string(owned_text(text), &self.options))
    }

    /// For the benchmark page: tokens per second of the entity tagger alone over `runs` passes
    /// of `text` (tokenized and split into sentences beforehand, as `bench` does natively).
    #[wasm_bindgen(js_name = benchmarkTagger)]
    pub fn benchmark_tagger(&self, text: &str, runs: u32) -> f64 {
        let options = Options { tokens: true, ..self.options.clone() };
        let doc = self.inner.annotate(text, &options);
        let words = crate::pipeline::sentence_words(text, &doc);
        let token_count: usize = words.iter().map(Vec::len).sum();
        let started = js_sys::Date::now();
        for _ in 0..runs.max(1) {
            std::hint::black_box(self.inner.model().tag_document(&crate::ner::WordLists(&words)));
        }
        let seconds = (js_sys::Date::now() - started) / 1000.0;
        token_count as f64 * f64::from(runs.max(1)) / seconds.max(1e-9)
    }
}

fn to_js(mut document: crate::Document) -> Result<JsValue, JsError> {
    document.convert_offsets(OffsetUnit::Utf16);
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    let value = document.serialize(&serializer).map_err(into_error)?;
    // TIMEX values reach JavaScript in parts as well (`timex`), so nothing there parses them.
    let entities =
        js_sys::Array::from(&js_sys::Reflect::get(&value, &JsValue::from_str("entities")).map_err(js_error)?);
    for (index, entity) in document.entities.iter().enumerate() {
        if !crate::Label::TEMPORAL.contains(&entity.label) {
            continue;
        }
        let Some(parts) = entity.value.as_deref().and_then(crate::timex::parts::parts) else { continue };
        let parts = parts.serialize(&serializer).map_err(into_error)?;
        js_sys::Reflect::set(&entities.get(index as u32), &JsValue::from_str("timex"), &parts)
            .map_err(js_error)?;
    }
    Ok(value)
}

/// A JavaScript exception as an error of ours.
fn js_error(error: JsValue) -> JsError {
    JsError::new(&error.as_string().unwrap_or_else(|| "a JavaScript error".to_string()))
}

/// Annotates one article with a shared annotator (the model is loaded on first use).
#[wasm_bindgen(js_name = annotate, unchecked_return_type = "Document")]
pub fn annotate(
    text: &js_sys::JsString,
    #[wasm_bindgen(unchecked_param_type = "AnnotateOptions | undefined")] options: JsValue,
) -> Result<JsValue, JsError> {
    to_js(crate::Annotator::shared().annotate_string(owned_text(text), &parse_options(options)?))
}

/// An annotated document in another format: "json", "webanno", "brat", "conll", "spacy" or
/// "csv" (offsets in code points, as those tools count).
#[wasm_bindgen(js_name = exportDocument)]
pub fn export_document(
    #[wasm_bindgen(unchecked_param_type = "Document")] document: JsValue,
    #[wasm_bindgen(unchecked_param_type = "ExportFormat")] format: &str,
) -> Result<String, JsError> {
    use crate::export::{export, Format};
    let format = Format::parse(format).ok_or_else(|| {
        let names: Vec<&str> = Format::ALL.iter().map(|f| f.name()).collect();
        into_error(format!("unknown export format {format:?} (expected {})", names.join(", ")))
    })?;
    let document: crate::Document =
        serde_wasm_bindgen::from_value(document).map_err(|e| into_error(format!("not a document: {e}")))?;
    Ok(export(&document, format))
}

/// Reads a document exported as JSON (by this page, the CLI or `exportDocument`); offsets in
/// the result are UTF-16 code units.
#[wasm_bindgen(js_name = importDocument, unchecked_return_type = "Document")]
pub fn import_document(json: &str) -> Result<JsValue, JsError> {
    to_js(crate::export::import_json(json).map_err(into_error)?)
}

/// The library's version.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
