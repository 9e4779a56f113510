//! The leader's group on disk: a folder, written only through
//! [`crate::storage`] (one lock for the folder, atomic replace with a
//! backup, bounded reads; a file that does not parse is never written over).
//!
//! ```text
//! <folder>/group.ron             the group and its roster (RON, for people)
//! <folder>/checkins/YYYY-MM.ron  every member's events of a month (RON)
//! <folder>/cache/YYYY-MM.json    each member's fold at the end of a closed month
//! <folder>/.xiaoshi.lock         the folder's lock (empty)
//! ```
//!
//! The folder is `groups/<name>/` in the data folder, or any folder a
//! leader names (a synced or shared one). Reading takes the shared lock,
//! every change the exclusive one across read, change and write
//! ([`GroupFolder::write`]), so a paste, an import and the grid screen
//! never lose each other's check-ins.
//!
//! The cache ([`cache`]) keeps the monthly review fast: a year of check-ins
//! for 100 members is twelve month files, ~130 ms of RON; the review reads
//! the month before and the month itself, and starts each member's fold
//! from the cache. It is derived data, checked against the month files it
//! was made from (size, times, inode) and made again when they differ.

pub mod cache;
pub mod place;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use jiff::civil::Date;

use crate::group::file::{self, CheckinFile, FileError};
use crate::group::model::MemberError;
use crate::group::review::{self, Review};
use crate::group::{Checkins, Group, Leave, Logged, Month};
use crate::i18n::diagnostic::{Describe, Diagnostic};
use crate::i18n::group as t;
use crate::i18n::{Lang, fill_named};
use crate::storage::{FileName, ReadGuard, StorageError, Store, WriteGuard};
use crate::text::sanitize::Shown;

pub use place::{Listed, Where};

/// The group file's name in its folder.
pub const GROUP_FILE: &str = "group.ron";
/// The folder of month files.
pub const CHECKINS_DIR: &str = "checkins";
/// The folder of saved folds.
pub const CACHE_DIR: &str = "cache";

/// Largest group file read: 500 members are about 100 KB.
pub const MAX_GROUP_BYTES: u64 = 4 * 1024 * 1024;
/// Largest month file read: 100 members checking in every day with notes
/// are about 1.5 MB a month.
pub const MAX_MONTH_BYTES: u64 = 64 * 1024 * 1024;

fn fixed(name: &str) -> FileName {
    // Constant names: this cannot fail.
    FileName::fixed(name).unwrap_or_else(|_| unreachable!("a plain name"))
}

fn month_name(month: Month) -> FileName {
    fixed(&format!("{month}.ron"))
}

/// A month file's month, from its name (`2026-12.ron`).
fn month_of_name(name: &FileName) -> Option<Month> {
    let text = name.as_os_str().to_str()?;
    let month = text.strip_suffix(".ron")?;
    // Only the names this module writes: `YYYY-MM`.
    (month.len() == 7).then(|| month.parse().ok()).flatten()
}

/// Which months to read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Months {
    All,
    /// From the first to the last, both included.
    Between(Month, Month),
}

impl Months {
    /// The months that hold `from` to `to`.
    pub fn days(from: Date, to: Date) -> Months {
        Months::Between(Month::of(from.min(to)), Month::of(from.max(to)))
    }

    fn contains(self, month: Month) -> bool {
        match self {
            Months::All => true,
            Months::Between(first, last) => first <= month && month <= last,
        }
    }
}

/// What a change writes: check-ins and days off to add, and the roster
/// when it changes too (a device linked by an import).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Change {
    pub records: Vec<Logged>,
    pub leave: Vec<Leave>,
    pub group: Option<Group>,
}

impl Change {
    pub fn is_empty(&self) -> bool {
        self.records.is_empty() && self.leave.is_empty() && self.group.is_none()
    }
}

/// What a change wrote.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Written {
    /// New events (a check-in with a card and a note is three).
    pub events: usize,
    /// New days checked in: what a leader counts, and what a preview says
    /// it will record.
    pub checkins: usize,
    /// New days off.
    pub leave: usize,
    /// Month files written.
    pub months: usize,
}

