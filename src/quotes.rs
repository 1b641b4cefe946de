//! Who said what: direct quotations in any quotation marks (straight, curly, guillemets,
//! single), including quotes that run over several paragraphs, and reported speech introduced
//! by a cue ("said that …", "stressed …", "according to …", "the survey found that …",
//! "believes that …"), each with its cue and speaker.
//!
//! A speaker is the cluster of the mention the attribution rests on: a name, or "he"/"she"
//! resolved to the most recent person who spoke or opened a sentence (of the right gender when
//! it is known), or a title noun ("the minister") resolved to the person who holds that title.
//! When none of these applies the speaker is unknown (`None`) rather than guessed.
//!
//! ```
//! use article_annotator::{annotate, Options, QuoteKind};
//! let doc = annotate("Antony Blinken met officials in Ankara. \"We will stay,\" he said.", &Options::default());
//! let quote = &doc.quotes[0];
//! assert_eq!(quote.kind, QuoteKind::Direct);
//! assert_eq!(&doc.text[quote.start..quote.end], "\"We will stay,\"");
//! assert_eq!(doc.clusters[quote.speaker.unwrap()].name, "Antony Blinken");
//! ```

use std::collections::BTreeSet;
use std::ops::Range as Indices;

use crate::document::{Block, BlockKind, Cluster, Entity, Label, Quote, QuoteKind, Range, Token, TokenKind};
use crate::entities::is_title;
use crate::span::Span;

/// Verbs and phrases that attribute speech (lower case, sorted for binary search). Verbs of
/// belief count only before a clause (`THOUGHT_CUES`); verbs of intention ("wants", "plans")
/// are left out: the product shows what people said or hold to be true.
const CUES: &[&str] = &[
    "accused",
    "accuses",
    "accusing",
    "acknowledge",
    "acknowledged",
    "acknowledges",
    "acknowledging",
    "added",
    "adding",
    "adds",
    "admit",
    "admits",
    "admitted",
    "admitting",
    "agrees",
    "allege",
    "alleged",
    "alleges",
    "alleging",
    "alluded",
    "alluding",
    "announce",
    "announced",
    "announces",
    "announcing",
    "answer",
    "answered",
    "answering",
    "answers",
    "appealed",
    "applauded",
    "argue",
    "argued",
    "argues",
    "arguing",
    "asked",
    "asks",
    "assailed",
    "assert",
    "asserted",
    "asserting",
    "asserts",
    "assured",
    "assures",
    "assuring",
    "attacked",
    "barked",
    "bashed",
    "beamed",
    "begged",
    "bellowed",
    "bemoaned",
    "blame",
    "blamed",
    "blames",
    "blaming",
    "blared",
    "blasted",
    "blasting",
    "blasts",
    "boasted",
    "boasting",
    "boasts",
    "bragged",
    "bragging",
    "brags",
    "branded",
    "cautioned",
    "cautioning",
    "cautions",
    "challenged",
    "chanted",
    "chanting",
    "chants",
    "characterized",
    "characterizing",
    "chastised",
    "chided",
    "chortled",
    "chuckled",
    "cited",
    "cites",
    "citing",
    "claimed",
    "claiming",
    "claims",
    "clarified",
    "commented",
    "complained",
    "complaining",
    "complains",
    "complimented",
    "conceded",
    "concedes",
    "conceding",
    "conclude",
    "concluded",
    "concludes",
    "condemned",
    "condemning",
    "condemns",
    "confessed",
    "confesses",
    "confided",
    "confides",
    "confirmed",
    "confirming",
    "confirms",
    "congratulated",
    "contended",
    "contending",
    "contends",
    "continued",
    "continues",
    "conveyed",
    "countered",
    "countering",
    "counters",
    "cracked",
    "credited",
    "crediting",
    "cried",
    "criticised",
    "criticized",
    "criticizes",
    "criticizing",
    "crowed",
    "deadpanned",
    "declared",
    "declares",
    "declaring",
    "decried",
    "decries",
    "defended",
    "defending",
    "defends",
    "demanded",
    "demanding",
    "demands",
    "denied",
    "denies",
    "denounced",
    "denounces",
    "denouncing",
    "denying",
    "derided",
    "described",
    "describes",
    "describing",
    "detailed",
    "disclosed",
    "discloses",
    "dismissed",
    "dismisses",
    "dismissing",
    "disputed",
    "divulged",
    "echoed",
    "echoing",
    "emailed",
    "emphasised",
    "emphasized",
    "emphasizes",
    "emphasizing",
    "encouraged",
    "exclaimed",
    "exhorted",
    "explain",
    "explained",
    "explaining",
    "explains",
    "expressed",
    "faulted",
    "faulting",
    "forecast",
    "fumed",
    "gloated",
    "griped",
    "groused",
    "growled",
    "grumbled",
    "grunted",
    "guaranteed",
    "gushed",
    "hailed",
    "heckled",
    "highlighted",
    "highlights",
    "hissed",
    "hollered",
    "huffed",
    "implied",
    "implies",
    "implored",
    "indicated",
    "indicates",
    "insist",
    "insisted",
    "insisting",
    "insists",
    "interjected",
    "intoned",
    "jeered",
    "joked",
    "jokes",
    "joking",
    "knocked",
    "lambasted",
    "lamented",
    "lamenting",
    "laments",
    "lauded",
    "laughed",
    "likened",
    "likening",
    "likens",
    "maintained",
    "maintains",
    "marveled",
    "marvelled",
    "mention",
    "mentioned",
    "mentioning",
    "mentions",
    "mocked",
    "mocking",
    "mocks",
    "murmured",
    "mused",
    "muttered",
    "noted",
    "notes",
    "noting",
    "observed",
    "observes",
    "opined",
    "opines",
    "outlined",
    "pleaded",
    "pledged",
    "pledges",
    "pledging",
    "pointed",
    "portrayed",
    "portraying",
    "portrays",
    "praised",
    "praises",
    "praising",
    "predict",
    "predicted",
    "predicting",
    "predicts",
    "pressed",
    "proclaimed",
    "proclaims",
    "promised",
    "promises",
    "promising",
    "protested",
    "questioned",
    "questioning",
    "quipped",
    "quipping",
    "quips",
    "quoted",
    "ranted",
    "raved",
    "read",
    "reads",
    "reaffirmed",
    "reaffirms",
    "reassured",
    "rebuked",
    "rebutted",
    "recall",
    "recalled",
    "recalling",
    "recalls",
    "recommended",
    "recounted",
    "recounts",
    "referenced",
    "refuted",
    "reiterated",
    "reiterates",
    "reiterating",
    "remarked",
    "remarking",
    "remembered",
    "reminding",
    "replied",
    "replies",
    "replying",
    "reported",
    "requested",
    "responded",
    "responds",
    "retorted",
    "retorts",
    "reveal",
    "revealed",
    "revealing",
    "reveals",
    "ridiculed",
    "riffed",
    "ripped",
    "roared",
    "said",
    "sang",
    "say",
    "saying",
    "says",
    "scoffed",
    "scolded",
    "screamed",
    "shouted",
    "shouting",
    "shouts",
    "sighed",
    "signaled",
    "signalled",
    "slammed",
    "slamming",
    "slams",
    "snapped",
    "snarled",
    "sneered",
    "speculated",
    "speculates",
    "speculating",
    "stammered",
    "stated",
    "states",
    "stating",
    "stressed",
    "stresses",
    "stressing",
    "suggest",
    "suggested",
    "suggesting",
    "suggests",
    "swore",
    "teased",
    "telling",
    "tells",
    "testified",
    "testifies",
    "testify",
    "testifying",
    "threatened",
    "thundered",
    "told",
    "touted",
    "touts",
    "tweeted",
    "tweeting",
    "underlined",
    "underscored",
    "urged",
    "urges",
    "urging",
    "vowed",
    "vowing",
    "vows",
    "warn",
    "warned",
    "warning",
    "warns",
    "whispered",
    "whispers",
    "wondered",
    "wondering",
    "wonders",
    "writes",
    "writing",
    "wrote",
    "yelled",
    "yelling",
    "yells",
];
/// Verbs by which someone takes a position rather than makes a statement ("endorsed the
/// mayor", "rejected the offer", "refuses to resign", "sees the deal as a trap"): shown as
/// [`QuoteKind::Position`] (lower case, sorted for binary search; the forms that news corpora
/// mark as attributions more often than not).
const POSITION_CUES: &[&str] = &[
    "accepts",
    "agree",
    "agreed",
    "considers",
    "declined",
    "distanced",
    "endorse",
    "endorsed",
    "endorses",
    "endorsing",
    "hoping",
    "intends",
    "offered",
    "oppose",
    "opposed",
    "opposes",
    "ordered",
    "planning",
    "prefer",
    "prefers",
    "proposed",
    "proposes",
    "proposing",
    "refused",
    "refuses",
    "rejected",
    "rejecting",
    "rejects",
    "repudiated",
    "seeks",
    "sees",
    "sought",
    "supported",
    "welcomed",
];
/// Pronouns that can stand for a speaker, with the gender they imply.
const PRONOUNS: [(&str, Option<Gender>); 6] = [
    ("he", Some(Gender::Male)),
    ("she", Some(Gender::Female)),
    ("they", None),
    ("it", None),
    ("we", None),
    ("i", None),
];
/// Nouns that name a speaker by role ("the minister", "the spokeswoman").
const ROLE_NOUNS: &[&str] = &[
    "minister",
    "president",
    "secretary",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "official",
    "officials",
    "chairman",
    "chairwoman",
    "governor",
    "mayor",
    "senator",
    "ambassador",
    "envoy",
    "chancellor",
    "premier",
    "prosecutor",
    "company",
    "government",
    "ministry",
    "police",
    "agency",
    "army",
    "military",
    "statement",
    "report",
    "group",
];
/// Common given names, for the gender a pronoun needs.
const FEMALE_NAMES: &[&str] = &[
    "angela",
    "anna",
    "anne",
    "christine",
    "claudia",
    "elizabeth",
    "emma",
    "giorgia",
    "hanna",
    "hillary",
    "jacinda",
    "jane",
    "janet",
    "jennifer",
    "julia",
    "kamala",
    "karen",
    "kate",
    "laura",
    "linda",
    "lisa",
    "maria",
    "marianne",
    "marine",
    "marta",
    "mary",
    "michelle",
    "nancy",
    "olena",
    "priya",
    "rosa",
    "sarah",
    "sophie",
    "susan",
    "theresa",
    "ursula",
];
const MALE_NAMES: &[&str] = &[
    "ahmed",
    "ali",
    "antony",
    "benjamin",
    "boris",
    "charles",
    "david",
    "donald",
    "emmanuel",
    "george",
    "james",
    "joe",
    "john",
    "joseph",
    "keir",
    "luís",
    "luis",
    "mark",
    "michael",
    "mohammed",
    "muhammad",
    "narendra",
    "olaf",
    "paul",
    "pedro",
    "peter",
    "recep",
    "richard",
    "robert",
    "rishi",
    "sergei",
    "thomas",
    "vladimir",
    "volodymyr",
    "william",
    "xi",
];

/// Longest noun phrase taken for an unnamed speaker ("a spokesman for the port authority").
const MAX_SUBJECT_WORDS: usize = 12;

/// Words that a speaker's noun phrase never holds: they start clauses, or make the phrase
/// something other than a subject ("if he said", "when asked").
const NOT_IN_SUBJECTS: [&str; 12] =
    ["if", "when", "what", "that", "as", "because", "while", "after", "before", "is", "was", "has"];

/// A person's gender as far as a pronoun can tell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Gender {
    Male,
    Female,
}

/// A sentence's tokens with their lower-cased words.
struct Sentence<'a> {
    text: &'a str,
    tokens: &'a [Token],
    words: Vec<String>,
    /// How many of the first `i` tokens are words and how many are quotation marks, for
    /// `i` in `0..=tokens.len()`: whether a stretch of the sentence holds either is answered in
    /// constant time, so a sentence of n quotes costs O(n), not O(n²).
    counts: Vec<(u32, u32)>,
}

/// Whether a token of this kind is a word of the sentence (not punctuation, a symbol or an
/// emoji).
fn is_wordlike(kind: TokenKind) -> bool {
    matches!(kind, TokenKind::Word | TokenKind::Abbreviation | TokenKind::Number)
}

