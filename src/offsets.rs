//! Converting a [`Document`]'s offsets from UTF-8 bytes to code points or UTF-16 code units.
//!
//! The core counts in bytes. Python slices strings by code point and the DOM by UTF-16 code
//! unit, so each output converts once, at its edge, with [`Document::convert_offsets`]: one
//! forward pass over the text whatever the number of spans, and no pass at all for ASCII.

use serde::{Deserialize, Serialize};

use crate::document::Document;

/// The unit a document's offsets are counted in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum OffsetUnit {
    /// UTF-8 bytes (Rust `str` indices): the core's unit.
    Byte,
    /// Unicode scalar values (Python `str` indices): the CLI's unit.
    Codepoint,
    /// UTF-16 code units (JavaScript string and DOM indices): the JS API's unit.
    Utf16,
}

impl OffsetUnit {
    fn width(self, ch: char) -> usize {
        match self {
            OffsetUnit::Byte => ch.len_utf8(),
            OffsetUnit::Codepoint => 1,
            OffsetUnit::Utf16 => ch.len_utf16(),
        }
    }
}

impl Document {
    /// Calls `visit` on every offset in the document (spans of blocks, sentences, tokens,
    /// entities, the dateline, pronouns and quotes).
    fn for_each_offset(&mut self, visit: &mut impl FnMut(&mut usize)) {
        self.for_each_span(&mut |start, end| {
            visit(start);
            visit(end);
        });
    }

    /// Calls `pair` with the start and end of every span in the document.
    pub(crate) fn for_each_span(&mut self, pair: &mut impl FnMut(&mut usize, &mut usize)) {
        if let Some(dateline) = &mut self.meta.dateline {
            pair(&mut dateline.start, &mut dateline.end);
        }
        self.blocks.iter_mut().for_each(|b| pair(&mut b.start, &mut b.end));
        self.sentences.iter_mut().for_each(|s| pair(&mut s.start, &mut s.end));
        if let Some(tokens) = &mut self.tokens {
            tokens.iter_mut().for_each(|t| pair(&mut t.start, &mut t.end));
        }
        self.entities.iter_mut().for_each(|e| pair(&mut e.start, &mut e.end));
        self.pronouns.iter_mut().for_each(|p| pair(&mut p.start, &mut p.end));
        for quote in &mut self.quotes {
            pair(&mut quote.start, &mut quote.end);
            for range in [&mut quote.cue, &mut quote.speaker_mention].into_iter().flatten() {
                pair(&mut range.start, &mut range.end);
            }
        }
    }

    /// Re-expresses every offset in `unit`.
    ///
    /// ```
    /// use article_annotator::{annotate, OffsetUnit, Options};
    /// let mut doc = annotate("🇹🇷 Ankara is the capital.", &Options::default());
    /// doc.convert_offsets(OffsetUnit::Utf16);
    /// let last = doc.sentences.last().unwrap();
    /// assert_eq!(last.end, "🇹🇷 Ankara is the capital.".encode_utf16().count());
    /// ```
    pub fn convert_offsets(&mut self, unit: OffsetUnit) {
        if unit == self.offset_unit {
            return;
        }
        let from = self.offset_unit;
        self.offset_unit = unit;
        if self.text.is_ascii() {
            return;
        }
        // Counted first, so the list is made at its final size: this runs when the document is
        // complete, at the peak of memory, where growing by doubling would cost the most.
        let mut count = 0;
        self.for_each_offset(&mut |_| count += 1);
        let mut positions = Vec::with_capacity(count);
        self.for_each_offset(&mut |offset| positions.push(*offset));
        positions.sort_unstable();
        positions.dedup();
        let converted = convert_sorted(&self.text, &positions, from, unit);
        self.for_each_offset(&mut |offset| {
            if let Ok(i) = positions.binary_search(offset) {
                *offset = converted[i];
            }
        });
    }
}

/// Converts ascending `positions` (in `from` units, on character boundaries of `text`) to
/// `to` units in one pass over `text`. A position inside a character maps to its start.
pub fn convert_sorted(text: &str, positions: &[usize], from: OffsetUnit, to: OffsetUnit) -> Vec<usize> {
    let mut out = Vec::with_capacity(positions.len());
    let (mut at_from, mut at_to) = (0usize, 0usize);
    let mut chars = text.chars().peekable();
    for &position in positions {
        while let Some(&ch) = chars.peek() {
            let next_from = at_from + from.width(ch);
            if next_from > position {
                break;
            }
            chars.next();
            at_from = next_from;
            at_to += to.width(ch);
        }
        out.push(at_to);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn converts_across_scripts_and_emoji() {
        let text = "🇹🇷 Erdog\u{306}an 👩‍👩‍👧 東京 שלום";
        let bytes: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
        let code_points = convert_sorted(text, &bytes, OffsetUnit::Byte, OffsetUnit::Codepoint);
        assert_eq!(code_points, (0..=text.chars().count()).collect::<Vec<_>>());
        let utf16 = convert_sorted(text, &bytes, OffsetUnit::Byte, OffsetUnit::Utf16);
        for (byte, unit) in bytes.iter().zip(&utf16) {
            assert_eq!(text[..*byte].encode_utf16().count(), *unit);
        }
        let back = convert_sorted(text, &utf16, OffsetUnit::Utf16, OffsetUnit::Byte);
        assert_eq!(back, bytes);
    }

    #[test]
    fn position_inside_a_character_maps_to_its_start() {
        let text = "é!";
        assert_eq!(convert_sorted(text, &[1, 2], OffsetUnit::Byte, OffsetUnit::Codepoint), vec![0, 1]);
    }
}
