//! The library's error type. The binary prints it and exits with status 1.

use std::io;

use crate::clock::ClockError;
use crate::config::ConfigError;
use crate::deck::DeckError;
use crate::export::ExportError;
use crate::i18n::Lang;
use crate::i18n::diagnostic::{Describe, Diagnostic};
use crate::journal::JournalError;
use crate::journal::actions::ActionError;
use crate::journal::transfer::ImportError;
use crate::paths::NoHome;
use crate::service::NotApplied;
use crate::storage::StorageError;
use crate::workshop::{SessionError, WorkshopError};

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Deck(#[from] DeckError),

    #[error(transparent)]
    Journal(#[from] JournalError),

    #[error(transparent)]
    Clock(#[from] ClockError),

    #[error(transparent)]
    Config(#[from] ConfigError),

    #[error(transparent)]
    NoHome(#[from] NoHome),

    #[error(transparent)]
    Action(#[from] ActionError),

    #[error(transparent)]
    Import(#[from] ImportError),

    #[error(transparent)]
    Workshop(#[from] WorkshopError),

    #[error(transparent)]
    Session(#[from] SessionError),

    #[error(transparent)]
    Export(#[from] ExportError),

    /// A lock, a size limit, read-only media, a name (worded by `Describe`).
    #[error(transparent)]
    Storage(#[from] StorageError),

    /// A change that did not take (worded by `Describe`).
    #[error(transparent)]
    NotApplied(#[from] NotApplied),

    #[error("there is no card `{id}` in {deck}\n  hint: {}", unknown_card_hint(suggestion.as_deref()))]
    UnknownCard {
        id: String,
        deck: String,
        suggestion: Option<String>,
    },

    /// `deck check` found problems; it has already listed them.
    #[error("{origin} is not a valid deck: {errors} problem{}", if *errors == 1 { "" } else { "s" })]
    InvalidDeck { origin: String, errors: usize },

    #[error("cannot read the participants file {path}: {source}")]
    ParticipantsFile { path: String, source: io::Error },

    #[error("cannot write {path}: {source}")]
    WriteFile { path: String, source: io::Error },

    #[error(
        "the workshop screen needs a terminal\n  \
         hint: `xiaoshi workshop deal --participants \"王阿姨,李叔叔\" --save` deals without one"
    )]
    NeedsTerminal,

    #[error("cannot write the output: {0}")]
    Output(#[from] io::Error),
}

fn unknown_card_hint(suggestion: Option<&str>) -> String {
    match suggestion {
        Some(id) => format!("did you mean `{id}`? `xiaoshi deck list` shows every id"),
        None => "`xiaoshi deck list` shows every id".to_string(),
    }
}

impl Error {
    /// The errors this build already words in every language (storage,
    /// events that cannot be kept, session ids, changes that did not take);
    /// `None` for the others, which still print in English.
    pub fn localized(&self, lang: Lang) -> Option<Diagnostic> {
        use crate::journal::store::EventError;
        let storage = |error: &StorageError| Some(error.describe(lang));
        let event = |error: &EventError| Some(error.describe(lang));
        match self {
            Error::Storage(error)
            | Error::Journal(JournalError::Storage(error))
            | Error::Session(SessionError::Storage(error))
            | Error::Import(ImportError::Storage(error))
            | Error::Import(ImportError::Journal(JournalError::Storage(error))) => storage(error),
            Error::Journal(JournalError::Event(error))
            | Error::Import(ImportError::Journal(JournalError::Event(error))) => event(error),
            Error::Session(SessionError::BadId(error)) => Some(error.describe(lang)),
            Error::NotApplied(error) => Some(error.describe(lang)),
            _ => None,
        }
    }

    /// True when the data folder cannot be written (read-only media, or a
    /// folder of someone else's): reading still works.
    pub fn is_read_only(&self) -> bool {
        matches!(
            self,
            Error::Storage(StorageError::ReadOnly { .. })
                | Error::Journal(JournalError::Storage(StorageError::ReadOnly { .. }))
                | Error::Session(SessionError::Storage(StorageError::ReadOnly { .. }))
        )
    }

    /// True when the reader of our output went away (`xiaoshi deck list | head -1`):
    /// not a failure, so the binary exits 0 and prints nothing.
    pub fn is_broken_pipe(&self) -> bool {
        matches!(self, Error::Output(error) if error.kind() == io::ErrorKind::BrokenPipe)
    }
}
