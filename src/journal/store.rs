//! The journal on disk: one RON file of events per month, in
//! `<data>/journal/YYYY-MM.ron`, the lock file `<data>/journal.lock`, and a
//! derived summary `<data>/journal/summary.json`.
//!
//! Why monthly files: a daily command must read little. ron parses about
//! 55 MB/s, and ten years of events would take ~30 ms to read whole, ten
//! times the budget; a month is a few kilobytes. Older months are folded into
//! the summary (see [`super::summary`]), which is only a cache: delete it
//! and it is rebuilt from the events.
//!
//! Safety is [`crate::storage`]'s discipline: every write is atomic and
//! keeps the previous file as `.bak`; writers hold `journal.lock`
//! exclusively (a separate file, because a lock on a file replaced by rename
//! stops excluding), readers share it, and read without it on read-only
//! media. A file that does not parse — or holds an event that cannot be
//! there: dated outside 1900–2200, or in another month — is never written
//! over: the command stops with its path, line and column.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use super::event::{Event, FIRST_YEAR, LAST_YEAR, normalize};
use crate::i18n::journal as text;
use crate::i18n::{Describe, Diagnostic, Lang, errors, fill_named};
use crate::ronfile::{self, Syntax, Unreadable};
use crate::storage::{self, FileName, StorageError};
use crate::text::sanitize::Shown;

/// The newest journal file version this build reads and writes. A month
/// file is written with the oldest version that holds its events (see
/// [`Event::version`]): 1 unless it holds a credited card, so an older
/// xiaoshi still reads every month that has none, and says "newer" about
/// the others instead of failing to parse them.
pub const VERSION: u32 = 2;

/// Largest month file read: a month of a very busy journal is ~30 KB.
pub const MAX_MONTH_BYTES: u64 = 16 * 1024 * 1024;

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
    /// A lock, a size limit, read-only media.
    Storage(StorageError),
    /// An event that cannot be in a journal (dated out of range, in the
    /// wrong month file).
    Event(EventError),
}

impl From<StorageError> for JournalError {
    fn from(error: StorageError) -> JournalError {
        JournalError::Storage(error)
    }
}

impl From<EventError> for JournalError {
    fn from(error: EventError) -> JournalError {
        JournalError::Event(error)
    }
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
            JournalError::Storage(error) => error.describe(lang),
            JournalError::Event(error) => error.describe(lang),
        }
    }
}

crate::describe_display!(JournalError);
impl std::error::Error for JournalError {}

/// Where an event is: a line of a file, or the n-th record of an import.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    Line(usize),
    Record(usize),
}

/// Why an event cannot be in the journal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EventError {
    /// Dated before 1900 or after 2200.
    OutOfRange {
        file: PathBuf,
        place: Place,
        id: String,
        day: Date,
    },
    /// In the file of another month (a hand edit).
    WrongMonth {
        file: PathBuf,
        place: Place,
        id: String,
        day: Date,
        month: String,
    },
}

impl Describe for EventError {
    fn describe(&self, lang: Lang) -> Diagnostic {
        use crate::i18n::storage as t;
        let (file, place, id, day) = match self {
            EventError::OutOfRange {
                file,
                place,
                id,
                day,
            }
            | EventError::WrongMonth {
                file,
                place,
                id,
                day,
                ..
            } => (file, place, id, day),
        };
        let place = match place {
            Place::Line(line) => format!("{}:{line}", Shown(&file.display().to_string())),
            Place::Record(n) => fill_named(
                t::RECORD.get(lang),
                &[("file", &Shown(&file.display().to_string())), ("n", n)],
            ),
        };
        let pairs: [(&str, &dyn std::fmt::Display); 5] = [
            ("place", &place),
            ("id", &Shown(id)),
            ("day", day),
            ("first", &FIRST_YEAR),
            ("last", &LAST_YEAR),
        ];
        match self {
            EventError::OutOfRange { .. } => Diagnostic::with_hint(
                fill_named(t::OUT_OF_RANGE.get(lang), &pairs),
                *t::OUT_OF_RANGE_HINT.get(lang),
            ),
            EventError::WrongMonth { month, .. } => Diagnostic::with_hint(
                fill_named(
                    &fill_named(t::WRONG_MONTH.get(lang), &pairs),
                    &[("month", month)],
                ),
                *t::WRONG_MONTH_HINT.get(lang),
            ),
        }
    }
}

crate::describe_display!(EventError);

impl std::error::Error for EventError {}

