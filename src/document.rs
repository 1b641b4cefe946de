//! The annotated [`Document`]: what [`crate::annotate`] returns and what every output format,
//! the CLI's JSON and the JavaScript object, is made from.

use serde::{Deserialize, Serialize};

use crate::offsets::OffsetUnit;
use crate::pronouns::PronounLink;
use crate::span::Span;

/// Version of the [`Document`] layout; bumped whenever a field changes meaning or is removed.
pub const SCHEMA_VERSION: u32 = 1;

/// An article with everything the annotator found in it.
///
/// Every `start`/`end` pair in it is a half-open range into [`Document::text`], counted in
/// [`Document::offset_unit`]: bytes inside the core, code points in the CLI's JSON and UTF-16
/// code units in JavaScript.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// [`SCHEMA_VERSION`] of the producer.
    pub schema_version: u32,
    /// The unit every offset in this document is counted in.
    pub offset_unit: OffsetUnit,
    /// The input text, unchanged.
    pub text: String,
    /// What the header, title, byline and dateline say about the article.
    pub meta: Meta,
    /// The article's blocks (header, title, byline, paragraphs, boilerplate) in text order.
    pub blocks: Vec<Block>,
    /// Sentences of the title and paragraphs, in text order.
    pub sentences: Vec<Sentence>,
    /// Tokens, only when [`crate::Options::tokens`] asks for them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tokens: Option<Vec<Token>>,
    /// Entity mentions, sorted by start then longest first.
    pub entities: Vec<Entity>,
    /// Groups of entity mentions that name the same thing.
    pub clusters: Vec<Cluster>,
    /// Quotations and reported speech.
    pub quotes: Vec<Quote>,
    /// Every "he", "she", "him", "his", "her", with the person each stands for (see
    /// [`crate::pronouns`]).
    #[serde(default)]
    pub pronouns: Vec<PronounLink>,
}

/// Facts about the article as a whole; each field is present only when the text states it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Meta {
    /// Publication date as ISO `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// The wire or syndication service (`Reuters`, `AP`, `AFP`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// The publication the article comes from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publisher: Option<String>,
    /// The headline.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The author or authors, without the leading "By".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub byline: Option<String>,
    /// The dateline that opens the body (`ANKARA, Dec 12 (Reuters) -`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dateline: Option<Dateline>,
    /// The date that relative dates ("yesterday", "last month") are resolved against, and
    /// where it came from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference_date: Option<ReferenceDate>,
}

/// Where the [`ReferenceDate`] comes from, in order of preference.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DateSource {
    /// The caller's `reference_date` option: a person's choice, which wins over the text (the
    /// page's "Article date").
    Chosen,
    /// A header line such as `date 2024-12-13 (…)` or `Published: Dec 13, 2024`.
    Header,
    /// The dateline (`ANKARA, Dec. 13, 2024 (Reuters) -`).
    Dateline,
    /// The caller's `date` option (`--date` on the command line).
    Option,
    /// The day the article was annotated, when nothing else gives a date.
    Today,
}

/// The document creation time of TimeML: the date the article's relative dates count from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReferenceDate {
    /// The date as ISO `YYYY-MM-DD`.
    pub date: String,
    /// Where it comes from.
    pub source: DateSource,
}

/// A dateline at the start of the first paragraph.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Dateline {
    /// Start of the dateline, including the trailing dash.
    pub start: usize,
    /// End of the dateline.
    pub end: usize,
    /// The place (`ANKARA`).
    pub place: String,
    /// The date it gives as ISO `YYYY-MM-DD`, when it gives a full one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// The wire named in brackets (`Reuters`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

/// What part of an article a [`Block`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum BlockKind {
    /// A header line such as `date 2024-12-13 (NEWSWIRE- Harbour Daily)`.
    Header,
    /// The headline.
    Title,
    /// A `By Jane Doe` line.
    Byline,
    /// Body text.
    Paragraph,
    /// Share rows, "Read more", copyright and newsletter lines: not part of the story.
    Boilerplate,
}

