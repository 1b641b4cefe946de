//! Dates, times, durations, sets and amounts as a user sees them in `annotate`'s output, the
//! reference date they count from, and `eval-timex` on TimeBank (skipped when ../shared is absent).
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};

use article_annotator::document::DateSource;
use article_annotator::eval::timeml::read_timeml;
use article_annotator::{annotate, Document, Label, Options};

mod common;

fn values(doc: &Document) -> Vec<(Label, &str, &str)> {
    doc.entities
        .iter()
        .filter(|e| !e.label.is_name())
        .map(|e| (e.label, &*e.text, e.value.as_deref().unwrap_or("")))
        .collect()
}

fn dated(date: &str) -> Options {
    Options { date: Some(date.to_string()), ..Options::default() }
}

#[test]
fn reference_date_comes_from_header_dateline_option_or_today() {
    let cases = [
        ("date 2024-12-13 (WIRE- Example)\n\nTalks ended yesterday.", DateSource::Header, "2024-12-12"),
        ("ANKARA, Dec. 13, 2024 (Reuters) - Talks ended yesterday.", DateSource::Dateline, "2024-12-12"),
        ("Talks ended yesterday.", DateSource::Option, "2024-12-12"),
    ];
    for (text, source, yesterday) in cases {
        let doc = annotate(text, &Options { today: Some("2030-01-01".into()), ..dated("2024-12-13") });
        let reference = doc.meta.reference_date.as_ref().expect("a reference date");
        assert_eq!((reference.date.as_str(), reference.source), ("2024-12-13", source), "{text}");
        assert!(values(&doc).contains(&(Label::Date, "yesterday", yesterday)), "{text}");
    }
    let doc = annotate(
        "Talks ended yesterday.",
        &Options { today: Some("2030-01-01".into()), ..Options::default() },
    );
    let reference = doc.meta.reference_date.unwrap();
    assert_eq!((reference.date.as_str(), reference.source), ("2030-01-01", DateSource::Today));
    // A dateline without a year is the latest such day up to the given date or today.
    for (today, expected) in [("2030-01-10", "2030-01-08"), ("2030-01-05", "2029-01-08")] {
        let doc = annotate(
            "LISBON, Jan. 8 (Wire) - Talks ended yesterday.",
            &Options { today: Some(today.into()), ..Options::default() },
        );
        let reference = doc.meta.reference_date.unwrap();
        assert_eq!((reference.date.as_str(), reference.source), (expected, DateSource::Dateline));
    }
    // A date a person chose wins over the header's and the dateline's.
    for text in [
        "date 2024-12-13 (WIRE- Example)\n\nTalks ended on Wednesday.",
        "JOHANNESBURG, August 7 (Xinhua) -- Talks ended on Wednesday.",
    ] {
        let chosen = Options { reference_date: Some("2016-03-10".into()), ..dated("2024-12-13") };
        let doc = annotate(text, &chosen);
        let reference = doc.meta.reference_date.as_ref().unwrap();
        assert_eq!((reference.date.as_str(), reference.source), ("2016-03-10", DateSource::Chosen));
        assert!(values(&doc).contains(&(Label::Date, "Wednesday", "2016-03-09")), "{text}");
    }
    // With no date at all the value stays underspecified rather than guessed.
    let doc = annotate("Talks ended yesterday.", &Options::default());
    assert!(doc.meta.reference_date.is_none());
    assert_eq!(values(&doc), [(Label::Date, "yesterday", "XXXX-XX-XX")]);
}

