//! TimeML documents (TimeBank, TempEval-3): reading their text, document creation time and
//! TIMEX3 tags, scoring temporal expressions the TempEval-3 way, and writing our own TIMEX3 tags
//! back as TimeML.
//!
//! ```
//! use article_annotator::eval::timeml::read_timeml;
//! let source = r#"<TimeML><DCT><TIMEX3 functionInDocument="CREATION_TIME" value="2024-12-13" tid="t0">20241213</TIMEX3></DCT>
//! <TEXT>Talks ended <TIMEX3 value="2024-12-12" tid="t1" type="DATE">yesterday</TIMEX3> &amp; resumed.</TEXT></TimeML>"#;
//! let doc = read_timeml(source).unwrap();
//! assert_eq!(doc.dct.as_deref(), Some("2024-12-13"));
//! assert_eq!(doc.text, "Talks ended yesterday & resumed.");
//! assert_eq!(&doc.text[doc.timexes[0].start..doc.timexes[0].end], "yesterday");
//! assert_eq!(doc.timexes[0].value, "2024-12-12");
//! ```

use serde::Serialize;

use crate::document::Label;
use crate::eval::conll::Prf;
use crate::timex::TimexSpan;

/// One TimeML file: its text (tags removed, entities decoded), creation time and TIMEX3 tags.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimemlDocument {
    /// The text inside `<TEXT>`, without tags.
    pub text: String,
    /// The document creation time from `<DCT>`, as `YYYY-MM-DD`.
    pub dct: Option<String>,
    /// The TIMEX3 tags inside `<TEXT>`, in text order.
    pub timexes: Vec<TimexSpan>,
}

/// The value of `name="…"` in a tag's attributes.
fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let pattern = format!("{name}=\"");
    let start = tag.find(&pattern)? + pattern.len();
    tag[start..].find('"').map(|end| &tag[start..start + end])
}

fn decode_entity(entity: &str) -> Option<char> {
    match entity {
        "amp" => Some('&'),
        "lt" => Some('<'),
        "gt" => Some('>'),
        "quot" => Some('"'),
        "apos" => Some('\''),
        _ => {
            let number = entity.strip_prefix('#')?;
            let code = match number.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => number.parse().ok()?,
            };
            char::from_u32(code)
        }
    }
}

/// Reads a TimeML document. Fails with a message when it has no `<TEXT>` element or its tags
/// are not closed.
pub fn read_timeml(source: &str) -> Result<TimemlDocument, String> {
    let dct = source.find("<DCT>").and_then(|at| {
        let rest = &source[at..];
        let tag_end = rest.find('>').unwrap_or(0);
        let timex_at = rest.find("<TIMEX3")?;
        let timex = &rest[timex_at..timex_at + rest[timex_at..].find('>')?];
        (timex_at > tag_end)
            .then(|| attribute(timex, "value"))
            .flatten()
            .map(|v| v.get(..10).unwrap_or(v).to_string())
    });
    let open = source.find("<TEXT>").ok_or("no <TEXT> element")? + "<TEXT>".len();
    let close = source[open..].find("</TEXT>").ok_or("<TEXT> is not closed")? + open;
    let body = &source[open..close];
    let mut text = String::with_capacity(body.len());
    let mut timexes = Vec::new();
    let mut open_timex: Option<(usize, Label, String)> = None;
    let mut rest = body;
    while let Some(at) = rest.find(['<', '&']) {
        text.push_str(&rest[..at]);
        rest = &rest[at..];
        if rest.starts_with('&') {
            let end = rest.find(';').filter(|&e| e <= 10);
            match end.and_then(|e| decode_entity(&rest[1..e]).map(|c| (c, e))) {
                Some((ch, e)) => {
                    text.push(ch);
                    rest = &rest[e + 1..];
                }
                None => {
                    text.push('&');
                    rest = &rest[1..];
                }
            }
            continue;
        }
        let end = rest.find('>').ok_or("a tag is not closed")?;
        let tag = &rest[1..end];
        if tag.starts_with("TIMEX3") {
            let label = attribute(tag, "type")
                .and_then(Label::parse)
                .filter(|l| Label::TEMPORAL.contains(l))
                .unwrap_or(Label::Date);
            open_timex = Some((text.len(), label, attribute(tag, "value").unwrap_or("").to_string()));
        } else if tag == "/TIMEX3" {
            if let Some((start, label, value)) = open_timex.take() {
                timexes.push(TimexSpan { start, end: text.len(), label, value });
            }
        }
        rest = &rest[end + 1..];
    }
    text.push_str(rest);
    Ok(TimemlDocument { text, dct, timexes })
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

/// A TimeML document holding `text` with our `timexes` as TIMEX3 tags (offsets in bytes,
/// sorted, not overlapping) and `dct` as its creation time.
pub fn write_timeml(text: &str, dct: Option<&str>, timexes: &[TimexSpan]) -> String {
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TimeML>\n");
    if let Some(dct) = dct {
        out.push_str(&format!(
            "<DCT><TIMEX3 functionInDocument=\"CREATION_TIME\" value=\"{dct}\" type=\"DATE\" tid=\"t0\">{dct}</TIMEX3></DCT>\n"
        ));
    }
    out.push_str("<TEXT>");
    let mut at = 0;
    for (index, timex) in timexes.iter().enumerate() {
        let (Some(before), Some(inside)) = (text.get(at..timex.start), text.get(timex.start..timex.end))
        else {
            continue;
        };
        out.push_str(&escape(before));
        out.push_str(&format!(
            "<TIMEX3 value=\"{}\" type=\"{}\" tid=\"t{}\">{}</TIMEX3>",
            escape(&timex.value).replace('"', "&quot;"),
            timex.label.as_str(),
            index + 1,
            escape(inside)
        ));
        at = timex.end;
    }
    out.push_str(&escape(text.get(at..).unwrap_or("")));
    out.push_str("</TEXT>\n</TimeML>\n");
    out
}

/// Counts from comparing predicted with gold expressions; add documents with [`TimexScorer::add`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TimexScorer {
    gold: usize,
    predicted: usize,
    strict: usize,
    relaxed: usize,
    right_type: usize,
    right_value: usize,
}

