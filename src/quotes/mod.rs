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

mod cues;
mod direct;
mod labelled;
mod marks;
mod overlaps;
mod reported;
mod sentence;
mod speakers;
mod words;

use std::ops::Range as Indices;

use crate::document::{Block, BlockKind, Cluster, Entity, Quote, QuoteKind, Range, Token};
use crate::span::Span;
use cues::{is_cue, CueKind};
use marks::{names_a_work, quoted_spans};
use overlaps::clause_end;
use sentence::{first_letter, Sentence};
use speakers::Attributor;

/// How far (in bytes) a quote may stand from the last one and still go on with it: further
/// than any attribution between two parts of one statement.
const MAX_MERGE_GAP: usize = 1_000;

/// Quotes and reported speech in the headlines and paragraphs of an article, in text order.
pub fn find_quotes(
    text: &str,
    blocks: &[Block],
    tokens: &[Token],
    sentence_tokens: &[Indices<usize>],
    entities: &[Entity],
    clusters: &[Cluster],
) -> Vec<Quote> {
    let mut attributor = Attributor::new(text, entities, clusters);
    // Headlines quote people as the body does ("Ruiz: ‘…’", "‘…’, Lund Says").
    let text_blocks: Vec<Span> = blocks
        .iter()
        .filter(|b| matches!(b.kind, BlockKind::Paragraph | BlockKind::Title))
        .map(|b| Span::new(b.start, b.end))
        .collect();
    let direct = quoted_spans(text, &text_blocks);
    // Paragraphs and headlines, with whether each is a headline.
    let speaking_blocks: Vec<(Span, bool)> = blocks
        .iter()
        .filter(|b| matches!(b.kind, BlockKind::Paragraph | BlockKind::Title))
        .map(|b| (Span::new(b.start, b.end).trimmed(text), b.kind == BlockKind::Title))
        .collect();
    let mut quotes: Vec<Quote> = Vec::new();
    let mut next_direct = 0;
    // The end of the last direct quote and its index in `quotes`.
    let mut previous_direct: Option<(usize, usize)> = None;
    for (index, range) in sentence_tokens.iter().enumerate() {
        // One sentence's lower-cased words at a time: a huge input never holds them all.
        let sentence = &Sentence::new(text, &tokens[range.clone()]);
        let Some(bounds) =
            sentence.tokens.first().zip(sentence.tokens.last()).map(|(a, b)| Span::new(a.start, b.end))
        else {
            continue;
        };
        // Direct quotes that end in this sentence.
        while next_direct < direct.len() && direct[next_direct].0.end <= bounds.end {
            let (span, continues) = direct[next_direct];
            next_direct += 1;
            let words = span.slice(text).split_whitespace().count();
            // A quote inside the content of the last one ("says “…” because “…”") is part of it.
            let inside_last = previous_direct.is_some_and(|(end, _)| span.start < end);
            if inside_last || names_a_work(text, sentence, span) {
                continue;
            }
            // A quote of several sentences is introduced in the sentence it opens.
            let opening_index = sentence_tokens
                .partition_point(|r| tokens[..r.end].last().is_some_and(|t| t.end <= span.start));
            let opening = sentence_tokens
                .get(opening_index)
                .filter(|r| r.start < range.start)
                .map(|r| Sentence::new(text, &tokens[r.clone()]));
            let attribution = attributor
                .around_quote(sentence, opening.as_ref().unwrap_or(sentence), span)
                .or_else(|| {
                    // "“Who do they think they are?” Trump said of the company.": the quote ends
                    // its sentence, and the attribution opens the next one.
                    let next = sentence_tokens.get(index + 1)?;
                    let ends_sentence = sentence.tokens.last().is_some_and(|t| t.end <= span.end)
                        && span
                            .slice(text)
                            .trim_end_matches(['"', '“', '”', '\'', '‘', '’', '»'])
                            .ends_with(['.', '?', '!', '…']);
                    let gap = text.get(span.end..tokens.get(next.start)?.start)?;
                    // A quote opening in the next sentence takes its attribution itself.
                    let next_end = tokens.get(next.end.checked_sub(1)?)?.end;
                    let quote_follows = direct.get(next_direct).is_some_and(|(q, _)| q.start < next_end);
                    // A quote carried on from another in its paragraph keeps that one's attribution.
                    let carried = previous_direct
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
                    attributor.around_quote(&next, &next, span)
                })
                .or_else(|| {
                    // "Dr. Ward stated:" ending the paragraph before the one the quote opens.
                    let previous = sentence_tokens.get(opening_index.checked_sub(1)?)?;
                    let colon = tokens.get(previous.end.checked_sub(1)?)?;
                    let opens_paragraph = text.get(colon.end..span.start)?.contains('\n');
                    if !(opens_paragraph && colon.span().slice(text) == ":" && words > 3) {
                        return None;
                    }
                    let previous = Sentence::new(text, &tokens[previous.clone()]);
                    attributor.around_quote(&previous, &previous, span)
                });
            // Only a quote near the last one may go on with it; looking no further keeps the
            // cost of a long paragraph of skipped quotes linear.
            if let Some((end, index)) = previous_direct.filter(|&(end, _)| span.start - end <= MAX_MERGE_GAP)
            {
                let gap = text.get(end..span.start).unwrap_or("\n");
                // A quote continued in the next paragraph, or carried on in the same one after
                // its attribution ("…," he said, "…" or "…," she said, adding X. "…"), is one
                // statement: the last quote grows.
                // Past a second cue ("…," she said, then added that …. "…") the quote is
                // another statement.
                // A cue in a relative clause about the speaker ("said Ms. Ruiz, who noted
                // that …") is part of the attribution.
                let gap_words: Vec<&str> =
                    gap.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
                let gap_cues = (0..gap_words.len())
                    .filter(|&k| cues::is(&gap_words[k].to_lowercase(), CueKind::Speech))
                    .filter(|&k| k == 0 || !gap_words[k - 1].eq_ignore_ascii_case("who"))
                    // Not a word of a name ("the Housing Forecast").
                    .filter(|&k| {
                        k == 0
                            || ![gap_words[k - 1], gap_words[k]]
                                .iter()
                                .all(|w| w.starts_with(char::is_uppercase))
                    })
                    .count();
                // The gap is the last quote's own attribution, and the quote opens a new sentence
                // ("…,” she said, noting that …. “Then …”): however many cues the gap holds, the
                // speaker goes on.
                let opens_sentence = gap.trim_end().ends_with('.')
                    && first_letter(span.slice(text)).is_some_and(char::is_uppercase);
                // The gap holds no sentence of the reporter's own after the attribution ("…,”
                // Ruiz added. She then turned to the crowd. “…”").
                let sentence_start = |r: &Indices<usize>| tokens.get(r.start).map_or(usize::MAX, |t| t.start);
                let narrated = sentence_tokens.partition_point(|r| sentence_start(r) < span.start)
                    - sentence_tokens.partition_point(|r| sentence_start(r) <= end)
                    > 1;
                // A cue in the gap that is not the last quote's starts an attribution of its own
                // ("…,” she said. Ruiz said both sides are “…”, but added: “…”).
                let last_cue_in_gap =
                    quotes[index].cue.is_some_and(|cue| cue.start >= end && cue.end <= span.start);
                let attributes_last = opens_sentence && !narrated && last_cue_in_gap;
                // A quote that a word leads into ("…,” Cruz said after a brief “sorry”) is
                // words of the reporter's sentence, not the speaker's; the last quote's own cue
                // before a forgotten comma ("…,” she said “…”) leads into nothing.
                let led_in = gap.trim_end().ends_with(char::is_alphanumeric)
                    && (words <= 3
                        || quotes[index].cue.is_none_or(|cue| cue.end != end + gap.trim_end().len()));
                let carried_on = attribution.is_none()
                    && !gap.contains('\n')
                    && !led_in
                    && !narrated
                    && (gap_cues == 0 || attributes_last || (gap_cues == 1 && last_cue_in_gap))
                    && (gap.trim().len() < 60
                        || (quotes[index].cue.is_some() && (words > 3 || attributes_last)));
                // A paragraph that opens with an unattributed quote right after the paragraph
                // ending in the last quote's attribution ("…,” she said.¶“…”) goes on with it.
                let gap_lines = gap.lines().filter(|line| !line.trim().is_empty()).count();
                let next_paragraph = attribution.is_none()
                    && words > 3
                    && gap.contains('\n')
                    && gap_lines == 1
                    && gap.trim().len() <= 150
                    && gap.trim_end().ends_with('.')
                    && !narrated
                    && last_cue_in_gap
                    // A quote running on into paragraphs of its own is attributed where it ends.
                    && !direct.get(next_direct).is_some_and(|&(_, continued)| continued);
                // The sentence the last quote began goes on after its attribution ("…,” said
                // Ruiz, speaking of the board, “and they know it.”).
                let resumed = last_cue_in_gap
                    && gap_cues == 1
                    && !gap.contains(['\n', '.', '!', '?'])
                    && gap.trim_end().ends_with(',')
                    && first_letter(span.slice(text)).is_some_and(char::is_lowercase);
                // Two quotes joined by "and" or "or" ("chanted “Send them home” and “Build the
                // wall”", "…,” she said, and “…”") are one statement.
                let joined = !gap.contains(['\n', '.', '!', '?', ';', ':'])
                    && gap.trim().len() < 60
                    && matches!(gap_words.last(), Some(&("and" | "or")))
                    && (gap_cues == 0 || (gap_cues == 1 && last_cue_in_gap));
                // An unclosed quote goes on in the next paragraph only when the last quote is
                // the part it continues, not one kept from further back because that part was
                // reported speech ("… is “a vague idea.¶“We pass bills …,” she said").
                let continued = continues && gap.trim().is_empty();
                if continued || carried_on || next_paragraph || resumed || joined {
                    let merged = &mut quotes[index];
                    merged.end = span.end;
                    if let (None, Some((cue, speaker, _))) = (merged.cue, attribution) {
                        merged.cue = Some(cue);
                        merged.speaker = speaker.cluster;
                        merged.speaker_mention =
                            Some(Range { start: speaker.mention.start, end: speaker.mention.end });
                    }
                    previous_direct = Some((span.end, index));
                    continue;
                }
            }
            // Scare quotes around a word or two, and quoted phrases inside the reporter's own
            // sentence that nobody is said to have said, are not quotes.
            let inside_sentence = sentence.has_word_before(span.start);
            // "… and chanting “…”", "He jokes, “…!”": a quote right after its cue, or a whole
            // sentence quoted after a comma or colon, is a statement even when no speaker can be
            // told or its verb is no cue we know.
            let introduced = match attribution {
                None if inside_sentence => attributor.introduced(text, sentence, span, words),
                _ => None,
            };
            if let Some((cue, speaker)) = introduced {
                quotes.push(Quote {
                    kind: QuoteKind::Direct,
                    start: span.start,
                    end: span.end,
                    cue: Some(cue),
                    speaker: speaker.as_ref().and_then(|s| s.cluster),
                    speaker_mention: speaker.map(|s| Range { start: s.mention.start, end: s.mention.end }),
                });
                previous_direct = Some((span.end, quotes.len() - 1));
                continue;
            }
            if attribution.is_none() && (words <= 3 || inside_sentence) {
                continue;
            }
            // A paragraph that opens with an unattributed quote right after a quoted paragraph
            // goes on in the same voice.
            let inherited = match (&attribution, previous_direct) {
                (None, Some((end, index))) if text[end..span.start].trim().is_empty() => {
                    Some((quotes[index].cue, quotes[index].speaker))
                }
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
                    speaker_mention: Some(Range { start: speaker.mention.start, end: speaker.mention.end }),
                },
                (None, inherited) => Quote {
                    kind: QuoteKind::Direct,
                    start: span.start,
                    end: span.end,
                    cue: inherited.and_then(|(cue, _)| cue),
                    speaker: inherited.and_then(|(_, speaker)| speaker),
                    speaker_mention: None,
                },
            };
            previous_direct = Some((quote.end, quotes.len()));
            quotes.push(quote);
        }
        // The end of the direct quote that holds a position.
        let quoted = |at: usize| {
            let index = direct.partition_point(|(span, _)| span.end <= at);
            direct.get(index).filter(|(span, _)| span.start <= at).map(|(span, _)| span.end)
        };
        // "Lopes: We will reopen", "NOVAK: I think…", "Q: …": a speaker and a colon open
        // the paragraph, and the rest of it is theirs.
        let block = speaking_blocks.partition_point(|(b, _)| b.end <= bounds.start);
        if let Some(&(block, headline)) = speaking_blocks.get(block).filter(|(b, _)| b.start == bounds.start)
        {
            if let Some(quote) = attributor.labelled(text, sentence, block, headline) {
                quotes.push(quote);
            }
        }
        let mut from = 0;
        while let Some((quote, next)) = attributor.reported(sentence, &quoted, from) {
            quotes.push(quote);
            from = next;
        }
        attributor.note_subject(sentence);
    }
    quotes.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
    // Quotes never overlap: of two that do, the earlier (and longer) one stays, so quoted words
    // inside reported speech ("said the library is “the only warm place”") stay part of it —
    // unless the later one is a direct quote with a cue of its own ("Trump urged her to resign
    // and said, “…”"): then the reported speech ends where that attribution begins.
    let mut kept: Vec<Quote> = Vec::with_capacity(quotes.len());
    for quote in quotes {
        let Some(last) = kept.last_mut().filter(|last| last.end > quote.start) else {
            kept.push(quote);
            continue;
        };
        // Introduced with a comma or colon ("and said, “…”"); quoted words run into the
        // sentence ("called it “a disaster”") belong to the reported speech.
        // So is a quote set off by a comma, colon or dash and attributed after it, or after its
        // first part ("telling the paper on Monday, “…,” he said", "— as critics allege — “…?”
        // asked Ruiz").
        // A sentence quoted right after its cue ("a man yelled “Stay home!”") stands apart too.
        let capitalised = first_letter(&text[quote.start..quote.end]).is_some_and(char::is_uppercase);
        let introduced = |cue: &Range| match text.get(cue.end..quote.start) {
            Some(gap) => {
                gap.trim_end().ends_with([',', ':'])
                    || (gap.trim().is_empty()
                        && capitalised
                        && !cues::is(text[cue.start..cue.end].to_lowercase().as_str(), CueKind::Naming))
            }
            None => {
                cue.start >= quote.start && text[..quote.start].trim_end().ends_with([',', ':', '—', '–'])
            }
        };
        let Some(cue) = quote.cue.filter(|cue| {
            quote.kind == QuoteKind::Direct && last.kind != QuoteKind::Direct && introduced(cue)
        }) else {
            continue;
        };
        let mention = quote.speaker_mention.map_or(usize::MAX, |m| m.start);
        let cut = [quote.start, cue.start, mention].into_iter().filter(|&at| at > last.start).min();
        let Some(end) = cut.map(|cut| clause_end(text, last.start, cut)) else { continue };
        if text[last.start..end].split_whitespace().count() >= 3 {
            last.end = end;
        } else {
            kept.pop();
        }
        kept.push(quote);
    }
    kept
}


