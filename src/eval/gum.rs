//! Who a quote's speaker really is, measured on GUM's coreference (`../shared/data/gum`: news
//! and interviews with every mention of every entity and its chain): for each quote we attribute
//! through a name, a pronoun or a role noun ("the spokeswoman"), is the person we show (the
//! speaker's cluster, or the mention's own words when there is none) the gold chain of that
//! mention, by its name when the chain has one?
//!
//! ```
//! use article_annotator::eval::gum::read_gum;
//! let conll = "# begin document x\n0\tAna\t(person-1\n1\tRuiz\tperson-1)\n2\tsaid\t_\n3\tso\t_\n4\t.\t_\n5\tShe\t(person-1)\n6\tleft\t_\n# end document\n";
//! let doc = read_gum(conll);
//! assert_eq!(doc.text, "Ana Ruiz said so. She left");
//! assert_eq!(doc.mentions.iter().map(|m| (&doc.text[m.start..m.end], m.chain.as_str())).collect::<Vec<_>>(),
//!            [("Ana Ruiz", "person-1"), ("She", "person-1")]);
//! ```

use std::collections::{HashMap, HashSet};

use serde::Serialize;

use crate::document::Document;

/// One gold mention: its text span (bytes) and chain id (`person-12`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoldMention {
    /// Start of the mention.
    pub start: usize,
    /// End of the mention.
    pub end: usize,
    /// The chain (entity) it belongs to: type and number, `person-12`.
    pub chain: String,
}

/// A GUM document as text, with its mentions.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GumDocument {
    /// The tokens joined as a writer would: no space before closing punctuation, none after an
    /// opening bracket or quotation mark.
    pub text: String,
    /// Every mention, in the order they close.
    pub mentions: Vec<GoldMention>,
    /// The chains that have a name a reader could be shown: a Wikipedia title in GUM, or a
    /// mention written as a name ("Michael Dranove", not "researchers" or "a teacher"). For the
    /// others the mention's own words are all a reader can be shown.
    pub named: HashSet<String>,
}

/// Whether a token is written against the word before it.
fn attaches_left(token: &str) -> bool {
    matches!(
        token,
        "," | "."
            | ";"
            | ":"
            | "!"
            | "?"
            | ")"
            | "]"
            | "}"
            | "%"
            | "n't"
            | "'s"
            | "'"
            | "'re"
            | "'ve"
            | "'ll"
            | "'d"
            | "'m"
    ) || token.starts_with('\'') && token.len() <= 3
}

/// Reads one GUM coreference file (`index<TAB>token<TAB>brackets` lines; a bracket field such as
/// `(person-1` opens a mention, `person-1)` closes one, `(person-1)` is a one-token mention).
pub fn read_gum(conll: &str) -> GumDocument {
    let mut document = GumDocument::default();
    let mut open: Vec<(String, usize)> = Vec::new();
    let mut quote_open = false;
    let mut glue_next = false;
    for line in conll.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
        let mut fields = line.split('\t');
        let (Some(_), Some(token), brackets) = (fields.next(), fields.next(), fields.next().unwrap_or("_"))
        else {
            continue;
        };
        let is_quote = token == "\"";
        let glue = glue_next || attaches_left(token) || (is_quote && quote_open);
        if !document.text.is_empty() && !glue {
            document.text.push(' ');
        }
        let start = document.text.len();
        document.text.push_str(token);
        let end = document.text.len();
        glue_next = matches!(token, "(" | "[" | "{") || (is_quote && !quote_open);
        if is_quote {
            quote_open = !quote_open;
        }
        // Openings, then closings, as written: "(person-1)" opens and closes on this token.
        let mut rest = brackets;
        while !rest.is_empty() && rest != "_" {
            if let Some(after) = rest.strip_prefix('(') {
                let stop = after.find(['(', ')']).unwrap_or(after.len());
                let (id, tail) = after.split_at(stop);
                if id.splitn(3, '-').nth(2).is_some() {
                    document.named.insert(chain_id(id));
                }
                open.push((chain_id(id), start));
                if let Some(tail) = tail.strip_prefix(')') {
                    if let Some((chain, at)) = open.pop() {
                        document.mentions.push(GoldMention { start: at, end, chain });
                    }
                    rest = tail;
                } else {
                    rest = tail;
                }
            } else {
                let stop = rest.find(')').unwrap_or(rest.len());
                let chain = chain_id(&rest[..stop]);
                if let Some(position) = open.iter().rposition(|(c, _)| *c == chain) {
                    let (chain, at) = open.remove(position);
                    document.mentions.push(GoldMention { start: at, end, chain });
                }
                rest = rest.get(stop + 1..).unwrap_or("");
            }
        }
    }
    let named: Vec<String> = document
        .mentions
        .iter()
        .filter(|m| is_written_as_name(&document.text, m.start, m.end))
        .map(|m| m.chain.clone())
        .collect();
    document.named.extend(named);
    document
}