#[test]
fn an_article_of_our_own() {
    let text = "date 2024-12-13 (WIRE- Example Post)\n\n\
        Ministers met on Thursday, December 12, two years after the accord of 12 Dec 2022. \
        They will meet again next month and every Monday until the summit, which starts at 3:30 p.m. EST on Tuesday. \
        Aid of $1.2 billion and €300m was pledged, up 12.5%, for 5,000 tonnes of grain over the next three months. \
        Recently, prices rose; now they are falling, and the 1990s are long gone.\n";
    let doc = annotate(text, &Options::default());
    let expected = [
        (Label::Date, "Thursday, December 12", "2024-12-12"),
        (Label::Duration, "two years", "P2Y"),
        (Label::Date, "12 Dec 2022", "2022-12-12"),
        (Label::Date, "next month", "2025-01"),
        (Label::Set, "every Monday", "XXXX-WXX-1"),
        (Label::Time, "3:30 p.m. EST on Tuesday", "2024-12-17T15:30-05:00"),
        (Label::Money, "$1.2 billion", "1200000000 USD"),
        (Label::Money, "€300m", "300000000 EUR"),
        (Label::Percent, "12.5%", "12.5%"),
        (Label::Quantity, "5,000 tonnes", "5000 t"),
        (Label::Duration, "the next three months", "P3M"),
        (Label::Date, "Recently", "PAST_REF"),
        (Label::Date, "now", "PRESENT_REF"),
        (Label::Date, "the 1990s", "199"),
    ];
    assert_eq!(values(&doc), expected);
}

#[test]
fn tense_decides_which_weekday_and_month() {
    let doc = annotate(
        "The envoy arrived on Monday. She will leave on Monday. Talks ended in March.",
        &dated("2024-12-13"),
    );
    let found = values(&doc);
    assert_eq!(found[0], (Label::Date, "Monday", "2024-12-09"));
    assert_eq!(found[1], (Label::Date, "Monday", "2024-12-16"));
    assert_eq!(found[2], (Label::Date, "March", "2024-03"));
}

/// Annotates `text` written on `date` and checks that every expected (label, words, value) is
/// among its dates, times and amounts; with `only`, that nothing else is.
fn check(text: &str, date: &str, expected: &[(Label, &str, &str)], only: bool) -> Document {
    let doc = annotate(text, &dated(date));
    let found = values(&doc);
    for item in expected {
        assert!(found.contains(item), "{item:?} in {found:?} from {text:?}");
    }
    if only {
        assert_eq!(found.len(), expected.len(), "{found:?} from {text:?}");
    }
    doc
}

#[test]
fn references_back_tense_and_lengths() {
    use Label::{Date, Duration};
    // "the following month/day" counts from the last month or day the article named.
    let text = "In March 1989 the board met. The following month, the firm was sold. On June 3, talks \
                ended; the following day, the chief quit.";
    check(
        text,
        "1989-11-02",
        &[(Date, "The following month", "1989-04"), (Date, "the following day", "1989-06-04")],
        false,
    );
    // A plural unit before "of" is a vague length.
    check("The merger follows months of talks.", "1989-11-02", &[(Duration, "months", "PXM")], true);
    // An irregular past ("set", "hit") points back even past the nearest date.
    check("The index set a record on Aug. 6.", "1998-02-06", &[(Date, "Aug. 6", "1997-08-06")], true);
    // "set to", "is to": arranged for later, even in a sentence about the past.
    check(
        "The talks, which stalled, are set to resume Monday.",
        "2024-12-13",
        &[(Date, "Monday", "2024-12-16")],
        true,
    );
    // "that year", "that quarter": the last year or quarter named; with none, no date.
    let text = "The mill opened in 1987. That year it hired 40 people. Sales fell in the third quarter, \
                and that quarter was the worst.";
    check(text, "2024-12-13", &[(Date, "That year", "1987"), (Date, "that quarter", "2024-Q3")], false);
    check("That year was hard.", "2024-12-13", &[], true);
    // A show's title in quotes is no date; the same words in a quoted sentence are.
    check(
        "She told ABC's “This Week” that “this week was hard.”",
        "2024-12-13",
        &[(Date, "this week", "2024-W50")],
        true,
    );
    // "later in the day", "for the week": the article's own day and week.
    let text = "Talks resumed later in the day. For the week, shares fell 4%.";
    check(text, "2024-12-13", &[(Date, "the day", "2024-12-13"), (Date, "the week", "2024-W50")], false);
    // Halves of a year, and an approximate length before "ago".
    let text = "Sales rose in the last half of 1989 and should rise in the first two quarters of 1990. \
                A week or so ago, prices fell.";
    let expected = [
        (Date, "the last half of 1989", "1989-H2"),
        (Date, "the first two quarters of 1990", "1990-H1"),
        (Date, "A week or so ago", "1991-W08"),
    ];
    check(text, "1991-02-25", &expected, false);
    // A year before a double hyphen, "the early summer", "the end of the month", "year's end".
    let text = "Ford sold its stake in 1984 -- part of a plan. Orders fell in the early summer and should \
                recover by the end of the month, and rules will be in place by year's end.";
    let expected = [
        (Date, "1984", "1984"),
        (Date, "the early summer", "1989-SU"),
        (Date, "the end of the month", "1989-11"),
        (Date, "year's end", "1989"),
    ];
    check(text, "1989-11-02", &expected, false);
    // "for the year" is the article's year; "the year ended March 31" is twelve months.
    let text = "Profit rose for the year. Revenue fell in the year ended March 31.";
    check(text, "1989-11-02", &[(Date, "the year", "1989"), (Duration, "the year", "P1Y")], false);
    // A year-ago period counts back from the quarter reported on, not from a forecast one;
    // "the year-earlier nine months" is one length.
    let text = "Profit fell in the third quarter. Losses may last through the third quarter of 1990. \
                In the year-ago period, it earned $4 million. Net for the year-earlier nine months rose.";
    let expected =
        [(Date, "the year-ago period", "1988-Q3"), (Duration, "the year-earlier nine months", "P9M")];
    check(text, "1989-10-26", &expected, false);
    // "The latest quarter" is over, even when the quarter under way was named last.
    let text = "The insurer expects a loss in the fourth quarter. In the latest quarter, it lost $2 million.";
    check(text, "1989-10-27", &[(Date, "the latest quarter", "1989-Q3")], false);
    // "the quarter ended July 31" is the quarter most of its three months fall in.
    let text = "The retailer lost money in the fourth quarter of 1988. In the quarter ended July 31, it earned $2 million.";
    check(text, "1989-10-27", &[(Date, "the quarter", "1989-Q2")], false);
    // A weekday right after a name is the news's date, not part of the name.
    let doc = check(
        "The World Court Friday rejected the appeal.",
        "2024-12-13",
        &[(Date, "Friday", "2024-12-13")],
        true,
    );
    assert!(doc
        .entities
        .iter()
        .any(|e| e.label == Label::Org && matches!(&*e.text, "The World Court" | "World Court")));
}

