//! Speakers: the mention an attribution rests on (a name, a pronoun resolved to a person, a
//! role noun, a noun phrase), and the state the attribution search keeps across an article.

use std::cell::OnceCell;
use std::collections::BTreeSet;

use rustc_hash::FxHashMap;

use super::cues::is_cue;
use super::governments::speaks_for_a_government;
use super::interview::interviewee;
use super::marks::*;
use super::sentence::*;
use super::words::*;
use crate::coreference::organisation_head;
use crate::document::{Entity, Label, Range, Token, TokenKind};
use crate::entities::{is_organisation_word, is_title};
use crate::pronouns::{inside_quotes, PronounLink};
use crate::span::Span;

/// How far back (bytes) an "it" that speaks looks for its organisation: about two sentences.
const IT_REACH: usize = 300;

/// Pronouns that can stand for a speaker.
pub(super) const PRONOUNS: [&str; 7] = ["he", "she", "they", "it", "we", "i", "you"];

/// Longest noun phrase taken for an unnamed speaker ("a spokesman for the port authority").
pub(super) const MAX_SUBJECT_WORDS: usize = 12;

/// Most words of a title between a place, group or organisation and the person it qualifies
/// ("Ambassador to the United States").
const MAX_TITLE_WORDS: usize = 6;

/// How many words from the start of a sentence its subject is looked for in, when a second
/// verb or a participle takes it as speaker ("Ruiz stood up and said …").
pub(super) const SUBJECT_REACH: usize = 60;

/// What the attribution search keeps track of across the article.
pub(super) struct Attributor<'a> {
    pub(super) entities: &'a [Entity],
    /// The titles and roles each person was named with ("minister", "spokeswoman"), one list
    /// per cluster of the article.
    pub(super) titles: Vec<Vec<String>>,
    /// Every gendered pronoun with its person, in text order (see [`crate::pronouns`]).
    pub(super) pronouns: &'a [PronounLink],
    /// Where the cues of direct quotes start, so that reported speech does not use them again.
    /// (A set: a long article asks it once per cue it reads, in logarithmic time.)
    pub(super) used_cues: BTreeSet<usize>,
    /// In an interview, the cluster of the person interviewed: the "I" of the answers.
    pub(super) interviewee: Option<usize>,
    /// The organisations by the head noun of their names ("church" → the Church of
    /// Scientology), the latest named for a head two share; made when first asked.
    organisation_heads: OnceCell<FxHashMap<String, usize>>,
}

/// Whether a speaker named by `entity` is shown as that name: a person, an organisation, a
/// group named in the plural ("Democrats", "Palestinians", "the Swiss"), or a nationality that
/// stands for the body it qualifies ("the Saudi Interior Ministry"). A nationality in the
/// singular at the head of the subject ("the Hungarian said", "a Czech who said") is one
/// person of it, not the nation: the speaker stays unknown, shown through its words.
fn speaks_as_named(entity: &Entity, sentence: &Sentence) -> bool {
    if entity.label != Label::Norp || sentence.text[entity.start..entity.end].ends_with('s') {
        return true;
    }
    let next = sentence.tokens.partition_point(|t| t.start < entity.end);
    let heads_the_subject = next >= sentence.tokens.len()
        || !is_wordlike(sentence.tokens[next].kind)
        || matches!(sentence.words[next].as_ref(), "who" | "which" | "that")
        || is_cue(&sentence.words, next).is_some();
    !heads_the_subject
}

/// A speaker found for an attribution.
#[derive(Clone)]
pub(super) struct Speaker {
    pub(super) mention: Span,
    pub(super) cluster: Option<usize>,
}

impl Speaker {
    /// The mention as a quote's `speaker_mention`.
    pub(super) fn range(&self) -> Range {
        Range { start: self.mention.start, end: self.mention.end }
    }
}

