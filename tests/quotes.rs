//! Who said what, and which mentions name the same entity: the sample article from ../shared
//! (skipped when absent) and passages of our own covering each pattern and trap.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

use article_annotator::{annotate, Document, Label, Options, QuoteKind};

mod common;

/// Each quote as (kind, content, cue, speaker's cluster name, speaker mention).
fn quotes(doc: &Document) -> Vec<(QuoteKind, &str, &str, Option<&str>, &str)> {
    let slice = |range: Option<article_annotator::Range>| range.map_or("", |r| &doc.text[r.start..r.end]);
    doc.quotes
        .iter()
        .map(|q| {
            (
                q.kind,
                &doc.text[q.start..q.end],
                slice(q.cue),
                q.speaker.map(|s| doc.clusters[s].name.as_str()),
                slice(q.speaker_mention),
            )
        })
        .collect()
}

fn speakers(text: &str) -> Vec<Option<String>> {
    let doc = annotate(text, &Options::default());
    quotes(&doc).into_iter().map(|q| q.3.map(str::to_string)).collect()
}

fn cluster_of(doc: &Document, mention: &str) -> Vec<Option<usize>> {
    doc.entities
        .iter()
        .filter(|e| e.text.trim_end_matches("'s") == mention)
        .map(|e| e.cluster_index())
        .collect()
}

#[test]
fn seed_article_speakers_clusters_and_salience() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/samples/seed-article.txt");
    let Ok(text) = std::fs::read_to_string(&path) else {
        eprintln!("skipped: {} is absent", path.display());
        return;
    };
    let doc = annotate(&text, &Options::default());
    let mut ranked: Vec<_> = doc.clusters.iter().collect();
    ranked.sort_by(|a, b| b.salience.total_cmp(&a.salience));
    // The sample spells Erdoğan with a combining breve (g + U+0306).
    let top: Vec<&str> = ranked.iter().take(2).map(|c| c.name.as_str()).collect();
    assert_eq!(top, ["Antony Blinken", "Recep Tayyip Erdog\u{306}an"]);
    let blinken = ranked[0].id;
    let erdogan = ranked[1].id;
    for entity in doc.entities.iter().filter(|e| e.label == Label::Per) {
        let expected = if entity.text.contains("Blinken") { blinken } else { erdogan };
        assert_eq!(entity.cluster_index(), Some(expected), "{}", entity.text);
    }
    let pkk = cluster_of(&doc, "PKK");
    assert!(pkk.iter().all(|c| *c == pkk[0]));
    assert_eq!(cluster_of(&doc, "Kurdistan Workers' Party"), [pkk[0]]);
    // Every attribution in the body, in order, with its speaker.
    let expected = [
        ("emphasized", Some("Antony Blinken")),
        ("highlighted", Some("Antony Blinken")),
        ("stressed", Some("Antony Blinken")),
        ("reiterated", Some("Antony Blinken")),
        ("reaffirmed", Some("Recep Tayyip Erdog\u{306}an")),
        ("stated", Some("Recep Tayyip Erdog\u{306}an")),
        ("emphasized", Some("Recep Tayyip Erdog\u{306}an")),
        ("called for", Some("Recep Tayyip Erdog\u{306}an")),
        ("expressed", Some("Antony Blinken")),
        // "… expressed concern about … and reiterated that …": two statements.
        ("reiterated", Some("Antony Blinken")),
        // "both leaders agreed on …": a position the two take together, so no single speaker.
        ("agreed", None),
        // "They" are both leaders: no single speaker, so unknown rather than a guess.
        ("emphasized", None),
    ];
    let found: Vec<(&str, Option<&str>)> = quotes(&doc).iter().map(|q| (q.2, q.3)).collect();
    assert_eq!(found, expected);
    // Demonyms relate to their country without joining it.
    let turkish = cluster_of(&doc, "Turkish")[0].unwrap();
    let turkey = cluster_of(&doc, "Turkey")[0].unwrap();
    assert_ne!(turkish, turkey);
    assert!(doc.clusters[turkish].related.contains(&turkey));
}

#[test]
fn direct_quotes_in_every_kind_of_mark() {
    let cases = [
        ("Maria Lopez spoke in Madrid. \"We will not give up,\" she said.", "\"We will not give up,\""),
        ("“The plan works,” said John Smith, an economist at the bank.", "“The plan works,”"),
        ("‘It is a good day,’ said Harriet Jones in London.", "‘It is a good day,’"),
        ("«Nous resterons,» said Emmanuel Macron at the summit.", "«Nous resterons,»"),
    ];
    for (text, content) in cases {
        let doc = annotate(text, &Options::default());
        let found = quotes(&doc);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert_eq!((found[0].0, found[0].1), (QuoteKind::Direct, content), "{text}");
        assert!(found[0].3.is_some(), "{text}: {found:?}");
    }
}

#[test]
fn quotes_across_sentences_and_paragraphs() {
    let text = "Peter Novak opened the meeting.\n\n\
        \"We came to listen. We will stay as long as it takes,\" he said.\n\n\
        \"First, the roads must be rebuilt.\n\n\
        \"Then the schools,\" Novak added.";
    let doc = annotate(text, &Options::default());
    let found = quotes(&doc);
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[0].1, "\"We came to listen. We will stay as long as it takes,\"");
    assert!(found.iter().all(|q| q.3 == Some("Peter Novak")), "{found:?}");
    // The unclosed quote carried on by the next paragraph's opening mark is one quote.
    assert_eq!(found[1].1, "\"First, the roads must be rebuilt.\n\n\"Then the schools,\"");
    assert_eq!(found[1].2, "added");
}

#[test]
fn reported_speech_with_and_without_that() {
    // The content keeps its "that", as news corpora such as PolNeAR mark it.
    let doc = annotate(
        "Foreign Minister Jane Doe said that the talks had failed. Robert King told reporters the border would reopen.",
        &Options::default(),
    );
    let found = quotes(&doc);
    assert_eq!(
        found[0],
        (QuoteKind::Reported, "that the talks had failed", "said", Some("Jane Doe"), "Jane Doe")
    );
    assert_eq!(found[1].1, "the border would reopen");
    assert_eq!(found[1].3, Some("Robert King"));
}

#[test]
fn cue_after_the_content_and_according_to() {
    let doc = annotate(
        "Foreign Minister Jane Doe arrived on Monday. The talks have failed, the minister said. \
         According to the World Bank, growth will slow.",
        &Options::default(),
    );
    let found = quotes(&doc);
    assert_eq!(found[0].1, "The talks have failed");
    assert_eq!((found[0].3, found[0].4), (Some("Jane Doe"), "the minister"));
    assert_eq!(found[1].1, "growth will slow");
    assert_eq!((found[1].2, found[1].3), ("According to", Some("World Bank")));
}

#[test]
fn who_clauses_and_two_speakers_in_one_paragraph() {
    let doc = annotate(
        "Anna Berg, who leads the union, said the strike would go on. \
         Mark Olsen said the company would not pay.",
        &Options::default(),
    );
    let names: Vec<Option<&str>> = quotes(&doc).iter().map(|q| q.3).collect();
    assert_eq!(names, [Some("Anna Berg"), Some("Mark Olsen")]);
}

#[test]
fn pronouns_need_the_right_gender_and_number() {
    // The nearest name is John Smith; "she" can only be Maria Lopez.
    assert_eq!(
        speakers("John Smith met Maria Lopez in Rome. She said the visit was useful."),
        [Some("Maria Lopez".to_string())]
    );
    assert_eq!(
        speakers("Maria Lopez met John Smith in Rome. He said the visit was useful."),
        [Some("John Smith".to_string())]
    );
    // "They" is not one person: unknown.
    assert_eq!(speakers("John Smith met Maria Lopez in Rome. They said the visit was useful."), [None]);
}

#[test]
fn he_said_after_a_long_quote_and_quotes_inside_quotes() {
    let doc = annotate(
        "Ahmed Khan spoke at length. \"When I arrived there were no schools, no clinics and no roads, \
         and the people told me 'never again' every single day of that long winter,\" he said.",
        &Options::default(),
    );
    let found = quotes(&doc);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].1.contains("'never again'"));
    assert_eq!((found[0].2, found[0].3, found[0].4), ("said", Some("Ahmed Khan"), "he"));
}

#[test]
fn scare_quotes_are_not_speech_and_unattributed_quotes_have_no_speaker() {
    assert!(annotate("The so-called \"reform\" cut pensions.", &Options::default()).quotes.is_empty());
    // A phrase quoted inside the reporter's own sentence, said by nobody, is no quote.
    let doc = annotate(
        "The shop kept its \"closed until further notice because of the flood\" sign up for a year.",
        &Options::default(),
    );
    assert!(doc.quotes.is_empty(), "{:?}", quotes(&doc));
    // A quoted sentence of its own keeps its place, with no speaker invented for it.
    let doc = annotate(
        "The clinic stood empty. \"Closed until further notice because of the flood.\" Nobody came.",
        &Options::default(),
    );
    let found = quotes(&doc);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!((found[0].3, found[0].4), (None, ""));
}

#[test]
fn names_acronyms_and_titles_join_their_clusters() {
    let doc = annotate(
        "Turkish President Recep Tayyip Erdoğan met NATO officials. President Erdoğan spoke first. \
         The Kurdistan Workers' Party (PKK) was discussed; later the PKK issued a statement. \
         The European Central Bank raised rates, and the ECB will meet again in March.",
        &Options::default(),
    );
    let erdogan = cluster_of(&doc, "Recep Tayyip Erdoğan");
    assert_eq!(cluster_of(&doc, "Erdoğan"), erdogan);
    let pkk = cluster_of(&doc, "PKK");
    assert_eq!(pkk.len(), 2);
    assert!(pkk.iter().all(|c| *c == cluster_of(&doc, "Kurdistan Workers' Party")[0]));
    assert_eq!(cluster_of(&doc, "ECB"), cluster_of(&doc, "European Central Bank"));
    // Either order of name and acronym.
    let doc = annotate("The PKK (Kurdistan Workers' Party) denied it.", &Options::default());
    assert_eq!(cluster_of(&doc, "PKK"), cluster_of(&doc, "Kurdistan Workers' Party"));
}

