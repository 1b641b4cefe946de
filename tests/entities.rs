//! The shipped entity model: it reproduces its recorded dev F1, and it handles today's web news
//! (diacritics in either normalisation, acronyms, titles, possessives, apostrophes, NORP).
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

use article_annotator::eval::conll::conll_mentions;
use article_annotator::eval::conll::parse_conll;
use article_annotator::ner::train::score_documents;
use article_annotator::{annotate, Annotator, Label, Options};

fn mentions(text: &str) -> Vec<(Label, String)> {
    annotate(text, &Options::default()).entities.into_iter().map(|e| (e.label, e.text.into())).collect()
}

fn has(found: &[(Label, String)], label: Label, text: &str) -> bool {
    found.iter().any(|(l, t)| *l == label && t == text)
}

#[test]
fn shipped_model_reproduces_its_recorded_dev_f1() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let Ok(dev) = std::fs::read_to_string(root.join("../shared/data/conll2003/eng.testa")) else {
        eprintln!("skipped: ../shared/data/conll2003/eng.testa is absent");
        return;
    };
    let record: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(root.join("models/ner.json")).unwrap()).unwrap();
    let documents = parse_conll(&dev);
    let model = Annotator::new().model().clone();
    let predictions: Vec<_> = documents.iter().map(|d| conll_mentions(&model, d)).collect();
    let scores = score_documents(&documents, &predictions);
    assert_eq!(
        scores.f1,
        record["dev"]["f1"].as_f64().unwrap(),
        "dev F1 differs from models/ner.json: a new model, or rules that changed (then record `eval-ner --json` there)"
    );
    assert_eq!(model.feature_count() as u64, record["rows"].as_u64().unwrap());
}

#[test]
fn names_are_not_split_at_a_country_or_a_possessive() {
    for (text, name) in [
        ("The U.S. Senate voted on Monday.", "U.S. Senate"),
        (
            "The U.S. Centers for Disease Control and Prevention said cases rose.",
            "U.S. Centers for Disease Control and Prevention",
        ),
        ("Shares of Pilgrim’s Pride rose on Monday.", "Pilgrim’s Pride"),
        ("Moody's Investors Service lowered its rating.", "Moody's Investors Service"),
    ] {
        let found = mentions(text);
        assert!(has(&found, Label::Org, name), "{name}: {found:?}");
    }
    // A place and a person, or a company and a person, stay apart.
    let found = mentions("Britain’s Keir Starmer met Apple's Tim Cook in London.");
    assert!(has(&found, Label::Loc, "Britain") && has(&found, Label::Per, "Keir Starmer"), "{found:?}");
    assert!(has(&found, Label::Org, "Apple") && has(&found, Label::Per, "Tim Cook"), "{found:?}");
}

#[test]
fn newspapers_are_organisations() {
    // A place with its masthead word is one newspaper; a masthead after "the" is one too.
    let found = mentions("The Harlan Herald said the ferry would run. The Guardian reported the same.");
    assert!(has(&found, Label::Org, "Harlan Herald"), "{found:?}");
    assert!(has(&found, Label::Org, "Guardian"), "{found:?}");
    // The word alone, without "the" or a name, stays what it was ("Post" is no newspaper here).
    let found = mentions("Post offices in Harlan closed.");
    assert!(!found.iter().any(|(label, text)| *label == Label::Org && text.contains("Post")), "{found:?}");
}

#[test]
fn titles_are_not_part_of_names() {
    let found = mentions(
        "U.S. Secretary of State Antony Blinken met Turkish President Recep Tayyip Erdoğan in Ankara.",
    );
    assert!(has(&found, Label::Per, "Antony Blinken"), "{found:?}");
    assert!(has(&found, Label::Per, "Recep Tayyip Erdoğan"), "{found:?}");
    assert!(has(&found, Label::Norp, "Turkish"), "{found:?}");
    assert!(has(&found, Label::Loc, "Ankara"), "{found:?}");
    assert!(!found.iter().any(|(_, t)| t.contains("Secretary") || t.contains("President")), "{found:?}");
}

#[test]
fn two_word_titles_and_a_place_after_the_name() {
    let found = mentions(
        "Attorney General Dana Whitcomb met Chief Justice Omar Reyes and Sheriff Lena Brandt. \
         Senator Paul Okafor of Nevada said the bill would pass.",
    );
    for name in ["Dana Whitcomb", "Omar Reyes", "Lena Brandt", "Paul Okafor"] {
        assert!(has(&found, Label::Per, name), "{name}: {found:?}");
    }
    assert!(
        !found.iter().any(|(_, t)| ["Attorney", "General", "Justice", "Sheriff", "Senator"]
            .iter()
            .any(|w| t.contains(w))),
        "{found:?}"
    );
    // A noun for a person before a given name describes the person.
    let found = mentions("Billionaire Martin Ostrowski and Actress Lena Holt bought the club.");
    assert!(has(&found, Label::Per, "Martin Ostrowski"), "{found:?}");
    assert!(has(&found, Label::Per, "Lena Holt"), "{found:?}");
    // "General" and "Justice" alone are no titles: the company and the department keep them.
    let found = mentions("General Motors and the Justice Department declined to comment.");
    assert!(has(&found, Label::Org, "General Motors"), "{found:?}");
    assert!(has(&found, Label::Org, "Justice Department"), "{found:?}");
}

