//! Printed things: the deck as print-and-play PDF sheets (poker size or
//! large print) and SVG/PNG cards, the 21-day paper tracker and the leader's
//! group sheet, and posters for the stairwell notice board.
//!
//! The pipeline is pure until the last step:
//! [`geometry`] places cards on paper (millimetres), [`card_face`],
//! [`card_back`], [`sheets`], [`calibration`] and [`tracker`] draw into
//! [`scene`]s (points) with text set by [`typeset`] in the [`fonts`];
//! [`poster`] lays out poster documents (built by [`stairwell`], and by
//! `workshop::notice` for a workshop's pledges) as pure geometry before
//! drawing them. Only then does [`pdf`], [`svg`] or [`raster`] turn scenes
//! into bytes, with the page boxes and printing preferences a print dialog
//! reads ([`PageBoxes`], [`pdf::Printing`]). Every character is checked
//! against the font before anything is written: a missing glyph fails the
//! export with the cards (or the page) it is on, rather than printing tofu.

pub mod calibration;
pub mod card_back;
pub mod card_face;
mod describe;
pub mod fonts;
pub mod geometry;
pub mod look;
pub mod pdf;
pub mod pips;
pub mod poster;
pub mod raster;
pub mod review;
pub mod scene;
pub mod sheets;
pub mod stairwell;
pub mod svg;
pub mod tracker;
pub mod typeset;

pub use crate::i18n::Printed;
pub use card_back::BackStyle;
pub use card_face::Outset;
pub use fonts::{FontError, Fonts};
pub use geometry::{Duplex, Paper, SheetOptions};
pub use look::CardSize;
pub use poster::Poster;
pub use sheets::CardOptions;

use crate::deck::Deck;
use crate::i18n;
use scene::Scene;

/// A page to write: its size in points, what it shows, and its page boxes.
#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    pub width: f32,
    pub height: f32,
    pub scene: Scene,
    pub boxes: PageBoxes,
}

impl Page {
    /// A page that is its own finished size (a poster, a tracker).
    pub fn whole(width: f32, height: f32, scene: Scene) -> Page {
        Page {
            width,
            height,
            scene,
            boxes: PageBoxes::whole(),
        }
    }
}

/// The PDF's TrimBox and BleedBox of a page, in points from its top-left:
/// where the finished pieces are cut, and how far their artwork reaches. A
/// print shop's software reads them; `None` is the whole page.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct PageBoxes {
    pub trim: Option<geometry::Rect>,
    pub bleed: Option<geometry::Rect>,
}

impl PageBoxes {
    /// The whole page is the finished piece.
    pub fn whole() -> PageBoxes {
        PageBoxes::default()
    }
}

/// Something the user should know about a finished export.
#[derive(Debug, Clone, PartialEq)]
pub enum Warning {
    /// The card's text was set smaller than designed to fit.
    Shrunk { card: String, percent: u32 },
    /// A word too long for a line was broken between characters.
    BrokeWords { card: String },
    /// The card's tip did not fit, even set smaller, and is not printed.
    TipLeftOut { card: String },
}

/// Why nothing was written (worded in [`describe`]).
#[derive(Debug)]
pub enum ExportError {
    Font(FontError),

    Layout(geometry::LayoutError),

    MissingGlyphs {
        font: String,
        /// Each card (or part of the page) with the characters the font lacks.
        cards: Vec<(String, Vec<char>)>,
    },

    DoesNotFit {
        cards: Vec<String>,
    },

    /// The PDF or PNG writer failed, in its (English) words.
    Render(String),
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
    let title = deck
        .name
        .written()
        .map(|(_, name)| &**name)
        .collect::<Vec<_>>()
        .join(" · ");
    let printing = pdf::Printing {
        duplex: Some(options.sheet.duplex),
    };
    let bytes = pdf::write(&pages, fonts, &title, printing)?;
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

/// What single card files show.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CardLook {
    pub lang: Printed,
    pub size: CardSize,
    pub back: BackStyle,
    /// Millimetres of artwork past the trim.
    pub bleed: f32,
}

