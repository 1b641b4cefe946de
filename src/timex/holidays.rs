//! Holidays: "Christmas", "Thanksgiving Day", "Easter Sunday", "Election Day", "last
//! Thanksgiving" — DATEs whose day is fixed or computed for the year (TimeML 1.2.1: a named day
//! is a DATE with its calendar value). The year follows the tense and the article's date, as for
//! a month and day without a year.

use super::*;
use crate::calendar::days_in_month;

/// How a holiday's day is found in a given year.
#[derive(Debug, Clone, Copy)]
enum Rule {
    /// The same month and day every year.
    Fixed(u32, u32),
    /// The `n`th (1–4) ISO weekday (1 Monday … 7 Sunday) of a month; `n` 5 is the last.
    NthWeekday { month: u32, weekday: u32, n: u32 },
    /// Days after Easter Sunday (negative before it).
    Easter(i64),
    /// The United States' general election: the Tuesday after the first Monday of November.
    UsElection,
}

/// The holidays, as lower-cased tokens (the tokenizer splits "Year's" into "year" and "'s"),
/// longest first where one begins another. Every name starts with a capital in the text.
const HOLIDAYS: &[(&[&str], Rule)] = &[
    (&["christmas", "eve"], Rule::Fixed(12, 24)),
    (&["christmas", "day"], Rule::Fixed(12, 25)),
    (&["christmas"], Rule::Fixed(12, 25)),
    (&["boxing", "day"], Rule::Fixed(12, 26)),
    (&["new", "year", "'s", "eve"], Rule::Fixed(12, 31)),
    (&["new", "year", "'s", "day"], Rule::Fixed(1, 1)),
    (&["valentine", "'s", "day"], Rule::Fixed(2, 14)),
    (&["independence", "day"], Rule::Fixed(7, 4)),
    (&["halloween"], Rule::Fixed(10, 31)),
    (&["veterans", "day"], Rule::Fixed(11, 11)),
    (&["thanksgiving", "day"], Rule::NthWeekday { month: 11, weekday: 4, n: 4 }),
    (&["thanksgiving"], Rule::NthWeekday { month: 11, weekday: 4, n: 4 }),
    (&["memorial", "day"], Rule::NthWeekday { month: 5, weekday: 1, n: 5 }),
    (&["labor", "day"], Rule::NthWeekday { month: 9, weekday: 1, n: 1 }),
    (&["easter", "sunday"], Rule::Easter(0)),
    (&["easter", "monday"], Rule::Easter(1)),
    (&["easter"], Rule::Easter(0)),
    (&["good", "friday"], Rule::Easter(-2)),
    (&["election", "day"], Rule::UsElection),
];

/// The first word of each holiday's name, for [`may_start`](super::starters::may_start).
pub(super) fn first_words() -> impl Iterator<Item = &'static str> {
    HOLIDAYS.iter().map(|(words, _)| words[0])
}

impl Rule {
    /// The holiday's day in `year`.
    fn date(self, year: i32) -> Option<Date> {
        match self {
            Rule::Fixed(month, day) => Date::new(year, month, day),
            Rule::NthWeekday { month, weekday, n } => {
                let first = Date::new(year, month, 1)?;
                let first_match = 1 + (weekday + 7 - first.weekday()) % 7;
                let day = first_match + 7 * (n - 1);
                let day = if day > days_in_month(year, month) { day - 7 } else { day };
                Date::new(year, month, day)
            }
            Rule::Easter(offset) => easter_sunday(year)?.add_days(offset),
            Rule::UsElection => {
                let monday = Rule::NthWeekday { month: 11, weekday: 1, n: 1 }.date(year)?;
                monday.add_days(1)
            }
        }
    }
}

/// Easter Sunday of the Gregorian calendar (the anonymous Gregorian algorithm).
fn easter_sunday(year: i32) -> Option<Date> {
    let (a, b, c) = (year % 19, year / 100, year % 100);
    let (d, e) = (b / 4, b % 4);
    let g = (8 * b + 13) / 25;
    let h = (19 * a + b - d - g + 15) % 30;
    let (i, k) = (c / 4, c % 4);
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 19 * l) / 433;
    let month = (h + l - 7 * m + 90) / 25;
    let day = (h + l - 7 * m + 33 * month + 19) % 32;
    Date::new(year, u32::try_from(month).ok()?, u32::try_from(day).ok()?)
}

