//! A sentence as the quote finder reads it (lower-cased words, counts of words and marks), and
//! the clause boundaries around quotes and cues.

use std::borrow::Cow;

use super::cues::{self, is_cue, CueKind};
use super::marks::*;
use super::words::*;
use crate::document::{Token, TokenKind};
use crate::entities::is_title;
use crate::span::Span;
use crate::tokenize::lower_case;

/// Whether a token of this kind is a word of the sentence (not punctuation, a symbol or an
/// emoji).
pub(super) fn is_wordlike(kind: TokenKind) -> bool {
    matches!(kind, TokenKind::Word | TokenKind::Abbreviation | TokenKind::Number)
}

/// The first letter or digit of a text, which tells a quote that opens a sentence ("“The …")
/// from one that carries on the reporter's ("“the …").
pub(super) fn first_letter(text: &str) -> Option<char> {
    text.chars().find(|c| c.is_alphanumeric())
}

/// A sentence's tokens with their lower-cased words.
pub(super) struct Sentence<'a> {
    pub(super) text: &'a str,
    pub(super) tokens: &'a [Token],
    pub(super) words: Vec<Cow<'a, str>>,
    /// How many of the first `i` tokens are words and how many are quotation marks, for
    /// `i` in `0..=tokens.len()`: whether a stretch of the sentence holds either is answered in
    /// constant time, so a sentence of n quotes costs O(n), not O(n²).
    pub(super) counts: Vec<(u32, u32)>,
}

impl<'a> Sentence<'a> {
    pub(super) fn new(text: &'a str, tokens: &'a [Token]) -> Self {
        let capitalised = |t: &Token| text[t.start..t.end].starts_with(char::is_uppercase);
        // A headline in title case ("Mayor Says Ferry Will Run") capitalises its cues too.
        let word_count = tokens.iter().filter(|t| t.kind == TokenKind::Word).count();
        let title_case =
            2 * tokens.iter().filter(|t| t.kind == TokenKind::Word && capitalised(t)).count() > word_count;
        let words = tokens
            .iter()
            .enumerate()
            .map(|(i, t)| {
                let word = lower_case(&text[t.start..t.end]);
                // A cue word inside a name ("the UCLA Anderson Forecast") is part of the name:
                // it keeps its capital, so that no list of cues finds it.
                let in_name = !title_case
                    && i > 0
                    && capitalised(t)
                    && capitalised(&tokens[i - 1])
                    && tokens[i - 1].kind == TokenKind::Word;
                if in_name && cues::is(&word, CueKind::Speech) {
                    Cow::Borrowed(&text[t.start..t.end])
                } else {
                    word
                }
            })
            .collect::<Vec<_>>();
        let counts = std::iter::once((0, 0))
            .chain(tokens.iter().zip(&words).scan((0, 0), |(w, m), (token, word)| {
                *w += u32::from(is_wordlike(token.kind));
                *m += u32::from(is_quote_mark(word));
                Some((*w, *m))
            }))
            .collect();
        Sentence { text, tokens, words, counts }
    }

    /// Whether token `k` is written with a capital first letter (`words` are lower case).
    pub(super) fn is_capitalised(&self, k: usize) -> bool {
        self.tokens[k].span().slice(self.text).starts_with(char::is_uppercase)
    }

    /// Whether token `k` is a relative pronoun that stands for the object of its clause: one
    /// before a noun phrase ("the camp, which the Church describes as …"; before a verb it is
    /// the subject: "which first reported"). A speaker's mention starts after it, the
    /// attribution at it.
    pub(super) fn opens_object_clause(&self, k: usize) -> bool {
        OBJECT_RELATIVES.contains(self.words[k].as_ref())
            && self
                .words
                .get(k + 1)
                .is_some_and(|next| DETERMINERS.contains(next.as_ref()) || self.is_capitalised(k + 1))
    }

    /// Whether tokens `range` hold a word (not only punctuation, symbols or emoji).
    pub(super) fn has_word(&self, range: std::ops::Range<usize>) -> bool {
        self.counts[range.end].0 > self.counts[range.start].0
    }

    /// Whether tokens `range` hold a quotation mark.
    pub(super) fn has_mark(&self, range: std::ops::Range<usize>) -> bool {
        self.counts[range.end].1 > self.counts[range.start].1
    }