/// Every card face as its own file (`hearts-7.svg`), and the back
/// (`back.svg`), each with `look.bleed` mm of artwork past the trim.
pub fn card_files(
    deck: &Deck,
    fonts: &Fonts,
    look: CardLook,
    format: ImageFormat,
) -> Result<(Vec<CardFile>, Vec<Warning>), ExportError> {
    let b = scene::pt(look.bleed);
    let out = Outset::even(b);
    let (faces, warnings) = faces(deck, fonts, look.lang, look.size, |_| out)?;
    let back = card_back::back(deck, fonts, look.lang, look.size, look.back, out);
    check_glyphs(
        fonts,
        describe::PLACE_BACK,
        faces.iter().chain([&back]).flat_map(|s| s.texts()),
    )?;
    let (w, h) = look.size.points();
    let file = |name: &str, scene: &Scene| -> Result<CardFile, ExportError> {
        let (x, y, w, h) = (-b, -b, w + 2.0 * b, h + 2.0 * b);
        let bytes = match format {
            ImageFormat::Svg => {
                svg::document(&scene.items, (x, y, w, h), fonts.family()).into_bytes()
            }
            ImageFormat::Png { dpi } => raster::png(&scene.items, x, y, w, h, dpi, fonts)?,
        };
        Ok(CardFile {
            name: format!("{name}.{}", format.extension()),
            bytes,
        })
    };
    let mut files = Vec::with_capacity(deck.cards.len() + 1);
    for (card, face) in deck.cards.iter().zip(&faces) {
        files.push(file(&card.id, face)?);
    }
    files.push(file("back", &back)?);
    Ok((files, warnings))
}

/// The resident's 21-day paper tracker, from `start`, as a one-page PDF.
pub fn tracker_pdf(
    fonts: &Fonts,
    paper: Paper,
    lang: Printed,
    start: jiff::civil::Date,
) -> Result<Vec<u8>, ExportError> {
    let page = tracker::page(fonts, paper, lang, start);
    check_glyphs(fonts, describe::PLACE_TRACKER, page.scene.texts())?;
    let title = lang.text(i18n::export::TRACKER_TITLE);
    pdf::write(&[page], fonts, &title, pdf::Printing::SIMPLEX)
}

/// The leader's group sheet (members × 21 days from `start`) as a PDF, its
/// pages in the order of [`tracker::group_layout`].
pub fn group_sheet_pdf(
    fonts: &Fonts,
    paper: Paper,
    lang: Printed,
    members: &[String],
    start: jiff::civil::Date,
) -> Result<Vec<u8>, ExportError> {
    let pages = tracker::group_pages(fonts, paper, lang, members, start);
    check_glyphs(
        fonts,
        describe::PLACE_GROUP_SHEET,
        pages.iter().flat_map(|page| page.scene.texts()),
    )?;
    let title = lang.text(i18n::export::GROUP_TITLE);
    pdf::write(&pages, fonts, &title, pdf::Printing::SIMPLEX)
}

/// A poster as a PDF on `paper`, titled `title` in the document's metadata.
pub fn poster_pdf(
    poster: &Poster,
    paper: Paper,
    fonts: &Fonts,
    title: &str,
) -> Result<Exported, ExportError> {
    let pages = poster::layout(poster, paper, fonts).pages();
    check_glyphs(
        fonts,
        title,
        pages.iter().flat_map(|page| page.scene.texts()),
    )?;
    let bytes = pdf::write(&pages, fonts, title, pdf::Printing::SIMPLEX)?;
    Ok(Exported {
        bytes,
        pages: pages.len(),
        warnings: Vec::new(),
    })
}

/// Finished pages as a PDF titled `title`, their characters checked
/// against the font first (the workshop's 承诺卡 sheet).
pub fn pages_pdf(pages: &[Page], fonts: &Fonts, title: &str) -> Result<Exported, ExportError> {
    check_glyphs(
        fonts,
        title,
        pages.iter().flat_map(|page| page.scene.texts()),
    )?;
    let bytes = pdf::write(pages, fonts, title, pdf::Printing::SIMPLEX)?;
    Ok(Exported {
        bytes,
        pages: pages.len(),
        warnings: Vec::new(),
    })
}

