//! The 承诺卡 sheet (`workshop report --format cards`): one small card per
//! pledge, to cut out and hand to each participant, for residents who keep
//! their pledge on the fridge rather than in a terminal. Four cards to an
//! A4 page (2 × 2, roomy: the card's action is printed too) or eight (2 ×
//! 4). The cards butt, so a page is cut with three straight cuts (eight)
//! or two (four) along the grey lines.
//!
//! Each card has the suit's colour band with its symbol and name, the
//! participant's name (never broken across lines), the card's title or the
//! joker's own words, the date it is due (or a line to write one on), the
//! note, a box to tick, and the workshop's date. Drawn with the export
//! engine's scenes and type ([`crate::export`]); text that does not fit is
//! set smaller, never cut. Pure but for the font: tested as geometry.

use super::session::{Pledge, Session};
use crate::deck::{Deck, Pile};
use crate::export::geometry::Rect;
use crate::export::look::{CUT, INK, INK_SOFT, suit_color};
use crate::export::scene::{Path, Rgb, Scene, Weight, pt};
use crate::export::stairwell::ROSE;
use crate::export::tracker::printable_name;
use crate::export::typeset::{self, Paragraph, Style};
use crate::export::{ExportError, Exported, Fonts, Page, Printed, pips};
use crate::i18n::{self, export as paper_text, report as t};

/// How many cards to a page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum PerPage {
    /// 2 × 2: large type, with the card's action.
    #[value(name = "4")]
    Four,
    /// 2 × 4.
    #[value(name = "8")]
    Eight,
}

impl PerPage {
    fn grid(self) -> (usize, usize) {
        match self {
            PerPage::Four => (2, 2),
            PerPage::Eight => (2, 4),
        }
    }

    pub fn count(self) -> usize {
        let (columns, rows) = self.grid();
        columns * rows
    }
}

/// A4 in millimetres, and the margin around the grid of cards.
const PAGE: (f32, f32) = (210.0, 297.0);
const MARGIN: f32 = 12.0;

/// Where card `index` of a page is, in points.
pub fn slot(per_page: PerPage, index: usize) -> Rect {
    let (columns, rows) = per_page.grid();
    let w = (PAGE.0 - 2.0 * MARGIN) / columns as f32;
    let h = (PAGE.1 - 2.0 * MARGIN) / rows as f32;
    let (column, row) = (index % columns, (index / columns) % rows);
    Rect::new(
        pt(MARGIN + column as f32 * w),
        pt(MARGIN + row as f32 * h),
        pt(w),
        pt(h),
    )
}

/// Type sizes for a card of this size.
struct Sizes {
    band: f32,
    name: f32,
    title: f32,
    body: f32,
    small: f32,
}

fn sizes(per_page: PerPage) -> Sizes {
    match per_page {
        PerPage::Four => Sizes {
            band: 14.0,
            name: 30.0,
            title: 22.0,
            body: 14.0,
            small: 10.5,
        },
        PerPage::Eight => Sizes {
            band: 11.0,
            name: 20.0,
            title: 15.0,
            body: 11.5,
            small: 9.0,
        },
    }
}

/// The sheet's pages: the pledges in participant order, `per_page` a page.
pub fn pages(
    session: &Session,
    deck: Option<&Deck>,
    lang: Printed,
    per_page: PerPage,
    fonts: &Fonts,
) -> Vec<Page> {
    let (width, height) = (pt(PAGE.0), pt(PAGE.1));
    session
        .pledges
        .chunks(per_page.count())
        .map(|pledges| {
            let mut scene = Scene::default();
            for (index, pledge) in pledges.iter().enumerate() {
                let area = slot(per_page, index);
                card(
                    &mut scene, session, deck, pledge, area, lang, per_page, fonts,
                );
            }
            cut_lines(&mut scene, per_page, pledges.len());
            Page::whole(width, height, scene)
        })
        .collect()
}

/// The sheet as a PDF (no page when nobody pledged: an empty sheet is
/// refused by the caller, who knows why).
pub fn pdf(
    session: &Session,
    deck: Option<&Deck>,
    lang: Printed,
    per_page: PerPage,
    fonts: &Fonts,
) -> Result<Exported, ExportError> {
    let pages = pages(session, deck, lang, per_page, fonts);
    let title = lang.text(t::CARDS_TITLE);
    crate::export::pages_pdf(&pages, fonts, &title)
}

/// The grey lines to cut along, between the cards used on the page and
/// round them.
fn cut_lines(scene: &mut Scene, per_page: PerPage, used: usize) {
    for index in 0..used {
        let area = slot(per_page, index);
        scene.stroke(Path::rect(area.x, area.y, area.w, area.h), CUT, 0.4);
    }
}

