//! Article structure: splitting pasted text into [`Block`]s (header, title, byline, paragraphs,
//! boilerplate) and reading the [`Meta`] they state (date, wire, publisher, title, byline,
//! dateline).
//!
//! ```
//! use article_annotator::article::parse_article;
//! use article_annotator::BlockKind;
//! let text = "date 2024-12-13 (NEWSWIRE- Example Press)\n\nTalks resumed in Ankara.\n\nShare Facebook Twitter Email\n";
//! let article = parse_article(text);
//! let kinds: Vec<BlockKind> = article.blocks.iter().map(|b| b.kind).collect();
//! assert_eq!(kinds, [BlockKind::Header, BlockKind::Paragraph, BlockKind::Boilerplate]);
//! assert_eq!(article.meta.date.as_deref(), Some("2024-12-13"));
//! assert_eq!(article.meta.source.as_deref(), Some("NEWSWIRE"));
//! assert_eq!(article.meta.publisher.as_deref(), Some("Example Press"));
//! ```

use crate::calendar::parse_date;
use crate::document::{Block, BlockKind, Dateline, Meta};
use crate::span::Span;

/// An article's blocks and meta data.
#[derive(Debug, Clone, PartialEq)]
pub struct ParsedArticle {
    /// What the article states about itself.
    pub meta: Meta,
    /// Blocks in text order.
    pub blocks: Vec<Block>,
}

/// Words of a share/social-media row.
const SOCIAL_WORDS: &[&str] = &[
    "bluesky",
    "comments",
    "comment",
    "copylink",
    "copy",
    "e-mail",
    "email",
    "facebook",
    "flipboard",
    "gmail",
    "instagram",
    "link",
    "linkedin",
    "mail",
    "messenger",
    "on",
    "pinterest",
    "pocket",
    "print",
    "reddit",
    "save",
    "share",
    "sms",
    "telegram",
    "threads",
    "tumblr",
    "tweet",
    "twitter",
    "via",
    "viber",
    "vk",
    "whatsapp",
    "x",
];

/// Openings of short lines that are not part of the story.
const BOILERPLATE_OPENINGS: &[&str] = &[
    "(additional reporting",
    "(c) ",
    "(editing by",
    "(reporting by",
    "(writing by",
    "additional reporting by",
    "advertisement",
    "advertising",
    "all rights reserved",
    "also read",
    "click here",
    "copyright",
    "download our app",
    "###",
    "editing by",
    "file photo",
    "follow us",
    "for immediate release",
    "image:",
    "image credit",
    "join our",
    "listen to this article",
    "media contact",
    "media inquiries",
    "more from",
    "most read",
    "photo:",
    "photo credit",
    "photo gallery",
    "read also",
    "read more",
    "recommended",
    "related:",
    "related articles",
    "related stories",
    "reporting by",
    "share this",
    "sign up",
    "skip to",
    "slideshow",
    "sponsored",
    "story continues",
    "subscribe",
    "updated ",
    "this story has been",
    "trending",
    "watch:",
    "writing by",
    "©",
];

/// Phrases that make any short line boilerplate.
const BOILERPLATE_PHRASES: &[&str] = &[
    "all rights reserved",
    "newsletter",
    "cookie",
    "terms of use",
    "privacy policy",
    "sign up for",
    "subscribe to",
];

/// Longest line, in characters, that the boilerplate phrases apply to.
const BOILERPLATE_MAX_CHARS: usize = 160;

/// Narrowest line width, in characters, at which a run of similar lines counts as hard-wrapped.
const WRAP_MIN_WIDTH: usize = 55;

/// Splits `text` into lines: byte spans without their line ends (`\n`, `\r\n` or `\r`).
fn lines(text: &str) -> Vec<Span> {
    let bytes = text.as_bytes();
    let mut result = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\n' => {
                result.push(Span::new(start, i));
                start = i + 1;
            }
            b'\r' => {
                result.push(Span::new(start, i));
                if bytes.get(i + 1) == Some(&b'\n') {
                    i += 1;
                }
                start = i + 1;
            }
            _ => {}
        }
        i += 1;
    }
    result.push(Span::new(start, text.len()));
    result
}

fn ends_sentence(line: &str) -> bool {
    line.trim_end().ends_with(['.', '!', '?', '"', '”', '’', '\'', ':', '…'])
}

