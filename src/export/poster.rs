//! Posters for the stairwell notice board (楼道公告栏), read from two metres:
//! a general "poster document" (a title, a subtitle, sections of a heading
//! and entries, a footnote) laid out on A4, A3 or Letter pages as pure
//! geometry, then drawn into scenes like every other page.
//!
//! Other features feed it content: the workshop's pledge notice
//! (`crate::workshop::notice`), the blank "this month on our stairwell"
//! poster ([`super::stairwell`]), and a group's monthly review. They build a
//! [`Poster`] from their own data in the printed language(s), and call
//! [`layout`] (to test) or [`super::poster_pdf`] (to print).
//!
//! The rules it keeps, each tested on the [`Layout`]:
//! - type never shrinks: at A4 the title is 44 pt, entries 18 pt, nothing
//!   below 12 pt ([`TypeScale`]); A3 is set 1.4 times larger. Content that
//!   does not fit flows onto the next column, then the next page;
//! - a heading is never the last thing in a column: it moves on with its
//!   first entry, and a section that continues in a new column or on a new
//!   page repeats its heading, marked "continued";
//! - an entry is kept whole in one column (only an entry taller than a whole
//!   column is split, between lines);
//! - no token is broken across lines: names are kept whole by whoever
//!   builds the poster ([`Marked::push_kept`]), and dates, times and numbers
//!   by [`Marked::plain`];
//! - everything lies inside the area an office printer prints.

use super::Printed;
use super::fonts::Fonts;
use super::geometry::{PRINTABLE_MARGIN, Paper, Rect};
use super::look::{INK, INK_SOFT, NAVY};
use super::pips;
use super::scene::{Path, Rgb, Scene, pt};
use super::typeset::{Marked, Style};
use super::{Page, PageBoxes};
use crate::deck::Suit;
use crate::i18n::export as text;
use crate::i18n::{Lang, fill_named};

pub use super::scene::Weight;

/// Nothing on a poster is set smaller than this, in points.
pub const FLOOR: f32 = 12.0;
/// The title is at least this large at A4.
pub const TITLE_FLOOR: f32 = 40.0;
/// An entry's main text is at least this large at A4.
pub const BODY_FLOOR: f32 = 16.0;

/// Text in the printed language(s): the main language's, and optionally the
/// second's beneath it, set smaller (never below [`FLOOR`]).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Words {
    pub main: Marked,
    pub beneath: Option<Marked>,
}

impl Words {
    /// One language's text.
    pub fn new(main: Marked) -> Words {
        Words {
            main,
            beneath: None,
        }
    }

    /// Plain text, its dates and numbers kept whole.
    pub fn plain(text: &str) -> Words {
        Words::new(Marked::plain(text))
    }

    /// Text made for each printed language: the first language's as the
    /// main text, the second's (with `--lang both`) beneath it.
    pub fn printed(lang: Printed, make: impl Fn(Lang) -> Marked) -> Words {
        let langs = lang.langs();
        Words {
            main: make(langs[0]),
            beneath: langs.get(1).map(|&l| make(l)),
        }
    }
}

/// A small picture before a section's heading.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    /// The suit's symbol.
    Suit(Suit),
    /// The jokers' home and heart.
    Home,
}

/// One thing in a section.
#[derive(Debug, Clone, PartialEq)]
pub enum Entry {
    /// A statement (a pledge, a date), with smaller detail under it.
    Text { words: Words, detail: Option<Words> },
    /// What the section is about, large and bold in its colour (a date, a
    /// count), with detail under it.
    Highlight { words: Words, detail: Option<Words> },
    /// A label and `lines` ruled lines to write on by hand (a time, a place).
    WriteIn { label: Words, lines: usize },
}

impl Entry {
    pub fn text(words: Words) -> Entry {
        Entry::Text {
            words,
            detail: None,
        }
    }
}

/// A heading and its entries. Without a heading the entries just flow (an
/// introduction).
#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    pub heading: Option<Words>,
    pub mark: Option<Mark>,
    /// The heading's and the entries' markers' colour.
    pub color: Rgb,
    pub entries: Vec<Entry>,
}

/// A poster document.
#[derive(Debug, Clone, PartialEq)]
pub struct Poster {
    pub title: Words,
    pub subtitle: Option<Words>,
    pub sections: Vec<Section>,
    /// Small print at the foot of every page.
    pub footnote: Option<Words>,
    /// 1 or 2 columns of sections.
    pub columns: usize,
    /// The language(s) of the poster's own words ("continued", page numbers).
    pub lang: Printed,
    /// The title band's colour.
    pub accent: Rgb,
}

