//! Numbers and names the rules read: amounts ("2 1/2", "twenty-four", "a couple of"), units,
//! weekdays, months, day numbers and years.

use std::sync::LazyLock;

use rustc_hash::FxHashMap;

use super::*;

impl Matcher<'_, '_> {
    /// A number written with digits or words ("12", "2 1/2", "twenty-four", "a couple of",
    /// "several"), and how many words it takes.
    pub(super) fn amount(&self, i: usize) -> Option<(usize, Amount)> {
        let word = self.word(i);
        let vague = [
            &["a", "few"][..],
            &["a", "number", "of"],
            &["a", "couple", "of"],
            &["couple", "of"],
            &["dozens", "of"],
            &["hundreds", "of"],
        ];
        for phrase in vague {
            if self.phrase(i, phrase) {
                let amount = if phrase.contains(&"couple") { Amount::Exact(2.0) } else { Amount::Vague };
                return Some((phrase.len(), amount));
            }
        }
        if matches!(word, "several" | "few" | "many" | "some" | "numerous") {
            return Some((1, Amount::Vague));
        }
        if self.phrase(i, &["a", "dozen"]) {
            return Some((2, Amount::Exact(12.0)));
        }
        let (mut len, mut value) = if matches!(word, "a" | "an") {
            (1, 1.0)
        } else if let Some(n) = self.digits(i) {
            // "2 1/2"
            match self.word(i + 1).split_once('/') {
                Some(("1", "2")) => (2, n + 0.5),
                _ => (1, n),
            }
        } else if let Some(n) = number_word(word) {
            match (TENS.contains(&word), self.word(i + 1)) {
                (true, next) if ONES[1..10].contains(&next) => (2, n + number_word(next).unwrap_or(0.0)),
                _ => (1, n),
            }
        } else {
            return None;
        };
        if matches!(self.word(i + len), "hundred" | "thousand") {
            value *= if self.word(i + len) == "hundred" { 100.0 } else { 1000.0 };
            len += 1;
        }
        if self.phrase(i + len, &["and", "a", "half"]) {
            return Some((len + 3, Amount::Exact(value + 0.5)));
        }
        Some((len, Amount::Exact(value)))
    }

    /// A number written with digits: "12", "1,000", "2.5".
    pub(super) fn digits(&self, i: usize) -> Option<f64> {
        let word = self.words.get(i).filter(|w| w.kind == TokenKind::Number)?;
        let plain = word.lower.replace(',', "");
        plain.chars().all(|c| c.is_ascii_digit() || c == '.').then(|| plain.parse().ok()).flatten()
    }

    /// A unit of time, singular or plural.
    pub(super) fn unit(&self, i: usize) -> Option<(Unit, bool)> {
        Unit::parse(self.word(i))
    }

    /// A weekday (1–7) named in full or abbreviated with a period ("Thurs.").
    pub(super) fn weekday(&self, i: usize) -> Option<u32> {
        let word = self.word(i);
        if let Some(index) = WEEKDAYS.iter().position(|d| *d == word) {
            return Some(index as u32 + 1);
        }
        let abbreviated = word.ends_with('.') && self.capitalised(i);
        WEEKDAY_ABBREVIATIONS
            .iter()
            .position(|forms| abbreviated && forms.contains(&self.bare(i)))
            .map(|index| index as u32 + 1)
    }

    /// A month name, capitalised; "May" and "March" only where they cannot be a verb.
    pub(super) fn month(&self, i: usize) -> Option<u32> {
        if !self.capitalised(i) {
            return None;
        }
        let month = month_number(self.word(i))?;
        let word = self.bare(i);
        let abbreviated = word.len() <= 4 && !matches!(word, "may" | "june" | "july");
        let beside_number = self.day_number(i + 1).is_some()
            || self.year(i + 1).is_some()
            || (i > 0 && self.day_number(i - 1).is_some());
        if abbreviated && !self.word(i).ends_with('.') && !beside_number {
            // "Jan", "Sept" without a period only beside a number: "Dec 12", "12 Dec 2024".
            return None;
        }
        if matches!(word, "may" | "march") {
            let before = if i == 0 { "" } else { self.word(i - 1) };
            let next_is_date = self.day_number(i + 1).is_some() || self.year(i + 1).is_some();
            let after_preposition = matches!(
                before,
                "in" | "since"
                    | "until"
                    | "till"
                    | "by"
                    | "of"
                    | "last"
                    | "next"
                    | "this"
                    | "early"
                    | "late"
                    | "mid"
                    | "during"
                    | "from"
                    | "to"
                    | "through"
                    | "before"
                    | "after"
                    | "each"
                    | "every"
            );
            if !next_is_date && !after_preposition {
                return None;
            }
        }
        Some(month)
    }

