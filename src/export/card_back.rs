//! The card back, the same for every card of a deck, in two designs:
//! - **patterned** (the default): a navy ground with a pattern of small
//!   suit symbols, and a centred panel with the deck's title, the four suits
//!   and, in its foot, the deck's version and a short id (so a stray card
//!   can be matched to its deck and print run);
//! - **plain** (`--back plain`): the same emblem in navy and the suits'
//!   colours on white paper, for a fraction of the ink.
//!
//! Nothing but the ground comes within [`CLEAR`] of the trim: no frame to
//! show every millimetre of duplex drift. On a sheet the ground is drawn
//! once across the whole grid of backs (and its bleed), so neighbouring
//! backs are one continuous ground and drift never shows white.

use super::Printed;
use super::card_face::Outset;
use super::fonts::Fonts;
use super::look::{self, CardSize, GOLD, INK_SOFT, NAVY};
use super::pips;
use super::scene::{Item, Path, Rgb, Scene, Tile, Weight, pt};
use super::typeset::{self, Style};
use crate::deck::{Deck, Suit};

/// Spacing of the background pattern, and the size of its symbols.
const PATTERN_STEP: f32 = 14.0;
const PATTERN_PIP: f32 = 6.0;
/// How far from the trim (mm) the emblem keeps, whatever the card size.
pub const CLEAR: f32 = 4.0;

/// Which back is printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum BackStyle {
    /// Navy with a pattern of suits.
    #[default]
    Patterned,
    /// White, with a small emblem: low ink.
    Plain,
}

/// The back's ground over `area` (the card and its bleed, or a whole grid
/// of backs): navy with the pattern repeated from `area`'s coordinates'
/// origin, or nothing for the plain back (the paper is the ground).
pub fn ground(area: Path, style: BackStyle) -> Scene {
    let mut scene = Scene::default();
    if style == BackStyle::Patterned {
        scene.fill(area.clone(), NAVY);
        scene.tiled(area, pattern());
    }
    scene
}

/// A whole back: the ground over the card and its bleed, and the emblem.
pub fn back(
    deck: &Deck,
    fonts: &Fonts,
    lang: Printed,
    size: CardSize,
    style: BackStyle,
    out: Outset,
) -> Scene {
    let (w, h) = size.points();
    let (left, top) = (-out.left, -out.top);
    let (right, bottom) = (w + out.right, h + out.bottom);
    let mut scene = ground(Path::rect(left, top, right - left, bottom - top), style);
    scene.extend(emblem(deck, fonts, lang, size, style));
    scene
}

