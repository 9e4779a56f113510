//! The workshop TUI rendered on ratatui's TestBackend at 100×30 and 200×50,
//! in Chinese and English, on a three-person session with seed 42 and a
//! fixed clock, pinned with insta snapshots (tests/snapshots/).

mod common;

use common::screens::{self, NAMES, Step, workshop_steps};
use jiff::Timestamp;
use xiaoshi::i18n::Lang;
use xiaoshi::sample;
use xiaoshi::tui::app::Edit;
use xiaoshi::tui::theme::Theme;
use xiaoshi::tui::workshop::app::{Action, App, Screen};
use xiaoshi::tui::workshop::view;
use xiaoshi::tui::workshop::view::bigtext;

const SIZES: [(u16, u16); 2] = [(100, 30), (200, 50)];
const LANGS: [(Lang, &str); 2] = [(Lang::Zh, "zh"), (Lang::En, "en")];
fn now() -> Timestamp {
    sample::workshop_now()
}

fn app(lang: Lang) -> App {
    screens::workshop_app(lang)
}

fn render(app: &App, size: (u16, u16)) -> String {
    screens::draw(size, |frame| view::render(app, frame))
}

fn each_size_and_language(name: &str, steps: &[Step]) {
    for (lang, lang_name) in LANGS {
        for size in SIZES {
            let mut app = app(lang);
            screens::take(&mut app, steps, now());
            let shown = render(&app, size);
            for name in NAMES {
                if app.overlay.is_none() && (app.screen != Screen::Spotlight || name == "王阿姨")
                {
                    assert!(shown.contains(name), "{name} missing:\n{shown}");
                }
            }
            crate::assert_screen!(format!("{name}_{}x{}_{lang_name}", size.0, size.1), shown);
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
fn spotlight_counting_the_overtime() {
    let name = "ws_spotlight_overtime";
    each_size_and_language(name, &workshop_steps(name));
    let mut app = app(Lang::Zh);
    screens::take(&mut app, &workshop_steps(name), now());
    let shown = render(&app, (100, 30));
    assert!(shown.contains("超时"), "{shown}");
    // +1:23 in block digits: the + glyph's middle row, then 1, :, 2, 3.
    assert!(app.timer.overtime(app.now_ms) == Some(83_000));
}

/// Where `text` is drawn large on `screen`: the size (pixels) at which the
/// middle row of its first characters, as [`bigtext`] draws them, is
/// there; `None` if it is not drawn large at any size from `least` up.
fn drawn_large(screen: &str, text: &str, least: u16) -> Option<u16> {
    let theme = Theme { color: false };
    let chars: Vec<char> = text.chars().collect();
    bigtext::SIZES
        .iter()
        .copied()
        .filter(|px| *px >= least)
        .find(|&px| {
            (2..=chars.len().min(6)).rev().any(|n| {
                let prefix: String = chars[..n].iter().collect();
                let drawn = bigtext::draw(&[prefix], px, ratatui::style::Style::default(), &theme);
                let row = &drawn[drawn.len() / 2];
                let row: String = row.spans.iter().map(|s| s.content.as_ref()).collect();
                let row = row.trim_end();
                row.chars().filter(|c| *c != ' ').count() >= 4 && screen.contains(row)
            })
        })
}

#[test]
fn the_spotlight_draws_the_name_and_the_title_large() {
    for (lang, _) in LANGS {
        for size in SIZES {
            let mut app = app(lang);
            screens::take(&mut app, &workshop_steps("ws_spotlight_running"), now());
            let shown = render(&app, size);
            let (who, _) = app.spotlight().expect("turns");
            let name = app.session.name(who).to_string();
            let card = app.hand(who)[app.card];
            let title = card.title.as_str(lang).to_string();
            let least = if size.0 >= 200 { 16 } else { 10 };
            let name_px = drawn_large(&shown, &name, least);
            let title_px = drawn_large(&shown, &title, least);
            assert!(name_px.is_some(), "{name} not large at {size:?}:\n{shown}");
            assert!(
                title_px.is_some(),
                "{title} not large at {size:?}:\n{shown}"
            );
        }
    }
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
fn a_summary_names_who_has_not_pledged() {
    each_size_and_language("ws_summary_not_all", &workshop_steps("ws_summary_not_all"));
    let mut app = app(Lang::Zh);
    screens::take(&mut app, &workshop_steps("ws_summary_not_all"), now());
    let shown = render(&app, (100, 30));
    assert!(shown.contains("还没有承诺（2）"), "{shown}");
    let missing = shown
        .lines()
        .skip_while(|line| !line.contains("还没有承诺（2）"))
        .nth(1)
        .expect("the names");
    assert!(
        missing.contains("王阿姨") && missing.contains("小明") && !missing.contains("李叔叔"),
        "{shown}"
    );
    assert!(
        shown.contains("承诺卡"),
        "the keys that write the papers: {shown}"
    );
}

#[test]
fn help_overlay() {
    each_size_and_language("ws_help", &workshop_steps("ws_help"));
}

#[test]
fn a_refused_swap_on_the_status_line() {
    let name = "ws_refused_swap";
    each_size_and_language(name, &workshop_steps(name));
}

#[test]
fn a_refused_deal_on_the_status_line() {
    let name = "ws_refused_deal";
    each_size_and_language(name, &workshop_steps(name));
}

/// Every refusal the facilitator's screen can say, said in Chinese: the
/// status line (and the pledge form's error) has no English sentence.
#[test]
fn every_refusal_is_said_in_chinese() {
    let mut said = Vec::new();
    let mut note = |app: &App, what: &str| {
        let text = match &app.overlay {
            Some(xiaoshi::tui::workshop::app::Overlay::Pledge(form)) => form.error.clone(),
            _ => app.message.as_ref().map(|m| m.text.clone()),
        };
        let text = text.unwrap_or_else(|| panic!("{what}: nothing said"));
        said.push((what.to_string(), text));
    };
    let zh = |steps: &[Action]| {
        let mut app = app(Lang::Zh);
        for step in steps {
            app.apply(step.clone());
        }
        app
    };
    let add = |text: &str| {
        vec![
            Action::StartAdd,
            Action::Edit(Edit::Insert(text.into())),
            Action::Submit,
        ]
    };
    note(&zh(&add("王阿姨")), "a duplicate name");
    note(&zh(&add("刘师傅/赵老师")), "an unsplit list");
    note(&zh(&add("一二三四五六七八九十一二三")), "a name too long");
    let seed = [
        Action::StartSeed,
        Action::Edit(Edit::Clear),
        Action::Edit(Edit::Insert("zz!".into())),
        Action::Submit,
    ];
    note(&zh(&seed), "a bad seed");
    let mut no_piles: Vec<Action> = xiaoshi::deck::Pile::ALL
        .into_iter()
        .map(Action::TogglePile)
        .collect();
    no_piles.push(Action::Deal);
    note(&zh(&no_piles), "no suits in play");
    let mut empty = App::new(
        sample::workshop(&[]).0,
        sample::workshop(&[]).1,
        Lang::Zh,
        Theme { color: false },
        now(),
    );
    empty.apply(Action::Deal);
    note(&empty, "no participants");
    note(&zh(&[Action::Deal, Action::Remove]), "setup after the deal");
    note(
        &zh(&[Action::Deal, Action::Swap, Action::Swap]),
        "a second swap",
    );
    note(
        &zh(&[Action::Deal, Action::Withdraw]),
        "nothing to withdraw",
    );
    let pledge = |by: &str| {
        vec![
            Action::Deal,
            Action::OpenPledge,
            Action::Edit(Edit::Insert(by.into())),
            Action::Submit,
        ]
    };
    note(&zh(&pledge("明天")), "a bad date");
    note(&zh(&pledge("2026年2月30日")), "no such day");
    note(&zh(&pledge("2026-11-01")), "a date before the session");
    note(
        &zh(&[Action::Deal, Action::OpenOwnWords, Action::Submit]),
        "a joker without words",
    );
    for (what, text) in &said {
        let english = common::english_sentences(text);
        assert!(english.is_empty(), "{what}: {text}");
        assert!(
            text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
            "{what}: {text}"
        );
    }
}