/// Type sizes in points.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TypeScale {
    pub title: f32,
    pub title_beneath: f32,
    pub subtitle: f32,
    pub highlight: f32,
    pub heading: f32,
    pub heading_beneath: f32,
    pub body: f32,
    pub body_beneath: f32,
    pub detail: f32,
    pub foot: f32,
}

impl TypeScale {
    /// The sizes for `paper`: A4's (and Letter's), or 1.4 times them on A3.
    pub fn for_paper(paper: Paper) -> TypeScale {
        let s = match paper {
            Paper::A3 => 1.4,
            Paper::A4 | Paper::Letter => 1.0,
        };
        TypeScale {
            title: 44.0 * s,
            title_beneath: 22.0 * s,
            subtitle: 22.0 * s,
            highlight: 36.0 * s,
            heading: 26.0 * s,
            heading_beneath: 16.0 * s,
            body: 18.0 * s,
            body_beneath: 14.0 * s,
            detail: 14.0 * s,
            foot: 12.0 * s,
        }
    }
}

/// What a placed line is, for the floors each must keep.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Title,
    Subtitle,
    Heading,
    /// A highlighted entry: large, with its second language beside it.
    Highlight,
    Body,
    /// The second language under a main text, and details.
    Small,
    Foot,
    /// A rule or a line to write on: no text.
    Rule,
}

/// Which part of the document a placed line belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Band,
    Heading { section: usize, continued: bool },
    Entry { section: usize, entry: usize },
    Footer,
}

/// One line (or rule) placed on a page, in points from the page's top-left.
#[derive(Debug, Clone, PartialEq)]
pub struct Placed {
    pub part: Part,
    pub role: Role,
    /// The column, counted from the left (0 for the band and the footer).
    pub column: usize,
    pub rect: Rect,
    pub scene: Scene,
}

/// One page of a laid-out poster.
#[derive(Debug, Clone, PartialEq)]
pub struct PosterPage {
    /// Fills drawn under the lines (the title band).
    pub ground: Scene,
    pub placed: Vec<Placed>,
}

/// A poster on pages: pure geometry, checked by tests before drawing.
#[derive(Debug, Clone, PartialEq)]
pub struct Layout {
    pub width: f32,
    pub height: f32,
    /// Where an office printer prints: everything lies inside.
    pub printable: Rect,
    pub sizes: TypeScale,
    pub pages: Vec<PosterPage>,
}

impl Layout {
    /// The pages to write.
    pub fn pages(&self) -> Vec<Page> {
        self.pages
            .iter()
            .map(|page| {
                let mut scene = page.ground.clone();
                for placed in &page.placed {
                    scene.extend(placed.scene.clone());
                }
                Page {
                    width: self.width,
                    height: self.height,
                    scene,
                    boxes: PageBoxes::whole(),
                }
            })
            .collect()
    }
}

/// A line to place: its height, what it draws (from its own top-left at
/// (0, 0)), and whether it must stay in the same column as the next line.
#[derive(Debug, Clone)]
struct Row {
    height: f32,
    scene: Scene,
    part: Part,
    role: Role,
    /// Kept in the same column as the next row.
    glue: bool,
    /// Space between blocks: left out at the top of a column.
    gap: bool,
}

/// Sets `marked` in `width` as rows of `style`, all glued together.
fn paragraph_rows(
    fonts: &Fonts,
    marked: &Marked,
    style: Style,
    width: f32,
    part: Part,
    role: Role,
) -> Vec<Row> {
    if marked.text.trim().is_empty() {
        return Vec::new();
    }
    let line_height = style.size * style.leading;
    let ascent = fonts.face(style.weight).ascent * style.size;
    let baseline = (line_height - style.size) / 2.0 + ascent;
    marked
        .wrap(fonts, style.weight, style.size, width)
        .into_iter()
        .map(|line| {
            let mut scene = Scene::default();
            for run in marked.runs(fonts, style, 0.0, baseline, line) {
                scene.text(run);
            }
            Row {
                height: line_height,
                scene,
                part,
                role,
                glue: true,
                gap: false,
            }
        })
        .collect()
}

fn style(weight: Weight, size: f32, color: Rgb, leading: f32) -> Style {
    Style {
        weight,
        size,
        color,
        leading,
    }
}

