//! Rules on top of the statistical tagger: nationalities, religious and political groups become
//! NORP (the tagger, trained on CoNLL, calls them MISC), and titles are kept out of names
//! ("Secretary of State Antony Blinken" → PER "Antony Blinken"; "ECB President Christine
//! Lagarde" → ORG "ECB" + PER "Christine Lagarde").
//!
//! ```
//! use article_annotator::entities::refine;
//! use article_annotator::Label;
//! let words = ["Turkish", "President", "Recep", "Tayyip", "Erdoğan"];
//! assert_eq!(refine(&words, 0, 5, Label::Per), vec![(0, 1, Label::Norp), (2, 5, Label::Per)]);
//! assert_eq!(refine(&words, 0, 1, Label::Misc), vec![(0, 1, Label::Norp)]);
//! ```

use rustc_hash::{FxHashMap, FxHashSet};

use crate::document::Label;
use crate::ner::tags::ENTITY_TYPES;
use crate::ner::{NerModel, Sentences, TaggedSpan, WordLists};
use crate::people::{is_person_noun, one_reading_per_person};
use crate::pronouns::name_gender;
use crate::timex::WEEKDAYS;
use crate::tokenize::lower_case;

/// Nationalities, peoples, religious and political groups (lower case; singular and plural).
#[rustfmt::skip]
const GROUPS: &[&str] = &[
    "afghan", "african", "albanian", "alawite", "algerian", "american", "arab", "argentine", "argentinian",
    "armenian", "asian", "australian", "austrian", "azerbaijani", "bahraini", "bangladeshi", "belarusian",
    "belgian", "bolivian", "bosnian", "brazilian", "brit", "british", "briton", "buddhist", "bulgarian",
    "burmese", "cambodian", "cameroonian", "canadian", "catholic", "chilean", "chinese", "christian",
    "colombian", "communist", "congolese", "conservative", "copt", "coptic", "croat", "croatian", "cuban",
    "cypriot", "czech", "danish", "democrat", "democratic", "druze", "dutch", "ecuadorian", "egyptian",
    "emirati", "english", "eritrean", "estonian", "ethiopian", "european", "evangelical", "filipino",
    "finnish", "french", "georgian", "german", "ghanaian", "greek", "guatemalan", "haitian", "hindu",
    "hispanic", "honduran", "hungarian", "icelandic", "indian", "indonesian", "iranian", "iraqi", "irish",
    "islamist", "israeli", "italian", "ivorian", "jamaican", "japanese", "jew", "jewish", "jordanian",
    "kazakh", "kenyan", "korean", "kosovar", "kurd", "kurdish", "kuwaiti", "kyrgyz", "latino", "latvian",
    "lebanese", "liberal", "liberian", "libyan", "lithuanian", "macedonian", "malaysian", "malian",
    "maltese", "maoist", "marxist", "mexican", "moldovan", "mongolian", "montenegrin", "mormon", "moroccan",
    "mozambican", "muslim", "namibian", "nazi", "nepalese", "nepali", "nigerian", "norwegian", "omani",
    "orthodox", "pakistani", "palestinian", "panamanian", "paraguayan", "pashtun", "persian", "peruvian",
    "polish", "portuguese", "protestant", "qatari", "republican", "romanian", "russian", "rwandan", "saudi",
    "scottish", "senegalese", "serb", "serbian", "shia", "shiite", "sikh", "singaporean", "slovak",
    "slovenian", "socialist", "somali", "spanish", "sri lankan", "sudanese", "sunni", "swedish", "swiss",
    "syrian", "taiwanese", "tajik", "tamil", "tanzanian", "thai", "tibetan", "tory", "tories", "tunisian",
    "turk", "turkish", "turkmen", "ugandan", "ukrainian", "uruguayan", "uzbek", "venezuelan", "vietnamese",
    "welsh", "yazidi", "yemeni", "zambian", "zimbabwean", "zionist", "new zealander", "south african",
    "south korean", "north korean", "latin american", "saudi arabian",
];

