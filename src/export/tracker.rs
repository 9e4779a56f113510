//! The paper trackers, for residents who keep their round on the fridge
//! rather than in a terminal:
//!
//! - the resident's 21-day sheet (`xiaoshi export --tracker`): a box a day
//!   with its date printed, the four suits and the jokers' home and the
//!   ranks A 2 … K to circle, a box to tick and a line for a note. The
//!   爱邻日 (the 20th) is marked, the activity season (15th–25th) shaded. It
//!   asks for nothing a resident has to look up: no card ids, no commands;
//! - the leader's group sheet ([`group_pages`]): members × 21 days in the
//!   same look, for the notice board or a tea talk. Each day's cell holds
//!   the four suits to circle and room to write the rank ([`suit_spots`]);
//!   the footer says how, with the ranks, in the sheet's language.
//!
//! **Reading a group sheet back.** Its order is fixed so a grid-entry
//! screen can read it one-to-one ([`group_layout`]): row `r` (counted from
//! 0) of the whole sheet is `members[r]`, printed with its number `r + 1`;
//! each page holds [`GroupLayout::rows_per_page`] rows, so member `r` is on
//! page `r / rows_per_page`, row `r % rows_per_page`. Column `d` (0–20) is
//! the day `start + d`, left to right on every page. Rows after the last
//! member (to fill the last page) are blank, for a name written in by hand.

use std::ops::Range;

use jiff::ToSpan;
use jiff::civil::Date;

use super::Printed;
use super::fonts::Fonts;
use super::geometry::{Paper, Rect};
use super::look::{self, GOLD, INK, INK_SOFT, NAVY};
use super::pips;
use super::scene::{Path, Rgb, Scene, Weight, pt};
use super::typeset::{self, Paragraph, Style};
use super::{Page, poster::Mark};
use crate::deck::{Rank, Suit};
use crate::i18n::export as text;
use crate::i18n::{Lang, fill_named};
use crate::journal::rules::ROUND_LENGTH;

/// Days on a sheet: one round.
pub const ROUND_DAYS: usize = ROUND_LENGTH as usize;

/// The 爱邻日's colour, and the season's pale shade.
const ROSE: Rgb = Rgb(0xa8, 0x36, 0x4b);
fn season_shade() -> Rgb {
    ROSE.tint(0.92)
}

const MARGIN: f32 = 12.0;
const COLUMNS: usize = 3;
const GAP: f32 = 3.0;
/// The top of the first day's box, in mm.
const TOP: f32 = 50.0;

/// True on the 爱邻日, the 20th.
pub fn is_love_day(date: Date) -> bool {
    date.day() == 20
}

/// True in the activity season, the 15th to the 25th.
pub fn in_season(date: Date) -> bool {
    (15..=25).contains(&date.day())
}

/// The `n`th day (from 0) of a round that starts on `start`.
pub fn day(start: Date, n: usize) -> Date {
    start.checked_add((n as i64).days()).unwrap_or(start)
}

/// Where day `n` (1-based) goes, in mm, with `foot` mm kept at the bottom
/// for the legend: three columns of seven, read down, so each column is
/// one week of the round.
pub fn day_box(paper: Paper, n: usize, foot: f32) -> Rect {
    let (w, h) = paper.size();
    let (top, bottom) = (TOP * w / 210.0, h - foot);
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
        leading: 1.35,
    }
}

/// `12月1日 周二` / `Tue 1 Dec`.
fn short_date(lang: Lang, date: Date) -> String {
    crate::i18n::fill_named(
        text::DAY_AND_WEEKDAY.get(lang),
        &[
            ("date", &text::month_day_short(lang, date)),
            ("weekday", &text::weekday(lang, date, false)),
        ],
    )
}

/// Where a header band goes, in mm: its side margin, top and height.
#[derive(Clone, Copy)]
struct BandPlace {
    margin: f32,
    top: f32,
    height: f32,
}

