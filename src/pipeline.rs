//! The pipeline: article structure → tokens and sentences → entities, assembled into a
//! [`Document`]. [`Annotator`] holds the loaded model; [`annotate`] uses a shared one.

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use crate::amounts::find_amounts;
use crate::article::parse_article;
use crate::calendar::parse_date;
use crate::coreference::{cluster_entities, score_salience};
use crate::document::{
    BlockKind, DateSource, Document, Entity, Label, ReferenceDate, Sentence, Token, SCHEMA_VERSION,
};
use crate::entities::{harmonise_headlines, is_group, sentence_mentions, Mention};
use crate::ner::NerModel;
use crate::offsets::OffsetUnit;
use crate::quotes::find_quotes;
use crate::sentences::split_sentences;
use crate::span::Span;
use crate::timex::{find_timexes, TimexContext};
use crate::tokenize::tokenize;

/// The entity model trained by `article-annotator train-ner`, embedded in the library.
pub static EMBEDDED_MODEL: &[u8] = include_bytes!("../models/ner.bin");

/// What to annotate and how.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Options {
    /// The article's date (`YYYY-MM-DD`), used when the text states none.
    pub date: Option<String>,
    /// Today's date (`YYYY-MM-DD`): the last resort for resolving relative dates when neither
    /// the text nor `date` gives one. The command line and the JavaScript API fill it from
    /// the clock; the core never reads the clock, so its output depends on its input alone.
    pub today: Option<String>,
    /// Include every token in [`Document::tokens`].
    pub tokens: bool,
}

impl Options {
    /// Checks the options, with a message fit to show a person when they are wrong.
    pub fn validate(&self) -> Result<(), String> {
        for (name, value) in [("date", &self.date), ("today", &self.today)] {
            if let Some(date) = value.as_ref().filter(|d| parse_date(d).is_none()) {
                return Err(format!("{name} {date:?} is not a date such as 2024-12-13"));
            }
        }
        Ok(())
    }
}

/// An annotator with its model loaded; build it once and annotate many texts.
///
/// ```
/// use article_annotator::{Annotator, Label, Options};
/// let annotator = Annotator::new();
/// let doc = annotator.annotate("Secretary of State Antony Blinken met officials in Ankara on Thursday.", &Options::default());
/// assert!(doc.entities.iter().any(|e| e.label == Label::Loc && e.text == "Ankara"));
/// ```
#[derive(Debug, Clone)]
pub struct Annotator {
    model: NerModel,
}

impl Default for Annotator {
    fn default() -> Self {
        Annotator::new()
    }
}

impl Annotator {
    /// An annotator with the embedded model.
    pub fn new() -> Annotator {
        let model = NerModel::from_bytes(EMBEDDED_MODEL).unwrap_or_else(|| {
            NerModel::new(crate::ner::model::SparseWeights::new(1, Vec::new()), Default::default())
        });
        Annotator { model }
    }

    /// An annotator with another model.
    pub fn with_model(model: NerModel) -> Annotator {
        Annotator { model }
    }

    /// The entity model.
    pub fn model(&self) -> &NerModel {
        &self.model
    }

