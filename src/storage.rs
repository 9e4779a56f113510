//! One storage discipline for every file xiaoshi writes: journal months and
//! their summary, workshop sessions, and group folders.
//!
//! # The rules
//!
//! 1. **Paths come from validated names.** A file in a [`Store`] is named by
//!    a [`FileName`], which is always exactly one path component. Names made
//!    from outside text (a session id found in a file, a group name a leader
//!    typed) go through [`FileName::token`] and its [`check_token`]: letters
//!    and digits of any script, `-` and `_`, at most 64. A file a person
//!    named by its path is saved back to that path ([`FileName::split`]).
//! 2. **A lock across read-modify-write.** [`Store::write_lock`] takes the
//!    folder's lock file exclusively; read the file, change it, write it, all
//!    while the [`WriteGuard`] lives. Readers take it shared
//!    ([`Store::read_lock`]). A missing lock file is created; a lock that is
//!    a symbolic link or not a regular file is refused; a held lock is waited
//!    for (saying so after a second) and given up after a bounded time. See
//!    [`lock`].
//! 3. **Atomic replace with a backup.** [`WriteGuard::replace`] writes a
//!    temporary file (`.xiaoshi-tmp-<pid>-…`), syncs it, keeps the previous
//!    file as `<name>.bak`, and renames over. A crash leaves the old file or
//!    the new one. Temporary files of killed writers are removed on the next
//!    write; nobody else's files are touched. See [`crate::fsutil`].
//! 4. **A file that does not parse is never overwritten.** The store gives
//!    you bytes; you parse them and stop on an error before writing.
//!    [`WriteGuard::update`] is that sequence in one call.
//! 5. **Bounded reads.** Every read has a size limit, so a file replaced by
//!    `/dev/zero` or a FIFO stops with an error instead of filling memory.
//! 6. **Private by default.** Folders a store creates are 0700 and its files
//!    0600 (journal, sessions, group files are about people).
//! 7. **Read-only media.** Reading works without a lock where none can be
//!    had; a write stops with [`StorageError::ReadOnly`].
//!
//! # Using it (a group folder, say)
//!
//! ```no_run
//! use xiaoshi::storage::{FileName, Store, StorageError};
//!
//! # fn main() -> Result<(), StorageError> {
//! # let data = std::path::PathBuf::from("/tmp/x");
//! let group = FileName::token("幸福里3号楼", "d")?; // checked: no `..`, no `/`
//! let store = Store::new(data.join("groups").join(group.as_os_str()));
//! let members = FileName::fixed("members.ron")?;
//!
//! // Read-modify-write under the folder's lock:
//! let guard = store.write_lock()?;
//! guard.update(&members, 1 << 20, |bytes| -> Result<Vec<u8>, StorageError> {
//!     let mut text = bytes.map(|b| String::from_utf8_lossy(b).into_owned()).unwrap_or_default();
//!     // parse `text` here, and return an error (the file stays as it is) if it does not parse
//!     text.push_str("\n");
//!     Ok(text.into_bytes())
//! })?;
//! drop(guard);
//!
//! // Reading: a shared lock (or none on read-only media).
//! let guard = store.read_lock()?;
//! let bytes: Option<Vec<u8>> = guard.read(&members, 1 << 20)?;
//! # let _ = bytes;
//! # Ok(())
//! # }
//! ```
//!
//! The journal's store keeps its lock beside the folder (`journal.lock`,
//! [`Store::with_lock_file`]); every other store keeps it inside
//! (`.xiaoshi.lock`).

pub mod lock;
pub mod name;

use std::io;
use std::ops::Deref;
use std::path::{Path, PathBuf};
use std::time::Duration;

pub use lock::{Mode, set_wait_notice};
pub use name::{FileName, NameProblem, check_token};

use crate::fsutil::{self, ReadError};
use crate::i18n::storage as t;
use crate::i18n::{Describe, Diagnostic, Lang, errors, fill_named};
use crate::text::sanitize::Shown;

