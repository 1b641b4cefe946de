//! Recurring times (TIMEX3 SET): "every Monday", "annually", "twice a week".

use super::*;

impl Matcher<'_, '_> {
    /// Recurring times: "every Monday", "each year", "daily", "annually", "Tuesdays",
    /// "twice a year", "$5 million a year".
    pub(super) fn set(&self, i: usize) -> Option<Found> {
        let word = self.word(i);
        let adverb = match word {
            "daily" | "nightly" => Some(duration(Some(1.0), Unit::Day)),
            "weekly" => Some(duration(Some(1.0), Unit::Week)),
            "monthly" => Some(duration(Some(1.0), Unit::Month)),
            "annually" | "yearly" => Some(duration(Some(1.0), Unit::Year)),
            "hourly" => Some(duration(Some(1.0), Unit::Hour)),
            _ => None,
        };
        // "daily flights" is an adjective, not a recurring time of its own; right after "a" or
        // a possessive it is ("a daily rally", "his weekly address", "on a daily basis"). After
        // "the" it is as often the newspaper ("the daily Granma").
        let adjective = self
            .words
            .get(i + 1)
            .is_some_and(|w| w.kind == TokenKind::Word && w.raw.chars().all(|c| c.is_ascii_lowercase()));
        let determined = i > 0
            && matches!(self.word(i - 1), "a" | "his" | "her" | "its" | "their" | "our" | "my" | "your");
        if let Some(value) = adverb.filter(|_| !adjective || determined || word == "annually") {
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
}
