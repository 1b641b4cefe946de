//! Temporal expressions (TimeML TIMEX3): dates, times, durations and sets found in a sentence's
//! tokens and normalised against the article's own date, the way TimeBank annotates them.
//!
//! A hand-written grammar over lower-cased tokens tries every rule at each token and keeps the
//! longest match; modifiers ("early", "nearly", "the end of") extend a match to the left.
//! Weekdays and months without a year resolve with the tense around them: a past-tense verb
//! points to the previous occurrence, "will" to the next one.
//!
//! ```
//! use article_annotator::calendar::Date;
//! use article_annotator::timex::{find_timexes, TimexContext};
//! use article_annotator::tokenize::tokenize;
//! let text = "Officials met on Thursday, December 12, and will meet again next month.";
//! let tokens = tokenize(text, 0..text.len());
//! let mut context = TimexContext::new(Date::new(2024, 12, 13));
//! let found = find_timexes(text, &tokens, &mut context);
//! let values: Vec<(&str, &str)> = found.iter().map(|t| (&text[t.start..t.end], t.value.as_str())).collect();
//! assert_eq!(values, [("Thursday, December 12", "2024-12-12"), ("next month", "2025-01")]);
//! ```

mod calendar;
mod clock;
mod duration;
mod holidays;
mod modifiers;
mod numbers;
pub use numbers::number_word;
pub mod parts;
mod quarter;
mod relative;
mod set;
mod starters;
mod vague;
pub mod value;

use std::borrow::Cow;

use crate::calendar::{month_number, numeric_date, Date};
use crate::document::{Label, Token, TokenKind};
use value::{day_value, duration, Point, Season, Unit};

/// A temporal expression: where it is (byte offsets), its TIMEX3 type and value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimexSpan {
    /// Start of the expression.
    pub start: usize,
    /// End of the expression.
    pub end: usize,
    /// DATE, TIME, DURATION or SET, as a [`Label`].
    pub label: Label,
    /// The TIMEX3 `value` attribute (`2024-12-12`, `P3Y`, `PRESENT_REF`).
    pub value: String,
}

/// What an article has said so far that later expressions refer back to.
#[derive(Debug, Clone, Default)]
pub struct TimexContext {
    anchor: Option<Date>,
    last_quarter: Option<Point>,
    last_year: Option<Point>,
    last_month: Option<Point>,
    last_day: Option<Point>,
    /// The last point named, of any granularity ("June 1998" for a later "that year").
    last_named: Option<Point>,
}

impl TimexContext {
    /// A context for an article written on `anchor` (its document creation time).
    pub fn new(anchor: Option<Date>) -> TimexContext {
        TimexContext { anchor, ..TimexContext::default() }
    }
}

/// A token as the grammar sees it.
struct Word<'a> {
    raw: &'a str,
    /// Lower case, with a typographic apostrophe written `'`; borrowed when `raw` is already so.
    lower: Cow<'a, str>,
    start: usize,
    end: usize,
    kind: TokenKind,
}

/// Which way a sentence points in time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tense {
    Past,
    Future,
}

/// A match of the grammar.
#[derive(Debug, Clone)]
struct Found {
    len: usize,
    label: Label,
    value: String,
    point: Option<Point>,
    /// Whether the expression names its point itself, so that later ones may refer to it
    /// ("a year earlier" after "the third quarter").
    reference: bool,
}

impl Found {
    fn new(len: usize, label: Label, value: impl Into<String>) -> Found {
        Found { len, label, value: value.into(), point: None, reference: false }
    }

    fn date(len: usize, point: Point) -> Found {
        Found { len, label: Label::Date, value: point.value(), point: Some(point), reference: true }
    }

    /// The same match, no longer a reference for later expressions.
    fn derived(self) -> Found {
        Found { reference: false, ..self }
    }
}

/// How much an expression counts: a number, or "several".
#[derive(Debug, Clone, Copy, PartialEq)]
enum Amount {
    Exact(f64),
    Vague,
}

impl Amount {
    fn exact(self) -> Option<f64> {
        match self {
            Amount::Exact(n) => Some(n),
            Amount::Vague => None,
        }
    }
}

/// The days of the week, lower case, Monday first.
pub(crate) const WEEKDAYS: [&str; 7] =
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
const WEEKDAY_ABBREVIATIONS: [&[&str]; 7] =
    [&["mon"], &["tue", "tues"], &["wed"], &["thu", "thur", "thurs"], &["fri"], &["sat"], &["sun"]];
