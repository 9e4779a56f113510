//! Session files: one RON file per session in `<data>/workshops/`, kept by
//! [`crate::storage`]'s discipline like the journal: every change is a
//! read-modify-write under the folder's lock (`workshops/.xiaoshi.lock`),
//! written atomically with the previous version kept as a backup. A file
//! that does not parse is reported with its line and column and is never
//! written over.
//!
//! Where a session is saved never comes from inside a file: a session lives
//! in a [`SessionFile`], the folder and file it was found in (or created
//! as). A session's `id` must be a plain name ([`check_token`]); a file
//! whose id is `../journal/2026-11` or `/etc/x` is refused when read.
//! A session opened by its path (`workshop pledge /shared/x.ron …`) is saved
//! back to that path, under a lock file in that folder.

use std::io;
use std::path::{Path, PathBuf};

use jiff::civil::Date;

use super::merge::{self, Merged};
use super::session::{Phase, Session, VERSION};
use crate::i18n::workshop as text;
use crate::i18n::{Describe, Diagnostic, Lang, errors, fill_named};
use crate::ronfile::{self, Syntax, Unreadable};
use crate::storage::{self, FileName, NameProblem, StorageError, check_token};
use crate::text::sanitize::Shown;

/// Largest session file read: 60 participants with pledges is ~30 KB.
pub const MAX_FILE_BYTES: u64 = 4 * 1024 * 1024;

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
    /// Another session of the same day already has this code (codes are
    /// unique per day, so a code always finds one session).
    CodeTaken {
        code: String,
        id: String,
    },
    /// A lock, a size limit, read-only media, a name.
    Storage(StorageError),
    /// The file's `id` cannot be a session's name.
    BadId(BadId),
}

impl From<StorageError> for SessionError {
    fn from(error: StorageError) -> SessionError {
        SessionError::Storage(error)
    }
}

impl From<BadId> for SessionError {
    fn from(error: BadId) -> SessionError {
        SessionError::BadId(error)
    }
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
            SessionError::CodeTaken { code, id } => Diagnostic::with_hint(
                fill_named(t(text::CODE_TAKEN), &[("code", code), ("id", id)]),
                fill_named(t(text::CODE_TAKEN_HINT), &[("id", id)]),
            ),
            SessionError::NoSessions => {
                Diagnostic::with_hint(t(text::NO_SESSIONS), t(text::NO_SESSIONS_HINT))
            }
            SessionError::Storage(error) => error.describe(lang),
            SessionError::BadId(error) => error.describe(lang),
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

/// A session file whose `id` is not a plain name (`../journal/2026-11`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadId {
    pub path: PathBuf,
    pub id: String,
    pub problem: NameProblem,
}

impl Describe for BadId {
    fn describe(&self, lang: Lang) -> Diagnostic {
        use crate::i18n::storage as t;
        Diagnostic::with_hint(
            fill_named(
                t::BAD_SESSION_ID.get(lang),
                &[
                    ("path", &Shown(&self.path.display().to_string())),
                    ("id", &Shown(&self.id)),
                    ("problem", &self.problem.describe(lang)),
                ],
            ),
            *t::BAD_SESSION_ID_HINT.get(lang),
        )
    }
}

crate::describe_display!(BadId);

impl std::error::Error for BadId {}

/// The folder of session files.
#[derive(Debug, Clone)]
pub struct Sessions {
    store: storage::Store,
}

/// Where a session lives: a folder (with its lock) and a file in it.
#[derive(Debug, Clone)]
pub struct SessionFile {
    store: storage::Store,
    name: FileName,
}

/// A session and the file it was read from.
#[derive(Debug, Clone)]
pub struct Opened {
    pub session: Session,
    pub file: SessionFile,
}

/// A session file found by [`Sessions::list`]: the session, or why it
/// cannot be read (one broken file does not hide the others).
pub type Listed = (PathBuf, Result<Session, SessionError>);

impl Sessions {
    /// The sessions kept under the data folder `data`.
    pub fn new(data: &Path) -> Sessions {
        Sessions {
            store: storage::Store::new(data.join("workshops")),
        }
    }

    pub fn dir(&self) -> &Path {
        self.store.dir()
    }

    /// The file of session `id` in this folder; `id` must be a plain name.
    pub fn file(&self, id: &str) -> Result<SessionFile, SessionError> {
        Ok(SessionFile {
            store: self.store.clone(),
            name: FileName::token(id, "ron")?,
        })
    }