/// The centred emblem of a back, the trim's top-left at (0, 0): the
/// deck's title in the first printed language with the second beneath, the
/// four suits, and the version and short id.
pub fn emblem(
    deck: &Deck,
    fonts: &Fonts,
    lang: Printed,
    size: CardSize,
    style: BackStyle,
) -> Scene {
    let (w, h) = size.points();
    let mut scene = Scene::default();
    let centre = w / 2.0;
    // The panel: as wide as the card less 8 mm a side, in the middle third.
    let panel_w = w - 2.0 * pt(8.0);
    let panel_h = (h * 0.44).min(panel_w * 1.15);
    let panel = (
        centre - panel_w / 2.0,
        (h - panel_h) / 2.0,
        panel_w,
        panel_h,
    );
    let (title_color, second_color, foot_color) = match style {
        BackStyle::Patterned => {
            scene.fill(Path::rect(panel.0, panel.1, panel.2, panel.3), NAVY);
            scene.stroke(Path::rect(panel.0, panel.1, panel.2, panel.3), GOLD, 0.5);
            (Rgb::WHITE, GOLD, GOLD.tint(0.3))
        }
        BackStyle::Plain => (NAVY, NAVY, INK_SOFT),
    };
    let max = panel.2 - 12.0;
    let line = |weight, size, color| Style {
        weight,
        size,
        color,
        leading: 1.0,
    };
    let scale = panel.2 / 130.0;
    let langs = lang.langs();
    let name = deck.name.get(langs[0]);
    let title = typeset::fit_line(
        fonts,
        line(Weight::Bold, 17.0 * scale, title_color),
        name,
        max,
    );
    let top = panel.1 + panel.3 * 0.3;
    scene.text(typeset::run_centred(fonts, title, centre, top, name));
    if let Some(&second) = langs.get(1) {
        let name = deck.name.get(second);
        let subtitle = typeset::fit_line(
            fonts,
            line(Weight::Bold, 8.0 * scale, second_color),
            name,
            max,
        );
        scene.text(typeset::run_centred(
            fonts,
            subtitle,
            centre,
            top + 15.0 * scale,
            name,
        ));
    }

    // The four suits on white discs (on white paper: just the symbols).
    let disc = 9.5 * scale;
    let cy = panel.1 + panel.3 * 0.64;
    for (i, suit) in Suit::ALL.into_iter().enumerate() {
        let cx = centre + (i as f32 - 1.5) * 25.0 * scale;
        if style == BackStyle::Patterned {
            scene.fill(Path::circle(cx, cy, disc), Rgb::WHITE);
        }
        let pip = 12.0 * scale;
        scene.fill(
            pips::suit(suit, cx - pip / 2.0, cy - pip / 2.0, pip),
            look::suit_color(suit),
        );
    }

    let footer = format!("v{} · {}", deck.version, short_id(deck));
    let small = typeset::fit_line(
        fonts,
        line(Weight::Regular, 5.5 * scale.max(1.0), foot_color),
        &footer,
        max,
    );
    scene.text(typeset::run_centred(
        fonts,
        small,
        centre,
        panel.1 + panel.3 - 8.0 * scale,
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
    for card in deck.cards.iter() {
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
        edited.cards.to_mut()[3]
            .title
            .get_mut(Lang::En)
            .to_mut()
            .push('!');
        assert_ne!(short_id(&edited), id);
    }

    #[test]
    fn the_back_names_the_deck_and_its_version() {
        let fonts = Fonts::builtin().expect("font");
        let deck = Deck::builtin().expect("deck");
        let scene = back(
            &deck,
            &fonts,
            Printed::paired(Lang::Zh),
            CardSize::Poker,
            BackStyle::Patterned,
            Outset::default(),
        );
        let texts: Vec<&str> = scene.texts().iter().map(|r| r.text.as_str()).collect();
        assert!(texts.contains(&"社区小事"), "{texts:?}");
        assert!(texts.contains(&"Community Small Things"), "{texts:?}");
        let footer = format!("v{} · {}", deck.version, short_id(&deck));
        assert!(texts.contains(&footer.as_str()), "{texts:?}");
        let english = back(
            &deck,
            &fonts,
            Printed::only(Lang::En),
            CardSize::Poker,
            BackStyle::Plain,
            Outset::default(),
        );
        let texts: Vec<&str> = english.texts().iter().map(|r| r.text.as_str()).collect();
        assert!(
            texts.contains(&"Community Small Things") && !texts.contains(&"社区小事"),
            "{texts:?}"
        );
    }

    /// The smallest box holding every point of the items (strokes and text
    /// runs by their extent), in points.
    fn extent(items: &[Item]) -> (f32, f32, f32, f32) {
        let mut b = (f32::MAX, f32::MAX, f32::MIN, f32::MIN);
        let mut add = |x: f32, y: f32| {
            b = (b.0.min(x), b.1.min(y), b.2.max(x), b.3.max(y));
        };
        for item in items {
            match item {
                Item::Fill { path, .. } | Item::Stroke { path, .. } => {
                    for segment in &path.0 {
                        if let super::super::scene::Segment::Move(x, y)
                        | super::super::scene::Segment::Line(x, y) = *segment
                        {
                            add(x, y);
                        }
                    }
                }
                Item::Text(run) => {
                    add(run.x, run.y - run.size);
                    add(run.x + run.width(), run.y + run.size * 0.3);
                }
                _ => {}
            }
        }
        b
    }

    #[test]
    fn nothing_but_the_ground_comes_within_four_millimetres_of_the_trim() {
        let fonts = Fonts::builtin().expect("font");
        let deck = Deck::builtin().expect("deck");
        for size in [CardSize::Poker, CardSize::Large] {
            for style in [BackStyle::Patterned, BackStyle::Plain] {
                for lang in [
                    Printed::only(Lang::Zh),
                    Printed::only(Lang::En),
                    Printed::paired(Lang::Zh),
                ] {
                    let (w, h) = size.points();
                    let scene = emblem(&deck, &fonts, lang, size, style);
                    let (x1, y1, x2, y2) = extent(&scene.items);
                    let clear = pt(CLEAR);
                    assert!(
                        x1 >= clear && y1 >= clear && x2 <= w - clear && y2 <= h - clear,
                        "{size:?} {style:?} {lang:?}: {x1},{y1} {x2},{y2}"
                    );
                }
            }
        }
    }

    #[test]
    fn the_plain_back_uses_no_ground() {
        let deck = Deck::builtin().expect("deck");
        let fonts = Fonts::builtin().expect("font");
        let plain = back(
            &deck,
            &fonts,
            Printed::only(Lang::Zh),
            CardSize::Poker,
            BackStyle::Plain,
            Outset::even(8.0),
        );
        let fills: Vec<Rgb> = plain
            .items
            .iter()
            .filter_map(|item| match item {
                Item::Fill { color, .. } => Some(*color),
                _ => None,
            })
            .collect();
        assert!(!fills.contains(&NAVY), "{fills:?}");
        assert!(!plain.items.iter().any(|i| matches!(i, Item::Tiled { .. })));
    }
}
