//! BILOU tags over the four CoNLL entity types, and conversion to and from entity spans.

/// Number of entity types the tagger predicts.
pub const NUM_ENTITY_TYPES: usize = 4;
/// Names of the tagger's entity types, in index order (CoNLL-2003's four).
pub const ENTITY_TYPES: [&str; NUM_ENTITY_TYPES] = ["PER", "ORG", "LOC", "MISC"];
/// Number of tags: outside plus begin/inside/last/unit for each type.
pub const NUM_TAGS: usize = 1 + 4 * NUM_ENTITY_TYPES;

/// A BILOU tag: `O`, or `B-`, `I-`, `L-`, `U-` with an entity type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tag(u8);

/// Where a token stands inside an entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Position {
    /// First token of a multi-token entity.
    Begin,
    /// A middle token.
    Inside,
    /// Last token of a multi-token entity.
    Last,
    /// A one-token entity.
    Unit,
}

/// An entity found by the tagger: token range `start..end` and type index.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TokenSpan {
    /// First token.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// Index into [`ENTITY_TYPES`].
    pub entity_type: u8,
}

impl Tag {
    /// The outside tag.
    pub const OUTSIDE: Tag = Tag(0);

    /// The tag for a position inside an entity of type `entity_type`.
    pub fn new(entity_type: u8, position: Position) -> Tag {
        let offset = match position {
            Position::Begin => 1,
            Position::Inside => 2,
            Position::Last => 3,
            Position::Unit => 4,
        };
        Tag(entity_type * 4 + offset)
    }

    /// The tag with index `index` (`0..NUM_TAGS`).
    pub fn from_index(index: usize) -> Tag {
        Tag(index.min(NUM_TAGS - 1) as u8)
    }

    /// The tag's index, `0..NUM_TAGS`.
    pub fn index(self) -> u8 {
        self.0
    }

    /// The entity type, or `None` for outside.
    pub fn entity_type(self) -> Option<u8> {
        (self.0 > 0).then(|| (self.0 - 1) / 4)
    }

    /// The position, or `None` for outside.
    pub fn position(self) -> Option<Position> {
        (self.0 > 0).then(|| match (self.0 - 1) % 4 {
            0 => Position::Begin,
            1 => Position::Inside,
            2 => Position::Last,
            _ => Position::Unit,
        })
    }

    /// True when this tag may follow `previous` (use [`Tag::OUTSIDE`] at a sentence start).
    pub fn can_follow(self, previous: Tag) -> bool {
        let open = matches!(previous.position(), Some(Position::Begin | Position::Inside));
        match self.position() {
            None | Some(Position::Begin | Position::Unit) => !open,
            Some(Position::Inside | Position::Last) => open && previous.entity_type() == self.entity_type(),
        }
    }

    /// True when a sentence may end on this tag.
    pub fn can_end(self) -> bool {
        !matches!(self.position(), Some(Position::Begin | Position::Inside))
    }
}

/// BILOU tags for `len` tokens holding `spans` (which must not overlap).
pub fn tags_from_spans(len: usize, spans: &[TokenSpan]) -> Vec<Tag> {
    let mut tags = vec![Tag::OUTSIDE; len];
    for span in spans.iter().filter(|s| s.start < s.end && s.end <= len) {
        if span.end - span.start == 1 {
            tags[span.start] = Tag::new(span.entity_type, Position::Unit);
            continue;
        }
        tags[span.start] = Tag::new(span.entity_type, Position::Begin);
        for tag in &mut tags[span.start + 1..span.end - 1] {
            *tag = Tag::new(span.entity_type, Position::Inside);
        }
        tags[span.end - 1] = Tag::new(span.entity_type, Position::Last);
    }
    tags
}

/// Entity spans from BILOU tags (tolerant of invalid sequences: a stray inside tag opens one).
pub fn spans_from_tags(tags: &[Tag]) -> Vec<TokenSpan> {
    let mut spans = Vec::new();
    let mut open: Option<(usize, u8)> = None;
    for (i, tag) in tags.iter().enumerate() {
        let entity_type = tag.entity_type();
        if let Some((start, open_type)) = open {
            let continues = entity_type == Some(open_type)
                && matches!(tag.position(), Some(Position::Inside | Position::Last));
            if !continues {
                spans.push(TokenSpan { start, end: i, entity_type: open_type });
                open = None;
            }
        }
        match (tag.position(), entity_type, open) {
            (Some(Position::Unit), Some(t), _) => {
                spans.push(TokenSpan { start: i, end: i + 1, entity_type: t })
            }
            (Some(Position::Last), Some(t), Some(_)) => {
                let (start, _) = open.take().unwrap_or((i, t));
                spans.push(TokenSpan { start, end: i + 1, entity_type: t });
            }
            (Some(Position::Last), Some(t), None) => {
                spans.push(TokenSpan { start: i, end: i + 1, entity_type: t })
            }
            (Some(Position::Begin | Position::Inside), Some(t), None) => open = Some((i, t)),
            _ => {}
        }
    }
    if let Some((start, entity_type)) = open {
        spans.push(TokenSpan { start, end: tags.len(), entity_type });
    }
    spans
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_spans() {
        let spans = vec![
            TokenSpan { start: 0, end: 1, entity_type: 2 },
            TokenSpan { start: 2, end: 5, entity_type: 0 },
            TokenSpan { start: 5, end: 7, entity_type: 1 },
        ];
        let tags = tags_from_spans(8, &spans);
        assert_eq!(spans_from_tags(&tags), spans);
        assert!(tags.windows(2).all(|w| w[1].can_follow(w[0])));
    }

    #[test]
    fn transitions() {
        let b_per = Tag::new(0, Position::Begin);
        assert!(Tag::new(0, Position::Last).can_follow(b_per));
        assert!(!Tag::new(1, Position::Last).can_follow(b_per));
        assert!(!Tag::OUTSIDE.can_follow(b_per));
        assert!(!b_per.can_end());
        assert_eq!(Tag::from_index(99).index() as usize, NUM_TAGS - 1);
    }
}