/// Words that stand before a name as a title or office, not as part of it.
#[rustfmt::skip]
const TITLES: &[&str] = &[
    "adm.", "ambassador", "archbishop", "cardinal", "ceo", "chairman", "chairwoman", "chancellor", "col.",
    "commissioner", "congressman", "congresswoman", "dr.", "emir", "envoy", "gen.", "gov.", "governor",
    "judge", "lt.", "mayor", "minister", "mr.", "mrs.", "ms.", "pope", "premier", "president", "prof.",
    "rabbi", "rep.", "secretary", "sen.", "senator", "sgt.", "sheikh", "sheriff", "spokesman",
    "spokeswoman",
];

/// Titles of two words whose second word alone is no title ("Attorney General", not "General
/// Motors"; "Chief Justice", not "Justice Department"): the first word, then the second.
const TWO_WORD_TITLES: &[(&str, &str)] = &[
    ("Attorney", "General"),
    ("Inspector", "General"),
    ("Solicitor", "General"),
    ("Surgeon", "General"),
    ("Postmaster", "General"),
    ("Chief", "Justice"),
    ("Associate", "Justice"),
];

/// Words that qualify a following title ("Foreign Minister", "Vice President").
#[rustfmt::skip]
const TITLE_QUALIFIERS: &[&str] = &[
    "acting", "defence", "defense", "deputy", "economy", "finance", "foreign", "former", "health",
    "interior", "justice", "prime", "state", "trade", "vice",
];

/// The kinds of body an organisation's name may end in before "for", "of" or "on" and the rest
/// of its name ("Centers for Disease Control", "Council for the Exploration of the Sea").
const ORGANISATION_HEADS: &[&str] = &[
    "agency",
    "alliance",
    "association",
    "board",
    "bureau",
    "center",
    "centers",
    "centre",
    "centres",
    "coalition",
    "commission",
    "committee",
    "council",
    "department",
    "federation",
    "foundation",
    "fund",
    "institute",
    "institutes",
    "ministry",
    "office",
    "organisation",
    "organization",
    "society",
    "union",
];

/// Words that make a capitalised phrase an organisation rather than a person.
const ORGANISATION_WORDS: &[&str] = &[
    "agency",
    "association",
    "bank",
    "commission",
    "committee",
    "company",
    "corp",
    "council",
    "court",
    "department",
    "group",
    "inc",
    "institute",
    "league",
    "ministry",
    "office",
    "party",
    "union",
    "university",
];

/// Whether a lower-case word names a kind of organisation ("party", "company", "ministry").
pub fn is_organisation_word(word: &str) -> bool {
    ORGANISATION_WORDS.contains(&word)
}

/// The group a word names, if it is one ("Turkish", "Kurds", "Republicans", "Sunni").
pub fn is_group(phrase: &str) -> bool {
    let lower = phrase.to_lowercase().replace('’', "'");
    let singular = lower.strip_suffix("s").filter(|s| GROUPS.contains(s));
    GROUPS.contains(&lower.as_str()) || singular.is_some() || lower == "tories"
}

/// Whether a word is a title or office ("President", "Minister", "Mr.").
pub fn is_title(word: &str) -> bool {
    TITLES.contains(&lower_case(word).as_ref())
}

