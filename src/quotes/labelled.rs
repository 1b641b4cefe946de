//! Labelled paragraphs: "Lopes: We will reopen", "Q: …", a headline's "Kasich: …".

use super::sentence::*;
use super::speakers::*;
use super::words::*;
use crate::document::{Quote, QuoteKind, Range};
use crate::span::Span;

impl<'a> Attributor<'a> {
    /// The words of a paragraph (or headline) `block` that opens with its speaker and a colon:
    /// a person or organisation, a name in capitals, or an interview's Q or A.
    pub(super) fn labelled(
        &mut self,
        text: &str,
        sentence: &Sentence,
        block: Span,
        headline: bool,
    ) -> Option<Quote> {
        let colon = (1..sentence.words.len().min(5)).find(|&k| sentence.words[k] == ":")?;
        let label = Span::new(sentence.tokens[0].start, sentence.tokens[colon - 1].end);
        let raw = label.slice(text);
        // A headline's label is its source ("Kasich: …", "Clinton camp: …", "Poll: …") unless
        // it names the kind of piece ("Analysis: …", "The Latest: …") or is a kicker in capitals
        // ("FIX IS IN: …").
        let shouted = colon > 1 && raw.chars().all(|c| c.is_uppercase() || !c.is_alphabetic());
        let headline_source = headline
            && !shouted
            && raw.chars().next().is_some_and(char::is_uppercase)
            && (0..colon).all(|k| is_wordlike(sentence.tokens[k].kind))
            && !(0..colon).any(|k| NOT_HEADLINE_SOURCES.contains(sentence.words[k].as_ref()));
        let speaker = self
            .speaker_at(sentence, colon - 1)
            .filter(|s| s.mention.start <= label.start)
            .or_else(|| {
                let capitals = colon == 1
                    && raw.chars().filter(|c| c.is_alphabetic()).count() >= 2
                    && raw.chars().all(|c| c.is_uppercase() || !c.is_alphabetic());
                // A headline's label may end in a name ("Harbour master Lund: …").
                let cluster =
                    self.speaker_at(sentence, colon - 1).and_then(|s| s.cluster).filter(|_| headline_source);
                (capitals || headline_source || matches!(raw, "Q" | "A"))
                    .then_some(Speaker { mention: label, cluster })
            })?;
        let content = Span::new(sentence.tokens.get(colon + 1)?.start, block.end);
        if content.slice(text).split_whitespace().count() < 3 {
            return None;
        }
        // "Ines Lund: An interview with …" titles a piece; nobody says it.
        let after = |k: usize| sentence.words.get(colon + k).map_or("", |w| &**w);
        if after(1) == "interview" || (matches!(after(1), "an" | "the") && after(2) == "interview") {
            return None;
        }
        let cue = sentence.tokens[colon].span();
        let opens_with_mark = content.slice(text).starts_with(['"', '“', '‘', '\'', '«', '„']);
        Some(Quote {
            kind: if opens_with_mark { QuoteKind::Direct } else { QuoteKind::Reported },
            start: content.start,
            end: content.end,
            cue: Some(Range { start: cue.start, end: cue.end }),
            speaker: speaker.cluster,
            speaker_mention: Some(speaker.range()),
            edit: None,
        })
    }
}