/// The lock file inside a folder store.
pub const LOCK_FILE: &str = ".xiaoshi.lock";

/// A folder of files, guarded by one lock file.
#[derive(Debug, Clone)]
pub struct Store {
    dir: PathBuf,
    lock: PathBuf,
}

impl Store {
    /// The folder `dir`, locked by `<dir>/.xiaoshi.lock`.
    pub fn new(dir: PathBuf) -> Store {
        Store {
            lock: lock::path_in(&dir),
            dir,
        }
    }

    /// The folder `dir`, locked by the file at `lock` (outside it).
    pub fn with_lock_file(dir: PathBuf, lock: PathBuf) -> Store {
        Store { dir, lock }
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    pub fn lock_path(&self) -> &Path {
        &self.lock
    }

    /// Where the file `name` is (or would be).
    pub fn path(&self, name: &FileName) -> PathBuf {
        self.dir.join(name.as_os_str())
    }

    /// The sub-folder `name` of this store, guarded by the same lock file:
    /// read and write it through [`ReadGuard::within`] and
    /// [`WriteGuard::within`] while holding this store's lock (a group's
    /// `checkins/` beside its `group.ron`).
    pub fn folder(&self, name: &FileName) -> Store {
        Store {
            dir: self.path(name),
            lock: self.lock.clone(),
        }
    }

    /// The exclusive lock, for a read-modify-write. Creates the folder
    /// (0700) on first use; removes temporary files killed writers left.
    pub fn write_lock(&self) -> Result<WriteGuard<'_>, StorageError> {
        for dir in [Some(self.dir.as_path()), self.lock.parent()]
            .into_iter()
            .flatten()
        {
            fsutil::create_private_dir(dir).map_err(|error| {
                if lock::is_read_only(&error) {
                    StorageError::ReadOnly {
                        path: dir.to_path_buf(),
                    }
                } else {
                    StorageError::io(Action::Write, dir, error)
                }
            })?;
        }
        let held = lock::acquire(&self.lock, Mode::Exclusive)?;
        // Temporary files killed writers left: nobody else writes here now.
        fsutil::remove_stale_temps(&self.dir)
            .map_err(|error| StorageError::io(Action::Write, &self.dir, error))?;
        Ok(WriteGuard {
            read: ReadGuard {
                store: self,
                held: Hold::Own(held),
            },
        })
    }

    /// The shared lock, for reading. Creates nothing but a missing lock
    /// file (when the folder exists); on read-only media, reads unlocked.
    pub fn read_lock(&self) -> Result<ReadGuard<'_>, StorageError> {
        let held = if self.dir.exists() {
            lock::acquire(&self.lock, Mode::Shared)?
        } else {
            // No folder yet, so nothing to read: a fresh home stays empty.
            lock::acquire_none()
        };
        Ok(ReadGuard {
            store: self,
            held: Hold::Own(held),
        })
    }
}

/// A lock a guard holds itself, or one its parent folder's guard holds.
#[derive(Debug)]
enum Hold<'s> {
    Own(lock::Held),
    Parent(&'s lock::Held),
}

impl Hold<'_> {
    fn is_locked(&self) -> bool {
        match self {
            Hold::Own(held) => held.is_locked(),
            Hold::Parent(held) => held.is_locked(),
        }
    }

    fn held(&self) -> &lock::Held {
        match self {
            Hold::Own(held) => held,
            Hold::Parent(held) => held,
        }
    }
}

/// `sub` must be a folder of `parent` made by [`Store::folder`]: the same
/// lock file, a folder inside.
fn check_within(parent: &Store, sub: &Store) -> Result<(), StorageError> {
    let inside = sub.dir.parent() == Some(parent.dir.as_path());
    if sub.lock == parent.lock && inside {
        Ok(())
    } else {
        Err(StorageError::BadName {
            name: sub.dir.display().to_string(),
            problem: NameProblem::Character('/'),
        })
    }
}

