//! Splitting text into [`Token`]s: Unicode word boundaries (UAX #29, so grapheme clusters,
//! combining marks and emoji sequences stay whole) refined with news-writing rules.
//!
//! ```
//! use article_annotator::tokenize::tokenize;
//! let text = "Mr. Blinken's U.S. visit cost $1,000.5 at 3:30 p.m.";
//! let words: Vec<&str> = tokenize(text, 0..text.len()).iter().map(|t| &text[t.start..t.end]).collect();
//! assert_eq!(words, ["Mr.", "Blinken", "'s", "U.S.", "visit", "cost", "$", "1,000.5", "at", "3:30", "p.m."]);
//! ```

use std::borrow::Cow;
use std::ops::Range;

use unicode_segmentation::UnicodeSegmentation;

use crate::document::{Token, TokenKind};
use crate::span::{is_grapheme_boundary, is_lone_cluster_char, is_space_cluster};

/// Words that take a period of their own (compared in lower case, without the period).
const ABBREVIATIONS: &[&str] = &[
    "adm", "al", "ala", "apr", "approx", "ariz", "assn", "asst", "aug", "ave", "bldg", "blvd", "bros",
    "brig", "calif", "capt", "cf", "cmdr", "co", "col", "colo", "conn", "corp", "cpl", "dec", "del", "dept",
    "dist", "dr", "est", "etc", "feb", "fig", "fla", "fri", "ft", "ga", "gen", "gov", "hon", "ill", "inc",
    "ind", "jan", "jr", "jul", "jun", "kan", "ky", "la", "lt", "ltd", "maj", "mass", "md", "messrs", "mich",
    "minn", "miss", "mo", "mon", "mont", "mr", "mrs", "ms", "msgr", "mt", "no", "nos", "nov", "oct", "okla",
    "op", "ore", "pa", "ph", "pl", "plc", "pp", "pres", "prof", "pt", "rep", "reps", "rev", "rd", "sat",
    "sen", "sens", "sep", "sept", "sgt", "sr", "st", "sun", "supt", "tenn", "tex", "thu", "thurs", "tue",
    "tues", "univ", "va", "vol", "vs", "wash", "wed", "wis", "wyo",
];

/// Characters that open a quotation or bracket.
pub fn is_opening(ch: char) -> bool {
    matches!(ch, '"' | '\'' | '“' | '‘' | '«' | '‹' | '„' | '‚' | '(' | '[' | '{')
}

/// Characters that close a quotation or bracket.
pub fn is_closing(ch: char) -> bool {
    matches!(ch, '"' | '\'' | '”' | '’' | '»' | '›' | ')' | ']' | '}')
}

/// Sentence-final punctuation.
pub fn is_terminal(ch: char) -> bool {
    matches!(ch, '.' | '!' | '?' | '…' | '‼' | '⁇' | '⁈' | '⁉' | '。' | '！' | '？')
}

/// The marks whose runs make one token ("...", "?!").
const SENTENCE_MARKS: [char; 3] = ['.', '!', '?'];

fn is_apostrophe(ch: char) -> bool {
    matches!(ch, '\'' | '’')
}

/// Tokens of `text[range]`, with offsets into `text`. White space is never part of a token.
pub fn tokenize(text: &str, range: Range<usize>) -> Vec<Token> {
    let mut tokens = Vec::new();
    tokenize_into(text, range, &mut tokens);
    tokens
}