#[test]
fn eval_speakers_scores_gum_speakers_and_subject_pronouns() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/gum");
    if !dir.exists() {
        eprintln!("skipped: {} is absent", dir.display());
        return;
    }
    let summary = common::json_summary(&["eval-speakers", dir.to_str().unwrap()]);
    let count = |counts: &serde_json::Value, key: &str| counts[key].as_u64().unwrap() as f64;
    let (pronoun, role) = (&summary["speakers"]["pronoun"], &summary["speakers"]["role"]);
    let pronoun_and_role =
        (count(pronoun, "right") + count(role, "right")) / (count(pronoun, "quotes") + count(role, "quotes"));
    let subject = &summary["subject_pronouns"]["singular"];
    // Floors under the figures the README reports (0.678 and 0.848), to catch regressions.
    assert!(pronoun_and_role >= 0.67, "{summary}");
    assert!(count(subject, "right") / count(subject, "quotes") >= 0.83, "{summary}");
}

#[test]
fn eval_quotes_scores_polnear_and_writes_brat() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/polnear/dev");
    if !dir.exists() {
        eprintln!("skipped: {} is absent", dir.display());
        return;
    }
    let out = std::env::temp_dir().join(format!("quote-predictions-{}", std::process::id()));
    let summary = common::run_evaluation(
        &["eval-quotes", dir.to_str().unwrap()],
        &out,
        &["partial", "strict", "direct_partial", "direct_strict"],
    );
    // The floors the speaker issue holds us to (direct partial 0.9007, source 0.9346 now), and
    // one under the partial F1 (0.6574).
    assert!(summary["direct_partial"]["f1"].as_f64().unwrap() >= 0.90, "{summary}");
    assert!(summary["partial"]["f1"].as_f64().unwrap() >= 0.65, "{summary}");
    assert!(summary["source_accuracy"].as_f64().unwrap() >= 0.91, "{summary}");
    // Our attributions read back as brat standoff, one file per article.
    let written: Vec<_> = std::fs::read_dir(&out).unwrap().filter_map(Result::ok).collect();
    assert_eq!(written.len(), 84);
    let total: usize = written
        .iter()
        .map(|f| {
            article_annotator::eval::polnear::read_attributions(&std::fs::read_to_string(f.path()).unwrap())
                .len()
        })
        .sum();
    assert!(total > 500, "{total}");
    std::fs::remove_dir_all(out).unwrap();
}

#[test]
fn doubled_apostrophes_long_attributions_and_mixed_quotes() {
    // Two apostrophes are a double quotation mark, as some archives write them.
    let doc = annotate("''We will reopen the mill by spring,'' Maria Lopes said.", &Options::default());
    let found = quotes(&doc);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].1, "''We will reopen the mill by spring,''");
    assert_eq!(found[0].3, Some("Maria Lopes"));
    // A quote carried on after a long attribution is one statement.
    let doc = annotate(
        "\"The harbour needs dredging,\" Maria Lopes said on Tuesday at a meeting of the port council in Faro. \
         \"Without it, the big ships will go elsewhere.\"",
        &Options::default(),
    );
    let found = quotes(&doc);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].1.ends_with("go elsewhere.\""), "{found:?}");
    // Quoted words that finish the reporter's sentence: the whole sentence is attributed, as
    // reported speech.
    let doc = annotate(
        "The new budget is \"a betrayal of every family in this town,\" Maria Lopes said.",
        &Options::default(),
    );
    let found = quotes(&doc);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, QuoteKind::Reported);
    assert!(found[0].1.starts_with("The new budget is"), "{found:?}");
    // Symbols and emoji between a quote and its attribution are not words of it.
    let doc = annotate("Maria Lopes smiled. \"We stay,\" 🎉 \u{fffd} she said.", &Options::default());
    let found = quotes(&doc);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].1, "\"We stay,\"");
}

#[test]
fn unnamed_speakers_are_their_noun_phrase() {
    let doc = annotate(
        "A spokesman for the port authority said the cranes would be replaced next year.",
        &Options::default(),
    );
    let found = quotes(&doc);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].1, "the cranes would be replaced next year");
    assert_eq!((found[0].3, found[0].4), (None, "A spokesman for the port authority"));
    let doc = annotate(
        "Turnout fell to 40 percent, according to a count by the electoral commission.",
        &Options::default(),
    );
    let found = quotes(&doc);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].1, "Turnout fell to 40 percent");
    assert_eq!(found[0].4, "a count by the electoral commission");
}

/// A quote as [`quotes`] gives it: kind, content, cue, speaker's cluster name, mention.
type Found<'a> = (QuoteKind, &'a str, &'a str, Option<&'a str>, &'a str);

