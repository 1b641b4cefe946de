//! Continuation: whether a direct quote goes on with the last one (one statement in several
//! parts) or stands on its own. The decision is one [`Continuation`], computed once from the
//! text between the two quotes (the [`Gap`]).

use std::ops::Range as Indices;

use super::cues::{self, CueKind};
use super::sentence::first_letter;
use crate::document::{Quote, Token};
use crate::span::Span;
use crate::tokenize::lower_case;

/// How far (in bytes) a quote may stand from the last one and still go on with it: further
/// than any attribution between two parts of one statement.
pub(super) const MAX_MERGE_GAP: usize = 1_000;

/// How a quote relates to the last direct quote.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Continuation {
    /// An unclosed quote carried on by the next paragraph ("“… ¶“…”").
    Continued,
    /// Carried on in the same paragraph after the last quote's attribution ("“…,” he said, “…”"
    /// or "“…,” she said, adding X. “…”").
    CarriedOn,
    /// A paragraph opening with an unattributed quote right after the paragraph that ends in
    /// the last quote's attribution ("“…,” she said.¶“…”").
    NextParagraph,
    /// The sentence the last quote began goes on after its attribution ("“…,” said Ruiz,
    /// speaking of the board, “and they know it.”").
    Resumed,
    /// Two quotes joined by "and" or "or" ("chanted “Send them home” and “Build the wall”").
    Joined,
    /// Another statement.
    Separate,
}

/// The text between the last direct quote and the next one, with what is known of both.
pub(super) struct Gap<'a> {
    pub(super) text: &'a str,
    pub(super) tokens: &'a [Token],
    pub(super) sentence_tokens: &'a [Indices<usize>],
    /// The last direct quote.
    pub(super) last: &'a Quote,
    /// Where the last direct quote's marks end (its content may end later).
    pub(super) last_end: usize,
    /// The next quote's marks.
    pub(super) span: Span,
    /// How many words the next quote holds.
    pub(super) words: usize,
}

