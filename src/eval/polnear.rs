//! Scoring quotes against attribution corpora in brat standoff (PolNeAR: `T` lines of type
//! Source, Cue, Content and Attribution with character offsets, `E` lines tying them together),
//! and writing our quotes in the same format.
//!
//! ```
//! use article_annotator::eval::polnear::read_attributions;
//! let ann = "T1\tSource 0 5\tSmith\nT2\tCue 6 10\tsaid\nT3\tContent 11 20;22 30\tit rained\n\
//!            T4\tAttribution 6 10\tsaid\nE1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n";
//! let gold = read_attributions(ann);
//! assert_eq!(gold[0].content, (11, 30));
//! assert_eq!(gold[0].source, Some((0, 5)));
//! ```

use std::collections::HashMap;

use serde::Serialize;

use crate::document::{Document, Quote, QuoteKind, Range};
use crate::eval::conll::Prf;

/// One attribution: its content, cue and source spans (code-point offsets, half-open;
/// a discontinuous span is taken from its smallest start to its largest end).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attribution {
    /// The quoted or reported content.
    pub content: (usize, usize),
    /// The verb or phrase that attributes it.
    pub cue: Option<(usize, usize)>,
    /// Who it is attributed to.
    pub source: Option<(usize, usize)>,
}

/// The attributions of a brat `.ann` file; lines that do not parse are skipped.
pub fn read_attributions(ann: &str) -> Vec<Attribution> {
    let mut spans: HashMap<&str, (usize, usize)> = HashMap::new();
    let mut events = Vec::new();
    for line in ann.lines() {
        let mut fields = line.split('\t');
        let (Some(id), Some(body)) = (fields.next(), fields.next()) else {
            continue;
        };
        if id.starts_with('T') {
            let Some((_, offsets)) = body.split_once(' ') else {
                continue;
            };
            let numbers: Vec<usize> = offsets.split([' ', ';']).filter_map(|n| n.parse().ok()).collect();
            // Fragments may come in any order: take the smallest start and the largest end.
            if let (Some(&start), Some(&end)) = (numbers.iter().min(), numbers.iter().max()) {
                spans.insert(id, (start, end));
            }
        } else if id.starts_with('E') {
            events.push(body);
        }
    }
    events
        .into_iter()
        .filter_map(|event| {
            let role = |name: &str| {
                event.split(' ').find_map(|part| {
                    let (role, target) = part.split_once(':')?;
                    (role == name).then(|| spans.get(target).copied()).flatten()
                })
            };
            Some(Attribution { content: role("Content")?, cue: role("Cue"), source: role("Source") })
        })
        .collect()
}

/// Our quotes as brat standoff, offsets in code points (`doc` must be converted to them).
pub fn write_attributions(doc: &Document) -> String {
    let chars: Vec<char> = doc.text.chars().collect();
    let slice = |start: usize, end: usize| -> String {
        chars.get(start..end).map_or(String::new(), |c| c.iter().collect::<String>().replace('\n', " "))
    };
    let mut out = String::new();
    let mut next = 1;
    for (index, quote) in doc.quotes.iter().enumerate() {
        let mut roles = Vec::new();
        let mut add = |kind: &str, start: usize, end: usize, out: &mut String| {
            out.push_str(&format!("T{next}\t{kind} {start} {end}\t{}\n", slice(start, end)));
            next += 1;
            format!("T{}", next - 1)
        };
        roles.push(format!("Content:{}", add("Content", quote.start, quote.end, &mut out)));
        if let Some(cue) = quote.cue {
            let id = add("Cue", cue.start, cue.end, &mut out);
            roles.push(format!("Cue:{id}"));
            roles.insert(0, format!("Attribution:{}", add("Attribution", cue.start, cue.end, &mut out)));
        }
        if let Some(mention) = quote.speaker_mention {
            roles.push(format!("Source:{}", add("Source", mention.start, mention.end, &mut out)));
        }
        out.push_str(&format!("E{}\t{}\n", index + 1, roles.join(" ")));
    }
    out
}

/// Figures of [`AttributionScorer::scores`].
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct AttributionScores {
    /// Contents overlapping by at least half of the longer span.
    pub partial: Prf,
    /// Contents equal once white space, outer quotation marks and punctuation are trimmed.
    pub strict: Prf,
    /// `partial` over direct quotes only (gold content opening with a quotation mark).
    pub direct_partial: Prf,
    /// `strict` over direct quotes only.
    pub direct_strict: Prf,
    /// Share of partially matched pairs whose cues overlap.
    pub cue_accuracy: f64,
    /// Share of partially matched pairs whose source is right: the speaker mention, or any
    /// mention of the speaker's cluster, overlaps the gold source.
    pub source_accuracy: f64,
}