/// A held read lock (or a read without a lock on read-only media).
#[derive(Debug)]
pub struct ReadGuard<'s> {
    store: &'s Store,
    held: Hold<'s>,
}

impl<'s> ReadGuard<'s> {
    pub fn store(&self) -> &'s Store {
        self.store
    }

    /// False when reading read-only media without a lock.
    pub fn is_locked(&self) -> bool {
        self.held.is_locked()
    }

    /// The bytes of `name`, at most `limit` of them; `None` if it is missing.
    pub fn read(&self, name: &FileName, limit: u64) -> Result<Option<Vec<u8>>, StorageError> {
        read_bounded(&self.store.path(name), limit)
    }

    /// The sub-folder `sub` ([`Store::folder`] of this guard's store), read
    /// under this guard's lock.
    pub fn within<'a>(&'a self, sub: &'a Store) -> Result<ReadGuard<'a>, StorageError> {
        check_within(self.store, sub)?;
        Ok(ReadGuard {
            store: sub,
            held: Hold::Parent(self.held.held()),
        })
    }

    /// The regular files in the folder with what tells whether they changed
    /// (size, times), by name; not the lock file, temporary files or
    /// backups. A missing folder has none.
    pub fn files(&self) -> Result<Vec<(FileName, std::fs::Metadata)>, StorageError> {
        let dir = &self.store.dir;
        let entries = match std::fs::read_dir(dir) {
            Ok(entries) => entries,
            Err(error) if error.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(error) => return Err(StorageError::io(Action::Read, dir, error)),
        };
        let mut files = Vec::new();
        for entry in entries {
            let entry = entry.map_err(|error| StorageError::io(Action::Read, dir, error))?;
            let Some(name) = FileName::of(&entry.file_name()) else {
                continue;
            };
            let text = name.as_os_str().to_string_lossy();
            if text.starts_with('.') || text.ends_with(".bak") {
                continue;
            }
            // Not followed: a link is not one of the folder's own files.
            let metadata = match std::fs::symlink_metadata(entry.path()) {
                Ok(metadata) => metadata,
                Err(error) if error.kind() == io::ErrorKind::NotFound => continue,
                Err(error) => return Err(StorageError::io(Action::Read, &entry.path(), error)),
            };
            if metadata.is_file() {
                files.push((name, metadata));
            }
        }
        files.sort_by(|a, b| a.0.cmp(&b.0));
        Ok(files)
    }

    /// Writes a cache file (derived data, like the journal's summary),
    /// which readers may do: atomic, no backup, not flushed to the disk
    /// ([`fsutil::write_cache_atomic`]), and failing quietly (a read-only
    /// disk still shows what it holds). Returns whether it was written.
    pub fn write_cache(&self, name: &FileName, bytes: &[u8]) -> bool {
        self.held.is_locked()
            && fsutil::create_private_dir(&self.store.dir).is_ok()
            && fsutil::write_cache_atomic(&self.store.path(name), bytes).is_ok()
    }
}

/// A held write lock. Derefs to [`ReadGuard`], so everything a reader can
/// do, a writer can.
#[derive(Debug)]
pub struct WriteGuard<'s> {
    read: ReadGuard<'s>,
}

impl<'s> Deref for WriteGuard<'s> {
    type Target = ReadGuard<'s>;

    fn deref(&self) -> &ReadGuard<'s> {
        &self.read
    }
}

