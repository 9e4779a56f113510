//! The journal on disk: one RON file of events per month, in
//! `<data>/journal/YYYY-MM.ron`, plus a lock file and a derived summary.
//!
//! Why monthly files: a daily command must read little. ron parses about
//! 55 MB/s, and ten years of events would take ~30 ms to read whole, ten
//! times the budget; a month is a few kilobytes. Older months are folded into
//! `summary.json` (see [`super::summary`]), which is only a cache: delete it
//! and it is rebuilt from the events.
//!
//! Safety: every write is atomic and keeps the previous file as `.bak`
//! ([`crate::fsutil`]); writers hold an exclusive lock on `journal.lock` (a
//! separate file, because a lock on a file replaced by rename stops
//! excluding), readers a shared one. A file that does not parse is never
//! written over: the command stops with its path, line and column.

use std::fs::{self, File, OpenOptions};
use std::io;
use std::path::{Path, PathBuf};

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use super::event::{Event, normalize};
use crate::fsutil;
use crate::i18n::journal as text;
use crate::i18n::{Describe, Diagnostic, Lang, errors, fill_named};
use crate::ronfile::{self, Syntax, Unreadable};

/// The newest journal file version this build reads and writes.
pub const VERSION: u32 = 1;

/// Why the journal could not be read or written.
#[derive(Debug)]
pub enum JournalError {
    Io {
        path: PathBuf,
        source: io::Error,
    },
    Corrupt {
        path: PathBuf,
        line: usize,
        column: usize,
        problem: Syntax,
    },
    Newer {
        path: PathBuf,
        version: u32,
    },
}

impl Describe for JournalError {
    fn describe(&self, lang: Lang) -> Diagnostic {
        match self {
            JournalError::Io { path, source } => Diagnostic::new(fill_named(
                text::JOURNAL_IO.get(lang),
                &[
                    ("path", &path.display()),
                    ("reason", &errors::io_reason(source, lang)),
                ],
            )),
            JournalError::Corrupt {
                path,
                line,
                column,
                problem,
            } => Diagnostic::with_hint(
                format!(
                    "{}:{line}:{column}{}{}\n  {}",
                    path.display(),
                    lang.colon(),
                    fill_named(
                        text::JOURNAL_CORRUPT.get(lang),
                        &[("problem", &problem.describe(lang).message)],
                    ),
                    errors::UNCHANGED.get(lang)
                ),
                errors::restore_hint(path, lang),
            ),
            JournalError::Newer { path, version } => Diagnostic::with_hint(
                format!(
                    "{}\n  {}",
                    fill_named(
                        text::JOURNAL_NEWER.get(lang),
                        &[
                            ("path", &path.display()),
                            ("version", version),
                            ("max", &VERSION),
                        ],
                    ),
                    errors::UNCHANGED.get(lang)
                ),
                *errors::UPDATE_HINT.get(lang),
            ),
        }
    }
}

crate::describe_display!(JournalError);
impl std::error::Error for JournalError {}

/// One month's file.
#[derive(Debug, Serialize, Deserialize)]
#[serde(rename = "Journal", deny_unknown_fields)]
struct MonthFile {
    version: u32,
    events: Vec<Event>,
}

/// A month file as found on disk, with what tells whether it changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stamp {
    /// `YYYY-MM`.
    pub month: String,
    pub len: u64,
    /// Modification time, in nanoseconds since 1970 (u64 lasts to 2554).
    pub modified_ns: u64,
}

impl Stamp {
    /// The first day of the stamp's month.
    pub fn first_day(&self) -> Option<Date> {
        first_day_of(&self.month)
    }
}

/// `YYYY-MM` → the first day of that month.
fn first_day_of(month: &str) -> Option<Date> {
    let (year, month) = month.split_once('-')?;
    Date::new(year.parse().ok()?, month.parse().ok()?, 1).ok()
}

/// The `YYYY-MM` a day falls in.
pub fn month_of(day: Date) -> String {
    format!("{:04}-{:02}", day.year(), day.month())
}

/// A held lock on the journal; released when dropped.
#[derive(Debug)]
pub struct Lock {
    _file: File,
}

/// The journal folder and its files.
#[derive(Debug, Clone)]
pub struct Store {
    data: PathBuf,
}

impl Store {
    pub fn new(data: PathBuf) -> Store {
        Store { data }
    }

    pub fn data_dir(&self) -> &Path {
        &self.data
    }

