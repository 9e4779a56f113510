//! The duplex test sheet (`--calibration`): printed double-sided with the
//! cards' settings, it shows whether the printer scales the page (a 100 mm
//! ruler) and how far it shifts the second side (front crosses read against
//! back scales), which `--back-offset X,Y` then corrects.
//!
//! Reading the scales: the back's scales are drawn where the front's
//! crosses should fall, moved by the current `--back-offset`. Held to the
//! light, a cross whose upright arm crosses the X scale at +1.5 means the
//! backs must move 1.5 mm further right: the reading is added to the offset
//! the sheet was printed with, which its back states.

use super::fonts::Fonts;
use super::geometry::Sheet;
use super::look::{INK, MARK};
use super::scene::{Path, Scene, Weight, pt};
use super::typeset::{self, Paragraph, Style};
use crate::i18n::Printed;
use crate::i18n::export as text;
use crate::i18n::fill_named;

/// Half the length of a cross's arms, the scales' reach either way, and how
/// far from the cross's point the scales' lines run, in mm.
const ARM: f32 = 14.0;
const SCALE: i32 = 5;
const SCALE_GAP: f32 = 7.0;

/// The targets, in mm on the front side: near the four corners of the card
/// area and in its middle, where shifts and rotations show.
fn targets(sheet: &Sheet) -> [(f32, f32); 5] {
    let (w, h) = (sheet.width, sheet.height);
    [
        (40.0, 150.0),
        (w - 40.0, 150.0),
        (w / 2.0, 200.0),
        (40.0, h - 40.0),
        (w - 40.0, h - 40.0),
    ]
}

fn style(weight: Weight, size: f32) -> Style {
    Style {
        weight,
        size,
        color: INK,
        leading: 1.45,
    }
}

/// The front: title, steps, a 100 mm ruler, and the crosses.
pub fn front(sheet: &Sheet, fonts: &Fonts, lang: Printed) -> Scene {
    let mut scene = Scene::default();
    let left = pt(20.0);
    let width = pt(sheet.width - 40.0);
    let mut paragraphs = vec![Paragraph {
        text: lang.text(text::CALIBRATION),
        style: style(Weight::Bold, 14.0),
        space_after: 8.0,
    }];
    for step in text::CALIBRATION_STEPS {
        for l in lang.langs() {
            paragraphs.push(Paragraph {
                text: step.get(l).to_string(),
                style: style(Weight::Regular, 9.0),
                space_after: 2.0,
            });
        }
    }
    let (set, _) = typeset::set(fonts, &paragraphs, left, pt(18.0), width, 1.0);
    for run in set.runs {
        scene.text(run);
    }

    // The ruler: 100 mm with a tick every millimetre.
    let (x0, y0) = ((sheet.width - 100.0) / 2.0, 112.0);
    scene.stroke(
        Path::line(pt(x0), pt(y0), pt(x0 + 100.0), pt(y0)),
        MARK,
        0.5,
    );
    for mm in 0..=100 {
        let length = match mm {
            m if m % 10 == 0 => 4.0,
            m if m % 5 == 0 => 2.8,
            _ => 1.6,
        };
        let x = x0 + mm as f32;
        scene.stroke(Path::line(pt(x), pt(y0), pt(x), pt(y0 - length)), MARK, 0.3);
        if mm % 10 == 0 {
            let label = style(Weight::Regular, 5.0);
            scene.text(typeset::run_centred(
                fonts,
                label,
                pt(x),
                pt(y0 - 5.0),
                &mm.to_string(),
            ));
        }
    }
    let label = lang.text(text::RULER_100);
    scene.text(typeset::run_centred(
        fonts,
        style(Weight::Bold, 7.0),
        pt(sheet.width / 2.0),
        pt(y0 + 5.0),
        &label,
    ));

    for (x, y) in targets(sheet) {
        scene.stroke(
            Path::line(pt(x - ARM), pt(y), pt(x + ARM), pt(y)),
            MARK,
            0.4,
        );
        scene.stroke(
            Path::line(pt(x), pt(y - ARM), pt(x), pt(y + ARM)),
            MARK,
            0.4,
        );
        scene.stroke(Path::circle(pt(x), pt(y), pt(2.0)), MARK, 0.4);
    }
    scene
}

