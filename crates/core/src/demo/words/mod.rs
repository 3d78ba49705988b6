//! Word lists the demo generator draws from. WHY a hand-written vocabulary:
//! demo data must look like a real recruiting desk (names from many cultures,
//! real skills, plausible companies and titles) yet be fully offline and
//! deterministic, so the vocabulary is compiled into the binary. The lists
//! are plain data (kept packed, hence `rustfmt::skip` on the module);
//! `text.rs` and `json.rs` compose them into values.

mod people;
mod phrases;

pub use people::*;
pub use phrases::*;
