//! Reported speech: "SPEAKER CUE (that) CONTENT", "CONTENT, SPEAKER CUE", "according to
//! SPEAKER, CONTENT", findings of polls and studies, and questions asked.

use std::cell::OnceCell;

use super::cues::{self, is_cue, CueKind};
use super::marks::*;
use super::sentence::*;
use super::speakers::*;
use super::words::*;
use crate::document::{Quote, QuoteKind, Range, TokenKind};
use crate::span::Span;
use crate::tokenize::lower_case;

/// How many words after a cue are searched for the end of its content.
pub(super) const MAX_CONTENT_WORDS: usize = 300;

/// How many words may lead up to a speaker's name after the comma that ends the content
/// ("…, the mayor's longtime adviser Rolf Stein said").
pub(super) const LEAD_UP: usize = 8;

/// Longest prepositional phrase, in tokens with its preposition, that a statement may be made
/// of alone without being one ("in a statement", "to the board").
const PHRASE_WORDS: usize = 4;

/// A cue at token `i` of a sentence, taking `len` words, with what every pattern reads.
struct CueSite<'s> {
    sentence: &'s Sentence<'s>,
    /// The end of the direct quote that holds a position.
    quoted: &'s dyn Fn(usize) -> Option<usize>,
    i: usize,
    len: usize,
    /// The sentence's length in tokens.
    n: usize,
    cue: Range,
    /// The cue's subject, found when a pattern first asks for it.
    subject: OnceCell<Option<Speaker>>,
}

impl CueSite<'_> {
    /// The cue's subject ("Smith said", "…, saying"), or the poll, survey or report before it.
    fn subject(&self, attributor: &Attributor) -> Option<Speaker> {
        self.subject
            .get_or_init(|| {
                attributor
                    .cue_subject(self.sentence, self.i)
                    .or_else(|| attributor.evidence_subject(self.sentence, self.i))
            })
            .clone()
    }
}

/// What a pattern makes of a cue.
enum Reading {
    /// Reported speech, and the token where the search may go on.
    Found(Quote, usize),
    /// The cue reports nothing: no later pattern reads it.
    NextCue,
    /// The pattern does not fit: the next one reads the cue.
    NotThis,
}

/// Where reported content that may run to token `end` really ends: before the sentence's
/// closing punctuation.
fn content_end(sentence: &Sentence, mut end: usize) -> usize {
    while end > 0 && matches!(sentence.words[end - 1].as_ref(), "." | "!" | "?" | "," | ";" | ":") {
        end -= 1;
    }
    end
}

impl<'a> Attributor<'a> {
    /// The first reported speech in a sentence from token `from` on: "SPEAKER CUE (that)
    /// CONTENT" or "CONTENT, SPEAKER CUE", or "according to SPEAKER, CONTENT"; cues inside direct
    /// quotes do not count. Returns the quote and the token where the search may go on.
    ///
    /// Each cue is read by the patterns in order, until one finds reported speech or gives the
    /// cue up.
    pub(super) fn reported(
        &mut self,
        sentence: &Sentence,
        quoted: &dyn Fn(usize) -> Option<usize>,
        from: usize,
    ) -> Option<(Quote, usize)> {
        let n = sentence.tokens.len();
        // "In a new Courier poll, 52 percent back the bridge": the source opens the sentence.
        if from == 0 {
            if let Some(found) = self.evidence_opening(sentence, quoted, content_end(sentence, n)) {
                return Some(found);
            }
        }
        let patterns: [fn(&mut Self, &CueSite) -> Reading; 4] =
            [Self::according_to, Self::question, Self::inverted, Self::speaker_first];
        for i in from..n {
            let Some(len) = is_cue(&sentence.words, i) else {
                continue;
            };
            if quoted(sentence.tokens[i].start).is_some()
                || self.used_cues.contains(&sentence.tokens[i].start)
                || cues::is_quote_only(sentence.words[i].as_ref())
                || is_not_a_verb(&sentence.words, i)
                || is_passive(&sentence.words, i)
            {
                continue;
            }
            let site = CueSite {
                sentence,
                quoted,
                i,
                len,
                n,
                cue: self.cue_range(sentence, i, len),
                subject: OnceCell::new(),
            };
            for pattern in patterns {
                match pattern(self, &site) {
                    Reading::Found(quote, next) => return Some((quote, next)),
                    Reading::NextCue => break,
                    Reading::NotThis => {}
                }
            }
        }
        None
    }

