//! Which words may open a temporal expression: a cheap test that spares the grammar most
//! words of a text.

use std::sync::LazyLock;

use rustc_hash::FxHashSet;

use super::value::Unit;
use super::{holidays, Word, ONES, ORDINALS, TENS, WEEKDAYS};
use crate::calendar::month_spellings;
use crate::document::TokenKind;

/// Words that can open a temporal expression besides numbers, hyphenated words, weekdays,
/// months and units (sorted, so that a word is easy to find and never listed twice).
const STARTERS: &[&str] = &[
    "a",
    "about",
    "almost",
    "an",
    "annually",
    "approximately",
    "around",
    "at",
    "autumn",
    "barely",
    "calendar",
    "centuries",
    "century",
    "coming",
    "couple",
    "current",
    "currently",
    "daily",
    "dozens",
    "each",
    "earlier",
    "early",
    "eighteen",
    "eighteenth",
    "eighties",
    "every",
    "fall",
    "few",
    "fewer",
    "fifties",
    "fiscal",
    "following",
    "forties",
    "future",
    "fy",
    "half",
    "hourly",
    "hundreds",
    "just",
    "last",
    "late",
    "lately",
    "later",
    "less",
    "many",
    "mid",
    "midday",
    "midnight",
    "monthly",
    "more",
    "near",
    "nearly",
    "next",
    "nightly",
    "nineteen",
    "nineteenth",
    "nineties",
    "no",
    "noon",
    "now",
    "nowadays",
    "numerous",
    "once",
    "only",
    "over",
    "past",
    "per",
    "presently",
    "previous",
    "recent",
    "recently",
    "right",
    "roughly",
    "seventies",
    "several",
    "sixties",
    "some",
    "soon",
    "spring",
    "summer",
    "that",
    "the",
    "these",
    "thirties",
    "this",
    "today",
    "tomorrow",
    "tonight",
    "twenties",
    "twentieth",
    "twice",
    "under",
    "up",
    "upcoming",
    "weekly",
    "well",
    "winter",
    "yearly",
    "yesterday",
];

/// Whether a temporal expression can start at this word: a cheap test that spares the
/// grammar most words of a text.
pub(super) fn may_start(word: &Word) -> bool {
    let lower = word.lower.trim_end_matches('.');
    // A hyphen makes a candidate only inside a word ("mid-March", "twenty-four"): a dash alone
    // starts nothing.
    let hyphenated = || lower.contains('-') && lower.bytes().any(|b| b.is_ascii_alphabetic());
    word.kind == TokenKind::Number
        || lower.bytes().any(|b| b.is_ascii_digit())
        || hyphenated()
        || STARTING_WORDS.contains(lower)
        || WEEKDAYS.iter().any(|day| lower.starts_with(&day[..3]))
}

/// The words that may open a temporal expression by being in a list: [`STARTERS`], number
/// words, ordinals, units, months and their abbreviations, and each holiday's first word. One
/// look-up per word instead of a walk through every list: the date pass is about a third faster.
static STARTING_WORDS: LazyLock<FxHashSet<String>> = LazyLock::new(|| {
    let lists: [&[&str]; 4] = [STARTERS, &ONES, &TENS, &ORDINALS];
    (lists.into_iter().flatten().map(|word| word.to_string()))
        .chain(Unit::spellings())
        .chain(month_spellings().map(|(spelling, _)| spelling.to_string()))
        .chain(holidays::first_words().map(str::to_string))
        .collect()
});

#[cfg(test)]
mod tests {
    use std::borrow::Cow;

    use super::*;

    #[test]
    fn starters_are_sorted_and_listed_once() {
        assert!(STARTERS.windows(2).all(|pair| pair[0] < pair[1]));
    }

    #[test]
    fn a_word_of_any_list_may_start_an_expression_and_other_words_do_not() {
        let word = |raw: &'static str| Word {
            raw,
            lower: Cow::Borrowed(raw),
            start: 0,
            end: raw.len(),
            kind: TokenKind::Word,
        };
        let listed = [
            "around",
            "seven",
            "twenty",
            "twelfth",
            "hrs",
            "centuries",
            "decades",
            "sept",
            "dec",
            "dec.",
            "yrs.",
            "may",
            "christmas",
        ];
        for raw in listed.into_iter().chain(STARTERS.iter().copied()) {
            assert!(may_start(&word(raw)), "{raw}");
        }
        for raw in ["wednesdays", "mid-march", "1990s"] {
            assert!(may_start(&word(raw)), "{raw}");
        }
        for raw in ["said", "government", "mayor", "analysts", "decimal"] {
            assert!(!may_start(&word(raw)), "{raw}");
        }
    }
}