/// Appends the tokens of `text[range]` to `tokens` ([`tokenize`] without a list of its own:
/// a long text's blocks are tokenized into one list, with no allocation per block).
pub fn tokenize_into(text: &str, range: Range<usize>, tokens: &mut Vec<Token>) {
    let Some(part) = text.get(range.clone()) else {
        return;
    };
    if !is_grapheme_boundary(text, range.start) || !is_grapheme_boundary(text, range.end) {
        return;
    }
    let first = tokens.len();
    let mut chunk_start = None;
    let mut visit = |i: usize, space: bool| match (space, chunk_start) {
        (false, None) => chunk_start = Some(i),
        (true, Some(start)) => {
            tokenize_chunk(text, range.start + start, range.start + i, tokens);
            chunk_start = None;
        }
        _ => {}
    };
    if part.chars().all(is_lone_cluster_char) {
        // Every character is a cluster of its own but for CR LF, both spaces: the runs of
        // non-space characters are the same as by clusters, and already on cluster boundaries.
        for (i, ch) in part.char_indices() {
            visit(i, ch.is_whitespace());
        }
        visit(part.len(), true);
    } else {
        for (i, cluster) in part.grapheme_indices(true) {
            visit(i, is_space_cluster(cluster));
        }
        visit(part.len(), true);
        snap_to_graphemes(text, range, tokens, first);
    }
}

/// Widens `tokens[first..]` (those of `text[range]`) to whole grapheme clusters and merges any
/// that then overlap, in place. Word boundaries already respect clusters; this covers the rare
/// clusters that hold a space (a prepended mark before a space, a space before a combining mark).
///
/// `text[range]` starts and ends on cluster boundaries, so its clusters are the text's. Tokens
/// are in text order, so one walk over the clusters snaps them all: O(n), where asking each
/// token's ends afresh would read a run of regional indicators back to its start each time.
fn snap_to_graphemes(text: &str, range: Range<usize>, tokens: &mut Vec<Token>, first: usize) {
    let mut boundaries = text[range.clone()]
        .grapheme_indices(true)
        .map(|(i, _)| range.start + i)
        .chain([range.end])
        .peekable();
    // The last cluster boundary at or before the offsets asked so far.
    let mut floor = range.start;
    // The last boundary at or before `at`, then the first at or after it (offsets asked in order).
    let mut snap = |at: usize| {
        while let Some(&next) = boundaries.peek().filter(|&&next| next <= at) {
            floor = next;
            boundaries.next();
        }
        let ceil = if floor == at { at } else { boundaries.peek().copied().unwrap_or(range.end) };
        (floor, ceil)
    };
    // Snapped tokens are written over the read ones: merging only ever shortens the list.
    let mut written = first;
    for read in first..tokens.len() {
        let token = tokens[read];
        let token = Token { start: snap(token.start).0, end: snap(token.end).1, ..token };
        match tokens[first..written].last_mut() {
            Some(last) if token.start < last.end => last.end = last.end.max(token.end),
            _ => {
                tokens[written] = token;
                written += 1;
            }
        }
    }
    tokens.truncate(written);
}

/// Tokenises a run of non-space characters `text[start..end]`.
fn tokenize_chunk(text: &str, start: usize, end: usize, out: &mut Vec<Token>) {
    let chunk = &text[start..end];
    // Opening marks and trailing punctuation around a web address, e-mail, handle or tag.
    let core_start = chunk.len() - chunk.trim_start_matches(is_opening).len();
    let core = chunk[core_start..]
        .trim_end_matches(|c: char| is_closing(c) || is_terminal(c) || matches!(c, ',' | ';' | ':'));
    let core_end = core_start + core.len();
    let on_boundaries = is_grapheme_boundary(chunk, core_start) && is_grapheme_boundary(chunk, core_end);
    if let Some(kind) = special_kind(core).filter(|_| on_boundaries) {
        word_pieces(text, start, start + core_start, out);
        out.push(Token { start: start + core_start, end: start + core_start + core.len(), kind });
        word_pieces(text, start + core_start + core.len(), end, out);
    } else {
        word_pieces(text, start, end, out);
    }
}

