//! Crash-safe file writes and bounded reads, shared by every file xiaoshi
//! owns. The folder-level discipline (names, locks, backups) built on these
//! is [`crate::storage`].
//!
//! A write goes to a temporary file in the same folder, is flushed to disk,
//! and replaces the old file by `rename`, which is atomic: a crash (or
//! SIGKILL) at any moment leaves either the old file or the new one, never a
//! mix. The folder is flushed too, so the rename itself survives power loss.
//! A cache ([`write_cache_atomic`]) is replaced the same way but not flushed:
//! it is derived data, checked whenever it is read, and rebuilt when a power
//! cut leaves it old, empty or torn, so waiting for the disk buys nothing.
//!
//! Temporary files are named `.xiaoshi-tmp-<pid>-<random>`: only files of
//! that shape, left by a process that is no longer running, are ever cleaned
//! up ([`remove_stale_temps`]); anybody else's `x.tmp-1` is left alone.

use std::fs::{self, File};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};

/// The start of every temporary file's name.
pub const TEMP_PREFIX: &str = ".xiaoshi-tmp-";

/// Replaces `path` with `bytes` atomically, as a private file (0600 on
/// Unix: journal months, sessions, the summary, the config). With
/// `keep_backup`, the file being replaced is kept as `<path>.bak` first.
pub fn write_atomic(path: &Path, bytes: &[u8], keep_backup: bool) -> io::Result<()> {
    write_with(path, bytes, keep_backup, Mode::Private, Flush::Yes)
}

/// [`write_atomic`] for a cache: private, no backup, and not flushed to the
/// disk (see the module's notes). Two flushes are most of what a write
/// costs (on the benchmark machine 0.6–4 ms of a 1–2 ms command).
pub fn write_cache_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    write_with(path, bytes, false, Mode::Private, Flush::No)
}

/// [`write_atomic`] for files made to be shared (a report, a printable
/// deck): a new file is readable by others like any file the user saves;
/// a file that is replaced keeps its permissions (a private 0600 report
/// stays private). Whatever the user named is respected: a symbolic link
/// keeps pointing where it did (its target is replaced), and a device or
/// pipe (`/dev/stdout`, a FIFO) is written into, never replaced.
pub fn write_atomic_shared(path: &Path, bytes: &[u8]) -> io::Result<()> {
    // /dev/stderr, /dev/fd/3, /proc/self/fd/…: aliases of open files, which
    // may be a log the shell redirected; replacing the file behind them would
    // lose it. Write into them.
    if path.starts_with("/dev") || path.starts_with("/proc") {
        return fs::OpenOptions::new()
            .write(true)
            .open(path)?
            .write_all(bytes);
    }
    let target = match fs::symlink_metadata(path) {
        Ok(meta) if meta.file_type().is_symlink() => link_target(path)?,
        _ => path.to_path_buf(),
    };
    match fs::metadata(&target) {
        Ok(meta) if meta.is_dir() => Err(io::Error::new(
            io::ErrorKind::IsADirectory,
            "it is a folder",
        )),
        Ok(meta) if !meta.is_file() => fs::OpenOptions::new()
            .write(true)
            .open(&target)?
            .write_all(bytes),
        Ok(meta) => write_with(
            &target,
            bytes,
            false,
            Mode::Keep(meta.permissions()),
            Flush::Yes,
        ),
        Err(_) => write_with(&target, bytes, false, Mode::Shared, Flush::Yes),
    }?;
    // Leftovers of a report or export that was killed while writing here
    // (only ours, of processes no longer running: no lock is needed).
    let _ = remove_stale_temps(parent(&target));
    Ok(())
}

/// Where a symbolic link points, followed to the end (or to the missing
/// file a dangling link names).
fn link_target(link: &Path) -> io::Result<PathBuf> {
    match fs::canonicalize(link) {
        Ok(target) => Ok(target),
        Err(_) => {
            let named = fs::read_link(link)?;
            Ok(if named.is_absolute() {
                named
            } else {
                parent(link).join(named)
            })
        }
    }
}

