//! The statistical entity tagger: features, BILOU tags, lexicon, model file, training.

pub mod clusters;
pub mod features;
pub mod format;
pub mod lexicon;
pub mod model;
pub mod tags;
pub mod train;

pub use model::{NerModel, TaggedSpan};

/// A document as numbered sentences of words. The tagger reads each sentence more than once, so
/// a source may make the words on demand instead of holding them all (a huge input then never
/// holds a word list for every token).
pub trait Sentences<'t> {
    /// How many sentences there are.
    fn count(&self) -> usize;
    /// The words of sentence `index` (`index < count()`).
    fn words(&self, index: usize) -> Vec<&'t str>;
}

/// Sentences already split into words, as [`Sentences`].
pub struct WordLists<'a, 't>(pub &'a [Vec<&'t str>]);

impl<'t> Sentences<'t> for WordLists<'_, 't> {
    fn count(&self) -> usize {
        self.0.len()
    }

    fn words(&self, index: usize) -> Vec<&'t str> {
        self.0[index].clone()
    }
}