/// One month's file.
#[derive(Debug, Serialize, Deserialize)]
#[serde(rename = "Journal", deny_unknown_fields)]
struct MonthFile {
    version: u32,
    events: Vec<Event>,
}

/// A month file as found on disk, with what tells whether it changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stamp {
    /// The file's month (`YYYY-MM` in its name).
    pub month: YearMonth,
    pub len: u64,
    /// Modification time, in nanoseconds since 1970 (u64 lasts to 2554).
    pub modified_ns: u64,
    /// Status-change time (Unix `ctime`): unlike the modification time, no
    /// program can set it back, so an edit that keeps the size and restores
    /// the modification time still shows.
    pub changed_ns: u64,
    /// The file's inode: a file put in place by rename is a new one.
    pub inode: u64,
}

impl Stamp {
    /// The first day of the stamp's month.
    pub fn first_day(&self) -> Date {
        self.month.first_day()
    }
}

/// A month a file is for: `YYYY-MM` in its name, the number `yyyymm` in a
/// cache (so reading a cache builds no string). Plain data, copied freely:
/// comparing ten years of stamps allocates nothing. Held as that number,
/// which orders months as the calendar does with one comparison (the
/// folder is listed in no order, and sorted on every command).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct YearMonth(u32);

impl YearMonth {
    /// The month, if it is a real one (years 1–9999, months 1–12).
    pub fn new(year: i16, month: i8) -> Option<YearMonth> {
        let year = u32::try_from(year)
            .ok()
            .filter(|y| (1..=9999).contains(y))?;
        let month = u32::try_from(month).ok().filter(|m| (1..=12).contains(m))?;
        Some(YearMonth(year * 100 + month))
    }

    pub fn year(self) -> i16 {
        // At most 9999 (see `new`).
        i16::try_from(self.0 / 100).unwrap_or(i16::MAX)
    }

    pub fn month(self) -> i8 {
        // 1 to 12 (see `new`).
        i8::try_from(self.0 % 100).unwrap_or(1)
    }

    pub fn first_day(self) -> Date {
        Date::new(self.year(), self.month(), 1).unwrap_or(Date::MIN)
    }

    /// `yyyymm`, as a cache saves it.
    pub fn number(self) -> u32 {
        self.0
    }

    /// The month a `yyyymm` names, if it is a real one.
    pub fn from_number(number: u32) -> Option<YearMonth> {
        let year = i16::try_from(number / 100).ok()?;
        let month = i8::try_from(number % 100).ok()?;
        YearMonth::new(year, month)
    }

    /// The month of a journal file's name: exactly `YYYY-MM.ron`, years
    /// 1900 to 2200. Read from the bytes, so listing a folder builds no
    /// string for the names it skips or keeps.
    pub fn of_file_name(name: &[u8]) -> Option<YearMonth> {
        match name {
            [y0, y1, y2, y3, b'-', m0, m1, b'.', b'r', b'o', b'n'] => {
                of_digits(&[*y0, *y1, *y2, *y3], &[*m0, *m1])
            }
            _ => None,
        }
    }
}

/// The journal month of a four-digit year and a two-digit month.
fn of_digits(year: &[u8], month: &[u8]) -> Option<YearMonth> {
    let number = |digits: &[u8]| {
        digits.iter().try_fold(0i16, |n, &b| {
            b.is_ascii_digit().then(|| n * 10 + i16::from(b - b'0'))
        })
    };
    let year = number(year)?;
    if !(FIRST_YEAR..=LAST_YEAR).contains(&year) {
        return None;
    }
    YearMonth::new(year, i8::try_from(number(month)?).ok()?)
}

impl std::fmt::Display for YearMonth {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}", self.year(), self.month())
    }
}

impl Serialize for YearMonth {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_u32(self.number())
    }
}

impl<'de> Deserialize<'de> for YearMonth {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<YearMonth, D::Error> {
        let number = u32::deserialize(deserializer)?;
        YearMonth::from_number(number)
            .ok_or_else(|| serde::de::Error::custom(format!("{number} is not a month (yyyymm)")))
    }
}

/// `YYYY-MM` (years 1900 to 2200) → the first day of that month.
fn first_day_of(month: &str) -> Option<Date> {
    match month.as_bytes() {
        [y0, y1, y2, y3, b'-', m0, m1] => {
            of_digits(&[*y0, *y1, *y2, *y3], &[*m0, *m1]).map(YearMonth::first_day)
        }
        _ => None,
    }
}

/// The `YYYY-MM` a day falls in.
pub fn month_of(day: Date) -> String {
    format!("{:04}-{:02}", day.year(), day.month())
}

