//! The printable deck: print-and-play PDF sheets, SVG cards, and the 21-day
//! paper tracker.
//!
//! The pipeline is pure until the last step:
//! [`geometry`] places cards on paper (millimetres), [`card_face`],
//! [`card_back`], [`sheets`], [`calibration`] and [`tracker`] draw into
//! [`scene`]s (points) with text set by [`typeset`] in the [`fonts`], and only
//! then does [`pdf`], [`svg`] or [`raster`] turn scenes into bytes. Every character is
//! checked against the font before anything is written: a missing glyph
//! fails the export with the cards it is on, rather than printing tofu.

pub mod calibration;
pub mod card_back;
pub mod card_face;
pub mod fonts;
pub mod geometry;
pub mod look;
pub mod pdf;
pub mod pips;
pub mod raster;
pub mod scene;
pub mod sheets;
pub mod svg;
pub mod tracker;
pub mod typeset;

use std::fmt::Write as _;

pub use card_face::Outset;
pub use fonts::{FontError, Fonts};
pub use geometry::{Duplex, Paper, SheetOptions};
pub use look::CardLang;
pub use sheets::CardOptions;

use crate::deck::Deck;
use scene::Scene;

/// A page to write: its size in points and what it shows.
#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    pub width: f32,
    pub height: f32,
    pub scene: Scene,
}

/// Something the user should know about a finished export.
#[derive(Debug, Clone, PartialEq)]
pub enum Warning {
    /// The card's text was set smaller than designed to fit.
    Shrunk { card: String, percent: u32 },
}

/// Why nothing was written.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error(transparent)]
    Font(#[from] FontError),

    #[error(transparent)]
    NoRoom(#[from] geometry::NoRoom),

    #[error("{}", missing_glyphs(font, cards))]
    MissingGlyphs {
        font: String,
        /// Each card (or part of the page) with the characters the font lacks.
        cards: Vec<(String, Vec<char>)>,
    },

    #[error(
        "the text of {} does not fit on the card, even set at {}%\n  \
         hint: shorten its title or action (`xiaoshi deck check` shows the limits)",
        cards.join(", "),
        (typeset::SCALES[typeset::SCALES.len() - 1] * 100.0).round()
    )]
    DoesNotFit { cards: Vec<String> },

    #[error("cannot make the PDF: {0}")]
    Pdf(String),
}

fn missing_glyphs(font: &str, cards: &[(String, Vec<char>)]) -> String {
    let mut message = format!("{font} has no glyph for some characters; nothing was written:");
    for (card, chars) in cards {
        let listed: Vec<String> = chars
            .iter()
            .map(|c| format!("{c} (U+{:04X})", u32::from(*c)))
            .collect();
        let _ = write!(message, "\n  {card}: {}", listed.join(", "));
    }
    message.push_str("\n  hint: pass a font that has them with --font FILE, or change the text");
    message
}

/// A finished PDF.
pub struct Exported {
    pub bytes: Vec<u8>,
    pub pages: usize,
    pub warnings: Vec<Warning>,
}

/// The print-and-play PDF of `deck`.
pub fn deck_pdf(
    deck: &Deck,
    fonts: &Fonts,
    options: &CardOptions,
) -> Result<Exported, ExportError> {
    let (pages, warnings) = sheets::card_pages(deck, fonts, options)?;
    let title = format!("{} · {}", deck.name.zh, deck.name.en);
    let bytes = pdf::write(&pages, fonts, &title)?;
    Ok(Exported {
        bytes,
        pages: pages.len(),
        warnings,
    })
}

/// How single cards are written: SVG for designers, PNG for screens and shops.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum ImageFormat {
    Svg,
    Png { dpi: f32 },
}

impl ImageFormat {
    pub fn extension(self) -> &'static str {
        match self {
            ImageFormat::Svg => "svg",
            ImageFormat::Png { .. } => "png",
        }
    }
}

/// One file of a card export.
pub struct CardFile {
    pub name: String,
    pub bytes: Vec<u8>,
}