/// The header band: the title, the subtitle, and the four suits.
fn band(
    scene: &mut Scene,
    fonts: &Fonts,
    place: BandPlace,
    w: f32,
    k: f32,
    title: &str,
    subtitle: &str,
) {
    let BandPlace {
        margin,
        top,
        height,
    } = place;
    scene.fill(
        Path::rect(pt(margin), pt(top), pt(w - 2.0 * margin), pt(height)),
        NAVY,
    );
    let title_style = typeset::fit_line(
        fonts,
        style(Weight::Bold, 20.0 * k, Rgb::WHITE),
        title,
        pt(w - 2.0 * margin - 60.0 * k),
    );
    scene.text(typeset::run(
        fonts,
        title_style,
        pt(margin + 6.0),
        pt(top + height * 0.52),
        title,
    ));
    let sub = typeset::fit_line(
        fonts,
        style(Weight::Regular, 9.5 * k, GOLD),
        subtitle,
        pt(w - 2.0 * margin - 60.0 * k),
    );
    scene.text(typeset::run(
        fonts,
        sub,
        pt(margin + 6.0),
        pt(top + height * 0.83),
        subtitle,
    ));
    for (i, suit) in Suit::ALL.into_iter().enumerate() {
        let x = w - margin - 8.0 * k - (4 - i) as f32 * 10.0 * k;
        let cy = top + height / 2.0;
        scene.fill(
            Path::circle(pt(x + 4.0 * k), pt(cy), pt(3.9 * k)),
            Rgb::WHITE,
        );
        scene.fill(
            pips::suit(suit, pt(x + 1.5 * k), pt(cy - 2.5 * k), pt(5.0 * k)),
            look::suit_color(suit),
        );
    }
}

/// The legend under the boxes: the suits' themes with their symbols, how to
/// fill the sheet in, the season, and the note for people with the app.
/// Returns the paragraphs and the height they take, in mm.
fn legend(fonts: &Fonts, lang: Printed, width: f32, k: f32) -> (Vec<Paragraph>, f32) {
    let mut paragraphs = Vec::new();
    for (i, &l) in lang.langs().iter().enumerate() {
        let size = if i == 0 { 9.0 } else { 7.5 } * k;
        for t in [text::TRACKER_HOW, text::TRACKER_SEASON] {
            paragraphs.push(Paragraph {
                text: t.get(l).to_string(),
                style: style(Weight::Regular, size, INK),
                space_after: 1.0,
            });
        }
    }
    for l in lang.langs() {
        paragraphs.push(Paragraph {
            text: text::TRACKER_FOR_APP.get(l).to_string(),
            style: style(Weight::Regular, 7.0 * k, INK_SOFT),
            space_after: 0.0,
        });
    }
    let (set, _) = typeset::set(fonts, &paragraphs, 0.0, 0.0, pt(width), 1.0);
    // The row of suits and themes above them, and a little air.
    let height = set.height / pt(1.0) + 9.0 * k;
    (paragraphs, height)
}

/// The suits' (and jokers') symbols with their themes, in a row from (x, y) mm.
fn themes_row(scene: &mut Scene, fonts: &Fonts, lang: Printed, x: f32, y: f32, width: f32, k: f32) {
    let l = lang.langs()[0];
    let marks: Vec<(Mark, Rgb, String)> = Suit::ALL
        .into_iter()
        .map(|suit| {
            (
                Mark::Suit(suit),
                look::suit_color(suit),
                suit.theme().get(l).to_string(),
            )
        })
        .chain(std::iter::once((
            Mark::Home,
            ROSE,
            format!(
                "{} · {}",
                text::JOKERS.get(l),
                crate::i18n::JOKER_THEME.get(l)
            ),
        )))
        .collect();
    let step = width / marks.len() as f32;
    let size = 8.5 * k;
    for (i, (mark, color, words)) in marks.into_iter().enumerate() {
        let left = x + i as f32 * step;
        let icon = 3.6 * k;
        scene.fill(
            mark_path(mark, pt(left), pt(y - icon * 0.85), pt(icon)),
            color,
        );
        let label = typeset::fit_line(
            fonts,
            style(Weight::Regular, size, INK),
            &words,
            pt(step - icon - 3.0),
        );
        scene.text(typeset::run(
            fonts,
            label,
            pt(left + icon + 1.2),
            pt(y),
            &words,
        ));
    }
}

fn mark_path(mark: Mark, x: f32, y: f32, size: f32) -> Path {
    match mark {
        Mark::Suit(suit) => pips::suit(suit, x, y, size),
        Mark::Home => pips::home(x, y, size),
    }
}