    /// "according to Smith, …" or "…, according to Smith."
    fn according_to(&mut self, site: &CueSite) -> Reading {
        let CueSite { sentence, quoted, i, len, n, cue, .. } = *site;
        if sentence.words[i] != "according" {
            return Reading::NotThis;
        }
        let Some(speaker) = self
            .speaker_at(sentence, i + 2)
            .or_else(|| self.speaker_at(sentence, i + 3))
            .or_else(|| self.object_phrase(sentence, i + 2))
        else {
            return Reading::NextCue;
        };
        let (start, end) = if i == 0 || sentence.words[i - 1] != "," {
            let Some(comma) = (i + 2..n).find(|&k| sentence.words[k] == ",") else {
                return Reading::NextCue;
            };
            (comma + 1, content_end(sentence, n))
        } else {
            // "Among the projects at risk, according to Ms. Vance, are 16 bridges": the
            // sentence goes on after the attribution, and all of it is the content.
            // Not when the source has an apposition or a clause of its own ("…,
            // according to the Pew Research Center, which …", "…, a pollster").
            let resumes = (i + 2..n)
                .find(|&k| sentence.words[k] == ",")
                .filter(|&comma| comma + 1 < content_end(sentence, n))
                .is_some_and(|comma| resumes_clause(&sentence.words[comma + 1]));
            (0, if resumes { content_end(sentence, n) } else { i - 1 })
        };
        if let Some(quote) = self.reported_quote(sentence, start, end, cue, Some(speaker), quoted) {
            return Reading::Found(quote, end.max(i + len));
        }
        Reading::NextCue
    }

    /// "Asked whether he would run, Ruiz smiled": a question put to someone.
    fn question(&mut self, site: &CueSite) -> Reading {
        let CueSite { sentence, i, len, .. } = *site;
        match self.question_asked(sentence, i) {
            Some(question) => {
                let next = sentence.tokens.partition_point(|t| t.start < question.end);
                Reading::Found(question, next.max(i + len))
            }
            None => Reading::NotThis,
        }
    }

    /// "…, said Mark Voss, a party chairman.": the content comes first, the speaker after the cue.
    fn inverted(&mut self, site: &CueSite) -> Reading {
        let CueSite { sentence, quoted, i, len, n, cue, .. } = *site;
        let subject = site.subject(self);
        // "…, said Mark Voss, a party chairman." : the content comes first, the speaker
        // after the cue.
        let inverted = i > 3
            && sentence.words[i - 1] == ","
            && !sentence.words[i].ends_with("ing")
            && !matches!(sentence.words.get(i + len).map(|w| &**w), Some("that" | "on" | "in" | "to"))
            // "Smith, an economist, said …": the comma closes the subject's apposition.
            && subject.is_none();
        if inverted {
            if let Some(speaker) = self.speaker_after(sentence, i + len).filter(|s| {
                // The speaker ends the sentence or starts an apposition, perhaps after the
                // place or body the person is of ("said Senator Ana Lima of Ohio.").
                let next = sentence.tokens.partition_point(|t| t.start < s.mention.end);
                let next = self.after_affiliation(sentence, next);
                next >= content_end(sentence, n) || sentence.words[next] == ","
            }) {
                if let Some(quote) = self.reported_quote(sentence, 0, i - 1, cue, Some(speaker), quoted) {
                    return Reading::Found(quote, i + len);
                }
                return Reading::NextCue;
            }
        }
        Reading::NotThis
    }

