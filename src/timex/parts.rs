//! A TIMEX3 value read back into its parts, for readers of the value: the page's tooltip says
//! "Q3 2024" or "every week" and its timeline places "2024-Q3" at 1 July without parsing strings.
//!
//! ```
//! use article_annotator::timex::parts::{parts, TimexParts};
//! match parts("2024-Q3") {
//!     Some(TimexParts::Period { year, quarter, start, .. }) => {
//!         assert_eq!((year, quarter, start.as_deref()), (Some(2024), Some(3), Some("2024-07-01")));
//!     }
//!     other => panic!("{other:?}"),
//! }
//! ```

use serde::Serialize;

use crate::calendar::Date;

/// The parts of a TIMEX3 value.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum TimexParts {
    /// A point or period of the calendar ("2024-12-12", "2024-W50", "2024-Q3", "199", "XXXX-12").
    Period {
        /// The year, when the value names one.
        #[serde(skip_serializing_if = "Option::is_none")]
        year: Option<i32>,
        /// The first year of a decade ("199" → 1990).
        #[serde(skip_serializing_if = "Option::is_none")]
        decade: Option<i32>,
        /// The first year of a century ("19" → 1900).
        #[serde(skip_serializing_if = "Option::is_none")]
        century: Option<i32>,
        /// The month, 1 to 12.
        #[serde(skip_serializing_if = "Option::is_none")]
        month: Option<u32>,
        /// The day of the month.
        #[serde(skip_serializing_if = "Option::is_none")]
        day: Option<u32>,
        /// The ISO week.
        #[serde(skip_serializing_if = "Option::is_none")]
        week: Option<u32>,
        /// The weekday, 1 (Monday) to 7, of a weekly value ("XXXX-WXX-1": Mondays).
        #[serde(skip_serializing_if = "Option::is_none")]
        weekday: Option<u32>,
        /// The weekend of the week ("2024-W50-WE").
        #[serde(skip_serializing_if = "std::ops::Not::not")]
        weekend: bool,
        /// The quarter, 1 to 4.
        #[serde(skip_serializing_if = "Option::is_none")]
        quarter: Option<u32>,
        /// The half of the year, 1 or 2.
        #[serde(skip_serializing_if = "Option::is_none")]
        half: Option<u32>,
        /// The season: spring, summer, autumn or winter.
        #[serde(skip_serializing_if = "Option::is_none")]
        season: Option<&'static str>,
        /// The part of the day: morning, afternoon, evening, night or day.
        #[serde(skip_serializing_if = "Option::is_none")]
        part_of_day: Option<&'static str>,
        /// The time of day, `HH:MM`.
        #[serde(skip_serializing_if = "Option::is_none")]
        time: Option<String>,
        /// The first day of the period (`YYYY-MM-DD`), where the value fixes one: where a
        /// timeline places it.
        #[serde(skip_serializing_if = "Option::is_none")]
        start: Option<String>,
    },
    /// A length of time ("P3Y": 3 years; "P2Y6M": 2 years and 6 months; "PXM": some months).
    Length {
        /// Its parts, largest first.
        parts: Vec<LengthPart>,
    },
    /// A vague reference to the past, the present or the future.
    Reference {
        /// `past`, `present` or `future`.
        reference: &'static str,
    },
}

/// One part of a length of time.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LengthPart {
    /// How many units; absent when the value leaves it open ("PXY").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub amount: Option<f64>,
    /// The unit: second, minute, hour, day, week, weekend, month, quarter, year, decade, century.
    pub unit: &'static str,
}

/// The parts of a TIMEX3 value, or `None` when it is none we write.
pub fn parts(value: &str) -> Option<TimexParts> {
    match value {
        "PAST_REF" => return Some(TimexParts::Reference { reference: "past" }),
        "PRESENT_REF" => return Some(TimexParts::Reference { reference: "present" }),
        "FUTURE_REF" => return Some(TimexParts::Reference { reference: "future" }),
        _ => {}
    }
    match value.strip_prefix('P') {
        Some(length) => lengths(length).map(|parts| TimexParts::Length { parts }),
        None => period(value),
    }
}

