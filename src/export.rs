//! Exporting an annotated [`Document`] to the formats other tools read — W3C Web Annotation
//! JSON-LD, brat standoff, CoNLL (IOB2), spaCy-style JSONL and CSV — and importing our own JSON
//! back. Every exporter counts offsets in Unicode code points, as Python and these tools do.
//!
//! ```
//! use article_annotator::export::{export, Format};
//! use article_annotator::{annotate, Options};
//! let doc = annotate("🇹🇷 Antony Blinken met officials in Ankara.", &Options { tokens: true, ..Options::default() });
//! let spacy: serde_json::Value = serde_json::from_str(&export(&doc, Format::Spacy)).unwrap();
//! assert_eq!(spacy["spans"][0], serde_json::json!({"start": 3, "end": 17, "label": "PER"}));
//! let conll = export(&doc, Format::Conll);
//! assert!(conll.contains("Antony B-PER\nBlinken I-PER\n"));
//! ```

use serde_json::{json, Value};

use crate::document::Document;
use crate::offsets::OffsetUnit;

/// An export format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Our [`Document`] as pretty JSON.
    Json,
    /// W3C Web Annotation JSON-LD: an annotation collection with one annotation per entity,
    /// each with a TextPositionSelector and a TextQuoteSelector.
    WebAnnotation,
    /// brat standoff `.ann` lines (the `.txt` is the text itself).
    Brat,
    /// CoNLL with IOB2 tags, one token per line, a blank line between sentences (needs the
    /// document's tokens).
    Conll,
    /// One spaCy-style JSON line: `{"text": …, "spans": [{"start", "end", "label"}]}`.
    Spacy,
    /// Entities as CSV: label, text, start, end, value, cluster, score.
    Csv,
}

impl Format {
    /// Every format, in the order the page offers them.
    pub const ALL: [Format; 6] =
        [Format::Json, Format::WebAnnotation, Format::Brat, Format::Conll, Format::Spacy, Format::Csv];

    /// The format's name in the JavaScript API, the page and the CLI (`webanno`).
    pub fn name(self) -> &'static str {
        self.table().0
    }

    /// The format named `name`, if it is one.
    ///
    /// ```
    /// use article_annotator::export::Format;
    /// assert_eq!(Format::parse("webanno"), Some(Format::WebAnnotation));
    /// assert_eq!(Format::parse("xml"), None);
    /// ```
    pub fn parse(name: &str) -> Option<Format> {
        Format::ALL.into_iter().find(|format| format.name() == name)
    }

    /// What a reader is offered: "CoNLL (IOB2)".
    pub fn description(self) -> &'static str {
        self.table().1
    }

    /// The file a download is saved as, and its media type (brat's `.ann`; its `.txt` is the
    /// text).
    pub fn file(self) -> (&'static str, &'static str) {
        let (_, _, file, media_type) = self.table();
        (file, media_type)
    }

    /// Name, description, file name and media type: the one table of formats.
    fn table(self) -> (&'static str, &'static str, &'static str, &'static str) {
        match self {
            Format::Json => ("json", "our JSON", "article.json", "application/json"),
            Format::WebAnnotation => {
                ("webanno", "W3C Web Annotation (JSON-LD)", "article.jsonld", "application/ld+json")
            }
            Format::Brat => ("brat", "brat standoff (.txt + .ann)", "article.ann", "text/plain"),
            Format::Conll => ("conll", "CoNLL (IOB2)", "article.conll", "text/plain"),
            Format::Spacy => ("spacy", "spaCy JSONL", "article.jsonl", "application/jsonl"),
            Format::Csv => ("csv", "CSV of entities", "article.csv", "text/csv"),
        }
    }
}

/// A copy of `doc` with its offsets in code points.
fn in_code_points(doc: &Document) -> Document {
    let mut doc = doc.clone();
    doc.convert_offsets(OffsetUnit::Codepoint);
    doc
}

/// The characters of `text` from `start` to `end` (code points).
fn chars_between(chars: &[char], start: usize, end: usize) -> String {
    chars.get(start.min(end)..end.min(chars.len())).map_or(String::new(), |c| c.iter().collect())
}

