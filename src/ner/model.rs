//! The trained entity model: quantised sparse weights plus a [`Lexicon`], its binary file
//! format, and greedy left-to-right decoding with BILOU transition constraints.

use std::cell::RefCell;
use std::hash::BuildHasher;
use std::sync::atomic::{AtomicU64, Ordering};

use hashbrown::HashTable;
use rustc_hash::{FxBuildHasher, FxHashMap};

use super::features::{
    context_features, history_key, may_hold_names, word_features, DocumentEvidence, LabelHistory,
    PreparedDocument, TokenAttributes, TokenContext, WordCache, WORD_FEATURES,
};
use super::format::{put_key_column, ByteReader};
use super::lexicon::Lexicon;
use super::tags::{spans_from_tags, Tag, TokenSpan, NUM_TAGS};
use super::Sentences;

/// The file's first bytes; the last is the layout's version (2: columns).
const MAGIC: &[u8; 8] = b"AANER\0\0\x02";

/// Anything that maps a feature hash to per-tag weights.
pub trait Weights {
    /// Adds the feature's weights to `scores`.
    fn accumulate(&self, feature: u64, scores: &mut [f32; NUM_TAGS]);

    /// Adds the weights of `features` to `scores`, one feature after the other in the order
    /// given (so a sum continued from a partial sum is the same to the bit as the whole sum).
    fn add(&self, features: &[u64], scores: &mut [f32; NUM_TAGS]) {
        for &feature in features {
            self.accumulate(feature, scores);
        }
    }

    /// Sums the weights of `features` into per-tag scores, in the order given.
    fn score(&self, features: &[u64]) -> [f32; NUM_TAGS] {
        let mut scores = [0.0; NUM_TAGS];
        self.add(features, &mut scores);
        scores
    }
}

/// Sums the weights of `features` into per-tag scores.
pub fn score<W: Weights + ?Sized>(weights: &W, features: &[u64]) -> [f32; NUM_TAGS] {
    weights.score(features)
}

/// The best-scoring tag allowed after `previous` (and at a sentence end, one that closes).
pub fn best_tag(scores: &[f32; NUM_TAGS], previous: Tag, last_in_sentence: bool) -> Tag {
    let mut best = Tag::OUTSIDE;
    let mut best_score = f32::NEG_INFINITY;
    for (index, &value) in scores.iter().enumerate() {
        let tag = Tag::from_index(index);
        if value > best_score && tag.can_follow(previous) && (!last_in_sentence || tag.can_end()) {
            best = tag;
            best_score = value;
        }
    }
    best
}

/// One stored row: the bucket it belongs to, its scale exponent and its quantised weights.
pub type QuantisedRow = (u32, u8, [i8; NUM_TAGS]);

/// Sparse quantised weights: an open-addressing table from feature bucket to a row of `i8`
/// weights with its own power-of-two-eighths scale.
///
/// Rows repeat: the shipped model's 143,460 buckets hold only 38,217 distinct rows (62% of its
/// rows are one pair of opposite weights, what one passive-aggressive update leaves). So a
/// slot holds its bucket and the number of its row, 8 bytes, and each distinct row is stored
/// once, already multiplied out: its weights times its scale, each product rounded to `f32`
/// as the sum would round it, so adding a row is 17 additions and the sums are the same to
/// the bit as multiplying at every look-up. The table takes 2.1 MB and the rows 2.6 MB, where
/// 22-byte slots with the `i8` row inside took 5.8 MB: natively the tagger is about a sixth
/// faster, and the loaded model takes 7.6 MB of WebAssembly memory (7.5 MB before; 6.0 MB
/// with the rows kept as `i8`, which were multiplied at every look-up). A feature the model
/// does not hold (one in five on news) is turned away by a 256 KB filter before it walks the
/// table: without it, the tagger is slower again.
#[derive(Debug, Clone)]
pub struct SparseWeights {
    hash_bits: u32,
    /// Open-addressing table of slots: the bucket + 1 above [`ROW_BITS`] (0 marks an empty
    /// slot), the number of its row below.
    slots: Vec<u64>,
    /// Number of stored buckets.
    len: usize,
    /// Each distinct row's weights times its scale.
    rows: Vec<[f32; NUM_TAGS]>,
    /// Each distinct row's scale exponent ([`SparseWeights::scale_of`]), for writing the
    /// quantised row back.
    exponents: Vec<u8>,
    /// The buckets stored, for turning away the features the table does not hold.
    present: PresenceFilter,
}