/// The content of a quote whose attribution follows it (starting at `attribution`): a quote
/// that takes up a sentence begun in the reporter's words is attributed with them ("The new
/// budget is ''a betrayal of every family,'' Ms. Lopes said"), and words between the quote and
/// its attribution belong to it too ("…" and against the harbour plan, Lopes said).
fn mixed_content(sentence: &Sentence, quote: Span, attribution: usize) -> Span {
    let tokens = sentence.tokens;
    let is_word = |i: &usize| is_wordlike(tokens[*i].kind);
    let is_mark = |i: usize| is_quote_mark(&sentence.words[i]);
    let lead_in = tokens.partition_point(|t| t.end <= quote.start);
    // "(“…,” wrote Nelson)" and "…: “…”": the quote stands apart from the words before it.
    // So does a whole sentence quoted after a comma ("Speaking on Monday, “But they …,” she
    // said").
    let sentence_after_comma = lead_in > 0
        && sentence.words[lead_in - 1] == ","
        && first_letter(quote.slice(sentence.text)).is_some_and(char::is_uppercase);
    let apart = lead_in > 0
        && (matches!(sentence.words[lead_in - 1].as_str(), "(" | ":" | ";" | "—" | "–" | "-")
            || sentence_after_comma);
    let start = if sentence.has_word(0..lead_in) && !sentence.has_mark(0..lead_in) && !apart {
        tokens[0].start
    } else {
        quote.start
    };
    let tail_start = tokens.partition_point(|t| t.start < quote.end);
    let tail: Vec<usize> =
        (tail_start..tokens.partition_point(|t| t.end <= attribution).max(tail_start)).collect();
    // Words right before the speaker with no comma between describe them ("“…,” councilmember
    // Ana Ruiz said").
    let set_off = tail.last().is_some_and(|&i| !is_word(&i));
    let end = match tail.iter().copied().rev().find(is_word) {
        Some(last) if set_off && !tail.iter().any(|&i| is_mark(i)) => tokens[last].end,
        _ => quote.end,
    };
    Span::new(start, end)
}

/// Where the content of a quote given right after its cue ends: "Ruiz says “the tide is
/// turning” despite her loss" quotes a few words of a longer statement, which runs on to the
/// end of the clause; a quote that ends its own sentence ("yelled “Go home!” and left") or is
/// followed by punctuation ends at its closing mark.
fn clause_after_quote(sentence: &Sentence, quote: Span) -> usize {
    let words = &sentence.words;
    let after = sentence.tokens.partition_point(|t| t.end <= quote.end);
    let finished = after < 2 || matches!(words[after - 2].as_str(), "." | "!" | "?" | "," | ";" | ":" | "…");
    let continues = words.get(after).is_some_and(|w| {
        is_wordlike(sentence.tokens[after].kind) && w.chars().next().is_some_and(char::is_lowercase)
    });
    let cue_within = |k: usize| (k + 1..words.len().min(k + 4)).any(|c| is_cue(words, c).is_some());
    // "“…,” he claimed": the words after the quote attribute it.
    let attributed = cue_within(after.saturating_sub(1));
    if finished
        || !continues
        || attributed
        || (matches!(words[after].as_str(), "and" | "but") && cue_within(after))
    {
        return quote.end;
    }
    // Punctuation inside a later quote ("chanted “Go home” and “Stay out.”") ends nothing but
    // that quote, which the clause then takes whole.
    let mut inside_quote = false;
    let mut stop = words.len();
    for k in after..words.len() {
        let word = words[k].as_str();
        if inside_quote {
            inside_quote = !is_closing_mark(word);
            if !inside_quote && matches!(words[k - 1].as_str(), "." | "!" | "?") {
                stop = k + 1;
                break;
            }
        } else if is_opening_mark(word) {
            inside_quote = true;
        } else if matches!(word, "." | "!" | "?" | ";" | ":" | "—" | "–" | "(")
            || (word == "," && cue_within(k))
        {
            stop = k;
            break;
        }
    }
    sentence.tokens[stop - 1].end
}

/// Whether the word after an attribution set off by commas carries on the sentence it
/// interrupts ("The plan, she said, could work"), rather than adding to the attribution: a
/// time or place ("in May"), a relative or subordinate clause, a participle ("taking …") or an
/// apposition ("a pollster").
fn resumes_clause(next: &str) -> bool {
    next.chars().all(char::is_lowercase)
        && !next.ends_with("ing")
        && !DETERMINERS.contains(&next)
        && !SUBORDINATORS.contains(&next)
        // When, where and how it was said: "…, she said, just before the vote", "…, he said,
        // then left".
        && !AFTER_CUE_ADVERBIALS.contains(&next)
        && !matches!(
            next,
            "just"
                | "shortly"
                | "then"
                | "again"
                | "later"
                | "twice"
                | "with"
                | "without"
                | "by"
                | "over"
                | "via"
                | "who"
                | "which"
                | "where"
                | "whose"
                | "even"
                | "one"
                | "two"
                | "three"
        )
}

/// Whether the cue word at `i` is no verb that reports: it modifies a noun ("a telling sign",
/// "their stated goal"; not after "'s", which may be "has": "he's said") or is a noun itself
/// ("broke into chants of …").
fn is_not_a_verb(words: &[String], i: usize) -> bool {
    i.checked_sub(1).is_some_and(|k| DETERMINERS.contains(&words[k].as_str()))
        || (CHANT_NOUNS.contains(&words[i].as_str()) && words.get(i + 1).is_some_and(|w| w == "of"))
}

/// Whether the cue word at `i` is a passive participle ("have been stated many times", "was
/// reported"): its subject is what was said, not who said it.
fn is_passive(words: &[String], i: usize) -> bool {
    !words[i].ends_with("ing")
        && !matches!(words[i].as_str(), "asked" | "told")
        && word_before_adverbs(words, i).is_some_and(|k| BE_FORMS.contains(&words[k].as_str()))
}

/// The nearest word before word `i` that is no adverb or auxiliary ("who has long said").
fn word_before_adverbs(words: &[String], i: usize) -> Option<usize> {
    (0..i).rev().find(|&k| !is_adverb(&words[k]))
}

/// Forms of "be": before a participle they make it passive ("was reported") or progressive
/// ("was saying").
const BE_FORMS: [&str; 7] = ["are", "be", "been", "being", "is", "was", "were"];

/// How far (in bytes) a quote may stand from the last one and still go on with it: further
/// than any attribution between two parts of one statement.
const MAX_MERGE_GAP: usize = 1_000;

/// How many words from the start of a sentence its subject is looked for in, when a second
/// verb or a participle takes it as speaker ("Ruiz stood up and said …").
const SUBJECT_REACH: usize = 60;

/// How many words after a cue are searched for the end of its content.
const MAX_CONTENT_WORDS: usize = 300;

/// How many words may lead up to a speaker's name after the comma that ends the content
/// ("…, the mayor's longtime adviser Rolf Stein said").
const LEAD_UP: usize = 8;

/// Articles and possessive pronouns: a word after one of them starts a noun phrase.
const DETERMINERS: [&str; 10] = ["a", "an", "the", "his", "her", "its", "their", "our", "my", "your"];

/// Whether a word is a quotation mark that may close a quote after a comma ("“corrupt,” noting").
fn is_closing_mark(word: &str) -> bool {
    matches!(word, "”" | "\"" | "’")
}

/// The first letter or digit of a text, which tells a quote that opens a sentence ("“The …")
/// from one that carries on the reporter's ("“the …").
fn first_letter(text: &str) -> Option<char> {
    text.chars().find(|c| c.is_alphanumeric())
}

/// A quote without its closing marks, to see the punctuation it ends with.
fn without_closing_marks(quote: &str) -> &str {
    quote.trim_end_matches(['"', '”', '\'', '’', '»'])
}

/// Whether a token is a quotation mark.
fn is_quote_mark(word: &str) -> bool {
    is_opening_mark(word) || is_closing_mark(word) || matches!(word, "‘" | "»" | "'")
}

/// Whether a token is a quotation mark that may open a quote (straight marks open and close).
fn is_opening_mark(word: &str) -> bool {
    matches!(word, "“" | "\"" | "«" | "„")
}

/// Whether a word is an adverb or an auxiliary that may stand between a speaker and the cue
/// ("Smith later said", "she also told", "Comey has said").
fn is_adverb(word: &str) -> bool {
    word.ends_with("ly")
        || matches!(
            word,
            "also" | "again" | "later" | "then" | "further" | "today" | "yesterday" | "tonight" | "now"
        )
        // Auxiliaries stand in the same place: "Comey has said", "she had long argued".
        || matches!(word, "has" | "have" | "had" | "will" | "would" | "could" | "may" | "might" | "did" | "does" | "long")
}

/// The comma before the relative pronoun the cue at token `i` follows ("Smith, who said",
/// "Smith, who has long argued"), if it follows one.
fn relative_comma(sentence: &Sentence, i: usize) -> Option<usize> {
    let who = word_before_adverbs(&sentence.words, i)?;
    let comma = who.checked_sub(1)?;
    (sentence.words[who] == "who" && sentence.words[comma] == ",").then_some(comma)
}

impl<'a> Sentence<'a> {
    fn new(text: &'a str, tokens: &'a [Token]) -> Self {
        let capitalised = |t: &Token| text[t.start..t.end].starts_with(char::is_uppercase);
        // A headline in title case ("Mayor Says Ferry Will Run") capitalises its cues too.
        let word_count = tokens.iter().filter(|t| t.kind == TokenKind::Word).count();
        let title_case =
            2 * tokens.iter().filter(|t| t.kind == TokenKind::Word && capitalised(t)).count() > word_count;
        let words = tokens
            .iter()
            .enumerate()
            .map(|(i, t)| {
                let word = text[t.start..t.end].to_lowercase();
                // A cue word inside a name ("the UCLA Anderson Forecast") is part of the name:
                // it keeps its capital, so that no list of cues finds it.
                let in_name = !title_case
                    && i > 0
                    && capitalised(t)
                    && capitalised(&tokens[i - 1])
                    && tokens[i - 1].kind == TokenKind::Word;
                if in_name && CUES.binary_search(&word.as_str()).is_ok() {
                    text[t.start..t.end].to_string()
                } else {
                    word
                }
            })
            .collect::<Vec<String>>();
        let counts = std::iter::once((0, 0))
            .chain(tokens.iter().zip(&words).scan((0, 0), |(w, m), (token, word)| {
                *w += u32::from(is_wordlike(token.kind));
                *m += u32::from(is_quote_mark(word));
                Some((*w, *m))
            }))
            .collect();
        Sentence { text, tokens, words, counts }
    }

    /// Whether tokens `range` hold a word (not only punctuation, symbols or emoji).
    fn has_word(&self, range: std::ops::Range<usize>) -> bool {
        self.counts[range.end].0 > self.counts[range.start].0
    }

    /// Whether tokens `range` hold a quotation mark.
    fn has_mark(&self, range: std::ops::Range<usize>) -> bool {
        self.counts[range.end].1 > self.counts[range.start].1
    }

    /// Whether a word of the sentence ends at or before `offset`: a quote starting there is
    /// inside the reporter's sentence rather than opening it.
    fn has_word_before(&self, offset: usize) -> bool {
        self.has_word(0..self.tokens.partition_point(|t| t.end <= offset))
    }

    /// Where the phrase of a mention starting at token `at` starts, its article and titles
    /// included ("the ministry", "Ms. Varga", "Sen. Ruiz").
    fn phrase_start(&self, at: usize) -> usize {
        (0..at).rev().take_while(|&k| self.words[k] == "the" || is_title(&self.words[k])).last().unwrap_or(at)
    }
}

/// What the attribution search keeps track of across the article.
struct Attributor<'a> {
    entities: &'a [Entity],
    clusters: &'a [Cluster],
    genders: Vec<Option<Gender>>,
    titles: Vec<Vec<String>>,
    /// The most recent people who spoke or opened a sentence, latest last.
    subjects: Vec<usize>,
    /// Where the cues of direct quotes start, so that reported speech does not use them again.
    /// (A set: a long article asks it once per cue it reads, in logarithmic time.)
    used_cues: BTreeSet<usize>,
}

/// A speaker found for an attribution.
struct Speaker {
    mention: Span,
    cluster: Option<usize>,
}

