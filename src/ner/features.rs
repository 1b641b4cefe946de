//! Feature extraction for the entity tagger: each feature is a 64-bit hash of a template id and
//! the values it combines, folded into a table bucket by
//! [`SparseWeights::bucket`](super::model::SparseWeights::bucket).
//!
//! Word-level attributes are hashed once per token ([`TokenAttributes`]); templates combine them
//! over a five-token window, with document-level evidence (how the word is written elsewhere in
//! the article, how it was labelled earlier) and gazetteer and word-cluster look-ups.

use std::borrow::Cow;

use unicode_normalization::UnicodeNormalization;

use super::lexicon::{KeyMap, KeySet, Lexicon};
use super::tags::{Tag, NUM_ENTITY_TYPES};
use super::{Sentences, WordLists};
use crate::tokenize::lower_case;

/// Mixes a value into a running hash (a 64-bit multiply-xorshift, deterministic everywhere).
pub fn mix(hash: u64, value: u64) -> u64 {
    let x = (hash ^ value.wrapping_add(0x9E37_79B9_7F4A_7C15)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    (x ^ (x >> 31)).wrapping_mul(0x94D0_49BB_1331_11EB)
}

/// Hash of a string (FNV-1a, then mixed with its length).
///
/// ```
/// use article_annotator::ner::features::{hash_str, StrHash};
/// let mut pieces = StrHash::default();
/// pieces.push_str("Ank");
/// pieces.push_char('a');
/// pieces.push_str("ra");
/// assert_eq!(pieces.finish(), hash_str("Ankara"));
/// ```
pub fn hash_str(text: &str) -> u64 {
    let mut hash = StrHash::default();
    hash.push_str(text);
    hash.finish()
}

/// [`hash_str`] of a text given in pieces, so a derived form of a word (its shape, its digits
/// folded) is hashed as it is read instead of first being written into a `String`.
#[derive(Debug, Clone, Copy)]
pub struct StrHash {
    state: u64,
    bytes: u64,
}

impl Default for StrHash {
    fn default() -> Self {
        StrHash { state: 0xCBF2_9CE4_8422_2325, bytes: 0 }
    }
}

impl StrHash {
    /// Adds one byte of UTF-8 text.
    fn push_byte(&mut self, byte: u8) {
        self.state = (self.state ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01B3);
        self.bytes += 1;
    }

    /// Adds a piece of text.
    pub fn push_str(&mut self, text: &str) {
        text.bytes().for_each(|byte| self.push_byte(byte));
    }

    /// Adds one character (its UTF-8 bytes).
    pub fn push_char(&mut self, ch: char) {
        self.push_str(ch.encode_utf8(&mut [0; 4]));
    }

    /// The hash of everything added, as [`hash_str`] of its concatenation.
    pub fn finish(self) -> u64 {
        mix(self.state, self.bytes)
    }
}

/// A word in the form the model sees it: NFC, so `g`+U+0306 and `ğ` are one word, with a
/// typographic apostrophe written as the training data writes it (`’s` → `'s`, `O’Brien` →
/// `O'Brien`), and a backtick of a ``quote'' as the quotation mark it stands for.
pub fn normalise(word: &str) -> Cow<'_, str> {
    if word == "`" {
        Cow::Borrowed("\"")
    } else if word.is_ascii() {
        Cow::Borrowed(word)
    } else {
        Cow::Owned(word.nfc().map(|c| if c == '’' { '\'' } else { c }).collect())
    }
}

/// Whether a sentence can hold a name: only a word with a letter or a digit can be part of one.
/// A sentence of punctuation alone ("* * *", "!!!!!", a dotted leader) is passed over by the
/// tagger and by the document's evidence, which it could add nothing to.
///
/// ```
/// use article_annotator::ner::features::may_hold_names;
/// assert!(may_hold_names(&["\"", "Yes", "!"]));
/// assert!(!may_hold_names(&["*", "*", "*"]));
/// ```
pub fn may_hold_names(words: &[&str]) -> bool {
    words.iter().any(|word| word.chars().any(char::is_alphanumeric))
}

