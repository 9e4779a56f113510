// The `deck` target's checks (see `deck.rs`), shared with the seeds'
// ordinary test (tests/fuzz_seeds.rs includes this file), so a seed
// or a crash reproducer that passes `cargo test` is checked exactly as
// the fuzzer checks it.

use std::fmt::Write as _;

use xiaoshi::deck::json::CardJson;
use xiaoshi::deck::{load_bytes, problem_line};
use xiaoshi::i18n::{Describe, Lang};

const ORIGIN: &str = "fuzz.ron";

pub fn check(data: &[u8]) {
    match load_bytes(data, ORIGIN) {
        Ok(loaded) => {
            for card in loaded.deck.cards.iter() {
                let json = serde_json::to_string(&CardJson::from(card))
                    .expect("a loaded card serializes to JSON");
                // The JSON must read back: serde_json escapes whatever text a card holds.
                let _: serde_json::Value =
                    serde_json::from_str(&json).expect("card JSON parses back");
            }
            // Warnings are printed with the same code as errors' problem lines.
            let mut out = String::new();
            for warning in &loaded.warnings {
                for lang in Lang::ALL {
                    let _ = write!(out, "{}", problem_line(ORIGIN, warning, lang));
                }
            }
        }
        Err(error) => {
            // Worded in every language: the excerpt, the caret, each problem.
            for lang in Lang::ALL {
                let message = error.describe(lang).text(lang);
                assert!(!message.is_empty(), "empty error message for {error:?}");
            }
        }
    }
}