/// Quotes and reported speech in the headlines and paragraphs of an article, in text order.
pub fn find_quotes(
    text: &str,
    blocks: &[Block],
    tokens: &[Token],
    sentence_tokens: &[Indices<usize>],
    entities: &[Entity],
    clusters: &[Cluster],
) -> Vec<Quote> {
    let mut attributor = Attributor::new(text, entities, clusters);
    // Headlines quote people as the body does ("Ruiz: ‘…’", "‘…’, Lund Says").
    let text_blocks: Vec<Span> = blocks
        .iter()
        .filter(|b| matches!(b.kind, BlockKind::Paragraph | BlockKind::Title))
        .map(|b| Span::new(b.start, b.end))
        .collect();
    let direct = quoted_spans(text, &text_blocks);
    // Paragraphs and headlines, with whether each is a headline.
    let speaking_blocks: Vec<(Span, bool)> = blocks
        .iter()
        .filter(|b| matches!(b.kind, BlockKind::Paragraph | BlockKind::Title))
        .map(|b| (Span::new(b.start, b.end).trimmed(text), b.kind == BlockKind::Title))
        .collect();
    let mut quotes: Vec<Quote> = Vec::new();
    let mut next_direct = 0;
    // The end of the last direct quote and its index in `quotes`.
    let mut previous_direct: Option<(usize, usize)> = None;
    for (index, range) in sentence_tokens.iter().enumerate() {
        // One sentence's lower-cased words at a time: a huge input never holds them all.
        let sentence = &Sentence::new(text, &tokens[range.clone()]);
        let Some(bounds) =
            sentence.tokens.first().zip(sentence.tokens.last()).map(|(a, b)| Span::new(a.start, b.end))
        else {
            continue;
        };
        // Direct quotes that end in this sentence.
        while next_direct < direct.len() && direct[next_direct].0.end <= bounds.end {
            let (span, continues) = direct[next_direct];
            next_direct += 1;
            let words = span.slice(text).split_whitespace().count();
            // A quote inside the content of the last one ("says “…” because “…”") is part of it.
            let inside_last = previous_direct.is_some_and(|(end, _)| span.start < end);
            if inside_last || names_a_work(text, sentence, span) {
                continue;
            }
            // A quote of several sentences is introduced in the sentence it opens.
            let opening_index = sentence_tokens
                .partition_point(|r| tokens[..r.end].last().is_some_and(|t| t.end <= span.start));
            let opening = sentence_tokens
                .get(opening_index)
                .filter(|r| r.start < range.start)
                .map(|r| Sentence::new(text, &tokens[r.clone()]));
            let attribution = attributor
                .around_quote(sentence, opening.as_ref().unwrap_or(sentence), span)
                .or_else(|| {
                    // "“Who do they think they are?” Trump said of the company.": the quote ends
                    // its sentence, and the attribution opens the next one.
                    let next = sentence_tokens.get(index + 1)?;
                    let ends_sentence = sentence.tokens.last().is_some_and(|t| t.end <= span.end)
                        && span
                            .slice(text)
                            .trim_end_matches(['"', '“', '”', '\'', '‘', '’', '»'])
                            .ends_with(['.', '?', '!', '…']);
                    let gap = text.get(span.end..tokens.get(next.start)?.start)?;
                    // A quote opening in the next sentence takes its attribution itself.
                    let next_end = tokens.get(next.end.checked_sub(1)?)?.end;
                    let quote_follows = direct.get(next_direct).is_some_and(|(q, _)| q.start < next_end);
                    // A quote carried on from another in its paragraph keeps that one's attribution.
                    let carried = previous_direct
                        .is_some_and(|(end, _)| !text.get(end..span.start).unwrap_or("\n").contains('\n'));
                    let opens_sentence = !sentence.has_word_before(span.start);
                    if !ends_sentence || !opens_sentence || gap.contains('\n') || quote_follows || carried {
                        return None;
                    }
                    let next = Sentence::new(text, &tokens[next.clone()]);
                    let cue = (0..next.words.len().min(12)).find(|&i| is_cue(&next.words, i).is_some())?;
                    if next.words.get(cue + 1).is_some_and(|w| w == "that") {
                        return None;
                    }
                    attributor.around_quote(&next, &next, span)
                })
                .or_else(|| {
                    // "Dr. Ward stated:" ending the paragraph before the one the quote opens.
                    let previous = sentence_tokens.get(opening_index.checked_sub(1)?)?;
                    let colon = tokens.get(previous.end.checked_sub(1)?)?;
                    let opens_paragraph = text.get(colon.end..span.start)?.contains('\n');
                    if !(opens_paragraph && colon.span().slice(text) == ":" && words > 3) {
                        return None;
                    }
                    let previous = Sentence::new(text, &tokens[previous.clone()]);
                    attributor.around_quote(&previous, &previous, span)
                });
            // Only a quote near the last one may go on with it; looking no further keeps the
            // cost of a long paragraph of skipped quotes linear.
            if let Some((end, index)) = previous_direct.filter(|&(end, _)| span.start - end <= MAX_MERGE_GAP)
            {
                let gap = text.get(end..span.start).unwrap_or("\n");
                // A quote continued in the next paragraph, or carried on in the same one after
                // its attribution ("…," he said, "…" or "…," she said, adding X. "…"), is one
                // statement: the last quote grows.
                // Past a second cue ("…," she said, then added that …. "…") the quote is
                // another statement.
                // A cue in a relative clause about the speaker ("said Ms. Ruiz, who noted
                // that …") is part of the attribution.
                let gap_words: Vec<&str> =
                    gap.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
                let gap_cues = (0..gap_words.len())
                    .filter(|&k| CUES.binary_search(&gap_words[k].to_lowercase().as_str()).is_ok())
                    .filter(|&k| k == 0 || !gap_words[k - 1].eq_ignore_ascii_case("who"))
                    // Not a word of a name ("the Housing Forecast").
                    .filter(|&k| {
                        k == 0
                            || ![gap_words[k - 1], gap_words[k]]
                                .iter()
                                .all(|w| w.starts_with(char::is_uppercase))
                    })
                    .count();
                // The gap is the last quote's own attribution, and the quote opens a new sentence
                // ("…,” she said, noting that …. “Then …”): however many cues the gap holds, the
                // speaker goes on.
                let opens_sentence = gap.trim_end().ends_with('.')
                    && first_letter(span.slice(text)).is_some_and(char::is_uppercase);
                // The gap holds no sentence of the reporter's own after the attribution ("…,”
                // Ruiz added. She then turned to the crowd. “…”").
                let sentence_start = |r: &Indices<usize>| tokens.get(r.start).map_or(usize::MAX, |t| t.start);
                let narrated = sentence_tokens.partition_point(|r| sentence_start(r) < span.start)
                    - sentence_tokens.partition_point(|r| sentence_start(r) <= end)
                    > 1;
                // A cue in the gap that is not the last quote's starts an attribution of its own
                // ("…,” she said. Ruiz said both sides are “…”, but added: “…”).
                let last_cue_in_gap =
                    quotes[index].cue.is_some_and(|cue| cue.start >= end && cue.end <= span.start);
                let attributes_last = opens_sentence && !narrated && last_cue_in_gap;
                // A quote that a word leads into ("…,” Cruz said after a brief “sorry”) is
                // words of the reporter's sentence, not the speaker's; the last quote's own cue
                // before a forgotten comma ("…,” she said “…”) leads into nothing.
                let led_in = gap.trim_end().ends_with(char::is_alphanumeric)
                    && (words <= 3
                        || quotes[index].cue.is_none_or(|cue| cue.end != end + gap.trim_end().len()));
                let carried_on = attribution.is_none()
                    && !gap.contains('\n')
                    && !led_in
                    && !narrated
                    && (gap_cues == 0 || attributes_last || (gap_cues == 1 && last_cue_in_gap))
                    && (gap.trim().len() < 60
                        || (quotes[index].cue.is_some() && (words > 3 || attributes_last)));
                // A paragraph that opens with an unattributed quote right after the paragraph
                // ending in the last quote's attribution ("…,” she said.¶“…”) goes on with it.
                let gap_lines = gap.lines().filter(|line| !line.trim().is_empty()).count();
                let next_paragraph = attribution.is_none()
                    && words > 3
                    && gap.contains('\n')
                    && gap_lines == 1
                    && gap.trim().len() <= 150
                    && gap.trim_end().ends_with('.')
                    && !narrated
                    && last_cue_in_gap
                    // A quote running on into paragraphs of its own is attributed where it ends.
                    && !direct.get(next_direct).is_some_and(|&(_, continued)| continued);
                // The sentence the last quote began goes on after its attribution ("…,” said
                // Ruiz, speaking of the board, “and they know it.”).
                let resumed = last_cue_in_gap
                    && gap_cues == 1
                    && !gap.contains(['\n', '.', '!', '?'])
                    && gap.trim_end().ends_with(',')
                    && first_letter(span.slice(text)).is_some_and(char::is_lowercase);
                // Two quotes joined by "and" or "or" ("chanted “Send them home” and “Build the
                // wall”", "…,” she said, and “…”") are one statement.
                let joined = !gap.contains(['\n', '.', '!', '?', ';', ':'])
                    && gap.trim().len() < 60
                    && matches!(gap_words.last(), Some(&("and" | "or")))
                    && (gap_cues == 0 || (gap_cues == 1 && last_cue_in_gap));
                // An unclosed quote goes on in the next paragraph only when the last quote is
                // the part it continues, not one kept from further back because that part was
                // reported speech ("… is “a vague idea.¶“We pass bills …,” she said").
                let continued = continues && gap.trim().is_empty();
                if continued || carried_on || next_paragraph || resumed || joined {
                    let merged = &mut quotes[index];
                    merged.end = span.end;
                    if let (None, Some((cue, speaker, _))) = (merged.cue, attribution) {
                        merged.cue = Some(cue);
                        merged.speaker = speaker.cluster;
                        merged.speaker_mention =
                            Some(Range { start: speaker.mention.start, end: speaker.mention.end });
                    }
                    previous_direct = Some((span.end, index));
                    continue;
                }
            }
            // Scare quotes around a word or two, and quoted phrases inside the reporter's own
            // sentence that nobody is said to have said, are not quotes.
            let inside_sentence = sentence.has_word_before(span.start);
            // "… and chanting “…”", "He jokes, “…!”": a quote right after its cue, or a whole
            // sentence quoted after a comma or colon, is a statement even when no speaker can be
            // told or its verb is no cue we know.
            let introduced = match attribution {
                None if inside_sentence => attributor.introduced(text, sentence, span, words),
                _ => None,
            };
            if let Some((cue, speaker)) = introduced {
                quotes.push(Quote {
                    kind: QuoteKind::Direct,
                    start: span.start,
                    end: span.end,
                    cue: Some(cue),
                    speaker: speaker.as_ref().and_then(|s| s.cluster),
                    speaker_mention: speaker.map(|s| Range { start: s.mention.start, end: s.mention.end }),
                });
                previous_direct = Some((span.end, quotes.len() - 1));
                continue;
            }
            if attribution.is_none() && (words <= 3 || inside_sentence) {
                continue;
            }
            // A paragraph that opens with an unattributed quote right after a quoted paragraph
            // goes on in the same voice.
            let inherited = match (&attribution, previous_direct) {
                (None, Some((end, index))) if text[end..span.start].trim().is_empty() => {
                    Some((quotes[index].cue, quotes[index].speaker))
                }
                _ => None,
            };
            let quote = match (attribution, inherited) {
                (Some((cue, speaker, content)), _) => Quote {
                    // Quoted words inside the reporter's sentence are reported speech.
                    kind: if content.start < span.start { QuoteKind::Reported } else { QuoteKind::Direct },
                    start: content.start,
                    end: content.end,
                    cue: Some(cue),
                    speaker: speaker.cluster,
                    speaker_mention: Some(Range { start: speaker.mention.start, end: speaker.mention.end }),
                },
                (None, inherited) => Quote {
                    kind: QuoteKind::Direct,
                    start: span.start,
                    end: span.end,
                    cue: inherited.and_then(|(cue, _)| cue),
                    speaker: inherited.and_then(|(_, speaker)| speaker),
                    speaker_mention: None,
                },
            };
            previous_direct = Some((quote.end, quotes.len()));
            quotes.push(quote);
        }
        // The end of the direct quote that holds a position.
        let quoted = |at: usize| {
            let index = direct.partition_point(|(span, _)| span.end <= at);
            direct.get(index).filter(|(span, _)| span.start <= at).map(|(span, _)| span.end)
        };
        // "Lopes: We will reopen", "NOVAK: I think…", "Q: …": a speaker and a colon open
        // the paragraph, and the rest of it is theirs.
        let block = speaking_blocks.partition_point(|(b, _)| b.end <= bounds.start);
        if let Some(&(block, headline)) = speaking_blocks.get(block).filter(|(b, _)| b.start == bounds.start)
        {
            if let Some(quote) = attributor.labelled(text, sentence, block, headline) {
                quotes.push(quote);
            }
        }
        let mut from = 0;
        while let Some((quote, next)) = attributor.reported(sentence, &quoted, from) {
            quotes.push(quote);
            from = next;
        }
        attributor.note_subject(sentence);
    }
    quotes.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
    // Quotes never overlap: of two that do, the earlier (and longer) one stays, so quoted words
    // inside reported speech ("said the library is “the only warm place”") stay part of it —
    // unless the later one is a direct quote with a cue of its own ("Trump urged her to resign
    // and said, “…”"): then the reported speech ends where that attribution begins.
    let mut kept: Vec<Quote> = Vec::with_capacity(quotes.len());
    for quote in quotes {
        let Some(last) = kept.last_mut().filter(|last| last.end > quote.start) else {
            kept.push(quote);
            continue;
        };
        // Introduced with a comma or colon ("and said, “…”"); quoted words run into the
        // sentence ("called it “a disaster”") belong to the reported speech.
        // So is a quote set off by a comma, colon or dash and attributed after it, or after its
        // first part ("telling the paper on Monday, “…,” he said", "— as critics allege — “…?”
        // asked Ruiz").
        // A sentence quoted right after its cue ("a man yelled “Stay home!”") stands apart too.
        let capitalised = first_letter(&text[quote.start..quote.end]).is_some_and(char::is_uppercase);
        let introduced = |cue: &Range| match text.get(cue.end..quote.start) {
            Some(gap) => {
                gap.trim_end().ends_with([',', ':'])
                    || (gap.trim().is_empty()
                        && capitalised
                        && !NAMING_CUES.contains(&text[cue.start..cue.end].to_lowercase().as_str()))
            }
            None => {
                cue.start >= quote.start && text[..quote.start].trim_end().ends_with([',', ':', '—', '–'])
            }
        };
        let Some(cue) = quote.cue.filter(|cue| {
            quote.kind == QuoteKind::Direct && last.kind != QuoteKind::Direct && introduced(cue)
        }) else {
            continue;
        };
        let mention = quote.speaker_mention.map_or(usize::MAX, |m| m.start);
        let cut = [quote.start, cue.start, mention].into_iter().filter(|&at| at > last.start).min();
        let Some(end) = cut.map(|cut| clause_end(text, last.start, cut)) else { continue };
        if text[last.start..end].split_whitespace().count() >= 3 {
            last.end = end;
        } else {
            kept.pop();
        }
        kept.push(quote);
    }
    kept
}

