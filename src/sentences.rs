//! Sentence boundaries over a block's [`Token`]s, with the rules news text needs:
//! abbreviations and initials, acronyms that may or may not end a sentence, quotation marks
//! and brackets after the final stop, ellipses, numbered and lettered lists.
//!
//! ```
//! use article_annotator::{sentences::split_sentences, tokenize::tokenize};
//! let text = "Mr. Smith lives in the U.S. He works for the U.S. Government at 5 p.m. daily.";
//! let tokens = tokenize(text, 0..text.len());
//! let sentences: Vec<&str> = split_sentences(text, &tokens).iter().map(|s| s.slice(text)).collect();
//! assert_eq!(sentences, ["Mr. Smith lives in the U.S.", "He works for the U.S. Government at 5 p.m. daily."]);
//! ```

use crate::calendar::month_number;
use crate::document::{Token, TokenKind};
use crate::span::Span;
use crate::tokenize::lower_case;
use crate::tokenize::{is_closing, is_opening, is_terminal};

/// Abbreviations that stand before a name or number and never end a sentence.
const PREPOSITIVE: &[&str] = &[
    "adm", "brig", "capt", "cmdr", "col", "cpl", "dr", "fig", "gen", "gov", "hon", "lt", "maj", "messrs",
    "mr", "mrs", "ms", "msgr", "mt", "no", "nos", "op", "pp", "pres", "prof", "rep", "reps", "rev", "sen",
    "sens", "sgt", "st", "supt", "vol", "vs",
];

/// Capitalised words that usually begin a sentence, so an abbreviation before them ends one.
const SENTENCE_STARTERS: &[&str] = &[
    "a",
    "according",
    "after",
    "all",
    "also",
    "although",
    "an",
    "and",
    "are",
    "as",
    "at",
    "because",
    "before",
    "both",
    "but",
    "by",
    "can",
    "could",
    "did",
    "do",
    "does",
    "dr.",
    "earlier",
    "for",
    "from",
    "he",
    "her",
    "his",
    "how",
    "however",
    "i",
    "if",
    "in",
    "is",
    "it",
    "its",
    "last",
    "later",
    "many",
    "meanwhile",
    "mr.",
    "mrs.",
    "ms.",
    "my",
    "next",
    "no",
    "not",
    "on",
    "one",
    "or",
    "our",
    "she",
    "should",
    "since",
    "so",
    "some",
    "still",
    "that",
    "the",
    "their",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "though",
    "to",
    "today",
    "under",
    "was",
    "we",
    "were",
    "what",
    "when",
    "where",
    "which",
    "while",
    "who",
    "why",
    "will",
    "with",
    "would",
    "yesterday",
    "yet",
    "you",
    "your",
];

/// Fewest tokens a sentence needs before an abbreviation may end it ("At 5 a.m. Mr. Smith…").
const MIN_TOKENS_BEFORE_ABBREVIATION_END: usize = 4;

/// Sentence spans of one block, given its tokens; every token lands in exactly one sentence.
pub fn split_sentences(text: &str, tokens: &[Token]) -> Vec<Span> {
    let token_text = |i: usize| &text[tokens[i].start..tokens[i].end];
    let mut sentences = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < tokens.len() {
        if i > start && starts_list_item(text, tokens, i, start) {
            sentences.push(Span::new(tokens[start].start, tokens[i - 1].end));
            start = i;
        }
        let Some((last, ends)) = sentence_end_at(text, tokens, i, start) else {
            i += 1;
            continue;
        };
        if ends && last + 1 < tokens.len() {
            let joined = tokens[last + 1].start == tokens[last].end;
            let wide_stop = token_text(i).chars().any(|c| matches!(c, '。' | '！' | '？'));
            if !joined || wide_stop {
                sentences.push(Span::new(tokens[start].start, tokens[last].end));
                start = last + 1;
            }
        }
        i = last + 1;
    }
    if start < tokens.len() {
        sentences.push(Span::new(tokens[start].start, tokens[tokens.len() - 1].end));
    }
    sentences
}