/// The key a word's labels are counted under in the document's label history: its
/// normalised, lower-cased form, hashed.
pub fn history_key(word: &str) -> u64 {
    hash_str(&lower_case(&normalise(word)))
}

/// The hashes of the word's shapes: `Xxxx` → `Xx`-style classes per character (`X`, `x`, `d`,
/// or itself), at most 8 characters, and a short shape with repeats collapsed.
fn shape_hashes(word: &str) -> (u64, u64) {
    let (mut long, mut short) = (StrHash::default(), StrHash::default());
    let (mut long_chars, mut last_short) = (0, None);
    for ch in word.chars() {
        let class = if ch.is_uppercase() {
            'X'
        } else if ch.is_lowercase() || ch.is_alphabetic() {
            'x'
        } else if ch.is_numeric() {
            'd'
        } else {
            ch
        };
        if long_chars < 8 {
            long.push_char(class);
            long_chars += 1;
        }
        if last_short != Some(class) {
            short.push_char(class);
            last_short = Some(class);
        }
    }
    (long.finish(), short.finish())
}

/// Per-token values hashed once and shared by every template.
#[derive(Debug, Clone, Default)]
pub struct TokenAttributes {
    word: u64,
    lower: u64,
    shape: u64,
    short_shape: u64,
    prefixes: [u64; 4],
    suffixes: [u64; 4],
    clusters: [u64; 2],
    /// Lexicon matches, as hashed (type, position) codes; 0 when unused.
    gazetteer: [u64; 3],
    /// Bit set of the entity types the word was seen inside in training.
    word_types: u64,
    /// The word's [`WORD_FEATURES`] folded into one key ([`TokenAttributes::word_key`]).
    word_key: u64,
    flags: u64,
    /// The same word written otherwise elsewhere in the document (title case for a capitalised
    /// headline word), hashed; 0 when none.
    document_form: u64,
    /// The lower-cased form used as the key of the document's label history.
    pub history_key: u64,
    /// For a capitalised token: the lower-cased first and last words of the run of
    /// capitalised words it stands in, and the run's length (capped); zeros otherwise.
    run: [u64; 3],
}

impl TokenAttributes {
    /// Whether the word starts with a capital letter.
    pub fn is_capitalised(&self) -> bool {
        self.flags & FLAG_INIT_CAP != 0
    }

    /// Forgets who the word is (its spelling, lower-cased form and the types it was seen with
    /// in training), as if it were a word never seen: training drops these on some capitalised
    /// words so that the model also learns to read a name from its shape, clusters and context.
    pub fn forget_word(&mut self) {
        self.word = 0;
        self.lower = 0;
        self.word_types = 0;
        self.word_key = self.fold_word_features();
    }

    /// The word's [`WORD_FEATURES`] folded into one 64-bit key, made once per distinct word:
    /// the decoder keeps the sum of those features by it.
    pub fn word_key(&self) -> u64 {
        self.word_key
    }

    /// Folds the word-level features into one key.
    fn fold_word_features(&self) -> u64 {
        let mut features = Vec::with_capacity(WORD_FEATURES);
        word_features(self, &mut features);
        features.iter().fold(0, |key, &feature| mix(key, feature))
    }

    /// Forgets the word's gazetteer matches (training drops them on some words so that the model
    /// does not lean on a list where the context says otherwise).
    pub fn forget_gazetteer(&mut self) {
        self.gazetteer = [0; 3];
    }
}

const FLAG_ALL_CAPS: u64 = 1;
const FLAG_INIT_CAP: u64 = 2;
const FLAG_HAS_DIGIT: u64 = 4;
const FLAG_SENTENCE_START: u64 = 8;
const FLAG_CAPS_SENTENCE: u64 = 16;
const FLAG_LOWER_ELSEWHERE: u64 = 32;
const FLAG_CAPITALISED_ELSEWHERE: u64 = 64;

