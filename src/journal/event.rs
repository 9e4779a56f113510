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
    /// The day's note, replacing any earlier one.
    NoteSet { note: String },
    /// The day's check-in (and its note) is taken back.
    Undone,
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
            EventKind::NoteSet { .. } => "note_set",
            EventKind::Undone => "undone",
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

    /// The order events are applied in: by day, then by time recorded.
    pub fn sort_key(&self) -> (Date, Timestamp) {
        (self.day, self.at)
    }
}

/// Sorts events into applying order and drops repeated ids (the first kept).
///
/// The sort is stable: events recorded at the same instant keep the order
/// they were appended in. One command writes its events at one instant
/// (round started, drawn, checked in, note), and a fixed `XIAOSHI_NOW` makes
/// every command share one, so their order must come from the file.
pub fn normalize(events: &mut Vec<Event>) {
    let mut seen = std::collections::HashSet::new();
    events.retain(|event| seen.insert(event.id.clone()));
    events.sort_by_key(Event::sort_key);
}