/// Refines one tagged entity over `words[start..end]`: returns the mentions to keep, as token
/// ranges with labels (none, one or two).
pub fn refine(words: &[&str], start: usize, end: usize, label: Label) -> Vec<(usize, usize, Label)> {
    // "( born June 12": a name has a capital letter somewhere ("eBay" does; "born" does not).
    if !words[start..end].iter().any(|w| w.chars().any(char::is_uppercase)) {
        return Vec::new();
    }
    // "Said Anna Berg, who grew up nearby, …": a cue opening the sentence is no part of the name.
    if label == Label::Per
        && end - start >= 3
        && matches!(words[start], "Said" | "Says" | "Added" | "Asked" | "Wrote")
    {
        return refine(words, start + 1, end, label);
    }
    // "…, Ana Ruiz Says.": a headline's capitalised cue ends no name either.
    if label == Label::Per
        && end - start >= 2
        && matches!(
            words[end - 1],
            "Says" | "Said" | "Tells" | "Told" | "Asks" | "Asked" | "Writes" | "Wrote" | "Adds" | "Added"
        )
    {
        return refine(words, start, end - 1, label);
    }
    // "Dr. Lund stated:": a word in lower case or a colon, comma or semicolon ends no name.
    let stray = |word: &str| {
        matches!(word, ":" | ";" | ",")
            || (word.chars().all(char::is_lowercase) && word.chars().any(char::is_alphabetic))
    };
    if end - start >= 2 && stray(words[end - 1]) {
        return refine(words, start, end - 1, label);
    }
    // "The World Court Friday rejected …": a weekday after a name is the date of the news.
    let weekday = |word: &str| {
        word.chars().next().is_some_and(char::is_uppercase) && WEEKDAYS.contains(&lower_case(word).as_ref())
    };
    if matches!(label, Label::Per | Label::Org | Label::Loc) && end - start >= 2 && weekday(words[end - 1]) {
        return refine(words, start, end - 1, label);
    }
    let phrase = words[start..end].join(" ");
    if matches!(label, Label::Misc | Label::Org) && is_group(&phrase) {
        return vec![(start, end, Label::Norp)];
    }
    // "Democrat Hillary Clinton", "Ukrainian Olena Zelenska": a group word before a given name
    // describes the person, who starts at the given name.
    if matches!(label, Label::Per | Label::Org | Label::Misc)
        && end - start >= 3
        && is_group(words[start])
        && name_gender(&lower_case(words[start + 1])).is_some()
    {
        return vec![(start, start + 1, Label::Norp), (start + 1, end, Label::Per)];
    }
    // "Billionaire Donald Trump", "Actress Emma Stone": a noun for a person before a given name
    // describes the person, who starts at the given name.
    if matches!(label, Label::Per | Label::Org | Label::Misc)
        && end - start >= 3
        && is_person_noun(&lower_case(words[start]))
        && name_gender(&lower_case(words[start + 1])).is_some()
    {
        return refine(words, start + 1, end, Label::Per);
    }
    // A title inside the mention splits it: what comes before names the office's country or
    // organisation, what comes after (capitalised) is the person.
    let title_word = |i: usize| {
        is_title(words[i])
            || (words[i] == "State" && i >= 2 && words[i - 2] == "Secretary" && words[i - 1] == "of")
            || (i > 0 && TWO_WORD_TITLES.contains(&(words[i - 1], words[i])))
    };
    let Some(title) = (start..end).find(|&i| title_word(i)) else { return vec![(start, end, label)] };
    let mut name_start = title;
    while name_start < end && (title_word(name_start) || matches!(words[name_start], "of" | "State")) {
        name_start += 1;
    }
    // "Senator Ana Ruiz of Ohio": the person's name ends before "of", and a few capitalised
    // words after it name the place.
    let of = (name_start..end).find(|&i| words[i] == "of");
    let place = of.map(|of| of + 1..end).filter(|rest| {
        (1..=3).contains(&rest.len())
            && words[rest.clone()].iter().all(|w| w.starts_with(char::is_uppercase))
            && !words[rest.clone()].iter().any(|w| ORGANISATION_WORDS.contains(&lower_case(w).as_ref()))
    });
    let name_end = of.unwrap_or(end);
    // The person after the title: a few capitalised words, none of them an organisation word.
    let name = &words[name_start..name_end];
    let person_like = name.len() <= 4
        && name.iter().all(|w| w.chars().next().is_some_and(char::is_uppercase))
        && !name.iter().any(|w| ORGANISATION_WORDS.contains(&lower_case(w.trim_end_matches('.')).as_ref()));
    if !person_like && label != Label::Per {
        return vec![(start, end, label)];
    }
    // "Foreign Minister", "Prime Minister", "Vice President": the qualifier is part of the title.
    let mut first_title = title;
    // ("Attorney General": the first word of a two-word title is part of it too.)
    let qualifies = |k: usize| {
        TITLE_QUALIFIERS.contains(&lower_case(words[k]).as_ref())
            || TWO_WORD_TITLES
                .iter()
                .any(|&(first, second)| words[k] == first && words.get(k + 1) == Some(&second))
    };
    while first_title > start && qualifies(first_title - 1) {
        first_title -= 1;
    }
    let mut mentions = Vec::new();
    if first_title > start {
        let before = words[start..first_title].join(" ");
        if is_group(&before) {
            mentions.push((start, first_title, Label::Norp));
        } else if label != Label::Per {
            mentions.push((start, first_title, label));
        }
    }
    if !name.is_empty() && person_like {
        mentions.push((name_start, name_end, Label::Per));
        if let Some(place) = place {
            mentions.push((place.start, place.end, Label::Loc));
        }
    }
    mentions
}

