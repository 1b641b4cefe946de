//! Errors grouped by kind and pattern, most frequent first, each group with a few examples in
//! context: the shape the error reports of `eval-timex` and `eval-ner` share.

use std::collections::BTreeMap;
use std::fmt::Write;

/// A kind of error a report has a section for.
pub trait ErrorKind: Copy + Ord + 'static {
    /// Every kind, in the order the report shows them.
    const ALL: &'static [Self];
    /// The section's title.
    fn title(self) -> &'static str;
}

/// How many examples a group keeps.
const EXAMPLES: usize = 3;

/// Errors of kinds `K`, grouped by pattern.
#[derive(Debug)]
pub struct ErrorGroups<K> {
    groups: BTreeMap<(K, String), (usize, Vec<String>)>,
}

impl<K> Default for ErrorGroups<K> {
    fn default() -> Self {
        ErrorGroups { groups: BTreeMap::new() }
    }
}

impl<K: ErrorKind> ErrorGroups<K> {
    /// Counts one error of `kind` under `pattern`, keeping `example` if the group has few.
    pub fn note(&mut self, kind: K, pattern: String, example: String) {
        let (count, examples) = self.groups.entry((kind, pattern)).or_default();
        *count += 1;
        if examples.len() < EXAMPLES {
            examples.push(example);
        }
    }

    /// How many errors of a kind there are.
    pub fn count(&self, kind: K) -> usize {
        self.groups.iter().filter(|((k, _), _)| *k == kind).map(|(_, (n, _))| n).sum()
    }

    /// The report: for each kind, its `top` most frequent groups with their examples.
    pub fn report(&self, top: usize) -> String {
        let mut out = String::new();
        for &kind in K::ALL {
            let mut groups: Vec<(&String, &(usize, Vec<String>))> = self
                .groups
                .iter()
                .filter(|((k, _), _)| *k == kind)
                .map(|((_, pattern), group)| (pattern, group))
                .collect();
            groups.sort_by(|a, b| b.1 .0.cmp(&a.1 .0).then(a.0.cmp(b.0)));
            let _ = writeln!(
                out,
                "\n## {} — {} errors in {} groups",
                kind.title(),
                self.count(kind),
                groups.len()
            );
            for (pattern, (count, examples)) in groups.into_iter().take(top) {
                let _ = writeln!(out, "{count:>5}  {pattern}");
                for example in examples {
                    let _ = writeln!(out, "         {example}");
                }
            }
        }
        out
    }
}