/// The end of reported content cut off at `cut`, without the punctuation and the conjunction
/// that joined it to what follows ("… to resign, and").
fn clause_end(text: &str, start: usize, cut: usize) -> usize {
    let mut end = cut;
    loop {
        let before = text[start..end].trim_end_matches(|c: char| c.is_whitespace() || ",;:—–-".contains(c));
        let before = ["and", "but", "then"]
            .iter()
            .find_map(|word| before.strip_suffix(word).filter(|rest| rest.ends_with(char::is_whitespace)))
            .unwrap_or(before);
        if start + before.len() == end {
            return end;
        }
        end = start + before.len();
    }
}

/// Whether the quoted words are the title of a work or a show rather than a quotation: a few
/// capitalised words after a preposition or a possessive ("on ABC's “This Week,”", "his book
/// “The Long Road”"), or a handle ("@cityhall").
fn names_a_work(text: &str, sentence: &Sentence, quote: Span) -> bool {
    let inner = quote.slice(text).trim_matches(|c: char| !c.is_alphanumeric() && c != '@');
    let words: Vec<&str> = inner.split_whitespace().collect();
    if words.len() == 1 && words[0].starts_with('@') {
        return true;
    }
    let capitalised = words.iter().all(|w| {
        w.chars().next().is_some_and(char::is_uppercase)
            || matches!(*w, "of" | "the" | "a" | "an" | "and" | "in" | "on" | "for" | "to" | "with")
    });
    let mut before = sentence.tokens.partition_point(|t| t.end <= quote.start);
    // "in his 2012 memoir, “…”": the work may stand after a comma.
    if before > 1
        && sentence.words[before - 1] == ","
        && matches!(
            sentence.words[before - 2].as_str(),
            "book" | "memoir" | "autobiography" | "novel" | "song" | "album"
        )
    {
        before -= 1;
    }
    let introduced = before > 0
        && matches!(
            sentence.words[before - 1].as_str(),
            "on" | "in"
                | "of"
                | "the"
                | "'s"
                | "’s"
                | "book"
                | "memoir"
                | "autobiography"
                | "novel"
                | "song"
                | "album"
                | "show"
                | "film"
                | "program"
                | "programme"
                | "titled"
                | "entitled"
                | "told"
                | "as"
        );
    // "“Ferry fares to rise,” by the Courier's Ana Ruiz": a headline with its byline.
    let after = sentence.tokens.partition_point(|t| t.start < quote.end);
    let bylined = sentence.words.get(after).is_some_and(|w| w == "by")
        && sentence
            .tokens
            .get(after + 1)
            .is_some_and(|t| t.span().slice(text).chars().next().is_some_and(char::is_uppercase));
    // "the “Harbour Nights” star", "“Harbour Nights” returns": a title run into the
    // sentence, with no punctuation of a quotation closing it.
    let unpunctuated = !without_closing_marks(quote.slice(text))
        .ends_with(|c: char| c.is_ascii_punctuation() || matches!(c, '…' | '—' | '–'));
    let run_in = unpunctuated && sentence.tokens.get(after).is_some_and(|t| is_wordlike(t.kind));
    bylined || (!words.is_empty() && words.len() <= 5 && capitalised && (introduced || run_in))
}

/// Two apostrophes standing for a double quotation mark (''like this'', as some newspapers'
/// archives write it).
const DOUBLED_APOSTROPHE: &str = "''";

/// Spans of text inside matching quotation marks (marks included), with whether each one
/// continues an unclosed quote from the paragraph before; `paragraphs` are the blocks of text
/// (headlines and paragraphs) in order.
fn quoted_spans(text: &str, paragraphs: &[Span]) -> Vec<(Span, bool)> {
    let mut spans = Vec::new();
    let mut carried = false;
    for (index, paragraph) in paragraphs.iter().enumerate() {
        // Whether the next paragraph opens with a quotation mark, carrying on a quote left open.
        let next_opens = paragraphs.get(index + 1).is_some_and(|p| {
            text[p.start..].starts_with(['“', '"', '«', '„'])
                || text[p.start..].starts_with(DOUBLED_APOSTROPHE)
        });
        let body = paragraph.slice(text);
        let mut continues = carried;
        carried = false;
        let mut chars = body.char_indices().peekable();
        // Once inner quotes fail to pair up in a paragraph, the rest of it is read without
        // them: each search for a closing mark then stops at that mark, and the paragraph is
        // read in linear time.
        let mut inner_quotes_pair = true;
        let mut closings = ClosingSearch::default();
        while let Some((at, ch)) = chars.next() {
            let before = body[..at].chars().next_back();
            if body[at..].starts_with(DOUBLED_APOSTROPHE) {
                // Two apostrophes are a double quotation mark, opening and closing alike.
                let from = at + DOUBLED_APOSTROPHE.len();
                let end = body[from..].find(DOUBLED_APOSTROPHE).map(|k| from + k + DOUBLED_APOSTROPHE.len());
                spans.push((
                    Span::new(paragraph.start + at, paragraph.start + end.unwrap_or(body.len())),
                    continues,
                ));
                continues = false;
                let Some(end) = end else {
                    carried = true;
                    break;
                };
                while chars.peek().is_some_and(|&(next, _)| next < end) {
                    chars.next();
                }
                continue;
            }
            // A mark right after "=" opens a value in markup pasted with the text
            // (`<a href="…">`): the value is no quote, and its closing mark opens nothing.
            if before == Some('=') && matches!(ch, '"' | '”' | '“') {
                let from = at + ch.len_utf8();
                let value_end = body[from..]
                    .char_indices()
                    .find(|&(_, c)| matches!(c, '"' | '”' | '“'))
                    .map_or(body.len(), |(k, c)| from + k + c.len_utf8());
                while chars.peek().is_some_and(|&(next, _)| next < value_end) {
                    chars.next();
                }
                continue;
            }
            // A doubled opening mark ("““Radical …”") opens one quote, at the second mark.
            if ch == '“' && body[at + ch.len_utf8()..].starts_with('“') {
                continue;
            }
            // Writers mix straight and curly marks ("…” or “…"): either closes a quote.
            let closing = match ch {
                '“' => Some(&['”', '“', '"'][..]),
                '„' => Some(&['“', '”'][..]),
                '«' => Some(&['»'][..]),
                '"' => Some(&['"', '”'][..]),
                // A single quote opens only at the start of a word: "don't" has none, and
                // neither has "the '80s" or "in ’08".
                '‘' | '\''
                    if !before.is_some_and(char::is_alphanumeric)
                        && !body[at + ch.len_utf8()..].starts_with(|c: char| c.is_ascii_digit()) =>
                {
                    Some(&['’', '\''][..])
                }
                _ => None,
            };
            let Some(closing) = closing else {
                continue;
            };
            let from = at + ch.len_utf8();
            // The simple rule: the first closing mark that is no apostrophe ("don’t").
            let mut first_closing = || closings.first(body, from, closing).map(|(k, c)| (k - from, c));
            let close = match inner_quotes_pair.then(|| inner_quotes(&body[from..], ch)) {
                Some(InnerQuotes::Close(k, c)) => Some((k, c)),
                // A quote holding inner quotes runs on into the next paragraph when that one
                // carries it on.
                Some(InnerQuotes::Unclosed) if next_opens => None,
                Some(InnerQuotes::Unpaired | InnerQuotes::Unclosed) => {
                    inner_quotes_pair = false;
                    first_closing()
                }
                Some(InnerQuotes::None) | None => first_closing(),
            };
            match close {
                Some((k, c)) => {
                    let end = from + k + c.len_utf8();
                    spans.push((Span::new(paragraph.start + at, paragraph.start + end), continues));
                    continues = false;
                    while chars.peek().is_some_and(|&(next, _)| next < end) {
                        chars.next();
                    }
                }
                None if matches!(ch, '“' | '"' | '«' | '„') => {
                    // An unclosed quote runs to the end of the paragraph; the next paragraph
                    // carries it on when it opens with a quotation mark.
                    spans.push((Span::new(paragraph.start + at, paragraph.end), continues));
                    carried = true;
                    break;
                }
                None => {}
            }
        }
        carried = carried && next_opens;
    }
    spans.into_iter().map(|(span, continues)| (span.snapped(text), continues)).collect()
}

/// The search for the first closing mark of a set after an offset, remembering its last answer
/// for each set of marks. Whether a character closes depends only on where it stands (it is in
/// the set, and is no apostrophe inside a word), so an answer holds for every later offset up to
/// the mark it found, or for every later offset when it found none. Marks are tried in text
/// order, so each set's search moves forward only: a paragraph of n single quotes that never
/// close is read once, in O(n), not once per quote.
#[derive(Default)]
struct ClosingSearch {
    answers: Vec<ClosingAnswer>,
}

