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

pub mod value;

use crate::calendar::{month_number, numeric_date, Date};
use crate::document::{Label, Token, TokenKind};
use crate::timeml::TimexSpan;
use value::{duration, Point, Season, Unit};

/// What an article has said so far that later expressions refer back to.
#[derive(Debug, Clone, Default)]
pub struct TimexContext {
    anchor: Option<Date>,
    last_quarter: Option<Point>,
    last_year: Option<Point>,
    last_month: Option<Point>,
    last_day: Option<Point>,
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
    lower: String,
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
    let words: Vec<Word> = tokens
        .iter()
        .filter_map(|t| {
            let raw = text.get(t.start..t.end)?;
            let mut lower = raw.to_lowercase();
            if lower.contains('’') {
                lower = lower.replace('’', "'");
            }
            Some(Word { raw, lower, start: t.start, end: t.end, kind: t.kind })
        })
        .collect();
    let mut found = Vec::new();
    let mut i = 0;
    while i < words.len() {
        if !may_start(&words[i]) {
            i += 1;
            continue;
        }
        let matcher = Matcher { words: &words, context };
        match matcher.longest(i) {
            // A quoted title in capitals ("ABC's “This Week,”") names a show, not a time.
            Some(m) if m.len >= 2 && i > 0 && is_title_in_quotes(&words[i - 1..i + m.len]) => i += m.len,
            Some(m) => {
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

/// Whether `words` are an opening quotation mark and then capitalised words without digits
/// ("“This Week”").
fn is_title_in_quotes(words: &[Word]) -> bool {
    matches!(words[0].raw, "\"" | "“" | "'" | "‘")
        && words[1..].iter().all(|w| {
            w.raw.chars().next().is_some_and(char::is_uppercase) && !w.raw.chars().any(|c| c.is_ascii_digit())
        })
}

/// Words that can open a temporal expression besides numbers, hyphenated words, weekdays,
/// months and units (sorted, for binary search).
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
fn may_start(word: &Word) -> bool {
    let lower = word.lower.trim_end_matches('.');
    // A hyphen makes a candidate only inside a word ("mid-March", "twenty-four"): a dash alone
    // starts nothing.
    let hyphenated = || lower.contains('-') && lower.bytes().any(|b| b.is_ascii_alphabetic());
    word.kind == TokenKind::Number
        || lower.bytes().any(|b| b.is_ascii_digit())
        || hyphenated()
        || STARTERS.binary_search(&lower).is_ok()
        || ONES.contains(&lower)
        || TENS.contains(&lower)
        || ORDINALS.contains(&lower)
        || Unit::parse(lower).is_some()
        || WEEKDAYS.iter().any(|day| lower.starts_with(&day[..3]))
        || (lower.len() >= 3 && month_number(lower).is_some())
}

/// The grammar, applied to one sentence.
struct Matcher<'w, 'a> {
    words: &'w [Word<'a>],
    context: &'w TimexContext,
}

impl Matcher<'_, '_> {
    /// The lower-cased word at `i`, or "" past the end.
    fn word(&self, i: usize) -> &str {
        self.words.get(i).map_or("", |w| w.lower.as_str())
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
            let tense = tense_of(self.word(k))?;
            // "will be named", "is based": a participle after a form of "be" takes its tense
            // from the auxiliary further back.
            if tense == Tense::Past && k > 0 && self.is_participle_after_be(k) {
                return None;
            }
            // "had been scheduled to", "was due to": a future seen from the past.
            let past_auxiliary = (1..=4).any(|back| {
                k.checked_sub(back).is_some_and(|b| matches!(self.word(b), "had" | "was" | "were" | "did"))
            });
            Some(if tense == Tense::Future && past_auxiliary { Tense::Past } else { tense })
        };
        (1..=12)
            .find_map(|distance| i.checked_sub(distance).and_then(signal))
            .or_else(|| (i + len..self.words.len().min(i + len + 8)).find_map(signal))
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
        let rules: [fn(&Self, usize) -> Option<Found>; 12] = [
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

    // ----- numbers and names -------------------------------------------------------------

    /// A number written with digits or words ("12", "2 1/2", "twenty-four", "a couple of",
    /// "several"), and how many words it takes.
    fn amount(&self, i: usize) -> Option<(usize, Amount)> {
        let word = self.word(i);
        let vague = [
            &["a", "few"][..],
            &["a", "number", "of"],
            &["a", "couple", "of"],
            &["couple", "of"],
            &["dozens", "of"],
            &["hundreds", "of"],
        ];
        for phrase in vague {
            if self.phrase(i, phrase) {
                let amount = if phrase.contains(&"couple") { Amount::Exact(2.0) } else { Amount::Vague };
                return Some((phrase.len(), amount));
            }
        }
        if matches!(word, "several" | "few" | "many" | "some" | "numerous") {
            return Some((1, Amount::Vague));
        }
        if self.phrase(i, &["a", "dozen"]) {
            return Some((2, Amount::Exact(12.0)));
        }
        let (mut len, mut value) = if matches!(word, "a" | "an") {
            (1, 1.0)
        } else if let Some(n) = self.digits(i) {
            // "2 1/2"
            match self.word(i + 1).split_once('/') {
                Some(("1", "2")) => (2, n + 0.5),
                _ => (1, n),
            }
        } else if let Some(n) = number_word(word) {
            match (TENS.contains(&word), self.word(i + 1)) {
                (true, next) if ONES[1..10].contains(&next) => (2, n + number_word(next).unwrap_or(0.0)),
                _ => (1, n),
            }
        } else {
            return None;
        };
        if matches!(self.word(i + len), "hundred" | "thousand") {
            value *= if self.word(i + len) == "hundred" { 100.0 } else { 1000.0 };
            len += 1;
        }
        if self.phrase(i + len, &["and", "a", "half"]) {
            return Some((len + 3, Amount::Exact(value + 0.5)));
        }
        Some((len, Amount::Exact(value)))
    }

    /// A number written with digits: "12", "1,000", "2.5".
    fn digits(&self, i: usize) -> Option<f64> {
        let word = self.words.get(i).filter(|w| w.kind == TokenKind::Number)?;
        let plain = word.lower.replace(',', "");
        plain.chars().all(|c| c.is_ascii_digit() || c == '.').then(|| plain.parse().ok()).flatten()
    }

    /// A unit of time, singular or plural.
    fn unit(&self, i: usize) -> Option<(Unit, bool)> {
        Unit::parse(self.word(i))
    }

    /// A weekday (1–7) named in full or abbreviated with a period ("Thurs.").
    fn weekday(&self, i: usize) -> Option<u32> {
        let word = self.word(i);
        if let Some(index) = WEEKDAYS.iter().position(|d| *d == word) {
            return Some(index as u32 + 1);
        }
        let abbreviated = word.ends_with('.') && self.capitalised(i);
        WEEKDAY_ABBREVIATIONS
            .iter()
            .position(|forms| abbreviated && forms.contains(&self.bare(i)))
            .map(|index| index as u32 + 1)
    }

    /// A month name, capitalised; "May" and "March" only where they cannot be a verb.
    fn month(&self, i: usize) -> Option<u32> {
        if !self.capitalised(i) {
            return None;
        }
        let month = month_number(self.word(i))?;
        let word = self.bare(i);
        let abbreviated = word.len() <= 4 && !matches!(word, "may" | "june" | "july");
        let beside_number = self.day_number(i + 1).is_some()
            || self.year(i + 1).is_some()
            || (i > 0 && self.day_number(i - 1).is_some());
        if abbreviated && !self.word(i).ends_with('.') && !beside_number {
            // "Jan", "Sept" without a period only beside a number: "Dec 12", "12 Dec 2024".
            return None;
        }
        if matches!(word, "may" | "march") {
            let before = if i == 0 { "" } else { self.word(i - 1) };
            let next_is_date = self.day_number(i + 1).is_some() || self.year(i + 1).is_some();
            let after_preposition = matches!(
                before,
                "in" | "since"
                    | "until"
                    | "till"
                    | "by"
                    | "of"
                    | "last"
                    | "next"
                    | "this"
                    | "early"
                    | "late"
                    | "mid"
                    | "during"
                    | "from"
                    | "to"
                    | "through"
                    | "before"
                    | "after"
                    | "each"
                    | "every"
            );
            if !next_is_date && !after_preposition {
                return None;
            }
        }
        Some(month)
    }

    /// A day of the month written with digits, "12" or "12th".
    fn day_number(&self, i: usize) -> Option<u32> {
        let word = self.word(i);
        let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        let suffix = &word[digits.len()..];
        let day: u32 = digits.parse().ok()?;
        (digits.len() <= 2 && (1..=31).contains(&day) && matches!(suffix, "" | "st" | "nd" | "rd" | "th"))
            .then_some(day)
    }

    /// A year: four digits (1000–2999) or spelled ("nineteen ninety-six"), and its length.
    fn year(&self, i: usize) -> Option<(usize, i32)> {
        let word = self.words.get(i)?;
        if word.kind == TokenKind::Number && word.lower.len() == 4 {
            let year: i32 = word.lower.parse().ok()?;
            return (1000..3000).contains(&year).then_some((1, year));
        }
        let spelled_tail = |k: usize| {
            let tail = self.word(k);
            let (tens, ones) = tail.split_once('-').unwrap_or((tail, ""));
            let tens = TENS.iter().position(|t| *t == tens && !t.is_empty())? as i32;
            let ones =
                if ones.is_empty() { 0 } else { ONES[1..10].iter().position(|o| *o == ones)? as i32 + 1 };
            Some(tens * 10 + ones)
        };
        let century = match self.word(i) {
            "nineteen" => 1900,
            "eighteen" => 1800,
            "two" if self.word(i + 1) == "thousand" => {
                let rest = if self.word(i + 2) == "and" { i + 3 } else { i + 2 };
                return match number_word(self.word(rest)) {
                    Some(n) if n < 20.0 => Some((rest - i + 1, 2000 + n as i32)),
                    _ => Some((2, 2000)),
                };
            }
            _ => return None,
        };
        spelled_tail(i + 1).map(|tail| (2, century + tail))
    }

    /// A weekday resolved against the anchor: `offset` −1 for "last", 1 for "next", 0 for the
    /// tense of the sentence.
    fn weekday_date(&self, weekday: u32, offset: i32, i: usize, len: usize) -> Option<Date> {
        let anchor = self.anchor()?;
        let today = anchor.weekday() as i64;
        let back = (today - weekday as i64).rem_euclid(7);
        let forward = (weekday as i64 - today).rem_euclid(7);
        let days = match offset {
            o if o < 0 => -(if back == 0 { 7 } else { back }),
            o if o > 0 => {
                if forward == 0 {
                    7
                } else {
                    forward
                }
            }
            _ if back == 0 => 0,
            _ if self.tense(i, len) == Some(Tense::Future) => forward,
            _ => -back,
        };
        anchor.add_days(days)
    }

    /// A month without a year resolved against the anchor, like [`Self::weekday_date`].
    fn month_point(&self, month: u32, offset: i32, i: usize, len: usize) -> Option<Point> {
        let anchor = self.anchor()?;
        let year = anchor.year;
        let year = match offset {
            o if o < 0 => year - i32::from(month >= anchor.month),
            o if o > 0 => year + i32::from(month <= anchor.month),
            _ if self.word(i.wrapping_sub(1)) == "this" => year,
            _ => {
                // The nearest such month (this year's on a tie) unless it is over two months
                // away and the tense says otherwise.
                let ahead = (month as i32 - anchor.month as i32).rem_euclid(12);
                let nearest = match ahead {
                    0 => year,
                    a if a <= 6 => year + i32::from(month < anchor.month),
                    _ => year - i32::from(month > anchor.month),
                };
                match self.tense(i, len) {
                    _ if self.follows_past_verb(i) => year - i32::from(month > anchor.month),
                    _ if ahead <= 2 || ahead >= 10 => nearest,
                    Some(Tense::Future) => year + i32::from(month < anchor.month),
                    Some(Tense::Past) => year - i32::from(month > anchor.month),
                    None => nearest,
                }
            }
        };
        Some(Point::Month(year, month))
    }

    /// A value relative to the anchor, or an underspecified one when the article has no date.
    fn relative_found(&self, len: usize, label: Label, point: Option<Point>, unknown: &str) -> Found {
        match point {
            Some(point) => Found { len, label, value: point.value(), point: Some(point), reference: true },
            None => Found::new(len, label, unknown),
        }
    }

    // ----- rules ---------------------------------------------------------------------------

    /// A match extended by a modifier on its left: "early next year", "nearly two years",
    /// "the end of 1990", "the first half of 2024".
    fn modified(&self, i: usize) -> Option<Found> {
        let word = self.word(i);
        let inner = |skip: usize, accept: &dyn Fn(&Found) -> bool| {
            self.longest(i + skip).filter(accept).map(|mut f| {
                f.len += skip;
                f
            })
        };
        for phrase in APPROXIMATORS {
            if self.phrase(i, phrase) && self.amount(i + phrase.len()).is_some() {
                let amounts =
                    |f: &Found| f.label == Label::Duration || f.value.ends_with("_REF") || f.point.is_some();
                if let Some(found) = inner(phrase.len(), &amounts) {
                    return Some(found);
                }
            }
        }
        let is_point = |f: &Found| matches!(f.label, Label::Date | Label::Time) && f.point.is_some();
        if matches!(word, "early" | "late" | "mid" | "earlier" | "later" | "mid-") {
            return inner(1, &is_point);
        }
        // "the early summer", "the late 1980s"
        if word == "the" && matches!(self.word(i + 1), "early" | "late" | "mid") {
            return inner(2, &is_point);
        }
        // "the first half of 2024", "the last half of 1989", "the first two quarters of 1990"
        const HALVES: [(&[&str], u32); 5] = [
            (&["first", "half", "of"], 1),
            (&["second", "half", "of"], 2),
            (&["last", "half", "of"], 2),
            (&["first", "two", "quarters", "of"], 1),
            (&["last", "two", "quarters", "of"], 2),
        ];
        let the = usize::from(word == "the");
        for (phrase, half) in HALVES {
            if self.phrase(i + the, phrase) {
                return inner(the + phrase.len(), &is_point).and_then(|f| match f.point {
                    Some(Point::Year(year)) => Some(Found::date(f.len, Point::Half(year, half))),
                    _ => None,
                });
            }
        }
        // "the year-earlier nine months": the length of the period a year before.
        if word == "the" && matches!(self.word(i + 1), "year-earlier" | "year-ago") {
            return inner(2, &|f| f.label == Label::Duration);
        }
        let boundary =
            matches!(self.word(i + 1), "end" | "beginning" | "start" | "middle" | "close" | "turn");
        if word == "the" && boundary && self.word(i + 2) == "of" {
            return inner(3, &is_point);
        }
        None
    }

    /// A time of day: "3:30 p.m. EST", "10 a.m.", "noon Thursday", "midnight".
    fn clock(&self, i: usize) -> Option<Found> {
        let word = self.word(i);
        let (mut hour, mut minute, mut len, explicit) = if let Some((h, m)) = word.split_once(':') {
            let (h, m): (u32, u32) = (h.parse().ok()?, m.get(..2)?.parse().ok()?);
            (h, m, 1, true)
        } else if word == "noon" || word == "midday" {
            (12, 0, 1, true)
        } else if word == "midnight" {
            (24, 0, 1, true)
        } else {
            let h = self.digits(i).filter(|h| h.fract() == 0.0 && (1.0..=12.0).contains(h))? as u32;
            (h, 0, 1, false)
        };
        let meridiem = self.bare(i + 1).replace('.', "");
        if matches!(meridiem.as_str(), "am" | "pm") {
            if hour > 12 {
                return None;
            }
            hour = match (meridiem.as_str(), hour) {
                ("am", 12) => 0,
                ("pm", h) if h < 12 => h + 12,
                (_, h) => h,
            };
            len += 1;
        } else if self.word(i + 1) == "o'clock" {
            len += 1;
        } else if !explicit {
            return None;
        }
        if hour > 24 || minute > 59 {
            return None;
        }
        let zone = TIME_ZONES.iter().find(|(name, _)| *name == self.bare(i + len)).map(|(_, offset)| *offset);
        if zone.is_some() {
            len += 1;
        }
        // The day it belongs to, when it follows: "10 p.m. Wednesday", "noon today".
        // The day it belongs to, when it follows: "10 p.m. Wednesday", "5 p.m. EST, Nov. 6".
        let day = (0..=1).find_map(|skip| {
            let k = i + len + skip;
            if skip == 1 && !matches!(self.word(i + len), "on" | ",") {
                return None;
            }
            let date = self.calendar_date(k).and_then(|f| match f.point {
                Some(Point::Day(date)) => Some((f.len, Some(date))),
                _ => None,
            });
            date.or_else(|| self.day_word(k)).map(|(l, d)| (l + skip, d))
        });
        let date = match day {
            Some((day_len, date)) => {
                len += day_len;
                date
            }
            None => self.anchor(),
        };
        if hour == 24 {
            minute = 0;
        }
        let day_value = date.map_or_else(|| "XXXX-XX-XX".to_string(), |d| d.iso());
        Some(Found::new(len, Label::Time, format!("{day_value}T{hour:02}:{minute:02}{}", zone.unwrap_or(""))))
    }

    /// A word that names a day relative to the anchor: a weekday, today, yesterday, tomorrow.
    fn day_word(&self, i: usize) -> Option<(usize, Option<Date>)> {
        if let Some(weekday) = self.weekday(i) {
            return Some((1, self.weekday_date(weekday, 0, i, 1)));
        }
        let shift = match self.word(i) {
            "today" => 0,
            "yesterday" => -1,
            "tomorrow" => 1,
            _ => return None,
        };
        Some((1, self.anchor().and_then(|a| a.add_days(shift))))
    }

    /// A date with a month name or in digits: "December 12, 2024", "Thursday, Dec. 12",
    /// "12 December", "August 1988", "2024-12-13", "12/13/2024".
    fn calendar_date(&self, i: usize) -> Option<Found> {
        let is_number = self.is_number_at(i);
        if let Some(date) = is_number.then(|| numeric_date(self.word(i))).flatten() {
            return Some(Found::date(1, Point::Day(date)));
        }
        // An optional weekday before it: "Thursday, December 12".
        let mut start = i;
        if self.weekday(i).is_some() {
            start = if self.word(i + 1) == "," { i + 2 } else { i + 1 };
        }
        let mut k = start;
        let (month, day) = if let Some(month) = self.month(k) {
            match self.day_number(k + 1).filter(|_| self.year(k + 1).is_none()) {
                Some(day) => {
                    k += 2;
                    (month, Some(day))
                }
                None => {
                    k += 1;
                    (month, None)
                }
            }
        } else if let Some(day) = self.day_number(k) {
            let of = usize::from(self.word(k + 1) == "of");
            let month = self.month(k + 1 + of)?;
            k += 2 + of;
            (month, Some(day))
        } else {
            return None;
        };
        let comma = usize::from(self.word(k) == ",");
        let year = self.year(k + comma).or_else(|| {
            // "August of 1988"
            (day.is_none() && self.word(k) == "of")
                .then(|| self.year(k + 1))
                .flatten()
                .map(|(l, y)| (l + 1, y))
        });
        let Some(day) = day else {
            // A month and a year; a month alone is a relative expression.
            let (year_len, year) = year?;
            if start != i {
                return None;
            }
            return Some(Found::date(k + comma + year_len - i, Point::Month(year, month)));
        };
        let (len, date) = match year {
            Some((year_len, year)) => (k + comma + year_len - i, Date::new(year, month, day)?),
            None => (k - i, self.nearest_date(month, day, i, k - i)?),
        };
        Some(Found::date(len, Point::Day(date)))
    }

    /// The date with this month and day (the words `i..i + len`) nearest to the anchor, on or
    /// before it in a past sentence and on or after it in a future one.
    fn nearest_date(&self, month: u32, day: u32, i: usize, len: usize) -> Option<Date> {
        let anchor = self.anchor()?;
        let candidates = (anchor.year - 1..=anchor.year + 1).filter_map(|year| Date::new(year, month, day));
        let distance = |date: &Date| date.day_number() - anchor.day_number();
        let nearest = candidates.clone().min_by_key(|d| distance(d).abs())?;
        // Within four months the nearest is nearly always right; further off, the tense decides.
        // A past verb right before the date decides at any distance.
        if self.follows_past_verb(i) {
            return candidates.filter(|d| distance(d) <= 0).max();
        }
        match self.tense(i, len) {
            _ if distance(&nearest).abs() <= 120 => Some(nearest),
            Some(Tense::Past) => candidates.filter(|d| distance(d) <= 0).max(),
            Some(Tense::Future) => candidates.filter(|d| distance(d) >= 0).min(),
            None => Some(nearest),
        }
    }

    /// Years, decades and centuries: "1988", "fiscal 1989", "the year 2000", "the 1990s",
    /// "the 20th century", "nineteen ninety-six".
    fn year_like(&self, i: usize) -> Option<Found> {
        let the = usize::from(self.word(i) == "the");
        let k = i + the;
        let word = self.word(k);
        // Decades: "1990s", "the 1990's", "the nineties".
        let decade = word
            .strip_suffix("'s")
            .or_else(|| word.strip_suffix('s'))
            .filter(|d| d.len() == 4 && d.ends_with('0') && d.chars().all(|c| c.is_ascii_digit()))
            .and_then(|d| d[..3].parse::<i32>().ok());
        let decade = decade.or_else(|| {
            let tens =
                TENS.iter().position(|t| !t.is_empty() && word.strip_suffix("ies") == t.strip_suffix('y'))?;
            Some(190 + tens as i32)
        });
        if let Some(decade) = decade {
            let apostrophe = usize::from(self.word(k + 1) == "'s" && word.len() == 4);
            return Some(Found::date(the + 1 + apostrophe, Point::Decade(decade)));
        }
        // Centuries: "the 20th century", "the nineteenth century".
        if matches!(self.word(k + 1), "century" | "centuries") {
            let ordinal =
                word.trim_end_matches(|c: char| c.is_ascii_alphabetic()).parse::<i32>().ok().or_else(
                    || {
                        ORDINALS.iter().position(|o| *o == word).map(|p| p as i32 + 1).or(match word {
                            "nineteenth" => Some(19),
                            "eighteenth" => Some(18),
                            "twentieth" => Some(20),
                            "twenty-first" => Some(21),
                            _ => None,
                        })
                    },
                )?;
            return Some(Found::date(the + 2, Point::Century(ordinal - 1)));
        }
        // "the year", "the fiscal year": the anchor's year, or twelve months before "ended".
        let qualified = matches!(word, "full" | "fiscal" | "calendar" | "current" | "entire");
        if the == 1 && (word == "year" || qualified) {
            let year_at = if qualified { k + 1 } else { k };
            let year_at = year_at + usize::from(self.word(year_at) == "fiscal");
            let follows = self.word(year_at + 1);
            let refers_elsewhere = matches!(follows, "earlier" | "before" | "ago" | "after" | "'s" | "later");
            if self.word(year_at) == "year" && !refers_elsewhere && self.year(year_at + 1).is_none() {
                let len = year_at + 1 - i;
                // "the year ended March 31" is twelve months, not a calendar year.
                if matches!(follows, "ended" | "ending") {
                    return Some(Found::new(len, Label::Duration, duration(Some(1.0), Unit::Year)));
                }
                let point = self.anchor().map(|a| Point::Year(a.year));
                return Some(self.relative_found(len, Label::Date, point, "XXXX"));
            }
        }
        let prefix = if self.phrase(i, &["the", "year"]) {
            2
        } else if word == "fiscal" || word == "calendar" || word == "fy" {
            the + 1
        } else {
            0
        };
        let (year_len, year) = self.year(i + prefix)?;
        if prefix == 0 && year_len == 1 && !self.plausible_year(i) {
            return None;
        }
        Some(Found::date(prefix + year_len, Point::Year(year)))
    }

    /// Whether a four-digit number at `i` reads as a year rather than an amount.
    fn plausible_year(&self, i: usize) -> bool {
        let year: i32 = self.word(i).parse().unwrap_or(0);
        let before = if i == 0 { "" } else { self.word(i - 1) };
        let after = self.word(i + 1);
        let is_amount_before =
            matches!(before, "$" | "€" | "£" | "¥" | "#" | "no." | "number" | "about" | "some" | "than")
                || self.is_number_at(i.wrapping_sub(1));
        // "1984 - 85" is a score or a range; "in 1984 -- part of a plan" is a year.
        let is_unit_after = Unit::parse(after).is_some()
            || matches!(after, "%" | "percent" | "people" | "shares" | "points" | "to")
            || (after == "-" && self.is_number_at(i + 2))
            || self.is_number_at(i + 1);
        (1900..=2099).contains(&year) && !is_amount_before && !is_unit_after
    }

    /// Expressions relative to the anchor: "yesterday", "tonight", "last week", "this
    /// morning", "next month", "Friday", "last April", "this summer", "the weekend".
    fn relative(&self, i: usize) -> Option<Found> {
        let anchor = self.anchor();
        let word = self.word(i);
        let part_of_day =
            |k: usize| PARTS_OF_DAY.iter().find(|(p, _)| *p == self.word(k)).map(|(_, code)| *code);
        // today, yesterday, tomorrow, tonight, with a part of the day.
        if word == "tonight" {
            let value = anchor.map_or("XXXX-XX-XX".to_string(), |a| a.iso());
            return Some(Found::new(1, Label::Time, format!("{value}TNI")));
        }
        if let Some((len, date)) = self.day_word(i).filter(|_| self.weekday(i).is_none()) {
            if let Some(code) = part_of_day(i + len) {
                let value = date.map_or("XXXX-XX-XX".to_string(), |d| d.iso());
                return Some(Found::new(len + 1, Label::Time, format!("{value}T{code}")));
            }
            return Some(self.relative_found(len, Label::Date, date.map(Point::Day), "XXXX-XX-XX"));
        }
        let the = usize::from(word == "the");
        let k = i + the;
        let offset = match self.word(k) {
            "last" | "past" | "previous" => Some(-1),
            "this" | "current" => Some(0),
            "next" | "coming" | "following" => Some(1),
            _ => None,
        };
        let start = if offset.is_some() { k + 1 } else { k };
        let offset_or_tense = offset.unwrap_or(0);
        // Weekdays, with a part of the day: "last Friday", "Saturday night".
        if let Some(weekday) = self.weekday(start).filter(|_| the == 0) {
            let len = start + 1 - i;
            let date = self.weekday_date(weekday, offset_or_tense, i, len);
            if let Some(code) = part_of_day(start + 1) {
                let value = date.map_or("XXXX-XX-XX".to_string(), |d| d.iso());
                return Some(Found::new(len + 1, Label::Time, format!("{value}T{code}")));
            }
            // A plural weekday is a set ("Tuesdays"); handled there.
            return Some(self.relative_found(len, Label::Date, date.map(Point::Day), "XXXX-XX-XX"));
        }
        // Months: "last April", "January", "June last year".
        if let Some(month) = self.month(start).filter(|_| the == 0 && self.day_number(start + 1).is_none()) {
            let len = start + 1 - i;
            let year_offset = match (self.word(start + 1), self.word(start + 2)) {
                ("this", "year") => Some(0),
                ("last", "year") => Some(-1),
                ("next", "year") => Some(1),
                _ => None,
            };
            if let (Some(shift), Some(anchor)) = (year_offset, anchor) {
                return Some(Found::date(len + 2, Point::Month(anchor.year + shift, month)));
            }
            let point = self.month_point(month, offset_or_tense, i, len);
            return Some(self.relative_found(len, Label::Date, point, &format!("XXXX-{month:02}")));
        }
        // Seasons: "this summer", "last fall", "the winter of 1994".
        if let Some(season) = Season::parse(self.word(start)) {
            let of_year = if self.word(start + 1) == "of" { self.year(start + 2) } else { None };
            if let Some((year_len, year)) = of_year {
                return Some(Found::date(start + 3 + year_len - 1 - i, Point::Season(year, season)));
            }
            if offset.is_none()
                && the == 0
                && !matches!(
                    self.word(i.wrapping_sub(1)),
                    "in" | "this" | "during" | "early" | "late" | "mid"
                )
            {
                return None;
            }
            let point = anchor.map(|a| Point::season(a, season, offset_or_tense));
            return Some(self.relative_found(start + 1 - i, Label::Date, point, "XXXX-XX"));
        }
        // Parts of today: "this morning".
        if let (Some(code), Some(0)) = (part_of_day(start), offset) {
            let value = anchor.map_or("XXXX-XX-XX".to_string(), |a| a.iso());
            return Some(Found::new(start + 1 - i, Label::Time, format!("{value}T{code}")));
        }
        if let (Some("NI"), Some(-1), 0) = (part_of_day(start), offset, the) {
            let value = anchor.and_then(|a| a.add_days(-1)).map_or("XXXX-XX-XX".to_string(), |a| a.iso());
            return Some(Found::new(2, Label::Time, format!("{value}TNI")));
        }
        // Calendar units: "last week", "this year", "the past month", "the weekend".
        let (unit, plural) = self.unit(start)?;
        if plural || matches!(unit, Unit::Second | Unit::Minute | Unit::Hour) {
            return None;
        }
        if offset.is_none() && !(the == 1 && unit == Unit::Weekend) {
            return None;
        }
        let shift = match (unit, offset) {
            (Unit::Weekend, None) => {
                // "the weekend": the coming one in future sentences, else the last one.
                let ahead = self.tense(i, 2) == Some(Tense::Future);
                let weekday = anchor.map_or(1, |a| a.weekday());
                i64::from(!ahead && weekday < 6).wrapping_neg()
            }
            (_, offset) => i64::from(offset.unwrap_or(0)),
        };
        // "the following month": the month after the last one the article named.
        let named = match unit {
            Unit::Day => self.context.last_day,
            Unit::Month => self.context.last_month,
            Unit::Quarter => self.context.last_quarter,
            Unit::Year => self.context.last_year,
            _ => None,
        };
        let unit_point = match unit {
            _ if self.word(k) == "following" && named.is_some() => named,
            Unit::Day => anchor.map(Point::Day),
            _ => anchor.map(|a| Point::Day(a).at(unit)),
        };
        let point = unit_point.and_then(|p| p.shift(unit, shift));
        let unknown = match unit {
            Unit::Day => "XXXX-XX-XX",
            Unit::Week | Unit::Fortnight => "XXXX-WXX",
            Unit::Weekend => "XXXX-WXX-WE",
            Unit::Month => "XXXX-XX",
            Unit::Quarter => "XXXX-QX",
            Unit::Decade => "XXX",
            Unit::Century => "XX",
            _ => "XXXX",
        };
        Some(self.relative_found(start + 1 - i, Label::Date, point, unknown))
    }

    /// A shift from the anchor: "two years ago", "a year earlier", "three weeks from now".
    fn ago(&self, i: usize) -> Option<Found> {
        // "months ago": a plural unit alone is a vague amount.
        let (amount_len, amount) = match self.amount(i) {
            Some(found) => found,
            None if self.unit(i).is_some_and(|(_, plural)| plural) && self.word(i + 1) == "ago" => {
                (0, Amount::Vague)
            }
            None => return None,
        };
        let (unit, _) = self.unit(i + amount_len)?;
        // "a week or so ago": the approximation sits between the length and "ago".
        let k = i + amount_len + 1;
        let k = k + 2 * usize::from(self.phrase(k, &["or", "so"]));
        let (direction, len) = match (self.word(k), self.word(k + 1)) {
            ("ago" | "earlier" | "before" | "back", _) => (-1, k + 1 - i),
            ("from", "now") => (1, k + 2 - i),
            ("later" | "hence", _) => (1, k + 1 - i),
            _ => return None,
        };
        let Amount::Exact(count) = amount else {
            if matches!(self.word(k), "later" | "earlier" | "before") {
                // "a few days later", "several months before": the length, seen from a past event.
                return Some(Found::new(amount_len + 1, Label::Duration, duration(None, unit)));
            }
            let value = if direction < 0 { "PAST_REF" } else { "FUTURE_REF" };
            return Some(Found::new(len, Label::Date, value));
        };
        let count = (count.round() as i64) * direction;
        // Short spans "earlier" or "later" are lengths: "three days later".
        let short = matches!(unit, Unit::Second | Unit::Minute | Unit::Hour | Unit::Day | Unit::Week);
        if short && matches!(self.word(k), "later" | "earlier" | "before") {
            let length = duration(Some(count.unsigned_abs() as f64), unit);
            return Some(Found::new(amount_len + 1, Label::Duration, length));
        }
        // In an article about quarters, "a year ago" is that quarter a year before.
        let base = match (unit, self.context.last_quarter) {
            (Unit::Year, Some(quarter)) => Some(quarter),
            _ => self.anchor().map(|a| Point::Day(a).at(unit)),
        };
        let point = base.and_then(|p| p.shift(unit, count));
        Some(self.relative_found(len, Label::Date, point, "XXXX").derived())
    }

    /// "that year", "that quarter": the last year or quarter the article named; "later in the
    /// day", "for the week", "by year's end": the day, week, month or year of the article.
    fn anaphoric(&self, i: usize) -> Option<Found> {
        let point = match (self.word(i), self.word(i + 1)) {
            // "by year's end", like "year-end": the article's year.
            ("year", "'s") if self.word(i + 2) == "end" => {
                let point = self.anchor().map(|a| Point::Year(a.year));
                return Some(self.relative_found(3, Label::Date, point, "XXXX"));
            }
            ("that", "year") => self.context.last_year?,
            ("that", "quarter") => self.context.last_quarter?,
            ("the", noun @ ("day" | "week" | "month")) => {
                let after_preposition = i > 0
                    && matches!(
                        self.word(i - 1),
                        "in" | "for" | "during" | "over" | "through" | "throughout" | "of"
                    );
                let specified = matches!(
                    self.word(i + 2),
                    "of" | "before" | "after" | "when" | "that" | "ended" | "ending"
                );
                if !after_preposition || specified {
                    return None;
                }
                let unit = Unit::parse(noun)?.0;
                let point = self.anchor().map(|a| Point::Day(a).at(unit));
                return Some(self.relative_found(2, Label::Date, point, "XXXX"));
            }
            _ => return None,
        };
        Some(Found::date(2, point).derived())
    }

    /// Quarters and halves of the year: "the third quarter", "third-quarter", "Q3 2024",
    /// "the year-earlier quarter", "the latest period", "the fiscal first quarter".
    fn quarter(&self, i: usize) -> Option<Found> {
        let anchor = self.anchor();
        let mut k = i + usize::from(self.word(i) == "the");
        // "this year's third quarter", "last year's fourth quarter"
        let mut year_shift = None;
        if self.word(k + 1) == "year's" || (self.word(k + 1) == "year" && self.word(k + 2) == "'s") {
            year_shift = match self.word(k) {
                "this" => Some(0),
                "last" => Some(-1),
                "next" => Some(1),
                _ => None,
            };
            if year_shift.is_some() {
                k += if self.word(k + 1) == "year's" { 2 } else { 3 };
            }
        }
        // "the 1988 third quarter", "the year-ago third quarter"
        let mut named_year = None;
        if self.word(i) == "the" {
            if let Some((year_len, year)) = self.year(k) {
                named_year = Some(year);
                k += year_len;
            } else if matches!(self.word(k), "year-ago" | "year-earlier")
                && (ORDINALS[..4].contains(&self.word(k + 1)) || self.word(k + 1).ends_with("-quarter"))
            {
                named_year = anchor.map(|a| a.year - 1);
                k += 1;
            }
        }
        if self.word(k) == "fiscal" {
            k += 1;
        }
        let word = self.word(k);
        let (ordinal, hyphenated) = match word.split_once('-') {
            Some((ordinal, "quarter")) => (ordinal, true),
            _ => (word, false),
        };
        if hyphenated && k > i && named_year.is_none() {
            // "the third-quarter results": the article belongs to the noun.
            return None;
        }
        let number =
            ORDINALS[..4].iter().position(|o| *o == ordinal).map(|p| p as u32 + 1).or(match ordinal {
                "1st" => Some(1),
                "2nd" => Some(2),
                "3rd" => Some(3),
                "4th" => Some(4),
                _ => None,
            });
        if let Some(quarter) = number {
            let mut len = k + 1 - i;
            if !hyphenated {
                len += usize::from(self.word(k + 1) == "fiscal");
                if self.word(i + len) != "quarter" {
                    return None;
                }
                len += 1;
            }
            // "of 1989", "of this year", "1989"
            let of = usize::from(self.word(i + len) == "of");
            let mut year = anchor.map(|a| {
                let shift = i32::from(quarter > a.quarter() && self.tense(i, len) != Some(Tense::Future));
                a.year - shift
            });
            if let Some(shift) = year_shift {
                year = anchor.map(|a| a.year + shift);
            }
            if named_year.is_some() {
                year = named_year;
            }
            if let Some((year_len, explicit)) = self.year(i + len + of) {
                year = Some(explicit);
                len += of + year_len;
            } else if of == 1 && self.word(i + len + 2) == "year" {
                let shift = match self.word(i + len + 1) {
                    "this" => Some(0),
                    "last" => Some(-1),
                    "next" => Some(1),
                    _ => None,
                };
                if let (Some(shift), Some(a)) = (shift, anchor) {
                    year = Some(a.year + shift);
                    len += 3;
                }
            }
            let point = year.map(|y| Point::Quarter(y, quarter));
            return Some(self.relative_found(len, Label::Date, point, &format!("XXXX-Q{quarter}")));
        }
        // "Q3", "Q3 2024"
        if let Some(quarter) =
            word.strip_prefix('q').and_then(|q| q.parse::<u32>().ok()).filter(|q| (1..=4).contains(q))
        {
            if let Some((year_len, year)) = self.year(k + 1) {
                return Some(Found::date(k + 1 + year_len - i, Point::Quarter(year, quarter)));
            }
            let point = anchor.map(|a| Point::Quarter(a.year - i32::from(quarter > a.quarter()), quarter));
            return Some(self.relative_found(k + 1 - i, Label::Date, point, &format!("XXXX-Q{quarter}")));
        }
        // "the quarter", "the latest quarter", "the year-ago period", "the 1988 period"
        if self.word(i) != "the" {
            return None;
        }
        if let (Some(year), "quarter" | "period") = (named_year, word) {
            let quarter = self.context.last_quarter.map_or(3, |q| match q {
                Point::Quarter(_, quarter) => quarter,
                _ => 3,
            });
            return Some(Found::date(k + 1 - i, Point::Quarter(year, quarter)).derived());
        }
        k += usize::from(
            matches!(self.word(k), "comparable" | "same" | "corresponding")
                && matches!(self.word(k + 1), "year-ago" | "year-earlier"),
        );
        let modifier = self.word(k);
        let (modifier_len, shift) = match modifier {
            "year-ago" | "year-earlier" => (1, Some(-4)),
            "same" | "comparable" if self.word(k + 1) == "quarter" || self.word(k + 1) == "period" => {
                (1, Some(-4))
            }
            "latest" | "recent" | "most-recent" | "just-ended" => (1, Some(0)),
            "current" => (1, None),
            "quarter" => (0, Some(0)),
            _ => return None,
        };
        let noun = self.word(k + modifier_len);
        if noun != "quarter" && !(noun == "period" && modifier_len == 1) {
            return None;
        }
        // The quarter the article reports on: the last one it named, unless that one lies ahead
        // ("losses through the third quarter of 1990"); else the last complete quarter. "The
        // latest quarter" is over: never the one under way.
        let completed = anchor.and_then(|a| Point::Day(a).at(Unit::Quarter).shift(Unit::Quarter, -1));
        let over = matches!(modifier, "latest" | "recent" | "most-recent" | "just-ended");
        let reference = match self.context.last_quarter {
            Some(Point::Quarter(year, quarter))
                if anchor.is_some_and(|a| {
                    let current = (a.year, a.quarter());
                    (year, quarter) > current || (over && (year, quarter) == current)
                }) =>
            {
                completed
            }
            named => named.or(completed),
        };
        let len = k + modifier_len + 1 - i;
        // "the quarter ended July 31": the three months up to that day, most of them in the
        // calendar quarter that holds the day six weeks before.
        let ended_on = (modifier == "quarter" && matches!(self.word(i + len), "ended" | "ending"))
            .then(|| self.calendar_date(i + len + 1))
            .flatten()
            .and_then(|f| match f.point {
                Some(Point::Day(day)) => day.add_days(-45).map(|d| Point::Day(d).at(Unit::Quarter)),
                _ => None,
            });
        let point = match shift {
            _ if ended_on.is_some() => ended_on,
            None => anchor.map(|a| Point::Day(a).at(Unit::Quarter)),
            Some(quarters) => reference.and_then(|p| p.shift(Unit::Quarter, quarters)),
        };
        Some(self.relative_found(len, Label::Date, point, "XXXX-QX").derived())
    }

    /// Lengths of time: "two years", "the past three months", "the first nine months",
    /// "several weeks", "a decade", "an hour and a half", "more than four hours".
    fn length(&self, i: usize) -> Option<Found> {
        let mut k = i;
        let the = self.word(k) == "the";
        k += usize::from(the);
        let bounded = matches!(
            self.word(k),
            "past"
                | "last"
                | "next"
                | "first"
                | "coming"
                | "previous"
                | "following"
                | "final"
                | "initial"
                | "latest"
        );
        k += usize::from(bounded);
        // "half an hour", "half a year"
        if self.word(k) == "half" && matches!(self.word(k + 1), "a" | "an") {
            let (unit, _) = self.unit(k + 2)?;
            return Some(Found::new(k + 3 - i, Label::Duration, duration(Some(0.5), unit)));
        }
        let (amount_len, amount) = match self.amount(k) {
            Some(found) => found,
            // "the past week" is a date; "years" alone is a vague length after a preposition
            // or before "of" ("months of talks").
            None if !the && !bounded => {
                let (unit, plural) = self.unit(k)?;
                let before = if i == 0 { "" } else { self.word(i - 1) };
                let preposition =
                    matches!(before, "for" | "within" | "over" | "in" | "took" | "take" | "takes");
                let of_after = self.word(k + 1) == "of";
                return (plural && (preposition || of_after) && unit != Unit::Weekend)
                    .then(|| Found::new(1, Label::Duration, duration(None, unit)));
            }
            None => return None,
        };
        if the && !bounded && amount.exact().is_none() {
            return None;
        }
        k += amount_len;
        k += usize::from(matches!(
            self.word(k),
            "more" | "full" | "straight" | "consecutive" | "additional" | "trading" | "business" | "working"
        ));
        let (unit, plural) = self.unit(k)?;
        let singular_article = amount_len == 1 && matches!(self.word(k - 1), "a" | "an");
        if plural == singular_article && amount != Amount::Vague && !(plural && amount == Amount::Exact(1.0))
        {
            // "a years" is no length; "five year" (a "five year low") is.
            if plural {
                return None;
            }
        }
        let after = self.word(k + 1);
        let is_age = after == "old" || (after == "of" && self.word(k + 2) == "age");
        let is_fraction = unit == Unit::Quarter && !plural && after == "of";
        let is_ordinal = matches!(unit, Unit::Second)
            && !plural
            && self.words.get(k + 1).is_some_and(|w| w.kind == TokenKind::Word);
        let is_year = amount.exact().is_some_and(|n| n >= 1000.0) && !plural;
        if unit == Unit::Weekend || is_age || is_fraction || is_ordinal || is_year {
            return None;
        }
        let mut len = k + 1 - i;
        if self.phrase(i + len, &["and", "a", "half"]) {
            len += 3;
            return Some(Found::new(len, Label::Duration, duration(amount.exact().map(|n| n + 0.5), unit)));
        }
        Some(Found::new(len, Label::Duration, duration(amount.exact(), unit)))
    }

    /// Recurring times: "every Monday", "each year", "daily", "annually", "Tuesdays",
    /// "twice a year", "$5 million a year".
    fn set(&self, i: usize) -> Option<Found> {
        let word = self.word(i);
        let adverb = match word {
            "daily" | "nightly" => Some(duration(Some(1.0), Unit::Day)),
            "weekly" => Some(duration(Some(1.0), Unit::Week)),
            "monthly" => Some(duration(Some(1.0), Unit::Month)),
            "annually" | "yearly" => Some(duration(Some(1.0), Unit::Year)),
            "hourly" => Some(duration(Some(1.0), Unit::Hour)),
            _ => None,
        };
        // "daily flights" is an adjective, not a recurring time of its own.
        let adjective = self
            .words
            .get(i + 1)
            .is_some_and(|w| w.kind == TokenKind::Word && w.raw.chars().all(|c| c.is_ascii_lowercase()));
        if let Some(value) = adverb.filter(|_| !adjective || word == "annually") {
            return Some(Found::new(1, Label::Set, value));
        }
        // Plural weekdays: "Tuesdays", "Tuesday nights".
        if let Some(weekday) = word.strip_suffix('s').and_then(|w| WEEKDAYS.iter().position(|d| *d == w)) {
            return Some(Found::new(1, Label::Set, format!("XXXX-WXX-{}", weekday + 1)));
        }
        if self.weekday(i).is_some() && self.word(i + 1) == "nights" {
            return Some(Found::new(2, Label::Set, format!("XXXX-WXX-{}TNI", self.weekday(i)?)));
        }
        // "once a week", "twice a year", "three times a month"
        let (lead, per_start) = match word {
            "once" | "twice" => (1, i + 1),
            _ if self.word(i + 1) == "times" && self.amount(i).is_some() => (2, i + 2),
            "every" | "each" => (1, i + 1),
            "a" | "an" | "per" => (0, i),
            _ => return None,
        };
        if matches!(word, "every" | "each") {
            let mut k = per_start;
            let other = self.word(k) == "other";
            k += usize::from(other);
            if let Some(weekday) = self.weekday(k) {
                return Some(Found::new(k + 1 - i, Label::Set, format!("XXXX-WXX-{weekday}")));
            }
            if let Some(month) =
                self.month(k).or_else(|| month_number(self.word(k)).filter(|_| self.capitalised(k)))
            {
                return Some(Found::new(k + 1 - i, Label::Set, format!("XXXX-{month:02}")));
            }
            let (amount_len, count) = match self.amount(k) {
                Some((len, Amount::Exact(n))) if !matches!(self.word(k), "a" | "an") => (len, n),
                _ => (0, 1.0),
            };
            let (unit, _) = self.unit(k + amount_len)?;
            let count = if other { count * 2.0 } else { count };
            return Some(Found::new(k + amount_len + 1 - i, Label::Set, duration(Some(count), unit)));
        }
        if !matches!(self.word(per_start), "a" | "an" | "per") {
            return None;
        }
        let (unit, plural) = self.unit(per_start + 1)?;
        if plural {
            return None;
        }
        let before = if i == 0 { "" } else { self.word(i - 1) };
        // "four flights a week", "700 seats a week": a count of things per unit.
        let counted_noun = i >= 2
            && before.len() > 3
            && before.ends_with('s')
            && self.amount(i - 2).is_some_and(|(len, _)| len == 1);
        let after_amount = lead > 0
            || self.is_number_at(i.wrapping_sub(1))
            || counted_noun
            || matches!(before, "million" | "billion" | "thousand" | "percent" | "%" | "dollars" | "times");
        after_amount.then(|| Found::new(per_start + 2 - i, Label::Set, duration(Some(1.0), unit)))
    }

    /// Vague references: "now", "currently", "recently", "the past", "the future", "soon",
    /// "recent years", "the coming months".
    fn vague(&self, i: usize) -> Option<Found> {
        let word = self.word(i);
        let next = self.word(i + 1);
        let present = Found::new(1, Label::Date, "PRESENT_REF");
        let previous = if i > 0 { self.word(i - 1) } else { "" };
        match word {
            // "Now, he says …" opens a turn of the story, not a time.
            "now" if i == 0 && next == "," => {}
            "now" | "currently" | "nowadays" | "presently" => return Some(present),
            "current" if !matches!(next, "account" | "accounts" | "affairs" | "events" | "and") => {
                return Some(present)
            }
            "recently" | "lately" => return Some(Found::new(1, Label::Date, "PAST_REF")),
            "past" if matches!(next, "years" | "decades") => {
                return Some(Found::new(2, Label::Date, "PAST_REF"))
            }
            "right" if next == "now" => return Some(Found::new(2, Label::Date, "PRESENT_REF")),
            // "as soon as they can", "soon after the vote": the time is the other event's.
            "soon" if previous == "as" || matches!(next, "after" | "before") => {}
            "soon" | "someday" => return Some(Found::new(1, Label::Date, "FUTURE_REF")),
            // "Islam will one day be …": some time ahead, not a day's length.
            "one" | "some"
                if next == "day"
                    && matches!(previous, "will" | "'ll" | "would" | "could" | "might" | "may" | "can") =>
            {
                return Some(Found::new(2, Label::Date, "FUTURE_REF"))
            }
            _ => {}
        }
        let plural_unit = |k: usize| self.unit(k).is_some_and(|(_, plural)| plural);
        if self.phrase(i, &["these", "days"]) || self.phrase(i, &["at", "present"]) {
            return Some(Found::new(2, Label::Date, "PRESENT_REF"));
        }
        if word == "recent" {
            // "recent months" is a vague length, "recent" alone a vague past.
            return Some(match self.unit(i + 1) {
                Some((Unit::Year | Unit::Decade, true)) => Found::new(2, Label::Date, "PAST_REF"),
                Some((unit, true)) => Found::new(2, Label::Duration, duration(None, unit)),
                _ => Found::new(1, Label::Date, "PAST_REF"),
            });
        }
        // "the past few weeks", "the last several quarters"
        let vague_amount = |k: usize| self.amount(k).filter(|(_, a)| *a == Amount::Vague);
        if word == "the" && matches!(next, "past" | "last") {
            if let Some((amount_len, _)) = vague_amount(i + 2) {
                if plural_unit(i + 2 + amount_len) {
                    return Some(Found::new(amount_len + 3, Label::Date, "PAST_REF"));
                }
            }
        }
        let the = usize::from(word == "the");
        let k = i + the;
        match self.word(k) {
            "past" if the == 1 && self.amount(k + 1).is_none() && self.unit(k + 1).is_none() => {
                Some(Found::new(2, Label::Date, "PAST_REF"))
            }
            "future" if the == 1 && self.word(k + 1) != "of" => {
                Some(Found::new(2, Label::Date, "FUTURE_REF"))
            }
            "future" if plural_unit(k + 1) => Some(Found::new(2, Label::Date, "FUTURE_REF")),
            "near" if self.word(k + 1) == "future" => Some(Found::new(the + 2, Label::Date, "FUTURE_REF")),
            "near" | "short" | "long" | "medium" if the == 1 && self.word(k + 1) == "term" => {
                Some(Found::new(3, Label::Date, "FUTURE_REF"))
            }
            _ if the == 1 && plural_unit(k) && self.word(k + 1) == "ahead" => {
                Some(Found::new(3, Label::Date, "FUTURE_REF"))
            }
            "a" if self.phrase(k + 1, &["later", "date"]) => Some(Found::new(3, Label::Date, "FUTURE_REF")),
            "coming" | "next" | "upcoming" if plural_unit(k + 1) && self.amount(k + 1).is_none() => {
                Some(Found::new(the + 2, Label::Date, "FUTURE_REF"))
            }
            _ => None,
        }
    }

    /// Hyphenated words: "five-year", "two-week", "24-hour", "8-month-old" (durations),
    /// "year-earlier", "mid-November", "mid-1996".
    fn hyphenated(&self, i: usize) -> Option<Found> {
        let word = self.word(i);
        let parts: Vec<&str> = word.split('-').collect();
        if parts.len() < 2 {
            return None;
        }
        if parts[0] == "mid" {
            let rest = &word[4..];
            // "mid-afternoon yesterday", "mid-morning"
            if let Some((_, code)) = PARTS_OF_DAY.iter().find(|(part, _)| rest == *part) {
                let (day_len, date) = self.day_word(i + 1).unwrap_or((0, self.anchor()));
                let day = date.map_or_else(|| "XXXX-XX-XX".to_string(), |d| d.iso());
                return Some(Found::new(1 + day_len, Label::Time, format!("{day}T{code}")));
            }
            if let Some(month) = month_number(rest).filter(|_| rest.len() > 3) {
                let point = self.month_point(month, 0, i, 1);
                return Some(self.relative_found(1, Label::Date, point, &format!("XXXX-{month:02}")));
            }
            if let Some(decade) = rest.strip_suffix('s').filter(|d| d.len() == 4 && d.ends_with('0')) {
                return Some(Found::date(1, Point::Decade(decade[..3].parse().ok()?)));
            }
            let year: i32 = rest.parse().ok().filter(|y| (1000..3000).contains(y))?;
            return Some(Found::date(1, Point::Year(year)));
        }
        if word == "year-end" {
            let point = self.anchor().map(|a| Point::Year(a.year));
            return Some(self.relative_found(1, Label::Date, point, "XXXX"));
        }
        if matches!(word, "year-earlier" | "year-ago") {
            let point = self
                .context
                .last_quarter
                .or_else(|| self.anchor().map(|a| Point::Day(a).at(Unit::Year)))
                .and_then(|p| p.shift(Unit::Year, -1));
            return Some(self.relative_found(1, Label::Date, point, "XXXX").derived());
        }
        // "five-year", "10-hour", "twenty-four-hour", "8-month-old"
        let compound = parts.len() > 2 && TENS.contains(&parts[0]);
        let (amount, rest) = match compound {
            true => (number_word(&format!("{}-{}", parts[0], parts[1]))?, &parts[2..]),
            false => (parts[0].parse::<f64>().ok().or_else(|| number_word(parts[0]))?, &parts[1..]),
        };
        let (unit, plural) = Unit::parse(rest[0])?;
        let tail_ok = rest.len() == 1 || matches!(rest[1], "old" | "long" | "high" | "low");
        (!plural && tail_ok && unit != Unit::Weekend)
            .then(|| Found::new(1, Label::Duration, duration(Some(amount), unit)))
    }
}

/// The value of a number word from "zero" to "ninety-nine".
///
/// ```
/// use article_annotator::timex::number_word;
/// assert_eq!(number_word("twenty-four"), Some(24.0));
/// assert_eq!(number_word("dozen"), None);
/// ```
pub fn number_word(word: &str) -> Option<f64> {
    if let Some(n) = ONES.iter().position(|w| *w == word) {
        return Some(n as f64);
    }
    if let Some(n) = TENS.iter().position(|w| !w.is_empty() && *w == word) {
        return Some(n as f64 * 10.0);
    }
    let (tens, ones) = word.split_once('-')?;
    let tens = TENS.iter().position(|w| !w.is_empty() && *w == tens)?;
    let ones = ONES[1..10].iter().position(|w| *w == ones)? + 1;
    Some((tens * 10 + ones) as f64)
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
    fn starters_are_sorted_for_binary_search() {
        assert!(STARTERS.windows(2).all(|pair| pair[0] < pair[1]));
    }

    #[test]
    fn words_that_only_look_like_dates() {
        assert_values("You may go, and March on.", &[]);
        assert_values("It cost $1990 and 2000 people came.", &[]);
    }
}
