//! Pronoun resolution: the person a third-person pronoun ("he", "she") stands for, chosen among
//! the people named in the sentences before it by one scored ranking — gender agreement (given
//! names, "Mr."/"Ms.", female and male role words, and the pronouns already resolved to the
//! person), whether the mention was a clause's subject (a relative clause's too: "Devocht, who
//! told Montalvo he …"), whether it says what the pronoun's clause reports ("Jafari said she"),
//! how recent it is, whether it is in the same paragraph, and how often the person was named so
//! far. A verb's object is never the subject of its own clause ("Brandt praised him"). The weights
//! ([`ResolutionWeights::TUNED`]) were tuned on GUM's news and interviews
//! (`article-annotator eval-speakers ../shared/data/gum`, which scores every subject pronoun).
//! A pronoun with no candidate of its gender in reach stays unresolved: better unknown than a
//! wrong name.
//!
//! ```
//! use article_annotator::{annotate, Options};
//! let doc = annotate(
//!     "Maria Lopez met Daniel Brandt in Lisbon. He praised the plan, and she said it would pass.",
//!     &Options::default(),
//! );
//! let name_of = |pronoun: &str| {
//!     let link = doc.pronouns.iter().find(|p| &doc.text[p.start..p.end] == pronoun).unwrap();
//!     doc.clusters[link.cluster.unwrap()].name.clone()
//! };
//! assert_eq!(name_of("He"), "Daniel Brandt");
//! assert_eq!(name_of("she"), "Maria Lopez");
//! ```

use std::borrow::Cow;
use std::ops::Range;
use std::sync::LazyLock;

use serde::{Deserialize, Serialize};

use crate::document::{Cluster, Entity, Label, Token, TokenKind};
use crate::entities::is_title;
use crate::quotes::affiliation::affiliation_body;
use crate::quotes::reports_a_clause;
use crate::quotes::words::{DETERMINERS, FEMALE_NAMES, FEMALE_WORDS, MALE_NAMES, MALE_WORDS, PREPOSITIONS};
use crate::tokenize::lower_case;

/// A person's gender as far as a pronoun can tell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    /// "he", "Mr.", "John".
    Male,
    /// "she", "Ms.", "Maria".
    Female,
}

/// The pronouns the resolver reads, with the gender each implies.
const GENDERED_PRONOUNS: [(&str, Gender); 8] = [
    ("he", Gender::Male),
    ("him", Gender::Male),
    ("his", Gender::Male),
    ("himself", Gender::Male),
    ("she", Gender::Female),
    ("her", Gender::Female),
    ("hers", Gender::Female),
    ("herself", Gender::Female),
];

impl Gender {
    /// The gender a pronoun implies ("he", "him", "His" → male), in any case, if it is a
    /// gendered pronoun; no lower-case copy is made (every token of an article is asked).
    ///
    /// ```
    /// use article_annotator::pronouns::Gender;
    /// assert_eq!(Gender::of_pronoun("She"), Some(Gender::Female));
    /// assert_eq!(Gender::of_pronoun("Hillary"), None);
    /// ```
    pub fn of_pronoun(word: &str) -> Option<Gender> {
        if !(2..=7).contains(&word.len()) {
            return None;
        }
        GENDERED_PRONOUNS.iter().find(|(form, _)| form.eq_ignore_ascii_case(word)).map(|&(_, gender)| gender)
    }
}

/// Given names by gender, generated from the person locales of an npm package by
/// `scripts/wordlists.mjs`: a line `female …` and a line `male …`, each sorted.
static GIVEN_NAMES: LazyLock<[Vec<&'static str>; 2]> = LazyLock::new(|| {
    let file = include_str!("../models/given-names.txt");
    let line = |gender: &str| -> Vec<&'static str> {
        let mut names: Vec<&'static str> = file
            .lines()
            .find_map(|l| l.strip_prefix(gender).filter(|rest| rest.starts_with(' ')))
            .map(|rest| rest.split_whitespace().collect())
            .unwrap_or_default();
        names.sort_unstable();
        names
    };
    [line("female"), line("male")]
});