/// How many low bits of a slot number its row.
const ROW_BITS: u32 = 31;

/// A one-hash Bloom filter of buckets, eight to sixteen bits per stored bucket (14.6 for the
/// shipped model, 256 KB): "absent" is certain; "present" is wrong for about one absent bucket
/// in fifteen, which then walks the table to an empty slot as every look-up did without a
/// filter. A bucket is a hash's leading bits already, so its own bits pick the filter's word
/// and bit (hashing it again, or setting two bits, measured slower).
#[derive(Debug, Clone, PartialEq)]
struct PresenceFilter {
    words: Vec<u64>,
}

impl PresenceFilter {
    /// A filter sized for `buckets` buckets: a power of two of 64-bit words.
    fn with_capacity(buckets: usize) -> PresenceFilter {
        let words = (buckets / 8 + 1).next_power_of_two();
        PresenceFilter { words: vec![0; words] }
    }

    /// The word of a bucket and the bit it sets there.
    fn locate(&self, bucket: u32) -> (usize, u64) {
        ((bucket >> 6) as usize & (self.words.len() - 1), 1 << (bucket & 63))
    }

    fn insert(&mut self, bucket: u32) {
        let (word, bits) = self.locate(bucket);
        self.words[word] |= bits;
    }

    /// False only when the bucket was never inserted.
    fn may_contain(&self, bucket: u32) -> bool {
        let (word, bits) = self.locate(bucket);
        self.words[word] & bits == bits
    }
}

impl PartialEq for SparseWeights {
    /// Two tables are equal when they map the same buckets to the same rows, whatever order
    /// their rows were numbered in.
    fn eq(&self, other: &SparseWeights) -> bool {
        self.hash_bits == other.hash_bits && self.sorted_rows() == other.sorted_rows()
    }
}

impl SparseWeights {
    /// The table of `rows`; of two rows for one bucket, the later is kept.
    pub fn new(hash_bits: u32, rows: Vec<QuantisedRow>) -> SparseWeights {
        Self::with_rows(hash_bits, rows.len(), rows)
    }

    /// The table of at most `count` rows; of two rows for one bucket, the later is kept.
    fn with_rows(
        hash_bits: u32,
        count: usize,
        rows: impl IntoIterator<Item = QuantisedRow>,
    ) -> SparseWeights {
        // Load factor at most 0.7 keeps probe chains short (and leaves a slot empty, which
        // ends every probe).
        let capacity = (count.saturating_mul(10) / 7 + 1).next_power_of_two().max(16);
        let mut table = SparseWeights {
            hash_bits,
            slots: vec![0; capacity],
            len: 0,
            rows: Vec::new(),
            exponents: Vec::new(),
            present: PresenceFilter::with_capacity(count),
        };
        // Rows are numbered in their quantised form first (18 bytes each, found again through
        // a table of their numbers, 4 bytes an entry), then multiplied out into a vector of
        // their exact size: the WebAssembly memory a model takes is the most its loading ever
        // held, and a map of rows, or 68-byte rows grown by doubling, would hold far more.
        let mut distinct: Vec<(u8, [i8; NUM_TAGS])> = Vec::new();
        let mut numbers: HashTable<u32> = HashTable::new();
        let hash = |row: &(u8, [i8; NUM_TAGS])| FxBuildHasher.hash_one(row);
        for (bucket, exponent, weights) in rows.into_iter().take(count) {
            let row = (exponent, weights);
            let row_hash = hash(&row);
            let number = match numbers.find(row_hash, |&number| distinct[number as usize] == row) {
                Some(&number) => number,
                None => {
                    distinct.push(row);
                    let number = distinct.len() as u32 - 1;
                    numbers.insert_unique(row_hash, number, |&number| hash(&distinct[number as usize]));
                    number
                }
            };
            let slot = table.find_slot(bucket);
            table.len += usize::from(table.slots[slot] == 0);
            table.slots[slot] = Self::key(bucket) << ROW_BITS | u64::from(number);
            table.present.insert(bucket);
        }
        drop(numbers);
        table.rows = distinct
            .iter()
            .map(|&(exponent, weights)| {
                let scale = Self::scale_of(exponent);
                weights.map(|weight| f32::from(weight) * scale)
            })
            .collect();
        table.exponents = distinct.iter().map(|&(exponent, _)| exponent).collect();
        table
    }

