//! Calendar dates and years: "December 12", "12/12/2024", "Thursday, Dec. 12", "1995", "the
//! 1990s"; and how a weekday or month without a year is placed.

use super::*;

impl Matcher<'_, '_> {
    /// A word that names a day relative to the anchor: a weekday, today, yesterday, tomorrow.
    pub(super) fn day_word(&self, i: usize) -> Option<(usize, Option<Date>)> {
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
    pub(super) fn calendar_date(&self, i: usize) -> Option<Found> {
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
    pub(super) fn nearest_date(&self, month: u32, day: u32, i: usize, len: usize) -> Option<Date> {
        self.nearest_day(|year| Date::new(year, month, day), i, len)
    }

    /// The day `in_year(year)` of the anchor's year or the one before or after that is nearest
    /// to the anchor, with the tense deciding as for [`Matcher::nearest_date`].
    pub(super) fn nearest_day(
        &self,
        in_year: impl Fn(i32) -> Option<Date>,
        i: usize,
        len: usize,
    ) -> Option<Date> {
        let anchor = self.anchor()?;
        let candidates = (anchor.year - 1..=anchor.year + 1).filter_map(&in_year);
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
    pub(super) fn year_like(&self, i: usize) -> Option<Found> {
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

    /// Whether a four-digit number at `i` reads as a year rather than an amount: 1900–2099
    /// unless an amount's words stand around it ("$1990", "2000 people", "1990 to 2000 shares");
    /// an earlier year (1000–1899) only after a preposition that introduces years ("in 1898",
    /// "since 1776,") and before no lower-case word ("in 1500 cases" is an amount).
    pub(super) fn plausible_year(&self, i: usize) -> bool {
        let year: i32 = self.word(i).parse().unwrap_or(0);
        let before = if i == 0 { "" } else { self.word(i - 1) };
        let after = self.word(i + 1);
        let is_amount_before =
            matches!(before, "$" | "€" | "£" | "¥" | "#" | "no." | "number" | "about" | "some" | "than")
                || self.is_number_at(i.wrapping_sub(1));
        let is_amount_word = |word: &str| {
            Unit::parse(word).is_some() || matches!(word, "%" | "percent" | "people" | "shares" | "points")
        };
        // "1990 to 2000 people" is a range of amounts; "from 1991 to 1997" and "in 1980 to
        // more than 300,000" are years.
        let is_amount_range = after == "to" && self.is_number_at(i + 2) && {
            let next: i32 = self.word(i + 2).parse().unwrap_or(0);
            !((1000..=2099).contains(&next) && next > year && !is_amount_word(self.word(i + 3)))
        };
        // "1984 - 85" is a score or a range; "in 1984 -- part of a plan" is a year.
        let is_unit_after = is_amount_word(after)
            || is_amount_range
            || (after == "-" && self.is_number_at(i + 2))
            || self.is_number_at(i + 1);
        let is_old_year = (1000..1900).contains(&year)
            && matches!(
                before,
                "in" | "since" | "from" | "until" | "till" | "by" | "before" | "after" | "between"
            )
            && !after.starts_with(|c: char| {
                c.is_lowercase() && c.is_alphabetic() && !matches!(after, "and" | "to")
            });
        ((1900..=2099).contains(&year) || is_old_year) && !is_amount_before && !is_unit_after
    }

    /// A weekday resolved against the anchor: `offset` −1 for "last", 1 for "next", 0 for the
    /// tense of the sentence.
    pub(super) fn weekday_date(&self, weekday: u32, offset: i32, i: usize, len: usize) -> Option<Date> {
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
            // "Wednesday's ruling": a day an article names by its events is past (TimeBank and
            // AQUAINT: 20 of 20 such days are the article's own or earlier).
            _ if self.word(i + len) == "'s" => -back,
            _ if self.tense(i, len) == Some(Tense::Future) => forward,
            _ => -back,
        };
        anchor.add_days(days)
    }

    /// A month without a year resolved against the anchor, like [`Self::weekday_date`].
    pub(super) fn month_point(&self, month: u32, offset: i32, i: usize, len: usize) -> Option<Point> {
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
}
