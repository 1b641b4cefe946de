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

use rustc_hash::FxHashMap;

use unicode_normalization::UnicodeNormalization;

use crate::document::{Cluster, Entity, Label, Quote};

/// A mention's name as compared: NFC, lower case, curly apostrophes straightened, without a
/// possessive "'s" and a leading "the".
fn key(text: &str) -> String {
    // ASCII is its own NFC and holds no curly apostrophe.
    let lower = if text.is_ascii() {
        text.to_ascii_lowercase()
    } else {
        text.nfc().collect::<String>().to_lowercase().replace('’', "'")
    };
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
    let mut letters = 0;
    for letter in text.chars().filter(|c| c.is_alphabetic()) {
        if !letter.is_uppercase() {
            return false;
        }
        letters += 1;
    }
    (2..=8).contains(&letters) && !text.contains(' ')
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

/// Which clusters a mention may join: people with people, groups with groups, and names of
/// organisations, places and other things with one another (the tagger may label the same
/// name differently in two sentences).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Kind {
    Person,
    Group,
    Other,
}

fn kind_of(label: Label) -> Kind {
    match label {
        Label::Per => Kind::Person,
        Label::Norp => Kind::Group,
        _ => Kind::Other,
    }
}

/// Look-ups from names to the latest cluster that holds them, so clustering stays linear.
#[derive(Default)]
struct Index {
    /// Exact keys (groups by their singular).
    names: FxHashMap<(Kind, String), usize>,
    /// First and last words of people's names.
    person_words: FxHashMap<String, usize>,
    /// People known so far by one word only ("Blinken"), by that word.
    surname_only: FxHashMap<String, usize>,
    /// Initials of written-out names ("European Central Bank" → "ECB").
    initials: FxHashMap<String, usize>,
    /// Letters of acronyms ("U.S." → "US").
    acronyms: FxHashMap<String, usize>,
    /// Head nouns of organisations' written-out names ([`head_noun`]: "European Commission" →
    /// "commission", "Church of Scientology" → "church").
    heads: FxHashMap<String, usize>,
}

/// The head noun of an organisation's name of several words: the word before "of"
/// ("Church of Scientology", "Bank of England"), else the last ("European Commission", "Wall
/// Street Journal"); `None` for one word.
fn head_noun(key: &str) -> Option<&str> {
    match key.split_once(" of ") {
        Some((before, _)) => before.rsplit(' ').next(),
        None => key.contains(' ').then(|| key.rsplit(' ').next()).flatten(),
    }
}

/// The head noun of an organisation's name as written ("the Church of Scientology's" →
/// "church"), lower case; `None` for a name of one word.
///
/// ```
/// use article_annotator::coreference::organisation_head;
/// assert_eq!(organisation_head("the European Commission").as_deref(), Some("commission"));
/// assert_eq!(organisation_head("Reuters"), None);
/// ```
pub fn organisation_head(name: &str) -> Option<String> {
    head_noun(&key(name)).map(str::to_string)
}

fn singular(key: &str) -> &str {
    key.strip_suffix('s').unwrap_or(key)
}

impl Index {
    fn exact(&self, kind: Kind, key: &str) -> Option<usize> {
        let key = if kind == Kind::Group { singular(key) } else { key };
        self.names.get(&(kind, key.to_string())).copied()
    }

    /// The person cluster a mention joins: the same name, or for one word the latest person
    /// whose name starts or ends with it, or for a full name an earlier mention of its
    /// surname alone ("Blinken" … "Antony Blinken").
    fn person(&self, key: &str) -> Option<usize> {
        self.exact(Kind::Person, key).or_else(|| {
            match key.split_whitespace().collect::<Vec<_>>().as_slice() {
                [single] => self.person_words.get(*single).copied(),
                [.., last] => self.surname_only.get(*last).copied(),
                [] => None,
            }
        })
    }

    /// The cluster of an acronym's expansion, or of a name's acronym.
    fn by_initials(&self, text: &str) -> Option<usize> {
        if is_acronym(text) {
            self.initials.get(&text.chars().filter(|c| c.is_alphabetic()).collect::<String>()).copied()
        } else {
            self.acronyms.get(&initials(text)).copied()
        }
    }

