//! Every screen of both TUIs, drawn by the real backend and replayed on a
//! model terminal (`common::vt`, xterm's rules: a two-column character is
//! erased when either half is written into), at 100×30 and 200×50, in
//! Chinese and English, in colour and monochrome.
//!
//! - **Wide** (ambiguous characters two columns, as `xterm -cjk_width`):
//!   the screen shows exactly what the frame meant, so every suit symbol,
//!   every big-glyph cell, the timer's digits and every border cell survive
//!   (each is also counted, so the check cannot pass on an empty screen),
//!   and no cell relies on an ambiguous character being narrow.
//! - **Narrow**: the screen shows exactly today's output, the committed
//!   `TestBackend` snapshots.
//! - Frames in a row (a diff after a diff) stay right, and a wide layout in a
//!   terminal that turns out to be narrow stays aligned.

mod common;

use common::screens::{self, Step, Step::At, Step::Do};
use common::vt::{self, Screen};
use jiff::Timestamp;
use ratatui::buffer::{Buffer, CellWidth};
use ratatui::style::Modifier;
use xiaoshi::i18n::Lang;
use xiaoshi::sample;
use xiaoshi::text::{self, Ambiguous};
use xiaoshi::tui::app::{Action as ResidentAction, App as ResidentApp, Edit, Screen as Page};
use xiaoshi::tui::theme::Theme;
use xiaoshi::tui::wide::{WIDE_SAFE_HEAVY, WIDE_SAFE_LIGHT};
use xiaoshi::tui::workshop::app::{Action, App, Confirm, Screen as Stage};

const SIZES: [(u16, u16); 2] = [(100, 30), (200, 50)];
const LANGS: [(Lang, &str); 2] = [(Lang::Zh, "zh"), (Lang::En, "en")];
const NAMES: [&str; 3] = ["王阿姨", "李叔叔", "小明"];
const SUITS: [&str; 5] = ["♥", "♠", "♣", "♦", "★"];

fn now() -> Timestamp {
    sample::workshop_now()
}

/// Something either TUI can draw.
trait Tui {
    fn draw(&self, frame: &mut ratatui::Frame);
}

impl Tui for ResidentApp {
    fn draw(&self, frame: &mut ratatui::Frame) {
        xiaoshi::tui::view::draw(self, frame);
    }
}

impl Tui for App {
    fn draw(&self, frame: &mut ratatui::Frame) {
        xiaoshi::tui::workshop::view::draw(self, frame);
    }
}

impl Tui for xiaoshi::tui::group::app::App {
    fn draw(&self, frame: &mut ratatui::Frame) {
        xiaoshi::tui::group::view::draw(self, frame);
    }
}

/// Draws `app` on `terminal` (laid out for `layout`), replays the output on
/// `screen`; the frame drawn.
fn show(
    app: &impl Tui,
    terminal: &mut vt::MemoryTerminal,
    screen: &mut Screen,
    layout: Ambiguous,
) -> Buffer {
    text::with_ambiguous(layout, || {
        let frame = terminal.draw(|frame| app.draw(frame));
        screen.feed(&terminal.take_output());
        frame
    })
}

/// One frame of `app` in a fresh terminal of `size` that draws ambiguous
/// characters `terminal_width`, laid out for `layout`.
fn once(
    app: &impl Tui,
    (width, height): (u16, u16),
    layout: Ambiguous,
    terminal_width: Ambiguous,
) -> (Buffer, Screen) {
    let mut terminal = vt::memory_terminal(width, height, layout);
    let mut screen = Screen::new(width, height, terminal_width);
    let frame = show(app, &mut terminal, &mut screen, layout);
    (frame, screen)
}

/// What a wide-mode screen is checked for, counted.
#[derive(Debug, Default)]
struct Counts {
    suits: usize,
    pixels: usize,
    borders: usize,
}

fn is_border(symbol: &str) -> bool {
    [WIDE_SAFE_LIGHT, WIDE_SAFE_HEAVY].iter().any(|set| {
        [
            set.top_left,
            set.top_right,
            set.bottom_left,
            set.bottom_right,
            set.vertical_left,
            set.horizontal_top,
        ]
        .contains(&symbol)
    })
}

