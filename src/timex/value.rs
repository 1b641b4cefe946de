//! TimeML (TIMEX3) values: points and periods of the calendar at their own granularity
//! ([`Point`]), lengths of time ([`duration`]) and the units that measure them ([`Unit`]).
//!
//! ```
//! use article_annotator::calendar::Date;
//! use article_annotator::timex::value::{duration, Point, Unit};
//! let dct = Date::new(2024, 12, 13).unwrap();
//! assert_eq!(Point::Day(dct).value(), "2024-12-13");
//! assert_eq!(Point::Day(dct).shift(Unit::Year, -2).map(|p| p.value()).as_deref(), Some("2022-12-13"));
//! assert_eq!(Point::Day(dct).at(Unit::Week).value(), "2024-W50");
//! assert_eq!(duration(Some(2.5), Unit::Year), "P2Y6M");
//! assert_eq!(duration(None, Unit::Hour), "PTXH");
//! ```

use crate::calendar::Date;

/// A unit of time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    /// A second.
    Second,
    /// A minute.
    Minute,
    /// An hour.
    Hour,
    /// A day.
    Day,
    /// A week.
    Week,
    /// A Saturday and Sunday.
    Weekend,
    /// Two weeks.
    Fortnight,
    /// A month.
    Month,
    /// Three months.
    Quarter,
    /// A year.
    Year,
    /// Ten years.
    Decade,
    /// A hundred years.
    Century,
}

/// The units' names in the singular; [`Unit::parse`] also reads each with an "s".
const UNIT_NAMES: [(&str, Unit); 16] = [
    ("second", Unit::Second),
    ("sec", Unit::Second),
    ("minute", Unit::Minute),
    ("min", Unit::Minute),
    ("hour", Unit::Hour),
    ("hr", Unit::Hour),
    ("day", Unit::Day),
    ("week", Unit::Week),
    ("weekend", Unit::Weekend),
    ("fortnight", Unit::Fortnight),
    ("month", Unit::Month),
    ("quarter", Unit::Quarter),
    ("year", Unit::Year),
    ("yr", Unit::Year),
    ("decade", Unit::Decade),
    ("century", Unit::Century),
];

impl Unit {
    /// The unit a word names, in the singular or plural ("years", "hrs").
    pub fn parse(word: &str) -> Option<(Unit, bool)> {
        let unit =
            |singular: &str| UNIT_NAMES.iter().find(|(name, _)| *name == singular).map(|&(_, unit)| unit);
        if word == "centuries" {
            return Some((Unit::Century, true));
        }
        unit(word).map(|u| (u, false)).or_else(|| unit(word.strip_suffix('s')?).map(|u| (u, true)))
    }

    /// Every word [`Unit::parse`] reads.
    pub fn spellings() -> impl Iterator<Item = String> {
        (UNIT_NAMES.iter().flat_map(|(name, _)| [name.to_string(), format!("{name}s")]))
            .chain(["centuries".to_string()])
    }

    /// How many of the duration letter's units it holds, and the letter (`Y`, `M`, `W`…).
    fn letters(self) -> (f64, &'static str) {
        match self {
            Unit::Second => (1.0, "S"),
            Unit::Minute => (1.0, "M"),
            Unit::Hour => (1.0, "H"),
            Unit::Day => (1.0, "D"),
            Unit::Week => (1.0, "W"),
            Unit::Weekend => (1.0, "WE"),
            Unit::Fortnight => (2.0, "W"),
            Unit::Month => (1.0, "M"),
            Unit::Quarter => (1.0, "Q"),
            Unit::Year => (1.0, "Y"),
            Unit::Decade => (10.0, "Y"),
            Unit::Century => (100.0, "Y"),
        }
    }

    /// Whether the unit is part of a day (written after `T` in a duration).
    fn is_clock(self) -> bool {
        matches!(self, Unit::Second | Unit::Minute | Unit::Hour)
    }
}