impl Gap<'_> {
    /// How the next quote relates to the last: `continues` when it carries on an unclosed quote,
    /// `attributed` when it has an attribution of its own, `next_continues` when the quote after
    /// it runs on into paragraphs of its own.
    pub(super) fn continuation(
        &self,
        continues: bool,
        attributed: bool,
        next_continues: bool,
    ) -> Continuation {
        let (text, span, end, words) = (self.text, self.span, self.last_end, self.words);
        let gap = text.get(end..span.start).unwrap_or("\n");
        // An unclosed quote goes on in the next paragraph only when the last quote is the part it
        // continues, not one kept from further back because that part was reported speech ("… is
        // “a vague idea.¶“We pass bills …,” she said").
        if continues && gap.trim().is_empty() {
            return Continuation::Continued;
        }
        // Past a second cue ("…," she said, then added that …. "…") the quote is another
        // statement. A cue in a relative clause about the speaker ("said Ms. Ruiz, who noted
        // that …") is part of the attribution.
        let gap_words: Vec<&str> =
            gap.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
        let gap_cues = (0..gap_words.len())
            .filter(|&k| cues::is(&lower_case(gap_words[k]), CueKind::Speech))
            .filter(|&k| k == 0 || !gap_words[k - 1].eq_ignore_ascii_case("who"))
            // Not a word of a name ("the Housing Forecast").
            .filter(|&k| {
                k == 0 || ![gap_words[k - 1], gap_words[k]].iter().all(|w| w.starts_with(char::is_uppercase))
            })
            .count();
        // The gap is the last quote's own attribution, and the quote opens a new sentence ("…,”
        // she said, noting that …. “Then …”): however many cues the gap holds, the speaker goes on.
        let opens_sentence =
            gap.trim_end().ends_with('.') && first_letter(span.slice(text)).is_some_and(char::is_uppercase);
        // The gap holds no sentence of the reporter's own after the attribution ("…,” Ruiz added.
        // She then turned to the crowd. “…”").
        let sentence_start = |r: &Indices<usize>| self.tokens.get(r.start).map_or(usize::MAX, |t| t.start);
        let narrated = self.sentence_tokens.partition_point(|r| sentence_start(r) < span.start)
            - self.sentence_tokens.partition_point(|r| sentence_start(r) <= end)
            > 1;
        // A cue in the gap that is not the last quote's starts an attribution of its own ("…,”
        // she said. Ruiz said both sides are “…”, but added: “…”).
        let last_cue_in_gap = self.last.cue.is_some_and(|cue| cue.start >= end && cue.end <= span.start);
        let attributes_last = opens_sentence && !narrated && last_cue_in_gap;
        // A quote that a word leads into ("…,” Cruz said after a brief “sorry”) is words of the
        // reporter's sentence, not the speaker's; the last quote's own cue before a forgotten
        // comma ("…,” she said “…”) leads into nothing.
        let led_in = gap.trim_end().ends_with(char::is_alphanumeric)
            && (words <= 3 || self.last.cue.is_none_or(|cue| cue.end != end + gap.trim_end().len()));
        let carried_on = !attributed
            && !gap.contains('\n')
            && !led_in
            && !narrated
            && (gap_cues == 0 || attributes_last || (gap_cues == 1 && last_cue_in_gap))
            && (gap.trim().len() < 60 || (self.last.cue.is_some() && (words > 3 || attributes_last)));
        if carried_on {
            return Continuation::CarriedOn;
        }
        let gap_lines = gap.lines().filter(|line| !line.trim().is_empty()).count();
        let next_paragraph = !attributed
            && words > 3
            && gap.contains('\n')
            && gap_lines == 1
            && gap.trim().len() <= 150
            && gap.trim_end().ends_with('.')
            && !narrated
            && last_cue_in_gap
            // A quote running on into paragraphs of its own is attributed where it ends.
            && !next_continues;
        if next_paragraph {
            return Continuation::NextParagraph;
        }
        let resumed = last_cue_in_gap
            && gap_cues == 1
            && !gap.contains(['\n', '.', '!', '?'])
            && gap.trim_end().ends_with(',')
            && first_letter(span.slice(text)).is_some_and(char::is_lowercase);
        if resumed {
            return Continuation::Resumed;
        }
        let joined = !gap.contains(['\n', '.', '!', '?', ';', ':'])
            && gap.trim().len() < 60
            && matches!(gap_words.last(), Some(&("and" | "or")))
            && (gap_cues == 0 || (gap_cues == 1 && last_cue_in_gap));
        if joined {
            return Continuation::Joined;
        }
        Continuation::Separate
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokenize::tokenize;

    /// How the second quoted span of `text` relates to a first one attributed by `cue` (the
    /// first quote runs to its closing mark); `attributed` when the second has a cue of its own.
    fn continuation(text: &str, cue: &str, continues: bool, attributed: bool) -> Continuation {
        let tokens = tokenize(text, 0..text.len());
        // Token ranges of the sentences, as the pipeline gives them.
        let sentences: Vec<Indices<usize>> = crate::sentences::split_sentences(text, &tokens)
            .iter()
            .map(|s| {
                tokens.partition_point(|t| t.start < s.start)..tokens.partition_point(|t| t.start < s.end)
            })
            .collect();
        let marks: Vec<usize> =
            text.char_indices().filter(|(_, c)| matches!(c, '“' | '”')).map(|(at, _)| at).collect();
        let cue_start = text.find(cue).unwrap();
        let last = Quote {
            kind: crate::QuoteKind::Direct,
            start: marks[0],
            end: marks[1] + '”'.len_utf8(),
            cue: Some(crate::Range { start: cue_start, end: cue_start + cue.len() }),
            speaker: None,
            speaker_mention: None,
            edit: None,
        };
        let span = Span::new(marks[2], marks.get(3).map_or(text.len(), |&at| at + '”'.len_utf8()));
        let gap = Gap {
            text,
            tokens: &tokens,
            sentence_tokens: &sentences,
            last: &last,
            last_end: last.end,
            span,
            words: span.slice(text).split_whitespace().count(),
        };
        gap.continuation(continues, attributed, false)
    }

    #[test]
    fn each_way_a_quote_goes_on_with_the_last_one() {
        assert_eq!(
            continuation(
                "“The pier stays,” Ruiz said. “We will find the money somehow.”",
                "said",
                false,
                false
            ),
            Continuation::CarriedOn
        );
        assert_eq!(
            continuation(
                "“The pier stays,” Ruiz said.\n\n“We will find the money somehow.”",
                "said",
                false,
                false
            ),
            Continuation::NextParagraph
        );
        assert_eq!(
            continuation(
                "“The pier,” said Ruiz, looking at the board, “stays where it is.”",
                "said",
                false,
                false
            ),
            Continuation::CarriedOn
        );
        // With a cue of its own, only the sentence the last quote began carries it on.
        assert_eq!(
            continuation("“The pier,” said Ruiz, “she says, stays.”", "said", false, true),
            Continuation::Resumed
        );
        assert_eq!(
            continuation("“The pier,” said Ruiz. “It stays,” she added.", "said", false, true),
            Continuation::Separate
        );
        assert_eq!(
            continuation("The crowd chanted “Save the pier” and “Sack the board.”", "chanted", false, false),
            Continuation::Joined
        );
        assert_eq!(
            continuation("“The pier stays and we will find the money.”\n\n“Somehow.”", "pier", true, false),
            Continuation::Continued
        );
    }

    #[test]
    fn a_quote_after_a_sentence_of_the_reporters_own_stands_apart() {
        assert_eq!(
            continuation(
                "“The pier stays,” Ruiz said. Lund left the room. Nobody spoke. “We will find the money.”",
                "said",
                false,
                false
            ),
            Continuation::Separate
        );
    }
}