fn is_pixel(cell: &ratatui::buffer::Cell) -> bool {
    cell.symbol() == " "
        && (cell.bg != ratatui::style::Color::Reset || cell.modifier.contains(Modifier::REVERSED))
}

/// The wide-mode checks: the screen is the frame, cell for cell; nothing in
/// the frame is an ambiguous character left one cell; what survived, counted.
fn check_wide(name: &str, frame: &Buffer, screen: &Screen) -> Counts {
    let differences = vt::differences(screen, frame);
    assert!(
        differences.is_empty(),
        "{name}: the screen lost what the frame drew:\n{}\n{}",
        differences.join("\n"),
        screen.text()
    );
    let mut counts = Counts::default();
    for y in 0..frame.area.height {
        for x in 0..frame.area.width {
            let cell = &frame[(x, y)];
            let symbol = cell.symbol();
            assert!(
                text::ambiguous_extra(symbol) == 0 || cell.cell_width() == 2,
                "{name}: ({x},{y}) {symbol:?} has one cell in wide mode"
            );
            assert!(
                !screen.cell(x, y).text.contains(text::FILLER),
                "{name}: a filler reached the screen at ({x},{y})"
            );
            let shown = &screen.cell(x, y).text;
            if SUITS.contains(&symbol) {
                assert_eq!(shown, symbol, "{name}: suit at ({x},{y})");
                counts.suits += 1;
            }
            if is_border(symbol) {
                assert_eq!(shown, symbol, "{name}: border at ({x},{y})");
                counts.borders += 1;
            }
            if is_pixel(cell) {
                counts.pixels += 1;
            }
        }
    }
    counts
}

fn resident_app(name: &str, lang: Lang, color: bool) -> ResidentApp {
    let mut app = screens::resident_app(name, lang);
    app.theme = Theme { color };
    app
}

fn workshop_app(lang: Lang, color: bool, steps: &[Step]) -> App {
    let (session, deck) = sample::workshop(&NAMES);
    let mut app = App::new(session, deck, lang, Theme { color }, now());
    screens::take(&mut app, steps, now());
    app
}

/// Screens that show suits, a box, big glyphs: what must have been counted.
fn expect_counts(name: &str, counts: &Counts) {
    let has_suits = !matches!(
        name,
        "why" | "absence_why" | "help" | "ws_help" | "ws_pledge_bad_date" | "grp_tea" | "grp_help"
    );
    if has_suits {
        assert!(counts.suits > 0, "{name}: no suit symbol to check");
    }
    let has_box = matches!(
        name,
        "home"
            | "deck"
            | "deck_search"
            | "note"
            | "confirm_redraw"
            | "ws_setup"
            | "grp_card"
            | "grp_confirm"
    ) || name.starts_with("ws_spotlight")
        || name.starts_with("ws_pledge")
        || name == "ws_help";
    if has_box {
        assert!(counts.borders > 0, "{name}: no border to check");
    }
    if name == "ws_spotlight_running" {
        assert!(
            counts.pixels > 100,
            "{name}: {} big-glyph cells",
            counts.pixels
        );
    }
}

#[test]
fn every_resident_screen_survives_a_wide_terminal() {
    for (name, actions) in screens::resident() {
        for (lang, _) in LANGS {
            for color in [true, false] {
                for size in SIZES {
                    let mut app = resident_app(name, lang, color);
                    for action in &actions {
                        app.apply(action.clone());
                    }
                    let label = format!("{name} {size:?} {lang:?} color={color}");
                    let (frame, screen) = once(&app, size, Ambiguous::Wide, Ambiguous::Wide);
                    let counts = check_wide(&label, &frame, &screen);
                    expect_counts(name, &counts);
                }
            }
        }
    }
}

