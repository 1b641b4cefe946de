//! Direct quotes: the cue and speaker around a quotation (after it, before it, or introduced by a
//! colon), and quotes introduced by a cue with no speaker.

use super::cues::{self, is_cue, CueKind};
use super::marks::*;
use super::sentence::*;
use super::speakers::*;
use super::words::*;
use crate::document::Range;
use crate::span::Span;

impl<'a> Attributor<'a> {
    /// The cue and speaker of a direct quote: after it ("…," he said / said Smith) or before
    /// it (Smith said: "…").
    pub(super) fn around_quote(
        &mut self,
        sentence: &Sentence,
        opening: &Sentence,
        quote: Span,
    ) -> Option<(Range, Speaker, Span)> {
        self.attribution_after(sentence, quote).or_else(|| self.attribution_before(opening, quote))
    }

    /// The cue and speaker after a quote: "…," he said; "…," said Smith; "…" Smith said, would be …
    fn attribution_after(&mut self, sentence: &Sentence, quote: Span) -> Option<(Range, Speaker, Span)> {
        let after = sentence.tokens.partition_point(|t| t.start < quote.end);
        for i in after..sentence.tokens.len().min(after + 24) {
            // The words of the next quote are not the reporter's.
            if is_opening_mark(&sentence.words[i]) {
                break;
            }
            // "called the plan “a disgrace” and said …": the second verb's words are its own;
            // so are a participle's ("… was “corrupt,” noting that …").
            // So are the words of a cue with a "that" clause ("…,” though, Lund said that …").
            // ("…,” according to Ruiz" is no participle.)
            if (i > 0 && sentence.words[i - 1] == "and")
                || (sentence.words[i].ends_with("ing") && sentence.words[i] != "according")
                || sentence.words.get(i + 1).is_some_and(|w| w == "that")
            {
                continue;
            }
            // "Waving signs calling him “a loser,” the crowd chanted “…”": a cue right before
            // the next quote introduces that one, not a quote inside the reporter's words.
            let introduces_next = |len: usize| {
                let next = match sentence.words.get(i + len).map(|w| &**w) {
                    Some(":") => i + len + 1,
                    _ => i + len,
                };
                sentence.words.get(next).is_some_and(|w| is_opening_mark(w))
                    && sentence.has_word_before(quote.start)
            };
            if let Some(len) = is_cue(&sentence.words, i).filter(|&len| !introduces_next(len)) {
                let speaker = self
                    .speaker_before(sentence, i)
                    .filter(|s| s.mention.start >= quote.end)
                    .or_else(|| self.speaker_after(sentence, i + len));
                let speaker_token =
                    |s: &Speaker| sentence.tokens.partition_point(|t| t.start < s.mention.start).min(i);
                // "… “loyal friends” in the hall, and she asked …": a speaker after a conjunction
                // opens a clause of its own.
                // Not when the "and" joins two nouns of the subject right after the quote ("…,”
                // the senator and candidate told …"): the speaker is both.
                let phrase_first = |s: &Speaker| sentence.phrase_start(speaker_token(s));
                let speaker = speaker.map(|mut s| {
                    let first = phrase_first(&s);
                    let conjoined = first > after
                        && sentence.words[first - 1] == "and"
                        && first - 1 - after <= 4
                        && (after..first - 1).all(|k| is_wordlike(sentence.tokens[k].kind));
                    if conjoined {
                        s.mention.start = sentence.tokens[after].start;
                    }
                    s
                });
                let own_clause = |s: &Speaker| {
                    let first = phrase_first(s);
                    first > after
                        && (matches!(sentence.words[first - 1].as_ref(), "and" | "but")
                            || SUBORDINATORS.contains(sentence.words[first - 1].as_ref()))
                };
                if let Some(speaker) = speaker.filter(|s| !own_clause(s)) {
                    let attribution = sentence.tokens[phrase_first(&speaker)].start;
                    let mut content = mixed_content(sentence, quote, attribution);
                    // "“Never again,” Ines Lund said, would be her answer to …": the sentence
                    // goes on after the attribution, and all of it is the content.
                    // Not after a speaker named after the cue: what follows describes them ("…,”
                    // said Ana Ruiz, chair of the board).
                    let speaker_first = speaker.mention.end <= sentence.tokens[i].start;
                    let attribution_end = i + len;
                    // Only a quote that breaks off at a comma leaves its sentence open ("“All
                    // aboard!” Ruiz shouted, shorthand for …" is finished).
                    // So does one that words of the reporter's carry on up to a comma ("“…”
                    // income, he said, rather than …").
                    let open_ended = without_closing_marks(quote.slice(sentence.text)).ends_with(',')
                        || (content.end > quote.end && sentence.text[content.end..].starts_with(','));
                    let resumes = speaker_first
                        && open_ended
                        && sentence.words.get(attribution_end).is_some_and(|w| w == ",")
                        // Not "…,” she said, and soon …": a clause of the reporter's own.
                        && sentence
                            .words
                            .get(attribution_end + 1)
                            .is_some_and(|w| resumes_clause(w) && !matches!(w.as_ref(), "and" | "but" | "or" | "so" | "yet"));
                    let last = (0..sentence.words.len())
                        .rev()
                        .find(|&k| !matches!(sentence.words[k].as_ref(), "." | "!" | "?" | "," | ";" | ":"));
                    if let Some(last) = last.filter(|_| resumes) {
                        content.end = content.end.max(sentence.tokens[last].end);
                    }
                    return Some((self.direct_cue(sentence, i, len), speaker, content));
                }
            }
        }
        None
    }