/// The gender a given name tells ("maria" → female), lower case.
///
/// ```
/// use article_annotator::pronouns::{name_gender, Gender};
/// assert_eq!(name_gender("maria"), Some(Gender::Female));
/// assert_eq!(name_gender("daniel"), Some(Gender::Male));
/// assert_eq!(name_gender("lisbon"), None);
/// ```
pub fn name_gender(lower: &str) -> Option<Gender> {
    let [female, male] = &*GIVEN_NAMES;
    if female.binary_search(&lower).is_ok() || FEMALE_NAMES.contains(lower) {
        Some(Gender::Female)
    } else if male.binary_search(&lower).is_ok() || MALE_NAMES.contains(lower) {
        Some(Gender::Male)
    } else {
        None
    }
}

/// A third-person pronoun and the cluster of the person it stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct PronounLink {
    /// Start of the pronoun.
    pub start: usize,
    /// End of the pronoun.
    pub end: usize,
    /// Index into [`crate::Document::clusters`] of the person; `None` when no one fits.
    pub cluster: Option<usize>,
}

/// How much each piece of evidence counts when ranking a pronoun's candidates.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ResolutionWeights {
    /// By how many sentences back the mention is: 0 (the pronoun's own sentence), 1, 2, 3.
    pub recency: [f32; 4],
    /// The mention is the subject of its clause ("Brandt said", "He left").
    pub subject: f32,
    /// Per natural log of the person's mentions so far.
    pub mentions: f32,
    /// The person's gender is unknown (a known, agreeing gender is the stronger evidence).
    pub unknown_gender: f32,
    /// The mention is in an earlier paragraph.
    pub other_paragraph: f32,
    /// The name only describes the noun after it ("the Cruise video", "a Trump rally").
    pub modifier: f32,
    /// The name is the subject of the verb of saying right before the pronoun ("Jafari said
    /// she", "Brandt said that he").
    pub reporter: f32,
}

impl ResolutionWeights {
    /// The weights in use: among the best of `eval-speakers ../shared/data/gum --tune`'s grid
    /// (87 of 132 subject "he"/"she" right; how often a person was named did not help there).
    /// GUM has no say on `modifier` (0 to 100 give the same figures); 0.4 was chosen by reading
    /// every link it changes on PolNeAR (about 27 better, 14 worse: "the Clinton phone bank …
    /// she said" is the volunteer, but "the Trump campaign … his" is still often Trump, which a
    /// full exclusion loses). `reporter` is set so that the speaker of "Jafari said she"
    /// outweighs an unknown gender (0.6) and a subject one sentence back (GUM: 115 → 116 of
    /// 132; PolNeAR: two links change, both to the speaker).
    pub const TUNED: ResolutionWeights = ResolutionWeights {
        recency: [1.0, 0.8, 0.4, 0.1],
        subject: 0.5,
        mentions: 0.0,
        unknown_gender: 0.6,
        other_paragraph: 0.5,
        modifier: 0.4,
        reporter: 1.0,
    };
}

/// How many sentences back a pronoun's candidates are looked for.
const SENTENCES_BACK: usize = 3;

/// Most candidate mentions a pronoun is compared with (the latest): a sentence of thousands of
/// names stays linear.
const MAX_CANDIDATES: usize = 64;

/// Most tokens from the end of a clause's subject to a verb's object pronoun for the two to be
/// of one clause ("Brandt praised him", "Trump could again eclipse him").
const MAX_SUBJECT_TO_OBJECT: usize = 4;

/// Words before a name that leave it the subject of its clause ("and Brandt said", "that Lopez
/// would").
const SUBJECT_OPENERS: &[&str] = &[
    "and", "but", "that", "when", "while", "because", "as", "after", "before", "if", "though", "although",
    "since", "so", "then", "where", "until", "once",
];

/// Words after a name that show it is not a clause's subject ("Lopez of", "Lopez and Brandt",
/// "Lopez as").
const NOT_A_PREDICATE: &[&str] =
    &["of", "and", "or", "in", "at", "on", "for", "with", "to", "from", "by", "as", "'s", "’s", "'", "’"];

/// One person's mention a later pronoun may refer to.
#[derive(Debug, Clone, Copy)]
struct Candidate {
    cluster: usize,
    sentence: usize,
    block: usize,
    subject: bool,
    /// The tokens of the relative clause the mention is the subject of ("Devocht, who had told
    /// Montalvo he …"), in its sentence: a subject for the "he" and "she" inside it.
    relative_clause: Option<(usize, usize)>,
    /// Only describes the noun after it ("the Cruise video").
    modifier: bool,
    /// Inside quotation marks opened and closed in its sentence.
    quoted: bool,
}

