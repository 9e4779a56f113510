//! End-to-end tests of the TUI: the real binary in a real (virtual) terminal.
//!
//! Each test starts its own tmux server (`tmux -L <unique socket>`), runs
//! `xiaoshi` in a detached session of a fixed size, sends keys with
//! `tmux send-keys` and reads the screen with `tmux capture-pane -p`, polling
//! until the expected text shows (never sleeping blindly). The pane's shell
//! prints the exit code and whether the tty's settings came back, then stays
//! alive, so both can be read after the TUI has gone.
//!
//! Skipped (with a message) only when `tmux -V` cannot run; CI installs tmux.

mod common;

use std::path::Path;
use std::time::Instant;

use common::tmux::{
    NOW, Server, TIMEOUT, TZ, assert_quit_cleanly, tmux_available, wait_for, wait_text,
};

const NOTE: &str = "帮王阿姨收了快递";

/// `xiaoshi status --json` with the same home, clock and zone as the TUI.
fn status_json(home: &Path) -> serde_json::Value {
    let (code, stdout, stderr) = common::run(
        common::xiaoshi(home)
            .env("TZ", TZ)
            .env("XIAOSHI_NOW", NOW)
            .args(["status", "--json"]),
    );
    assert_eq!(code, 0, "status --json failed: {stderr}");
    serde_json::from_str(&stdout).expect("status --json prints JSON")
}

/// A card's top corner as the TUI draws it: `8 ♣`, `A ♥`, `JOKER ★`.
fn corner(card: &serde_json::Value) -> String {
    let symbol = match card["suit"].as_str() {
        Some("hearts") => "♥",
        Some("spades") => "♠",
        Some("clubs") => "♣",
        Some("diamonds") => "♦",
        _ => "★",
    };
    let rank = card["rank"].as_str().unwrap_or("JOKER");
    format!("│ {rank} {symbol}")
}