#[test]
fn every_workshop_screen_survives_a_wide_terminal() {
    for (name, steps) in screens::workshop() {
        for (lang, _) in LANGS {
            for color in [true, false] {
                for size in SIZES {
                    let app = workshop_app(lang, color, &steps);
                    let label = format!("{name} {size:?} {lang:?} color={color}");
                    let (frame, screen) = once(&app, size, Ambiguous::Wide, Ambiguous::Wide);
                    let counts = check_wide(&label, &frame, &screen);
                    expect_counts(name, &counts);
                }
            }
        }
    }
}

#[test]
fn every_group_screen_survives_a_wide_terminal() {
    for (name, actions) in screens::group() {
        for (lang, _) in LANGS {
            for color in [true, false] {
                for size in SIZES {
                    let mut app = sample::group_app(lang, 8);
                    app.theme = Theme { color };
                    for action in &actions {
                        app.apply(action.clone());
                    }
                    let label = format!("{name} {size:?} {lang:?} color={color}");
                    let (frame, screen) = once(&app, size, Ambiguous::Wide, Ambiguous::Wide);
                    let counts = check_wide(&label, &frame, &screen);
                    expect_counts(name, &counts);
                }
            }
        }
    }
}

#[test]
fn the_timer_digits_survive_while_they_change() {
    for color in [true, false] {
        for (width, height) in SIZES {
            let mut app = workshop_app(
                Lang::Zh,
                color,
                &[Do(Action::Deal), At(0), Do(Action::TimerStartPause)],
            );
            let mut terminal = vt::memory_terminal(width, height, Ambiguous::Wide);
            let mut screen = Screen::new(width, height, Ambiguous::Wide);
            let mut faces = Vec::new();
            for second in [0u64, 1, 9, 10, 59, 61, 299] {
                app.set_time(second * 1000 + 1, now());
                app.apply(Action::Tick);
                let frame = show(&app, &mut terminal, &mut screen, Ambiguous::Wide);
                let counts = check_wide(&format!("timer at {second}s"), &frame, &screen);
                assert!(counts.pixels > 0);
                // The timer is the box at the top right: its pixels, as shown.
                let timer: String = (1..height / 3)
                    .map(|y| {
                        let row = screen.row_with_blocks(y);
                        row.chars()
                            .skip(usize::from(width) * 2 / 3)
                            .collect::<String>()
                    })
                    .collect();
                faces.push(timer);
            }
            for pair in faces.windows(2) {
                assert_ne!(pair[0], pair[1], "the digits changed on screen");
            }
        }
    }
}

/// The committed `TestBackend` snapshot of a screen: its rows, as text.
fn snapshot_rows(file: &str) -> Option<Vec<String>> {
    let path = common::repo_file(&format!("tests/snapshots/{file}.snap"));
    let body = std::fs::read_to_string(path).ok()?;
    let content = body.splitn(3, "---\n").nth(2)?;
    Some(
        content
            .lines()
            .filter(|line| line.starts_with('"'))
            .map(|line| {
                let row = line
                    .split_once("\" Hidden by multi-width symbols: ")
                    .map_or(line.trim_end_matches('"'), |(row, _)| row);
                row[1..].to_string()
            })
            .collect(),
    )
}

fn assert_rows_are_snapshot(file: &str, screen: &Screen, frame: &Buffer) {
    let differences = vt::differences(screen, frame);
    assert!(
        differences.is_empty(),
        "{file}:\n{}",
        differences.join("\n")
    );
    let rows = snapshot_rows(file).unwrap_or_else(|| panic!("no snapshot {file}"));
    let shown: Vec<String> = (0..screen.height).map(|y| screen.row(y)).collect();
    assert_eq!(shown, rows, "{file}: the narrow screen changed");
}

