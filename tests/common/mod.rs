//! A small harness shared by the CLI tests: the real binary, run in a clean
//! environment so the developer's own language or data never leak in.

#![allow(dead_code)] // each test file uses a different part of the harness

pub mod layout;
pub mod screens;
pub mod tmux;
pub mod tools;
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
        .env_remove("LC_MESSAGES")
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
///
/// Every failure a test reaches is also checked in Chinese: the same
/// command runs again with `XIAOSHI_LANG=zh` and must fail the same way with
/// no English sentence on standard error (see [`english_sentences`]). So
/// each error path the CLI tests drive is driven in zh too.
pub fn run(cmd: &mut Command) -> (i32, String, String) {
    let output = cmd.output().expect("runs");
    let code = output.status.code().expect("exited normally");
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    if code == 1 || code == 2 {
        check_in_chinese(cmd, code, &stderr);
    }
    (
        code,
        String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr,
    )
}

/// Runs a failed command again in Chinese; it must fail with the same code
/// and say nothing in English. A command that asks for English (`--lang
/// en`) is left alone.
fn check_in_chinese(cmd: &Command, code: i32, stderr: &str) {
    let args: Vec<&std::ffi::OsStr> = cmd.get_args().collect();
    let asks_english = args
        .windows(2)
        .any(|pair| pair[0] == "--lang" && pair[1] != "zh" && pair[1] != "both")
        || args.iter().any(|arg| {
            arg.to_str()
                .is_some_and(|arg| arg.starts_with("--lang=") && arg != "--lang=zh")
        });
    if asks_english {
        return;
    }
    let mut again = std::process::Command::new(cmd.get_program());
    again.args(cmd.get_args());
    for (key, value) in cmd.get_envs() {
        match value {
            Some(value) => again.env(key, value),
            None => again.env_remove(key),
        };
    }
    if let Some(dir) = cmd.get_current_dir() {
        again.current_dir(dir);
    }
    again
        .env("XIAOSHI_LANG", "zh")
        .stdin(std::process::Stdio::null());
    let output = again.output().expect("runs in zh");
    let zh = String::from_utf8_lossy(&output.stderr);
    let shown = format!("{args:?} in zh (en was: {stderr})\n{zh}");
    assert_eq!(output.status.code(), Some(code), "{shown}");
    let english = english_sentences(&zh);
    assert!(english.is_empty(), "English in {shown}\n{english:?}");
}

/// Lines with a run of four or more lowercase English words (`the file does
/// not parse`): a sentence a Chinese reader would meet untranslated. Ids,
/// paths, numbers and commands (`xiaoshi deck list`) do not count.
pub fn english_sentences(text: &str) -> Vec<String> {
    text.lines()
        .filter(|line| !english_phrases(line).is_empty())
        .map(str::to_string)
        .collect()
}

/// The runs of four or more lowercase English words in `line`, as
/// `(?<![\w/.-])[a-z]{2,}( [a-z]{2,}){3,}` would find them.
pub fn english_phrases(line: &str) -> Vec<String> {
    let chars: Vec<char> = line.chars().collect();
    let mut found = Vec::new();
    let mut start = 0;
    while start < chars.len() {
        let before = start.checked_sub(1).map(|i| chars[i]);
        if before.is_some_and(|c| c.is_alphanumeric() || "_/.-".contains(c)) {
            start += 1;
            continue;
        }
        let (mut at, mut end, mut words) = (start, start, 0);
        loop {
            let word = chars[at..]
                .iter()
                .take_while(|c| c.is_ascii_lowercase())
                .count();
            if word < 2 {
                break;
            }
            words += 1;
            at += word;
            end = at;
            if at < chars.len() && chars[at] == ' ' {
                at += 1;
            } else {
                break;
            }
        }
        if words >= 4 {
            found.push(chars[start..end].iter().collect());
            start = end;
        } else {
            start += 1;
        }
    }
    found
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