/// A word in lower case, the same as [`str::to_lowercase`], but borrowed when lower-casing
/// would not change it (most words of an article): a pass that compares words in lower case
/// allocates only for those with a capital.
///
/// ```
/// use std::borrow::Cow;
/// use article_annotator::tokenize::lower_case;
/// assert!(matches!(lower_case("said"), Cow::Borrowed("said")));
/// assert_eq!(lower_case("Ünal"), "ünal");
/// assert_eq!(lower_case("ΟΔΟΣ"), "ΟΔΟΣ".to_lowercase());
/// ```
pub fn lower_case(word: &str) -> Cow<'_, str> {
    let unchanged = if word.is_ascii() {
        !word.bytes().any(|b| b.is_ascii_uppercase())
    } else {
        // Every character its own lower case: then so is the word (a final sigma is upper case).
        word.chars().all(|c| {
            let mut lower = c.to_lowercase();
            lower.next() == Some(c) && lower.next().is_none()
        })
    };
    if unchanged {
        Cow::Borrowed(word)
    } else {
        Cow::Owned(word.to_lowercase())
    }
}

/// Whether `word` starts with the ASCII `prefix`, in any case.
fn starts_with_ignoring_case(word: &str, prefix: &str) -> bool {
    word.as_bytes().get(..prefix.len()).is_some_and(|start| start.eq_ignore_ascii_case(prefix.as_bytes()))
}

/// The kind of a whole web address, e-mail address, handle or hashtag.
fn special_kind(core: &str) -> Option<TokenKind> {
    if starts_with_ignoring_case(core, "http://")
        || starts_with_ignoring_case(core, "https://")
        || (starts_with_ignoring_case(core, "www.") && core.len() > 5)
    {
        return Some(TokenKind::Url);
    }
    let word_char = |c: char| c.is_alphanumeric() || c == '_';
    if let Some(rest) = core.strip_prefix('@') {
        return (!rest.is_empty() && rest.chars().all(word_char)).then_some(TokenKind::Handle);
    }
    if let Some(rest) = core.strip_prefix('#') {
        let first_letter = rest.chars().next().is_some_and(char::is_alphabetic);
        return (first_letter && rest.chars().all(word_char)).then_some(TokenKind::Hashtag);
    }
    let (user, domain) = core.split_once('@')?;
    let valid = !user.is_empty()
        && user.chars().all(|c| word_char(c) || matches!(c, '.' | '-' | '+'))
        && domain.contains('.')
        && !domain.starts_with('.')
        && domain.chars().all(|c| word_char(c) || matches!(c, '.' | '-'));
    valid.then_some(TokenKind::Email)
}

fn piece_kind(piece: &str) -> TokenKind {
    let first = piece.chars().next().unwrap_or(' ');
    if piece.chars().any(char::is_alphabetic) {
        TokenKind::Word
    } else if first.is_numeric() {
        TokenKind::Number
    } else if first.is_ascii_punctuation()
        && !matches!(first, '$' | '%' | '&' | '+' | '<' | '=' | '>' | '^' | '`' | '|' | '~' | '#' | '@')
        || is_opening(first)
        || is_closing(first)
        || is_terminal(first)
        || matches!(first, '–' | '—' | '‐' | '‑' | '‒' | '―' | '·' | '•' | '⁃')
    {
        TokenKind::Punct
    } else {
        TokenKind::Symbol
    }
}

fn is_abbreviation(word: &str) -> bool {
    let single_letter = word.chars().count() == 1 && word.chars().all(char::is_alphabetic);
    let dotted = word.contains('.') && word.split('.').all(|part| part.chars().count() <= 2);
    // "then-Sen.", "ex-Gov.": a title after a hyphen keeps its period.
    let last = word.rsplit(['-', '‐']).next().unwrap_or(word);
    single_letter || dotted || ABBREVIATIONS.contains(&lower_case(last).as_ref())
}