const ONES: [&str; 20] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
const TENS: [&str; 10] =
    ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const ORDINALS: [&str; 12] = [
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "eleventh", "twelfth",
];
/// Words that bring an amount close to, above or below the number that follows.
const APPROXIMATORS: &[&[&str]] = &[
    &["more", "than"],
    &["less", "than"],
    &["fewer", "than"],
    &["at", "least"],
    &["at", "most"],
    &["up", "to"],
    &["no", "more", "than"],
    &["no", "less", "than"],
    &["just", "over"],
    &["just", "under"],
    &["well", "over"],
    &["nearly"],
    &["almost"],
    &["about"],
    &["around"],
    &["roughly"],
    &["approximately"],
    &["some"],
    &["over"],
    &["under"],
    &["only"],
    &["barely"],
];
/// Parts of a day and their TIMEX3 codes.
const PARTS_OF_DAY: [(&str, &str); 5] =
    [("morning", "MO"), ("afternoon", "AF"), ("evening", "EV"), ("night", "NI"), ("overnight", "NI")];
/// Time zones and their offsets from UTC.
const TIME_ZONES: [(&str, &str); 14] = [
    ("gmt", "Z"),
    ("utc", "Z"),
    ("est", "-05:00"),
    ("edt", "-04:00"),
    ("cst", "-06:00"),
    ("cdt", "-05:00"),
    ("mst", "-07:00"),
    ("mdt", "-06:00"),
    ("pst", "-08:00"),
    ("pdt", "-07:00"),
    ("bst", "+01:00"),
    ("cet", "+01:00"),
    ("cest", "+02:00"),
    ("ist", "+05:30"),
];
/// Verbs in the past tense that do not end in "-ed".
const IRREGULAR_PAST: &[&str] = &[
    "was", "were", "had", "did", "said", "met", "made", "told", "took", "went", "came", "saw", "gave",
    "held", "left", "sold", "rose", "fell", "won", "lost", "began", "got", "paid", "brought", "thought",
    "kept", "led", "sent", "spent", "struck", "became", "ran", "wrote", "spoke", "stood", "chose", "drew",
    "flew", "grew", "knew", "threw", "broke", "fought", "bought", "caught", "taught", "felt", "found",
    "heard", "meant", "quit", "set", "put", "cut", "hit", "ago", "earlier", "last", "former",
];
/// Words that point to the future.
const FUTURE_WORDS: &[&str] = &[
    "will",
    "'ll",
    "shall",
    "next",
    "upcoming",
    "scheduled",
    "expected",
    "expects",
    "expect",
    "plans",
    "plan",
    "planned",
    "planning",
    "intends",
    "hopes",
    "aims",
    "due",
    "would",
    "coming",
    "tomorrow",
    "won't",
    "starts",
    "begins",
    "opens",
    "resumes",
    "expires",
    "arrives",
    "departs",
];

/// Words that may stand between "since" and the date it looks back to ("since shortly after
/// the Oct. 23 attack").
const SINCE_FILLERS: &[&str] = &["the", "shortly", "just", "right", "soon", "after", "before"];

fn tense_of(word: &str) -> Option<Tense> {
    if FUTURE_WORDS.contains(&word) {
        Some(Tense::Future)
    } else if IRREGULAR_PAST.contains(&word)
        || (word.len() > 4 && word.ends_with("ed") && word.chars().all(|c| c.is_ascii_lowercase()))
    {
        Some(Tense::Past)
    } else {
        None
    }
}

