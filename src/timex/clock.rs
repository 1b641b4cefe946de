//! Times of day: "3:30 p.m.", "noon", "10 o'clock", "14:00 GMT".

use super::*;

impl Matcher<'_, '_> {
    /// A time of day: "3:30 p.m. EST", "10 a.m.", "noon Thursday", "midnight".
    pub(super) fn clock(&self, i: usize) -> Option<Found> {
        let word = self.word(i);
        let (mut hour, mut minute, mut len, explicit) = if let Some((h, m)) = word.split_once(':') {
            let (h, m): (u32, u32) = (h.parse().ok()?, m.get(..2)?.parse().ok()?);
            (h, m, 1, true)
        } else if word == "noon" || word == "midday" {
            (12, 0, 1, true)
        } else if word == "midnight" {
            (24, 0, 1, true)
        } else {
            let h = self.digits(i).filter(|h| h.fract() == 0.0 && (1.0..=12.0).contains(h))? as u32;
            (h, 0, 1, false)
        };
        let meridiem = self.bare(i + 1).replace('.', "");
        if matches!(meridiem.as_str(), "am" | "pm") {
            if hour > 12 {
                return None;
            }
            hour = match (meridiem.as_str(), hour) {
                ("am", 12) => 0,
                ("pm", h) if h < 12 => h + 12,
                (_, h) => h,
            };
            len += 1;
        } else if self.word(i + 1) == "o'clock" {
            len += 1;
        } else if let Some(afternoon) = self.in_the_part_of_day(i + 1).filter(|_| !explicit && hour <= 12) {
            // "4 in the morning", "7 in the evening".
            hour = match (afternoon, hour) {
                (false, 12) => 0,
                (true, h) if h < 12 => h + 12,
                (_, h) => h,
            };
            len += 3;
        } else if !explicit {
            return None;
        }
        if hour > 24 || minute > 59 {
            return None;
        }
        let zone = TIME_ZONES.iter().find(|(name, _)| *name == self.bare(i + len)).map(|(_, offset)| *offset);
        if zone.is_some() {
            len += 1;
        }
        // The day it belongs to, when it follows: "10 p.m. Wednesday", "5 p.m. EST, Nov. 6".
        let day_at = |k: usize| {
            let date = self.calendar_date(k).and_then(|f| match f.point {
                Some(Point::Day(date)) => Some((f.len, Some(date))),
                _ => None,
            });
            // A weekday takes its direction from the words before the time ("until 9 a.m.
            // Tuesday" is still to come).
            let weekday = || self.weekday(k).map(|weekday| (1, self.weekday_date(weekday, 0, i, k + 1 - i)));
            date.or_else(weekday).or_else(|| self.day_word(k))
        };
        let day = (0..=1).find_map(|skip| {
            if skip == 1 && !matches!(self.word(i + len), "on" | ",") {
                return None;
            }
            day_at(i + len + skip).map(|(l, d)| (l + skip, d))
        });
        let date = match day {
            Some((day_len, date)) => {
                len += day_len;
                date
            }
            // "10:35 a.m. (0735 GMT) Friday": the day after a bracketed aside is the time's,
            // though no part of its words.
            None => self.day_after_aside(i + len).and_then(day_at).map_or_else(
                || self.context.last_day.and_then(|d| d.day()).or_else(|| self.anchor()),
                |(_, d)| d,
            ),
        };
        if hour == 24 {
            minute = 0;
        }
        let day_value = day_value(date);
        Some(Found::new(len, Label::Time, format!("{day_value}T{hour:02}:{minute:02}{}", zone.unwrap_or(""))))
    }

    /// Whether the words at `i` are "in the morning" (`Some(false)`) or "in the afternoon" /
    /// "in the evening" (`Some(true)`: after noon).
    fn in_the_part_of_day(&self, i: usize) -> Option<bool> {
        if !self.phrase(i, &["in", "the"]) {
            return None;
        }
        match self.word(i + 2) {
            "morning" => Some(false),
            "afternoon" | "evening" => Some(true),
            _ => None,
        }
    }

    /// The word after a short bracketed aside that opens at `i` ("(0735 GMT)"), if there is one.
    fn day_after_aside(&self, i: usize) -> Option<usize> {
        if self.word(i) != "(" {
            return None;
        }
        (i + 1..i + 6).find(|&k| self.word(k) == ")").map(|close| close + 1)
    }
}
