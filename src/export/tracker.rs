//! The 21-day paper tracker (`xiaoshi export --tracker`): one sheet with a
//! box a day for the date, the card's id, a tick and a note, in the deck's
//! look, for residents without a terminal at hand; a paper round can be
//! typed in later.

use super::Page;
use super::fonts::Fonts;
use super::geometry::{Paper, Rect};
use super::look::{self, GOLD, INK, INK_SOFT, NAVY};
use super::pips;
use super::scene::{Path, Rgb, Scene, Weight, pt};
use super::typeset::{self, Paragraph, Style};
use crate::deck::{Deck, Suit};
use crate::i18n::Printed;
use crate::i18n::export as text;
use crate::i18n::fill_named;
use crate::journal::rules::ROUND_LENGTH;

/// Days on the sheet: one round.
const ROUND_DAYS: usize = ROUND_LENGTH as usize;

const MARGIN: f32 = 12.0;
const COLUMNS: usize = 3;
const GAP: f32 = 3.0;

/// Where day `n` (1-based) goes, in mm: three columns of seven, read down,
/// so each column is one week of the round.
pub fn day_box(paper: Paper, n: usize) -> Rect {
    let (w, h) = paper.size();
    let (top, bottom) = (50.0, h - 28.0);
    let rows = ROUND_DAYS.div_ceil(COLUMNS);
    let box_w = (w - 2.0 * MARGIN - (COLUMNS - 1) as f32 * GAP) / COLUMNS as f32;
    let box_h = (bottom - top - (rows - 1) as f32 * GAP) / rows as f32;
    let (column, row) = ((n - 1) / rows, (n - 1) % rows);
    Rect::new(
        MARGIN + column as f32 * (box_w + GAP),
        top + row as f32 * (box_h + GAP),
        box_w,
        box_h,
    )
}

fn style(weight: Weight, size: f32, color: Rgb) -> Style {
    Style {
        weight,
        size,
        color,
        leading: 1.4,
    }
}

/// The tracker sheet.
pub fn page(deck: &Deck, fonts: &Fonts, paper: Paper, lang: Printed) -> Page {
    let (w, h) = paper.size();
    let mut scene = Scene::default();
    let printed = |t| lang.text(t);

    // The header band, in the backs' navy, with the four suits.
    scene.fill(
        Path::rect(pt(MARGIN), pt(10.0), pt(w - 2.0 * MARGIN), pt(24.0)),
        NAVY,
    );
    let title = printed(text::TRACKER_TITLE);
    scene.text(typeset::run(
        fonts,
        style(Weight::Bold, 18.0, Rgb::WHITE),
        pt(MARGIN + 6.0),
        pt(22.5),
        &title,
    ));
    let name = lang.with(|l| deck.name.get(l).clone());
    scene.text(typeset::run(
        fonts,
        style(Weight::Regular, 8.0, GOLD),
        pt(MARGIN + 6.0),
        pt(29.5),
        &name,
    ));
    for (i, suit) in Suit::ALL.into_iter().enumerate() {
        let x = w - MARGIN - 8.0 - (4 - i) as f32 * 9.0;
        scene.fill(Path::circle(pt(x + 3.5), pt(22.0), pt(3.6)), Rgb::WHITE);
        scene.fill(
            pips::suit(suit, pt(x + 1.0), pt(19.5), pt(5.0)),
            look::suit_color(suit),
        );
    }

    // Name, start date and round, to fill in.
    let fields = [
        (text::TRACKER_NAME, 0.0, 80.0),
        (text::TRACKER_START, 86.0, 58.0),
        (text::TRACKER_ROUND, 150.0, w - 2.0 * MARGIN - 150.0),
    ];
    let label = style(Weight::Regular, 7.5, INK_SOFT);
    for (field, x, width) in fields {
        let x = MARGIN + x;
        let words = printed(field);
        scene.text(typeset::run(fonts, label, pt(x), pt(43.0), &words));
        let start = x + typeset::measure(fonts, Weight::Regular, 7.5, &words) / pt(1.0) + 1.5;
        scene.stroke(
            Path::line(pt(start), pt(44.0), pt(x + width), pt(44.0)),
            INK_SOFT,
            0.4,
        );
    }

    for n in 1..=ROUND_DAYS {
        day(&mut scene, fonts, lang, day_box(paper, n), n);
    }

    let how = Paragraph {
        text: text::TRACKER_HOW.get(lang.main).to_string(),
        style: style(Weight::Regular, 7.0, INK_SOFT),
        space_after: 1.0,
    };
    let mut paragraphs = vec![how];
    if let Some(beneath) = lang.beneath {
        paragraphs.push(Paragraph {
            text: text::TRACKER_HOW.get(beneath).to_string(),
            style: style(Weight::Regular, 6.5, INK_SOFT),
            space_after: 0.0,
        });
    }
    let (set, _) = typeset::set(
        fonts,
        &paragraphs,
        pt(MARGIN),
        pt(h - 25.0),
        pt(w - 2.0 * MARGIN),
        1.0,
    );
    for run in set.runs {
        scene.text(run);
    }
    Page {
        width: pt(w),
        height: pt(h),
        scene,
    }
}

