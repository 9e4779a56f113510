//! Lock files: a separate file per folder, locked with `flock` (shared for
//! readers, exclusive for writers). The kernel lets go of the lock when its
//! holder dies, however it dies, so a killed xiaoshi never leaves a folder
//! locked.
//!
//! - A missing lock file is created (0600); it never changes what a reader
//!   sees. Where it cannot be created or written (read-only media, someone
//!   else's folder), readers read without a lock: nothing can be writing
//!   there through this file system anyway, and every file is replaced
//!   atomically.
//! - A lock "file" that is a symbolic link, a folder, a pipe or a device is
//!   refused with an error: following a link would create or lock a file
//!   wherever it points.
//! - A held lock is waited for, saying so after a second
//!   ([`set_wait_notice`]), and given up with an error after
//!   [`wait_limit`] (20 s, or `XIAOSHI_LOCK_WAIT` seconds).

use std::fs::{self, File, OpenOptions, TryLockError};
use std::io;
use std::path::{Path, PathBuf};
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

use super::StorageError;

/// How long to wait before saying that we are waiting.
pub const NOTICE_AFTER: Duration = Duration::from_secs(1);
/// How long to wait for a lock unless `XIAOSHI_LOCK_WAIT` says otherwise.
pub const DEFAULT_WAIT: Duration = Duration::from_secs(20);

/// Who may hold the lock with us.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Readers: any number at once, but no writer.
    Shared,
    /// A writer: alone.
    Exclusive,
}

/// A held lock (released when dropped), or a read without one.
#[derive(Debug)]
pub struct Held {
    file: Option<File>,
}

impl Held {
    /// False when reading read-only media without a lock.
    pub fn is_locked(&self) -> bool {
        self.file.is_some()
    }
}

/// What a waiting process says, given the lock file's path.
pub type Notice = Arc<dyn Fn(&Path) + Send + Sync>;

static WAIT_NOTICE: RwLock<Option<Notice>> = RwLock::new(None);

/// Sets what to do when a lock has been waited for a second (the command
/// line prints a line to standard error; a full-screen TUI says nothing),
/// returning what was set before.
pub fn set_wait_notice(notice: Option<Notice>) -> Option<Notice> {
    match WAIT_NOTICE.write() {
        Ok(mut slot) => std::mem::replace(&mut *slot, notice),
        Err(poisoned) => std::mem::replace(&mut *poisoned.into_inner(), notice),
    }
}

fn notice(path: &Path) {
    let notice = match WAIT_NOTICE.read() {
        Ok(slot) => slot.clone(),
        Err(poisoned) => poisoned.into_inner().clone(),
    };
    if let Some(notice) = notice {
        notice(path);
    }
}

/// How long a lock is waited for: `XIAOSHI_LOCK_WAIT` (seconds, for a slow
/// network folder or for tests), else [`DEFAULT_WAIT`].
pub fn wait_limit() -> Duration {
    std::env::var("XIAOSHI_LOCK_WAIT")
        .ok()
        .and_then(|value| value.trim().parse::<f64>().ok())
        .filter(|seconds| seconds.is_finite() && *seconds >= 0.0)
        .map_or(DEFAULT_WAIT, |seconds| {
            Duration::from_secs_f64(seconds.min(24.0 * 3600.0))
        })
}

/// Takes the lock at `path`. For [`Mode::Exclusive`] the file is created if
/// missing and must be writable; for [`Mode::Shared`] a lock that cannot be
/// had on read-only media gives a [`Held`] without a lock.
pub fn acquire(path: &Path, mode: Mode) -> Result<Held, StorageError> {
    let file = match open(path, mode)? {
        Some(file) => file,
        None => return Ok(Held { file: None }),
    };
    wait_for(&file, path, mode, wait_limit(), NOTICE_AFTER)?;
    Ok(Held { file: Some(file) })
}

