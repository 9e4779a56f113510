//! Fuzzes workshop session files: `workshop::store::parse` must give a
//! session or an error, never a panic. A session that loads (it may have
//! been edited by hand) is then put through what `resume`, `report` and
//! `pledge-export` do with it: every report format, turns, swaps, a new
//! deal, a pledge of each card in hand, the pledge export, and ending.

#![no_main]

use libfuzzer_sys::fuzz_target;

include!("session_check.rs");

fuzz_target!(|data: &[u8]| {
    check(data);
});
