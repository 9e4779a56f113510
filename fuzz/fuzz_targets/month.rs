//! Fuzzes `--month` (`cli::parse_month`): any text is a month or a usage
//! error, never a panic; a month that is read makes a stairwell poster
//! that lays out on one page.

#![no_main]

use libfuzzer_sys::fuzz_target;
use xiaoshi::export::{Fonts, Paper, poster, stairwell};
use xiaoshi::i18n::{Describe, Lang, Printed};

fuzz_target!(|data: &[u8]| {
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
});
