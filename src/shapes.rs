//! Shapes of hostile input, and what annotating them costs as they grow.
//!
//! A shape is a pattern that can be made any size: a run of one mark (`.....`), two marks in
//! turn (`.!.!.!`), a short token over and over (`Mr. Mr. Mr.`), one endless sentence, brackets
//! nested a thousand deep. Real text holds such runs (dotted leaders, `!!!!!`, ASCII rules,
//! scraped pages), and a pass that is not linear shows it on them first. [`cost`] annotates a
//! shape at `n` and at `4n` bytes (and at `16n` to confirm a step that grew too fast); linear
//! work costs about 4× the time at each step, quadratic work 16×.
//!
//! The release-build test `tests/hostile.rs` bounds the ratio over [`all`] shapes in executed
//! instructions, which valgrind's callgrind counts around `article-annotator bench-shapes
//! --annotate-once` (a count is the same on a busy machine; a time is not);
//! `article-annotator bench-shapes` times them and prints the table (and searches random
//! compositions of shapes with `--search`).
//!
//! ```
//! use article_annotator::shapes::{all, Pattern};
//! let shapes = all();
//! let dots = shapes.iter().find(|s| s.name == r#"run of ".""#).unwrap();
//! assert_eq!(dots.text(10), "..........");
//! assert!(matches!(dots.pattern, Pattern::Repeat(_)));
//! ```

use std::time::Instant;

use crate::pipeline::{Annotator, Options};

/// How a shape grows to a given size.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Pattern {
    /// One unit, repeated.
    Repeat(String),
    /// `open` repeated, then `inner` once, then `close` repeated as often as `open`: nesting.
    Nest {
        /// What opens one level (`(`, `“`).
        open: String,
        /// What stands in the middle.
        inner: String,
        /// What closes one level.
        close: String,
    },
}

/// A named, growable piece of hostile input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shape {
    /// What the shape is, for a person reading the table (`run of '.'`).
    pub name: String,
    /// How it grows.
    pub pattern: Pattern,
}

impl Shape {
    fn repeat(name: impl Into<String>, unit: impl Into<String>) -> Shape {
        Shape { name: name.into(), pattern: Pattern::Repeat(unit.into()) }
    }

    /// The shape at about `bytes` bytes (never more; cut at a character boundary).
    pub fn text(&self, bytes: usize) -> String {
        let mut text = match &self.pattern {
            Pattern::Repeat(unit) => unit.repeat(bytes / unit.len().max(1) + 1),
            Pattern::Nest { open, inner, close } => {
                let levels = bytes.saturating_sub(inner.len()) / (open.len() + close.len()).max(1);
                let mut text = open.repeat(levels);
                text.push_str(inner);
                text.push_str(&close.repeat(levels));
                text
            }
        };
        let mut end = bytes.min(text.len());
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        text.truncate(end);
        text
    }
}

/// Every ASCII punctuation mark.
const ASCII_MARKS: &str = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

/// Quotation marks beyond ASCII that the quote finder reads, the doubled apostrophes and
/// backticks of older wire copy, and other marks news text is full of.
const OTHER_MARKS: &[&str] =
    &["“", "”", "‘", "’", "«", "»", "‹", "›", "„", "‚", "''", "``", "…", "—", "–", "•", "·", "。", "‼"];

/// The marks whose alternations are measured: sentence ends, quotes, brackets, dashes.
const ALTERNATED_MARKS: &[&str] =
    &[".", "!", "?", ",", ";", ":", "'", "\"", "“", "”", "‘", "’", "(", ")", "-", "…", " ", "\n"];