impl WriteGuard<'_> {
    /// The sub-folder `sub` ([`Store::folder`] of this guard's store),
    /// written under this guard's lock: made (0700) if missing, and cleared
    /// of temporary files killed writers left.
    pub fn within<'a>(&'a self, sub: &'a Store) -> Result<WriteGuard<'a>, StorageError> {
        check_within(self.store, sub)?;
        fsutil::create_private_dir(&sub.dir).map_err(|error| {
            if lock::is_read_only(&error) {
                StorageError::ReadOnly {
                    path: sub.dir.clone(),
                }
            } else {
                StorageError::io(Action::Write, &sub.dir, error)
            }
        })?;
        fsutil::remove_stale_temps(&sub.dir)
            .map_err(|error| StorageError::io(Action::Write, &sub.dir, error))?;
        Ok(WriteGuard {
            read: ReadGuard {
                store: sub,
                held: Hold::Parent(self.read.held.held()),
            },
        })
    }

    /// Replaces `name` with `bytes` atomically (0600), keeping the previous
    /// version as `<name>.bak`.
    pub fn replace(&self, name: &FileName, bytes: &[u8]) -> Result<(), StorageError> {
        self.write(name, bytes, true)
    }

    /// [`WriteGuard::replace`] without a backup (derived files).
    pub fn replace_without_backup(
        &self,
        name: &FileName,
        bytes: &[u8],
    ) -> Result<(), StorageError> {
        self.write(name, bytes, false)
    }

    fn write(&self, name: &FileName, bytes: &[u8], backup: bool) -> Result<(), StorageError> {
        let path = self.store.path(name);
        fsutil::write_atomic(&path, bytes, backup).map_err(|error| {
            if error.kind() == io::ErrorKind::ReadOnlyFilesystem {
                StorageError::ReadOnly { path: path.clone() }
            } else {
                StorageError::io(Action::Write, &path, error)
            }
        })
    }

    /// Removes `name` (and nothing else); a missing file is fine.
    pub fn remove(&self, name: &FileName) -> Result<(), StorageError> {
        let path = self.store.path(name);
        match std::fs::remove_file(&path) {
            Ok(()) => Ok(()),
            Err(error) if error.kind() == io::ErrorKind::NotFound => Ok(()),
            Err(error) => Err(StorageError::io(Action::Write, &path, error)),
        }
    }

    /// Read-modify-write of one file: reads `name` (at most `limit` bytes;
    /// `None` if missing), gives it to `change`, and writes what it returns
    /// with a backup. When `change` fails (the file does not parse, the
    /// change is refused) nothing is written.
    pub fn update<E: From<StorageError>>(
        &self,
        name: &FileName,
        limit: u64,
        change: impl FnOnce(Option<&[u8]>) -> Result<Vec<u8>, E>,
    ) -> Result<(), E> {
        let current = self.read(name, limit)?;
        let next = change(current.as_deref())?;
        if current.as_deref() != Some(next.as_slice()) {
            self.replace(name, &next)?;
        }
        Ok(())
    }
}

/// Reads at most `limit` bytes of `path`; `None` if it is missing.
pub fn read_bounded(path: &Path, limit: u64) -> Result<Option<Vec<u8>>, StorageError> {
    match fsutil::read_limited(path, limit) {
        Ok(bytes) => Ok(Some(bytes)),
        Err(ReadError::Io(error)) if error.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(ReadError::Io(error)) => Err(StorageError::io(Action::Read, path, error)),
        Err(ReadError::TooLarge { limit }) => Err(StorageError::TooLarge {
            path: path.to_path_buf(),
            limit,
        }),
    }
}

/// What was being done when the system said no.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Read,
    Write,
    Lock,
}

/// Why a file could not be read or written.
#[derive(Debug)]
pub enum StorageError {
    Io {
        action: Action,
        path: PathBuf,
        source: io::Error,
    },
    /// The folder is on read-only media (or xiaoshi may not write there).
    ReadOnly { path: PathBuf },
    /// The lock file is a symbolic link, or not a regular file.
    BadLock { path: PathBuf, symlink: bool },
    /// Another process held the lock for longer than the wait.
    Busy { path: PathBuf, waited: Duration },
    /// The file holds more than its kind ever should.
    TooLarge { path: PathBuf, limit: u64 },
    /// Text that cannot name a file.
    BadName { name: String, problem: NameProblem },
}