/// The resident's tracker sheet for a round starting on `start`.
pub fn page(fonts: &Fonts, paper: Paper, lang: Printed, start: Date) -> Page {
    let (w, h) = paper.size();
    let k = w / 210.0;
    let mut scene = Scene::default();
    let main = lang.langs()[0];
    let title = format!(
        "{} · {}",
        text::TRACKER_TITLE.get(main),
        text::TRACKER_SUBTITLE.get(main)
    );
    let subtitle = match lang.langs().get(1) {
        Some(&second) => format!(
            "{} · {}",
            text::TRACKER_TITLE.get(second),
            text::TRACKER_SUBTITLE.get(second)
        ),
        None => text::PROGRAMME.get(main).to_string(),
    };
    let place = BandPlace {
        margin: MARGIN,
        top: 10.0 * k,
        height: 24.0 * k,
    };
    band(&mut scene, fonts, place, w, k, &title, &subtitle);

    // Name, start date and round.
    let label = style(Weight::Regular, 9.5 * k, INK_SOFT);
    let fields = [
        (lang.text(text::TRACKER_NAME), 0.0, 0.42, None),
        (
            lang.text(text::TRACKER_START),
            0.46,
            0.34,
            Some(short_date(main, start)),
        ),
        (lang.text(text::TRACKER_ROUND), 0.84, 0.16, None),
    ];
    let row_y = (TOP - 6.0) * k;
    let inner = w - 2.0 * MARGIN;
    for (words, from, share, value) in fields {
        let x = MARGIN + from * inner;
        scene.text(typeset::run(fonts, label, pt(x), pt(row_y), &words));
        let begin =
            x + typeset::measure(fonts, Weight::Regular, label.size, &words) / pt(1.0) + 2.0;
        match value {
            Some(value) => scene.text(typeset::run(
                fonts,
                style(Weight::Bold, 10.5 * k, INK),
                pt(begin),
                pt(row_y),
                &value,
            )),
            None => scene.stroke(
                Path::line(
                    pt(begin),
                    pt(row_y + 1.0),
                    pt(x + share * inner - 3.0),
                    pt(row_y + 1.0),
                ),
                INK_SOFT,
                0.5,
            ),
        }
    }

    let (paragraphs, legend_height) = legend(fonts, lang, inner, k);
    let foot = legend_height + 8.0 * k;
    for n in 1..=ROUND_DAYS {
        day_cell(
            &mut scene,
            fonts,
            lang,
            day_box(paper, n, foot),
            k,
            n,
            day(start, n - 1),
        );
    }

    let legend_top = h - foot + 4.0 * k;
    themes_row(
        &mut scene,
        fonts,
        lang,
        MARGIN,
        legend_top + 3.5 * k,
        inner,
        k,
    );
    let (set, _) = typeset::set(
        fonts,
        &paragraphs,
        pt(MARGIN),
        pt(legend_top + 6.0 * k),
        pt(inner),
        1.0,
    );
    for run in set.runs {
        scene.text(run);
    }
    Page::whole(pt(w), pt(h), scene)
}