    /// A bucket's key in its slot: never 0, which marks an empty slot.
    fn key(bucket: u32) -> u64 {
        u64::from(bucket) + 1
    }

    /// The stored rows, quantised again, sorted by bucket.
    fn sorted_rows(&self) -> Vec<QuantisedRow> {
        let mut rows: Vec<QuantisedRow> = (self.slots.iter().filter(|&&slot| slot != 0))
            .map(|&slot| {
                let number = Self::row_number(slot);
                let (exponent, scale) = (self.exponents[number], Self::scale_of(self.exponents[number]));
                // A product of a weight (at most 127 in size) and a scale, rounded to `f32`,
                // divided by the scale is within 2^-16 of the weight.
                let weights = self.rows[number].map(|product| (product / scale).round() as i8);
                (((slot >> ROW_BITS) - 1) as u32, exponent, weights)
            })
            .collect();
        rows.sort_by_key(|row| row.0);
        rows
    }

    /// The scale an exponent stands for: 2^((exponent − 128) / 8).
    pub fn scale_of(exponent: u8) -> f32 {
        ((f32::from(exponent) - 128.0) / 8.0).exp2()
    }

    /// The smallest exponent whose scale is at least `scale`.
    pub fn exponent_for(scale: f32) -> u8 {
        if scale <= 0.0 {
            return 0;
        }
        (scale.log2() * 8.0 + 128.0).ceil().clamp(0.0, 255.0) as u8
    }

    /// The bucket a feature hash falls into.
    pub fn bucket(hash_bits: u32, feature: u64) -> u32 {
        (feature >> (64 - hash_bits)) as u32
    }

    /// The slot where a bucket's probe starts.
    fn home_slot(&self, bucket: u32) -> usize {
        (bucket.wrapping_mul(0x9E37_79B1) as usize) & (self.slots.len() - 1)
    }

    fn find_slot(&self, bucket: u32) -> usize {
        self.probe(self.home_slot(bucket), bucket)
    }

    /// The slot holding `bucket`, or the empty slot where it would go, from `slot` on.
    fn probe(&self, mut slot: usize, bucket: u32) -> usize {
        let mask = self.slots.len() - 1;
        let key = Self::key(bucket);
        while self.slots[slot] != 0 && self.slots[slot] >> ROW_BITS != key {
            slot = (slot + 1) & mask;
        }
        slot
    }

    /// The number of the row a full slot holds.
    fn row_number(slot: u64) -> usize {
        (slot & ((1 << ROW_BITS) - 1)) as usize
    }

    /// Number of stored buckets.
    pub fn len(&self) -> usize {
        self.len
    }

