//! The workshop TUI rendered on ratatui's TestBackend at 100×30 and 200×50,
//! in Chinese and English, on a three-person session with seed 42 and a
//! fixed clock, pinned with insta snapshots (tests/snapshots/).

mod common;

use common::assert_no_cut_characters;
use jiff::Timestamp;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use xiaoshi::i18n::Lang;
use xiaoshi::sample;
use xiaoshi::tui::app::Edit;
use xiaoshi::tui::theme::Theme;
use xiaoshi::tui::workshop::app::{Action, App, Confirm, Screen};
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

/// A step: an action, or the runtime's clock moving to a millisecond.
enum Step {
    Do(Action),
    At(u64),
}
use Step::{At, Do};

fn typed(text: &str) -> Step {
    Do(Action::Edit(Edit::Insert(text.into())))
}

fn each_size_and_language(name: &str, steps: &[Step]) {
    for (lang, lang_name) in LANGS {
        for size in SIZES {
            let mut app = app(lang);
            for step in steps {
                match step {
                    Do(action) => {
                        app.apply(action.clone());
                    }
                    At(ms) => app.set_time(*ms, now()),
                }
            }
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
    each_size_and_language("ws_setup", &[Do(Action::Move(1))]);
}

#[test]
fn table_overview() {
    each_size_and_language(
        "ws_table",
        &[
            Do(Action::Deal),
            Do(Action::Turn(1)),
            Do(Action::Swap),
            Do(Action::Show(Screen::Table)),
        ],
    );
}

#[test]
fn spotlight_with_the_timer_running() {
    each_size_and_language(
        "ws_spotlight_running",
        &[
            Do(Action::Deal),
            Do(Action::CardBy(1)),
            At(1_000),
            Do(Action::TimerStartPause),
            At(84_500),
            Do(Action::Tick),
        ],
    );
}

#[test]
fn spotlight_when_time_is_up() {
    each_size_and_language(
        "ws_spotlight_times_up",
        &[
            Do(Action::Deal),
            Do(Action::SelectCard(2)),
            Do(Action::Swap),
            At(0),
            Do(Action::TimerStartPause),
            At(300_000),
            Do(Action::Tick),
        ],
    );
}

#[test]
fn pledge_overlay() {
    each_size_and_language(
        "ws_pledge",
        &[
            Do(Action::Deal),
            Do(Action::OpenPledge),
            typed("2026-12-01"),
            Do(Action::Field(1)),
            typed("周六上午，和邻居一起"),
        ],
    );
}

#[test]
fn pledge_overlay_with_a_bad_date() {
    each_size_and_language(
        "ws_pledge_bad_date",
        &[
            Do(Action::Deal),
            Do(Action::OpenOwnWords),
            typed("教邻居用智能手机"),
            Do(Action::Field(1)),
            typed("12/01"),
            Do(Action::Submit),
        ],
    );
}

#[test]
fn summary() {
    each_size_and_language(
        "ws_summary",
        &[
            Do(Action::Deal),
            Do(Action::OpenPledge),
            typed("2026-12-01"),
            Do(Action::Field(1)),
            typed("周六上午"),
            Do(Action::Submit),
            Do(Action::Turn(1)),
            Do(Action::OpenOwnWords),
            typed("教邻居用智能手机"),
            Do(Action::Submit),
            Do(Action::Turn(1)),
            Do(Action::CardBy(1)),
            Do(Action::OpenPledge),
            Do(Action::Submit),
            Do(Action::Ask(Confirm::End)),
            Do(Action::Confirm),
        ],
    );
}

#[test]
fn help_overlay() {
    each_size_and_language("ws_help", &[Do(Action::Deal), Do(Action::Help)]);
}