/// A sentence's mentions: each span the tagger found, refined by [`refine`], with its
/// confidence. Token ranges index `words`.
pub fn sentence_mentions(words: &[&str], tagged: &[TaggedSpan]) -> Vec<Mention> {
    let mut mentions = Vec::new();
    for span in tagged {
        let label = Label::parse(ENTITY_TYPES[usize::from(span.span.entity_type)]).unwrap_or(Label::Misc);
        for (start, end, label) in refine(words, span.span.start, span.span.end, label) {
            mentions.push((start, end, label, span.score));
        }
    }
    let mut covered = vec![false; words.len()];
    for &(start, end, _, _) in &mentions {
        covered[start..end].iter_mut().for_each(|c| *c = true);
    }
    let capitalised = |i: usize| words[i].chars().next().is_some_and(char::is_uppercase);
    for i in 0..words.len() {
        if covered[i] || !capitalised(i) {
            continue;
        }
        if is_group(words[i]) {
            // "Turkish President …": a capitalised demonym the tagger left out.
            mentions.push((i, i + 1, Label::Norp, RULE_SCORE));
            covered[i] = true;
        } else if i > 0 && is_title(words[i - 1]) && capitalised(i - 1) {
            // "President Erdoğan": capitalised words after a title name a person.
            let mut end = i;
            while end < words.len()
                && end < i + 4
                && !covered[end]
                && capitalised(end)
                && !is_title(words[end])
            {
                end += 1;
            }
            if end > i {
                mentions.push((i, end, Label::Per, RULE_SCORE));
                covered[i..end].iter_mut().for_each(|c| *c = true);
            }
        } else if let Some(label) = coordinated_label(words, &mentions, i) {
            // "the PKK and ISIS": an acronym coordinated with an organisation is one too.
            mentions.push((i, i + 1, label, RULE_SCORE));
            covered[i] = true;
        }
    }
    mentions.sort_by_key(|m| m.0);
    join_split_names(words, &mut mentions);
    name_mastheads(words, &mut mentions);
    mentions
}

/// The last words of newspapers' names.
const MASTHEADS: &[&str] = &[
    "bulletin",
    "chronicle",
    "courier",
    "dispatch",
    "examiner",
    "gazette",
    "globe",
    "guardian",
    "herald",
    "inquirer",
    "journal",
    "mirror",
    "observer",
    "post",
    "telegraph",
    "times",
    "tribune",
];

/// A newspaper is an organisation: a name followed by its masthead word ("the New Zealand
/// Herald", tagged as the place alone) takes it in, and a name ending in a masthead word after
/// "the" ("The Guardian", "the Harlan Herald") is an organisation whatever the tagger called it:
/// no person is "the Herald".
fn name_mastheads(words: &[&str], mentions: &mut [Mention]) {
    let masthead = |k: usize| {
        words
            .get(k)
            .is_some_and(|w| w.starts_with(char::is_uppercase) && MASTHEADS.contains(&lower_case(w).as_ref()))
    };
    for index in 0..mentions.len() {
        let (start, end, label, _) = mentions[index];
        let free = mentions.get(index + 1).is_none_or(|next| next.0 > end);
        if matches!(label, Label::Loc | Label::Misc | Label::Org) && free && masthead(end) {
            mentions[index].1 = end + 1;
            mentions[index].2 = Label::Org;
        } else if matches!(label, Label::Loc | Label::Misc | Label::Per)
            && masthead(end - 1)
            && start > 0
            && words[start - 1].eq_ignore_ascii_case("the")
        {
            mentions[index].2 = Label::Org;
        }
    }
}