/// Splits `text[start..end]` at word boundaries and merges the pieces news text keeps together.
fn word_pieces(text: &str, start: usize, end: usize, out: &mut Vec<Token>) {
    let first_new = out.len();
    let chunk = &text[start..end];
    let (mut ascii, mut unicode);
    let pieces: &mut dyn Iterator<Item = (usize, &str)> = if chunk.is_ascii() {
        ascii = ascii_word_bound_indices(chunk);
        &mut ascii
    } else {
        unicode = chunk.split_word_bound_indices();
        &mut unicode
    };
    for (offset, piece) in pieces {
        if piece.chars().all(char::is_whitespace) {
            continue;
        }
        let piece_start = start + offset;
        let kind = piece_kind(piece);
        // A possessive 's stands apart from its word (Turkey's → Turkey 's), as in CoNLL.
        if kind == TokenKind::Word && piece.chars().count() > 2 {
            let possessive = ["'s", "'S", "’s", "’S"].into_iter().find(|suffix| piece.ends_with(suffix));
            if let Some(suffix) = possessive {
                let split = piece.len() - suffix.len();
                out.push(Token { start: piece_start, end: piece_start + split, kind });
                out.push(Token { start: piece_start + split, end: piece_start + piece.len(), kind });
                continue;
            }
        }
        out.push(Token { start: piece_start, end: piece_start + piece.len(), kind });
        merge_tail(text, first_new, out);
    }
}

/// How an ASCII character takes part in word boundaries (UAX #29's word break property).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum AsciiWordClass {
    /// `A`–`Z`, `a`–`z` (ALetter).
    Letter,
    /// `0`–`9` (Numeric).
    Digit,
    /// `:` (MidLetter): joins two letters.
    MidLetter,
    /// `.` and `'` (MidNumLet, Single_Quote): join two letters or two digits.
    MidNumLet,
    /// `,` and `;` (MidNum): join two digits.
    MidNum,
    /// `_` (ExtendNumLet): joins letters, digits and itself.
    ExtendNumLet,
    /// Anything else: a piece of its own.
    Other,
}

impl AsciiWordClass {
    fn of(byte: u8) -> AsciiWordClass {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' => AsciiWordClass::Letter,
            b'0'..=b'9' => AsciiWordClass::Digit,
            b':' => AsciiWordClass::MidLetter,
            b'.' | b'\'' => AsciiWordClass::MidNumLet,
            b',' | b';' => AsciiWordClass::MidNum,
            b'_' => AsciiWordClass::ExtendNumLet,
            _ => AsciiWordClass::Other,
        }
    }
}

/// Whether UAX #29 keeps `bytes[i - 1]` and `bytes[i]` in one word (rules WB5–WB13b; an ASCII
/// run of non-space characters needs no others).
fn ascii_word_continues(bytes: &[u8], i: usize) -> bool {
    use AsciiWordClass::*;
    let class = |k: usize| bytes.get(k).map(|&b| AsciiWordClass::of(b));
    match (AsciiWordClass::of(bytes[i - 1]), AsciiWordClass::of(bytes[i])) {
        // WB5, WB8, WB9, WB10, WB13a, WB13b.
        (Letter | Digit, Letter | Digit) | (Letter | Digit | ExtendNumLet, ExtendNumLet) => true,
        (ExtendNumLet, Letter | Digit) => true,
        // WB6 and WB7: "can't", "e.g", "a:b".
        (Letter, MidLetter | MidNumLet) => class(i + 1) == Some(Letter),
        (MidLetter | MidNumLet, Letter) => i >= 2 && class(i - 2) == Some(Letter),
        // WB12 and WB11: "1,000", "3.5".
        (Digit, MidNum | MidNumLet) => class(i + 1) == Some(Digit),
        (MidNum | MidNumLet, Digit) => i >= 2 && class(i - 2) == Some(Digit),
        _ => false,
    }
}

/// The same pieces as `split_word_bound_indices` for an ASCII text without spaces, found byte by
/// byte instead of through the Unicode tables (most of an English article is ASCII).
fn ascii_word_bound_indices(chunk: &str) -> impl Iterator<Item = (usize, &str)> {
    let bytes = chunk.as_bytes();
    let mut start = 0;
    std::iter::from_fn(move || {
        if start >= bytes.len() {
            return None;
        }
        let piece_start = start;
        start += 1;
        while start < bytes.len() && ascii_word_continues(bytes, start) {
            start += 1;
        }
        Some((piece_start, &chunk[piece_start..start]))
    })
}