/// Most context words kept per word for context aggregation.
const MAX_AGGREGATED_CONTEXTS: usize = 24;

/// A document prepared for training: every sentence's token attributes, kept for many
/// passes, and the document's evidence.
pub struct PreparedDocument {
    /// Attributes per sentence per token.
    pub sentences: Vec<Vec<TokenAttributes>>,
    /// How the document's words are written and surrounded across the whole document.
    pub evidence: DocumentEvidence,
}

/// What the whole document says about its words, gathered in one pass before tagging: which
/// sentences are capitalised headlines, which words also appear in lower case or in title case,
/// and for every capitalised word the words seen around it anywhere (context aggregation).
/// Token attributes are then made one sentence at a time ([`DocumentEvidence::sentence`]), so
/// tagging holds one sentence's attributes, not the document's.
pub struct DocumentEvidence {
    /// Whether each sentence is written in capitals (a headline).
    caps_sentences: Vec<bool>,
    /// Words seen in lower case after a sentence's first word, by their [`hash_str`].
    lower_forms: KeySet<u64>,
    /// Hash of an upper-cased word ([`upper_case_hash`]) → hash of its title-case form seen
    /// outside capitalised headlines.
    title_forms: KeyMap<u64, u64>,
    /// Word hash → hashed (side, neighbour) pairs from all its occurrences.
    contexts: KeyMap<u64, Vec<u64>>,
}

/// Word attributes already computed, by the [`hash_str`] of the normalised word (a word's
/// identity is its 64-bit hash everywhere in the tagger, as in the label history), so a word
/// seen again costs one hash and no string comparison. Emptied when it grows past 16,384
/// words, so that a huge input of distinct words costs no more memory than a long article.
/// The tagger keeps one per thread from document to document (`NerModel::tag_document`).
#[derive(Default)]
pub struct WordCache {
    words: KeyMap<u64, TokenAttributes>,
}

impl WordCache {
    /// Most distinct words kept.
    const CAPACITY: usize = 1 << 14;

    /// The attributes of one word (word-level attributes only).
    fn get(&mut self, word: &str, lexicon: &Lexicon) -> &TokenAttributes {
        if self.words.len() > Self::CAPACITY {
            self.words.clear();
        }
        self.words.entry(hash_str(word)).or_insert_with(|| word_attributes(word, lexicon))
    }

    /// The attributes of one sentence's words (word-level attributes only).
    fn attributes(&mut self, sentence: &[Cow<'_, str>], lexicon: &Lexicon) -> Vec<TokenAttributes> {
        sentence.iter().map(|word| self.get(word, lexicon).clone()).collect()
    }
}

/// A sentence's words normalised ([`normalise`]).
fn normalised<'a>(sentence: &[&'a str]) -> Vec<Cow<'a, str>> {
    sentence.iter().map(|w| normalise(w)).collect()
}