/// Joins two mentions the tagger split inside one name, as CoNLL annotates them:
/// - a place right before an organisation, with nothing between ("U.S. Senate", "U.S. Centers
///   for Disease Control"): one organisation (in the CoNLL training data an organisation begins
///   with a place name 40 times for 5 where the two stand apart);
/// - two organisations or two other names joined by a possessive ("Pilgrim's Pride", "Moody's
///   Investors Service"): one name (17 times in the training data for 3 where they are two);
/// - an organisation that ends in its kind of body ("Council", "Centers", "Institute") and the
///   name that follows it after "for", "of" or "on" (and "the"): "International Council for the
///   Exploration of the Sea", "Centers for Disease Control and Prevention": one organisation.
///
/// Then a place or person whose name opens with a capitalised word and a lower-case particle
/// the tagger left out ("Dar es Salaam", "Rio de Janeiro", "Ludwig van Beethoven") takes them in.
fn join_split_names(words: &[&str], mentions: &mut Vec<Mention>) {
    let possessive = |i: usize| words.get(i).is_some_and(|w| matches!(*w, "'s" | "’s"));
    let body_ends = |end: usize| {
        words[..end]
            .last()
            .is_some_and(|w| ORGANISATION_HEADS.contains(&lower_case(w.trim_end_matches('.')).as_ref()))
    };
    // The words between an organisation's body and the rest of its name: "for", "of the", ….
    let linked = |end: usize, next: usize| match &words[end..next] {
        [link] => matches!(*link, "for" | "of" | "on"),
        [link, "the"] => matches!(*link, "for" | "of" | "on"),
        _ => false,
    };
    // In place: a mention either joins the last one kept or is kept after it.
    let mut kept = 0usize;
    for read in 0..mentions.len() {
        let mention = mentions[read];
        if let Some(last) = kept.checked_sub(1).map(|k| &mut mentions[k]) {
            let (start, end, label, score) = *last;
            let place_then_org = label == Label::Loc && mention.2 == Label::Org && end == mention.0;
            let possessive_name = label == mention.2
                && matches!(label, Label::Org | Label::Misc)
                && end + 1 == mention.0
                && possessive(end);
            let body_of = label == Label::Org
                && matches!(mention.2, Label::Org | Label::Misc | Label::Loc)
                && end < mention.0
                && body_ends(end)
                && linked(end, mention.0);
            if place_then_org || possessive_name || body_of {
                let joined = if body_of { Label::Org } else { mention.2 };
                *last = (start, mention.1, joined, score.min(mention.3));
                continue;
            }
        }
        mentions[kept] = mention;
        kept += 1;
    }
    mentions.truncate(kept);
    take_in_particles(words, mentions);
}

/// Lower-case particles inside place and person names.
const NAME_PARTICLES: &[&str] = &[
    "al", "bin", "da", "das", "de", "del", "der", "di", "dos", "du", "el", "es", "ibn", "la", "le", "van",
    "von",
];

/// Capitalised words that open a sentence without naming anything.
const OPENING_WORDS: &[&str] =
    &["A", "An", "And", "As", "At", "But", "By", "For", "If", "In", "On", "So", "The", "When"];