/// Annotates `text`, checks that it holds exactly `count` quotes and hands them to `check`.
fn expect_quotes(text: &str, count: usize, check: impl FnOnce(&[Found<'_>])) {
    let doc = annotate(text, &Options::default());
    let found = quotes(&doc);
    assert_eq!(found.len(), count, "{text}: {found:?}");
    check(&found);
}

#[test]
fn a_quote_of_several_sentences_keeps_the_cue_that_opens_it() {
    let text = "The works began in May. Anna Berg said: \"They want more housing. They want it now. \
                Nobody will say otherwise.\"";
    expect_quotes(text, 1, |q| {
        assert_eq!((q[0].0, q[0].2, q[0].4), (QuoteKind::Direct, "said", "Anna Berg"));
        assert!(q[0].1.ends_with("otherwise.\""));
    });
    // The attribution may open the next sentence: "“…?” Voss said of the plan."
    let text = "The council met on Monday. \"Who do they think they are?\" Mark Voss said of the builders.";
    expect_quotes(text, 1, |q| {
        assert_eq!((q[0].1, q[0].2, q[0].4), ("\"Who do they think they are?\"", "said", "Mark Voss"));
    });
}

#[test]
fn a_name_with_an_emphatic_reflexive_is_the_speaker() {
    let text = "Rita Okoye opened the bar on Monday. Rita Okoye herself said the drink was a fine joke.";
    expect_quotes(text, 1, |q| {
        assert_eq!(
            (q[0].1, q[0].3, q[0].4),
            ("the drink was a fine joke", Some("Rita Okoye"), "Rita Okoye herself")
        )
    });
}

#[test]
fn an_it_that_speaks_is_the_organisation_named_just_before() {
    let text =
        "Harlan Air cut its forecast for the year on Tuesday. It said fuel costs had doubled since March.";
    expect_quotes(text, 1, |q| assert_eq!((q[0].3, q[0].4), (Some("Harlan Air"), "It")));
    // A person named in between: "it" is not theirs, and no organisation is guessed.
    let text = "Harlan Air cut its forecast. Maria Lopez joined the board on Friday. It said the plan \
                would fail.";
    expect_quotes(text, 1, |q| assert_eq!((q[0].3, q[0].4), (None, "It")));
    // The body named before its kind: "the Harlan Air company said".
    let text = "The Harlan Air company said fares would rise.";
    expect_quotes(text, 1, |q| assert_eq!((q[0].3, q[0].4), (Some("Harlan Air"), "The Harlan Air company")));
}

#[test]
fn a_time_and_place_alone_after_a_cue_is_no_statement() {
    expect_quotes("Ruiz wrote in the Courier on Friday.", 0, |_| {});
    expect_quotes("Ruiz wrote in the Courier on Friday that the pier was unsafe.", 1, |q| {
        assert_eq!(q[0].1, "that the pier was unsafe")
    });
    expect_quotes("Ruiz wrote on Friday prices would rise.", 1, |q| {
        assert_eq!(q[0].1, "on Friday prices would rise")
    });
    // An infinitive is what was promised.
    expect_quotes("The mayor vowed to rebuild the pier.", 1, |q| assert_eq!(q[0].1, "to rebuild the pier"));
}

#[test]
fn interrupted_subordinate_and_participle_attributions() {
    let text = "A new contractor, he said, could finish the bridge by spring.";
    expect_quotes(text, 1, |q| assert_eq!((q[0].1, q[0].2), (text.trim_end_matches('.'), "said")));
    let text = "While the mayor says the works are on schedule, residents are not convinced.";
    expect_quotes(text, 1, |q| assert_eq!(q[0].1, "the works are on schedule"));
    let text = "Dana Holt said she saw no reason to change the route, telling the Gazette that “we keep \
                our promises.”";
    expect_quotes(text, 2, |q| {
        assert_eq!((q[0].1, q[0].4), ("she saw no reason to change the route", "Dana Holt"));
        assert_eq!(
            (q[1].0, q[1].1, q[1].2),
            (QuoteKind::Reported, "that “we keep our promises.”", "telling")
        );
        assert_eq!(q[1].3, Some("Dana Holt"));
    });
}

#[test]
fn speakers_after_titles_brackets_and_inverted_cues() {
    for (text, content, speaker) in [
        ("The new bridge was far too costly, Ms. Varga said.", "The new bridge was far too costly", "Varga"),
        (
            "Sen. Anna Berg (D-Ore.) said she will publish her records.",
            "she will publish her records",
            "Anna Berg",
        ),
        (
            "Housing costs drove voters to the polls, said Mark Voss, a party chairman.",
            "Housing costs drove voters to the polls",
            "Mark Voss",
        ),
        (
            "Another council member, Tom Ruiz, said he was only “mildly hopeful.”",
            "he was only “mildly hopeful.”",
            "Tom Ruiz",
        ),
        ("\"Roads matter a great deal,\" Kelly Osei said.", "\"Roads matter a great deal,\"", "Kelly Osei"),
    ] {
        expect_quotes(text, 1, |q| assert_eq!((q[0].1, q[0].4), (content, speaker), "{text}"));
    }
    let text = "Said Anna Berg, who grew up nearby, “We were all so proud of him.”";
    expect_quotes(text, 1, |q| assert_eq!(q[0].4, "Anna Berg"));
    let text = "The mayor toured the streets and later said, “We will rebuild every house.”";
    expect_quotes(text, 1, |q| assert_eq!(q[0].4, "The mayor"));
    let text = "Tom Ruiz went even further: “If the dam fails again, the valley is lost.”";
    expect_quotes(text, 1, |q| assert_eq!((q[0].2, q[0].3), ("went even further", Some("Tom Ruiz"))));
}

#[test]
fn mixed_marks_titles_and_findings() {
    // A straight mark closed by a curly one, then a second quote after the attribution.
    let text =
        "\"The crews have kept the roads open. And they're tired,” he continued. \"They need our thanks.\"";
    expect_quotes(text, 1, |q| {
        assert_eq!(q[0].2, "continued");
        assert!(q[0].1.ends_with("thanks.\""));
    });
    // The title of a show is not a quote.
    let text = "Speaking on ABC’s “Morning Roundup,” the mayor said the bridge would open in May.";
    expect_quotes(text, 1, |q| assert_eq!(q[0].1, "the bridge would open in May"));
    // What a poll found is attributed to the poll; what the police found is no statement.
    let text = "A new poll by the Gazette found that most readers back the bridge.";
    expect_quotes(text, 1, |q| assert_eq!((q[0].1, q[0].2), ("that most readers back the bridge", "found")));
    expect_quotes("The divers found a car in the river.", 0, |_| {});
}

#[test]
fn a_paragraph_ending_in_a_colon_introduces_the_next_quote() {
    let text =
        "The works council met on Friday.\n\nIts chair, Dr. Lena Ward, stated:\n\n\"The plant stays open. \
                Nobody will be laid off this year.\"";
    expect_quotes(text, 1, |q| {
        assert_eq!((q[0].0, q[0].2, q[0].3), (QuoteKind::Direct, "stated", Some("Lena Ward")));
    });
}

#[test]
fn statements_that_share_a_sentence_or_run_past_their_attribution() {
    // An auxiliary between the speaker and the cue; a second cue after "and" starts a second
    // statement; a relative clause that attributes ends the content.
    let text = "Lena Ortiz has said the ferry will run again. Tom Hale thanked the crew and said the \
                engines were sound. Ines Kroll said the divers were tired, whom she described as brave. Half of the crew said the \
                pay was fair, and a third said the hours were long.";
    expect_quotes(text, 6, |q| {
        assert_eq!((q[0].1, q[0].2, q[0].4), ("the ferry will run again", "said", "Lena Ortiz"));
        assert_eq!((q[1].1, q[1].2), ("the engines were sound", "said"));
        assert_eq!((q[2].1, q[2].4), ("the divers were tired", "Ines Kroll"));
        assert_eq!((q[3].1, q[3].2), ("as brave", "described"));
        assert_eq!((q[4].1, q[4].4), ("the pay was fair", "Half of the crew"));
        assert_eq!((q[5].1, q[5].4), ("the hours were long", "a third"));
    });
    // A quote introduced with a comma after a second cue is its own statement: the reported
    // speech before it ends where that attribution begins.
    let text = "Mayor Ruth Amsel urged the board to resign and said, \"The harbour deserves better.\"";
    expect_quotes(text, 2, |q| {
        assert_eq!((q[0].0, q[0].1), (QuoteKind::Reported, "the board to resign"));
        assert_eq!((q[1].0, q[1].1), (QuoteKind::Direct, "\"The harbour deserves better.\""));
    });
    // The speaker goes on into the next sentence's quote however long the attribution.
    let text = "\"The pay rise will help me with the rent,\" Ana Ruiz, who bakes bread in Fresno, said on a \
                call set up by the union, noting that prices rose. \"It would also let me save.\"";
    expect_quotes(text, 1, |q| {
        assert_eq!((q[0].0, q[0].2, q[0].4), (QuoteKind::Direct, "said", "Ana Ruiz"));
        assert!(q[0].1.ends_with("save.\""));
    });
    // Values in markup pasted with the text are no quotes, and do not pair with real marks.
    // A relative clause with an auxiliary ("who has criticised the plan,") ends at its comma.
    let text = "<post id=\"7\" author=\"@AdaKern\" date=\"2016-06-29\">Kern, who has criticised the plan, \
                said it would fail.";
    expect_quotes(text, 2, |q| {
        assert_eq!((q[0].1, q[0].2), ("the plan", "criticised"));
        assert_eq!((q[1].1, q[1].2, q[1].4), ("it would fail", "said", "Kern"));
    });
    // An attribution after a long apposition may open the next sentence.
    let text = "\"How are you today?\" Miller, a retired welder, said pleasantly.";
    expect_quotes(text, 1, |q| {
        assert_eq!((q[0].1, q[0].2, q[0].4), ("\"How are you today?\"", "said", "Miller"))
    });
}

#[test]
fn quotes_introduced_from_further_back() {
    // A cue with a long lead-in before the quote; a conjunction before the speaker.
    let text =
        "Said Dora Vance, who grew up with him in the neighbourhood, \"We were all so proud of him.\" \
                As one nurse told the Weekly, \"She wants to put fear in our hearts.\" Ruth Amsel wrote to \
                her 20,000 followers, \"It is time to end this for good.\"";
    expect_quotes(text, 3, |q| {
        assert_eq!((q[0].0, q[0].2, q[0].4), (QuoteKind::Direct, "Said", "Dora Vance"));
        assert_eq!((q[1].0, q[1].2, q[1].4), (QuoteKind::Direct, "told", "one nurse"));
        assert_eq!((q[2].0, q[2].2, q[2].4), (QuoteKind::Direct, "wrote", "Ruth Amsel"));
    });
    // A reply attributed after it is a statement of its own, not the question's continuation;
    // a participle after a quoted phrase starts an attribution rather than attributing it.
    let text = "\"Who will pay for it?\" Vance asked. \"The city!\" the crowd screamed back. Senator Ruiz \
                said the system was \"corrupt,\" noting that fines are rarely paid.";
    expect_quotes(text, 4, |q| {
        assert_eq!((q[0].1, q[0].2), ("\"Who will pay for it?\"", "asked"));
        assert_eq!((q[1].1, q[1].2, q[1].4), ("\"The city!\"", "screamed", "the crowd"));
        assert_eq!((q[2].0, q[2].1, q[2].2), (QuoteKind::Reported, "the system was \"corrupt,\"", "said"));
        assert_eq!((q[3].1, q[3].2), ("that fines are rarely paid", "noting"));
    });
}

#[test]
fn long_and_numeric_subjects() {
    // An apposition with a relative clause of its own; shares and counts of people polled.
    let text = "Rosa Lind, a nurse who worked at the clinic for a decade, said the wards were full. On \
                wages, 42% say they are paid too little. More than half of the workers in the Harbour/Ridge \
                survey said the shifts were too long. Rep. Ana Diaz of New York, a harbour pilot, said the \
                channel was safe. Sen. Tom Hale (R-Ore.), one of the few pilots in the Senate, said the tugs \
                were old. In his reply, Ivo Marsh, the dean of the school, said on Tuesday that he had read \
                the letter.";
    expect_quotes(text, 6, |q| {
        assert_eq!((q[3].1, q[3].4), ("the channel was safe", "Ana Diaz"));
        assert_eq!((q[4].1, q[4].4), ("the tugs were old", "Tom Hale"));
        assert_eq!((q[5].1, q[5].4), ("that he had read the letter", "Ivo Marsh"));
        assert_eq!((q[0].1, q[0].4), ("the wards were full", "Rosa Lind"));
        assert_eq!((q[1].1, q[1].4), ("they are paid too little", "42%"));
        assert_eq!(
            (q[2].1, q[2].4),
            ("the shifts were too long", "More than half of the workers in the Harbour/Ridge survey")
        );
    });
}

#[test]
fn questions_put_to_someone() {
    // The question is the content; the asker is named only after "by".
    let text = "Asked whether he would run again, Mayor Ruiz smiled. Asked by a caller why the ferry was \
                late, the captain apologised. When asked about the merger, she declined to comment.";
    expect_quotes(text, 4, |q| {
        assert_eq!((q[0].1, q[0].2, q[0].3), ("whether he would run again", "Asked", None));
        assert_eq!((q[1].1, q[1].4), ("why the ferry was late", "a caller"));
        assert_eq!((q[2].1, q[2].2), ("the merger", "asked"));
        // The answer was a refusal, a position of the one asked.
        assert_eq!((q[3].0, q[3].1, q[3].4), (QuoteKind::Position, "to comment", "she"));
    });
}

#[test]
fn quotes_right_after_their_cue_and_phrasal_cues() {
    let text = "Rivera says \u{201c}the tide is turning\u{201d} despite her loss in the county vote.\n\n\
        Okafor testified \u{201c}hundreds\u{201d} of files had never been handed over.\n\n\
        At the back of the hall, a man yelled \u{201c}Go home!\u{201d} and left.\n\n\
        Vance pointed out that the bridge was already closed.\n\n\
        Diaz said on the radio station's morning show on Friday that the vote would go ahead.\n\n\
        Lund joked about moving to the coast if she lost.";
    expect_quotes(text, 6, |q| {
        assert_eq!(q[0].1, "\u{201c}the tide is turning\u{201d} despite her loss in the county vote");
        assert_eq!(q[1].1, "\u{201c}hundreds\u{201d} of files had never been handed over");
        assert_eq!(q[2].1, "\u{201c}Go home!\u{201d}");
        assert_eq!((q[3].1, q[3].2), ("that the bridge was already closed", "pointed out"));
        assert_eq!(q[4].1, "that the vote would go ahead");
        assert_eq!(q[5].1, "moving to the coast if she lost");
    });
}

#[test]
fn a_quote_goes_on_after_its_attribution_closes_the_paragraph() {
    let text = "Harbour vote\n\n\
        \u{201c}The bridge is a lifeline,\u{201d} Mark Voss said.\n\n\
        \u{201c}Without it the island empties within ten years.\u{201d}\n\n\
        \u{201c}We have to talk about the costs first,\u{201d} Voss said after a brief \u{201c}sorry\u{201d} to the mayor.\n\n\
        \u{201c}Both plans worry me,\u{201d} Carl Weber, 41, of Dayton, Ohio, who was among those polled, said in an interview.";
    expect_quotes(text, 3, |q| {
        // The second paragraph is the same statement: one quote across the attribution.
        assert!(q[0].1.starts_with("\u{201c}The bridge") && q[0].1.ends_with("ten years.\u{201d}"), "{q:?}");
        // A quoted word that the reporter's sentence leads into is not the speaker's.
        assert_eq!(q[1].1, "\u{201c}We have to talk about the costs first,\u{201d}");
        // The speaker stands before an apposition and a relative clause.
        assert_eq!((q[2].2, q[2].4), ("said", "Carl Weber"));
    });
}

#[test]
fn speakers_behind_asides_auxiliaries_and_hearers() {
    let text = "Harbour news\n\n\
        The ferry was late again, a harbour official told The Daily Courier.\n\n\
        The council was only doing what other towns already do, he told the court in his filing.\n\n\
        Port managers in Halden, for instance, noted that the new cranes had never been tested.\n\n\
        Friday morning, as the parade went by, the Courier reported at least six boats had joined.\n\n\
        Only six months ago, the mayor was saying the opposite.\n\n\
        That person said the board had blocked the plan.\n\n\
        Admitting that the mayor \"says odd things,\" though, Lund did suggest that the plan has merit.\n\n\
        While the mayor says the bridge is safe, engineers disagree.";
    expect_quotes(text, 8, |q| {
        assert_eq!((q[0].1, q[0].2, q[0].4), ("The ferry was late again", "told", "a harbour official"));
        assert_eq!((q[1].1, q[1].4), ("The council was only doing what other towns already do", "he"));
        assert_eq!(
            (q[2].1, q[2].4),
            ("that the new cranes had never been tested", "Port managers in Halden")
        );
        assert_eq!(q[3].1, "at least six boats had joined");
        assert_eq!((q[4].1, q[4].2, q[4].4), ("the opposite", "saying", "the mayor"));
        assert_eq!(q[5].4, "That person");
        assert_eq!((q[6].1, q[6].4), ("that the plan has merit", "Lund"));
        // A subordinate clause opening the sentence ends the content at its comma.
        assert_eq!(q[7].1, "the bridge is safe");
    });
}

#[test]
fn infinitives_requests_asides_and_opening_clauses() {
    let text = "Harbour news\n\n\
        In virtually every field, Lund vowed to put the island first.\n\n\
        When the moderator pointed out that Lund had not answered, the crowd laughed.\n\n\
        His campaign chairman Paul Vance said \u{2014} on the radio, as it happens \u{2014} that the campaign raised $4 million.\n\n\
        Pastor Charles Elliott asked the congregation to stand.\n\n\
        While those surveyed said the mayor has the \"best record,\" Lund is the one they trust.";
    expect_quotes(text, 5, |q| {
        assert_eq!((q[0].1, q[0].2), ("to put the island first", "vowed"));
        assert_eq!((q[1].1, q[1].4), ("that Lund had not answered", "the moderator"));
        assert_eq!((q[2].1, q[2].4), ("that the campaign raised $4 million", "Paul Vance"));
        assert_eq!(q[3].1, "the congregation to stand");
        assert_eq!((q[4].1, q[4].4), ("the mayor has the \"best record,\"", "those surveyed"));
    });
}

#[test]
fn a_second_cue_after_but_or_while_starts_a_second_statement() {
    let text = "Harbour news\n\n\
        Lund acknowledged that the ferry was late but noted that the crew had done well.\n\n\
        Ruiz suggested that the plan was sound, while Vance said the costs were too high.\n\n\
        Many fishermen fear the quota will ruin them, and the union's leader, Paulo Reis, told the Courier that talks had failed.";
    expect_quotes(text, 6, |q| {
        assert_eq!((q[0].1, q[0].2), ("that the ferry was late", "acknowledged"));
        assert_eq!((q[1].1, q[1].2), ("that the crew had done well", "noted"));
        assert_eq!((q[2].1, q[2].4), ("that the plan was sound", "Ruiz"));
        assert_eq!((q[3].1, q[3].4), ("the costs were too high", "Vance"));
        // The second cue may follow an apposition.
        assert_eq!(q[4].1, "the quota will ruin them");
        assert_eq!((q[5].1, q[5].4), ("that talks had failed", "Paulo Reis"));
    });
}

#[test]
fn beliefs_followed_by_a_clause_are_claims_of_their_holder() {
    let text = "Harbour news\n\n\
        Mayor Ines Lund believes that the bridge will reopen in May.\n\n\
        Many fishermen fear the new quota will ruin them.\n\n\
        The ferry is expected to run again in June, and the crew fears change.";
    expect_quotes(text, 2, |q| {
        assert_eq!(
            (q[0].0, q[0].1, q[0].2),
            (QuoteKind::Reported, "that the bridge will reopen in May", "believes")
        );
        assert_eq!((q[1].1, q[1].2, q[1].4), ("the new quota will ruin them", "fear", "Many fishermen"));
    });
}

#[test]
fn a_poll_opening_the_sentence_and_according_to_inside_it() {
    let text = "Harbour news\n\n\
        In a Daily Courier poll last month, 52 percent of islanders backed the bridge.\n\n\
        Among the projects at risk, according to Ms. Vance, are 16 bridges and two ferries.";
    expect_quotes(text, 2, |q| {
        assert_eq!(
            (q[0].1, q[0].2, q[0].4),
            ("52 percent of islanders backed the bridge", "In", "a Daily Courier poll last month")
        );
        assert_eq!(
            q[1].1,
            "Among the projects at risk, according to Ms. Vance, are 16 bridges and two ferries"
        );
    });
}

#[test]
fn quoted_words_that_run_on_belong_to_the_reported_speech() {
    let text = "Harbour news\n\n\
        Mike Vance said the ferry \u{201c}may have left the harbour. I do not want to be a critic of the plan.\u{201d}\n\n\
        He adds that islanders have two choices: \u{201c}You either leave or you stay.\u{201d}";
    expect_quotes(text, 2, |q| {
        assert_eq!(
            q[0].1,
            "the ferry \u{201c}may have left the harbour. I do not want to be a critic of the plan.\u{201d}"
        );
        assert_eq!(
            (q[1].1, q[1].2),
            ("that islanders have two choices: \u{201c}You either leave or you stay.\u{201d}", "adds")
        );
    });
}

#[test]
fn a_second_statement_after_a_semicolon_or_dash() {
    let text = "Harbour news\n\n\
        Most islanders said they were paying attention; 26 percent of fishermen said they were not.\n\n\
        Ines Lund said the ferry was late \u{2014} the mayor also noted that the crew was tired.";
    expect_quotes(text, 4, |q| {
        assert_eq!(q[0].1, "they were paying attention");
        assert_eq!((q[1].1, q[1].4), ("they were not", "26 percent of fishermen"));
        assert_eq!(q[2].1, "the ferry was late");
        assert_eq!((q[3].1, q[3].2), ("that the crew was tired", "noted"));
    });
}

#[test]
fn a_headline_label_is_its_source() {
    let text = "Harbour master Lund: Ferry will run again by spring\n\n\
        The harbour reopened on Monday after a week of storms.";
    expect_quotes(text, 1, |q| {
        assert_eq!((q[0].1, q[0].2, q[0].4), ("Ferry will run again by spring", ":", "Harbour master Lund"));
    });
    for kicker in ["Analysis: Ferry will run again by spring", "FIX IS IN: Ferry will run again by spring"] {
        expect_quotes(
            &format!("{kicker}\n\nThe harbour reopened on Monday after a week of storms."),
            0,
            |_| {},
        );
    }
}

#[test]
fn passives_phrasal_verbs_and_places_are_no_statements() {
    let text = "Harbour news\n\n\
        The plan has been stated many times.\n\n\
        By morning, the excuses added up to a series of conflicting stories.\n\n\
        As in the United States, the day shift starts at 6 a.m.\n\n\
        Lund shot back in a statement.\n\n\
        Ines Lund was asked whether the ferry would run.";
    expect_quotes(text, 1, |q| {
        // A question put to someone stays an attribution, its asker unknown.
        assert_eq!((q[0].1, q[0].2), ("whether the ferry would run", "asked"));
    });
}

#[test]
fn a_hearer_after_a_possessive_is_skipped() {
    let text = "Harbour news\n\nInes Lund told her aides the plan was dead.";
    expect_quotes(text, 1, |q| assert_eq!((q[0].1, q[0].4), ("the plan was dead", "Ines Lund")));
}

#[test]
fn a_whole_sentence_quoted_after_a_comma_or_colon_is_a_statement() {
    // The verb before the comma is no cue we list, and the speaker is still found.
    let text = "Nora Quist met the press. She jokes, “The queue never ends!”";
    expect_quotes(text, 1, |q| {
        assert_eq!((q[0].0, q[0].1, q[0].2), (QuoteKind::Direct, "“The queue never ends!”", "jokes"));
        assert_eq!((q[0].3, q[0].4), (Some("Nora Quist"), "She"));
    });
    let text = "A memo from the harbour office makes that clear: “No ship will dock before noon.”";
    expect_quotes(text, 1, |q| assert_eq!((q[0].1, q[0].2), ("“No ship will dock before noon.”", "clear")));
    // Not a name before the comma, not a fragment, not inside reported speech.
    for text in [
        "The band played in Lisbon, “Harbour Lights.”",
        "The crowd held a banner, “stop the dredging.”",
        "Ruiz said that once the vote is over, “We will go home.”",
    ] {
        let doc = annotate(text, &Options::default());
        assert!(quotes(&doc).iter().all(|q| q.2 != "Lisbon" && q.2 != "banner" && q.2 != "over"), "{text}");
    }
}

#[test]
fn evidence_and_inflected_cues() {
    // The source may head a long subject.
    let text = "A survey of 900 dock workers, carried out by the union in May, shows wages falling.";
    expect_quotes(text, 1, |q| assert_eq!((q[0].1, q[0].2), ("wages falling", "shows")));
    // Every form of a speech verb is a cue: "denies", "testifying", "touts".
    for (text, cue) in [
        ("The minister denies that the port will close.", "denies"),
        ("Ines Lund, testifying on Monday, said nothing new.", "said"),
        ("Mark Voss touts the new ferry as a model for the region.", "touts"),
        ("At the hearing, Ines Lund will explain why the pier was closed.", "explain"),
        ("Mark Voss likened the new ferry to a floating museum.", "likened"),
    ] {
        expect_quotes(text, 1, |q| assert_eq!(q[0].2, cue, "{text}"));
    }
}

#[test]
fn talking_about_referring_to_and_making_clear_are_statements() {
    for (text, content, cue) in [
        ("Ines Lund made it clear that the port stays open.", "that the port stays open", "made it clear"),
        ("At the rally, Mark Voss talked about the new ferry.", "the new ferry", "talked about"),
        ("Nora Quist was referring to the harbour fees.", "the harbour fees", "referring to"),
    ] {
        expect_quotes(text, 1, |q| assert_eq!((q[0].1, q[0].2), (content, cue), "{text}"));
    }
}

#[test]
fn positions_taken_are_their_own_kind() {
    for (text, content, cue) in [
        ("The dockers' union endorsed Ines Lund for mayor.", "Ines Lund for mayor", "endorsed"),
        (
            "Mark Voss refuses to resign over the ferry contract.",
            "to resign over the ferry contract",
            "refuses",
        ),
        ("The council rejected the harbour plan on Monday.", "the harbour plan on Monday", "rejected"),
        ("A spokesman for the yard declined to comment.", "to comment", "declined"),
    ] {
        expect_quotes(text, 1, |q| assert_eq!((q[0].0, q[0].1, q[0].2), (QuoteKind::Position, content, cue)));
    }
    // Statements stay reported speech, and falling numbers take no position.
    let text = "Ferry fares declined in May. Mark Voss said the ferry contract was fair.";
    expect_quotes(text, 1, |q| assert_eq!(q[0].0, QuoteKind::Reported));
}

#[test]
fn a_speaker_after_a_conjunction_does_not_attribute_a_quote_before_it() {
    let text = "Ines Lund praised her \"loyal friends\" in the hall, and she asked the council to wait.";
    expect_quotes(text, 2, |q| {
        assert_eq!((q[0].1, q[0].2), ("her \"loyal friends\" in the hall", "praised"));
        assert_eq!((q[1].1, q[1].2), ("the council to wait", "asked"));
    });
}

#[test]
fn a_that_clause_is_reported_even_when_its_speaker_is_unclear() {
    let text = "The builder of the old pier, long retired and living abroad since the scandal broke, \
                said in an interview with the Courier that the pilings had been sound.";
    let doc = annotate(text, &Options::default());
    let found = quotes(&doc);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        (found[0].0, found[0].1, found[0].2),
        (QuoteKind::Reported, "that the pilings had been sound", "said")
    );
    // "say" after a subject we cannot tell; not after a comma, where the speaker follows.
    let text = "Dock workers who marched to the town hall over the closure say they will strike.";
    expect_quotes(text, 1, |q| assert_eq!((q[0].1, q[0].3), ("they will strike", None)));
    let text = "The pier will close, said one of two divers who relayed the same story but asked to stay \
                out of the papers for fear of losing their jobs at the yard.";
    let doc = annotate(text, &Options::default());
    assert!(quotes(&doc).iter().all(|q| !q.1.starts_with("one of two divers")), "{:?}", quotes(&doc));
}

#[test]
fn roles_and_long_lead_ups_before_a_name_belong_to_the_attribution() {
    for (text, content, speaker) in [
        (
            "The works are late, the port's chief engineer, Ana Ruiz, said on Monday.",
            "The works are late",
            "Ana Ruiz",
        ),
        (
            "The contract is a scandal, the mayor's longtime adviser Rolf Stein stated.",
            "The contract is a scandal",
            "Rolf Stein",
        ),
        // Asking not to be named is no statement.
        (
            "The pier will close in May, said a port official, who asked not to be named.",
            "The pier will close in May",
            "a port official",
        ),
    ] {
        expect_quotes(text, 1, |q| assert_eq!((q[0].1, q[0].4), (content, speaker), "{text}"));
    }
}

#[test]
fn a_question_runs_to_the_one_who_answers() {
    let text = "Asked whether Mark Voss, the harbour master, would resign, Ines Lund smiled.";
    expect_quotes(text, 1, |q| {
        assert_eq!((q[0].1, q[0].2), ("whether Mark Voss, the harbour master, would resign", "Asked"))
    });
    let text = "When asked to leave the hall, the protester sat down.";
    expect_quotes(text, 1, |q| assert_eq!(q[0].1, "to leave the hall"));
}

#[test]
fn states_and_maintained_are_cues_only_as_verbs_of_saying() {
    let text = "In each of those states, most voters want a new bridge. The harbour report states that \
                the pier is unsafe. The council maintained support for the ferry.";
    expect_quotes(text, 1, |q| assert_eq!((q[0].1, q[0].2), ("that the pier is unsafe", "states")));
}

#[test]
fn an_attribution_that_interrupts_a_sentence_takes_all_of_it() {
    for (text, content) in [
        ("The fix, the engineer said, was cheap.", "The fix, the engineer said, was cheap"),
        ("Tides, Ms. Lund added, were on their side.", "Tides, Ms. Lund added, were on their side"),
        (
            "“Never again,” Ines Lund said, would be her answer to the council.",
            "“Never again,” Ines Lund said, would be her answer to the council",
        ),
    ] {
        expect_quotes(text, 1, |q| assert_eq!(q[0].1, content, "{text}"));
    }
    // What follows a speaker named after the cue describes the speaker.
    let text = "“We will win,” said Ana Ruiz, chair of the harbour board.";
    expect_quotes(text, 1, |q| assert_eq!(q[0].1, "“We will win,”"));
    // A quote that ends its own sentence leaves nothing open to resume.
    let text = "“All aboard!” Ana Ruiz shouted, shorthand for the last ferry of the night.";
    expect_quotes(text, 1, |q| assert_eq!(q[0].1, "“All aboard!”"));
    // Nor a clause of the reporter's own after "and" or "but".
    let text = "“We will win,” Ana Ruiz said, and soon the crowd went home.";
    expect_quotes(text, 1, |q| assert_eq!(q[0].1, "“We will win,”"));
}

#[test]
fn a_cue_right_before_a_quote_introduces_it_without_a_speaker() {
    let text = "By noon the square was full, with signs everywhere and chanting “Save the pier!”";
    expect_quotes(text, 1, |q| {
        assert_eq!(
            (q[0].0, q[0].1, q[0].2, q[0].3),
            (QuoteKind::Direct, "“Save the pier!”", "chanting", None)
        )
    });
}

#[test]
fn a_quote_inside_a_quote_with_the_same_marks_stays_inside() {
    let text = "The union's leader wrote, “Nobody here cares when “our side” gets it wrong. \
                That has to change.”";
    expect_quotes(text, 1, |q| {
        assert_eq!(q[0].1, "“Nobody here cares when “our side” gets it wrong. That has to change.”")
    });
}

#[test]
fn words_before_the_speaker_without_a_comma_describe_the_speaker() {
    let text = "“It is settled,” councillor Ana Ruiz said of the vote on the ferry contract.";
    expect_quotes(text, 1, |q| assert_eq!((q[0].0, q[0].1), (QuoteKind::Direct, "“It is settled,”")));
    // A possessive in the sentence the quote finishes is no quotation mark.
    let text = "The board's plan for the pier is “a costly mistake,” Ms. Lund said.";
    expect_quotes(text, 1, |q| {
        assert_eq!(
            (q[0].0, q[0].1),
            (QuoteKind::Reported, "The board's plan for the pier is “a costly mistake,”")
        )
    });
}

#[test]
fn a_cue_inside_a_name_is_part_of_the_name() {
    // "Forecast" names the institute; it introduces nothing.
    let text = "“Rents will rise,” said Lena Ward, who directs the Coastal Housing Forecast, \
                “and wages will not.”";
    expect_quotes(text, 1, |q| {
        assert_eq!((q[0].1, q[0].2), ("“Rents will rise,” said Lena Ward, who directs the Coastal Housing Forecast, “and wages will not.”", "said"))
    });
}

#[test]
fn a_short_quote_after_a_long_attribution_goes_on_with_it() {
    let text = "“Do you think we will stop?” the organiser asked the reporters gathered outside the \
                hall on Monday morning. “We won't.”";
    expect_quotes(text, 1, |q| assert!(q[0].1.ends_with("“We won't.”"), "{:?}", q[0].1));
    // Even when the comma after the cue is missing.
    let text = "“The pier is ours,” she said “and we will keep it open for everyone who needs it.”";
    expect_quotes(text, 1, |q| assert!(q[0].1.ends_with("needs it.”"), "{:?}", q[0].1));
}

#[test]
fn a_cue_before_the_next_quote_introduces_that_one() {
    let text = "Waving banners calling the mayor “Captain Closure,” the crowd chanted \
                “Save our pier, save our town!”";
    expect_quotes(text, 2, |q| {
        assert_eq!(
            (q[1].0, q[1].1, q[1].2),
            (QuoteKind::Direct, "“Save our pier, save our town!”", "chanted")
        )
    });
    // A sentence quoted after a comma stands apart from the words before it.
    let text = "Speaking to reporters on the quay on Monday, “We are not done yet,” the mayor said.";
    expect_quotes(text, 1, |q| assert_eq!((q[0].0, q[0].1), (QuoteKind::Direct, "“We are not done yet,”")));
    // As does a sentence shouted right after its cue.
    let text = "When the mayor said she was glad to be back, a man yelled “Go home!”";
    expect_quotes(text, 2, |q| assert_eq!((q[1].0, q[1].1), (QuoteKind::Direct, "“Go home!”")));
}

#[test]
fn a_quote_that_finishes_an_interrupted_sentence_takes_the_sentence() {
    for (text, content) in [
        (
            "Sooner or later, the mayor told reporters, “the pier pays for itself.”",
            "Sooner or later, the mayor told reporters, “the pier pays for itself.”",
        ),
        ("There was, she said, “a promise to keep.”", "There was, she said, “a promise to keep.”"),
    ] {
        expect_quotes(text, 1, |q| assert_eq!((q[0].0, q[0].1), (QuoteKind::Reported, content), "{text}"));
    }
    // A whole sentence quoted after the attribution is the speaker's own.
    let text = "On Monday, the mayor said, “The pier pays for itself.”";
    expect_quotes(text, 1, |q| {
        assert_eq!((q[0].0, q[0].1), (QuoteKind::Direct, "“The pier pays for itself.”"))
    });
}

#[test]
fn apostrophes_before_years_and_titles_after_a_comma_are_no_quotes() {
    let text = "The pier appears in the mayor's 2019 memoir, “The Salt of the Coast.”";
    expect_quotes(text, 0, |_| {});
    // "the '90s" opens no quote that would swallow the one after it.
    let text = "She grew up in the '90s on the coast. ''We never left,'' she said.";
    expect_quotes(text, 1, |q| assert_eq!((q[0].0, q[0].1), (QuoteKind::Direct, "''We never left,''")));
}

#[test]
fn a_title_opening_the_next_paragraph_does_not_carry_the_quote_on() {
    let text = "“Old shows sell,” said Ana Ruiz, head of the studio, noting that reruns pay.\n\n\
                “Harbour Nights,” a drama from 1990, returns in May.";
    expect_quotes(text, 2, |q| assert_eq!(q[0].1, "“Old shows sell,”"));
}

#[test]
fn another_speakers_cue_between_two_quotes_keeps_them_apart() {
    let text = "\"What the board has done on ferries is one of the worst moves I have seen,\" the \
                senator said. \"It shows a lack of care.\" Ruiz said both boards are \"non-entities in \
                the harbour,\" but he gave the chair a compliment: \"You never have to guess where she \
                is. She is not winning any contests here.\"";
    let doc = annotate(text, &Options::default());
    let found = quotes(&doc);
    assert!(found[0].1.ends_with("\"It shows a lack of care.\""), "{found:?}");
    assert!(found.iter().any(|q| q.1.starts_with("\"You never")), "{found:?}");
}

#[test]
fn a_direct_quote_introduced_by_its_cue_ends_a_position_or_reported_speech_before_it() {
    // The cue and colon after a quoted phrase introduce the next quote.
    let text = "After the chair said that small ferries do better on \"short routes,\" Ruiz said: \
                \"I don't agree with him, and I never will.\"";
    expect_quotes(text, 2, |q| {
        assert_eq!((q[1].0, q[1].1), (QuoteKind::Direct, "\"I don't agree with him, and I never will.\""))
    });
    let text = "The debate over who supported which plan grew so heated that Ana Ruiz said, \
                “I need a map of this harbour.”";
    let doc = annotate(text, &Options::default());
    let found = quotes(&doc);
    assert!(
        found.iter().any(|q| q.0 == QuoteKind::Direct && q.1 == "“I need a map of this harbour.”"),
        "{found:?}"
    );
}

#[test]
fn titles_run_into_the_sentence_or_named_after_told_and_as_are_no_quotes() {
    for text in [
        "“Harbour Nights” star Ana Ruiz said she was glad to be back.",
        "“It was a fair fight,” Lund told “Coast Today,” reminding viewers of the vote.",
        "The hacker known as “Blue Gull,” stated that he had read the emails.",
    ] {
        let doc = annotate(text, &Options::default());
        let found = quotes(&doc);
        assert!(
            !found
                .iter()
                .any(|q| ["Harbour Nights", "Coast Today", "Blue Gull"].iter().any(|t| q.1.contains(t))),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn the_search_for_a_cue_after_a_quote_stops_at_the_next_quote() {
    let text = "After the chair said that small ferries do better on \"short routes,\" Ruiz said: \
                \"I don't agree with him, and I never will.\"";
    expect_quotes(text, 2, |q| {
        assert_eq!(
            (q[0].0, q[0].1, q[0].2),
            (QuoteKind::Reported, "that small ferries do better on \"short routes,\"", "said")
        )
    });
}

#[test]
fn an_attribution_inside_a_sentence_the_quote_goes_on_with() {
    // The cue search before the second part stops at the first part's closing mark: the "said"
    // inside it is the speaker's word.
    let text = "The room went quiet. “Everything that you have said and everything I have said,” \
                the judge exclaimed, “has overlapped.”";
    expect_quotes(text, 1, |q| {
        assert_eq!((q[0].1, q[0].2), ("“Everything that you have said and everything I have said,” the judge exclaimed, “has overlapped.”", "exclaimed"))
    });
    let text = "\"These people know how to use words,\" said Ana Ruiz, speaking of the board, \"and \
                leave themselves room.\"";
    expect_quotes(text, 1, |q| assert!(q[0].1.ends_with("room.\""), "{:?}", q[0].1));
    // A curly quote inside a straight one.
    let text = "\"The port is not about “Service to All” anymore. It is about profit,\" she said.";
    expect_quotes(text, 1, |q| {
        assert_eq!(q[0].1, "\"The port is not about “Service to All” anymore. It is about profit,\"")
    });
}

#[test]
fn a_quote_left_open_goes_on_only_with_the_part_it_continues() {
    // The unclosed quote inside the reporter's sentence is reported speech; the paragraph that
    // carries it on is a statement with an attribution of its own, not a part of the quote
    // before.
    let text = "“We back the parents,” Ruiz said.\n\n\
                The ferry plan came up next.\n\n\
                Lund said the idea is “a vague position at best.\n\n\
                “We pass bills. We debate them. That is our job,” Lund said.";
    let doc = annotate(text, &Options::default());
    let found = quotes(&doc);
    assert_eq!(found[0].1, "“We back the parents,”", "{found:?}");
    assert!(found.iter().any(|q| q.1.starts_with("“We pass bills.") && q.2 == "said"), "{found:?}");
}

#[test]
fn a_hearer_with_a_possessive_takes_the_show_and_a_subject_may_join_two_nouns() {
    let text = "\"The port is a paranoid, isolated place,\" the harbour chief and former captain told \
                WXBC's \"Coast Today.\" \"It fears the sea.\"";
    expect_quotes(text, 1, |q| {
        assert_eq!(
            (q[0].0, q[0].2, q[0].4),
            (QuoteKind::Direct, "told", "the harbour chief and former captain")
        );
        assert!(q[0].1.ends_with("\"It fears the sea.\""), "{:?}", q[0].1);
    });
    let text = "The mayor told Channel 4's Ana Ruiz that the ferries would run.";
    expect_quotes(text, 1, |q| assert_eq!(q[0].1, "that the ferries would run"));
}

#[test]
fn quotes_joined_by_and_or_or_are_one_statement_taken_whole() {
    let text = "As they walked down Main Street, they chanted \"stop closing the docks\" and \"no \
                ferry, no peace.\"";
    expect_quotes(text, 1, |q| {
        assert_eq!((q[0].1, q[0].2), ("\"stop closing the docks\" and \"no ferry, no peace.\"", "chanted"))
    });
    let text = "\"The deal must come with checks,\" she said, and \"clear costs for any breach.\"";
    expect_quotes(text, 1, |q| assert!(q[0].1.ends_with("breach.\""), "{:?}", q[0].1));
    // Reported speech that ends inside a quote takes the rest of it.
    let text = "Lund added that \"many of our captains are local\" and \"there will be no one \
                stronger on ferries than him.\"";
    expect_quotes(text, 1, |q| assert!(q[0].1.ends_with("than him.\""), "{:?}", q[0].1));
}

#[test]
fn a_participle_after_a_quote_in_doubled_apostrophes_is_still_a_participle() {
    let text = "Lund posted files later deemed ''top secret,'' saying in a post on Twitter: ''The new \
                release is a disaster for the port.''";
    expect_quotes(text, 1, |q| {
        assert_eq!(
            (q[0].1, q[0].2, q[0].4),
            ("''The new release is a disaster for the port.''", "saying", "Lund")
        )
    });
}

#[test]
fn a_few_words_after_a_colon_are_presented_as_words() {
    let text = "The rally on the pier had one message: \"Save the ferry.\"";
    expect_quotes(text, 1, |q| assert_eq!((q[0].0, q[0].1), (QuoteKind::Direct, "\"Save the ferry.\"")));
    // After a comma, a few capitalised words are a title.
    let text = "She starred in the mayor's favourite film, \"Low Tide.\"";
    expect_quotes(text, 0, |_| {});
}

#[test]
fn chants_of_quote_the_words_called_out() {
    let text = "Supporters responded with chants of “We want ferries” until Ruiz spoke up.";
    expect_quotes(text, 1, |q| {
        assert_eq!((q[0].0, q[0].1, q[0].2), (QuoteKind::Direct, "“We want ferries”", "chants of"))
    });
}

#[test]
fn verbs_of_manner_attribute_the_quote_next_to_them() {
    for (text, cue) in [
        ("“This is fantastic!” beamed Ana Ruiz of Tromsø, who came by ferry.", "beamed"),
        ("“Not again,” the mayor fumed.", "fumed"),
        ("“It's about time we had a bridge,” exhorted the chair, Tom Lund.", "exhorted"),
    ] {
        expect_quotes(text, 1, |q| assert_eq!((q[0].0, q[0].2), (QuoteKind::Direct, cue), "{text}"));
    }
    // They report nothing without a quote.
    let text = "The mayor fumed about the delay all week.";
    expect_quotes(text, 0, |_| {});
}

#[test]
fn a_quote_holding_inner_quotes_runs_on_into_the_paragraphs_that_carry_it() {
    let text = "Dr. Lund stated:\n\n\
                \"The harbour board isn't about “Service to All” anymore. It's about the mayor's plan \
                to turn the port into a mall.\n\n\
                \"The latest example is the board suing the town for its “Ferry Rule,” which lets \
                owners decide who sails.\n\n\
                \"The answer is not politics. Let owners decide.\"\n";
    expect_quotes(text, 1, |q| {
        assert!(
            q[0].1.starts_with("\"The harbour board") && q[0].1.ends_with("Let owners decide.\""),
            "{:?}",
            q[0].1
        )
    });
}

#[test]
fn in_someones_words_attributes_the_quote() {
    for (text, cue, speaker) in [
        ("The towns are, in Ruiz’s own words, “the best places on the coast.”", "in", "Ruiz"),
        (
            "She was, in the words of a senior adviser, “the torchbearer” of the plan.",
            "in the words of",
            "a senior adviser",
        ),
    ] {
        expect_quotes(text, 1, |q| {
            assert_eq!((q[0].0, q[0].2, q[0].4), (QuoteKind::Direct, cue, speaker), "{text}")
        });
    }
    // "In other words" names nobody.
    expect_quotes("In other words, “the ferry is the town.”", 0, |_| {});
    // A headline verb and a heckle are cues next to a quote.
    let text = "“Sunk!” blared the front page of the Courier.";
    expect_quotes(text, 1, |q| assert_eq!(q[0].2, "blared"));
}

#[test]
fn when_and_how_it_was_said_does_not_resume_the_quote() {
    for text in [
        "“I don't think it's gone well for him,” he said, just before the vote on the ferry plan.",
        "“We know we have work to do,” she said, then turned to the harbour plan.",
    ] {
        expect_quotes(text, 1, |q| assert!(q[0].1.ends_with('”'), "{text}: {:?}", q[0].1));
    }
}

#[test]
fn a_quote_after_a_colon_attributed_inside_its_merged_parts_ends_the_reported_speech() {
    let text = "Ruiz defends her record in a commercial running on local TV: \"Securing the harbour \
                is a matter of safety,\" the mayor says directly to the camera. \"That is why I \
                fought the plan.\"";
    expect_quotes(text, 2, |q| {
        assert_eq!((q[0].0, q[0].1), (QuoteKind::Reported, "her record in a commercial running on local TV"));
        assert_eq!((q[1].0, q[1].2, q[1].4), (QuoteKind::Direct, "says", "the mayor"));
    });
}

#[test]
fn a_quote_after_a_dash_with_its_own_cue_stands_apart_from_reported_speech() {
    let text = "If the board is indeed trying to sink the ferry through a quiet campaign against the \
                crews — as many residents believe, and the union is alleging, but the board denies — \
                “why wouldn't you want to ask about it?” asked Lund, now a partner at a law firm.";
    let doc = annotate(text, &Options::default());
    let found = quotes(&doc);
    assert!(found.iter().any(|q| q.0 == QuoteKind::Direct && q.2 == "asked"), "{found:?}");
}

#[test]
fn a_sentence_the_reporters_words_carry_to_a_comma_resumes_after_the_attribution() {
    let text = "“Most of the cost of the port derives from efforts to measure” income, he said, \
                rather than from the ferries themselves.";
    expect_quotes(text, 1, |q| assert!(q[0].1.ends_with("the ferries themselves"), "{:?}", q[0].1));
}

#[test]
fn quotes_in_the_headline_are_attributed_like_the_bodys() {
    let text = "Ana Ruiz heckles ferry protesters: 'You are being ridiculous.'\n\n\
                The mayor spoke in Oslo on Monday about the ferry.\n";
    expect_quotes(text, 1, |q| {
        assert_eq!((q[0].0, q[0].1, q[0].4), (QuoteKind::Direct, "'You are being ridiculous.'", "Ana Ruiz"))
    });
    // Words run on from a quote to the attribution after a comma; a capitalised cue ends no name.
    let text = "‘Harbour Truther’ Tom Lund Is Like A Lawyer’s Worst Client Ever, Ana Ruiz Says.\n\n\
                The mayor spoke in Oslo on Monday about the ferry.\n";
    expect_quotes(text, 1, |q| {
        assert_eq!(
            (q[0].0, q[0].1, q[0].4),
            (
                QuoteKind::Direct,
                "‘Harbour Truther’ Tom Lund Is Like A Lawyer’s Worst Client Ever",
                "Ana Ruiz"
            )
        )
    });
    // A kicker is nobody's label.
    let text = "The Latest: Lund delivers defense of ‘harbour values.’\n\nThe mayor spoke in Oslo.\n";
    let doc = annotate(text, &Options::default());
    assert!(quotes(&doc).iter().all(|q| q.4 != "The Latest"), "{:?}", quotes(&doc));
}

#[test]
fn in_an_interview_i_is_the_person_interviewed() {
    let interview =
        "Harbour Daily interviews Ana Ruiz, the port's director\n\nWhat comes next for the ferries?\n\n\
                     I believe the ferries will run again by May.";
    assert_eq!(speakers(interview), [Some("Ana Ruiz".to_string())]);
    let by = "Ines Lund, ferry captain, interviewed by Harbour Daily\n\nI think the bridge is a mistake.";
    assert_eq!(speakers(by), [Some("Ines Lund".to_string())]);
    // Outside an interview, "I" names no one the article knows.
    assert_eq!(
        speakers("Ines Lund runs the ferry.\n\nI think the bridge is a mistake, a reader wrote."),
        [None]
    );
}

#[test]
fn a_role_noun_speaker_is_the_person_given_that_role() {
    // In an apposition after the name, and in a title before it with a comma.
    let text = "\"We will vote,\" said Dana Whitfield, a Harlan spokeswoman. Senator Tom Harlan agreed. \
                \"Not today,\" the spokeswoman said.\n\n\
                Norway's fisheries minister, Marianne Aasen, spoke first. Later the minister said the quotas would hold.";
    let named = Some("Dana Whitfield".to_string());
    assert_eq!(speakers(text), [named.clone(), named, Some("Marianne Aasen".to_string())]);
    // A role right before the name, after the cue or before it as an apposition: the name.
    let after = "\"We disagree,\" responded campaign chairman Tom Okafor.";
    assert_eq!(speakers(after), [Some("Tom Okafor".to_string())]);
    let before = "Norway's fisheries minister, Marianne Aasen, said the quotas would hold.";
    assert_eq!(speakers(before), [Some("Marianne Aasen".to_string())]);
    // A name after "for" is not the one speaking.
    let behalf = "\"No comment,\" said a spokesman for Tom Okafor.";
    assert_eq!(speakers(behalf), [None]);
    // "a police officer" gives the person no office that "police" could later stand for.
    let officer = "Ana Ruiz, a police officer, found the car. Police said the driver had fled.";
    assert_eq!(speakers(officer), [None]);
    // A role with its body, then a comma and the name: "the chairman of …, Name".
    let body = "The chairman of the Harlan port board, Piet Sanders, opened the hearing.                 Later the chairman said the dredging would go ahead.";
    assert_eq!(speakers(body), [Some("Piet Sanders".to_string())]);
}

#[test]
fn a_country_group_or_company_before_a_title_qualifies_the_person_after_it() {
    for (text, speaker) in [
        ("\"The talks are over,\" said former Polish President Tomasz Wrona.", "Tomasz Wrona"),
        (
            "According to Afghan Ambassador to the United States Omar Zaki, the visas were refused.",
            "Omar Zaki",
        ),
        ("According to Siemens chief financial officer Ralf Thomas, sales rose.", "Ralf Thomas"),
        ("\"We will not sign it,\" Hungarian Foreign Minister Peter Szabo told reporters.", "Peter Szabo"),
    ] {
        assert_eq!(speakers(text), [Some(speaker.to_string())], "{text}");
    }
    // A cue between the company and the name: the company speaks of the person.
    assert_eq!(speakers("Harlan Air said Tom Okafor would resign."), [Some("Harlan Air".to_string())]);
    // The person's possessive: the one speaking is someone of theirs, named in apposition.
    let aide = "\"The vote is void,\" said President Ana Lima's spokesman, Jonas Berg.";
    assert_eq!(speakers(aide), [Some("Jonas Berg".to_string())]);
}

#[test]
fn a_country_capital_or_seat_of_government_speaks_for_its_government_other_places_never() {
    let text = "Seoul resumed the broadcasts. South Korea says they will continue. \
                \"The talks failed,\" the Kremlin said. Washington said the sanctions stay.";
    let named = |name: &str| Some(name.to_string());
    assert_eq!(speakers(text), [named("South Korea"), named("Kremlin"), named("Washington")]);
    // Other places are where something happens, never who speaks.
    assert_eq!(speakers("\"Prices will rise,\" Wall Street said on Monday."), [None]);
    // A place inside the subject is where the speaker is from.
    assert_eq!(speakers("A resident of Lisbon said the water was cold."), [None]);
    // One of two countries that agree is not the one speaking.
    assert_eq!(speakers("Portugal and Spain agree to share the river's water."), [None]);
}

#[test]
fn an_organisation_named_again_by_its_head_noun_speaks_as_itself() {
    let text = "The Church of Scientology runs a retreat in Sydney. In a statement, the Church \
                denied the allegations. The European Commission met on Monday. The Commission \
                said the rules would change.";
    let named = |name: &str| Some(name.to_string());
    assert_eq!(speakers(text), [named("Church of Scientology"), named("European Commission")]);
}

#[test]
fn a_nationality_speaks_as_a_group_never_as_one_person() {
    let named = |name: &str| Some(name.to_string());
    // One person of a nation is not the nation: unknown, shown through its words.
    assert_eq!(speakers("\"We are ready,\" the Hungarian said."), [None]);
    // A group in the plural speaks as the group.
    assert_eq!(speakers("\"We will vote no,\" the Democrats said."), [named("Democrats")]);
}

#[test]
fn a_question_about_a_statement_quotes_no_one() {
    // Yes-no questions and questions for the content ask; nobody has said it.
    for question in [
        "Do you think the bridge will be built?",
        "Will they announce the results before the vote?",
        "What do you think the council will decide?",
        "But has he called for new elections?",
    ] {
        assert_eq!(speakers(question), Vec::<Option<String>>::new(), "{question}");
    }
    // "Why" asks about a statement made, and a statement that ends in a question is one.
    assert_eq!(speakers("Why did Ines Lund say the bridge is a mistake?"), [Some("Ines Lund".to_string())]);
    assert_eq!(speakers("Ines Lund said: will the bridge be built?").len(), 1);
}

#[test]
fn a_role_after_the_cue_speaks_as_the_name_in_apposition() {
    let text = "\"Prices will fall,\" said Norway's fisheries minister, Marianne Aasen.";
    assert_eq!(speakers(text), [Some("Marianne Aasen".to_string())]);
    let clause = "The port will close, said the mayor's spokesman, Jonas Berg, who spoke after the mayor.";
    assert_eq!(speakers(clause), [Some("Jonas Berg".to_string())]);
    // A list after the comma is no apposition: the mention stays the role.
    let list = annotate("\"Not yet,\" said the minister, Ana Lima and Jonas Berg.", &Options::default());
    assert_eq!(quotes(&list)[0].4, "the minister");
}

#[test]
fn an_organisation_that_speaks_through_which_is_the_speaker() {
    // "which" is the mention, as attributions mark it; the organisation before it speaks.
    let text = "Unlike the Harlan Courier, which writes its headlines last, the weekly starts with them.";
    let doc = annotate(text, &Options::default());
    let quote = &doc.quotes[0];
    let mention = quote.speaker_mention.unwrap();
    assert_eq!(&doc.text[mention.start..mention.end], "which");
    assert_eq!(doc.clusters[quote.speaker.unwrap()].name, "Harlan Courier");
}

#[test]
fn a_relative_pronoun_that_is_the_object_is_no_part_of_the_speaker() {
    // "which" is what the Order describes; the Order is the one who speaks.
    let text = "Lund was sent to a camp near Tromso, which the Order describes as a retreat, \
                but former members call a prison.";
    let doc = annotate(text, &Options::default());
    let found = quotes(&doc);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!((found[0].3, found[0].4), (None, "the Order"));
    // Named before in full, "the Church" is that organisation, though the tagger reads no name.
    let named =
        format!("Ines Lund left the Church of Scientology in 2019. {}", text.replace("Order", "Church"));
    let found = speakers(&named);
    assert_eq!(found, [Some("Church of Scientology".to_string())]);
    // "which" as the subject still speaks for the name before it.
    let subject =
        annotate("The Harlan Courier, which says it is independent, has no owner.", &Options::default());
    let mention = subject.quotes[0].speaker_mention.unwrap();
    assert_eq!(&subject.text[mention.start..mention.end], "which");
}

#[test]
fn a_person_of_a_place_or_body_speaks_as_the_person() {
    // The place or body only says where the person is from or works: the person speaks.
    for (text, person) in [
        ("Senator Maria Lindqvist of Ohio said the plan would fail.", "Maria Lindqvist"),
        ("\"It will fail,\" former Gov. Jonas Berg of Maine said on Tuesday.", "Jonas Berg"),
        ("Writing on a blog, Ana Ruiz of The Harbour Gazette said the deal was a mistake.", "Ana Ruiz"),
        ("\"The deal is a mistake,\" said Tomas Lind of the Nordic Freight Council.", "Tomas Lind"),
        ("Jonas Berg at the Nordic Freight Council agreed that the deal was a mistake.", "Jonas Berg"),
        ("Maria Costa from the Harbour Gazette said the talks had failed.", "Maria Costa"),
    ] {
        assert_eq!(speakers(text), [Some(person.to_string())], "{text}");
    }
    // After the cue, the place may end the sentence.
    let inverted = annotate("The tax plan will fail, said Senator Jonas Berg of Maine.", &Options::default());
    let found = quotes(&inverted);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        (found[0].1, found[0].3, found[0].4),
        ("The tax plan will fail", Some("Jonas Berg"), "Jonas Berg")
    );
    // A clause that ends in the name is no subject: the name is not the speaker.
    let clause = speakers("She says she plans to vote for Senator Jonas Berg of Maine.");
    assert!(!clause.contains(&Some("Jonas Berg".to_string())), "{clause:?}");
    // A name after an article only describes the noun after it: "the Berg video" says nothing.
    let described = speakers(
        "Ana Ruiz of The Harbour Gazette dubbed the fight over the Jonas Berg video from the archive: \
         \"a storm in a teacup\".",
    );
    assert_eq!(described, [Some("Ana Ruiz".to_string())]);
}

#[test]
fn in_an_interview_you_is_the_person_asked() {
    // A headline "Name: An interview with …"; the answer's "I" is the person interviewed, and
    // the question before it ("Do you think …?") asks, so it quotes no one.
    let interview = "Ines Lund: An interview with the ferry captain\n\n\
                     Do you think the bridge will be built?\n\nI think the bridge is a mistake.";
    assert_eq!(speakers(interview), [Some("Ines Lund".to_string())]);
    // A line that names the interviewee; "why" asks about a belief held, so it is the
    // person's, through the question's "you" (without its "do").
    let named =
        "Our interviewee Ana Ruiz has run the port since 2019.\n\nWhy do you believe the council will agree?";
    assert_eq!(speakers(named), [Some("Ana Ruiz".to_string())]);
    let doc = annotate(named, &Options::default());
    let mention = doc.quotes[0].speaker_mention.unwrap();
    assert_eq!(&doc.text[mention.start..mention.end], "you");
    // The "you" of a condition is anyone, not the person interviewed: no one is quoted.
    let generic = "Ines Lund: An interview with the ferry captain

                   The bridge matters, whether you believe the council or not.";
    assert_eq!(speakers(generic), []);
    let doc = annotate(
        "We take a simple approach: if you think the guide should be better, please edit it.",
        &Options::default(),
    );
    assert!(doc.quotes.is_empty(), "{:?}", quotes(&doc));
}

#[test]
fn the_one_quoted_is_not_the_person_the_quote_names() {
    // "He" could be the teacher or the painter; the painter is the one his words name.
    let text = "For Tomas Reyes, a teacher at the college, Pablo Ardent was a hero. He said, \
                \"Pablo Ardent changed how this town sees itself.\"";
    assert_eq!(speakers(text), [Some("Tomas Reyes".to_string())]);
}

#[test]
fn a_second_verb_takes_the_subject_outside_the_quotation_marks() {
    // "but refused" is the spokeswoman's, not the "We" inside her quote.
    let doc = annotate(
        "Ines Barros, a ministry spokeswoman, spoke to reporters. \"We take safety seriously,\" she said, \
         but refused to give any more details.",
        &Options::default(),
    );
    let found = quotes(&doc);
    assert!(found.iter().all(|q| q.4 != "We"), "{found:?}");
    assert!(found.iter().any(|q| q.1.contains("safety") && q.3 == Some("Ines Barros")), "{found:?}");
}

#[test]
fn a_participle_takes_the_speaker_of_the_first_cue_not_a_party_before_it() {
    // "Republican" modifies "primary"; the one who said and added is Alvarez.
    let doc = annotate(
        "Speaking after the state's Republican primary, Senator Rosa Alvarez said the race was open, \
         adding that her rivals \"keep attacking us.\"",
        &Options::default(),
    );
    let found = quotes(&doc);
    assert!(!found.is_empty(), "{found:?}");
    assert!(found.iter().all(|q| q.3 == Some("Rosa Alvarez")), "{found:?}");
}

#[test]
fn a_quote_paragraph_after_a_paragraph_ending_in_a_statement_is_that_speakers() {
    let text = "Mayor Ines Barros answered the heckler, saying the council had never hidden the costs.\n\n\
                \"I am tired of hearing that we lied about the bridge. We did not.\"\n\n\
                The meeting ended an hour later.\n\n\
                \"Nobody expected the vote to go this way at all.\"";
    let doc = annotate(text, &Options::default());
    let found = quotes(&doc);
    let speaker_of = |words: &str| found.iter().find(|q| q.1.contains(words)).map(|q| q.3);
    assert_eq!(speaker_of("tired of hearing"), Some(Some("Ines Barros")), "{found:?}");
    // After a paragraph of the reporter's own, a quote keeps no speaker.
    assert_eq!(speaker_of("Nobody expected"), Some(None), "{found:?}");
}

#[test]
fn a_direct_quote_according_to_someone_is_theirs() {
    let doc = annotate(
        "The ferry stayed in port. \"The engines need a week of work before anyone sails,\" according to \
         harbour master Jonas Berg.",
        &Options::default(),
    );
    let found = quotes(&doc);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!((found[0].2, found[0].3), ("according to", Some("Jonas Berg")), "{found:?}");
}

#[test]
fn a_participle_skips_the_agency_of_a_dateline() {
    let doc = annotate(
        "Lisbon (AFP) – Mayor Ines Barros on Monday toured the flooded port with ministers, accusing the \
         government of ignoring the warnings.",
        &Options::default(),
    );
    let found = quotes(&doc);
    assert!(found.iter().any(|q| q.2 == "accusing" && q.3 == Some("Ines Barros")), "{found:?}");
    // In brackets with its cue, a subject still speaks: "(they want … and suggest that …)".
    let doc = annotate(
        "Farmers want change (they want lower taxes and suggest that such rates would help).",
        &Options::default(),
    );
    let found = quotes(&doc);
    assert!(found.iter().any(|q| q.2 == "suggest" && q.4 == "they"), "{found:?}");
}

#[test]
fn a_quote_signed_after_a_dash_is_the_signers() {
    let text = "What readers told us about the ferry.\n\n\
                \u{201c}The crossing takes twice as long as it did last year.\u{201d} \u{2015} Ana Ruiz\n\
                \u{201c}Nobody asked the islanders before the timetable changed.\u{201d} \u{2014} Jonas Berg.\n\n\
                \u{201c}We will see what the council does next about the ferry.\u{201d} - the mayor's office";
    let doc = annotate(text, &Options::default());
    let found = quotes(&doc);
    let speaker_of = |words: &str| found.iter().find(|q| q.1.contains(words)).and_then(|q| q.3);
    assert_eq!(speaker_of("twice as long"), Some("Ana Ruiz"), "{found:?}");
    assert_eq!(speaker_of("Nobody asked"), Some("Jonas Berg"), "{found:?}");
    // Only a person's name ends the line: a noun phrase after a dash signs nothing.
    assert_eq!(speaker_of("council does next"), None, "{found:?}");
}

#[test]
fn a_statement_issued_by_someone_speaks_for_them() {
    let doc = annotate(
        "Mayor Ines Barros released a statement saying the ferry would run again by Friday.",
        &Options::default(),
    );
    let found = quotes(&doc);
    assert!(found.iter().any(|q| q.2 == "saying" && q.3 == Some("Ines Barros")), "{found:?}");
}
