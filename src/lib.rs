//! xiaoshi (小事) — a terminal card deck and habit tracker for the 社区小事
//! (Community Small Things) neighbourhood programme.
//!
//! The library holds everything; `src/main.rs` only parses arguments, runs a
//! command and maps the outcome to an exit code. Modules, one per concern:
//!
//! - [`deck`]: suits, ranks and cards; loading and validating RON deck files.
//! - [`journal`]: the resident's check-ins: events, the streak and round
//!   rules, and safe storage.
//! - [`clock`], [`config`], [`paths`]: today's date, settings, where files live.
//! - [`storage`]: one discipline for every file written (validated names,
//!   locks, atomic replace with a backup, bounded reads), on [`fsutil`];
//!   [`ronfile`]: reading versioned RON files.
//! - [`group`]: the small-thing leader's group: members fed by paper, WeChat
//!   接龙 lists and xiaoshi; the tea talk, the monthly review, the roll-up.
//! - [`workshop`]: facilitator sessions: dealing, turns, the timer, pledges.
//! - [`export`]: the printable deck: print-and-play PDF, SVG cards, the paper tracker.
//! - [`service`]: what a person works with (the resident's journal), opened,
//!   locked and saved once for both front ends.
//! - [`tui`]: the terminal UIs (`xiaoshi`, and `xiaoshi workshop`).
//! - [`cli`]: the clap definitions, which also feed completions and the man page.
//! - [`commands`]: what each subcommand prints, written to any `io::Write`.
//! - [`i18n`]: the languages (as data) and every user-facing string, errors too.
//! - [`input`]: values as people type them (full-width digits, `，` lists, `年月日` dates).
//! - [`text`]: layout by terminal display width (CJK is two columns wide).
//! - [`error`]: the library's error type.

pub mod cli;
pub mod clock;
pub mod commands;
pub mod config;
pub mod deck;
// `Deck::builtin`, from the tables build.rs bakes by compiling `deck/`
// (so it cannot be declared there).
#[path = "deck/baked.rs"]
mod baked_deck;
pub mod error;
pub mod export;
pub mod fsutil;
pub mod group;
pub mod i18n;
pub mod input;
pub mod journal;
pub mod paths;
pub mod ronfile;
#[doc(hidden)]
pub mod sample;
pub mod service;
pub mod storage;
pub mod text;
pub mod tui;
pub mod workshop;

pub use error::{Error, Result};