/// One day's box: its number and date, a box to tick, the suits and ranks
/// to circle, and lines for a note.
fn day_cell(
    scene: &mut Scene,
    fonts: &Fonts,
    lang: Printed,
    area: Rect,
    k: f32,
    n: usize,
    date: Date,
) {
    let (x, y, w, h) = (pt(area.x), pt(area.y), pt(area.w), pt(area.h));
    let main = lang.langs()[0];
    let line = NAVY.tint(0.55);
    if in_season(date) {
        scene.fill(Path::rect(x, y, w, h), season_shade());
    }
    let love = is_love_day(date);
    scene.stroke(
        Path::rect(x, y, w, h),
        if love { ROSE } else { line },
        if love { 1.8 } else { 0.7 },
    );
    let pad = 6.0 * k;
    let first = y + 13.0 * k;
    let heading = fill_named(text::TRACKER_DAY.get(main), &[("n", &n)]);
    let bold = style(Weight::Bold, 10.5 * k, NAVY);
    scene.text(typeset::run(fonts, bold, x + pad, first, &heading));
    let date_x = x + pad + typeset::measure(fonts, Weight::Bold, bold.size, &heading) + 6.0 * k;
    let date_style = style(Weight::Regular, 9.5 * k, INK);
    let date_text = short_date(main, date);
    scene.text(typeset::run(fonts, date_style, date_x, first, &date_text));
    let date_end = date_x + typeset::measure(fonts, Weight::Regular, date_style.size, &date_text);
    // The box to tick.
    let tick = 15.0 * k;
    let tick_x = x + w - pad - tick;
    scene.stroke(Path::rect(tick_x, y + 4.0 * k, tick, tick), NAVY, 1.0);
    // The 爱邻日's badge: beside the date if there is room, else at the
    // end of the note's line.
    let row = (h - 16.0 * k) / 3.6;
    let note_y = first + row * 2.95;
    let mut note_end = x + w - pad;
    if love {
        let words = text::LOVE_DAY.get(main);
        let badge = style(Weight::Bold, 7.5 * k, Rgb::WHITE);
        let icon = 8.0 * k;
        let width = typeset::measure(fonts, Weight::Bold, badge.size, words) + icon + 7.0 * k;
        let height = 12.5 * k;
        let (bx, by) = if tick_x - width - 4.0 * k > date_end + 3.0 * k {
            (tick_x - width - 4.0 * k, y + 4.5 * k)
        } else {
            note_end = x + w - pad - width - 4.0 * k;
            (x + w - pad - width, note_y - height * 0.75)
        };
        scene.fill(Path::rect(bx, by, width, height), ROSE);
        scene.fill(pips::home(bx + 2.5 * k, by + 2.2 * k, icon), Rgb::WHITE);
        scene.text(typeset::run(
            fonts,
            badge,
            bx + icon + 4.5 * k,
            by + 9.3 * k,
            words,
        ));
    }

    // The suits and the jokers' home to circle.
    let icons_y = first + row;
    let span = w - 2.0 * pad;
    let icon = 10.0 * k;
    let marks: Vec<(Mark, Rgb)> = Suit::ALL
        .into_iter()
        .map(|suit| (Mark::Suit(suit), look::suit_color(suit)))
        .chain(std::iter::once((Mark::Home, ROSE)))
        .collect();
    let step = span / marks.len() as f32;
    for (i, (mark, color)) in marks.into_iter().enumerate() {
        let cx = x + pad + step * (i as f32 + 0.5);
        scene.fill(
            mark_path(mark, cx - icon / 2.0, icons_y - icon * 0.8, icon),
            color,
        );
    }
    // The ranks to circle.
    let ranks_y = icons_y + row * 0.95;
    let rank_style = style(Weight::Bold, 9.5 * k, INK);
    let step = span / Rank::ALL.len() as f32;
    for (i, rank) in Rank::ALL.into_iter().enumerate() {
        let cx = x + pad + step * (i as f32 + 0.5);
        scene.text(typeset::run_centred(
            fonts,
            rank_style,
            cx,
            ranks_y,
            rank.label(),
        ));
    }
    // What was done: a label and a line, and a second line if there is room.
    let did = text::TRACKER_DID.get(main);
    let label = style(Weight::Regular, 8.5 * k, INK_SOFT);
    scene.text(typeset::run(fonts, label, x + pad, note_y, did));
    let begin = x + pad + typeset::measure(fonts, Weight::Regular, label.size, did) + 4.0 * k;
    scene.stroke(
        Path::line(begin, note_y + 1.5, note_end, note_y + 1.5),
        line,
        0.5,
    );
    let second = note_y + row * 0.8;
    if second + 3.0 < y + h {
        scene.stroke(Path::line(x + pad, second, x + w - pad, second), line, 0.5);
    }
}

/// The group sheet's geometry, in mm on a landscape page: which members go
/// on which page, and where every cell is. See the module's docs for the
/// order a grid-entry screen reads it back in.
#[derive(Debug, Clone, PartialEq)]
pub struct GroupLayout {
    /// The page's width and height (landscape).
    pub width: f32,
    pub height: f32,
    pub rows_per_page: usize,
    /// The member rows (indexes into the list) of each page.
    pub pages: Vec<Range<usize>>,
    /// The top of the first member row, and each row's height.
    pub rows_top: f32,
    pub row_height: f32,
    /// The number column's and the name column's left edges and widths.
    pub number: (f32, f32),
    pub name: (f32, f32),
    /// The first day column's left edge, and each day column's width.
    pub days_left: f32,
    pub day_width: f32,
}

const GROUP_MARGIN: f32 = 10.0;
/// The table's top (its header rows) and their height, and the footer's room.
const GROUP_TABLE_TOP: f32 = 32.0;
const GROUP_HEADER: f32 = 13.0;
const GROUP_FOOT: f32 = 18.0;
const GROUP_ROW: f32 = 9.5;

/// The layout of a group sheet of `members` rows on `paper`, turned to
/// landscape. An empty list still makes one page of blank rows.
pub fn group_layout(paper: Paper, members: usize) -> GroupLayout {
    let (h, w) = paper.size();
    let k = h / 210.0;
    let rows_top = (GROUP_TABLE_TOP + GROUP_HEADER) * k;
    let row_height = GROUP_ROW * k;
    let rows_per_page = ((h - GROUP_FOOT * k - rows_top) / row_height)
        .floor()
        .max(1.0) as usize;
    let pages = (0..members.max(1).div_ceil(rows_per_page))
        .map(|p| p * rows_per_page..((p + 1) * rows_per_page).min(members))
        .collect();
    let number = (GROUP_MARGIN, 9.0 * k);
    let name = (number.0 + number.1, 38.0 * k);
    let days_left = name.0 + name.1;
    let day_width = (w - GROUP_MARGIN - days_left) / ROUND_DAYS as f32;
    GroupLayout {
        width: w,
        height: h,
        rows_per_page,
        pages,
        rows_top,
        row_height,
        number,
        name,
        days_left,
        day_width,
    }
}