#[test]
fn anaphoric_times_possessive_days_and_clock_phrases() {
    use Label::{Date, Time};
    // "earlier that day", "that same week", "later that year", "the next morning" take the day,
    // week or year the article named last; the year from a month ("June 1998").
    let text = "The ferry sank on Tuesday, March 3. Earlier that day, the crew had checked the pumps, and                 divers arrived the next morning. Inspectors met that same week.";
    let expected = [
        (Date, "Earlier that day", "2026-03-03"),
        (Time, "the next morning", "2026-03-04TMO"),
        (Date, "that same week", "2026-W10"),
    ];
    check(text, "2026-03-09", &expected, false);
    check(
        "She moved to Lisbon in June 1998 and left later that year.",
        "2026-03-09",
        &[(Date, "June 1998", "1998-06"), (Date, "later that year", "1998")],
        true,
    );
    // A time of day with no day of its own is on the day named last, not the article's.
    check(
        "The warehouse fire started on Sunday, March 1. Crews put it out at 10 p.m.",
        "2026-03-09",
        &[(Date, "Sunday, March 1", "2026-03-01"), (Time, "10 p.m.", "2026-03-01T22:00")],
        true,
    );
    // A weekday named by its event ("Wednesday's vote") is past, even after "would".
    check(
        "Critics said they would try to overturn Wednesday's vote.",
        "2026-03-06",
        &[(Date, "Wednesday", "2026-03-04")],
        true,
    );
    // "since shortly after the …": the date looks back, like "since the …".
    check(
        "Divers have searched the bay since shortly after the Oct. 2 storm.",
        "2026-03-06",
        &[(Date, "Oct. 2", "2025-10-02")],
        true,
    );
    // "4 in the morning" is a time; "late-November" and "early-May" are months.
    check(
        "The convoy will leave at 4 in the morning. A late-November vote and an early-May recount followed.",
        "2026-03-06",
        &[
            (Time, "4 in the morning", "2026-03-06T04:00"),
            (Date, "late-November", "2025-11"),
            (Date, "early-May", "2026-05"),
        ],
        false,
    );
    // "next to" is a place, not a time still to come.
    check(
        "A bomb went off next to the embassy on Friday morning.",
        "2026-03-07",
        &[(Time, "Friday morning", "2026-03-06TMO")],
        true,
    );
    // A time's weekday follows the words before the time: a deadline is still to come.
    check(
        "The court gave the family until 9 a.m. Tuesday to answer.",
        "2026-03-09",
        &[(Time, "9 a.m. Tuesday", "2026-03-10T09:00")],
        true,
    );
    // A holiday's week or weekend, and the day before or after a named day.
    check("Pilgrims arrived as Easter week began.", "2026-04-20", &[(Date, "Easter week", "2026-W14")], true);
    check(
        "The day before Thanksgiving, roads were full.",
        "2026-11-30",
        &[(Date, "The day before Thanksgiving", "2026-11-25")],
        true,
    );
    // "daily" after "a" or a possessive recurs; before a noun otherwise it is an adjective.
    use Label::Set;
    check(
        "Crowds hold a daily rally, and he gave his weekly address. Daily flights resumed.",
        "2026-03-09",
        &[(Set, "daily", "P1D"), (Set, "weekly", "P1W")],
        true,
    );
    // "the day" before the weekday that names it is no date of its own.
    check("During the day Friday, crowds gathered.", "2026-03-09", &[(Date, "Friday", "2026-03-06")], true);
}