fn gap(height: f32, part: Part) -> Row {
    Row {
        height,
        scene: Scene::default(),
        part,
        role: Role::Rule,
        glue: false,
        gap: true,
    }
}

/// Adds the second language's `beneath` to a paragraph's `rows`: on the
/// same line, after a space, when the main text is one line and both fit;
/// else on lines of its own under it.
fn attach(
    rows: &mut Vec<Row>,
    fonts: &Fonts,
    (main, main_style): (&Marked, Style),
    (beneath, beneath_style): (&Marked, Style),
    width: f32,
    role: Role,
) {
    let measure = |marked: &Marked, style: Style| {
        marked.measure(fonts, style.weight, style.size, 0..marked.text.len())
    };
    let main_width = measure(main, main_style);
    let gap = main_style.size * 0.6;
    let inline = rows.len() == 1
        && beneath
            .wrap(fonts, beneath_style.weight, beneath_style.size, width)
            .len()
            == 1
        && main_width + gap + measure(beneath, beneath_style) <= width;
    match rows.first_mut() {
        Some(row) if inline => {
            let ascent = |style: Style| fonts.face(style.weight).ascent * style.size;
            let baseline = (row.height - main_style.size) / 2.0 + ascent(main_style);
            for run in beneath.runs(
                fonts,
                beneath_style,
                main_width + gap,
                baseline,
                0..beneath.text.len(),
            ) {
                row.scene.text(run);
            }
        }
        _ => {
            let part = rows.first().map_or(Part::Band, |row| row.part);
            rows.extend(paragraph_rows(
                fonts,
                beneath,
                beneath_style,
                width,
                part,
                role,
            ));
        }
    }
}

/// Moves every item of `rows` right by `dx`.
fn indent(rows: &mut [Row], dx: f32) {
    for row in rows {
        let scene = std::mem::take(&mut row.scene);
        row.scene
            .group(super::scene::Transform::translate(dx, 0.0), scene);
    }
}

/// The rows of a heading: the mark, the heading, the second language, a rule.
fn heading_rows(
    fonts: &Fonts,
    sizes: &TypeScale,
    section: &Section,
    words: &Words,
    width: f32,
    part: Part,
) -> Vec<Row> {
    let mark_room = if section.mark.is_some() {
        sizes.heading * 1.25
    } else {
        0.0
    };
    let head = style(Weight::Bold, sizes.heading, section.color, 1.3);
    let mut rows = paragraph_rows(
        fonts,
        &words.main,
        head,
        width - mark_room,
        part,
        Role::Heading,
    );
    if let Some(beneath) = &words.beneath {
        let small = style(Weight::Bold, sizes.heading_beneath, section.color, 1.3);
        let room = width - mark_room;
        attach(
            &mut rows,
            fonts,
            (&words.main, head),
            (beneath, small),
            room,
            Role::Small,
        );
    }
    indent(&mut rows, mark_room);
    if let (Some(mark), Some(first)) = (section.mark, rows.first_mut()) {
        let size = sizes.heading * 0.9;
        let top = (first.height - size) / 2.0;
        let path = match mark {
            Mark::Suit(suit) => pips::suit(suit, 0.0, top, size),
            Mark::Home => pips::home(0.0, top, size),
        };
        first.scene.fill(path, section.color);
    }
    let rule_height = sizes.body * 0.6;
    let mut rule = Scene::default();
    rule.stroke(
        Path::line(0.0, rule_height * 0.35, width, rule_height * 0.35),
        section.color,
        1.2,
    );
    rows.push(Row {
        height: rule_height,
        scene: rule,
        part,
        role: Role::Rule,
        glue: true,
        gap: false,
    });
    rows
}