/// Whether the mention `start..end` of `text` is written as a name: its last word begins with a
/// capital, and that capital is not merely the sentence's first letter ("Officials said").
fn is_written_as_name(text: &str, start: usize, end: usize) -> bool {
    let words = &text[start..end];
    if MentionKind::of(words) != MentionKind::Name {
        return false;
    }
    let single_word = !words.contains(' ');
    let opens_sentence = text[..start].trim_end().chars().next_back().is_none_or(|c| ".!?\"':".contains(c));
    !(single_word && opens_sentence)
}

/// `person-12-Barack_Obama` → `person-12`: the type and number name the chain.
fn chain_id(field: &str) -> String {
    let mut parts = field.splitn(3, '-');
    match (parts.next(), parts.next()) {
        (Some(kind), Some(number)) => format!("{kind}-{number}"),
        _ => field.to_string(),
    }
}

/// How a speaker's mention names the speaker.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum MentionKind {
    /// A name: "Ana Ruiz said".
    Name,
    /// A pronoun: "she said".
    Pronoun,
    /// A noun for a role: "the spokeswoman said".
    Role,
}

/// Pronouns a speaker may be named by.
const PRONOUNS: &[&str] = &["he", "she", "they", "i", "we", "you", "it", "him", "her", "them"];

impl MentionKind {
    /// The kind of a mention's words.
    pub fn of(words: &str) -> MentionKind {
        let lower = words.trim().to_lowercase();
        if PRONOUNS.contains(&lower.as_str()) {
            MentionKind::Pronoun
        } else if words
            .split_whitespace()
            .last()
            .is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase))
        {
            MentionKind::Name
        } else {
            MentionKind::Role
        }
    }
}

/// Counts for one kind of speaker mention.
#[derive(Debug, Clone, Copy, Default, Serialize)]
pub struct SpeakerCounts {
    /// Quotes whose speaker mention is one gold mention of a chain.
    pub quotes: usize,
    /// Of those, the ones we show someone for: a cluster, or the mention's own words.
    pub shown: usize,
    /// Of those, the right ones: the cluster is the mention's gold chain, or we show the
    /// mention's own words and they are all there is ("the researchers", a chain with no name)
    /// or the chain's name itself ("WHO").
    pub right: usize,
}

impl SpeakerCounts {
    /// Right over all quotes: a speaker left unknown counts as not right.
    pub fn accuracy(&self) -> f64 {
        self.right as f64 / self.quotes.max(1) as f64
    }

    /// Right over the quotes we show a person for.
    pub fn precision(&self) -> f64 {
        self.right as f64 / self.shown.max(1) as f64
    }
}

/// The speaker scores over documents, per kind of mention, with the errors listed.
#[derive(Debug, Default)]
pub struct SpeakerScorer {
    /// Counts per kind of mention.
    pub counts: HashMap<MentionKind, SpeakerCounts>,
    /// The pronoun speakers' counts split by person: `[0]` "I", "we", "you" (in an interview, who
    /// holds the turn: no antecedent to resolve), `[1]` "he", "she", "they", "it".
    pub pronoun_persons: [SpeakerCounts; 2],
    /// "kind: mention → shown person (gold chain)" for each wrong or unknown speaker.
    pub errors: Vec<String>,
}

/// The gold chain of a span: the gold mention with exactly its span, else the shortest one that
/// holds its last word.
fn chain_of(gold: &GumDocument, start: usize, end: usize) -> Option<&str> {
    if let Some(m) = gold.mentions.iter().find(|m| (m.start, m.end) == (start, end)) {
        return Some(&m.chain);
    }
    let head_start = gold.text[start..end].rfind(' ').map_or(start, |k| start + k + 1);
    gold.mentions
        .iter()
        .filter(|m| m.start <= head_start && end <= m.end)
        .min_by_key(|m| m.end - m.start)
        .map(|m| m.chain.as_str())
}

/// The words around `start..end` of `text`, the span in brackets: "…before [span] after…".
fn context(text: &str, start: usize, end: usize) -> String {
    let from = (0..=start.saturating_sub(60)).rev().find(|&i| text.is_char_boundary(i)).unwrap_or(0);
    let to = (end + 40).min(text.len());
    let to = (to..=text.len()).find(|&i| text.is_char_boundary(i)).unwrap_or(text.len());
    format!("…{}[{}]{}…", &text[from..start], &text[start..end], &text[end..to])
}