/// A pronoun being resolved: where it is and the gender it asks for.
#[derive(Debug, Clone, Copy)]
struct Pronoun {
    sentence: usize,
    /// The pronoun's token in its sentence.
    token: usize,
    /// "he" or "she", not "him", "his", "her".
    nominative: bool,
    /// The subject of the verb of saying right before a "he" or "she" ("Jafari said she").
    reporter: Option<usize>,
    block: usize,
    gender: Gender,
    quoted: bool,
}

/// For each token of a sentence, whether it stands inside quotation marks of that sentence:
/// `"` opens and closes by turns, `“` and two backticks open, `”` and two apostrophes close.
pub(crate) fn inside_quotes(words: &[Cow<'_, str>]) -> Vec<bool> {
    let mut open = false;
    words
        .iter()
        .map(|word| {
            let inside = open;
            match word.as_ref() {
                "\"" => open = !open,
                "“" | "``" => open = true,
                "”" | "''" => open = false,
                _ => return inside,
            }
            // A mark itself is outside.
            false
        })
        .collect()
}

/// The sentence's words, lower-cased, and where the sentence is.
struct SentenceView<'a> {
    tokens: &'a [Token],
    words: Vec<Cow<'a, str>>,
    /// The entities from the sentence's first on, in text order.
    entities: &'a [Entity],
}

impl SentenceView<'_> {
    /// Whether the words `start..end` of the sentence are the subject of a clause: nothing but a
    /// clause opener, a comma or a quotation mark before them (and their titles), and a word
    /// that is not a preposition or conjunction right after — once the name's affiliation is
    /// passed ("Matthew Ingram of The Globe and Mail dubbed …" is the subject).
    fn is_subject(&self, start: usize, end: usize) -> bool {
        let end = self.after_affiliation(end);
        if self.says_after_apposition(end) {
            return true;
        }
        // Titles belong to the name: what stands before them decides ("for President Putin").
        let start = (0..start).rev().find(|&k| !is_title(&self.words[k])).map_or(0, |k| k + 1);
        let opens = start == 0
            || self.tokens[start - 1].kind == TokenKind::Punct
            || SUBJECT_OPENERS.contains(&self.words[start - 1].as_ref());
        let predicate = self.words.get(end).is_some_and(|next| {
            next.chars().next().is_some_and(char::is_lowercase) && !NOT_A_PREDICATE.contains(&next.as_ref())
        }) || self.words.get(end).is_some_and(|next| next == ",");
        opens && predicate
    }

    /// Whether an apposition after a name is followed by a verb of saying ("Kiara Perkins, a
    /// second-year art major, admitted …"): the name is that verb's subject, whatever stands
    /// before it. `end` is where the name (and its affiliation) ends.
    fn says_after_apposition(&self, end: usize) -> bool {
        const MAX_APPOSITION: usize = 12;
        if self.words.get(end).is_none_or(|word| word != ",") {
            return false;
        }
        let close = (end + 1..self.words.len().min(end + 2 + MAX_APPOSITION)).find(|&k| self.words[k] == ",");
        close.is_some_and(|close| {
            close > end + 1 && self.words.get(close + 1).is_some_and(|verb| reports_a_clause(verb))
        })
    }

    /// The clause a subject "who" opens right after the name ending at `end` (past its
    /// affiliation and a comma), as token indices up to the next comma, dash, colon or bracket:
    /// the name is that clause's subject ("met with Devocht, who had told Montalvo he would
    /// help"). None when "who" is the clause's object ("Trump, who he blasted").
    fn relative_clause(&self, end: usize) -> Option<(usize, usize)> {
        let end = self.after_affiliation(end);
        let who = end + usize::from(self.words.get(end).is_some_and(|word| word == ","));
        if self.words.get(who).is_none_or(|word| word != "who") {
            return None;
        }
        // A pronoun or a name right after "who" is the clause's subject instead.
        let next = self.tokens.get(who + 1)?;
        let named = self.entities.iter().take_while(|e| e.start <= next.start).any(|e| e.start == next.start);
        if named || matches!(self.words[who + 1].as_ref(), "he" | "she" | "they" | "i" | "we" | "you") {
            return None;
        }
        let close = (who + 1..self.words.len())
            .find(|&k| matches!(self.words[k].as_ref(), "," | ";" | ":" | "—" | "–" | "--" | "(" | ")"))
            .unwrap_or(self.words.len());
        Some((who + 1, close))
    }

    /// Where the words after a name continue past its affiliation ("of The Globe and Mail",
    /// "of Texas", "at Reuters": [`affiliation_body`]); `end` itself when none follows.
    fn after_affiliation(&self, end: usize) -> usize {
        affiliation_body(&self.words, self.tokens, self.entities, end)
            .map_or(end, |body| self.tokens.partition_point(|t| t.start < body.end))
    }

    /// Whether the pronoun at `k` is the object of the verb right before it: "him", or "her"
    /// with no noun after it ("thanked her.", "told her the news", not "thanked her staff"),
    /// after a word that is not a preposition ("praised him", not "a party behind him").
    fn is_verb_object(&self, k: usize) -> bool {
        let object = match self.words[k].as_ref() {
            "him" => true,
            "her" => self.tokens.get(k + 1).is_none_or(|next| {
                let next_word = self.words[k + 1].as_ref();
                // A quotation mark opens her noun ("praised her “wonderful donors”").
                let quotation_mark = matches!(next_word, "\"" | "“" | "``" | "‘" | "'");
                (next.kind == TokenKind::Punct && !quotation_mark)
                    || PREPOSITIONS.contains(next_word)
                    || DETERMINERS.contains(next_word)
                    || SUBJECT_OPENERS.contains(&next_word)
            }),
            _ => false,
        };
        let after_verb = k > 0
            && self.tokens[k - 1].kind == TokenKind::Word
            && self.words[k - 1].starts_with(|c: char| c.is_lowercase())
            && !PREPOSITIONS.contains(&self.words[k - 1]);
        object && after_verb
    }

    /// Whether the name `start..end` only describes the noun after it ("the Cruise video", "a
    /// Trump rally"): a determiner before it and a lower-case word right after.
    fn is_modifier(&self, start: usize, end: usize) -> bool {
        start > 0
            && DETERMINERS.contains(self.words[start - 1].as_ref())
            && self
                .words
                .get(end)
                .is_some_and(|next| next.starts_with(|c: char| c.is_alphabetic() && c.is_lowercase()))
    }
}

