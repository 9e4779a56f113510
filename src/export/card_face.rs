//! A card's face, as a scene in points with the trim's top-left at (0, 0).
//!
//! Suited cards: a band in the suit's colour at the top and bottom, the rank
//! and suit symbol in the top-left corner and again, turned half round, in
//! the bottom-right (like a playing card), the suit's name and theme, then
//! the title and action in the chosen language(s), the tip, the minutes and
//! the id. Jokers are dark all over (a warm rose for `joker-red`, the
//! 爱邻日 card), with JOKER spelled down the corners and their own motif, a
//! home with a heart for a window.
//!
//! Type sizes come from a [`Design`] per card size and language. Chinese is
//! never set below 9.5 pt on a poker-size card (a bilingual card gives the
//! English less room instead), and on a large-print card the Chinese action
//! is 14 pt and the tip 11 pt. Text is shrunk only for a deck whose text
//! does not fit as designed (with a warning); the built-in deck always fits.

use super::Printed;
use super::fonts::Fonts;
use super::look::{self, CREAM, CardSize, INK, INK_SOFT};
use super::pips;
use super::scene::{Path, Rgb, Scene, Transform, Weight};
use super::typeset::{self, Paragraph, Style};
use crate::deck::{Card, Face, Suit};
use crate::i18n::{self, Lang, Localized, Script};

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

/// A paragraph's type: size and line height.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Type {
    size: f32,
    leading: f32,
}

const fn ty(size: f32, leading: f32) -> Type {
    Type { size, leading }
}

/// The layout and type of a face, for one card size and language.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Design {
    /// Height of the colour bands at the top and bottom.
    band: f32,
    /// Side margin of the text.
    margin: f32,
    /// Centre of the corner index column.
    index_x: f32,
    /// The rank's size and baseline, the index pip's size and top.
    rank: (f32, f32),
    pip: (f32, f32),
    /// A band's one line (bold), or its two lines (bold, then regular):
    /// size and baseline from the band's top.
    one_line: (f32, f32),
    two_lines: [(f32, f32); 2],
    /// Title, second-language title, action, second-language action.
    title: Type,
    title_second: Type,
    action: Type,
    action_second: Type,
    /// The tip, in the first language and (if printed at all) the second.
    tip: Type,
    tip_second: Option<Type>,
}

impl Design {
    /// The design of `size` cards printed in `lang`.
    pub fn of(size: CardSize, lang: Printed) -> Design {
        match size {
            CardSize::Poker => {
                let base = Design {
                    band: 28.0,
                    margin: 10.0,
                    index_x: 15.0,
                    rank: (15.0, 17.5),
                    pip: (8.0, 20.0),
                    one_line: (10.0, 18.0),
                    two_lines: [(9.5, 13.0), (6.0, 22.5)],
                    title: ty(15.0, 1.3),
                    title_second: ty(0.0, 1.0),
                    action: ty(10.5, 1.6),
                    action_second: ty(0.0, 1.0),
                    tip: ty(9.5, 1.45),
                    tip_second: None,
                };
                match (lang.beneath, lang.main.script()) {
                    (Some(_), _) => Design {
                        title: ty(12.5, 1.25),
                        title_second: ty(8.5, 1.2),
                        action: ty(9.5, 1.42),
                        action_second: ty(7.0, 1.32),
                        tip: ty(9.5, 1.38),
                        tip_second: Some(ty(6.5, 1.3)),
                        ..base
                    },
                    (None, Script::Han) => base,
                    (None, Script::Latin) => Design {
                        title: ty(12.5, 1.25),
                        action: ty(9.5, 1.45),
                        tip: ty(8.0, 1.4),
                        ..base
                    },
                }
            }
            CardSize::Large => {
                let base = Design {
                    band: 40.0,
                    margin: 14.0,
                    index_x: 20.0,
                    rank: (21.0, 24.0),
                    pip: (11.0, 28.0),
                    one_line: (14.0, 25.0),
                    two_lines: [(12.5, 18.0), (8.5, 31.0)],
                    title: ty(20.0, 1.3),
                    title_second: ty(0.0, 1.0),
                    action: ty(14.0, 1.55),
                    action_second: ty(0.0, 1.0),
                    tip: ty(11.5, 1.5),
                    tip_second: None,
                };
                match (lang.beneath, lang.main.script()) {
                    (Some(_), _) => Design {
                        title: ty(16.0, 1.25),
                        title_second: ty(11.0, 1.2),
                        action: ty(14.0, 1.42),
                        action_second: ty(10.0, 1.3),
                        tip: ty(11.0, 1.35),
                        tip_second: None,
                        ..base
                    },
                    (None, Script::Han) => base,
                    (None, Script::Latin) => Design {
                        title: ty(16.0, 1.25),
                        action: ty(12.5, 1.4),
                        tip: ty(11.0, 1.35),
                        ..base
                    },
                }
            }
        }
    }

