//! Properties that hold for any input: spans (blocks, sentences, tokens, entities, quotes,
//! cues, speaker mentions) lie inside the text on grapheme-cluster boundaries, are sorted, do
//! not overlap within a layer, clusters hold their own mentions, and annotation is deterministic.
#![cfg(not(target_arch = "wasm32"))]

use article_annotator::{annotate, Options};
use proptest::prelude::*;
use unicode_segmentation::UnicodeSegmentation;

fn boundaries(text: &str) -> Vec<usize> {
    text.grapheme_indices(true).map(|(i, _)| i).chain([text.len()]).collect()
}

fn text_strategy() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "Ankara",
        "Erdog\u{306}an",
        "Blinken",
        " ",
        "  ",
        "\n",
        "\n\n",
        "\r\n",
        ".",
        ",",
        "\"",
        "“",
        "”",
        "'s",
        "U.S.",
        "Mr.",
        "3:30",
        "p.m.",
        "🇹🇷",
        "👩‍👩‍👧",
        "東京",
        "שלום",
        "e\u{301}",
        "(",
        ")",
        "President",
        "said",
        "the",
        "\u{0}",
        "—",
        "Share Facebook Twitter",
        "date 2024-12-13 (A- B)",
        "By Jane Doe",
        "ANKARA (Reuters) - ",
        "...",
        "?!",
        "«",
        "»",
        "‘",
        "’",
        "'",
        "he said",
        "she told reporters",
        "according to",
        "(PKK)",
        "Kurdistan Workers' Party",
        "Thursday, December 12",
        "last week",
        "two years ago",
        "mid-",
        "mid-afternoon",
        "year-end",
        "the third-quarter",
        "a year earlier",
        "every Monday",
        "$",
        "€",
        "5",
        "million",
        "%",
        "km",
        "1990s",
    ]);
    prop::collection::vec(prop_oneof![pieces.prop_map(str::to_string), any::<String>()], 0..40)
        .prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn spans_are_inside_sorted_and_on_grapheme_boundaries(text in text_strategy()) {
        let doc = annotate(&text, &Options { tokens: true, ..Options::default() });
        let bounds = boundaries(&text);
        let on_boundary = |offset: usize| bounds.binary_search(&offset).is_ok();
        let mut layers: Vec<(&str, Vec<(usize, usize)>)> = vec![
            ("blocks", doc.blocks.iter().map(|b| (b.start, b.end)).collect()),
            ("sentences", doc.sentences.iter().map(|s| (s.start, s.end)).collect()),
            ("tokens", doc.tokens.iter().flatten().map(|t| (t.start, t.end)).collect()),
            ("entities", doc.entities.iter().map(|e| (e.start, e.end)).collect()),
            ("quotes", doc.quotes.iter().map(|q| (q.start, q.end)).collect()),
        ];
        // Cues and speaker mentions lie inside the text too; clusters name real entities.
        for range in doc.quotes.iter().flat_map(|q| q.cue.into_iter().chain(q.speaker_mention)) {
            prop_assert!(range.start < range.end && range.end <= text.len() && on_boundary(range.start) && on_boundary(range.end));
        }
        for cluster in &doc.clusters {
            prop_assert!(cluster.mentions.iter().all(|&m| doc.entities[m].cluster_index() == Some(cluster.id)));
        }
        for (name, spans) in &mut layers {
            for &(start, end) in spans.iter() {
                prop_assert!(start < end && end <= text.len(), "{name} span {start}..{end} outside the text");
                prop_assert!(on_boundary(start) && on_boundary(end), "{name} span {start}..{end} splits a grapheme");
            }
            prop_assert!(spans.windows(2).all(|w| w[0].1 <= w[1].0), "{name} overlap or are unsorted: {spans:?}");
        }
        for entity in &doc.entities {
            prop_assert_eq!(&text[entity.start..entity.end], &*entity.text);
        }
        prop_assert_eq!(&doc, &annotate(&text, &Options { tokens: true, ..Options::default() }));
    }
}
