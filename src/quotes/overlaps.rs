//! Overlap removal: of two quotes that overlap, which one stays and where the other ends.

use super::cues::{self, CueKind};
use super::sentence::first_letter;
use crate::document::{Quote, QuoteKind, Range};
use crate::tokenize::lower_case;

/// The quotes in text order with no two overlapping: of two that do, the earlier (and longer)
/// one stays, so quoted words inside reported speech ("said the library is “the only warm
/// place”") stay part of it — unless the later one is a direct quote with a cue of its own
/// ("Trump urged her to resign and said, “…”"): then the reported speech ends where that
/// attribution begins.
pub(super) fn remove_overlaps(text: &str, mut quotes: Vec<Quote>) -> Vec<Quote> {
    // The finder mostly meets quotes in text order already; a sorted list is not copied (a
    // stable sort of a long one would take a buffer as large as the list).
    let order = |a: &Quote, b: &Quote| a.start.cmp(&b.start).then(b.end.cmp(&a.end));
    if !quotes.is_sorted_by(|a, b| order(a, b).is_le()) {
        quotes.sort_by(order);
    }
    // The quotes kept are moved to the front of the list, `quotes[..kept]`, in place.
    let mut kept = 0;
    for read in 0..quotes.len() {
        let (front, rest) = quotes.split_at_mut(read);
        let quote = &rest[0];
        let Some(last) = front[..kept].last_mut().filter(|last| last.end > quote.start) else {
            quotes.swap(kept, read);
            kept += 1;
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
                        && !cues::is(&lower_case(&text[cue.start..cue.end]), CueKind::Naming))
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
            kept -= 1;
        }
        quotes.swap(kept, read);
        kept += 1;
    }
    quotes.truncate(kept);
    quotes.shrink_to_fit();
    quotes
}

/// The end of reported content cut off at `cut`, without the punctuation and the conjunction
/// that joined it to what follows ("… to resign, and").
pub(super) fn clause_end(text: &str, start: usize, cut: usize) -> usize {
    let mut end = cut;
    loop {
        let before = text[start..end].trim_end_matches(|c: char| c.is_whitespace() || ",;:—–-".contains(c));
        let before = ["and", "but", "then"]
            .iter()
            .find_map(|word| before.strip_suffix(word).filter(|rest| rest.ends_with(char::is_whitespace)))
            .unwrap_or(before);
        if start + before.len() == end {
            return end;
        }
        end = start + before.len();
    }
}