/// The parts of a length after its `P`: `3Y`, `2Y6M`, `T4H`, `XW`.
fn lengths(mut rest: &str) -> Option<Vec<LengthPart>> {
    let mut parts = Vec::new();
    let mut in_time = false;
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix('T') {
            in_time = true;
            rest = after;
            continue;
        }
        let number_end =
            rest.find(|c: char| !(c.is_ascii_digit() || c == '.' || c == 'X')).unwrap_or(rest.len());
        let (number, after) = rest.split_at(number_end);
        let letters_end = after.find(|c: char| !c.is_ascii_uppercase() || c == 'T').unwrap_or(after.len());
        let (letters, after) = after.split_at(letters_end);
        let unit = match (letters, in_time) {
            ("S", _) => "second",
            ("M", true) => "minute",
            ("H", _) => "hour",
            ("D", _) => "day",
            ("W", _) => "week",
            ("WE", _) => "weekend",
            ("M", false) => "month",
            ("Q", _) => "quarter",
            ("Y", _) => "year",
            ("DE" | "E", _) => "decade",
            ("CE" | "C", _) => "century",
            _ => return None,
        };
        let amount = match number {
            "X" => None,
            digits => Some(digits.parse::<f64>().ok()?),
        };
        parts.push(LengthPart { amount, unit });
        rest = after;
    }
    (!parts.is_empty()).then_some(parts)
}

/// A number made of digits, or `None` for a wildcard of `X`s (or anything else).
fn number(text: &str) -> Option<u32> {
    text.bytes().all(|b| b.is_ascii_digit()).then(|| text.parse().ok()).flatten()
}

/// The parts of a calendar value: a date part, then perhaps `T` and a time or a part of the day.
fn period(value: &str) -> Option<TimexParts> {
    let (date, time) = value.split_once('T').unwrap_or((value, ""));
    let mut fields = date.split('-');
    let year_field = fields.next()?;
    if year_field.is_empty()
        || year_field.len() > 4
        || !year_field.bytes().all(|b| b.is_ascii_digit() || b == b'X')
    {
        return None;
    }
    let known = number(year_field).map(|n| n as i32);
    let (mut year, mut decade, mut century) = (None, None, None);
    match year_field.len() {
        4 => year = known,
        3 => decade = known.map(|n| n * 10),
        2 => century = known.map(|n| n * 100),
        _ => return None,
    }
    let (mut month, mut day, mut week, mut weekday, mut weekend) = (None, None, None, None, false);
    let (mut quarter, mut half, mut season) = (None, None, None);
    match fields.next() {
        None => {}
        Some(field) if field.starts_with('W') => {
            week = number(&field[1..]);
            match fields.next() {
                Some("WE") => weekend = true,
                Some(d) => weekday = Some(number(d)?),
                None => {}
            }
        }
        Some(field) if field.starts_with('Q') => quarter = Some(number(&field[1..]).unwrap_or(0)),
        Some(field) if field.starts_with('H') => half = Some(number(&field[1..]).unwrap_or(0)),
        Some(field @ ("SP" | "SU" | "FA" | "WI")) => {
            season = Some(match field {
                "SP" => "spring",
                "SU" => "summer",
                "FA" => "autumn",
                _ => "winter",
            })
        }
        Some(field) if field.len() == 2 => {
            month = number(field);
            day = match fields.next() {
                Some(d) => number(d),
                None => None,
            };
        }
        Some(_) => return None,
    }
    if fields.next().is_some() {
        return None;
    }
    // Wildcards read as unknown, zero (Q0, H0) as no such part.
    let quarter = quarter.filter(|q| (1..=4).contains(q));
    let half = half.filter(|h| (1..=2).contains(h));
    let part_of_day = match time {
        "MO" => Some("morning"),
        "AF" => Some("afternoon"),
        "EV" => Some("evening"),
        "NI" => Some("night"),
        "DT" => Some("day"),
        _ => None,
    };
    let clock =
        time.get(..5).filter(|t| t.as_bytes().get(2) == Some(&b':') && t.get(..2).and_then(number).is_some());
    let start = start_day(year.or(decade).or(century), month, day, week, quarter, half, season);
    Some(TimexParts::Period {
        year,
        decade,
        century,
        month,
        day,
        week,
        weekday,
        weekend,
        quarter,
        half,
        season,
        part_of_day,
        time: clock.map(str::to_string),
        start: start.map(|d| d.iso()),
    })
}