    /// The organisation a one-word mention names by its head noun ("the Commission" after
    /// "the European Commission", "the Church" after "the Church of Scientology").
    fn by_head(&self, key: &str) -> Option<usize> {
        (!key.contains(' ')).then(|| self.heads.get(key).copied()).flatten()
    }

    fn add(&mut self, id: usize, kind: Kind, key: &str, text: &str, has_full_name: bool) {
        let stored = if kind == Kind::Group { singular(key) } else { key };
        self.names.insert((kind, stored.to_string()), id);
        match kind {
            Kind::Person => {
                let words: Vec<&str> = key.split_whitespace().collect();
                for word in [words.first(), words.last()].into_iter().flatten() {
                    self.person_words.insert(word.to_string(), id);
                }
                if let [single] = words.as_slice() {
                    if !has_full_name {
                        self.surname_only.insert(single.to_string(), id);
                    }
                } else if let Some(last) = words.last() {
                    self.surname_only.remove(*last);
                }
            }
            Kind::Other if is_acronym(text) => {
                self.acronyms.insert(text.chars().filter(|c| c.is_alphabetic()).collect(), id);
            }
            Kind::Other => {
                let letters = initials(text);
                if letters.chars().count() >= 2 {
                    self.initials.insert(letters, id);
                }
            }
            Kind::Group => {}
        }
    }
}

/// Groups `entities` into clusters and sets each entity's `cluster`. Times and amounts are not
/// clustered. Salience is left at zero for [`score_salience`].
pub fn cluster_entities(text: &str, entities: &mut [Entity]) -> Vec<Cluster> {
    let mut clusters: Vec<Cluster> = Vec::new();
    let mut keys: Vec<Vec<String>> = Vec::new();
    let mut index = Index::default();
    for at in 0..entities.len() {
        let entity = &entities[at];
        if !entity.label.is_name() {
            continue;
        }
        let kind = kind_of(entity.label);
        let mention_key = key(&entity.text);
        // An organisation named by its head noun: so tagged ("the Commission" after "the
        // European Commission"), or any name after "the" ("the Church" after "the Church of
        // Scientology", which the tagger may read as a place): an organisation's mention.
        let by_head = index
            .by_head(&mention_key)
            .filter(|_| kind == Kind::Other && (entity.label == Label::Org || after_the(text, entity.start)));
        let found = match kind {
            Kind::Person => index.person(&mention_key),
            Kind::Group => index.exact(kind, &mention_key),
            Kind::Other => index
                .exact(kind, &mention_key)
                .or_else(|| bracketed_partner(text, entities, at))
                .or_else(|| index.by_initials(&entity.text))
                .or(by_head),
        };
        let id = found.unwrap_or_else(|| {
            clusters.push(Cluster {
                id: clusters.len(),
                name: entity.text.to_string(),
                label: entity.label,
                mentions: Vec::new(),
                salience: 0.0,
                related: Vec::new(),
            });
            keys.push(Vec::new());
            clusters.len() - 1
        });
        if found.is_some() && found == by_head {
            entities[at].label = Label::Org;
        }
        let entity = &entities[at];
        let cluster = &mut clusters[id];
        cluster.mentions.push(at);
        // The fullest written form names the cluster ("Antony Blinken" over "Blinken").
        let name = entity.text.trim_end_matches("'s").trim_end_matches("’s");
        if name.split_whitespace().count() > cluster.name.split_whitespace().count()
            || (is_acronym(&cluster.name) && !is_acronym(name))
        {
            cluster.name = name.to_string();
        }
        let has_full_name = keys[id].iter().any(|k| k.contains(' '));
        index.add(id, kind, &mention_key, &entity.text, has_full_name);
        if let Some(head) = head_noun(&mention_key).filter(|_| entity.label == Label::Org) {
            index.heads.insert(head.to_string(), id);
        }
        if !keys[id].contains(&mention_key) {
            keys[id].push(mention_key);
        }
        entities[at].cluster = Some(id);
    }
    relate_demonyms(&mut clusters, &keys);
    clusters
}

