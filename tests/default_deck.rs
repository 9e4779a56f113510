//! Pins the shipped deck: 54 valid cards, 13 per suit, two jokers, and text
//! that takes the same width in every terminal.

use std::collections::HashSet;

use xiaoshi::deck::{self, Deck, Face, Rank, Suit};
use xiaoshi::text::{width, width_cjk};

#[test]
fn the_default_deck_has_54_valid_cards_13_per_suit() {
    let deck = Deck::builtin().expect("the built-in deck is valid");
    assert_eq!(deck.cards.len(), 54);
    assert!(deck.complete);
    for suit in Suit::ALL {
        let ranks: Vec<Rank> = deck
            .cards_of(Some(suit))
            .filter_map(|c| c.face.rank())
            .collect();
        assert_eq!(ranks, Rank::ALL.to_vec(), "{suit} in rank order");
    }
    let jokers: Vec<&str> = deck.cards_of(None).map(|c| c.id.as_str()).collect();
    assert_eq!(jokers, ["joker-red", "joker-black"]);
    assert!(
        deck.cards
            .iter()
            .all(|c| c.face != Face::Joker || c.face.rank().is_none())
    );
}

#[test]
fn the_file_on_disk_is_the_deck_compiled_in_and_raises_no_warnings() {
    let on_disk = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/decks/shequ-xiaoshi.ron"
    ))
    .expect("deck file");
    assert_eq!(on_disk, deck::BUILTIN_SOURCE);
    let loaded = deck::load_str(&on_disk, "shequ-xiaoshi.ron").expect("valid");
    assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
}

#[test]
fn every_string_has_the_same_width_in_narrow_and_cjk_ambiguous_terminals() {
    let deck = Deck::builtin().expect("valid");
    let mut texts: Vec<&String> = deck.name.each().map(|(_, text)| text).collect();
    for card in &deck.cards {
        for text in [&card.title, &card.action].into_iter().chain(&card.tip) {
            texts.extend(text.each().map(|(_, text)| text));
        }
    }
    for text in texts {
        assert_eq!(width(text), width_cjk(text), "{text:?}");
    }
    // The UI's own words for suits are shown in aligned columns too.
    for suit in Suit::ALL {
        for name in [suit.name(), suit.theme()]
            .iter()
            .flat_map(|text| text.each().map(|(_, text)| *text))
        {
            assert_eq!(width(name), width_cjk(name), "{name:?}");
        }
    }
}

#[test]
fn no_two_cards_are_alike() {
    let deck = Deck::builtin().expect("valid");
    let mut seen = HashSet::new();
    for card in &deck.cards {
        for (_, text) in card.title.each().chain(card.action.each()) {
            assert!(seen.insert(text.clone()), "{} repeats {text:?}", card.id);
        }
    }
}

#[test]
fn minutes_follow_the_rank_effort_scheme() {
    let deck = Deck::builtin().expect("valid");
    for card in &deck.cards {
        let Some(rank) = card.face.rank() else {
            continue;
        };
        let band = match rank.effort() {
            deck::Effort::Moment => 1..=15,
            deck::Effort::Hour => 16..=90,
            deck::Effort::Group => 91..=480,
        };
        assert!(
            band.contains(&card.minutes),
            "{} takes {} minutes",
            card.id,
            card.minutes
        );
    }
}