    /// "SPEAKER CUE (that) CONTENT", and "CONTENT, SPEAKER CUE" with the speaker before the cue
    /// ("…, the minister said."): a subject, or a statement whose speaker cannot be told.
    fn speaker_first(&mut self, site: &CueSite) -> Reading {
        let CueSite { sentence, quoted, i, len, n, cue, .. } = *site;
        // "…, the minister said." : the content comes first.
        let relative = relative_comma(sentence, i).is_some();
        // A cue with a "that" clause of its own reports a statement even when its speaker
        // cannot be told ("…, said in an interview with the Courier that …").
        // Not a participle, whose speaker is the subject of the main clause still to come
        // ("Admitting that …, Lund said …").
        let that_clause = (i + len..n.min(i + len + 10))
            .take_while(|&k| !matches!(sentence.words[k].as_ref(), "." | ";" | ":" | "?" | "!"))
            .any(|k| sentence.words[k] == "that");
        // So does "say" after words of a subject we cannot tell ("… who marched on the
        // port say they …"), but not after a comma, where the speaker follows it ("…, said
        // one of the divers who …"), nor set off by commas ("by, say, ten votes").
        let after_subject = i > 0
            && is_wordlike(sentence.tokens[i - 1].kind)
            && sentence.words.get(i + len).is_some_and(|w| w != "," && w != ".");
        let says = matches!(sentence.words[i].as_ref(), "say" | "says" | "said") && after_subject;
        let unnamed_statement = (that_clause || says) && !sentence.words[i].ends_with("ing");
        let speaker = site.subject(self);
        if speaker.is_none() && !unnamed_statement {
            // "Smith's statement said …" and other cues without a subject are left alone.
            return Reading::NextCue;
        }
        if speaker.as_ref().is_some_and(|s| asks_whether(sentence, s)) {
            return Reading::NextCue;
        }
        let speaker_start = self.attribution_start(site, speaker.as_ref());
        let comma_before = speaker_start > 1 && sentence.words[speaker_start - 1] == ",";
        // "…, the ministry said on Wednesday, helped by …": what follows the cue is no clause.
        // After a hearer ("…, an official told the Courier.", "…, he told the court in
        // his filing.").
        let after_cue = if cues::takes_hearer(sentence.words[i].as_ref()) {
            self.hearer_end(sentence, i + len)
        } else {
            i + len
        };
        let tail = sentence.words.get(after_cue).map_or(".", |w| &**w);
        // "reported at least six …" and "vowed to put …" open a clause.
        let next = sentence.words.get(after_cue + 1).map_or("", |w| &**w);
        let adverbial = AFTER_CUE_ADVERBIALS.contains(tail)
            && !(tail == "at" && matches!(next, "least" | "most"))
            && !(tail == "to" && self.is_infinitive(sentence, after_cue + 1));
        // "…, Coll said on Tuesday that …" has its clause after all.
        let no_clause_after =
            content_end(sentence, n) <= after_cue || !that_clause && (matches!(tail, "," | ".") || adverbial);
        if comma_before && no_clause_after {
            // "A new contractor, he said, could finish it by spring": the attribution
            // interrupts the content, which goes on after it.
            let resumes = (i + len..n.min(i + len + 3))
                .find(|&k| sentence.words[k] == ",")
                .filter(|&comma| (i + len..comma).all(|k| is_wordlike(sentence.tokens[k].kind)))
                .and_then(|comma| sentence.words.get(comma + 1))
                .is_some_and(|next| {
                    next.chars().all(char::is_lowercase)
                        && !next.ends_with("ing")
                        && !matches!(
                            next.as_ref(),
                            "in" | "on" | "at" | "during" | "after" | "before" | "who" | "which" | "when"
                        )
                });
            let end = if resumes { content_end(sentence, n) } else { speaker_start - 1 };
            if let Some(quote) = self.reported_quote(sentence, 0, end, cue, speaker, quoted) {
                return Reading::Found(quote, end.max(i + len));
            }
            return Reading::NextCue;
        }
        let start = self.content_start(site);
        // The content keeps its "that", as news corpora mark it; the words after it
        // decide whether it is a quote.
        let first = start + usize::from(sentence.words.get(start).is_some_and(|w| w == "that"));
        let end = self.content_boundary(site, start, speaker_start, relative);
        if end <= first || quoted(sentence.tokens[first].start).is_some() {
            return Reading::NextCue;
        }
        // "shot back in a statement, saying …", "wrote in the Courier on Friday": phrases of
        // time or place alone are no statement (`start <= first < end` here).
        if self.only_short_prepositional_phrases(sentence, start, end) {
            return Reading::NextCue;
        }
        // A naming verb attributes only the words it quotes: "Smith called the plan
        // “a disgrace”", not "a group called Friends of the Harbour".
        if len == 1
            && cues::is(sentence.words[i].as_ref(), CueKind::Naming)
            && !(start..end).any(|k| quoted(sentence.tokens[k].start).is_some())
        {
            return Reading::NextCue;
        }
        if let Some(mut quote) = self.reported_quote(sentence, start, end, cue, speaker, quoted) {
            // "Murphy said the “train may have left the station. I don't want …”": a
            // quote opened inside the content that runs past the sentence is part of it.
            if let Some(quote_end) = (start..end).find_map(|k| quoted(sentence.tokens[k].start)) {
                quote.end = quote.end.max(quote_end);
            }
            return Reading::Found(quote, end.max(i + len));
        }
        Reading::NextCue
    }