#[test]
fn diacritics_in_either_normalisation() {
    let composed = mentions("Talks between President Erdoğan and the minister ended in Ankara.");
    let decomposed = mentions("Talks between President Erdog\u{306}an and the minister ended in Ankara.");
    assert!(has(&composed, Label::Per, "Erdoğan"), "{composed:?}");
    assert!(has(&decomposed, Label::Per, "Erdog\u{306}an"), "{decomposed:?}");
}

#[test]
fn acronyms_possessives_and_apostrophes() {
    let found = mentions(
        "Turkey's government said the Kurdistan Workers' Party (PKK) and ISIS were threats, and NATO agreed.",
    );
    assert!(has(&found, Label::Loc, "Turkey"), "{found:?}");
    assert!(has(&found, Label::Org, "Kurdistan Workers' Party"), "{found:?}");
    for acronym in ["PKK", "ISIS", "NATO"] {
        assert!(has(&found, Label::Org, acronym), "{acronym}: {found:?}");
    }
}

#[test]
fn groups_come_out_as_norp() {
    let found =
        mentions("Syrian refugees, Kurds and Sunni leaders met Republicans and Democrats in Washington.");
    for group in ["Syrian", "Kurds", "Sunni", "Republicans"] {
        assert!(has(&found, Label::Norp, group), "{group}: {found:?}");
    }
}

#[test]
fn all_caps_headlines() {
    let found = mentions(
        "BLINKEN MEETS ERDOGAN IN ANKARA\n\nAntony Blinken met Recep Tayyip Erdogan in Ankara on Thursday.",
    );
    assert!(has(&found, Label::Loc, "ANKARA"), "{found:?}");
    assert!(found.iter().any(|(l, t)| *l == Label::Per && t == "BLINKEN"), "{found:?}");
}

#[test]
fn title_case_headlines_keep_ordinary_words_out_of_names() {
    let text = "Wells Fargo Fails to Calm Lawmakers as Donald Trump Claims Victory\n\n\
        Wells Fargo told angry lawmakers on Tuesday that it fails fewer customers now. The calm did \
        not last. Donald Trump, who claims the victory as his own, said the bank should pay.";
    let doc = annotate(text, &Options::default());
    let headline: Vec<(Label, &str)> =
        doc.entities.iter().filter(|e| e.end <= 67).map(|e| (e.label, &*e.text)).collect();
    assert_eq!(headline, [(Label::Org, "Wells Fargo"), (Label::Per, "Donald Trump")]);
}

#[test]
fn a_group_word_before_a_given_name_is_no_part_of_the_person() {
    let found = mentions("Democrat Hillary Clinton spoke in Ohio on Monday.");
    assert!(has(&found, Label::Norp, "Democrat") && has(&found, Label::Per, "Hillary Clinton"), "{found:?}");
}

#[test]
fn split_names_are_joined_at_particles_and_after_an_organisation_body() {
    let found = mentions("Embassies in Dar es Salaam and Nairobi were bombed.");
    assert!(has(&found, Label::Loc, "Dar es Salaam"), "{found:?}");
    let found =
        mentions("Scientists at the International Council for the Exploration of the Sea advised cuts.");
    assert!(has(&found, Label::Org, "International Council for the Exploration of the Sea"), "{found:?}");
    // A title before the particle stays out of the name.
    let found = mentions("Talks with President de Klerk resumed on Monday.");
    assert!(!found.iter().any(|(_, t)| t.starts_with("President")), "{found:?}");
}

#[test]
fn a_word_without_a_capital_is_no_name() {
    let found = mentions("Carter Beauford ( born November 2 , 1957 in Charlottesville ) is a drummer.");
    assert!(!found.iter().any(|(_, t)| t == "born"), "{found:?}");
    assert!(has(&found, Label::Per, "Carter Beauford"), "{found:?}");
}

#[test]
fn a_word_in_capitals_that_ends_a_name_is_no_date() {
    let doc = annotate("She told USA TODAY on Monday that the plan would pass.", &Options::default());
    assert!(!doc.entities.iter().any(|e| &*e.text == "TODAY"), "{:?}", doc.entities);
    assert!(doc.entities.iter().any(|e| e.label == Label::Date && &*e.text == "Monday"));
}

#[test]
fn nothing_inside_boilerplate() {
    let doc = annotate(
        "Blinken visited Ankara.\n\nShare Facebook Twitter WhatsApp Email Print Telegram\n",
        &Options::default(),
    );
    let boilerplate = doc.blocks.last().unwrap();
    assert!(doc.entities.iter().all(|e| e.end <= boilerplate.start));
}
