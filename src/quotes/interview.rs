//! Interviews: an article whose headline or first lines say it is one ("Wikinews interviews
//! Marymegan Daly", "Ana Ruiz: An interview with …") has a person interviewed, whose words the
//! answers' "I" speaks.

use crate::document::{Entity, Label};

/// How far into an article its headline or first lines may say it is an interview.
const INTERVIEW_HEAD_BYTES: usize = 400;

/// In an interview ("Wikinews interviews Marymegan Daly", "An interview with Ana Ruiz", "Wikinews
/// spoke with …", "photo of interviewee Ana Ruiz", "Jack Herrick, founder, interviewed by
/// Wikinews", "Ana Ruiz: An interview with …"), the cluster of the person interviewed: the first
/// person named right after those words near the article's start (before them for "interviewed
/// by" and before the colon of a headline).
pub(super) fn interviewee(text: &str, entities: &[Entity]) -> Option<usize> {
    let mut end = text.len().min(INTERVIEW_HEAD_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    // ASCII lower case keeps every byte offset.
    let head = text[..end].to_ascii_lowercase();
    let person = |e: &&Entity| e.label == Label::Per && e.end <= end;
    // "Frank Messina: An interview with the 'Mets Poet'": the person before the colon.
    if let Some(colon) =
        [": an interview", " : an interview", ": interview"].iter().filter_map(|p| head.find(p)).min()
    {
        let before = entities.iter().take_while(|e| e.end <= colon).filter(person).last();
        if let Some(entity) = before.filter(|e| text[e.end..colon].trim().is_empty()) {
            return entity.cluster_index();
        }
    }
    if let Some(by) = head.find("interviewed by ") {
        return entities
            .iter()
            .take_while(|e| e.end <= by)
            .filter(person)
            .last()
            .and_then(|e| e.cluster_index());
    }
    [
        "interviews ",
        "interview with ",
        "interviewed ",
        "interviewee ",
        "spoke with ",
        "spoke to ",
        "talks to ",
        "talked to ",
    ]
    .iter()
    .filter_map(|phrase| head.find(phrase).map(|k| k + phrase.len()))
    .filter_map(|after| {
        entities
            .iter()
            .skip_while(|e| e.start < after)
            .take_while(|e| e.start <= after + 40)
            .find(person)
            .and_then(|e| e.cluster_index())
            .map(|cluster| (after, cluster))
    })
    .min()
    .map(|(_, cluster)| cluster)
}