    /// Annotates `text`. Never fails: any string gives a document (offsets in bytes).
    pub fn annotate(&self, text: &str, options: &Options) -> Document {
        let article = parse_article(text);
        let mut meta = article.meta;
        meta.reference_date = reference_date(&meta, options);
        if meta.date.is_none() {
            meta.date = options.date.as_deref().and_then(parse_date).map(|d| d.iso());
        }
        let mut sentences = Vec::new();
        let mut tokens: Vec<Token> = Vec::new();
        let mut sentence_tokens: Vec<std::ops::Range<usize>> = Vec::new();
        let dateline_end = meta.dateline.as_ref().map_or(0, |d| d.end);
        for (index, block) in article.blocks.iter().enumerate() {
            if !matches!(block.kind, BlockKind::Title | BlockKind::Paragraph) {
                continue;
            }
            // The dateline is read by the parser; the first sentence starts after it.
            let start = if dateline_end > block.start && dateline_end <= block.end {
                Span::new(dateline_end, block.end).trimmed(text).start
            } else {
                block.start
            };
            let block_tokens = tokenize(text, start..block.end);
            let mut next = tokens.len();
            for span in split_sentences(text, &block_tokens) {
                let count = block_tokens.iter().filter(|t| span.contains(t.span())).count();
                sentences.push(Sentence { start: span.start, end: span.end, block: index });
                sentence_tokens.push(next..next + count);
                next += count;
            }
            tokens.extend(block_tokens);
        }
        let mut entities = dateline_entities(text, meta.dateline.as_ref());
        entities.extend(self.entities(text, &tokens, &sentence_tokens));
        let anchor = meta.reference_date.as_ref().and_then(|r| parse_date(&r.date));
        let mut others = temporal_entities(text, &tokens, &sentence_tokens, anchor);
        others.extend(amount_entities(text, &tokens, &sentence_tokens));
        others.sort_by_key(|e| e.start);
        merge_entities(&mut entities, others);
        let mut clusters = cluster_entities(text, &mut entities);
        let quotes = find_quotes(text, &article.blocks, &tokens, &sentence_tokens, &entities, &clusters);
        score_salience(&mut clusters, &entities, &quotes, text.len());
        Document {
            schema_version: SCHEMA_VERSION,
            offset_unit: OffsetUnit::Byte,
            text: text.to_string(),
            meta,
            blocks: article.blocks,
            sentences,
            tokens: options.tokens.then_some(tokens),
            entities,
            clusters,
            quotes,
        }
    }

    /// Entity mentions from the tagger, one sentence at a time with document context.
    fn entities(
        &self,
        text: &str,
        tokens: &[Token],
        sentence_tokens: &[std::ops::Range<usize>],
    ) -> Vec<Entity> {
        let words: Vec<Vec<&str>> = sentence_tokens
            .iter()
            .map(|r| tokens[r.clone()].iter().map(|t| &text[t.start..t.end]).collect())
            .collect();
        let tagged = self.model.tag_document(&words);
        let mut mentions: Vec<Vec<Mention>> =
            words.iter().zip(&tagged).map(|(sentence, spans)| sentence_mentions(sentence, spans)).collect();
        harmonise_headlines(&words, &mut mentions);
        let mut entities = Vec::new();
        for (range, found) in sentence_tokens.iter().zip(mentions) {
            let sentence = &tokens[range.clone()];
            for (first, last, label, score) in found {
                let mut span = Span::new(sentence[first].start, sentence[last - 1].end);
                let mut label = label;
                // "Syrian-led": the group is the part before the hyphen.
                if let Some((group, _)) = span.slice(text).split_once('-').filter(|(g, _)| is_group(g)) {
                    span = Span::new(span.start, span.start + group.len());
                    label = Label::Norp;
                }
                entities.push(Entity {
                    label,
                    start: span.start,
                    end: span.end,
                    text: span.slice(text).to_string(),
                    value: None,
                    cluster: None,
                    score,
                });
            }
        }
        entities
    }
}

/// The place (LOC) and wire (ORG) a dateline names, as entities.
fn dateline_entities(text: &str, dateline: Option<&crate::document::Dateline>) -> Vec<Entity> {
    let Some(dateline) = dateline else {
        return Vec::new();
    };
    let head = &text[dateline.start..dateline.end];
    let mut found = Vec::new();
    let mut push = |label, name: &str| {
        if let Some(offset) = head.find(name).filter(|_| !name.is_empty()) {
            let start = dateline.start + offset;
            found.push(Entity {
                label,
                start,
                end: start + name.len(),
                text: name.to_string(),
                value: None,
                cluster: None,
                score: 1.0,
            });
        }
    };
    // "LEEDS, England, June 4" names the city and the region or country.
    let places = head.split(['(', '-', '—', '–', ':']).next().unwrap_or("").split(',');
    for place in places.map(str::trim).take(3) {
        let is_name = place.chars().next().is_some_and(char::is_uppercase)
            && !place.chars().any(|c| c.is_ascii_digit())
            && crate::calendar::month_number(place.split_whitespace().next().unwrap_or("")).is_none();
        if is_name {
            push(Label::Loc, place);
        }
    }
    if let Some(source) = &dateline.source {
        push(Label::Org, source);
    }
    found
}

