// The `month` target's checks (see `month.rs`), shared with the seeds'
// ordinary test (tests/fuzz_seeds.rs includes this file), so a seed
// or a crash reproducer that passes `cargo test` is checked exactly as
// the fuzzer checks it.

use xiaoshi::export::{Fonts, Paper, poster, stairwell};
use xiaoshi::i18n::{Describe, Lang, Printed};

pub fn check(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match xiaoshi::cli::parse_month(text) {
        Ok((year, month)) => {
            assert!((1..=12).contains(&month), "{text:?} → {month}");
            assert!(jiff::civil::Date::new(year, month, 25).is_ok());
            if let Ok(fonts) = Fonts::builtin() {
                let poster = stairwell::poster(year, month, Printed::paired(Lang::Zh), Paper::A4, &fonts);
                assert_eq!(poster::layout(&poster, Paper::A4, &fonts).pages.len(), 1);
            }
        }
        Err(error) => {
            for lang in Lang::ALL {
                assert!(!error.describe(lang).message.is_empty());
            }
        }
    }
}
