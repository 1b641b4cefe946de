//! The pipeline: article structure → tokens and sentences → entities, assembled into a
//! [`Document`]. [`Annotator`] holds the loaded model; [`annotate`] uses a shared one.

use std::sync::{Arc, OnceLock};

use serde::{Deserialize, Serialize};

use crate::amounts::{find_amounts, Amount};
use crate::article::parse_article;
use crate::calendar::{parse_date, parse_date_before};
use crate::coreference::{cluster_entities, score_salience};
use crate::document::{
    Block, BlockKind, DateSource, Document, Entity, Label, ReferenceDate, Sentence, Token, SCHEMA_VERSION,
};
use crate::entities::{harmonise_document, is_group, sentence_mentions, Mention};
use crate::ner::model::TaggedSpan;
use crate::ner::{NerModel, Sentences};
use crate::offsets::OffsetUnit;
use crate::pronouns::{resolve_pronouns, ResolutionWeights};
use crate::quotes::find_quotes;
use crate::sentences::split_sentences;
use crate::span::Span;
use crate::timex::TimexSpan;
use crate::timex::{find_timexes, TimexContext};
use crate::tokenize::tokenize_into;

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
    /// The date relative dates count from (`YYYY-MM-DD`), whatever the header or dateline say:
    /// a person's choice, as the page's "Article date" control makes it.
    pub reference_date: Option<String>,
    /// Include every token in [`Document::tokens`].
    pub tokens: bool,
}

impl Options {
    /// Checks the options, with a message fit to show a person when they are wrong.
    pub fn validate(&self) -> Result<(), String> {
        for (name, value) in
            [("date", &self.date), ("today", &self.today), ("reference_date", &self.reference_date)]
        {
            if let Some(date) = value.as_ref().filter(|d| parse_date(d).is_none()) {
                return Err(format!("{name} {date:?} is not a date such as 2024-12-13"));
            }
        }
        Ok(())
    }
}

/// An annotator: a handle on one immutable entity model, shared by every annotator made with
/// [`Annotator::new`], so that building one costs no memory for the model; options go with each
/// call.
///
/// ```
/// use article_annotator::{Annotator, Label, Options};
/// let annotator = Annotator::new();
/// let doc = annotator.annotate("Secretary of State Antony Blinken met officials in Ankara on Thursday.", &Options::default());
/// assert!(doc.entities.iter().any(|e| e.label == Label::Loc && &*e.text == "Ankara"));
/// // A thousand annotators hold one model between them.
/// let many: Vec<Annotator> = (0..1000).map(|_| Annotator::new()).collect();
/// assert!(many.iter().all(|a| std::ptr::eq(a.model(), annotator.model())));
/// ```
#[derive(Debug, Clone)]
pub struct Annotator {
    model: ModelRef,
}

/// Which model an [`Annotator`] reads: the embedded one (loaded once, never freed) or one of its
/// own (shared by its clones).
#[derive(Debug, Clone)]
enum ModelRef {
    Embedded(&'static NerModel),
    Own(Arc<NerModel>),
}

impl Default for Annotator {
    fn default() -> Self {
        Annotator::new()
    }
}

impl Annotator {
    /// An annotator with the embedded model, loaded once per process (or WebAssembly instance)
    /// on first use and shared.
    pub fn new() -> Annotator {
        static EMBEDDED: OnceLock<NerModel> = OnceLock::new();
        let model = EMBEDDED.get_or_init(|| {
            NerModel::from_bytes(EMBEDDED_MODEL).unwrap_or_else(|| {
                NerModel::new(crate::ner::model::SparseWeights::new(1, Vec::new()), Default::default())
            })
        });
        Annotator { model: ModelRef::Embedded(model) }
    }

    /// The annotator with the embedded model that [`annotate`] uses, loaded on first use.
    pub fn shared() -> &'static Annotator {
        static SHARED: OnceLock<Annotator> = OnceLock::new();
        SHARED.get_or_init(Annotator::new)
    }

    /// An annotator with another model.
    pub fn with_model(model: NerModel) -> Annotator {
        Annotator { model: ModelRef::Own(Arc::new(model)) }
    }

    /// The entity model.
    pub fn model(&self) -> &NerModel {
        match &self.model {
            ModelRef::Embedded(model) => model,
            ModelRef::Own(model) => model,
        }
    }

