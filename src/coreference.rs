//! Entity clusters: the mentions of one person, organisation, place or group linked together
//! ("Antony Blinken", "Blinken"; "Kurdistan Workers' Party (PKK)", "PKK"; "United States",
//! "U.S."), demonyms related to their country ("Turkish" → "Turkey") and a salience score for
//! each cluster.
//!
//! ```
//! use article_annotator::{annotate, Options};
//! let doc = annotate("Antony Blinken met Recep Tayyip Erdoğan. Blinken said talks went well.", &Options::default());
//! let blinken = doc.entities.iter().filter(|e| e.text.contains("Blinken")).map(|e| e.cluster).collect::<Vec<_>>();
//! assert_eq!(blinken.len(), 2);
//! assert_eq!(blinken[0], blinken[1]);
//! assert_eq!(doc.clusters[blinken[0].unwrap()].name, "Antony Blinken");
//! ```

use unicode_normalization::UnicodeNormalization;

use crate::document::{Cluster, Entity, Label, Quote};

/// A mention's name as compared: NFC, lower case, curly apostrophes straightened, without a
/// possessive "'s" and a leading "the".
fn key(text: &str) -> String {
    let lower: String = text.nfc().collect::<String>().to_lowercase().replace('’', "'");
    let lower = lower.strip_suffix("'s").unwrap_or(&lower);
    lower.strip_prefix("the ").unwrap_or(lower).trim().to_string()
}

/// The initials of a name's capitalised words ("International Council for the Exploration of
/// the Sea" → "ICES"), or the letters of a dotted abbreviation ("U.S." → "US").
fn initials(name: &str) -> String {
    if name.contains('.') && !name.contains(' ') {
        return name.chars().filter(char::is_ascii_alphabetic).collect();
    }
    name.split_whitespace().filter_map(|word| word.chars().next()).filter(|c| c.is_uppercase()).collect()
}

/// Whether a mention is written as an acronym ("PKK", "U.S.", "NATO").
fn is_acronym(text: &str) -> bool {
    let letters: Vec<char> = text.chars().filter(|c| c.is_alphabetic()).collect();
    (2..=8).contains(&letters.len()) && letters.iter().all(|c| c.is_uppercase()) && !text.contains(' ')
}

/// Countries whose demonym shares no four-letter beginning with their name.
const DEMONYM_EXCEPTIONS: [(&str, &str); 13] = [
    ("american", "united states"),
    ("american", "u.s."),
    ("british", "united kingdom"),
    ("briton", "britain"),
    ("danish", "denmark"),
    ("dutch", "netherlands"),
    ("french", "france"),
    ("irish", "ireland"),
    ("scottish", "scotland"),
    ("spanish", "spain"),
    ("swiss", "switzerland"),
    ("welsh", "wales"),
    ("filipino", "philippines"),
];

/// Whether the group `demonym` ("turkish", "syrians") belongs to the place `place` ("turkey").
fn demonym_of(demonym: &str, place: &str) -> bool {
    let demonym = demonym.strip_suffix('s').filter(|d| d.len() > 3).unwrap_or(demonym);
    if DEMONYM_EXCEPTIONS.iter().any(|(d, p)| *d == demonym && *p == place) {
        return true;
    }
    let common = demonym.chars().zip(place.chars()).take_while(|(a, b)| a == b).count();
    common >= 4 || (common >= 3 && common == place.chars().count().min(demonym.chars().count()) - 1)
}

/// Groups `entities` into clusters and sets each entity's `cluster`. Times and amounts are not
/// clustered. Salience is left at zero for [`score_salience`].
pub fn cluster_entities(text: &str, entities: &mut [Entity]) -> Vec<Cluster> {
    let mut clusters: Vec<Cluster> = Vec::new();
    let mut keys: Vec<Vec<String>> = Vec::new();
    for index in 0..entities.len() {
        let entity = &entities[index];
        if !entity.label.is_name() {
            continue;
        }
        let mention_key = key(&entity.text);
        let found = match entity.label {
            Label::Per => person_cluster(&clusters, &keys, &mention_key),
            label => other_cluster(text, entities, &clusters, &keys, index, label, &mention_key),
        };
        let id = match found {
            Some(id) => id,
            None => {
                clusters.push(Cluster {
                    id: clusters.len(),
                    name: entity.text.clone(),
                    label: entity.label,
                    mentions: Vec::new(),
                    salience: 0.0,
                    related: Vec::new(),
                });
                keys.push(Vec::new());
                clusters.len() - 1
            }
        };
        let cluster = &mut clusters[id];
        cluster.mentions.push(index);
        // The fullest written form names the cluster ("Antony Blinken" over "Blinken").
        let name = entity.text.trim_end_matches("'s").trim_end_matches("’s");
        if name.split_whitespace().count() > cluster.name.split_whitespace().count()
            || (is_acronym(&cluster.name) && !is_acronym(name))
        {
            cluster.name = name.to_string();
        }
        if !keys[id].contains(&mention_key) {
            keys[id].push(mention_key);
        }
        entities[index].cluster = Some(id);
    }
    relate_demonyms(&mut clusters, &keys);
    clusters
}