/// The rows of an entry, glued into one block.
fn entry_rows(
    fonts: &Fonts,
    sizes: &TypeScale,
    entry: &Entry,
    color: Rgb,
    width: f32,
    part: Part,
) -> Vec<Row> {
    let bullet = sizes.body * 0.3;
    let inset = sizes.body * 0.9;
    let inner = width - inset;
    let body = style(Weight::Regular, sizes.body, INK, 1.35);
    let small = style(Weight::Regular, sizes.body_beneath, INK_SOFT, 1.3);
    // The second language and details: small, on lines of their own.
    let small_rows =
        |marked: &Marked| paragraph_rows(fonts, marked, small, inner, part, Role::Small);
    let mut rows = match entry {
        Entry::Text { words, detail } | Entry::Highlight { words, detail } => {
            let (main, role) = match entry {
                Entry::Highlight { .. } => (
                    style(Weight::Bold, sizes.highlight, color, 1.3),
                    Role::Highlight,
                ),
                _ => (body, Role::Body),
            };
            let mut rows = paragraph_rows(fonts, &words.main, main, inner, part, role);
            if let Some(beneath) = &words.beneath {
                match entry {
                    Entry::Highlight { .. } => {
                        let second = style(Weight::Bold, sizes.body, color, 1.3);
                        attach(
                            &mut rows,
                            fonts,
                            (&words.main, main),
                            (beneath, second),
                            inner,
                            Role::Small,
                        );
                    }
                    _ => rows.extend(small_rows(beneath)),
                }
            }
            if let Some(detail) = detail {
                let detail_style = style(Weight::Regular, sizes.detail, INK_SOFT, 1.3);
                rows.extend(paragraph_rows(
                    fonts,
                    &detail.main,
                    detail_style,
                    inner,
                    part,
                    Role::Small,
                ));
                if let Some(beneath) = &detail.beneath {
                    rows.extend(small_rows(beneath));
                }
            }
            rows
        }
        Entry::WriteIn { label, lines } => {
            let bold = style(Weight::Bold, sizes.body, INK, 1.35);
            let mut rows = paragraph_rows(fonts, &label.main, bold, inner, part, Role::Body);
            // The first line to write on follows the label on its last line.
            if let (Some(last), Some(range)) = (
                rows.last_mut(),
                label
                    .main
                    .wrap(fonts, Weight::Bold, sizes.body, inner)
                    .last()
                    .cloned(),
            ) {
                let end = label.main.measure(fonts, Weight::Bold, sizes.body, range) + 6.0;
                let y = last.height * 0.78;
                if end < inner - 40.0 {
                    last.scene
                        .stroke(Path::line(end, y, inner, y), INK_SOFT, 0.8);
                }
            }
            if let Some(beneath) = &label.beneath {
                rows.extend(small_rows(beneath));
            }
            for _ in 0..*lines {
                let height = sizes.body * 1.8;
                let mut scene = Scene::default();
                scene.stroke(
                    Path::line(0.0, height * 0.85, inner, height * 0.85),
                    INK_SOFT,
                    0.8,
                );
                rows.push(Row {
                    height,
                    scene,
                    part,
                    role: Role::Rule,
                    glue: true,
                    gap: false,
                });
            }
            rows
        }
    };
    indent(&mut rows, inset);
    let highlight = matches!(entry, Entry::Highlight { .. });
    if let Some(first) = rows
        .first_mut()
        .filter(|row| row.role == Role::Body && !highlight)
    {
        let top = first.height / 2.0 - bullet / 2.0;
        first
            .scene
            .fill(Path::rect(0.0, top, bullet, bullet), color);
    }
    if let Some(last) = rows.last_mut() {
        last.glue = false;
    }
    rows
}

/// The flow of every section's rows, in order.
fn flow(fonts: &Fonts, poster: &Poster, sizes: &TypeScale, width: f32) -> Vec<Row> {
    let mut rows = Vec::new();
    for (s, section) in poster.sections.iter().enumerate() {
        if s > 0 {
            rows.push(gap(
                sizes.body * 0.8,
                Part::Entry {
                    section: s,
                    entry: 0,
                },
            ));
        }
        if let Some(words) = &section.heading {
            let part = Part::Heading {
                section: s,
                continued: false,
            };
            rows.extend(heading_rows(fonts, sizes, section, words, width, part));
        }
        for (e, entry) in section.entries.iter().enumerate() {
            let part = Part::Entry {
                section: s,
                entry: e,
            };
            if e > 0 {
                rows.push(gap(sizes.body * 0.35, part));
            }
            rows.extend(entry_rows(fonts, sizes, entry, section.color, width, part));
        }
        // A heading with no entries stands alone.
        if let Some(last) = rows.last_mut() {
            last.glue = false;
        }
    }
    rows
}

/// The heading repeated at the top of a column a section continues in.
fn continued_rows(
    fonts: &Fonts,
    poster: &Poster,
    sizes: &TypeScale,
    section: usize,
    width: f32,
) -> Vec<Row> {
    let s = &poster.sections[section];
    let Some(words) = &s.heading else {
        return Vec::new();
    };
    let mark = |marked: &Marked, lang: Lang| {
        let mut marked = marked.clone();
        marked.push(text::POSTER_CONTINUED.get(lang));
        marked
    };
    // The first language is enough to say which section goes on.
    let continued = Words::new(mark(&words.main, poster.lang.langs()[0]));
    let part = Part::Heading {
        section,
        continued: true,
    };
    heading_rows(fonts, sizes, s, &continued, width, part)
}