impl StorageError {
    pub fn io(action: Action, path: &Path, source: io::Error) -> StorageError {
        StorageError::Io {
            action,
            path: path.to_path_buf(),
            source,
        }
    }

    pub(crate) fn io_lock(path: &Path, source: io::Error) -> StorageError {
        StorageError::io(Action::Lock, path, source)
    }
}

impl Describe for StorageError {
    fn describe(&self, lang: Lang) -> Diagnostic {
        let shown = |path: &Path| Shown(&path.display().to_string()).to_string();
        match self {
            StorageError::Io {
                action,
                path,
                source,
            } => {
                let template = match action {
                    Action::Read => errors::CANNOT_READ,
                    Action::Write => errors::CANNOT_WRITE,
                    Action::Lock => t::CANNOT_LOCK,
                };
                Diagnostic::new(fill_named(
                    template.get(lang),
                    &[
                        ("path", &shown(path)),
                        ("reason", &errors::io_reason(source, lang)),
                    ],
                ))
            }
            StorageError::ReadOnly { path } => Diagnostic::with_hint(
                fill_named(t::READ_ONLY.get(lang), &[("path", &shown(path))]),
                *t::READ_ONLY_HINT.get(lang),
            ),
            StorageError::BadLock { path, symlink } => {
                let message = if *symlink {
                    t::LOCK_IS_LINK
                } else {
                    t::LOCK_NOT_FILE
                };
                let path = shown(path);
                Diagnostic::with_hint(
                    fill_named(message.get(lang), &[("path", &path)]),
                    fill_named(t::LOCK_HINT.get(lang), &[("path", &path)]),
                )
            }
            StorageError::Busy { path, waited } => Diagnostic::with_hint(
                fill_named(
                    t::BUSY.get(lang),
                    &[
                        ("path", &shown(path)),
                        ("seconds", &format!("{:.0}", waited.as_secs_f64())),
                    ],
                ),
                *t::BUSY_HINT.get(lang),
            ),
            StorageError::TooLarge { path, limit } => Diagnostic::new(fill_named(
                t::TOO_LARGE.get(lang),
                &[("path", &shown(path)), ("limit", &t::size(*limit, lang))],
            )),
            StorageError::BadName { name, problem } => Diagnostic::with_hint(
                fill_named(
                    t::BAD_NAME.get(lang),
                    &[("name", &Shown(name)), ("problem", &problem.describe(lang))],
                ),
                *t::NAME_HINT.get(lang),
            ),
        }
    }
}

impl NameProblem {
    /// What is wrong with the name, in words.
    pub fn describe(&self, lang: Lang) -> String {
        match self {
            NameProblem::Empty => t::NAME_EMPTY.get(lang).to_string(),
            NameProblem::TooLong => t::NAME_TOO_LONG.get(lang).to_string(),
            NameProblem::Character(c) => {
                let c = c.to_string();
                let shown = match Shown(&c).to_string() {
                    visible if visible == c => format!("「{c}」"),
                    escaped => escaped,
                };
                fill_named(t::NAME_CHARACTER.get(lang), &[("char", &shown)])
            }
            NameProblem::LeadingDash => t::NAME_LEADING_DASH.get(lang).to_string(),
            NameProblem::Reserved => t::NAME_RESERVED.get(lang).to_string(),
        }
    }
}

crate::describe_display!(StorageError);