    /// The cue and speaker before a quote, in the sentence that opens it: Smith said: "…"; Said
    /// Smith, "…"; Smith said that "…".
    fn attribution_before(&mut self, sentence: &Sentence, quote: Span) -> Option<(Range, Speaker, Span)> {
        let before = sentence.tokens.partition_point(|t| t.end <= quote.start);
        let colon = before > 0 && sentence.words[before - 1] == ":";
        // A cue opening the sentence ("Said Anna Berg, who grew up nearby, “…”") may stand
        // further back.
        let reach = if colon || sentence.words.first().is_some_and(|w| w == "said") { 16 } else { 8 };
        for i in (before.saturating_sub(reach)..before).rev() {
            // Nor are the words of the quote before.
            if is_closing_mark(&sentence.words[i]) {
                break;
            }
            // "Smith said: “…”" introduces the quote, as does "Smith said in a letter to the
            // board: “…”"; "Smith said the vote was “a win”" is reported speech that quotes a
            // few words, found as such below.
            let introduces = |len: usize| {
                let gap = &sentence.words[(i + len).min(before)..before];
                gap.is_empty()
                    || colon
                    || (i == 0 && gap.last().is_some_and(|w| w == ","))
                    || (gap.len() <= 6 && gap.last().is_some_and(|w| w == ","))
                    || (gap.len() <= 5 && gap.last().is_some_and(|w| w == "that"))
            };
            // A cue that already attributes the quote before ("…," she said, "…") does not
            // introduce this one: the two are one statement.
            let unused = !self.used_cues.contains(&sentence.tokens[i].start);
            if let Some(len) = is_cue(&sentence.words, i).filter(|&len| unused && introduces(len)) {
                // "Said Anna Berg, who grew up nearby, “…”": the speaker follows the cue.
                let speaker = match i {
                    0 => self.speaker_after(sentence, len),
                    _ => self.cue_subject(sentence, i),
                };
                let lowercase = first_letter(quote.slice(sentence.text)).is_some_and(char::is_lowercase);
                let interrupts = |speaker: &Speaker| {
                    let first = sentence
                        .phrase_start(sentence.tokens.partition_point(|t| t.start < speaker.mention.start));
                    lowercase
                        && first > 1
                        && sentence.words[first - 1] == ","
                        && sentence.has_word(0..first - 1)
                        && !sentence.has_mark(0..first)
                };
                if let Some(speaker) = speaker {
                    // "told the paper that “…”" reports what the quote says: the content
                    // starts at "that", as reported speech.
                    let content = match sentence.words[before - 1].as_ref() {
                        // It runs on to the end of the clause ("said that “we need more
                        // information” about the plan").
                        "that" => Span::new(
                            sentence.tokens[before - 1].start,
                            clause_after_quote(sentence, quote).max(quote.end),
                        ),
                        // "adds that Muslims have two choices: “…”": the reported words lead
                        // into the quote.
                        ":" if sentence.words.get(i + len).is_some_and(|w| w == "that") => {
                            Span::new(sentence.tokens[i + len].start, quote.end)
                        }
                        // "Sooner or later, the mayor said, “it pays off.”": an attribution
                        // interrupting a sentence that the quote finishes; the sentence is the
                        // content.
                        "," if interrupts(&speaker) => Span::new(
                            sentence.tokens[0].start,
                            clause_after_quote(sentence, quote).max(quote.end),
                        ),
                        // A naming verb quotes only the name: "a film called “Harbour” on TV".
                        _ if before == i + len && !cues::is(sentence.words[i].as_ref(), CueKind::Naming) => {
                            Span::new(quote.start, clause_after_quote(sentence, quote).max(quote.end))
                        }
                        _ => quote,
                    };
                    return Some((self.direct_cue(sentence, i, len), speaker, content));
                }
            }
        }
        if !colon || before < 2 {
            return None;
        }
        self.colon_attribution(sentence, before, quote)
    }