/// A group's folder.
#[derive(Debug, Clone)]
pub struct GroupFolder {
    store: Store,
    checkins: Store,
    cache: Store,
}

impl GroupFolder {
    /// The group in `dir` (which need not exist yet).
    pub fn at(dir: PathBuf) -> GroupFolder {
        let store = Store::new(dir);
        let checkins = store.folder(&fixed(CHECKINS_DIR));
        let cache = store.folder(&fixed(CACHE_DIR));
        GroupFolder {
            store,
            checkins,
            cache,
        }
    }

    pub fn dir(&self) -> &Path {
        self.store.dir()
    }

    pub fn group_path(&self) -> PathBuf {
        self.store.path(&fixed(GROUP_FILE))
    }

    pub fn month_path(&self, month: Month) -> PathBuf {
        self.checkins.path(&month_name(month))
    }

    /// Whether the folder holds a group file.
    pub fn exists(&self) -> bool {
        self.group_path().exists()
    }

    /// Writes a new group's file. A folder that already holds one is left
    /// as it is.
    pub fn create(&self, group: &Group) -> Result<(), GroupError> {
        let guard = self.store.write_lock()?;
        let name = fixed(GROUP_FILE);
        if guard.read(&name, MAX_GROUP_BYTES)?.is_some() {
            return Err(GroupError::Exists {
                dir: self.dir().to_path_buf(),
            });
        }
        guard.replace(&name, render_group(group)?.as_bytes())?;
        Ok(())
    }

    /// The group file, under the shared lock.
    pub fn read_group(&self) -> Result<Group, GroupError> {
        let guard = self.store.read_lock()?;
        self.group_in(&guard)
    }

    /// The group and the check-ins of `months`, under the shared lock.
    pub fn read(&self, months: Months) -> Result<(Group, Checkins), GroupError> {
        let guard = self.store.read_lock()?;
        let group = self.group_in(&guard)?;
        let checkins = self.checkins_in(&guard, months)?;
        Ok((group, checkins))
    }

    /// Reads the group and the check-ins of `months`, lets `plan` decide what
    /// to write, and writes it, all under the exclusive lock. Every month
    /// file touched is read (and must parse) before any is written; each is
    /// replaced atomically with a backup. Nothing is written when `plan`
    /// fails or plans nothing.
    pub fn write<T, E: From<GroupError>>(
        &self,
        months: Months,
        plan: impl FnOnce(&Group, &Checkins) -> Result<(Change, T), E>,
    ) -> Result<(Written, T), E> {
        let guard = self.store.write_lock().map_err(GroupError::from)?;
        let group = self.group_in(&guard)?;
        let checkins = self.checkins_in(&guard, months)?;
        let (change, outcome) = plan(&group, &checkins)?;
        let written = self.apply(&guard, change)?;
        Ok((written, outcome))
    }

    /// Changes the roster under the exclusive lock (the check-ins are not
    /// read).
    pub fn change_group<T, E: From<GroupError>>(
        &self,
        change: impl FnOnce(&mut Group) -> Result<T, E>,
    ) -> Result<(Group, T), E> {
        let guard = self.store.write_lock().map_err(GroupError::from)?;
        let mut group = self.group_in(&guard)?;
        let outcome = change(&mut group)?;
        self.apply(
            &guard,
            Change {
                group: Some(group.clone()),
                ..Change::default()
            },
        )?;
        Ok((group, outcome))
    }

