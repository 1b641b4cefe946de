//! Quotation marks: which spans of a paragraph are quoted (straight, curly, guillemets, single
//! and doubled apostrophes, inner quotes, quotes over several paragraphs), and which quoted
//! words name a work rather than quote anyone.

use super::sentence::*;
use crate::span::Span;

/// Whether a word is a quotation mark that may close a quote after a comma ("“corrupt,” noting").
pub(super) fn is_closing_mark(word: &str) -> bool {
    matches!(word, "”" | "\"" | "’")
}

/// A quote without its closing marks, to see the punctuation it ends with.
pub(super) fn without_closing_marks(quote: &str) -> &str {
    quote.trim_end_matches(['"', '”', '\'', '’', '»'])
}

/// Whether a token is a quotation mark.
pub(super) fn is_quote_mark(word: &str) -> bool {
    is_opening_mark(word) || is_closing_mark(word) || matches!(word, "‘" | "»" | "'")
}

/// Whether a token is a quotation mark that may open a quote (straight marks open and close).
pub(super) fn is_opening_mark(word: &str) -> bool {
    matches!(word, "“" | "\"" | "«" | "„")
}

/// Whether the quoted words are the title of a work or a show rather than a quotation: a few
/// capitalised words after a preposition or a possessive ("on ABC's “This Week,”", "his book
/// “The Long Road”"), or a handle ("@cityhall").
pub(super) fn names_a_work(text: &str, sentence: &Sentence, quote: Span) -> bool {
    let inner = quote.slice(text).trim_matches(|c: char| !c.is_alphanumeric() && c != '@');
    let words: Vec<&str> = inner.split_whitespace().collect();
    if words.len() == 1 && words[0].starts_with('@') {
        return true;
    }
    let capitalised = words.iter().all(|w| {
        w.chars().next().is_some_and(char::is_uppercase)
            || matches!(*w, "of" | "the" | "a" | "an" | "and" | "in" | "on" | "for" | "to" | "with")
    });
    let mut before = sentence.tokens.partition_point(|t| t.end <= quote.start);
    // "in his 2012 memoir, “…”": the work may stand after a comma.
    if before > 1
        && sentence.words[before - 1] == ","
        && matches!(
            sentence.words[before - 2].as_ref(),
            "book" | "memoir" | "autobiography" | "novel" | "song" | "album"
        )
    {
        before -= 1;
    }
    let introduced = before > 0
        && matches!(
            sentence.words[before - 1].as_ref(),
            "on" | "in"
                | "of"
                | "the"
                | "'s"
                | "’s"
                | "book"
                | "memoir"
                | "autobiography"
                | "novel"
                | "song"
                | "album"
                | "show"
                | "film"
                | "program"
                | "programme"
                | "titled"
                | "entitled"
                | "told"
                | "as"
        );
    // "“Ferry fares to rise,” by the Courier's Ana Ruiz": a headline with its byline.
    let after = sentence.tokens.partition_point(|t| t.start < quote.end);
    let bylined = sentence.words.get(after).is_some_and(|w| w == "by")
        && sentence
            .tokens
            .get(after + 1)
            .is_some_and(|t| t.span().slice(text).chars().next().is_some_and(char::is_uppercase));
    // "the “Harbour Nights” star", "“Harbour Nights” returns": a title run into the
    // sentence, with no punctuation of a quotation closing it.
    let unpunctuated = !without_closing_marks(quote.slice(text))
        .ends_with(|c: char| c.is_ascii_punctuation() || matches!(c, '…' | '—' | '–'));
    let run_in = unpunctuated && sentence.tokens.get(after).is_some_and(|t| is_wordlike(t.kind));
    bylined || (!words.is_empty() && words.len() <= 5 && capitalised && (introduced || run_in))
}

/// Two apostrophes standing for a double quotation mark (''like this'', as some newspapers'
/// archives write it).
pub(super) const DOUBLED_APOSTROPHE: &str = "''";

/// Two backticks opening a quote that two apostrophes close (``like this'', as wire archives and
/// TeX write it).
pub(super) const DOUBLED_BACKTICK: &str = "``";

