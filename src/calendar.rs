//! Calendar dates: a small [`Date`] type and a parser for the absolute dates that headers and
//! datelines print ("2024-12-13", "December 13, 2024", "13 Dec 2024", "Friday, Dec. 13, 2024",
//! "12/13/2024").
//!
//! ```
//! use article_annotator::calendar::parse_date;
//! assert_eq!(parse_date("Friday, Dec. 13, 2024").map(|d| d.iso()), Some("2024-12-13".to_string()));
//! assert_eq!(parse_date("13 December 2024 10:32 GMT").map(|d| d.iso()), Some("2024-12-13".to_string()));
//! assert_eq!(parse_date("no date here"), None);
//! ```

use crate::tokenize::lower_case;

/// A day of the proleptic Gregorian calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// Year, e.g. 2024.
    pub year: i32,
    /// Month, 1 to 12.
    pub month: u32,
    /// Day of the month, 1 to 31.
    pub day: u32,
}

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Every spelling [`month_number`] reads, in lower case, with its month: the names, their
/// first three letters and "sept".
pub fn month_spellings() -> impl Iterator<Item = (&'static str, u32)> {
    (1..).zip(MONTHS).flat_map(|(month, name)| [(name, month), (&name[..3], month)]).chain([("sept", 9)])
}

/// The month (1–12) named by a word: full names and the usual abbreviations ("Sept", "Dec.").
pub fn month_number(word: &str) -> Option<u32> {
    let lower = lower_case(word.trim_end_matches('.'));
    month_spellings().find(|&(spelling, _)| spelling == lower.as_ref()).map(|(_, month)| month)
}

/// Number of days in a month.
pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

