//! Fuzzes the deck loader: any bytes given to `xiaoshi::deck::load_bytes`
//! must give a deck or an error, never a panic, a stack overflow or a hang.
//! The error's message (with its caret and excerpt of the faulty line) and the
//! JSON of every loaded card are produced too, so their code is checked as well.

#![no_main]

use std::fmt::Write as _;

use libfuzzer_sys::fuzz_target;
use xiaoshi::deck::json::CardJson;
use xiaoshi::deck::{load_bytes, problem_line};
use xiaoshi::i18n::{Describe, Lang};

const ORIGIN: &str = "fuzz.ron";

fuzz_target!(|data: &[u8]| {
    match load_bytes(data, ORIGIN) {
        Ok(loaded) => {
            for card in &loaded.deck.cards {
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
});