    /// True when no row is stored.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Adds one slot's row to `scores` (nothing for an empty slot): each sum rounded to `f32`,
    /// the same to the bit on every target.
    fn add_slot(&self, slot: usize, scores: &mut [f32; NUM_TAGS]) {
        let slot = self.slots[slot];
        if slot != 0 {
            for (score, product) in scores.iter_mut().zip(&self.rows[Self::row_number(slot)]) {
                *score += product;
            }
        }
    }
}

impl Weights for SparseWeights {
    fn accumulate(&self, feature: u64, scores: &mut [f32; NUM_TAGS]) {
        let bucket = Self::bucket(self.hash_bits, feature);
        if self.present.may_contain(bucket) {
            self.add_slot(self.find_slot(bucket), scores);
        }
    }

    /// Finds the slots of a batch of features first and adds their rows after, in the same
    /// order (so the sums are the same to the bit): the features the filter turns away are
    /// dropped (they add nothing), and the home slots of the rest are fetched into the cache
    /// before any is probed, so the table's cache misses overlap instead of waiting on each
    /// other.
    fn add(&self, features: &[u64], scores: &mut [f32; NUM_TAGS]) {
        const BATCH: usize = 32;
        let mut buckets = [0u32; BATCH];
        let mut slots = [0usize; BATCH];
        // The sums stay in a local the compiler can keep in registers across the whole loop.
        let mut sums = *scores;
        for batch in features.chunks(BATCH) {
            let mut kept = 0;
            for &feature in batch {
                let bucket = Self::bucket(self.hash_bits, feature);
                buckets[kept] = bucket;
                kept += usize::from(self.present.may_contain(bucket));
            }
            // Independent loads of every home slot's key: the processor issues them together.
            let mut touched = 0u64;
            for (slot, &bucket) in slots.iter_mut().zip(&buckets).take(kept) {
                *slot = self.home_slot(bucket);
                touched ^= self.slots[*slot];
            }
            std::hint::black_box(touched);
            for (slot, &bucket) in slots.iter_mut().zip(&buckets).take(kept) {
                *slot = self.probe(*slot, bucket);
            }
            for &slot in &slots[..kept] {
                self.add_slot(slot, &mut sums);
            }
        }
        *scores = sums;
    }
}

/// One tagged entity: its token range and the tagger's confidence (0 to 1).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TaggedSpan {
    /// Tokens and type.
    pub span: TokenSpan,
    /// Mean probability of the chosen tags over the entity's tokens.
    pub score: f32,
}

/// The entity tagger: weights and lexicon, loaded once and used read-only.
#[derive(Debug, Clone)]
pub struct NerModel {
    weights: SparseWeights,
    lexicon: Lexicon,
    /// Tells what a thread keeps for this model from what it keeps for another
    /// ([`THREAD_MEMORY`]); a clone has the same weights and lexicon, so it keeps the number.
    id: u64,
}

impl PartialEq for NerModel {
    /// Two models are equal when their weights and lexicons are, whatever their numbers.
    fn eq(&self, other: &NerModel) -> bool {
        self.weights == other.weights && self.lexicon == other.lexicon
    }
}

/// The number the next model made gets.
static NEXT_MODEL_ID: AtomicU64 = AtomicU64::new(1);

/// What the tagger of one thread keeps from one document to the next, for one model.
#[derive(Default)]
struct ThreadMemory {
    /// The number of the model it was computed for ([`NerModel`]'s `id`).
    model: u64,
    /// Word attributes: they depend only on the word and the lexicon.
    words: WordCache,
    /// Word-level feature sums ([`Decoder`]): they depend only on the features and the weights.
    word_scores: WordScores,
}

thread_local! {
    /// Each thread's [`ThreadMemory`]: the tags are the same as with fresh caches per document
    /// (what is kept depends only on the words and the model), and on news the tagger is faster
    /// from the second article on. Another model starts them afresh.
    static THREAD_MEMORY: RefCell<ThreadMemory> = RefCell::new(ThreadMemory::default());
}