/// One remembered search: the set of marks, where the search started, and the closing mark it
/// found (offset and character), if any.
type ClosingAnswer = (&'static [char], usize, Option<(usize, char)>);

impl ClosingSearch {
    /// The first mark of `set` at or after `from` in `body` that closes a quote, with its offset
    /// in `body`.
    fn first(&mut self, body: &str, from: usize, set: &'static [char]) -> Option<(usize, char)> {
        let known = self.answers.iter().find(|(s, searched, found)| {
            *s == set && *searched <= from && found.is_none_or(|(at, _)| from <= at)
        });
        if let Some(&(_, _, found)) = known {
            return found;
        }
        let found = body[from..]
            .char_indices()
            .find(|&(k, c)| {
                let after = body[from + k + c.len_utf8()..].chars().next();
                set.contains(&c) && !(matches!(c, '’' | '\'') && after.is_some_and(char::is_alphanumeric))
            })
            .map(|(k, c)| (from + k, c));
        self.answers.retain(|(s, _, _)| *s != set);
        self.answers.push((set, from, found));
        found
    }
}

/// What the inner quotes of a quote tell about where it closes.
enum InnerQuotes {
    /// The quote holds no inner quote: the simple rule finds its closing mark.
    None,
    /// The quote holds inner quotes and closes at this offset with this mark.
    Close(usize, char),
    /// Inner quotes open and never close before the paragraph ends.
    Unpaired,
    /// The quote holds inner quotes that pair up, and runs on past the paragraph's end.
    Unclosed,
}

/// Where a quote opened by `open` (a curly or a straight double mark) closes when it holds a
/// curly quote ("“… even when “your team” needs …”", "\"… about “Equal Justice” …\""): a `“`
/// between a space and a letter opens an inner quote whose `”` does not close the outer one.
fn inner_quotes(rest: &str, open: char) -> InnerQuotes {
    if !matches!(open, '“' | '"') {
        return InnerQuotes::None;
    }
    let mut depth = 0;
    let mut nested = false;
    let mut before = None;
    // The last character that is no white space: after a sentence's end, “ opens a new quote
    // whose writer forgot to close the last one ("… shocked. “And she said …”").
    let mut last_visible = None;
    for (k, c) in rest.char_indices() {
        let after = rest[k + c.len_utf8()..].chars().next();
        let sentence_ended = last_visible.is_some_and(|v| matches!(v, '.' | '!' | '?'));
        if !c.is_whitespace() {
            last_visible = Some(c);
        }
        match c {
            '“' if before.is_some_and(char::is_whitespace)
                && after.is_some_and(char::is_alphanumeric)
                && !sentence_ended =>
            {
                depth += 1;
                nested = true;
            }
            '”' if depth > 0 => depth -= 1,
            // Writers who open with “ sometimes close with it too.
            '”' | '"' | '“' if depth == 0 && (c != '“' || open == '“') => {
                return if nested { InnerQuotes::Close(k, c) } else { InnerQuotes::None };
            }
            _ => {}
        }
        before = Some(c);
    }
    // Only within one line: lines of a block that each open with a quotation mark are quotes
    // of their own, not inner ones.
    match (nested, depth) {
        (false, _) => InnerQuotes::None,
        (true, 0) if !rest.contains('\n') => InnerQuotes::Unclosed,
        (true, _) => InnerQuotes::Unpaired,
    }
}

/// Nouns for words called out together that, with "of", quote them ("chants of “Four more
/// years!”", "cries of “Shame!”").
const CHANT_NOUNS: [&str; 8] = ["calls", "chant", "chants", "chorus", "cries", "cry", "shouts", "yells"];

/// Verbs that attribute a quotation but report nothing on their own ("the talks continued",
/// "Qatar Airways adds flights").
const QUOTE_ONLY_CUES: [&str; 57] = [
    "adds",
    "agrees",
    "barked",
    "beamed",
    "bellowed",
    "bemoaned",
    "blared",
    "chortled",
    "chuckled",
    "continued",
    "continues",
    "cracked",
    "cried",
    "crowed",
    "deadpanned",
    "exclaimed",
    "exhorted",
    "fumed",
    "gloated",
    "groused",
    "growled",
    "grunted",
    "gushed",
    "heckled",
    "hissed",
    "hollered",
    "huffed",
    "interjected",
    "intoned",
    "jeered",
    "laughed",
    "marveled",
    "marvelled",
    "murmured",
    "mused",
    "muttered",
    "pressed",
    "proclaimed",
    "protested",
    "ranted",
    "raved",
    "read",
    "reads",
    "riffed",
    "roared",
    "sang",
    "scoffed",
    "screamed",
    "shouted",
    "sighed",
    "snapped",
    "snarled",
    "sneered",
    "stammered",
    "thundered",
    "whispered",
    "wondered",
];

/// Words that open a time or place phrase right after a cue ("said on Wednesday", "told
/// reporters in Ankara"), not the reported content.
const AFTER_CUE_ADVERBIALS: [&str; 20] = [
    "after",
    "at",
    "during",
    "earlier",
    "friday",
    "in",
    "last",
    "late",
    "monday",
    "on",
    "saturday",
    "sunday",
    "this",
    "thursday",
    "to",
    "today",
    "tonight",
    "tuesday",
    "wednesday",
    "yesterday",
];

/// Conjunctions that open a subordinate clause: "While the mayor says …, residents …".
const SUBORDINATORS: [&str; 13] = [
    "after", "although", "as", "because", "before", "if", "once", "since", "though", "until", "when",
    "whereas", "while",
];

/// Headline labels that name the kind of piece, not a source: "Analysis: …", "Live: …".
const NOT_HEADLINE_SOURCES: [&str; 17] = [
    "analysis",
    "breaking",
    "commentary",
    "editorial",
    "exclusive",
    "explainer",
    "factbox",
    "interview",
    "latest",
    "live",
    "opinion",
    "photos",
    "review",
    "timeline",
    "update",
    "video",
    "watch",
];

/// Cues whose object is the hearer: "told reporters …", "warned the council …".
const HEARER_CUES: [&str; 13] = [
    "asked", "asking", "assured", "informed", "reminded", "tell", "telling", "tells", "told", "urged",
    "urging", "warned", "warning",
];

/// The words before "states" that make it a verb of saying: a text or a pronoun ("the report
/// states that …"); sorted for binary search.
const STATING_SUBJECTS: [&str; 20] = [
    "amendment",
    "article",
    "bill",
    "complaint",
    "constitution",
    "document",
    "he",
    "it",
    "law",
    "lawsuit",
    "letter",
    "memo",
    "order",
    "platform",
    "policy",
    "report",
    "rule",
    "she",
    "statement",
    "website",
];

/// Words that open the question or request after "asked" ("Asked whether …", "asked about
/// …", "when asked to leave").
const QUESTION_WORDS: [&str; 11] =
    ["about", "how", "if", "to", "what", "when", "where", "whether", "which", "who", "why"];

/// Verbs that name what someone called something; cues only for the words they quote.
const NAMING_CUES: [&str; 6] = ["called", "calling", "calls", "dubbed", "labeled", "labelled"];

/// Verbs of belief that attribute a claim when a clause follows them ("Lund believes that
/// the plan has merit", "fears the bridge will close"), not when a noun does ("fears
/// change"); sorted for binary search.
const THOUGHT_CUES: [&str; 33] = [
    "believe",
    "believed",
    "believes",
    "doubt",
    "doubted",
    "doubts",
    "expect",
    "expected",
    "expects",
    "fear",
    "feared",
    "fears",
    "feel",
    "feels",
    "felt",
    "hope",
    "hoped",
    "hopes",
    "knew",
    "know",
    "knows",
    "realize",
    "realized",
    "realizes",
    "suspect",
    "suspected",
    "suspects",
    "think",
    "thinks",
    "thought",
    "worried",
    "worries",
    "worry",
];

/// Verbs that report what a source found or shows ("the survey found that …", "a poll shows
/// …"); cues only after a word for such a source or before "that".
const EVIDENCE_CUES: [&str; 11] = [
    "estimated",
    "estimates",
    "finds",
    "found",
    "indicates",
    "predicts",
    "reveals",
    "show",
    "showed",
    "showing",
    "shows",
];

/// Sources whose findings are reported: "the poll", "a new study", "court records".
const EVIDENCE_SOURCES: [&str; 29] = [
    "analyses",
    "analysis",
    "audit",
    "count",
    "data",
    "documents",
    "figures",
    "filings",
    "footage",
    "forecast",
    "investigation",
    "model",
    "numbers",
    "poll",
    "polling",
    "polls",
    "records",
    "report",
    "reports",
    "research",
    "results",
    "review",
    "statistics",
    "studies",
    "study",
    "survey",
    "surveys",
    "tally",
    "video",
];

/// Whether a cue starts at word `i`, and how many words it takes.
fn is_cue(words: &[String], i: usize) -> Option<usize> {
    // Every cue is a word: punctuation, numbers and symbols are turned away before any list is
    // searched (a run of quotation marks asks for each of them many times).
    let word = words.get(i).filter(|w| w.starts_with(char::is_alphabetic))?.as_str();
    if THOUGHT_CUES.binary_search(&word).is_ok() {
        // A clause: "that", or a subject opening it.
        let clause = words.get(i + 1).is_some_and(|w| {
            matches!(
                w.as_str(),
                "that"
                    | "he"
                    | "she"
                    | "they"
                    | "it"
                    | "we"
                    | "i"
                    | "you"
                    | "there"
                    | "the"
                    | "his"
                    | "her"
                    | "their"
                    | "its"
                    | "this"
            )
        });
        return clause.then_some(1);
    }
    if EVIDENCE_CUES.contains(&word) {
        // The source heads the subject, which may run on ("A poll of 800 voters, conducted
        // by …, shows"), but not past the sentence's punctuation other than commas.
        let source = (i.saturating_sub(16)..i)
            .rev()
            .take_while(|&k| !matches!(words[k].as_str(), "." | ";" | ":" | "?" | "!" | "that" | "which"))
            .any(|k| EVIDENCE_SOURCES.binary_search(&words[k].as_str()).is_ok());
        let that = words.get(i + 1).is_some_and(|w| w == "that");
        return (source || that).then_some(1);
    }
    // "states" reports only what a text or a person states ("the report states that …", "he
    // states:"), not "the United States", "11 states" or "states that vote in March".
    if word == "states"
        && !(matches!(words.get(i + 1).map(String::as_str), Some("that" | ":" | ","))
            && i.checked_sub(1).is_some_and(|k| STATING_SUBJECTS.binary_search(&words[k].as_str()).is_ok()))
    {
        return None;
    }
    // "declined to comment" refuses a statement; "sales declined" only fell.
    if word == "declined" && words.get(i + 1).is_none_or(|w| w != "to") {
        return None;
    }
    // "maintained support" keeps something; "maintained that …" states it.
    if word == "maintained" && words.get(i + 1).is_none_or(|w| w != "that") {
        return None;
    }
    // "who asked not to be named" asks for anonymity, not for anything reported.
    if matches!(word, "asked" | "asking") && words.get(i + 1).is_some_and(|w| w == "not") {
        return None;
    }
    // "the explanations added up to …" adds nothing said.
    if word == "added" && words.get(i + 1).is_some_and(|w| w == "up") {
        return None;
    }
    match (word, words.get(i + 1).map(String::as_str)) {
        ("according", Some("to"))
        | ("called" | "calls" | "calling", Some("for" | "on"))
        | ("pointed" | "points" | "pointing", Some("out" | "to"))
        | ("shot" | "fired", Some("back"))
        | ("put", Some("it"))
        | ("talk" | "talked" | "talking" | "talks" | "spoke" | "speaking" | "speaks", Some("about"))
        // Not "talk of dissent", a noun.
        | ("talked" | "talking" | "spoke" | "speaking" | "speaks", Some("of"))
        | ("referred" | "referring" | "refers", Some("to")) => Some(2),
        ("made" | "makes" | "making", Some("clear")) => Some(2),
        ("push" | "pushed" | "pushing", Some("for")) => Some(2),
        ("made" | "makes" | "making", Some("it")) if words.get(i + 2).is_some_and(|w| w == "clear") => {
            Some(3)
        }
        _ => (CUES.binary_search(&word).is_ok()
            || POSITION_CUES.binary_search(&word).is_ok()
            || NAMING_CUES.contains(&word))
        .then_some(1),
    }
}

impl<'a> Attributor<'a> {
    fn new(text: &'a str, entities: &'a [Entity], clusters: &'a [Cluster]) -> Attributor<'a> {
        let mut genders = vec![None; clusters.len()];
        let mut titles = vec![Vec::new(); clusters.len()];
        for entity in entities.iter().filter(|e| e.label == Label::Per) {
            let Some(id) = entity.cluster.filter(|&c| c < clusters.len()) else {
                continue;
            };
            let first = entity.text.split_whitespace().next().unwrap_or("").to_lowercase();
            if FEMALE_NAMES.contains(&first.as_str()) {
                genders[id] = Some(Gender::Female);
            } else if MALE_NAMES.contains(&first.as_str()) {
                genders[id] = Some(Gender::Male);
            }
            // The words just before the name that are titles: "Prime Minister", "Mrs."
            let before: Vec<&str> = text[..entity.start].split_whitespace().rev().take(3).collect();
            for word in
                before.iter().take_while(|w| is_title(w) || w.chars().next().is_some_and(char::is_uppercase))
            {
                let lower = word.to_lowercase();
                match lower.as_str() {
                    "mr." => genders[id] = Some(Gender::Male),
                    "mrs." | "ms." => genders[id] = Some(Gender::Female),
                    _ => {}
                }
                if is_title(word) && !titles[id].contains(&lower) {
                    titles[id].push(lower);
                }
            }
        }
        Attributor { entities, clusters, genders, titles, subjects: Vec::new(), used_cues: BTreeSet::new() }
    }

    /// The name mention (an entity with a cluster) covering the token.
    fn entity_at(&self, token: &Token) -> Option<&'a Entity> {
        let index = self.entities.partition_point(|e| e.end <= token.start);
        self.entities.get(index).filter(|e| e.start <= token.start && e.label.is_name())
    }

    /// The token after the hearer of a cue such as "told" that starts at token `start`: "told
    /// reporters", "told the BBC", "told his aides", "told Al Jazeera".
    ///
    /// A possessive takes what follows into the hearer: "told ABC's “This Week”", "told CNN's
    /// Jake Tapper".
    fn hearer_end(&self, sentence: &Sentence, start: usize) -> usize {
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
    fn noun_phrase_end(&self, sentence: &Sentence, start: usize) -> usize {
        let n = sentence.words.len();
        if let Some(entity) = sentence.tokens.get(start).and_then(|t| self.entity_at(t)) {
            start + sentence.tokens[start..].iter().take_while(|t| t.end <= entity.end).count()
        } else if sentence.words.get(start).is_some_and(|w| DETERMINERS.contains(&w.as_str())) {
            (start + 2).min(n)
        } else {
            (start + 1).min(n)
        }
    }

    /// Whether the word at `k`, after "to", is a verb rather than the start of a hearer
    /// ("vowed to put", not "said to reporters", "told to the BBC").
    fn is_infinitive(&self, sentence: &Sentence, k: usize) -> bool {
        sentence.tokens.get(k).is_some_and(|t| t.kind == TokenKind::Word && self.entity_at(t).is_none())
            && !DETERMINERS.contains(&sentence.words[k].as_str())
            && !matches!(
                sentence.words[k].as_str(),
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
    fn is_adverb_at(&self, sentence: &Sentence, k: usize) -> bool {
        is_adverb(&sentence.words[k]) && self.entity_at(&sentence.tokens[k]).is_none()
    }

    /// The speaker whose mention ends at token `end - 1` of the sentence (reading leftwards
    /// past adverbs), or starts at token `start` (reading rightwards).
    fn speaker_before(&self, sentence: &Sentence, end: usize) -> Option<Speaker> {
        let mut k = end;
        // "the mayor was saying": a form of "be" before a cue in -ing.
        let progressive = sentence.words.get(end).is_some_and(|w| w.ends_with("ing"));
        while k > 0
            && (self.is_adverb_at(sentence, k - 1)
                || (progressive && BE_FORMS.contains(&sentence.words[k - 1].as_str())))
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
                        sentence.words[comma + 1].as_str(),
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
                .find(|&j| matches!(sentence.words[j].as_str(), "who" | "which"));
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
                    (name_end.saturating_sub(4)..name_end)
                        .rev()
                        .take_while(|&j| is_wordlike(sentence.tokens[j].kind))
                        .find_map(|j| self.speaker_at(sentence, j).filter(|s| s.cluster.is_some()))
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
        self.speaker_at(sentence, last).or_else(|| self.subject_phrase(sentence, k))
    }

    /// The speaker of the cue at token `i` named before it: its subject ("Smith said"), the
    /// subject of the main clause for a participle ("…, saying the plan works") or a second
    /// verb ("stood up and later said"), the name before a relative pronoun ("Smith, who
    /// said …, left").
    fn cue_subject(&self, sentence: &Sentence, i: usize) -> Option<Speaker> {
        // "…, saying", "before saying", "after telling", "…,” saying", "…,'' saying"
        let marks = (0..i)
            .rev()
            .take_while(|&k| is_closing_mark(&sentence.words[k]) || sentence.words[k] == "'")
            .count();
        let participle = sentence.words[i].ends_with("ing")
            && i > 0
            && (matches!(sentence.words[i - 1].as_str(), "," | "before" | "after" | "by" | "while" | "when")
                || (marks > 0 && i > marks && sentence.words[i - marks - 1] == ","));
        let mut verb = i;
        while verb > 0 && self.is_adverb_at(sentence, verb - 1) {
            verb -= 1;
        }
        // "stood up and said", "went so far as to say"
        let second_verb = verb > 0 && matches!(sentence.words[verb - 1].as_str(), "and" | "but" | "to");
        if participle || second_verb {
            // The subject of the first verb: a name or pronoun, else the phrase before the
            // sentence's first cue.
            (0..i.min(SUBJECT_REACH)).find_map(|k| self.speaker_at(sentence, k)).or_else(|| {
                let first = (0..verb.min(SUBJECT_REACH)).find(|&k| is_cue(&sentence.words, k).is_some())?;
                self.subject_phrase(sentence, first)
            })
        } else if let Some(comma) = relative_comma(sentence, i) {
            self.speaker_before(sentence, comma)
        } else {
            self.speaker_before(sentence, i)
        }
    }

    /// The speaker named right after a cue that ends before token `start`: "said Paul
    /// McCulley, an economist", "said harbour master Peter Novak", "said one engineer involved
    /// in the dredging".
    fn speaker_after(&self, sentence: &Sentence, start: usize) -> Option<Speaker> {
        (start..sentence.tokens.len().min(start + 4))
            .take_while(|&k| sentence.words[k] != ",")
            .find_map(|k| self.speaker_at(sentence, k))
            .or_else(|| {
                self.object_phrase(sentence, start).filter(|phrase| {
                    let words = sentence.tokens.iter().filter(|t| phrase.mention.contains(t.span())).count();
                    words <= MAX_SUBJECT_WORDS
                })
            })
    }

    /// The noun phrase that starts at token `start` and runs to the next comma or the end of
    /// the sentence ("according to a new poll by …"), as a speaker known only by that phrase.
    fn object_phrase(&self, sentence: &Sentence, start: usize) -> Option<Speaker> {
        // Looked for no further than the longest phrase allowed: linear in a long sentence.
        let reach = sentence.words.len().min(start + 2 * MAX_SUBJECT_WORDS + 1);
        let end = (start..reach)
            .find(|&j| matches!(sentence.words[j].as_str(), "," | ";" | "." | "!" | "?" | ")"))
            .unwrap_or(reach);
        (start < end && end - start <= 2 * MAX_SUBJECT_WORDS).then(|| Speaker {
            mention: Span::new(sentence.tokens[start].start, sentence.tokens[end - 1].end),
            cluster: None,
        })
    }

    /// The noun phrase that ends right before token `end` and starts the sentence or follows a
    /// comma or dash ("a spokesman for the port authority said", "the mayor's office said"),
    /// as a speaker whose person or organisation is known only when the phrase ends in its name.
    fn subject_phrase(&self, sentence: &Sentence, end: usize) -> Option<Speaker> {
        let start = (0..end)
            .rev()
            .take(MAX_SUBJECT_WORDS + 1)
            .find(|&j| {
                matches!(
                    sentence.words[j].as_str(),
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
                ) || (j > 0 && sentence.words[j] == "'" && sentence.words[j - 1] == "'")
            })
            .map_or(0, |j| j + 1);
        // "As one employee told the paper, “…”", "When the moderator pointed out …": the
        // conjunction is no part of the speaker.
        let start =
            start + usize::from(start + 1 < end && SUBORDINATORS.contains(&sentence.words[start].as_str()));
        let words = &sentence.words[start..end];
        let is_phrase = !words.is_empty()
            && words.len() <= MAX_SUBJECT_WORDS
            && words
                .iter()
                .all(|w| w.chars().any(char::is_alphanumeric) || matches!(w.as_str(), "'" | "’" | "%" | "/"))
            // "That person said" opening the sentence is no relative clause.
            && !words
                .iter()
                .enumerate()
                .any(|(k, w)| NOT_IN_SUBJECTS.contains(&w.as_str()) && !(start == 0 && k == 0 && w == "that"));
        if !is_phrase {
            return None;
        }
        let cluster = self
            .entity_at(&sentence.tokens[end - 1])
            .filter(|e| matches!(e.label, Label::Per | Label::Org | Label::Norp))
            .and_then(|e| e.cluster);
        Some(Speaker {
            mention: Span::new(sentence.tokens[start].start, sentence.tokens[end - 1].end),
            cluster,
        })
    }

    /// A speaker mention that covers token `at`: a name, a pronoun or "the <role>".
    fn speaker_at(&self, sentence: &Sentence, at: usize) -> Option<Speaker> {
        let token = sentence.tokens.get(at)?;
        let word = sentence.words[at].as_str();
        if let Some(entity) =
            self.entity_at(token).filter(|e| matches!(e.label, Label::Per | Label::Org | Label::Norp))
        {
            let cluster = entity.cluster;
            return Some(Speaker { mention: Span::new(entity.start, entity.end), cluster });
        }
        if let Some((_, gender)) = PRONOUNS.iter().find(|(p, _)| *p == word) {
            let cluster = match word {
                "he" | "she" => self.resolve_pronoun(*gender, token.start),
                _ => None,
            };
            return Some(Speaker { mention: token.span(), cluster });
        }
        // "the minister", "the company's spokeswoman", "officials"
        if ROLE_NOUNS.contains(&word) {
            let determiner = (at.saturating_sub(3)..at)
                .rev()
                .find(|&k| matches!(sentence.words[k].as_str(), "the" | "a" | "an"));
            let first = determiner.unwrap_or(at);
            let definite = determiner.is_some_and(|k| sentence.words[k] == "the");
            let cluster = self
                .titles
                .iter()
                .enumerate()
                .rev()
                .find(|(_, titles)| titles.iter().any(|t| t == word))
                .map(|(id, _)| id)
                .filter(|_| definite);
            return Some(Speaker { mention: Span::new(sentence.tokens[first].start, token.end), cluster });
        }
        None
    }

    /// The most recent subject whose gender does not contradict the pronoun's, else the most
    /// recent such person mentioned before `before`.
    fn resolve_pronoun(&self, gender: Option<Gender>, before: usize) -> Option<usize> {
        let compatible = |id: usize| {
            self.clusters.get(id).is_some_and(|c| c.label == Label::Per)
                && (gender.is_none() || self.genders[id].is_none() || self.genders[id] == gender)
        };
        // Looking back a few hundred entities is plenty, and keeps hostile input linear.
        let mentioned = self.entities[..self.entities.partition_point(|e| e.start < before)]
            .iter()
            .rev()
            .take(300)
            .filter(|e| e.label == Label::Per)
            .filter_map(|e| e.cluster);
        self.subjects
            .iter()
            .rev()
            .copied()
            .find(|&id| compatible(id))
            .or_else(|| mentioned.into_iter().find(|&id| compatible(id)))
    }

    /// The cue and speaker of a direct quote: after it ("…," he said / said Smith) or before
    /// it (Smith said: "…").
    fn around_quote(
        &mut self,
        sentence: &Sentence,
        opening: &Sentence,
        quote: Span,
    ) -> Option<(Range, Speaker, Span)> {
        let after = sentence.tokens.partition_point(|t| t.start < quote.end);
        for i in after..sentence.tokens.len().min(after + 24) {
            // The words of the next quote are not the reporter's.
            if is_opening_mark(&sentence.words[i]) {
                break;
            }
            // "called the plan “a disgrace” and said …": the second verb's words are its own;
            // so are a participle's ("… was “corrupt,” noting that …").
            // So are the words of a cue with a "that" clause ("…,” though, Lund said that …").
            if (i > 0 && sentence.words[i - 1] == "and")
                || sentence.words[i].ends_with("ing")
                || sentence.words.get(i + 1).is_some_and(|w| w == "that")
            {
                continue;
            }
            // "Waving signs calling him “a loser,” the crowd chanted “…”": a cue right before
            // the next quote introduces that one, not a quote inside the reporter's words.
            let introduces_next = |len: usize| {
                let next = match sentence.words.get(i + len).map(String::as_str) {
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
                        && (matches!(sentence.words[first - 1].as_str(), "and" | "but")
                            || SUBORDINATORS.contains(&sentence.words[first - 1].as_str()))
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
                            .is_some_and(|w| resumes_clause(w) && !matches!(w.as_str(), "and" | "but" | "or" | "so" | "yet"));
                    let last = (0..sentence.words.len())
                        .rev()
                        .find(|&k| !matches!(sentence.words[k].as_str(), "." | "!" | "?" | "," | ";" | ":"));
                    if let Some(last) = last.filter(|_| resumes) {
                        content.end = content.end.max(sentence.tokens[last].end);
                    }
                    return Some((self.direct_cue(sentence, i, len), self.remember(speaker), content));
                }
            }
        }
        let sentence = opening;
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
                    let content = match sentence.words[before - 1].as_str() {
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
                        _ if before == i + len && !NAMING_CUES.contains(&sentence.words[i].as_str()) => {
                            Span::new(quote.start, clause_after_quote(sentence, quote).max(quote.end))
                        }
                        _ => quote,
                    };
                    return Some((self.direct_cue(sentence, i, len), self.remember(speaker), content));
                }
            }
        }
        if !colon || before < 2 {
            return None;
        }
        // "The harbour master, Peter Novak: “…”": a name and a colon, the colon the cue.
        if let Some(speaker) = self.speaker_at(sentence, before - 2).filter(|s| s.cluster.is_some()) {
            let cue = self.direct_cue(sentence, before - 1, 1);
            return Some((cue, self.remember(speaker), quote));
        }
        // "Ruiz went even further: “…”", "Berg greets the crowd with a simple message: “…”": a
        // name opening the sentence or close to the colon, then words of its own up to the
        // colon; the verb after the name (or the few words up to the colon) is the cue.
        // The words that may be the verb, in text order: a few after the sentence's start, and
        // those within six tokens of the colon (read without a pass over the words between).
        let opening = 1..(before - 1).min(4);
        let near_colon = before.saturating_sub(6).max(4)..before - 1;
        let verb = opening.chain(near_colon).find(|&k| {
            self.speaker_at(sentence, k - 1).is_some_and(|s| s.cluster.is_some())
                && self.entity_at(&sentence.tokens[k]).is_none()
        })?;
        if sentence.words[verb..before - 1].iter().any(|w| matches!(w.as_str(), "." | "," | ";" | "?" | "!"))
        {
            return None;
        }
        let speaker = self.speaker_at(sentence, verb - 1)?;
        let len = if before - 1 - verb <= 4 { before - 1 - verb } else { 1 };
        let cue = self.direct_cue(sentence, verb, len);
        Some((cue, self.remember(speaker), quote))
    }

    /// The cue and, when it can be found, the speaker of a quote (of `words` words) with no
    /// attribution around it: a cue right before it, or before its comma or colon ("… and
    /// chanting “Save the pier!”"), or a sentence of its own after a comma or colon ending the
    /// reporter's words ("He jokes, “It never ends!”", "A memo makes that clear: “…”"), where
    /// the word before the mark is the cue.
    fn introduced(
        &mut self,
        text: &str,
        sentence: &Sentence,
        quote: Span,
        words: usize,
    ) -> Option<(Range, Option<Speaker>)> {
        let before = sentence.tokens.partition_point(|t| t.end <= quote.start);
        // "… holding signs and chanting “Save the pier!”": a cue right before the quote (or its
        // comma or colon) introduces it even when no speaker can be told.
        let mark_before = before > 0 && matches!(sentence.words[before - 1].as_str(), "," | ":");
        let cue_end = before - usize::from(mark_before);
        let direct_cue = (cue_end.saturating_sub(2)..cue_end).find(|&k| {
            is_cue(&sentence.words, k).is_some_and(|len| k + len == cue_end)
                && !NAMING_CUES.contains(&sentence.words[k].as_str())
                && !is_not_a_verb(&sentence.words, k)
                && !self.used_cues.contains(&sentence.tokens[k].start)
        });
        if let Some(k) = direct_cue {
            let len = cue_end - k;
            let speaker = self.cue_subject(sentence, k).map(|s| self.remember(s));
            return Some((self.direct_cue(sentence, k, len), speaker));
        }
        // "their chants of “Ruiz! Ruiz!”": the words called out; a possessive before the noun
        // names who called them.
        if before >= 2
            && sentence.words[before - 1] == "of"
            && CHANT_NOUNS.contains(&sentence.words[before - 2].as_str())
        {
            let noun = before - 2;
            let speaker = noun
                .checked_sub(1)
                .filter(|&k| matches!(sentence.words[k].as_str(), "their" | "his" | "her" | "its" | "our"))
                .and_then(|k| self.speaker_at(sentence, k))
                .map(|s| self.remember(s));
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
        let mark = matches!(sentence.words[before - 1].as_str(), "," | ":");
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
        let speaker = self.cue_subject(sentence, verb).map(|s| self.remember(s));
        Some((self.direct_cue(sentence, verb, 1), speaker))
    }

    /// "in Ruiz's words, “…”", "in the words of one aide, “…”": the cue ("in" or "in the words
    /// of") and whose words they are, for a quote after the comma at token `comma`. The owner
    /// is a pronoun ("in his words") or a phrase up to its possessive ("in Ruiz’s own words"),
    /// never "in other words".
    fn words_owner(&mut self, sentence: &Sentence, comma: usize) -> Option<(Range, Option<Speaker>)> {
        let words = &sentence.words;
        if words.get(comma).is_none_or(|w| w != ",") {
            return None;
        }
        let k = (comma.saturating_sub(10)..comma).rev().find(|&k| words[k] == "in")?;
        if words.get(k + 1..k + 4).is_some_and(|w| w == ["the", "words", "of"]) && k + 4 < comma {
            let speaker = self.speaker_at(sentence, k + 4).or_else(|| self.object_phrase(sentence, k + 4));
            let speaker = speaker.map(|s| self.remember(s));
            return Some((self.direct_cue(sentence, k, 4), speaker));
        }
        let possessive =
            (k + 2..comma.saturating_sub(1)).find(|&j| matches!(words[j].as_str(), "'s" | "’s" | "'" | "’"));
        let gender = match words[k + 1].as_str() {
            "his" => Some(Some(Gender::Male)),
            "her" => Some(Some(Gender::Female)),
            "their" => Some(None),
            _ => None,
        };
        if comma < k + 3 || words[comma - 1] != "words" || (gender.is_none() && possessive.is_none()) {
            return None;
        }
        let owner = match possessive {
            Some(end) => Speaker {
                mention: Span::new(sentence.tokens[k + 1].start, sentence.tokens[end - 1].end),
                cluster: None,
            },
            None => {
                let token = &sentence.tokens[k + 1];
                let cluster = gender.flatten().and_then(|g| self.resolve_pronoun(Some(g), token.start));
                Speaker { mention: token.span(), cluster }
            }
        };
        let speaker = self.speaker_at(sentence, k + 1).unwrap_or(owner);
        let speaker = self.remember(speaker);
        Some((self.direct_cue(sentence, k, 1), Some(speaker)))
    }

    fn cue_range(&self, sentence: &Sentence, i: usize, len: usize) -> Range {
        Range { start: sentence.tokens[i].start, end: sentence.tokens[i + len - 1].end }
    }

    /// The cue of a direct quote, remembered so that it introduces nothing else.
    fn direct_cue(&mut self, sentence: &Sentence, i: usize, len: usize) -> Range {
        let cue = self.cue_range(sentence, i, len);
        self.used_cues.insert(cue.start);
        cue
    }

    /// Records a resolved speaker as the latest subject.
    fn remember(&mut self, speaker: Speaker) -> Speaker {
        if let Some(id) = speaker.cluster {
            self.subjects.push(id);
        }
        speaker
    }

    /// The first reported speech in a sentence from token `from` on: "SPEAKER CUE (that)
    /// CONTENT" or "CONTENT, SPEAKER CUE", or "according to SPEAKER, CONTENT"; cues inside direct
    /// quotes do not count. Returns the quote and the token where the search may go on.
    fn reported(
        &mut self,
        sentence: &Sentence,
        quoted: &dyn Fn(usize) -> Option<usize>,
        from: usize,
    ) -> Option<(Quote, usize)> {
        let n = sentence.tokens.len();
        let end_of_content = |mut end: usize| {
            while end > 0 && matches!(sentence.words[end - 1].as_str(), "." | "!" | "?" | "," | ";" | ":") {
                end -= 1;
            }
            end
        };
        // "In a new Courier poll, 52 percent back the bridge": the source opens the sentence.
        if from == 0 {
            if let Some(found) = self.evidence_opening(sentence, quoted, end_of_content(n)) {
                return Some(found);
            }
        }
        for i in from..n {
            let Some(len) = is_cue(&sentence.words, i) else {
                continue;
            };
            if quoted(sentence.tokens[i].start).is_some()
                || self.used_cues.contains(&sentence.tokens[i].start)
                || QUOTE_ONLY_CUES.contains(&sentence.words[i].as_str())
                || is_not_a_verb(&sentence.words, i)
                || is_passive(&sentence.words, i)
            {
                continue;
            }
            let cue = self.cue_range(sentence, i, len);
            if sentence.words[i] == "according" {
                // "according to Smith, …" or "…, according to Smith."
                let Some(speaker) = self
                    .speaker_at(sentence, i + 2)
                    .or_else(|| self.speaker_at(sentence, i + 3))
                    .or_else(|| self.object_phrase(sentence, i + 2))
                else {
                    continue;
                };
                let (start, end) = if i == 0 || sentence.words[i - 1] != "," {
                    let Some(comma) = (i + 2..n).find(|&k| sentence.words[k] == ",") else {
                        continue;
                    };
                    (comma + 1, end_of_content(n))
                } else {
                    // "Among the projects at risk, according to Ms. Vance, are 16 bridges": the
                    // sentence goes on after the attribution, and all of it is the content.
                    // Not when the source has an apposition or a clause of its own ("…,
                    // according to the Pew Research Center, which …", "…, a pollster").
                    let resumes = (i + 2..n)
                        .find(|&k| sentence.words[k] == ",")
                        .filter(|&comma| comma + 1 < end_of_content(n))
                        .is_some_and(|comma| resumes_clause(&sentence.words[comma + 1]));
                    (0, if resumes { end_of_content(n) } else { i - 1 })
                };
                if let Some(quote) = self.reported_quote(sentence, start, end, cue, Some(speaker), quoted) {
                    return Some((quote, end.max(i + len)));
                }
                continue;
            }
            if let Some(question) = self.question_asked(sentence, i, &end_of_content) {
                let next = sentence.tokens.partition_point(|t| t.start < question.end);
                return Some((question, next.max(i + len)));
            }
            let subject = self.cue_subject(sentence, i).or_else(|| self.evidence_subject(sentence, i));
            // "…, said Mark Voss, a party chairman." : the content comes first, the speaker
            // after the cue.
            let inverted = i > 3
                && sentence.words[i - 1] == ","
                && !sentence.words[i].ends_with("ing")
                && !matches!(sentence.words.get(i + len).map(String::as_str), Some("that" | "on" | "in" | "to"))
                // "Smith, an economist, said …": the comma closes the subject's apposition.
                && subject.is_none();
            if inverted {
                if let Some(speaker) = self.speaker_after(sentence, i + len).filter(|s| {
                    // The speaker ends the sentence or starts an apposition.
                    let next = sentence.tokens.partition_point(|t| t.start < s.mention.end);
                    next >= end_of_content(n) || sentence.words[next] == ","
                }) {
                    if let Some(quote) = self.reported_quote(sentence, 0, i - 1, cue, Some(speaker), quoted) {
                        return Some((quote, i + len));
                    }
                    continue;
                }
            }
            // "…, the minister said." : the content comes first.
            let relative = relative_comma(sentence, i).is_some();
            // A cue with a "that" clause of its own reports a statement even when its speaker
            // cannot be told ("…, said in an interview with the Courier that …").
            // Not a participle, whose speaker is the subject of the main clause still to come
            // ("Admitting that …, Lund said …").
            let that_clause = (i + len..n.min(i + len + 10))
                .take_while(|&k| !matches!(sentence.words[k].as_str(), "." | ";" | ":" | "?" | "!"))
                .any(|k| sentence.words[k] == "that");
            // So does "say" after words of a subject we cannot tell ("… who marched on the
            // port say they …"), but not after a comma, where the speaker follows it ("…, said
            // one of the divers who …"), nor set off by commas ("by, say, ten votes").
            let after_subject = i > 0
                && is_wordlike(sentence.tokens[i - 1].kind)
                && sentence.words.get(i + len).is_some_and(|w| w != "," && w != ".");
            let says = matches!(sentence.words[i].as_str(), "say" | "says" | "said") && after_subject;
            let unnamed_statement = (that_clause || says) && !sentence.words[i].ends_with("ing");
            if subject.is_some() || unnamed_statement {
                let speaker = subject;
                let speaker_start = speaker
                    .as_ref()
                    .map_or(i, |s| sentence.tokens.partition_point(|t| t.start < s.mention.start));
                // The comma before the speaker, or before its article and titles ("…, the
                // ministry said", "…, Ms. Varga said", "…, Sen. Ruiz said").
                // Or before a few words that lead up to the name ("…, the news site Metro Daily
                // reported").
                let phrase_word = |k: usize| {
                    (is_wordlike(sentence.tokens[k].kind)
                        || matches!(sentence.words[k].as_str(), "'s" | "’s"))
                        && is_cue(&sentence.words, k).is_none()
                };
                let speaker_start = (speaker_start.saturating_sub(LEAD_UP)..speaker_start)
                    .rev()
                    .take_while(|&k| {
                        phrase_word(k)
                            // "…, a charge that party leaders denied": a relative clause.
                            && !matches!(sentence.words[k].as_str(), "that" | "which" | "who" | "whom")
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
                        Some(comma + 1).filter(|&role| DETERMINERS.contains(&sentence.words[role].as_str()))
                    }
                    None => Some(0).filter(|_| {
                        speaker_start <= 5
                            && matches!(sentence.words[0].as_str(), "its" | "his" | "her" | "their" | "our")
                    }),
                };
                let speaker_start = role_start
                    .filter(|&role| {
                        speaker_start > role + 1
                            && sentence.words[speaker_start - 1] == ","
                            && (role..speaker_start - 1).all(phrase_word)
                    })
                    .unwrap_or(speaker_start);
                let comma_before = speaker_start > 1 && sentence.words[speaker_start - 1] == ",";
                // "…, the ministry said on Wednesday, helped by …": what follows the cue is no clause.
                // After a hearer ("…, an official told the Courier.", "…, he told the court in
                // his filing.").
                let after_cue = if HEARER_CUES.contains(&sentence.words[i].as_str()) {
                    self.hearer_end(sentence, i + len)
                } else {
                    i + len
                };
                let tail = sentence.words.get(after_cue).map_or(".", String::as_str);
                // "reported at least six …" and "vowed to put …" open a clause.
                let next = sentence.words.get(after_cue + 1).map_or("", String::as_str);
                let adverbial = AFTER_CUE_ADVERBIALS.contains(&tail)
                    && !(tail == "at" && matches!(next, "least" | "most"))
                    && !(tail == "to" && self.is_infinitive(sentence, after_cue + 1));
                // "…, Coll said on Tuesday that …" has its clause after all.
                let no_clause_after = end_of_content(n) <= after_cue
                    || !that_clause && (matches!(tail, "," | ".") || adverbial);
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
                                    next.as_str(),
                                    "in" | "on"
                                        | "at"
                                        | "during"
                                        | "after"
                                        | "before"
                                        | "who"
                                        | "which"
                                        | "when"
                                )
                        });
                    let end = if resumes { end_of_content(n) } else { speaker_start - 1 };
                    if let Some(quote) = self.reported_quote(sentence, 0, end, cue, speaker, quoted) {
                        return Some((quote, end.max(i + len)));
                    }
                    continue;
                }
                // "SPEAKER CUE [object] (that) CONTENT"
                let mut start = i + len;
                if HEARER_CUES.contains(&sentence.words[i].as_str()) {
                    // "told reporters that …": the content starts at "that"; "urged the council
                    // to act" keeps the one urged.
                    let hearer_end = self.hearer_end(sentence, start);
                    let request = sentence.words.get(hearer_end).is_some_and(|w| w == "to")
                        && self.is_infinitive(sentence, hearer_end + 1);
                    if !request {
                        start = (start..n.min(start + 8))
                            .find(|&k| sentence.words[k] == "that")
                            .unwrap_or(hearer_end);
                    }
                }
                // "said — on the radio, as it happens — that …": an aside between dashes.
                if start < n && matches!(sentence.words[start].as_str(), "—" | "–" | "--") {
                    if let Some(dash) =
                        (start + 1..n.min(start + 12)).find(|&k| sentence.words[k] == sentence.words[start])
                    {
                        start = dash + 1;
                    }
                }
                // "said on Tuesday that …": the content starts after "that".
                if start < n && AFTER_CUE_ADVERBIALS.contains(&sentence.words[start].as_str()) {
                    if let Some(that) = (start..n.min(start + 12))
                        .take_while(|&k| sentence.words[k] != "." && is_cue(&sentence.words, k).is_none())
                        .find(|&k| sentence.words[k] == "that")
                    {
                        start = that;
                    }
                }
                // "joked about moving abroad": what is talked about, without "about".
                while start < n && matches!(sentence.words[start].as_str(), "," | ":" | "about") {
                    start += 1;
                }
                // The content keeps its "that", as news corpora mark it; the words after it
                // decide whether it is a quote.
                let first = start + usize::from(sentence.words.get(start).is_some_and(|w| w == "that"));
                // A relative clause, or a subordinate one ("While the mayor says …, residents
                // …"), ends at its closing comma.

                // Or the sentence opens with a subordinate or participle clause that holds the
                // cue ("Admitting that the mayor says odd things, Lund …").
                // (The sentence's first word is checked first, and only a clause within reach
                // is read, so that a long sentence is not read again for each of its cues.)
                let opening_clause = sentence.words.first().is_some_and(|w| {
                    SUBORDINATORS.contains(&w.as_str())
                        || (w.ends_with("ing") && is_cue(&sentence.words, 0).is_none())
                }) && speaker_start <= SUBJECT_REACH
                    && (0..speaker_start).all(|k| sentence.words[k] != ",");
                let subordinate = opening_clause
                    || (speaker_start > 0
                        && SUBORDINATORS.contains(&sentence.words[speaker_start - 1].as_str()));
                // A comma inside closing quotation marks ("… the “best record,” Lund …") keeps
                // the marks.
                // Boundaries are looked for within a window, so that a sentence with thousands of
                // cues is read in linear time; content runs on past it only in a sentence longer
                // than any in the news.
                let scan_end = n.min(start + MAX_CONTENT_WORDS);
                let closing_comma = (start..scan_end)
                    .find(|&k| sentence.words[k] == ",")
                    .filter(|_| relative || subordinate)
                    .map(|k| {
                        if sentence.words.get(k + 1).is_some_and(|w| is_closing_mark(w)) {
                            k + 2
                        } else {
                            k
                        }
                    });
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
                    let next = sentence.words.get(after).map_or("", String::as_str);
                    let attributes = sentence.words[k] == ","
                        && (((apposition || next.ends_with("ing"))
                            && is_cue(&sentence.words, after).is_some())
                            || (matches!(next, "who" | "whom" | "which")
                                && (after + 1..n.min(after + 5))
                                    .any(|c| is_cue(&sentence.words, c).is_some())));
                    // The content keeps the quotation marks it opened.
                    attributes.then_some(if marked { after } else { k })
                });
                // A quote that opens after a comma or colon and runs on past the sentence is a
                // statement of its own: the content stops before it.
                let sentence_end = sentence.tokens[n - 1].end;
                let runs_on = (start + 1..scan_end).find(|&k| {
                    matches!(sentence.words[k - 1].as_str(), "," | ":")
                        && quoted(sentence.tokens[k].start).is_some_and(|e| e > sentence_end)
                });
                // "…, and said …", "…, and more than four in ten said …", "… but noted …",
                // "…, while Cruz said …", "…; 26 percent say …", "… — the actress also noted …":
                // a second statement.
                let second_cue = (start + 1..scan_end.min(n - 1)).find(|&k| {
                    matches!(
                        sentence.words[k].as_str(),
                        "and" | "but" | "while" | "whereas" | ";" | "—" | "–" | "--"
                    ) && (k + 1..n.min(k + 11))
                        .take_while(|&c| {
                            is_wordlike(sentence.tokens[c].kind)
                                || matches!(sentence.words[c].as_str(), "," | "'s" | "’s")
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
                                    c + len >= end_of_content(n) || sentence.words[c + len] == ","
                                })
                        })
                });
                let end = [
                    closing_comma,
                    participle,
                    second_cue,
                    comparison,
                    attributed_after,
                    runs_on.map(end_of_content),
                ]
                .into_iter()
                .flatten()
                .min()
                .unwrap_or_else(|| end_of_content(n));
                if end <= first || quoted(sentence.tokens[first].start).is_some() {
                    continue;
                }
                // "shot back in a statement, saying …": a few words of time or place are no
                // statement (`start <= first < end` here).
                if end - start <= 4 && matches!(sentence.words[start].as_str(), "in" | "on" | "at" | "during")
                {
                    continue;
                }
                // A naming verb attributes only the words it quotes: "Smith called the plan
                // “a disgrace”", not "a group called Friends of the Harbour".
                if len == 1
                    && NAMING_CUES.contains(&sentence.words[i].as_str())
                    && !(start..end).any(|k| quoted(sentence.tokens[k].start).is_some())
                {
                    continue;
                }
                if let Some(mut quote) = self.reported_quote(sentence, start, end, cue, speaker, quoted) {
                    // "Murphy said the “train may have left the station. I don't want …”": a
                    // quote opened inside the content that runs past the sentence is part of it.
                    if let Some(quote_end) = (start..end).find_map(|k| quoted(sentence.tokens[k].start)) {
                        quote.end = quote.end.max(quote_end);
                    }
                    return Some((quote, end.max(i + len)));
                }
                continue;
            }
            // "Smith's statement said …" and other cues without a subject are left alone.
        }
        None
    }

    /// The poll, survey or report before an apposition that ends right before the evidence cue
    /// at token `i` ("A survey of 900 workers, carried out in May, shows …").
    fn evidence_subject(&self, sentence: &Sentence, i: usize) -> Option<Speaker> {
        let words = &sentence.words;
        if !EVIDENCE_CUES.contains(&words[i].as_str()) || words.get(i.checked_sub(1)?)? != "," {
            return None;
        }
        let source = (i.saturating_sub(16)..i)
            .rev()
            .find(|&k| EVIDENCE_SOURCES.binary_search(&words[k].as_str()).is_ok())?;
        let comma = (source..i).find(|&k| words[k] == ",")?;
        self.subject_phrase(sentence, comma)
    }

    /// The findings of a poll, survey or report named in a phrase that opens the sentence ("In
    /// a CBS News poll last month, Ruiz had a 10-point lead"): the phrase is the source, "In"
    /// the cue and the rest of the sentence, up to `end`, the content.
    fn evidence_opening(
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
        let names_evidence =
            phrase.clone().any(|k| EVIDENCE_SOURCES.binary_search(&sentence.words[k].as_str()).is_ok());
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
    fn question_asked(
        &self,
        sentence: &Sentence,
        i: usize,
        end_of_content: &dyn Fn(usize) -> usize,
    ) -> Option<Quote> {
        let words = &sentence.words;
        let passive =
            i == 0 || matches!(words[i - 1].as_str(), "when" | "was" | "were" | "being" | "after" | "if");
        if words[i] != "asked" || !passive {
            return None;
        }
        let n = words.len();
        // "Asked by Matt Lauer whether …", "Asked during a debate why …": a few words between.
        let question = (i + 1..n.min(i + 8))
            .take_while(|&k| is_wordlike(sentence.tokens[k].kind))
            .find(|&k| QUESTION_WORDS.contains(&words[k].as_str()))?;
        let start = question + usize::from(words[question] == "about");
        // The question runs to the comma before the one who answers ("Asked whether Ruiz, the
        // mayor, could win, Voss smiled"), else to the first comma.
        let commas = || (start..n).filter(|&k| words[k] == ",");
        let end = commas()
            .find(|&k| self.speaker_at(sentence, k + 1).is_some())
            .or_else(|| commas().next())
            .unwrap_or_else(|| end_of_content(n));
        let (first, last) = (sentence.tokens.get(start)?, sentence.tokens.get(end.checked_sub(1)?)?);
        // "Asked by Matt Lauer whether …": the one who asked is named.
        let asker = (words.get(i + 1)? == "by" && question > i + 2).then(|| Speaker {
            mention: Span::new(sentence.tokens[i + 2].start, sentence.tokens[question - 1].end),
            cluster: self.entity_at(&sentence.tokens[i + 2]).and_then(|e| e.cluster),
        });
        (start < end).then(|| Quote {
            kind: QuoteKind::Reported,
            start: first.start,
            end: last.end,
            cue: Some(self.cue_range(sentence, i, 1)),
            speaker: asker.as_ref().and_then(|a| a.cluster),
            speaker_mention: asker.map(|a| Range { start: a.mention.start, end: a.mention.end }),
        })
    }

    fn reported_quote(
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
        let speaker = speaker.map(|speaker| self.remember(speaker));
        let cue_word = sentence.words.get(sentence.tokens.partition_point(|t| t.start < cue.start));
        let kind = if cue_word.is_some_and(|w| POSITION_CUES.binary_search(&w.as_str()).is_ok()) {
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
            speaker_mention: speaker.map(|s| Range { start: s.mention.start, end: s.mention.end }),
        })
    }

    /// The words of a paragraph (or headline) `block` that opens with its speaker and a colon:
    /// a person or organisation, a name in capitals, or an interview's Q or A.
    fn labelled(&mut self, text: &str, sentence: &Sentence, block: Span, headline: bool) -> Option<Quote> {
        let colon = (1..sentence.words.len().min(5)).find(|&k| sentence.words[k] == ":")?;
        let label = Span::new(sentence.tokens[0].start, sentence.tokens[colon - 1].end);
        let raw = label.slice(text);
        // A headline's label is its source ("Kasich: …", "Clinton camp: …", "Poll: …") unless
        // it names the kind of piece ("Analysis: …", "The Latest: …") or is a kicker in capitals
        // ("FIX IS IN: …").
        let shouted = colon > 1 && raw.chars().all(|c| c.is_uppercase() || !c.is_alphabetic());
        let headline_source = headline
            && !shouted
            && raw.chars().next().is_some_and(char::is_uppercase)
            && (0..colon).all(|k| is_wordlike(sentence.tokens[k].kind))
            && !(0..colon).any(|k| NOT_HEADLINE_SOURCES.contains(&sentence.words[k].as_str()));
        let speaker = self
            .speaker_at(sentence, colon - 1)
            .filter(|s| s.mention.start <= label.start)
            .or_else(|| {
                let capitals = colon == 1
                    && raw.chars().filter(|c| c.is_alphabetic()).count() >= 2
                    && raw.chars().all(|c| c.is_uppercase() || !c.is_alphabetic());
                // A headline's label may end in a name ("Harbour master Lund: …").
                let cluster =
                    self.speaker_at(sentence, colon - 1).and_then(|s| s.cluster).filter(|_| headline_source);
                (capitals || headline_source || matches!(raw, "Q" | "A"))
                    .then_some(Speaker { mention: label, cluster })
            })?;
        let content = Span::new(sentence.tokens.get(colon + 1)?.start, block.end);
        if content.slice(text).split_whitespace().count() < 3 {
            return None;
        }
        let speaker = self.remember(speaker);
        let cue = sentence.tokens[colon].span();
        let opens_with_mark = content.slice(text).starts_with(['"', '“', '‘', '\'', '«', '„']);
        Some(Quote {
            kind: if opens_with_mark { QuoteKind::Direct } else { QuoteKind::Reported },
            start: content.start,
            end: content.end,
            cue: Some(Range { start: cue.start, end: cue.end }),
            speaker: speaker.cluster,
            speaker_mention: Some(Range { start: speaker.mention.start, end: speaker.mention.end }),
        })
    }

    /// A sentence that opens with a person makes that person the latest subject.
    fn note_subject(&mut self, sentence: &Sentence) {
        let opening = sentence.tokens.iter().take(4).find_map(|t| self.entity_at(t));
        if let Some(id) = opening.filter(|e| e.label == Label::Per).and_then(|e| e.cluster) {
            if self.subjects.last() != Some(&id) {
                self.subjects.push(id);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_cue_is_a_word() {
        let lists: [&[&str]; 5] = [CUES, POSITION_CUES, &THOUGHT_CUES, &EVIDENCE_CUES, &NAMING_CUES];
        for cue in lists.iter().flat_map(|list| list.iter()) {
            assert!(cue.starts_with(char::is_alphabetic), "{cue}");
        }
    }

    #[test]
    fn word_lists_are_sorted_for_binary_search() {
        let lists: [&[&str]; 5] = [CUES, POSITION_CUES, &THOUGHT_CUES, &EVIDENCE_SOURCES, &STATING_SUBJECTS];
        for list in lists {
            assert!(list.windows(2).all(|pair| pair[0] < pair[1]), "{list:?}");
        }
    }

    #[test]
    fn inner_quotes_pair_within_a_line_and_never_after_a_sentence_end() {
        fn spans(text: &str) -> Vec<(&str, bool)> {
            let mut paragraphs = Vec::new();
            let mut start = 0;
            for block in text.split("\n\n") {
                paragraphs.push(Span::new(start, start + block.len()));
                start += block.len() + 2;
            }
            quoted_spans(text, &paragraphs)
                .into_iter()
                .map(|(span, continues)| (span.slice(text), continues))
                .collect()
        }
        // Paired inner quotes in a quote left open: it runs on into the next paragraph.
        assert_eq!(
            spans("\"It is not about “Service” now. It is about money.\n\n\"Ask anyone.\""),
            [("\"It is not about “Service” now. It is about money.", false), ("\"Ask anyone.\"", true)]
        );
        // A doubled opening mark opens one quote.
        assert_eq!(spans("It reads: ““Terror is a threat.”"), [("“Terror is a threat.”", false)]);
        // A line that opens with a quotation mark opens no inner quote.
        assert_eq!(
            spans("“Rallies are outlets\n“Another side,” he said.\n\n“Then more.”"),
            [("“Rallies are outlets\n“", false), ("“Then more.”", false)]
        );
        // After a sentence's end, “ restarts a quote whose writer forgot to close the last one.
        assert_eq!(
            spans("“She said, ‘Hi.’ I froze. “And she said, ‘Go.’”\n\n“I left,” Ruiz said."),
            [("“She said, ‘Hi.’ I froze. “", false), ("‘Go.’", false), ("“I left,”", false)]
        );
    }

    #[test]
    fn a_clause_after_a_quote_ends_where_an_attribution_follows() {
        fn clause_end(text: &str) -> &str {
            let tokens = crate::tokenize::tokenize(text, 0..text.len());
            let sentence = Sentence::new(text, &tokens);
            let start = text.find('“').unwrap();
            let quote = Span::new(start, text.find('”').unwrap() + '”'.len_utf8());
            &text[quote.start..clause_after_quote(&sentence, quote)]
        }
        assert_eq!(
            clause_end("Ruiz says “the tide is turning” despite the loss."),
            "“the tide is turning” despite the loss"
        );
        assert_eq!(
            clause_end("Ruiz says “the tide is turning” she claimed on air."),
            "“the tide is turning”"
        );
    }
}