/// Counts for one kind of match: (matched, predicted, gold).
#[derive(Debug, Clone, Copy, Default)]
struct Counts(usize, usize, usize);

impl Counts {
    fn prf(self) -> Prf {
        Prf::from_counts(self.0, self.1, self.2)
    }
}

/// Accumulates the comparison of documents' quotes with their gold attributions.
#[derive(Debug, Clone, Default)]
pub struct AttributionScorer {
    partial: Counts,
    strict: Counts,
    direct_partial: Counts,
    direct_strict: Counts,
    pairs: usize,
    right_cues: usize,
    right_sources: usize,
    /// "article: gold source → our mention (person), cue: content…" for each matched quote
    /// whose source is wrong or missing.
    pub source_errors: Vec<String>,
}

fn overlap(a: (usize, usize), b: (usize, usize)) -> usize {
    a.1.min(b.1).saturating_sub(a.0.max(b.0))
}

/// A span without surrounding white space, quotation marks and punctuation.
fn trimmed(chars: &[char], (mut start, mut end): (usize, usize)) -> (usize, usize) {
    let outer = |c: char| c.is_whitespace() || c.is_ascii_punctuation() || "“”‘’«»„".contains(c);
    end = end.min(chars.len());
    while start < end && outer(chars[start]) {
        start += 1;
    }
    while end > start && outer(chars[end - 1]) {
        end -= 1;
    }
    (start, end)
}

/// Pairs gold and predicted contents (each used once) that satisfy `matches`, largest
/// overlap first.
fn pair(
    gold: &[(usize, usize)],
    predicted: &[(usize, usize)],
    matches: impl Fn(usize, usize) -> bool,
) -> Vec<(usize, usize)> {
    let mut candidates: Vec<(usize, usize, usize)> = Vec::new();
    for (g, &gold_span) in gold.iter().enumerate() {
        for (p, &predicted_span) in predicted.iter().enumerate() {
            if matches(g, p) {
                candidates.push((overlap(gold_span, predicted_span), g, p));
            }
        }
    }
    candidates.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let (mut gold_used, mut predicted_used) = (vec![false; gold.len()], vec![false; predicted.len()]);
    let mut pairs = Vec::new();
    for (_, g, p) in candidates {
        if !gold_used[g] && !predicted_used[p] {
            gold_used[g] = true;
            predicted_used[p] = true;
            pairs.push((g, p));
        }
    }
    pairs
}

/// How a wrong source reads in the error list: "article: [gold source] → [our mention] (our
/// person), cue [said]: the content's first words…".
fn source_error(name: &str, chars: &[char], source: (usize, usize), quote: &Quote, doc: &Document) -> String {
    let words = |(start, end): (usize, usize)| -> String {
        chars[start.min(chars.len())..end.min(chars.len())].iter().collect()
    };
    let span = |range: Option<Range>| range.map_or_else(String::new, |r| words((r.start, r.end)));
    let person = quote.speaker.and_then(|s| doc.clusters.get(s)).map_or("no one", |c| c.name.as_str());
    let content: String = words((quote.start, quote.end)).chars().take(60).collect();
    format!(
        "{name}: [{}] → [{}] ({person}), cue [{}]: {content}…",
        words(source),
        span(quote.speaker_mention),
        span(quote.cue)
    )
}

