//! The deck: its model, its RON file format, and loading with validation.
//!
//! Loading never panics, whatever the bytes: size is capped before reading,
//! text must be UTF-8, RON nesting is limited, and content rules are checked
//! card by card so every problem is reported at once.

// The baked built-in deck (`baked.rs`, with `Deck::builtin`) is declared in
// lib.rs: build.rs compiles this folder to make it.
mod error;
pub mod file;
pub mod json;
mod model;
mod pile;
pub mod validate;

use std::io::Read;
use std::path::Path;

pub use error::{DeckError, problem_line, summary};
pub use model::{Card, Deck, DeckText, Effort, Face, Rank, Suit};
pub use pile::Pile;
pub use validate::{Field, Problem, ProblemKind, Severity, TextProblem};

/// The default deck's file, as shipped. xiaoshi itself uses the deck baked
/// from it at build time (`Deck::builtin`); the text is here for tests,
/// benchmarks and tools, and is not in the binary unless something uses it.
pub const BUILTIN_SOURCE: &str = include_str!("../../decks/shequ-xiaoshi.ron");

/// How the built-in deck is named in messages (see [`shown_origin`]).
pub const BUILTIN_ORIGIN: &str = "<built-in deck>";

/// The 爱邻日 (Love-Your-Neighbour Day) joker's id: the special of the 20th.
pub const LOVE_DAY_JOKER: &str = "joker-red";
/// The day of the month that is 爱邻日.
pub const LOVE_DAY: i8 = 20;

/// A deck's origin as a person reads it: its file, or "the built-in deck"
/// in their language.
pub fn shown_origin(origin: &str, lang: crate::i18n::Lang) -> String {
    if origin == BUILTIN_ORIGIN {
        crate::i18n::deck::BUILTIN.get(lang).to_string()
    } else {
        origin.to_string()
    }
}

/// Largest deck file accepted. A 54-card deck is about 20 KB; the cap keeps a
/// wrong path (a video, /dev/zero) from being read whole.
pub const MAX_FILE_BYTES: u64 = 2 * 1024 * 1024;

/// A loaded deck and the warnings it raised.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub deck: Deck,
    pub warnings: Vec<Problem>,
}

/// Loads a deck file from disk.
pub fn load_file(path: &Path) -> Result<Loaded, DeckError> {
    let origin = path.display().to_string();
    let bytes = read_capped(path, &origin)?;
    load_bytes(&bytes, &origin)
}

/// Loads a deck from bytes; `origin` names them in messages.
pub fn load_bytes(bytes: &[u8], origin: &str) -> Result<Loaded, DeckError> {
    match std::str::from_utf8(bytes) {
        Ok(source) => load_str(source, origin),
        Err(error) => {
            let (line, column) = crate::ronfile::utf8_error_position(bytes, &error);
            Err(DeckError::NotUtf8 {
                origin: origin.to_string(),
                line,
                column,
            })
        }
    }
}

/// Loads a deck from text; `origin` names it in messages.
pub fn load_str(source: &str, origin: &str) -> Result<Loaded, DeckError> {
    if source.trim().is_empty() {
        return Err(DeckError::Empty {
            origin: origin.to_string(),
        });
    }
    let raw = file::parse(source).map_err(|error| DeckError::Syntax {
        origin: origin.to_string(),
        source_line: source
            .lines()
            .nth(error.line.saturating_sub(1))
            .unwrap_or_default()
            .to_string(),
        error,
    })?;
    let id_lines = file::card_id_lines(source, raw.cards.len());
    match validate::validate(raw, id_lines.as_deref()) {
        Ok((deck, warnings)) => Ok(Loaded { deck, warnings }),
        Err(problems) => Err(DeckError::Invalid {
            origin: origin.to_string(),
            problems,
        }),
    }
}

fn read_capped(path: &Path, origin: &str) -> Result<Vec<u8>, DeckError> {
    let read_error = |source| DeckError::Read {
        origin: origin.to_string(),
        source,
    };
    let metadata = std::fs::metadata(path).map_err(read_error)?;
    if metadata.is_dir() {
        return Err(DeckError::IsFolder {
            origin: origin.to_string(),
        });
    }
    let too_large = |size| DeckError::TooLarge {
        origin: origin.to_string(),
        size,
        limit: MAX_FILE_BYTES,
    };
    if metadata.len() > MAX_FILE_BYTES {
        return Err(too_large(metadata.len()));
    }
    // Read one byte past the cap: a FIFO or device reports no size up front.
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .and_then(|file| file.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes))
        .map_err(read_error)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(too_large(bytes.len() as u64));
    }
    Ok(bytes)
}
