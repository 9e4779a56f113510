//! The layer rule (docs/DESIGN.md, ARCHITECTURE.md): front ends sit on the
//! service layer, which sits on the pure core; nothing points up. Crude — it
//! reads `use` lines — but it catches the imports that broke the rule before.

use std::fs;
use std::path::{Path, PathBuf};

/// (files under this path, may not mention this module path).
const FORBIDDEN: &[(&str, &str)] = &[
    ("src/tui", "crate::commands"),
    ("src/service", "crate::commands"),
    ("src/service", "crate::tui"),
    ("src/i18n", "crate::tui"),
    ("src/i18n", "crate::export"),
    ("src/i18n", "crate::deck"),
    ("src/i18n", "crate::journal"),
    ("src/i18n", "crate::workshop"),
    ("src/i18n", "crate::input"),
    ("src/input.rs", "crate::deck"),
    ("src/input.rs", "crate::workshop"),
    ("src/journal", "crate::workshop"),
    ("src/journal", "crate::service"),
    ("src/journal", "crate::commands"),
    ("src/journal", "crate::tui"),
    ("src/deck", "crate::journal"),
    ("src/deck", "crate::workshop"),
    ("src/deck", "crate::service"),
    ("src/workshop", "crate::service"),
    ("src/workshop", "crate::commands"),
    ("src/workshop", "crate::tui"),
    ("src/export", "crate::service"),
    ("src/export", "crate::commands"),
    ("src/export", "crate::tui"),
    // The ground floor (storage, files, text) serves every area and knows none.
    ("src/storage.rs", "crate::journal"),
    ("src/storage.rs", "crate::workshop"),
    ("src/storage.rs", "crate::service"),
    ("src/storage.rs", "crate::commands"),
    ("src/storage.rs", "crate::tui"),
    ("src/storage.rs", "crate::deck"),
    ("src/storage.rs", "crate::export"),
    ("src/storage", "crate::journal"),
    ("src/storage", "crate::workshop"),
    ("src/storage", "crate::service"),
    ("src/storage", "crate::commands"),
    ("src/storage", "crate::tui"),
    ("src/storage", "crate::deck"),
    ("src/storage", "crate::export"),
    ("src/fsutil.rs", "crate::journal"),
    ("src/fsutil.rs", "crate::workshop"),
    ("src/fsutil.rs", "crate::service"),
    ("src/fsutil.rs", "crate::commands"),
    ("src/fsutil.rs", "crate::tui"),
    ("src/fsutil.rs", "crate::deck"),
    ("src/fsutil.rs", "crate::export"),
    ("src/text.rs", "crate::journal"),
    ("src/text.rs", "crate::workshop"),
    ("src/text.rs", "crate::service"),
    ("src/text.rs", "crate::commands"),
    ("src/text.rs", "crate::tui"),
    ("src/text.rs", "crate::deck"),
    ("src/text.rs", "crate::export"),
    ("src/text", "crate::journal"),
    ("src/text", "crate::workshop"),
    ("src/text", "crate::service"),
    ("src/text", "crate::commands"),
    ("src/text", "crate::tui"),
    ("src/text", "crate::deck"),
    ("src/text", "crate::export"),
    // The group's pure core: below the front ends and the service layer,
    // beside the journal; no file system (the service layer stores it).
    ("src/group", "crate::commands"),
    ("src/group", "crate::tui"),
    ("src/group", "crate::service"),
    ("src/group", "crate::export"),
    ("src/group", "crate::fsutil"),
    ("src/group", "std::fs"),
    ("src/group", "std::env"),
];

fn rs_files(path: &Path, out: &mut Vec<PathBuf>) {
    if path.is_file() {
        if path.extension().is_some_and(|ext| ext == "rs") {
            out.push(path.to_path_buf());
        }
        return;
    }
    let Ok(entries) = fs::read_dir(path) else {
        return;
    };
    for entry in entries.flatten() {
        rs_files(&entry.path(), out);
    }
}

/// The file without its `#[cfg(test)]` module: tests may reach anywhere.
fn non_test_part(body: &str) -> &str {
    body.find("#[cfg(test)]").map_or(body, |at| &body[..at])
}

#[test]
fn layers_point_down() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut broken = Vec::new();
    for (dir, forbidden) in FORBIDDEN {
        let mut files = Vec::new();
        rs_files(&root.join(dir), &mut files);
        // The rule must be about files that exist (a rename would make it vacuous).
        assert!(!files.is_empty(), "no Rust files under {dir}");
        for file in files {
            let body = fs::read_to_string(&file).expect("read source");
            if non_test_part(&body).contains(forbidden) {
                broken.push(format!("{} uses {forbidden}", file.display()));
            }
        }
    }
    assert!(broken.is_empty(), "layers point up:\n{}", broken.join("\n"));
}

/// Views draw text and boxes through `tui::wide`, which lays them out for the
/// terminal's ambiguous width (module docs there): ratatui's own `Paragraph`
/// and `Block` would put ♥ · “ in one cell and box lines where a terminal set
/// "ambiguous = wide" erases them.
#[test]
fn views_draw_through_the_wide_safe_widgets() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rs_files(&root.join("src/tui"), &mut files);
    assert!(!files.is_empty());
    let mut broken = Vec::new();
    for file in files {
        if file.ends_with("src/tui/wide.rs") {
            continue;
        }
        let body = fs::read_to_string(&file).expect("read source");
        let code = non_test_part(&body);
        for line in code
            .lines()
            .filter(|line| line.trim_start().starts_with("use ratatui"))
        {
            if ["Paragraph", "Block,", "Block}", "Block;", "Block "]
                .iter()
                .any(|name| line.contains(name))
            {
                broken.push(format!("{}: {}", file.display(), line.trim()));
            }
        }
        if code.contains("ratatui::widgets::Paragraph") || code.contains("ratatui::widgets::Block")
        {
            broken.push(format!(
                "{} names ratatui's Paragraph or Block",
                file.display()
            ));
        }
    }
    assert!(
        broken.is_empty(),
        "use crate::tui::wide::{{Block, Paragraph}} instead:\n{}",
        broken.join("\n")
    );
}

/// No unit test reads the real clock: a test that did would pass or fail by
/// the day it runs on. Tests take a fixed `Timestamp` (or `XIAOSHI_NOW`
/// through the binary). Measuring an elapsed wait with `Instant` is allowed.
#[test]
fn unit_tests_never_read_the_real_clock() {
    let mut files = Vec::new();
    rs_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    let mut found = Vec::new();
    for file in &files {
        let body = fs::read_to_string(file).expect("read");
        let tests = &body[non_test_part(&body).len()..];
        for clock in [
            "Timestamp::now(",
            "Zoned::now(",
            "SystemTime::now(",
            "Clock::from_env(",
            "Local::now(",
        ] {
            if tests.contains(clock) {
                found.push(format!("{}: {clock}", file.display()));
            }
        }
    }
    assert!(files.len() > 50, "only {} files read", files.len());
    assert!(
        found.is_empty(),
        "unit tests reading the real clock: {found:?}"
    );
}