    /// Saves a new session under a name no file has yet: the date and the
    /// seed's code, then `-2`, `-3`… for the same deal again that day. The
    /// name is chosen and the file written under the folder's lock, so two
    /// facilitators starting the same deal at once get two sessions.
    /// `make` builds the session for the id chosen.
    pub fn create<E: From<SessionError>>(
        &self,
        date: Date,
        code: &str,
        make: impl FnOnce(String) -> Result<Session, E>,
    ) -> Result<Opened, E> {
        let guard = self.store.write_lock().map_err(SessionError::from)?;
        if let Some(id) = self.code_taken(&guard, date, code, None) {
            return Err(SessionError::CodeTaken {
                code: code.to_string(),
                id,
            }
            .into());
        }
        let base = format!("{date}-{code}");
        let mut chosen = None;
        for n in 1..=99 {
            let id = match n {
                1 => base.clone(),
                n => format!("{base}-{n}"),
            };
            let name = FileName::token(&id, "ron").map_err(SessionError::from)?;
            let path = self.store.path(&name);
            if !path.exists() && !self.store.path(&name.backup()).exists() {
                chosen = Some((id, name));
                break;
            }
        }
        let (id, name) = chosen.ok_or(SessionError::NotFound { name: base })?;
        let session = make(id)?;
        guard
            .replace(&name, render(&session)?.as_bytes())
            .map_err(SessionError::from)?;
        Ok(Opened {
            session,
            file: SessionFile {
                store: self.store.clone(),
                name,
            },
        })
    }

    /// The id of a session of `date` (other than the file `except`) whose
    /// code is `code` now; files that cannot be read are passed over.
    fn code_taken(
        &self,
        guard: &storage::ReadGuard,
        date: Date,
        code: &str,
        except: Option<&FileName>,
    ) -> Option<String> {
        self.files()
            .ok()?
            .into_iter()
            .filter(|file| Some(&file.name) != except)
            .filter_map(|file| file.read_under(guard).ok())
            .find(|session| session.date == date && session.code() == code)
            .map(|session| session.id)
    }

    /// A session by id, by its code as it is now (`K3MQ7X2A`, or with its
    /// day: `2026-11-24-K3MQ7X2A`; the code stays the session's even when
    /// the seed or setup changed after it was saved), by the start of its
    /// id, or by the path of a session file (saved back to that path).
    pub fn find(&self, name: &str) -> Result<Opened, SessionError> {
        if check_token(name).is_ok() {
            let file = self.file(name)?;
            if file.path().is_file() {
                return file.open();
            }
        }
        let as_path = Path::new(name);
        let looks_like_path = name.ends_with(".ron") || name.contains(std::path::is_separator);
        if looks_like_path && as_path.is_file() {
            let (dir, file) = FileName::split(as_path).ok_or_else(|| SessionError::NotFound {
                name: name.to_string(),
            })?;
            return SessionFile {
                store: storage::Store::new(dir),
                name: file,
            }
            .open();
        }
        if let Some(found) = self.find_by_code(name)? {
            return Ok(found);
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
            [id] => self.file(id)?.open(),
            _ => Err(SessionError::Ambiguous {
                name: name.to_string(),
                matches,
            }),
        }
    }

    /// The session whose code is the one typed (with its day before it, or
    /// not); `None` if `name` is no code or no session has it.
    fn find_by_code(&self, name: &str) -> Result<Option<Opened>, SessionError> {
        let folded = crate::input::fold(name);
        let typed = folded.trim();
        let dated = typed
            .get(..11)
            .filter(|head| head.ends_with('-'))
            .and_then(|head| head[..10].parse::<Date>().ok());
        let code = match dated {
            Some(_) => &typed[11..],
            None => typed,
        };
        let Some(key) = super::setup::DealKey::of_code(code) else {
            return Ok(None);
        };
        let code = key.code();
        let guard = self.store.read_lock()?;
        let mut found: Vec<Opened> = self
            .files()?
            .into_iter()
            .filter_map(|file| {
                let session = file.read_under(&guard).ok()?;
                (session.code() == code && dated.is_none_or(|day| session.date == day))
                    .then_some(Opened { session, file })
            })
            .collect();
        match found.len() {
            0 => Ok(None),
            1 => Ok(found.pop()),
            _ => Err(SessionError::Ambiguous {
                name: name.to_string(),
                matches: found.into_iter().map(|o| o.session.id).collect(),
            }),
        }
    }

