// The `cli` target's checks (see `cli.rs`), shared with the seeds' ordinary
// test (tests/fuzz_seeds.rs includes this file), so a seed or a crash
// reproducer that passes `cargo test` is checked exactly as the fuzzer
// checks it.

use std::ffi::OsString;

use clap::Parser;
use xiaoshi::cli::Cli;

/// The arguments after `xiaoshi`, separated by NUL bytes (an empty input:
/// none); any bytes, so arguments that are not UTF-8 too.
pub fn check(data: &[u8]) {
    let mut args = vec![OsString::from("xiaoshi")];
    if !data.is_empty() {
        args.extend(data.split(|byte| *byte == 0).map(word));
    }
    let Some(ours) = Cli::everyday(&args) else {
        return;
    };
    match Cli::try_parse_from(&args) {
        Ok(clap) => assert_eq!(format!("{ours:?}"), format!("{clap:?}"), "{args:?}"),
        Err(error) => panic!("{args:?}: everyday reads {ours:?}, clap refuses: {error}"),
    }
}

#[cfg(unix)]
fn word(bytes: &[u8]) -> OsString {
    std::os::unix::ffi::OsStringExt::from_vec(bytes.to_vec())
}

#[cfg(not(unix))]
fn word(bytes: &[u8]) -> OsString {
    String::from_utf8_lossy(bytes).into_owned().into()
}