/// Merges the last pushed token with the ones before it where a news rule says so.
fn merge_tail(text: &str, first_new: usize, out: &mut Vec<Token>) {
    let n = out.len();
    if n < first_new + 2 {
        return;
    }
    let (prev, last) = (out[n - 2], out[n - 1]);
    let prev_text = &text[prev.start..prev.end];
    let last_text = &text[last.start..last.end];
    let merged_kind = match (prev.kind, prev_text, last_text) {
        // U.S. / p.m. / Mr. / E.: the period belongs to the word.
        (TokenKind::Word, _, ".") if is_abbreviation(prev_text) => Some(TokenKind::Abbreviation),
        // Runs of sentence punctuation: "...", "?!", "!!". A run grows by one piece at a time,
        // so a punctuation token that starts and ends with such a mark is one mark or a run this
        // rule built: its ends tell, and a run of n marks costs O(n), not O(n²).
        (TokenKind::Punct, p, l)
            if p.starts_with(SENTENCE_MARKS)
                && p.ends_with(SENTENCE_MARKS)
                && l.chars().all(|c| SENTENCE_MARKS.contains(&c)) =>
        {
            Some(TokenKind::Punct)
        }
        // Jr.'s → Jr. + 's ; the apostrophe and the s become one token.
        (TokenKind::Punct, p, "s") if p.chars().all(is_apostrophe) && n >= first_new + 3 => {
            Some(TokenKind::Word)
        }
        _ => None,
    };
    if let Some(kind) = merged_kind {
        out.truncate(n - 2);
        out.push(Token { start: prev.start, end: last.end, kind });
        return;
    }
    // Three-token joins: 3:30, 2024-12-13, long-standing, 10/12/2024.
    if n >= first_new + 3 {
        let before = out[n - 3];
        let mid = &text[prev.start..prev.end];
        let joined = match (before.kind, mid, last.kind) {
            (TokenKind::Number, ":", TokenKind::Number) if last.end - last.start == 2 => {
                Some(TokenKind::Number)
            }
            (TokenKind::Number, "-" | "/", TokenKind::Number) => Some(TokenKind::Number),
            (TokenKind::Word | TokenKind::Number, "-" | "‑" | "‐", TokenKind::Word) => {
                Some(TokenKind::Word)
            }
            (TokenKind::Word, "-" | "‑" | "‐", TokenKind::Number) => Some(TokenKind::Word),
            _ => None,
        };
        if let Some(kind) = joined {
            out.truncate(n - 3);
            out.push(Token { start: before.start, end: last.end, kind });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The fast path against the Unicode tables (proptest runs natively only).
    #[cfg(not(target_arch = "wasm32"))]
    mod ascii_fast_path {
        use super::*;
        use proptest::prelude::*;

        proptest! {
            /// The ASCII fast path finds the pieces the Unicode word-boundary tables find, on runs
            /// of any ASCII characters but spaces, and on runs of letters, digits and the marks that
            /// join them (where the joining rules are tried most).
            #[test]
            fn ascii_pieces_are_the_unicode_pieces(
                chunk in prop_oneof!["[!-~\\x00-\\x08\\x0e-\\x1f\\x7f]{0,24}", "[a-c0-2.,;:'_-]{0,24}"],
            ) {
                let ascii: Vec<_> = ascii_word_bound_indices(&chunk).collect();
                let unicode: Vec<_> = chunk.split_word_bound_indices().collect();
                prop_assert_eq!(ascii, unicode);
            }
        }
    }

    #[test]
    fn ascii_pieces_of_news_words() {
        let pieces =
            |chunk: &'static str| ascii_word_bound_indices(chunk).map(|(_, p)| p).collect::<Vec<_>>();
        assert_eq!(pieces("can't"), ["can't"]);
        assert_eq!(pieces("$1,000.50,"), ["$", "1,000.50", ","]);
        assert_eq!(pieces("U.S.-led"), ["U.S", ".", "-", "led"]);
        assert_eq!(pieces("3:30"), ["3", ":", "30"]);
        assert_eq!(pieces("a_1_b"), ["a_1_b"]);
        assert_eq!(pieces("'quoted'"), ["'", "quoted", "'"]);
    }

    fn words(text: &str) -> Vec<&str> {
        tokenize(text, 0..text.len()).iter().map(|t| &text[t.start..t.end]).collect()
    }

    #[test]
    fn news_rules() {
        let cases: &[(&str, &[&str])] = &[
            ("U.S. Secretary", &["U.S.", "Secretary"]),
            ("Gen. Smith and Co. Inc.", &["Gen.", "Smith", "and", "Co.", "Inc."]),
            ("Jonas E. Smith", &["Jonas", "E.", "Smith"]),
            ("1,000.5 and 2024-12-13", &["1,000.5", "and", "2024-12-13"]),
            ("at 3:30 p.m. EST", &["at", "3:30", "p.m.", "EST"]),
            ("Turkey's long-standing", &["Turkey", "'s", "long-standing"]),
            ("Turkey’s", &["Turkey", "’s"]),
            ("Kurdistan Workers' Party", &["Kurdistan", "Workers", "'", "Party"]),
            ("JFK Jr.'s book", &["JFK", "Jr.", "'s", "book"]),
            ("see https://example.com/a_b.html.", &["see", "https://example.com/a_b.html", "."]),
            ("mail Jane.Doe@example.com.", &["mail", "Jane.Doe@example.com", "."]),
            ("(@Reuters) #Syria!", &["(", "@Reuters", ")", "#Syria", "!"]),
            ("that.... She", &["that", "....", "She"]),
            ("Hello?! Yes", &["Hello", "?!", "Yes"]),
            ("“Yes,” he said.", &["“", "Yes", ",", "”", "he", "said", "."]),
            ("$100.00. 5%", &["$", "100.00", ".", "5", "%"]),
            ("12/12/2024", &["12/12/2024"]),
            ("Erdog\u{306}an 👩‍👩‍👧🇹🇷 東京", &["Erdog\u{306}an", "👩‍👩‍👧", "🇹🇷", "東", "京"]),
            ("Syrian-led", &["Syrian-led"]),
            ("then-Sen. Voss", &["then-Sen.", "Voss"]),
        ];
        for (text, expected) in cases {
            assert_eq!(&words(text), expected, "{text}");
        }
    }

    #[test]
    fn kinds() {
        let text = "Mr. Ali paid $5 at www.example.com 👍";
        let kinds: Vec<TokenKind> = tokenize(text, 0..text.len()).iter().map(|t| t.kind).collect();
        use TokenKind::*;
        assert_eq!(kinds, [Abbreviation, Word, Word, Symbol, Number, Word, Url, Symbol]);
    }

    #[test]
    fn respects_the_range() {
        let text = "One two. Three";
        let tokens = tokenize(text, 4..8);
        assert_eq!(tokens.len(), 2);
        assert_eq!(tokens[0].start, 4);
        assert!(tokenize(text, 3..99).is_empty());
    }

    #[test]
    fn appending_blocks_leaves_earlier_tokens_alone() {
        // The second block has clusters that hold a space (a space before a combining mark), so
        // its tokens are snapped to clusters in place, after the first block's.
        let text = "Ana said. Ida \u{301}was e \u{301}x here 🇹🇷.";
        let (first, second) = (0..9, 10..text.len());
        let mut tokens = Vec::new();
        tokenize_into(text, first.clone(), &mut tokens);
        tokenize_into(text, second.clone(), &mut tokens);
        let alone: Vec<Token> = [tokenize(text, first), tokenize(text, second.clone())].concat();
        assert_eq!(tokens, alone);
        let words: Vec<&str> = tokenize(text, second).iter().map(|t| &text[t.start..t.end]).collect();
        assert_eq!(words, ["Ida", " \u{301}", "was", "e", " \u{301}", "x", "here", "🇹🇷", "."]);
    }
}