/// The gender each person cluster's names tell: a given name, or "Mr."/"Mrs."/"Ms." or a
/// gendered role ("spokeswoman", "actor") just before a mention, with no punctuation between
/// ("with his mother, Montalvo" tells nothing of Montalvo). Each mention with such evidence is a
/// vote; a cluster whose votes are split evenly has no gender.
pub fn cluster_genders(text: &str, entities: &[Entity], clusters: &[Cluster]) -> Vec<Option<Gender>> {
    // Votes for female and male, per cluster.
    let mut votes = vec![[0u32; 2]; clusters.len()];
    for entity in entities.iter().filter(|e| e.label == Label::Per) {
        let Some(id) = entity.cluster_index().filter(|&c| c < clusters.len()) else {
            continue;
        };
        let mut vote = |gender: Gender| votes[id][usize::from(gender == Gender::Male)] += 1;
        // The first word of a name of two or more: "Maria Lopez", not "Lopez" alone.
        let mut words = entity.text.split_whitespace();
        if let (Some(first), Some(_)) = (words.next(), words.next()) {
            if let Some(gender) = name_gender(&lower_case(first)) {
                vote(gender);
            }
        }
        for word in text[..entity.start].split_whitespace().rev().take(3) {
            if word.ends_with(|c: char| c.is_ascii_punctuation() && c != '.') {
                break;
            }
            let lower = word.to_lowercase();
            match lower.as_str() {
                "mr." | "mr" => vote(Gender::Male),
                "mrs." | "ms." | "mrs" | "ms" => vote(Gender::Female),
                _ if FEMALE_WORDS.contains(lower.as_str()) => vote(Gender::Female),
                _ if MALE_WORDS.contains(lower.as_str()) => vote(Gender::Male),
                _ => {}
            }
            if !(is_title(word) || word.starts_with(char::is_uppercase)) {
                break;
            }
        }
    }
    votes
        .into_iter()
        .map(|[female, male]| match female.cmp(&male) {
            std::cmp::Ordering::Greater => Some(Gender::Female),
            std::cmp::Ordering::Less => Some(Gender::Male),
            std::cmp::Ordering::Equal => None,
        })
        .collect()
}

