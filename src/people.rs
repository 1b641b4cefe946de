//! One reading of a person's name per article. The tagger reads each sentence with what it knows
//! of words, and a person whose name is also a place or a firm ("Valeska Paris", "Jordan") can
//! come out as one; the article itself often says otherwise. Two kinds of evidence are weighed
//! here, after the tagger and before clustering:
//!
//! - **apposition**: a name followed by a comma and a noun phrase about a person ("Valeska Paris,
//!   an Australian woman", "Tom Kerr, a retired teacher") or an age ("Ana Ruiz, 34,") is a
//!   person, and so is a name that "was born";
//! - **the same person elsewhere**: a name the article shows to be a person in full ("Valeska
//!   Paris", by the evidence above) makes its surname standing alone ("Paris claims …") and
//!   the full name itself the person wherever the tagger read them as a place, an organisation
//!   or a miscellaneous name — but a surname after "in", "to", "from" … stays a place.
//!
//! ```
//! use article_annotator::entities::Mention;
//! use article_annotator::ner::WordLists;
//! use article_annotator::people::one_reading_per_person;
//! use article_annotator::Label;
//! let sentences = vec![
//!     vec!["Valeska", "Paris", ",", "an", "Australian", "woman", ",", "spoke", "."],
//!     vec!["Paris", "was", "born", "in", "Switzerland", "."],
//! ];
//! let mut mentions: Vec<Vec<Mention>> =
//!     vec![vec![(0, 2, Label::Org, 0.9)], vec![(0, 1, Label::Loc, 0.9), (4, 5, Label::Loc, 0.9)]];
//! one_reading_per_person(&WordLists(&sentences), &mut mentions);
//! assert_eq!(mentions[0][0].2, Label::Per);
//! assert_eq!(mentions[1][0].2, Label::Per);
//! assert_eq!(mentions[1][1].2, Label::Loc);
//! ```

use rustc_hash::FxHashSet;

use crate::document::Label;
use crate::entities::{is_organisation_word, Mention};
use crate::ner::Sentences;
use crate::quotes::is_speech_verb;
use crate::quotes::words::{DETERMINERS, FEMALE_WORDS, MALE_WORDS, PERSON_NOUNS};
use crate::tokenize::lower_case;

/// How many words an apposed noun phrase may hold between its determiner and its person noun
/// ("an [Australian] woman", "a [retired primary school] teacher").
const MODIFIERS: usize = 4;

/// Oldest age read from "Name, 34,".
const OLDEST: u32 = 110;

/// Words that may follow the person noun of an apposition: the phrase ends there ("a teacher,",
/// "a teacher and …", "a teacher who …", "a teacher from …"). Any other word may make the noun
/// a modifier ("a student union").
const AFTER_PERSON_NOUN: &[&str] = &[
    ",", ".", ";", ":", ")", "\"", "and", "who", "whose", "of", "from", "in", "at", "with", "for", "on",
    "to", "living", "based", "turned",
];

/// Words that end an apposed noun phrase before any person noun: "a band whose singer …",
/// "a firm that hired a lawyer".
const PHRASE_BREAKS: &[&str] = &["whose", "who", "which", "that", "of", "with", "for", "by", "and", "or"];

/// Whether `word` (lower case) names a person: "woman", "teacher", "spokeswoman", "father".
pub(crate) fn is_person_noun(word: &str) -> bool {
    PERSON_NOUNS.contains(word) || FEMALE_WORDS.contains(word) || MALE_WORDS.contains(word)
}

