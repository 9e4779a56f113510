//! The journal's facts: an append-only list of events. Rounds, streaks and
//! statistics are computed from them and never stored beside them.

use jiff::Timestamp;
use jiff::civil::Date;
use serde::{Deserialize, Serialize};

/// One thing that happened. `id` is the event's identity: importing an event
/// whose id is already present changes nothing, so merging is idempotent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Event {
    pub id: String,
    /// The day the event counts for (a backfill counts for yesterday).
    pub day: Date,
    /// When it was recorded.
    pub at: Timestamp,
    pub kind: EventKind,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub enum EventKind {
    /// The card order's seed, written with the first draw ever. Only the
    /// first in date order counts: one written later for an earlier day (a
    /// clock set back) must not reshuffle a round in progress.
    Seeded { seed: u64 },
    /// `xiaoshi round start`: a new round begins from this day, with a new
    /// card order from `seed`; an unfinished round ends early.
    RoundStarted { seed: u64 },
    /// The day's card.
    Drawn { card: String },
    /// The day's one redraw: `card` replaces the card drawn before.
    Redrawn { card: String },
    /// The day is done. `backfill` is true for `done --yesterday` (补卡).
    CheckedIn { backfill: bool },
    /// What was actually done that day, when it is not the card drawn:
    /// `done --card ID`, or the black joker with the resident's own words
    /// (`done --own TEXT`). It goes with the check-in: an undo takes it back.
    Credited {
        card: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        own: Option<String>,
    },
    /// The day's note, replacing any earlier one.
    NoteSet { note: String },
    /// The day's check-in (and what it credited) is taken back; the day's
    /// note stays (it belongs to the day, not to the tick).
    Undone,
    /// A card pledged at a workshop, brought in by `journal import` from the
    /// facilitator's `workshop pledge-export`: it is the day's card when no
    /// card was drawn that day (import puts it on such a day), and carries
    /// where and by when it was promised. Never the day's note: the
    /// resident's own note stays theirs.
    Pledged(Box<Pledge>),
}

/// A pledge as the resident's journal keeps it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pledge {
    pub card: String,
    /// The workshop session's name (`2026-11-24-N0VZH`).
    pub workshop: String,
    /// The day the workshop was held.
    pub held: Date,
    /// By when the resident means to have done it.
    pub by: Option<Date>,
    /// A joker's own words: the small thing itself.
    pub words: Option<String>,
    /// The note written with the pledge.
    pub note: Option<String>,
}

impl EventKind {
    /// The name used in exports and `why`.
    pub fn name(&self) -> &'static str {
        match self {
            EventKind::Seeded { .. } => "seeded",
            EventKind::RoundStarted { .. } => "round_started",
            EventKind::Drawn { .. } => "drawn",
            EventKind::Redrawn { .. } => "redrawn",
            EventKind::CheckedIn { .. } => "checked_in",
            EventKind::Credited { .. } => "credited",
            EventKind::NoteSet { .. } => "note_set",
            EventKind::Undone => "undone",
            EventKind::Pledged(_) => "pledged",
        }
    }
}

impl Event {
    /// A new event with a fresh random id.
    pub fn new(day: Date, at: Timestamp, kind: EventKind) -> Event {
        Event {
            id: format!("{:016x}", rand::random::<u64>()),
            day,
            at,
            kind,
        }
    }

    /// The oldest journal file version that can hold the event: 2 for
    /// what version 1 did not have (a credited card).
    pub fn version(&self) -> u32 {
        match self.kind {
            EventKind::Credited { .. } => 2,
            _ => 1,
        }
    }

    /// Whether the event's day is one a journal can hold ([`FIRST_YEAR`]
    /// to [`LAST_YEAR`]).
    pub fn in_range(&self) -> bool {
        (FIRST_YEAR..=LAST_YEAR).contains(&self.day.year())
    }
}

/// The first year a journal event may be dated in.
pub const FIRST_YEAR: i16 = 1900;
/// The last year a journal event may be dated in.
pub const LAST_YEAR: i16 = 2200;

/// Sorts events into applying order and drops repeated events (the same
/// id on the same day; the first is kept).
///
/// **Applying order is by day, then the order recorded** — the order of the
/// events in the month file, which is the order the commands that wrote
/// them ran in (they take the journal's lock one after another, and append).
/// It is never the clock's time: a clock set back within a day (a flight
/// west, a correction) would otherwise put a later `undo` before the
/// check-in it undoes, and the command would report success having changed
/// nothing. `at` is kept as information only. The sort is stable, so the
/// recorded order within a day is kept; events a command appends go after
/// the day's earlier events. (An import, which brings events recorded on
/// another machine, interleaves them by time: see `Store::merge`.)
///
/// Duplicates are found by id *and* day, which never spans two month
/// files: so the fold over a few months (`status`) and the fold over all of
/// them (`why`) drop exactly the same events and cannot disagree.
pub fn normalize(events: &mut Vec<Event>) {
    let mut seen = std::collections::HashSet::new();
    events.retain(|event| seen.insert((event.day, event.id.clone())));
    events.sort_by_key(|event| event.day);
}
