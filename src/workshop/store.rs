//! Session files: one RON file per session in `<data>/workshops/`, written
//! atomically with the previous version kept as a backup, like the journal.
//! A file that does not parse is reported with its line and column and is
//! never written over.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use jiff::civil::Date;

use super::session::{Session, VERSION};
use crate::fsutil;
use crate::i18n::workshop as text;
use crate::i18n::{Describe, Diagnostic, Lang, errors, fill_named};
use crate::ronfile::{self, Syntax, Unreadable};

/// Largest session file read: 60 participants with pledges is ~30 KB.
const MAX_FILE_BYTES: u64 = 4 * 1024 * 1024;

/// Why a session file cannot be used.
#[derive(Debug)]
pub enum SessionError {
    Io {
        path: PathBuf,
        source: io::Error,
    },
    TooLarge {
        path: PathBuf,
        size: u64,
    },
    Corrupt {
        path: PathBuf,
        line: usize,
        column: usize,
        problem: Syntax,
    },
    /// The file parses but does not fit together (edited by hand).
    Inconsistent {
        path: PathBuf,
        problem: Inconsistency,
    },
    Newer {
        path: PathBuf,
        version: u32,
    },
    NotFound {
        name: String,
    },
    Ambiguous {
        name: String,
        matches: Vec<String>,
    },
    NoSessions,
}

/// How a session file that parses does not fit together.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Inconsistency {
    HandsNotParticipants,
    TurnsWithoutTable,
    SpotlightOutside,
}

impl Describe for SessionError {
    fn describe(&self, lang: Lang) -> Diagnostic {
        let t = |text: crate::i18n::Text| *text.get(lang);
        match self {
            SessionError::Io { path, source } => Diagnostic::new(fill_named(
                t(text::SESSION_IO),
                &[
                    ("path", &path.display()),
                    ("reason", &errors::io_reason(source, lang)),
                ],
            )),
            SessionError::TooLarge { path, size } => Diagnostic::new(fill_named(
                t(text::SESSION_TOO_LARGE),
                &[
                    ("path", &path.display()),
                    ("size", size),
                    ("limit", &MAX_FILE_BYTES),
                ],
            )),
            SessionError::Corrupt {
                path,
                line,
                column,
                problem,
            } => corrupt(path, *line, *column, &problem.describe(lang).message, lang),
            SessionError::Inconsistent { path, problem } => {
                let said = match problem {
                    Inconsistency::HandsNotParticipants => text::SESSION_HANDS,
                    Inconsistency::TurnsWithoutTable => text::SESSION_NO_TABLE,
                    Inconsistency::SpotlightOutside => text::SESSION_SPOTLIGHT,
                };
                corrupt(path, 1, 1, t(said), lang)
            }
            SessionError::Newer { path, version } => Diagnostic::with_hint(
                format!(
                    "{}\n  {}",
                    fill_named(
                        t(text::SESSION_NEWER),
                        &[
                            ("path", &path.display()),
                            ("version", version),
                            ("max", &VERSION),
                        ],
                    ),
                    t(errors::UNCHANGED)
                ),
                t(errors::UPDATE_HINT),
            ),
            SessionError::NotFound { name } => Diagnostic::with_hint(
                fill_named(t(text::SESSION_NOT_FOUND), &[("name", name)]),
                t(text::SESSION_LIST_HINT),
            ),
            SessionError::Ambiguous { name, matches } => Diagnostic::with_hint(
                fill_named(
                    t(text::SESSION_AMBIGUOUS),
                    &[("name", name), ("matches", &lang.join(matches))],
                ),
                t(text::SESSION_AMBIGUOUS_HINT),
            ),
            SessionError::NoSessions => {
                Diagnostic::with_hint(t(text::NO_SESSIONS), t(text::NO_SESSIONS_HINT))
            }
        }
    }
}

/// A session file that does not parse, where, and how to get it back.
fn corrupt(path: &Path, line: usize, column: usize, problem: &str, lang: Lang) -> Diagnostic {
    Diagnostic::with_hint(
        format!(
            "{}:{line}:{column}{}{}\n  {}",
            path.display(),
            lang.colon(),
            fill_named(text::SESSION_CORRUPT.get(lang), &[("problem", &problem)]),
            errors::UNCHANGED.get(lang)
        ),
        errors::restore_hint(path, lang),
    )
}

crate::describe_display!(SessionError);
impl std::error::Error for SessionError {}