/// The TIMEX3 value of a day, or `XXXX-XX-XX` when it is not known (an article without a date).
pub fn day_value(date: Option<Date>) -> String {
    date.map_or_else(|| "XXXX-XX-XX".to_string(), |d| d.iso())
}

/// A TIMEX3 duration: `P3Y`, `PT2H`, `P2Y6M`; `None` for an unknown amount (`PXY`).
pub fn duration(amount: Option<f64>, unit: Unit) -> String {
    let (scale, letter) = unit.letters();
    let t = if unit.is_clock() { "T" } else { "" };
    let Some(amount) = amount.map(|a| a * scale).filter(|a| a.is_finite() && *a >= 0.0) else {
        let vague = match unit {
            Unit::Decade => "DE",
            Unit::Century => "CE",
            _ => letter,
        };
        return format!("P{t}X{vague}");
    };
    let whole = amount.trunc();
    let fraction = amount - whole;
    // Halves and quarters go into the next smaller unit: 2.5 years is P2Y6M.
    let smaller = match letter {
        "Y" => Some((12.0, "M")),
        "H" => Some((60.0, "M")),
        "D" => Some((24.0, "H")),
        "M" if !unit.is_clock() => None,
        "M" => Some((60.0, "S")),
        _ => None,
    };
    match smaller {
        Some((per, small)) if fraction > 0.0 && (fraction * per).fract() == 0.0 => {
            let t_small = if small == "H" || unit.is_clock() { "T" } else { "" };
            let head = if whole > 0.0 { format!("{whole}{letter}") } else { String::new() };
            let sep = if t_small == "T" && t.is_empty() { "T" } else { "" };
            format!("P{t}{head}{sep}{}{small}", fraction * per)
        }
        _ => format!("P{t}{amount}{letter}"),
    }
}

/// A season of the year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Season {
    /// March to May.
    Spring,
    /// June to August.
    Summer,
    /// September to November.
    Fall,
    /// December to February.
    Winter,
}

impl Season {
    /// The season a word names.
    pub fn parse(word: &str) -> Option<Season> {
        match word {
            "spring" => Some(Season::Spring),
            "summer" => Some(Season::Summer),
            "fall" | "autumn" => Some(Season::Fall),
            "winter" => Some(Season::Winter),
            _ => None,
        }
    }

    /// The season a date falls in.
    pub fn of(date: Date) -> Season {
        match date.month {
            3..=5 => Season::Spring,
            6..=8 => Season::Summer,
            9..=11 => Season::Fall,
            _ => Season::Winter,
        }
    }

    fn index(self) -> i32 {
        self as i32
    }

    fn code(self) -> &'static str {
        match self {
            Season::Spring => "SP",
            Season::Summer => "SU",
            Season::Fall => "FA",
            Season::Winter => "WI",
        }
    }
}

/// A point or period of the calendar at the granularity the text gives it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Point {
    /// A day.
    Day(Date),
    /// A month of a year.
    Month(i32, u32),
    /// A year.
    Year(i32),
    /// An ISO week of an ISO year.
    Week(i32, u32),
    /// The weekend of an ISO week.
    Weekend(i32, u32),
    /// A quarter (1–4) of a year.
    Quarter(i32, u32),
    /// A half (1–2) of a year.
    Half(i32, u32),
    /// A season of a year.
    Season(i32, Season),
    /// A decade, by its first three digits (199 for the 1990s).
    Decade(i32),
    /// A century, by its first two digits (19 for the 1900s).
    Century(i32),
}

impl Point {
    /// The TIMEX3 value.
    pub fn value(&self) -> String {
        match *self {
            Point::Day(date) => date.iso(),
            Point::Month(year, month) => format!("{year:04}-{month:02}"),
            Point::Year(year) => format!("{year:04}"),
            Point::Week(year, week) => format!("{year:04}-W{week:02}"),
            Point::Weekend(year, week) => format!("{year:04}-W{week:02}-WE"),
            Point::Quarter(year, quarter) => format!("{year:04}-Q{quarter}"),
            Point::Half(year, half) => format!("{year:04}-H{half}"),
            Point::Season(year, season) => format!("{year:04}-{}", season.code()),
            Point::Decade(decade) => format!("{decade:03}"),
            Point::Century(century) => format!("{century:02}"),
        }
    }

