//! Every screen of both TUIs, as the steps that reach it from a fresh app:
//! one list for the snapshot tests (`tui_snapshots`, `workshop_tui_snapshots`)
//! and the wide-terminal checks (`wide_screens`), so a screen added here is
//! pinned and checked in both ambiguous widths.

use jiff::Timestamp;
use jiff::civil::date;
use ratatui::backend::TestBackend;
use ratatui::{Frame, Terminal};
use xiaoshi::deck::Deck;
use xiaoshi::i18n::Lang;
use xiaoshi::journal::actions::{self, Credit};
use xiaoshi::journal::event::normalize;
use xiaoshi::journal::{EventKind, Today};
use xiaoshi::sample;
use xiaoshi::tui::app::{Action as ResidentAction, App as ResidentApp, Edit, Screen as Page};
use xiaoshi::tui::theme::Theme;
use xiaoshi::tui::workshop::app::{Action, App, Confirm, Screen};

/// The participants of the workshop screens' session (seed 42).
pub const NAMES: [&str; 3] = ["王阿姨", "李叔叔", "小明"];

/// One frame drawn by `draw` on a `TestBackend` of `width`×`height`, as text.
pub fn draw((width, height): (u16, u16), draw: impl FnOnce(&mut Frame)) -> String {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("terminal");
    terminal.draw(draw).expect("draw");
    terminal.backend().to_string()
}

/// The resident's screen `name` (the sample journal, `lang`), drawn at `size`.
pub fn render_resident(name: &str, lang: Lang, size: (u16, u16)) -> String {
    let mut app: ResidentApp = sample::app(lang);
    for action in resident_actions(name) {
        app.apply(action);
    }
    draw(size, |frame| xiaoshi::tui::view::render(&app, frame))
}

/// A fresh workshop session of [`NAMES`] at the sample's time, in `lang`.
pub fn workshop_app(lang: Lang) -> App {
    let (session, deck) = sample::workshop(&NAMES);
    App::new(
        session,
        deck,
        lang,
        Theme { color: false },
        sample::workshop_now(),
    )
}

/// The workshop screen `name`, drawn at `size`.
pub fn render_workshop(name: &str, lang: Lang, size: (u16, u16)) -> String {
    let mut app = workshop_app(lang);
    take(&mut app, &workshop_steps(name), sample::workshop_now());
    draw(size, |frame| {
        xiaoshi::tui::workshop::view::render(&app, frame)
    })
}

/// The resident's screens: (snapshot name, actions from a fresh app).
pub fn resident() -> Vec<(&'static str, Vec<ResidentAction>)> {
    vec![
        ("home", vec![]),
        (
            "deck",
            vec![
                ResidentAction::Show(Page::Deck),
                ResidentAction::Tab(2),
                ResidentAction::Move(3),
            ],
        ),
        (
            "deck_jokers",
            vec![ResidentAction::Show(Page::Deck), ResidentAction::Tab(4)],
        ),
        (
            "deck_search",
            vec![
                ResidentAction::Show(Page::Deck),
                ResidentAction::StartSearch,
                ResidentAction::Edit(Edit::Insert("邻居".into())),
            ],
        ),
        ("history", vec![ResidentAction::Show(Page::History)]),
        ("why", vec![ResidentAction::Show(Page::Why)]),
        ("help", vec![ResidentAction::Show(Page::Help)]),
        (
            "note",
            vec![
                ResidentAction::OpenNote,
                ResidentAction::Edit(Edit::Insert("帮王阿姨收了快递，她送了我两个橘子".into())),
                ResidentAction::Edit(Edit::Left),
            ],
        ),
        ("confirm_redraw", vec![ResidentAction::AskRedraw]),
        // The journals of `resident_app` other than the sample's.
        ("credited", vec![]),
        (
            "credited_history",
            vec![ResidentAction::Show(Page::History)],
        ),
        ("credited_undo", vec![ResidentAction::AskUndo]),
        ("credited_redraw", vec![ResidentAction::AskRedraw]),
        (
            "credited_recredit",
            vec![
                ResidentAction::Show(Page::Deck),
                ResidentAction::CreditSelected,
            ],
        ),
        (
            "own_words",
            vec![
                ResidentAction::Show(Page::Deck),
                ResidentAction::Tab(4),
                ResidentAction::Move(1),
                ResidentAction::CreditSelected,
                ResidentAction::Edit(Edit::Insert("帮楼上阿姨修了晾衣架".into())),
            ],
        ),
        ("backfill_hint", vec![]),
        ("backfill", vec![ResidentAction::AskBackfill]),
        ("backfill_no_card", vec![ResidentAction::AskBackfill]),
        ("backfilled", vec![]),
        ("backfilled_undo", vec![ResidentAction::AskUndoBackfill]),
        ("absence", vec![]),
        ("absence_why", vec![ResidentAction::Show(Page::Why)]),
        ("absence_fresh_round", vec![ResidentAction::AskFreshRound]),
    ]
}