impl std::error::Error for StorageError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            StorageError::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    fn names(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(dir)
            .expect("list")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn writes_under_the_lock_with_a_backup() {
        let home = tempfile::tempdir().expect("dir");
        let store = Store::new(home.path().join("groups").join("a"));
        let name = FileName::fixed("members.ron").expect("name");
        {
            let guard = store.read_lock().expect("read");
            assert_eq!(guard.read(&name, 100).expect("read"), None, "nothing yet");
        }
        let guard = store.write_lock().expect("write");
        guard.replace(&name, b"one").expect("one");
        guard
            .update(&name, 100, |bytes| -> Result<Vec<u8>, StorageError> {
                assert_eq!(bytes, Some(&b"one"[..]));
                Ok(b"two".to_vec())
            })
            .expect("update");
        assert_eq!(guard.read(&name, 100).expect("read"), Some(b"two".to_vec()));
        assert_eq!(
            names(store.dir()),
            [".xiaoshi.lock", "members.ron", "members.ron.bak"]
        );
        let refused: Result<(), StorageError> = guard.update(&name, 100, |_| {
            Err(StorageError::BadName {
                name: "x".into(),
                problem: NameProblem::Empty,
            })
        });
        assert!(refused.is_err());
        assert_eq!(
            guard.read(&name, 100).expect("read"),
            Some(b"two".to_vec()),
            "untouched"
        );
        assert!(matches!(
            guard.read(&name, 2),
            Err(StorageError::TooLarge { limit: 2, .. })
        ));
    }

    #[test]
    fn a_sub_folder_is_written_under_the_parents_lock() {
        let home = tempfile::tempdir().expect("dir");
        let store = Store::new(home.path().join("groups").join("a"));
        let checkins = store.folder(&FileName::fixed("checkins").expect("name"));
        let month = FileName::fixed("2026-12.ron").expect("name");
        {
            let guard = store.write_lock().expect("write");
            let sub = guard.within(&checkins).expect("within");
            sub.replace(&month, b"one").expect("one");
            sub.replace(&month, b"two").expect("two");
            let listed: Vec<String> = sub
                .files()
                .expect("list")
                .into_iter()
                .map(|(name, _)| name.to_string())
                .collect();
            assert_eq!(listed, ["2026-12.ron"], "no backup, no lock");
            // Another store with its own lock cannot be reached through this guard.
            let elsewhere = Store::new(home.path().join("other"));
            assert!(guard.within(&elsewhere).is_err());
        }
        assert_eq!(names(checkins.dir()), ["2026-12.ron", "2026-12.ron.bak"]);
        assert_eq!(names(store.dir()), [".xiaoshi.lock", "checkins"]);
        let guard = store.read_lock().expect("read");
        let sub = guard.within(&checkins).expect("within");
        assert_eq!(sub.read(&month, 10).expect("read"), Some(b"two".to_vec()));
        assert!(sub.is_locked());
    }

    #[cfg(unix)]
    #[test]
    fn folders_and_files_are_private() {
        use std::os::unix::fs::PermissionsExt;
        let home = tempfile::tempdir().expect("dir");
        let store = Store::new(home.path().join("workshops"));
        let guard = store.write_lock().expect("write");
        let name = FileName::token("2026-11-24-001A", "ron").expect("name");
        guard.replace(&name, b"x").expect("write");
        let mode = |path: &Path| fs::metadata(path).expect("meta").permissions().mode() & 0o777;
        assert_eq!(mode(store.dir()), 0o700);
        assert_eq!(mode(&store.path(&name)), 0o600);
        assert_eq!(mode(store.lock_path()), 0o600);
    }

    #[test]
    fn errors_are_worded_in_both_languages() {
        let error = StorageError::BadName {
            name: "../journal/2026-11".into(),
            problem: NameProblem::Character('.'),
        };
        let zh = error.describe(Lang::Zh);
        assert!(
            zh.message.contains("「../journal/2026-11」不能用作名称"),
            "{zh:?}"
        );
        let en = error.to_string();
        assert!(
            en.contains("`../journal/2026-11` cannot be used as a name"),
            "{en}"
        );
        let hostile = StorageError::BadName {
            name: "a\u{1b}]0;x\u{7}".into(),
            problem: NameProblem::Character('\u{1b}'),
        };
        let text = hostile.to_string();
        assert!(
            !text.contains('\u{1b}') && text.contains("\\u{1b}"),
            "{text}"
        );
    }
}