/// The stretches of text CoNLL writes as sentences, in text order: every sentence, and whatever
/// else in a block holds words — a header, a byline, a dateline before a paragraph's first
/// sentence — so that no entity is left out.
/// A gap may hold only white space: it then has no tokens and writes nothing.
fn conll_segments(doc: &Document) -> Vec<std::ops::Range<usize>> {
    let mut segments = Vec::new();
    let mut sentences = doc.sentences.iter().peekable();
    let push_gap = |start: usize, end: usize, segments: &mut Vec<std::ops::Range<usize>>| {
        if start < end {
            segments.push(start..end);
        }
    };
    for block in &doc.blocks {
        let mut at = block.start;
        while let Some(sentence) = sentences.next_if(|s| s.start < block.end) {
            push_gap(at, sentence.start, &mut segments);
            segments.push(sentence.start..sentence.end);
            at = sentence.end;
        }
        push_gap(at, block.end, &mut segments);
    }
    segments
}

/// `doc` in `format`. CoNLL tokenizes every stretch of text that holds words
/// (`conll_segments`): sentences, headers, bylines and datelines.
pub fn export(doc: &Document, format: Format) -> String {
    let mut doc = doc.clone();
    if format == Format::Conll {
        doc.convert_offsets(OffsetUnit::Byte);
        let tokens = conll_segments(&doc)
            .into_iter()
            .flat_map(|segment| crate::tokenize::tokenize(&doc.text, segment))
            .collect();
        doc.tokens = Some(tokens);
    }
    let doc = in_code_points(&doc);
    let chars: Vec<char> = doc.text.chars().collect();
    match format {
        Format::Json => serde_json::to_string_pretty(&doc).unwrap_or_default(),
        Format::WebAnnotation => web_annotation(&doc, &chars),
        Format::Brat => brat(&doc),
        Format::Conll => conll(&doc, &chars),
        Format::Spacy => {
            let spans: Vec<Value> = doc
                .entities
                .iter()
                .map(|e| {
                    let mut span = json!({"start": e.start, "end": e.end, "label": e.label.as_str()});
                    // A person's annotation says so; the model's stay as spaCy writes them.
                    if !e.origin().is_model() {
                        span["origin"] = json!(e.origin().as_str());
                        span["edited_at"] = json!(e.edited_at());
                    }
                    span
                })
                .collect();
            format!("{}\n", json!({"text": doc.text, "spans": spans}))
        }
        Format::Csv => {
            let mut out = String::from("label,text,start,end,value,cluster,score,origin,edited_at\n");
            for e in &doc.entities {
                let cluster = e.cluster.map_or(String::new(), |c| c.to_string());
                out.push_str(&format!(
                    "{},{},{},{},{},{},{:.3},{},{}\n",
                    e.label.as_str(),
                    csv_field(&e.text),
                    e.start,
                    e.end,
                    csv_field(e.value.as_deref().unwrap_or("")),
                    cluster,
                    e.score,
                    e.origin().as_str(),
                    csv_field(e.edited_at().unwrap_or(""))
                ));
            }
            out
        }
    }
}

/// A CSV field, quoted when it holds a comma, quote or line break (RFC 4180); a leading
/// `=`, `+`, `-` or `@` is prefixed with `'` so that spreadsheets do not run it as a formula.
fn csv_field(field: &str) -> String {
    let field = if field.starts_with(['=', '+', '-', '@']) { format!("'{field}") } else { field.to_string() };
    if field.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field
    }
}

/// brat standoff: a text-bound annotation per entity, and an `AnnotatorNotes` line for each one
/// a person made ("human", and when).
fn brat(doc: &Document) -> String {
    let mut out = String::new();
    let mut notes = 0;
    for (i, e) in doc.entities.iter().enumerate() {
        let text = e.text.replace(['\n', '\r'], " ");
        out.push_str(&format!("T{}\t{} {} {}\t{text}\n", i + 1, e.label.as_str(), e.start, e.end));
        if !e.origin().is_model() {
            notes += 1;
            let when = e.edited_at().map_or(String::new(), |at| format!(" {at}"));
            out.push_str(&format!("#{notes}\tAnnotatorNotes T{}\t{}{when}\n", i + 1, e.origin().as_str()));
        }
    }
    out
}

/// Who made a Web Annotation: the software for the model's, a person (and when) for the rest.
fn web_annotation_provenance(entity: &crate::document::Entity) -> Value {
    match entity.origin() {
        crate::document::Origin::Model => json!({
            "generator": {"id": "#article-annotator", "type": "Software", "name": format!("article-annotator {}", env!("CARGO_PKG_VERSION"))},
        }),
        crate::document::Origin::Human => {
            let mut who = json!({"creator": {"type": "Person"}});
            if let Some(at) = entity.edited_at() {
                who["created"] = json!(at);
            }
            who
        }
    }
}

