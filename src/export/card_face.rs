//! A card's face, as a scene in points with the trim's top-left at (0, 0).
//!
//! Suited cards: a band in the suit's colour at the top and bottom, the rank
//! and suit symbol in the top-left corner and again, turned half round, in
//! the bottom-right (like a playing card), the suit's name and theme, then
//! the title and action in the chosen language(s), the minutes and the id.
//! Jokers are dark all over, with JOKER spelled down the corners and a star.

use super::fonts::Fonts;
use super::look::{self, GOLD, INK, INK_SOFT};
use super::pips;
use super::scene::{Path, Rgb, Scene, Transform, Weight};
use super::typeset::{self, Paragraph, Style};
use crate::deck::{Card, Face, Suit};
use crate::i18n::{self, Lang, Localized, Printed, Script};

/// How far the artwork reaches past the trim on each side, in points.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Outset {
    pub left: f32,
    pub top: f32,
    pub right: f32,
    pub bottom: f32,
}

impl Outset {
    /// The same bleed on every side.
    pub fn even(points: f32) -> Outset {
        Outset {
            left: points,
            top: points,
            right: points,
            bottom: points,
        }
    }
}

/// A drawn face, and what its text needed to fit.
pub struct FaceArt {
    pub scene: Scene,
    /// The size factor of the title and action: 1 = as designed.
    pub scale: f32,
    /// A word too long for a line was broken between characters.
    pub broke_words: bool,
    /// The tip did not fit even set smaller, and is not printed.
    pub tip_left_out: bool,
}

/// The card's text did not fit its box even at the smallest size.
#[derive(Debug, Clone, PartialEq)]
pub struct DoesNotFit;

/// Height of the colour bands at the top and bottom of a suited card.
const BAND: f32 = 30.0;
/// Side margin of the text.
const MARGIN: f32 = 11.0;
/// Centre of the corner index column.
const INDEX_X: f32 = 15.0;
/// How much smaller a tip may be set to fit beneath the action.
const TIP_SCALES: [f32; 5] = [1.0, 0.95, 0.9, 0.85, 0.8];

/// Draws the face of `card`.
pub fn front(
    card: &Card,
    lang: Printed,
    fonts: &Fonts,
    out: Outset,
) -> Result<FaceArt, DoesNotFit> {
    match card.face {
        Face::Suited(suit, rank) => suited(card, suit, rank.label(), lang, fonts, out),
        Face::Joker => joker(card, lang, fonts, out),
    }
}

/// The card's whole area, bleed included.
fn ground(out: Outset) -> Path {
    let (w, h) = look::card_size();
    Path::rect(
        -out.left,
        -out.top,
        w + out.left + out.right,
        h + out.top + out.bottom,
    )
}

fn suited(
    card: &Card,
    suit: Suit,
    rank: &str,
    lang: Printed,
    fonts: &Fonts,
    out: Outset,
) -> Result<FaceArt, DoesNotFit> {
    let (w, h) = look::card_size();
    let colour = look::suit_color(suit);
    let mut scene = Scene::default();
    let (left, right) = (-out.left, w + out.right);
    scene.fill(ground(out), Rgb::WHITE);
    scene.fill(
        Path::rect(left, -out.top, right - left, BAND + out.top),
        colour,
    );
    scene.fill(
        Path::rect(left, h - BAND, right - left, BAND + out.bottom),
        colour,
    );
    // A large, pale symbol behind the text.
    let mark = 104.0;
    scene.fill(
        pips::suit(suit, (w - mark) / 2.0, (h - mark) / 2.0, mark),
        colour.tint(0.92),
    );

    // The corner index, and its half-turned copy in the opposite corner.
    let mut index = Scene::default();
    let rank_style = Style {
        weight: Weight::Bold,
        size: 15.0,
        color: Rgb::WHITE,
        leading: 1.0,
    };
    index.text(typeset::run_centred(fonts, rank_style, INDEX_X, 17.5, rank));
    index.fill(pips::suit(suit, INDEX_X - 4.0, 20.5, 8.0), Rgb::WHITE);
    corners(&mut scene, index);

    let labels = Labels {
        theme: (suit.name(), suit.theme()),
        top: Label {
            anchor: w - 9.0,
            align: Align::Right,
            max_width: w - 9.0 - 2.0 * INDEX_X,
            y: 0.0,
            color: Rgb::WHITE,
        },
        foot: Label {
            anchor: 9.0,
            align: Align::Left,
            max_width: w - 40.0,
            y: h - BAND,
            color: Rgb::WHITE,
        },
    };
    labels.draw(&mut scene, fonts, card, lang);

    let body = Body {
        x: MARGIN,
        y: BAND + 8.0,
        width: w - 2.0 * MARGIN,
        height: h - 2.0 * BAND - 16.0,
        title: INK,
        subtitle: colour,
        text: INK,
        soft: INK_SOFT,
    };
    body.draw(scene, card, lang, fonts)
}

