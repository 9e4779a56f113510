//! The built-in deck as data, baked when xiaoshi is built.
//!
//! `build.rs` loads `decks/shequ-xiaoshi.ron` with this crate's own parser
//! and validator (the same modules, included by path), stops the build with
//! the message `xiaoshi deck check` would print if the deck is broken, and
//! writes the valid deck out as Rust constants: its name and version, and
//! its cards as a `static` array of [`Card`]s whose texts are string
//! literals ([`Cow::Borrowed`]). No command parses, validates or copies the
//! built-in deck: [`Deck::builtin`] borrows the array and its texts, so
//! having the deck costs no allocation and dropping it costs nothing. A deck
//! given with `--deck` still goes through [`crate::deck::load_file`], and
//! owns its text.
//!
//! The array holds pointers (to its texts): a release binary on x86-64 Linux
//! is linked at a fixed address (see `build.rs`), so they need no
//! relocating at start; a position-independent build relocates a few
//! hundred of them.
//!
//! This module is declared in lib.rs, not in `deck/mod.rs`: build.rs compiles
//! the deck folder to make the constants, which do not exist yet then.

use std::borrow::Cow;

use crate::deck::{Card, Deck, DeckError, DeckText, Face, Rank, Suit};
use crate::i18n::{Lang, Localized, str_eq};

// Written by build.rs: `LANG_COUNT`, `LANGS`, `NAME`, `VERSION`,
// `COMPLETE`, `LADDER` and `CARDS`.
include!(concat!(env!("OUT_DIR"), "/builtin_deck.rs"));

/// Whether two lists of language codes are the same, at compile time.
const fn same_codes(a: &[&str], b: &[&str]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut at = 0;
    while at < a.len() {
        if !str_eq(a[at], b[at]) {
            return false;
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

/// Where a language's text is among the baked ones, if it was baked.
const fn baked_at(code: &str) -> Option<usize> {
    let mut at = 0;
    while at < LANG_COUNT {
        if str_eq(LANGS[at], code) {
            return Some(at);
        }
        at += 1;
    }
    None
}

/// For each language of [`Lang::ALL`], which baked text it shows: its own,
/// or its fallback's.
const SOURCE: [usize; Lang::COUNT] = {
    let mut source = [0; Lang::COUNT];
    let mut at = 0;
    while at < Lang::COUNT {
        let lang = Lang::ALL[at];
        source[at] = match baked_at(lang.code()) {
            Some(baked) => baked,
            None => match lang.info().fallback {
                Some(fallback) => match baked_at(fallback.code()) {
                    Some(baked) => baked,
                    None => panic!("a language's fallback was not baked"),
                },
                None => panic!("a language was not baked and has no fallback"),
            },
        };
        at += 1;
    }
    source
};

/// A baked text in every language (`texts` in [`LANGS`] order), at compile
/// time: what build.rs writes for each of the deck's texts.
const fn baked(texts: [&'static str; LANG_COUNT]) -> Localized<DeckText> {
    const EMPTY: DeckText = Cow::Borrowed("");
    let mut values = [EMPTY; Lang::COUNT];
    let mut at = 0;
    while at < Lang::COUNT {
        // The value replaced is a borrowed text: there is nothing to drop
        // (and a `const fn` may not drop).
        std::mem::forget(std::mem::replace(
            &mut values[at],
            Cow::Borrowed(texts[SOURCE[at]]),
        ));
        at += 1;
    }
    Localized::from_array(values)
}

impl Deck {
    /// The built-in 社区小事 deck, compiled in so xiaoshi works with no
    /// files installed. It was parsed and validated when xiaoshi was built,
    /// so this never fails: the `Result` keeps callers the same as for a
    /// deck file.
    pub fn builtin() -> Result<Deck, DeckError> {
        Ok(deck())
    }
}

/// The baked deck: borrowed, nothing copied.
fn deck() -> Deck {
    Deck {
        name: NAME,
        version: Cow::Borrowed(VERSION),
        complete: COMPLETE,
        ladder: LADDER,
        cards: Cow::Borrowed(&CARDS),
    }
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
    fn the_baked_deck_borrows_every_text() {
        let deck = deck();
        assert!(matches!(deck.cards, Cow::Borrowed(_)));
        assert!(matches!(deck.version, Cow::Borrowed(_)));
        let mut texts: Vec<&DeckText> = vec![&deck.version];
        texts.extend(Lang::ALL.map(|lang| deck.name.get(lang)));
        for card in deck.cards.iter() {
            texts.push(&card.id);
            for text in [Some(&card.title), Some(&card.action), card.tip.as_ref()]
                .into_iter()
                .flatten()
            {
                texts.extend(Lang::ALL.map(|lang| text.get(lang)));
            }
        }
        for text in texts {
            assert!(matches!(text, Cow::Borrowed(_)), "{text:?}");
            assert!(!text.is_empty());
        }
    }

    #[test]
    fn a_language_not_baked_shows_its_fallback() {
        for lang in Lang::ALL {
            let shown = lang.info().fallback.unwrap_or(lang);
            assert_eq!(LANGS[SOURCE[lang.index()]], shown.code());
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
