//! What the entity tagger gets wrong on a CoNLL file, grouped by name so that decisions are made
//! from evidence: names missed, false alarms, names found with another label (confusions) and
//! names found with other boundaries; most frequent first, each with examples in their sentence.

use crate::eval::conll::Chunk;
use crate::eval::error_groups::{ErrorGroups, ErrorKind};
use crate::eval::timex_errors::in_context;

/// A kind of error.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum NerError {
    /// A gold name no prediction overlaps.
    Missed,
    /// A prediction no gold name overlaps.
    FalseAlarm,
    /// The gold name's span, with another label.
    Confusion,
    /// Overlapping the gold name, with other boundaries.
    Boundary,
}

impl ErrorKind for NerError {
    const ALL: &'static [NerError] =
        &[NerError::Missed, NerError::FalseAlarm, NerError::Confusion, NerError::Boundary];

    fn title(self) -> &'static str {
        match self {
            NerError::Missed => "missed (gold label and name)",
            NerError::FalseAlarm => "false alarms (our label and name)",
            NerError::Confusion => "confusions (gold label → ours, and name)",
            NerError::Boundary => "boundaries (gold name | ours, with their labels)",
        }
    }
}

/// The tagger's errors over sentences.
#[derive(Debug, Default)]
pub struct NerErrors {
    groups: ErrorGroups<NerError>,
}

impl NerErrors {
    /// Adds one sentence's errors: its words, the gold chunks and ours (token offsets).
    pub fn add(&mut self, words: &[&str], gold: &[Chunk], predicted: &[Chunk]) {
        let text = words.join(" ");
        let mut offsets = Vec::with_capacity(words.len() + 1);
        let mut at = 0;
        for word in words {
            offsets.push(at);
            at += word.len() + 1;
        }
        offsets.push(text.len() + 1);
        let name = |c: &Chunk| words[c.start..c.end].join(" ");
        let example = |c: &Chunk| in_context(&text, offsets[c.start], offsets[c.end] - 1);
        let overlaps = |a: &Chunk, b: &Chunk| a.start < b.end && b.start < a.end;
        for g in gold {
            match predicted.iter().find(|p| overlaps(g, p)) {
                None => self.groups.note(NerError::Missed, format!("{} {}", g.label, name(g)), example(g)),
                Some(p) if (p.start, p.end) == (g.start, g.end) && p.label != g.label => self.groups.note(
                    NerError::Confusion,
                    format!("{} → {}  {}", g.label, p.label, name(g)),
                    example(g),
                ),
                Some(p) if (p.start, p.end) != (g.start, g.end) => self.groups.note(
                    NerError::Boundary,
                    format!("{} {} | {} {}", g.label, name(g), p.label, name(p)),
                    example(g),
                ),
                Some(_) => {}
            }
        }
        for p in predicted.iter().filter(|p| !gold.iter().any(|g| overlaps(g, p))) {
            self.groups.note(NerError::FalseAlarm, format!("{} {}", p.label, name(p)), example(p));
        }
    }

    /// How many errors of a kind there are.
    pub fn count(&self, kind: NerError) -> usize {
        self.groups.count(kind)
    }

    /// The report: for each kind, its `top` most frequent groups with their examples.
    pub fn report(&self, top: usize) -> String {
        self.groups.report(top)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chunk(start: usize, end: usize, label: &str) -> Chunk {
        Chunk { start, end, label: label.to_string() }
    }

    #[test]
    fn each_kind_of_error_is_grouped_by_name() {
        let words =
            ["The", "Sooners", "beat", "Texas", "in", "Norman", "as", "Pfizer", "watched", "U.S.", "Senate"];
        let gold = [chunk(1, 2, "ORG"), chunk(3, 4, "ORG"), chunk(5, 6, "LOC"), chunk(9, 11, "ORG")];
        let ours = [chunk(3, 4, "LOC"), chunk(5, 6, "LOC"), chunk(7, 8, "PER"), chunk(10, 11, "ORG")];
        let mut errors = NerErrors::default();
        errors.add(&words, &gold, &ours);
        errors.add(&words, &gold, &ours);
        for kind in NerError::ALL {
            assert_eq!(errors.count(*kind), 2, "{kind:?}");
        }
        let report = errors.report(5);
        for line in [
            "    2  ORG Sooners",
            "    2  PER Pfizer",
            "    2  ORG → LOC  Texas",
            "    2  ORG U.S. Senate | ORG Senate",
        ] {
            assert!(report.contains(line), "{line:?} in\n{report}");
        }
        assert!(report.contains("…The [Sooners] beat Texas"), "{report}");
    }
}