/// Groups lines into raw blocks: one per non-blank line, except that a line starting in lower
/// case continues the line before it, and hard-wrapped runs (many lines of similar width) are
/// joined into paragraphs.
fn raw_blocks(text: &str) -> Vec<Span> {
    let mut runs: Vec<Vec<Span>> = Vec::new();
    let mut run = Vec::new();
    for line in lines(text) {
        if line.slice(text).trim().is_empty() {
            if !run.is_empty() {
                runs.push(std::mem::take(&mut run));
            }
        } else {
            run.push(line);
        }
    }
    if !run.is_empty() {
        runs.push(run);
    }
    let mut blocks = Vec::new();
    for run in runs {
        let widths: Vec<usize> = run.iter().map(|l| l.slice(text).trim_end().chars().count()).collect();
        let widest = widths.iter().copied().max().unwrap_or(0);
        let wrapped = run.len() >= 3
            && widest >= WRAP_MIN_WIDTH
            && widths[..widths.len() - 1].iter().filter(|&&w| w * 10 >= widest * 7).count() * 10
                >= (run.len() - 1) * 8;
        let mut current: Option<Span> = None;
        for (k, line) in run.iter().enumerate() {
            let line_text = line.slice(text);
            let continues = current.is_some_and(|c| {
                let previous = c.slice(text);
                let indented = line_text.starts_with("  ") || line_text.starts_with('\t');
                let lower_start = line_text.trim_start().starts_with(|ch: char| ch.is_lowercase());
                let previous_short = k > 0 && widths[k - 1] * 10 < widest * 7;
                if wrapped {
                    !(indented || ends_sentence(previous) && previous_short)
                } else {
                    lower_start && !ends_sentence(previous)
                }
            });
            current = match current {
                Some(c) if continues => Some(Span::new(c.start, line.end)),
                Some(c) => {
                    blocks.push(c.trimmed(text));
                    Some(*line)
                }
                None => Some(*line),
            };
        }
        if let Some(c) = current {
            blocks.push(c.trimmed(text));
        }
    }
    blocks
}

/// True for share rows such as `ShareFacebook Twitter LinkedIn Email Print`.
fn is_social_row(line: &str) -> bool {
    let letters: String =
        line.chars().filter(|c| c.is_alphanumeric() || *c == '-').flat_map(char::to_lowercase).collect();
    if letters.is_empty() || letters.len() > 200 {
        return false;
    }
    let mut rest = letters.as_str();
    let mut words = 0;
    while !rest.is_empty() {
        let Some(word) = SOCIAL_WORDS.iter().filter(|w| rest.starts_with(*w)).max_by_key(|w| w.len()) else {
            return false;
        };
        rest = &rest[word.len()..];
        words += 1;
    }
    words >= 2 || matches!(letters.as_str(), "share" | "print" | "comments")
}

/// True for lines that are not part of the story: share rows, "Read more", credits, copyright.
pub fn is_boilerplate(line: &str) -> bool {
    let trimmed = line.trim();
    let lower = trimmed.to_lowercase();
    if is_social_row(trimmed) {
        return true;
    }
    if trimmed.chars().count() > BOILERPLATE_MAX_CHARS {
        return false;
    }
    BOILERPLATE_OPENINGS.iter().any(|opening| lower.starts_with(opening))
        || BOILERPLATE_PHRASES.iter().any(|phrase| lower.contains(phrase))
        || (lower.starts_with("http") && !lower.contains(' '))
}

/// `date 2024-12-13 (NEWSWIRE- Harbour Daily)`, `Published: Dec 13, 2024` and similar lines:
/// the date, and the text in brackets if any.
fn header_line(line: &str) -> Option<(String, Option<String>)> {
    let trimmed = line.trim();
    let lower = trimmed.to_lowercase();
    let labelled = ["date", "published", "posted", "updated", "last updated", "first published", "dated"]
        .iter()
        .any(|label| lower.starts_with(label));
    let bracket = trimmed.find('(').and_then(|open| {
        let close = trimmed.rfind(')')?;
        (close > open).then(|| trimmed[open + 1..close].trim().to_string())
    });
    let outside_brackets = trimmed.split('(').next().unwrap_or("");
    let date = parse_date(outside_brackets)?;
    // An unlabelled line counts only when it is little more than the date itself.
    let after_brackets = trimmed.rfind(')').map_or("", |close| &trimmed[close + 1..]);
    let short = outside_brackets.split_whitespace().count() <= 8
        && !ends_sentence(outside_brackets)
        && after_brackets.split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric)).count() <= 2;
    (labelled || short).then(|| (date.iso(), bracket))
}

/// Splits `NEWSWIRE- Harbour Daily` into wire and publisher; a single name is the publisher.
fn wire_and_publisher(inside: &str) -> (Option<String>, Option<String>) {
    let clean = |s: &str| {
        Some(s.trim().trim_matches(|c: char| c == '-' || c == '–').trim().to_string())
            .filter(|s| !s.is_empty())
    };
    match inside.split_once(['-', '–', '—']) {
        Some((wire, publisher)) if !wire.trim().is_empty() && !publisher.trim().is_empty() => {
            (clean(wire), clean(publisher))
        }
        _ => (None, clean(inside)),
    }
}

