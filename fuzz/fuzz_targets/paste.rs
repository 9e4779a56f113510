//! Fuzzes the WeChat 接龙 paste parser and what `group paste` does with
//! its result (see `paste_check.rs`): no text may make it panic, drop a
//! line, or record something twice.

#![no_main]

use libfuzzer_sys::fuzz_target;

include!("paste_check.rs");

fuzz_target!(|data: &[u8]| {
    check(data);
});