impl<'a> Attributor<'a> {
    pub(super) fn new(
        text: &'a str,
        entities: &'a [Entity],
        cluster_count: usize,
        pronouns: &'a [PronounLink],
    ) -> Attributor<'a> {
        let mut titles = vec![Vec::new(); cluster_count];
        for entity in entities.iter().filter(|e| e.label == Label::Per) {
            let Some(id) = entity.cluster_index().filter(|&c| c < cluster_count) else {
                continue;
            };
            let mut hold = |word: &str| {
                let lower = word.to_lowercase();
                if !titles[id].contains(&lower) {
                    titles[id].push(lower);
                }
            };
            // The words just before the name that are titles: "Prime Minister", "Mrs.", "the
            // fisheries minister, Marianne …".
            let before: Vec<&str> = text[..entity.start]
                .split_whitespace()
                .rev()
                .take(3)
                .map(|w| w.trim_end_matches(','))
                .collect();
            for word in
                before.iter().take_while(|w| is_title(w) || w.chars().next().is_some_and(char::is_uppercase))
            {
                if is_title(word) {
                    hold(word);
                }
            }
            // A role with its body before a comma and the name: "the president of the Lombardy
            // region, Roberto Maroni", "a spokesman for the ministry, Jan Olsen".
            if let Some(clause) = text[..entity.start].trim_end().strip_suffix(',') {
                let clause = &clause[clause.rfind([',', ';', '.', '\n', '(']).map_or(0, |k| k + 1)..];
                let words: Vec<&str> = clause.split_whitespace().rev().take(8).collect();
                let role = words.windows(2).find_map(|pair| {
                    let [next, word] = [pair[0], pair[1]];
                    (matches!(next, "of" | "for") && is_title(word) && ROLE_NOUNS.contains(word))
                        .then_some(word)
                });
                if let Some(role) = role {
                    hold(role);
                }
            }
            // A role in an apposition after the name: "AshLee Strong, a Ryan spokeswoman".
            if let Some(apposition) = text[entity.end..].strip_prefix(", ") {
                // A person's office, not "a police officer" (whose "police" speaks for itself).
                let role = apposition
                    .split([',', ';', '\n'])
                    .next()
                    .unwrap_or("")
                    .split_whitespace()
                    .take(5)
                    .map(|w| w.trim_end_matches('.'))
                    .find(|w| is_title(w) && ROLE_NOUNS.contains(w));
                if let Some(role) = role {
                    hold(role);
                }
            }
        }
        Attributor {
            entities,
            titles,
            pronouns,
            used_cues: BTreeSet::new(),
            interviewee: interviewee(text, entities),
            organisation_heads: OnceCell::new(),
        }
    }

    /// The person the gendered pronoun at `start` stands for, as the pronoun pass resolved it.
    pub(super) fn pronoun_person(&self, start: usize) -> Option<usize> {
        let index = self.pronouns.partition_point(|p| p.start < start);
        self.pronouns.get(index).filter(|p| p.start == start).and_then(|p| p.cluster)
    }

    /// The organisation an "it" that speaks at `start` stands for ("The airline said … It
    /// said …"): the organisation named last, within [`IT_REACH`] bytes before it and with no
    /// person named between them. None when there is none.
    pub(super) fn organisation_before(&self, start: usize) -> Option<usize> {
        let before = self.entities.partition_point(|e| e.end <= start);
        self.entities[..before]
            .iter()
            .rev()
            .take_while(|e| e.end + IT_REACH >= start && e.label != Label::Per)
            .find(|e| e.label == Label::Org)
            .and_then(|e| e.cluster_index())
    }

    /// The name mention (an entity with a cluster) covering the token.
    pub(super) fn entity_at(&self, token: &Token) -> Option<&'a Entity> {
        super::affiliation::entity_covering(self.entities, token)
    }

    /// The person who signs a quote after a dash at the end of its line: "“…” ― Ana Ruiz",
    /// "“…” — Jonas Berg." (a list of readers' or experts' words, an epigraph).
    pub(super) fn signature_after(&self, text: &str, quote_end: usize) -> Option<Speaker> {
        let rest = text.get(quote_end..)?;
        let after_dash = rest.trim_start_matches([' ', '\t', '\u{a0}']);
        let after_dash = after_dash.strip_prefix(['—', '―', '–', '-'])?;
        let name_start = text.len() - after_dash.trim_start_matches([' ', '\t', '\u{a0}']).len();
        let index = self.entities.partition_point(|e| e.start < name_start);
        let entity = self.entities.get(index).filter(|e| e.start == name_start && e.label == Label::Per)?;
        // Nothing but a full stop or a comma after the name, to the end of the line (read up to
        // the first other character only: a long line costs no more).
        text[entity.end..]
            .chars()
            .take_while(|&c| c != '\n')
            .all(|c| c.is_whitespace() || matches!(c, '.' | ','))
            .then(|| Speaker {
                mention: Span::new(entity.start, entity.end),
                cluster: entity.cluster_index(),
            })
    }

    /// The token after the hearer of a cue such as "told" that starts at token `start`: "told
    /// reporters", "told the BBC", "told his aides", "told Al Jazeera".
    ///
    /// A possessive takes what follows into the hearer: "told ABC's “This Week”", "told CNN's
    /// Jake Tapper".
    pub(super) fn hearer_end(&self, sentence: &Sentence, start: usize) -> usize {
        let n = sentence.words.len();
        let end = self.noun_phrase_end(sentence, start);
        if !sentence.words.get(end).is_some_and(|w| w == "'s" || w == "’s") {
            return end;
        }
        let owned = end + 1;
        if sentence.words.get(owned).is_some_and(|w| is_opening_mark(w)) {
            // A quoted title ends at its closing mark.
            return (owned + 1..n.min(owned + 12))
                .find(|&k| is_closing_mark(&sentence.words[k]))
                .map_or(end, |close| close + 1);
        }
        if sentence.tokens.get(owned).is_some_and(|t| self.entity_at(t).is_some()) {
            return self.noun_phrase_end(sentence, owned);
        }
        end
    }

    /// The token after a name mention or a determiner and its noun at token `start`, or after the
    /// one word there.
    pub(super) fn noun_phrase_end(&self, sentence: &Sentence, start: usize) -> usize {
        let n = sentence.words.len();
        if let Some(entity) = sentence.tokens.get(start).and_then(|t| self.entity_at(t)) {
            start + sentence.tokens[start..].iter().take_while(|t| t.end <= entity.end).count()
        } else if sentence.words.get(start).is_some_and(|w| DETERMINERS.contains(w.as_ref())) {
            (start + 2).min(n)
        } else {
            (start + 1).min(n)
        }
    }

    /// Whether the word at `k`, after "to", is a verb rather than the start of a hearer
    /// ("vowed to put", not "said to reporters", "told to the BBC").
    pub(super) fn is_infinitive(&self, sentence: &Sentence, k: usize) -> bool {
        sentence.tokens.get(k).is_some_and(|t| t.kind == TokenKind::Word && self.entity_at(t).is_none())
            && !DETERMINERS.contains(sentence.words[k].as_ref())
            && !matches!(
                sentence.words[k].as_ref(),
                "him"
                    | "them"
                    | "me"
                    | "us"
                    | "this"
                    | "that"
                    | "these"
                    | "those"
                    | "reporters"
                    | "journalists"
                    | "supporters"
            )
    }

    /// Whether token `k` is an adverb and not a name that looks like one ("Kelly").
    pub(super) fn is_adverb_at(&self, sentence: &Sentence, k: usize) -> bool {
        is_adverb(&sentence.words[k]) && self.entity_at(&sentence.tokens[k]).is_none()
    }

    /// The speaker whose mention ends at token `end - 1` of the sentence (reading leftwards
    /// past adverbs), or starts at token `start` (reading rightwards).
    pub(super) fn speaker_before(&self, sentence: &Sentence, end: usize) -> Option<Speaker> {
        let mut k = end;
        // "the mayor was saying": a form of "be" before a cue in -ing.
        let progressive = sentence.words.get(end).is_some_and(|w| w.ends_with("ing"));
        while k > 0
            && (self.is_adverb_at(sentence, k - 1)
                || (progressive && BE_FORMS.contains(sentence.words[k - 1].as_ref())))
        {
            k -= 1;
        }
        // "Port managers, for instance, noted": skip back over a short aside between commas.
        if k > 2 && sentence.words[k - 1] == "," {
            let aside = (k.saturating_sub(5)..k - 1).rev().find(|&j| sentence.words[j] == ",");
            if let Some(comma) = aside.filter(|&comma| {
                comma > 0
                    && (comma + 1..k - 1).all(|j| {
                        is_wordlike(sentence.tokens[j].kind)
                            && sentence.words[j].chars().all(char::is_lowercase)
                            && self.entity_at(&sentence.tokens[j]).is_none()
                    })
                    && matches!(
                        sentence.words[comma + 1].as_ref(),
                        "for" | "however" | "meanwhile" | "in" | "too" | "though" | "then"
                    )
            }) {
                k = comma;
            }
        }
        // "Sen. Ruiz (D-Ore.) said": skip back over the brackets.
        if k > 0 && sentence.words[k - 1] == ")" {
            if let Some(open) = (k.saturating_sub(8)..k - 1).rev().find(|&j| sentence.words[j] == "(") {
                k = open;
            }
        }
        // "Smith, who called it “a sham,” said": the comma may sit inside the quotation marks.
        if k > 1 && is_closing_mark(&sentence.words[k - 1]) && sentence.words[k - 2] == "," {
            k -= 1;
        }
        // "Smith, who leads the group, said" and "Smith, an economist, said": skip back over
        // the relative clause or the apposition.
        if k > 0 && sentence.words[k - 1] == "," {
            // (Within the reach of a subject: a long sentence is not read back to its start.)
            let who = (k.saturating_sub(SUBJECT_REACH)..k - 1)
                .rev()
                .find(|&j| matches!(sentence.words[j].as_ref(), "who" | "which"));
            let relative = who.filter(|&who| who > 0 && sentence.words[who - 1] == ",");
            if let Some(who) = relative {
                k = who;
            }
            // "Smith, an economist, said", "Cory James, 22, of Flint, Mich., said", then
            // "Another member, Tom Ruiz, said"; also before a relative clause ("Cory
            // James, 22, of Flint, who …, said").
            let named = (k.saturating_sub(20)..k - 1)
                .rev()
                .filter(|&j| j > 0 && sentence.words[j] == ",")
                .find_map(|comma| {
                    // "Lee Zeldin of New York, a …", "Johnny Isakson (R-Ga.), one of …"
                    let mut name_end = comma;
                    if sentence.words[comma - 1] == ")" {
                        name_end =
                            (comma.saturating_sub(8)..comma - 1).rev().find(|&j| sentence.words[j] == "(")?;
                    }
                    let before = (name_end.saturating_sub(4)..name_end)
                        .rev()
                        .take_while(|&j| is_wordlike(sentence.tokens[j].kind))
                        .find_map(|j| self.speaker_at(sentence, j).filter(|s| s.cluster.is_some()));
                    // "Norway's fisheries minister, Marianne Aasen, said": a role, then the
                    // person's name as the apposition.
                    let apposed_name = || {
                        self.speaker_at(sentence, k.checked_sub(2)?).filter(|s| {
                            s.cluster.is_some() && s.mention.start == sentence.tokens[comma + 1].start
                        })
                    };
                    before
                        .or_else(|| {
                            self.speaker_at(sentence, name_end.checked_sub(1)?)
                                .filter(|s| s.cluster.is_some())
                        })
                        .or_else(apposed_name)
                        .or_else(|| self.speaker_at(sentence, name_end.checked_sub(1)?))
                })
                .or_else(|| self.speaker_at(sentence, k.checked_sub(2)?).filter(|s| s.cluster.is_some()));
            if named.is_some() {
                return named;
            }
            if relative.is_some() {
                k -= 1;
            }
        }
        let last = k.checked_sub(1)?;
        // "Matthew Ingram of The Globe and Mail said": the person, not the body they are of.
        let start = self.subject_start(sentence, k);
        if let Some(person) = self.person_of_affiliation(sentence, start, k) {
            let mention = Span::new(sentence.tokens[start].start, sentence.tokens[last].end);
            return Some(Speaker { mention, cluster: Some(person) });
        }
        self.speaker_at(sentence, last).or_else(|| self.subject_phrase(sentence, k))
    }

    /// The speaker of the cue at token `i` named before it: its subject ("Smith said"), the
    /// subject of the main clause for a participle ("…, saying the plan works") or a second
    /// verb ("stood up and later said"), the name before a relative pronoun ("Smith, who
    /// said …, left").
    pub(super) fn cue_subject(&self, sentence: &Sentence, i: usize) -> Option<Speaker> {
        // "…, saying", "before saying", "after telling", "…,” saying", "…,'' saying"
        let marks = (0..i)
            .rev()
            .take_while(|&k| is_closing_mark(&sentence.words[k]) || sentence.words[k] == "'")
            .count();
        // "issued a statement saying": the words are the issuer's.
        let issued = i >= 2
            && matches!(sentence.words[i - 2].as_ref(), "a" | "an")
            && ISSUED_TEXTS.contains(&sentence.words[i - 1]);
        let participle = sentence.words[i].ends_with("ing")
            && i > 0
            && (matches!(sentence.words[i - 1].as_ref(), "," | "before" | "after" | "by" | "while" | "when")
                || (marks > 0 && i > marks && sentence.words[i - marks - 1] == ",")
                || issued);
        let mut verb = i;
        while verb > 0 && self.is_adverb_at(sentence, verb - 1) {
            verb -= 1;
        }
        // "stood up and said", "went so far as to say"
        let second_verb = verb > 0 && matches!(sentence.words[verb - 1].as_ref(), "and" | "but" | "to");
        if participle || second_verb {
            self.first_verb_subject(sentence, i, verb)
        } else if let Some(comma) = relative_comma(sentence, i) {
            let antecedent = self.speaker_before(sentence, comma);
            if sentence.words[comma + 1] != "which" {
                return antecedent;
            }
            // "the Herald, which wrote": "which" is the mention (as attributions mark it), the
            // organisation before it the speaker.
            let which = sentence.tokens[comma + 1].span();
            Some(Speaker { mention: which, cluster: antecedent.and_then(|s| s.cluster) })
        } else {
            self.speaker_before(sentence, i)
        }
    }

    /// The subject of the first verb of a sentence whose cue at token `i` (`verb` with the
    /// adverbs before it) is a participle or a second verb: "Ruiz stood up and said …",
    /// "…, saying …", "issued a statement saying …".
    fn first_verb_subject(&self, sentence: &Sentence, i: usize, verb: usize) -> Option<Speaker> {
        // Looked for outside quotation marks ("“We care,” she said, but refused …" is hers) and
        // brackets, unless the cue is in them too (the agency of a dateline, "Washington (AFP)
        // – Clinton …"): the speaker of the sentence's first cue ("After the state's Republican
        // primary, Cruz said …, adding" is Cruz's), else the first name or pronoun, else the
        // phrase before that cue.
        let reach = i.min(SUBJECT_REACH);
        let mut depth = 0usize;
        let bracketed: Vec<bool> = sentence.words[..reach]
            .iter()
            .map(|word| {
                match word.as_ref() {
                    "(" => depth += 1,
                    ")" => depth = depth.saturating_sub(1),
                    _ => {}
                }
                depth > 0
            })
            .collect();
        let cue_bracketed = depth > 0;
        let quoted: Vec<bool> = inside_quotes(&sentence.words[..reach])
            .into_iter()
            .zip(bracketed)
            .map(|(quoted, bracketed)| quoted || (bracketed && !cue_bracketed))
            .collect();
        let first_cue =
            (0..verb.min(SUBJECT_REACH)).find(|&k| !quoted[k] && is_cue(&sentence.words, k).is_some());
        first_cue
            .and_then(|first| self.speaker_before(sentence, first))
            .or_else(|| {
                (0..reach).filter(|&k| !quoted[k]).find_map(|k| {
                    self.speaker_at(sentence, k).filter(|speaker| {
                        // "the Republican primary": a nationality or party before a noun
                        // is a modifier, not the subject; "Mayor Ines Barros": a title
                        // before a name is no speaker of its own.
                        let named_next = sentence
                            .tokens
                            .get(k + 1)
                            .and_then(|t| self.entity_at(t))
                            .is_some_and(|e| e.label == Label::Per);
                        self.entity_at(&sentence.tokens[k]).is_none_or(|e| e.label != Label::Norp)
                            && !(speaker.cluster.is_none() && is_title(&sentence.words[k]) && named_next)
                    })
                })
            })
            .or_else(|| self.subject_phrase(sentence, first_cue?))
    }

    /// The speaker named right after a cue that ends before token `start`: "said Paul
    /// McCulley, an economist", "said harbour master Peter Novak", "said one engineer involved
    /// in the dredging".
    pub(super) fn speaker_after(&self, sentence: &Sentence, start: usize) -> Option<Speaker> {
        let window =
            || (start..sentence.tokens.len().min(start + 4)).take_while(|&k| sentence.words[k] != ",");
        // "responded campaign chairman Tom Okafor": the name after a role is the speaker, unless
        // a preposition or possessive stands between ("the spokesman for Tom Okafor").
        let named = window()
            .take_while(|&k| {
                !matches!(sentence.words[k].as_ref(), "for" | "of" | "at" | "to" | "with" | "from")
            })
            .find_map(|k| self.speaker_at(sentence, k).filter(|s| s.cluster.is_some()))
            .filter(|s| {
                let after = sentence.tokens.partition_point(|t| t.start < s.mention.end);
                !sentence.words.get(after).is_some_and(|w| matches!(w.as_ref(), "'s" | "’s" | "'" | "’"))
            });
        self.holder_after_role(sentence, start)
            .or(named)
            .or_else(|| window().find_map(|k| self.speaker_at(sentence, k)))
            .or_else(|| {
                self.object_phrase(sentence, start).filter(|phrase| {
                    let words = sentence.tokens.iter().filter(|t| phrase.mention.contains(t.span())).count();
                    words <= MAX_SUBJECT_WORDS
                })
            })
    }

    /// The organisation named in the article whose name's head noun is `head` (lower case).
    fn organisation_by_head(&self, head: &str) -> Option<usize> {
        let heads = self.organisation_heads.get_or_init(|| {
            let clusters = self.titles.len(); // one list per cluster
            (self.entities.iter().filter(|e| e.label == Label::Org))
                .filter_map(|e| {
                    Some((organisation_head(&e.text)?, e.cluster_index().filter(|&c| c < clusters)?))
                })
                .collect()
        });
        heads.get(head).copied()
    }

    /// The person named in apposition to the role that a cue's speaker phrase ends in: "said
    /// Norway's fisheries minister, Marianne Aasen", "said the mayor's spokesman, Jonas Berg,
    /// who …". The phrase from `start` to the comma holds no cue or clause word, and the name
    /// ends the apposition (a comma, a full stop or the sentence's end follows it).
    fn holder_after_role(&self, sentence: &Sentence, start: usize) -> Option<Speaker> {
        let reach = sentence.tokens.len().min(start + MAX_SUBJECT_WORDS);
        let comma = (start..reach).find(|&k| sentence.words[k] == ",")?;
        let role = comma.checked_sub(1).filter(|&k| k >= start)?;
        if !ROLE_NOUNS.contains(sentence.words[role].as_ref()) {
            return None;
        }
        let plain = (start..comma).all(|k| {
            let word = sentence.words[k].as_ref();
            !NOT_IN_SUBJECTS.contains(word) && is_cue(&sentence.words, k).is_none()
        });
        let first = sentence.tokens.get(comma + 1).filter(|_| plain)?;
        let person = self.entity_at(first).filter(|e| e.label == Label::Per && e.start == first.start)?;
        let after = sentence.tokens.partition_point(|t| t.start < person.end);
        let closes = sentence.words.get(after).is_none_or(|w| matches!(w.as_ref(), "," | "." | ";" | ")"));
        closes.then(|| Speaker {
            mention: Span::new(person.start, person.end),
            cluster: person.cluster_index(),
        })
    }

    /// The noun phrase that starts at token `start` and runs to the next comma or the end of
    /// the sentence ("according to a new poll by …"), as a speaker known only by that phrase.
    pub(super) fn object_phrase(&self, sentence: &Sentence, start: usize) -> Option<Speaker> {
        // Looked for no further than the longest phrase allowed: linear in a long sentence.
        let reach = sentence.words.len().min(start + 2 * MAX_SUBJECT_WORDS + 1);
        let end = (start..reach)
            .find(|&j| matches!(sentence.words[j].as_ref(), "," | ";" | "." | "!" | "?" | ")"))
            .unwrap_or(reach);
        (start < end && end - start <= 2 * MAX_SUBJECT_WORDS).then(|| Speaker {
            mention: Span::new(sentence.tokens[start].start, sentence.tokens[end - 1].end),
            cluster: None,
        })
    }

    /// The noun phrase that ends right before token `end` and starts the sentence or follows a
    /// comma or dash ("a spokesman for the port authority said", "the mayor's office said"),
    /// as a speaker whose person or organisation is known only when the phrase ends in its name.
    /// Where the subject phrase that ends before token `end` starts: after the last comma,
    /// conjunction, bracket or quotation mark within [`MAX_SUBJECT_WORDS`] that is no part of a
    /// name, and after a
    /// subordinator or the relative pronoun of an object clause.
    fn subject_start(&self, sentence: &Sentence, end: usize) -> usize {
        let start = (0..end)
            .rev()
            .take(MAX_SUBJECT_WORDS + 1)
            .find(|&j| {
                // "The Globe and Mail" is one name.
                let separates = matches!(
                    sentence.words[j].as_ref(),
                    "," | ";"
                        | ":"
                        | "—"
                        | "–"
                        | "―"
                        | "-"
                        | "("
                        | ")"
                        | "and"
                        | "but"
                        | "\""
                        | "”"
                        | "“"
                        | "''"
                ) || (j > 0 && sentence.words[j] == "'" && sentence.words[j - 1] == "'");
                separates && self.entity_at(&sentence.tokens[j]).is_none()
            })
            .map_or(0, |j| j + 1);
        // "As one employee told the paper, “…”", "When the moderator pointed out …": the
        // conjunction is no part of the speaker, nor is the relative pronoun of an object
        // clause ("the camp, which the Church describes as …").
        start
            + usize::from(
                start + 1 < end
                    && (SUBORDINATORS.contains(sentence.words[start].as_ref())
                        || sentence.opens_object_clause(start)),
            )
    }

    pub(super) fn subject_phrase(&self, sentence: &Sentence, end: usize) -> Option<Speaker> {
        let start = self.subject_start(sentence, end);
        let words = &sentence.words[start..end];
        let is_phrase = !words.is_empty()
            && words.len() <= MAX_SUBJECT_WORDS
            && words
                .iter()
                .all(|w| w.chars().any(char::is_alphanumeric) || matches!(w.as_ref(), "'" | "’" | "%" | "/"))
            // "That person said" opening the sentence is no relative clause.
            && !words
                .iter()
                .enumerate()
                .any(|(k, w)| NOT_IN_SUBJECTS.contains(w.as_ref()) && !(start == 0 && k == 0 && w == "that"));
        if !is_phrase {
            return None;
        }
        // "Why do you believe …", asked about a belief held: the question's words are no part
        // of the speaker, the pronoun is (and "if you think" has none).
        if PRONOUNS.contains(&sentence.words[end - 1].as_ref()) {
            return self.speaker_at(sentence, end - 1);
        }
        // "Rick Santorum himself said": the name before an emphatic reflexive is the head.
        let emphatic = end - start >= 2
            && matches!(sentence.words[end - 1].as_ref(), "himself" | "herself" | "itself" | "themselves");
        let named = |k: usize, labels: &[Label]| {
            self.entity_at(&sentence.tokens[k])
                .filter(|e| labels.contains(&e.label) && speaks_as_named(e, sentence))
                .and_then(|e| e.cluster_index())
        };
        // "the M5S party asks": an organisation's name before the kind of body it is.
        let body_named = || {
            (end - start >= 2 && is_organisation_word(&sentence.words[end - 1]))
                .then(|| named(end - 2, &[Label::Org]))
                .flatten()
        };
        // "South Korea says …", "the Kremlin said": a country, capital or seat of government
        // that is the whole subject speaks for its government; any other place never speaks
        // ("Wall Street said"), nor one of two that agree ("Turkey and Greece agree").
        let government_speaks = || {
            let coordinated = start >= 2
                && sentence.words[start - 1] == "and"
                && self.entity_at(&sentence.tokens[start - 2]).is_some_and(|e| e.label == Label::Loc);
            let first = start + usize::from(sentence.words[start].eq_ignore_ascii_case("the"));
            (!coordinated)
                .then(|| self.entity_at(&sentence.tokens[first]))
                .flatten()
                .filter(|e| e.label == Label::Loc && e.start == sentence.tokens[first].start)
                .filter(|e| e.end == sentence.tokens[end - 1].end)
                .filter(|e| speaks_for_a_government(&sentence.text[e.start..e.end]))
                .and_then(|e| e.cluster_index())
        };
        // "the Church describes": an organisation named before by its head noun ("the Church
        // of Scientology"), when the tagger has not read the word as a name here.
        let named_by_head = || {
            (end - start == 2
                && sentence.words[start].eq_ignore_ascii_case("the")
                && sentence.is_capitalised(start + 1)
                && self.entity_at(&sentence.tokens[start + 1]).is_none())
            .then(|| self.organisation_by_head(&sentence.words[start + 1]))
            .flatten()
        };
        let cluster = self
            .person_of_affiliation(sentence, start, end)
            .or_else(|| named(end - 1 - usize::from(emphatic), &[Label::Per, Label::Org, Label::Norp]))
            .or_else(body_named)
            .or_else(government_speaks)
            .or_else(named_by_head);
        Some(Speaker {
            mention: Span::new(sentence.tokens[start].start, sentence.tokens[end - 1].end),
            cluster,
        })
    }

    /// The person named after a title that `modifier` (a place, group or organisation) only
    /// qualifies: "former Brazilian President Ana Lima", "Siemens chief financial officer Ralf
    /// Thomas", "Afghan Ambassador to the United States Omar Zaki" speak as the person, not as
    /// the country or company. Between the two, no more than [`MAX_TITLE_WORDS`] words with a
    /// title or role among them, no punctuation, cue or clause word; a place or body the title
    /// is "of", "to" or "for" may stand inside; and not a person whose possessive follows
    /// ("President Lima's spokesman").
    fn person_after_title(&self, sentence: &Sentence, modifier: &Entity) -> Option<Speaker> {
        if !matches!(modifier.label, Label::Loc | Label::Norp | Label::Org) {
            return None;
        }
        let after = |entity: &Entity| sentence.tokens.partition_point(|t| t.start < entity.end);
        let is_possessive =
            |k: usize| sentence.words.get(k).is_some_and(|w| matches!(w.as_ref(), "'s" | "’s"));
        let mut k = after(modifier);
        k += usize::from(is_possessive(k));
        let reach = sentence.tokens.len().min(k + MAX_TITLE_WORDS + 1);
        let mut titled = false;
        while k < reach {
            if let Some(named) = self.entity_at(&sentence.tokens[k]) {
                let end = after(named);
                match named.label {
                    Label::Per if titled && !is_possessive(end) => {
                        return Some(Speaker {
                            mention: Span::new(named.start, named.end),
                            cluster: named.cluster_index(),
                        });
                    }
                    Label::Loc | Label::Org | Label::Norp
                        if matches!(sentence.words[k - 1].as_ref(), "to" | "of" | "for" | "the") =>
                    {
                        k = end;
                        continue;
                    }
                    _ => return None,
                }
            }
            let word = sentence.words[k].as_ref();
            let plain = sentence.tokens[k].kind == TokenKind::Word
                && !NOT_IN_SUBJECTS.contains(word)
                && !TITLE_BREAKERS.contains(word)
                && is_cue(&sentence.words, k).is_none();
            if !plain {
                return None;
            }
            titled |= is_title(word) || ROLE_NOUNS.contains(word) || OFFICE_WORDS.contains(word);
            k += 1;
        }
        None
    }

    /// A speaker mention that covers token `at`: a name, a pronoun or "the <role>".
    pub(super) fn speaker_at(&self, sentence: &Sentence, at: usize) -> Option<Speaker> {
        let token = sentence.tokens.get(at)?;
        let word = sentence.words[at].as_ref();
        if let Some(entity) = self.entity_at(token) {
            if let Some(person) = self.person_after_title(sentence, entity) {
                return Some(person);
            }
            if matches!(entity.label, Label::Per | Label::Org | Label::Norp) {
                let cluster = entity.cluster_index().filter(|_| speaks_as_named(entity, sentence));
                return Some(Speaker { mention: Span::new(entity.start, entity.end), cluster });
            }
        }
        if PRONOUNS.contains(&word) {
            // The generic "you" of a condition ("if you think …", "whether you believe it or
            // not") is anyone: no one is quoted.
            if word == "you"
                && at > 0
                && matches!(sentence.words[at - 1].as_ref(), "if" | "whether" | "unless" | "once")
            {
                return None;
            }
            let cluster = match word {
                "he" | "she" => self.pronoun_person(token.start),
                // In an interview, "I" answers and "you" is asked: both are the person
                // interviewed.
                "i" | "you" => self.interviewee,
                "it" => self.organisation_before(token.start),
                _ => None,
            };
            return Some(Speaker { mention: token.span(), cluster });
        }
        // "the minister", "the company's spokeswoman", "officials"
        if ROLE_NOUNS.contains(word) {
            let determiner = (at.saturating_sub(3)..at)
                .rev()
                .find(|&k| matches!(sentence.words[k].as_ref(), "the" | "a" | "an"));
            let first = determiner.unwrap_or(at);
            let definite = determiner.is_some_and(|k| sentence.words[k] == "the");
            // "the Harlan Air company": the body is the organisation named before it.
            let body = at
                .checked_sub(1)
                .filter(|_| is_organisation_word(word))
                .and_then(|k| self.entity_at(&sentence.tokens[k]))
                .filter(|e| e.label == Label::Org)
                .and_then(|e| e.cluster_index());
            let cluster = body.or_else(|| {
                self.titles
                    .iter()
                    .enumerate()
                    .rev()
                    .find(|(_, titles)| titles.iter().any(|t| t == word))
                    .map(|(id, _)| id)
                    .filter(|_| definite)
            });
            return Some(Speaker { mention: Span::new(sentence.tokens[first].start, token.end), cluster });
        }
        None
    }

    pub(super) fn cue_range(&self, sentence: &Sentence, i: usize, len: usize) -> Range {
        Range { start: sentence.tokens[i].start, end: sentence.tokens[i + len - 1].end }
    }

    /// The cue of a direct quote, remembered so that it introduces nothing else.
    pub(super) fn direct_cue(&mut self, sentence: &Sentence, i: usize, len: usize) -> Range {
        let cue = self.cue_range(sentence, i, len);
        self.used_cues.insert(cue.start);
        cue
    }
}