    /// A speaker named before the colon that introduces a quote (at token `before`), with no cue
    /// we know: "The harbour master, Peter Novak: “…”", "Ruiz went even further: “…”".
    fn colon_attribution(
        &mut self,
        sentence: &Sentence,
        before: usize,
        quote: Span,
    ) -> Option<(Range, Speaker, Span)> {
        // "The harbour master, Peter Novak: “…”": a name and a colon, the colon the cue.
        if let Some(speaker) = self.speaker_at(sentence, before - 2).filter(|s| s.cluster.is_some()) {
            let cue = self.direct_cue(sentence, before - 1, 1);
            return Some((cue, speaker, quote));
        }
        // "Ruiz went even further: “…”", "Berg greets the crowd with a simple message: “…”": a
        // name opening the sentence or close to the colon, then words of its own up to the
        // colon; the verb after the name (or the few words up to the colon) is the cue.
        // The words that may be the verb, in text order: a few after the sentence's start, and
        // those within six tokens of the colon (read without a pass over the words between).
        let opening = 1..(before - 1).min(4);
        let near_colon = before.saturating_sub(6).max(4)..before - 1;
        // A name after an article only describes the noun after it ("the Cruise video from
        // the Internet: “…”").
        let verb = opening.chain(near_colon).find(|&k| {
            self.speaker_at(sentence, k - 1).is_some_and(|s| {
                let first = sentence.tokens.partition_point(|t| t.start < s.mention.start);
                s.cluster.is_some()
                    && (first == 0 || !DETERMINERS.contains(sentence.words[first - 1].as_ref()))
            }) && self.entity_at(&sentence.tokens[k]).is_none()
        })?;
        if sentence.words[verb..before - 1].iter().any(|w| matches!(w.as_ref(), "." | "," | ";" | "?" | "!"))
        {
            return None;
        }
        let speaker = self.speaker_at(sentence, verb - 1)?;
        let len = if before - 1 - verb <= 4 { before - 1 - verb } else { 1 };
        let cue = self.direct_cue(sentence, verb, len);
        Some((cue, speaker, quote))
    }