impl Matcher<'_, '_> {
    /// A holiday, with "last", "next" or "this" before it: "Christmas", "last Thanksgiving".
    pub(super) fn holiday(&self, i: usize) -> Option<Found> {
        let offset = match self.word(i) {
            "last" => -1,
            "next" => 1,
            "this" => 0,
            _ => return self.named_holiday(i, None),
        };
        self.named_holiday(i + 1, Some(offset)).map(|f| Found { len: f.len + 1, ..f })
    }

    /// The holiday named at `i`; `offset` is the year it is in, relative to the anchor's
    /// occurrence (-1 the last one before, 1 the next one after, 0 this year's).
    fn named_holiday(&self, i: usize, offset: Option<i32>) -> Option<Found> {
        if !self.capitalised(i) {
            return None;
        }
        let (words, rule) = HOLIDAYS.iter().find(|(words, _)| self.phrase(i, words))?;
        let len = words.len();
        let date = match (offset, self.anchor()) {
            (None, Some(_)) => self.nearest_day(|year| rule.date(year), i, len),
            (Some(0), Some(anchor)) => rule.date(anchor.year),
            (Some(step), Some(anchor)) => {
                let years = anchor.year - 1..=anchor.year + 1;
                let dates = years.filter_map(|year| rule.date(year));
                if step < 0 {
                    dates.filter(|d| d.day_number() < anchor.day_number()).max()
                } else {
                    dates.filter(|d| d.day_number() > anchor.day_number()).min()
                }
            }
            (_, None) => None,
        };
        // "Easter week", "the Thanksgiving weekend": the week or weekend the holiday falls in.
        let period = match self.word(i + len) {
            "week" => Some(Unit::Week),
            "weekend" => Some(Unit::Weekend),
            _ => None,
        };
        Some(match (date, period) {
            (Some(date), Some(unit)) => Found::date(len + 1, Point::Day(date).at(unit)),
            (None, Some(unit)) => {
                let value = if unit == Unit::Week { "XXXX-WXX" } else { "XXXX-WXX-WE" };
                Found::new(len + 1, Label::Date, value)
            }
            (Some(date), None) => Found::date(len, Point::Day(date)),
            (None, None) => Found::new(len, Label::Date, "XXXX-XX-XX"),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn computed_holidays_fall_on_their_days() {
        let day = |rule: Rule, year| rule.date(year).map(|d| d.iso());
        assert_eq!(easter_sunday(2024).map(|d| d.iso()).as_deref(), Some("2024-03-31"));
        assert_eq!(easter_sunday(2000).map(|d| d.iso()).as_deref(), Some("2000-04-23"));
        assert_eq!(day(Rule::Easter(-2), 2025).as_deref(), Some("2025-04-18"));
        assert_eq!(
            day(Rule::NthWeekday { month: 11, weekday: 4, n: 4 }, 1999).as_deref(),
            Some("1999-11-25")
        );
        assert_eq!(day(Rule::NthWeekday { month: 5, weekday: 1, n: 5 }, 2024).as_deref(), Some("2024-05-27"));
        assert_eq!(day(Rule::NthWeekday { month: 9, weekday: 1, n: 1 }, 2024).as_deref(), Some("2024-09-02"));
        assert_eq!(day(Rule::UsElection, 2016).as_deref(), Some("2016-11-08"));
        assert_eq!(day(Rule::UsElection, 2020).as_deref(), Some("2020-11-03"));
    }

    #[test]
    fn first_words_are_unique_prefixes_in_order() {
        // A longer name must come before a shorter one it begins with, or it is never matched.
        for (k, (words, _)) in HOLIDAYS.iter().enumerate() {
            for (shorter, _) in &HOLIDAYS[..k] {
                assert!(!words.starts_with(shorter), "{words:?} comes after {shorter:?}");
            }
        }
    }
}
