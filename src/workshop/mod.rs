//! Facilitator sessions: a room of residents, a deck, a timer, and pledges.
//!
//! - [`setup`]: participants, hand size, piles in play, minutes, the seed
//!   and its short code; every rule about them.
//! - [`deal`]: hands from one shuffled deck; swaps; reshuffling the discards.
//! - [`timer`]: the turn timer, with time passed in.
//! - [`session`]: a whole session and the changes made to it.
//! - [`store`]: session files, saved atomically after every change, under a lock.
//! - [`merge`]: a session changed on the screen and on disk at once, merged.
//! - [`report`]: the session's report as Markdown, CSV, JSON, HTML or PDF.
//! - [`notice`]: the pledge notice for the stairwell board, as a poster.
//! - [`pledge_export`]: a pledge as a journal event for the participant.
//! - [`pledge_cards`]: the 承诺卡 sheet, a card per pledge to cut out.
//!
//! All but [`store`] are pure: no clock, no files, no terminal.

pub mod deal;
mod describe;
pub mod merge;
pub mod notice;
pub mod pledge_cards;
pub mod pledge_export;
pub mod report;
pub mod session;
pub mod setup;
pub mod store;
pub mod timer;

pub use deal::{DealError, Swap, Table};
pub use session::{Phase, Pledge, PledgeRequest, Session, WorkshopError};
pub use setup::{Setup, SetupError};
pub use store::{Opened, SessionError, SessionFile, Sessions};
