//! What the date finder gets wrong, grouped so that decisions are made from evidence: missed
//! and spurious expressions by their shape and type, span-boundary errors by the words one side
//! has and the other lacks, value errors by the shapes of the two values, type errors by the
//! two types; most frequent first, each group with examples in context.

use crate::eval::error_groups::{ErrorGroups, ErrorKind};
use crate::eval::timeml::align;
use crate::timex::TimexSpan;

/// A kind of error.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum TimexError {
    /// A gold expression we did not find at all.
    Missed,
    /// An expression we found where the gold has none.
    Spurious,
    /// Found, but with other boundaries.
    Boundary,
    /// Found, with another type.
    Type,
    /// Found, with another value.
    Value,
}

impl ErrorKind for TimexError {
    const ALL: &'static [TimexError] = &[
        TimexError::Missed,
        TimexError::Spurious,
        TimexError::Boundary,
        TimexError::Type,
        TimexError::Value,
    ];

    fn title(self) -> &'static str {
        match self {
            TimexError::Missed => "missed (type and shape of the gold expression)",
            TimexError::Spurious => "spurious (type and shape of ours)",
            TimexError::Boundary => "span boundaries (words only the gold has | words only we have)",
            TimexError::Type => "type (gold → ours)",
            TimexError::Value => "value (type: gold value shape → our value shape)",
        }
    }
}

/// Errors grouped by kind and pattern.
#[derive(Debug, Default)]
pub struct TimexErrors {
    groups: ErrorGroups<TimexError>,
}

/// A value in one notation, so that two spellings of the same time compare equal: unknown
/// parts at the end dropped (`1968-XX` → `1968`, `1998-XX-XX` → `1998`), a decade's `X` dropped
/// (`198X` → `198`, the guidelines' form) and a week number in two digits (`2000-W7` →
/// `2000-W07`). The scores compare values as written; the error report only names these.
///
/// ```
/// use article_annotator::eval::timex_errors::canonical;
/// assert_eq!(canonical("1968-XX"), canonical("1968"));
/// assert_eq!(canonical("198X"), "198");
/// assert_eq!(canonical("2000-W7"), "2000-W07");
/// assert_ne!(canonical("1998-10"), canonical("1998"));
/// ```
pub fn canonical(value: &str) -> String {
    let mut value = value;
    while let Some(shorter) = value.strip_suffix("-XX") {
        value = shorter;
    }
    if value.len() == 4 && value.ends_with('X') && value[..3].bytes().all(|b| b.is_ascii_digit()) {
        return value[..3].to_string();
    }
    match value.split_once("-W") {
        Some((year, week)) if week.len() == 1 && week.bytes().all(|b| b.is_ascii_digit()) => {
            format!("{year}-W0{week}")
        }
        _ => value.to_string(),
    }
}

