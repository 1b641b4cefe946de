//! Word lists the tagger consults: a gazetteer of entity names (hashed token sequences with the
//! types they were seen as) and word clusters learned from unlabeled news.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

use super::features::{hash_str, mix};
use super::format::{put_key_column, ByteReader};
use super::tags::{Position, TokenSpan, NUM_ENTITY_TYPES};

/// Longest gazetteer entry, in tokens.
pub const MAX_ENTRY_TOKENS: usize = 6;

/// A hasher for keys that are already hashes: one multiply spreads them over all 64 bits.
#[derive(Default)]
pub struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(8) ^ u64::from(b)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }

    fn write_u32(&mut self, value: u32) {
        self.write_u64(u64::from(value));
    }

    fn write_u64(&mut self, value: u64) {
        self.0 = (self.0 ^ value).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

/// A map whose keys are hashes already.
pub type KeyMap<K, V> = HashMap<K, V, BuildHasherDefault<KeyHasher>>;

/// A set of hashes.
pub type KeySet<K> = HashSet<K, BuildHasherDefault<KeyHasher>>;

/// Hashed gazetteer entries and word clusters.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Lexicon {
    /// Hash of the lower-cased entry's tokens → bit set of entity types (bits 0–3: seen in
    /// training; bits 4–7: from external word lists).
    entries: KeyMap<u32, u8>,
    /// Hash of a lower-cased word → cluster ids at two granularities (0 = unknown).
    clusters: KeyMap<u32, [u16; 2]>,
}

fn sequence_hash<'a>(words: impl IntoIterator<Item = &'a str>) -> u32 {
    let hash = words.into_iter().fold(0x5EED, |h, w| mix(h, hash_str(w)));
    (hash >> 32) as u32
}

impl Lexicon {
    /// Adds an entity name (its lower-cased tokens) with its type.
    pub fn add_entry(&mut self, words: &[String], entity_type: u8) {
        if !words.is_empty() && words.len() <= MAX_ENTRY_TOKENS {
            *self.entries.entry(sequence_hash(words.iter().map(String::as_str))).or_default() |=
                1 << entity_type;
        }
    }

    /// Adds a name from an external word list; kept apart from names seen in training.
    pub fn add_external_entry(&mut self, words: &[String], entity_type: u8) {
        self.add_entry(words, entity_type + NUM_ENTITY_TYPES as u8);
    }

    /// Adds every entity of a sentence's gold spans.
    pub fn add_spans(&mut self, lower_words: &[String], spans: &[TokenSpan]) {
        for span in spans {
            self.add_entry(&lower_words[span.start..span.end], span.entity_type);
            // Each word of a name, on its own: "chorzow" was seen inside an organisation.
            for word in &lower_words[span.start..span.end] {
                *self.entries.entry(Self::word_key(word)).or_default() |= 1 << span.entity_type;
            }
        }
    }

    fn word_key(lower_word: &str) -> u32 {
        Self::word_key_of_hash(hash_str(lower_word))
    }

    /// [`Lexicon::word_key`] of the word whose [`hash_str`] is `lower_hash`.
    fn word_key_of_hash(lower_hash: u64) -> u32 {
        (mix(0x574F_5244, lower_hash) >> 32) as u32
    }

    /// The entity types a lower-cased word (given as its [`hash_str`]) was seen inside during
    /// training, as a bit set.
    pub fn word_types(&self, lower_hash: u64) -> u8 {
        self.entries.get(&Self::word_key_of_hash(lower_hash)).copied().unwrap_or(0)
    }

    /// Number of gazetteer entries.
    pub fn entry_count(&self) -> usize {
        self.entries.len()
    }

    /// Sets the word clusters.
    pub fn set_clusters(&mut self, clusters: &HashMap<u32, [u16; 2]>) {
        self.clusters = clusters.iter().map(|(k, v)| (*k, *v)).collect();
    }

    /// The hash key a word's cluster is stored under.
    pub fn cluster_key(lower_word: &str) -> u32 {
        Self::cluster_key_of_hash(hash_str(lower_word))
    }

    /// [`Lexicon::cluster_key`] of the word whose [`hash_str`] is `lower_hash`.
    fn cluster_key_of_hash(lower_hash: u64) -> u32 {
        (lower_hash >> 32) as u32
    }