/// Resolves every "he", "she", "him", "his", "her" (and "himself", "herself", "hers") of the
/// sentences (`sentence_tokens` ranges of `tokens`, each
/// with the index of its block in `sentence_blocks`) to a person cluster, in text order.
pub fn resolve_pronouns(
    text: &str,
    tokens: &[Token],
    sentence_tokens: &[Range<usize>],
    sentence_blocks: &[usize],
    entities: &[Entity],
    clusters: &[Cluster],
    weights: &ResolutionWeights,
) -> Vec<PronounLink> {
    let mut genders = cluster_genders(text, entities, clusters);
    let mut mentions_so_far = vec![0u32; clusters.len()];
    let mut recent: Vec<Candidate> = Vec::new();
    let mut links = Vec::new();
    let mut next_entity = 0;
    for (index, range) in sentence_tokens.iter().enumerate() {
        let sentence_tokens = &tokens[range.clone()];
        let block = sentence_blocks.get(index).copied().unwrap_or(0);
        recent.retain(|c| c.sentence + SENTENCES_BACK >= index);
        if recent.len() > 4 * MAX_CANDIDATES {
            recent.drain(..recent.len() - MAX_CANDIDATES);
        }
        let has_pronoun = sentence_tokens.iter().any(|t| Gender::of_pronoun(t.span().slice(text)).is_some());
        let has_person = {
            let end = sentence_tokens.last().map_or(0, |t| t.end);
            entities[next_entity..].iter().take_while(|e| e.start < end).any(|e| e.label == Label::Per)
        };
        if !has_pronoun && !has_person {
            let end = sentence_tokens.last().map_or(0, |t| t.end);
            next_entity += entities[next_entity..].partition_point(|e| e.start < end);
            continue;
        }
        let view = SentenceView {
            tokens: sentence_tokens,
            words: sentence_tokens.iter().map(|t| lower_case(t.span().slice(text))).collect(),
            entities: &entities[next_entity..],
        };
        let quoted = inside_quotes(&view.words);
        let named_in_quotes =
            people_named_in_quotes(sentence_tokens, &quoted, &entities[next_entity..], clusters.len());
        let mut subjects = Subjects::default();
        for (k, token) in sentence_tokens.iter().enumerate() {
            // People named up to here join the candidates, in text order with the pronouns.
            while let Some(entity) = entities.get(next_entity).filter(|e| e.start < token.end) {
                next_entity += 1;
                let Some(cluster) = entity.cluster_index().filter(|&c| c < clusters.len()) else {
                    continue;
                };
                if entity.label != Label::Per || entity.start < token.start {
                    continue;
                }
                let last = sentence_tokens[k..].iter().position(|t| t.end >= entity.end).map_or(k, |p| k + p);
                let subject = view.is_subject(k, last + 1);
                let modifier = view.is_modifier(k, last + 1);
                let candidate = Candidate {
                    cluster,
                    sentence: index,
                    block,
                    subject,
                    relative_clause: view.relative_clause(last + 1),
                    modifier,
                    quoted: quoted[k],
                };
                if subject {
                    subjects.record(cluster, last);
                }
                remember(&mut recent, &mut mentions_so_far, candidate);
            }
            subjects.read(&view, k);
            let Some(gender) = Gender::of_pronoun(&view.words[k]) else {
                continue;
            };
            // "He said, “Andy Warhol was the centre …”": who speaks does not name himself.
            let quotes_from = !quoted[k] && view.is_subject(k, k + 1);
            let mut excluded = Cow::Borrowed(if quotes_from { named_in_quotes.as_slice() } else { &[] });
            if let Some(subject) = subjects.not_the_object(&view, k) {
                let excluded = excluded.to_mut();
                excluded.push(subject);
                excluded.sort_unstable();
            }
            let nominative = matches!(view.words[k].as_ref(), "he" | "she");
            let reporter = subjects.reporter(&view, k).filter(|_| nominative);
            let pronoun =
                Pronoun { sentence: index, token: k, nominative, reporter, block, gender, quoted: quoted[k] };
            let chosen = best_candidate(&recent, pronoun, &excluded, &genders, &mentions_so_far, weights);
            if let Some(cluster) = chosen {
                genders[cluster].get_or_insert(gender);
                let subject = view.is_subject(k, k + 1);
                let candidate = Candidate {
                    cluster,
                    sentence: index,
                    block,
                    subject,
                    relative_clause: None,
                    modifier: false,
                    quoted: quoted[k],
                };
                // "His wife warned him": a possessive is no clause's subject.
                if subject && nominative {
                    subjects.record(cluster, k);
                }
                remember(&mut recent, &mut mentions_so_far, candidate);
            }
            links.push(PronounLink { start: token.start, end: token.end, cluster: chosen });
        }
    }
    links
}

