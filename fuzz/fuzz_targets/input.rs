//! Fuzzes input as people type it (`xiaoshi::input`) and the config's
//! language edit: any text must be read or refused with a worded error,
//! never a panic, and what is read keeps its promises.

#![no_main]

use libfuzzer_sys::fuzz_target;

include!("input_check.rs");

fuzz_target!(|data: &[u8]| {
    check(data);
});