/// Tokens, words and phrases that each pass treats specially, repeated.
const UNITS: &[&str] = &[
    // Tokens: abbreviations, initials, numbers, web things, words, one endless token.
    "a",
    "a ",
    "A ",
    "A. ",
    "a.",
    "Mr. ",
    "U.S. ",
    "No. ",
    "e.g. ",
    "Inc. ",
    "St. ",
    "1 ",
    "1. ",
    "1,000 ",
    "$1 ",
    "1.5% ",
    "1-",
    "a-",
    "'s ",
    "’s ",
    "http://a.b/c ",
    "www.a.com ",
    "@a ",
    "#a ",
    "a@b.co ",
    "🇹🇷",
    "e\u{301}",
    "👩‍👩‍👧",
    "\u{200b}",
    "\t",
    "\r\n",
    "a\n",
    "a\n\n",
    "\n\n",
    " \n",
    // Names and capitals: one endless name, a run of capitals, a headline in title case.
    "Ana ",
    "Ana Ruiz ",
    "ANKARA ",
    "Ankara, ",
    "The ",
    "Of The ",
    "Ana Ruiz and ",
    "Ana Ruiz, ",
    "President ",
    "Ana Ruiz of Ankara ",
    "U.S. Senate ",
    // Sentences: short ones, one endless one, questions and exclamations.
    "The cat sat. ",
    "the cat sat on the mat and ",
    "Why? ",
    "No! ",
    "So... ",
    "A. B. ",
    "a, ",
    // Cues and attributions.
    "said ",
    "he said ",
    "said Ana Ruiz, ",
    "Ana Ruiz said ",
    "according to ",
    "told ",
    "saying ",
    "said: ",
    "asked ",
    "she said that ",
    "who said that ",
    "“a,” he said. ",
    "“a,” ",
    "\"a\" said b ",
    "“a b c ",
    "‘a ",
    "'a ",
    "\"a ",
    "a” ",
    "a\" ",
    ": “",
    "“a.” “b.” ",
    "said “a” and “b” ",
    // One endless sentence of quotes opening inside quotes, quotes nobody is said to have said,
    // cues after "who", participles and second verbs: each would make a per-quote or per-cue
    // search run to the end of the sentence.
    "“a ",
    "“a b c d e f g h i j ",
    "who said that a, ",
    "saying a, ",
    "said a and said b ",
    // Found by the random search (`bench-shapes --search`): a cue remembered in a list read
    // once per cue, and a relative pronoun looked for back to the sentence's start.
    "said “a” and “b” a\"\"“a,” ",
    "said: “…=› ",
    // Speakers resolved across the article: pronouns, role nouns, appositions.
    "Mr. John Smith said it. She said it. ",
    "“A,” the minister said. ",
    "Ana Ruiz, a spokeswoman, said. ",
    // Dates, times and amounts.
    "Monday ",
    "2024 ",
    "January ",
    "Jan. 5 ",
    "last week ",
    "12/12/2024 ",
    "3:30 p.m. ",
    "the 1990s ",
    "two years ago ",
    "every Monday ",
    "$5 million ",
    "5% ",
    "10 km ",
    "a day ",
    "one ",
    "1 2 3 ",
    // Article furniture: headers, datelines, bylines, credits, captions.
    "date 2024-12-13 (WIRE- Example Post)\n",
    "ANKARA, Dec. 13 (Wire) - ",
    "By Ana Ruiz\n",
    "Editing by Ana Ruiz\n",
    "Slideshow\n",
    "Share Tweet Email\n",
    "- a\n",
    "* a\n",
    "1. a\n",
    // A wire story's paragraph, over and over: one long paste of many articles.
    "ANKARA, Dec. 13 (Wire) - Turkish President Recep Tayyip Erdoğan met U.S. Secretary of State \
     Antony Blinken on Thursday. \"We will stay,\" he said, adding that $1.2 billion in aid had \
     arrived two years ago. Officials of the Kurdistan Workers' Party (PKK) said the talks failed.\n\n",
];

/// Nested brackets and quotes, and one of each inside the other.
const NESTS: &[(&str, &str)] = &[
    ("(", ")"),
    ("[", "]"),
    ("{", "}"),
    ("“", "”"),
    ("‘", "’"),
    ("«", "»"),
    ("\"", "\""),
    ("'", "'"),
    ("“‘", "’”"),
    ("(“", "”)"),
    ("“a ", " b”"),
    ("Ana said “", "” "),
];

/// Every shape measured by the cost check, in a fixed order.
pub fn all() -> Vec<Shape> {
    let mut shapes = Vec::new();
    let marks = ASCII_MARKS.chars().map(String::from).chain(OTHER_MARKS.iter().map(|m| m.to_string()));
    for mark in marks {
        shapes.push(Shape::repeat(format!("run of {mark:?}"), mark.clone()));
        shapes.push(Shape::repeat(format!("run of {:?}", format!("{mark} ")), format!("{mark} ")));
        shapes.push(Shape::repeat(format!("run of {:?}", format!("a{mark}")), format!("a{mark}")));
    }
    for (i, first) in ALTERNATED_MARKS.iter().enumerate() {
        for second in &ALTERNATED_MARKS[i + 1..] {
            let unit = format!("{first}{second}");
            shapes.push(Shape::repeat(format!("run of {unit:?}"), unit));
        }
    }
    for unit in UNITS {
        shapes.push(Shape::repeat(format!("run of {unit:?}"), *unit));
    }
    for (open, close) in NESTS {
        let name = format!("nested {open:?} … {close:?}");
        let pattern = Pattern::Nest { open: open.to_string(), inner: "a".into(), close: close.to_string() };
        shapes.push(Shape { name, pattern });
    }
    shapes.sort_by(|a, b| a.name.cmp(&b.name));
    shapes.dedup_by(|a, b| a.pattern == b.pattern);
    shapes
}