fn byline(line: &str) -> Option<String> {
    let trimmed = line.trim();
    let rest = trimmed
        .strip_prefix("By ")
        .or_else(|| trimmed.strip_prefix("BY "))
        .or_else(|| trimmed.strip_prefix("by "))?;
    let starts_name = rest.chars().next().is_some_and(char::is_uppercase);
    (starts_name && trimmed.chars().count() <= 120 && !trimmed.ends_with('.'))
        .then(|| rest.trim().to_string())
}

/// "About Northwind Robotics": the heading of a press release's company boilerplate.
fn is_about_heading(line: &str) -> bool {
    let trimmed = line.trim();
    trimmed.starts_with("About ") && trimmed.split_whitespace().count() <= 6 && !ends_sentence(trimmed)
}

/// A second byline line naming the agency ("Associated Press").
fn is_agency_line(line: &str) -> bool {
    let trimmed = line.trim();
    let words = trimmed.split_whitespace().count();
    (1..=4).contains(&words)
        && !ends_sentence(trimmed)
        && trimmed.split_whitespace().all(|w| w.chars().next().is_some_and(char::is_uppercase))
}

fn looks_like_title(line: &str) -> bool {
    let trimmed = line.trim();
    let words = trimmed.split_whitespace().count();
    let letters = trimmed.chars().filter(|c| c.is_alphabetic()).count();
    let all_caps = letters > 0 && !trimmed.chars().any(char::is_lowercase);
    let first_upper =
        trimmed.chars().find(|c| c.is_alphanumeric()).is_some_and(|c| c.is_uppercase() || c.is_numeric());
    first_upper
        && (1..=30).contains(&words)
        && (all_caps || !trimmed.ends_with('.') || trimmed.ends_with("..."))
}

/// Finds a dateline at the start of a paragraph: `ANKARA, Dec 12 (Reuters) -`,
/// `WASHINGTON (AP) —`, `Kabul, Afghanistan -`.
fn dateline(text: &str, block: Span) -> Option<Dateline> {
    let paragraph = block.slice(text);
    let head: String = paragraph.chars().take(100).collect();
    let (dash_at, dash_len) = [" - ", " — ", " – ", " -- ", "—", " —", ": "]
        .iter()
        .filter_map(|d| head.find(d).map(|i| (i, d.len())))
        .min_by_key(|&(i, _)| i)?;
    let colon = &head[dash_at..dash_at + dash_len] == ": ";
    let prefix = &head[..dash_at];
    let first = prefix.chars().next()?;
    if !first.is_uppercase() || prefix.contains(['.', '!', '?', '"', '“']) && !prefix.contains("(") {
        return None;
    }
    // The wire is the innermost bracket before the dash: "(Reuters)".
    let (place_part, source) = match prefix.rfind(')').map(|close| (prefix[..close].rfind('('), close)) {
        Some((Some(open), close)) if close > open && !prefix[..open].contains('(') => {
            (prefix[..open].trim(), Some(prefix[open + 1..close].trim().to_string()))
        }
        _ if prefix.contains('(') => return None,
        _ => (prefix.trim(), None),
    };
    let place = place_part.split(',').next().unwrap_or("").trim();
    let place_words: Vec<&str> = place.split_whitespace().collect();
    let caps_place = place.chars().any(char::is_alphabetic) && !place.chars().any(char::is_lowercase);
    let titled_place = place_words.iter().all(|w| w.chars().next().is_some_and(char::is_uppercase));
    let date = parse_date(place_part).map(|d| d.iso());
    let plausible = !place_words.is_empty()
        && place_words.len() <= 4
        && (caps_place
            || (!colon && titled_place && (source.is_some() || date.is_some() || place_part.contains(','))));
    if !plausible || prefix.split_whitespace().count() > 10 {
        return None;
    }
    let end = block.start + dash_at + dash_len;
    crate::span::is_grapheme_boundary(text, end).then(|| Dateline {
        start: block.start,
        end,
        place: place.to_string(),
        date,
        source,
    })
}

