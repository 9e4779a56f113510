//! Where a user's files live. `XIAOSHI_HOME` puts everything in one folder
//! (tests, portable installs, a synced folder); otherwise the platform's data
//! and config folders from `directories`.

use std::path::PathBuf;

use crate::i18n::errors as text;
use crate::i18n::{Describe, Diagnostic, Lang};

/// The folders xiaoshi reads and writes.
#[derive(Debug, Clone)]
pub struct Paths {
    /// Journal shards, the lock file and the derived summary.
    pub data: PathBuf,
    /// The config file's path.
    pub config_file: PathBuf,
}

/// No folder for xiaoshi's files: no `XIAOSHI_HOME` and no home directory.
#[derive(Debug)]
pub struct NoHome;

impl Describe for NoHome {
    fn describe(&self, lang: Lang) -> Diagnostic {
        Diagnostic::with_hint(*text::NO_HOME.get(lang), *text::NO_HOME_HINT.get(lang))
    }
}

crate::describe_display!(NoHome);
impl std::error::Error for NoHome {}

impl Paths {
    pub fn from_env() -> Result<Paths, NoHome> {
        if let Some(home) = std::env::var_os("XIAOSHI_HOME").filter(|h| !h.is_empty()) {
            return Ok(Paths::in_folder(PathBuf::from(home)));
        }
        let dirs = directories::ProjectDirs::from("org", "shequ", "xiaoshi").ok_or(NoHome)?;
        Ok(Paths {
            data: dirs.data_dir().to_path_buf(),
            config_file: dirs.config_dir().join("config.ron"),
        })
    }

    /// Everything in one folder.
    pub fn in_folder(home: PathBuf) -> Paths {
        Paths {
            config_file: home.join("config.ron"),
            data: home,
        }
    }
}
