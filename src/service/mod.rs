//! The service layer: what a person works with (a resident's journal, a
//! leader's group), opened, locked, folded and saved in one place. Both
//! front ends — `commands/` (the command line) and `tui/` — sit above it and
//! only present; it imports neither of them.

pub mod group;
pub mod identity;
mod leader;
pub mod papers;
mod resident;

pub use group::{GroupError, GroupFolder};
pub use leader::{Desk, Leader};
pub use resident::{Imported, NotApplied, Resident};