/// The permissions a written file gets.
enum Mode {
    /// 0600: only the user.
    Private,
    /// Like a file any program creates: 0666 less the user's umask.
    Shared,
    /// Exactly those of the file being replaced.
    Keep(fs::Permissions),
}

/// Whether a write waits for the disk (data and folder) before it returns.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Flush {
    Yes,
    No,
}

/// A new, empty temporary file in `dir`, named so that only xiaoshi cleans
/// it. Created 0600 (tempfile's default), or 0666 less the umask for `shared`.
fn temp_in(dir: &Path, shared: bool) -> io::Result<tempfile::NamedTempFile> {
    let prefix = format!("{TEMP_PREFIX}{}-", std::process::id());
    let mut builder = tempfile::Builder::new();
    builder.prefix(&prefix);
    #[cfg(unix)]
    if shared {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(fs::Permissions::from_mode(0o666));
    }
    #[cfg(not(unix))]
    let _ = shared;
    builder.tempfile_in(dir)
}

fn write_with(
    path: &Path,
    bytes: &[u8],
    keep_backup: bool,
    mode: Mode,
    flush: Flush,
) -> io::Result<()> {
    let dir = parent(path);
    let mut temp = temp_in(dir, matches!(mode, Mode::Shared))?;
    match mode {
        // fchmod, which (unlike the mode given at creation) the umask does not cut.
        Mode::Keep(permissions) => temp.as_file().set_permissions(permissions)?,
        Mode::Private | Mode::Shared => {}
    }
    temp.write_all(bytes)?;
    if flush == Flush::Yes {
        temp.as_file().sync_all()?;
    }
    if keep_backup && path.exists() {
        keep_as_backup(path)?;
    }
    temp.persist(path).map_err(|error| error.error)?;
    match flush {
        Flush::Yes => sync_dir(dir),
        Flush::No => Ok(()),
    }
}

/// `<path>.bak`.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(".bak");
    PathBuf::from(name)
}

/// The backup [`write_atomic`] kept of `path`, if there is one: what a
/// user whose file does not parse may restore (see
/// [`crate::i18n::errors::restore_hint`]).
pub fn existing_backup(path: &Path) -> Option<PathBuf> {
    let backup = backup_path(path);
    backup.exists().then_some(backup)
}

/// Copies the current file to `<path>.bak`, itself atomically: a hard link
/// when the file system has them (instant), else a copy.
fn keep_as_backup(path: &Path) -> io::Result<()> {
    let backup = backup_path(path);
    let dir = parent(path);
    // A fresh temporary name (the file itself is not needed, only its name).
    let staged = temp_in(dir, false)?.into_temp_path();
    let staged_path = staged.to_path_buf();
    staged.close()?;
    if fs::hard_link(path, &staged_path).is_err()
        && let Err(error) = fs::copy(path, &staged_path).and_then(|_| {
            File::open(&staged_path)?.sync_all()?;
            Ok(())
        })
    {
        let _ = fs::remove_file(&staged_path);
        return Err(error);
    }
    let renamed = fs::rename(&staged_path, &backup);
    // When the backup is already a link to the same file (a writer killed
    // after keeping the backup, before replacing the file), POSIX rename does
    // nothing and succeeds, leaving the staged name behind: remove it.
    let _ = fs::remove_file(&staged_path);
    renamed
}

/// The process id in a temporary file's name, if the name is one of ours.
fn temp_owner(name: &str) -> Option<u32> {
    let rest = name.strip_prefix(TEMP_PREFIX)?;
    let (pid, random) = rest.split_once('-')?;
    if random.is_empty() || pid.is_empty() || !pid.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    pid.parse().ok()
}

/// Whether process `pid` is still running (a writer mid-write).
#[cfg(unix)]
fn running(pid: u32) -> bool {
    let Some(pid) = i32::try_from(pid)
        .ok()
        .and_then(rustix::process::Pid::from_raw)
    else {
        return false;
    };
    match rustix::process::test_kill_process(pid) {
        Ok(()) => true,
        // It exists but belongs to someone else.
        Err(error) => error == rustix::io::Errno::PERM,
    }
}

#[cfg(not(unix))]
fn running(_pid: u32) -> bool {
    // No cheap way to ask: keep the file (a stale one costs a little space).
    true
}