/// If token `i` is a stop or an abbreviation: the index of the last token that belongs with it
/// (a spaced ellipsis, closing quotation marks and brackets) and whether it ends the sentence
/// that began at token `start`.
fn sentence_end_at(text: &str, tokens: &[Token], i: usize, start: usize) -> Option<(usize, bool)> {
    let token_text = |k: usize| &text[tokens[k].start..tokens[k].end];
    let word = token_text(i);
    let is_stop = tokens[i].kind == TokenKind::Punct && word.chars().all(is_terminal);
    let is_abbreviation = tokens[i].kind == TokenKind::Abbreviation;
    if !is_stop && !is_abbreviation {
        return None;
    }
    // A spaced ellipsis ". . ." runs over several one-period tokens.
    let mut last = i;
    let mut periods = word.chars().filter(|&c| c == '.').count();
    while word == "." && last + 1 < tokens.len() && token_text(last + 1) == "." {
        last += 1;
        periods += 1;
    }
    let is_ellipsis = word.contains('…') || (is_stop && periods >= 3);
    while last + 1 < tokens.len()
        && tokens[last + 1].start == tokens[last].end
        && token_text(last + 1).chars().all(|c| is_closing(c) || is_terminal(c))
    {
        last += 1;
    }
    let Some(next) = tokens.get(last + 1) else {
        return Some((last, true));
    };
    let next_text = &text[next.start..next.end];
    let next_first = next_text.chars().next().unwrap_or(' ');
    let capitalised = next_first.is_uppercase();
    let starter = capitalised && SENTENCE_STARTERS.contains(&lower_case(next_text).as_ref());
    let previous = (i > start).then(|| token_text(i - 1));
    let ends = if is_ellipsis {
        let in_brackets = previous == Some("[") && next_text == "]";
        capitalised && next_text != "I" && !in_brackets
    } else if is_abbreviation {
        let stem = lower_case(word.trim_end_matches('.'));
        let long_enough = i + 1 - start >= MIN_TOKENS_BEFORE_ABBREVIATION_END;
        let opens_quote = is_opening(next_first) && next_first != '(';
        // "No." stands before a number ("No. 5"); before anything else it is the word "no".
        let prepositive = PREPOSITIVE.contains(&stem.as_ref())
            && (next_first.is_ascii_digit() || !matches!(stem.as_ref(), "no" | "nos"));
        !prepositive && i > start && long_enough && (starter || opens_quote)
    } else {
        let bullet_before = i >= 2 && i - 2 == start && is_bullet(token_text(start));
        let list_marker = (i == start + 1 || bullet_before) && previous.is_some_and(is_list_label);
        let degree_sign = previous.is_some_and(|p| p.ends_with('°'));
        !next_first.is_lowercase() && !list_marker && !degree_sign
    };
    Some((last, ends))
}

fn is_bullet(word: &str) -> bool {
    matches!(word, "•" | "⁃" | "‣" | "◦")
}

/// A one- or two-digit number or a single letter, as used to label list items.
fn is_list_label(word: &str) -> bool {
    let label = word.trim_end_matches('.');
    let digits = !label.is_empty() && label.len() <= 2 && label.chars().all(|c| c.is_ascii_digit());
    let letter = label.chars().count() == 1 && label.chars().all(char::is_lowercase);
    digits || letter
}