/// Every card face as its own file (`hearts-7.svg`), and the back
/// (`back.svg`), each with `bleed` mm of artwork past the trim.
pub fn card_files(
    deck: &Deck,
    fonts: &Fonts,
    lang: CardLang,
    bleed: f32,
    format: ImageFormat,
) -> Result<(Vec<CardFile>, Vec<Warning>), ExportError> {
    let b = scene::pt(bleed);
    let out = Outset {
        left: b,
        top: b,
        right: b,
        bottom: b,
    };
    let faces = faces(deck, fonts, lang, |_| out)?;
    let back = card_back::back(deck, fonts, out);
    check_glyphs(fonts, "the card back", &back)?;
    let (w, h) = look::card_size();
    let file = |name: &str, scene: &Scene| -> Result<CardFile, ExportError> {
        let (x, y, w, h) = (-b, -b, w + 2.0 * b, h + 2.0 * b);
        let bytes = match format {
            ImageFormat::Svg => svg::document(&scene.items, x, y, w, h).into_bytes(),
            ImageFormat::Png { dpi } => raster::png(&scene.items, x, y, w, h, dpi, fonts)?,
        };
        Ok(CardFile {
            name: format!("{name}.{}", format.extension()),
            bytes,
        })
    };
    let mut files = Vec::with_capacity(deck.cards.len() + 1);
    let mut warnings = Vec::new();
    for (card, face) in deck.cards.iter().zip(&faces) {
        files.push(file(&card.id, &face.scene)?);
        if face.scale < 1.0 {
            warnings.push(Warning::Shrunk {
                card: card.id.clone(),
                percent: (face.scale * 100.0).round() as u32,
            });
        }
    }
    files.push(file("back", &back)?);
    Ok((files, warnings))
}

/// The 21-day paper tracker as a one-page PDF.
pub fn tracker_pdf(
    deck: &Deck,
    fonts: &Fonts,
    paper: Paper,
    lang: CardLang,
) -> Result<Vec<u8>, ExportError> {
    let page = tracker::page(deck, fonts, paper, lang);
    check_glyphs(fonts, "the tracker", &page.scene)?;
    let title = format!("{} · 21天打卡 · 21-day check-in", deck.name.zh);
    pdf::write(&[page], fonts, &title)
}

/// Draws every card's face, `outset(index)` giving each card's bleed. Fails
/// with every card whose characters the font lacks, else with every card
/// whose text does not fit.
pub(super) fn faces(
    deck: &Deck,
    fonts: &Fonts,
    lang: CardLang,
    outset: impl Fn(usize) -> Outset,
) -> Result<Vec<card_face::FaceArt>, ExportError> {
    let mut faces = Vec::with_capacity(deck.cards.len());
    let mut missing = Vec::new();
    let mut too_long = Vec::new();
    for (index, card) in deck.cards.iter().enumerate() {
        match card_face::front(card, lang, fonts, outset(index)) {
            Ok(face) => {
                let lacking = typeset::missing_chars(face.scene.texts());
                if !lacking.is_empty() {
                    missing.push((card.id.clone(), lacking));
                }
                faces.push(face);
            }
            Err(card_face::DoesNotFit) => too_long.push(card.id.clone()),
        }
    }
    if !missing.is_empty() {
        return Err(ExportError::MissingGlyphs {
            font: fonts.origin.clone(),
            cards: missing,
        });
    }
    if !too_long.is_empty() {
        return Err(ExportError::DoesNotFit { cards: too_long });
    }
    Ok(faces)
}