impl DocumentEvidence {
    /// Reads the whole document (sentences of words) once.
    pub fn gather<'a>(
        sentences: &dyn Sentences<'a>,
        lexicon: &Lexicon,
        cache: &mut WordCache,
    ) -> DocumentEvidence {
        let mut evidence = DocumentEvidence {
            caps_sentences: Vec::with_capacity(sentences.count()),
            lower_forms: KeySet::default(),
            title_forms: KeyMap::default(),
            contexts: KeyMap::default(),
        };
        for index in 0..sentences.count() {
            let words = sentences.words(index);
            if !may_hold_names(&words) {
                // No letters: not a headline, no forms, no capitalised word to gather contexts for.
                evidence.caps_sentences.push(false);
                continue;
            }
            let words = normalised(&words);
            let caps = is_caps_sentence(&words);
            evidence.caps_sentences.push(caps);
            // How each word is written across the document: lower case after a sentence's first
            // word, and title case outside capitalised headlines.
            for (i, word) in words.iter().enumerate() {
                let first = word.chars().next().unwrap_or(' ');
                if i > 0 && first.is_lowercase() {
                    evidence.lower_forms.insert(hash_str(word));
                }
                if !caps && first.is_uppercase() && !is_caps_word(word) {
                    evidence.title_forms.entry(upper_case_hash(word)).or_insert_with(|| hash_str(word));
                }
            }
            let keys: Vec<ContextKey> = words.iter().map(|w| ContextKey::of(cache.get(w, lexicon))).collect();
            aggregate_contexts(&keys, &mut evidence.contexts);
        }
        evidence
    }

    /// The token attributes of sentence `index` (whose words are `sentence`), with the
    /// document's evidence and the lexicon's gazetteer matches.
    pub fn sentence(
        &self,
        index: usize,
        sentence: &[&str],
        lexicon: &Lexicon,
        cache: &mut WordCache,
    ) -> Vec<TokenAttributes> {
        let words = normalised(sentence);
        let caps = self.caps_sentences.get(index).copied().unwrap_or(false);
        let mut attributes = cache.attributes(&words, lexicon);
        let lower_hashes: Vec<u64> = attributes.iter().map(|a| a.lower).collect();
        for (i, (token, gazetteer)) in
            attributes.iter_mut().zip(lexicon.gazetteer_matches(&lower_hashes)).enumerate()
        {
            let word = &words[i];
            token.gazetteer = gazetteer;
            if i == 0 {
                token.flags |= FLAG_SENTENCE_START;
            }
            if caps {
                token.flags |= FLAG_CAPS_SENTENCE;
            }
            // `token.lower` is the hash of the word lower-cased.
            if token.flags & FLAG_INIT_CAP != 0 && self.lower_forms.contains(&token.lower) {
                token.flags |= FLAG_LOWER_ELSEWHERE;
            }
            if caps || i == 0 {
                if let Some(&form) = self.title_forms.get(&hash_str(word)) {
                    token.flags |= FLAG_CAPITALISED_ELSEWHERE;
                    token.document_form = form;
                }
            }
        }
        mark_capitalised_runs(&mut attributes);
        attributes
    }
}

/// [`hash_str`] of the word upper-cased (as `str::to_uppercase`, character by character),
/// without writing it out (an ASCII word byte by byte).
///
/// ```
/// use article_annotator::ner::features::{hash_str, upper_case_hash};
/// assert_eq!(upper_case_hash("Straße"), hash_str("STRASSE"));
/// assert_eq!(upper_case_hash("Reuters"), hash_str("REUTERS"));
/// ```
pub fn upper_case_hash(word: &str) -> u64 {
    let mut hash = StrHash::default();
    if word.is_ascii() {
        word.bytes().for_each(|byte| hash.push_byte(byte.to_ascii_uppercase()));
    } else {
        word.chars().flat_map(char::to_uppercase).for_each(|upper| hash.push_char(upper));
    }
    hash.finish()
}

/// What context aggregation needs of a token: its hashed forms and whether it is capitalised.
struct ContextKey {
    word: u64,
    lower: u64,
    capitalised: bool,
}

impl ContextKey {
    fn of(attributes: &TokenAttributes) -> ContextKey {
        ContextKey {
            word: attributes.word,
            lower: attributes.lower,
            capitalised: attributes.flags & FLAG_INIT_CAP != 0,
        }
    }
}

/// Adds, for each capitalised word of `sentence`, the words one and two places to either side.
fn aggregate_contexts(sentence: &[ContextKey], contexts: &mut KeyMap<u64, Vec<u64>>) {
    for (i, token) in sentence.iter().enumerate() {
        if !token.capitalised {
            continue;
        }
        let list = contexts.entry(token.word).or_default();
        for (side, j) in [(1u64, i.wrapping_sub(1)), (2, i.wrapping_sub(2)), (3, i + 1), (4, i + 2)] {
            if let Some(neighbour) = sentence.get(j) {
                let code = mix(side, neighbour.lower);
                if list.len() < MAX_AGGREGATED_CONTEXTS && !list.contains(&code) {
                    list.push(code);
                }
            }
        }
    }
}