/// The resident's TUI for the screen `name`, in `lang`, monochrome: the
/// sample journal seen on 爱邻日 2026-11-20 ([`sample::app`]), or for some
/// screens another moment of it:
/// - `credited…`: today checked in crediting ♣3 (not the card drawn), with
///   a note;
/// - `backfill…`: seen on 2026-11-12, the day after a missed day (which had
///   its card drawn; `backfill_no_card`: none); `backfilled…`: that day
///   backfilled, with a note;
/// - `absence…`: the sample's forty days ending on 2026-09-20, seen on
///   2026-11-20, after sixty days away.
pub fn resident_app(name: &str, lang: Lang) -> ResidentApp {
    let deck = Deck::builtin().expect("the built-in deck");
    let sample_day = date(2026, 11, 20);
    let mut today = sample_day;
    let mut events = sample::journal(&deck, sample_day, 40);
    if name.starts_with("credited") {
        let now: Timestamp = "2026-11-20T12:00:00Z".parse().expect("time");
        let credit = Credit::card(&deck, "clubs-3").expect("a card");
        let journal = Today::from_events(&events, today);
        let (more, _) = actions::check_in_with(
            &journal,
            &deck,
            now,
            Some("帮王阿姨收了快递"),
            false,
            Some(&credit),
        )
        .expect("a check-in");
        events.extend(more);
    } else if name.starts_with("backfill") {
        today = date(2026, 11, 12);
        events.retain(|event| event.day < today);
        if name == "backfill_no_card" {
            let yesterday = today.yesterday().expect("date");
            events.retain(|event| {
                event.day != yesterday || !matches!(event.kind, EventKind::Drawn { .. })
            });
        }
        if name.starts_with("backfilled") {
            let now: Timestamp = "2026-11-12T01:00:00Z".parse().expect("time");
            let journal = Today::from_events(&events, today);
            let (more, _) =
                actions::check_in_with(&journal, &deck, now, Some("浇了花"), true, None)
                    .expect("a backfill");
            events.extend(more);
        }
    } else if name.starts_with("absence") {
        events = sample::journal(&deck, date(2026, 9, 20), 40);
    }
    normalize(&mut events);
    let mut app = ResidentApp::new(
        deck,
        Today::from_events(&events, today),
        lang,
        Theme { color: false },
        false,
    );
    app.set_past(&events);
    app
}

/// The actions of the resident's screen `name`.
pub fn resident_actions(name: &str) -> Vec<ResidentAction> {
    resident()
        .into_iter()
        .find(|(screen, _)| *screen == name)
        .unwrap_or_else(|| panic!("no resident screen {name}"))
        .1
}

/// A workshop step: an action, or the runtime's clock moving to a millisecond.
#[derive(Clone)]
pub enum Step {
    Do(Action),
    At(u64),
}
use Step::{At, Do};

fn typed(text: &str) -> Step {
    Do(Action::Edit(Edit::Insert(text.into())))
}

/// Takes `steps` on `app`, the clock at `now` plus the steps' milliseconds.
pub fn take(app: &mut App, steps: &[Step], now: Timestamp) {
    for step in steps {
        match step {
            Do(action) => {
                app.apply(action.clone());
            }
            At(ms) => app.set_time(*ms, now),
        }
    }
}

