//! The paste fuzz target's seeds (fuzz/seeds/paste/), run as an ordinary
//! test with the target's own checks (fuzz/fuzz_targets/paste_check.rs), so
//! `cargo test` covers them without a nightly toolchain.

use std::path::Path;

include!("../fuzz/fuzz_targets/paste_check.rs");

#[test]
fn every_paste_seed_passes_the_fuzz_targets_checks() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/seeds/paste");
    let mut seeds: Vec<_> = std::fs::read_dir(&dir)
        .expect("the seed folder")
        .map(|entry| entry.expect("an entry").path())
        .collect();
    seeds.sort();
    assert!(seeds.len() >= 8, "only {} seeds", seeds.len());
    for seed in &seeds {
        let bytes = std::fs::read(seed).expect("a seed");
        check(&bytes);
    }
}

#[test]
fn odd_bytes_pass_too() {
    for bytes in [
        &b""[..],
        b"\xff\xfe#\xe6\x8e\xa5\xe9\xbe\x99\n1. \xe7\x8e\x8b",
        b"\n\n\n",
        "#接龙\n12月6日\n1. 王阿姨(601) 补卡\n2. 王阿姨(601) 补卡".as_bytes(),
        "1.\n2.\n①\n(1)".as_bytes(),
        "#接龙 第999天\n1. 小明 ♥️\u{FE0F}\u{FE0F}7".as_bytes(),
    ] {
        check(bytes);
    }
}