/// The subjects named or resolved so far in a sentence, each with the token its mention ends at,
/// for the pronouns after them.
#[derive(Debug, Default)]
struct Subjects {
    /// The subject of the clause read so far, forgotten at the clause's end (a punctuation
    /// mark, "and", "that", "to", "who" …).
    clause: Option<(usize, usize)>,
    /// The latest subject, kept across the sentence's clauses ("Brandt said that he").
    last: Option<(usize, usize)>,
}

impl Subjects {
    /// A subject whose mention ends at token `end`.
    fn record(&mut self, cluster: usize, end: usize) {
        self.clause = Some((cluster, end));
        self.last = self.clause;
    }

    /// Reads token `k`: a clause ends there or goes on.
    fn read(&mut self, view: &SentenceView<'_>, k: usize) {
        let word = view.words[k].as_ref();
        if view.tokens[k].kind == TokenKind::Punct
            || SUBJECT_OPENERS.contains(&word)
            || matches!(word, "to" | "who" | "which")
        {
            self.clause = None;
        }
    }

    /// Whom the verb's object pronoun at `k` cannot be ("Brandt praised him"): the subject of
    /// its clause, named at most three words before the verb, with no verb of saying between
    /// ("Clinton says many doubted her").
    fn not_the_object(&self, view: &SentenceView<'_>, k: usize) -> Option<usize> {
        let (subject, end) = self.clause?;
        let near = k <= end + MAX_SUBJECT_TO_OBJECT
            && !(end + 1..k.saturating_sub(1)).any(|j| reports_a_clause(&view.words[j]));
        (near && view.is_verb_object(k)).then_some(subject)
    }

    /// The subject of the verb of saying right before the pronoun at `k` ("Jafari said she",
    /// "Obama said that he").
    fn reporter(&self, view: &SentenceView<'_>, k: usize) -> Option<usize> {
        let (subject, end) = self.last?;
        let verb = k.checked_sub(1 + usize::from(k > 0 && view.words[k - 1] == "that"))?;
        (verb == end + 1 && reports_a_clause(&view.words[verb])).then_some(subject)
    }
}

/// The clusters of the people named inside the quotation marks of a sentence (`quoted` per
/// token; `entities` from the sentence's first on), sorted.
fn people_named_in_quotes(
    tokens: &[Token],
    quoted: &[bool],
    entities: &[Entity],
    cluster_count: usize,
) -> Vec<usize> {
    let Some(end) = tokens.last().map(|t| t.end).filter(|_| quoted.contains(&true)) else {
        return Vec::new();
    };
    let mut clusters: Vec<usize> = entities
        .iter()
        .take_while(|e| e.start < end)
        .filter(|e| e.label == Label::Per)
        .filter(|e| {
            let at = tokens.partition_point(|t| t.start < e.start);
            tokens.get(at).is_some_and(|t| t.start == e.start) && quoted[at]
        })
        .filter_map(|e| e.cluster_index().filter(|&c| c < cluster_count))
        .collect();
    // Sorted for the look-ups of every pronoun of the sentence.
    clusters.sort_unstable();
    clusters.dedup();
    clusters
}

/// Adds a mention (a name, or a pronoun just resolved) to the candidates of later pronouns.
fn remember(recent: &mut Vec<Candidate>, mentions_so_far: &mut [u32], candidate: Candidate) {
    mentions_so_far[candidate.cluster] += 1;
    recent.push(candidate);
}