/// TempEval-3 figures for temporal expressions.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct TimexScores {
    /// Spans that match exactly.
    pub strict: Prf,
    /// Spans that overlap.
    pub relaxed: Prf,
    /// Share of relaxed matches with the right type.
    pub type_accuracy: f64,
    /// Share of relaxed matches with the right value.
    pub value_accuracy: f64,
    /// F1 counting only relaxed matches with the right value.
    pub value_f1: f64,
}

/// The gold expression each prediction is matched with (TempEval-3's relaxed match): each gold
/// expression, in order, takes the first unused prediction with the same span, else the first
/// unused one that overlaps it. Returns, per gold expression, the index of its prediction.
pub fn align(gold: &[TimexSpan], predicted: &[TimexSpan]) -> Vec<Option<usize>> {
    let mut used = vec![false; predicted.len()];
    let overlaps = |g: &TimexSpan, p: &TimexSpan| g.start < p.end && p.start < g.end;
    gold.iter()
        .map(|g| {
            let exact = (0..predicted.len())
                .find(|&i| !used[i] && predicted[i].start == g.start && predicted[i].end == g.end);
            let index =
                exact.or_else(|| (0..predicted.len()).find(|&i| !used[i] && overlaps(g, &predicted[i])))?;
            used[index] = true;
            Some(index)
        })
        .collect()
}

impl TimexScorer {
    /// Compares one document's predictions with its gold expressions ([`align`]).
    pub fn add(&mut self, gold: &[TimexSpan], predicted: &[TimexSpan]) {
        self.gold += gold.len();
        self.predicted += predicted.len();
        for (g, matched) in gold.iter().zip(align(gold, predicted)) {
            let Some(p) = matched.map(|index| &predicted[index]) else {
                continue;
            };
            self.relaxed += 1;
            self.strict += usize::from(p.start == g.start && p.end == g.end);
            self.right_type += usize::from(p.label == g.label);
            self.right_value += usize::from(p.value == g.value);
        }
    }

    /// Adds another scorer's counts: the figures of two sets together.
    pub fn merge(&mut self, other: &TimexScorer) {
        self.gold += other.gold;
        self.predicted += other.predicted;
        self.strict += other.strict;
        self.relaxed += other.relaxed;
        self.right_type += other.right_type;
        self.right_value += other.right_value;
    }

    /// The figures so far.
    pub fn scores(&self) -> TimexScores {
        let share = |a: usize| if self.relaxed == 0 { 0.0 } else { a as f64 / self.relaxed as f64 };
        TimexScores {
            strict: Prf::from_counts(self.strict, self.predicted, self.gold),
            relaxed: Prf::from_counts(self.relaxed, self.predicted, self.gold),
            type_accuracy: share(self.right_type),
            value_accuracy: share(self.right_value),
            value_f1: Prf::from_counts(self.right_value, self.predicted, self.gold).f1,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span(start: usize, end: usize, value: &str) -> TimexSpan {
        TimexSpan { start, end, label: Label::Date, value: value.to_string() }
    }

    #[test]
    fn scores_strict_relaxed_and_values() {
        let mut scorer = TimexScorer::default();
        let gold = [span(0, 5, "1998"), span(10, 20, "P1Y"), span(30, 35, "PAST_REF")];
        let predicted = [span(0, 5, "1998"), span(12, 20, "P2Y"), span(40, 45, "1999")];
        scorer.add(&gold, &predicted);
        let scores = scorer.scores();
        assert!((scores.strict.f1 - 1.0 / 3.0).abs() < 1e-9);
        assert!((scores.relaxed.f1 - 2.0 / 3.0).abs() < 1e-9);
        assert!((scores.value_accuracy - 0.5).abs() < 1e-9);
        assert!((scores.value_f1 - 1.0 / 3.0).abs() < 1e-9);
        assert_eq!(scores.type_accuracy, 1.0);
    }

    #[test]
    fn round_trips_through_write() {
        let text = "Prices <rose> yesterday & today.";
        let timexes = [span(14, 23, "2024-12-12"), span(26, 31, "2024-12-13")];
        let written = write_timeml(text, Some("2024-12-13"), &timexes);
        let read = read_timeml(&written).unwrap();
        assert_eq!(read.text, text);
        assert_eq!(read.timexes, timexes);
        assert_eq!(read.dct.as_deref(), Some("2024-12-13"));
        assert!(read_timeml("<TimeML>no text</TimeML>").is_err());
    }
}
