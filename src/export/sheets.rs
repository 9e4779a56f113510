//! The card sheets: faces and backs placed on pages by the geometry, with
//! crop marks, a header naming the page and a footer saying "print at 100%".

use super::card_back;
use super::card_face::Outset;
use super::fonts::Fonts;
use super::geometry::{Duplex, Line, PER_PAGE, PageKind, Sheet, Slot, plan_pages};
use super::look::{INK_SOFT, MARK};
use super::scene::{Path, Scene, Transform, Weight, pt};
use super::typeset::{self, Style};
use super::{ExportError, Page, Warning, calibration};
use crate::deck::Deck;
use crate::i18n::Printed;
use crate::i18n::export as text;
use crate::i18n::fill_named;

/// What a card export prints.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CardOptions {
    pub sheet: super::geometry::SheetOptions,
    pub lang: Printed,
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
    let bleed = Outset::even(pt(sheet.bleed));
    let (faces, warnings) = super::faces(deck, fonts, options.lang, bleed)?;
    let back = card_back::back(deck, fonts, options.lang, bleed);
    let plans = plan_pages(deck.cards.len(), options.calibration);
    let sheets_total = deck.cards.len().div_ceil(PER_PAGE);
    let deck_name = options.lang.with(|l| deck.name.get(l).clone());
    let mut pages = Vec::with_capacity(plans.len());
    for plan in plans {
        let mut scene = Scene::default();
        let number = plan.cards.start / PER_PAGE + 1;
        let label = match plan.kind {
            PageKind::Fronts => {
                for index in plan.cards.clone() {
                    place(&mut scene, &sheet.front(index), faces[index].clone());
                }
                for mark in sheet.crop_marks() {
                    scene.stroke(line(mark), MARK, 0.35);
                }
                page_label(options.lang, &text::FRONTS, number, sheets_total, None)
            }
            PageKind::Backs => {
                for index in plan.cards.clone() {
                    place(&mut scene, &sheet.back(index), back.clone());
                }
                let duplex = duplex_name(options.sheet.duplex);
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
                options.lang.text(text::CALIBRATION)
            }
            PageKind::CalibrationBack => {
                scene.extend(calibration::back(&sheet, fonts, options.lang));
                options.lang.text(text::CALIBRATION)
            }
        };
        let marked = plan.kind == PageKind::Fronts;
        page_notes(
            &mut scene,
            &sheet,
            fonts,
            &format!("{deck_name} · {label}"),
            options.lang,
            marked,
        );
        pages.push(Page {
            width: pt(sheet.width),
            height: pt(sheet.height),
            scene,
        });
    }
    // The faces were checked card by card; this checks the backs, the page
    // texts and every glyph's outline, once each.
    super::check_glyphs(
        fonts,
        super::describe::PLACE_PAGES,
        pages.iter().flat_map(|page| page.scene.texts()),
    )?;
    Ok((pages, warnings))
}

/// How the sheet is turned, as the backs pages say it.
pub fn duplex_name(duplex: Duplex) -> crate::i18n::Text {
    match duplex {
        Duplex::Long => text::DUPLEX_LONG,
        Duplex::Short => text::DUPLEX_SHORT,
        Duplex::None => text::DUPLEX_NONE,
    }
}

/// "fronts 3/6" (and the duplex setting on backs pages), in the printed language(s).
fn page_label(
    lang: Printed,
    template: &crate::i18n::Text,
    number: usize,
    total: usize,
    duplex: Option<crate::i18n::Text>,
) -> String {
    lang.with(|l| {
        let label = fill_named(template.get(l), &[("n", &number), ("total", &total)]);
        match duplex {
            Some(duplex) => format!("{label} ({})", duplex.get(l)),
            None => label,
        }
    })
}

/// The header above the cards and the "print at 100%" footer below them,
/// clear of the crop marks on a page that has them (`marked`).
pub fn page_notes(
    scene: &mut Scene,
    sheet: &Sheet,
    fonts: &Fonts,
    header: &str,
    lang: Printed,
    marked: bool,
) {
    let style = Style {
        weight: Weight::Regular,
        size: 6.5,
        color: INK_SOFT,
        leading: 1.0,
    };
    let footer = lang.text(text::PRINT_ACTUAL);
    for (top, words) in [(true, header), (false, footer.as_str())] {
        let (x, y, width) = sheet.note_place(top, marked);
        let fitted = typeset::fit_line(fonts, style, words, pt(width));
        // The line's middle on the band's middle: a third of the size below it.
        let baseline = pt(y) + fitted.size / 3.0;
        scene.text(typeset::run_centred(fonts, fitted, pt(x), baseline, words));
    }
}

fn place(scene: &mut Scene, slot: &Slot, card: Scene) {
    scene.group(Transform::translate(pt(slot.trim.x), pt(slot.trim.y)), card);
}

fn line(mark: Line) -> Path {
    Path::line(pt(mark.x1), pt(mark.y1), pt(mark.x2), pt(mark.y2))
}