impl Date {
    /// A date, if the day exists.
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        ((1..=12).contains(&month)
            && day >= 1
            && day <= days_in_month(year, month)
            && (1000..=9999).contains(&year))
        .then_some(Date { year, month, day })
    }

    /// ISO 8601 form, `YYYY-MM-DD`.
    pub fn iso(&self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// Days since 1970-01-01 (negative before it).
    pub fn day_number(&self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let year = i64::from(self.year) - i64::from(self.month <= 2);
        let era = year.div_euclid(400);
        let year_of_era = year - era * 400;
        let month = i64::from(self.month);
        let day_of_year = (153 * (month + if month > 2 { -3 } else { 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
        era * 146_097 + day_of_era - 719_468
    }

    /// The date `days` after 1970-01-01, if it has a four-digit year.
    pub fn from_day_number(days: i64) -> Option<Date> {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let day_of_era = z - era * 146_097;
        let year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
        let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
        let mp = (5 * day_of_year + 2) / 153;
        let day = (day_of_year - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = year_of_era + era * 400 + i64::from(month <= 2);
        Date::new(i32::try_from(year).ok()?, month, day)
    }

    /// The date `days` later (earlier when negative), if it has a four-digit year.
    pub fn add_days(&self, days: i64) -> Option<Date> {
        Date::from_day_number(self.day_number() + days)
    }

    /// The same day of the month `months` later, clamped to the month's last day.
    pub fn add_months(&self, months: i32) -> Option<Date> {
        let index = self.year * 12 + self.month as i32 - 1 + months;
        let (year, month) = (index.div_euclid(12), index.rem_euclid(12) as u32 + 1);
        Date::new(year, month, self.day.min(days_in_month(year, month)))
    }

    /// ISO weekday: 1 for Monday to 7 for Sunday.
    pub fn weekday(&self) -> u32 {
        // 1970-01-01 was a Thursday.
        ((self.day_number() + 3).rem_euclid(7) + 1) as u32
    }

    /// ISO 8601 week-numbering year and week.
    pub fn iso_week(&self) -> (i32, u32) {
        let thursday = self.add_days(4 - i64::from(self.weekday())).unwrap_or(*self);
        let first = Date { year: thursday.year, month: 1, day: 1 };
        (thursday.year, ((thursday.day_number() - first.day_number()) / 7 + 1) as u32)
    }

    /// The quarter of the year, 1 to 4.
    pub fn quarter(&self) -> u32 {
        (self.month - 1) / 3 + 1
    }
}

fn number(word: &str) -> Option<u32> {
    let digits = word.trim_end_matches([',', '.']);
    let digits =
        digits.trim_end_matches("st").trim_end_matches("nd").trim_end_matches("rd").trim_end_matches("th");
    (!digits.is_empty() && digits.len() <= 4 && digits.chars().all(|c| c.is_ascii_digit()))
        .then(|| digits.parse().ok())
        .flatten()
}

/// A date written with digits only: `2024-12-13`, `12/13/2024`, `13.12.2024`.
pub fn numeric_date(word: &str) -> Option<Date> {
    let word = word.trim_end_matches([',', '.']);
    for separator in ['-', '/', '.'] {
        let parts: Vec<&str> = word.split(separator).collect();
        if parts.len() != 3 || !parts.iter().all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit())) {
            continue;
        }
        let n: Vec<u32> = parts.iter().filter_map(|p| p.parse().ok()).collect();
        if n.len() != 3 {
            continue;
        }
        return if parts[0].len() == 4 {
            Date::new(n[0] as i32, n[1], n[2])
        } else if parts[2].len() == 4 && separator == '/' {
            // Month first, as US news writes it; fall back to day first when that is impossible.
            Date::new(n[2] as i32, n[0], n[1]).or_else(|| Date::new(n[2] as i32, n[1], n[0]))
        } else if parts[2].len() == 4 {
            Date::new(n[2] as i32, n[1], n[0])
        } else {
            None
        };
    }
    None
}

/// The first full absolute date (year, month and day) in `text`.
pub fn parse_date(text: &str) -> Option<Date> {
    let words = date_words(text);
    for (i, word) in words.iter().enumerate() {
        if let Some(date) = numeric_date(word) {
            return Some(date);
        }
        let next = |k: usize| words.get(i + k).copied().unwrap_or("");
        if let Some(month) = month_number(word.trim_end_matches(',')) {
            // December 13, 2024
            if let (Some(day), Some(year)) = (number(next(1)), number(next(2))) {
                if let Some(date) = Date::new(year as i32, month, day) {
                    return Some(date);
                }
            }
        }
        if let (Some(day), Some(month)) = (number(word), month_number(next(1).trim_end_matches(','))) {
            // 13 December 2024
            if let Some(date) = number(next(2)).and_then(|year| Date::new(year as i32, month, day)) {
                return Some(date);
            }
        }
    }
    None
}

/// The words of a header or dateline, brackets counted as spaces ("Dec 12 (Reuters)").
fn date_words(text: &str) -> Vec<&str> {
    text.split(|c: char| c.is_whitespace() || c == '(' || c == ')').filter(|w| !w.is_empty()).collect()
}

/// A day written without its year ("Dec 12", "March 3,", "12 December") in the year that makes
/// it the latest such day on or before `anchor`.
///
/// ```
/// use article_annotator::calendar::{parse_date_before, Date};
/// let anchor = Date::new(2025, 1, 10).unwrap();
/// assert_eq!(parse_date_before("ANKARA, Dec 12 (Reuters) -", anchor).unwrap().iso(), "2024-12-12");
/// assert_eq!(parse_date_before("LISBON, 3 January -", anchor).unwrap().iso(), "2025-01-03");
/// ```
pub fn parse_date_before(text: &str, anchor: Date) -> Option<Date> {
    let words = date_words(text);
    let month_day = words.windows(2).find_map(|pair| {
        let month = |word: &str| month_number(word.trim_end_matches(','));
        let day = |word: &str| number(word).filter(|d| (1..=31).contains(d));
        month(pair[0]).zip(day(pair[1])).or_else(|| month(pair[1]).zip(day(pair[0])))
    })?;
    let (month, day) = month_day;
    Date::new(anchor.year, month, day)
        .filter(|date| date.day_number() <= anchor.day_number())
        .or_else(|| Date::new(anchor.year - 1, month, day))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_common_spellings() {
        let cases = [
            ("2024-12-13", "2024-12-13"),
            ("Dec 13, 2024", "2024-12-13"),
            ("Sept. 3, 2024", "2024-09-03"),
            ("Published: 3rd March 2023", "2023-03-03"),
            ("12/13/2024", "2024-12-13"),
            ("13/12/2024", "2024-12-13"),
            ("13.12.2024", "2024-12-13"),
            ("Updated Feb 29, 2024 4:00 PM", "2024-02-29"),
        ];
        for (text, iso) in cases {
            assert_eq!(parse_date(text).map(|d| d.iso()).as_deref(), Some(iso), "{text}");
        }
        assert_eq!(parse_date("Feb 30, 2023"), None);
        assert_eq!(parse_date("May I say"), None);
    }

    #[test]
    fn arithmetic() {
        let date = Date::new(2024, 12, 13).unwrap();
        assert_eq!(date.weekday(), 5);
        assert_eq!(Date::from_day_number(date.day_number()), Some(date));
        assert_eq!(date.add_days(19).map(|d| d.iso()).as_deref(), Some("2025-01-01"));
        assert_eq!(date.add_days(-13 - 30).map(|d| d.iso()).as_deref(), Some("2024-10-31"));
        assert_eq!(
            Date::new(2024, 3, 31).unwrap().add_months(-1).map(|d| d.iso()).as_deref(),
            Some("2024-02-29")
        );
        assert_eq!(date.iso_week(), (2024, 50));
        assert_eq!(Date::new(2024, 12, 30).unwrap().iso_week(), (2025, 1));
        assert_eq!(Date::new(2021, 1, 3).unwrap().iso_week(), (2020, 53));
        assert_eq!(date.quarter(), 4);
        assert_eq!(Date::new(1970, 1, 1).unwrap().day_number(), 0);
    }
}
