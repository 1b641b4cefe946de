//! Tests scaffold
pub mod document;
pub mod offsets;
pub mod sentences;
pub mod span;
pub mod tokenize;
pub use span::Span;