fn web_annotation(doc: &Document, chars: &[char]) -> String {
    let items: Vec<Value> = doc
        .entities
        .iter()
        .enumerate()
        .map(|(i, e)| {
            let mut body =
                vec![json!({"type": "TextualBody", "purpose": "tagging", "value": e.label.as_str()})];
            if let Some(value) = &e.value {
                body.push(json!({"type": "TextualBody", "purpose": "describing", "value": value}));
            }
            let mut annotation = json!({
                "id": format!("#entity-{}", i + 1),
                "type": "Annotation",
                "body": body,
                "target": {
                    "source": "#text",
                    "selector": [
                        {"type": "TextPositionSelector", "start": e.start, "end": e.end},
                        {
                            "type": "TextQuoteSelector",
                            "exact": e.text,
                            "prefix": chars_between(chars, e.start.saturating_sub(32), e.start),
                            "suffix": chars_between(chars, e.end, e.end + 32),
                        },
                    ],
                },
            });
            if let (Value::Object(fields), Value::Object(who)) =
                (&mut annotation, web_annotation_provenance(e))
            {
                fields.extend(who);
            }
            annotation
        })
        .collect();
    let collection = json!({
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "type": "AnnotationCollection",
        "id": "#annotations",
        "total": items.len(),
        "first": {"type": "AnnotationPage", "items": items},
    });
    serde_json::to_string_pretty(&collection).unwrap_or_default()
}

fn conll(doc: &Document, chars: &[char]) -> String {
    let tokens = doc.tokens.as_deref().unwrap_or_default();
    let mut out = String::new();
    let mut entity = 0;
    let mut next = 0;
    for sentence in conll_segments(doc) {
        while next < tokens.len() && tokens[next].start < sentence.start {
            next += 1;
        }
        let mut previous_entity = None;
        let first = next;
        while next < tokens.len() && tokens[next].end <= sentence.end {
            let token = tokens[next];
            while entity < doc.entities.len() && doc.entities[entity].end <= token.start {
                entity += 1;
            }
            let tag = match doc.entities.get(entity).filter(|e| e.start < token.end) {
                Some(e) => {
                    let position = if previous_entity == Some(entity) { "I" } else { "B" };
                    previous_entity = Some(entity);
                    format!("{position}-{}", e.label.as_str())
                }
                None => {
                    previous_entity = None;
                    "O".to_string()
                }
            };
            let word: String =
                chars_between(chars, token.start, token.end).split_whitespace().collect::<Vec<_>>().join("_");
            out.push_str(&format!("{word} {tag}\n"));
            next += 1;
        }
        if next > first {
            out.push('\n');
        }
    }
    out
}

/// Reads a document we exported as JSON (any offset unit), checking that every span fits its
/// text; the result counts in bytes, as the core does.
pub fn import_json(json: &str) -> Result<Document, String> {
    let mut doc: Document =
        serde_json::from_str(json).map_err(|e| format!("not an article-annotator document: {e}"))?;
    let limit = match doc.offset_unit {
        OffsetUnit::Byte => doc.text.len(),
        OffsetUnit::Codepoint => doc.text.chars().count(),
        OffsetUnit::Utf16 => doc.text.encode_utf16().count(),
    };
    let mut misfit = None;
    doc.for_each_span(&mut |start, end| {
        if misfit.is_none() && (*start > *end || *end > limit) {
            misfit = Some((*start, *end));
        }
    });
    if let Some((start, end)) = misfit {
        return Err(format!("span {start}..{end} does not fit a text of {limit} units"));
    }
    let clusters = doc.clusters.len();
    let cluster_ids = doc
        .entities
        .iter()
        .filter_map(|e| e.cluster_index())
        .chain(doc.quotes.iter().filter_map(|q| q.speaker));
    if let Some(id) = cluster_ids
        .chain(doc.clusters.iter().flat_map(|c| c.related.iter().copied()))
        .find(|&id| id >= clusters)
    {
        return Err(format!("cluster {id} does not exist (the document has {clusters})"));
    }
    let entities = doc.entities.len();
    if let Some(&mention) = doc.clusters.iter().flat_map(|c| &c.mentions).find(|&&m| m >= entities) {
        return Err(format!("mention {mention} does not exist (the document has {entities} entities)"));
    }
    doc.convert_offsets(OffsetUnit::Byte);
    if let Some(entity) = doc.entities.iter().find(|e| doc.text.get(e.start..e.end) != Some(&*e.text)) {
        return Err(format!(
            "entity {:?} does not match the text at {}..{}",
            entity.text, entity.start, entity.end
        ));
    }
    Ok(doc)
}