    /// Whether a word of the sentence ends at or before `offset`: a quote starting there is
    /// inside the reporter's sentence rather than opening it.
    pub(super) fn has_word_before(&self, offset: usize) -> bool {
        self.has_word(0..self.tokens.partition_point(|t| t.end <= offset))
    }

    /// Where the phrase of a mention starting at token `at` starts, its article and titles
    /// included ("the ministry", "Ms. Varga", "Sen. Ruiz").
    pub(super) fn phrase_start(&self, at: usize) -> usize {
        (0..at).rev().take_while(|&k| self.words[k] == "the" || is_title(&self.words[k])).last().unwrap_or(at)
    }
}

/// The content of a quote whose attribution follows it (starting at `attribution`): a quote
/// that takes up a sentence begun in the reporter's words is attributed with them ("The new
/// budget is ''a betrayal of every family,'' Ms. Lopes said"), and words between the quote and
/// its attribution belong to it too ("…" and against the harbour plan, Lopes said).
pub(super) fn mixed_content(sentence: &Sentence, quote: Span, attribution: usize) -> Span {
    let tokens = sentence.tokens;
    let is_word = |i: &usize| is_wordlike(tokens[*i].kind);
    let is_mark = |i: usize| is_quote_mark(&sentence.words[i]);
    let lead_in = tokens.partition_point(|t| t.end <= quote.start);
    // "(“…,” wrote Nelson)" and "…: “…”": the quote stands apart from the words before it.
    // So does a whole sentence quoted after a comma ("Speaking on Monday, “But they …,” she
    // said").
    let sentence_after_comma = lead_in > 0
        && sentence.words[lead_in - 1] == ","
        && first_letter(quote.slice(sentence.text)).is_some_and(char::is_uppercase);
    let apart = lead_in > 0
        && (matches!(sentence.words[lead_in - 1].as_ref(), "(" | ":" | ";" | "—" | "–" | "-")
            || sentence_after_comma);
    let start = if sentence.has_word(0..lead_in) && !sentence.has_mark(0..lead_in) && !apart {
        tokens[0].start
    } else {
        quote.start
    };
    let tail_start = tokens.partition_point(|t| t.start < quote.end);
    let tail: Vec<usize> =
        (tail_start..tokens.partition_point(|t| t.end <= attribution).max(tail_start)).collect();
    // Words right before the speaker with no comma between describe them ("“…,” councilmember
    // Ana Ruiz said").
    let set_off = tail.last().is_some_and(|&i| !is_word(&i));
    let end = match tail.iter().copied().rev().find(is_word) {
        Some(last) if set_off && !tail.iter().any(|&i| is_mark(i)) => tokens[last].end,
        _ => quote.end,
    };
    Span::new(start, end)
}

/// Where the content of a quote given right after its cue ends: "Ruiz says “the tide is
/// turning” despite her loss" quotes a few words of a longer statement, which runs on to the
/// end of the clause; a quote that ends its own sentence ("yelled “Go home!” and left") or is
/// followed by punctuation ends at its closing mark.
pub(super) fn clause_after_quote(sentence: &Sentence, quote: Span) -> usize {
    let words = &sentence.words;
    let after = sentence.tokens.partition_point(|t| t.end <= quote.end);
    let finished = after < 2 || matches!(words[after - 2].as_ref(), "." | "!" | "?" | "," | ";" | ":" | "…");
    let continues = words.get(after).is_some_and(|w| {
        is_wordlike(sentence.tokens[after].kind) && w.chars().next().is_some_and(char::is_lowercase)
    });
    let cue_within = |k: usize| (k + 1..words.len().min(k + 4)).any(|c| is_cue(words, c).is_some());
    // "“…,” he claimed": the words after the quote attribute it.
    let attributed = cue_within(after.saturating_sub(1));
    if finished
        || !continues
        || attributed
        || (matches!(words[after].as_ref(), "and" | "but") && cue_within(after))
    {
        return quote.end;
    }
    // Punctuation inside a later quote ("chanted “Go home” and “Stay out.”") ends nothing but
    // that quote, which the clause then takes whole.
    let mut inside_quote = false;
    let mut stop = words.len();
    for k in after..words.len() {
        let word = words[k].as_ref();
        if inside_quote {
            inside_quote = !is_closing_mark(word);
            if !inside_quote && matches!(words[k - 1].as_ref(), "." | "!" | "?") {
                stop = k + 1;
                break;
            }
        } else if is_opening_mark(word) {
            inside_quote = true;
        } else if matches!(word, "." | "!" | "?" | ";" | ":" | "—" | "–" | "(")
            || (word == "," && cue_within(k))
        {
            stop = k;
            break;
        }
    }
    sentence.tokens[stop - 1].end
}

