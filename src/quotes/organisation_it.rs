//! "It" that speaks for an organisation: a quote whose speaker is "it" and resolved to no one
//! continues the organisation quoted just before ("The Guardian cited …: “…” It quoted critics
//! …"), however long that quote was. A person quoted in between, or a long gap, leaves the
//! speaker unknown. "They" is left alone: on PolNeAR it more often stands for the people named
//! since ("his advisers say", "Chinese traders say they …") than for the organisation quoted.

use crate::document::{Cluster, Label, Quote};

/// Most bytes from the end of the organisation's quote to the "it" that continues it.
const IT_REACH_AFTER_QUOTE: usize = 400;

/// Gives each unresolved "it" speaker of `quotes` the organisation quoted right before it, if
/// any.
pub(super) fn continue_organisations(text: &str, quotes: &mut [Quote], clusters: &[Cluster]) {
    let mut order: Vec<usize> = (0..quotes.len()).collect();
    order.sort_by_key(|&q| quotes[q].start);
    // The latest quote so far that has a speaker: its cluster and where it ends.
    let mut last: Option<(usize, usize)> = None;
    for q in order {
        let quote = &mut quotes[q];
        if let (None, Some(mention)) = (quote.speaker, quote.speaker_mention) {
            let it = text.get(mention.start..mention.end).is_some_and(|w| w.eq_ignore_ascii_case("it"));
            if let Some((cluster, end)) = last.filter(|_| it) {
                let organisation = clusters.get(cluster).is_some_and(|c| c.label == Label::Org);
                if organisation && end <= mention.start && mention.start - end <= IT_REACH_AFTER_QUOTE {
                    quote.speaker = Some(cluster);
                }
            }
        }
        if let Some(cluster) = quote.speaker {
            last = Some((cluster, quote.end));
        }
    }
}