/// The temporal expressions in one sentence's `tokens`, in text order, normalised against the
/// context's anchor date; `context` carries what they establish to later sentences.
pub fn find_timexes(text: &str, tokens: &[Token], context: &mut TimexContext) -> Vec<TimexSpan> {
    let mut words: Vec<Word> = Vec::with_capacity(tokens.len());
    words.extend(tokens.iter().filter_map(|t| {
        let raw = text.get(t.start..t.end)?;
        let lower = if raw.is_ascii() && !raw.bytes().any(|b| b.is_ascii_uppercase()) {
            Cow::Borrowed(raw)
        } else {
            Cow::Owned(raw.to_lowercase().replace('’', "'"))
        };
        Some(Word { raw, lower, start: t.start, end: t.end, kind: t.kind })
    }));
    // Counted only for the rare word in capitals that would be a time by itself.
    let mostly_lower = |words: &[Word]| {
        let lettered = words.iter().filter(|w| w.raw.chars().any(char::is_alphabetic)).count();
        words.iter().filter(|w| is_caps_word(w)).count() * 2 < lettered
    };
    let mut found = Vec::new();
    let mut i = 0;
    while i < words.len() {
        if !starters::may_start(&words[i]) {
            i += 1;
            continue;
        }
        let matcher = Matcher { words: &words, context };
        match matcher.longest(i) {
            // A quoted title in capitals ("ABC's “This Week,”") names a show, not a time.
            Some(m) if m.len >= 2 && i > 0 && is_title_in_quotes(&words[i - 1..i + m.len]) => i += m.len,
            // "USA TODAY" in a sentence in lower case: a word in capitals after a capitalised
            // word is part of a name.
            Some(m) if m.len == 1 && i > 0 && is_name_in_capitals(&words, i) && mostly_lower(&words) => {
                i += 1
            }
            Some(m) => {
                if m.reference {
                    context.last_named = m.point.or(context.last_named);
                }
                match (m.point, m.reference) {
                    (Some(point @ Point::Quarter(..)), true) => context.last_quarter = Some(point),
                    (Some(point @ Point::Year(..)), true) => context.last_year = Some(point),
                    (Some(point @ Point::Month(..)), true) => context.last_month = Some(point),
                    (Some(point @ Point::Day(..)), true) => context.last_day = Some(point),
                    _ => {}
                }
                let last = &words[i + m.len - 1];
                // "EST." ending the sentence: the period is the sentence's.
                let sentence_period = i + m.len == words.len()
                    && last.kind == TokenKind::Abbreviation
                    && last.raw.ends_with('.')
                    && !last.raw[..last.raw.len() - 1].contains('.');
                found.push(TimexSpan {
                    start: words[i].start,
                    end: last.end - usize::from(sentence_period),
                    label: m.label,
                    value: m.value,
                });
                i += m.len;
            }
            None => i += 1,
        }
    }
    found
}

/// Whether a word is written in capitals (two letters or more).
fn is_caps_word(word: &Word) -> bool {
    word.raw.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !word.raw.chars().any(char::is_lowercase)
}

/// Whether the word at `i` is written in capitals right after a capitalised word: in a sentence
/// mostly in lower case, the end of a name ("USA TODAY"), not a time.
fn is_name_in_capitals(words: &[Word], i: usize) -> bool {
    is_caps_word(&words[i]) && words[i - 1].raw.starts_with(char::is_uppercase)
}

/// Whether `words` are an opening quotation mark and then capitalised words without digits
/// ("“This Week”").
fn is_title_in_quotes(words: &[Word]) -> bool {
    matches!(words[0].raw, "\"" | "“" | "'" | "‘")
        && words[1..].iter().all(|w| {
            w.raw.chars().next().is_some_and(char::is_uppercase) && !w.raw.chars().any(|c| c.is_ascii_digit())
        })
}

/// The grammar, applied to one sentence.
struct Matcher<'w, 'a> {
    words: &'w [Word<'a>],
    context: &'w TimexContext,
}

impl Matcher<'_, '_> {
    /// The lower-cased word at `i`, or "" past the end.
    fn word(&self, i: usize) -> &str {
        self.words.get(i).map_or("", |w| &*w.lower)
    }

    /// The lower-cased word at `i` without a final period.
    fn bare(&self, i: usize) -> &str {
        self.word(i).trim_end_matches('.')
    }

    fn capitalised(&self, i: usize) -> bool {
        self.words.get(i).is_some_and(|w| w.raw.chars().next().is_some_and(char::is_uppercase))
    }

    /// Whether the words from `i` are `phrase`.
    fn phrase(&self, i: usize, phrase: &[&str]) -> bool {
        phrase.iter().enumerate().all(|(k, p)| self.word(i + k) == *p)
    }

    fn anchor(&self) -> Option<Date> {
        self.context.anchor
    }