    /// Where the attribution of the cue starts: its speaker's phrase with its article and
    /// titles, a few words leading up to the name, or a role before the name.
    fn attribution_start(&self, site: &CueSite, speaker: Option<&Speaker>) -> usize {
        let CueSite { sentence, i, .. } = *site;
        let speaker_start =
            speaker.as_ref().map_or(i, |s| sentence.tokens.partition_point(|t| t.start < s.mention.start));
        // "…, which the bank detailed": the attribution starts at the relative pronoun.
        let speaker_start =
            speaker_start - usize::from(speaker_start > 0 && sentence.opens_object_clause(speaker_start - 1));
        // The comma before the speaker, or before its article and titles ("…, the
        // ministry said", "…, Ms. Varga said", "…, Sen. Ruiz said").
        // Or before a few words that lead up to the name ("…, the news site Metro Daily
        // reported").
        let phrase_word = |k: usize| {
            (is_wordlike(sentence.tokens[k].kind) || matches!(sentence.words[k].as_ref(), "'s" | "’s"))
                && is_cue(&sentence.words, k).is_none()
        };
        let speaker_start = (speaker_start.saturating_sub(LEAD_UP)..speaker_start)
            .rev()
            .take_while(|&k| {
                phrase_word(k)
                    // "…, a charge that party leaders denied": a relative clause.
                    && !matches!(sentence.words[k].as_ref(), "that" | "which" | "who" | "whom")
            })
            .last()
            .filter(|&k| k > 0 && sentence.words[k - 1] == ",")
            .unwrap_or_else(|| sentence.phrase_start(speaker_start));
        // "…, the port's chief engineer, Ana Ruiz, said" and "Its chair, Dr. Lena Ward,
        // stated": a role before the name, after a comma or opening the sentence, is part
        // of the attribution.
        // Opening the sentence, only a short one after a possessive: "The talks have
        // failed, Ms. Varga said" is content.
        let comma = (speaker_start.saturating_sub(LEAD_UP)..speaker_start.saturating_sub(1))
            .rev()
            .find(|&k| sentence.words[k] == ",");
        let role_start = match comma {
            Some(comma) => {
                Some(comma + 1).filter(|&role| DETERMINERS.contains(sentence.words[role].as_ref()))
            }
            None => Some(0).filter(|_| {
                speaker_start <= 5
                    && matches!(sentence.words[0].as_ref(), "its" | "his" | "her" | "their" | "our")
            }),
        };

        role_start
            .filter(|&role| {
                speaker_start > role + 1
                    && sentence.words[speaker_start - 1] == ","
                    && (role..speaker_start - 1).all(phrase_word)
            })
            .unwrap_or(speaker_start)
    }