/// A held read lock on the journal (or, on read-only media, none).
pub type Lock<'s> = storage::ReadGuard<'s>;
/// A held write lock on the journal; a [`Lock`] too.
pub type WriteLock<'s> = storage::WriteGuard<'s>;

/// The journal folder and its files.
#[derive(Debug, Clone)]
pub struct Store {
    data: PathBuf,
    files: storage::Store,
}

impl Store {
    pub fn new(data: PathBuf) -> Store {
        let files = storage::Store::with_lock_file(data.join("journal"), data.join("journal.lock"));
        Store { data, files }
    }

    pub fn data_dir(&self) -> &Path {
        &self.data
    }

    pub fn months_dir(&self) -> PathBuf {
        self.files.dir().to_path_buf()
    }

    pub fn month_path(&self, month: &str) -> PathBuf {
        self.files.dir().join(format!("{month}.ron"))
    }

    pub fn summary_path(&self) -> PathBuf {
        self.files.path(&summary_name())
    }

    pub fn lock_path(&self) -> &Path {
        self.files.lock_path()
    }

    /// Takes the write lock, creating the folders on first use.
    pub fn lock_exclusive(&self) -> Result<WriteLock<'_>, JournalError> {
        let guard = self.files.write_lock()?;
        // The summary lived beside the folder before: a stale copy there
        // would only mislead someone reading the folder.
        let _ = fs::remove_file(self.data.join("summary.json"));
        Ok(guard)
    }

    /// Takes the read lock; an unlocked read on read-only media.
    pub fn lock_shared(&self) -> Result<Lock<'_>, JournalError> {
        Ok(self.files.read_lock()?)
    }

    /// The month files present, oldest first.
    pub fn stamps(&self, _lock: &Lock) -> Result<Vec<Stamp>, JournalError> {
        let dir = self.files.dir();
        let mut stamps = match month_stamps(dir) {
            Ok(stamps) => stamps,
            Err((path, error)) if path == dir && error.kind() == io::ErrorKind::NotFound => {
                return Ok(Vec::new());
            }
            Err((path, error)) => return Err(self.io_error(&path, error)),
        };
        // One file per month: the months are all different.
        stamps.sort_unstable_by_key(|stamp| stamp.month);
        Ok(stamps)
    }

    /// Reads the events of the months `stamps` were taken of, in applying
    /// order.
    pub fn read_stamped(&self, stamps: &[Stamp], lock: &Lock) -> Result<Vec<Event>, JournalError> {
        let names: Vec<String> = stamps.iter().map(|s| s.month.to_string()).collect();
        self.read_months(names.iter().map(String::as_str), lock)
    }

    fn io_error(&self, path: &Path, source: io::Error) -> JournalError {
        JournalError::Io {
            path: path.to_path_buf(),
            source,
        }
    }

    /// Reads one month's events; a missing file is an empty month.
    pub fn read_month(&self, month: &str, lock: &Lock) -> Result<Vec<Event>, JournalError> {
        let name = month_name(month)?;
        let Some(bytes) = lock.read(&name, MAX_MONTH_BYTES)? else {
            return Ok(Vec::new());
        };
        let path = self.files.path(&name);
        let events = parse_month(&bytes, &path)?;
        let first = first_day_of(month);
        let in_month =
            |day: Date| first.is_some_and(|f| (day.year(), day.month()) == (f.year(), f.month()));
        if let Some(event) = events.iter().find(|event| !in_month(event.day)) {
            return Err(EventError::WrongMonth {
                file: path,
                place: Place::Line(line_of_id(&bytes, &event.id)),
                id: event.id.clone(),
                day: event.day,
                month: month.to_string(),
            }
            .into());
        }
        Ok(events)
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

    /// Adds what a command just did to their months' files (by day), after
    /// the events each day has already: the newest command applies last,
    /// whatever the clock says (see [`normalize`]). Returns how many were
    /// new. Each month file is read first: one that does not parse stops the
    /// write before anything changes; so does an event dated outside
    /// 1900–2200.
    pub fn append(&self, events: Vec<Event>, lock: &WriteLock) -> Result<usize, JournalError> {
        self.add(events, Placement::After, lock)
    }

    /// Merges events from another journal (an import) into their months'
    /// files, skipping ids already there. Each day's events from either side
    /// keep their own order; between the two sides, by the time recorded —
    /// the only order two machines share. Returns how many were new.
    pub fn merge(&self, events: Vec<Event>, lock: &WriteLock) -> Result<usize, JournalError> {
        // An event is known by its id anywhere in the journal, whatever day
        // the incoming copy says.
        let known: std::collections::HashSet<String> = self
            .read_stamped(&self.stamps(lock)?, lock)?
            .into_iter()
            .map(|event| event.id)
            .collect();
        let events = events
            .into_iter()
            .filter(|event| !known.contains(&event.id))
            .collect();
        self.add(events, Placement::ByTime, lock)
    }

    fn add(
        &self,
        events: Vec<Event>,
        placement: Placement,
        lock: &WriteLock,
    ) -> Result<usize, JournalError> {
        if let Some((index, event)) = events.iter().enumerate().find(|(_, e)| !e.in_range()) {
            return Err(EventError::OutOfRange {
                file: self.months_dir(),
                place: Place::Record(index + 1),
                id: event.id.clone(),
                day: event.day,
            }
            .into());
        }
        let mut by_month: std::collections::BTreeMap<String, Vec<Event>> = Default::default();
        for event in events {
            by_month.entry(month_of(event.day)).or_default().push(event);
        }
        // Read everything first, so a corrupt month stops the import whole.
        let mut merged = Vec::new();
        for (month, new_events) in by_month {
            let existing = self.read_month(&month, lock)?;
            let before = existing.len();
            let all = match placement {
                Placement::After => {
                    let mut all = existing;
                    all.extend(new_events);
                    normalize(&mut all);
                    all
                }
                Placement::ByTime => merge_by_time(existing, new_events),
            };
            if all.len() > before {
                merged.push((month, all.len() - before, all));
            }
        }
        let mut added = 0;
        for (month, count, events) in merged {
            let file = MonthFile {
                version: events.iter().map(Event::version).max().unwrap_or(1),
                events,
            };
            let path = self.month_path(&month);
            let text = ron::ser::to_string_pretty(&file, pretty())
                .map_err(|error| self.io_error(&path, io::Error::other(error)))?;
            lock.replace(&month_name(&month)?, text.as_bytes())?;
            added += count;
        }
        Ok(added)
    }

    /// The summary cache's bytes, if there is one (and it is not huge).
    pub(super) fn read_summary(&self, lock: &Lock) -> Option<Vec<u8>> {
        lock.read(&summary_name(), super::summary::MAX_BYTES)
            .ok()
            .flatten()
    }

    /// Writes the summary cache; quietly does nothing where it cannot.
    pub(super) fn write_summary(&self, bytes: &[u8], lock: &Lock) -> bool {
        lock.write_cache(&summary_name(), bytes)
    }
}