    /// The tense of the clause around the words `i..i + len`: the nearest signal before them
    /// (the verb that governs a time phrase usually precedes it), else the nearest after.
    fn tense(&self, i: usize, len: usize) -> Option<Tense> {
        let signal = |k: usize| {
            // "is to resume", "set to meet": arranged for later.
            if self.word(k) == "to" && k > 0 && matches!(self.word(k - 1), "is" | "are" | "set") {
                return Some(Tense::Future);
            }
            // A capitalised word is a name, not a verb: "United" of "the United States"; "next
            // to" is a place.
            if k > 0 && self.words[k].raw.starts_with(char::is_uppercase) || self.phrase(k, &["next", "to"]) {
                return None;
            }
            let tense = tense_of(self.word(k))?;
            // "will be named", "is based": a participle after a form of "be" takes its tense
            // from the auxiliary further back.
            if tense == Tense::Past && k > 0 && self.is_participle_after_be(k) {
                return None;
            }
            // "had been scheduled to", "was due to": a future seen from the past.
            let past_auxiliary = (1..=4).any(|back| {
                k.checked_sub(back).is_some_and(|b| matches!(self.word(b), "had" | "was" | "were"))
            });
            // ("were planning to": a plan still in force.)
            let progressive = self.word(k).ends_with("ing");
            Some(if tense == Tense::Future && past_auxiliary && !progressive { Tense::Past } else { tense })
        };
        // "as soon as Tuesday", "as early as next week", "until Friday": a time still to come.
        let deadline =
            |back: usize, phrase: &[&str]| i.checked_sub(back).is_some_and(|k| self.phrase(k, phrase));
        // ("Until Thursday, they had not …" opening a sentence looks back instead.)
        if deadline(3, &["as", "soon", "as"])
            || deadline(3, &["as", "early", "as"])
            || (i >= 2 && deadline(1, &["until"]))
        {
            return Some(Tense::Future);
        }
        // "since Monday", "since the Oct. 23 attack", "since shortly after the Oct. 23
        // slaying": a time already past.
        let since = (1..=4).find(|&back| i.checked_sub(back).is_some_and(|k| self.word(k) == "since"));
        if since.is_some_and(|back| (i - back + 1..i).all(|k| SINCE_FILLERS.contains(&self.word(k)))) {
            return Some(Tense::Past);
        }
        (1..=12)
            .find_map(|distance| i.checked_sub(distance).and_then(signal))
            .or_else(|| (i + len..self.words.len().min(i + len + 12)).find_map(signal))
    }

    /// Whether the word at `k` is a number token.
    fn is_number_at(&self, k: usize) -> bool {
        self.words.get(k).is_some_and(|w| w.kind == TokenKind::Number)
    }

    /// Whether the past form at `k` is a participle after a present or bare form of "be" ("will
    /// be paid", "is based").
    fn is_participle_after_be(&self, k: usize) -> bool {
        matches!(self.word(k - 1), "be" | "been" | "being" | "is" | "are")
    }

    /// Whether the words at `i` follow a past-tense verb directly, or through "in"/"on": "ended
    /// Jan. 31", "rose in March". Such a verb settles the date's direction even when another
    /// occurrence would be nearer to the article's date.
    fn follows_past_verb(&self, i: usize) -> bool {
        let verb = match i.checked_sub(1) {
            Some(k) if matches!(self.word(k), "in" | "on") => k.checked_sub(1),
            before => before,
        };
        verb.is_some_and(|k| {
            let word = self.word(k);
            tense_of(word) == Some(Tense::Past)
                && !matches!(word, "ago" | "earlier" | "last" | "former")
                && !(k > 0
                    && (self.is_participle_after_be(k) || matches!(self.word(k - 1), "has" | "have" | "to")))
        })
    }

    /// The longest match starting at `i`.
    fn longest(&self, i: usize) -> Option<Found> {
        let rules: [fn(&Self, usize) -> Option<Found>; 13] = [
            Self::modified,
            Self::anaphoric,
            Self::clock,
            Self::calendar_date,
            Self::year_like,
            Self::relative,
            Self::ago,
            Self::quarter,
            Self::set,
            Self::vague,
            Self::length,
            Self::hyphenated,
            Self::holiday,
        ];
        let mut best: Option<Found> = None;
        for rule in rules {
            if let Some(found) = rule(self, i) {
                if best.as_ref().is_none_or(|b| found.len > b.len) {
                    best = Some(found);
                }
            }
        }
        best
    }

