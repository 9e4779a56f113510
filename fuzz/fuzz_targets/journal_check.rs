// The `journal` target's checks (see `journal.rs`), shared with the seeds'
// ordinary test (tests/fuzz_seeds.rs includes this file), so a seed
// or a crash reproducer that passes `cargo test` is checked exactly as
// the fuzzer checks it.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use xiaoshi::journal::EventKind;
use xiaoshi::journal::event::{Event, normalize};
use xiaoshi::journal::pledge::place;
use xiaoshi::journal::rules::{Progress, facts_by_day};
use xiaoshi::journal::store::parse_month;
use xiaoshi::journal::transfer::read_import;

/// Where the import input is written: one fixed file per fuzzing process.
fn import_path() -> &'static Path {
    static PATH: OnceLock<PathBuf> = OnceLock::new();
    PATH.get_or_init(|| {
        std::env::temp_dir().join(format!(
            "xiaoshi-fuzz-journal-{}.import",
            std::process::id()
        ))
    })
}

/// What `load_today` and `closed_progress` do with events, then the summary
/// cache's save and load (`summary.rs`: serde_json both ways).
fn fold(events: Vec<Event>) {
    let mut events = events;
    normalize(&mut events);
    let facts = facts_by_day(&events);
    // A pledge in the import goes on a day as `journal import` places it:
    // a day, or a refusal in words, never a panic or an endless search.
    for event in &events {
        if let EventKind::Pledged(pledge) = &event.kind {
            for today in [event.day, pledge.held] {
                match place(&facts, today, event.day, pledge) {
                    Ok(placed) => assert!(placed.day >= today && placed.day >= event.day),
                    Err(refused) => assert!(!refused.to_string().is_empty()),
                }
            }
        }
    }
    let mut progress = Progress::default();
    if let Some((&last, _)) = facts.iter().next_back() {
        progress.advance(&facts, last, None);
    }
    let text = serde_json::to_string(&progress).expect("Progress serializes to JSON");
    let back: Progress = serde_json::from_str(&text)
        .unwrap_or_else(|error| panic!("Progress JSON does not parse back: {error}\n{text}"));
    assert_eq!(back, progress, "Progress changed in the JSON round trip");
}

pub fn check(data: &[u8]) {
    let Some((&choice, rest)) = data.split_first() else {
        return;
    };
    if choice % 2 == 0 {
        match parse_month(rest, Path::new("journal/2026-11.ron")) {
            Ok(events) => fold(events),
            Err(error) => {
                let message = error.to_string();
                assert!(!message.is_empty(), "empty error message for {error:?}");
            }
        }
    } else {
        let path = import_path();
        std::fs::write(path, rest).expect("write the import file");
        match read_import(path) {
            Ok(events) => fold(events),
            Err(error) => {
                let message = error.to_string();
                assert!(!message.is_empty(), "empty error message for {error:?}");
            }
        }
    }
}