/// Fails if `scene` has text the font cannot draw; `what` names the scene.
pub(super) fn check_glyphs(fonts: &Fonts, what: &str, scene: &Scene) -> Result<(), ExportError> {
    let missing = typeset::missing_chars(scene.texts());
    if missing.is_empty() {
        Ok(())
    } else {
        Err(ExportError::MissingGlyphs {
            font: fonts.origin.clone(),
            cards: vec![(what.to_string(), missing)],
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_card_of_the_default_deck_fits_at_full_size_in_every_language() {
        let deck = Deck::builtin().expect("deck");
        let fonts = Fonts::builtin().expect("font");
        for lang in [CardLang::Zh, CardLang::En, CardLang::Both] {
            let faces =
                faces(&deck, &fonts, lang, |_| Outset::default()).expect("no missing glyphs");
            for (card, face) in deck.cards.iter().zip(&faces) {
                assert_eq!(face.scale, 1.0, "{} in {lang:?}", card.id);
                let text: String = face.scene.texts().iter().map(|r| r.text.as_str()).collect();
                for &l in lang.langs() {
                    // Set in lines, so compare without the breaks' spaces.
                    let squeeze = |s: &str| s.replace(' ', "");
                    assert!(
                        squeeze(&text).contains(&squeeze(card.action.get(l))),
                        "{} {l:?}",
                        card.id
                    );
                }
            }
            // Tips are printed where they fit; in one language, on every card.
            let with_tip = deck
                .cards
                .iter()
                .zip(&faces)
                .filter(|(card, face)| {
                    let tip = card
                        .tip
                        .as_ref()
                        .map(|t| t.get(lang.langs()[0]).replace(' ', ""));
                    let text: String = face
                        .scene
                        .texts()
                        .iter()
                        .map(|r| r.text.replace(' ', ""))
                        .collect();
                    tip.is_some_and(|tip| text.contains(&tip))
                })
                .count();
            let tips = deck.cards.iter().filter(|c| c.tip.is_some()).count();
            if lang != CardLang::Both {
                for (card, face) in deck.cards.iter().zip(&faces) {
                    let text: String = face
                        .scene
                        .texts()
                        .iter()
                        .map(|r| r.text.replace(' ', ""))
                        .collect();
                    let tip = card
                        .tip
                        .as_ref()
                        .map(|t| t.get(lang.langs()[0]).replace(' ', ""))
                        .unwrap_or_default();
                    assert!(text.contains(&tip), "{} {lang:?} has no tip", card.id);
                }
                assert_eq!(with_tip, tips, "{lang:?}");
            } else {
                // Both languages: the default deck's longest joker has no room.
                assert!(with_tip >= tips - 1, "{with_tip} of {tips}");
            }
        }
    }

    #[test]
    fn the_whole_default_export_has_no_missing_glyph() {
        let deck = Deck::builtin().expect("deck");
        let fonts = Fonts::builtin().expect("font");
        let options = CardOptions {
            sheet: SheetOptions {
                bleed: true,
                ..SheetOptions::default()
            },
            lang: CardLang::Both,
            calibration: true,
        };
        let exported = deck_pdf(&deck, &fonts, &options).expect("exports");
        assert_eq!(exported.pages, 14);
        assert!(exported.warnings.is_empty(), "{:?}", exported.warnings);
        assert!(tracker_pdf(&deck, &fonts, Paper::Letter, CardLang::Both).is_ok());
    }

    #[test]
    fn too_much_text_is_shrunk_with_a_warning_or_refused() {
        let mut deck = Deck::builtin().expect("deck");
        let fonts = Fonts::builtin().expect("font");
        // Twice the deck file's limit (shrunk), and, within the limit, an
        // address with no place to break (refused).
        deck.cards[0].action.zh = "邻".repeat(150);
        deck.cards[1].action.en = format!("https://example.org/{}", "a".repeat(100));
        let options = CardOptions {
            sheet: SheetOptions::default(),
            lang: CardLang::Both,
            calibration: false,
        };
        match deck_pdf(&deck, &fonts, &options) {
            Err(ExportError::DoesNotFit { cards }) => {
                assert_eq!(cards, vec![deck.cards[1].id.clone()])
            }
            other => panic!("expected DoesNotFit, got {:?}", other.err()),
        }
        deck.cards[1] = Deck::builtin().expect("deck").cards[1].clone();
        let exported = deck_pdf(&deck, &fonts, &options).expect("fits when shrunk");
        match exported.warnings.as_slice() {
            [Warning::Shrunk { card, percent }] => {
                assert_eq!(card, "hearts-a");
                assert!(*percent < 100 && *percent >= 60, "{percent}");
            }
            other => panic!("{other:?}"),
        }
    }
}