/// Spans of text inside matching quotation marks (marks included), with whether each one
/// continues an unclosed quote from the paragraph before; `paragraphs` are the blocks of text
/// (headlines and paragraphs) in order.
pub(super) fn quoted_spans(text: &str, paragraphs: &[Span]) -> Vec<(Span, bool)> {
    let mut spans = Vec::new();
    let mut carried = false;
    for (index, paragraph) in paragraphs.iter().enumerate() {
        // Whether the next paragraph opens with a quotation mark, carrying on a quote left open.
        let next_opens = paragraphs.get(index + 1).is_some_and(|p| {
            text[p.start..].starts_with(['“', '"', '«', '„'])
                || text[p.start..].starts_with(DOUBLED_APOSTROPHE)
                || text[p.start..].starts_with(DOUBLED_BACKTICK)
        });
        let body = paragraph.slice(text);
        let mut continues = carried;
        carried = false;
        let mut chars = body.char_indices().peekable();
        // Once inner quotes fail to pair up in a paragraph, the rest of it is read without
        // them: each search for a closing mark then stops at that mark, and the paragraph is
        // read in linear time.
        let mut inner_quotes_pair = true;
        let mut closings = ClosingSearch::default();
        while let Some((at, ch)) = chars.next() {
            let before = body[..at].chars().next_back();
            if body[at..].starts_with(DOUBLED_APOSTROPHE) || body[at..].starts_with(DOUBLED_BACKTICK) {
                // Two apostrophes are a double quotation mark, opening and closing alike; two
                // backticks open one that two apostrophes close.
                let from = at + DOUBLED_APOSTROPHE.len();
                let end = body[from..].find(DOUBLED_APOSTROPHE).map(|k| from + k + DOUBLED_APOSTROPHE.len());
                spans.push((
                    Span::new(paragraph.start + at, paragraph.start + end.unwrap_or(body.len())),
                    continues,
                ));
                continues = false;
                let Some(end) = end else {
                    carried = true;
                    break;
                };
                while chars.peek().is_some_and(|&(next, _)| next < end) {
                    chars.next();
                }
                continue;
            }
            // A mark right after "=" opens a value in markup pasted with the text
            // (`<a href="…">`): the value is no quote, and its closing mark opens nothing.
            if before == Some('=') && matches!(ch, '"' | '”' | '“') {
                let from = at + ch.len_utf8();
                let value_end = body[from..]
                    .char_indices()
                    .find(|&(_, c)| matches!(c, '"' | '”' | '“'))
                    .map_or(body.len(), |(k, c)| from + k + c.len_utf8());
                while chars.peek().is_some_and(|&(next, _)| next < value_end) {
                    chars.next();
                }
                continue;
            }
            // A doubled opening mark ("““Radical …”") opens one quote, at the second mark.
            if ch == '“' && body[at + ch.len_utf8()..].starts_with('“') {
                continue;
            }
            // Writers mix straight and curly marks ("…” or “…"): either closes a quote.
            let closing = match ch {
                '“' => Some(&['”', '“', '"'][..]),
                '„' => Some(&['“', '”'][..]),
                '«' => Some(&['»'][..]),
                '"' => Some(&['"', '”'][..]),
                // A single quote opens only at the start of a word: "don't" has none, and
                // neither has "the '80s" or "in ’08".
                '‘' | '\''
                    if !before.is_some_and(char::is_alphanumeric)
                        && !body[at + ch.len_utf8()..].starts_with(|c: char| c.is_ascii_digit()) =>
                {
                    Some(&['’', '\''][..])
                }
                _ => None,
            };
            let Some(closing) = closing else {
                continue;
            };
            let from = at + ch.len_utf8();
            // The simple rule: the first closing mark that is no apostrophe ("don’t").
            let mut first_closing = || closings.first(body, from, closing).map(|(k, c)| (k - from, c));
            let close = match inner_quotes_pair.then(|| inner_quotes(&body[from..], ch)) {
                Some(InnerQuotes::Close(k, c)) => Some((k, c)),
                // A quote holding inner quotes runs on into the next paragraph when that one
                // carries it on.
                Some(InnerQuotes::Unclosed) if next_opens => None,
                Some(InnerQuotes::Unpaired | InnerQuotes::Unclosed) => {
                    inner_quotes_pair = false;
                    first_closing()
                }
                Some(InnerQuotes::None) | None => first_closing(),
            };
            match close {
                Some((k, c)) => {
                    let end = from + k + c.len_utf8();
                    spans.push((Span::new(paragraph.start + at, paragraph.start + end), continues));
                    continues = false;
                    while chars.peek().is_some_and(|&(next, _)| next < end) {
                        chars.next();
                    }
                }
                None if matches!(ch, '“' | '"' | '«' | '„') => {
                    // An unclosed quote runs to the end of the paragraph; the next paragraph
                    // carries it on when it opens with a quotation mark.
                    spans.push((Span::new(paragraph.start + at, paragraph.end), continues));
                    carried = true;
                    break;
                }
                None => {}
            }
        }
        carried = carried && next_opens;
    }
    spans.into_iter().map(|(span, continues)| (span.snapped(text), continues)).collect()
}

/// The search for the first closing mark of a set after an offset, remembering its last answer
/// for each set of marks. Whether a character closes depends only on where it stands (it is in
/// the set, and is no apostrophe inside a word), so an answer holds for every later offset up to
/// the mark it found, or for every later offset when it found none. Marks are tried in text
/// order, so each set's search moves forward only: a paragraph of n single quotes that never
/// close is read once, in O(n), not once per quote.
#[derive(Default)]
pub(super) struct ClosingSearch {
    pub(super) answers: Vec<ClosingAnswer>,
}

