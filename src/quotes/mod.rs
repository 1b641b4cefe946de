//! Who said what: direct quotations in any quotation marks (straight, curly, guillemets,
//! single), including quotes that run over several paragraphs, and reported speech introduced
//! by a cue ("said that …", "stressed …", "according to …", "the survey found that …",
//! "believes that …"), each with its cue and speaker.
//!
//! A speaker is the cluster of the mention the attribution rests on: a name, or "he"/"she"
//! resolved to the most recent person who spoke or opened a sentence (of the right gender when
//! it is known), or a title noun ("the minister") resolved to the person who holds that title.
//! When none of these applies the speaker is unknown (`None`) rather than guessed.
//!
//! ```
//! use article_annotator::{annotate, Options, QuoteKind};
//! let doc = annotate("Antony Blinken met officials in Ankara. \"We will stay,\" he said.", &Options::default());
//! let quote = &doc.quotes[0];
//! assert_eq!(quote.kind, QuoteKind::Direct);
//! assert_eq!(&doc.text[quote.start..quote.end], "\"We will stay,\"");
//! assert_eq!(doc.clusters[quote.speaker.unwrap()].name, "Antony Blinken");
//! ```

pub(crate) mod affiliation;
mod continuation;
mod cues;
mod direct;
mod governments;
mod interview;
mod labelled;
mod marks;
mod organisation_it;
mod overlaps;
mod reported;
mod sentence;
mod speakers;
pub(crate) mod words;

/// Whether `word` (lower case) reports a clause after it: a verb of saying or believing
/// ("says", "told", "believes").
pub(crate) fn reports_a_clause(word: &str) -> bool {
    cues::is(word, cues::CueKind::Speech) || cues::is(word, cues::CueKind::Thought)
}

use std::ops::Range as Indices;

use crate::document::{Block, BlockKind, Cluster, Entity, Quote, QuoteKind, Range, Token};
use crate::pronouns::PronounLink;
use crate::span::Span;
use continuation::{Continuation, Gap, MAX_MERGE_GAP};
use cues::is_cue;
use marks::{names_a_work, quoted_spans};
use sentence::Sentence;
use speakers::{Attributor, Speaker};

/// Whether `word` (lower case) is a verb of saying ("said", "tells"), as the quote finder's cue
/// table lists them.
pub(crate) fn is_speech_verb(word: &str) -> bool {
    cues::is(word, cues::CueKind::Speech)
}

/// Quotes and reported speech in the headlines and paragraphs of an article, in text order.
///
/// `pronouns` are the gendered pronouns resolved by [`crate::pronouns::resolve_pronouns`].
///
/// The passes, sentence by sentence: the direct quotes that end in the sentence are attributed
/// (`direct.rs`) or carried on from the last one (`continuation.rs`); a paragraph that opens with
/// a label and a colon is the label's (`labelled.rs`); reported speech is found around the
/// sentence's cues (`reported.rs`). Last, overlapping quotes are resolved (`overlaps.rs`).
pub fn find_quotes(
    text: &str,
    blocks: &[Block],
    tokens: &[Token],
    sentence_tokens: &[Indices<usize>],
    entities: &[Entity],
    clusters: &[Cluster],
    pronouns: &[PronounLink],
) -> Vec<Quote> {
    // Headlines quote people as the body does ("Ruiz: ‘…’", "‘…’, Lund Says").
    let speaking = || blocks.iter().filter(|b| matches!(b.kind, BlockKind::Paragraph | BlockKind::Title));
    let text_blocks: Vec<Span> = speaking().map(|b| Span::new(b.start, b.end)).collect();
    let mut finder = QuoteFinder {
        text,
        tokens,
        sentence_tokens,
        direct: quoted_spans(text, &text_blocks),
        speaking_blocks: speaking()
            .map(|b| (Span::new(b.start, b.end).trimmed(text), b.kind == BlockKind::Title))
            .collect(),
        attributor: Attributor::new(text, entities, clusters.len(), pronouns),
        // Most sentences attribute at most one quote: a list as long as the sentences seldom
        // grows by doubling, which on a long text needs the old and the new list at once.
        quotes: Vec::with_capacity(sentence_tokens.len()),
        next_direct: 0,
        previous_direct: None,
    };
    for (index, range) in sentence_tokens.iter().enumerate() {
        // One sentence's lower-cased words at a time: a huge input never holds them all.
        let sentence = Sentence::new(text, &tokens[range.clone()]);
        finder.sentence(index, range, &sentence);
    }
    organisation_it::continue_organisations(text, &mut finder.quotes, clusters);
    overlaps::remove_overlaps(text, finder.quotes)
}