/// Whether a sentence is written in capitals (a headline): of two or more words with letters,
/// seven in ten or more are words of two or more characters without a lower-case letter.
///
/// ```
/// use article_annotator::ner::features::is_caps_sentence;
/// assert!(is_caps_sentence(&["SENATE", "PASSES", "BILL", "—", "AP"]));
/// assert!(!is_caps_sentence(&["Senate", "passes", "BILL"]));
/// ```
pub fn is_caps_sentence<S: AsRef<str>>(words: &[S]) -> bool {
    let (mut lettered, mut caps) = (0, 0);
    for word in words.iter().map(AsRef::as_ref).filter(|w| w.chars().any(char::is_alphabetic)) {
        lettered += 1;
        if word.chars().nth(1).is_some() && !word.chars().any(char::is_lowercase) {
            caps += 1;
        }
    }
    lettered >= 2 && caps * 10 >= lettered * 7
}

fn is_caps_word(word: &str) -> bool {
    word.chars().any(char::is_alphabetic) && !word.chars().any(char::is_lowercase)
}

/// The attributes that depend on the word alone, computed once per distinct word. The word's
/// derived forms are hashed as they are read ([`StrHash`]), without a `String` for each.
fn word_attributes(word: &str, lexicon: &Lexicon) -> TokenAttributes {
    let lower = lower_case(word);
    let (shape, short_shape) = shape_hashes(word);
    let mut prefixes = [0; 4];
    let mut suffixes = [0; 4];
    let chars = lower.chars().count();
    let ends = lower.char_indices().skip(1).map(|(i, _)| i);
    for (n, end) in (1..=4).zip(ends) {
        if chars > n {
            prefixes[n - 1] = hash_str(&lower[..end]);
        }
    }
    for (n, (start, _)) in (1..=4).zip(lower.char_indices().rev()) {
        if chars > n {
            suffixes[n - 1] = hash_str(&lower[start..]);
        }
    }
    let mut flags = 0;
    if is_caps_word(word) {
        flags |= FLAG_ALL_CAPS;
    }
    if word.chars().next().is_some_and(char::is_uppercase) {
        flags |= FLAG_INIT_CAP;
    }
    if word.chars().any(char::is_numeric) {
        flags |= FLAG_HAS_DIGIT;
    }
    // The word with each ASCII digit written as 0 (a UTF-8 byte that is an ASCII digit is one).
    let mut digits_folded = StrHash::default();
    word.bytes().for_each(|b| digits_folded.push_byte(if b.is_ascii_digit() { b'0' } else { b }));
    // The same hash as `history_key(word)`: `word` is normalised already.
    let lower_hash = hash_str(&lower);
    let mut attributes = TokenAttributes {
        word: digits_folded.finish(),
        lower: lower_hash,
        shape,
        short_shape,
        prefixes,
        suffixes,
        clusters: lexicon.clusters(lower_hash),
        gazetteer: [0; 3],
        word_types: u64::from(lexicon.word_types(lower_hash)),
        word_key: 0,
        flags,
        document_form: 0,
        history_key: lower_hash,
        run: [0; 3],
    };
    attributes.word_key = attributes.fold_word_features();
    attributes
}