    /// A day of the month written with digits, "12" or "12th".
    pub(super) fn day_number(&self, i: usize) -> Option<u32> {
        let word = self.word(i);
        let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        let suffix = &word[digits.len()..];
        let day: u32 = digits.parse().ok()?;
        (digits.len() <= 2 && (1..=31).contains(&day) && matches!(suffix, "" | "st" | "nd" | "rd" | "th"))
            .then_some(day)
    }

    /// A year: four digits (1000–2999) or spelled ("nineteen ninety-six"), and its length.
    pub(super) fn year(&self, i: usize) -> Option<(usize, i32)> {
        let word = self.words.get(i)?;
        if word.kind == TokenKind::Number && word.lower.len() == 4 {
            let year: i32 = word.lower.parse().ok()?;
            return (1000..3000).contains(&year).then_some((1, year));
        }
        let spelled_tail = |k: usize| {
            let tail = self.word(k);
            let (tens, ones) = tail.split_once('-').unwrap_or((tail, ""));
            let tens = TENS.iter().position(|t| *t == tens && !t.is_empty())? as i32;
            let ones =
                if ones.is_empty() { 0 } else { ONES[1..10].iter().position(|o| *o == ones)? as i32 + 1 };
            Some(tens * 10 + ones)
        };
        let century = match self.word(i) {
            "nineteen" => 1900,
            "eighteen" => 1800,
            "two" if self.word(i + 1) == "thousand" => {
                let rest = if self.word(i + 2) == "and" { i + 3 } else { i + 2 };
                return match number_word(self.word(rest)) {
                    Some(n) if n < 20.0 => Some((rest - i + 1, 2000 + n as i32)),
                    _ => Some((2, 2000)),
                };
            }
            _ => return None,
        };
        spelled_tail(i + 1).map(|tail| (2, century + tail))
    }
}

/// The value of a number word from "zero" to "ninety-nine".
///
/// ```
/// use article_annotator::timex::number_word;
/// assert_eq!(number_word("twenty-four"), Some(24.0));
/// assert_eq!(number_word("dozen"), None);
/// ```
pub fn number_word(word: &str) -> Option<f64> {
    NUMBER_WORDS.get(word).map(|&n| f64::from(n))
}

/// Every number word from "zero" to "ninety-nine" ([`ONES`], [`TENS`] and the hyphened
/// "twenty-four"), with its value: every token of an article is asked, so one look-up.
static NUMBER_WORDS: LazyLock<FxHashMap<String, u32>> = LazyLock::new(|| {
    let mut words: FxHashMap<String, u32> = (0..).zip(ONES).map(|(n, one)| (one.to_string(), n)).collect();
    for (tens, ten) in (0..).zip(TENS).filter(|(_, ten)| !ten.is_empty()) {
        words.insert(ten.to_string(), tens * 10);
        for (ones, one) in (1..).zip(&ONES[1..10]) {
            words.insert(format!("{ten}-{one}"), tens * 10 + ones);
        }
    }
    words
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn number_words_are_the_hundred_from_zero_to_ninety_nine() {
        assert_eq!(NUMBER_WORDS.len(), 100);
        let mut values: Vec<u32> = NUMBER_WORDS.values().copied().collect();
        values.sort_unstable();
        assert_eq!(values, (0..100).collect::<Vec<u32>>());
        for (word, value) in [("zero", 0.0), ("nineteen", 19.0), ("forty", 40.0), ("ninety-nine", 99.0)] {
            assert_eq!(number_word(word), Some(value), "{word}");
        }
        for word in ["twenty-zero", "twenty-ten", "ten-one", "Twenty", "hundred", "-", ""] {
            assert_eq!(number_word(word), None, "{word}");
        }
    }
}