    /// The session created last, or the named one.
    pub fn find_or_latest(&self, name: Option<&str>) -> Result<Opened, SessionError> {
        if let Some(name) = name {
            return self.find(name);
        }
        let guard = self.store.read_lock()?;
        let mut newest: Option<Opened> = None;
        for file in self.files()? {
            // A broken file is reported when asked for by name; "the latest"
            // means the latest that can be read.
            if let Ok(session) = file.read_under(&guard)
                && newest
                    .as_ref()
                    .is_none_or(|n| session.created > n.session.created)
            {
                newest = Some(Opened { session, file });
            }
        }
        newest.ok_or(SessionError::NoSessions)
    }

    /// Every session file, oldest name first.
    pub fn list(&self) -> Result<Vec<Listed>, SessionError> {
        let guard = self.store.read_lock()?;
        Ok(self
            .files()?
            .into_iter()
            .map(|file| {
                let session = file.read_under(&guard);
                (file.path(), session)
            })
            .collect())
    }

    /// The `.ron` files of the folder (any name: a file someone copied in
    /// is listed too), oldest name first.
    fn files(&self) -> Result<Vec<SessionFile>, SessionError> {
        let entries = match std::fs::read_dir(self.store.dir()) {
            Ok(entries) => entries,
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(source) => {
                return Err(SessionError::Io {
                    path: self.store.dir().to_path_buf(),
                    source,
                });
            }
        };
        let mut files: Vec<SessionFile> = entries
            .filter_map(|entry| entry.ok())
            .filter_map(|entry| {
                let name = entry.file_name();
                let text = name.to_string_lossy();
                (text.ends_with(".ron") && !text.starts_with('.')).then_some(())?;
                Some(SessionFile {
                    store: self.store.clone(),
                    name: FileName::of(&name)?,
                })
            })
            .collect();
        files.sort_by(|a, b| a.name.cmp(&b.name));
        Ok(files)
    }

    /// The ids that can be asked for by name: files named `<token>.ron`.
    fn ids(&self) -> Result<Vec<String>, SessionError> {
        Ok(self
            .files()?
            .into_iter()
            .map(|file| file.name.stem())
            .filter(|id| check_token(id).is_ok())
            .collect())
    }
}

impl SessionFile {
    /// The file's path.
    pub fn path(&self) -> PathBuf {
        self.store.path(&self.name)
    }

    /// Claims the session for one facilitator's screen: held while the
    /// screen is open (the kernel lets go when it closes, however it
    /// closes). `None` when another screen has it: that one drives the
    /// session, and this one may only watch. The claim is a lock file
    /// beside the session (`.<session>.screen`), never the session itself.
    pub fn claim_screen(&self) -> Result<Option<storage::lock::Held>, SessionError> {
        let name = FileName::fixed(&format!(".{}.screen", self.name.stem()))?;
        Ok(storage::lock::try_acquire(&self.store.path(&name))?)
    }

    /// The session as the file holds it now, under the folder's read lock
    /// (for a screen that watches another).
    pub fn reread(&self) -> Result<Session, SessionError> {
        let guard = self.store.read_lock()?;
        self.read_under(&guard)
    }

    /// Reads the session under the folder's read lock.
    pub fn open(self) -> Result<Opened, SessionError> {
        let session = {
            let guard = self.store.read_lock()?;
            self.read_under(&guard)?
        };
        Ok(Opened {
            session,
            file: self,
        })
    }

    fn read_under(&self, guard: &storage::ReadGuard) -> Result<Session, SessionError> {
        match guard.read(&self.name, MAX_FILE_BYTES)? {
            Some(bytes) => parse(&bytes, &self.path()),
            None => Err(SessionError::Io {
                path: self.path(),
                source: std::io::ErrorKind::NotFound.into(),
            }),
        }
    }

    /// Changes the session as it is on disk now, under the lock, and saves
    /// it: what a command-line change does, so that changes made at the same
    /// time elsewhere (another pledge, the facilitator's screen) are kept.
    /// When `change` fails, nothing is written.
    pub fn update<T, E: From<SessionError>>(
        &self,
        change: impl FnOnce(&mut Session) -> Result<T, E>,
    ) -> Result<(Session, T), E> {
        let guard = self.store.write_lock().map_err(SessionError::from)?;
        let mut session = self.read_under(&guard)?;
        let outcome = change(&mut session)?;
        guard
            .replace(&self.name, render(&session)?.as_bytes())
            .map_err(SessionError::from)?;
        Ok((session, outcome))
    }