    /// The token where the content after the cue starts: past a hearer ("told reporters that"),
    /// an aside between dashes, a time or place ("said on Tuesday that"), "about".
    fn content_start(&self, site: &CueSite) -> usize {
        let CueSite { sentence, i, len, n, .. } = *site;
        let mut start = i + len;
        if cues::takes_hearer(sentence.words[i].as_ref()) {
            // "told reporters that …": the content starts at "that"; "urged the council
            // to act" keeps the one urged.
            let hearer_end = self.hearer_end(sentence, start);
            let request = sentence.words.get(hearer_end).is_some_and(|w| w == "to")
                && self.is_infinitive(sentence, hearer_end + 1);
            if !request {
                start =
                    (start..n.min(start + 8)).find(|&k| sentence.words[k] == "that").unwrap_or(hearer_end);
            }
        }
        // "said — on the radio, as it happens — that …": an aside between dashes.
        if start < n && matches!(sentence.words[start].as_ref(), "—" | "–" | "--") {
            if let Some(dash) =
                (start + 1..n.min(start + 12)).find(|&k| sentence.words[k] == sentence.words[start])
            {
                start = dash + 1;
            }
        }
        // "said on Tuesday that …": the content starts after "that".
        if start < n && AFTER_CUE_ADVERBIALS.contains(sentence.words[start].as_ref()) {
            if let Some(that) = (start..n.min(start + 12))
                .take_while(|&k| sentence.words[k] != "." && is_cue(&sentence.words, k).is_none())
                .find(|&k| sentence.words[k] == "that")
            {
                start = that;
            }
        }
        // "joked about moving abroad": what is talked about, without "about".
        while start < n && matches!(sentence.words[start].as_ref(), "," | ":" | "about") {
            start += 1;
        }
        start
    }

    /// Whether the words `start..end` are only prepositional phrases of at most
    /// [`PHRASE_WORDS`] words each, the first of time or place ("in the Courier on Friday",
    /// "in a statement"): a preposition, then words up to the next preposition or the end. (A
    /// first "to" or "for" is left alone: "alluded to a deal", "appealed for calm" say what.)
    fn only_short_prepositional_phrases(&self, sentence: &Sentence, start: usize, end: usize) -> bool {
        let opens = |k: usize| matches!(sentence.words[k].as_ref(), "in" | "on" | "at" | "during");
        let is_preposition = |k: usize| match sentence.words[k].as_ref() {
            "in" | "on" | "at" | "during" | "from" | "for" | "with" | "by" | "after" | "before" => true,
            "to" => !self.is_infinitive(sentence, k + 1),
            _ => false,
        };
        if start >= end || !opens(start) {
            return false;
        }
        let mut phrase = start;
        loop {
            match (phrase + 1..end.min(phrase + 1 + PHRASE_WORDS)).find(|&k| is_preposition(k)) {
                Some(next) => phrase = next,
                None => return end - phrase <= PHRASE_WORDS,
            }
        }
    }