    /// Annotates `text`. Never fails: any string gives a document (offsets in bytes).
    pub fn annotate(&self, text: &str, options: &Options) -> Document {
        self.annotate_string(text.to_string(), options)
    }

    /// Like [`Annotator::annotate`], but the document keeps `text` itself instead of a copy,
    /// so a huge text is held once.
    pub fn annotate_string(&self, text: String, options: &Options) -> Document {
        let mut document = self.annotate_observed(&text, options, &mut |_| {});
        document.text = text;
        document
    }

    /// The annotation of `text`, in a document whose `text` is left empty for the caller;
    /// `pass_done` is called as each [`Pass`] ends, in order (a benchmark times them).
    ///
    /// ```
    /// use article_annotator::{pipeline::Pass, Annotator, Options};
    /// let mut passes = Vec::new();
    /// Annotator::new().annotate_observed("Ana Diaz spoke in Lisbon on Friday.", &Options::default(), &mut |pass| passes.push(pass));
    /// assert_eq!(passes, Pass::ALL);
    /// ```
    pub fn annotate_observed(
        &self,
        text: &str,
        options: &Options,
        pass_done: &mut dyn FnMut(Pass),
    ) -> Document {
        let article = parse_article(text);
        let mut meta = article.meta;
        meta.reference_date = reference_date(text, &meta, options);
        if meta.date.is_none() {
            meta.date = options.date.as_deref().and_then(parse_date).map(|d| d.iso());
        }
        let dateline_end = meta.dateline.as_ref().map_or(0, |d| d.end);
        pass_done(Pass::Article);
        let (sentences, tokens, sentence_tokens) = split_blocks(text, &article.blocks, dateline_end);
        pass_done(Pass::TokensAndSentences);
        let anchor = meta.reference_date.as_ref().and_then(|r| parse_date(&r.date));
        let timexes = temporal_expressions(text, &tokens, &sentence_tokens, anchor);
        pass_done(Pass::Dates);
        let amounts: Vec<Amount> =
            sentence_tokens.iter().flat_map(|range| find_amounts(text, &tokens[range.clone()])).collect();
        pass_done(Pass::Amounts);
        let mut entities = dateline_entities(text, meta.dateline.as_ref());
        let words = TokenSentences { text, tokens: &tokens, ranges: &sentence_tokens };
        let tagged = self.model().tag_document(&words);
        pass_done(Pass::Tagger);
        self.add_names(&words, tagged, &mut entities, timexes.len() + amounts.len());
        let names = entities.len();
        let valued = |start, end, label, value: String| Entity {
            label,
            start,
            end,
            text: text[start..end].into(),
            value: Some(value.into_boxed_str()),
            cluster: None,
            score: 1.0,
            edit: None,
        };
        entities.extend(timexes.into_iter().map(|t| valued(t.start, t.end, t.label, t.value)));
        entities.extend(amounts.into_iter().map(|a| valued(a.start, a.end, a.label, a.value)));
        merge_entities(&mut entities, names);
        pass_done(Pass::Names);
        let mut clusters = cluster_entities(text, &mut entities);
        let sentence_blocks: Vec<usize> = sentences.iter().map(|s| s.block).collect();
        let pronouns = resolve_pronouns(
            text,
            &tokens,
            &sentence_tokens,
            &sentence_blocks,
            &entities,
            &clusters,
            &ResolutionWeights::TUNED,
        );
        pass_done(Pass::Coreference);
        let quotes =
            find_quotes(text, &article.blocks, &tokens, &sentence_tokens, &entities, &clusters, &pronouns);
        score_salience(&mut clusters, &entities, &quotes, text.len());
        pass_done(Pass::Quotes);
        Document {
            schema_version: SCHEMA_VERSION,
            offset_unit: OffsetUnit::Byte,
            text: String::new(),
            meta,
            blocks: article.blocks,
            sentences,
            tokens: options.tokens.then_some(tokens),
            entities,
            clusters,
            quotes,
            pronouns,
        }
    }