/// Whether the word before `start` is "the" ("the Church").
fn after_the(text: &str, start: usize) -> bool {
    let before = text.get(..start).unwrap_or_default().trim_end();
    let Some(cut) = before.len().checked_sub(3) else { return false };
    before.get(cut..).is_some_and(|word| word.eq_ignore_ascii_case("the"))
        && !before[..cut].ends_with(char::is_alphanumeric)
}

/// The cluster of the name an acronym is written beside in brackets, either way round:
/// "Kurdistan Workers' Party (PKK)", "PKK (Kurdistan Workers' Party)". Not a place beside
/// something else: in the dateline "PARIS (AFP) —" the brackets name the news agency.
fn bracketed_partner(text: &str, entities: &[Entity], at: usize) -> Option<usize> {
    let entity = &entities[at];
    let previous = &entities[at.checked_sub(1)?];
    let between = text.get(previous.end..entity.start).unwrap_or("").trim();
    let bracketed =
        between == "(" && text.get(entity.end..).is_some_and(|rest| rest.trim_start().starts_with(')'));
    let one_kind = (previous.label == Label::Loc) == (entity.label == Label::Loc);
    (bracketed
        && one_kind
        && previous.label.is_name()
        && (is_acronym(&entity.text) || is_acronym(&previous.text)))
    .then_some(previous.cluster_index())
    .flatten()
}

/// Links each group cluster to the places it belongs to, both ways.
fn relate_demonyms(clusters: &mut [Cluster], keys: &[Vec<String>]) {
    // Places by the first four letters of their names: a demonym shares them, or is an exception.
    let prefix = |key: &str| key.chars().take(4).collect::<String>();
    let mut places: FxHashMap<String, Vec<usize>> = FxHashMap::default();
    for place in clusters.iter().filter(|c| c.label == Label::Loc) {
        for key in &keys[place.id] {
            places.entry(prefix(key)).or_default().push(place.id);
        }
    }
    let mut links = Vec::new();
    for group in clusters.iter().filter(|c| c.label == Label::Norp) {
        for demonym in &keys[group.id] {
            let exceptions =
                DEMONYM_EXCEPTIONS.iter().filter(|(d, _)| *d == singular(demonym)).map(|(_, p)| prefix(p));
            for candidate in std::iter::once(prefix(demonym)).chain(exceptions) {
                for &place in places.get(&candidate).into_iter().flatten() {
                    let related = keys[place].iter().any(|p| demonym_of(demonym, p));
                    if related && !links.contains(&(group.id, place)) {
                        links.push((group.id, place));
                    }
                }
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

    #[test]
    fn an_organisation_is_named_again_by_its_head_noun() {
        assert_eq!(head_noun("church of scientology"), Some("church"));
        assert_eq!(head_noun("european commission"), Some("commission"));
        assert_eq!(head_noun("reuters"), None);
        assert!(after_the("In a statement, the Church", 19) && !after_the("Athens", 0));
        let text = "The Church of Scientology runs a retreat. The Church denied it. The European \
                    Commission met. The Commission agreed. Real Madrid won. Madrid is hot.";
        let doc = crate::annotate(text, &crate::Options::default());
        let cluster_of = |words: &str| {
            let at = text.rfind(words).unwrap();
            doc.entities.iter().find(|e| e.start == at).and_then(|e| e.cluster)
        };
        let church = doc.entities.iter().find(|e| &*e.text == "Church").unwrap();
        assert_eq!((church.cluster, church.label), (cluster_of("Church of Scientology"), Label::Org));
        assert_eq!(cluster_of("Commission agreed"), cluster_of("European"));
        // A place named like a club's last word is the place, without "the".
        assert_ne!(cluster_of("Madrid is"), cluster_of("Real Madrid"));
    }

    #[test]
    fn a_dateline_agency_is_no_acronym_of_its_city() {
        let doc = crate::annotate(
            "PARIS (AFP) - The Harbour Workers' Union (HWU) called a strike on Monday.",
            &crate::Options::default(),
        );
        let cluster_of =
            |name: &str| doc.entities.iter().find(|e| &*e.text == name).and_then(|e| e.cluster_index());
        assert_ne!(cluster_of("PARIS"), cluster_of("AFP"));
        assert_eq!(cluster_of("Harbour Workers' Union"), cluster_of("HWU"));
    }
}