/// Takes the lock at `path` exclusively if nobody holds it, without
/// waiting: `None` when another process holds it (a second screen on the
/// same session), or when it cannot be made (read-only media: nothing there
/// can be changed anyway). A lock file that is a link or not a file is
/// refused, as by [`acquire`].
pub fn try_acquire(path: &Path) -> Result<Option<Held>, StorageError> {
    refuse_odd_file(path)?;
    let file = match open_with(path, true) {
        Ok(file) => file,
        Err(error) if is_loop(&error) => return Err(bad_lock(path, true)),
        Err(error) if is_read_only(&error) => return Ok(None),
        Err(error) => return Err(StorageError::io_lock(path, error)),
    };
    match file.try_lock() {
        Ok(()) => Ok(Some(Held { file: Some(file) })),
        Err(TryLockError::WouldBlock) => Ok(None),
        Err(TryLockError::Error(error)) => Err(StorageError::io_lock(path, error)),
    }
}

/// No lock: for a reader of a folder that does not exist yet.
pub(super) fn acquire_none() -> Held {
    Held { file: None }
}

/// Opens the lock file as the mode needs; `None` for a reader that must
/// read without one.
fn open(path: &Path, mode: Mode) -> Result<Option<File>, StorageError> {
    refuse_odd_file(path)?;
    let created = open_with(path, true);
    let file = match (created, mode) {
        (Ok(file), _) => file,
        (Err(error), _) if is_loop(&error) => return Err(bad_lock(path, true)),
        (Err(error), Mode::Exclusive) if is_read_only(&error) => {
            return Err(StorageError::ReadOnly {
                path: path.to_path_buf(),
            });
        }
        (Err(error), Mode::Exclusive) => return Err(StorageError::io_lock(path, error)),
        // A reader: the lock file may exist and be readable though not
        // writable; if it is missing and cannot be made, read unlocked.
        (Err(error), Mode::Shared) => match open_with(path, false) {
            Ok(file) => file,
            Err(again) if is_loop(&again) => return Err(bad_lock(path, true)),
            Err(_) if is_read_only(&error) || error.kind() == io::ErrorKind::NotFound => {
                return Ok(None);
            }
            Err(_) => return Err(StorageError::io_lock(path, error)),
        },
    };
    // Checked again on the open file: the path may have changed in between.
    let meta = file
        .metadata()
        .map_err(|error| StorageError::io_lock(path, error))?;
    if !meta.is_file() {
        return Err(bad_lock(path, false));
    }
    Ok(Some(file))
}

fn refuse_odd_file(path: &Path) -> Result<(), StorageError> {
    match fs::symlink_metadata(path) {
        Ok(meta) if meta.file_type().is_symlink() => Err(bad_lock(path, true)),
        Ok(meta) if !meta.is_file() => Err(bad_lock(path, false)),
        _ => Ok(()),
    }
}

fn bad_lock(path: &Path, symlink: bool) -> StorageError {
    StorageError::BadLock {
        path: path.to_path_buf(),
        symlink,
    }
}

/// Opens without following a symbolic link, and without blocking on a pipe.
fn open_with(path: &Path, write: bool) -> io::Result<File> {
    let mut options = OpenOptions::new();
    options.read(true);
    if write {
        options.write(true).create(true).truncate(false);
    }
    #[cfg(unix)]
    {
        use rustix::fs::OFlags;
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
        let flags = OFlags::NOFOLLOW | OFlags::NONBLOCK;
        options.custom_flags(flags.bits() as i32);
    }
    options.open(path)
}

/// Opening a symbolic link with `O_NOFOLLOW` fails with `ELOOP`.
fn is_loop(error: &io::Error) -> bool {
    #[cfg(unix)]
    {
        error.raw_os_error() == Some(rustix::io::Errno::LOOP.raw_os_error())
    }
    #[cfg(not(unix))]
    {
        let _ = error;
        false
    }
}