    /// The token where the content that starts at token `start` ends: a closing comma of a
    /// relative or subordinate clause, another attribution, a second statement, a comparison
    /// the reporter adds, or the end of the sentence.
    fn content_boundary(&self, site: &CueSite, start: usize, speaker_start: usize, relative: bool) -> usize {
        let CueSite { sentence, quoted, i, n, .. } = *site;
        // A relative clause, or a subordinate one ("While the mayor says …, residents
        // …"), ends at its closing comma.

        // Or the sentence opens with a subordinate or participle clause that holds the
        // cue ("Admitting that the mayor says odd things, Lund …").
        // (The sentence's first word is checked first, and only a clause within reach
        // is read, so that a long sentence is not read again for each of its cues.)
        let opening_clause = sentence.words.first().is_some_and(|w| {
            SUBORDINATORS.contains(w.as_ref()) || (w.ends_with("ing") && is_cue(&sentence.words, 0).is_none())
        }) && speaker_start <= SUBJECT_REACH
            && (0..speaker_start).all(|k| sentence.words[k] != ",");
        let subordinate = opening_clause
            || (speaker_start > 0 && SUBORDINATORS.contains(sentence.words[speaker_start - 1].as_ref()));
        // A comma inside closing quotation marks ("… the “best record,” Lund …") keeps
        // the marks.
        // Boundaries are looked for within a window, so that a sentence with thousands of
        // cues is read in linear time; content runs on past it only in a sentence longer
        // than any in the news.
        let scan_end = n.min(start + MAX_CONTENT_WORDS);
        let closing_comma = (start..scan_end)
            .find(|&k| sentence.words[k] == ",")
            .filter(|_| relative || subordinate)
            .map(|k| if sentence.words.get(k + 1).is_some_and(|w| is_closing_mark(w)) { k + 2 } else { k });
        // A participle that attributes more ("…, telling reporters …") starts another
        // attribution.
        // So does a relative clause that attributes ("…, whom he described as …").
        // The comma may sit inside closing quotation marks ("… “corrupt,” noting …").
        // "Ruiz, writing in the Courier, said …": a participle between commas ends
        // before the cue of the main clause.
        let apposition = sentence.words[i].ends_with("ing") && i > 0 && sentence.words[i - 1] == ",";
        let participle = (start..scan_end.min(n - 1)).find_map(|k| {
            let marked = is_closing_mark(&sentence.words[k + 1]);
            let after = k + 1 + usize::from(marked);
            let next = sentence.words.get(after).map_or("", |w| &**w);
            let attributes = sentence.words[k] == ","
                && (((apposition || next.ends_with("ing")) && is_cue(&sentence.words, after).is_some())
                    || (matches!(next, "who" | "whom" | "which")
                        && (after + 1..n.min(after + 5)).any(|c| is_cue(&sentence.words, c).is_some())));
            // The content keeps the quotation marks it opened.
            attributes.then_some(if marked { after } else { k })
        });
        // A quote that opens after a comma or colon and runs on past the sentence is a
        // statement of its own: the content stops before it.
        let sentence_end = sentence.tokens[n - 1].end;
        let runs_on = (start + 1..scan_end).find(|&k| {
            matches!(sentence.words[k - 1].as_ref(), "," | ":")
                && quoted(sentence.tokens[k].start).is_some_and(|e| e > sentence_end)
        });
        // "…, and said …", "…, and more than four in ten said …", "… but noted …",
        // "…, while Cruz said …", "…; 26 percent say …", "… — the actress also noted …":
        // a second statement.
        let second_cue = (start + 1..scan_end.min(n - 1)).find(|&k| {
            matches!(sentence.words[k].as_ref(), "and" | "but" | "while" | "whereas" | ";" | "—" | "–" | "--")
                && (k + 1..n.min(k + 11))
                    .take_while(|&c| {
                        is_wordlike(sentence.tokens[c].kind)
                            || matches!(sentence.words[c].as_ref(), "," | "'s" | "’s")
                    })
                    .any(|c| {
                        is_cue(&sentence.words, c).is_some()
                            && !(sentence.words[c - 1] == "," && sentence.words[c].ends_with("ing"))
                    })
        });
        let second_cue = second_cue.map(|k| if sentence.words[k - 1] == "," { k - 1 } else { k });
        // "… say the economy is improving, compared with 40 percent …": a comparison
        // the reporter adds.
        let comparison = (start + 1..scan_end.min(n - 1))
            .find(|&k| sentence.words[k] == "," && sentence.words[k + 1] == "compared");
        // "…, and the two sides agreed to keep talking, officials said.": the sentence
        // closes with an attribution of its own.
        let attributed_after = (start + 1..scan_end).find(|&k| {
            sentence.words[k] == ","
                && (k + 1..n.min(k + 1 + LEAD_UP)).any(|c| {
                    (k + 1..c).all(|w| is_wordlike(sentence.tokens[w].kind))
                        && is_cue(&sentence.words, c).is_some_and(|len| {
                            c + len >= content_end(sentence, n) || sentence.words[c + len] == ","
                        })
                })
        });

        [
            closing_comma,
            participle,
            second_cue,
            comparison,
            attributed_after,
            runs_on.map(|end| content_end(sentence, end)),
        ]
        .into_iter()
        .flatten()
        .min()
        .unwrap_or_else(|| content_end(sentence, n))
    }