/// Where added events go within their day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Placement {
    /// After the day's events: what a command just did.
    After,
    /// Interleaved by time recorded: events from another journal.
    ByTime,
}

/// `existing` (in applying order) with the `incoming` events it does not
/// have: each side keeps its order within a day, and an incoming event goes
/// before the first existing event of its day recorded later than it.
fn merge_by_time(existing: Vec<Event>, incoming: Vec<Event>) -> Vec<Event> {
    let known: std::collections::HashSet<(Date, String)> =
        existing.iter().map(|e| (e.day, e.id.clone())).collect();
    let mut incoming: Vec<Event> = incoming
        .into_iter()
        .filter(|e| !known.contains(&(e.day, e.id.clone())))
        .collect();
    normalize(&mut incoming);
    let mut out = Vec::with_capacity(existing.len() + incoming.len());
    let mut incoming = incoming.into_iter().peekable();
    for event in existing {
        while let Some(next) = incoming
            .next_if(|next| next.day < event.day || (next.day == event.day && next.at < event.at))
        {
            out.push(next);
        }
        out.push(event);
    }
    out.extend(incoming);
    out
}

fn summary_name() -> FileName {
    // A constant name: this cannot fail.
    FileName::fixed("summary.json").unwrap_or_else(|_| unreachable!("a plain name"))
}

/// `YYYY-MM.ron` for a month named by [`month_of`] or found by `stamps`.
fn month_name(month: &str) -> Result<FileName, JournalError> {
    if first_day_of(month).is_none() {
        return Err(StorageError::BadName {
            name: month.to_string(),
            problem: storage::NameProblem::Character('-'),
        }
        .into());
    }
    Ok(FileName::fixed(&format!("{month}.ron"))?)
}