/// Splits an article into blocks and reads its meta data.
pub fn parse_article(text: &str) -> ParsedArticle {
    let mut meta = Meta::default();
    let mut blocks: Vec<Block> = Vec::new();
    let raw = raw_blocks(text);
    let mut body_started = false;
    let mut in_about_section = false;
    for (index, span) in raw.iter().enumerate() {
        let line = span.slice(text);
        let remaining_after = raw.len() - index - 1;
        let previous_kind = blocks.last().map(|b| b.kind);
        in_about_section |= body_started && is_about_heading(line);
        let kind = if in_about_section || is_boilerplate(line) {
            BlockKind::Boilerplate
        } else if previous_kind == Some(BlockKind::Byline) && !body_started && is_agency_line(line) {
            BlockKind::Byline
        } else if !body_started && meta.date.is_none() && header_line(line).is_some() {
            if let Some((date, bracket)) = header_line(line) {
                meta.date = Some(date);
                if let Some(inside) = bracket {
                    (meta.source, meta.publisher) = wire_and_publisher(&inside);
                }
            }
            BlockKind::Header
        } else if !body_started && meta.byline.is_none() && byline(line).is_some() {
            meta.byline = byline(line);
            BlockKind::Byline
        } else if !body_started && meta.title.is_none() && remaining_after > 0 && looks_like_title(line) {
            meta.title = Some(line.trim().to_string());
            BlockKind::Title
        } else {
            if !body_started {
                body_started = true;
                meta.dateline = dateline(text, *span);
            }
            BlockKind::Paragraph
        };
        blocks.push(Block { kind, start: span.start, end: span.end });
    }
    ParsedArticle { meta, blocks }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<BlockKind> {
        parse_article(text).blocks.iter().map(|b| b.kind).collect()
    }

    #[test]
    fn boilerplate_lines() {
        for line in [
            "ShareFacebook Twitter LinkedIn Email Print",
            "Share on Facebook",
            "Read more: Markets rally",
            "Advertisement",
            "© 2024 Example Media. All rights reserved.",
            "Sign up for our daily newsletter",
            "(Reporting by Jane Doe; Editing by John Smith)",
            "Slideshow (4 Images)",
            "Writing by Ines Lund; Editing by Jonas Berg",
            "Photo gallery: Harbour lights",
        ] {
            assert!(is_boilerplate(line), "{line}");
        }
        for line in ["Sharing the burden, the minister said.", "Print media are struggling, he said.", "X"] {
            assert!(!is_boilerplate(line), "{line}");
        }
    }

    #[test]
    fn headers_and_bylines() {
        assert_eq!(
            header_line("date 2024-12-13 (NEWSWIRE- Harbour Daily)"),
            Some(("2024-12-13".into(), Some("NEWSWIRE- Harbour Daily".into())))
        );
        assert_eq!(
            header_line("Published: December 13, 2024 10:32 a.m. ET").map(|h| h.0).as_deref(),
            Some("2024-12-13")
        );
        assert_eq!(header_line("On December 13, 2024, the minister resigned after a long dispute."), None);
        assert_eq!(
            byline("By Jane Doe and John Roe, Reuters").as_deref(),
            Some("Jane Doe and John Roe, Reuters")
        );
        assert_eq!(byline("By the end of the year, prices rose."), None);
        assert_eq!(wire_and_publisher("Reuters"), (None, Some("Reuters".into())));
    }

    #[test]
    fn datelines() {
        let cases = [
            (
                "ANKARA, Dec 12, 2024 (Reuters) - Turkey said.",
                Some(("ANKARA", Some("2024-12-12"), Some("Reuters"))),
            ),
            ("WASHINGTON (AP) — The Senate voted.", Some(("WASHINGTON", None, Some("AP")))),
            ("Kabul, Afghanistan - Officials said.", Some(("Kabul", None, None))),
            ("The talks - which lasted hours - ended.", None),
        ];
        for (text, expected) in cases {
            let found = dateline(text, Span::new(0, text.len()));
            let got = found.as_ref().map(|d| (d.place.as_str(), d.date.as_deref(), d.source.as_deref()));
            assert_eq!(got, expected, "{text}");
        }
    }

    #[test]
    fn line_ends_and_wrapping() {
        assert_eq!(
            kinds("Title Here\r\n\r\nFirst paragraph.\r\nSecond paragraph.\r\n"),
            [BlockKind::Title, BlockKind::Paragraph, BlockKind::Paragraph]
        );
        assert_eq!(kinds("Title Here\r\rBody text.\r"), [BlockKind::Title, BlockKind::Paragraph]);
        let wrapped = "The minister arrived in the capital on Thursday for\ntalks with officials about the border crossing and\ntrade routes that were closed last year after the\nfloods.\n";
        assert_eq!(kinds(wrapped), [BlockKind::Paragraph]);
        assert_eq!(kinds("It rained in the\nmorning and stopped."), [BlockKind::Paragraph]);
    }
}
