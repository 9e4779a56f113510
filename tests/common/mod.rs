//! A small harness shared by the CLI tests: the real binary, run in a clean
//! environment so the developer's own language or data never leak in.

#![allow(dead_code)] // each test file uses a different part of the harness

pub mod screens;
pub mod tmux;
pub mod vt;

use std::path::{Path, PathBuf};

use assert_cmd::Command;

/// The path of the built `xiaoshi` binary.
pub fn binary() -> &'static Path {
    assert_cmd::cargo::cargo_bin!("xiaoshi")
}

/// `xiaoshi` with no language settings and its own empty home directory.
pub fn xiaoshi(home: &Path) -> Command {
    let mut cmd = Command::new(binary());
    cmd.env_remove("XIAOSHI_LANG")
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env("XIAOSHI_HOME", home)
        .env("NO_COLOR", "1");
    cmd
}

/// A temporary home directory for one test.
pub fn home() -> tempfile::TempDir {
    tempfile::tempdir().expect("temp dir")
}

/// A file of the repository, by path from its root.
pub fn repo_file(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

/// Runs and returns (exit code, stdout, stderr) as text.
pub fn run(cmd: &mut Command) -> (i32, String, String) {
    let output = cmd.output().expect("runs");
    (
        output.status.code().expect("exited normally"),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

/// A rendered screen (ratatui's `TestBackend` as text) has no character
/// cut in half: no U+FFFD, every row as wide as the screen, and the cells
/// hidden behind a wide character all blank (text there would be lost).
pub fn assert_no_cut_characters(shown: &str) {
    assert!(!shown.contains('\u{FFFD}'), "{shown}");
    let marker = " Hidden by multi-width symbols: ";
    let mut widths = Vec::new();
    for line in shown.lines() {
        let (row, hidden) = line.split_once(marker).unwrap_or((line, ""));
        widths.push(unicode_width::UnicodeWidthStr::width(row));
        assert!(
            !hidden.replace(", \" \")", "").contains(", \""),
            "text hidden behind a wide character: {line}"
        );
    }
    if let Some(first) = widths.first() {
        assert!(
            widths.iter().all(|w| w == first),
            "uneven rows {widths:?}:\n{shown}"
        );
    }
}
