// The `input` target's checks (see `input.rs`), shared with the seeds'
// ordinary test (tests/fuzz_seeds.rs includes this file), so a seed
// or a crash reproducer that passes `cargo test` is checked exactly as
// the fuzzer checks it.

use jiff::civil::date;
use xiaoshi::config::{Config, with_lang};
use xiaoshi::i18n::{Describe, Lang};
use xiaoshi::input;
use xiaoshi::workshop::setup;

pub fn check(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let worded = |error: &dyn Describe| {
        for lang in Lang::ALL {
            let said = error.describe(lang);
            assert!(!said.message.is_empty());
        }
    };

    // Lists: every item trimmed, not empty, with no separator left in it.
    for item in input::list(text) {
        assert!(!item.is_empty() && item.trim() == item, "{item:?}");
        assert!(!item.chars().any(input::is_list_separator), "{item:?}");
    }
    match input::names(text) {
        Ok(names) => assert!(names.iter().all(|name| !name.is_empty())),
        Err(error) => worded(&error),
    }
    match setup::parse_names(text) {
        Ok(names) => assert!(!names.is_empty() && names.len() <= setup::MAX_PARTICIPANTS),
        Err(error) => worded(&error),
    }

    // Numbers in their range; seeds and codes.
    match input::number::<u8>(text, 1..=5) {
        Ok(n) => assert!((1..=5).contains(&n)),
        Err(error) => worded(&error),
    }
    if let Err(error) = setup::parse_seed(text) {
        worded(&error);
    }
    if let Ok(key) = setup::parse_code(text) {
        assert_eq!(setup::DealKey::of_code(&key.code()), Some(key));
    }
    if let Err(error) = setup::parse_seed_or_code(text) {
        worded(&error);
    }

    // Dates: one that is read exists in a leap year, and reads back as shown.
    match input::date(text) {
        Ok(typed) => {
            assert!(typed.resolve(date(2028, 6, 1)).is_ok(), "{typed}");
            assert_eq!(input::date(&typed.to_string()), Ok(typed));
        }
        Err(error) => worded(&error),
    }
    match input::time(text) {
        Ok(time) => assert!(input::time(&time.strftime("%H:%M:%S").to_string()) == Ok(time)),
        Err(error) => worded(&error),
    }
    match input::offset(text, 20) {
        Ok((x, y)) => assert!(x.abs() <= 20.0 && y.abs() <= 20.0),
        Err(error) => worded(&error),
    }

    // The language edit of a config that parses: if the result parses, it
    // has the language and every other setting unchanged.
    if let Ok(config) = Config::parse(text, "fuzz.ron") {
        for lang in Lang::ALL {
            let edited = with_lang(text, lang);
            if let Ok(read) = Config::parse(&edited, "fuzz.ron") {
                assert_eq!(read.lang, Some(lang), "{text:?} → {edited:?}");
                assert_eq!(read.day_starts_at, config.day_starts_at);
            }
        }
    }
}