/// The band's colour: the suit's, or the jokers' rose.
fn colour(pile: Pile) -> Rgb {
    match pile.suit() {
        Some(suit) => suit_color(suit),
        None => ROSE,
    }
}

#[allow(clippy::too_many_arguments)]
fn card(
    scene: &mut Scene,
    session: &Session,
    deck: Option<&Deck>,
    pledge: &Pledge,
    area: Rect,
    lang: Printed,
    per_page: PerPage,
    fonts: &Fonts,
) {
    let sizes = sizes(per_page);
    let main = lang.langs()[0];
    let colour = colour(pledge.pile);
    let pad = pt(5.0);
    let inner = Rect::new(
        area.x + pad,
        area.y + pad,
        area.w - 2.0 * pad,
        area.h - 2.0 * pad,
    );

    // The band: the suit's symbol, rank and name, in white on its colour.
    let band_h = sizes.band * 2.0;
    scene.fill(Path::rect(inner.x, inner.y, inner.w, band_h), colour);
    let mark = sizes.band * 1.2;
    let mark_y = inner.y + (band_h - mark) / 2.0;
    let mark_path = match pledge.pile.suit() {
        Some(suit) => pips::suit(suit, inner.x + pt(2.0), mark_y, mark),
        None => pips::home(inner.x + pt(2.0), mark_y, mark),
    };
    scene.fill(mark_path, Rgb::WHITE);
    let card = deck.and_then(|deck| deck.card(&pledge.card));
    // `我的承诺 · 梅花 10 · 互助友好`: the suit named, the rank beside it.
    let (suit_name, theme) = match pledge.pile.suit() {
        Some(suit) => (*suit.name().get(main), *suit.theme().get(main)),
        None => (*i18n::JOKER.get(main), *i18n::JOKER_THEME.get(main)),
    };
    let rank = card
        .and_then(|card| card.face.rank())
        .map(|rank| format!(" {}", rank.label()))
        .unwrap_or_default();
    let band_text = format!(
        "{} · {suit_name}{rank} · {theme}",
        t::CARDS_HEADING.get(main)
    );
    let band_style = Style {
        weight: Weight::Bold,
        size: sizes.band,
        color: Rgb::WHITE,
        leading: 1.2,
    };
    let text_x = inner.x + pt(3.0) + mark;
    let band_style = typeset::fit_line(
        fonts,
        band_style,
        &band_text,
        inner.right() - text_x - pt(2.0),
    );
    let baseline = inner.y + band_h / 2.0 + band_style.size * 0.35;
    scene.text(typeset::run(
        fonts, band_style, text_x, baseline, &band_text,
    ));

    // The footer: a box to tick, and the workshop's day.
    let small = Style {
        weight: Weight::Regular,
        size: sizes.small,
        color: INK_SOFT,
        leading: 1.3,
    };
    let footer_y = inner.bottom() - sizes.small * 0.4;
    let tick = sizes.small * 1.3;
    scene.stroke(
        Path::rect(inner.x, footer_y - tick * 0.85, tick, tick),
        INK,
        0.8,
    );
    let done = t::CARDS_DONE.get(main);
    scene.text(typeset::run(
        fonts,
        small,
        inner.x + tick + pt(1.5),
        footer_y,
        done,
    ));
    let held = i18n::fill(
        t::NOTICE_WHEN.get(main),
        paper_text::month_day(main, session.date),
    );
    scene.text(typeset::run_right(
        fonts,
        small,
        inner.right(),
        footer_y,
        &held,
    ));

    // The body: name, what, by when, note (and, roomy, how).
    let mut paragraphs = vec![Paragraph {
        text: printable_name(&pledge.participant),
        style: Style {
            weight: Weight::Bold,
            size: sizes.name,
            color: INK,
            leading: 1.25,
        },
        space_after: sizes.body * 0.3,
    }];
    let what = match &pledge.words {
        Some(words) => printable_name(words),
        None => pledge.title.get(main).to_string(),
    };
    paragraphs.push(Paragraph {
        text: what,
        style: Style {
            weight: Weight::Bold,
            size: sizes.title,
            color: colour,
            leading: 1.3,
        },
        space_after: sizes.body * 0.2,
    });
    if let (Some(&second), None) = (lang.langs().get(1), &pledge.words) {
        paragraphs.push(Paragraph {
            text: pledge.title.get(second).to_string(),
            style: Style {
                weight: Weight::Regular,
                size: sizes.body,
                color: INK_SOFT,
                leading: 1.3,
            },
            space_after: sizes.body * 0.2,
        });
    }
    let body = Style {
        weight: Weight::Regular,
        size: sizes.body,
        color: INK,
        leading: 1.4,
    };
    if per_page == PerPage::Four
        && pledge.words.is_none()
        && let Some(card) = card
    {
        paragraphs.push(Paragraph {
            text: card.action.as_str(main).to_string(),
            style: Style {
                color: INK_SOFT,
                ..body
            },
            space_after: sizes.body * 0.4,
        });
    }
    let by = match pledge.by {
        Some(by) => i18n::fill(t::BY_DATE.get(main), paper_text::month_day(main, by)),
        None => t::CARDS_BY_BLANK.get(main).to_string(),
    };
    paragraphs.push(Paragraph {
        text: by,
        style: Style {
            weight: Weight::Bold,
            ..body
        },
        space_after: sizes.body * 0.2,
    });
    if let Some(note) = &pledge.note {
        paragraphs.push(Paragraph {
            text: printable_name(note),
            style: body,
            space_after: 0.0,
        });
    }
    let top = inner.y + band_h + pt(3.0);
    let room = footer_y - sizes.small * 1.6 - top;
    let set = typeset::fit(
        fonts,
        &paragraphs,
        (inner.x, top, inner.w, room),
        &typeset::SCALES,
    )
    .unwrap_or_else(|| {
        // Even at 60% it does not fit (a note of 120 columns on a small
        // card): the smallest setting, which the test below rules out for
        // every text the session allows.
        typeset::set(fonts, &paragraphs, inner.x, top, inner.w, 0.6).0
    });
    for run in set.runs {
        scene.text(run);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::workshop::PledgeRequest;

    fn session(count: usize) -> (Session, Deck) {
        let names: Vec<String> = (1..=count).map(|n| format!("参与者{n}")).collect();
        let names: Vec<&str> = names.iter().map(String::as_str).collect();
        let (mut session, deck) = crate::sample::workshop(&names);
        session.setup.hand = 1;
        session.deal(&deck).expect("deal");
        for who in 0..count {
            let request = PledgeRequest {
                card: session.hand(who)[0].clone(),
                by: (who % 2 == 0).then(|| jiff::civil::date(2026, 12, 15)),
                note: Some("周六上午和三楼的王阿姨一起，在楼下花坛边上，带好手套和垃圾袋".into()),
                words: None,
            };
            let words = deck
                .card(&request.card)
                .is_some_and(|card| card.face.suit().is_none());
            let request = PledgeRequest {
                words: words.then(|| "教隔壁阿婆用手机挂号，顺便把常用的电话存好".into()),
                ..request
            };
            session
                .pledge(who, request, &deck, crate::sample::workshop_now())
                .expect("pledge");
        }
        (session, deck)
    }

    #[test]
    fn cards_tile_the_page_without_overlap_and_text_stays_inside() {
        let fonts = Fonts::builtin().expect("fonts");
        for per_page in [PerPage::Four, PerPage::Eight] {
            let (session, deck) = session(per_page.count() + 3);
            for lang in [
                Printed::only(Lang::Zh),
                Printed::paired(Lang::Zh),
                Printed::only(Lang::En),
            ] {
                let pages = pages(&session, Some(&deck), lang, per_page, &fonts);
                assert_eq!(pages.len(), 2, "{per_page:?}");
                let page = Rect::new(0.0, 0.0, pt(PAGE.0), pt(PAGE.1));
                let slots: Vec<Rect> = (0..per_page.count()).map(|i| slot(per_page, i)).collect();
                for (i, a) in slots.iter().enumerate() {
                    assert!(page.contains(a));
                    for b in &slots[i + 1..] {
                        assert!(!a.overlaps(b), "{a:?} {b:?}");
                    }
                }
                // Every text run sits inside one card.
                for run in pages[0].scene.texts() {
                    let x_end = run.x + run.width();
                    assert!(
                        slots.iter().any(|s| run.x >= s.x
                            && x_end <= s.right() + 0.5
                            && run.y > s.y
                            && run.y < s.bottom()),
                        "{:?} at ({}, {}) {}",
                        run.text,
                        run.x,
                        run.y,
                        x_end
                    );
                }
                let names: Vec<String> = pages[0]
                    .scene
                    .texts()
                    .iter()
                    .map(|r| r.text.clone())
                    .collect();
                let all = names.join("");
                let due = match lang.main {
                    Lang::Zh => "12月15日",
                    _ => "15 December",
                };
                assert!(all.contains("参与者1") && all.contains(due), "{all}");
            }
        }
    }

    #[test]
    fn no_pledges_no_pages() {
        let fonts = Fonts::builtin().expect("fonts");
        let (session, deck) = crate::sample::workshop(&["王阿姨"]);
        let printed = Printed::only(Lang::Zh);
        assert!(pages(&session, Some(&deck), printed, PerPage::Four, &fonts).is_empty());
    }
}