    /// The day the point is, when it is one.
    pub fn day(&self) -> Option<Date> {
        match *self {
            Point::Day(date) => Some(date),
            _ => None,
        }
    }

    /// The year the point lies in, when it lies in one.
    pub fn year(&self) -> Option<i32> {
        match *self {
            Point::Day(date) => Some(date.year),
            Point::Month(year, _)
            | Point::Year(year)
            | Point::Week(year, _)
            | Point::Weekend(year, _)
            | Point::Quarter(year, _)
            | Point::Half(year, _)
            | Point::Season(year, _) => Some(year),
            Point::Decade(_) | Point::Century(_) => None,
        }
    }

    /// A day as the point of the given unit that holds it ("the week of 2024-12-13").
    pub fn at(&self, unit: Unit) -> Point {
        let Point::Day(date) = *self else {
            return *self;
        };
        match unit {
            Unit::Week | Unit::Fortnight => {
                let (year, week) = date.iso_week();
                Point::Week(year, week)
            }
            Unit::Weekend => {
                let (year, week) = date.iso_week();
                Point::Weekend(year, week)
            }
            Unit::Month => Point::Month(date.year, date.month),
            Unit::Quarter => Point::Quarter(date.year, date.quarter()),
            Unit::Year => Point::Year(date.year),
            Unit::Decade => Point::Decade(date.year.div_euclid(10)),
            Unit::Century => Point::Century(date.year.div_euclid(100)),
            Unit::Second | Unit::Minute | Unit::Hour | Unit::Day => *self,
        }
    }

    /// The point `count` units later (earlier when negative), keeping this point's granularity
    /// where it is coarser than the unit.
    pub fn shift(&self, unit: Unit, count: i64) -> Option<Point> {
        let months = |n: i64| i32::try_from(n).ok();
        let shift_months = |year: i32, month: u32, n: i32| {
            let index = year * 12 + month as i32 - 1 + n;
            (index.div_euclid(12), index.rem_euclid(12) as u32 + 1)
        };
        let in_months = match unit {
            Unit::Month => Some(count),
            Unit::Quarter => Some(3 * count),
            Unit::Year => Some(12 * count),
            Unit::Decade => Some(120 * count),
            Unit::Century => Some(1200 * count),
            _ => None,
        };
        let days = match unit {
            Unit::Day => Some(count),
            Unit::Week | Unit::Weekend => Some(7 * count),
            Unit::Fortnight => Some(14 * count),
            _ => None,
        };
        Some(match *self {
            Point::Day(date) => match (in_months, days) {
                (Some(n), _) => Point::Day(date.add_months(months(n)?)?),
                (_, Some(n)) => Point::Day(date.add_days(n)?),
                _ => *self,
            },
            Point::Week(..) | Point::Weekend(..) => {
                let monday = self.first_day()?;
                let shifted = match (in_months, days) {
                    (Some(n), _) => monday.add_months(months(n)?)?,
                    (_, Some(n)) => monday.add_days(n)?,
                    _ => monday,
                };
                let (year, week) = shifted.iso_week();
                if matches!(self, Point::Weekend(..)) {
                    Point::Weekend(year, week)
                } else {
                    Point::Week(year, week)
                }
            }
            Point::Month(year, month) => {
                let (year, month) = shift_months(year, month, months(in_months?)?);
                Point::Month(year, month)
            }
            Point::Quarter(year, quarter) => {
                let (year, month) = shift_months(year, quarter * 3 - 2, months(in_months? / 3 * 3)?);
                Point::Quarter(year, (month - 1) / 3 + 1)
            }
            Point::Half(year, half) => {
                let (year, month) = shift_months(year, half * 6 - 5, months(in_months? / 6 * 6)?);
                Point::Half(year, (month - 1) / 6 + 1)
            }
            Point::Season(year, season) => Point::Season(year + months(in_months? / 12)?, season),
            Point::Year(year) => Point::Year(year + months(in_months? / 12)?),
            Point::Decade(decade) => Point::Decade(decade + months(in_months? / 120)?),
            Point::Century(century) => Point::Century(century + months(in_months? / 1200)?),
        })
    }

