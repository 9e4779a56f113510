//! Fuzzes the journal's summary cache (`summary.json`): whatever bytes the
//! file holds, `summary::decode` must give a summary or `None` (the cache is
//! then rebuilt), never a panic; and a summary it accepts must be safe to
//! use as `status` and `why` use it — folded on over the following days,
//! with today applied, turned into the status (its grid of days) and its
//! JSON — without a panic and without walking or printing without bound.

#![no_main]

use libfuzzer_sys::fuzz_target;

include!("summary_check.rs");

fuzz_target!(|data: &[u8]| {
    check(data);
});