/// A line or paragraph of the article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Block {
    /// What the block is.
    pub kind: BlockKind,
    /// Start of the block's text (leading white space excluded).
    pub start: usize,
    /// End of the block's text (trailing white space excluded).
    pub end: usize,
}

/// A sentence inside a title or paragraph block.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Sentence {
    /// Start of the sentence.
    pub start: usize,
    /// End of the sentence, after its closing punctuation and quotation marks.
    pub end: usize,
    /// Index into [`Document::blocks`] of the block that holds it.
    pub block: usize,
}

/// What sort of token a [`Token`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TokenKind {
    /// Letters, possibly with inner apostrophes, hyphens or combining marks.
    Word,
    /// A word ending in a period that belongs to it: `U.S.`, `Dec.`, `p.m.`, `E.`.
    Abbreviation,
    /// Digits with separators: `1,000.5`, `2024-12-13`, `3:30`.
    Number,
    /// Punctuation, including quotation marks and brackets.
    Punct,
    /// Anything else: emoji, currency signs, symbols.
    Symbol,
    /// A web address.
    Url,
    /// An e-mail address.
    Email,
    /// A social-media handle such as `@Reuters`.
    Handle,
    /// A hashtag such as `#Syria`.
    Hashtag,
}

/// A token of the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Token {
    /// Start of the token.
    pub start: usize,
    /// End of the token.
    pub end: usize,
    /// What the token is.
    pub kind: TokenKind,
}

impl Token {
    /// The token's range.
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

/// The type of an [`Entity`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum Label {
    /// A person.
    Per,
    /// An organisation: companies, agencies, parties, teams.
    Org,
    /// A place: countries, cities, regions, geographic features.
    Loc,
    /// Nationalities, religious and political groups (Turkish, Kurds, Sunni, Republicans).
    Norp,
    /// Other names: events, works, products, languages.
    Misc,
    /// A calendar date or period (TIMEX3 DATE): "Thursday", "last month", "the 1990s".
    Date,
    /// A time of day (TIMEX3 TIME): "3:30 p.m.", "Saturday night".
    Time,
    /// A length of time (TIMEX3 DURATION): "two years", "the past three months".
    Duration,
    /// A recurring time (TIMEX3 SET): "every Monday", "annually".
    Set,
    /// An amount of money: "$1.2 billion", "€300m".
    Money,
    /// A percentage: "12 percent", "3.5%".
    Percent,
    /// A measured amount with its unit: "40 km", "5,000 tonnes".
    Quantity,
}

impl Label {
    /// Every label, in display order.
    pub const ALL: [Label; 12] = [
        Label::Per,
        Label::Org,
        Label::Loc,
        Label::Norp,
        Label::Misc,
        Label::Date,
        Label::Time,
        Label::Duration,
        Label::Set,
        Label::Money,
        Label::Percent,
        Label::Quantity,
    ];

    /// The labels of temporal expressions, whose values are TimeML (TIMEX3) values.
    pub const TEMPORAL: [Label; 4] = [Label::Date, Label::Time, Label::Duration, Label::Set];

