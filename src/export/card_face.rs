//! A card's face, as a scene in points with the trim's top-left at (0, 0).
//!
//! Suited cards: a band in the suit's colour at the top and bottom, the rank
//! and suit symbol in the top-left corner and again, turned half round, in
//! the bottom-right (like a playing card), the suit's name and theme, then
//! the title and action in the chosen language(s), the minutes and the id.
//! Jokers are dark all over, with JOKER spelled down the corners and a star.

use super::fonts::Fonts;
use super::look::{self, CardLang, GOLD, INK, INK_SOFT};
use super::pips;
use super::scene::{Path, Rgb, Scene, Transform, Weight};
use super::typeset::{self, Paragraph, Set, Style};
use crate::deck::{Card, Face};
use crate::i18n::{self, Lang};

/// How far the artwork reaches past the trim on each side, in points.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Outset {
    pub left: f32,
    pub top: f32,
    pub right: f32,
    pub bottom: f32,
}

/// A drawn face, and the size factor its text needed (1 = as designed).
pub struct FaceArt {
    pub scene: Scene,
    pub scale: f32,
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

/// Draws the face of `card`.
pub fn front(
    card: &Card,
    lang: CardLang,
    fonts: &Fonts,
    out: Outset,
) -> Result<FaceArt, DoesNotFit> {
    match card.face {
        Face::Suited(suit, rank) => suited(card, suit, rank.label(), lang, fonts, out),
        Face::Joker => joker(card, lang, fonts, out),
    }
}

fn suited(
    card: &Card,
    suit: crate::deck::Suit,
    rank: &str,
    lang: CardLang,
    fonts: &Fonts,
    out: Outset,
) -> Result<FaceArt, DoesNotFit> {
    let (w, h) = look::card_size();
    let colour = look::suit_color(suit);
    let mut scene = Scene::default();
    let (left, right) = (-out.left, w + out.right);
    scene.fill(
        Path::rect(left, -out.top, right - left, h + out.top + out.bottom),
        Rgb::WHITE,
    );
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
    scene.group(Transform::half_turn(w / 2.0, h / 2.0), index.clone());
    scene.extend(index);

    // The suit and its theme, in the top band.
    let names: Vec<String> = lang
        .langs()
        .iter()
        .map(|&l| format!("{} · {}", suit.name().get(l), suit.theme().get(l)))
        .collect();
    band_lines(
        &mut scene,
        fonts,
        &names,
        Rgb::WHITE,
        w - 9.0,
        w - 9.0 - 2.0 * INDEX_X,
        Align::Right,
    );

    // The minutes and the id, in the bottom band.
    let foot = foot_lines(card, lang);
    let mut foot_scene = Scene::default();
    band_lines(
        &mut foot_scene,
        fonts,
        &foot,
        Rgb::WHITE,
        9.0,
        w - 40.0,
        Align::Left,
    );
    scene.group(Transform::translate(0.0, h - BAND), foot_scene);

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
    let scale = body.draw(&mut scene, card, lang, fonts)?;
    Ok(FaceArt { scene, scale })
}

fn joker(card: &Card, lang: CardLang, fonts: &Fonts, out: Outset) -> Result<FaceArt, DoesNotFit> {
    let (w, h) = look::card_size();
    let ground = look::joker_color(card);
    let mut scene = Scene::default();
    scene.fill(
        Path::rect(
            -out.left,
            -out.top,
            w + out.left + out.right,
            h + out.top + out.bottom,
        ),
        ground,
    );
    let mark = 120.0;
    scene.fill(
        pips::star((w - mark) / 2.0, (h - mark) / 2.0, mark),
        ground.tint(0.12),
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
    scene.group(Transform::half_turn(w / 2.0, h / 2.0), index.clone());
    scene.extend(index);

    let names: Vec<String> = lang
        .langs()
        .iter()
        .map(|&l| format!("{} · {}", i18n::JOKER.get(l), i18n::JOKER_THEME.get(l)))
        .collect();
    let mut top = Scene::default();
    band_lines(
        &mut top,
        fonts,
        &names,
        GOLD,
        w / 2.0,
        w - 60.0,
        Align::Centre,
    );
    scene.group(Transform::translate(0.0, 6.0), top);

    let foot = foot_lines(card, lang);
    let mut foot_scene = Scene::default();
    band_lines(
        &mut foot_scene,
        fonts,
        &foot,
        Rgb::WHITE,
        w / 2.0,
        w - 60.0,
        Align::Centre,
    );
    scene.group(Transform::translate(0.0, h - BAND - 6.0), foot_scene);

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
    let scale = body.draw(&mut scene, card, lang, fonts)?;
    Ok(FaceArt { scene, scale })
}

/// "约 20 分钟" and the id, for the bottom band.
fn foot_lines(card: &Card, lang: CardLang) -> Vec<String> {
    let minutes = |l: Lang| match l {
        Lang::Zh => i18n::fill(i18n::MINUTES_ABOUT.get(l), card.minutes),
        Lang::En => format!("about {} min", card.minutes),
    };
    match lang {
        CardLang::Both => vec![
            minutes(Lang::Zh),
            format!("{} · {}", minutes(Lang::En), card.id),
        ],
        CardLang::Zh => vec![minutes(Lang::Zh), card.id.clone()],
        CardLang::En => vec![minutes(Lang::En), card.id.clone()],
    }
}

#[derive(Clone, Copy)]
enum Align {
    Left,
    Centre,
    Right,
}

/// One or two lines in a band `BAND` high: the first larger and bold, the
/// second small. A line too wide for `max_width` is set smaller to fit.
fn band_lines(
    scene: &mut Scene,
    fonts: &Fonts,
    lines: &[String],
    color: Rgb,
    anchor: f32,
    max_width: f32,
    align: Align,
) {
    let layout: &[(Weight, f32, f32)] = match lines.len() {
        1 => &[(Weight::Bold, 10.0, 18.5)],
        _ => &[(Weight::Bold, 8.5, 14.0), (Weight::Regular, 6.0, 23.5)],
    };
    for (line, &(weight, size, baseline)) in lines.iter().zip(layout) {
        let style = Style {
            weight,
            size,
            color,
            leading: 1.0,
        };
        let style = typeset::fit_line(fonts, style, line, max_width);
        let run = match align {
            Align::Left => typeset::run(fonts, style, anchor, baseline, line),
            Align::Centre => typeset::run_centred(fonts, style, anchor, baseline, line),
            Align::Right => typeset::run_right(fonts, style, anchor, baseline, line),
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
    /// bottom of the box if it fits there at full size: the tip is a bonus,
    /// and `deck show` always has it.
    fn draw(
        &self,
        scene: &mut Scene,
        card: &Card,
        lang: CardLang,
        fonts: &Fonts,
    ) -> Result<f32, DoesNotFit> {
        let main = self.main_paragraphs(card, lang);
        let set = typeset::fit(fonts, &main, self.x, self.y, self.width, self.height)
            .ok_or(DoesNotFit)?;
        let scale = set.scale;
        let Set { runs, height, .. } = set;
        for run in runs {
            scene.text(run);
        }
        if let (Some(tip), 1.0) = (&card.tip, scale) {
            let paragraphs = self.tip_paragraphs(tip, lang);
            let (tip_set, overflow) =
                typeset::set(fonts, &paragraphs, self.x, 0.0, self.width, 1.0);
            let gap = 10.0;
            if !overflow && height + gap + tip_set.height <= self.height {
                let top = self.y + self.height - tip_set.height;
                scene.stroke(
                    Path::line(self.x, top - gap / 2.0, self.x + 24.0, top - gap / 2.0),
                    self.subtitle,
                    0.6,
                );
                let (placed, _) = typeset::set(fonts, &paragraphs, self.x, top, self.width, 1.0);
                for run in placed.runs {
                    scene.text(run);
                }
            }
        }
        Ok(scale)
    }

    fn main_paragraphs(&self, card: &Card, lang: CardLang) -> Vec<Paragraph> {
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
        match lang {
            CardLang::Both => vec![
                p(&title.zh, Weight::Bold, 12.5, self.title, 1.3, 1.0),
                p(&title.en, Weight::Bold, 8.5, self.subtitle, 1.25, 7.0),
                p(&action.zh, Weight::Regular, 8.8, self.text, 1.5, 5.0),
                p(&action.en, Weight::Regular, 7.2, self.soft, 1.4, 0.0),
            ],
            CardLang::Zh => vec![
                p(&title.zh, Weight::Bold, 15.0, self.title, 1.3, 9.0),
                p(&action.zh, Weight::Regular, 10.5, self.text, 1.6, 0.0),
            ],
            CardLang::En => vec![
                p(&title.en, Weight::Bold, 12.5, self.title, 1.25, 9.0),
                p(&action.en, Weight::Regular, 9.5, self.text, 1.45, 0.0),
            ],
        }
    }

    fn tip_paragraphs(&self, tip: &i18n::Localized<String>, lang: CardLang) -> Vec<Paragraph> {
        let sizes: &[(Lang, f32)] = match lang {
            CardLang::Both => &[(Lang::Zh, 6.8), (Lang::En, 6.2)],
            CardLang::Zh => &[(Lang::Zh, 8.5)],
            CardLang::En => &[(Lang::En, 8.0)],
        };
        sizes
            .iter()
            .map(|&(l, size)| Paragraph {
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
        let art = front(card, CardLang::Both, &fonts, Outset::default()).expect("fits");
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
        let only_zh = front(card, CardLang::Zh, &fonts, Outset::default()).expect("fits");
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
        let art = front(card, CardLang::En, &fonts, Outset::default()).expect("fits");
        let texts: Vec<&str> = art.scene.texts().iter().map(|r| r.text.as_str()).collect();
        assert_eq!(texts.iter().filter(|t| **t == "K").count(), 2, "{texts:?}");
        assert!(texts.contains(&"Joker · your own idea"), "{texts:?}");
    }
}
