//! The card sheets: faces and backs placed on pages by the geometry, with
//! cut lines and crop marks, a header naming the page and a footer saying
//! "print at 100%".

use super::Printed;
use super::card_back::{self, BackStyle};
use super::card_face::Outset;
use super::fonts::Fonts;
use super::geometry::{Duplex, Line, PageKind, Rect, Sheet, Slot, plan_pages};
use super::look::{CUT, INK_SOFT, MARK};
use super::scene::{Path, Scene, Transform, Weight, pt};
use super::typeset::{self, Style};
use super::{ExportError, Page, PageBoxes, Warning, calibration};
use crate::deck::Deck;
use crate::i18n::export as text;
use crate::i18n::fill_named;

/// What a card export prints.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CardOptions {
    pub sheet: super::geometry::SheetOptions,
    pub lang: Printed,
    /// A duplex test sheet first.
    pub calibration: bool,
    pub back: BackStyle,
}

/// How far `slot`'s artwork reaches past its trim, in points.
fn outset(slot: &Slot) -> Outset {
    Outset {
        left: pt(slot.trim.x - slot.bleed.x),
        top: pt(slot.trim.y - slot.bleed.y),
        right: pt(slot.bleed.right() - slot.trim.right()),
        bottom: pt(slot.bleed.bottom() - slot.trim.bottom()),
    }
}

fn rect(r: Rect) -> Rect {
    Rect::new(pt(r.x), pt(r.y), pt(r.w), pt(r.h))
}

/// Every page of the deck: fronts, each followed by its backs.
pub fn card_pages(
    deck: &Deck,
    fonts: &Fonts,
    options: &CardOptions,
) -> Result<(Vec<Page>, Vec<Warning>), ExportError> {
    let sheet = Sheet::new(options.sheet)?;
    let size = options.sheet.size;
    let (faces, warnings) = super::faces(deck, fonts, options.lang, size, |index| {
        outset(&sheet.front(index))
    })?;
    let emblem = card_back::emblem(deck, fonts, options.lang, size, options.back);
    let per_page = sheet.per_page();
    let plans = plan_pages(deck.cards.len(), per_page, options.calibration);
    let sheets_total = deck.cards.len().div_ceil(per_page);
    let deck_name = options.lang.with(|l| deck.name.get(l).to_string());
    let mut pages = Vec::with_capacity(plans.len());
    for plan in plans {
        let mut scene = Scene::default();
        let number = plan.cards.start / per_page + 1;
        let mut boxes = PageBoxes::whole();
        let label = match plan.kind {
            PageKind::Fronts => {
                for index in plan.cards.clone() {
                    place(&mut scene, &sheet.front(index), faces[index].clone());
                }
                // One cut along every shared edge; on a sheet that is not
                // full, around each card instead.
                if plan.cards.len() == per_page {
                    for cut in sheet.cut_lines() {
                        scene.stroke(line(cut), CUT, 0.4);
                    }
                } else if sheet.gutter == 0.0 {
                    for index in plan.cards.clone() {
                        let t = rect(sheet.front(index).trim);
                        scene.stroke(Path::rect(t.x, t.y, t.w, t.h), CUT, 0.4);
                    }
                }
                for mark in sheet.crop_marks() {
                    scene.stroke(line(mark), MARK, 0.35);
                }
                boxes = PageBoxes {
                    trim: Some(rect(sheet.extent(false, false))),
                    bleed: Some(rect(sheet.extent(false, true))),
                };
                page_label(options.lang, &text::FRONTS, number, sheets_total, None)
            }
            PageKind::Backs => {
                // One ground under every back on the page and its bleed, so
                // neighbours run into each other; then each back's emblem.
                let mut ground = Path::default();
                for index in plan.cards.clone() {
                    let b = sheet.back(index).bleed;
                    ground
                        .0
                        .extend(Path::rect(pt(b.x), pt(b.y), pt(b.w), pt(b.h)).0);
                }
                scene.extend(card_back::ground(ground, options.back));
                for index in plan.cards.clone() {
                    place(&mut scene, &sheet.back(index), emblem.clone());
                }
                // Printed single-sided, the backs are cut out too: the same
                // cut lines and marks as their fronts, where the backs are.
                if options.sheet.duplex == Duplex::None {
                    let (dx, dy) = options.sheet.back_offset;
                    let moved = |l: Line| Line {
                        x1: l.x1 + dx,
                        y1: l.y1 + dy,
                        x2: l.x2 + dx,
                        y2: l.y2 + dy,
                    };
                    if plan.cards.len() == per_page {
                        for cut in sheet.cut_lines() {
                            scene.stroke(line(moved(cut)), CUT, 0.4);
                        }
                    }
                    for mark in sheet.crop_marks() {
                        scene.stroke(line(moved(mark)), MARK, 0.35);
                    }
                }
                boxes = PageBoxes {
                    trim: Some(rect(sheet.extent(true, false))),
                    bleed: Some(rect(sheet.extent(true, true))),
                };
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
        let marked = plan.kind == PageKind::Fronts
            || (plan.kind == PageKind::Backs && options.sheet.duplex == Duplex::None);
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
            boxes,
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::geometry::SheetOptions;
    use crate::export::scene::{Item, Rgb};
    use crate::i18n::Lang;

    fn strokes(page: &Page, color: Rgb) -> usize {
        page.scene
            .items
            .iter()
            .filter(|item| matches!(item, Item::Stroke { color: c, .. } if *c == color))
            .count()
    }

    #[test]
    fn fronts_have_cut_lines_and_backs_too_when_they_are_cut_out_on_their_own() {
        let deck = Deck::builtin().expect("deck");
        let fonts = Fonts::builtin().expect("font");
        for (duplex, backs_cut) in [
            (Duplex::Long, false),
            (Duplex::Short, false),
            (Duplex::None, true),
        ] {
            let options = CardOptions {
                sheet: SheetOptions {
                    duplex,
                    ..SheetOptions::default()
                },
                lang: Printed::only(Lang::Zh),
                calibration: false,
                back: BackStyle::Patterned,
            };
            let (pages, _) = card_pages(&deck, &fonts, &options).expect("pages");
            // 2 vertical and 2 horizontal cuts across a full 3 × 3 sheet.
            assert_eq!(strokes(&pages[0], CUT), 4, "{duplex:?}");
            assert_eq!(strokes(&pages[1], CUT) == 4, backs_cut, "{duplex:?}");
            assert_eq!(strokes(&pages[1], MARK) > 0, backs_cut, "{duplex:?}");
            assert!(
                pages
                    .iter()
                    .all(|p| p.boxes.trim.is_some() && p.boxes.bleed.is_some())
            );
        }
    }
}