/// The title band: its rows (title, second language, subtitle) and height.
fn band_rows(
    fonts: &Fonts,
    poster: &Poster,
    sizes: &TypeScale,
    width: f32,
    first: bool,
) -> Vec<Row> {
    let cream = Rgb(0xfb, 0xe9, 0xd0);
    let part = Part::Band;
    if !first {
        // Later pages: the title at heading size, marked "continued".
        let mut title = poster.title.main.clone();
        title.push(text::POSTER_CONTINUED.get(poster.lang.langs()[0]));
        let head = style(Weight::Bold, sizes.heading, Rgb::WHITE, 1.3);
        return paragraph_rows(fonts, &title, head, width, part, Role::Heading);
    }
    let mut rows = paragraph_rows(
        fonts,
        &poster.title.main,
        style(Weight::Bold, sizes.title, Rgb::WHITE, 1.2),
        width,
        part,
        Role::Title,
    );
    if let Some(beneath) = &poster.title.beneath {
        rows.extend(paragraph_rows(
            fonts,
            beneath,
            style(Weight::Bold, sizes.title_beneath, cream, 1.3),
            width,
            part,
            Role::Subtitle,
        ));
    }
    if let Some(subtitle) = &poster.subtitle {
        rows.push(gap(sizes.subtitle * 0.3, part));
        rows.extend(paragraph_rows(
            fonts,
            &subtitle.main,
            style(Weight::Regular, sizes.subtitle, cream, 1.3),
            width,
            part,
            Role::Subtitle,
        ));
        if let Some(beneath) = &subtitle.beneath {
            rows.extend(paragraph_rows(
                fonts,
                beneath,
                style(Weight::Regular, sizes.body_beneath, cream, 1.3),
                width,
                part,
                Role::Small,
            ));
        }
    }
    rows
}

/// The footer's rows: the footnote, with the page number at the right of
/// its first line.
fn footer_rows(
    fonts: &Fonts,
    poster: &Poster,
    sizes: &TypeScale,
    width: f32,
    page: usize,
    pages: usize,
) -> Vec<Row> {
    let foot = style(Weight::Regular, sizes.foot, INK_SOFT, 1.35);
    let number = poster
        .lang
        .with(|l| fill_named(text::POSTER_PAGE.get(l), &[("n", &page), ("total", &pages)]));
    let number = Marked::plain(&number);
    let number_width =
        number.measure(fonts, Weight::Regular, sizes.foot, 0..number.text.len()) + sizes.foot;
    let mut rows = Vec::new();
    let room = if pages > 1 {
        width - number_width
    } else {
        width
    };
    if let Some(footnote) = &poster.footnote {
        for marked in std::iter::once(&footnote.main).chain(&footnote.beneath) {
            rows.extend(paragraph_rows(
                fonts,
                marked,
                foot,
                room,
                Part::Footer,
                Role::Foot,
            ));
        }
    }
    if pages > 1 {
        let mut line = paragraph_rows(fonts, &number, foot, number_width, Part::Footer, Role::Foot);
        let x = width - number_width + sizes.foot;
        match (rows.first_mut(), line.pop()) {
            (Some(first), Some(row)) => first
                .scene
                .group(super::scene::Transform::translate(x, 0.0), row.scene),
            (None, Some(mut row)) => {
                let scene = std::mem::take(&mut row.scene);
                row.scene
                    .group(super::scene::Transform::translate(x, 0.0), scene);
                rows.push(row);
            }
            _ => {}
        }
    }
    rows
}

fn rows_height(rows: &[Row]) -> f32 {
    rows.iter().map(|r| r.height).sum()
}

/// Places `rows` top-down from (x, y) on `page`, in `column`.
fn put(page: &mut PosterPage, rows: Vec<Row>, x: f32, mut y: f32, column: usize) -> f32 {
    for row in rows {
        let rect = Rect::new(x, y, 0.0, row.height);
        let mut scene = Scene::default();
        scene.group(super::scene::Transform::translate(x, y), row.scene);
        y += row.height;
        if row.gap {
            continue;
        }
        page.placed.push(Placed {
            part: row.part,
            role: row.role,
            column,
            rect,
            scene,
        });
    }
    y
}

