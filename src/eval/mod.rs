//! Evaluation: readers of the annotated corpora and the scorers that compare the annotator's
//! output with them. Evaluation depends on the core ([`crate::annotate`] and its passes), never
//! the reverse.
//!
//! - [`conll`]: CoNLL-2003 files (and two-column files such as wikigold), conlleval's chunk F1;
//! - [`timeml`]: TimeML (TIMEX3) files, TempEval-3's strict, relaxed and value scores;
//! - [`error_groups`]: errors grouped by kind and pattern, the shape of both error reports;
//! - [`timex_errors`]: the date finder's errors grouped by pattern;
//! - [`ner_errors`]: the entity tagger's misses, false alarms and confusions grouped by name;
//! - [`polnear`]: PolNeAR attributions (brat standoff), quote and source scores;
//! - [`gum`]: GUM coreference, whether the person shown for a quote is the right one.

pub mod conll;
pub mod error_groups;
pub mod gum;
pub mod ner_errors;
pub mod polnear;
pub mod timeml;
pub mod timex_errors;
