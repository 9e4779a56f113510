//! The fuzz targets' corpora as ordinary tests, on stable, in every
//! `cargo test` (and so in CI): each target's seeds (`fuzz/seeds/<target>/`)
//! and any crash reproducers kept in `fuzz/regressions/<target>/` go
//! through the target's own checks (`fuzz/fuzz_targets/<target>_check.rs`,
//! which the fuzz target includes too), so a bug the fuzzer once found stays
//! fixed. The paste target's seeds run in `tests/group_fuzz_seeds.rs`.
//!
//! A crash the fuzzer finds (`fuzz/artifacts/<target>/crash-…`) is kept by
//! copying it into `fuzz/regressions/<target>/` with the fix.

use std::path::{Path, PathBuf};

macro_rules! target {
    ($name:ident) => {
        mod $name {
            #![allow(dead_code, clippy::all)]
            include!(concat!(
                "../fuzz/fuzz_targets/",
                stringify!($name),
                "_check.rs"
            ));
        }
    };
}

target!(cli);
target!(deck);
target!(input);
target!(journal);
target!(month);
target!(session);
target!(session_path);
target!(summary);

/// The files of `fuzz/<folder>/<target>/`, sorted (none if it does not exist).
fn corpus(folder: &str, target: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz")
        .join(folder)
        .join(target);
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = entries
        .map(|entry| entry.expect("an entry").path())
        .filter(|path| path.is_file())
        .collect();
    files.sort();
    files
}

/// Runs `check` on every seed and reproducer of `target`; there must be seeds.
fn replay(target: &str, check: fn(&[u8])) {
    let seeds = corpus("seeds", target);
    assert!(!seeds.is_empty(), "fuzz/seeds/{target}/ has no seed");
    for file in seeds.iter().chain(&corpus("regressions", target)) {
        let bytes = std::fs::read(file).expect("a corpus file");
        let outcome = std::panic::catch_unwind(|| check(&bytes));
        assert!(
            outcome.is_ok(),
            "{target}: {} fails the target's checks",
            file.display()
        );
    }
}

#[test]
fn cli_seeds() {
    replay("cli", cli::check);
}

#[test]
fn deck_seeds() {
    replay("deck", deck::check);
}

#[test]
fn input_seeds() {
    replay("input", input::check);
}

#[test]
fn journal_seeds() {
    replay("journal", journal::check);
}

#[test]
fn month_seeds() {
    replay("month", month::check);
}

#[test]
fn session_seeds() {
    replay("session", session::check);
}

#[test]
fn session_path_seeds() {
    replay("session_path", session_path::check);
}

#[test]
fn summary_seeds() {
    replay("summary", summary::check);
}

/// Every fuzz target of `fuzz/Cargo.toml` has its corpus replayed here or
/// (paste) in `tests/group_fuzz_seeds.rs`: a new target cannot be left out.
#[test]
fn every_fuzz_target_is_replayed() {
    let manifest =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/Cargo.toml"))
            .expect("fuzz/Cargo.toml");
    let replayed = [
        "cli",
        "deck",
        "input",
        "journal",
        "month",
        "session",
        "session_path",
        "summary",
        "paste",
    ];
    let mut targets = Vec::new();
    for line in manifest.lines() {
        if let Some(name) = line
            .trim()
            .strip_prefix("name = \"")
            .and_then(|rest| rest.strip_suffix('"'))
            && name != "xiaoshi-fuzz"
        {
            targets.push(name.to_string());
        }
    }
    assert!(targets.len() >= 8, "{targets:?}");
    for target in &targets {
        assert!(
            replayed.contains(&target.as_str()),
            "the fuzz target {target} is not replayed by cargo test"
        );
        assert!(
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("fuzz/fuzz_targets")
                .join(format!("{target}_check.rs"))
                .exists(),
            "{target}'s checks are not in fuzz/fuzz_targets/{target}_check.rs"
        );
    }
}