    /// A value relative to the anchor, or an underspecified one when the article has no date.
    fn relative_found(&self, len: usize, label: Label, point: Option<Point>, unknown: &str) -> Found {
        match point {
            Some(point) => Found { len, label, value: point.value(), point: Some(point), reference: true },
            None => Found::new(len, label, unknown),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokenize::tokenize;

    fn values(text: &str, dct: (i32, u32, u32)) -> Vec<(String, &'static str, String)> {
        let tokens = tokenize(text, 0..text.len());
        let mut context = TimexContext::new(Date::new(dct.0, dct.1, dct.2));
        find_timexes(text, &tokens, &mut context)
            .into_iter()
            .map(|t| (text[t.start..t.end].to_string(), t.label.as_str(), t.value))
            .collect()
    }

    fn assert_values(text: &str, expected: &[(&str, &str, &str)]) {
        let found = values(text, (2024, 12, 13));
        let found: Vec<(&str, &str, &str)> =
            found.iter().map(|(a, b, c)| (a.as_str(), *b, c.as_str())).collect();
        assert_eq!(found, expected, "{text}");
    }

    #[test]
    fn absolute_dates_in_common_spellings() {
        assert_values("It opened on December 12, 2024.", &[("December 12, 2024", "DATE", "2024-12-12")]);
        assert_values("It opened on 12 Dec 2024.", &[("12 Dec 2024", "DATE", "2024-12-12")]);
        assert_values("It opened on 12/12/2024.", &[("12/12/2024", "DATE", "2024-12-12")]);
        assert_values("It opened on 2024-12-13.", &[("2024-12-13", "DATE", "2024-12-13")]);
        assert_values("They met Thursday, December 12.", &[("Thursday, December 12", "DATE", "2024-12-12")]);
        assert_values("Sales in August 1988 fell.", &[("August 1988", "DATE", "1988-08")]);
        assert_values("Profit rose in 1988.", &[("1988", "DATE", "1988")]);
        assert_values("They grew up in the 1990s.", &[("the 1990s", "DATE", "199")]);
        assert_values("In the 20th century it was built.", &[("the 20th century", "DATE", "19")]);
    }

    #[test]
    fn relative_dates() {
        assert_values("He left yesterday.", &[("yesterday", "DATE", "2024-12-12")]);
        assert_values("Prices fell last week.", &[("last week", "DATE", "2024-W49")]);
        assert_values("That was two years ago.", &[("two years ago", "DATE", "2022")]);
        assert_values("They will meet next month.", &[("next month", "DATE", "2025-01")]);
        assert_values("Sales fell last month.", &[("last month", "DATE", "2024-11")]);
        assert_values("It rains this spring.", &[("this spring", "DATE", "2024-SP")]);
        assert_values("Profit fell in the third quarter.", &[("the third quarter", "DATE", "2024-Q3")]);
        assert_values("Profit rose early next year.", &[("early next year", "DATE", "2025")]);
        // In results for a quarter, "a year ago" is that quarter of the year before; "three years
        // ago" is still a year.
        assert_values(
            "Profit rose in the third quarter from a year ago. Three years ago the mill closed.",
            &[
                ("the third quarter", "DATE", "2024-Q3"),
                ("a year ago", "DATE", "2023-Q3"),
                ("Three years ago", "DATE", "2021"),
            ],
        );
    }

    #[test]
    fn weekdays_and_months_follow_the_tense() {
        assert_values("Officials met on Monday.", &[("Monday", "DATE", "2024-12-09")]);
        assert_values("Officials will meet on Monday.", &[("Monday", "DATE", "2024-12-16")]);
        assert_values("The talks ended in March.", &[("March", "DATE", "2024-03")]);
        assert_values("The talks will resume in March.", &[("March", "DATE", "2025-03")]);
        assert_values("She arrived Friday.", &[("Friday", "DATE", "2024-12-13")]);
        // A past verb right before a date settles it even when next year's is nearer.
        assert_values("Its quarter ended Feb. 28.", &[("Feb. 28", "DATE", "2024-02-28")]);
        assert_values("The bonus will be paid Feb. 28.", &[("Feb. 28", "DATE", "2025-02-28")]);
        assert_values("The firm has set Feb. 28 as the deadline.", &[("Feb. 28", "DATE", "2025-02-28")]);
        // A capitalised word ending in "-ed" is a name, not a past verb.
        assert_values(
            "The envoy would be flying to the United Kingdom Monday.",
            &[("Monday", "DATE", "2024-12-16")],
        );
        // A deadline or an earliest time is still to come, whatever the verb.
        assert_values("The team could land as early as Tuesday.", &[("Tuesday", "DATE", "2024-12-17")]);
        assert_values("The vote was delayed until Wednesday.", &[("Wednesday", "DATE", "2024-12-18")]);
        // A sentence that opens with "Until" looks back; "planning" looks ahead.
        assert_values("Until Wednesday, they had not called him.", &[("Wednesday", "DATE", "2024-12-11")]);
        assert_values("Fans were planning to march on Monday.", &[("Monday", "DATE", "2024-12-16")]);
        // The verb may come well after a long name.
        assert_values(
            "On Tuesday, the Harbour and Ferry Workers Union of the North will strike.",
            &[("Tuesday", "DATE", "2024-12-17")],
        );
    }

    #[test]
    fn durations_sets_times_and_vague_references() {
        assert_values("It lasted three years.", &[("three years", "DURATION", "P3Y")]);
        assert_values("A two-hour meeting.", &[("two-hour", "DURATION", "PT2H")]);
        assert_values("It took a decade.", &[("a decade", "DURATION", "P10Y")]);
        assert_values("In the past three months it grew.", &[("the past three months", "DURATION", "P3M")]);
        assert_values("They meet every Monday.", &[("every Monday", "SET", "XXXX-WXX-1")]);
        assert_values("It is paid annually.", &[("annually", "SET", "P1Y")]);
        assert_values("It starts at 3:30 p.m. EST.", &[("3:30 p.m. EST", "TIME", "2024-12-13T15:30-05:00")]);
        assert_values("It ends at midnight.", &[("midnight", "TIME", "2024-12-13T24:00")]);
        assert_values("Prices rose recently.", &[("recently", "DATE", "PAST_REF")]);
        assert_values("Prices are high now.", &[("now", "DATE", "PRESENT_REF")]);
        assert_values("We will see in the future.", &[("the future", "DATE", "FUTURE_REF")]);
        assert_values("It could one day lead.", &[("one day", "DATE", "FUTURE_REF")]);
        assert_values("It took one day.", &[("one day", "DURATION", "P1D")]);
        assert_values("It costs $5 million a year.", &[("a year", "SET", "P1Y")]);
        assert_values("It runs four flights a week.", &[("a week", "SET", "P1W")]);
    }

    #[test]
    fn years_old_and_in_ranges() {
        assert_values("The island won independence in 1898.", &[("1898", "DATE", "1898")]);
        assert_values("In 1500 cases the court ruled.", &[]);
        assert_values("He served from 1991 to 1997.", &[("1991", "DATE", "1991"), ("1997", "DATE", "1997")]);
        assert_values("Membership grew in 1980 to more than 300,000.", &[("1980", "DATE", "1980")]);
        assert_values("It cost $1990 and 2000 people came.", &[]);
    }

    #[test]
    fn holidays_are_dates_of_their_year() {
        assert_values("Stores will reopen after Christmas.", &[("Christmas", "DATE", "2024-12-25")]);
        assert_values(
            "The boy was found on Thanksgiving Day.",
            &[("Thanksgiving Day", "DATE", "2024-11-28")],
        );
        assert_values("Turnout fell last Thanksgiving.", &[("last Thanksgiving", "DATE", "2024-11-28")]);
        assert_values("The vote is on Election Day.", &[("Election Day", "DATE", "2024-11-05")]);
        assert_values("They will rest over Easter.", &[("Easter", "DATE", "2025-04-20")]);
        // Lower case, these are other words.
        assert_values("The easter egg hunt was fun.", &[]);
    }

    #[test]
    fn ages_are_not_temporal_expressions() {
        assert_values("A 44-year-old farmer and his six-year-old son left.", &[]);
        assert_values("The 50-year-old alliance admitted a 6-month-old member.", &[]);
        assert_values(
            "After a decade-long wait came a two-day meeting.",
            &[("decade-long", "DURATION", "P10Y"), ("two-day", "DURATION", "P2D")],
        );
    }

    #[test]
    fn since_points_back_and_a_time_takes_the_day_after_its_aside() {
        // The article's date is Friday 13 December 2024.
        assert_values(
            "Police have searched for him since the Oct. 23 attack.",
            &[("Oct. 23", "DATE", "2024-10-23")],
        );
        assert_values(
            "The blast came at 10:35 a.m. (0735 GMT) Thursday.",
            &[("10:35 a.m.", "TIME", "2024-12-12T10:35"), ("Thursday", "DATE", "2024-12-12")],
        );
        assert_values(
            "A hearing is set for the week of Jan. 6.",
            &[("the week of Jan. 6", "DATE", "2025-W02")],
        );
    }

    #[test]
    fn words_that_only_look_like_dates() {
        assert_values("You may go, and March on.", &[]);
        assert_values("It cost $1990 and 2000 people came.", &[]);
    }
}
