//! The workshop TUI rendered on ratatui's TestBackend at 100×30 and 200×50,
//! in Chinese and English, on a three-person session with seed 42 and a
//! fixed clock, pinned with insta snapshots (tests/snapshots/).

mod common;

use common::assert_no_cut_characters;
use common::screens::{self, Step, workshop_steps};
use jiff::Timestamp;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use xiaoshi::i18n::Lang;
use xiaoshi::sample;
use xiaoshi::tui::theme::Theme;
use xiaoshi::tui::workshop::app::{App, Screen};
use xiaoshi::tui::workshop::view;

const SIZES: [(u16, u16); 2] = [(100, 30), (200, 50)];
const LANGS: [(Lang, &str); 2] = [(Lang::Zh, "zh"), (Lang::En, "en")];
const NAMES: [&str; 3] = ["王阿姨", "李叔叔", "小明"];

fn now() -> Timestamp {
    sample::workshop_now()
}

fn app(lang: Lang) -> App {
    let (session, deck) = sample::workshop(&NAMES);
    App::new(session, deck, lang, Theme { color: false }, now())
}

fn render(app: &App, (width, height): (u16, u16)) -> String {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("terminal");
    terminal
        .draw(|frame| view::render(app, frame))
        .expect("draw");
    terminal.backend().to_string()
}

fn each_size_and_language(name: &str, steps: &[Step]) {
    for (lang, lang_name) in LANGS {
        for size in SIZES {
            let mut app = app(lang);
            screens::take(&mut app, steps, now());
            let shown = render(&app, size);
            assert_no_cut_characters(&shown);
            for name in NAMES {
                if app.overlay.is_none() && (app.screen != Screen::Spotlight || name == "王阿姨")
                {
                    assert!(shown.contains(name), "{name} missing:\n{shown}");
                }
            }
            insta::assert_snapshot!(format!("{name}_{}x{}_{lang_name}", size.0, size.1), shown);
        }
    }
}

#[test]
fn setup() {
    each_size_and_language("ws_setup", &workshop_steps("ws_setup"));
}

#[test]
fn table_overview() {
    each_size_and_language("ws_table", &workshop_steps("ws_table"));
}

#[test]
fn spotlight_with_the_timer_running() {
    let name = "ws_spotlight_running";
    each_size_and_language(name, &workshop_steps(name));
}

#[test]
fn spotlight_when_time_is_up() {
    let name = "ws_spotlight_times_up";
    each_size_and_language(name, &workshop_steps(name));
}

#[test]
fn pledge_overlay() {
    each_size_and_language("ws_pledge", &workshop_steps("ws_pledge"));
}

#[test]
fn pledge_overlay_with_a_bad_date() {
    let name = "ws_pledge_bad_date";
    each_size_and_language(name, &workshop_steps(name));
}

#[test]
fn summary() {
    each_size_and_language("ws_summary", &workshop_steps("ws_summary"));
}

#[test]
fn help_overlay() {
    each_size_and_language("ws_help", &workshop_steps("ws_help"));
}
