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
    load_today_with(store, date, lock, &mut None)
}

/// The fold over the closed months as a load found it, and the stamps of
/// the month files it stands for.
#[derive(Debug, Clone)]
pub struct ClosedFold {
    months: Vec<store::Stamp>,
    through: Option<Date>,
    progress: Progress,
}

/// [`load_today`], remembering the closed months' fold in `known`: a writer
/// that loads, writes and loads again to check its write (`Resident::write`)
/// reads the summary once, not twice (on ten years, a third of the
/// instructions of `done`). The fold is reused only while the month files'
/// stamps are exactly those it was made from, the summary's own rule, so a
/// write into a closed month (a backfill) folds again.
pub fn load_today_with(
    store: &Store,
    date: Date,
    lock: &Lock,
    known: &mut Option<ClosedFold>,
) -> Result<Today, JournalError> {
    let open_from = date.yesterday().unwrap_or(date).first_of_month();
    let (closed, open): (Vec<_>, Vec<_>) = store
        .stamps(lock)?
        .into_iter()
        .partition(|stamp| stamp.first_day() < open_from);

    let through = open_from.yesterday().ok();
    let mut progress = match known {
        Some(fold) if fold.months == closed && fold.through == through => fold.progress.clone(),
        _ => {
            let progress = closed_progress(store, &closed, through, lock)?;
            *known = Some(ClosedFold {
                months: closed,
                through,
                progress: progress.clone(),
            });
            progress
        }
    };
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

/// The fold over the closed months (every day through `through`), from the
/// summary when it is current.
fn closed_progress(
    store: &Store,
    closed: &[store::Stamp],
    through: Option<Date>,
    lock: &Lock,
) -> Result<Progress, JournalError> {
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

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn checked_in(day: Date, card: &str) -> Vec<Event> {
        let at = day.at(8, 0, 0, 0).in_tz("UTC").expect("a time").timestamp();
        vec![
            Event::new(day, at, EventKind::Drawn { card: card.into() }),
            Event::new(day, at, EventKind::CheckedIn { backfill: false }),
        ]
    }

    #[test]
    fn a_second_load_reuses_the_closed_fold_until_a_closed_month_changes() {
        let dir = tempfile::tempdir().expect("dir");
        let store = Store::new(dir.path().to_path_buf());
        let lock = store.lock_exclusive().expect("lock");
        store
            .append(checked_in(date(2026, 9, 10), "hearts-a"), &lock)
            .expect("append");
        let day = date(2026, 11, 20);
        let mut known = None;
        let first = load_today_with(&store, day, &lock, &mut known).expect("load");
        assert!(known.is_some(), "the closed fold is remembered");
        assert_eq!(first.progress.streak.best, 1);

        // Remembered: the summary is not read again (a missing one would be
        // rebuilt and written), and the answer is the same.
        std::fs::remove_file(store.summary_path()).expect("remove the summary");
        let again = load_today_with(&store, day, &lock, &mut known).expect("load");
        assert!(!store.summary_path().exists(), "the summary was not needed");
        assert_eq!(again.progress, first.progress);

        // A write into a closed month (a backfill, an import) folds again.
        store
            .append(checked_in(date(2026, 9, 11), "hearts-2"), &lock)
            .expect("append");
        let after = load_today_with(&store, day, &lock, &mut known).expect("load");
        assert_eq!(after.progress.streak.best, 2);
        assert_eq!(
            after.progress,
            load_today(&store, day, &lock).expect("load").progress,
            "the same as a load from scratch"
        );
    }
}