/// Word-level feature sums by those features folded into one key.
type WordScores = FxHashMap<u64, [f32; NUM_TAGS]>;

impl NerModel {
    /// A model from its parts.
    pub fn new(weights: SparseWeights, lexicon: Lexicon) -> NerModel {
        NerModel { weights, lexicon, id: NEXT_MODEL_ID.fetch_add(1, Ordering::Relaxed) }
    }

    /// Reads a model file; `None` when the bytes are not one.
    pub fn from_bytes(bytes: &[u8]) -> Option<NerModel> {
        let mut reader = ByteReader::new(bytes.strip_prefix(MAGIC)?);
        let hash_bits = reader.u32()?;
        let count = reader.u32()? as usize;
        // Each row takes at least five bytes of the file: a count beyond that is not a model.
        if !(1..=32).contains(&hash_bits) || count > bytes.len() / 5 {
            return None;
        }
        let mut buckets = reader.key_column(count)?;
        let mut exponents = reader.column(count)?;
        let mut masks = [reader.column(count)?, reader.column(count)?, reader.column(count)?];
        let mut read_row = || -> Option<QuantisedRow> {
            let bucket = buckets.next_key()?;
            let exponent = exponents.u8()?;
            let mut mask = 0u32;
            for (plane, column) in masks.iter_mut().enumerate() {
                mask |= u32::from(column.u8()?) << (8 * plane);
            }
            let mut values = [0i8; NUM_TAGS];
            for (tag, value) in values.iter_mut().enumerate() {
                if mask & (1 << tag) != 0 {
                    *value = reader.u8()? as i8;
                }
            }
            Some((bucket, exponent, values))
        };
        // Rows go into the table as they are read: no copy of them all is made first.
        let mut complete = true;
        let rows = (0..count).map_while(|_| {
            let row = read_row();
            complete &= row.is_some();
            row
        });
        let weights = SparseWeights::with_rows(hash_bits, count, rows);
        if !complete {
            return None;
        }
        let lexicon = Lexicon::read(&mut reader)?;
        Some(NerModel::new(weights, lexicon))
    }

    /// The model file's bytes (deterministic). Rows are sorted by bucket and stored in columns
    /// ([`super::format`]): the gaps between buckets as varints, the rows' scale exponents, three
    /// byte planes of a mask of the tags with a non-zero weight, then those weights row by row;
    /// the lexicon follows.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = MAGIC.to_vec();
        let rows = self.weights.sorted_rows();
        out.extend(self.weights.hash_bits.to_le_bytes());
        out.extend((rows.len() as u32).to_le_bytes());
        put_key_column(&mut out, rows.iter().map(|row| row.0));
        out.extend(rows.iter().map(|row| row.1));
        let masks: Vec<[u8; 4]> = rows
            .iter()
            .map(|(_, _, values)| {
                let mask = (values.iter().enumerate().filter(|(_, v)| **v != 0))
                    .fold(0u32, |mask, (tag, _)| mask | 1 << tag);
                mask.to_le_bytes()
            })
            .collect();
        for plane in 0..3 {
            out.extend(masks.iter().map(|mask| mask[plane]));
        }
        for (_, _, values) in &rows {
            out.extend(values.iter().filter(|v| **v != 0).map(|&v| v as u8));
        }
        self.lexicon.write(&mut out);
        out
    }

    /// Number of weight rows.
    pub fn feature_count(&self) -> usize {
        self.weights.len()
    }

    /// The model's lexicon.
    pub fn lexicon(&self) -> &Lexicon {
        &self.lexicon
    }

    /// Tags a document given as sentences of words; entities per sentence. The document is
    /// read twice: once for its evidence, then sentence by sentence to tag it.
    pub fn tag_document<'t>(&self, sentences: &dyn Sentences<'t>) -> Vec<Vec<TaggedSpan>> {
        THREAD_MEMORY.with_borrow_mut(|memory| {
            if memory.model != self.id {
                *memory = ThreadMemory { model: self.id, ..ThreadMemory::default() };
            }
            let cache = &mut memory.words;
            let evidence = DocumentEvidence::gather(sentences, &self.lexicon, cache);
            let mut decoder = Decoder::resume(&self.weights, std::mem::take(&mut memory.word_scores));
            let tagged = (0..sentences.count())
                .map(|i| {
                    let words = sentences.words(i);
                    if !may_hold_names(&words) {
                        decoder.pass_over(&words);
                        return Vec::new();
                    }
                    let attributes = evidence.sentence(i, &words, &self.lexicon, cache);
                    decoder.tag(&evidence, &attributes)
                })
                .collect();
            memory.word_scores = decoder.word_scores;
            tagged
        })
    }
}

