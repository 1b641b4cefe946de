//! Names a government speaks under: "South Korea says …", "Beijing said …", "the Kremlin
//! said …" report what the government there says, so such a place can be a quote's speaker,
//! while other places never are ("Wall Street said" stays unattributed). The names are
//! `models/governments.txt`, generated from the countries-list npm package (countries, their
//! other names and capitals) with news forms and seats of government by
//! `scripts/wordlists.mjs`.

use std::sync::LazyLock;

use rustc_hash::FxHashSet;

/// The names, as written (case matters: "US" is a country, "us" is not).
static GOVERNMENTS: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| {
    include_str!("../../models/governments.txt").lines().filter(|line| !line.starts_with('#')).collect()
});

/// Whether `name` (a place's words, "the" left out) is a country, its capital or a seat of
/// government, which speaks for the government ("South Korea", "Kremlin"; not "Wall Street").
pub(crate) fn speaks_for_a_government(name: &str) -> bool {
    GOVERNMENTS.contains(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn countries_capitals_and_seats_of_government_speak_other_places_do_not() {
        for name in ["South Korea", "North Korea", "U.S.", "Britain", "Beijing", "Kremlin", "White House"] {
            assert!(speaks_for_a_government(name), "{name}");
        }
        for name in ["Wall Street", "Czech", "Brooklyn", "Victoria", "Paris", "south korea"] {
            assert!(!speaks_for_a_government(name), "{name}");
        }
    }
}