    /// Adds the entity mentions from the tagger's spans (`tagged`, per sentence of `words`) to
    /// `entities`, leaving room for `more` entities: the list then never grows by doubling.
    fn add_names(
        &self,
        words: &TokenSentences<'_>,
        tagged: Vec<Vec<TaggedSpan>>,
        entities: &mut Vec<Entity>,
        more: usize,
    ) {
        let (text, tokens, sentence_tokens) = (words.text, words.tokens, words.ranges);
        let mut mentions: Vec<Vec<Mention>> =
            tagged.iter().enumerate().map(|(i, spans)| sentence_mentions(&words.words(i), spans)).collect();
        drop(tagged);
        harmonise_document(words, &mut mentions);
        entities.reserve_exact(mentions.iter().map(Vec::len).sum::<usize>() + more);
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
                    text: span.slice(text).into(),
                    value: None,
                    cluster: None,
                    score,
                    edit: None,
                });
            }
        }
    }
}

/// The passes of [`Annotator::annotate_observed`], in the order they run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pass {
    /// Header, dateline, title and paragraphs.
    Article,
    /// Tokens and sentences.
    TokensAndSentences,
    /// Dates, times, durations and sets, with their values.
    Dates,
    /// Money, percentages and quantities.
    Amounts,
    /// The entity tagger.
    Tagger,
    /// Names from the tagger's spans, one reading per name across the document, merged with
    /// dates and amounts.
    Names,
    /// Clusters of mentions and pronouns resolved to them.
    Coreference,
    /// Quotes, their speakers, and salience.
    Quotes,
}

impl Pass {
    /// Every pass, in order.
    pub const ALL: [Pass; 8] = [
        Pass::Article,
        Pass::TokensAndSentences,
        Pass::Dates,
        Pass::Amounts,
        Pass::Tagger,
        Pass::Names,
        Pass::Coreference,
        Pass::Quotes,
    ];

    /// A short name for reports.
    pub fn name(self) -> &'static str {
        match self {
            Pass::Article => "article",
            Pass::TokensAndSentences => "tokens+sentences",
            Pass::Dates => "dates",
            Pass::Amounts => "amounts",
            Pass::Tagger => "tagger",
            Pass::Names => "names+merge",
            Pass::Coreference => "coreference",
            Pass::Quotes => "quotes",
        }
    }
}

/// Text length (bytes) above which [`split_blocks`] counts tokens before storing them. Counting
/// costs a second tokenization (under a tenth of the annotation time); an article of ordinary
/// length does without it, and every longer text pays it alike, so cost stays linear.
const COUNT_TOKENS_ABOVE: usize = 65_536;

/// The sentences and tokens of the title and paragraphs, and each sentence's range of tokens.
/// The dateline is read by the parser, so the first sentence starts after it.
///
/// A text longer than [`COUNT_TOKENS_ABOVE`] is tokenized twice, first to count: the token
/// list, the largest structure of a long text, is then allocated once at its exact size
/// instead of growing by doubling (which would need up to three times its size at once).
/// Blocks are tokenized straight into it, with no list of their own.
fn split_blocks(
    text: &str,
    blocks: &[Block],
    dateline_end: usize,
) -> (Vec<Sentence>, Vec<Token>, Vec<std::ops::Range<usize>>) {
    let ranges: Vec<(usize, std::ops::Range<usize>)> = blocks
        .iter()
        .enumerate()
        .filter(|(_, block)| matches!(block.kind, BlockKind::Title | BlockKind::Paragraph))
        .map(|(index, block)| {
            let start = if dateline_end > block.start && dateline_end <= block.end {
                Span::new(dateline_end, block.end).trimmed(text).start
            } else {
                block.start
            };
            (index, start..block.end)
        })
        .collect();
    let token_count = if text.len() > COUNT_TOKENS_ABOVE {
        let mut block_tokens = Vec::new();
        ranges.iter().fold(0, |count, (_, range)| {
            block_tokens.clear();
            tokenize_into(text, range.clone(), &mut block_tokens);
            count + block_tokens.len()
        })
    } else {
        0
    };
    let mut tokens: Vec<Token> = Vec::with_capacity(token_count);
    let mut sentences = Vec::new();
    let mut sentence_tokens = Vec::new();
    for (index, range) in ranges {
        let block_start = tokens.len();
        tokenize_into(text, range, &mut tokens);
        let block_tokens = &tokens[block_start..];
        let mut next = 0;
        for span in split_sentences(text, block_tokens) {
            // Sentences and tokens both run in text order: one walk finds each one's tokens.
            while next < block_tokens.len() && block_tokens[next].start < span.start {
                next += 1;
            }
            let first = next;
            while next < block_tokens.len() && span.contains(block_tokens[next].span()) {
                next += 1;
            }
            sentences.push(Sentence { start: span.start, end: span.end, block: index });
            sentence_tokens.push(block_start + first..block_start + next);
        }
    }
    (sentences, tokens, sentence_tokens)
}

