//! The model file's byte layout: little-endian numbers, LEB128 varints, and columns.
//!
//! A model file stores its records column by column — every record's first field, then every
//! record's second field, and so on — and sorted keys as varint gaps, not as whole numbers:
//! like values sit together, so the file (and the WebAssembly module that embeds it) packs
//! smaller under gzip. A [`ByteReader`] reads the columns back side by side, one reader a column,
//! without copying any of them.
//!
//! ```
//! use article_annotator::ner::format::{put_key_column, ByteReader};
//!
//! let mut out = Vec::new();
//! put_key_column(&mut out, [3, 200, 201]);
//! out.push(9);
//! assert_eq!(out, [3, 197, 1, 1, 9]); // gaps 3, 197 (two bytes), 1, then what follows
//! let mut reader = ByteReader::new(&out);
//! let mut keys = reader.key_column(3).unwrap();
//! assert_eq!((keys.next_key(), keys.next_key(), keys.next_key()), (Some(3), Some(200), Some(201)));
//! assert_eq!(reader.u8(), Some(9));
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
    fn varint_column(&mut self, count: usize) -> Option<ByteReader<'a>> {
        let mut skim = self.clone();
        for _ in 0..count {
            skim.varint()?;
        }
        let length = self.bytes.len() - skim.bytes.len();
        self.column(length)
    }

    /// A reader over the next `count` sorted keys ([`put_key_column`]), which this one skips.
    pub fn key_column(&mut self, count: usize) -> Option<KeyColumn<'a>> {
        Some(KeyColumn { gaps: self.varint_column(count)?, previous: 0 })
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
}

/// A column of ascending keys stored as gaps ([`put_key_column`]), read back key by key.
#[derive(Debug, Clone)]
pub struct KeyColumn<'a> {
    gaps: ByteReader<'a>,
    previous: u32,
}

impl KeyColumn<'_> {
    /// The next key: the one before plus its gap; `None` past the column or when the sum
    /// overflows (not a file we wrote).
    pub fn next_key(&mut self) -> Option<u32> {
        self.previous = self.previous.checked_add(self.gaps.varint()?)?;
        Some(self.previous)
    }
}

/// Appends `value` as an unsigned LEB128 varint.
fn put_varint(out: &mut Vec<u8>, mut value: u32) {
    while value >= 0x80 {
        out.push((value as u8 & 0x7F) | 0x80);
        value >>= 7;
    }
    out.push(value as u8);
}

/// Appends ascending keys as a column of varint gaps, the first from 0.
pub fn put_key_column(out: &mut Vec<u8>, keys: impl IntoIterator<Item = u32>) {
    let mut previous = 0;
    for key in keys {
        put_varint(out, key - previous);
        previous = key;
    }
}
