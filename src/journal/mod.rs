//! The resident's journal: events on disk, and what they add up to.
//!
//! - [`event`]: the facts (drawn, checked in, …), append-only.
//! - [`rules`]: the pure fold from facts to rounds, streaks and stats.
//! - [`draw`]: the round's card order.
//! - [`store`], [`summary`]: month files on disk, and the cache over old months.
//! - [`transfer`]: export and import (JSON, CSV).
//! - [`pledge`]: where an imported workshop pledge goes (a day not yet drawn).
//! - [`view`]: what `status`, `history` and `why` show, computed once for
//!   the command line and the TUI alike.

pub mod actions;
pub mod draw;
pub mod event;
pub mod pledge;
pub mod rules;
pub mod store;
pub mod summary;
pub mod transfer;
pub mod view;

use std::collections::BTreeMap;

use jiff::civil::Date;

pub use event::{Event, EventKind, Pledge};
pub use rules::{DayFacts, Progress};
pub use store::{JournalError, Lock, Store, WriteLock};

/// The journal as of today: progress up to yesterday, and the recent days' facts.
#[derive(Debug, Clone)]
pub struct Today {
    pub date: Date,
    /// The fold over every final day, up to and including yesterday.
    pub progress: Progress,
    /// Facts of the open months (at least yesterday and today).
    pub recent: BTreeMap<Date, DayFacts>,
}

impl Today {
    /// The journal of someone who has recorded nothing yet.
    pub fn empty(date: Date) -> Today {
        Today {
            date,
            progress: Progress::default(),
            recent: BTreeMap::new(),
        }
    }

    /// Today's journal from events already in memory, folded from the start
    /// (for commands that read every event anyway, and for tests).
    pub fn from_events(events: &[Event], date: Date) -> Today {
        let recent = rules::facts_by_day(events);
        let mut progress = Progress::default();
        if let Ok(yesterday) = date.yesterday() {
            progress.advance(&recent, yesterday, None);
        }
        Today {
            date,
            progress,
            recent,
        }
    }

    /// The facts of a recent day (empty if nothing happened).
    pub fn facts(&self, day: Date) -> DayFacts {
        self.recent.get(&day).cloned().unwrap_or_default()
    }

    pub fn yesterday(&self) -> Date {
        self.date.yesterday().unwrap_or(self.date)
    }

    /// Progress with today applied: what `status` shows.
    pub fn with_today(&self) -> (Progress, rules::TraceDay) {
        let mut progress = self.progress.clone();
        let trace = progress.apply_today(self.date, &self.facts(self.date));
        (progress, trace)
    }
}

/// Loads the journal for `date`. Reads the summary plus the open months:
/// the month of yesterday and everything after.
///
/// The clock decides what today is, even when it goes backwards (a flight
/// west, a clock set back): events are kept by date, so a day already
/// recorded is never counted twice, and days after `date` simply do not
/// count yet.
pub fn load_today(store: &Store, date: Date, lock: &Lock) -> Result<Today, JournalError> {
    let open_from = date.yesterday().unwrap_or(date).first_of_month();
    let (closed, open): (Vec<_>, Vec<_>) = store
        .stamps(lock)?
        .into_iter()
        .partition(|stamp| stamp.first_day() < open_from);

    let mut progress = closed_progress(store, &closed, open_from, lock)?;
    let events = store.read_stamped(&open, lock)?;
    let recent = rules::facts_by_day(&events);
    if let Ok(yesterday) = date.yesterday() {
        progress.advance(&recent, yesterday, None);
    }
    Ok(Today {
        date,
        progress,
        recent,
    })
}

/// The fold over the closed months, from the summary when it is current.
fn closed_progress(
    store: &Store,
    closed: &[store::Stamp],
    open_from: Date,
    lock: &Lock,
) -> Result<Progress, JournalError> {
    let through = open_from.yesterday().ok();
    if closed.is_empty() {
        return Ok(Progress::default());
    }
    if let Some(progress) = summary::load(store, closed, lock)
        && progress.through == through
    {
        return Ok(progress);
    }
    let events = store.read_stamped(closed, lock)?;
    let mut progress = Progress::default();
    if let Some(through) = through {
        progress.advance(&rules::facts_by_day(&events), through, None);
    }
    // A quiet stretch may end before `through`; pin it so the check above holds.
    progress.through = through;
    summary::save(store, closed, &progress, lock);
    Ok(progress)
}

/// Every event, in applying order: for `why`, `history` and export.
pub fn load_all(store: &Store, lock: &Lock) -> Result<Vec<Event>, JournalError> {
    store.read_stamped(&store.stamps(lock)?, lock)
}