    /// The label's short name as used in CoNLL files and JSON (`PER`).
    pub fn as_str(self) -> &'static str {
        match self {
            Label::Per => "PER",
            Label::Org => "ORG",
            Label::Loc => "LOC",
            Label::Norp => "NORP",
            Label::Misc => "MISC",
            Label::Date => "DATE",
            Label::Time => "TIME",
            Label::Duration => "DURATION",
            Label::Set => "SET",
            Label::Money => "MONEY",
            Label::Percent => "PERCENT",
            Label::Quantity => "QUANTITY",
        }
    }

    /// Whether the label names a thing (a person, organisation, place, group or other name)
    /// rather than a time or an amount.
    pub fn is_name(self) -> bool {
        self.style().group == LabelGroup::Name
    }

    /// How the label is shown: the one table of names, groups and colours that the page, the
    /// `<article-annotator>` element and the in-place highlighter read (through the generated
    /// `www/labels.js`).
    ///
    /// ```
    /// use article_annotator::{Label, LabelGroup};
    /// assert_eq!(Label::Per.style().name, "Person");
    /// assert_eq!(Label::Time.style().group, LabelGroup::Time);
    /// ```
    pub fn style(self) -> LabelStyle {
        let (name, group, light, dark) = match self {
            Label::Per => ("Person", LabelGroup::Name, ["#dbeafe", "#0b3d91"], ["#1e3a6b", "#dbe8ff"]),
            Label::Org => ("Organisation", LabelGroup::Name, ["#fde2cf", "#7a2e00"], ["#6b2f0c", "#ffe4d1"]),
            Label::Loc => ("Place", LabelGroup::Name, ["#d7f5dd", "#14532d"], ["#144d2a", "#d9f7e1"]),
            Label::Norp => {
                ("Group / nationality", LabelGroup::Name, ["#f3e0fb", "#5b1a78"], ["#4f1f66", "#f5e3fd"])
            }
            Label::Misc => ("Other name", LabelGroup::Name, ["#fdf1c7", "#5c4400"], ["#5a4503", "#fff3c9"]),
            Label::Date => ("Date", LabelGroup::Time, ["#d5f5f0", "#0c4a44"], ["#0f4a43", "#d2f7f1"]),
            Label::Time => ("Time", LabelGroup::Time, ["#c9eef7", "#0a4257"], ["#0c3f52", "#d3f1fb"]),
            Label::Duration => ("Duration", LabelGroup::Time, ["#e7f0f3", "#28434c"], ["#2c3f47", "#e3eef2"]),
            Label::Set => {
                ("Recurring time", LabelGroup::Time, ["#e7f0f3", "#28434c"], ["#2c3f47", "#e3eef2"])
            }
            Label::Money => ("Money", LabelGroup::Amount, ["#eaf3d8", "#3b4d0f"], ["#3a4a12", "#eef6dc"]),
            Label::Percent => {
                ("Percentage", LabelGroup::Amount, ["#eaf3d8", "#3b4d0f"], ["#3a4a12", "#eef6dc"])
            }
            Label::Quantity => {
                ("Quantity", LabelGroup::Amount, ["#efe9e1", "#4a3b28"], ["#4a3b28", "#f3ece2"])
            }
        };
        LabelStyle { name, group, light, dark }
    }

    /// The label for a short name, if it is one.
    pub fn parse(name: &str) -> Option<Label> {
        Label::ALL.into_iter().find(|label| label.as_str() == name)
    }
}

/// The three kinds of mention: names, times and amounts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LabelGroup {
    /// People, organisations, places, groups and other names.
    Name,
    /// Temporal expressions (TIMEX3): dates, times, durations, sets.
    Time,
    /// Money, percentages and measured quantities.
    Amount,
}

impl LabelGroup {
    /// The group's name in the web tables: `name`, `time` or `amount`.
    pub fn as_str(self) -> &'static str {
        match self {
            LabelGroup::Name => "name",
            LabelGroup::Time => "time",
            LabelGroup::Amount => "amount",
        }
    }
}