/// The workshop's screens: (snapshot name, steps from a fresh session).
pub fn workshop() -> Vec<(&'static str, Vec<Step>)> {
    vec![
        ("ws_setup", vec![Do(Action::Move(1))]),
        (
            "ws_table",
            vec![
                Do(Action::Deal),
                Do(Action::Turn(1)),
                Do(Action::Swap),
                Do(Action::Show(Screen::Table)),
            ],
        ),
        (
            "ws_spotlight_running",
            vec![
                Do(Action::Deal),
                Do(Action::CardBy(1)),
                At(1_000),
                Do(Action::TimerStartPause),
                At(84_500),
                Do(Action::Tick),
            ],
        ),
        (
            "ws_spotlight_times_up",
            vec![
                Do(Action::Deal),
                Do(Action::SelectCard(2)),
                Do(Action::Swap),
                At(0),
                Do(Action::TimerStartPause),
                At(300_000),
                Do(Action::Tick),
            ],
        ),
        (
            "ws_spotlight_overtime",
            vec![
                Do(Action::Deal),
                Do(Action::SelectCard(1)),
                At(0),
                Do(Action::TimerStartPause),
                At(300_000),
                Do(Action::Tick),
                At(383_000),
                Do(Action::Tick),
            ],
        ),
        (
            "ws_pledge",
            vec![
                Do(Action::Deal),
                Do(Action::OpenPledge),
                typed("2026-12-01"),
                Do(Action::Field(1)),
                typed("周六上午，和邻居一起"),
            ],
        ),
        (
            "ws_pledge_bad_date",
            vec![
                Do(Action::Deal),
                Do(Action::OpenOwnWords),
                typed("教邻居用智能手机"),
                Do(Action::Field(1)),
                typed("12/01"),
                Do(Action::Submit),
            ],
        ),
        (
            "ws_summary",
            vec![
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
        ),
        (
            "ws_summary_not_all",
            vec![
                Do(Action::Deal),
                Do(Action::Turn(1)),
                Do(Action::OpenPledge),
                typed("2026-12-15"),
                Do(Action::Submit),
                Do(Action::Ask(Confirm::End)),
                Do(Action::Confirm),
            ],
        ),
        ("ws_help", vec![Do(Action::Deal), Do(Action::Help)]),
        (
            "ws_refused_swap",
            vec![Do(Action::Deal), Do(Action::Swap), Do(Action::Swap)],
        ),
        (
            "ws_refused_deal",
            vec![
                Do(Action::Hand(2)),
                Do(Action::TogglePile(xiaoshi::deck::Pile::Spades)),
                Do(Action::TogglePile(xiaoshi::deck::Pile::Clubs)),
                Do(Action::TogglePile(xiaoshi::deck::Pile::Diamonds)),
                Do(Action::TogglePile(xiaoshi::deck::Pile::Joker)),
                Do(Action::Deal),
            ],
        ),
    ]
}

/// The steps of the workshop screen `name`.
pub fn workshop_steps(name: &str) -> Vec<Step> {
    workshop()
        .into_iter()
        .find(|(screen, _)| *screen == name)
        .unwrap_or_else(|| panic!("no workshop screen {name}"))
        .1
}

/// The group screen's screens: (snapshot name, actions from the sample
/// group's grid on 2026-12-20).
pub fn group() -> Vec<(&'static str, Vec<xiaoshi::tui::group::app::Action>)> {
    use xiaoshi::tui::group::app::{Action as G, Screen as S};
    let typed = |text: &str| G::Edit(Edit::Insert(text.into()));
    vec![
        // Two ticks typed on 王阿姨's row (the 19th and 20th), ♥7 on
        // 李叔叔's 17th, 张奶奶's check-in of the 18th taken back.
        (
            "grp_grid",
            vec![
                G::Move(0, 5),
                G::Toggle,
                G::Toggle,
                G::NextRow,
                G::Move(0, 3),
                typed("h"),
                typed("7"),
                G::Submit,
                G::Move(1, 0),
                G::Clear,
            ],
        ),
        ("grp_card", vec![G::Move(2, 4), typed("红"), typed("7")]),
        (
            "grp_confirm",
            vec![
                G::Move(0, 5),
                G::Toggle,
                G::Toggle,
                G::Move(3, -1),
                typed("s"),
                typed("10"),
                G::Submit,
                G::Move(0, -5),
                G::Clear,
                G::AskSave,
            ],
        ),
        ("grp_tea", vec![G::Show(S::Tea)]),
        ("grp_help", vec![G::Show(S::Help)]),
    ]
}

/// The group screen `name` (the sample group of eight, `lang`), drawn at `size`.
pub fn render_group(name: &str, lang: Lang, size: (u16, u16)) -> String {
    let mut app = sample::group_app(lang, 8);
    let actions = group()
        .into_iter()
        .find(|(screen, _)| *screen == name)
        .unwrap_or_else(|| panic!("no group screen {name}"))
        .1;
    for action in actions {
        app.apply(action);
    }
    draw(size, |frame| {
        xiaoshi::tui::group::view::draw(&app, frame);
    })
}