/// Read-only media, or a folder the user may not write in.
pub(super) fn is_read_only(error: &io::Error) -> bool {
    matches!(
        error.kind(),
        io::ErrorKind::ReadOnlyFilesystem | io::ErrorKind::PermissionDenied
    )
}

fn wait_for(
    file: &File,
    path: &Path,
    mode: Mode,
    limit: Duration,
    notice_after: Duration,
) -> Result<(), StorageError> {
    let started = Instant::now();
    let mut told = false;
    let mut pause = Duration::from_millis(1);
    loop {
        let attempt = match mode {
            Mode::Shared => file.try_lock_shared(),
            Mode::Exclusive => file.try_lock(),
        };
        match attempt {
            Ok(()) => return Ok(()),
            Err(TryLockError::WouldBlock) => {}
            Err(TryLockError::Error(error)) => return Err(StorageError::io_lock(path, error)),
        }
        let waited = started.elapsed();
        if waited >= limit {
            return Err(StorageError::Busy {
                path: path.to_path_buf(),
                waited,
            });
        }
        if !told && waited >= notice_after {
            told = true;
            notice(path);
        }
        std::thread::sleep(pause.min(limit.saturating_sub(waited)));
        pause = (pause * 2).min(Duration::from_millis(50));
    }
}

/// The lock file of a folder: `<dir>/.xiaoshi.lock`.
pub fn path_in(dir: &Path) -> PathBuf {
    dir.join(super::LOCK_FILE)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_lock_file_is_created_by_readers_and_writers() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("a.lock");
        let held = acquire(&path, Mode::Shared).expect("shared");
        assert!(held.is_locked() && path.is_file());
        drop(held);
        fs::remove_file(&path).expect("remove");
        assert!(
            acquire(&path, Mode::Exclusive)
                .expect("exclusive")
                .is_locked()
        );
    }

    #[cfg(unix)]
    #[test]
    fn links_and_odd_files_are_refused() {
        let dir = tempfile::tempdir().expect("dir");
        let target = dir.path().join("elsewhere");
        let link = dir.path().join("a.lock");
        std::os::unix::fs::symlink(&target, &link).expect("symlink");
        for mode in [Mode::Shared, Mode::Exclusive] {
            let error = acquire(&link, mode).expect_err("a link");
            assert!(
                matches!(error, StorageError::BadLock { symlink: true, .. }),
                "{error}"
            );
        }
        assert!(!target.exists(), "nothing was made where the link points");
        let folder = dir.path().join("b.lock");
        fs::create_dir(&folder).expect("mkdir");
        let error = acquire(&folder, Mode::Exclusive).expect_err("a folder");
        assert!(
            matches!(error, StorageError::BadLock { symlink: false, .. }),
            "{error}"
        );
    }

    #[test]
    fn a_held_lock_is_waited_for_said_so_and_given_up() {
        use std::sync::atomic::{AtomicUsize, Ordering};
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("a.lock");
        // Readers share; a writer waits for them.
        let reader = acquire(&path, Mode::Shared).expect("reader");
        let other = acquire(&path, Mode::Shared).expect("another reader");
        drop((reader, other));
        let _held = acquire(&path, Mode::Exclusive).expect("first");

        static TOLD: AtomicUsize = AtomicUsize::new(0);
        let before = set_wait_notice(Some(Arc::new(|_: &Path| {
            TOLD.fetch_add(1, Ordering::SeqCst);
        })));
        let file = open(&path, Mode::Exclusive).expect("open").expect("a file");
        let started = Instant::now();
        let limit = Duration::from_millis(400);
        let result = wait_for(
            &file,
            &path,
            Mode::Exclusive,
            limit,
            Duration::from_millis(100),
        );
        set_wait_notice(before);
        assert!(
            matches!(result, Err(StorageError::Busy { .. })),
            "{result:?}"
        );
        assert!(started.elapsed() >= limit && started.elapsed() < Duration::from_secs(5));
        assert_eq!(TOLD.load(Ordering::SeqCst), 1, "said once that it waits");
    }
}
