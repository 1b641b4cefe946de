//! The quote finder's word lists, read from `words.txt` (one section a list) once, on first use.
//!
//! A list is sorted when it is read, so membership is a binary search however the file orders
//! its words.

use std::sync::LazyLock;

/// The lists' source: sections `[name]` of white-space-separated lower-case words.
const WORDS: &str = include_str!("words.txt");

/// A list of lower-case words, sorted for binary search.
#[derive(Debug)]
pub(crate) struct WordList(Vec<&'static str>);

impl WordList {
    /// The words of section `[name]` of `words.txt` (empty when there is no such section; the
    /// tests make sure every list has one).
    fn section(name: &str) -> WordList {
        let mut words: Vec<&'static str> =
            sections().find(|(n, _)| *n == name).map(|(_, w)| w).unwrap_or_default();
        words.sort_unstable();
        WordList(words)
    }

    /// Whether `word` is in the list.
    pub(crate) fn contains(&self, word: &str) -> bool {
        self.0.binary_search(&word).is_ok()
    }
}

/// The sections of `words.txt` in file order: name and words, comments left out. A section
/// opens with a line `[name]` and runs to the next one.
fn sections() -> impl Iterator<Item = (&'static str, Vec<&'static str>)> {
    let mut sections: Vec<(&'static str, Vec<&'static str>)> = Vec::new();
    for line in WORDS.lines().filter(|line| !line.starts_with('#')) {
        match line.strip_prefix('[').and_then(|rest| rest.strip_suffix(']')) {
            Some(name) => sections.push((name, Vec::new())),
            None => {
                if let Some((_, words)) = sections.last_mut() {
                    words.extend(line.split_whitespace());
                }
            }
        }
    }
    sections.into_iter()
}

/// Declares each list as a lazily read static, and the names of all of them.
macro_rules! word_lists {
    ($($(#[$doc:meta])* $name:ident = $section:literal;)*) => {
        $($(#[$doc])* pub(crate) static $name: LazyLock<WordList> = LazyLock::new(|| WordList::section($section));)*
        /// The sections the lists are read from, for the test that every one is there.
        #[cfg(test)]
        const SECTIONS: &[&str] = &[$($section),*];

        /// The list read from section `name`, as a cue row's `after=@name` flag names it.
        pub(super) fn by_name(name: &str) -> Option<&'static WordList> {
            match name {
                $($section => Some(LazyLock::force(&$name)),)*
                _ => None,
            }
        }
    };
}

word_lists! {
    /// Words after a verb of belief that open the clause it reports.
    CLAUSE_OPENERS = "clause_openers";
    /// Nouns that name a speaker by role ("the minister").
    ROLE_NOUNS = "role_nouns";
    /// Prepositions ("behind", "for", "about").
    PREPOSITIONS = "prepositions";
    /// Female given names the generated `models/given-names.txt` lacks.
    FEMALE_NAMES = "female_names";
    /// Male given names the generated `models/given-names.txt` lacks.
    MALE_NAMES = "male_names";
    /// Words for a woman's role or kin, before a name ("spokeswoman", "actress").
    FEMALE_WORDS = "female_words";
    /// Words for a man's role or kin, before a name ("spokesman", "actor").
    MALE_WORDS = "male_words";
    /// Nouns for a person, which make a name apposed to them a person ("a retired teacher").
    PERSON_NOUNS = "person_nouns";
    /// Words a speaker's noun phrase never holds.
    NOT_IN_SUBJECTS = "not_in_subjects";
    /// Forms of "be".
    BE_FORMS = "be_forms";
    /// Articles and possessive pronouns.
    DETERMINERS = "determiners";
    /// Nouns for words called out together ("chants of …").
    CHANT_NOUNS = "chant_nouns";
    /// Words that open a time or place phrase right after a cue.
    AFTER_CUE_ADVERBIALS = "after_cue_adverbials";
    /// Conjunctions that open a subordinate clause.
    SUBORDINATORS = "subordinators";
    /// Relative pronouns that stand for the object of their clause ("which the Church describes").
    OBJECT_RELATIVES = "object_relatives";
    /// Words that tie a person to a place or body named after them ("of", "at", "from").
    AFFILIATIONS = "affiliations";
    /// Headline labels that name the kind of piece.
    NOT_HEADLINE_SOURCES = "not_headline_sources";
    /// Words before "states" that make it a verb of saying.
    STATING_SUBJECTS = "stating_subjects";
    /// Words that open the question after "asked".
    QUESTION_WORDS = "question_words";
    /// Auxiliaries that open a question before its subject ("Do you think …?").
    QUESTION_AUXILIARIES = "question_auxiliaries";
    /// Sources whose findings are reported ("poll", "study").
    EVIDENCE_SOURCES = "evidence_sources";
    /// Texts someone issues, whose words are the issuer's ("released a statement saying").
    ISSUED_TEXTS = "issued_texts";
    /// Offices a title before a name may end in, beyond titles and role nouns ("officer").
    OFFICE_WORDS = "office_words";
    /// Words that end a title between a country or company and a name ("and", "in").
    TITLE_BREAKERS = "title_breakers";
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_section_is_read_by_one_list_and_holds_each_word_once() {
        let names: Vec<&str> = sections().map(|(name, _)| name).collect();
        let mut sorted = names.clone();
        sorted.sort_unstable();
        let mut declared = SECTIONS.to_vec();
        declared.sort_unstable();
        assert_eq!(sorted, declared, "sections of words.txt and lists of words.rs differ");
        for (name, words) in sections() {
            assert!(!words.is_empty(), "[{name}] is empty");
            let mut unique = words.clone();
            unique.sort_unstable();
            unique.dedup();
            assert_eq!(unique.len(), words.len(), "[{name}] holds a word twice");
            assert!(words.iter().all(|w| w.chars().all(|c| !c.is_uppercase())), "[{name}] is not lower case");
        }
    }

    #[test]
    fn a_list_finds_its_words_whatever_their_order_in_the_file() {
        assert!(ROLE_NOUNS.contains("spokeswoman") && ROLE_NOUNS.contains("minister"));
        assert!(!ROLE_NOUNS.contains("Minister"));
        assert!(MALE_NAMES.contains("luís"));
        assert!(by_name("stating_subjects").is_some_and(|list| list.contains("report")));
        assert!(by_name("no such list").is_none());
    }
}
