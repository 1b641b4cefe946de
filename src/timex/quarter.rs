//! Quarters and halves of the year: "the third quarter", "Q3 2024", "the year-ago period".

use super::*;

impl Matcher<'_, '_> {
    /// Quarters and halves of the year: "the third quarter", "third-quarter", "Q3 2024",
    /// "the year-earlier quarter", "the latest period", "the fiscal first quarter".
    pub(super) fn quarter(&self, i: usize) -> Option<Found> {
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
            return self.ordinal_quarter(i, k, quarter, hyphenated, year_shift, named_year);
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
        self.reporting_quarter(i, k, named_year, word)
    }

    /// "the third quarter (of 1989 | of this year | 1989)", "third-quarter", "this year's fourth
    /// quarter": quarter number `quarter` at token `k`.
    fn ordinal_quarter(
        &self,
        i: usize,
        k: usize,
        quarter: u32,
        hyphenated: bool,
        year_shift: Option<i32>,
        named_year: Option<i32>,
    ) -> Option<Found> {
        let anchor = self.anchor();
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
        Some(self.relative_found(len, Label::Date, point, &format!("XXXX-Q{quarter}")))
    }

    /// "the quarter", "the latest quarter", "the year-ago period", "the 1988 period": the quarter
    /// the article reports on, or one a year before it; `word` is the word at token `k`.
    fn reporting_quarter(
        &self,
        i: usize,
        mut k: usize,
        named_year: Option<i32>,
        word: &str,
    ) -> Option<Found> {
        let anchor = self.anchor();
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
}