    /// The smallest Chinese type on the face, in points (for the tests and
    /// the docs): the action, the tip and the bands' first lines.
    pub fn smallest_chinese(&self) -> f32 {
        [self.action.size, self.tip.size, self.two_lines[0].0]
            .into_iter()
            .fold(f32::MAX, f32::min)
    }

    /// The action's size in points (the first language's).
    pub fn action_size(&self) -> f32 {
        self.action.size
    }

    /// The tip's size in points (the first language's).
    pub fn tip_size(&self) -> f32 {
        self.tip.size
    }

    /// True when a bilingual card prints its tip in the second language too.
    pub fn prints_second_tip(&self) -> bool {
        self.tip_second.is_some()
    }
}

/// Draws the face of `card`.
pub fn front(
    card: &Card,
    lang: Printed,
    size: CardSize,
    fonts: &Fonts,
    out: Outset,
) -> Result<FaceArt, DoesNotFit> {
    let design = Design::of(size, lang);
    match card.face {
        Face::Suited(suit, rank) => {
            suited(card, suit, rank.label(), lang, size, &design, fonts, out)
        }
        Face::Joker => joker(card, lang, size, &design, fonts, out),
    }
}

/// The card's whole area, bleed included.
fn ground(size: CardSize, out: Outset) -> Path {
    let (w, h) = size.points();
    Path::rect(
        -out.left,
        -out.top,
        w + out.left + out.right,
        h + out.top + out.bottom,
    )
}

#[allow(clippy::too_many_arguments)]
fn suited(
    card: &Card,
    suit: Suit,
    rank: &str,
    lang: Printed,
    size: CardSize,
    d: &Design,
    fonts: &Fonts,
    out: Outset,
) -> Result<FaceArt, DoesNotFit> {
    let (w, h) = size.points();
    let colour = look::suit_color(suit);
    let mut scene = Scene::default();
    let (left, right) = (-out.left, w + out.right);
    scene.fill(ground(size, out), Rgb::WHITE);
    scene.fill(
        Path::rect(left, -out.top, right - left, d.band + out.top),
        colour,
    );
    scene.fill(
        Path::rect(left, h - d.band, right - left, d.band + out.bottom),
        colour,
    );
    // A large, pale symbol behind the text.
    let mark = w * 0.58;
    scene.fill(
        pips::suit(suit, (w - mark) / 2.0, (h - mark) / 2.0, mark),
        colour.tint(0.92),
    );

    // The corner index, and its half-turned copy in the opposite corner.
    let mut index = Scene::default();
    let rank_style = Style {
        weight: Weight::Bold,
        size: d.rank.0,
        color: Rgb::WHITE,
        leading: 1.0,
    };
    index.text(typeset::run_centred(
        fonts, rank_style, d.index_x, d.rank.1, rank,
    ));
    let pip = d.pip.0;
    index.fill(
        pips::suit(suit, d.index_x - pip / 2.0, d.pip.1, pip),
        Rgb::WHITE,
    );
    corners(&mut scene, index, size);

    let labels = Labels {
        theme: (suit.name(), suit.theme()),
        top: Label {
            anchor: w - 0.6 * d.index_x,
            align: Align::Right,
            max_width: w - 1.6 * d.index_x - d.index_x,
            y: 0.0,
            color: Rgb::WHITE,
        },
        foot: Label {
            anchor: 0.6 * d.index_x,
            align: Align::Left,
            max_width: w - 2.6 * d.index_x,
            y: h - d.band,
            color: Rgb::WHITE,
        },
    };
    labels.draw(&mut scene, fonts, card, lang, d);

    let body = Body {
        x: d.margin,
        y: d.band + 7.0,
        width: w - 2.0 * d.margin,
        height: h - 2.0 * d.band - 14.0,
        title: INK,
        subtitle: colour,
        text: INK,
        soft: INK_SOFT,
    };
    body.draw(scene, card, lang, d, fonts)
}