#[test]
fn check_in_note_language_resize_quit_and_reopen() {
    if !tmux_available() {
        return;
    }
    let started = Instant::now();
    let home = common::home();
    let server = Server::new("main");
    let pane = server.open("x", home.path(), 100, 30);

    // Opening draws today's card.
    let first = wait_text(&pane, &["Round 1", "day 1/21", "◉ not done yet", "q quit"]);
    assert_eq!(
        pane.format("#{alternate_on}"),
        "1",
        "not in the alternate screen"
    );
    let status = status_json(home.path());
    let card = &status["today"]["card"];
    assert!(card.is_object(), "no card drawn: {status}");
    let title = card["title"]["en"].as_str().expect("an English title");
    let first_word = title.split(' ').next().expect("a word");
    assert!(
        first.contains(&corner(card)) && first.contains(first_word),
        "today's card {} ({title}) is not on the home screen:\n{first}",
        card["id"]
    );

    // c checks in.
    pane.keys(&["c"]);
    wait_text(
        &pane,
        &[
            "✓ done",
            "Streak  1 ",
            "Checked in for 2026-11-20: round 1, day 1/21, streak 1.",
        ],
    );

    // n opens the note editor; Chinese text goes in as typed; Enter saves.
    pane.keys(&["n"]);
    wait_text(&pane, &["Today's note", "Enter done"]);
    pane.type_text(NOTE);
    wait_text(&pane, &["Today's note", NOTE]);
    pane.keys(&["Enter"]);
    let saved = wait_for(
        &pane,
        "the note on the home screen, the editor closed",
        |screen| {
            screen.contains(&format!("Note  {NOTE}"))
                && screen.contains("Note updated.")
                && !screen.contains("Today's note")
        },
        TIMEOUT,
    );
    assert!(saved.contains("✓ done"), "{saved}");

    // l switches to Chinese.
    pane.keys(&["l"]);
    wait_text(
        &pane,
        &["第 1 轮", "✓ 已完成", &format!("备注  {NOTE}"), "q 退出"],
    );

    // Too small: the enlarge message, and nothing of the layout.
    pane.resize(50, 15);
    let small = wait_text(&pane, &["请把终端放大到至少 60x20", "50x15"]);
    assert!(
        !small.contains("已完成"),
        "home drawn while too small:\n{small}"
    );

    // Big again: the home screen is back, laid out for 120x40.
    pane.resize(120, 40);
    let big = wait_for(
        &pane,
        "home at 120x40",
        |screen| {
            screen.contains("✓ 已完成")
                && screen.contains(&format!("备注  {NOTE}"))
                && !screen.contains("请把终端放大")
                && screen.lines().nth(39).is_some_and(|l| l.contains("q 退出"))
        },
        TIMEOUT,
    );
    assert!(big.contains(&corner(card)), "{big}");

    // q quits with 0 and restores the terminal.
    pane.keys(&["q"]);
    assert_quit_cleanly(&pane, &["q 退出", "第 1 轮", "已完成", NOTE]);

    // The language chosen with l is remembered in config.ron.
    let config = std::fs::read_to_string(home.path().join("config.ron")).expect("config.ron");
    assert!(config.contains("lang: \"zh\""), "{config}");

    // Reopened with the same home: in Chinese, as chosen; the check-in and
    // the note are kept (and the card is not drawn again).
    let again = server.open("y", home.path(), 100, 30);
    let reopened = wait_text(
        &again,
        &[
            "第 1 轮",
            "✓ 已完成",
            "连续  1 ",
            &format!("备注  {NOTE}"),
            "q 退出",
        ],
    );
    assert!(reopened.contains(&corner(card)), "{reopened}");
    // l goes back to English, remembered too; Esc on the home screen quits.
    again.keys(&["l"]);
    wait_text(&again, &["Round 1", "✓ done", "q quit"]);
    again.keys(&["Escape"]);
    assert_quit_cleanly(&again, &["q quit", "Round 1", NOTE]);
    let config = std::fs::read_to_string(home.path().join("config.ron")).expect("config.ron");
    assert!(config.contains("lang: \"en\""), "{config}");

    let status = status_json(home.path());
    assert_eq!(status["date"], "2026-11-20", "{status}");
    assert_eq!(status["today"]["done"], true, "{status}");
    assert_eq!(status["today"]["note"], NOTE, "{status}");
    assert_eq!(status["today"]["card"]["id"], card["id"], "{status}");
    assert_eq!(status["round"]["checked_in"], 1, "{status}");
    assert_eq!(status["streak"]["current"], 1, "{status}");
    println!("tui e2e scenario took {:?}", started.elapsed());
}

#[test]
fn ctrl_c_quits_even_while_typing_and_restores_the_terminal() {
    if !tmux_available() {
        return;
    }
    let started = Instant::now();
    let home = common::home();
    let server = Server::new("ctrlc");
    let pane = server.open("x", home.path(), 100, 30);
    wait_text(&pane, &["Round 1", "q quit"]);

    // In the note editor letters are text, but Ctrl-C still quits.
    pane.keys(&["n"]);
    wait_text(&pane, &["Today's note"]);
    pane.type_text("qx");
    wait_text(&pane, &["Today's note", "qx"]);
    pane.keys(&["C-c"]);
    assert_quit_cleanly(&pane, &["q quit", "Round 1", "Today's note"]);

    // Nothing was checked in, and the unsaved note was dropped.
    let status = status_json(home.path());
    assert_eq!(status["today"]["done"], false, "{status}");
    assert!(status["today"]["note"].is_null(), "{status}");
    println!("tui e2e ctrl-c took {:?}", started.elapsed());
}

