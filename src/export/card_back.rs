//! The card back, the same for every card of a deck: a navy ground with a
//! pattern of small suit symbols, a gold frame, the deck's title, the four
//! suits in their colours, and in the footer the deck's version and a short
//! id (so a stray card can be matched to its deck and print run).

use super::card_face::Outset;
use super::fonts::Fonts;
use super::look::{self, GOLD, NAVY};
use super::pips;
use super::scene::{Item, Path, Rgb, Scene, Tile, Weight};
use super::typeset::{self, Style};
use crate::deck::{Deck, Suit};
use crate::i18n::Printed;

/// Spacing of the background pattern, and the size of its symbols.
const PATTERN_STEP: f32 = 14.0;
const PATTERN_PIP: f32 = 6.0;

/// Draws the back of `deck`'s cards: the title in the first printed
/// language, with the second beneath it.
pub fn back(deck: &Deck, fonts: &Fonts, lang: Printed, out: Outset) -> Scene {
    let (w, h) = look::card_size();
    let mut scene = Scene::default();
    let (left, top) = (-out.left, -out.top);
    let (right, bottom) = (w + out.right, h + out.bottom);
    scene.fill(Path::rect(left, top, right - left, bottom - top), NAVY);

    // The pattern: rows of small suit symbols, each row shifted half a step.
    scene.tiled(Path::rect(left, top, right - left, bottom - top), pattern());

    // The frame and the title panel.
    scene.stroke(Path::rect(7.0, 7.0, w - 14.0, h - 14.0), GOLD, 0.8);
    let panel = (22.0, 70.0, w - 44.0, h - 140.0);
    scene.fill(Path::rect(panel.0, panel.1, panel.2, panel.3), NAVY);
    scene.stroke(Path::rect(panel.0, panel.1, panel.2, panel.3), GOLD, 0.5);

    let centre = w / 2.0;
    let max = panel.2 - 12.0;
    let style = |weight, size, color| Style {
        weight,
        size,
        color,
        leading: 1.0,
    };
    let name = deck.name.get(lang.main);
    let title = typeset::fit_line(fonts, style(Weight::Bold, 17.0, Rgb::WHITE), name, max);
    scene.text(typeset::run_centred(fonts, title, centre, 104.0, name));
    if let Some(second) = lang.beneath {
        let name = deck.name.get(second);
        let subtitle = typeset::fit_line(fonts, style(Weight::Bold, 8.0, GOLD), name, max);
        scene.text(typeset::run_centred(fonts, subtitle, centre, 119.0, name));
    }

    // The four suits on white discs.
    let disc = 9.5;
    for (i, suit) in Suit::ALL.into_iter().enumerate() {
        let cx = centre + (i as f32 - 1.5) * 25.0;
        let cy = 143.0;
        scene.fill(Path::circle(cx, cy, disc), Rgb::WHITE);
        scene.fill(
            pips::suit(suit, cx - 6.0, cy - 6.0, 12.0),
            look::suit_color(suit),
        );
    }

    let footer = format!("v{} · {}", deck.version, short_id(deck));
    let small = typeset::fit_line(
        fonts,
        style(Weight::Regular, 5.5, GOLD.tint(0.3)),
        &footer,
        max,
    );
    scene.text(typeset::run_centred(
        fonts,
        small,
        centre,
        h - 13.0,
        &footer,
    ));
    scene
}

/// One cell of the back's pattern: ♥ ♠ on one row, ♣ ♦ shifted half a step below.
fn pattern() -> Tile {
    let pale = NAVY.tint(0.14);
    let step = PATTERN_STEP;
    let places = [
        (Suit::Hearts, 0.0, 0.0),
        (Suit::Spades, step, 0.0),
        (Suit::Clubs, step / 2.0, step),
        (Suit::Diamonds, 1.5 * step, step),
    ];
    let items = places
        .into_iter()
        .map(|(suit, x, y)| Item::Fill {
            path: pips::suit(suit, x + 2.0, y + 2.0, PATTERN_PIP),
            color: pale,
        })
        .collect();
    Tile {
        width: 2.0 * step,
        height: 2.0 * step,
        items,
    }
}

/// A short id for the deck's content: six hex digits of a 64-bit FNV-1a hash
/// of its name, version and every card's text. Stable across machines and
/// xiaoshi versions; it changes whenever any printed text changes.
pub fn short_id(deck: &Deck) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut feed = |text: &str| {
        for byte in text.bytes().chain([0x1f]) {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
        }
    };
    for (_, name) in deck.name.written() {
        feed(name);
    }
    feed(&deck.version);
    for card in &deck.cards {
        feed(&card.id);
        for text in [&card.title, &card.action] {
            for (_, text) in text.written() {
                feed(text);
            }
        }
        feed(&card.minutes.to_string());
        if let Some(tip) = &card.tip {
            for (_, tip) in tip.written() {
                feed(tip);
            }
        }
    }
    format!("{:06X}", hash >> 40)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn the_short_id_is_stable_and_follows_the_text() {
        let deck = Deck::builtin().expect("deck");
        let id = short_id(&deck);
        assert_eq!(id.len(), 6);
        assert!(id.chars().all(|c| c.is_ascii_hexdigit()));
        assert_eq!(short_id(&deck), id);
        let mut edited = deck.clone();
        edited.cards[3].title.get_mut(Lang::En).push('!');
        assert_ne!(short_id(&edited), id);
    }

    #[test]
    fn the_back_names_the_deck_and_its_version() {
        let fonts = Fonts::builtin().expect("font");
        let deck = Deck::builtin().expect("deck");
        let scene = back(&deck, &fonts, Printed::paired(Lang::Zh), Outset::default());
        let texts: Vec<&str> = scene.texts().iter().map(|r| r.text.as_str()).collect();
        assert!(texts.contains(&"社区小事"), "{texts:?}");
        assert!(texts.contains(&"Community Small Things"), "{texts:?}");
        let footer = format!("v{} · {}", deck.version, short_id(&deck));
        assert!(texts.contains(&footer.as_str()), "{texts:?}");
        let english = back(&deck, &fonts, Printed::only(Lang::En), Outset::default());
        let texts: Vec<&str> = english.texts().iter().map(|r| r.text.as_str()).collect();
        assert!(
            texts.contains(&"Community Small Things") && !texts.contains(&"社区小事"),
            "{texts:?}"
        );
    }
}
