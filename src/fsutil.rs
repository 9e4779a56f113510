//! Crash-safe file writes, shared by every file xiaoshi owns.
//!
//! A write goes to a temporary file in the same folder, is flushed to disk,
//! and replaces the old file by `rename`, which is atomic: a crash (or
//! SIGKILL) at any moment leaves either the old file or the new one, never a
//! mix. The folder is flushed too, so the rename itself survives power loss.

use std::fs::{self, File};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Marks the temporary files of [`write_atomic`], so leftovers of a killed
/// process can be recognised and removed.
const TEMP_MARK: &str = ".tmp-";

/// Replaces `path` with `bytes` atomically. With `keep_backup`, the file
/// being replaced is kept as `<path>.bak` first.
pub fn write_atomic(path: &Path, bytes: &[u8], keep_backup: bool) -> io::Result<()> {
    write_with(path, bytes, keep_backup, false)
}

/// [`write_atomic`] for files made to be shared (a report, a printable
/// deck): readable by others like any file the user saves, where journal
/// files stay private to the user. Whatever the user named is respected: a
/// symbolic link keeps pointing where it did (its target is replaced), and a
/// device or pipe (`/dev/stdout`, a FIFO) is written into, never replaced.
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
        _ => write_with(&target, bytes, false, true),
    }
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

fn write_with(path: &Path, bytes: &[u8], keep_backup: bool, shared: bool) -> io::Result<()> {
    let dir = parent(path);
    let name = file_name(path);
    let prefix = format!(".{name}{TEMP_MARK}");
    let mut builder = tempfile::Builder::new();
    builder.prefix(&prefix);
    #[cfg(unix)]
    if shared {
        use std::os::unix::fs::PermissionsExt;
        // Like a file any program creates: 0666 less the user's umask.
        builder.permissions(fs::Permissions::from_mode(0o666));
    }
    #[cfg(not(unix))]
    let _ = shared;
    let mut temp = builder.tempfile_in(dir)?;
    temp.write_all(bytes)?;
    temp.as_file().sync_all()?;
    if keep_backup && path.exists() {
        keep_as_backup(path)?;
    }
    temp.persist(path).map_err(|error| error.error)?;
    sync_dir(dir)
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
    let staged = {
        let mut name = backup.as_os_str().to_owned();
        name.push(TEMP_MARK);
        PathBuf::from(name)
    };
    let _ = fs::remove_file(&staged);
    if fs::hard_link(path, &staged).is_err() {
        fs::copy(path, &staged)?;
        File::open(&staged)?.sync_all()?;
    }
    fs::rename(&staged, &backup)
}

/// Removes temporary files that a killed writer left in `dir`. Call only
/// while holding the folder's write lock, so no live writer's file is hit.
pub fn remove_stale_temps(dir: &Path) -> io::Result<()> {
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(error) if error.kind() == io::ErrorKind::NotFound => return Ok(()),
        Err(error) => return Err(error),
    };
    for entry in entries {
        let entry = entry?;
        if entry.file_name().to_string_lossy().contains(TEMP_MARK) {
            let _ = fs::remove_file(entry.path());
        }
    }
    Ok(())
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

fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || "file".to_string(),
        |name| name.to_string_lossy().into_owned(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

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
        let names: Vec<String> = fs::read_dir(dir.path())
            .expect("list")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names.len(), 2, "no temporary files left: {names:?}");
    }

    #[test]
    fn removes_only_stale_temporary_files() {
        let dir = tempfile::tempdir().expect("dir");
        fs::write(dir.path().join(".a.ron.tmp-x1"), b"half").expect("write");
        fs::write(dir.path().join("a.ron"), b"keep").expect("write");
        remove_stale_temps(dir.path()).expect("clean");
        assert!(dir.path().join("a.ron").exists());
        assert!(!dir.path().join(".a.ron.tmp-x1").exists());
    }
}
