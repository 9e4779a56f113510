//! The resident: one person's journal, clock, settings and deck, opened once
//! and used by both front ends (the command line in `commands/`, the TUI in
//! `tui/`). Reads take the shared lock, writes the exclusive one; the front
//! ends only present what comes back.

use std::path::PathBuf;

use jiff::civil::Date;

use crate::clock::Clock;
use crate::config::Config;
use crate::deck::Deck;
use crate::error::Result;
use crate::i18n::diagnostic::{Describe, Diagnostic};
use crate::i18n::{Lang, fill_named};
use crate::journal::{self, Store, Today, actions};
use crate::paths::Paths;

/// A change written to the journal that does not show when it is read
/// back: reported as an error rather than as success.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotApplied {
    pub day: Date,
    /// The event's kind as exports name it (`undone`, `note_set`, …).
    pub kind: &'static str,
}

impl Describe for NotApplied {
    fn describe(&self, lang: Lang) -> Diagnostic {
        use crate::i18n::storage as t;
        Diagnostic::with_hint(
            fill_named(
                t::NOT_APPLIED.get(lang),
                &[("day", &self.day), ("kind", &self.kind)],
            ),
            *t::NOT_APPLIED_HINT.get(lang),
        )
    }
}

crate::describe_display!(NotApplied);

impl std::error::Error for NotApplied {}

/// What the resident's commands work with.
pub struct Resident {
    pub store: Store,
    pub clock: Clock,
    pub config: Config,
    /// Where `config` came from; the TUI saves the language chosen there.
    pub config_file: PathBuf,
    pub deck: Deck,
}

impl Resident {
    pub fn from_env(deck: Deck) -> Result<Resident> {
        let paths = Paths::from_env()?;
        Ok(Resident {
            store: Store::new(paths.data),
            clock: Clock::from_env()?,
            config: Config::load(&paths.config_file)?,
            config_file: paths.config_file,
            deck,
        })
    }

    /// The day the clock says it is.
    pub fn clock_day(&self) -> Date {
        self.clock.today(self.config.day_starts_at)
    }

    /// Runs `act` on today's journal under the write lock and appends what it returns.
    pub fn write<T>(
        &self,
        act: impl FnOnce(&Today) -> Result<(Vec<journal::Event>, T)>,
    ) -> Result<(Today, T)> {
        let lock = self.store.lock_exclusive()?;
        let mut closed = None;
        let today = journal::load_today_with(&self.store, self.clock_day(), &lock, &mut closed)?;
        let (events, outcome) = act(&today)?;
        if events.is_empty() {
            return Ok((today, outcome));
        }
        self.store.append(events.clone(), &lock)?;
        // Re-read so the report shows exactly what is now on disk, and check
        // that every change took: a command never reports what it did not do.
        // (The closed months' fold is read again only if the write changed
        // one of their files.)
        let today = journal::load_today_with(&self.store, self.clock_day(), &lock, &mut closed)?;
        if let Some(event) = events
            .iter()
            .find(|event| event.day >= today.yesterday() && !actions::in_effect(&today, event))
        {
            return Err(NotApplied {
                day: event.day,
                kind: event.kind.name(),
            }
            .into());
        }
        Ok((today, outcome))
    }
}

impl Resident {
    /// Today's journal under the read lock (an empty one if nothing is
    /// recorded; read without a lock on read-only media).
    pub fn read_today(&self) -> Result<Today> {
        let lock = self.store.lock_shared()?;
        Ok(journal::load_today(&self.store, self.clock_day(), &lock)?)
    }

    /// Every event under the read lock.
    pub fn read_all(&self) -> Result<Vec<journal::Event>> {
        let lock = self.store.lock_shared()?;
        Ok(journal::load_all(&self.store, &lock)?)
    }
}

/// What `journal import` did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Imported {
    /// New events written.
    pub added: usize,
    /// Each workshop pledge brought in, and where it went.
    pub pledges: Vec<(journal::Pledge, journal::pledge::Placed)>,
}

impl Resident {
    /// Merges `events` into the journal by id (see `Store::merge`). A
    /// workshop pledge not imported before goes on the first open day
    /// ([`journal::pledge::place`]), recorded now; a pledge that cannot be
    /// placed refuses the whole import, which then writes nothing.
    pub fn import(&self, mut events: Vec<journal::Event>) -> Result<Imported> {
        let lock = self.store.lock_exclusive()?;
        let mut all = journal::load_all(&self.store, &lock)?;
        let known: std::collections::HashSet<String> =
            all.iter().map(|event| event.id.clone()).collect();
        let today = self.clock_day();
        let mut pledges = Vec::new();
        for event in &mut events {
            if known.contains(&event.id) {
                continue;
            }
            let journal::EventKind::Pledged(pledge) = &event.kind else {
                continue;
            };
            let days = journal::rules::facts_by_day(&all);
            let placed = journal::pledge::place(&days, today, event.day, pledge)?;
            event.day = placed.day;
            // Recorded now: after whatever this journal holds for that day.
            event.at = self.clock.now;
            pledges.push(((**pledge).clone(), placed));
            all.push(event.clone());
            journal::event::normalize(&mut all);
        }
        let added = self.store.merge(events, &lock)?;
        Ok(Imported { added, pledges })
    }
}