/// One remembered search: the set of marks, where the search started, and the closing mark it
/// found (offset and character), if any.
pub(super) type ClosingAnswer = (&'static [char], usize, Option<(usize, char)>);

impl ClosingSearch {
    /// The first mark of `set` at or after `from` in `body` that closes a quote, with its offset
    /// in `body`.
    pub(super) fn first(&mut self, body: &str, from: usize, set: &'static [char]) -> Option<(usize, char)> {
        let known = self.answers.iter().find(|(s, searched, found)| {
            *s == set && *searched <= from && found.is_none_or(|(at, _)| from <= at)
        });
        if let Some(&(_, _, found)) = known {
            return found;
        }
        let found = body[from..]
            .char_indices()
            .find(|&(k, c)| {
                let after = body[from + k + c.len_utf8()..].chars().next();
                set.contains(&c) && !(matches!(c, '’' | '\'') && after.is_some_and(char::is_alphanumeric))
            })
            .map(|(k, c)| (from + k, c));
        self.answers.retain(|(s, _, _)| *s != set);
        self.answers.push((set, from, found));
        found
    }
}

/// What the inner quotes of a quote tell about where it closes.
pub(super) enum InnerQuotes {
    /// The quote holds no inner quote: the simple rule finds its closing mark.
    None,
    /// The quote holds inner quotes and closes at this offset with this mark.
    Close(usize, char),
    /// Inner quotes open and never close before the paragraph ends.
    Unpaired,
    /// The quote holds inner quotes that pair up, and runs on past the paragraph's end.
    Unclosed,
}

/// Where a quote opened by `open` (a curly or a straight double mark) closes when it holds a
/// curly quote ("“… even when “your team” needs …”", "\"… about “Equal Justice” …\""): a `“`
/// between a space and a letter opens an inner quote whose `”` does not close the outer one.
pub(super) fn inner_quotes(rest: &str, open: char) -> InnerQuotes {
    if !matches!(open, '“' | '"') {
        return InnerQuotes::None;
    }
    let mut depth = 0;
    let mut nested = false;
    let mut before = None;
    // The last character that is no white space: after a sentence's end, “ opens a new quote
    // whose writer forgot to close the last one ("… shocked. “And she said …”").
    let mut last_visible = None;
    for (k, c) in rest.char_indices() {
        let after = rest[k + c.len_utf8()..].chars().next();
        let sentence_ended = last_visible.is_some_and(|v| matches!(v, '.' | '!' | '?'));
        if !c.is_whitespace() {
            last_visible = Some(c);
        }
        match c {
            '“' if before.is_some_and(char::is_whitespace)
                && after.is_some_and(char::is_alphanumeric)
                && !sentence_ended =>
            {
                depth += 1;
                nested = true;
            }
            '”' if depth > 0 => depth -= 1,
            // Writers who open with “ sometimes close with it too.
            '”' | '"' | '“' if depth == 0 && (c != '“' || open == '“') => {
                return if nested { InnerQuotes::Close(k, c) } else { InnerQuotes::None };
            }
            _ => {}
        }
        before = Some(c);
    }
    // Only within one line: lines of a block that each open with a quotation mark are quotes
    // of their own, not inner ones.
    match (nested, depth) {
        (false, _) => InnerQuotes::None,
        (true, 0) if !rest.contains('\n') => InnerQuotes::Unclosed,
        (true, _) => InnerQuotes::Unpaired,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    pub(super) fn inner_quotes_pair_within_a_line_and_never_after_a_sentence_end() {
        fn spans(text: &str) -> Vec<(&str, bool)> {
            let mut paragraphs = Vec::new();
            let mut start = 0;
            for block in text.split("\n\n") {
                paragraphs.push(Span::new(start, start + block.len()));
                start += block.len() + 2;
            }
            quoted_spans(text, &paragraphs)
                .into_iter()
                .map(|(span, continues)| (span.slice(text), continues))
                .collect()
        }
        // Paired inner quotes in a quote left open: it runs on into the next paragraph.
        assert_eq!(
            spans("\"It is not about “Service” now. It is about money.\n\n\"Ask anyone.\""),
            [("\"It is not about “Service” now. It is about money.", false), ("\"Ask anyone.\"", true)]
        );
        // A doubled opening mark opens one quote.
        assert_eq!(spans("It reads: ““Terror is a threat.”"), [("“Terror is a threat.”", false)]);
        // Two backticks open a quote that two apostrophes close, across paragraphs too.
        assert_eq!(
            spans("``We won,'' she said. ``It took years\n\n``and nerve.''"),
            [("``We won,''", false), ("``It took years", false), ("``and nerve.''", true)]
        );
        // A line that opens with a quotation mark opens no inner quote.
        assert_eq!(
            spans("“Rallies are outlets\n“Another side,” he said.\n\n“Then more.”"),
            [("“Rallies are outlets\n“", false), ("“Then more.”", false)]
        );
        // After a sentence's end, “ restarts a quote whose writer forgot to close the last one.
        assert_eq!(
            spans("“She said, ‘Hi.’ I froze. “And she said, ‘Go.’”\n\n“I left,” Ruiz said."),
            [("“She said, ‘Hi.’ I froze. “", false), ("‘Go.’", false), ("“I left,”", false)]
        );
    }
}