/// Removes the temporary files that killed writers left in `dir`: only
/// names made by [`write_atomic`] (`.xiaoshi-tmp-<pid>-…`) whose process is
/// no longer running, and never this process's own. Call while holding the
/// folder's write lock. Returns how many were removed.
pub fn remove_stale_temps(dir: &Path) -> io::Result<usize> {
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(error) if error.kind() == io::ErrorKind::NotFound => return Ok(0),
        Err(error) => return Err(error),
    };
    let me = std::process::id();
    let mut removed = 0;
    for entry in entries {
        let entry = entry?;
        let name = entry.file_name();
        let Some(owner) = temp_owner(&name.to_string_lossy()) else {
            continue;
        };
        if owner != me && !running(owner) && fs::remove_file(entry.path()).is_ok() {
            removed += 1;
        }
    }
    Ok(removed)
}

/// Why [`read_limited`] returned no bytes.
#[derive(Debug)]
pub enum ReadError {
    /// The file (or device, or pipe) holds more than the limit.
    TooLarge {
        limit: u64,
    },
    Io(io::Error),
}

impl From<io::Error> for ReadError {
    fn from(error: io::Error) -> Self {
        ReadError::Io(error)
    }
}

/// Reads at most `limit` bytes of `path`; more is an error. Safe on
/// anything a path can name: `/dev/zero`, a pipe that never ends, a file
/// that grows while read.
pub fn read_limited(path: &Path, limit: u64) -> Result<Vec<u8>, ReadError> {
    let file = File::open(path)?;
    if let Ok(meta) = file.metadata()
        && meta.is_file()
        && meta.len() > limit
    {
        return Err(ReadError::TooLarge { limit });
    }
    let mut bytes = Vec::new();
    file.take(limit.saturating_add(1)).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit {
        return Err(ReadError::TooLarge { limit });
    }
    Ok(bytes)
}

/// [`read_limited`] for a text file, with plain `io::Error`s: too large is
/// `FileTooLarge`, not UTF-8 is `InvalidData` (a settings file, a list of
/// names).
pub fn read_text_limited(path: &Path, limit: u64) -> io::Result<String> {
    let bytes = read_limited(path, limit).map_err(|error| match error {
        ReadError::Io(error) => error,
        ReadError::TooLarge { limit } => io::Error::new(
            io::ErrorKind::FileTooLarge,
            format!("larger than {limit} bytes"),
        ),
    })?;
    String::from_utf8(bytes).map_err(|error| io::Error::new(io::ErrorKind::InvalidData, error))
}

/// Creates `dir` and its missing parents, private to the user (0700 on
/// Unix). Folders that exist already are left as they are.
pub fn create_private_dir(dir: &Path) -> io::Result<()> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(dir)
}

fn sync_dir(dir: &Path) -> io::Result<()> {
    // Opening a folder to fsync it is how POSIX makes a rename durable.
    #[cfg(unix)]
    File::open(dir)?.sync_all()?;
    #[cfg(not(unix))]
    let _ = dir;
    Ok(())
}