/// The back: a millimetre scale in X and in Y behind each cross.
pub fn back(sheet: &Sheet, fonts: &Fonts, lang: Printed) -> Scene {
    let mut scene = Scene::default();
    let (dx, dy) = sheet.options.back_offset;
    let made_with = lang.with(|l| {
        fill_named(
            text::CALIBRATION_MADE_WITH.get(l),
            &[("x", &dx), ("y", &dy)],
        )
    });
    let paragraphs = [
        Paragraph {
            text: lang.text(text::CALIBRATION_BACK),
            style: style(Weight::Bold, 10.0),
            space_after: 3.0,
        },
        Paragraph {
            text: made_with,
            style: style(Weight::Regular, 8.0),
            space_after: 0.0,
        },
    ];
    let (set, _) = typeset::set(
        fonts,
        &paragraphs,
        pt(20.0),
        pt(18.0),
        pt(sheet.width - 40.0),
        1.0,
    );
    for run in set.runs {
        scene.text(run);
    }
    for (x, y) in targets(sheet) {
        let (bx, by) = sheet.behind(x, y);
        scales(&mut scene, fonts, bx + dx, by + dy);
    }
    scene
}

/// The X and Y scales for the cross expected at (cx, cy), in mm: X along a
/// line [`SCALE_GAP`] below the point, Y along one as far to its right, so
/// their numbers never meet. The front's arms reach both.
fn scales(scene: &mut Scene, fonts: &Fonts, cx: f32, cy: f32) {
    let reach = SCALE as f32;
    let (x_line, y_line) = (cy + SCALE_GAP, cx + SCALE_GAP);
    let hair = |scene: &mut Scene, x1: f32, y1: f32, x2: f32, y2: f32, width: f32| {
        scene.stroke(Path::line(pt(x1), pt(y1), pt(x2), pt(y2)), MARK, width);
    };
    hair(scene, cx - reach, x_line, cx + reach, x_line, 0.3);
    hair(scene, y_line, cy - reach, y_line, cy + reach, 0.3);
    // Where the cross should fall.
    scene.stroke(Path::circle(pt(cx), pt(cy), pt(0.6)), MARK, 0.3);
    let label = style(Weight::Regular, 4.2);
    for step in -SCALE..=SCALE {
        let at = step as f32;
        let tick = match step {
            0 => 2.5,
            s if s % 5 == 0 => 1.8,
            _ => 1.0,
        };
        // Ticks toward the point; numbers on the far side of each line.
        hair(scene, cx + at, x_line, cx + at, x_line - tick, 0.25);
        hair(scene, y_line, cy + at, y_line - tick, cy + at, 0.25);
        if step % 2 == 0 {
            let n = step.to_string();
            scene.text(typeset::run_centred(
                fonts,
                label,
                pt(cx + at),
                pt(x_line + 2.2),
                &n,
            ));
            scene.text(typeset::run(
                fonts,
                label,
                pt(y_line + 0.8),
                pt(cy + at + 0.6),
                &n,
            ));
        }
    }
    let axis = style(Weight::Bold, 5.0);
    // The axis names at the far ends, away from the corner the lines share.
    scene.text(typeset::run_right(
        fonts,
        axis,
        pt(cx - reach - 1.0),
        pt(x_line + 0.8),
        "X",
    ));
    scene.text(typeset::run_centred(
        fonts,
        axis,
        pt(y_line),
        pt(cy - reach - 1.2),
        "Y",
    ));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::geometry::{Duplex, Paper, SheetOptions};

    #[test]
    fn every_target_and_its_scale_are_inside_the_printable_area() {
        for paper in [Paper::A4, Paper::Letter] {
            for duplex in [Duplex::Long, Duplex::Short, Duplex::None] {
                let sheet = Sheet::new(SheetOptions {
                    paper,
                    duplex,
                    back_offset: (2.0, -1.5),
                    bleed: false,
                    size: crate::export::CardSize::Poker,
                })
                .expect("fits");
                let inner = sheet.printable().outset(-ARM, -ARM, -ARM, -ARM);
                for (x, y) in targets(&sheet) {
                    let point = super::super::geometry::Rect::new(x, y, 0.0, 0.0);
                    assert!(inner.contains(&point), "{paper:?} {x},{y}");
                    let (bx, by) = sheet.behind(x, y);
                    let back = super::super::geometry::Rect::new(bx + 2.0, by - 1.5, 0.0, 0.0);
                    assert!(inner.contains(&back), "{paper:?} {duplex:?} {bx},{by}");
                }
            }
        }
    }
}