/// Records, on each token of a run of capitalised words, the run's first and last words
/// ("Ruch Chorzow", "Kurdistan Workers ' Party"): the greedy tagger then sees the end of a name
/// ("Party", "Ltd", "FC") while it labels the start.
fn mark_capitalised_runs(sentence: &mut [TokenAttributes]) {
    let mut start = 0;
    while start < sentence.len() {
        if sentence[start].flags & FLAG_INIT_CAP == 0 {
            start += 1;
            continue;
        }
        let mut end = start + 1;
        while end < sentence.len() && sentence[end].flags & FLAG_INIT_CAP != 0 {
            end += 1;
        }
        let (first, last) = (sentence[start].lower, sentence[end - 1].lower);
        for token in &mut sentence[start..end] {
            token.run = [first, last, (end - start).min(4) as u64];
        }
        start = end;
    }
}

/// Hashes every token of a document (sentences of words) once, for training.
pub fn prepare_document(sentences: &[Vec<&str>], lexicon: &Lexicon) -> PreparedDocument {
    let mut cache = WordCache::default();
    let evidence = DocumentEvidence::gather(&WordLists(sentences), lexicon, &mut cache);
    let sentences = sentences
        .iter()
        .enumerate()
        .map(|(i, words)| evidence.sentence(i, words, lexicon, &mut cache))
        .collect();
    PreparedDocument { sentences, evidence }
}

/// Counts of the entity types the tagger gave each word earlier in the same document.
#[derive(Default)]
pub struct LabelHistory {
    counts: KeyMap<u64, [u16; NUM_ENTITY_TYPES + 1]>,
}

impl LabelHistory {
    /// Records the tag given to a word.
    pub fn record(&mut self, key: u64, tag: Tag) {
        let slot = tag.entity_type().map_or(NUM_ENTITY_TYPES, usize::from);
        let counts = self.counts.entry(key).or_default();
        counts[slot] = counts[slot].saturating_add(1);
    }

    /// What the word was labelled so far, if seen: the type most often given to it
    /// (`NUM_ENTITY_TYPES` for "outside") and the set of types given to it, as a bit set.
    fn seen(&self, key: u64) -> Option<(usize, u64)> {
        let counts = self.counts.get(&key)?;
        let majority = (0..counts.len()).max_by_key(|&k| (counts[k], usize::MAX - k))?;
        let types = counts.iter().enumerate().filter(|(_, n)| **n > 0).fold(0, |bits, (k, _)| bits | 1 << k);
        Some((majority, types))
    }
}

/// How many of [`token_features`]' features come first and depend on the word alone (its
/// spelling, lower-cased form, shapes, prefixes and suffixes): the decoder sums them once per
/// distinct word.
pub const WORD_FEATURES: usize = 13;

/// Where a token stands when its features are collected: its sentence and place in it, the
/// document's evidence, the two tags just given and the document's labels so far.
pub struct TokenContext<'a> {
    /// How the document's words are written and surrounded.
    pub evidence: &'a DocumentEvidence,
    /// The sentence's token attributes.
    pub sentence: &'a [TokenAttributes],
    /// The token's place in the sentence.
    pub i: usize,
    /// The tags given to the two tokens before it.
    pub previous: [Tag; 2],
    /// What the document's words were labelled so far.
    pub history: &'a LabelHistory,
}

/// Collects a token's feature hashes: first the [`WORD_FEATURES`] word-level ones
/// ([`word_features`]), then the others ([`context_features`]).
pub fn token_features(context: &TokenContext<'_>, out: &mut Vec<u64>) {
    out.clear();
    if let Some(token) = context.sentence.get(context.i) {
        word_features(token, out);
    }
    context_features(context, out);
}

/// Appends the [`WORD_FEATURES`] features that depend on the word alone: a bias, its
/// spelling, lower-cased form, shapes, prefixes and suffixes.
pub fn word_features(t: &TokenAttributes, out: &mut Vec<u64>) {
    let mut push = |template: u64, value: u64| out.push(mix(template, value));
    push(1, 0);
    push(2, t.word);
    push(3, t.lower);
    push(4, t.shape);
    push(5, t.short_shape);
    for n in 0..4 {
        push(10 + n as u64, t.prefixes[n]);
        push(20 + n as u64, t.suffixes[n]);
    }
}