    /// The monthly review of `month` on `today`: the months before the
    /// month before come from the saved folds ([`cache`]), so only two
    /// month files are read once the cache is warm.
    pub fn review(&self, month: Month, today: Date) -> Result<(Group, Review), GroupError> {
        let guard = self.store.read_lock()?;
        let group = self.group_in(&guard)?;
        let files = self.month_files(&guard)?;
        let before = month.previous().and_then(Month::previous);
        // Only a month that is over has a final fold to save.
        let closed = before.filter(|m| m.last_day() < today);
        let (resume, first) = match closed {
            Some(saved) => (
                cache::folds_through(self, &guard, &files, saved, today)?,
                saved.next(),
            ),
            None => (Default::default(), None),
        };
        let wanted = match first {
            Some(first) => Months::Between(first, month),
            None => Months::Between(Month::new(1, 1).unwrap_or(month), month),
        };
        let checkins = self.checkins_in(&guard, wanted)?;
        let review = review::review_resumed(&group, &checkins, month, today, &resume);
        Ok((group, review))
    }

    fn group_in(&self, guard: &ReadGuard) -> Result<Group, GroupError> {
        let bytes = guard
            .read(&fixed(GROUP_FILE), MAX_GROUP_BYTES)?
            .ok_or_else(|| GroupError::NoGroup {
                dir: self.dir().to_path_buf(),
            })?;
        Ok(file::parse_group(&bytes, &self.group_path())?)
    }

    /// The month files present, oldest first, with their stamps.
    fn month_files(&self, guard: &ReadGuard) -> Result<Vec<MonthFile>, GroupError> {
        let folder = guard.within(&self.checkins)?;
        Ok(folder
            .files()?
            .into_iter()
            .filter_map(|(name, metadata)| {
                let month = month_of_name(&name)?;
                let file_month =
                    crate::journal::store::YearMonth::new(month.year(), month.month())?;
                Some(MonthFile {
                    month,
                    stamp: crate::journal::store::stamp_of(file_month, &metadata),
                })
            })
            .collect())
    }

    /// One month's file; `None` if there is none.
    fn read_month(
        &self,
        guard: &ReadGuard,
        month: Month,
    ) -> Result<Option<CheckinFile>, GroupError> {
        let folder = guard.within(&self.checkins)?;
        let Some(bytes) = folder.read(&month_name(month), MAX_MONTH_BYTES)? else {
            return Ok(None);
        };
        let parsed = file::parse_checkins(&bytes, &self.month_path(month))?;
        if parsed.month != month {
            // A file renamed by hand: its records are of another month.
            return Err(GroupError::WrongMonth {
                path: self.month_path(month),
                holds: parsed.month,
            });
        }
        Ok(Some(parsed))
    }

    fn checkins_in(&self, guard: &ReadGuard, months: Months) -> Result<Checkins, GroupError> {
        let mut files = Vec::new();
        for found in self.month_files(guard)? {
            if months.contains(found.month)
                && let Some(file) = self.read_month(guard, found.month)?
            {
                files.push(file);
            }
        }
        Ok(Checkins::from_files(files))
    }

    /// Writes `change`: every month it touches is read and merged first,
    /// then written; the roster last.
    fn apply(&self, guard: &WriteGuard, change: Change) -> Result<Written, GroupError> {
        let mut written = Written::default();
        let months: BTreeSet<Month> = change
            .records
            .iter()
            .map(|logged| Month::of(logged.event.day))
            .chain(change.leave.iter().map(|leave| Month::of(leave.day)))
            .collect();
        let mut texts = Vec::new();
        for &month in &months {
            let existing = self.read_month(guard, month)?;
            let mut checkins = Checkins::from_files(existing);
            let in_month = |day: Date| month.contains(day);
            let days_before = checkins.days_checked_in();
            let events = checkins.add(
                change
                    .records
                    .iter()
                    .filter(|logged| in_month(logged.event.day))
                    .cloned(),
            );
            let leave = checkins.add_leave(
                change
                    .leave
                    .iter()
                    .filter(|leave| in_month(leave.day))
                    .cloned(),
            );
            if events + leave == 0 {
                continue;
            }
            written.events += events;
            written.checkins += checkins.days_checked_in().saturating_sub(days_before);
            written.leave += leave;
            let text = file::render_checkins(&checkins.file_for(month))
                .map_err(|error| GroupError::Render(error.to_string()))?;
            texts.push((month, text));
        }
        if !texts.is_empty() {
            let folder = guard.within(&self.checkins)?;
            for (month, text) in &texts {
                folder.replace(&month_name(*month), text.as_bytes())?;
                written.months += 1;
            }
        }
        if let Some(group) = &change.group {
            let name = fixed(GROUP_FILE);
            // The roster as it is on disk must parse before it is replaced.
            self.group_in(guard)?;
            guard.replace(&name, render_group(group)?.as_bytes())?;
        }
        // Read back what was written: a change never reports what did not take.
        for (month, _) in &texts {
            let back = self.read_month(guard, *month)?;
            let back = Checkins::from_files(back);
            let missing = change
                .records
                .iter()
                .filter(|logged| Month::of(logged.event.day) == *month)
                .any(|logged| {
                    !back
                        .log(&logged.member)
                        .events()
                        .iter()
                        .any(|event| event.id == logged.event.id)
                });
            if missing {
                return Err(GroupError::NotWritten {
                    path: self.month_path(*month),
                });
            }
        }
        Ok(written)
    }
}