    /// Saves `ours`, a session changed in memory since it was `base`
    /// (the facilitator's screen), merging what was changed on disk in the
    /// meantime: pledges made or withdrawn elsewhere are kept unless `ours`
    /// changed the same participant's pledge (see [`merge::pledges`]). A
    /// file that no longer parses is left alone and reported. Returns what
    /// was saved, and what came from elsewhere.
    pub fn save_merged(&self, base: &Session, ours: &Session) -> Result<Merged, SessionError> {
        let guard = self.store.write_lock()?;
        // The deal fixes the code: it must be the only one of its day.
        let dealt_now = matches!(base.phase, Phase::Setup) && !matches!(ours.phase, Phase::Setup);
        if dealt_now {
            let sessions = Sessions {
                store: self.store.clone(),
            };
            let code = ours.code();
            if let Some(id) = sessions.code_taken(&guard, ours.date, &code, Some(&self.name)) {
                return Err(SessionError::CodeTaken { code, id });
            }
        }
        let theirs = match guard.read(&self.name, MAX_FILE_BYTES)? {
            Some(bytes) => Some(parse(&bytes, &self.path())?),
            None => None,
        };
        let merged = merge::pledges(base, ours, theirs.as_ref());
        guard.replace(&self.name, render(&merged.session)?.as_bytes())?;
        Ok(merged)
    }
}

/// A session as its file's text.
fn render(session: &Session) -> Result<String, SessionError> {
    let pretty = ron::ser::PrettyConfig::new().indentor("  ".to_string());
    ron::ser::to_string_pretty(session, pretty).map_err(|error| SessionError::Io {
        path: PathBuf::from(&session.id),
        source: std::io::Error::other(error),
    })
}