/// Whether the words after a name ending before `end` say it is a person: a comma, then an age
/// and a comma or full stop, or a determiner and a noun phrase about a person.
fn apposed_to_a_person(words: &[&str], end: usize) -> bool {
    if words.get(end) != Some(&",") {
        return false;
    }
    let lower = |k: usize| words.get(k).map(|w| lower_case(w));
    // "Ana Ruiz, 34, said"
    if let Some(age) = words.get(end + 1).and_then(|w| w.parse::<u32>().ok()) {
        return (1..=OLDEST).contains(&age) && matches!(words.get(end + 2), Some(&"," | &"."));
    }
    if !lower(end + 1).is_some_and(|w| DETERMINERS.contains(&w)) {
        return false;
    }
    for k in end + 2..words.len().min(end + 3 + MODIFIERS) {
        let word = lower(k).unwrap_or_default();
        if is_person_noun(&word) {
            let ends_phrase =
                words.get(k + 1).is_none_or(|next| AFTER_PERSON_NOUN.contains(&lower_case(next).as_ref()));
            // "… in Arbil, a senior official in Baghdad said": the phrase is a new subject.
            let subject_of_a_verb_of_saying = words[k + 1..]
                .iter()
                .take_while(|w| !matches!(**w, "," | "." | ";"))
                .any(|w| is_speech_verb(&lower_case(w)));
            return ends_phrase && !subject_of_a_verb_of_saying;
        }
        if PHRASE_BREAKS.contains(&word.as_ref()) || !word.chars().any(char::is_alphanumeric) {
            return false;
        }
    }
    false
}

/// Words before a name that make it a place however the article names people: "born in
/// Reading", "moved to Paris".
const PLACE_PREPOSITIONS: &[&str] = &["in", "at", "near", "to", "from", "outside", "across", "inside"];

/// Whether the words after a name ending before `end` say it was born: "Ana Ruiz was born in
/// …", "Ana Ruiz, born in 1950, …".
fn said_to_be_born(words: &[&str], end: usize) -> bool {
    matches!(words.get(end..end + 2), Some([",", "born"] | ["was" | "is", "born"]))
}

/// Whether `word` is one of [`PLACE_PREPOSITIONS`], in any case.
fn is_place_preposition(word: &str) -> bool {
    PLACE_PREPOSITIONS.contains(&lower_case(word).as_ref())
}

/// Whether the tagger's reading of a name may give way to the article's evidence of a person.
fn may_be_a_person(label: Label) -> bool {
    matches!(label, Label::Org | Label::Loc | Label::Misc)
}

