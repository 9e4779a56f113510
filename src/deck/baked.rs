//! The built-in deck as data, baked when xiaoshi is built.
//!
//! `build.rs` loads `decks/shequ-xiaoshi.ron` with this crate's own parser
//! and validator (the same modules, included by path), stops the build with
//! the message `xiaoshi deck check` would print if the deck is broken, and
//! writes the valid deck out as the tables below: all its text in one string,
//! and each card as plain numbers (byte ranges into that string, its face,
//! its minutes). Nothing in them is a pointer, so the binary has nothing to
//! relocate for them at start, and no command parses or validates the
//! built-in deck: building a [`Deck`] from the tables is a few hundred
//! small copies. A deck given with `--deck` still goes through
//! [`crate::deck::load_file`].
//!
//! This module is declared in lib.rs, not in `deck/mod.rs`: build.rs compiles
//! the deck folder to make the tables, which do not exist yet then.

use crate::deck::{Card, Deck, DeckError, Face, Rank, Suit};
use crate::i18n::{Lang, Localized};

/// A text's place in [`TEXT`]: its byte range, `start..end`.
#[derive(Debug, Clone, Copy)]
struct Span(u32, u32);

/// One card of the baked deck.
#[derive(Debug)]
struct BakedCard {
    id: Span,
    face: Face,
    /// One text per language of [`LANGS`], in that order.
    title: [Span; LANG_COUNT],
    action: [Span; LANG_COUNT],
    minutes: u16,
    tip: Option<[Span; LANG_COUNT]>,
}

// Written by build.rs: `LANG_COUNT`, `LANGS`, `TEXT`, `NAME`, `VERSION`,
// `COMPLETE`, `LADDER` and `CARDS`.
include!(concat!(env!("OUT_DIR"), "/builtin_deck.rs"));

/// Whether two lists of language codes are the same, at compile time.
const fn same_codes(a: &[&str], b: &[&str]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut at = 0;
    while at < a.len() {
        let (x, y) = (a[at].as_bytes(), b[at].as_bytes());
        if x.len() != y.len() {
            return false;
        }
        let mut byte = 0;
        while byte < x.len() {
            if x[byte] != y[byte] {
                return false;
            }
            byte += 1;
        }
        at += 1;
    }
    true
}

// The build script compiles the language list without `cfg(test)`, so the
// baked languages are exactly the library's (unit tests add a pseudo-language,
// which takes its fallback's text, as when a deck file leaves it out).
#[cfg(not(test))]
const _: () = assert!(
    same_codes(&LANGS, &Lang::CODES),
    "the baked deck's languages are not the library's"
);

impl Deck {
    /// The built-in 社区小事 deck, compiled in so xiaoshi works with no
    /// files installed. It was parsed and validated when xiaoshi was built,
    /// so this never fails: the `Result` keeps callers the same as for a
    /// deck file.
    pub fn builtin() -> Result<Deck, DeckError> {
        Ok(deck())
    }
}

/// The baked deck, built from the tables.
fn deck() -> Deck {
    Deck {
        name: localized(&NAME),
        version: text(VERSION).to_string(),
        complete: COMPLETE,
        ladder: LADDER,
        cards: CARDS
            .iter()
            .map(|card| Card {
                id: text(card.id).to_string(),
                face: card.face,
                title: localized(&card.title),
                action: localized(&card.action),
                minutes: card.minutes,
                tip: card.tip.as_ref().map(localized),
            })
            .collect(),
    }
}

fn text(Span(start, end): Span) -> &'static str {
    // The ranges are the build script's own, at character boundaries, and a
    // test compares the whole deck with the parsed file: never empty here.
    TEXT.get(start as usize..end as usize).unwrap_or_default()
}

/// A text in every language: each language's baked text, or its fallback's.
fn localized(spans: &[Span; LANG_COUNT]) -> Localized<String> {
    let baked = |lang: Lang| LANGS.iter().position(|code| *code == lang.code());
    Localized::from_fn(|lang| {
        let at = baked(lang)
            .or_else(|| lang.info().fallback.and_then(baked))
            .unwrap_or(0);
        text(spans[at]).to_string()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_baked_deck_is_the_parsed_file() {
        let parsed = crate::deck::load_str(crate::deck::BUILTIN_SOURCE, "shequ-xiaoshi.ron")
            .expect("the shipped deck loads");
        assert!(parsed.warnings.is_empty(), "{:?}", parsed.warnings);
        // Under `cfg(test)` there is a third language, with a fallback: the
        // baked deck fills it in as loading the file does.
        assert_eq!(deck(), parsed.deck);
    }

    #[test]
    fn the_tables_hold_no_empty_text() {
        assert!(!TEXT.is_empty());
        for card in &CARDS {
            for span in [card.id]
                .iter()
                .chain(&card.title)
                .chain(&card.action)
                .chain(card.tip.iter().flatten())
            {
                assert!(span.0 < span.1, "{} {span:?}", text(card.id));
                assert!(TEXT.get(span.0 as usize..span.1 as usize).is_some());
            }
        }
    }

    #[test]
    fn same_codes_compares_whole_lists() {
        assert!(same_codes(&["zh", "en"], &["zh", "en"]));
        assert!(!same_codes(&["zh", "en"], &["en", "zh"]));
        assert!(!same_codes(&["zh"], &["zh", "en"]));
        assert!(!same_codes(&["zh", "e"], &["zh", "en"]));
    }
}
