//! The statistical entity tagger: features, BILOU tags, lexicon, model file, training.

pub mod clusters;
pub mod features;
pub mod lexicon;
pub mod model;
pub mod tags;
pub mod train;

pub use model::{NerModel, TaggedSpan};
