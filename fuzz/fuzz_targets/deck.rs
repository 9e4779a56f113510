//! Fuzzes the deck loader: any bytes given to `xiaoshi::deck::load_bytes`
//! must give a deck or an error, never a panic, a stack overflow or a hang.
//! The error's message (with its caret and excerpt of the faulty line) and the
//! JSON of every loaded card are produced too, so their code is checked as well.

#![no_main]

use libfuzzer_sys::fuzz_target;

include!("deck_check.rs");

fuzz_target!(|data: &[u8]| {
    check(data);
});