/// The gold chain a cluster of ours stands for: the one most of its mentions belong to.
fn cluster_chain<'g>(gold: &'g GumDocument, ours: &Document, cluster: usize) -> Option<&'g str> {
    let mut votes: HashMap<&str, usize> = HashMap::new();
    for &index in &ours.clusters.get(cluster)?.mentions {
        let entity = &ours.entities[index];
        if let Some(chain) = chain_of(gold, entity.start, entity.end) {
            *votes.entry(chain).or_default() += 1;
        }
    }
    votes.into_iter().max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(a.0))).map(|(chain, _)| chain)
}

/// Subject pronouns resolved: for every "he", "she" and "they" that is a gold mention of a
/// person or organisation chain with a name elsewhere, is the person of our pronoun link that
/// chain? A link made for a pronoun whose chain has no name (or is neither a person nor an
/// organisation: "the parents", "the rules") is wrong too: it counts as linked, not as gold, so
/// that precision is over every link we show.
#[derive(Debug, Default, Clone, Serialize)]
pub struct PronounScorer {
    /// Counts for "he" and "she".
    pub singular: SpeakerCounts,
    /// Counts for "they".
    pub plural: SpeakerCounts,
    /// Counts for "him" and "her" (objects and possessives; no error list).
    pub objects: SpeakerCounts,
    /// "pronoun → person (gold chain)" for each wrong or unresolved pronoun.
    #[serde(skip)]
    pub errors: Vec<String>,
}

impl PronounScorer {
    /// Scores the pronoun links of `ours`, annotated from `gold.text`.
    pub fn add(&mut self, name: &str, gold: &GumDocument, ours: &Document) {
        for mention in &gold.mentions {
            let word = gold.text[mention.start..mention.end].to_lowercase();
            let counts = match word.as_str() {
                "he" | "she" => &mut self.singular,
                "they" => &mut self.plural,
                "him" | "her" => &mut self.objects,
                _ => continue,
            };
            let listed = !matches!(word.as_str(), "him" | "her");
            // A chain mentioned only by pronouns and nouns has no name we could show.
            let scored = gold.named.contains(&mention.chain)
                && (mention.chain.starts_with("person") || mention.chain.starts_with("organization"));
            let link = ours.pronouns.iter().find(|p| p.start == mention.start).and_then(|p| p.cluster);
            if !scored && link.is_none() {
                continue;
            }
            counts.quotes += usize::from(scored);
            counts.shown += usize::from(link.is_some());
            let shown = link.and_then(|id| cluster_chain(gold, ours, id));
            if scored && shown == Some(mention.chain.as_str()) {
                counts.right += 1;
            } else if listed {
                let who = link.and_then(|id| ours.clusters.get(id)).map_or("unresolved", |c| c.name.as_str());
                let chain = if scored { "" } else { ", a chain without a name" };
                let around = context(&gold.text, mention.start, mention.end);
                self.errors.push(format!("{name}: {around} → {who} (gold {}{chain})", mention.chain));
            }
        }
    }
}

