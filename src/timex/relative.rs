//! Expressions relative to the article's date: "yesterday", "last week", "next month",
//! "Friday", "this summer", "two years ago", "the day before".

use super::*;

impl Matcher<'_, '_> {
    /// Expressions relative to the anchor: "yesterday", "tonight", "last week", "this
    /// morning", "next month", "Friday", "last April", "this summer", "the weekend".
    pub(super) fn relative(&self, i: usize) -> Option<Found> {
        let anchor = self.anchor();
        let word = self.word(i);
        let part_of_day =
            |k: usize| PARTS_OF_DAY.iter().find(|(p, _)| *p == self.word(k)).map(|(_, code)| *code);
        // today, yesterday, tomorrow, tonight, with a part of the day.
        if word == "tonight" {
            let value = day_value(anchor);
            return Some(Found::new(1, Label::Time, format!("{value}TNI")));
        }
        if let Some((len, date)) = self.day_word(i).filter(|_| self.weekday(i).is_none()) {
            if let Some(code) = part_of_day(i + len) {
                let value = day_value(date);
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
                let value = day_value(date);
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
            let value = day_value(anchor);
            return Some(Found::new(start + 1 - i, Label::Time, format!("{value}T{code}")));
        }
        // "the next morning", "the following night": the part of the day after the last day
        // the article named.
        if let (Some(code), Some(1), 1) = (part_of_day(start), offset, the) {
            let day =
                self.context.last_day.or_else(|| anchor.map(Point::Day)).and_then(|d| d.shift(Unit::Day, 1));
            let value = day_value(day.and_then(|d| d.day()));
            return Some(Found::new(start + 1 - i, Label::Time, format!("{value}T{code}")));
        }
        if let (Some("NI"), Some(-1), 0) = (part_of_day(start), offset, the) {
            let value = day_value(anchor.and_then(|a| a.add_days(-1)));
            return Some(Found::new(2, Label::Time, format!("{value}TNI")));
        }
        self.calendar_unit(i, k, start, the == 1, offset)
    }

    /// Calendar units: "last week", "this year", "the past month", "the weekend" (the unit at
    /// token `start`, after "the" when `the`, and "last"/"this"/"next" at token `k` as `offset`).
    fn calendar_unit(
        &self,
        i: usize,
        k: usize,
        start: usize,
        the: bool,
        offset: Option<i32>,
    ) -> Option<Found> {
        let anchor = self.anchor();
        let (unit, plural) = self.unit(start)?;
        if plural || matches!(unit, Unit::Second | Unit::Minute | Unit::Hour) {
            return None;
        }
        if offset.is_none() && !(the && unit == Unit::Weekend) {
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
    pub(super) fn ago(&self, i: usize) -> Option<Found> {
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
        // In an article about quarters, "a year ago" is that quarter a year before (the
        // comparison of results); "three years ago" is a year, counted from the article's.
        let base = match (unit, self.context.last_quarter) {
            (Unit::Year, Some(quarter)) if count.abs() == 1 => Some(quarter),
            _ => self.anchor().map(|a| Point::Day(a).at(unit)),
        };
        let point = base.and_then(|p| p.shift(unit, count));
        Some(self.relative_found(len, Label::Date, point, "XXXX").derived())
    }

    /// "that year", "that quarter": the last year or quarter the article named; "later in the
    /// day", "for the week", "by year's end": the day, week, month or year of the article.
    pub(super) fn anaphoric(&self, i: usize) -> Option<Found> {
        let point = match (self.word(i), self.word(i + 1)) {
            // "by year's end", like "year-end": the article's year.
            ("year", "'s") if self.word(i + 2) == "end" => {
                let point = self.anchor().map(|a| Point::Year(a.year));
                return Some(self.relative_found(3, Label::Date, point, "XXXX"));
            }
            ("that", "year") => self.context.last_year?,
            ("that", "quarter") => self.context.last_quarter?,
            // "earlier that day", "later that year", "that same week": the day, week, month or
            // year of the last one the article named.
            ("earlier" | "later", "that") | ("that", "same") => return self.same_time_as_named(i, 2),
            // "the day before Thanksgiving", "the day after last Tuesday's hearing": one day
            // from the day named right after.
            ("the", "day") if matches!(self.word(i + 2), "before" | "after") => {
                let named = self.longest(i + 3)?;
                let Some(Point::Day(date)) = named.point else {
                    return None;
                };
                let step = if self.word(i + 2) == "before" { -1 } else { 1 };
                return Some(Found::date(3 + named.len, Point::Day(date.add_days(step)?)).derived());
            }
            ("the", noun @ ("day" | "week" | "month")) => {
                let after_preposition = i > 0
                    && matches!(
                        self.word(i - 1),
                        "in" | "for" | "during" | "over" | "through" | "throughout" | "of"
                    );
                // "the day of the vote", "the day Friday": another expression says which day.
                let specified = matches!(
                    self.word(i + 2),
                    "of" | "before" | "after" | "when" | "that" | "ended" | "ending"
                ) || self.weekday(i + 2).is_some();
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

    /// "earlier that day", "later that morning", "that same year": the words `i..i + len`
    /// followed by a calendar unit or a part of the day, which takes the day, week, month or
    /// year the article named last (the article's own when it named none).
    fn same_time_as_named(&self, i: usize, len: usize) -> Option<Found> {
        let noun = self.word(i + len);
        let last_day = self.context.last_day.or_else(|| self.anchor().map(Point::Day));
        if let Some((_, code)) = PARTS_OF_DAY.iter().find(|(part, _)| *part == noun) {
            let day = day_value(last_day.and_then(|d| d.day()));
            return Some(Found::new(len + 1, Label::Time, format!("{day}T{code}")));
        }
        let (unit, false) = self.unit(i + len)? else {
            return None;
        };
        let named = self.context.last_named;
        let point = match (unit, named) {
            (Unit::Day | Unit::Week, _) => last_day.map(|day| day.at(unit)),
            (Unit::Month, Some(month @ Point::Month(..))) => Some(month),
            (Unit::Month, _) => last_day.map(|day| day.at(unit)),
            (Unit::Year, Some(point)) => point.year().map(Point::Year),
            (Unit::Year, None) => self.anchor().map(|a| Point::Year(a.year)),
            _ => return None,
        };
        Some(self.relative_found(len + 1, Label::Date, point, "XXXX").derived())
    }
}
