//! The library's error type. The binary words it in the user's language
//! ([`Describe`]) and exits with status 1, or 2 for a bad value on the
//! command line ([`Error::is_usage`]).

use std::io;

use crate::clock::ClockError;
use crate::config::ConfigError;
use crate::deck::{DeckError, Problem};
use crate::export::ExportError;
use crate::i18n::errors as text;
use crate::i18n::{Describe, Diagnostic, Lang, fill_named};
use crate::input::InputError;
use crate::journal::JournalError;
use crate::journal::actions::ActionError;
use crate::journal::pledge::Refused as PledgeRefused;
use crate::journal::transfer::ImportError;
use crate::paths::NoHome;
use crate::service::{GroupError, NotApplied};
use crate::storage::StorageError;
use crate::workshop::{SessionError, WorkshopError};

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[derive(Debug)]
pub enum Error {
    Deck(DeckError),
    Journal(JournalError),
    Clock(ClockError),
    Config(ConfigError),
    NoHome(NoHome),
    Action(ActionError),
    Import(ImportError),
    Workshop(WorkshopError),
    Session(SessionError),
    Export(ExportError),
    /// The leader's group: its folder, its files, its members.
    Group(GroupError),
    /// A value typed on the command line that turned out unusable once the
    /// clock was known (`--by 2月29日` in a year without one).
    Input(InputError),
    /// A lock, a size limit, read-only media, a name that cannot be a file.
    Storage(StorageError),
    /// A change written to the journal that did not take.
    NotApplied(NotApplied),
    /// A workshop pledge that cannot go into the journal.
    Pledge(PledgeRefused),

    UnknownCard {
        id: String,
        deck: String,
        suggestion: Option<String>,
    },

    /// `deck check` found problems; it has already listed them.
    InvalidDeck {
        origin: String,
        problems: Vec<Problem>,
    },

    ParticipantsFile {
        path: String,
        source: io::Error,
    },

    WriteFile {
        path: String,
        source: io::Error,
    },

    /// A folder of files (`export --format svg`) was only partly written.
    WriteFiles {
        path: String,
        source: io::Error,
        written: usize,
        total: usize,
    },

    /// `--out` names a file where a folder is wanted.
    NotAFolder {
        path: String,
    },

    NeedsTerminal,

    Output(io::Error),
}

macro_rules! from {
    ($($variant:ident($type:ty)),+ $(,)?) => {$(
        impl From<$type> for Error {
            fn from(error: $type) -> Error {
                Error::$variant(error)
            }
        }
    )+};
}

from!(
    Deck(DeckError),
    Journal(JournalError),
    Clock(ClockError),
    Config(ConfigError),
    NoHome(NoHome),
    Action(ActionError),
    Import(ImportError),
    Workshop(WorkshopError),
    Session(SessionError),
    Export(ExportError),
    Group(GroupError),
    Input(InputError),
    Storage(StorageError),
    NotApplied(NotApplied),
    Pledge(PledgeRefused),
    Output(io::Error),
);

crate::describe_display!(Error);

impl std::error::Error for Error {}

impl Describe for Error {
    fn describe(&self, lang: Lang) -> Diagnostic {
        let t = |text: crate::i18n::Text| *text.get(lang);
        let reason = |source: &io::Error| text::io_reason(source, lang);
        match self {
            Error::Deck(error) => error.describe(lang),
            Error::Journal(error) => error.describe(lang),
            Error::Clock(error) => error.describe(lang),
            Error::Config(error) => error.describe(lang),
            Error::NoHome(error) => error.describe(lang),
            Error::Action(error) => error.describe(lang),
            Error::Import(error) => error.describe(lang),
            Error::Workshop(error) => error.describe(lang),
            Error::Session(error) => error.describe(lang),
            Error::Export(error) => error.describe(lang),
            Error::Group(error) => error.describe(lang),
            Error::Input(error) => error.describe(lang),
            Error::Storage(error) => error.describe(lang),
            Error::NotApplied(error) => error.describe(lang),
            Error::Pledge(error) => error.describe(lang),
            Error::UnknownCard {
                id,
                deck,
                suggestion,
            } => {
                let deck = crate::deck::shown_origin(deck, lang);
                let message = fill_named(t(text::UNKNOWN_CARD), &[("id", id), ("deck", &deck)]);
                let hint = match suggestion {
                    Some(close) => fill_named(t(text::UNKNOWN_CARD_SUGGEST), &[("id", close)]),
                    None => t(text::UNKNOWN_CARD_HINT).to_string(),
                };
                Diagnostic::with_hint(message, hint)
            }
            Error::InvalidDeck { origin, problems } => {
                Diagnostic::new(crate::deck::summary(origin, problems, lang))
            }
            Error::ParticipantsFile { path, source } => Diagnostic::new(fill_named(
                t(text::PARTICIPANTS_FILE),
                &[("path", path), ("reason", &reason(source))],
            )),
            Error::WriteFile { path, source } => Diagnostic::new(fill_named(
                t(text::CANNOT_WRITE),
                &[("path", path), ("reason", &reason(source))],
            )),
            Error::WriteFiles {
                path,
                source,
                written,
                total,
            } => Diagnostic::new(fill_named(
                t(text::CANNOT_WRITE_FILES),
                &[
                    ("path", path),
                    ("reason", &reason(source)),
                    ("written", written),
                    ("total", total),
                ],
            )),
            Error::NotAFolder { path } => Diagnostic::with_hint(
                fill_named(t(text::NOT_A_FOLDER), &[("path", path)]),
                t(text::NOT_A_FOLDER_HINT),
            ),
            Error::NeedsTerminal => {
                Diagnostic::with_hint(t(text::NEEDS_TERMINAL), t(text::NEEDS_TERMINAL_HINT))
            }
            Error::Output(source) => {
                Diagnostic::new(fill_named(t(text::OUTPUT), &[("reason", &reason(source))]))
            }
        }
    }
}

impl Error {
    /// True when the data folder cannot be written (read-only media, or a
    /// folder of someone else's): reading still works.
    pub fn is_read_only(&self) -> bool {
        matches!(
            self,
            Error::Storage(StorageError::ReadOnly { .. })
                | Error::Journal(JournalError::Storage(StorageError::ReadOnly { .. }))
                | Error::Session(SessionError::Storage(StorageError::ReadOnly { .. }))
                | Error::Group(GroupError::Storage(StorageError::ReadOnly { .. }))
        )
    }

    /// True when the reader of our output went away (`xiaoshi deck list | head -1`):
    /// not a failure, so the binary exits 0 and prints nothing.
    /// A bad value on the command line that only the deck could judge
    /// (`done --card 红桃99`): a usage error, exit 2, like a bad date.
    pub fn is_usage(&self) -> bool {
        matches!(
            self,
            Error::Action(ActionError::UnknownCard { .. } | ActionError::EmptyOwnWords)
        )
    }

    pub fn is_broken_pipe(&self) -> bool {
        matches!(self, Error::Output(error) if error.kind() == io::ErrorKind::BrokenPipe)
    }
}
