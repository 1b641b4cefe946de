//! [`Span`]: the one half-open byte range used everywhere inside the core.

use serde::{Deserialize, Serialize};
use unicode_segmentation::{GraphemeCursor, UnicodeSegmentation};

/// True when `offset` lies between two grapheme clusters of `text` (or at either end).
pub fn is_grapheme_boundary(text: &str, offset: usize) -> bool {
    text.is_char_boundary(offset)
        && GraphemeCursor::new(offset, text.len(), true).is_boundary(text, 0).unwrap_or(false)
}

/// True for a grapheme cluster made only of white space (a space followed by a combining
/// mark is not white space: the mark belongs to it).
pub fn is_space_cluster(cluster: &str) -> bool {
    cluster.chars().all(char::is_whitespace)
}

/// A half-open range `start..end` into a text.
///
/// Inside the core the unit is always UTF-8 bytes, and both ends always lie on a character
/// boundary (in fact on a grapheme-cluster boundary). [`crate::offsets`] converts spans to
/// code points or UTF-16 code units once, at the edge.
///
/// ```
/// use article_annotator::Span;
/// let text = "Hi Ankara";
/// let span = Span::new(3, 9);
/// assert_eq!(span.slice(text), "Ankara");
/// assert_eq!(span.len(), 6);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize)]
pub struct Span {
    /// First position inside the span.
    pub start: usize,
    /// First position after the span.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (`end` is clamped to be at least `start`).
    pub fn new(start: usize, end: usize) -> Span {
        Span { start, end: end.max(start) }
    }

    /// Number of units covered.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// True when the span covers nothing.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The span widened to whole grapheme clusters of `text` (a quotation mark followed by a
    /// combining mark takes the mark along).
    pub fn snapped(&self, text: &str) -> Span {
        let (mut start, mut end) = (self.start.min(text.len()), self.end.min(text.len()));
        while start > 0 && !is_grapheme_boundary(text, start) {
            start -= 1;
        }
        while end < text.len() && !is_grapheme_boundary(text, end) {
            end += 1;
        }
        Span::new(start, end)
    }

    /// The text the span covers (empty if the span does not fit `text`).
    pub fn slice<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start..self.end).unwrap_or("")
    }

    /// True when `other` lies entirely inside this span.
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// True when the two spans share at least one unit.
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The span moved right by `by` units.
    pub fn shifted(&self, by: usize) -> Span {
        Span::new(self.start + by, self.end + by)
    }

    /// The span without leading and trailing white-space grapheme clusters in `text`.
    pub fn trimmed(&self, text: &str) -> Span {
        let slice = self.slice(text);
        let solid = |(_, cluster): &(usize, &str)| !is_space_cluster(cluster);
        let Some((first, _)) = slice.grapheme_indices(true).find(solid) else {
            return Span::new(self.start, self.start);
        };
        let end = slice
            .grapheme_indices(true)
            .rev()
            .find(solid)
            .map_or(slice.len(), |(i, cluster)| i + cluster.len());
        Span::new(self.start + first, self.start + end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trims_and_relates() {
        let text = "  Ankara  ";
        let s = Span::new(0, text.len()).trimmed(text);
        assert_eq!(s.slice(text), "Ankara");
        assert!(Span::new(0, 10).contains(s));
        assert!(s.overlaps(Span::new(7, 9)));
        assert!(!s.overlaps(Span::new(8, 9)));
        assert_eq!(Span::new(5, 2), Span::new(5, 5));
        assert_eq!(Span::new(3, 20).slice(text), "");
        let marked = " \u{11370}x ";
        assert_eq!(Span::new(0, marked.len()).trimmed(marked), Span::new(0, marked.len() - 1));
        assert!(!is_grapheme_boundary(marked, 1));
    }
}
