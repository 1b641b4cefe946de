//! Overlap removal: of two quotes that overlap, which one stays and where the other ends.


/// The end of reported content cut off at `cut`, without the punctuation and the conjunction
/// that joined it to what follows ("… to resign, and").
pub(super) fn clause_end(text: &str, start: usize, cut: usize) -> usize {
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