/// The stamps of the month files in `dir`, in the folder's order; an error
/// with the path it is about.
///
/// On Unix each file is stat'ed relative to the folder opened once, by the
/// name the listing gives, with no path, name or time value built for it:
/// this runs on every command, once per month file of the journal's years.
/// The stamp is [`stamp_of`]'s, field for field.
#[cfg(unix)]
fn month_stamps(dir: &Path) -> Result<Vec<Stamp>, (PathBuf, io::Error)> {
    use rustix::fs::{AtFlags, Mode, OFlags};
    use std::os::unix::ffi::OsStrExt;
    let at_dir = |error: rustix::io::Errno| (dir.to_path_buf(), io::Error::from(error));
    let folder = rustix::fs::open(
        dir,
        OFlags::RDONLY | OFlags::DIRECTORY | OFlags::CLOEXEC,
        Mode::empty(),
    )
    .map_err(at_dir)?;
    let mut entries = rustix::fs::Dir::read_from(&folder).map_err(at_dir)?;
    let mut stamps = Vec::new();
    while let Some(entry) = entries.read() {
        let entry = entry.map_err(at_dir)?;
        let name = entry.file_name();
        let Some(month) = YearMonth::of_file_name(name.to_bytes()) else {
            continue;
        };
        // Not following a link, as `DirEntry::metadata` does not.
        let stat =
            rustix::fs::statat(&folder, name, AtFlags::SYMLINK_NOFOLLOW).map_err(|error| {
                let name = std::ffi::OsStr::from_bytes(name.to_bytes());
                (dir.join(name), io::Error::from(error))
            })?;
        // Whatever integer types this system's `stat` has.
        let whole = |n: i128| u64::try_from(n).unwrap_or(0);
        let nanos = |seconds: i128, nanos: i128| {
            whole(seconds)
                .saturating_mul(1_000_000_000)
                .saturating_add(whole(nanos))
        };
        let seconds = i128::from(stat.st_mtime);
        stamps.push(Stamp {
            month,
            len: whole(i128::from(stat.st_size)),
            // `SystemTime` before 1970 is no duration since it: 0.
            modified_ns: if seconds < 0 {
                0
            } else {
                nanos(seconds, i128::from(stat.st_mtime_nsec))
            },
            changed_ns: nanos(i128::from(stat.st_ctime), i128::from(stat.st_ctime_nsec)),
            inode: whole(i128::from(stat.st_ino)),
        });
    }
    Ok(stamps)
}

/// The stamps of the month files in `dir`, in the folder's order; an error
/// with the path it is about.
#[cfg(not(unix))]
fn month_stamps(dir: &Path) -> Result<Vec<Stamp>, (PathBuf, io::Error)> {
    let at_dir = |error| (dir.to_path_buf(), error);
    let mut stamps = Vec::new();
    for entry in fs::read_dir(dir).map_err(at_dir)? {
        let entry = entry.map_err(at_dir)?;
        let Some(month) = YearMonth::of_file_name(entry.file_name().as_encoded_bytes()) else {
            continue;
        };
        let metadata = entry.metadata().map_err(|error| (entry.path(), error))?;
        stamps.push(stamp_of(month, &metadata));
    }
    Ok(stamps)
}

/// The stamp of the file of `month` from its metadata; the group's month
/// files are stamped the same way.
pub fn stamp_of(month: YearMonth, metadata: &fs::Metadata) -> Stamp {
    let nanos = |time: io::Result<std::time::SystemTime>| {
        time.ok()
            .and_then(|time| time.duration_since(std::time::UNIX_EPOCH).ok())
            .map_or(0, |elapsed| {
                u64::try_from(elapsed.as_nanos()).unwrap_or(u64::MAX)
            })
    };
    #[cfg(unix)]
    let (changed_ns, inode) = {
        use std::os::unix::fs::MetadataExt;
        let seconds = u64::try_from(metadata.ctime()).unwrap_or(0);
        let nanos = u64::try_from(metadata.ctime_nsec()).unwrap_or(0);
        (
            seconds.saturating_mul(1_000_000_000).saturating_add(nanos),
            metadata.ino(),
        )
    };
    #[cfg(not(unix))]
    let (changed_ns, inode) = (nanos(metadata.created()), 0);
    Stamp {
        month,
        len: metadata.len(),
        modified_ns: nanos(metadata.modified()),
        changed_ns,
        inode,
    }
}

/// The line of a month file where the event `id` is written (1 if not found).
fn line_of_id(bytes: &[u8], id: &str) -> usize {
    let text = String::from_utf8_lossy(bytes);
    let needle = format!("id: {}", ron::to_string(id).unwrap_or_default());
    text.find(&needle)
        .map_or(1, |at| text[..at].matches('\n').count() + 1)
}