fn joker(card: &Card, lang: Printed, fonts: &Fonts, out: Outset) -> Result<FaceArt, DoesNotFit> {
    let (w, h) = look::card_size();
    let colour = look::joker_color(card);
    let mut scene = Scene::default();
    scene.fill(ground(out), colour);
    let mark = 120.0;
    scene.fill(
        pips::star((w - mark) / 2.0, (h - mark) / 2.0, mark),
        colour.tint(0.12),
    );

    // JOKER spelled down the corner, a star beneath; turned in the other corner.
    let mut index = Scene::default();
    let letter = Style {
        weight: Weight::Bold,
        size: 7.0,
        color: GOLD,
        leading: 1.0,
    };
    for (i, c) in "JOKER".chars().enumerate() {
        let y = 13.0 + i as f32 * 7.6;
        index.text(typeset::run_centred(
            fonts,
            letter,
            INDEX_X - 2.0,
            y,
            &c.to_string(),
        ));
    }
    index.fill(pips::star(INDEX_X - 6.5, 50.0, 9.0), GOLD);
    corners(&mut scene, index);

    let centred = |y, color| Label {
        anchor: w / 2.0,
        align: Align::Centre,
        max_width: w - 60.0,
        y,
        color,
    };
    let labels = Labels {
        theme: (i18n::JOKER, i18n::JOKER_THEME),
        top: centred(6.0, GOLD),
        foot: centred(h - BAND - 6.0, Rgb::WHITE),
    };
    labels.draw(&mut scene, fonts, card, lang);

    let body = Body {
        x: 24.0,
        y: BAND + 8.0,
        width: w - 48.0,
        height: h - 2.0 * BAND - 16.0,
        title: GOLD,
        subtitle: GOLD.tint(0.35),
        text: Rgb::WHITE,
        soft: Rgb::WHITE,
    };
    body.draw(scene, card, lang, fonts)
}

/// The corner index in the top-left, and turned half round in the bottom-right.
fn corners(scene: &mut Scene, index: Scene) {
    let (w, h) = look::card_size();
    scene.group(Transform::half_turn(w / 2.0, h / 2.0), index.clone());
    scene.extend(index);
}

#[derive(Clone, Copy)]
enum Align {
    Left,
    Centre,
    Right,
}

/// Where one band's lines go: anchored at `anchor`, the band's top at `y`.
struct Label {
    anchor: f32,
    align: Align,
    max_width: f32,
    y: f32,
    color: Rgb,
}

/// The suit's (or joker's) name and theme at the top, and the minutes and
/// the card's id at the foot.
struct Labels {
    theme: (Localized<&'static str>, Localized<&'static str>),
    top: Label,
    foot: Label,
}