/// The person cluster a mention joins: the same full name, or a full name that holds this
/// single name as its first or last word (the most recent such person).
fn person_cluster(clusters: &[Cluster], keys: &[Vec<String>], mention: &str) -> Option<usize> {
    let words: Vec<&str> = mention.split_whitespace().collect();
    let people = || clusters.iter().rev().filter(|c| c.label == Label::Per);
    if let Some(same) = people().find(|c| keys[c.id].iter().any(|k| k == mention)) {
        return Some(same.id);
    }
    let shares = |cluster: &Cluster, word: &str| {
        keys[cluster.id].iter().any(|k| {
            let parts: Vec<&str> = k.split_whitespace().collect();
            parts.first() == Some(&word) || parts.last() == Some(&word)
        })
    };
    match words.as_slice() {
        [single] => people().find(|c| shares(c, single)).map(|c| c.id),
        // A full name joins an earlier mention of its surname alone ("Blinken" … "Antony Blinken").
        [.., last] => people()
            .find(|c| keys[c.id].iter().all(|k| !k.contains(' ')) && keys[c.id].iter().any(|k| k == last))
            .map(|c| c.id),
        [] => None,
    }
}

/// The cluster an organisation, place, group or other name joins: the same name, a singular
/// or plural of it, or an acronym of it (by initials, or written beside it in brackets).
fn other_cluster(
    text: &str,
    entities: &[Entity],
    clusters: &[Cluster],
    keys: &[Vec<String>],
    index: usize,
    label: Label,
    mention: &str,
) -> Option<usize> {
    let entity = &entities[index];
    let same_kind = |c: &Cluster| {
        c.label == label || (c.label.is_name() && label != Label::Norp && c.label != Label::Norp)
    };
    let singular = |k: &str| k.strip_suffix('s').unwrap_or(k).to_string();
    if let Some(same) = clusters.iter().rev().filter(|c| same_kind(c)).find(|c| {
        keys[c.id].iter().any(|k| k == mention || (label == Label::Norp && singular(k) == singular(mention)))
    }) {
        return Some(same.id);
    }
    // "Kurdistan Workers' Party (PKK)" and "PKK (Kurdistan Workers' Party)"
    if let Some(previous) = index.checked_sub(1).map(|p| &entities[p]) {
        let between = text.get(previous.end..entity.start).unwrap_or("").trim();
        let bracketed = between == "(" && text[entity.end..].trim_start().starts_with(')');
        if bracketed && previous.label.is_name() && (is_acronym(&entity.text) || is_acronym(&previous.text)) {
            return previous.cluster;
        }
    }
    let acronym = is_acronym(&entity.text)
        .then(|| entity.text.chars().filter(|c| c.is_alphabetic()).collect::<String>());
    clusters
        .iter()
        .rev()
        .filter(|c| same_kind(c) && c.label != Label::Norp)
        .find(|c| {
            let theirs = &entities[c.mentions[0]].text;
            match &acronym {
                Some(letters) => !is_acronym(theirs) && initials(theirs) == *letters,
                None => is_acronym(theirs) && initials(&entity.text) == initials(theirs),
            }
        })
        .map(|c| c.id)
}

/// Links each group cluster to the places it belongs to, both ways.
fn relate_demonyms(clusters: &mut [Cluster], keys: &[Vec<String>]) {
    let mut links = Vec::new();
    for group in clusters.iter().filter(|c| c.label == Label::Norp) {
        for place in clusters.iter().filter(|c| c.label == Label::Loc) {
            let related = keys[group.id].iter().any(|g| keys[place.id].iter().any(|p| demonym_of(g, p)));
            if related {
                links.push((group.id, place.id));
            }
        }
    }
    for (group, place) in links {
        clusters[group].related.push(place);
        clusters[place].related.push(group);
    }
}

/// Scores each cluster's salience from 0 to 1: how often it is mentioned (0.35), how early it
/// first appears (0.25) and how much it speaks (0.4), the last share relative to the cluster
/// that speaks most.
pub fn score_salience(clusters: &mut [Cluster], entities: &[Entity], quotes: &[Quote], text_len: usize) {
    let most_mentions = clusters.iter().map(|c| c.mentions.len()).max().unwrap_or(1).max(1) as f32;
    let mut spoken = vec![0usize; clusters.len()];
    for quote in quotes {
        if let Some(speaker) = quote.speaker.filter(|&s| s < spoken.len()) {
            spoken[speaker] += 1;
        }
    }
    let most_spoken = spoken.iter().copied().max().unwrap_or(0).max(1) as f32;
    for cluster in clusters.iter_mut() {
        let first = cluster.mentions.first().map_or(text_len, |&m| entities[m].start);
        let position = 1.0 - first as f32 / text_len.max(1) as f32;
        let frequency = cluster.mentions.len() as f32 / most_mentions;
        let speaks = spoken[cluster.id] as f32 / most_spoken;
        cluster.salience = ((0.35 * frequency + 0.25 * position + 0.4 * speaks) * 1000.0).round() / 1000.0;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_initials_and_demonyms() {
        assert_eq!(key("Erdog\u{306}an's"), key("Erdoğan"));
        assert_eq!(initials("International Council for the Exploration of the Sea"), "ICES");
        assert_eq!(initials("U.S."), "US");
        assert_eq!(initials("United States"), "US");
        assert!(is_acronym("PKK") && is_acronym("U.S.") && !is_acronym("Turkey"));
        for (group, place) in
            [("turkish", "turkey"), ("syrians", "syria"), ("iraqi", "iraq"), ("french", "france")]
        {
            assert!(demonym_of(group, place), "{group} {place}");
        }
        assert!(!demonym_of("turkish", "syria"));
    }
}