/// Lays `poster` out on `paper`: pure geometry, measured in `fonts`.
pub fn layout(poster: &Poster, paper: Paper, fonts: &Fonts) -> Layout {
    let (w_mm, h_mm) = paper.size();
    let (width, height) = (pt(w_mm), pt(h_mm));
    let sizes = TypeScale::for_paper(paper);
    let printable = Rect::new(
        pt(PRINTABLE_MARGIN),
        pt(PRINTABLE_MARGIN),
        width - 2.0 * pt(PRINTABLE_MARGIN),
        height - 2.0 * pt(PRINTABLE_MARGIN),
    );
    let margin = pt(w_mm * 0.05);
    let content = Rect::new(margin, margin, width - 2.0 * margin, height - 2.0 * margin);
    let columns = poster.columns.clamp(1, 2);
    let column_gap = sizes.body * 1.5;
    let column_width = (content.w - (columns - 1) as f32 * column_gap) / columns as f32;
    let column_x = |c: usize| content.x + c as f32 * (column_width + column_gap);
    let pad = sizes.body * 0.9;

    // The footer's height, with a two-digit page count (the most it takes).
    let footer_height = height_of_footer(fonts, poster, &sizes, content.w);
    let body_bottom = content.bottom() - footer_height - sizes.body * 0.8;

    let new_page = |first: bool| -> (PosterPage, f32) {
        let rows = band_rows(fonts, poster, &sizes, content.w - 2.0 * pad, first);
        let band_height = rows_height(&rows) + 2.0 * pad;
        let mut page = PosterPage {
            ground: Scene::default(),
            placed: Vec::new(),
        };
        page.ground.fill(
            Path::rect(content.x, content.y, content.w, band_height),
            poster.accent,
        );
        put(&mut page, rows, content.x + pad, content.y + pad, 0);
        (page, content.y + band_height + sizes.body)
    };

    let rows = flow(fonts, poster, &sizes, column_width);
    let (first_page, top) = new_page(true);
    let mut pages = vec![first_page];
    let mut column = 0;
    let mut column_top = top;
    let mut y = top;
    // After moving to a new column, the rows carry on a section there.
    let mut fresh_column = false;
    let mut i = 0;
    while i < rows.len() {
        // The unit: this row and every row glued to it.
        let mut end = i;
        while end + 1 < rows.len() && rows[end].glue {
            end += 1;
        }
        let unit = &rows[i..=end];
        let at_top = y <= column_top + 0.01;
        // At the top of a column, a gap is left out.
        if at_top && unit.iter().all(|r| r.gap) {
            i = end + 1;
            continue;
        }
        let repeat = match rows[i].part {
            Part::Entry { section, .. } if at_top && fresh_column => {
                continued_rows(fonts, poster, &sizes, section, column_width)
            }
            _ => Vec::new(),
        };
        let needed = rows_height(&repeat) + rows_height(unit);
        if y + needed > body_bottom + 0.01 && !at_top {
            // On to the next column, or the next page.
            column += 1;
            if column == columns {
                column = 0;
                let (page, top) = new_page(false);
                pages.push(page);
                column_top = top;
            }
            y = column_top;
            fresh_column = true;
            continue;
        }
        fresh_column = false;
        let x = column_x(column);
        let page = pages.last_mut().expect("a page");
        y = put(page, repeat, x, y, column);
        if y + rows_height(unit) <= body_bottom + 0.01 {
            y = put(page, unit.to_vec(), x, y, column);
            i = end + 1;
        } else {
            // Taller than a whole column: place what fits, line by line
            // (at least one line, so the flow always moves on), then go on
            // in the next column.
            let mut taken = i;
            while taken <= end && (taken == i || y + rows[taken].height <= body_bottom + 0.01) {
                y = put(page, vec![rows[taken].clone()], x, y, column);
                taken += 1;
            }
            i = taken;
            y = body_bottom + 1.0;
        }
    }

    let total = pages.len();
    for (n, page) in pages.iter_mut().enumerate() {
        let rows = footer_rows(fonts, poster, &sizes, content.w, n + 1, total);
        let top = content.bottom() - rows_height(&rows);
        put(page, rows, content.x, top, 0);
    }
    Layout {
        width,
        height,
        printable,
        sizes,
        pages,
    }
}

