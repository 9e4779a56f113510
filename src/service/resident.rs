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
use crate::journal::{self, Store, Today};
use crate::paths::Paths;

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
        let today = journal::load_today(&self.store, self.clock_day(), &lock)?;
        let (events, outcome) = act(&today)?;
        if events.is_empty() {
            return Ok((today, outcome));
        }
        self.store.append(events, &lock)?;
        // Re-read so the report shows exactly what is now on disk.
        let today = journal::load_today(&self.store, self.clock_day(), &lock)?;
        Ok((today, outcome))
    }
}

impl Resident {
    /// Today's journal under the read lock; an empty one if nothing is recorded.
    pub fn read_today(&self) -> Result<Today> {
        let clock_day = self.clock_day();
        match self.store.lock_shared()? {
            Some(lock) => Ok(journal::load_today(&self.store, clock_day, &lock)?),
            None => Ok(Today::empty(clock_day)),
        }
    }

    /// Every event under the read lock.
    pub fn read_all(&self) -> Result<Vec<journal::Event>> {
        match self.store.lock_shared()? {
            Some(lock) => Ok(journal::load_all(&self.store, &lock)?),
            None => Ok(Vec::new()),
        }
    }
}
