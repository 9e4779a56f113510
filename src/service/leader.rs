//! The small-thing leader: one group's folder, the clock, settings and deck,
//! opened once for both front ends (`xiaoshi group …` and the group's TUI).

use std::path::PathBuf;

use jiff::civil::Date;

use super::group::{GroupFolder, Where, place};
use crate::clock::Clock;
use crate::config::Config;
use crate::deck::Deck;
use crate::error::Result;
use crate::paths::Paths;

/// What the leader's commands work with.
pub struct Leader {
    pub folder: GroupFolder,
    /// The data folder (workshop sessions linked to the group live there).
    pub data: PathBuf,
    pub clock: Clock,
    pub config: Config,
    /// Where the language chosen in the TUI is saved.
    pub config_file: PathBuf,
    pub deck: Deck,
}

/// The data folder, clock and settings, before a group is chosen.
pub struct Desk {
    pub data: PathBuf,
    pub clock: Clock,
    pub config: Config,
    pub config_file: PathBuf,
}

impl Desk {
    pub fn from_env() -> Result<Desk> {
        let paths = Paths::from_env()?;
        Ok(Desk {
            data: paths.data,
            clock: Clock::from_env()?,
            config: Config::load(&paths.config_file)?,
            config_file: paths.config_file,
        })
    }

    /// The day the clock says it is.
    pub fn today(&self) -> Date {
        self.clock.today(self.config.day_starts_at)
    }

    /// The leader of an existing group: the one chosen, or the only one.
    pub fn open(self, chosen: Option<&Where>, deck: Deck) -> Result<Leader> {
        let folder = place::find(&self.data, chosen)?;
        Ok(Leader {
            folder,
            data: self.data,
            clock: self.clock,
            config: self.config,
            config_file: self.config_file,
            deck,
        })
    }
}

impl Leader {
    /// The day the clock says it is.
    pub fn today(&self) -> Date {
        self.clock.today(self.config.day_starts_at)
    }
}
