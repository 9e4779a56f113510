//! The card sheets: faces and backs placed on pages by the geometry, with
//! crop marks, a header naming the page and a footer saying "print at 100%".

use super::card_back;
use super::card_face::Outset;
use super::fonts::Fonts;
use super::geometry::{Duplex, Line, PageKind, Sheet, Slot, plan_pages};
use super::look::{CardLang, INK_SOFT, MARK};
use super::scene::{Path, Scene, Transform, Weight, pt};
use super::typeset::{self, Style};
use super::{ExportError, Page, Warning, calibration};
use crate::deck::Deck;
use crate::i18n::export as text;
use crate::i18n::fill_named;

/// What a card export prints.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CardOptions {
    pub sheet: super::geometry::SheetOptions,
    pub lang: CardLang,
    /// A duplex test sheet first.
    pub calibration: bool,
}

/// Every page of the deck: fronts, each followed by its backs.
pub fn card_pages(
    deck: &Deck,
    fonts: &Fonts,
    options: &CardOptions,
) -> Result<(Vec<Page>, Vec<Warning>), ExportError> {
    let sheet = Sheet::new(options.sheet)?;
    let mut warnings = Vec::new();
    let faces = super::faces(deck, fonts, options.lang, |index| {
        outset(&sheet.front(index % 9))
    })?;
    for (card, face) in deck.cards.iter().zip(&faces) {
        if face.scale < 1.0 {
            warnings.push(Warning::Shrunk {
                card: card.id.clone(),
                percent: (face.scale * 100.0).round() as u32,
            });
        }
    }
    let plans = plan_pages(deck.cards.len(), options.calibration);
    let sheets_total = deck.cards.len().div_ceil(9);
    let mut pages = Vec::with_capacity(plans.len());
    for plan in plans {
        let mut scene = Scene::default();
        let number = plan.cards.start / 9 + 1;
        let header = match plan.kind {
            PageKind::Fronts => {
                for index in plan.cards.clone() {
                    let slot = sheet.front(index % 9);
                    place(&mut scene, &slot, faces[index].scene.clone());
                }
                for mark in sheet.crop_marks() {
                    scene.stroke(line(mark), MARK, 0.35);
                }
                page_label(options.lang, &text::FRONTS, number, sheets_total, None)
            }
            PageKind::Backs => {
                for index in plan.cards.clone() {
                    let slot = sheet.back(index % 9);
                    let back = card_back::back(deck, fonts, outset(&slot));
                    place(&mut scene, &slot, back);
                }
                let duplex = match options.sheet.duplex {
                    Duplex::Long => text::DUPLEX_LONG,
                    Duplex::Short => text::DUPLEX_SHORT,
                    Duplex::None => text::DUPLEX_NONE,
                };
                page_label(
                    options.lang,
                    &text::BACKS,
                    number,
                    sheets_total,
                    Some(duplex),
                )
            }
            PageKind::CalibrationFront => {
                scene.extend(calibration::front(&sheet, fonts, options.lang));
                text::printed(options.lang, text::CALIBRATION)
            }
            PageKind::CalibrationBack => {
                scene.extend(calibration::back(&sheet, fonts, options.lang));
                text::printed(options.lang, text::CALIBRATION)
            }
        };
        let header = format!(
            "{} · {}",
            text::printed_with(options.lang, |l| deck.name.get(l).clone()),
            header
        );
        page_notes(&mut scene, &sheet, fonts, &header, options.lang);
        pages.push(Page {
            width: pt(sheet.width),
            height: pt(sheet.height),
            scene,
        });
    }
    // The faces were checked card by card; this finds what the backs and
    // the page texts lack.
    for page in &pages {
        super::check_glyphs(fonts, "the card backs and page texts", &page.scene)?;
    }
    Ok((pages, warnings))
}

/// "fronts 3/6" (and the duplex setting on backs pages), in the printed language(s).
fn page_label(
    lang: CardLang,
    template: &crate::i18n::Text,
    number: usize,
    total: usize,
    duplex: Option<crate::i18n::Text>,
) -> String {
    text::printed_with(lang, |l| {
        let label = fill_named(template.get(l), &[("n", &number), ("total", &total)]);
        match duplex {
            Some(duplex) => format!("{label} ({})", duplex.get(l)),
            None => label,
        }
    })
}

/// The header above the cards and the "print at 100%" footer below them.
pub fn page_notes(scene: &mut Scene, sheet: &Sheet, fonts: &Fonts, header: &str, lang: CardLang) {
    let style = Style {
        weight: Weight::Regular,
        size: 6.0,
        color: INK_SOFT,
        leading: 1.0,
    };
    // Header and footer must fall between the middle column's crop marks.
    let room = pt(super::geometry::CARD_W) - 8.0;
    let footer = text::printed(lang, text::PRINT_ACTUAL);
    let (x, y) = sheet.footer_anchor();
    let footer_style = typeset::fit_line(fonts, style, &footer, room);
    scene.text(typeset::run_centred(
        fonts,
        footer_style,
        pt(x),
        pt(y) + 2.0,
        &footer,
    ));
    let (x, y) = sheet.header_anchor();
    let header_style = typeset::fit_line(fonts, style, header, room);
    scene.text(typeset::run_centred(
        fonts,
        header_style,
        pt(x),
        pt(y) + 2.0,
        header,
    ));
}

/// How far the slot's bleed reaches past its trim, in points.
pub fn outset(slot: &Slot) -> Outset {
    Outset {
        left: pt(slot.trim.x - slot.bleed.x),
        top: pt(slot.trim.y - slot.bleed.y),
        right: pt(slot.bleed.right() - slot.trim.right()),
        bottom: pt(slot.bleed.bottom() - slot.trim.bottom()),
    }
}

fn place(scene: &mut Scene, slot: &Slot, card: Scene) {
    scene.group(Transform::translate(pt(slot.trim.x), pt(slot.trim.y)), card);
}

fn line(mark: Line) -> Path {
    Path::line(pt(mark.x1), pt(mark.y1), pt(mark.x2), pt(mark.y2))
}
