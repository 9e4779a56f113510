//! A cache of the fold over closed months, so daily commands read only the
//! open month(s). It is derived data: it records the month files it was built
//! from (size and modification time), and is rebuilt whenever they differ —
//! after an import, a hand edit, or a restored backup. Deleting it is safe.

use serde::{Deserialize, Serialize};

use super::rules::Progress;
use super::store::{Lock, Stamp, Store};
use crate::fsutil;

/// Bump when `Progress` changes shape: an old summary is then rebuilt.
const SUMMARY_VERSION: u32 = 1;

#[derive(Debug, Serialize, Deserialize)]
struct Summary {
    version: u32,
    months: Vec<Stamp>,
    progress: Progress,
}

/// The saved progress over exactly `months`, if the summary matches them.
pub fn load(store: &Store, months: &[Stamp], _lock: &Lock) -> Option<Progress> {
    let text = std::fs::read_to_string(store.summary_path()).ok()?;
    let summary: Summary = ron::Options::default()
        .with_recursion_limit(32)
        .from_str(&text)
        .ok()?;
    (summary.version == SUMMARY_VERSION && summary.months == months).then_some(summary.progress)
}

/// Saves progress over `months`. Failing to save a cache is not an error
/// worth stopping for (a read-only disk still shows the status), so the
/// result is only reported to the caller to ignore.
pub fn save(store: &Store, months: &[Stamp], progress: &Progress, _lock: &Lock) -> bool {
    let summary = Summary {
        version: SUMMARY_VERSION,
        months: months.to_vec(),
        progress: progress.clone(),
    };
    match ron::to_string(&summary) {
        Ok(text) => fsutil::write_atomic(&store.summary_path(), text.as_bytes(), false).is_ok(),
        Err(_) => false,
    }
}
