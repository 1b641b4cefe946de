//! # article-annotator
//!
//! Finds who, which organisation, where and when in a pasted news article, and who said what.
//! The core is plain Rust: [`annotate`] turns a string into a [`Document`] whose spans are
//! half-open byte ranges ([`Span`]); [`Document::convert_offsets`] re-expresses them in code
//! points (the CLI's JSON) or UTF-16 code units (the JavaScript API).
//!
//! ```
//! use article_annotator::{annotate, BlockKind, Label, OffsetUnit, Options};
//! let text = "date 2024-12-13 (WIRE- Example Post)\n\nPresident Maria Lopez visited Ankara on Thursday.\n";
//! let mut doc = annotate(text, &Options::default());
//! assert_eq!(doc.meta.date.as_deref(), Some("2024-12-13"));
//! assert_eq!(doc.blocks[0].kind, BlockKind::Header);
//! doc.convert_offsets(OffsetUnit::Codepoint);
//! let places: Vec<&str> = doc.entities.iter().filter(|e| e.label == Label::Loc).map(|e| &*e.text).collect();
//! assert_eq!(places, ["Ankara"]);
//! ```
//!
//! Layers: [`pipeline`] (the [`Annotator`]), [`article`] (blocks and meta), [`tokenize`],
//! [`sentences`], [`ner`] (the entity model, its training and its file format), [`timex`]
//! (dates), [`quotes`] (who said what), [`offsets`]; [`eval`] (corpus readers and scorers) sits
//! on top of the core. The `bindings` module (WebAssembly only) is the one place that knows
//! about JavaScript.

#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod amounts;
pub mod article;
pub mod calendar;
pub mod coreference;
pub mod document;
pub mod entities;
pub mod eval;
pub mod export;
pub mod ner;
pub mod offsets;
pub mod people;
pub mod pipeline;
pub mod pronouns;
pub mod quotes;
pub mod sentences;
#[cfg(not(target_arch = "wasm32"))]
pub mod shapes;
pub mod span;
pub mod timex;
pub mod tokenize;
#[cfg(not(target_arch = "wasm32"))]
pub mod web_tables;

#[cfg(target_arch = "wasm32")]
pub mod bindings;

pub use document::{
    Block, BlockKind, Cluster, Dateline, Document, Edit, Entity, Label, LabelGroup, LabelStyle, Meta, Origin,
    Quote, QuoteKind, Range, Sentence, Token, TokenKind, SCHEMA_VERSION,
};
pub use offsets::OffsetUnit;
pub use pipeline::{annotate, Annotator, Options};
pub use span::Span;