/// One event per line keeps month files readable and diffs small.
fn pretty() -> ron::ser::PrettyConfig {
    ron::ser::PrettyConfig::new()
        .depth_limit(2)
        .indentor("  ".to_string())
}

/// Parses a month file's bytes; `path` names it in errors. An event dated
/// outside 1900–2200 is an error with its line.
pub fn parse_month(bytes: &[u8], path: &Path) -> Result<Vec<Event>, JournalError> {
    let events = match ronfile::parse_versioned(bytes, VERSION, |file: &MonthFile| file.version) {
        Ok(file) => file.events,
        Err(Unreadable::Newer { version }) => {
            return Err(JournalError::Newer {
                path: path.to_path_buf(),
                version,
            });
        }
        Err(Unreadable::Corrupt {
            line,
            column,
            problem,
        }) => {
            return Err(JournalError::Corrupt {
                path: path.to_path_buf(),
                line,
                column,
                problem,
            });
        }
    };
    if let Some(event) = events.iter().find(|event| !event.in_range()) {
        return Err(EventError::OutOfRange {
            file: path.to_path_buf(),
            place: Place::Line(line_of_id(bytes, &event.id)),
            id: event.id.clone(),
            day: event.day,
        }
        .into());
    }
    Ok(events)
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
        let months: Vec<String> = stamps.iter().map(|s| s.month.to_string()).collect();
        assert_eq!(months, ["2026-10", "2026-11"]);
        let read = store.read_stamped(&stamps, &lock).expect("read");
        assert_eq!(read.len(), 2);
        assert_eq!(read[0].day, date(2026, 10, 31));
    }

    #[test]
    fn a_later_command_applies_after_earlier_ones_whatever_the_clock_says() {
        let dir = tempfile::tempdir().expect("dir");
        let store = Store::new(dir.path().to_path_buf());
        let lock = store.lock_exclusive().expect("lock");
        let day = date(2026, 11, 20);
        let checked = Event::new(
            day,
            "2026-11-20T10:00:00Z".parse().expect("ts"),
            EventKind::CheckedIn { backfill: false },
        );
        // The clock went back an hour before `undo`.
        let undone = Event::new(
            day,
            "2026-11-20T09:00:00Z".parse().expect("ts"),
            EventKind::Undone,
        );
        store
            .append(vec![checked.clone()], &lock)
            .expect("check in");
        store.append(vec![undone.clone()], &lock).expect("undo");
        let read = store.read_months(["2026-11"], &lock).expect("read");
        assert_eq!(read, [checked, undone], "in the order recorded");
    }

    #[test]
    fn an_import_is_merged_by_time_keeping_each_sides_order() {
        let dir = tempfile::tempdir().expect("dir");
        let store = Store::new(dir.path().to_path_buf());
        let lock = store.lock_exclusive().expect("lock");
        let day = date(2026, 11, 25);
        let at = |time: &str| format!("2026-11-25T{time}:00Z").parse().expect("ts");
        let mine = Event::new(
            day,
            at("08:00"),
            EventKind::Drawn {
                card: "hearts-7".into(),
            },
        );
        let later_mine = Event::new(day, at("07:00"), EventKind::Undone);
        store
            .append(vec![mine.clone(), later_mine.clone()], &lock)
            .expect("mine");
        // From a workshop the day before: recorded earlier than anything here.
        let pledge = Event::new(
            day,
            at("01:00"),
            EventKind::Drawn {
                card: "clubs-4".into(),
            },
        );
        let late = Event::new(day, at("09:00"), EventKind::NoteSet { note: "x".into() });
        assert_eq!(
            store
                .merge(vec![pledge.clone(), late.clone()], &lock)
                .expect("merge"),
            2
        );
        assert_eq!(store.merge(vec![pledge.clone()], &lock).expect("again"), 0);
        let moved = Event {
            day: date(2026, 10, 1),
            ..pledge.clone()
        };
        assert_eq!(
            store.merge(vec![moved], &lock).expect("same id"),
            0,
            "known by id"
        );
        let read = store.read_months(["2026-11"], &lock).expect("read");
        assert_eq!(read, [pledge, mine, later_mine, late]);
    }

    #[test]
    fn a_month_is_written_with_the_oldest_version_that_holds_it() {
        let dir = tempfile::tempdir().expect("dir");
        let store = Store::new(dir.path().to_path_buf());
        let lock = store.lock_exclusive().expect("lock");
        let credited = EventKind::Credited {
            card: "clubs-3".into(),
            own: None,
        };
        store
            .append(
                vec![
                    event(date(2026, 10, 2), EventKind::Undone),
                    event(date(2026, 11, 2), credited),
                ],
                &lock,
            )
            .expect("append");
        let text = |month: &str| fs::read_to_string(store.month_path(month)).expect("read");
        assert!(
            text("2026-10").contains("version: 1,"),
            "{}",
            text("2026-10")
        );
        assert!(
            text("2026-11").contains("version: 2,"),
            "{}",
            text("2026-11")
        );
        let read = store.read_months(["2026-11"], &lock).expect("read");
        assert_eq!(read.len(), 1);
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
    fn events_out_of_range_or_out_of_place_are_refused() {
        let dir = tempfile::tempdir().expect("dir");
        let store = Store::new(dir.path().to_path_buf());
        let lock = store.lock_exclusive().expect("lock");
        let ancient = event(date(1, 1, 1), EventKind::Undone);
        let error = store.append(vec![ancient], &lock).expect_err("year 1");
        assert!(
            matches!(error, JournalError::Event(EventError::OutOfRange { .. })),
            "{error}"
        );
        assert!(error.to_string().contains("0001-01-01"), "{error}");
        assert!(
            store.stamps(&lock).expect("stamps").is_empty(),
            "nothing written"
        );

        store
            .append(vec![event(date(2026, 11, 2), EventKind::Undone)], &lock)
            .expect("append");
        let path = store.month_path("2026-11");
        let text = fs::read_to_string(&path).expect("read");
        fs::write(&path, text.replace("2026-11-02", "2026-09-02")).expect("edit");
        let error = store.read_month("2026-11", &lock).expect_err("misplaced");
        assert!(
            matches!(error, JournalError::Event(EventError::WrongMonth { .. })),
            "{error}"
        );
        assert!(
            error.to_string().contains("2026-11.ron:4: the event"),
            "{error}"
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
        assert_eq!(first_day_of("0001-01"), None, "out of range");
        assert_eq!(first_day_of("-001-01"), None);
        assert_eq!(first_day_of("2026-3"), None);
    }
    #[test]
    fn journal_file_names() {
        let month = |year, month| YearMonth::new(year, month);
        assert_eq!(YearMonth::of_file_name(b"2026-03.ron"), month(2026, 3));
        assert_eq!(YearMonth::of_file_name(b"1900-01.ron"), month(1900, 1));
        assert_eq!(YearMonth::of_file_name(b"2200-12.ron"), month(2200, 12));
        for name in [
            &b"2026-13.ron"[..],
            b"2026-00.ron",
            b"1899-12.ron",
            b"2201-01.ron",
            b"2026-3.ron",
            b"2026-03.ron.bak",
            b"2026-03.RON",
            b"+026-03.ron",
            b"2026_03.ron",
            b"summary.json",
            "２０２６-03.ron".as_bytes(),
            b"",
        ] {
            assert_eq!(
                YearMonth::of_file_name(name),
                None,
                "{}",
                String::from_utf8_lossy(name)
            );
        }
        assert_eq!(
            YearMonth::new(2026, 3).map(|m| m.to_string()),
            Some("2026-03".into())
        );
        assert_eq!(YearMonth::new(0, 1), None);
        assert_eq!(YearMonth::new(2026, 13), None);
        assert_eq!(YearMonth::new(2026, -1), None);
        assert_eq!(YearMonth::new(10000, 1), None);
        let (december, january) = (month(2026, 12), month(2027, 1));
        assert!(december < january, "in calendar order");
        assert!(month(999, 12) < month(1000, 1));
        let january = january.expect("month");
        assert_eq!((january.year(), january.month()), (2027, 1));
        assert_eq!(january.first_day(), date(2027, 1, 1));
        assert_eq!(
            month(9999, 12).map(|m| m.to_string()),
            Some("9999-12".into())
        );
        assert_eq!(month(1, 1).map(|m| m.to_string()), Some("0001-01".into()));
    }

    #[test]
    fn stamps_list_the_month_files_in_order_and_nothing_else() {
        let dir = tempfile::tempdir().expect("dir");
        let store = Store::new(dir.path().to_path_buf());
        let lock = store.lock_exclusive().expect("lock");
        let days = [date(2027, 1, 5), date(2026, 9, 1), date(2026, 11, 30)];
        for day in days {
            let events = vec![event(day, EventKind::CheckedIn { backfill: false })];
            store.append(events, &lock).expect("append");
        }
        for stray in ["2026-13.ron", "notes.ron", "2026-10.ron.bak", "1899-12.ron"] {
            fs::write(store.months_dir().join(stray), "x").expect("stray");
        }
        let stamps = store.stamps(&lock).expect("stamps");
        let months: Vec<String> = stamps.iter().map(|s| s.month.to_string()).collect();
        assert_eq!(months, ["2026-09", "2026-11", "2027-01"]);
        for stamp in &stamps {
            let metadata = fs::metadata(store.month_path(&stamp.month.to_string())).expect("meta");
            assert_eq!(stamp.len, metadata.len());
            assert_eq!(*stamp, stamp_of(stamp.month, &metadata));
        }
    }

    #[test]
    fn stamps_of_no_folder_are_none_and_of_an_unreadable_one_an_error() {
        let dir = tempfile::tempdir().expect("dir");
        let store = Store::new(dir.path().to_path_buf());
        let lock = store.lock_shared().expect("lock");
        assert_eq!(store.stamps(&lock).expect("no folder yet"), []);
        fs::write(store.months_dir(), "not a folder").expect("file");
        let error = store.stamps(&lock).expect_err("a file, not a folder");
        assert!(
            matches!(&error, JournalError::Io { path, .. } if *path == store.months_dir()),
            "{error:?}"
        );
    }

    /// A month file that is a link is stamped as the link, not followed
    /// (a link put in its place shows as a change).
    #[cfg(unix)]
    #[test]
    fn a_linked_month_file_is_stamped_as_the_link() {
        use std::os::unix::fs::MetadataExt;
        let dir = tempfile::tempdir().expect("dir");
        let store = Store::new(dir.path().to_path_buf());
        let lock = store.lock_exclusive().expect("lock");
        let events = vec![event(
            date(2026, 9, 3),
            EventKind::CheckedIn { backfill: false },
        )];
        store.append(events, &lock).expect("append");
        let target = dir.path().join("elsewhere.ron");
        fs::rename(store.month_path("2026-09"), &target).expect("move");
        std::os::unix::fs::symlink(&target, store.month_path("2026-09")).expect("link");
        let stamps = store.stamps(&lock).expect("stamps");
        let link = fs::symlink_metadata(store.month_path("2026-09")).expect("link meta");
        assert_eq!(stamps, [stamp_of(stamps[0].month, &link)]);
        assert_ne!(stamps[0].inode, fs::metadata(&target).expect("meta").ino());
    }

    /// A month file changed keeping its size and modification time still
    /// changes its stamp: written in place through the status-change time,
    /// put in place by rename through the inode too.
    #[cfg(unix)]
    #[test]
    fn an_edit_that_keeps_size_and_modification_time_changes_the_stamp() {
        let dir = tempfile::tempdir().expect("dir");
        let store = Store::new(dir.path().to_path_buf());
        let lock = store.lock_exclusive().expect("lock");
        let day = date(2026, 9, 3);
        let events = vec![event(day, EventKind::CheckedIn { backfill: false })];
        store.append(events, &lock).expect("append");
        let path = store.month_path("2026-09");
        let before = store.stamps(&lock).expect("stamps");
        let modified = fs::metadata(&path)
            .expect("meta")
            .modified()
            .expect("mtime");
        let text = fs::read_to_string(&path).expect("read");
        let edited = text.replacen("2026-09-03", "2026-09-13", 1);
        assert_eq!(edited.len(), text.len());

        // In place, the time put back.
        std::thread::sleep(std::time::Duration::from_millis(20));
        fs::write(&path, &edited).expect("write");
        let file = fs::File::options().write(true).open(&path).expect("open");
        file.set_modified(modified).expect("set mtime");
        let in_place = store.stamps(&lock).expect("stamps");
        assert_eq!(
            (in_place[0].len, in_place[0].modified_ns, in_place[0].inode),
            (before[0].len, before[0].modified_ns, before[0].inode)
        );
        assert_ne!(in_place[0].changed_ns, before[0].changed_ns);
        assert_ne!(in_place, before);

        // A copy renamed over it, with the same size and times.
        let copy = dir.path().join("copy.ron");
        fs::write(&copy, &text).expect("copy");
        let file = fs::File::options().write(true).open(&copy).expect("open");
        file.set_modified(modified).expect("set mtime");
        fs::rename(&copy, &path).expect("rename");
        let renamed = store.stamps(&lock).expect("stamps");
        assert_eq!(renamed[0].modified_ns, before[0].modified_ns);
        assert_ne!(renamed[0].inode, in_place[0].inode);
        assert_ne!(renamed, in_place);
    }
}