/// One day's box: its number, a circle to tick, and lines for the date, the
/// card (with the suits to circle) and a note.
fn day(scene: &mut Scene, fonts: &Fonts, lang: Printed, area: Rect, n: usize) {
    let (x, y, w, h) = (pt(area.x), pt(area.y), pt(area.w), pt(area.h));
    let line = NAVY.tint(0.55);
    scene.stroke(Path::rect(x, y, w, h), line, 0.7);
    let heading = lang.with(|l| fill_named(text::TRACKER_DAY.get(l), &[("n", &n)]));
    scene.text(typeset::run(
        fonts,
        style(Weight::Bold, 8.5, NAVY),
        x + 6.0,
        y + 12.0,
        &heading,
    ));
    scene.stroke(Path::circle(x + w - 12.0, y + 10.0, 6.5), NAVY, 0.8);

    let label = style(Weight::Regular, 6.0, INK);
    let rows = [text::TRACKER_DATE, text::TRACKER_CARD, text::TRACKER_NOTE];
    let row_gap = (h - 24.0) / 3.6;
    for (i, row) in rows.into_iter().enumerate() {
        let base = y + 24.0 + i as f32 * row_gap;
        let words = lang.text(row);
        scene.text(typeset::run(fonts, label, x + 6.0, base, &words));
        let start = x + 8.0 + typeset::measure(fonts, Weight::Regular, 6.0, &words);
        let mut end = x + w - 6.0;
        if i == 1 {
            // The suits, to circle one.
            for (k, suit) in Suit::ALL.into_iter().rev().enumerate() {
                let px = x + w - 13.0 - k as f32 * 9.0;
                scene.fill(
                    pips::suit(suit, px, base - 6.0, 6.5),
                    look::suit_color(suit),
                );
            }
            end = x + w - 44.0;
        }
        scene.stroke(Path::line(start, base + 1.0, end, base + 1.0), line, 0.4);
    }
    // A second line for the note.
    let last = y + 24.0 + 3.0 * row_gap;
    if last + 1.0 < y + h - 3.0 {
        scene.stroke(
            Path::line(x + 6.0, last + 1.0, x + w - 6.0, last + 1.0),
            line,
            0.4,
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn twenty_one_boxes_fill_the_page_without_touching() {
        for paper in [Paper::A4, Paper::Letter] {
            let (w, h) = paper.size();
            let page = Rect::new(MARGIN, 45.0, w - 2.0 * MARGIN, h - 45.0 - 25.0);
            let boxes: Vec<Rect> = (1..=ROUND_DAYS).map(|n| day_box(paper, n)).collect();
            for (i, b) in boxes.iter().enumerate() {
                assert!(page.contains(b), "{paper:?} day {}", i + 1);
                assert!(b.h > 25.0 && b.w > 55.0, "room to write: {b:?}");
                for other in &boxes[..i] {
                    assert!(!b.overlaps(other));
                }
            }
            // A column is a week: day 8 starts the second column.
            assert_eq!(day_box(paper, 8).y, day_box(paper, 1).y);
            assert!(day_box(paper, 8).x > day_box(paper, 7).x);
        }
    }

    #[test]
    fn the_sheet_says_every_day_and_how_to_type_it_in() {
        let fonts = Fonts::builtin().expect("font");
        let deck = Deck::builtin().expect("deck");
        let page = page(&deck, &fonts, Paper::A4, Printed::paired(Lang::Zh));
        let all: String = page.scene.texts().iter().map(|r| r.text.as_str()).collect();
        assert!(all.contains("第 21 天 / Day 21"), "{all}");
        assert!(all.contains("21天打卡 / 21-day check-in"));
        assert!(all.contains("xiaoshi journal import"));
        assert!(typeset::missing_chars(page.scene.texts()).is_empty());
    }
}