/// The pledges of `month` from the workshop sessions linked to `group`
/// (kept in the data folder `data`), by session day; and the sessions that
/// could not be read, with why (a missing or broken one hides no other).
pub fn workshop_pledges(
    data: &Path,
    group: &Group,
    month: Month,
) -> (
    Vec<review::WorkshopPledge>,
    Vec<(String, crate::workshop::SessionError)>,
) {
    let sessions = crate::workshop::Sessions::new(data);
    let mut pledges = Vec::new();
    let mut unread = Vec::new();
    for id in &group.workshops {
        match sessions.file(id).and_then(|file| file.open()) {
            Ok(opened) if month.contains(opened.session.date) => {
                let date = opened.session.date;
                pledges.extend(opened.session.pledges.into_iter().map(|pledge| {
                    review::WorkshopPledge {
                        date,
                        card: pledge.card,
                        title: pledge.title,
                        words: pledge.words,
                        by: pledge.by,
                    }
                }));
            }
            Ok(_) => {}
            Err(error) => unread.push((id.clone(), error)),
        }
    }
    pledges.sort_by_key(|pledge| pledge.date);
    (pledges, unread)
}

/// A month file present, and what tells whether it changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MonthFile {
    pub month: Month,
    pub stamp: crate::journal::store::Stamp,
}

fn render_group(group: &Group) -> Result<String, GroupError> {
    file::render_group(group).map_err(|error| GroupError::Render(error.to_string()))
}

/// Why a group could not be opened, read or written.
#[derive(Debug)]
pub enum GroupError {
    /// A group file or month file that does not parse or cannot be used:
    /// it names the file, line and column, and is left as it is.
    File(FileError),
    Storage(StorageError),
    Member(MemberError),
    /// No `group.ron` in the folder.
    NoGroup {
        dir: PathBuf,
    },
    /// `group new` in a folder that holds a group already.
    Exists {
        dir: PathBuf,
    },
    /// No group in the data folder yet.
    NoGroups {
        groups: PathBuf,
    },
    /// Several groups, and none was chosen.
    WhichGroup {
        names: Vec<String>,
    },
    /// A group's name that cannot name its folder.
    NoFolderName {
        name: String,
    },
    /// A month file renamed: it holds another month.
    WrongMonth {
        path: PathBuf,
        holds: Month,
    },
    /// Text that could not be written (never expected).
    Render(String),
    /// Written, but not found when read back.
    NotWritten {
        path: PathBuf,
    },
    /// `group add` of several names with one `--room`.
    RoomForOne,
    /// The grid screen, asked for without a terminal.
    NeedsTerminal,
    /// A PDF asked for on a terminal (`--out -`).
    PdfToTerminal,
    /// None of the files given could be read.
    NothingRead {
        count: usize,
    },
    /// A member named on the command line who is not sure: nobody, or
    /// one of those offered (their labels and keys).
    NoSuchMember {
        written: String,
        offers: Vec<String>,
    },
}