/// Greedy decoding of one document, sentence by sentence, keeping its label history.
pub struct Decoder<'w, W: Weights + ?Sized> {
    weights: &'w W,
    history: LabelHistory,
    features: Vec<u64>,
    /// The sums of the word-level features ([`WORD_FEATURES`]) by those features folded into
    /// one 64-bit key ([`TokenAttributes::word_key`]): a word seen again costs one map look-up
    /// instead of as many table look-ups.
    word_scores: WordScores,
}

impl<'w, W: Weights + ?Sized> Decoder<'w, W> {
    /// Most distinct words whose sums are kept; the map is emptied past it, so a huge input of
    /// distinct words costs no more memory than a long article.
    const WORD_SCORES_CAPACITY: usize = 1 << 14;

    /// A decoder at the start of a document.
    pub fn new(weights: &'w W) -> Self {
        Self::resume(weights, WordScores::default())
    }

    /// A decoder at the start of a document, with the word-level sums already made with these
    /// same weights.
    fn resume(weights: &'w W, word_scores: WordScores) -> Self {
        Decoder { weights, history: LabelHistory::default(), features: Vec::new(), word_scores }
    }

    /// The scores of token `t` whose features after the word-level ones were just collected:
    /// the word-level sum from the map (made on first sight of the word), then the other
    /// features added to it in order, as [`Weights::score`] would add them all.
    fn scores(&mut self, t: &TokenAttributes) -> [f32; NUM_TAGS] {
        if self.word_scores.len() >= Self::WORD_SCORES_CAPACITY {
            self.word_scores.clear();
        }
        let weights = self.weights;
        let mut scores = *self.word_scores.entry(t.word_key()).or_insert_with(|| {
            let mut word = Vec::with_capacity(WORD_FEATURES);
            word_features(t, &mut word);
            weights.score(&word)
        });
        weights.add(&self.features, &mut scores);
        scores
    }

    /// Passes over a sentence that holds no name ([`may_hold_names`]): its words are outside
    /// any entity, and the label history records them so.
    pub fn pass_over(&mut self, words: &[&str]) {
        for word in words {
            self.history.record(history_key(word), Tag::OUTSIDE);
        }
    }

    /// The entities of the document's next sentence, with their confidences.
    pub fn tag(&mut self, evidence: &DocumentEvidence, sentence: &[TokenAttributes]) -> Vec<TaggedSpan> {
        let mut tags = Vec::with_capacity(sentence.len());
        let mut confidences = Vec::with_capacity(sentence.len());
        let mut previous = [Tag::OUTSIDE; 2];
        for i in 0..sentence.len() {
            self.features.clear();
            let context = TokenContext { evidence, sentence, i, previous, history: &self.history };
            context_features(&context, &mut self.features);
            let scores = self.scores(&sentence[i]);
            let tag = best_tag(&scores, previous[0], i + 1 == sentence.len());
            // Only entity tokens' confidences are used; skip the softmax for the rest.
            confidences.push(if tag == Tag::OUTSIDE { 1.0 } else { probability(&scores, tag, previous[0]) });
            self.history.record(sentence[i].history_key, tag);
            previous = [tag, previous[0]];
            tags.push(tag);
        }
        spans_from_tags(&tags)
            .into_iter()
            .map(|span| {
                let covered = &confidences[span.start..span.end];
                TaggedSpan { span, score: covered.iter().sum::<f32>() / covered.len() as f32 }
            })
            .collect()
    }
}

