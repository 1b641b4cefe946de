//! The model file's byte layout: little-endian numbers, LEB128 varints, and columns.
//!
//! A model file stores its records column by column — every record's first field, then every
//! record's second field, and so on — and sorted keys as varint gaps, not as whole numbers:
//! like values sit together, so the file (and the WebAssembly module that embeds it) packs
//! smaller under gzip. A [`ByteReader`] reads the columns back side by side, one reader a column,
//! without copying any of them.
//!
//! ```
//! use article_annotator::ner::format::{put_varint, sorted_gaps, ByteReader};
//!
//! let mut out = Vec::new();
//! for gap in sorted_gaps([3u32, 200, 201]) {
//!     put_varint(&mut out, gap);
//! }
//! assert_eq!(out, [3, 197, 1, 1]);
//! let mut reader = ByteReader::new(&out);
//! let mut gaps = reader.varint_column(3).unwrap();
//! assert_eq!((gaps.varint(), gaps.varint(), gaps.varint()), (Some(3), Some(197), Some(1)));
//! assert_eq!(reader.remaining(), 0);
//! ```

/// Reads little-endian numbers from a byte slice.
#[derive(Debug, Clone)]
pub struct ByteReader<'a> {
    bytes: &'a [u8],
}

impl<'a> ByteReader<'a> {
    /// A reader at the start of `bytes`.
    pub fn new(bytes: &'a [u8]) -> ByteReader<'a> {
        ByteReader { bytes }
    }

    /// The next `n` bytes; `None` (reading nothing) when fewer are left.
    pub fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        if self.bytes.len() < n {
            return None;
        }
        let (head, tail) = self.bytes.split_at(n);
        self.bytes = tail;
        Some(head)
    }

    /// A reader over the next `n` bytes (a column of fixed-size fields), which this one skips.
    pub fn column(&mut self, n: usize) -> Option<ByteReader<'a>> {
        self.take(n).map(ByteReader::new)
    }

    /// A reader over the next `count` varints, which this one skips.
    pub fn varint_column(&mut self, count: usize) -> Option<ByteReader<'a>> {
        let mut skim = self.clone();
        for _ in 0..count {
            skim.varint()?;
        }
        let length = self.bytes.len() - skim.bytes.len();
        self.column(length)
    }

    /// Number of bytes not read yet.
    pub fn remaining(&self) -> usize {
        self.bytes.len()
    }

    /// Reads one byte.
    pub fn u8(&mut self) -> Option<u8> {
        self.take(1).map(|b| b[0])
    }

    /// Reads a `u16`.
    pub fn u16(&mut self) -> Option<u16> {
        self.take(2).map(|b| u16::from_le_bytes([b[0], b[1]]))
    }

    /// Reads a `u32`.
    pub fn u32(&mut self) -> Option<u32> {
        self.take(4).map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    /// Reads an unsigned LEB128 varint of at most five bytes.
    pub fn varint(&mut self) -> Option<u32> {
        let mut value = 0u32;
        for shift in (0..35).step_by(7) {
            let byte = self.u8()?;
            value |= u32::from(byte & 0x7F).checked_shl(shift)?;
            if byte & 0x80 == 0 {
                return Some(value);
            }
        }
        None
    }

    /// Reads the next of a column of sorted keys stored as gaps: `previous` plus the gap, or
    /// `None` when the sum overflows (not a file we wrote).
    pub fn next_key(&mut self, previous: u32) -> Option<u32> {
        previous.checked_add(self.varint()?)
    }
}

/// Appends `value` as an unsigned LEB128 varint.
pub fn put_varint(out: &mut Vec<u8>, mut value: u32) {
    while value >= 0x80 {
        out.push((value as u8 & 0x7F) | 0x80);
        value >>= 7;
    }
    out.push(value as u8);
}

/// The gaps between ascending keys, the first from 0: what a key column stores.
pub fn sorted_gaps(keys: impl IntoIterator<Item = u32>) -> impl Iterator<Item = u32> {
    keys.into_iter().scan(0u32, |previous, key| {
        let gap = key - *previous;
        *previous = key;
        Some(gap)
    })
}
