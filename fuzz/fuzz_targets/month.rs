//! Fuzzes `--month` (`cli::parse_month`): any text is a month or a usage
//! error, never a panic; a month that is read makes a stairwell poster
//! that lays out on one page.

#![no_main]

use libfuzzer_sys::fuzz_target;

include!("month_check.rs");

fuzz_target!(|data: &[u8]| {
    check(data);
});