/// The sentences of a document as ranges of its tokens; their words are made on demand.
struct TokenSentences<'t> {
    text: &'t str,
    tokens: &'t [Token],
    ranges: &'t [std::ops::Range<usize>],
}

impl<'t> Sentences<'t> for TokenSentences<'t> {
    fn count(&self) -> usize {
        self.ranges.len()
    }

    fn words(&self, index: usize) -> Vec<&'t str> {
        self.tokens[self.ranges[index].clone()].iter().map(|t| &self.text[t.start..t.end]).collect()
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
                text: name.into(),
                value: None,
                cluster: None,
                score: 1.0,
                edit: None,
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

/// The date relative dates count from: the one the caller chose, else the header's, the
/// dateline's, the caller's default, or today. A dateline without a year ("ANKARA, Dec 12
/// (Reuters) -") is the latest such day up to the caller's date or today.
fn reference_date(text: &str, meta: &crate::document::Meta, options: &Options) -> Option<ReferenceDate> {
    let given = |date: &Option<String>| date.as_deref().and_then(parse_date);
    if let Some(chosen) = given(&options.reference_date) {
        return Some(ReferenceDate { date: chosen.iso(), source: DateSource::Chosen });
    }
    let dateline = meta.dateline.as_ref().and_then(|dateline| {
        dateline.date.clone().or_else(|| {
            let anchor = given(&options.date).or_else(|| given(&options.today))?;
            parse_date_before(text.get(dateline.start..dateline.end)?, anchor).map(|d| d.iso())
        })
    });
    [
        (meta.date.clone(), DateSource::Header),
        (dateline, DateSource::Dateline),
        (given(&options.date).map(|d| d.iso()), DateSource::Option),
        (given(&options.today).map(|d| d.iso()), DateSource::Today),
    ]
    .into_iter()
    .find_map(|(date, source)| date.map(|date| ReferenceDate { date, source }))
}

/// Dates, times, durations and sets in each sentence, with TimeML values.
fn temporal_expressions(
    text: &str,
    tokens: &[Token],
    sentence_tokens: &[std::ops::Range<usize>],
    anchor: Option<crate::calendar::Date>,
) -> Vec<TimexSpan> {
    let mut context = TimexContext::new(anchor);
    sentence_tokens
        .iter()
        .flat_map(|range| find_timexes(text, &tokens[range.clone()], &mut context))
        .collect()
}

/// Merges the entities found by rules (times, amounts: `entities[names..]`) with the named
/// entities (`entities[..names]`) so that none overlap: a name that lies within a date
/// ("December" taken for a person, "Dec" in "Dec. 12") gives way; a name that reaches beyond
/// it wins ("Good Friday Agreement", "This Week With David Brinkley"). Sorts the result by
/// start, longest first.
///
/// Names do not overlap one another, nor do the others, so one pass with binary searches does
/// it: the cost stays linear in the number of entities, and the list is never reallocated.
fn merge_entities(entities: &mut Vec<Entity>, names: usize) {
    // No two entities of a part share a span, so an unstable sort (no scratch buffer) is
    // deterministic.
    let order =
        |a: &Entity, b: &Entity| a.start.cmp(&b.start).then(b.end.cmp(&a.end)).then(a.label.cmp(&b.label));
    let mut keep = vec![true; entities.len()];
    let names = names.min(entities.len());
    let (named, others) = entities.split_at_mut(names);
    named.sort_unstable_by(order);
    others.sort_unstable_by(order);
    let mut last_kept_end = None;
    for (k, other) in others.iter().enumerate() {
        // The names that overlap `other`: they start before its end and end after its start.
        let first = named.partition_point(|n| n.end <= other.start);
        let last = named.partition_point(|n| n.start < other.end).max(first);
        let within = |n: &Entity| other.start <= n.start && n.end <= other.end;
        if last_kept_end.is_some_and(|end| end > other.start) || !named[first..last].iter().all(within) {
            keep[names + k] = false;
        } else {
            keep[first..last].fill(false);
            last_kept_end = Some(other.end);
        }
    }
    let mut flags = keep.into_iter();
    entities.retain(|_| flags.next().unwrap_or(true));
    entities.sort_unstable_by(order);
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
    Annotator::shared().annotate(text, options)
}