/// Extends each place or person mention leftwards over "<Capitalised> <particle>" that no other
/// mention holds ("Dar es Salaam").
fn take_in_particles(words: &[&str], mentions: &mut [Mention]) {
    let mut previous_end = 0;
    for mention in mentions.iter_mut() {
        let start = mention.0;
        if matches!(mention.2, Label::Loc | Label::Per) && start >= previous_end + 2 {
            let (head, particle) = (words[start - 2], words[start - 1]);
            if NAME_PARTICLES.contains(&particle)
                && head.chars().next().is_some_and(char::is_uppercase)
                && head.chars().all(char::is_alphabetic)
                && !is_title(head)
                && !(start == 2 && OPENING_WORDS.contains(&head))
            {
                mention.0 = start - 2;
            }
        }
        previous_end = mention.1;
    }
}

/// ORG when the all-capitals acronym at `i` is coordinated with an organisation that is
/// itself written with an acronym ("the PKK and ISIS", "(PKK) and ISIS", "ISIS and NATO").
fn coordinated_label(words: &[&str], mentions: &[Mention], i: usize) -> Option<Label> {
    let is_acronym = |w: &str| (2..=6).contains(&w.len()) && w.chars().all(|c| c.is_ascii_uppercase());
    if !is_acronym(words[i]) {
        return None;
    }
    let connective = |k: usize| matches!(words.get(k).copied(), Some("and" | "or" | ","));
    let organisations =
        || mentions.iter().filter(|m| m.2 == Label::Org && words[m.0..m.1].iter().any(|w| is_acronym(w)));
    let before = i >= 1
        && connective(i - 1)
        && organisations().any(|m| m.1 + 1 == i || (m.1 + 2 == i && words[m.1] == ")"));
    let after = connective(i + 1) && organisations().any(|m| m.0 == i + 2);
    (before || after).then_some(Label::Org)
}

/// Confidence given to mentions found by the rules rather than the tagger.
const RULE_SCORE: f32 = 0.6;

/// A mention: token range, label and confidence.
pub type Mention = (usize, usize, Label, f32);

/// How a sentence is written: in capitals, in headline Title Case, or plainly.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Casing {
    /// In capitals throughout ([`crate::ner::features::is_caps_sentence`]).
    Capitals,
    /// Three or more words of four letters or more, every one of them capitalised, and not in
    /// capitals throughout.
    TitleCase,
    /// Neither.
    Plain,
}

impl Casing {
    /// How `words` are written.
    fn of(words: &[&str]) -> Casing {
        if crate::ner::features::is_caps_sentence(words) {
            return Casing::Capitals;
        }
        let long = || words.iter().filter(|w| w.chars().count() >= 4 && w.chars().all(char::is_alphabetic));
        if long().count() >= 3 && long().all(|w| w.starts_with(char::is_uppercase)) {
            Casing::TitleCase
        } else {
            Casing::Plain
        }
    }
}