impl AttributionScorer {
    /// Compares one document (offsets in code points), the article `name`, with its gold
    /// attributions.
    pub fn add(&mut self, name: &str, doc: &Document, gold: &[Attribution]) {
        let chars: Vec<char> = doc.text.chars().collect();
        let gold_spans: Vec<(usize, usize)> = gold.iter().map(|a| a.content).collect();
        let predicted: Vec<(usize, usize)> = doc.quotes.iter().map(|q| (q.start, q.end)).collect();
        let partial = |g: (usize, usize), p: (usize, usize)| {
            let longer = g.1.saturating_sub(g.0).max(p.1.saturating_sub(p.0));
            longer > 0 && 2 * overlap(g, p) >= longer
        };
        let strict = |g: (usize, usize), p: (usize, usize)| trimmed(&chars, g) == trimmed(&chars, p);
        let is_direct_gold = |g: usize| {
            let (start, end) = gold_spans[g];
            let (open, _) = trimmed(&chars, (start, end));
            chars[start.min(chars.len())..open.min(chars.len())].iter().any(|c| "\"“«„‘'".contains(*c))
        };
        let direct_gold: Vec<usize> = (0..gold.len()).filter(|&g| is_direct_gold(g)).collect();
        let direct_predicted: Vec<usize> =
            (0..predicted.len()).filter(|&p| doc.quotes[p].kind == QuoteKind::Direct).collect();

        let partial_pairs = pair(&gold_spans, &predicted, |g, p| partial(gold_spans[g], predicted[p]));
        self.partial = Counts(
            self.partial.0 + partial_pairs.len(),
            self.partial.1 + predicted.len(),
            self.partial.2 + gold.len(),
        );
        let strict_pairs = pair(&gold_spans, &predicted, |g, p| strict(gold_spans[g], predicted[p])).len();
        self.strict =
            Counts(self.strict.0 + strict_pairs, self.strict.1 + predicted.len(), self.strict.2 + gold.len());

        let select = |indices: &[usize], spans: &[(usize, usize)]| {
            indices.iter().map(|&i| spans[i]).collect::<Vec<_>>()
        };
        let (direct_g, direct_p) = (select(&direct_gold, &gold_spans), select(&direct_predicted, &predicted));
        let direct_partial = pair(&direct_g, &direct_p, |g, p| partial(direct_g[g], direct_p[p])).len();
        let direct_strict = pair(&direct_g, &direct_p, |g, p| strict(direct_g[g], direct_p[p])).len();
        self.direct_partial = Counts(
            self.direct_partial.0 + direct_partial,
            self.direct_partial.1 + direct_p.len(),
            self.direct_partial.2 + direct_g.len(),
        );
        self.direct_strict = Counts(
            self.direct_strict.0 + direct_strict,
            self.direct_strict.1 + direct_p.len(),
            self.direct_strict.2 + direct_g.len(),
        );

        for (g, p) in partial_pairs {
            let (attribution, quote) = (&gold[g], &doc.quotes[p]);
            self.pairs += 1;
            let cue_right = matches!((attribution.cue, quote.cue), (Some(a), Some(b)) if overlap(a, (b.start, b.end)) > 0);
            self.right_cues += usize::from(cue_right);
            let Some(source) = attribution.source else {
                continue;
            };
            let mention_right = quote.speaker_mention.is_some_and(|m| overlap(source, (m.start, m.end)) > 0);
            let cluster_right = quote.speaker.and_then(|s| doc.clusters.get(s)).is_some_and(|cluster| {
                cluster
                    .mentions
                    .iter()
                    .any(|&m| overlap(source, (doc.entities[m].start, doc.entities[m].end)) > 0)
            });
            self.right_sources += usize::from(mention_right || cluster_right);
            if !(mention_right || cluster_right) {
                self.source_errors.push(source_error(name, &chars, source, quote, doc));
            }
        }
    }

    /// The figures so far.
    pub fn scores(&self) -> AttributionScores {
        let share = |n: usize| if self.pairs == 0 { 0.0 } else { n as f64 / self.pairs as f64 };
        AttributionScores {
            partial: self.partial.prf(),
            strict: self.strict.prf(),
            direct_partial: self.direct_partial.prf(),
            direct_strict: self.direct_strict.prf(),
            cue_accuracy: share(self.right_cues),
            source_accuracy: share(self.right_sources),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{annotate, OffsetUnit, Options};

    #[test]
    fn a_wrong_source_is_listed_with_its_gold_and_our_mention() {
        let text = "Ana Ruiz spoke first. \"The port will reopen,\" said Jonas Berg.";
        let mut doc = annotate(text, &Options::default());
        doc.convert_offsets(OffsetUnit::Codepoint);
        // The gold (made up) gives the quote to Ana Ruiz; we give it to Jonas Berg.
        let ann =
            "T1\tSource 0 8\tAna Ruiz\nT2\tCue 44 48\tsaid\nT3\tContent 22 42\t\"The port will reopen,\"\n\
                   T4\tAttribution 44 48\tsaid\nE1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n";
        let mut scorer = AttributionScorer::default();
        scorer.add("port", &doc, &read_attributions(ann));
        assert_eq!(scorer.scores().source_accuracy, 0.0);
        assert_eq!(scorer.source_errors.len(), 1);
        let error = &scorer.source_errors[0];
        assert!(error.starts_with("port: [Ana Ruiz] → [Jonas Berg] (Jonas Berg), cue [said]"), "{error}");
    }
}