impl Labels {
    fn draw(&self, scene: &mut Scene, fonts: &Fonts, card: &Card, lang: Printed) {
        let (name, theme) = self.theme;
        let names: Vec<String> = lang
            .langs()
            .map(|l| format!("{} · {}", name.get(l), theme.get(l)))
            .collect();
        band(scene, fonts, &names, &self.top);
        let minutes = |l: Lang| i18n::fill(i18n::export::MINUTES_SHORT.get(l), card.minutes);
        let foot = match lang.beneath {
            Some(beneath) => vec![
                minutes(lang.main),
                format!("{} · {}", minutes(beneath), card.id),
            ],
            None => vec![minutes(lang.main), card.id.clone()],
        };
        band(scene, fonts, &foot, &self.foot);
    }
}

/// One or two lines in a band `BAND` high: the first larger and bold, the
/// second small. A line too wide for the label is set smaller to fit.
fn band(scene: &mut Scene, fonts: &Fonts, lines: &[String], label: &Label) {
    let layout: &[(Weight, f32, f32)] = match lines.len() {
        1 => &[(Weight::Bold, 10.0, 18.5)],
        _ => &[(Weight::Bold, 8.5, 14.0), (Weight::Regular, 6.0, 23.5)],
    };
    for (line, &(weight, size, baseline)) in lines.iter().zip(layout) {
        let style = Style {
            weight,
            size,
            color: label.color,
            leading: 1.0,
        };
        let style = typeset::fit_line(fonts, style, line, label.max_width);
        let y = label.y + baseline;
        let run = match label.align {
            Align::Left => typeset::run(fonts, style, label.anchor, y, line),
            Align::Centre => typeset::run_centred(fonts, style, label.anchor, y, line),
            Align::Right => typeset::run_right(fonts, style, label.anchor, y, line),
        };
        scene.text(run);
    }
}

/// The box the title, action and tip are set in, and their colours.
struct Body {
    x: f32,
    y: f32,
    width: f32,
    height: f32,
    title: Rgb,
    subtitle: Rgb,
    text: Rgb,
    soft: Rgb,
}

impl Body {
    /// Sets title and action (shrunk to fit if need be), then the tip at the
    /// bottom of the box, set a little smaller if that makes it fit; a tip
    /// that does not fit is left out and reported (`deck show` has it).
    fn draw(
        &self,
        mut scene: Scene,
        card: &Card,
        lang: Printed,
        fonts: &Fonts,
    ) -> Result<FaceArt, DoesNotFit> {
        let main = self.main_paragraphs(card, lang);
        let set = typeset::fit(
            fonts,
            &main,
            (self.x, self.y, self.width, self.height),
            &typeset::SCALES,
        )
        .ok_or(DoesNotFit)?;
        let (scale, broke_words, used) = (set.scale, set.broke_words, set.height);
        for run in set.runs {
            scene.text(run);
        }
        let mut tip_left_out = false;
        if let Some(tip) = &card.tip {
            let gap = 10.0;
            let room = self.height - used - gap;
            let paragraphs = self.tip_paragraphs(tip, lang);
            let fitted = (room > 0.0)
                .then(|| {
                    typeset::fit(
                        fonts,
                        &paragraphs,
                        (self.x, 0.0, self.width, room),
                        &TIP_SCALES,
                    )
                })
                .flatten()
                .filter(|set| !set.broke_words);
            match fitted {
                Some(set) => {
                    // Placed at the foot of the box, under a short rule.
                    let top = self.y + self.height - set.height;
                    let rule = top - gap / 2.0;
                    scene.stroke(
                        Path::line(self.x, rule, self.x + 24.0, rule),
                        self.subtitle,
                        0.6,
                    );
                    for mut run in set.runs {
                        run.y += top;
                        scene.text(run);
                    }
                }
                None => tip_left_out = true,
            }
        }
        Ok(FaceArt {
            scene,
            scale,
            broke_words,
            tip_left_out,
        })
    }

