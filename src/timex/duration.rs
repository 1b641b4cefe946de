//! Lengths of time: "two years", "the past three months", "a decade", and hyphenated ones
//! ("five-year", "24-hour").

use super::*;

impl Matcher<'_, '_> {
    /// Lengths of time: "two years", "the past three months", "the first nine months",
    /// "several weeks", "a decade", "an hour and a half", "more than four hours".
    pub(super) fn length(&self, i: usize) -> Option<Found> {
        let mut k = i;
        let the = self.word(k) == "the";
        k += usize::from(the);
        let bounded = matches!(
            self.word(k),
            "past"
                | "last"
                | "next"
                | "first"
                | "coming"
                | "previous"
                | "following"
                | "final"
                | "initial"
                | "latest"
        );
        k += usize::from(bounded);
        // "half an hour", "half a year"
        if self.word(k) == "half" && matches!(self.word(k + 1), "a" | "an") {
            let (unit, _) = self.unit(k + 2)?;
            return Some(Found::new(k + 3 - i, Label::Duration, duration(Some(0.5), unit)));
        }
        let (amount_len, amount) = match self.amount(k) {
            Some(found) => found,
            // "the past week" is a date; "years" alone is a vague length after a preposition
            // or before "of" ("months of talks").
            None if !the && !bounded => {
                let (unit, plural) = self.unit(k)?;
                let before = if i == 0 { "" } else { self.word(i - 1) };
                let preposition =
                    matches!(before, "for" | "within" | "over" | "in" | "took" | "take" | "takes");
                let of_after = self.word(k + 1) == "of";
                return (plural && (preposition || of_after) && unit != Unit::Weekend)
                    .then(|| Found::new(1, Label::Duration, duration(None, unit)));
            }
            None => return None,
        };
        if the && !bounded && amount.exact().is_none() {
            return None;
        }
        k += amount_len;
        k += usize::from(matches!(
            self.word(k),
            "more" | "full" | "straight" | "consecutive" | "additional" | "trading" | "business" | "working"
        ));
        let (unit, plural) = self.unit(k)?;
        let singular_article = amount_len == 1 && matches!(self.word(k - 1), "a" | "an");
        if plural == singular_article && amount != Amount::Vague && !(plural && amount == Amount::Exact(1.0))
        {
            // "a years" is no length; "five year" (a "five year low") is.
            if plural {
                return None;
            }
        }
        let after = self.word(k + 1);
        let is_age = after == "old" || (after == "of" && self.word(k + 2) == "age");
        let is_fraction = unit == Unit::Quarter && !plural && after == "of";
        let is_ordinal = matches!(unit, Unit::Second)
            && !plural
            && self.words.get(k + 1).is_some_and(|w| w.kind == TokenKind::Word);
        let is_year = amount.exact().is_some_and(|n| n >= 1000.0) && !plural;
        if unit == Unit::Weekend || is_age || is_fraction || is_ordinal || is_year {
            return None;
        }
        let mut len = k + 1 - i;
        if self.phrase(i + len, &["and", "a", "half"]) {
            len += 3;
            return Some(Found::new(len, Label::Duration, duration(amount.exact().map(|n| n + 0.5), unit)));
        }
        Some(Found::new(len, Label::Duration, duration(amount.exact(), unit)))
    }

    /// Hyphenated words: "five-year", "two-week", "24-hour", "decade-long" (durations),
    /// "year-earlier", "mid-November", "mid-1996".
    pub(super) fn hyphenated(&self, i: usize) -> Option<Found> {
        let word = self.word(i);
        let parts: Vec<&str> = word.split('-').collect();
        if parts.len() < 2 {
            return None;
        }
        if matches!(parts[0], "mid" | "early" | "late") {
            let rest = &word[parts[0].len() + 1..];
            // "mid-afternoon yesterday", "mid-morning" ("late-night" is a kind of show).
            if let Some((_, code)) = PARTS_OF_DAY.iter().find(|(part, _)| rest == *part && parts[0] == "mid")
            {
                let (day_len, date) = self.day_word(i + 1).unwrap_or((0, self.anchor()));
                let day = day_value(date);
                return Some(Found::new(1 + day_len, Label::Time, format!("{day}T{code}")));
            }
            if let Some(month) = month_number(rest).filter(|_| rest.len() >= 3) {
                let point = self.month_point(month, 0, i, 1);
                return Some(self.relative_found(1, Label::Date, point, &format!("XXXX-{month:02}")));
            }
            if let Some(decade) = rest.strip_suffix('s').filter(|d| d.len() == 4 && d.ends_with('0')) {
                return Some(Found::date(1, Point::Decade(decade[..3].parse().ok()?)));
            }
            let year: i32 = rest.parse().ok().filter(|y| (1000..3000).contains(y))?;
            return Some(Found::date(1, Point::Year(year)));
        }
        if word == "year-end" {
            let point = self.anchor().map(|a| Point::Year(a.year));
            return Some(self.relative_found(1, Label::Date, point, "XXXX"));
        }
        if matches!(word, "year-earlier" | "year-ago") {
            let point = self
                .context
                .last_quarter
                .or_else(|| self.anchor().map(|a| Point::Day(a).at(Unit::Year)))
                .and_then(|p| p.shift(Unit::Year, -1));
            return Some(self.relative_found(1, Label::Date, point, "XXXX").derived());
        }
        // "day-long", "decades-long": as long as one, or several, of the unit.
        if let [unit, "long"] = parts.as_slice() {
            let (unit, plural) = Unit::parse(unit)?;
            let amount = (!plural).then_some(1.0);
            return Some(Found::new(1, Label::Duration, duration(amount, unit)));
        }
        // "five-year", "10-hour", "twenty-four-hour", "two-day-long". An age ("a 44-year-old
        // man", "the 50-year-old alliance") says how old something is, not when or for how long
        // something happens: no TIMEX3 (docs/timex-guidelines.md, "Not temporal expressions").
        let compound = parts.len() > 2 && TENS.contains(&parts[0]);
        let (amount, rest) = match compound {
            true => (number_word(&format!("{}-{}", parts[0], parts[1]))?, &parts[2..]),
            false => (parts[0].parse::<f64>().ok().or_else(|| number_word(parts[0]))?, &parts[1..]),
        };
        let (unit, plural) = Unit::parse(rest[0])?;
        let tail_ok = rest.len() == 1 || matches!(rest[1], "long" | "high" | "low");
        (!plural && tail_ok && unit != Unit::Weekend)
            .then(|| Found::new(1, Label::Duration, duration(Some(amount), unit)))
    }
}