impl GroupLayout {
    /// The page and row (from the page's top) of member `member`.
    pub fn place(&self, member: usize) -> (usize, usize) {
        (member / self.rows_per_page, member % self.rows_per_page)
    }

    /// The page, and the cell in mm, where `member` ticks day `day` (0–20).
    pub fn cell(&self, member: usize, day: usize) -> (usize, Rect) {
        let (page, row) = self.place(member);
        let rect = Rect::new(
            self.days_left + day as f32 * self.day_width,
            self.rows_top + row as f32 * self.row_height,
            self.day_width,
            self.row_height,
        );
        (page, rect)
    }

    /// The page, and the cell in mm, where `member`'s name is printed.
    pub fn name_cell(&self, member: usize) -> (usize, Rect) {
        let (page, row) = self.place(member);
        let rect = Rect::new(
            self.name.0,
            self.rows_top + row as f32 * self.row_height,
            self.name.1,
            self.row_height,
        );
        (page, rect)
    }
}

/// A member's name as printed: no control or direction-changing characters
/// (outside text never chooses how the sheet reads).
pub fn printable_name(name: &str) -> String {
    name.chars()
        .filter(|&c| !c.is_control() && !matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'))
        .collect::<String>()
        .trim()
        .to_string()
}

/// Where the four suits go in a group sheet's day cell, in mm: each one's
/// square, two by two in the cell's left half in [`Suit::ALL`]'s order
/// (♥ ♠ over ♣ ♦), with room around each to circle it. The right half is
/// left for the rank, written in.
pub fn suit_spots(cell: Rect, k: f32) -> [(Suit, Rect); 4] {
    let pad = 0.5 * k;
    let slot_w = (cell.w * 0.56 - pad) / 2.0;
    let slot_h = (cell.h - 2.0 * pad) / 2.0;
    let side = (slot_w.min(slot_h) * 0.75).min(2.6 * k);
    let mut i = 0;
    Suit::ALL.map(|suit| {
        let (column, row) = ((i % 2) as f32, (i / 2) as f32);
        i += 1;
        let x = cell.x + pad + slot_w * (column + 0.5) - side / 2.0;
        let y = cell.y + pad + slot_h * (row + 0.5) - side / 2.0;
        (suit, Rect::new(x, y, side, side))
    })
}

/// One member's day on the group sheet: the four suits along the top to
/// circle, and a faint line under the room where the rank is written.
fn group_cell(scene: &mut Scene, cell: Rect, k: f32) {
    let spots = suit_spots(cell, k);
    for (suit, spot) in spots {
        scene.fill(
            pips::suit(suit, pt(spot.x), pt(spot.y), pt(spot.w)),
            look::suit_color(suit).tint(0.15),
        );
    }
    let line_y = cell.y + cell.h - 1.6 * k;
    scene.stroke(
        Path::line(
            pt(cell.x + cell.w * 0.6),
            pt(line_y),
            pt(cell.right() - 0.8 * k),
            pt(line_y),
        ),
        NAVY.tint(0.8),
        0.4,
    );
}

/// The leader's group sheet: one row a member (in the order given), one
/// column a day from `start`, on as many landscape pages as it takes.
pub fn group_pages(
    fonts: &Fonts,
    paper: Paper,
    lang: Printed,
    members: &[String],
    start: Date,
) -> Vec<Page> {
    let layout = group_layout(paper, members.len());
    let k = layout.height / 210.0;
    let main = lang.langs()[0];
    let total = layout.pages.len();
    let end = day(start, ROUND_DAYS - 1);
    let dates = lang.with(|l| {
        fill_named(
            text::GROUP_DATES.get(l),
            &[
                ("from", &text::month_day(l, start)),
                ("to", &text::month_day(l, end)),
            ],
        )
    });
    let mut pages = Vec::with_capacity(total);
    for (p, rows) in layout.pages.iter().enumerate() {
        let mut scene = Scene::default();
        let mut subtitle = dates.clone();
        if total > 1 {
            subtitle.push_str(" · ");
            subtitle.push_str(&lang.with(|l| {
                fill_named(
                    text::POSTER_PAGE.get(l),
                    &[("n", &(p + 1)), ("total", &total)],
                )
            }));
        }
        let title = text::GROUP_TITLE.get(main).to_string();
        let place = BandPlace {
            margin: GROUP_MARGIN,
            top: 7.0 * k,
            height: 20.0 * k,
        };
        band(&mut scene, fonts, place, layout.width, k, &title, &subtitle);
        let w = layout.width;
        let table_top = GROUP_TABLE_TOP * k;
        let line = NAVY.tint(0.55);
        // The header: number, name, and each day's number, date and weekday.
        let head = style(Weight::Bold, 9.0 * k, NAVY);
        let baseline = table_top + GROUP_HEADER * k * 0.62;
        for (x, words) in [
            (layout.number.0 + 1.0, text::GROUP_NUMBER),
            (layout.name.0 + 1.5, text::GROUP_MEMBER),
        ] {
            scene.text(typeset::run(
                fonts,
                head,
                pt(x),
                pt(baseline),
                words.get(main),
            ));
        }
        let rows_bottom = layout.rows_top + layout.rows_per_page as f32 * layout.row_height;
        for d in 0..ROUND_DAYS {
            let date = day(start, d);
            let x = layout.days_left + d as f32 * layout.day_width;
            let column = Rect::new(x, table_top, layout.day_width, rows_bottom - table_top);
            if in_season(date) {
                scene.fill(
                    Path::rect(pt(column.x), pt(column.y), pt(column.w), pt(column.h)),
                    season_shade(),
                );
            }
            let centre = pt(x + layout.day_width / 2.0);
            let love = is_love_day(date);
            let ink = if love { Rgb::WHITE } else { INK };
            if love {
                scene.fill(
                    Path::rect(
                        pt(x),
                        pt(table_top),
                        pt(layout.day_width),
                        pt(GROUP_HEADER * k),
                    ),
                    ROSE,
                );
                let icon = 3.2 * k;
                scene.fill(
                    pips::home(centre - pt(icon / 2.0), pt(table_top + 0.8 * k), pt(icon)),
                    Rgb::WHITE,
                );
            } else {
                let number = (d + 1).to_string();
                scene.text(typeset::run_centred(
                    fonts,
                    style(Weight::Regular, 6.5 * k, INK_SOFT),
                    centre,
                    pt(table_top + 3.2 * k),
                    &number,
                ));
            }
            scene.text(typeset::run_centred(
                fonts,
                style(Weight::Bold, 8.5 * k, ink),
                centre,
                pt(table_top + 7.6 * k),
                &text::numeric_day(date),
            ));
            scene.text(typeset::run_centred(
                fonts,
                style(Weight::Regular, 7.5 * k, ink),
                centre,
                pt(table_top + 11.4 * k),
                text::weekday(main, date, false),
            ));
        }
        // The rows: number, name, and a cell a day; blank rows fill the page.
        let name_style = style(Weight::Regular, 10.0 * k, INK);
        for row in 0..layout.rows_per_page {
            let member = rows.start + row;
            let y = layout.rows_top + row as f32 * layout.row_height;
            let baseline = pt(y + layout.row_height * 0.68);
            if member < rows.end {
                scene.text(typeset::run_right(
                    fonts,
                    style(Weight::Regular, 8.5 * k, INK_SOFT),
                    pt(layout.number.0 + layout.number.1 - 1.5),
                    baseline,
                    &(member + 1).to_string(),
                ));
                let name = printable_name(&members[member]);
                let fitted = typeset::fit_line(fonts, name_style, &name, pt(layout.name.1 - 3.0));
                scene.text(typeset::run(
                    fonts,
                    fitted,
                    pt(layout.name.0 + 1.5),
                    baseline,
                    &name,
                ));
            }
            for d in 0..ROUND_DAYS {
                let (_, cell) = layout.cell(member, d);
                group_cell(&mut scene, cell, k);
            }
            scene.stroke(
                Path::line(
                    pt(layout.number.0),
                    pt(y + layout.row_height),
                    pt(w - GROUP_MARGIN),
                    pt(y + layout.row_height),
                ),
                line,
                0.5,
            );
        }
        // Column rules, and the table's frame.
        for x in [layout.number.0, layout.name.0, layout.days_left]
            .into_iter()
            .chain((1..=ROUND_DAYS).map(|d| layout.days_left + d as f32 * layout.day_width))
        {
            scene.stroke(
                Path::line(pt(x), pt(table_top), pt(x), pt(rows_bottom)),
                line,
                0.5,
            );
        }
        scene.stroke(
            Path::line(
                pt(layout.number.0),
                pt(table_top),
                pt(w - GROUP_MARGIN),
                pt(table_top),
            ),
            line,
            0.5,
        );
        scene.stroke(
            Path::line(
                pt(layout.number.0),
                pt(layout.rows_top),
                pt(w - GROUP_MARGIN),
                pt(layout.rows_top),
            ),
            NAVY,
            1.0,
        );
        // The footer: how to fill it in, and the season.
        let mut paragraphs = Vec::new();
        for (i, &l) in lang.langs().iter().enumerate() {
            let size = if i == 0 { 8.5 } else { 7.0 } * k;
            let words = format!("{} {}", text::GROUP_HOW.get(l), text::TRACKER_SEASON.get(l));
            paragraphs.push(Paragraph {
                text: words,
                style: style(Weight::Regular, size, INK),
                space_after: 0.5,
            });
        }
        let (set, _) = typeset::set(
            fonts,
            &paragraphs,
            pt(GROUP_MARGIN),
            pt(rows_bottom + 2.5 * k),
            pt(w - 2.0 * GROUP_MARGIN),
            1.0,
        );
        for run in set.runs {
            scene.text(run);
        }
        pages.push(Page::whole(pt(layout.width), pt(layout.height), scene));
    }
    pages
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use jiff::civil::date;

    #[test]
    fn twenty_one_boxes_fill_the_page_without_touching() {
        for paper in [Paper::A4, Paper::Letter, Paper::A3] {
            let (w, h) = paper.size();
            let area = Rect::new(MARGIN, TOP, w - 2.0 * MARGIN, h - TOP - 40.0);
            let boxes: Vec<Rect> = (1..=ROUND_DAYS).map(|n| day_box(paper, n, 40.0)).collect();
            for (i, b) in boxes.iter().enumerate() {
                assert!(
                    Rect::new(0.0, 0.0, w, h - 40.0).contains(b),
                    "{paper:?} day {}",
                    i + 1
                );
                assert!(b.y >= area.y - 0.01);
                assert!(b.h > 22.0 && b.w > 55.0, "room to write: {b:?}");
                for other in &boxes[..i] {
                    assert!(!b.overlaps(other));
                }
            }
            // A column is a week: day 8 starts the second column.
            assert_eq!(day_box(paper, 8, 40.0).y, day_box(paper, 1, 40.0).y);
            assert!(day_box(paper, 8, 40.0).x > day_box(paper, 7, 40.0).x);
        }
    }

    fn all_text(page: &Page) -> String {
        page.scene
            .texts()
            .iter()
            .map(|r| format!("{} ", r.text))
            .collect()
    }

    #[test]
    fn the_sheet_has_dates_suits_and_ranks_and_no_ids_or_commands() {
        let fonts = Fonts::builtin().expect("font");
        let page = page(
            &fonts,
            Paper::A4,
            Printed::only(Lang::Zh),
            date(2026, 12, 1),
        );
        let all = all_text(&page);
        for expected in [
            "第 1 天",
            "12月1日 周二",
            "第 21 天",
            "12月21日 周一",
            "爱邻日",
            "做了什么",
            "10",
            "K",
        ] {
            assert!(all.contains(expected), "{expected}: {all}");
        }
        // In Chinese, the only Latin letters are the ranks A, J, Q and K.
        for run in page.scene.texts() {
            if run.text.chars().any(|c| c.is_ascii_alphabetic()) {
                assert!(
                    ["A", "J", "Q", "K"].contains(&run.text.as_str()),
                    "{}",
                    run.text
                );
            }
        }
        assert!(typeset::missing_chars(page.scene.texts()).is_empty());
        let both = all_text(&super::page(
            &fonts,
            Paper::A4,
            Printed::paired(Lang::Zh),
            date(2026, 12, 1),
        ));
        for banned in ["hearts-", "journal", "import", "README", "xiaoshi journal"] {
            assert!(!both.contains(banned), "{banned}: {both}");
        }
    }

    #[test]
    fn love_day_and_season_follow_the_dates() {
        assert!(is_love_day(date(2026, 12, 20)) && !is_love_day(date(2026, 12, 21)));
        assert!(in_season(date(2026, 12, 15)) && in_season(date(2026, 12, 25)));
        assert!(!in_season(date(2026, 12, 14)) && !in_season(date(2026, 12, 26)));
        assert_eq!(day(date(2026, 12, 25), 10), date(2027, 1, 4));
    }

    #[test]
    fn the_group_sheet_puts_each_member_on_one_row_in_order() {
        for paper in [Paper::A4, Paper::Letter, Paper::A3] {
            let layout = group_layout(paper, 40);
            let page_rect = Rect::new(0.0, 0.0, layout.width, layout.height);
            let printable = page_rect.outset(-4.0, -4.0, -4.0, -4.0);
            assert!(layout.rows_per_page >= 12, "{paper:?}");
            assert_eq!(layout.pages.len(), 40usize.div_ceil(layout.rows_per_page));
            assert_eq!(layout.pages.first().map(|r| r.start), Some(0));
            assert_eq!(layout.pages.last().map(|r| r.end), Some(40));
            for member in 0..40 {
                let (page, name) = layout.name_cell(member);
                assert!(layout.pages[page].contains(&member));
                assert!(printable.contains(&name));
                let mut previous: Option<Rect> = None;
                for d in 0..ROUND_DAYS {
                    let (same, cell) = layout.cell(member, d);
                    assert_eq!(same, page);
                    assert!(printable.contains(&cell), "{paper:?} {member} {d} {cell:?}");
                    assert!(cell.w >= 8.0 && cell.h >= 7.0, "room to tick");
                    assert!((cell.y - name.y).abs() < 1e-3, "one row");
                    if let Some(before) = previous {
                        assert!((cell.x - before.right()).abs() < 1e-3, "days left to right");
                    }
                    previous = Some(cell);
                }
            }
        }
        assert_eq!(group_layout(Paper::A4, 0).pages, vec![0..0]);
    }

    #[test]
    fn each_day_cell_has_four_suits_to_circle_and_room_for_the_rank() {
        for paper in [Paper::A4, Paper::Letter, Paper::A3] {
            let layout = group_layout(paper, 30);
            let k = layout.height / 210.0;
            for (member, day) in [(0, 0), (14, 20), (29, 10)] {
                let (_, cell) = layout.cell(member, day);
                let spots = suit_spots(cell, k);
                assert_eq!(spots.map(|(suit, _)| suit), Suit::ALL);
                for (i, (_, spot)) in spots.iter().enumerate() {
                    assert!(cell.contains(spot), "{paper:?} {spot:?} in {cell:?}");
                    assert!(spot.w >= 1.8, "big enough to see: {paper:?} {spot:?}");
                    // A pen's circle around it (half a millimetre out)
                    // touches no other suit.
                    let ring = spot.outset(0.5, 0.5, 0.5, 0.5);
                    for (_, other) in &spots[..i] {
                        assert!(!ring.overlaps(other), "{spot:?} {other:?}");
                    }
                    // The right part of the cell is left for the rank.
                    assert!(spot.right() < cell.x + cell.w * 0.6);
                }
                assert!(
                    cell.w * 0.4 >= 4.0 && cell.h >= 9.0,
                    "room for 10: {cell:?}"
                );
            }
        }
    }

    #[test]
    fn a_long_chinese_name_is_printed_whole() {
        let fonts = Fonts::builtin().expect("font");
        let name = "欧阳春花（幸福里3号楼502室）".to_string();
        let pages = group_pages(
            &fonts,
            Paper::A4,
            Printed::only(Lang::Zh),
            std::slice::from_ref(&name),
            date(2026, 12, 1),
        );
        let run = pages[0]
            .scene
            .texts()
            .into_iter()
            .find(|run| run.text.starts_with("欧阳"))
            .expect("the name");
        assert_eq!(run.text, name);
        let layout = group_layout(Paper::A4, 1);
        let width = typeset::measure(&fonts, run.weight, run.size, &run.text);
        assert!(width <= pt(layout.name.1), "it fits its column, smaller");
    }

    #[test]
    fn the_group_sheet_prints_names_in_order_and_blank_rows_after() {
        let fonts = Fonts::builtin().expect("font");
        let names: Vec<String> = (1..=20).map(|i| format!("邻居{i}")).collect();
        let mut odd = names.clone();
        odd[0] = "王\u{202e}阿姨\u{7}".to_string();
        let pages = group_pages(
            &fonts,
            Paper::A4,
            Printed::only(Lang::Zh),
            &odd,
            date(2026, 12, 1),
        );
        let layout = group_layout(Paper::A4, 20);
        assert_eq!(pages.len(), layout.pages.len());
        let first = all_text(&pages[0]);
        assert!(
            first.contains("王阿姨") && !first.contains('\u{202e}'),
            "{first}"
        );
        assert!(first.contains("12/20"));
        // No English on the Chinese sheet: the only Latin letters are the
        // ranks in the footer's how-to.
        for run in pages.iter().flat_map(|p| p.scene.texts()) {
            let latin: String = run.text.chars().filter(char::is_ascii_alphabetic).collect();
            assert!(latin.chars().all(|c| "AJQK".contains(c)), "{}", run.text);
        }
        assert!(first.contains("圈出花色，写上点数"), "{first}");
        let last = all_text(pages.last().expect("a page"));
        assert!(last.contains("邻居20"));
        assert!(typeset::missing_chars(pages.iter().flat_map(|p| p.scene.texts())).is_empty());
    }
}
