// The `summary` target's checks (see `summary.rs`), shared with the seeds'
// ordinary test (tests/fuzz_seeds.rs includes this file), so a seed
// or a crash reproducer that passes `cargo test` is checked exactly as
// the fuzzer checks it.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use xiaoshi::deck::Deck;
use xiaoshi::i18n::Lang;
use xiaoshi::journal::rules::{DayFacts, Progress};
use xiaoshi::journal::summary;
use xiaoshi::journal::view::Status;

pub fn check(data: &[u8]) {
    let Some((months, progress)) = summary::decode(data) else {
        return;
    };
    // `parse` trusts only the bytes `encode` writes, and then reads what
    // `decode` reads.
    if let Some(parsed) = summary::parse(data, &months) {
        assert_eq!(parsed, progress);
    }
    let Ok(deck) = Deck::builtin() else {
        return;
    };
    let started = Instant::now();
    // The day after the summary, a few days with check-ins, and today.
    let from = progress.through.and_then(|day| day.tomorrow().ok());
    let today = from
        .and_then(|day| day.checked_add(jiff::Span::new().days(40)).ok())
        .unwrap_or(jiff::civil::date(2026, 11, 20));
    let mut facts: BTreeMap<jiff::civil::Date, DayFacts> = BTreeMap::new();
    if let Some(from) = from {
        for offset in [0, 1, 2, 9, 30] {
            if let Ok(day) = from.checked_add(jiff::Span::new().days(offset)) {
                facts.insert(
                    day,
                    DayFacts {
                        card: Some("hearts-7".into()),
                        drawn: vec!["hearts-7".into()],
                        checked_in: true,
                        ..DayFacts::default()
                    },
                );
            }
        }
    }
    let mut folded: Progress = progress.clone();
    if let Ok(yesterday) = today.yesterday() {
        folded.advance(&facts, yesterday, None);
    }
    let today_facts = facts.get(&today).cloned().unwrap_or_default();
    let _ = folded.clone().apply_today(today, &today_facts);
    let yesterday_facts = today
        .yesterday()
        .ok()
        .and_then(|day| facts.get(&day).cloned())
        .unwrap_or_default();
    let status = Status::from_progress(today, &folded, &today_facts, &yesterday_facts, &deck);
    assert!(status.round.days.len() < 200, "{} grid cells", status.round.days.len());
    for lang in [Lang::Zh, Lang::En] {
        let _ = status.why_result(lang);
        for cell in &status.round.days {
            let _ = cell.text(lang);
        }
    }
    let json = serde_json::to_string(&status).expect("status JSON");
    assert!(json.len() < 1 << 20, "status JSON of {} bytes", json.len());
    // The cache round trip: what is saved is read back the same.
    let again = summary::encode(&months, &progress).expect("summary JSON");
    assert_eq!(summary::decode(&again), Some((months.clone(), progress.clone())));
    assert_eq!(summary::parse(&again, &months), Some(progress));
    assert!(started.elapsed() < Duration::from_secs(2), "{:?}", started.elapsed());
}