    /// The cue and, when it can be found, the speaker of a quote (of `words` words) with no
    /// attribution around it: a cue right before it, or before its comma or colon ("… and
    /// chanting “Save the pier!”"), or a sentence of its own after a comma or colon ending the
    /// reporter's words ("He jokes, “It never ends!”", "A memo makes that clear: “…”"), where
    /// the word before the mark is the cue.
    pub(super) fn introduced(
        &mut self,
        text: &str,
        sentence: &Sentence,
        quote: Span,
        words: usize,
    ) -> Option<(Range, Option<Speaker>)> {
        let before = sentence.tokens.partition_point(|t| t.end <= quote.start);
        // "… holding signs and chanting “Save the pier!”": a cue right before the quote (or its
        // comma or colon) introduces it even when no speaker can be told.
        let mark_before = before > 0 && matches!(sentence.words[before - 1].as_ref(), "," | ":");
        let cue_end = before - usize::from(mark_before);
        let direct_cue = (cue_end.saturating_sub(2)..cue_end).find(|&k| {
            is_cue(&sentence.words, k).is_some_and(|len| k + len == cue_end)
                && !cues::is(sentence.words[k].as_ref(), CueKind::Naming)
                && !is_not_a_verb(&sentence.words, k)
                && !self.used_cues.contains(&sentence.tokens[k].start)
        });
        if let Some(k) = direct_cue {
            let len = cue_end - k;
            let speaker = self.cue_subject(sentence, k);
            return Some((self.direct_cue(sentence, k, len), speaker));
        }
        // "their chants of “Ruiz! Ruiz!”": the words called out; a possessive before the noun
        // names who called them.
        if before >= 2
            && sentence.words[before - 1] == "of"
            && CHANT_NOUNS.contains(sentence.words[before - 2].as_ref())
        {
            let noun = before - 2;
            let speaker = noun
                .checked_sub(1)
                .filter(|&k| matches!(sentence.words[k].as_ref(), "their" | "his" | "her" | "its" | "our"))
                .and_then(|k| self.speaker_at(sentence, k));
            return Some((self.direct_cue(sentence, noun, 2), speaker));
        }
        if let Some((cue, speaker)) = mark_before.then(|| self.words_owner(sentence, before - 1)).flatten() {
            return Some((cue, speaker));
        }
        // A few words after a colon are presented as words ("had one message: “Stay home.”");
        // after a comma they are more often a title ("her film, “Low Tide.”").
        if words <= 3 && !(before > 0 && sentence.words[before - 1] == ":") {
            return None;
        }
        let verb = before.checked_sub(2)?;
        let after = sentence.tokens.partition_point(|t| t.start < quote.end);
        let quoted = quote.slice(text).trim_matches(|c: char| !c.is_alphanumeric() && !".?!…".contains(c));
        let whole = quoted.starts_with(char::is_uppercase) && quoted.ends_with(['.', '?', '!', '…']);
        let ends_sentence = !sentence.has_word(after..sentence.tokens.len());
        let mark = matches!(sentence.words[before - 1].as_ref(), "," | ":");
        // A lower-case word: not a name ("… in Los Angeles, “…”").
        let word = sentence.tokens[verb].span().slice(text).chars().all(char::is_lowercase)
            && is_wordlike(sentence.tokens[verb].kind);
        // A cue earlier in the sentence reports the quote as part of what it says ("said that
        // once the session ends, “…”").
        // (Looked for last: the rest rules out all but a sentence's closing quote, so the
        // sentence is read once.)
        if !(whole && ends_sentence && mark && word)
            || (0..verb).any(|k| is_cue(&sentence.words, k).is_some())
        {
            return None;
        }
        let speaker = self.cue_subject(sentence, verb);
        Some((self.direct_cue(sentence, verb, 1), speaker))
    }

    /// "in Ruiz's words, “…”", "in the words of one aide, “…”": the cue ("in" or "in the words
    /// of") and whose words they are, for a quote after the comma at token `comma`. The owner
    /// is a pronoun ("in his words") or a phrase up to its possessive ("in Ruiz’s own words"),
    /// never "in other words".
    pub(super) fn words_owner(
        &mut self,
        sentence: &Sentence,
        comma: usize,
    ) -> Option<(Range, Option<Speaker>)> {
        let words = &sentence.words;
        if words.get(comma).is_none_or(|w| w != ",") {
            return None;
        }
        let k = (comma.saturating_sub(10)..comma).rev().find(|&k| words[k] == "in")?;
        if words.get(k + 1..k + 4).is_some_and(|w| w == ["the", "words", "of"]) && k + 4 < comma {
            let speaker = self.speaker_at(sentence, k + 4).or_else(|| self.object_phrase(sentence, k + 4));
            return Some((self.direct_cue(sentence, k, 4), speaker));
        }
        let possessive =
            (k + 2..comma.saturating_sub(1)).find(|&j| matches!(words[j].as_ref(), "'s" | "’s" | "'" | "’"));
        let pronoun = matches!(words[k + 1].as_ref(), "his" | "her" | "their");
        if comma < k + 3 || words[comma - 1] != "words" || (!pronoun && possessive.is_none()) {
            return None;
        }
        let owner = match possessive {
            Some(end) => Speaker {
                mention: Span::new(sentence.tokens[k + 1].start, sentence.tokens[end - 1].end),
                cluster: None,
            },
            None => {
                let token = &sentence.tokens[k + 1];
                let cluster = self.pronoun_person(token.start);
                Speaker { mention: token.span(), cluster }
            }
        };
        let speaker = self.speaker_at(sentence, k + 1).unwrap_or(owner);
        Some((self.direct_cue(sentence, k, 1), Some(speaker)))
    }
}