/// What a shape cost at growing sizes, each four times the last.
#[derive(Debug, Clone, PartialEq)]
pub struct Cost {
    /// Each size in bytes, with the seconds it took (the fastest of several runs).
    pub sizes: Vec<(usize, f64)>,
}

impl Cost {
    /// How much longer four times the input took, at the step where it grew least: about 4
    /// for linear work, 16 for quadratic work at every step. A step across a cache or
    /// allocator boundary makes linear work look 6–8× once; the next step shows it is not.
    pub fn ratio(&self) -> f64 {
        self.sizes.windows(2).map(|w| w[1].1 / w[0].1.max(1e-9)).fold(f64::INFINITY, f64::min)
    }

    /// Megabytes a second at the largest size measured.
    pub fn megabytes_per_second(&self) -> f64 {
        self.sizes.last().map_or(0.0, |&(bytes, seconds)| bytes as f64 / 1e6 / seconds.max(1e-9))
    }
}

/// Seconds to annotate `text`: the fastest of at least five runs, and of as many as fit in a
/// fifth of a second, so that a busy machine does not make one size look slow (shapes that take
/// milliseconds are the noisiest).
pub fn seconds(annotator: &Annotator, text: &str) -> f64 {
    let options = Options::default();
    let started = Instant::now();
    let mut fastest = f64::INFINITY;
    let mut runs = 0;
    while runs < 5 || (runs < 20 && started.elapsed().as_secs_f64() < 0.2) {
        let run = Instant::now();
        std::hint::black_box(annotator.annotate(text, &options));
        fastest = fastest.min(run.elapsed().as_secs_f64());
        runs += 1;
    }
    fastest
}

/// What annotating a shape cost at `bytes` and at four times `bytes` (both cut from the same
/// generator `text_at`), and at sixteen times when four times the input cost more than
/// `max_ratio` times the time: superlinear work grows too fast at both steps.
pub fn cost(annotator: &Annotator, text_at: impl Fn(usize) -> String, bytes: usize, max_ratio: f64) -> Cost {
    let mut cost = Cost { sizes: Vec::new() };
    for size in [bytes, 4 * bytes, 16 * bytes] {
        if cost.sizes.len() == 2 && cost.ratio() <= max_ratio {
            break;
        }
        cost.sizes.push((size, seconds(annotator, &text_at(size))));
    }
    cost
}

/// A small, seeded pseudo-random generator (SplitMix64), for searching compositions of shapes
/// reproducibly without a dependency.
#[derive(Debug, Clone)]
pub struct Random(u64);

impl Random {
    /// A generator from a seed.
    pub fn new(seed: u64) -> Random {
        Random(seed)
    }

    /// The next number below `bound` (`bound` > 0).
    pub fn below(&mut self, bound: usize) -> usize {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        ((z ^ (z >> 31)) % bound.max(1) as u64) as usize
    }
}

/// A random composition: two to four units of [`all`] shapes' repeating units, joined, as one
/// repeating unit. The search in `article-annotator bench-shapes --search` measures these.
pub fn random_shape(shapes: &[Shape], random: &mut Random) -> Shape {
    let units: Vec<&str> = shapes
        .iter()
        .filter_map(|s| match &s.pattern {
            Pattern::Repeat(unit) => Some(unit.as_str()),
            Pattern::Nest { .. } => None,
        })
        .collect();
    let parts = 2 + random.below(3);
    let unit: String = (0..parts).map(|_| units[random.below(units.len())]).collect();
    Shape::repeat(format!("run of {unit:?}"), unit)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_grow_to_the_size_asked_and_no_further() {
        for shape in all() {
            for bytes in [0, 1, 7, 1000] {
                let text = shape.text(bytes);
                // Short by less than one unit or one level of nesting at most.
                assert!(text.len() <= bytes && text.len() + 32 > bytes, "{}: {}", shape.name, text.len());
            }
        }
    }

    #[test]
    fn nests_open_and_close_as_often() {
        let shape = Shape {
            name: "n".into(),
            pattern: Pattern::Nest { open: "(".into(), inner: "a".into(), close: ")".into() },
        };
        assert_eq!(shape.text(7), "(((a)))");
    }

    #[test]
    fn every_ascii_mark_and_quote_mark_has_a_run() {
        let names: Vec<String> = all().into_iter().map(|s| s.name).collect();
        for mark in ASCII_MARKS.chars().map(String::from).chain(["“".into(), "»".into(), "''".into()]) {
            assert!(names.contains(&format!("run of {mark:?}")), "{mark}");
        }
    }

    #[test]
    fn the_search_is_reproducible() {
        let shapes = all();
        let draw = |seed| random_shape(&shapes, &mut Random::new(seed));
        assert_eq!(draw(3), draw(3));
        assert_ne!(draw(3).pattern, draw(4).pattern);
    }
}