/// A text's shape: lower case, every run of digits one `9` ("March 12, 1998" → "march 9, 9").
fn shape(text: &str) -> String {
    let mut out = String::new();
    for c in text.to_lowercase().chars() {
        if c.is_ascii_digit() {
            if !out.ends_with('9') {
                out.push('9');
            }
        } else if c.is_whitespace() {
            if !out.ends_with(' ') {
                out.push(' ');
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// The expression in its sentence, marked: "… met on [Thursday] in …".
pub(crate) fn in_context(text: &str, start: usize, end: usize) -> String {
    let before = text[..start].char_indices().rev().nth(30).map_or(0, |(at, _)| at);
    let after = text[end..].char_indices().nth(30).map_or(text.len(), |(at, _)| end + at);
    format!("…{}[{}]{}…", &text[before..start], &text[start..end], &text[end..after])
        .replace(['\n', '\r'], " ")
}

impl TimexErrors {
    fn note(&mut self, kind: TimexError, pattern: String, example: String) {
        self.groups.note(kind, pattern, example);
    }

    /// Adds one document's errors (`text` is the document's text; offsets are bytes into it).
    pub fn add(&mut self, text: &str, gold: &[TimexSpan], predicted: &[TimexSpan]) {
        let slice = |s: &TimexSpan| text.get(s.start..s.end).unwrap_or("");
        let alignment = align(gold, predicted);
        let mut matched = vec![false; predicted.len()];
        for (g, found) in gold.iter().zip(&alignment) {
            let Some(p) = found.map(|index| {
                matched[index] = true;
                &predicted[index]
            }) else {
                self.note(
                    TimexError::Missed,
                    format!("{} \"{}\"", g.label.as_str(), shape(slice(g))),
                    in_context(text, g.start, g.end),
                );
                continue;
            };
            let example = || {
                format!(
                    "{}  (gold {} {}, ours {} {})",
                    in_context(text, g.start, g.end),
                    g.label.as_str(),
                    g.value,
                    p.label.as_str(),
                    p.value
                )
            };
            if (g.start, g.end) != (p.start, p.end) {
                let (left, right) = (g.start.min(p.start), g.end.max(p.end));
                let only = |span: &TimexSpan| {
                    let before = text.get(left..span.start.max(left)).unwrap_or("");
                    let after = text.get(span.end.min(right)..right).unwrap_or("");
                    match (before.trim(), after.trim()) {
                        ("", "") => "—".to_string(),
                        (before, "") => format!("{} …", shape(before)),
                        ("", after) => format!("… {}", shape(after)),
                        (before, after) => format!("{} … {}", shape(before), shape(after)),
                    }
                };
                // What each side has beyond the other: gold "the … " and ours " … ago".
                let gold_only = only(p);
                let ours_only = only(g);
                self.note(TimexError::Boundary, format!("{gold_only} | {ours_only}"), example());
            }
            if g.label != p.label {
                self.note(
                    TimexError::Type,
                    format!("{} → {}", g.label.as_str(), p.label.as_str()),
                    example(),
                );
            } else if g.value != p.value {
                let notation =
                    if canonical(&g.value) == canonical(&p.value) { "other notation only, " } else { "" };
                let pattern =
                    format!("{notation}{}: {} → {}", g.label.as_str(), shape(&g.value), shape(&p.value));
                self.note(TimexError::Value, pattern, example());
            }
        }
        for (p, _) in predicted.iter().zip(&matched).filter(|(_, m)| !**m) {
            self.note(
                TimexError::Spurious,
                format!("{} \"{}\"", p.label.as_str(), shape(slice(p))),
                in_context(text, p.start, p.end),
            );
        }
    }

    /// How many errors of a kind there are.
    pub fn count(&self, kind: TimexError) -> usize {
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
    use crate::Label;

    fn span(text: &str, phrase: &str, label: Label, value: &str) -> TimexSpan {
        let start = text.find(phrase).unwrap();
        TimexSpan { start, end: start + phrase.len(), label, value: value.to_string() }
    }

    #[test]
    fn each_kind_of_error_is_grouped_by_its_pattern() {
        let text = "Two years ago, on Thursday, March 12, 1998, the board met for the next two years.";
        let gold = [
            span(text, "Two years ago", Label::Date, "1996"),
            span(text, "Thursday, March 12, 1998", Label::Date, "1998-03-12"),
            span(text, "the next two years", Label::Duration, "P2Y"),
        ];
        let predicted = [
            span(text, "Two years ago", Label::Date, "1997"),
            span(text, "March 12, 1998", Label::Date, "1998-03-12"),
            span(text, "the board", Label::Date, "XXXX"),
        ];
        let mut errors = TimexErrors::default();
        errors.add(text, &gold, &predicted);
        assert_eq!(errors.count(TimexError::Value), 1);
        assert_eq!(errors.count(TimexError::Boundary), 1);
        assert_eq!(errors.count(TimexError::Missed), 1);
        assert_eq!(errors.count(TimexError::Spurious), 1);
        let report = errors.report(10);
        assert!(report.contains("DATE: 9 → 9"), "{report}");
        assert!(report.contains("thursday, … | —"), "{report}");
        assert!(report.contains("DURATION \"the next two years\""), "{report}");
        assert!(report.contains("DATE \"the board\""), "{report}");
        assert!(report.contains("on [Thursday, March 12, 1998], the board"), "{report}");
    }

    #[test]
    fn a_value_in_another_notation_is_named_as_such() {
        let text = "It joined in 1968 and left in the 1980s.";
        let gold = [span(text, "1968", Label::Date, "1968-XX"), span(text, "the 1980s", Label::Date, "198X")];
        let predicted =
            [span(text, "1968", Label::Date, "1968"), span(text, "the 1980s", Label::Date, "197")];
        let mut errors = TimexErrors::default();
        errors.add(text, &gold, &predicted);
        let report = errors.report(10);
        assert!(report.contains("other notation only, DATE: 9-xx → 9"), "{report}");
        assert!(report.contains("\n    1  DATE: 9x → 9"), "{report}");
    }
}