/// Appends the features of token `i` that follow its [`word_features`]: the words two places
/// to either side, its gazetteer matches, what the document says of it, the tags just given
/// and its labels earlier in the document.
pub fn context_features(context: &TokenContext<'_>, out: &mut Vec<u64>) {
    let TokenContext { evidence, sentence, i, previous, history } = *context;
    let none = TokenAttributes::default();
    let at = |offset: isize| -> &TokenAttributes {
        let j = i as isize + offset;
        if j < 0 || j as usize >= sentence.len() {
            &none
        } else {
            &sentence[j as usize]
        }
    };
    let (t, p1, p2, n1, n2) = (at(0), at(-1), at(-2), at(1), at(2));
    let mut push = |template: u64, value: u64| out.push(mix(template, value));
    push(30, p1.lower);
    push(31, n1.lower);
    push(32, p2.lower);
    push(33, n2.lower);
    push(34, mix(p1.lower, t.lower));
    push(35, mix(t.lower, n1.lower));
    push(36, mix(p1.short_shape, t.short_shape));
    push(37, mix(t.short_shape, n1.short_shape));
    push(38, mix(mix(p1.short_shape, t.short_shape), n1.short_shape));
    push(39, p1.word);
    push(40, n1.word);
    push(41, t.flags);
    push(42, mix(t.flags, t.short_shape));
    push(43, mix(t.flags, p1.flags));
    push(44, mix(t.flags, n1.flags));
    push(45, p1.suffixes[2]);
    push(46, n1.suffixes[2]);
    push(47, mix(t.flags & FLAG_CAPS_SENTENCE, t.lower));
    for (k, &cluster) in t.clusters.iter().enumerate() {
        push(50 + k as u64, cluster);
        push(52 + k as u64, mix(p1.clusters[k], cluster));
        push(54 + k as u64, mix(cluster, n1.clusters[k]));
        push(56 + k as u64, p1.clusters[k]);
        push(58 + k as u64, n1.clusters[k]);
    }
    for (k, &code) in t.gazetteer.iter().enumerate() {
        if code != 0 {
            push(60 + k as u64, code);
            push(63 + k as u64, mix(code, t.short_shape));
        }
    }
    if p1.gazetteer[0] != 0 {
        push(66, p1.gazetteer[0]);
    }
    if n1.gazetteer[0] != 0 {
        push(67, n1.gazetteer[0]);
    }
    if t.document_form != 0 {
        push(70, t.document_form);
    }
    if let Some(contexts) = evidence.contexts.get(&t.word).filter(|_| t.flags & FLAG_INIT_CAP != 0) {
        for &context in contexts {
            push(71, context);
        }
    }
    // History: the tags just given and the word's labels earlier in the document.
    let (tag1, tag2) = (u64::from(previous[0].index()), u64::from(previous[1].index()));
    push(80, tag1);
    push(81, mix(tag1, tag2));
    push(82, mix(tag1, t.lower));
    push(83, mix(tag1, t.short_shape));
    if let Some((majority, types)) = history.seen(t.history_key) {
        push(84, majority as u64);
        push(85, mix(majority as u64, t.short_shape));
        push(86, types);
    }
    if t.run[2] != 0 {
        push(90, mix(t.run[1], u64::from(t.run[1] == t.lower)));
        push(91, mix(t.run[0], u64::from(t.run[0] == t.lower)));
        push(92, mix(t.run[2], u64::from(t.run[0] == t.lower) + 2 * u64::from(t.run[1] == t.lower)));
        push(93, mix(tag1, t.run[1]));
    }
    push(94, mix(p1.lower, n1.lower));
    push(97, t.word_types);
    push(98, mix(t.word_types, mix(p1.word_types, n1.word_types)));
    push(95, mix(t.short_shape, p1.lower));
    push(96, mix(t.short_shape, n1.lower));
}
