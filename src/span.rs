//! [`Span`]: the one half-open byte range used everywhere inside the core.

use serde::{Deserialize, Serialize};
use unicode_segmentation::{GraphemeCursor, UnicodeSegmentation};

/// True for a character that is a grapheme cluster of its own whatever stands around it,
/// a carriage return before a line feed aside: ASCII, Latin-1 and the Latin extensions, the
/// general punctuation of news text (dashes, curly quotes, ellipsis, primes) and currency signs.
/// None of them extends, joins, prepends or pairs (UAX #29 classes Other and Control), so
/// between two of them there is always a cluster boundary (GB999, GB4, GB5), but for CR LF
/// (GB3). Text made only of them can be read a character at a time, with no segmentation.
pub fn is_lone_cluster_char(ch: char) -> bool {
    matches!(ch, '\0'..='\u{24F}' | '\u{2000}'..='\u{200B}' | '\u{200E}'..='\u{2027}' | '\u{2030}'..='\u{205E}' | '\u{20A0}'..='\u{20CF}')
}

/// True when `offset` lies between two grapheme clusters of `text` (or at either end).
///
/// Between two [lone-cluster characters](is_lone_cluster_char) the answer needs no
/// segmentation tables.
pub fn is_grapheme_boundary(text: &str, offset: usize) -> bool {
    if offset == 0 || offset >= text.len() {
        return offset <= text.len();
    }
    if !text.is_char_boundary(offset) {
        return false;
    }
    let (before, after) = (text[..offset].chars().next_back(), text[offset..].chars().next());
    match (before, after) {
        (Some('\r'), Some('\n')) => false,
        (Some(before), Some(after)) if is_lone_cluster_char(before) && is_lone_cluster_char(after) => true,
        _ => GraphemeCursor::new(offset, text.len(), true).is_boundary(text, 0).unwrap_or(false),
    }
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

    /// Every lone-cluster character.
    fn lone_cluster_chars() -> impl Iterator<Item = char> {
        (0..=0x20CF).filter_map(char::from_u32).filter(|&c| is_lone_cluster_char(c))
    }

    #[test]
    fn lone_cluster_characters_break_from_any_other() {
        // Pairs decide: the rules that look further (emoji, regional indicators, Indic
        // conjuncts) all need a character outside the set. Each one against every one of a
        // spread of them, both ways, as segmentation answers it.
        let partners: Vec<char> =
            lone_cluster_chars().step_by(7).chain(['\r', '\n', ' ', 'a', '’']).collect();
        for a in lone_cluster_chars() {
            for &b in &partners {
                for (first, second) in [(a, b), (b, a)] {
                    let text: String = [first, second].iter().collect();
                    let boundary = GraphemeCursor::new(first.len_utf8(), text.len(), true)
                        .is_boundary(&text, 0)
                        .unwrap();
                    assert_eq!(boundary, (first, second) != ('\r', '\n'), "{first:?} {second:?}");
                    assert_eq!(is_grapheme_boundary(&text, first.len_utf8()), boundary);
                }
            }
        }
        // Outside the set, segmentation decides: a combining mark, a joiner.
        assert!(!is_grapheme_boundary("e\u{301}", 1));
        assert!(!is_grapheme_boundary(" \u{301}", 1));
        assert!(!is_grapheme_boundary("a\u{200D}", 1));
        assert!(!is_lone_cluster_char('\u{300}') && !is_lone_cluster_char('\u{200C}'));
    }

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