fn parent(path: &Path) -> &Path {
    match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(dir)
            .expect("list")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn replaces_and_keeps_a_backup() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("a.ron");
        write_atomic(&path, b"one", true).expect("first");
        assert!(!backup_path(&path).exists(), "nothing to back up yet");
        write_atomic(&path, b"two", true).expect("second");
        assert_eq!(fs::read(&path).expect("read"), b"two");
        assert_eq!(fs::read(backup_path(&path)).expect("backup"), b"one");
        write_atomic(&path, b"three", false).expect("third");
        assert_eq!(fs::read(backup_path(&path)).expect("backup"), b"one");
        assert_eq!(
            names(dir.path()),
            ["a.ron", "a.ron.bak"],
            "no temporary files"
        );
    }

    #[test]
    #[cfg(unix)]
    fn a_cache_is_replaced_privately_without_a_backup() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("summary.json");
        write_cache_atomic(&path, b"one").expect("first");
        write_cache_atomic(&path, b"two").expect("second");
        assert_eq!(fs::read(&path).expect("read"), b"two");
        let mode = fs::metadata(&path).expect("meta").permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
        assert_eq!(
            names(dir.path()),
            ["summary.json"],
            "no backup, no temporary file"
        );
    }

    #[test]
    fn a_backup_that_is_already_the_file_leaves_nothing_behind() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("a.ron");
        write_atomic(&path, b"one", true).expect("first");
        // As a writer killed between keeping the backup and replacing the
        // file leaves it: the backup is a hard link to the file itself.
        fs::hard_link(&path, backup_path(&path)).expect("link");
        write_atomic(&path, b"two", true).expect("second");
        assert_eq!(fs::read(backup_path(&path)).expect("backup"), b"one");
        assert_eq!(
            names(dir.path()),
            ["a.ron", "a.ron.bak"],
            "no temporary files"
        );
    }

    #[test]
    fn removes_only_its_own_stale_temporary_files() {
        let dir = tempfile::tempdir().expect("dir");
        // A process id that cannot be running (above Linux's pid_max).
        let dead = format!("{TEMP_PREFIX}4194305-abc123");
        let mine = format!("{TEMP_PREFIX}{}-abc123", std::process::id());
        let foreign = [
            "x.tmp-1",
            ".a.ron.tmp-x1",
            ".xiaoshi-tmp-",
            ".xiaoshi-tmp-12-",
        ];
        for name in foreign
            .iter()
            .copied()
            .chain([dead.as_str(), mine.as_str()])
        {
            fs::write(dir.path().join(name), b"half").expect("write");
        }
        fs::write(dir.path().join("a.ron"), b"keep").expect("write");
        assert_eq!(remove_stale_temps(dir.path()).expect("clean"), 1);
        assert!(
            !dir.path().join(&dead).exists(),
            "a dead writer's file goes"
        );
        assert!(
            dir.path().join(&mine).exists(),
            "a live writer's file stays"
        );
        for name in foreign {
            assert!(dir.path().join(name).exists(), "{name} is not ours");
        }
    }

    #[cfg(unix)]
    #[test]
    fn private_files_are_0600_and_shared_ones_keep_their_mode() {
        use std::os::unix::fs::PermissionsExt;
        let mode = |path: &Path| fs::metadata(path).expect("meta").permissions().mode() & 0o777;
        let dir = tempfile::tempdir().expect("dir");
        let private = dir.path().join("journal.ron");
        write_atomic(&private, b"x", true).expect("write");
        write_atomic(&private, b"y", true).expect("write");
        assert_eq!(mode(&private), 0o600);
        assert_eq!(mode(&backup_path(&private)), 0o600);

        let report = dir.path().join("report.csv");
        fs::write(&report, b"old").expect("write");
        fs::set_permissions(&report, fs::Permissions::from_mode(0o600)).expect("chmod");
        write_atomic_shared(&report, b"new").expect("replace");
        assert_eq!(mode(&report), 0o600, "a private file stays private");
        fs::set_permissions(&report, fs::Permissions::from_mode(0o664)).expect("chmod");
        write_atomic_shared(&report, b"newer").expect("replace");
        assert_eq!(mode(&report), 0o664, "and a shared one shared");
        let fresh = dir.path().join("fresh.csv");
        write_atomic_shared(&fresh, b"x").expect("new");
        let plain = dir.path().join("plain");
        fs::write(&plain, b"x").expect("write");
        assert_eq!(
            mode(&fresh),
            mode(&plain),
            "a new file as any program makes it"
        );

        let folder = dir.path().join("a/b");
        create_private_dir(&folder).expect("mkdir");
        assert_eq!(mode(&folder), 0o700);
        assert_eq!(mode(&dir.path().join("a")), 0o700);
    }

    #[test]
    fn reads_are_bounded() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("f");
        fs::write(&path, b"12345").expect("write");
        assert_eq!(read_limited(&path, 5).expect("fits"), b"12345");
        assert!(matches!(
            read_limited(&path, 4),
            Err(ReadError::TooLarge { limit: 4 })
        ));
        #[cfg(unix)]
        assert!(matches!(
            read_limited(Path::new("/dev/zero"), 1000),
            Err(ReadError::TooLarge { limit: 1000 })
        ));
    }
}