/// Draws every card's face with the bleed `outset(index)` around it, and
/// what the user should know about them. Fails with every card whose
/// characters the font lacks, else with every card whose text does not fit.
pub(super) fn faces(
    deck: &Deck,
    fonts: &Fonts,
    lang: Printed,
    size: CardSize,
    outset: impl Fn(usize) -> Outset,
) -> Result<(Vec<Scene>, Vec<Warning>), ExportError> {
    let mut faces = Vec::with_capacity(deck.cards.len());
    let mut warnings = Vec::new();
    let mut missing = Vec::new();
    let mut too_long = Vec::new();
    for (index, card) in deck.cards.iter().enumerate() {
        match card_face::front(card, lang, size, fonts, outset(index)) {
            Ok(face) => {
                let lacking = typeset::missing_chars(face.scene.texts());
                if !lacking.is_empty() {
                    missing.push((card.id.to_string(), lacking));
                }
                let card = card.id.to_string();
                if face.scale < 1.0 {
                    let percent = (face.scale * 100.0).round() as u32;
                    warnings.push(Warning::Shrunk {
                        card: card.clone(),
                        percent,
                    });
                }
                if face.broke_words {
                    warnings.push(Warning::BrokeWords { card: card.clone() });
                }
                if face.tip_left_out {
                    warnings.push(Warning::TipLeftOut { card });
                }
                faces.push(face.scene);
            }
            Err(card_face::DoesNotFit) => too_long.push(card.id.to_string()),
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
    Ok((faces, warnings))
}

/// Fails if the runs have a character the font lacks, or a glyph it cannot
/// draw (a damaged font file would otherwise print nothing); `what` names
/// where they are. Each glyph's outline is checked once.
pub(super) fn check_glyphs<'a>(
    fonts: &Fonts,
    what: &str,
    runs: impl IntoIterator<Item = &'a scene::TextRun>,
) -> Result<(), ExportError> {
    let runs: Vec<&scene::TextRun> = runs.into_iter().collect();
    let mut missing = typeset::missing_chars(runs.iter().copied());
    let mut checked = std::collections::HashSet::new();
    for run in &runs {
        for glyph in &run.glyphs {
            if glyph.id == 0 || !checked.insert((run.weight, glyph.id)) {
                continue;
            }
            let c = run.text[glyph.text.clone()].chars().next().unwrap_or(' ');
            if !c.is_whitespace()
                && !fonts.face(run.weight).can_draw(glyph.id)
                && !missing.contains(&c)
            {
                missing.push(c);
            }
        }
    }
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
    use crate::i18n::Lang;

    #[test]
    fn every_card_of_the_default_deck_fits_at_full_size_in_every_language_and_size() {
        let deck = Deck::builtin().expect("deck");
        let fonts = Fonts::builtin().expect("font");
        // Set in lines, so compare without the spaces where lines broke.
        let squeeze = |s: &str| s.replace(' ', "");
        for size in [CardSize::Poker, CardSize::Large] {
            for lang in [
                Printed::only(Lang::Zh),
                Printed::only(Lang::En),
                Printed::paired(Lang::Zh),
            ] {
                let (faces, warnings) = faces(&deck, &fonts, lang, size, |_| Outset::default())
                    .expect("no missing glyphs");
                assert_eq!(
                    warnings,
                    vec![],
                    "{size:?} {lang:?}: nothing shrunk, broken or left out"
                );
                let design = card_face::Design::of(size, lang);
                for (card, face) in deck.cards.iter().zip(&faces) {
                    let text: String = face.texts().iter().map(|r| squeeze(&r.text)).collect();
                    for (i, &l) in lang.langs().iter().enumerate() {
                        let tip = card
                            .tip
                            .as_ref()
                            .filter(|_| i == 0 || design.prints_second_tip())
                            .map(|tip| &**tip.get(l))
                            .unwrap_or_default();
                        for part in [card.title.get(l), card.action.get(l), tip] {
                            assert!(
                                text.contains(&squeeze(part)),
                                "{} {size:?} {lang:?}: {part}",
                                card.id
                            );
                        }
                    }
                    // Chinese is never small, and no paragraph ends on a 孤字.
                    for run in face.texts() {
                        if run.text.chars().any(typeset::is_han) {
                            assert!(
                                run.size >= design.smallest_chinese() - 0.01,
                                "{} {size:?} {lang:?}: {} at {}",
                                card.id,
                                run.text,
                                run.size
                            );
                        }
                        assert!(
                            !typeset::is_orphan(&run.text),
                            "{} {lang:?}: a 孤字 {}",
                            card.id,
                            run.text
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn chinese_type_is_large_enough_for_older_eyes() {
        // The floors: 9.5 pt on the default bilingual card; large
        // print sets the action at 14 pt and the tip at 11 pt or more.
        assert!(
            card_face::Design::of(CardSize::Poker, Printed::paired(Lang::Zh)).smallest_chinese()
                >= 9.5
        );
        assert!(
            card_face::Design::of(CardSize::Poker, Printed::only(Lang::Zh)).smallest_chinese()
                >= 9.5
        );
        let large = card_face::Design::of(CardSize::Large, Printed::only(Lang::Zh));
        assert!(large.action_size() >= 14.0 && large.tip_size() >= 11.0);
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
            lang: Printed::paired(Lang::Zh),
            calibration: true,
            back: BackStyle::Patterned,
        };
        let exported = deck_pdf(&deck, &fonts, &options).expect("exports");
        assert_eq!(exported.pages, 14);
        assert!(exported.warnings.is_empty(), "{:?}", exported.warnings);
        let start = jiff::civil::date(2026, 12, 1);
        assert!(tracker_pdf(&fonts, Paper::Letter, Printed::paired(Lang::Zh), start).is_ok());
    }

    #[test]
    fn too_much_text_is_shrunk_broken_or_refused_with_the_card_named() {
        let mut deck = Deck::builtin().expect("deck");
        let fonts = Fonts::builtin().expect("font");
        // Twice the deck file's limit: shrunk, and the tip left out. Within
        // the limit, an address with no place to break: broken at 60%. Ten
        // times the limit: refused.
        let cards = deck.cards.to_mut();
        *cards[0].action.get_mut(Lang::Zh) = "邻".repeat(150).into();
        *cards[1].action.get_mut(Lang::En) =
            format!("https://example.org/{}", "a".repeat(100)).into();
        *cards[2].action.get_mut(Lang::Zh) = "长".repeat(600).into();
        let options = CardOptions {
            sheet: SheetOptions::default(),
            lang: Printed::paired(Lang::Zh),
            calibration: false,
            back: BackStyle::Plain,
        };
        match deck_pdf(&deck, &fonts, &options) {
            Err(ExportError::DoesNotFit { cards }) => {
                assert_eq!(cards, vec!["hearts-3".to_string()])
            }
            other => panic!("expected DoesNotFit, got {:?}", other.err()),
        }
        deck.cards.to_mut()[2] = Deck::builtin().expect("deck").cards[2].clone();
        let exported = deck_pdf(&deck, &fonts, &options).expect("fits when shrunk");
        match exported.warnings.as_slice() {
            [
                Warning::Shrunk { card, percent },
                Warning::TipLeftOut { card: tipless },
                Warning::Shrunk {
                    card: broken,
                    percent: 60,
                },
                Warning::BrokeWords { card: broken_too },
            ] => {
                assert_eq!((card.as_str(), tipless.as_str()), ("hearts-a", "hearts-a"));
                assert!(*percent < 100 && *percent > 60, "{percent}");
                assert_eq!(
                    (broken.as_str(), broken_too.as_str()),
                    ("hearts-2", "hearts-2")
                );
            }
            other => panic!("{other:?}"),
        }
    }
}
