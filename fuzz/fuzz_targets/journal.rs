//! Fuzzes the journal loaders: a month file (`store::parse_month`) and an
//! import file (`transfer::read_import`: JSON, CSV or a month file) must give
//! events or an error, never a panic, a stack overflow or a hang.
//!
//! The first byte chooses the loader: even (e.g. `R`) → the month-file parser
//! on the rest; odd (e.g. `I`) → the import reader on the rest, written to a
//! temporary file since it takes a path. Errors are formatted (their `Display`
//! code must not panic). Events that load are folded as the journal does
//! (`normalize`, `facts_by_day`, `Progress::advance` up to the last day), and
//! the resulting `Progress` goes through the summary cache's JSON round trip,
//! which must give it back unchanged.

#![no_main]

use libfuzzer_sys::fuzz_target;

include!("journal_check.rs");

fuzz_target!(|data: &[u8]| {
    check(data);
});
