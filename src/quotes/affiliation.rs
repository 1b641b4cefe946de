//! A person "of", "at" or "from" a place or body: "Senator Ted Cruz of Texas said", "Matthew
//! Ingram of The Globe and Mail dubbed …", "Dan McLaughlin at the National Review agreed", "…,
//! said Senator Ana Lima of Ohio." The place or body only says where the person is from or
//! works; the person speaks.

use std::borrow::Cow;

use super::sentence::Sentence;
use super::speakers::Attributor;
use super::words::{AFFILIATIONS, DETERMINERS};
use crate::document::{Entity, Label, Token};
use crate::entities::is_title;

/// The named entity that covers `token`, of `entities` in text order.
pub(crate) fn entity_covering<'e>(entities: &'e [Entity], token: &Token) -> Option<&'e Entity> {
    let index = entities.partition_point(|e| e.end <= token.start);
    entities.get(index).filter(|e| e.start <= token.start && e.label.is_name())
}

/// The place or body a person is "of", "at" or "from" when token `k` of a sentence (`words`
/// lower-cased, `tokens`, and the `entities` in text order) opens that phrase: "of Ohio", "of
/// The Globe and Mail", "at the National Review", "from Reuters". The quote finder and the
/// pronoun resolver both read affiliations here.
pub(crate) fn affiliation_body<'e>(
    words: &[Cow<'_, str>],
    tokens: &[Token],
    entities: &'e [Entity],
    k: usize,
) -> Option<&'e Entity> {
    if words.get(k).is_none_or(|w| !AFFILIATIONS.contains(w)) {
        return None;
    }
    // The article may open the name ("of The Harbour Gazette") or stand before it.
    let body = |at: usize| {
        let token = tokens.get(at)?;
        entity_covering(entities, token)
            .filter(|e| matches!(e.label, Label::Loc | Label::Org) && e.start == token.start)
    };
    body(k + 1).or_else(|| body(k + 2).filter(|_| words[k + 1] == "the"))
}

impl<'a> Attributor<'a> {
    /// The place or body a person is "of", "at" or "from" when token `k` opens that phrase
    /// ([`affiliation_body`]).
    pub(super) fn affiliation_at(&self, sentence: &Sentence, k: usize) -> Option<&'a Entity> {
        affiliation_body(&sentence.words, sentence.tokens, self.entities, k)
    }

    /// The token after "of <place or body>" (or "at", "from") when token `k` opens one
    /// ("Senator Ana Lima of Ohio", "Matthew Ingram of The Globe and Mail"), else `k`.
    pub(super) fn after_affiliation(&self, sentence: &Sentence, k: usize) -> usize {
        self.affiliation_at(sentence, k)
            .map_or(k, |body| sentence.tokens.partition_point(|t| t.start < body.end))
    }

    /// The person a place or body qualifies in the subject phrase `start..end`: "Senator Ted
    /// Cruz of Texas said", "Matthew Ingram of The Globe and Mail dubbed", with nothing but
    /// titles, capitalised words, an article or "former" before the name ("She says she plans to
    /// vote for Senator … of Vermont" is no subject).
    pub(super) fn person_of_affiliation(
        &self,
        sentence: &Sentence,
        start: usize,
        end: usize,
    ) -> Option<usize> {
        let of = (start + 1..end).find(|&k| {
            self.affiliation_at(sentence, k).is_some_and(|e| e.end == sentence.tokens[end - 1].end)
        })?;
        let person = self
            .entity_at(&sentence.tokens[of - 1])
            .filter(|e| e.label == Label::Per && e.end == sentence.tokens[of - 1].end)?;
        let name_start = sentence.tokens.partition_point(|t| t.start < person.start);
        let titled = (start..name_start).all(|k| {
            let word = sentence.words[k].as_ref();
            is_title(word) || sentence.is_capitalised(k) || DETERMINERS.contains(word) || word == "former"
        });
        titled.then(|| person.cluster_index()).flatten()
    }
}
