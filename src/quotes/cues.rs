//! Cues: the verbs and phrases that attribute what someone said, thinks or found, read from
//! `cues.txt` (one row per lemma, with its kind, its forms, its flags and an example) once, on
//! first use. Inflections are generated from the lemma; the file's header documents the
//! columns, and every row's example runs as a test.
//!
//! ```text
//! say   | speech | b d=said g s | | Ana Ruiz said the ferry would run on Monday.
//! ```
//! makes "say", "said", "saying" and "says" cues of speech.

use std::borrow::Cow;
use std::sync::LazyLock;

use rustc_hash::FxHashMap;

use super::words::{self, WordList, CLAUSE_OPENERS, EVIDENCE_SOURCES};

/// The rows, as written.
const CUE_ROWS: &str = include_str!("cues.txt");

/// What a cue attributes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum CueKind {
    /// A statement: "said", "told", "argued".
    Speech,
    /// A belief, before a clause only: "believes that …".
    Thought,
    /// A position taken: "rejected the offer", shown as [`crate::QuoteKind::Position`].
    Position,
    /// What a poll, study or report found: "the survey found that …".
    Evidence,
    /// What someone called something: attributes only the words it quotes.
    Naming,
}

impl CueKind {
    /// The kind a row's second column names.
    fn parse(name: &str) -> Option<CueKind> {
        Some(match name {
            "speech" => CueKind::Speech,
            "thought" => CueKind::Thought,
            "position" => CueKind::Position,
            "evidence" => CueKind::Evidence,
            "naming" => CueKind::Naming,
            _ => return None,
        })
    }

    /// The kind's bit in [`Form::kinds`].
    fn bit(self) -> u8 {
        1 << self as u8
    }
}

/// An inflection of a verb, as a row's third column names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Inflection {
    /// `b`: the lemma itself ("say").
    Base,
    /// `s`: the third person ("says", "denies", "pushes").
    ThirdPerson,
    /// `d`: the past and the participle ("noted", "denied").
    Past,
    /// `g`: the form in -ing ("noting", "saying").
    Progressive,
}

impl Inflection {
    /// The inflection a form code names.
    fn parse(code: &str) -> Option<Inflection> {
        Some(match code {
            "b" => Inflection::Base,
            "s" => Inflection::ThirdPerson,
            "d" => Inflection::Past,
            "g" => Inflection::Progressive,
            _ => return None,
        })
    }

    /// The regular form of `lemma`: "deny" → "denies", "denied", "denying"; "argue" →
    /// "argued", "arguing"; "push" → "pushes". Irregular forms are spelled out in the row.
    fn of(self, lemma: &str) -> String {
        let consonant_y =
            lemma.ends_with('y') && !lemma[..lemma.len() - 1].ends_with(['a', 'e', 'i', 'o', 'u']);
        let stem = &lemma[..lemma.len().saturating_sub(1)];
        match self {
            Inflection::Base => lemma.to_string(),
            Inflection::ThirdPerson if consonant_y => format!("{stem}ies"),
            Inflection::ThirdPerson
                if lemma.ends_with(['s', 'x', 'z', 'o'])
                    || lemma.ends_with("sh")
                    || lemma.ends_with("ch") =>
            {
                format!("{lemma}es")
            }
            Inflection::ThirdPerson => format!("{lemma}s"),
            Inflection::Past if consonant_y => format!("{stem}ied"),
            Inflection::Past if lemma.ends_with('e') => format!("{lemma}d"),
            Inflection::Past => format!("{lemma}ed"),
            Inflection::Progressive if lemma.ends_with('e') && !lemma.ends_with("ee") => format!("{stem}ing"),
            Inflection::Progressive => format!("{lemma}ing"),
        }
    }
}