/// Greedy decoding of a prepared document (training's dev evaluation).
pub fn decode_document<W: Weights + ?Sized>(
    weights: &W,
    document: &PreparedDocument,
) -> Vec<Vec<TaggedSpan>> {
    let mut decoder = Decoder::new(weights);
    document.sentences.iter().map(|sentence| decoder.tag(&document.evidence, sentence)).collect()
}

/// Scores are sums of passive-aggressive weights; dividing by this turns their differences
/// into probabilities that track dev-set precision (calibrated on eng.testa: entities scored
/// 0.86 are right 85% of the time, those scored 0.98 98%).
const SCORE_TEMPERATURE: f32 = 0.15;

/// Softmax probability of `tag` among the tags allowed after `previous` (the others are never
/// chosen, so their scores are never trained down and carry no information).
fn probability(scores: &[f32; NUM_TAGS], tag: Tag, previous: Tag) -> f32 {
    let allowed = || {
        (0..NUM_TAGS)
            .filter(|&i| Tag::from_index(i).can_follow(previous))
            .map(|i| scores[i] / SCORE_TEMPERATURE)
    };
    let max = allowed().fold(f32::NEG_INFINITY, f32::max);
    let total: f32 = allowed().map(|s| (s - max).exp()).sum();
    let chosen = scores[tag.index() as usize] / SCORE_TEMPERATURE;
    if total > 0.0 && total.is_finite() {
        (chosen - max).exp() / total
    } else {
        0.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn model_file_round_trips() {
        let mut row = [0i8; NUM_TAGS];
        row[3] = -7;
        let mut lexicon = Lexicon::default();
        lexicon.add_entry(&["ankara".to_string()], 2);
        let model = NerModel::new(SparseWeights::new(20, vec![(5, 120, row), (1 << 19, 140, row)]), lexicon);
        let bytes = model.to_bytes();
        assert_eq!(NerModel::from_bytes(&bytes), Some(model));
        assert_eq!(NerModel::from_bytes(&bytes[..bytes.len() - 1]), None);
        assert_eq!(NerModel::from_bytes(b"nonsense"), None);
    }

    #[test]
    fn the_shipped_model_file_is_what_its_model_writes() {
        let bytes = crate::pipeline::EMBEDDED_MODEL;
        let model = NerModel::from_bytes(bytes).expect("the shipped model reads");
        assert!(model.to_bytes() == bytes, "the shipped model file is not in the layout to_bytes writes");
        for cut in [8, 16, bytes.len() / 2, bytes.len() - 1] {
            assert_eq!(NerModel::from_bytes(&bytes[..cut]), None, "a file cut at {cut} bytes was read");
        }
    }

    #[test]
    fn what_a_thread_keeps_between_documents_changes_no_tag() {
        use crate::ner::WordLists;
        let shipped = NerModel::from_bytes(crate::pipeline::EMBEDDED_MODEL).expect("the shipped model reads");
        // A second model, with no lexicon and one row that no feature here reaches: nothing it
        // left in the thread may reach the shipped model.
        let mut row = [0i8; NUM_TAGS];
        row[5] = 100;
        let other = NerModel::new(SparseWeights::new(20, vec![(5, 120, row)]), Lexicon::default());
        let first: Vec<Vec<&str>> = vec![vec!["Ana", "Ruiz", "met", "Jonas", "Berg", "in", "Lisbon", "."]];
        let second: Vec<Vec<&str>> = vec![vec!["Lisbon", "and", "Ana", "Ruiz", "said", "so", "."]];
        let tag = |model: &NerModel, words: &[Vec<&str>]| model.tag_document(&WordLists(words));
        let fresh = |model: &NerModel, words: &[Vec<&'static str>]| {
            std::thread::scope(|scope| {
                scope.spawn(|| tag(model, words)).join().expect("tagging in a new thread")
            })
        };
        let expected = [fresh(&other, &first), fresh(&shipped, &first), fresh(&shipped, &second)];
        let in_a_row = [tag(&other, &first), tag(&shipped, &first), tag(&shipped, &second)];
        assert_eq!(in_a_row, expected);
        assert_eq!(tag(&shipped, &second), expected[2]);
    }

    #[test]
    fn a_row_count_the_file_cannot_hold_is_refused_before_any_table_is_made() {
        let mut bytes = MAGIC.to_vec();
        bytes.extend(22u32.to_le_bytes());
        bytes.extend(u32::MAX.to_le_bytes());
        assert_eq!(NerModel::from_bytes(&bytes), None);
    }

    #[test]
    fn the_filter_passes_every_stored_bucket_and_turns_most_others_away() {
        let bucket = |i: u32| i.wrapping_mul(0x9E37_79B9) >> 10;
        let mut filter = PresenceFilter::with_capacity(10_000);
        (0..10_000).for_each(|i| filter.insert(bucket(i)));
        assert!((0..10_000).all(|i| filter.may_contain(bucket(i))));
        let passed = (10_000..20_000).filter(|&i| filter.may_contain(bucket(i))).count();
        // Eight to sixteen bits per bucket: at most one absent bucket in eight passes.
        assert!(passed < 1_250, "{passed} of 10,000 absent buckets passed");
    }

    #[test]
    fn sums_are_those_of_multiplying_each_weight_at_look_up() {
        // Scales that are not powers of two, so that each product is rounded.
        let rows: Vec<QuantisedRow> = (0..40u32)
            .map(|bucket| {
                let weights =
                    std::array::from_fn(|tag| ((bucket as i32 * 37 + tag as i32 * 11) % 255 - 127) as i8);
                (bucket * 1009, 100 + (bucket % 9) as u8 * 7, weights)
            })
            .collect();
        let table = SparseWeights::new(24, rows.clone());
        let features: Vec<u64> = rows.iter().rev().map(|row| u64::from(row.0) << 40).collect();
        let mut expected = [0.0f32; NUM_TAGS];
        for (_, exponent, weights) in rows.iter().rev() {
            let scale = SparseWeights::scale_of(*exponent);
            for (sum, &weight) in expected.iter_mut().zip(weights) {
                *sum += f32::from(weight) * scale;
            }
        }
        assert_eq!(table.score(&features).map(f32::to_bits), expected.map(f32::to_bits));
    }

    #[test]
    fn a_table_keeps_every_row_and_the_last_of_a_repeated_bucket() {
        let mut first = [0i8; NUM_TAGS];
        first[0] = 5;
        let mut second = [0i8; NUM_TAGS];
        second[1] = -3;
        let mut rows: Vec<QuantisedRow> = (0..1000).map(|bucket| (bucket * 7919, 128, first)).collect();
        rows.push((7919, 136, second));
        let table = SparseWeights::new(24, rows);
        assert_eq!(table.len(), 1000);
        assert_eq!(table.rows.len(), 2, "a row held by many buckets is stored once");
        let feature = |bucket: u32| u64::from(bucket) << 40;
        let mut expected = [0.0; NUM_TAGS];
        expected[0] = 5.0;
        assert_eq!(table.score(&[feature(0)]), expected);
        let mut expected = [0.0; NUM_TAGS];
        expected[1] = -3.0 * 2.0;
        assert_eq!(table.score(&[feature(7919)]), expected);
        assert_eq!(table.score(&[feature(1)]), [0.0; NUM_TAGS]);
    }
}
