//! The service layer: what a person works with (a resident's journal, a
//! facilitator's sessions), opened, locked, folded and saved in one place.
//! Both front ends — `commands/` (the command line) and `tui/` — sit above it
//! and only present; it imports neither of them.

pub mod papers;
mod resident;

pub use resident::{Imported, NotApplied, Resident};
