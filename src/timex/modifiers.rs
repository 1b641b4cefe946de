//! Modifiers that extend a match to the left: "early", "nearly", "the end of", "mid-", "the
//! week of".

use super::*;

impl Matcher<'_, '_> {
    /// A match extended by a modifier on its left: "early next year", "nearly two years",
    /// "the end of 1990", "the first half of 2024".
    pub(super) fn modified(&self, i: usize) -> Option<Found> {
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
        // "the week of March 6": the week that holds the day.
        if word == "the" && self.phrase(i + 1, &["week", "of"]) {
            return inner(3, &is_point).and_then(|f| match f.point {
                Some(Point::Day(date)) => {
                    let (year, week) = date.iso_week();
                    Some(Found::date(f.len, Point::Week(year, week)))
                }
                _ => None,
            });
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
}