    fn main_paragraphs(&self, card: &Card, lang: Printed) -> Vec<Paragraph> {
        let p = |text: &str, weight, size, color, leading, space_after| Paragraph {
            text: text.to_string(),
            style: Style {
                weight,
                size,
                color,
                leading,
            },
            space_after,
        };
        let (title, action) = (&card.title, &card.action);
        let main = lang.main;
        match lang.beneath {
            Some(beneath) => vec![
                p(title.get(main), Weight::Bold, 12.5, self.title, 1.3, 1.0),
                p(
                    title.get(beneath),
                    Weight::Bold,
                    8.5,
                    self.subtitle,
                    1.25,
                    7.0,
                ),
                p(action.get(main), Weight::Regular, 8.8, self.text, 1.5, 5.0),
                p(
                    action.get(beneath),
                    Weight::Regular,
                    7.2,
                    self.soft,
                    1.4,
                    0.0,
                ),
            ],
            None if main.script() == Script::Han => vec![
                p(title.get(main), Weight::Bold, 15.0, self.title, 1.3, 9.0),
                p(action.get(main), Weight::Regular, 10.5, self.text, 1.6, 0.0),
            ],
            None => vec![
                p(title.get(main), Weight::Bold, 12.5, self.title, 1.25, 9.0),
                p(action.get(main), Weight::Regular, 9.5, self.text, 1.45, 0.0),
            ],
        }
    }

    fn tip_paragraphs(&self, tip: &i18n::Localized<String>, lang: Printed) -> Vec<Paragraph> {
        let sizes: Vec<(Lang, f32)> = match lang.beneath {
            Some(beneath) => vec![(lang.main, 6.8), (beneath, 6.2)],
            None if lang.main.script() == Script::Han => vec![(lang.main, 8.5)],
            None => vec![(lang.main, 8.0)],
        };
        sizes
            .into_iter()
            .map(|(l, size)| Paragraph {
                text: tip.get(l).clone(),
                style: Style {
                    weight: Weight::Regular,
                    size,
                    color: self.soft,
                    leading: 1.4,
                },
                space_after: 1.5,
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deck::Deck;

    #[test]
    fn a_face_prints_its_rank_twice_and_its_text_in_both_languages() {
        let fonts = Fonts::builtin().expect("font");
        let deck = Deck::builtin().expect("deck");
        let card = deck.card("hearts-a").expect("hearts-a");
        let art = front(card, Printed::paired(Lang::Zh), &fonts, Outset::default()).expect("fits");
        assert_eq!(art.scale, 1.0);
        let texts: Vec<&str> = art.scene.texts().iter().map(|r| r.text.as_str()).collect();
        assert_eq!(texts.iter().filter(|t| **t == "A").count(), 2, "{texts:?}");
        let all = texts.concat();
        for expected in [
            "先开口打招呼",
            "Say hello first",
            "红桃 · 邻里破冰",
            "约 5 分钟",
            "hearts-a",
        ] {
            assert!(all.contains(expected), "{expected} in {texts:?}");
        }
        let only_zh =
            front(card, Printed::only(Lang::Zh), &fonts, Outset::default()).expect("fits");
        let zh: String = only_zh
            .scene
            .texts()
            .iter()
            .map(|r| r.text.as_str())
            .collect();
        assert!(
            zh.contains("先开口打招呼") && !zh.contains("Say hello"),
            "{zh}"
        );
    }

    #[test]
    fn jokers_spell_joker_in_both_corners() {
        let fonts = Fonts::builtin().expect("font");
        let deck = Deck::builtin().expect("deck");
        let card = deck.card("joker-red").expect("joker-red");
        let art = front(card, Printed::only(Lang::En), &fonts, Outset::default()).expect("fits");
        let texts: Vec<&str> = art.scene.texts().iter().map(|r| r.text.as_str()).collect();
        assert_eq!(texts.iter().filter(|t| **t == "K").count(), 2, "{texts:?}");
        assert!(texts.contains(&"Joker · your own idea"), "{texts:?}");
    }
}