/// Makes headlines agree with the body. In a capitalised headline, a word or phrase that the
/// body names ("BLINKEN" for "Blinken") takes the body's label, and is added when the tagger
/// missed it. In a Title-Case headline, where every major word is capitalised, ordinary words
/// stuck to a name are cut off: a mention that runs past a name the body gives ("Wells Fargo
/// Fails" for "Wells Fargo") into words the body writes in lower case ends with that name, and
/// a mention made only of such words ("Calm Lawmakers") is no name.
pub fn harmonise_headlines<'t>(sentences: &dyn Sentences<'t>, mentions: &mut [Vec<Mention>]) {
    // Names in sentences not in capitals; names and lower-case words in plain sentences.
    let mut body: FxHashMap<String, Label> = FxHashMap::default();
    let mut plain_names: FxHashMap<String, Label> = FxHashMap::default();
    let mut lower_in_body: FxHashSet<String> = FxHashSet::default();
    // Each sentence's words are asked for once here; later passes ask again only for headlines.
    let mut casings = Vec::with_capacity(mentions.len());
    for (index, found) in mentions.iter().enumerate() {
        let words = sentences.words(index);
        let casing = Casing::of(&words);
        casings.push(casing);
        if casing == Casing::Capitals {
            continue;
        }
        let plain = casing == Casing::Plain;
        for &(start, end, label, _) in found {
            let mut name = |key: String| {
                if plain {
                    plain_names.entry(key.clone()).or_insert(label);
                }
                body.entry(key).or_insert(label);
            };
            name(words[start..end].join(" ").to_lowercase());
            if label == Label::Per && end - start > 1 {
                // "BLINKEN" for "Antony Blinken": a person's surname alone.
                name(words[end - 1].to_lowercase());
            }
        }
    }
    if body.is_empty() {
        return;
    }
    // The body's words in lower case matter only to a Title-Case headline.
    if casings.contains(&Casing::TitleCase) {
        for index in (0..mentions.len()).filter(|&index| casings[index] == Casing::Plain) {
            let words = sentences.words(index);
            for word in words.iter().skip(1).filter(|w| w.starts_with(char::is_lowercase)) {
                if !lower_in_body.contains(*word) {
                    lower_in_body.insert(word.to_string());
                }
            }
        }
    }
    for (index, found) in mentions.iter_mut().enumerate() {
        if casings[index] == Casing::TitleCase {
            trim_title_case(&sentences.words(index), found, &plain_names, &lower_in_body);
        }
    }
    for (index, found) in mentions.iter_mut().enumerate() {
        if casings[index] != Casing::Capitals {
            continue;
        }
        let words = sentences.words(index);
        let mut covered = vec![false; words.len()];
        for mention in found.iter_mut() {
            // Relabel only to PER: a surname in a headline is the body's person.
            if body.get(&words[mention.0..mention.1].join(" ").to_lowercase()) == Some(&Label::Per) {
                mention.2 = Label::Per;
            }
            covered[mention.0..mention.1].iter_mut().for_each(|c| *c = true);
        }
        let mut start = 0;
        while start < words.len() {
            let longest = (1..=4.min(words.len() - start)).rev().find(|&n| {
                !covered[start..start + n].contains(&true)
                    && body.contains_key(&words[start..start + n].join(" ").to_lowercase())
            });
            match longest {
                Some(n) => {
                    let label = body[&words[start..start + n].join(" ").to_lowercase()];
                    found.push((start, start + n, label, RULE_SCORE));
                    start += n;
                }
                None => start += 1,
            }
        }
        found.sort_by_key(|m| m.0);
    }
}

/// Cuts the ordinary words off the mentions of a Title-Case headline (see
/// [`harmonise_headlines`]).
fn trim_title_case(
    words: &[&str],
    found: &mut Vec<Mention>,
    body: &FxHashMap<String, Label>,
    lower_in_body: &FxHashSet<String>,
) {
    let ordinary = |word: &str| lower_in_body.contains(&*lower_case(word));
    let named = |start: usize, end: usize| body.get(&words[start..end].join(" ").to_lowercase()).copied();
    found.retain_mut(|mention| {
        let (start, end) = (mention.0, mention.1);
        if named(start, end).is_some() {
            return true;
        }
        if words[start..end].iter().all(|w| ordinary(w)) {
            return false;
        }
        // The ordinary words at the end, and a name of at most six words before them: each
        // mention costs time in proportion to its length.
        let tail = words[start..end].iter().rev().take_while(|w| ordinary(w)).count();
        let cut = (start + 1).max(end - tail)..end.min(start + 7);
        let cut = cut.rev().find(|&k| named(start, k).is_some());
        if let Some(k) = cut {
            *mention = (start, k, named(start, k).unwrap_or(mention.2), mention.3);
        }
        true
    });
}

/// The mentions the annotator finds in sentences given as words (as an evaluation corpus gives
/// them), sentence by sentence: the tagger, the rules and the headline harmonisation, without
/// the article parser.
pub fn word_mentions(model: &NerModel, words: &[Vec<&str>]) -> Vec<Vec<Mention>> {
    let mut mentions: Vec<Vec<Mention>> = words
        .iter()
        .zip(model.tag_document(&WordLists(words)))
        .map(|(sentence, tagged)| sentence_mentions(sentence, &tagged))
        .collect();
    harmonise_document(&WordLists(words), &mut mentions);
    mentions
}