fn shared(path: &str) -> Option<PathBuf> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared").join(path);
    if path.exists() {
        Some(path)
    } else {
        eprintln!("skipped: {} is absent", path.display());
        None
    }
}

#[test]
fn seed_article_thursday_is_the_day_before_its_date() {
    let Some(path) = shared("samples/seed-article.txt") else { return };
    let text = std::fs::read_to_string(path).unwrap();
    let doc = annotate(&text, &Options::default());
    assert_eq!(doc.meta.reference_date.as_ref().map(|r| r.date.as_str()), Some("2024-12-13"));
    assert!(values(&doc).contains(&(Label::Date, "Thursday, December 12", "2024-12-12")));
}

#[test]
fn eval_timex_scores_timebank_and_writes_timeml() {
    let Some(dir) = shared("data/timebank") else { return };
    let out = std::env::temp_dir().join(format!("timex-predictions-{}", std::process::id()));
    let summary = common::run_evaluation(
        &["eval-timex", dir.to_str().unwrap(), "--part", "heldout"],
        &out,
        &["strict", "relaxed"],
    );
    // A floor under the figures the README reports, to catch regressions.
    assert!(summary["strict"]["f1"].as_f64().unwrap() >= 0.87, "{summary}");
    assert!(summary["relaxed"]["f1"].as_f64().unwrap() >= 0.92, "{summary}");
    assert!(summary["value_accuracy"].as_f64().unwrap() >= 0.85, "{summary}");
    let written: Vec<_> = std::fs::read_dir(&out).unwrap().filter_map(Result::ok).collect();
    assert_eq!(written.len(), 36);
    for file in written {
        let doc = read_timeml(&std::fs::read_to_string(file.path()).unwrap()).unwrap();
        assert!(doc.dct.is_some());
        assert!(doc.timexes.iter().all(|t| Label::TEMPORAL.contains(&t.label) && !t.value.is_empty()));
    }
    std::fs::remove_dir_all(out).unwrap();
}

#[test]
fn aquaint_the_second_development_set_keeps_its_figures() {
    let Some(dir) = shared("data/aquaint") else { return };
    let summary = common::json_summary(&["eval-timex", dir.to_str().unwrap()]);
    // Floors under the figures the README reports (strict 0.843, relaxed 0.937, value 0.825).
    assert!(summary["strict"]["f1"].as_f64().unwrap() >= 0.83, "{summary}");
    assert!(summary["relaxed"]["f1"].as_f64().unwrap() >= 0.93, "{summary}");
    assert!(summary["value_accuracy"].as_f64().unwrap() >= 0.82, "{summary}");
}
