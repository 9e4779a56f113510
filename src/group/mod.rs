//! The small-thing leader's group (小事带领人的小组): many residents on
//! paper, in WeChat and in xiaoshi, brought together; the daily tea talk, the
//! monthly review, and the names-free summary the street rolls up.
//!
//! This is the pure core: plain data and functions over it, no file system,
//! no terminal (tests/architecture.rs keeps it so). One file per concern:
//!
//! - [`model`]: the group, its members and their consent; where a check-in
//!   came from; [`month`]: a calendar month.
//! - [`file`]: the group's RON files as text (roster, month of check-ins).
//! - [`log`]: each member's journal events; [`fold`]: one fold per member
//!   by the resident's own rules ([`crate::journal::rules`]).
//! - [`card`]: cards written by hand (`h7`, `♥7`, `红桃7`, `梅花K`).
//! - [`paste`]: WeChat 接龙 lists; [`matching`]: names to members;
//!   [`record`]: what a check-in writes, and a paste's preview.
//! - [`review`]: the monthly review; [`teatalk`]: today and this week;
//!   [`counts`]: per-suit, per-source and streak counts with fixed keys.
//! - [`import`]: residents' own `journal export` files, matched to members.
//! - [`summary`]: the anonymous summary and the street's roll-up.
//! - [`flat`]: the flat check-in export (CSV for people, JSON Lines).
//! - [`report`]: the review, tea talk and roll-up as Markdown, CSV, JSON, text.
//! - [`normal`]: pasted text made comparable and safe to keep.

pub mod card;
pub mod counts;
pub mod describe;
pub mod file;
pub mod flat;
pub mod fold;
pub mod import;
pub mod log;
pub mod matching;
pub mod model;
pub mod month;
pub mod normal;
pub mod paste;
pub mod record;
pub mod report;
pub mod review;
pub mod summary;
pub mod teatalk;

pub use card::CardRef;
pub use log::{Checkins, MemberLog};
pub use model::{Consent, DeviceId, Group, GroupId, Leave, Logged, Member, MemberKey, Source};
pub use month::Month;