/// The passes over a whole document's mentions after the tagger and the sentence rules: a
/// person keeps one reading ([`one_reading_per_person`]), then headlines follow the body
/// ([`harmonise_headlines`]).
pub fn harmonise_document<'t>(sentences: &dyn Sentences<'t>, mentions: &mut [Vec<Mention>]) {
    one_reading_per_person(sentences, mentions);
    harmonise_headlines(sentences, mentions);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refined(words: &[&str], label: Label) -> Vec<(String, Label)> {
        refine(words, 0, words.len(), label).into_iter().map(|(s, e, l)| (words[s..e].join(" "), l)).collect()
    }

    #[test]
    fn headlines_follow_the_body() {
        let sentences = vec![vec!["BLINKEN", "MEETS", "ERDOGAN"], vec!["Blinken", "met", "Erdogan", "."]];
        let mut mentions =
            vec![vec![(0, 1, Label::Org, 0.5)], vec![(0, 1, Label::Per, 0.9), (2, 3, Label::Per, 0.9)]];
        harmonise_headlines(&WordLists(&sentences), &mut mentions);
        assert_eq!(mentions[0], vec![(0, 1, Label::Per, 0.5), (2, 3, Label::Per, RULE_SCORE)]);
    }

    #[test]
    fn groups_become_norp() {
        for phrase in ["Turkish", "Syrians", "Kurds", "Sunni", "Republicans", "South African", "Muslims"] {
            let words: Vec<&str> = phrase.split(' ').collect();
            assert_eq!(refined(&words, Label::Misc), vec![(phrase.to_string(), Label::Norp)], "{phrase}");
        }
        assert_eq!(refined(&["Turkey"], Label::Loc), vec![("Turkey".to_string(), Label::Loc)]);
        assert_eq!(
            refined(&["Islamic", "State"], Label::Org),
            vec![("Islamic State".to_string(), Label::Org)]
        );
    }

    #[test]
    fn lower_case_words_and_colons_end_no_name() {
        assert_eq!(refined(&["Lund", "stated", ":"], Label::Per), vec![("Lund".to_string(), Label::Per)]);
        assert_eq!(refined(&["Ana", "Ruiz", "Says"], Label::Per), vec![("Ana Ruiz".to_string(), Label::Per)]);
        assert_eq!(
            refined(&["Bank", "of", "Oslo"], Label::Org),
            vec![("Bank of Oslo".to_string(), Label::Org)]
        );
    }

    #[test]
    fn secretary_of_state_before_the_mention_is_a_title() {
        let words = ["U.S.", "Secretary", "of", "State", "Antony", "Blinken", "said"];
        assert_eq!(refine(&words, 3, 6, Label::Loc), vec![(4, 6, Label::Per)]);
    }

    #[test]
    fn titles_stay_out_of_names() {
        type Case<'a> = (&'a [&'a str], Label, &'a [(&'a str, Label)]);
        let cases: &[Case] = &[
            (
                &["Secretary", "of", "State", "Antony", "Blinken"],
                Label::Per,
                &[("Antony Blinken", Label::Per)],
            ),
            (
                &["ECB", "President", "Christine", "Lagarde"],
                Label::Org,
                &[("ECB", Label::Org), ("Christine Lagarde", Label::Per)],
            ),
            (
                &["Turkish", "Foreign", "Minister", "Hakan", "Fidan"],
                Label::Org,
                &[("Turkish", Label::Norp), ("Hakan Fidan", Label::Per)],
            ),
            (&["Mr.", "Smith"], Label::Per, &[("Smith", Label::Per)]),
            (&["Secretary-General"], Label::Per, &[("Secretary-General", Label::Per)]),
        ];
        for (words, label, expected) in cases {
            let expected: Vec<(String, Label)> = expected.iter().map(|(t, l)| (t.to_string(), *l)).collect();
            assert_eq!(refined(words, *label), expected, "{words:?}");
        }
    }
}