/// The first day of a period that starts in `year`.
fn start_day(
    year: Option<i32>,
    month: Option<u32>,
    day: Option<u32>,
    week: Option<u32>,
    quarter: Option<u32>,
    half: Option<u32>,
    season: Option<&str>,
) -> Option<Date> {
    let year = year?;
    if let Some(week) = week {
        // The Monday of ISO week w is 7(w − 1) days after the Monday on or before 4 January.
        let january_4 = Date::new(year, 1, 4)?;
        let monday = january_4.add_days(1 - i64::from(january_4.weekday()))?;
        return monday.add_days(7 * (i64::from(week) - 1));
    }
    let first_month = match (month, quarter, half, season) {
        (Some(month), ..) => month,
        (_, Some(quarter), ..) => quarter * 3 - 2,
        (_, _, Some(half), _) => half * 6 - 5,
        (_, _, _, Some(season)) => match season {
            "spring" => 3,
            "summer" => 6,
            "autumn" => 9,
            _ => 12,
        },
        _ => 1,
    };
    Date::new(year, first_month, day.unwrap_or(1))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn start(value: &str) -> Option<String> {
        match parts(value)? {
            TimexParts::Period { start, .. } => start,
            _ => None,
        }
    }

    #[test]
    fn periods_start_on_their_first_day() {
        assert_eq!(start("2024-12-12").as_deref(), Some("2024-12-12"));
        assert_eq!(start("2024-12-12T14:30").as_deref(), Some("2024-12-12"));
        assert_eq!(start("2024-12").as_deref(), Some("2024-12-01"));
        assert_eq!(start("2024-Q3").as_deref(), Some("2024-07-01"));
        assert_eq!(start("2024-H2").as_deref(), Some("2024-07-01"));
        assert_eq!(start("2024-SU").as_deref(), Some("2024-06-01"));
        assert_eq!(start("2024-W01").as_deref(), Some("2024-01-01"));
        assert_eq!(start("2026-W01").as_deref(), Some("2025-12-29"));
        assert_eq!(start("2024").as_deref(), Some("2024-01-01"));
        assert_eq!(start("199").as_deref(), Some("1990-01-01"));
        assert_eq!(start("XXXX-12-12"), None);
        assert_eq!(start("XXXX-WXX-1"), None);
    }

    #[test]
    fn each_kind_of_value_has_its_parts() {
        assert_eq!(
            parts("P2Y6M"),
            Some(TimexParts::Length {
                parts: vec![
                    LengthPart { amount: Some(2.0), unit: "year" },
                    LengthPart { amount: Some(6.0), unit: "month" }
                ]
            })
        );
        assert_eq!(
            parts("PT30M"),
            Some(TimexParts::Length { parts: vec![LengthPart { amount: Some(30.0), unit: "minute" }] })
        );
        assert_eq!(
            parts("PXW"),
            Some(TimexParts::Length { parts: vec![LengthPart { amount: None, unit: "week" }] })
        );
        assert_eq!(parts("PRESENT_REF"), Some(TimexParts::Reference { reference: "present" }));
        let Some(TimexParts::Period { weekday, year, part_of_day, time, .. }) = parts("XXXX-WXX-1") else {
            panic!()
        };
        assert_eq!((weekday, year, part_of_day, time), (Some(1), None, None, None));
        let Some(TimexParts::Period { part_of_day, day, .. }) = parts("2024-12-12TNI") else { panic!() };
        assert_eq!((part_of_day, day), (Some("night"), Some(12)));
        for nonsense in ["", "P", "PZZ", "2024-13-99-1", "hello", "20245", "2024-W"] {
            let Some(TimexParts::Period { start, .. }) = parts(nonsense) else { continue };
            assert!(start.is_none() || nonsense == "2024-W", "{nonsense}: {start:?}");
        }
    }
}