    pub fn months_dir(&self) -> PathBuf {
        self.data.join("journal")
    }

    pub fn month_path(&self, month: &str) -> PathBuf {
        self.months_dir().join(format!("{month}.ron"))
    }

    pub fn summary_path(&self) -> PathBuf {
        self.data.join("summary.json")
    }

    fn io_error(&self, path: &Path) -> impl Fn(io::Error) -> JournalError {
        let path = path.to_path_buf();
        move |source| JournalError::Io {
            path: path.clone(),
            source,
        }
    }

    /// Takes the write lock, creating the folders on first use.
    pub fn lock_exclusive(&self) -> Result<Lock, JournalError> {
        let dir = self.months_dir();
        fs::create_dir_all(&dir).map_err(self.io_error(&dir))?;
        let file = self.open_lock_file()?;
        file.lock().map_err(self.io_error(&self.lock_path()))?;
        // Leftovers of a killed writer: month files here, the summary above.
        fsutil::remove_stale_temps(&dir).map_err(self.io_error(&dir))?;
        fsutil::remove_stale_temps(&self.data).map_err(self.io_error(&self.data))?;
        Ok(Lock { _file: file })
    }

    /// Takes the read lock; `None` when there is no journal yet.
    pub fn lock_shared(&self) -> Result<Option<Lock>, JournalError> {
        if !self.lock_path().exists() {
            return Ok(None);
        }
        let file = self.open_lock_file()?;
        file.lock_shared()
            .map_err(self.io_error(&self.lock_path()))?;
        Ok(Some(Lock { _file: file }))
    }

    fn lock_path(&self) -> PathBuf {
        self.data.join("journal.lock")
    }

    fn open_lock_file(&self) -> Result<File, JournalError> {
        let path = self.lock_path();
        OpenOptions::new()
            .create(true)
            .truncate(false)
            .read(true)
            .write(true)
            .open(&path)
            .map_err(self.io_error(&path))
    }

    /// The month files present, oldest first.
    pub fn stamps(&self, _lock: &Lock) -> Result<Vec<Stamp>, JournalError> {
        let dir = self.months_dir();
        let entries = match fs::read_dir(&dir) {
            Ok(entries) => entries,
            Err(error) if error.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(error) => return Err(self.io_error(&dir)(error)),
        };
        let mut stamps = Vec::new();
        for entry in entries {
            let entry = entry.map_err(self.io_error(&dir))?;
            let name = entry.file_name().to_string_lossy().into_owned();
            let Some(month) = name.strip_suffix(".ron") else {
                continue;
            };
            if first_day_of(month).is_none() || month.len() != 7 {
                continue;
            }
            let metadata = entry.metadata().map_err(self.io_error(&entry.path()))?;
            let modified_ns = metadata
                .modified()
                .ok()
                .and_then(|time| time.duration_since(std::time::UNIX_EPOCH).ok())
                .map_or(0, |elapsed| {
                    u64::try_from(elapsed.as_nanos()).unwrap_or(u64::MAX)
                });
            stamps.push(Stamp {
                month: month.to_string(),
                len: metadata.len(),
                modified_ns,
            });
        }
        stamps.sort_by(|a, b| a.month.cmp(&b.month));
        Ok(stamps)
    }

    /// Reads one month's events; a missing file is an empty month.
    pub fn read_month(&self, month: &str, _lock: &Lock) -> Result<Vec<Event>, JournalError> {
        let path = self.month_path(month);
        let bytes = match fs::read(&path) {
            Ok(bytes) => bytes,
            Err(error) if error.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(error) => return Err(self.io_error(&path)(error)),
        };
        parse_month(&bytes, &path)
    }