    /// Hashed cluster features of a lower-cased word, given as its [`hash_str`] (0 when it has
    /// no cluster).
    pub fn clusters(&self, lower_hash: u64) -> [u64; 2] {
        match self.clusters.get(&Self::cluster_key_of_hash(lower_hash)) {
            Some(ids) => [mix(1, u64::from(ids[0])), mix(2, u64::from(ids[1]))],
            None => [0, 0],
        }
    }

    /// For each token, up to three hashed (type, position) codes of the gazetteer entries that
    /// cover it, longest entries first.
    /// `lower_hashes` are [`hash_str`] of the lower-cased words.
    pub fn gazetteer_matches(&self, lower_hashes: &[u64]) -> Vec<[u64; 3]> {
        let mut codes = vec![[0u64; 3]; lower_hashes.len()];
        if self.entries.is_empty() {
            return codes;
        }
        for start in 0..lower_hashes.len() {
            let mut hash = 0x5EED;
            let longest = MAX_ENTRY_TOKENS.min(lower_hashes.len() - start);
            // The entries that start here, shortest first: at most one per length.
            let mut found = [(0, 0); MAX_ENTRY_TOKENS];
            let mut count = 0;
            for len in 1..=longest {
                hash = mix(hash, lower_hashes[start + len - 1]);
                if let Some(&types) = self.entries.get(&((hash >> 32) as u32)) {
                    found[count] = (len, types);
                    count += 1;
                }
            }
            for &(len, types) in found[..count].iter().rev() {
                for entity_type in (0..2 * NUM_ENTITY_TYPES as u8).filter(|t| types & (1 << t) != 0) {
                    for k in 0..len {
                        let position = match (k, len) {
                            (_, 1) => Position::Unit,
                            (0, _) => Position::Begin,
                            (k, len) if k + 1 == len => Position::Last,
                            _ => Position::Inside,
                        };
                        let code =
                            mix(u64::from(entity_type) + 1, position as u64 + 10 * (len.min(3) as u64));
                        if let Some(slot) = codes[start + k].iter_mut().find(|c| **c == 0) {
                            *slot = code;
                        }
                    }
                }
            }
        }
        codes
    }

    /// Appends the lexicon in the model file's binary layout, in columns ([`super::format`]):
    /// the entries' count, their sorted keys as gaps, their type sets; then the clusters' count,
    /// their sorted keys as gaps, their coarse ids and their fine ids (`u16` each).
    pub fn write(&self, out: &mut Vec<u8>) {
        let mut entries: Vec<_> = self.entries.iter().map(|(&key, &types)| (key, types)).collect();
        entries.sort_unstable();
        out.extend((entries.len() as u32).to_le_bytes());
        put_key_column(out, entries.iter().map(|entry| entry.0));
        out.extend(entries.iter().map(|entry| entry.1));
        let mut clusters: Vec<_> = self.clusters.iter().map(|(&key, &ids)| (key, ids)).collect();
        clusters.sort_unstable();
        out.extend((clusters.len() as u32).to_le_bytes());
        put_key_column(out, clusters.iter().map(|cluster| cluster.0));
        for granularity in 0..2 {
            out.extend(clusters.iter().flat_map(|cluster| cluster.1[granularity].to_le_bytes()));
        }
    }

    /// Reads a lexicon written by [`Lexicon::write`], advancing `reader`.
    pub fn read(reader: &mut ByteReader) -> Option<Lexicon> {
        // Each map is made at its final size at once (its count bounded by the bytes left, two
        // and five a record at least), so loading never holds a map and its grown copy together.
        let count = reader.u32()? as usize;
        let mut entries =
            KeyMap::with_capacity_and_hasher(count.min(reader.remaining() / 2), Default::default());
        let mut keys = reader.key_column(count)?;
        let mut types = reader.column(count)?;
        for _ in 0..count {
            entries.insert(keys.next_key()?, types.u8()?);
        }
        let count = reader.u32()? as usize;
        let mut clusters =
            KeyMap::with_capacity_and_hasher(count.min(reader.remaining() / 5), Default::default());
        let mut keys = reader.key_column(count)?;
        let mut coarse = reader.column(2 * count)?;
        let mut fine = reader.column(2 * count)?;
        for _ in 0..count {
            clusters.insert(keys.next_key()?, [coarse.u16()?, fine.u16()?]);
        }
        Some(Lexicon { entries, clusters })
    }
}