    /// The first day of a week.
    fn first_day(&self) -> Option<Date> {
        let (Point::Week(year, week) | Point::Weekend(year, week)) = *self else {
            return None;
        };
        // The Monday of ISO week 1 is the Monday on or before January 4.
        let january_4 = Date::new(year, 1, 4)?;
        january_4.add_days(1 - i64::from(january_4.weekday()) + 7 * (i64::from(week) - 1))
    }

    /// The season `season` relative to `date`: the one before `date`'s season (`offset` < 0,
    /// "last winter"), the one after it (`offset` > 0, "next winter") or the one in `date`'s
    /// year (`offset` 0, "this winter").
    pub fn season(date: Date, season: Season, offset: i32) -> Point {
        // Winter belongs to the year in which it starts (December).
        let current_year = if date.month <= 2 { date.year - 1 } else { date.year };
        let current = current_year * 4 + Season::of(date).index();
        let year = match offset {
            0 => date.year,
            n if n < 0 => (current - 1 - season.index()).div_euclid(4),
            _ => (current - season.index()).div_euclid(4) + 1,
        };
        Point::Season(year, season)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> Date {
        Date::new(y, m, d).unwrap()
    }

    #[test]
    fn durations() {
        assert_eq!(duration(Some(3.0), Unit::Year), "P3Y");
        assert_eq!(duration(Some(2.0), Unit::Hour), "PT2H");
        assert_eq!(duration(Some(1.0), Unit::Decade), "P10Y");
        assert_eq!(duration(Some(1.5), Unit::Minute), "PT1M30S");
        assert_eq!(duration(Some(1.5), Unit::Day), "P1DT12H");
        assert_eq!(duration(Some(0.5), Unit::Hour), "PT30M");
        assert_eq!(duration(None, Unit::Week), "PXW");
        assert_eq!(duration(None, Unit::Decade), "PXDE");
    }

    #[test]
    fn shifts_keep_granularity() {
        let dct = Point::Day(day(2024, 12, 13));
        assert_eq!(dct.shift(Unit::Day, -1).unwrap().value(), "2024-12-12");
        assert_eq!(dct.at(Unit::Month).shift(Unit::Month, -1).unwrap().value(), "2024-11");
        assert_eq!(dct.at(Unit::Week).shift(Unit::Week, -1).unwrap().value(), "2024-W49");
        assert_eq!(Point::Week(2025, 1).shift(Unit::Week, -1).unwrap().value(), "2024-W52");
        assert_eq!(Point::Quarter(2024, 1).shift(Unit::Year, -1).unwrap().value(), "2023-Q1");
        assert_eq!(Point::Quarter(2024, 1).shift(Unit::Quarter, -1).unwrap().value(), "2023-Q4");
        assert_eq!(dct.at(Unit::Decade).shift(Unit::Decade, -1).unwrap().value(), "201");
    }

    #[test]
    fn seasons_relative_to_a_date() {
        let january = day(1998, 1, 8);
        assert_eq!(Point::season(january, Season::Fall, -1).value(), "1997-FA");
        assert_eq!(Point::season(january, Season::Summer, 0).value(), "1998-SU");
        let november = day(1989, 11, 2);
        assert_eq!(Point::season(november, Season::Summer, -1).value(), "1989-SU");
        assert_eq!(Point::season(november, Season::Summer, 1).value(), "1990-SU");
        assert_eq!(Point::season(november, Season::Fall, -1).value(), "1988-FA");
    }
}