/// Relabels as persons the names the article shows to be people (see the module's
/// documentation). `mentions[i]` are the mentions of sentence `i`, as token ranges.
pub fn one_reading_per_person<'t>(sentences: &dyn Sentences<'t>, mentions: &mut [Vec<Mention>]) {
    // Lower-cased full names of people, and their surnames.
    let mut full_names: FxHashSet<String> = FxHashSet::default();
    let mut surnames: FxHashSet<String> = FxHashSet::default();
    for (index, found) in mentions.iter_mut().enumerate() {
        let words = sentences.words(index);
        for mention in found.iter_mut() {
            let (start, end, label, _) = *mention;
            // "Ana Diaz of New York, a harbour pilot", "… at the State Department, the
            // candidate …": the apposition belongs to the phrase the name ends.
            let before = match start.checked_sub(1) {
                Some(k) if words[k].eq_ignore_ascii_case("the") => k.checked_sub(1),
                before => before,
            };
            let complement = before.is_some_and(|k| is_place_preposition(words[k]) || words[k] == "of");
            // A body ("State Department") or letters alone ("II") are no person's name.
            let name = &words[start..end];
            let unlike_a_name = name.iter().any(|w| is_organisation_word(&lower_case(w)))
                || !name.iter().any(|w| w.chars().any(char::is_lowercase));
            if complement
                || unlike_a_name
                || !may_be_a_person(label)
                || !(apposed_to_a_person(&words, end) || said_to_be_born(&words, end))
            {
                continue;
            }
            mention.2 = Label::Per;
            if end - start > 1 {
                full_names.insert(words[start..end].join(" ").to_lowercase());
                surnames.insert(words[end - 1].to_lowercase());
            }
        }
    }
    if full_names.is_empty() {
        return;
    }
    for (index, found) in mentions.iter_mut().enumerate() {
        let words = sentences.words(index);
        for mention in found.iter_mut().filter(|m| may_be_a_person(m.2)) {
            let name = words[mention.0..mention.1].join(" ").to_lowercase();
            let alone =
                mention.1 - mention.0 == 1 && !(mention.0 > 0 && is_place_preposition(words[mention.0 - 1]));
            if full_names.contains(&name) || (alone && surnames.contains(&name)) {
                mention.2 = Label::Per;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ner::WordLists;

    /// The labels after the pass, for one sentence with the given mentions.
    fn labels(sentence: &str, found: &[(usize, usize, Label)]) -> Vec<Label> {
        let words: Vec<&str> = sentence.split(' ').collect();
        let sentences = vec![words];
        let mut mentions = vec![found.iter().map(|&(s, e, l)| (s, e, l, 0.9)).collect::<Vec<_>>()];
        one_reading_per_person(&WordLists(&sentences), &mut mentions);
        mentions[0].iter().map(|m| m.2).collect()
    }

    #[test]
    fn a_name_apposed_to_a_person_noun_or_an_age_is_a_person() {
        let per = vec![Label::Per];
        assert_eq!(labels("Jordan Hale , a retired school teacher , said", &[(0, 2, Label::Loc)]), per);
        assert_eq!(labels("Marta Ortiz , the club 's goalkeeper , said", &[(0, 2, Label::Org)]), per);
        assert_eq!(labels("Sydney Moss , 34 , was charged", &[(0, 2, Label::Loc)]), per);
        assert_eq!(
            labels("Brooklyn Ames , an Australian woman and former nun , said", &[(0, 2, Label::Loc)]),
            per
        );
        assert_eq!(labels("Austin Clay was born in Leeds", &[(0, 2, Label::Loc)]), per);
    }

    #[test]
    fn other_appositions_leave_the_tagger_alone() {
        let org = vec![Label::Org];
        // A firm described, a noun that modifies another, a person inside a longer phrase.
        assert_eq!(labels("Harlan Mills , a maker of tools , said", &[(0, 2, Label::Org)]), org);
        assert_eq!(labels("Kent College , a student union , said", &[(0, 2, Label::Org)]), org);
        assert_eq!(labels("Acme Labs , a firm whose founder quit", &[(0, 2, Label::Org)]), org);
        assert_eq!(labels("Acme Labs , 2019 , report", &[(0, 2, Label::Org)]), org);
        // A body, or letters alone, are no one's name.
        assert_eq!(
            labels("a post at the State Department , the candidate for president", &[(4, 6, Label::Org)]),
            org
        );
        assert_eq!(labels("Acme Party , a candidate , said", &[(0, 2, Label::Org)]), org);
        assert_eq!(labels("Roger Stone II , a lawyer , said", &[(2, 3, Label::Loc)]), vec![Label::Loc]);
        // The apposition of a longer name: "Ana Diaz of New York, a harbour pilot".
        assert_eq!(labels("Ana Diaz of New York , a harbour pilot , said", &[(3, 5, Label::Org)]), org);
        // A new clause's subject after a place: "…, a senior official in Baghdad said".
        let loc = vec![Label::Loc];
        assert_eq!(
            labels("fighting near Erbil , a senior official in Baghdad said", &[(2, 3, Label::Loc)]),
            loc
        );
    }

    #[test]
    fn a_persons_surname_alone_is_the_person_but_other_names_stay() {
        let sentences = vec![
            vec!["Dana", "Reading", ",", "a", "nurse", ",", "met", "Lee", "Fielding", "."],
            vec!["Reading", "told", "Fielding", "about", "Dana", "Reading", "Ltd", "in", "Reading", "."],
        ];
        let mut mentions = vec![
            vec![(0, 2, Label::Loc, 0.9), (7, 9, Label::Org, 0.9)],
            vec![
                (0, 1, Label::Loc, 0.9),
                (2, 3, Label::Org, 0.9),
                (4, 7, Label::Org, 0.9),
                (8, 9, Label::Loc, 0.9),
            ],
        ];
        one_reading_per_person(&WordLists(&sentences), &mut mentions);
        let labels = |i: usize| mentions[i].iter().map(|m| m.2).collect::<Vec<_>>();
        // The nurse is a person, and so is her surname alone; the tagger's other readings stand
        // ("Lee Fielding" has no evidence here), "Dana Reading Ltd" is not her name, and "in
        // Reading" is the town.
        assert_eq!(labels(0), vec![Label::Per, Label::Org]);
        assert_eq!(labels(1), vec![Label::Per, Label::Org, Label::Org, Label::Loc]);
    }
}