fn joker(
    card: &Card,
    lang: Printed,
    size: CardSize,
    d: &Design,
    fonts: &Fonts,
    out: Outset,
) -> Result<FaceArt, DoesNotFit> {
    let (w, h) = size.points();
    let colour = look::joker_color(card);
    let mut scene = Scene::default();
    scene.fill(ground(size, out), colour);
    let mark = w * 0.66;
    scene.fill(
        pips::home((w - mark) / 2.0, (h - mark) / 2.0, mark),
        colour.tint(0.1),
    );

    // JOKER spelled down the corner, the home beneath; turned in the other corner.
    let mut index = Scene::default();
    let letter = Style {
        weight: Weight::Bold,
        size: d.rank.0 * 0.47,
        color: CREAM,
        leading: 1.0,
    };
    let step = letter.size * 1.08;
    for (i, c) in "JOKER".chars().enumerate() {
        let y = d.rank.1 - d.rank.0 * 0.3 + i as f32 * step;
        index.text(typeset::run_centred(
            fonts,
            letter,
            d.index_x - 2.0,
            y,
            &c.to_string(),
        ));
    }
    let icon = d.pip.0 * 1.1;
    index.fill(
        pips::home(
            d.index_x - 2.0 - icon / 2.0,
            d.rank.1 + 4.0 * step - d.rank.0 * 0.1,
            icon,
        ),
        CREAM,
    );
    corners(&mut scene, index, size);

    let centred = |y, color| Label {
        anchor: w / 2.0,
        align: Align::Centre,
        max_width: w - 4.0 * d.index_x,
        y,
        color,
    };
    let labels = Labels {
        theme: (i18n::JOKER, i18n::JOKER_THEME),
        top: centred(d.band * 0.15, CREAM),
        foot: centred(h - d.band - d.band * 0.15, Rgb::WHITE),
    };
    labels.draw(&mut scene, fonts, card, lang, d);

    let inset = d.index_x + 8.0;
    let body = Body {
        x: inset,
        y: d.band + 7.0,
        width: w - 2.0 * inset,
        height: h - 2.0 * d.band - 14.0,
        title: CREAM,
        subtitle: CREAM.tint(0.3),
        text: Rgb::WHITE,
        soft: Rgb::WHITE,
    };
    body.draw(scene, card, lang, d, fonts)
}

/// The corner index in the top-left, and turned half round in the bottom-right.
fn corners(scene: &mut Scene, index: Scene, size: CardSize) {
    let (w, h) = size.points();
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
    fn draw(&self, scene: &mut Scene, fonts: &Fonts, card: &Card, lang: Printed, d: &Design) {
        let (name, theme) = self.theme;
        let names: Vec<String> = lang
            .langs()
            .iter()
            .map(|&l| format!("{} · {}", name.get(l), theme.get(l)))
            .collect();
        band(scene, fonts, &names, &self.top, d);
        let minutes = |l: Lang| i18n::fill(i18n::export::MINUTES_SHORT.get(l), card.minutes);
        let foot = match lang.beneath {
            Some(beneath) => vec![
                minutes(lang.main),
                format!("{} · {}", minutes(beneath), card.id),
            ],
            None => vec![minutes(lang.main), card.id.to_string()],
        };
        band(scene, fonts, &foot, &self.foot, d);
    }
}