#[test]
fn narrow_terminals_show_todays_screens_unchanged() {
    let mut checked = 0;
    for (lang, lang_name) in LANGS {
        for (name, actions) in screens::resident() {
            for size in [(100, 30), (160, 48)] {
                let mut app = resident_app(name, lang, false);
                for action in &actions {
                    app.apply(action.clone());
                }
                let (frame, screen) = once(&app, size, Ambiguous::Narrow, Ambiguous::Narrow);
                let file = format!("tui_snapshots__{name}_{}x{}_{lang_name}", size.0, size.1);
                assert_rows_are_snapshot(&file, &screen, &frame);
                checked += 1;
            }
        }
        for (name, steps) in screens::workshop() {
            for size in SIZES {
                let app = workshop_app(lang, false, &steps);
                let (frame, screen) = once(&app, size, Ambiguous::Narrow, Ambiguous::Narrow);
                let file = format!(
                    "workshop_tui_snapshots__{name}_{}x{}_{lang_name}",
                    size.0, size.1
                );
                assert_rows_are_snapshot(&file, &screen, &frame);
                checked += 1;
            }
        }
    }
    assert_eq!(
        checked,
        2 * (screens::resident().len() * 2 + screens::workshop().len() * 2)
    );
}

#[test]
fn frames_in_a_row_stay_right() {
    for layout in [Ambiguous::Wide, Ambiguous::Narrow] {
        let (width, height) = (100, 30);
        // The resident: from screen to screen, a popup and back, the language.
        let mut app = resident_app("home", Lang::Zh, true);
        let mut terminal = vt::memory_terminal(width, height, layout);
        let mut screen = Screen::new(width, height, layout);
        let steps = [
            ResidentAction::None,
            ResidentAction::Show(Page::Deck),
            ResidentAction::Tab(1),
            ResidentAction::Move(5),
            ResidentAction::Show(Page::History),
            ResidentAction::Show(Page::Why),
            ResidentAction::Show(Page::Home),
            ResidentAction::OpenNote,
            ResidentAction::Edit(Edit::Insert("“好”…".into())),
            ResidentAction::Cancel,
            ResidentAction::ToggleLang,
            ResidentAction::Show(Page::Deck),
            ResidentAction::Show(Page::Home),
        ];
        for (i, action) in steps.into_iter().enumerate() {
            app.apply(action);
            let frame = show(&app, &mut terminal, &mut screen, layout);
            let differences = vt::differences(&screen, &frame);
            assert!(
                differences.is_empty(),
                "{layout:?} resident frame {i}:\n{}",
                differences.join("\n")
            );
        }
        // The workshop: the deal, the spotlight and its timer, cards chosen,
        // the help over it and away, a swap, the table, the summary.
        let mut app = workshop_app(Lang::Zh, true, &[]);
        let mut terminal = vt::memory_terminal(width, height, layout);
        let mut screen = Screen::new(width, height, layout);
        let steps = [
            Do(Action::Move(1)),
            Do(Action::Deal),
            At(0),
            Do(Action::TimerStartPause),
            At(3_000),
            Do(Action::Tick),
            Do(Action::SelectCard(1)),
            Do(Action::SelectCard(2)),
            Do(Action::Help),
            Do(Action::Back),
            Do(Action::Swap),
            Do(Action::Turn(1)),
            Do(Action::Show(Stage::Table)),
            Do(Action::Show(Stage::Spotlight)),
            Do(Action::ToggleLang),
            At(299_000),
            Do(Action::Tick),
            At(300_500),
            Do(Action::Tick),
            Do(Action::Ask(Confirm::End)),
            Do(Action::Confirm),
        ];
        for (i, step) in steps.into_iter().enumerate() {
            screens::take(&mut app, &[step], now());
            let frame = show(&app, &mut terminal, &mut screen, layout);
            let differences = vt::differences(&screen, &frame);
            assert!(
                differences.is_empty(),
                "{layout:?} workshop frame {i}:\n{}\n{}",
                differences.join("\n"),
                screen.text()
            );
        }
    }
}