impl From<FileError> for GroupError {
    fn from(error: FileError) -> GroupError {
        GroupError::File(error)
    }
}

impl From<StorageError> for GroupError {
    fn from(error: StorageError) -> GroupError {
        GroupError::Storage(error)
    }
}

impl From<MemberError> for GroupError {
    fn from(error: MemberError) -> GroupError {
        GroupError::Member(error)
    }
}

fn shown(path: &Path) -> String {
    Shown(&path.display().to_string()).to_string()
}

impl Describe for GroupError {
    fn describe(&self, lang: Lang) -> Diagnostic {
        let with = |message: crate::i18n::Text, pairs: &[(&str, &dyn std::fmt::Display)]| {
            fill_named(message.get(lang), pairs)
        };
        match self {
            GroupError::File(error) => error.describe(lang),
            GroupError::Storage(error) => error.describe(lang),
            GroupError::Member(error) => error.describe(lang),
            GroupError::NoGroup { dir } => Diagnostic::with_hint(
                with(t::NO_GROUP, &[("dir", &shown(dir))]),
                *t::NO_GROUP_HINT.get(lang),
            ),
            GroupError::Exists { dir } => Diagnostic::with_hint(
                with(t::GROUP_EXISTS, &[("dir", &shown(dir))]),
                *t::GROUP_EXISTS_HINT.get(lang),
            ),
            GroupError::NoGroups { groups } => Diagnostic::with_hint(
                with(t::NO_GROUPS, &[("dir", &shown(groups))]),
                *t::NO_GROUP_HINT.get(lang),
            ),
            GroupError::WhichGroup { names } => {
                let names: Vec<String> = names.iter().map(|n| Shown(n).to_string()).collect();
                Diagnostic::with_hint(
                    with(t::WHICH_GROUP, &[("names", &lang.join(&names))]),
                    *t::WHICH_GROUP_HINT.get(lang),
                )
            }
            GroupError::NoFolderName { name } => Diagnostic::with_hint(
                with(t::NO_FOLDER_NAME, &[("name", &Shown(name))]),
                *t::NO_FOLDER_NAME_HINT.get(lang),
            ),
            GroupError::WrongMonth { path, holds } => Diagnostic::with_hint(
                with(t::WRONG_MONTH, &[("path", &shown(path)), ("month", holds)]),
                *t::FILE_UNCHANGED_HINT.get(lang),
            ),
            GroupError::Render(detail) => {
                Diagnostic::new(with(t::CANNOT_RENDER, &[("detail", &Shown(detail))]))
            }
            GroupError::RoomForOne => Diagnostic::new(*t::ROOM_FOR_ONE.get(lang)),
            GroupError::NeedsTerminal => Diagnostic::with_hint(
                *t::GRID_NEEDS_TERMINAL.get(lang),
                *t::GRID_NEEDS_TERMINAL_HINT.get(lang),
            ),
            GroupError::PdfToTerminal => Diagnostic::with_hint(
                *t::PDF_TO_TERMINAL.get(lang),
                *t::PDF_TO_TERMINAL_HINT.get(lang),
            ),
            GroupError::NothingRead { count } => {
                Diagnostic::new(with(t::NOTHING_READ, &[("count", count)]))
            }
            GroupError::NoSuchMember { written, offers } => {
                let message = with(t::NO_SUCH_MEMBER, &[("name", &Shown(written))]);
                if offers.is_empty() {
                    Diagnostic::with_hint(message, *t::NO_SUCH_MEMBER_HINT.get(lang))
                } else {
                    Diagnostic::with_hint(
                        message,
                        with(t::PERHAPS_MEMBERS, &[("members", &lang.join(offers))]),
                    )
                }
            }
            GroupError::NotWritten { path } => Diagnostic::with_hint(
                with(t::NOT_WRITTEN, &[("path", &shown(path))]),
                *crate::i18n::storage::NOT_APPLIED_HINT.get(lang),
            ),
        }
    }
}

crate::describe_display!(GroupError);

impl std::error::Error for GroupError {}