    /// The poll, survey or report before an apposition that ends right before the evidence cue
    /// at token `i` ("A survey of 900 workers, carried out in May, shows …").
    pub(super) fn evidence_subject(&self, sentence: &Sentence, i: usize) -> Option<Speaker> {
        let words = &sentence.words;
        if !cues::is(words[i].as_ref(), CueKind::Evidence) || words.get(i.checked_sub(1)?)? != "," {
            return None;
        }
        let source = (i.saturating_sub(16)..i).rev().find(|&k| EVIDENCE_SOURCES.contains(&words[k]))?;
        let comma = (source..i).find(|&k| words[k] == ",")?;
        self.subject_phrase(sentence, comma)
    }

    /// The findings of a poll, survey or report named in a phrase that opens the sentence ("In
    /// a CBS News poll last month, Ruiz had a 10-point lead"): the phrase is the source, "In"
    /// the cue and the rest of the sentence, up to `end`, the content.
    pub(super) fn evidence_opening(
        &mut self,
        sentence: &Sentence,
        quoted: &dyn Fn(usize) -> Option<usize>,
        end: usize,
    ) -> Option<(Quote, usize)> {
        if sentence.words.first()? != "in" {
            return None;
        }
        let comma = (1..sentence.words.len().min(14)).find(|&k| sentence.words[k] == ",")?;
        let phrase = 1..comma;
        let names_evidence = phrase.clone().any(|k| EVIDENCE_SOURCES.contains(&sentence.words[k]));
        if !names_evidence || phrase.clone().any(|k| is_cue(&sentence.words, k).is_some()) || comma < 2 {
            return None;
        }
        // The poll speaks, not the newspaper that ran it: no cluster.
        let source = Speaker {
            mention: Span::new(sentence.tokens[1].start, sentence.tokens[comma - 1].end),
            cluster: None,
        };
        let cue = self.cue_range(sentence, 0, 1);
        let quote = self.reported_quote(sentence, comma + 1, end, cue, Some(source), quoted)?;
        Some((quote, end.max(comma + 1)))
    }

    /// A question put to someone, with the asker unnamed: "Asked whether he would run, Ruiz
    /// smiled", "when asked about the merger, she …", "Voss was asked by a caller why …". The
    /// content is the question (or what it was about) up to the comma before the one who
    /// answers, else the first comma; the speaker is unknown.
    pub(super) fn question_asked(&self, sentence: &Sentence, i: usize) -> Option<Quote> {
        let words = &sentence.words;
        let passive =
            i == 0 || matches!(words[i - 1].as_ref(), "when" | "was" | "were" | "being" | "after" | "if");
        if words[i] != "asked" || !passive {
            return None;
        }
        let n = words.len();
        // "Asked by Matt Lauer whether …", "Asked during a debate why …": a few words between.
        let question = (i + 1..n.min(i + 8))
            .take_while(|&k| is_wordlike(sentence.tokens[k].kind))
            .find(|&k| QUESTION_WORDS.contains(words[k].as_ref()))?;
        let start = question + usize::from(words[question] == "about");
        // The question runs to the comma before the one who answers ("Asked whether Ruiz, the
        // mayor, could win, Voss smiled"), else to the first comma.
        let commas = || (start..n).filter(|&k| words[k] == ",");
        let end = commas()
            .find(|&k| self.speaker_at(sentence, k + 1).is_some())
            .or_else(|| commas().next())
            .unwrap_or_else(|| content_end(sentence, n));
        let (first, last) = (sentence.tokens.get(start)?, sentence.tokens.get(end.checked_sub(1)?)?);
        // "Asked by Matt Lauer whether …": the one who asked is named.
        let asker = (words.get(i + 1)? == "by" && question > i + 2).then(|| Speaker {
            mention: Span::new(sentence.tokens[i + 2].start, sentence.tokens[question - 1].end),
            cluster: self.entity_at(&sentence.tokens[i + 2]).and_then(|e| e.cluster_index()),
        });
        (start < end).then(|| Quote {
            kind: QuoteKind::Reported,
            start: first.start,
            end: last.end,
            cue: Some(self.cue_range(sentence, i, 1)),
            speaker: asker.as_ref().and_then(|a| a.cluster),
            speaker_mention: asker.map(|a| a.range()),
            edit: None,
        })
    }