/// How a label is shown to a reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LabelStyle {
    /// The reader's name of the label ("Person").
    pub name: &'static str,
    /// Which kind of mention it is.
    pub group: LabelGroup,
    /// Background and text colour in the light theme (WCAG AA contrast between the two).
    pub light: [&'static str; 2],
    /// Background and text colour in the dark theme.
    pub dark: [&'static str; 2],
}

/// A mention of a named thing.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    /// What kind of thing it names.
    pub label: Label,
    /// Start of the mention.
    pub start: usize,
    /// End of the mention.
    pub end: usize,
    /// The mention's text, exactly as in [`Document::text`].
    pub text: Box<str>,
    /// A normalised value, where the label has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<Box<str>>,
    /// Index into [`Document::clusters`] of the cluster the mention belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<usize>,
    /// The model's confidence in the mention, from 0 to 1.
    pub score: f32,
    /// A person's hand in it (`origin: "human"` and when, in JSON); `None` for the model's
    /// (boxed: the model's millions of mentions pay one pointer for it).
    #[serde(default, flatten)]
    pub edit: Option<Box<Edit>>,
}

/// A person's annotation: who (always [`Origin::Human`] once made by a person) and when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Edit {
    /// Who made it.
    pub origin: Origin,
    /// When (ISO 8601), where known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub edited_at: Option<String>,
}

impl Edit {
    /// A person's annotation made at `at`.
    pub fn human(at: Option<String>) -> Box<Edit> {
        Box::new(Edit { origin: Origin::Human, edited_at: at })
    }
}

/// Who made an annotation: exports tell the model's output from a person's edits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Origin {
    /// The model and the rules (everything [`crate::annotate`] returns).
    #[default]
    Model,
    /// A person (a correction in the page, or an imported human annotation).
    Human,
}

impl Origin {
    /// Whether the model made it.
    pub fn is_model(&self) -> bool {
        *self == Origin::Model
    }

    /// `model` or `human`.
    pub fn as_str(self) -> &'static str {
        match self {
            Origin::Model => "model",
            Origin::Human => "human",
        }
    }
}

impl Entity {
    /// The index of its cluster in [`Document::clusters`].
    pub fn cluster_index(&self) -> Option<usize> {
        self.cluster
    }

    /// Who made it: the model unless a person did.
    pub fn origin(&self) -> Origin {
        self.edit.as_ref().map_or(Origin::Model, |edit| edit.origin)
    }

    /// When a person made or changed it, where known.
    pub fn edited_at(&self) -> Option<&str> {
        self.edit.as_ref().and_then(|edit| edit.edited_at.as_deref())
    }
}

/// Mentions that refer to the same entity.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Cluster {
    /// The cluster's index in [`Document::clusters`].
    pub id: usize,
    /// The fullest name among the mentions.
    pub name: String,
    /// The label the mentions share.
    pub label: Label,
    /// Indexes into [`Document::entities`].
    pub mentions: Vec<usize>,
    /// How central the entity is to the article, from 0 to 1.
    pub salience: f32,
    /// Clusters related without being the same entity: a group and its country ("Turkish" and
    /// "Turkey").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub related: Vec<usize>,
}

/// Whether a [`Quote`] is quoted word for word, reported, or a position taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// Words inside quotation marks.
    Direct,
    /// Reported speech introduced by a cue ("said that …").
    Reported,
    /// A position someone takes, introduced by a verb such as "endorsed", "rejected" or
    /// "refuses to": what they back, oppose, plan or seek rather than what they said.
    Position,
}

/// A range of the text with no other data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Range {
    /// Start of the range.
    pub start: usize,
    /// End of the range.
    pub end: usize,
}

/// A quotation or reported statement and who made it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    /// Direct, reported or a position.
    pub kind: QuoteKind,
    /// Start of the quoted or reported content.
    pub start: usize,
    /// End of the content.
    pub end: usize,
    /// The verb or phrase that attributes it ("said", "according to").
    pub cue: Option<Range>,
    /// The speaker's cluster, or `None` when unknown.
    pub speaker: Option<usize>,
    /// The mention the attribution rests on ("he", "the minister").
    pub speaker_mention: Option<Range>,
    /// A person's hand in it (`origin: "human"` and when, in JSON); `None` for the model's
    /// (boxed: the model's millions of mentions pay one pointer for it).
    #[serde(default, flatten)]
    pub edit: Option<Box<Edit>>,
}