/// The state of the search through an article's sentences.
struct QuoteFinder<'a> {
    text: &'a str,
    tokens: &'a [Token],
    /// Each sentence's tokens.
    sentence_tokens: &'a [Indices<usize>],
    /// The quoted spans of the article, with whether each carries on an unclosed quote.
    direct: Vec<(Span, bool)>,
    /// Paragraphs and headlines, with whether each is a headline.
    speaking_blocks: Vec<(Span, bool)>,
    attributor: Attributor<'a>,
    /// The quotes found so far.
    quotes: Vec<Quote>,
    /// The first quoted span not read yet.
    next_direct: usize,
    /// The end of the last direct quote and its index in `quotes`.
    previous_direct: Option<(usize, usize)>,
}

impl QuoteFinder<'_> {
    /// Reads sentence `index` (tokens `range`): its direct quotes, its label, its reported speech.
    fn sentence(&mut self, index: usize, range: &Indices<usize>, sentence: &Sentence) {
        let Some(bounds) =
            sentence.tokens.first().zip(sentence.tokens.last()).map(|(a, b)| Span::new(a.start, b.end))
        else {
            return;
        };
        // Direct quotes that end in this sentence.
        while self.next_direct < self.direct.len() && self.direct[self.next_direct].0.end <= bounds.end {
            let (span, continues) = self.direct[self.next_direct];
            self.next_direct += 1;
            self.direct_quote(index, range, sentence, span, continues);
        }
        let direct = &self.direct;
        // The end of the direct quote that holds a position.
        let quoted = |at: usize| {
            let index = direct.partition_point(|(span, _)| span.end <= at);
            direct.get(index).filter(|(span, _)| span.start <= at).map(|(span, _)| span.end)
        };
        // "Lopes: We will reopen", "NOVAK: I think…", "Q: …": a speaker and a colon open
        // the paragraph, and the rest of it is theirs.
        let block = self.speaking_blocks.partition_point(|(b, _)| b.end <= bounds.start);
        if let Some(&(block, headline)) =
            self.speaking_blocks.get(block).filter(|(b, _)| b.start == bounds.start)
        {
            if let Some(quote) = self.attributor.labelled(self.text, sentence, block, headline) {
                self.quotes.push(quote);
            }
        }
        let mut from = 0;
        while let Some((quote, next)) = self.attributor.reported(sentence, &quoted, from) {
            self.quotes.push(quote);
            from = next;
        }
    }

    /// Attributes the quoted `span` that ends in `sentence`, carries the last quote on with it, or
    /// leaves it as no quote (scare quotes, titles of works).
    fn direct_quote(
        &mut self,
        index: usize,
        range: &Indices<usize>,
        sentence: &Sentence,
        span: Span,
        continues: bool,
    ) {
        let text = self.text;
        let words = span.slice(text).split_whitespace().count();
        // A quote inside the content of the last one ("says “…” because “…”") is part of it.
        let inside_last = self.previous_direct.is_some_and(|(end, _)| span.start < end);
        if inside_last || names_a_work(text, sentence, span) {
            return;
        }
        let attribution = self.attribution(index, range, sentence, span, words);
        // Only a quote near the last one may go on with it; looking no further keeps the cost of
        // a long paragraph of skipped quotes linear.
        if let Some((end, last)) = self.previous_direct.filter(|&(end, _)| span.start - end <= MAX_MERGE_GAP)
        {
            let next_continues = self.direct.get(self.next_direct).is_some_and(|&(_, continued)| continued);
            let gap = Gap {
                text,
                tokens: self.tokens,
                sentence_tokens: self.sentence_tokens,
                last: &self.quotes[last],
                last_end: end,
                span,
                words,
            };
            if gap.continuation(continues, attribution.is_some(), next_continues) != Continuation::Separate {
                let merged = &mut self.quotes[last];
                merged.end = span.end;
                if let (None, Some((cue, speaker, _))) = (merged.cue, attribution) {
                    merged.cue = Some(cue);
                    merged.speaker = speaker.cluster;
                    merged.speaker_mention = Some(speaker.range());
                }
                self.previous_direct = Some((span.end, last));
                return;
            }
        }
        // Scare quotes around a word or two, and quoted phrases inside the reporter's own
        // sentence that nobody is said to have said, are not quotes.
        let inside_sentence = sentence.has_word_before(span.start);
        // "… and chanting “…”", "He jokes, “…!”": a quote right after its cue, or a whole sentence
        // quoted after a comma or colon, is a statement even when no speaker can be told or its
        // verb is no cue we know.
        let introduced = match attribution {
            None if inside_sentence => self.attributor.introduced(text, sentence, span, words),
            _ => None,
        };
        if let Some((cue, speaker)) = introduced {
            self.quotes.push(Quote {
                kind: QuoteKind::Direct,
                start: span.start,
                end: span.end,
                cue: Some(cue),
                speaker: speaker.as_ref().and_then(|s| s.cluster),
                speaker_mention: speaker.map(|s| s.range()),
                edit: None,
            });
            self.previous_direct = Some((span.end, self.quotes.len() - 1));
            return;
        }
        // "“…” ― Ana Ruiz": signed at the end of its line.
        let signature = match attribution {
            None if !inside_sentence => self.attributor.signature_after(text, span.end),
            _ => None,
        };
        if attribution.is_none() && signature.is_none() && (words <= 3 || inside_sentence) {
            return;
        }
        // A paragraph that opens with an unattributed quote right after a quoted paragraph goes
        // on in the same voice; after a paragraph that ends in someone's statement ("…, saying
        // the campaign was lying.¶“I am so sick of it.”"), in that person's voice.
        let inherited = match (&attribution, self.previous_direct) {
            (None, Some((end, last))) if text[end..span.start].trim().is_empty() => {
                Some((self.quotes[last].cue, self.quotes[last].speaker))
            }
            (None, _) => self.speaker_ending_last_paragraph(span).map(|speaker| (None, Some(speaker))),
            _ => None,
        };
        let quote = match (attribution, inherited) {
            (Some((cue, speaker, content)), _) => Quote {
                // Quoted words inside the reporter's sentence are reported speech.
                kind: if content.start < span.start { QuoteKind::Reported } else { QuoteKind::Direct },
                start: content.start,
                end: content.end,
                cue: Some(cue),
                speaker: speaker.cluster,
                speaker_mention: Some(speaker.range()),
                edit: None,
            },
            (None, _) if signature.is_some() => Quote {
                kind: QuoteKind::Direct,
                start: span.start,
                end: span.end,
                cue: None,
                speaker: signature.as_ref().and_then(|s| s.cluster),
                speaker_mention: signature.map(|s| s.range()),
                edit: None,
            },
            (None, inherited) => Quote {
                kind: QuoteKind::Direct,
                start: span.start,
                end: span.end,
                cue: inherited.and_then(|(cue, _)| cue),
                speaker: inherited.and_then(|(_, speaker)| speaker),
                speaker_mention: None,
                edit: None,
            },
        };
        self.previous_direct = Some((quote.end, self.quotes.len()));
        self.quotes.push(quote);
    }

    /// The speaker of the last quote found, when it ends the paragraph right before the one
    /// `span` opens (nothing but closing punctuation after it) and its speaker is known.
    fn speaker_ending_last_paragraph(&self, span: Span) -> Option<usize> {
        let last = self.quotes.last().filter(|q| q.end <= span.start)?;
        let gap = self.text.get(last.end..span.start)?;
        // Checked first: it stops at the first letter, so a long gap costs little.
        if !gap.chars().all(|c| c.is_whitespace() || ".”\"’')".contains(c)) {
            return None;
        }
        let paragraphs_between = gap.split('\n').filter(|line| !line.trim().is_empty()).count();
        (gap.contains('\n') && paragraphs_between <= 1).then_some(last.speaker).flatten()
    }

    /// The cue, speaker and content of the quoted `span` (of `words` words) ending in sentence
    /// `index`: around it, in the sentence it opens; else opening the next sentence; else a
    /// colon ending the paragraph before.
    fn attribution(
        &mut self,
        index: usize,
        range: &Indices<usize>,
        sentence: &Sentence,
        span: Span,
        words: usize,
    ) -> Option<(Range, Speaker, Span)> {
        let (text, tokens, sentence_tokens) = (self.text, self.tokens, self.sentence_tokens);
        // A quote of several sentences is introduced in the sentence it opens.
        let opening_index =
            sentence_tokens.partition_point(|r| tokens[..r.end].last().is_some_and(|t| t.end <= span.start));
        let opening = sentence_tokens
            .get(opening_index)
            .filter(|r| r.start < range.start)
            .map(|r| Sentence::new(text, &tokens[r.clone()]));
        if let Some(found) =
            self.attributor.around_quote(sentence, opening.as_ref().unwrap_or(sentence), span)
        {
            return Some(found);
        }
        if let Some(found) = self.attribution_after(index, sentence, span) {
            return Some(found);
        }
        // "Dr. Ward stated:" ending the paragraph before the one the quote opens.
        let previous = sentence_tokens.get(opening_index.checked_sub(1)?)?;
        let colon = tokens.get(previous.end.checked_sub(1)?)?;
        let opens_paragraph = text.get(colon.end..span.start)?.contains('\n');
        if !(opens_paragraph && colon.span().slice(text) == ":" && words > 3) {
            return None;
        }
        let previous = Sentence::new(text, &tokens[previous.clone()]);
        self.attributor.around_quote(&previous, &previous, span)
    }

    /// "“Who do they think they are?” Trump said of the company.": the quote ends its sentence
    /// (sentence `index`), and the attribution opens the next one.
    fn attribution_after(
        &mut self,
        index: usize,
        sentence: &Sentence,
        span: Span,
    ) -> Option<(Range, Speaker, Span)> {
        let (text, tokens) = (self.text, self.tokens);
        let next = self.sentence_tokens.get(index + 1)?;
        let ends_sentence = sentence.tokens.last().is_some_and(|t| t.end <= span.end)
            && span
                .slice(text)
                .trim_end_matches(['"', '“', '”', '\'', '‘', '’', '»'])
                .ends_with(['.', '?', '!', '…']);
        let gap = text.get(span.end..tokens.get(next.start)?.start)?;
        // A quote opening in the next sentence takes its attribution itself.
        let next_end = tokens.get(next.end.checked_sub(1)?)?.end;
        let quote_follows = self.direct.get(self.next_direct).is_some_and(|(q, _)| q.start < next_end);
        // A quote carried on from another in its paragraph keeps that one's attribution.
        let carried = self
            .previous_direct
            .is_some_and(|(end, _)| !text.get(end..span.start).unwrap_or("\n").contains('\n'));
        let opens_sentence = !sentence.has_word_before(span.start);
        if !ends_sentence || !opens_sentence || gap.contains('\n') || quote_follows || carried {
            return None;
        }
        let next = Sentence::new(text, &tokens[next.clone()]);
        let cue = (0..next.words.len().min(12)).find(|&i| is_cue(&next.words, i).is_some())?;
        if next.words.get(cue + 1).is_some_and(|w| w == "that") {
            return None;
        }
        self.attributor.around_quote(&next, &next, span)
    }
}
