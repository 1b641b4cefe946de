//! Vague references: "now", "recently", "the future", "these days" (PRESENT_REF, PAST_REF,
//! FUTURE_REF).

use super::*;

impl Matcher<'_, '_> {
    /// Vague references: "now", "currently", "recently", "the past", "the future", "soon",
    /// "recent years", "the coming months".
    pub(super) fn vague(&self, i: usize) -> Option<Found> {
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
}
