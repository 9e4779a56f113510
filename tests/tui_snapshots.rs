//! Every TUI screen rendered on ratatui's TestBackend at 60×20, 100×30 and
//! 160×48, in Chinese and English, with a fixed clock and journal, pinned
//! with insta snapshots (tests/snapshots/). Review changes with
//! `cargo insta review`, or accept them with `INSTA_UPDATE=always cargo test`.

mod common;

use common::screens::{resident_actions, resident_app};
use xiaoshi::i18n::Lang;
use xiaoshi::sample;
use xiaoshi::tui::app::{Action, App};
use xiaoshi::tui::view;

const SIZES: [(u16, u16); 3] = [(60, 20), (100, 30), (160, 48)];
const LANGS: [(Lang, &str); 2] = [(Lang::Zh, "zh"), (Lang::En, "en")];

fn app(lang: Lang) -> App {
    sample::app(lang)
}

fn render(app: &App, size: (u16, u16)) -> String {
    common::screens::draw(size, |frame| view::render(app, frame))
}

/// Snapshots `setup` applied to a fresh app, at every size and language.
fn each_size_and_language(name: &str, setup: &[Action]) {
    for (lang, lang_name) in LANGS {
        for size in SIZES {
            let mut app = resident_app(name, lang);
            for action in setup {
                app.apply(action.clone());
            }
            let shown = render(&app, size);
            crate::assert_screen!(format!("{name}_{}x{}_{lang_name}", size.0, size.1), shown);
        }
    }
}

#[test]
fn home() {
    each_size_and_language("home", &resident_actions("home"));
}

#[test]
fn deck() {
    each_size_and_language("deck", &resident_actions("deck"));
}

/// The jokers' tab: each joker named (红王 / 黑王), not two bare ★.
#[test]
fn deck_jokers() {
    each_size_and_language("deck_jokers", &resident_actions("deck_jokers"));
}

#[test]
fn deck_search() {
    each_size_and_language("deck_search", &resident_actions("deck_search"));
}

#[test]
fn history() {
    each_size_and_language("history", &resident_actions("history"));
}

/// History in the classic 80×24 terminal too: month labels over the
/// calendar, today as ◉ (not ✗), columns that do not run into each other
/// (`assert_screen!` checks), with a credited day and a note in the list.
#[test]
fn history_at_80x24() {
    for (lang, lang_name) in LANGS {
        for name in ["history", "credited_history"] {
            let mut app = resident_app(name, lang);
            for action in resident_actions(name) {
                app.apply(action);
            }
            let shown = render(&app, (80, 24));
            crate::assert_screen!(format!("{name}_80x24_{lang_name}"), shown);
        }
    }
}

#[test]
fn why() {
    each_size_and_language("why", &resident_actions("why"));
}

#[test]
fn help() {
    each_size_and_language("help", &resident_actions("help"));
}

#[test]
fn note_editor_with_chinese_text() {
    each_size_and_language("note", &resident_actions("note"));
}

#[test]
fn confirmations() {
    each_size_and_language("confirm_redraw", &resident_actions("confirm_redraw"));
}

/// What was done instead of the card drawn: home (the card drawn, and what
/// was done), history (both), and undo naming the note that stays.
#[test]
fn a_credited_card() {
    for name in ["credited", "credited_history", "credited_undo", "own_words"] {
        each_size_and_language(name, &resident_actions(name));
    }
}

/// Today already done: `r` says at once why it cannot redraw (no question),
/// and crediting another card from the deck browser asks first, naming
/// what it replaces (issue 13).
#[test]
fn a_day_already_done() {
    for name in ["credited_redraw", "credited_recredit"] {
        each_size_and_language(name, &resident_actions(name));
    }
}

/// Yesterday missed: the hint, and the backfill's question naming the card
/// and the backfills left (for a day without a card: the ladder's card,
/// and `d` to choose another).
#[test]
fn backfill_from_the_tui() {
    for name in ["backfill_hint", "backfill", "backfill_no_card"] {
        each_size_and_language(name, &resident_actions(name));
    }
}

/// Yesterday backfilled: the home screen offers `U` to take it back, and
/// the question names the card (and that the note stays).
#[test]
fn undo_a_backfill_from_the_tui() {
    for name in ["backfilled", "backfilled_undo"] {
        each_size_and_language(name, &resident_actions(name));
    }
}

/// Back after sixty days away: today's lines above a short grid (the
/// missed run as one cell), a fresh round offered, and asked first.
#[test]
fn coming_back_after_an_absence() {
    for name in ["absence", "absence_why", "absence_fresh_round"] {
        each_size_and_language(name, &resident_actions(name));
    }
}

#[test]
fn too_small_asks_to_enlarge() {
    for (lang, lang_name) in LANGS {
        let shown = render(&app(lang), (59, 19));
        crate::assert_screen!(format!("too_small_{lang_name}"), shown);
    }
}

#[test]
fn the_reveal_animation_frames() {
    let mut app = app(Lang::Zh);
    app.animate = true;
    let today = app.today.clone();
    app.set_today(today, true);
    let mut frames = Vec::new();
    while app.reveal.is_some() {
        frames.push(render(&app, (100, 30)));
        app.apply(Action::Tick);
    }
    assert_eq!(frames.len(), usize::from(xiaoshi::tui::app::REVEAL_FRAMES));
    assert!(frames[0].contains("小事"), "starts on the back");
    assert!(
        frames.last().is_some_and(|f| f.contains("约")),
        "ends on the face"
    );
    crate::assert_screen!("reveal_first_frame", frames[0]);
    crate::assert_screen!("reveal_middle_frame", frames[4]);
}

#[test]
fn a_refusal_on_the_status_line() {
    for (lang, lang_name) in LANGS {
        for size in SIZES {
            let mut app = app(lang);
            app.refuse(&xiaoshi::journal::actions::ActionError::RedrawAfterCheckIn);
            let shown = render(&app, size);
            crate::assert_screen!(format!("refused_{}x{}_{lang_name}", size.0, size.1), shown);
        }
    }
}

/// Every Chinese snapshot of both TUIs speaks Chinese: its only English is
/// the cards' own text, shown beneath the Chinese by design (each English
/// phrase found must come from a card of the deck).
#[test]
fn chinese_snapshots_speak_chinese() {
    let deck = xiaoshi::deck::Deck::builtin().expect("deck");
    let card_english: Vec<String> = deck
        .cards
        .iter()
        .flat_map(|card| [Some(&card.title), Some(&card.action), card.tip.as_ref()])
        .flatten()
        .map(|text| text.as_str(Lang::En).to_string())
        .collect();
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots");
    let mut checked = 0;
    for entry in std::fs::read_dir(&dir).expect("snapshots") {
        let path = entry.expect("entry").path();
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        if !name.ends_with("_zh.snap") {
            continue;
        }
        let text = std::fs::read_to_string(&path).expect("read");
        for row in text.lines().filter(|line| line.starts_with('"')) {
            let row = row.split("\" Hidden by").next().unwrap_or(row);
            for phrase in common::english_phrases(row) {
                assert!(
                    card_english.iter().any(|text| text.contains(&phrase)),
                    "{name}: `{phrase}` is English that no card holds:\n{row}"
                );
            }
        }
        checked += 1;
    }
    assert!(checked >= 40, "only {checked} Chinese snapshots");
}