/// True when token `i` begins a new list item inside running text: a bullet, or a label such
/// as `2.`, `2)`, `2.)` or `b.` after a word and before a capitalised word.
fn starts_list_item(text: &str, tokens: &[Token], i: usize, start: usize) -> bool {
    let token_text = |k: usize| tokens.get(k).map_or("", |t| &text[t.start..t.end]);
    let word = token_text(i);
    if is_bullet(word) {
        return true;
    }
    if i == start || tokens[i - 1].kind != TokenKind::Word || !is_list_label(word) {
        return false;
    }
    // "from August 6. This …": a day after its month ends the sentence, it labels nothing.
    if month_number(token_text(i - 1)).is_some() {
        return false;
    }
    let mut k = i + 1;
    if !word.ends_with('.') {
        let mut marks = 0;
        while matches!(token_text(k), "." | ")" | ".)") && marks < 2 {
            k += 1;
            marks += 1;
        }
        if marks == 0 {
            return false;
        }
    }
    token_text(k).chars().next().is_some_and(char::is_uppercase)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokenize::tokenize;

    fn split(text: &str) -> Vec<&str> {
        let tokens = tokenize(text, 0..text.len());
        split_sentences(text, &tokens).iter().map(|s| s.slice(text)).collect()
    }

    #[test]
    fn word_lists_are_lower_case() {
        for list in [PREPOSITIVE, SENTENCE_STARTERS] {
            assert!(list.iter().all(|w| w.to_lowercase() == *w));
        }
    }

    /// The "golden rules" of English sentence segmentation (after the pragmatic_segmenter
    /// test suite), plus news cases.
    #[test]
    fn golden_rules() {
        let cases: &[(&str, &[&str])] = &[
            ("Hello World. My name is Jonas.", &["Hello World.", "My name is Jonas."]),
            ("What is your name? My name is Jonas.", &["What is your name?", "My name is Jonas."]),
            ("There it is! I found it.", &["There it is!", "I found it."]),
            ("My name is Jonas E. Smith.", &["My name is Jonas E. Smith."]),
            ("Please turn to p. 55.", &["Please turn to p. 55."]),
            ("Were Jane and co. at the party?", &["Were Jane and co. at the party?"]),
            ("They closed the deal with Pitt, Briggs & Co. at noon.", &["They closed the deal with Pitt, Briggs & Co. at noon."]),
            ("Let's ask Jane and co. They should know.", &["Let's ask Jane and co.", "They should know."]),
            ("They closed the deal with Pitt, Briggs & Co. It closed yesterday.", &["They closed the deal with Pitt, Briggs & Co.", "It closed yesterday."]),
            ("I can see Mt. Fuji from here.", &["I can see Mt. Fuji from here."]),
            ("He is ranked No. 5 in the state.", &["He is ranked No. 5 in the state."]),
            ("She shook her head no. \"Not today.\"", &["She shook her head no.", "\"Not today.\""]),
            ("St. Michael's Church is on 5th st. near the light.", &["St. Michael's Church is on 5th st. near the light."]),
            ("That is JFK Jr.'s book.", &["That is JFK Jr.'s book."]),
            ("I visited the U.S.A. last year.", &["I visited the U.S.A. last year."]),
            ("I live in the E.U. How about you?", &["I live in the E.U.", "How about you?"]),
            ("I live in the U.S. How about you?", &["I live in the U.S.", "How about you?"]),
            ("I work for the U.S. Government in Virginia.", &["I work for the U.S. Government in Virginia."]),
            ("I have lived in the U.S. for 20 years.", &["I have lived in the U.S. for 20 years."]),
            ("At 5 a.m. Mr. Smith went to the bank. He left the bank at 6 P.M. Mr. Smith then went to the store.", &["At 5 a.m. Mr. Smith went to the bank.", "He left the bank at 6 P.M.", "Mr. Smith then went to the store."]),
            ("She has $100.00 in her bag.", &["She has $100.00 in her bag."]),
            ("She has $100.00. It is in her bag.", &["She has $100.00.", "It is in her bag."]),
            ("He teaches science (He previously worked for 5 years as an engineer.) at the local University.", &["He teaches science (He previously worked for 5 years as an engineer.) at the local University."]),
            ("Her email is Jane.Doe@example.com. I sent her an email.", &["Her email is Jane.Doe@example.com.", "I sent her an email."]),
            ("The site is: https://www.example.50.com/new-site/awesome_content.html. Please check it out.", &["The site is: https://www.example.50.com/new-site/awesome_content.html.", "Please check it out."]),
            ("She turned to him, 'This is great.' she said.", &["She turned to him, 'This is great.' she said."]),
            ("She turned to him, \"This is great.\" she said.", &["She turned to him, \"This is great.\" she said."]),
            ("She turned to him, \"This is great.\" She held the book out to show him.", &["She turned to him, \"This is great.\"", "She held the book out to show him."]),
            ("Hello!! Long time no see.", &["Hello!!", "Long time no see."]),
            ("Hello?? Who is there?", &["Hello??", "Who is there?"]),
            ("Hello!? Is that you?", &["Hello!?", "Is that you?"]),
            ("Hello?! Is that you?", &["Hello?!", "Is that you?"]),
            ("1.) The first item 2.) The second item", &["1.) The first item", "2.) The second item"]),
            ("1.) The first item. 2.) The second item.", &["1.) The first item.", "2.) The second item."]),
            ("1) The first item 2) The second item", &["1) The first item", "2) The second item"]),
            ("1) The first item. 2) The second item.", &["1) The first item.", "2) The second item."]),
            ("1. The first item 2. The second item", &["1. The first item", "2. The second item"]),
            ("1. The first item. 2. The second item.", &["1. The first item.", "2. The second item."]),
            ("• 9. The first item • 10. The second item", &["• 9. The first item", "• 10. The second item"]),
            ("⁃9. The first item ⁃10. The second item", &["⁃9. The first item", "⁃10. The second item"]),
            ("a. The first item b. The second item c. The third list item", &["a. The first item", "b. The second item", "c. The third list item"]),
            ("Flights start on August 6. They run daily.", &["Flights start on August 6.", "They run daily."]),
            ("You can find it at N°. 1026.253.553. That is where the treasure is.", &["You can find it at N°. 1026.253.553.", "That is where the treasure is."]),
            ("She works at Yahoo! in the accounting department.", &["She works at Yahoo! in the accounting department."]),
            ("We make a good team, you and I. Did you see Albert I. Jones yesterday?", &["We make a good team, you and I.", "Did you see Albert I. Jones yesterday?"]),
            ("Thoreau argues that by simplifying one’s life, “the laws of the universe will appear less complex. . . .”", &["Thoreau argues that by simplifying one’s life, “the laws of the universe will appear less complex. . . .”"]),
            ("\"Bohr [...] used the analogy of parallel stairways [...]\" (Smith 55).", &["\"Bohr [...] used the analogy of parallel stairways [...]\" (Smith 55)."]),
            ("If words are left off at the end of a sentence, and that is all that is omitted, indicate the omission with ellipsis marks (preceded and followed by a space) and then indicate the end of the sentence with a period . . . . Next sentence.", &["If words are left off at the end of a sentence, and that is all that is omitted, indicate the omission with ellipsis marks (preceded and followed by a space) and then indicate the end of the sentence with a period . . . .", "Next sentence."]),
            ("I never meant that.... She left the store.", &["I never meant that....", "She left the store."]),
            ("I wasn’t really ... well, what I mean...see . . . what I'm saying, the thing is . . . I didn’t mean it.", &["I wasn’t really ... well, what I mean...see . . . what I'm saying, the thing is . . . I didn’t mean it."]),
            ("One further habit which was somewhat weakened . . . was that of combining words into self-interpreting compounds. . . . The practice was not abandoned. . . .", &["One further habit which was somewhat weakened . . . was that of combining words into self-interpreting compounds. . . .", "The practice was not abandoned. . . ."]),
        ];
        let mut failures = Vec::new();
        for (text, expected) in cases {
            let got = split(text);
            if &got != expected {
                failures.push(format!("{text}\n   got {got:?}"));
            }
        }
        assert!(
            failures.is_empty(),
            "{} of {} rules fail:\n{}",
            failures.len(),
            cases.len(),
            failures.join("\n")
        );
    }

    #[test]
    fn news_cases() {
        let cases: &[(&str, &[&str])] = &[
            ("“We will act,” he said. “Now.”", &["“We will act,” he said.", "“Now.”"]),
            (
                "Sales rose 3.5% to 1,000.5 tonnes. Prices fell.",
                &["Sales rose 3.5% to 1,000.5 tonnes.", "Prices fell."],
            ),
            (
                "It happened on Dec. 12 in Ankara. Gen. Smith left.",
                &["It happened on Dec. 12 in Ankara.", "Gen. Smith left."],
            ),
            (
                "The shares of Acme Inc. rose. They fell later.",
                &["The shares of Acme Inc. rose.", "They fell later."],
            ),
            ("東京は晴れ。大阪は雨。", &["東京は晴れ。", "大阪は雨。"]),
        ];
        for (text, expected) in cases {
            assert_eq!(&split(text), expected, "{text}");
        }
    }
}
