//! Bakes the built-in deck into data (see `src/deck/baked.rs`).
//!
//! The deck file is loaded with the library's own parser and validator: the
//! modules below are the library's files, included by path, not copies. A
//! broken deck stops the build with the message a person would get from
//! `xiaoshi --deck decks/shequ-xiaoshi.ron`, in every language; a valid one
//! becomes `$OUT_DIR/builtin_deck.rs`, constants that need no parsing at run time.
//!
//! How the binary is linked (statically, without PIE, on Linux with glibc) is
//! chosen in `.cargo/config.toml`, which says why.

// The build uses a small part of the modules it includes.
#![allow(dead_code, unused_imports)]

use std::fmt::Write as _;
use std::path::Path;

/// The library's modules the deck loader needs (the ground floor and the
/// deck), compiled into the build script from `src/`.
#[path = "src"]
mod library {
    pub mod deck;
    pub mod fsutil;
    pub mod i18n;
    pub mod ronfile;
    pub mod text;
}

use library::{deck, fsutil, i18n, ronfile, text};

use deck::{Card, Deck, Face};
use i18n::{Describe, Lang, Localized};

/// The deck compiled in, as the repository names it.
const DECK_FILE: &str = "decks/shequ-xiaoshi.ron";

fn main() {
    println!("cargo::rerun-if-changed={DECK_FILE}");
    println!("cargo::rerun-if-changed=build.rs");
    let loaded = match deck::load_file(Path::new(DECK_FILE)) {
        Ok(loaded) => loaded,
        Err(error) => {
            // As the binary reports an error (main.rs), in every language.
            for lang in Lang::ALL {
                let said = format!(
                    "{}{}",
                    i18n::errors::ERROR.get(lang),
                    error.describe(lang).text(lang)
                );
                eprintln!("{}", text::sanitize::message(&said));
            }
            std::process::exit(1);
        }
    };
    for warning in &loaded.warnings {
        for lang in Lang::ALL {
            for line in deck::problem_line(DECK_FILE, warning, lang).lines() {
                println!("cargo::warning={line}");
            }
        }
    }
    let out = std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR for build scripts");
    let path = Path::new(&out).join("builtin_deck.rs");
    if let Err(error) = std::fs::write(&path, tables(&loaded.deck)) {
        eprintln!("cannot write {}: {error}", path.display());
        std::process::exit(1);
    }
}

/// The deck as Rust constants: its name and version, and its cards as a
/// `static` array of `Card`s whose texts are string literals.
///
/// The deck and its cards are taken apart field by field, with no `..`: a
/// field added to the model (a deck-level setting, a card's new text) stops
/// this build script from compiling until it is baked too, so the baked deck
/// can never silently lose it.
fn tables(deck: &Deck) -> String {
    let Deck {
        name,
        version,
        complete,
        ladder,
        cards,
    } = deck;
    let mut rows = String::new();
    for card in cards.iter() {
        let Card {
            id,
            face,
            title,
            action,
            minutes,
            tip,
        } = card;
        let face = match face {
            Face::Suited(suit, rank) => format!("Face::Suited(Suit::{suit:?}, Rank::{rank:?})"),
            Face::Joker => "Face::Joker".to_string(),
        };
        let tip = match tip {
            Some(tip) => format!("Some({})", each(tip)),
            None => "None".to_string(),
        };
        let _ = writeln!(
            rows,
            "    Card {{\n        id: Cow::Borrowed({id:?}),\n        face: {face},\n        \
             title: {},\n        action: {},\n        minutes: {minutes},\n        tip: {tip},\n    }},",
            each(title),
            each(action),
        );
    }
    let codes: Vec<String> = Lang::ALL
        .iter()
        .map(|lang| format!("{:?}", lang.code()))
        .collect();
    format!(
        "// Baked from {DECK_FILE} by build.rs. Do not edit.\n\
         const LANG_COUNT: usize = {count};\n\
         const LANGS: [&str; LANG_COUNT] = [{codes}];\n\
         const NAME: Localized<DeckText> = {name};\n\
         const VERSION: &str = {version:?};\n\
         const COMPLETE: bool = {complete};\n\
         const LADDER: bool = {ladder};\n\
         static CARDS: [Card; {len}] = [\n{rows}];\n",
        count = Lang::COUNT,
        codes = codes.join(", "),
        name = each(name),
        version = &**version,
        len = cards.len(),
    )
}

/// `baked(["…", …])`: `value` in each language, in [`Lang::ALL`] order, as
/// string literals (see `baked` in src/deck/baked.rs).
fn each(value: &Localized<deck::DeckText>) -> String {
    let texts: Vec<String> = Lang::ALL
        .into_iter()
        .map(|lang| format!("{:?}", &**value.get(lang)))
        .collect();
    format!("baked([{}])", texts.join(", "))
}
