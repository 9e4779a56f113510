// The `session_path` target's checks (see `session_path.rs`), shared with the seeds'
// ordinary test (tests/fuzz_seeds.rs includes this file), so a seed
// or a crash reproducer that passes `cargo test` is checked exactly as
// the fuzzer checks it.

use std::collections::BTreeSet;
use std::path::Path;
use std::sync::OnceLock;

use xiaoshi::deck::Deck;
use xiaoshi::export::Printed;
use xiaoshi::i18n::Lang;
use xiaoshi::workshop::report::{self, Format};
use xiaoshi::workshop::{PledgeRequest, Session, SessionError, Sessions, store};

/// A folder per fuzzing process: `data/` (the data folder, with a journal
/// month to guard) and `shared/` (where the fuzzed file is put).
fn root() -> &'static Path {
    static ROOT: OnceLock<std::path::PathBuf> = OnceLock::new();
    ROOT.get_or_init(|| {
        let root = std::env::temp_dir().join(format!("xiaoshi-fuzz-session-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        std::fs::create_dir_all(root.join("shared")).expect("shared folder");
        std::fs::create_dir_all(root.join("data/journal")).expect("data folder");
        std::fs::write(root.join("data/journal/2026-11.ron"), b"(version: 1, events: [])")
            .expect("a journal month");
        root
    })
}

/// Every file under `dir`, by relative path.
fn files(dir: &Path) -> BTreeSet<String> {
    fn walk(root: &Path, dir: &Path, into: &mut BTreeSet<String>) {
        for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(root, &path, into);
            } else {
                into.insert(path.strip_prefix(root).unwrap_or(&path).display().to_string());
            }
        }
    }
    let mut found = BTreeSet::new();
    walk(dir, dir, &mut found);
    found
}

pub fn check(data: &[u8]) {
    let Ok(deck) = Deck::builtin() else {
        return;
    };
    let root = root();
    let shared = root.join("shared");
    let _ = std::fs::remove_dir_all(&shared);
    std::fs::create_dir_all(&shared).expect("shared folder");
    let file = shared.join("工作坊 (copy).ron");
    std::fs::write(&file, data).expect("write the shared file");
    let before = files(root);
    let journal = std::fs::read(root.join("data/journal/2026-11.ron")).expect("journal");

    let sessions = Sessions::new(&root.join("data"));
    let opened = match sessions.find(file.to_str().expect("a UTF-8 path")) {
        Ok(opened) => opened,
        Err(error) => {
            assert!(!error.to_string().is_empty());
            let mut with_lock = before.clone();
            with_lock.insert("shared/.xiaoshi.lock".to_string());
            assert!(files(root).is_subset(&with_lock), "a refused file changes nothing");
            assert_eq!(std::fs::read(&file).expect("read"), data, "left as it was");
            return;
        }
    };
    assert_eq!(opened.file.path(), file, "saved back where it was opened");
    let zone = jiff::tz::TimeZone::UTC;
    for format in [Format::Md, Format::Csv, Format::Json, Format::Html] {
        let mut out = Vec::new();
        report::write(&opened.session, Some(&deck), format, Printed::paired(Lang::Zh), &zone, &mut out)
            .expect("in memory");
    }
    let now = opened.session.created;
    let first = opened.session.setup.participants.first().cloned();
    let changed = opened.file.update(|session: &mut Session| -> Result<(), SessionError> {
        if let Some(name) = &first
            && let Ok(participant) = session.participant(name)
        {
            let request = PledgeRequest {
                card: "joker-red".into(),
                words: Some("帮邻居收快递".into()),
                ..PledgeRequest::default()
            };
            let _ = session.pledge(participant, request, &deck, now);
        }
        Ok(())
    });
    if let Ok((session, ())) = changed {
        let mut ours = session.clone();
        let _ = ours.turn(1);
        let merged = opened.file.save_merged(&session, &ours).expect("save merged");
        assert_eq!(merged.session, ours);
        assert_eq!(store::read(&file).expect("reads back"), ours);
    }
    let allowed: BTreeSet<String> = before
        .iter()
        .cloned()
        .chain(["shared/工作坊 (copy).ron.bak".to_string(), "shared/.xiaoshi.lock".to_string()])
        .collect();
    let after = files(root);
    assert!(after.is_subset(&allowed), "written elsewhere: {:?}", after.difference(&allowed).collect::<Vec<_>>());
    assert_eq!(std::fs::read(root.join("data/journal/2026-11.ron")).expect("journal"), journal);
}