    pub(super) fn reported_quote(
        &mut self,
        sentence: &Sentence,
        start: usize,
        end: usize,
        cue: Range,
        speaker: Option<Speaker>,
        quoted: &dyn Fn(usize) -> Option<usize>,
    ) -> Option<Quote> {
        let (first, last) = (sentence.tokens.get(start)?, sentence.tokens.get(end.checked_sub(1)?)?);
        // Reported content opens with no punctuation ("says; in 2012 …" is no statement) and
        // not inside a quote, but it may open with one ("‘Harbour truther’ Lund is …, Ruiz
        // says."): then it is direct, as a quote carried on by the reporter's words is. (Not a
        // straight single mark, which as often elides: measured on PolNeAR train, it lowers F1.)
        let opens_quote = is_opening_mark(&sentence.words[start]) || sentence.words[start] == "‘";
        if start >= end || (!opens_quote && (quoted(first.start).is_some() || first.kind == TokenKind::Punct))
        {
            return None;
        }
        let cue_word = sentence.words.get(sentence.tokens.partition_point(|t| t.start < cue.start));
        let kind = if cue_word.is_some_and(|w| cues::is(w, CueKind::Position)) {
            QuoteKind::Position
        } else if opens_quote {
            QuoteKind::Direct
        } else {
            QuoteKind::Reported
        };
        Some(Quote {
            kind,
            start: first.start,
            // Content that ends inside a quote ("added that “…” and “… than him.”") takes the
            // rest of it.
            end: quoted(last.start).map_or(last.end, |end| end.max(last.end)),
            cue: Some(cue),
            speaker: speaker.as_ref().and_then(|s| s.cluster),
            speaker_mention: speaker.map(|s| s.range()),
            edit: None,
        })
    }
}

/// Whether the cue whose subject is `speaker` is asked about in a question ("Do you think it
/// was fair?", "What do you think it means?", "Will they announce the results?"): an auxiliary
/// before the subject, opening the sentence or a clause or after a question word other than
/// "why", and a question mark closing it. Such a question reports no one's words: the one who
/// asks claims nothing, and the one asked has not answered yet.
fn asks_whether(sentence: &Sentence, speaker: &Speaker) -> bool {
    let subject = sentence.tokens.partition_point(|t| t.start < speaker.mention.start);
    let Some(auxiliary) = subject.checked_sub(1) else { return false };
    // Not after "why", which asks about a statement made: "Why did he say it?" (he did).
    let before = auxiliary.checked_sub(1).map(|k| lower_case(&sentence.words[k]));
    let opens_question = before.as_deref().is_none_or(|word| {
        (QUESTION_WORDS.contains(word) && word != "why")
            || matches!(word, "," | "so" | "and" | "but" | "\"" | "“")
    });
    opens_question
        && QUESTION_AUXILIARIES.contains(&lower_case(&sentence.words[auxiliary]))
        && sentence.words.last().is_some_and(|w| w == "?")
}