/// Reads and parses one session file (at most [`MAX_FILE_BYTES`]).
pub fn read(path: &Path) -> Result<Session, SessionError> {
    match storage::read_bounded(path, MAX_FILE_BYTES)? {
        Some(bytes) => parse(&bytes, path),
        None => Err(SessionError::Io {
            path: path.to_path_buf(),
            source: std::io::ErrorKind::NotFound.into(),
        }),
    }
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

/// A file edited by hand (or made to attack) may parse yet not fit
/// together (a hand for a participant who is not there, a spotlight past
/// the end, an id that is a path): refuse it rather than panic or write
/// where it says later.
fn check_consistent(session: Session, path: &Path) -> Result<Session, SessionError> {
    if let Err(problem) = check_token(&session.id) {
        return Err(BadId {
            path: path.to_path_buf(),
            id: session.id,
            problem,
        }
        .into());
    }
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
    use std::fs;

    /// The tests' fixed time (never the real clock): 10:00 in Shanghai on
    /// the session's day.
    fn at() -> jiff::Timestamp {
        "2026-11-24T10:00:00+08:00".parse().expect("a time")
    }

    fn create(store: &Sessions, seed: u64) -> Opened {
        let deck = Deck::builtin().expect("deck");
        let mut setup = Setup::new(vec!["王阿姨".into(), "李叔叔".into()]);
        setup.seed = seed;
        let day = date(2026, 11, 24);
        // Made a second apart for each seed, so "the latest" is known.
        let made = at()
            .checked_add(jiff::SignedDuration::from_secs(
                i64::try_from(seed % 1000).unwrap_or(0),
            ))
            .expect("in range");
        store
            .create(day, &setup.code(), |id| -> Result<Session, SessionError> {
                let mut session = Session::new(id, setup, &deck, None, day, made);
                session.deal(&deck).expect("deal");
                Ok(session)
            })
            .expect("create")
    }

    #[test]
    fn creates_finds_and_lists() {
        let dir = tempfile::tempdir().expect("dir");
        let store = Sessions::new(dir.path());
        assert!(matches!(
            store.find_or_latest(None),
            Err(SessionError::NoSessions)
        ));
        let first = create(&store, 42);
        let code = first.session.code();
        let refused = store
            .create(
                date(2026, 11, 24),
                &code,
                |_| -> Result<Session, SessionError> { panic!("not made") },
            )
            .expect_err("one code a day");
        assert!(
            matches!(&refused, SessionError::CodeTaken { id, .. } if *id == first.session.id),
            "{refused:?}"
        );
        let again = create(&store, 43);
        assert_eq!(first.session.id, format!("2026-11-24-{code}"));
        assert_eq!(
            store.find(&first.session.id).expect("exact").session,
            first.session
        );
        assert_eq!(
            store.find(&code.to_lowercase()).expect("by code").session,
            first.session
        );
        assert_eq!(
            store
                .find("2026-11-24-")
                .err()
                .map(|e| matches!(e, SessionError::Ambiguous { .. })),
            Some(true),
            "the start of two ids"
        );
        assert_eq!(
            store.find_or_latest(None).expect("latest").session.id,
            again.session.id
        );
        assert_eq!(store.list().expect("list").len(), 2);
        assert!(store.file("../journal/2026-11").is_err());
    }

    #[test]
    fn a_corrupt_file_is_named_and_kept() {
        let dir = tempfile::tempdir().expect("dir");
        let store = Sessions::new(dir.path());
        let opened = create(&store, 7);
        let path = opened.file.path();
        let text = fs::read_to_string(&path).expect("read");
        let broken = text.replacen("hand:", "hand=", 1);
        fs::write(&path, &broken).expect("write");
        let error = store
            .find(&opened.session.id)
            .expect_err("corrupt")
            .to_string();
        assert!(error.contains(&format!("{}:", path.display())), "{error}");
        assert!(error.contains("It has not been changed"), "{error}");
        let saved = opened
            .file
            .save_merged(&opened.session, &opened.session)
            .expect_err("not over a corrupt file");
        assert!(matches!(saved, SessionError::Corrupt { .. }));
        assert_eq!(fs::read_to_string(&path).expect("read"), broken);
        let listed = store.list().expect("list");
        assert!(listed[0].1.is_err(), "listed, with its error");
    }

    #[test]
    fn an_id_that_is_a_path_is_refused() {
        let dir = tempfile::tempdir().expect("dir");
        let store = Sessions::new(dir.path());
        let opened = create(&store, 7);
        let text = fs::read_to_string(opened.file.path()).expect("read");
        let shared = dir.path().join("shared.ron");
        fs::write(
            &shared,
            text.replace(&opened.session.id, "../journal/2026-11"),
        )
        .expect("write");
        let error = store
            .find(&shared.display().to_string())
            .expect_err("bad id");
        assert!(matches!(error, SessionError::BadId(_)), "{error}");
        assert!(error.to_string().contains("../journal/2026-11"), "{error}");
    }

    #[test]
    fn a_session_opened_by_path_is_saved_back_there() {
        let dir = tempfile::tempdir().expect("dir");
        let store = Sessions::new(dir.path());
        let opened = create(&store, 7);
        let shared_dir = dir.path().join("shared");
        fs::create_dir(&shared_dir).expect("mkdir");
        let shared = shared_dir.join("我们的 工作坊.ron");
        fs::copy(opened.file.path(), &shared).expect("copy");
        let found = store.find(&shared.display().to_string()).expect("by path");
        assert_eq!(found.file.path(), shared);
        found
            .file
            .update(|session| -> Result<(), SessionError> {
                session.end(at());
                Ok(())
            })
            .expect("update");
        assert!(read(&shared).expect("read").is_ended());
        assert!(
            !read(&opened.file.path()).expect("read").is_ended(),
            "the original is untouched"
        );
    }

    #[test]
    fn a_version_1_file_reads_with_no_swaps_counted() {
        let dir = tempfile::tempdir().expect("dir");
        let store = Sessions::new(dir.path());
        let opened = create(&store, 7);
        let text = fs::read_to_string(opened.file.path()).expect("read");
        // Version 1: a `swapped` flag in the phase, no swap counts.
        let v1 = text
            .replacen("version: 2", "version: 1", 1)
            .replace("spotlight: 0", "spotlight: 1, swapped: true");
        let start = v1.find("    swaps:").expect("swaps written");
        let end = start + v1[start..].find("],\n").expect("the list's end") + 3;
        let v1 = format!("{}{}", &v1[..start], &v1[end..]);
        assert!(!v1.contains("swaps"), "{v1}");
        let path = dir.path().join("v1.ron");
        fs::write(&path, &v1).expect("write");
        let session = read(&path).expect("a version 1 file reads");
        assert_eq!(session.spotlight(), Some((1, false)));
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