impl SpeakerScorer {
    /// Scores the quotes of `ours`, annotated from `gold.text`.
    pub fn add(&mut self, name: &str, gold: &GumDocument, ours: &Document) {
        for quote in &ours.quotes {
            let Some(mention) = quote.speaker_mention else { continue };
            let Some(truth) = chain_of(gold, mention.start, mention.end) else { continue };
            if !(truth.starts_with("person") || truth.starts_with("organization")) {
                continue;
            }
            let words = &ours.text[mention.start..mention.end];
            let kind = MentionKind::of(words);
            let shown = quote.speaker.and_then(|id| ours.clusters.get(id));
            let shown_chain = quote.speaker.and_then(|id| cluster_chain(gold, ours, id));
            // Without a cluster the page shows the mention's own words, unless it is a pronoun;
            // they are right when the gold chain has no name to show instead, or when they are
            // that name, a whole gold mention of the chain ("WHO say", not "Agency" of "The U.S.
            // Environmental Protection Agency").
            let own_words = shown.is_none() && kind != MentionKind::Pronoun;
            let own_name = kind == MentionKind::Name
                && gold
                    .mentions
                    .iter()
                    .any(|m| (m.start, m.end) == (mention.start, mention.end) && m.chain == truth);
            let right =
                shown_chain == Some(truth) || (own_words && (own_name || !gold.named.contains(truth)));
            let tally = |counts: &mut SpeakerCounts| {
                counts.quotes += 1;
                counts.shown += usize::from(shown.is_some() || own_words);
                counts.right += usize::from(right);
            };
            tally(self.counts.entry(kind).or_default());
            if kind == MentionKind::Pronoun {
                let third = !matches!(words.to_lowercase().as_str(), "i" | "we" | "you");
                tally(&mut self.pronoun_persons[usize::from(third)]);
            }
            if !right {
                let who =
                    shown.map_or(if own_words { "its own words" } else { "unknown" }, |c| c.name.as_str());
                let chain = if gold.named.contains(truth) { "" } else { ", a chain without a name" };
                self.errors.push(format!(
                    "{name}: {kind:?} “{words}” → {who} (gold {truth}{chain}): {}",
                    context(&ours.text, mention.start, mention.end)
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{annotate, Options};

    #[test]
    fn reads_nested_mentions_and_joins_punctuation() {
        let conll = "0\tThe\t(organization-2-Harbour_Board\n1\tHarbour\t(place-3)\n2\tBoard\torganization-2-Harbour_Board)\n\
                     3\t(\t_\n4\tHB\t(organization-2)\n5\t)\t_\n6\tsaid\t_\n7\t\"\t_\n8\tno\t_\n9\t\"\t_\n10\t.\t_\n";
        let doc = read_gum(conll);
        assert_eq!(doc.text, "The Harbour Board (HB) said \"no\".");
        let spans: Vec<(&str, &str)> =
            doc.mentions.iter().map(|m| (&doc.text[m.start..m.end], m.chain.as_str())).collect();
        assert_eq!(
            spans,
            [("Harbour", "place-3"), ("The Harbour Board", "organization-2"), ("HB", "organization-2")]
        );
    }

    #[test]
    fn a_chain_written_as_a_name_has_a_name_without_a_wikipedia_title() {
        // "Michael Dranove" has no Wikipedia title but is a name a reader can be shown;
        // "Officials" is capitalised only because it opens the sentence.
        let conll =
            "0\tOfficials\t(person-1)\n1\tmet\t_\n2\tMichael\t(person-2\n3\tDranove\tperson-2)\n4\t.\t_\n";
        let doc = read_gum(conll);
        assert!(doc.named.contains("person-2"), "{:?}", doc.named);
        assert!(!doc.named.contains("person-1"), "{:?}", doc.named);
    }

    #[test]
    fn a_pronoun_speaker_is_right_when_its_person_is_the_chains() {
        let conll = "0\tAna\t(person-1\n1\tRuiz\tperson-1)\n2\tmet\t_\n3\tJonas\t(person-2\n4\tBerg\tperson-2)\n5\t.\t_\n\
                     6\t\"\t_\n7\tWe\t_\n8\tagree\t_\n9\t,\t_\n10\t\"\t_\n11\tshe\t(person-1)\n12\tsaid\t_\n13\t.\t_\n";
        let gold = read_gum(conll);
        let ours = annotate(&gold.text, &Options::default());
        let mut scorer = SpeakerScorer::default();
        scorer.add("test", &gold, &ours);
        let pronouns = scorer.counts[&MentionKind::Pronoun];
        assert_eq!((pronouns.quotes, pronouns.right), (1, 1), "{:?}", scorer.errors);
    }

    #[test]
    fn a_role_noun_shown_by_its_own_words_is_right_only_when_its_chain_has_no_name() {
        // "The researchers" have no name: their own words are right. "The spokeswoman" is Ana
        // Ruiz (a named chain): her own words are not enough.
        let conll = "0\t\"\t_\n1\tIt\t_\n2\tworks\t_\n3\t,\t_\n4\t\"\t_\n5\tthe\t(person-1\n6\tresearchers\tperson-1)\n7\tsaid\t_\n8\t.\t_\n\
                     9\tAna\t(person-2-Ana_Ruiz\n10\tRuiz\tperson-2-Ana_Ruiz)\n11\twas\t_\n12\tthere\t_\n13\t.\t_\n\
                     14\t\"\t_\n15\tNo\t_\n16\t,\t_\n17\t\"\t_\n18\tthe\t(person-2\n19\tspokeswoman\tperson-2)\n20\tsaid\t_\n21\t.\t_\n";
        let gold = read_gum(conll);
        assert!(gold.named.contains("person-2") && !gold.named.contains("person-1"));
        let ours = annotate(&gold.text, &Options::default());
        let mut scorer = SpeakerScorer::default();
        scorer.add("test", &gold, &ours);
        let roles = scorer.counts[&MentionKind::Role];
        // The spokeswoman counts only if her quote is shown as Ana Ruiz's.
        let resolved = ours
            .quotes
            .iter()
            .filter_map(|q| q.speaker)
            .filter(|&c| ours.clusters[c].name == "Ana Ruiz")
            .count();
        assert_eq!((roles.quotes, roles.right), (2, 1 + resolved), "{:?}", scorer.errors);
    }
}