/// A condition under which a form is a cue, from a row's flags.
#[derive(Debug, Clone)]
enum Condition {
    /// `next=a/b`: the next word is one of these.
    Next(Vec<&'static str>),
    /// `not_next=a`: the next word is none of these.
    NotNext(Vec<&'static str>),
    /// `after=@list`: the word before is in this list.
    After(&'static WordList),
}

impl Condition {
    /// Whether the cue word at `i` meets the condition.
    fn holds(&self, words: &[Cow<'_, str>], i: usize) -> bool {
        let next = words.get(i + 1).map(|w| &**w);
        match self {
            Condition::Next(allowed) => next.is_some_and(|w| allowed.contains(&w)),
            Condition::NotNext(refused) => next.is_none_or(|w| !refused.contains(&w)),
            Condition::After(list) => i.checked_sub(1).is_some_and(|k| list.contains(&words[k])),
        }
    }
}

/// One row of `cues.txt`, parsed.
#[derive(Debug)]
struct Row {
    /// The lemma or phrase ("say", "point out").
    lemma: &'static str,
    kind: CueKind,
    /// Each form with its inflection: generated, or spelled out in the row.
    forms: Vec<(Inflection, String)>,
    /// Flags with the inflections they are limited to (all when `None`).
    flags: Vec<(Option<Vec<Inflection>>, Flag)>,
    /// A sentence in which the row's cue attributes something.
    #[cfg_attr(not(test), allow(dead_code))]
    example: &'static str,
}

/// A flag of a row.
#[derive(Debug, Clone)]
enum Flag {
    /// Attributes a quotation next to it, and reports nothing on its own.
    QuoteOnly,
    /// Its object is the one spoken to.
    Hearer,
    /// A cue only when the condition holds.
    Only(Condition),
}

/// What one word form is as a cue: the kinds of the rows that make it one, and their flags.
#[derive(Debug, Default)]
struct Form {
    /// A bit for each [`CueKind`].
    kinds: u8,
    quote_only: bool,
    hearer: bool,
    conditions: Vec<Condition>,
}

/// Every cue form and phrase, sorted for binary search.
#[derive(Debug, Default)]
struct Cues {
    /// Single-word forms (a hash map: every word of every sentence is looked up).
    forms: FxHashMap<String, Form>,
    /// Phrases by their first word: the words that must follow it, the longest first.
    phrases: FxHashMap<String, Vec<Vec<&'static str>>>,
}

/// The cues, read from `cues.txt` on first use (none if the file did not parse, which a test
/// rules out).
static CUES: LazyLock<Cues> =
    LazyLock::new(|| rows(CUE_ROWS).map(|rows| Cues::new(&rows)).unwrap_or_default());

/// The rows of a cue file, or what is wrong with the first bad one.
fn rows(text: &'static str) -> Result<Vec<Row>, String> {
    text.lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty() && !line.starts_with('#'))
        .map(|(n, line)| Row::parse(line).map_err(|error| format!("cues.txt line {}: {error}", n + 1)))
        .collect()
}

impl Row {
    /// A row from its line: `lemma | kind | forms | flags | example`.
    fn parse(line: &'static str) -> Result<Row, String> {
        let columns: Vec<&'static str> = line.split(" | ").map(str::trim).collect();
        let [lemma, kind, forms, flags, example] = columns[..] else {
            return Err(format!("{} columns, not 5", columns.len()));
        };
        let kind = CueKind::parse(kind).ok_or_else(|| format!("unknown kind {kind:?}"))?;
        let first_word = lemma.split(' ').next().unwrap_or(lemma);
        let mut parsed_forms = Vec::new();
        for spec in forms.split_whitespace() {
            let (code, spelled) = spec.split_once('=').unwrap_or((spec, ""));
            let inflection = Inflection::parse(code).ok_or_else(|| format!("unknown form {code:?}"))?;
            if spelled.is_empty() {
                parsed_forms.push((inflection, inflection.of(first_word)));
            } else {
                parsed_forms.extend(spelled.split(',').map(|form| (inflection, form.to_string())));
            }
        }
        let flags = flags.split_whitespace().map(parse_flag).collect::<Result<_, _>>()?;
        if parsed_forms.is_empty() || example.is_empty() {
            return Err("a row needs forms and an example".to_string());
        }
        Ok(Row { lemma, kind, forms: parsed_forms, flags, example })
    }

    /// The words after the first of a phrase ("out" of "point out"); none for a verb.
    fn phrase_rest(&self) -> Vec<&'static str> {
        self.lemma.split(' ').skip(1).collect()
    }
}

/// A flag: `name`, `name:forms` or `name=values`, `name:forms=values`.
fn parse_flag(flag: &'static str) -> Result<(Option<Vec<Inflection>>, Flag), String> {
    let (name, values) = flag.split_once('=').unwrap_or((flag, ""));
    let (name, limited) = match name.split_once(':') {
        Some((name, codes)) => {
            let inflections = codes.split(',').map(Inflection::parse).collect::<Option<Vec<_>>>();
            (name, Some(inflections.ok_or_else(|| format!("bad forms in flag {flag:?}"))?))
        }
        None => (name, None),
    };
    let words = || values.split('/').collect::<Vec<&'static str>>();
    let flag = match (name, values) {
        ("quote_only", "") => Flag::QuoteOnly,
        ("hearer", "") => Flag::Hearer,
        ("next", values) if !values.is_empty() => Flag::Only(Condition::Next(words())),
        ("not_next", values) if !values.is_empty() => Flag::Only(Condition::NotNext(words())),
        ("after", values) => {
            let list = values.strip_prefix('@').and_then(words::by_name);
            Flag::Only(Condition::After(list.ok_or_else(|| format!("no word list {values:?}"))?))
        }
        _ => return Err(format!("unknown flag {flag:?}")),
    };
    Ok((limited, flag))
}

impl Cues {
    /// The cue forms and phrases of the rows.
    fn new(rows: &[Row]) -> Cues {
        let mut forms: FxHashMap<String, Form> = FxHashMap::default();
        let mut phrases: FxHashMap<String, Vec<Vec<&'static str>>> = FxHashMap::default();
        for row in rows {
            let rest = row.phrase_rest();
            for (inflection, word) in &row.forms {
                if !rest.is_empty() {
                    phrases.entry(word.clone()).or_default().push(rest.clone());
                    continue;
                }
                let form = forms.entry(word.clone()).or_default();
                form.kinds |= row.kind.bit();
                for (limited, flag) in &row.flags {
                    if limited.as_ref().is_some_and(|only| !only.contains(inflection)) {
                        continue;
                    }
                    match flag {
                        Flag::QuoteOnly => form.quote_only = true,
                        Flag::Hearer => form.hearer = true,
                        Flag::Only(condition) => form.conditions.push(condition.clone()),
                    }
                }
            }
        }
        for rests in phrases.values_mut() {
            // Longest first; a stable sort keeps the file's order among equal lengths.
            rests.sort_by_key(|rest| std::cmp::Reverse(rest.len()));
        }
        Cues { forms, phrases }
    }

    /// What `word` is as a cue, if anything.
    fn form(&self, word: &str) -> Option<&Form> {
        self.forms.get(word)
    }

    /// The phrases that start with `word`: the words after it, the longest first.
    fn phrases(&self, word: &str) -> &[Vec<&'static str>] {
        self.phrases.get(word).map_or(&[], Vec::as_slice)
    }
}

/// Whether `word` is a cue of this kind (as a single word).
pub(super) fn is(word: &str, kind: CueKind) -> bool {
    CUES.form(word).is_some_and(|form| form.kinds & kind.bit() != 0)
}

/// Whether `word` attributes only a quotation next to it ("beamed", "continued").
pub(super) fn is_quote_only(word: &str) -> bool {
    CUES.form(word).is_some_and(|form| form.quote_only)
}

/// Whether the object of the cue `word` is the one spoken to ("told reporters").
pub(super) fn takes_hearer(word: &str) -> bool {
    CUES.form(word).is_some_and(|form| form.hearer)
}

/// Whether a cue starts at word `i` of lower-cased `words`, and how many words it takes.
pub(super) fn is_cue(words: &[Cow<'_, str>], i: usize) -> Option<usize> {
    // Every cue is a word: punctuation, numbers and symbols are turned away before the table is
    // searched (a run of quotation marks asks for each of them many times).
    let word = words.get(i).filter(|w| w.starts_with(char::is_alphabetic))?.as_ref();
    let form = CUES.form(word);
    if let Some(form) = form {
        if form.kinds & CueKind::Thought.bit() != 0 {
            // A clause: "that", or a subject opening it.
            return words.get(i + 1).is_some_and(|w| CLAUSE_OPENERS.contains(w)).then_some(1);
        }
        if form.kinds & CueKind::Evidence.bit() != 0 {
            // The source heads the subject, which may run on ("A poll of 800 voters, conducted
            // by …, shows"), but not past the sentence's punctuation other than commas.
            let source = (i.saturating_sub(16)..i)
                .rev()
                .take_while(|&k| !matches!(words[k].as_ref(), "." | ";" | ":" | "?" | "!" | "that" | "which"))
                .any(|k| EVIDENCE_SOURCES.contains(&words[k]));
            let that = words.get(i + 1).is_some_and(|w| w == "that");
            return (source || that).then_some(1);
        }
        if !form.conditions.iter().all(|condition| condition.holds(words, i)) {
            return None;
        }
    }
    let phrase = CUES.phrases(word).iter().find(|rest| {
        words.get(i + 1..i + 1 + rest.len()).is_some_and(|next| next.iter().zip(*rest).all(|(w, r)| w == r))
    });
    if let Some(rest) = phrase {
        return Some(1 + rest.len());
    }
    form.filter(|form| {
        form.kinds & (CueKind::Speech.bit() | CueKind::Position.bit() | CueKind::Naming.bit()) != 0
    })
    .map(|_| 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{annotate, Options, QuoteKind};

    #[test]
    fn the_cue_file_parses_and_names_each_lemma_and_kind_once() {
        let rows = rows(CUE_ROWS).unwrap();
        assert!(rows.len() > 200, "{} rows", rows.len());
        let mut keys: Vec<(&str, CueKind)> = rows.iter().map(|row| (row.lemma, row.kind)).collect();
        keys.sort_by_key(|(lemma, kind)| (*lemma, *kind as u8));
        let before = keys.len();
        keys.dedup();
        assert_eq!(keys.len(), before, "a lemma and kind appear twice");
        for row in &rows {
            assert!(row.forms.iter().all(|(_, form)| form.starts_with(char::is_alphabetic)), "{row:?}");
        }
    }

    #[test]
    fn bad_rows_are_refused_with_their_line() {
        let bad = "say | speech | b |  | Ruiz said so.\nsay | speaking | b |  | Ruiz said so.\n";
        assert_eq!(rows(bad).unwrap_err(), "cues.txt line 2: unknown kind \"speaking\"");
        assert!(rows("say | speech | x |  | Ruiz said so.").unwrap_err().contains("unknown form"));
        assert!(rows("say | speech | b | loud | Ruiz said so.").unwrap_err().contains("unknown flag"));
        assert!(rows("say | speech | b | after=@nothing | Ruiz said so.")
            .unwrap_err()
            .contains("no word list"));
        assert!(rows("say | speech | b").unwrap_err().contains("3 columns"));
    }

    #[test]
    fn regular_forms_are_generated_from_the_lemma() {
        let forms = |lemma: &str| {
            [Inflection::ThirdPerson, Inflection::Past, Inflection::Progressive]
                .map(|inflection| inflection.of(lemma))
        };
        assert_eq!(forms("deny"), ["denies", "denied", "denying"]);
        assert_eq!(forms("argue"), ["argues", "argued", "arguing"]);
        assert_eq!(forms("push"), ["pushes", "pushed", "pushing"]);
        assert_eq!(forms("echo"), ["echoes", "echoed", "echoing"]);
        assert_eq!(forms("convey"), ["conveys", "conveyed", "conveying"]);
        assert_eq!(forms("guarantee"), ["guarantees", "guaranteed", "guaranteeing"]);
    }

    #[test]
    fn flags_limit_a_cue_to_its_context() {
        let words = |text: &'static str| text.split(' ').map(Cow::Borrowed).collect::<Vec<_>>();
        assert_eq!(is_cue(&words("the report states that"), 2), Some(1));
        assert_eq!(is_cue(&words("the united states that"), 2), None);
        assert_eq!(is_cue(&words("sales declined sharply"), 1), None);
        assert_eq!(is_cue(&words("she declined to"), 1), Some(1));
        assert_eq!(is_cue(&words("who asked not to"), 1), None);
        assert_eq!(is_cue(&words("it all added up"), 2), None);
        assert_eq!(is_cue(&words("she made it clear"), 1), Some(3));
        assert_eq!(is_cue(&words("she made clear"), 1), Some(2));
        assert_eq!(is_cue(&words("she made tea"), 1), None);
        assert!(is_quote_only("beamed") && is_quote_only("adds") && !is_quote_only("added"));
        assert!(takes_hearer("told") && takes_hearer("asked") && !takes_hearer("asks"));
        assert!(is("indicates", CueKind::Evidence) && is("indicates", CueKind::Speech));
    }

    /// Every row's example attributes something with one of the row's forms, of its kind.
    #[test]
    fn every_example_is_attributed_by_its_cue() {
        let mut failures = Vec::new();
        for row in rows(CUE_ROWS).unwrap() {
            let doc = annotate(row.example, &Options::default());
            let rest = row.phrase_rest().join(" ");
            let found = doc.quotes.iter().any(|quote| {
                let Some(cue) = quote.cue else { return false };
                let cue = doc.text[cue.start..cue.end].to_lowercase();
                let (first, after) = cue.split_once(' ').unwrap_or((cue.as_str(), ""));
                let kind_fits = (row.kind == CueKind::Position) == (quote.kind == QuoteKind::Position);
                row.forms.iter().any(|(_, form)| form == first) && after == rest && kind_fits
            });
            if !found {
                failures
                    .push(format!("{} ({:?}): {:?} → {:?}", row.lemma, row.kind, row.example, doc.quotes));
            }
        }
        assert!(
            failures.is_empty(),
            "{} examples not attributed by their cue:\n{}",
            failures.len(),
            failures.join("\n")
        );
    }
}