/// One or two lines in a band: the first larger and bold, the second
/// small. A line too wide for the label is set smaller to fit.
fn band(scene: &mut Scene, fonts: &Fonts, lines: &[String], label: &Label, d: &Design) {
    let layout: Vec<(Weight, f32, f32)> = match lines.len() {
        1 => vec![(Weight::Bold, d.one_line.0, d.one_line.1)],
        _ => vec![
            (Weight::Bold, d.two_lines[0].0, d.two_lines[0].1),
            (Weight::Regular, d.two_lines[1].0, d.two_lines[1].1),
        ],
    };
    for (line, &(weight, size, baseline)) in lines.iter().zip(&layout) {
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
    /// Sets title and action (shrunk to fit if need be), then the tip at
    /// the bottom of the box, at its designed size; a tip that does not
    /// fit is left out and reported (`deck show` has it).
    fn draw(
        &self,
        mut scene: Scene,
        card: &Card,
        lang: Printed,
        d: &Design,
        fonts: &Fonts,
    ) -> Result<FaceArt, DoesNotFit> {
        let main = self.main_paragraphs(card, lang, d);
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
            let gap = d.tip.size;
            let room = self.height - used - gap;
            let paragraphs = self.tip_paragraphs(tip, lang, d);
            let fitted = (room > 0.0)
                .then(|| typeset::fit(fonts, &paragraphs, (self.x, 0.0, self.width, room), &[1.0]))
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

    fn main_paragraphs(&self, card: &Card, lang: Printed, d: &Design) -> Vec<Paragraph> {
        let p = |text: &str, weight, t: Type, color, space_after| Paragraph {
            text: text.to_string(),
            style: Style {
                weight,
                size: t.size,
                color,
                leading: t.leading,
            },
            space_after,
        };
        let (title, action) = (&card.title, &card.action);
        let gap = d.action.size * 0.8;
        let main = lang.main;
        match lang.beneath {
            Some(beneath) => vec![
                p(title.get(main), Weight::Bold, d.title, self.title, 1.0),
                p(
                    title.get(beneath),
                    Weight::Bold,
                    d.title_second,
                    self.subtitle,
                    gap * 0.7,
                ),
                p(
                    action.get(main),
                    Weight::Regular,
                    d.action,
                    self.text,
                    gap * 0.45,
                ),
                p(
                    action.get(beneath),
                    Weight::Regular,
                    d.action_second,
                    self.soft,
                    0.0,
                ),
            ],
            None => vec![
                p(title.get(main), Weight::Bold, d.title, self.title, gap),
                p(action.get(main), Weight::Regular, d.action, self.text, 0.0),
            ],
        }
    }

    fn tip_paragraphs(
        &self,
        tip: &i18n::Localized<crate::deck::DeckText>,
        lang: Printed,
        d: &Design,
    ) -> Vec<Paragraph> {
        let langs = lang.langs();
        let mut sizes = vec![(langs[0], d.tip)];
        if let (Some(&second), Some(t)) = (langs.get(1), d.tip_second) {
            sizes.push((second, t));
        }
        sizes
            .iter()
            .map(|&(l, t)| Paragraph {
                text: tip.get(l).to_string(),
                style: Style {
                    weight: Weight::Regular,
                    size: t.size,
                    color: self.soft,
                    leading: t.leading,
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
    use crate::i18n::Lang;

    #[test]
    fn a_face_prints_its_rank_twice_and_its_text_in_both_languages() {
        let fonts = Fonts::builtin().expect("font");
        let deck = Deck::builtin().expect("deck");
        let card = deck.card("hearts-a").expect("hearts-a");
        let art = front(
            card,
            Printed::paired(Lang::Zh),
            CardSize::Poker,
            &fonts,
            Outset::default(),
        )
        .expect("fits");
        assert_eq!(art.scale, 1.0);
        let texts: Vec<&str> = art.scene.texts().iter().map(|r| r.text.as_str()).collect();
        assert_eq!(texts.iter().filter(|t| **t == "A").count(), 2, "{texts:?}");
        let all = texts.concat();
        let minutes = format!("约 {} 分钟", card.minutes);
        for expected in [
            "先开口打招呼",
            "Say hello first",
            "红桃 · 邻里破冰",
            &minutes,
            "hearts-a",
        ] {
            assert!(all.contains(expected), "{expected} in {texts:?}");
        }
        let only_zh = front(
            card,
            Printed::only(Lang::Zh),
            CardSize::Poker,
            &fonts,
            Outset::default(),
        )
        .expect("fits");
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
        let art = front(
            card,
            Printed::only(Lang::En),
            CardSize::Poker,
            &fonts,
            Outset::default(),
        )
        .expect("fits");
        let texts: Vec<&str> = art.scene.texts().iter().map(|r| r.text.as_str()).collect();
        assert_eq!(texts.iter().filter(|t| **t == "K").count(), 2, "{texts:?}");
        assert!(texts.contains(&"Joker · your own idea"), "{texts:?}");
    }
}