/// The folder of session files.
#[derive(Debug, Clone)]
pub struct Sessions {
    dir: PathBuf,
}

/// A session file found by [`Sessions::list`]: the session, or why it
/// cannot be read (one broken file does not hide the others).
pub type Listed = (PathBuf, Result<Session, SessionError>);

impl Sessions {
    /// The sessions kept under the data folder `data`.
    pub fn new(data: &Path) -> Sessions {
        Sessions {
            dir: data.join("workshops"),
        }
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The file of session `id`.
    pub fn path(&self, id: &str) -> PathBuf {
        self.dir.join(format!("{id}.ron"))
    }

    /// A name for a new session that no file has yet: the date and the
    /// seed's code, then `-2`, `-3`… for the same deal again that day.
    pub fn new_id(&self, date: Date, code: &str) -> String {
        let base = format!("{date}-{code}");
        (1..)
            .map(|n| match n {
                1 => base.clone(),
                n => format!("{base}-{n}"),
            })
            .find(|id| !self.path(id).exists() && !fsutil::backup_path(&self.path(id)).exists())
            .unwrap_or(base)
    }

    /// Writes the session, keeping the previous version as a backup.
    pub fn save(&self, session: &Session) -> Result<PathBuf, SessionError> {
        let path = self.path(&session.id);
        let io_error = |source| SessionError::Io {
            path: path.clone(),
            source,
        };
        fs::create_dir_all(&self.dir).map_err(io_error)?;
        let pretty = ron::ser::PrettyConfig::new().indentor("  ".to_string());
        let text = ron::ser::to_string_pretty(session, pretty)
            .map_err(|error| io_error(io::Error::other(error)))?;
        fsutil::write_atomic(&path, text.as_bytes(), true).map_err(io_error)?;
        Ok(path)
    }

    /// A session by id, by the start of its id or its code, or by the path
    /// of a session file.
    pub fn find(&self, name: &str) -> Result<Session, SessionError> {
        let as_path = Path::new(name);
        if name.ends_with(".ron") && as_path.is_file() {
            return read(as_path);
        }
        let exact = self.path(name);
        if exact.is_file() {
            return read(&exact);
        }
        let wanted = name.to_lowercase();
        let matches: Vec<String> = self
            .ids()?
            .into_iter()
            .filter(|id| {
                let id = id.to_lowercase();
                id.starts_with(&wanted) || id.contains(&format!("-{wanted}"))
            })
            .collect();
        match matches.as_slice() {
            [] => Err(SessionError::NotFound {
                name: name.to_string(),
            }),
            [id] => read(&self.path(id)),
            _ => Err(SessionError::Ambiguous {
                name: name.to_string(),
                matches,
            }),
        }
    }

    /// The session created last, or the named one.
    pub fn find_or_latest(&self, name: Option<&str>) -> Result<Session, SessionError> {
        if let Some(name) = name {
            return self.find(name);
        }
        let mut newest: Option<Session> = None;
        for (_, listed) in self.list()? {
            // A broken file is reported when asked for by name; "the latest"
            // means the latest that can be read.
            if let Ok(session) = listed
                && newest.as_ref().is_none_or(|n| session.created > n.created)
            {
                newest = Some(session);
            }
        }
        newest.ok_or(SessionError::NoSessions)
    }

    /// Every session file, oldest name first.
    pub fn list(&self) -> Result<Vec<Listed>, SessionError> {
        Ok(self
            .ids()?
            .into_iter()
            .map(|id| {
                let path = self.path(&id);
                let session = read(&path);
                (path, session)
            })
            .collect())
    }

    fn ids(&self) -> Result<Vec<String>, SessionError> {
        let entries = match fs::read_dir(&self.dir) {
            Ok(entries) => entries,
            Err(error) if error.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(source) => {
                return Err(SessionError::Io {
                    path: self.dir.clone(),
                    source,
                });
            }
        };
        let mut ids: Vec<String> = entries
            .filter_map(|entry| entry.ok())
            .filter_map(|entry| {
                let name = entry.file_name().to_string_lossy().into_owned();
                let id = name.strip_suffix(".ron")?;
                (!id.starts_with('.')).then(|| id.to_string())
            })
            .collect();
        ids.sort();
        Ok(ids)
    }
}

/// Reads and parses one session file.
pub fn read(path: &Path) -> Result<Session, SessionError> {
    let io_error = |source| SessionError::Io {
        path: path.to_path_buf(),
        source,
    };
    let size = fs::metadata(path).map_err(io_error)?.len();
    if size > MAX_FILE_BYTES {
        return Err(SessionError::TooLarge {
            path: path.to_path_buf(),
            size,
        });
    }
    let bytes = fs::read(path).map_err(io_error)?;
    parse(&bytes, path)
}

/// Parses a session file's bytes; `path` names it in errors.
pub fn parse(bytes: &[u8], path: &Path) -> Result<Session, SessionError> {
    match ronfile::parse_versioned(bytes, VERSION, |session: &Session| session.version) {
        Ok(session) => check_consistent(session, path),
        Err(Unreadable::Newer { version }) => Err(SessionError::Newer {
            path: path.to_path_buf(),
            version,
        }),
        Err(Unreadable::Corrupt {
            line,
            column,
            problem,
        }) => Err(SessionError::Corrupt {
            path: path.to_path_buf(),
            line,
            column,
            problem,
        }),
    }
}

/// A file edited by hand may parse yet not fit together (a hand for a
/// participant who is not there, a spotlight past the end): refuse it
/// rather than panic later.
fn check_consistent(session: Session, path: &Path) -> Result<Session, SessionError> {
    let participants = session.setup.participants.len();
    let problem = match (&session.table, session.phase) {
        (Some(table), _) if table.hands.len() != participants => {
            Some(Inconsistency::HandsNotParticipants)
        }
        (None, super::session::Phase::Turns { .. }) => Some(Inconsistency::TurnsWithoutTable),
        (_, super::session::Phase::Turns { spotlight, .. }) if spotlight >= participants => {
            Some(Inconsistency::SpotlightOutside)
        }
        _ => None,
    };
    match problem {
        Some(problem) => Err(SessionError::Inconsistent {
            path: path.to_path_buf(),
            problem,
        }),
        None => Ok(session),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deck::Deck;
    use crate::workshop::setup::Setup;
    use jiff::civil::date;

    fn sample(store: &Sessions, seed: u64) -> Session {
        let deck = Deck::builtin().expect("deck");
        let mut setup = Setup::new(vec!["王阿姨".into(), "李叔叔".into()]);
        setup.seed = seed;
        let day = date(2026, 11, 24);
        let id = store.new_id(day, &setup.code());
        let mut session = Session::new(id, setup, &deck, None, day, jiff::Timestamp::now());
        session.deal(&deck).expect("deal");
        session
    }

    #[test]
    fn saves_finds_and_lists() {
        let dir = tempfile::tempdir().expect("dir");
        let store = Sessions::new(dir.path());
        assert!(matches!(
            store.find_or_latest(None),
            Err(SessionError::NoSessions)
        ));
        let first = sample(&store, 42);
        store.save(&first).expect("save");
        let again = sample(&store, 42);
        assert_eq!(again.id, "2026-11-24-001A-2", "same deal, same day");
        store.save(&again).expect("save");
        assert_eq!(store.find("2026-11-24-001A").expect("exact"), first);
        assert!(matches!(
            store.find("001A"),
            Err(SessionError::Ambiguous { .. })
        ));
        assert_eq!(store.find("001a-2").expect("by code"), again);
        assert_eq!(store.find_or_latest(None).expect("latest").id, again.id);
        assert_eq!(store.list().expect("list").len(), 2);
    }

    #[test]
    fn a_corrupt_file_is_named_and_kept() {
        let dir = tempfile::tempdir().expect("dir");
        let store = Sessions::new(dir.path());
        let session = sample(&store, 7);
        let path = store.save(&session).expect("save");
        let text = fs::read_to_string(&path).expect("read");
        let broken = text.replacen("hand:", "hand=", 1);
        fs::write(&path, &broken).expect("write");
        let error = store.find(&session.id).expect_err("corrupt").to_string();
        assert!(error.contains(&format!("{}:", path.display())), "{error}");
        assert!(error.contains("It has not been changed"), "{error}");
        assert_eq!(fs::read_to_string(&path).expect("read"), broken);
        let listed = store.list().expect("list");
        assert!(listed[0].1.is_err(), "listed, with its error");
    }

    #[test]
    fn a_newer_file_is_refused() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("x.ron");
        fs::write(&path, "(version: 9, future: true)").expect("write");
        assert!(matches!(
            read(&path),
            Err(SessionError::Newer { version: 9, .. })
        ));
    }
}