#[test]
fn a_wide_layout_in_a_narrow_terminal_stays_aligned() {
    for (name, steps) in screens::workshop() {
        let app = workshop_app(Lang::Zh, true, &steps);
        let (frame, screen) = once(&app, (100, 30), Ambiguous::Wide, Ambiguous::Narrow);
        for y in 0..frame.area.height {
            let mut x = 0;
            while x < frame.area.width {
                let cell = &frame[(x, y)];
                let wide = cell.cell_width().max(1);
                let shown = &screen.cell(x, y).text;
                if text::ambiguous_extra(cell.symbol()) > 0 {
                    // The character where the layout put it, a blank after it.
                    assert_eq!(shown, cell.symbol(), "{name} ({x},{y})");
                    assert!(
                        screen.cell(x + 1, y).text.trim().is_empty(),
                        "{name} ({x},{y})"
                    );
                } else if cell.symbol() != " " {
                    assert_eq!(shown, cell.symbol(), "{name} ({x},{y})");
                }
                x += wide;
            }
        }
    }
}

/// The wide screens as a person would see them (pixels as █), for review.
#[test]
fn wide_screens_look_right() {
    let home = resident_app("home", Lang::Zh, false);
    let (_, screen) = once(&home, (100, 30), Ambiguous::Wide, Ambiguous::Wide);
    crate::assert_screen!("wide_home_100x30_zh", screen.text());
    let spotlight = workshop_app(Lang::Zh, false, &screens::workshop()[2].1);
    let (_, screen) = once(&spotlight, (100, 30), Ambiguous::Wide, Ambiguous::Wide);
    crate::assert_screen!("wide_spotlight_100x30_zh", screen.text());
}

/// The model terminal shows what the screenshots show (only ♦ of the
/// suits left, the card's top border gone, the big digits gone) when a
/// narrow layout meets a wide terminal: it can tell a broken screen.
#[test]
fn the_model_sees_what_a_narrow_layout_loses_in_a_wide_terminal() {
    let count = |screen: &Screen, frame: &Buffer, symbol: &str| {
        let in_frame = frame
            .content
            .iter()
            .filter(|c| c.symbol() == symbol)
            .count();
        let shown = (0..screen.height)
            .map(|y| screen.row(y).matches(symbol).count())
            .sum::<usize>();
        (in_frame, shown)
    };
    let home = resident_app("home", Lang::Zh, true);
    let (frame, screen) = once(&home, (100, 30), Ambiguous::Narrow, Ambiguous::Wide);
    let (hearts, shown) = count(&screen, &frame, "♥");
    assert!(hearts > 0 && shown < hearts, "♥: {shown} of {hearts}");
    let (diamonds, shown) = count(&screen, &frame, "♦");
    assert_eq!(shown, diamonds, "♦ is not ambiguous");
    let (lines, shown) = count(&screen, &frame, "─");
    assert!(shown < lines / 2, "─: {shown} of {lines}");

    let spotlight = workshop_app(Lang::Zh, true, &screens::workshop()[2].1);
    let (frame, screen) = once(&spotlight, (100, 30), Ambiguous::Narrow, Ambiguous::Wide);
    let (blocks, shown) = count(&screen, &frame, "█");
    assert!(shown < blocks / 4, "█: {shown} of {blocks}");
}

/// The card's flip (each frame a narrower or wider card, back then face) and
/// the "too small" notice, in one wide terminal, frame after frame.
#[test]
fn the_reveal_and_the_too_small_notice_survive_a_wide_terminal() {
    for color in [true, false] {
        let mut app = resident_app("home", Lang::Zh, color);
        app.animate = true;
        let today = app.today.clone();
        app.set_today(today, true);
        let mut terminal = vt::memory_terminal(100, 30, Ambiguous::Wide);
        let mut screen = Screen::new(100, 30, Ambiguous::Wide);
        let mut frames = 0;
        while app.reveal.is_some() {
            let frame = show(&app, &mut terminal, &mut screen, Ambiguous::Wide);
            let counts = check_wide(&format!("reveal frame {frames}"), &frame, &screen);
            assert!(counts.borders > 0, "reveal frame {frames}");
            app.apply(ResidentAction::Tick);
            frames += 1;
        }
        assert_eq!(frames, usize::from(xiaoshi::tui::app::REVEAL_FRAMES));
        let (frame, screen) = once(&app, (59, 19), Ambiguous::Wide, Ambiguous::Wide);
        check_wide("too small", &frame, &screen);
    }
}