#[test]
fn a_question_says_no_to_enter_and_q_and_ctrl_letters_are_not_letters() {
    if !tmux_available() {
        return;
    }
    let home = common::home();
    let server = Server::new("keys");
    let pane = server.open("x", home.path(), 100, 30);
    wait_text(&pane, &["Round 1", "q quit"]);
    pane.keys(&["c"]);
    wait_text(&pane, &["✓ done", "Checked in for 2026-11-20"]);

    // Enter, q, n and Esc each close the question and change nothing.
    for no in ["Enter", "q", "n", "Escape"] {
        pane.keys(&["u"]);
        wait_text(&pane, &["Undo today's check-in?", "y yes", "Enter no"]);
        pane.keys(&[no]);
        wait_for(
            &pane,
            &format!("{no}: the question gone, the check-in kept, the TUI open"),
            |screen| {
                !screen.contains("Undo today's check-in?")
                    && screen.contains("✓ done")
                    && screen.contains("q quit")
            },
            TIMEOUT,
        );
    }
    // Ctrl-L, Ctrl-U and Ctrl-R are not l, u and r: nothing happens (the
    // language is still English, no question opens).
    pane.keys(&["C-l", "C-u", "C-r"]);
    pane.keys(&["h"]);
    let history = wait_text(&pane, &["History", "↑ ↓ scroll"]);
    assert!(!history.contains("Undo today's check-in?"), "{history}");
    assert!(!history.contains("Use today's one redraw?"), "{history}");
    // F1 is the help, PgDn scrolls it, Esc goes back, y says yes.
    pane.keys(&["F1"]);
    wait_text(&pane, &["Help", "Today screen", "check in: today's"]);
    pane.keys(&["PageDown", "PageDown", "PageDown"]);
    wait_text(&pane, &["When asked to confirm", "these keys", "Ctrl-C"]);
    // (Esc and a key sent at once read as Alt and the key: wait between.)
    pane.keys(&["Escape"]);
    wait_text(&pane, &["Today", "u undo"]);
    pane.keys(&["u"]);
    wait_text(&pane, &["Undo today's check-in?"]);
    pane.keys(&["y"]);
    wait_text(
        &pane,
        &["Today's check-in (2026-11-20) is undone.", "◉ not done yet"],
    );
    pane.keys(&["q"]);
    assert_quit_cleanly(&pane, &["q quit", "Round 1"]);
    assert_eq!(status_json(home.path())["today"]["done"], false);
}

/// tmux answers the ambiguous-width probe (it draws ♥ one column): the TUI
/// is laid out narrow, box lines and all, and the probe leaves no mark. With
/// `ambiguous_width: wide` in the config the same terminal gets the wide
/// layout: one-column borders (◜ ╌ ╎), each suit given two columns (a blank
/// after it here), the lines still aligned.
#[test]
fn the_probe_in_tmux_and_the_wide_setting() {
    if !tmux_available() {
        return;
    }
    let home = common::home();
    let server = Server::new("width");
    let pane = server.open("x", home.path(), 100, 30);
    let narrow = wait_text(&pane, &["Round 1", "q quit", "╭"]);
    let top = narrow.lines().next().unwrap_or_default();
    assert!(
        top.starts_with(" xiaoshi") || top.starts_with(" 小事"),
        "{top:?}"
    );
    assert!(!narrow.contains('◜'), "{narrow}");
    pane.keys(&["q"]);
    assert_quit_cleanly(&pane, &["q quit", "Round 1"]);

    std::fs::write(home.path().join("config.ron"), "(ambiguous_width: wide)\n").expect("config");
    let pane = server.open("y", home.path(), 100, 30);
    let wide = wait_text(&pane, &["Round 1", "q quit", "◜", "╎", "◞"]);
    assert!(!wide.contains('╭') && !wide.contains('│'), "{wide}");
    // The columns of a row's borders, as this (narrow) terminal shows them.
    let edges = |row: &str| -> Vec<usize> {
        let mut column = 0;
        let mut found = Vec::new();
        for c in row.chars() {
            if c == '╎' {
                found.push(column);
            }
            column += unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        }
        found
    };
    let rows: Vec<&str> = wide.lines().collect();
    let corner = rows
        .iter()
        .position(|row| row.starts_with('╎') && row.contains(['♥', '♠', '♣', '♦', '★']))
        .unwrap_or_else(|| panic!("no card corner:\n{wide}"));
    // The card's right edge is in the same column on its corner's row as below.
    assert_eq!(edges(rows[corner]).len(), 2, "{wide}");
    assert_eq!(edges(rows[corner]), edges(rows[corner + 1]), "{wide}");
    pane.keys(&["q"]);
    assert_quit_cleanly(&pane, &["q quit", "Round 1"]);
}
