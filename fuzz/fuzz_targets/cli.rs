//! Fuzzes the fast path of the command line (`Cli::everyday`): any
//! arguments it reads must be read by clap into the very same `Cli`.

#![no_main]

use libfuzzer_sys::fuzz_target;

include!("cli_check.rs");

fuzz_target!(|data: &[u8]| {
    check(data);
});