/// The date relative dates count from: the header's, the dateline's, the caller's, or today.
fn reference_date(meta: &crate::document::Meta, options: &Options) -> Option<ReferenceDate> {
    let dateline = meta.dateline.as_ref().and_then(|d| d.date.clone());
    let given = |date: &Option<String>| date.as_deref().and_then(parse_date).map(|d| d.iso());
    [
        (meta.date.clone(), DateSource::Header),
        (dateline, DateSource::Dateline),
        (given(&options.date), DateSource::Option),
        (given(&options.today), DateSource::Today),
    ]
    .into_iter()
    .find_map(|(date, source)| date.map(|date| ReferenceDate { date, source }))
}

/// An entity found by rules, with its normalised value.
fn valued_entity(text: &str, start: usize, end: usize, label: Label, value: String) -> Entity {
    Entity {
        label,
        start,
        end,
        text: text[start..end].to_string(),
        value: Some(value),
        cluster: None,
        score: 1.0,
    }
}

/// Dates, times, durations and sets in each sentence, with TimeML values.
fn temporal_entities(
    text: &str,
    tokens: &[Token],
    sentence_tokens: &[std::ops::Range<usize>],
    anchor: Option<crate::calendar::Date>,
) -> Vec<Entity> {
    let mut context = TimexContext::new(anchor);
    sentence_tokens
        .iter()
        .flat_map(|range| find_timexes(text, &tokens[range.clone()], &mut context))
        .map(|timex| valued_entity(text, timex.start, timex.end, timex.label, timex.value))
        .collect()
}

/// Money, percentages and quantities in each sentence, with normalised values.
fn amount_entities(text: &str, tokens: &[Token], sentence_tokens: &[std::ops::Range<usize>]) -> Vec<Entity> {
    sentence_tokens
        .iter()
        .flat_map(|range| find_amounts(text, &tokens[range.clone()]))
        .map(|amount| valued_entity(text, amount.start, amount.end, amount.label, amount.value))
        .collect()
}

/// Adds `others` (times, amounts) to the named entities without overlaps: a name that lies
/// within a date ("December" taken for a person, "Dec" in "Dec. 12") gives way; a name that
/// reaches beyond it wins ("Good Friday Agreement", "This Week With David Brinkley"). Sorts
/// the result by start, longest first.
///
/// Names do not overlap one another and `others` come sorted by start, so one pass with binary
/// searches does it: the cost stays linear in the number of entities.
fn merge_entities(names: &mut Vec<Entity>, others: Vec<Entity>) {
    names.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
    let mut dropped = vec![false; names.len()];
    let mut kept: Vec<Entity> = Vec::with_capacity(others.len());
    for other in others {
        if kept.last().is_some_and(|k| k.end > other.start) {
            continue;
        }
        // The names that overlap `other`: they start before its end and end after its start.
        let first = names.partition_point(|n| n.end <= other.start);
        let last = names.partition_point(|n| n.start < other.end).max(first);
        let within = |n: &Entity| other.start <= n.start && n.end <= other.end;
        if names[first..last].iter().all(within) {
            dropped[first..last].fill(true);
            kept.push(other);
        }
    }
    let mut flags = dropped.into_iter();
    names.retain(|_| !flags.next().unwrap_or(false));
    names.extend(kept);
    names.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
}

/// The words of each sentence of `doc` (annotated from `text` with [`Options::tokens`]), as
/// the entity tagger reads them; empty when the document has no tokens.
pub fn sentence_words<'t>(text: &'t str, doc: &Document) -> Vec<Vec<&'t str>> {
    let tokens = doc.tokens.as_deref().unwrap_or_default();
    let mut next = 0;
    doc.sentences
        .iter()
        .map(|sentence| {
            while next < tokens.len() && tokens[next].start < sentence.start {
                next += 1;
            }
            let mut words = Vec::new();
            while next < tokens.len() && tokens[next].end <= sentence.end {
                words.extend(text.get(tokens[next].start..tokens[next].end));
                next += 1;
            }
            words
        })
        .collect()
}

/// Annotates `text` with a shared [`Annotator`] (the embedded model, loaded on first use).
///
/// ```
/// use article_annotator::{annotate, Options};
/// let doc = annotate("", &Options::default());
/// assert!(doc.entities.is_empty());
/// ```
pub fn annotate(text: &str, options: &Options) -> Document {
    static SHARED: OnceLock<Annotator> = OnceLock::new();
    SHARED.get_or_init(Annotator::new).annotate(text, options)
}