fn height_of_footer(fonts: &Fonts, poster: &Poster, sizes: &TypeScale, width: f32) -> f32 {
    let one = rows_height(&footer_rows(fonts, poster, sizes, width, 1, 1));
    let many = rows_height(&footer_rows(fonts, poster, sizes, width, 88, 88));
    one.max(many)
}

/// A poster's colour for a suit's section: the cards' own.
pub fn suit_color(suit: Suit) -> Rgb {
    super::look::suit_color(suit)
}

/// The default band colour: the backs' navy.
pub const ACCENT: Rgb = NAVY;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    fn fonts() -> Fonts {
        Fonts::builtin().expect("font")
    }

    fn words(text: &str) -> Words {
        Words::plain(text)
    }

    fn poster(entries: usize, columns: usize) -> Poster {
        let sections = Suit::ALL
            .iter()
            .map(|&suit| Section {
                heading: Some(words(&format!("{} · 邻里破冰", suit.symbol()))),
                mark: Some(Mark::Suit(suit)),
                color: suit_color(suit),
                entries: (0..entries)
                    .map(|i| {
                        let mut line = Marked::default();
                        line.push_kept(&format!("邻居{i}"), true);
                        line.push("：在楼道里主动向一位平时只是擦肩而过的邻居微笑问好");
                        Entry::Text {
                            words: Words::new(line),
                            detail: Some(words("2026-12-17 前完成 · 周六上午")),
                        }
                    })
                    .collect(),
            })
            .collect();
        Poster {
            title: words("社区小事 · 工作坊承诺"),
            subtitle: Some(words("2026年11月24日 · 14 位邻居，14 个承诺")),
            sections,
            footnote: Some(words("每天一件邻里小事 · 21天打卡")),
            columns,
            lang: Printed::only(Lang::Zh),
            accent: ACCENT,
        }
    }

    /// Checks every rule of the module doc on a layout.
    fn check(layout: &Layout, poster: &Poster, paper: Paper) {
        let scale = if paper == Paper::A3 { 1.4 } else { 1.0 };
        for (p, page) in layout.pages.iter().enumerate() {
            for placed in &page.placed {
                let r = placed.rect;
                assert!(
                    r.y >= layout.printable.y && r.bottom() <= layout.printable.bottom() + 0.01,
                    "page {p}: {:?} {r:?} outside {:?}",
                    placed.part,
                    layout.printable
                );
                for run in placed.scene.texts() {
                    let floor = match placed.role {
                        Role::Title => TITLE_FLOOR * scale,
                        Role::Body => BODY_FLOOR * scale,
                        _ => FLOOR,
                    };
                    assert!(
                        run.size >= floor - 0.01,
                        "{:?} {} at {}",
                        placed.role,
                        run.text,
                        run.size
                    );
                    assert!(!run.text.is_empty());
                }
            }
            // Every run's extent, after the row's move, is on the printable area.
            let scene = &layout.pages()[p].scene;
            for run in scene_runs_absolute(scene) {
                let (x, y, w, size) = run;
                assert!(
                    x >= layout.printable.x - 0.01 && x + w <= layout.printable.right() + 0.01,
                    "{run:?}"
                );
                assert!(
                    y - size >= layout.printable.y && y + size * 0.3 <= layout.printable.bottom(),
                    "{run:?}"
                );
            }
        }
        // Headings are with their first entry, and a section that goes on
        // in another column starts it with its heading again.
        for (s, section) in poster.sections.iter().enumerate() {
            let at = |part: Part| -> Vec<(usize, usize, f32)> {
                layout
                    .pages
                    .iter()
                    .enumerate()
                    .flat_map(|(p, page)| {
                        page.placed
                            .iter()
                            .filter(move |placed| placed.part == part)
                            .map(move |placed| (p, placed.column, placed.rect.y))
                    })
                    .collect()
            };
            let heading = at(Part::Heading {
                section: s,
                continued: false,
            });
            if section.heading.is_some() {
                let first = at(Part::Entry {
                    section: s,
                    entry: 0,
                });
                assert_eq!(
                    heading.first().map(|h| (h.0, h.1)),
                    first.first().map(|f| (f.0, f.1)),
                    "section {s}"
                );
            }
            let mut columns_seen: Vec<(usize, usize)> =
                heading.first().map(|h| (h.0, h.1)).into_iter().collect();
            for e in 0..section.entries.len() {
                let places = at(Part::Entry {
                    section: s,
                    entry: e,
                });
                assert!(!places.is_empty(), "entry {s}/{e} placed");
                for (p, c, y) in places {
                    if section.heading.is_some() && !columns_seen.contains(&(p, c)) {
                        let repeated = at(Part::Heading {
                            section: s,
                            continued: true,
                        });
                        assert!(
                            repeated.iter().any(|h| (h.0, h.1) == (p, c) && h.2 < y),
                            "section {s} goes on in page {p} column {c} without its heading"
                        );
                        columns_seen.push((p, c));
                    }
                }
            }
        }
    }

    /// (x, baseline, width, size) of every text run, placed on the page.
    fn scene_runs_absolute(scene: &Scene) -> Vec<(f32, f32, f32, f32)> {
        fn walk(
            items: &[super::super::scene::Item],
            dx: f32,
            dy: f32,
            out: &mut Vec<(f32, f32, f32, f32)>,
        ) {
            for item in items {
                match item {
                    super::super::scene::Item::Text(run) => {
                        out.push((run.x + dx, run.y + dy, run.width(), run.size))
                    }
                    super::super::scene::Item::Group { transform, items } => {
                        let [a, b, c, d, e, f] = transform.0;
                        assert_eq!((a, b, c, d), (1.0, 0.0, 0.0, 1.0), "posters only move");
                        walk(items, dx + e, dy + f, out);
                    }
                    _ => {}
                }
            }
        }
        let mut out = Vec::new();
        walk(&scene.items, 0.0, 0.0, &mut out);
        out
    }

    #[test]
    fn a_short_poster_is_one_page_at_full_size() {
        let fonts = fonts();
        let poster = poster(1, 1);
        for paper in [Paper::A4, Paper::A3, Paper::Letter] {
            let layout = layout(&poster, paper, &fonts);
            assert_eq!(layout.pages.len(), 1, "{paper:?}");
            check(&layout, &poster, paper);
        }
    }

    #[test]
    fn a_long_poster_flows_onto_more_pages_instead_of_shrinking() {
        let fonts = fonts();
        for columns in [1, 2] {
            let poster = poster(14, columns);
            let layout = layout(&poster, Paper::A4, &fonts);
            assert!(layout.pages.len() > 1, "{columns}");
            check(&layout, &poster, Paper::A4);
            // Every entry's main text is at the body size on every page.
            for page in &layout.pages {
                for placed in page.placed.iter().filter(|p| p.role == Role::Body) {
                    for run in placed.scene.texts() {
                        assert_eq!(run.size, layout.sizes.body);
                    }
                }
            }
        }
    }

    #[test]
    fn names_and_dates_are_never_broken_across_lines() {
        let fonts = fonts();
        let mut line = Marked::default();
        line.push_kept("欧阳娜娜娜娜", true);
        line.push("：周末上午和邻居一起去楼下花园浇水，2026-12-17 前完成，12月20日再见");
        for width in (60..400).step_by(7) {
            let lines = line.wrap(&fonts, Weight::Regular, 18.0, width as f32);
            let texts: Vec<&str> = lines.iter().map(|r| &line.text[r.clone()]).collect();
            let joined = texts.concat();
            assert_eq!(joined.replace(' ', ""), line.text.replace(' ', ""));
            for token in ["欧阳娜娜娜娜", "2026-12-17", "12月20日"] {
                assert!(
                    texts.iter().any(|t| t.contains(token)),
                    "{token} broken at {width}: {texts:?}"
                );
            }
        }
    }

    #[test]
    fn write_in_lines_and_an_untitled_section_flow() {
        let fonts = fonts();
        let mut poster = poster(1, 1);
        poster.sections.insert(
            0,
            Section {
                heading: None,
                mark: None,
                color: NAVY,
                entries: vec![Entry::text(words("每月20日是爱邻日。"))],
            },
        );
        poster.sections.push(Section {
            heading: Some(words("茶话会")),
            mark: Some(Mark::Home),
            color: NAVY,
            entries: vec![
                Entry::WriteIn {
                    label: words("时间"),
                    lines: 0,
                },
                Entry::WriteIn {
                    label: words("地点"),
                    lines: 2,
                },
            ],
        });
        let layout = layout(&poster, Paper::A4, &fonts);
        check(&layout, &poster, Paper::A4);
        let rules = layout
            .pages
            .iter()
            .flat_map(|page| &page.placed)
            .filter(|p| p.role == Role::Rule && matches!(p.part, Part::Entry { section: 5, .. }))
            .count();
        assert_eq!(rules, 2, "{} pages", layout.pages.len());
    }
}