/// Whether the word after an attribution set off by commas carries on the sentence it
/// interrupts ("The plan, she said, could work"), rather than adding to the attribution: a
/// time or place ("in May"), a relative or subordinate clause, a participle ("taking …") or an
/// apposition ("a pollster").
pub(super) fn resumes_clause(next: &str) -> bool {
    next.chars().all(char::is_lowercase)
        && !next.ends_with("ing")
        && !DETERMINERS.contains(next)
        && !SUBORDINATORS.contains(next)
        // When, where and how it was said: "…, she said, just before the vote", "…, he said,
        // then left".
        && !AFTER_CUE_ADVERBIALS.contains(next)
        && !matches!(
            next,
            "just"
                | "shortly"
                | "then"
                | "again"
                | "later"
                | "twice"
                | "with"
                | "without"
                | "by"
                | "over"
                | "via"
                | "who"
                | "which"
                | "where"
                | "whose"
                | "even"
                | "one"
                | "two"
                | "three"
        )
}

/// Whether the cue word at `i` is no verb that reports: it modifies a noun ("a telling sign",
/// "their stated goal"; not after "'s", which may be "has": "he's said") or is a noun itself
/// ("broke into chants of …").
pub(super) fn is_not_a_verb(words: &[Cow<'_, str>], i: usize) -> bool {
    i.checked_sub(1).is_some_and(|k| DETERMINERS.contains(words[k].as_ref()))
        || (CHANT_NOUNS.contains(words[i].as_ref()) && words.get(i + 1).is_some_and(|w| w == "of"))
}

/// Whether the cue word at `i` is a passive participle ("have been stated many times", "was
/// reported"): its subject is what was said, not who said it.
pub(super) fn is_passive(words: &[Cow<'_, str>], i: usize) -> bool {
    !words[i].ends_with("ing")
        && !matches!(words[i].as_ref(), "asked" | "told")
        && word_before_adverbs(words, i).is_some_and(|k| BE_FORMS.contains(words[k].as_ref()))
}

/// The nearest word before word `i` that is no adverb or auxiliary ("who has long said").
pub(super) fn word_before_adverbs(words: &[Cow<'_, str>], i: usize) -> Option<usize> {
    (0..i).rev().find(|&k| !is_adverb(&words[k]))
}

/// Whether a word is an adverb or an auxiliary that may stand between a speaker and the cue
/// ("Smith later said", "she also told", "Comey has said").
pub(super) fn is_adverb(word: &str) -> bool {
    word.ends_with("ly")
        || matches!(
            word,
            "also" | "again" | "later" | "then" | "further" | "today" | "yesterday" | "tonight" | "now"
        )
        // Auxiliaries stand in the same place: "Comey has said", "she had long argued".
        || matches!(word, "has" | "have" | "had" | "will" | "would" | "could" | "may" | "might" | "did" | "does" | "long")
}

/// The comma before the relative pronoun the cue at token `i` follows ("Smith, who said",
/// "Smith, who has long argued", "the Herald, which wrote"), if it follows one.
pub(super) fn relative_comma(sentence: &Sentence, i: usize) -> Option<usize> {
    let who = word_before_adverbs(&sentence.words, i)?;
    let comma = who.checked_sub(1)?;
    (matches!(sentence.words[who].as_ref(), "who" | "which") && sentence.words[comma] == ",").then_some(comma)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    pub(super) fn a_clause_after_a_quote_ends_where_an_attribution_follows() {
        fn clause_end(text: &str) -> &str {
            let tokens = crate::tokenize::tokenize(text, 0..text.len());
            let sentence = Sentence::new(text, &tokens);
            let start = text.find('“').unwrap();
            let quote = Span::new(start, text.find('”').unwrap() + '”'.len_utf8());
            &text[quote.start..clause_after_quote(&sentence, quote)]
        }
        assert_eq!(
            clause_end("Ruiz says “the tide is turning” despite the loss."),
            "“the tide is turning” despite the loss"
        );
        assert_eq!(
            clause_end("Ruiz says “the tide is turning” she claimed on air."),
            "“the tide is turning”"
        );
    }
}