impl GroupError {
    /// True for a folder on read-only media.
    pub fn is_read_only(&self) -> bool {
        matches!(self, GroupError::Storage(StorageError::ReadOnly { .. }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::group::model::Consent;
    use crate::group::{MemberKey, Source};
    use crate::journal::{Event, EventKind};
    use jiff::civil::date;

    fn group() -> Group {
        let mut group =
            Group::new("幸福里3号楼", None, "shequ-xiaoshi", date(2026, 11, 1)).expect("group");
        for name in ["王阿姨", "李叔叔"] {
            group
                .add_member(name, None, date(2026, 11, 1), Consent::default())
                .expect("add");
        }
        group
    }

    fn checkin(member: u32, day: Date) -> Vec<Logged> {
        let at = "2026-12-20T12:00:00Z".parse().expect("ts");
        [
            EventKind::Drawn {
                card: "hearts-7".into(),
            },
            EventKind::CheckedIn { backfill: false },
        ]
        .into_iter()
        .map(|kind| Logged {
            member: MemberKey::numbered(member),
            source: Source::Paper,
            event: Event::new(day, at, kind),
        })
        .collect()
    }

    #[test]
    fn a_group_is_made_once_and_written_by_month() {
        let home = tempfile::tempdir().expect("dir");
        let folder = GroupFolder::at(home.path().join("g"));
        assert!(matches!(
            folder.read_group(),
            Err(GroupError::NoGroup { .. })
        ));
        folder.create(&group()).expect("create");
        assert!(matches!(
            folder.create(&group()),
            Err(GroupError::Exists { .. })
        ));
        let records: Vec<Logged> = [date(2026, 11, 30), date(2026, 12, 1)]
            .into_iter()
            .flat_map(|day| checkin(1, day))
            .collect();
        let (written, ()) = folder
            .write(Months::All, |_, _| -> Result<_, GroupError> {
                Ok((
                    Change {
                        records: records.clone(),
                        ..Change::default()
                    },
                    (),
                ))
            })
            .expect("write");
        assert_eq!(
            written,
            Written {
                events: 4,
                checkins: 2,
                leave: 0,
                months: 2
            }
        );
        assert!(folder.month_path(Month::of(date(2026, 11, 1))).exists());
        // Again: nothing new, nothing written.
        let (again, ()) = folder
            .write(Months::All, |_, _| -> Result<_, GroupError> {
                Ok((
                    Change {
                        records,
                        ..Change::default()
                    },
                    (),
                ))
            })
            .expect("write");
        assert_eq!(again, Written::default());
        let (_, checkins) = folder
            .read(Months::days(date(2026, 12, 1), date(2026, 12, 31)))
            .expect("read");
        assert_eq!(
            checkins.log(&MemberKey::numbered(1)).events().len(),
            2,
            "December only"
        );
    }

    #[test]
    fn a_corrupt_month_file_stops_the_write_and_is_not_touched() {
        let home = tempfile::tempdir().expect("dir");
        let folder = GroupFolder::at(home.path().join("g"));
        folder.create(&group()).expect("create");
        let december = Month::of(date(2026, 12, 1));
        std::fs::create_dir_all(folder.month_path(december).parent().expect("dir")).expect("dir");
        let broken = "// xiaoshi group check-ins\nCheckins(\n  version: 1,\n  month: \"2026-12\",\n  records: [\n    Logged(member: \"m1\",, \n";
        std::fs::write(folder.month_path(december), broken).expect("write");
        let error = folder
            .write(Months::All, |_, _| -> Result<_, GroupError> {
                Ok((
                    Change {
                        records: checkin(1, date(2026, 12, 3)),
                        ..Change::default()
                    },
                    (),
                ))
            })
            .expect_err("corrupt");
        let said = error.describe(Lang::En).message;
        assert!(said.contains("2026-12.ron:6:"), "{said}");
        assert_eq!(
            std::fs::read_to_string(folder.month_path(december)).expect("read"),
            broken
        );
    }
}