/// The best-scoring candidate whose gender does not contradict the pronoun's and who is not
/// `excluded`. A pronoun inside a quotation does not stand for the subject outside it in the
/// same sentence, who is usually the one quoted ("“When he calls,” Ruiz said": "he" is not
/// Ruiz; Ruiz would say "I"); the other way round, the subject who quotes is not a person the
/// quotation names (`excluded`: "He said, “Brandt will win”": "He" is not Brandt).
fn best_candidate(
    recent: &[Candidate],
    pronoun: Pronoun,
    excluded: &[usize],
    genders: &[Option<Gender>],
    mentions_so_far: &[u32],
    weights: &ResolutionWeights,
) -> Option<usize> {
    let mut best: Option<(f32, usize)> = None;
    let nearest = || recent.iter().rev().take(MAX_CANDIDATES);
    // Who speaks in the pronoun's sentence: a subject outside the quotation marks.
    let speaks = |cluster: usize| {
        nearest().any(|c| c.cluster == cluster && c.sentence == pronoun.sentence && c.subject && !c.quoted)
    };
    // Latest first, so that of two equal scores the more recent mention wins.
    for candidate in nearest() {
        let known = genders.get(candidate.cluster).copied().flatten();
        if known.is_some_and(|g| g != pronoun.gender)
            || (pronoun.quoted && speaks(candidate.cluster))
            || excluded.binary_search(&candidate.cluster).is_ok()
        {
            continue;
        }
        let (sentence, block) = (pronoun.sentence, pronoun.block);
        let back = (sentence - candidate.sentence).min(weights.recency.len() - 1);
        let mut score = weights.recency[back]
            + weights.mentions * (f32::from(mentions_so_far[candidate.cluster].min(1000) as u16)).ln_1p();
        let in_its_clause = pronoun.nominative
            && candidate.sentence == sentence
            && candidate.relative_clause.is_some_and(|(from, to)| (from..to).contains(&pronoun.token));
        if candidate.subject || in_its_clause {
            score += weights.subject;
        }
        if known.is_none() {
            score -= weights.unknown_gender;
        }
        if candidate.block != block {
            score -= weights.other_paragraph;
        }
        if candidate.modifier {
            score -= weights.modifier;
        }
        if pronoun.reporter == Some(candidate.cluster) {
            score += weights.reporter;
        }
        if best.is_none_or(|(top, _)| score > top) {
            best = Some((score, candidate.cluster));
        }
    }
    best.map(|(_, cluster)| cluster)
}

#[cfg(test)]
mod tests {
    use crate::{annotate, Options};

    /// The name each "he"/"she" of `text` is resolved to, in order ("?" when unresolved).
    fn resolved(text: &str) -> Vec<String> {
        let doc = annotate(text, &Options::default());
        doc.pronouns
            .iter()
            .map(|p| p.cluster.map_or("?".to_string(), |c| doc.clusters[c].name.clone()))
            .collect()
    }

    #[test]
    fn the_subject_of_a_relative_clause_is_the_name_before_who() {
        // Inside "who …", "he" is the one "who" stands for, though another man is nearer.
        assert_eq!(
            resolved("Ana Ruiz said Tom Berg, who had told Daniel Brandt he would resign, left early."),
            ["Tom Berg"]
        );
        // "who he blasted": "who" is the object, and "he" is the main clause's subject.
        assert_eq!(resolved("Daniel Brandt blasted Tom Berg, who he called a bully."), ["Daniel Brandt"]);
        // After the clause closes, the name before "who" is no subject.
        assert_eq!(
            resolved("Daniel Brandt met Tom Berg, who runs the fund, and he said no."),
            ["Daniel Brandt"]
        );
    }

    #[test]
    fn a_verbs_object_is_not_the_subject_of_its_clause() {
        // "Brandt praised him": him is the other man, however near Brandt is.
        assert_eq!(
            resolved("Tom Berg met Daniel Brandt on Monday. Brandt praised him warmly."),
            ["Tom Berg"]
        );
        assert_eq!(
            resolved("Maria Lopez met Ana Ruiz on Monday. Ruiz thanked her for the help."),
            ["Maria Lopez"]
        );
        // A possessive may be the subject's own; so may an object after a preposition, or in a
        // clause of its own ("to leave him", "says many doubted her").
        assert_eq!(resolved("Tom Berg called Daniel Brandt. Brandt praised his staff."), ["Daniel Brandt"]);
        assert_eq!(
            resolved("Tom Berg called Daniel Brandt. Brandt lacks a party behind him."),
            ["Daniel Brandt"]
        );
        assert_eq!(
            resolved("Tom Berg called Daniel Brandt. Brandt told Berg to leave him alone."),
            ["Daniel Brandt"]
        );
        assert_eq!(resolved("Maria Lopez met Ana Ruiz. Ruiz says many doubted her at first."), ["Ana Ruiz"]);
    }