    /// Reads several months' events, in applying order.
    pub fn read_months<'a>(
        &self,
        months: impl IntoIterator<Item = &'a str>,
        lock: &Lock,
    ) -> Result<Vec<Event>, JournalError> {
        let mut events = Vec::new();
        for month in months {
            events.extend(self.read_month(month, lock)?);
        }
        normalize(&mut events);
        Ok(events)
    }

    /// Adds events to their months' files (by day), skipping ids already
    /// present. Returns how many were new. Each month file is read first: one
    /// that does not parse stops the write before anything changes.
    pub fn append(&self, events: Vec<Event>, lock: &Lock) -> Result<usize, JournalError> {
        let mut by_month: std::collections::BTreeMap<String, Vec<Event>> = Default::default();
        for event in events {
            by_month.entry(month_of(event.day)).or_default().push(event);
        }
        // Read everything first, so a corrupt month stops the import whole.
        let mut merged = Vec::new();
        for (month, new_events) in by_month {
            let existing = self.read_month(&month, lock)?;
            let before = existing.len();
            let mut all = existing;
            all.extend(new_events);
            normalize(&mut all);
            if all.len() > before {
                merged.push((month, all.len() - before, all));
            }
        }
        let mut added = 0;
        for (month, count, events) in merged {
            let file = MonthFile {
                version: VERSION,
                events,
            };
            let text = ron::ser::to_string_pretty(&file, pretty()).map_err(|error| {
                self.io_error(&self.month_path(&month))(io::Error::other(error))
            })?;
            let path = self.month_path(&month);
            fsutil::write_atomic(&path, text.as_bytes(), true).map_err(self.io_error(&path))?;
            added += count;
        }
        Ok(added)
    }
}

/// One event per line keeps month files readable and diffs small.
fn pretty() -> ron::ser::PrettyConfig {
    ron::ser::PrettyConfig::new()
        .depth_limit(2)
        .indentor("  ".to_string())
}

/// Parses a month file's bytes; `path` names it in errors.
pub fn parse_month(bytes: &[u8], path: &Path) -> Result<Vec<Event>, JournalError> {
    match ronfile::parse_versioned(bytes, VERSION, |file: &MonthFile| file.version) {
        Ok(file) => Ok(file.events),
        Err(Unreadable::Newer { version }) => Err(JournalError::Newer {
            path: path.to_path_buf(),
            version,
        }),
        Err(Unreadable::Corrupt {
            line,
            column,
            problem,
        }) => Err(JournalError::Corrupt {
            path: path.to_path_buf(),
            line,
            column,
            problem,
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journal::event::EventKind;
    use jiff::civil::date;

    fn event(day: Date, kind: EventKind) -> Event {
        Event::new(day, "2026-11-23T08:00:00Z".parse().expect("ts"), kind)
    }

    #[test]
    fn appends_by_month_and_merges_by_id() {
        let dir = tempfile::tempdir().expect("dir");
        let store = Store::new(dir.path().to_path_buf());
        let lock = store.lock_exclusive().expect("lock");
        let events = vec![
            event(date(2026, 10, 31), EventKind::CheckedIn { backfill: true }),
            event(
                date(2026, 11, 1),
                EventKind::Drawn {
                    card: "hearts-7".into(),
                },
            ),
        ];
        assert_eq!(store.append(events.clone(), &lock).expect("append"), 2);
        assert_eq!(
            store.append(events, &lock).expect("again"),
            0,
            "same ids: no change"
        );
        let stamps = store.stamps(&lock).expect("stamps");
        let months: Vec<&str> = stamps.iter().map(|s| s.month.as_str()).collect();
        assert_eq!(months, ["2026-10", "2026-11"]);
        let read = store.read_months(months, &lock).expect("read");
        assert_eq!(read.len(), 2);
        assert_eq!(read[0].day, date(2026, 10, 31));
    }

    #[test]
    fn a_corrupt_month_is_reported_and_left_alone() {
        let dir = tempfile::tempdir().expect("dir");
        let store = Store::new(dir.path().to_path_buf());
        let lock = store.lock_exclusive().expect("lock");
        let path = store.month_path("2026-11");
        fs::write(&path, "(version: 1, events: [(id: \"x\", day: ").expect("write");
        let error = store
            .append(vec![event(date(2026, 11, 2), EventKind::Undone)], &lock)
            .expect_err("corrupt");
        assert!(error.to_string().contains("2026-11.ron:1:"), "{error}");
        assert_eq!(
            fs::read_to_string(&path).expect("read"),
            "(version: 1, events: [(id: \"x\", day: "
        );
    }

    #[test]
    fn a_newer_month_is_refused() {
        let path = Path::new("2026-11.ron");
        let error = parse_month(b"(version: 9, events: [], shiny: true)", path).expect_err("newer");
        assert!(
            matches!(error, JournalError::Newer { version: 9, .. }),
            "{error}"
        );
    }

    #[test]
    fn month_names() {
        assert_eq!(month_of(date(2026, 3, 9)), "2026-03");
        assert_eq!(first_day_of("2026-03"), Some(date(2026, 3, 1)));
        assert_eq!(first_day_of("2026-13"), None);
    }
}