    #[test]
    fn who_says_he_or_she_is_the_pronoun_of_what_is_said() {
        // "Jafari said she": the speaker, though her gender is unknown and Lopez is a woman.
        assert_eq!(resolved("Maria Lopez praised the plan. Jafari said she felt proud of it."), ["Jafari"]);
        assert_eq!(resolved("Maria Lopez praised the plan. Jafari said that she agreed."), ["Jafari"]);
        // A name, its apposition, then a verb of saying: its subject, whatever stands before.
        assert_eq!(
            resolved(
                "Maria Lopez praised the exhibit. At the show Kiara Perkins, a second-year art major, \
                 admitted she was late."
            ),
            ["Kiara Perkins"]
        );
    }

    #[test]
    fn gender_picks_between_two_people() {
        assert_eq!(
            resolved("Maxine Waters questioned Timothy Sloan on Tuesday. He praised the bank's staff."),
            ["Timothy Sloan"]
        );
    }

    #[test]
    fn the_subject_of_the_paragraph_wins_over_a_more_famous_name() {
        let text = "Harold Kessler gave money to Donald Trump last year. He urged other donors to follow, \
                    and he wrote to them twice.";
        assert_eq!(resolved(text), ["Harold Kessler", "Harold Kessler"]);
    }

    #[test]
    fn a_person_of_a_body_is_still_the_subject() {
        // "of The Harbour Gazette" names where Ana Ruiz works; she is the subject, not the
        // woman named later in the sentence.
        let text = "Ana Ruiz of The Harbour Gazette called the dispute over Maria Costa's boat a farce. \
                    She wrote that the port had lost a year.";
        assert_eq!(resolved(text), ["Ana Ruiz"]);
    }

    #[test]
    fn an_affiliation_that_ends_the_text_is_read_safely() {
        // The affiliation's last word is the text's last: nothing after it may be read.
        assert_eq!(resolved("She met Ana Ruiz of Lima"), ["?"]);
        assert_eq!(resolved("Ana Ruiz of Lima"), Vec::<String>::new());
    }

    #[test]
    fn a_name_that_only_describes_a_noun_counts_less() {
        // "the Ruiz phone bank" is the bank, not Ana Ruiz: "she" is the volunteer.
        let text = "Ana Ruiz leads the race.\n\nFor Maria Costa, a volunteer at the Ruiz phone bank, \
                    every call matters. \"It is a duty,\" she said.";
        assert_eq!(resolved(text), ["Maria Costa"]);
    }

    #[test]
    fn titles_and_roles_tell_the_gender() {
        let text = "Ms. Okafor and Mr. Lindqvist spoke. She said the plan was ready; he disagreed.";
        assert_eq!(resolved(text), ["Okafor", "Lindqvist"]);
    }

    #[test]
    fn a_role_word_tells_the_gender_only_right_before_the_name() {
        // "mother," is the mother's, not Ruiz's: Tomas Ruiz stays a man, and "He" is his.
        let text = "Tomas Ruiz left the camp at dawn. He travelled with his mother, Ruiz told us later. \
                    He said the road was closed.";
        assert_eq!(resolved(text), ["Tomas Ruiz", "Tomas Ruiz", "Tomas Ruiz"]);
    }

    #[test]
    fn a_person_the_tagger_reads_as_a_place_is_found_by_apposition() {
        // The tagger alone reads "Sydney Paris" as a place; the apposition and the surname
        // alone make her the person "she" stands for.
        let text = "Sydney Paris, a Canadian woman and former nun, has sued the Order of Saint Clare. \
                    Paris says she was kept in a convent in Quebec until she was twenty.";
        assert_eq!(resolved(text), ["Sydney Paris", "Sydney Paris"]);
    }

    #[test]
    fn a_pronoun_in_a_quote_is_not_its_speaker() {
        let text =
            "Harold Kessler praised Daniel Brandt on Monday. Kessler said: \"When he calls, we listen.\"";
        assert_eq!(resolved(text), ["Daniel Brandt"]);
    }

    #[test]
    fn a_pronoun_that_quotes_someone_is_not_the_one_named_in_the_quote() {
        let text = "Daniel Brandt met Harold Kessler. He said: \"Daniel Brandt will win.\"";
        assert_eq!(resolved(text), ["Harold Kessler"]);
        // Without the quotation, the subject of the sentence before is nearer.
        assert_eq!(resolved("Daniel Brandt met Harold Kessler. He said Brandt will win."), ["Daniel Brandt"]);
    }

    #[test]
    fn no_one_of_that_gender_in_reach_stays_unknown() {
        assert_eq!(
            resolved("Maria Lopez opened the meeting. She thanked him. He left."),
            ["Maria Lopez", "?", "?"]
        );
    }
}
