//! Text output in a console that draws ambiguous characters wide: `status`,
//! `why` and `history` print only symbols that are one column in every
//! terminal (the grid's ✓ ✗ ❄ ◉ ◌; suits by name), so a Chinese console shows
//! them as a narrow one does; the `ambiguous_width` setting and
//! `XIAOSHI_AMBIGUOUS` are read (a bad value is an error with its place),
//! and without a terminal nothing asks the terminal anything.

mod common;

use std::path::Path;

use common::{home, run, xiaoshi};

fn at(home: &Path, now: &str, env: &[(&str, &str)], args: &[&str]) -> (i32, String, String) {
    let mut cmd = xiaoshi(home);
    cmd.env("TZ", "Asia/Shanghai").env("XIAOSHI_NOW", now);
    for (key, value) in env {
        cmd.env(key, value);
    }
    run(cmd.args(args))
}

fn ok(home: &Path, now: &str, env: &[(&str, &str)], args: &[&str]) -> String {
    let (code, stdout, stderr) = at(home, now, env, args);
    assert_eq!(code, 0, "{args:?}: {stderr}");
    stdout
}

/// Seven days done, the 8th frozen, the 9th done, the 10th and 11th missed:
/// every state of the grid by 2026-10-12.
fn journal(home: &Path) {
    for day in [1, 2, 3, 4, 5, 6, 7, 9] {
        ok(
            home,
            &format!("2026-10-{day:02}T08:00:00+08:00"),
            &[],
            &["done"],
        );
    }
}

const TODAY: &str = "2026-10-12T20:00:00+08:00";

#[test]
fn status_why_and_history_survive_a_wide_console() {
    let home = home();
    journal(home.path());
    ok(home.path(), TODAY, &[], &["draw"]);
    for lang in ["zh", "en"] {
        for command in ["status", "why", "history"] {
            let args = [command, "--lang", lang];
            let narrow = ok(home.path(), TODAY, &[], &args);
            let wide = ok(home.path(), TODAY, &[("XIAOSHI_AMBIGUOUS", "wide")], &args);
            assert_eq!(
                xiaoshi::text::first_ambiguous(&narrow),
                None,
                "{command} --lang {lang} prints a character whose width varies:\n{narrow}"
            );
            assert_eq!(wide, narrow, "{command} --lang {lang}");
            assert!(!narrow.contains('\x1b'), "{command}: an escape sequence");
        }
        let status = ok(home.path(), TODAY, &[], &["status", "--lang", lang]);
        for symbol in ["✓", "❄", "✗", "◉", "◌"] {
            assert!(status.contains(symbol), "{symbol} missing:\n{status}");
        }
    }
}

#[test]
fn without_a_terminal_nothing_is_asked() {
    let home = home();
    journal(home.path());
    for env in [
        &[][..],
        &[("XIAOSHI_AMBIGUOUS", "auto")][..],
        &[("XIAOSHI_AMBIGUOUS", "wide")][..],
    ] {
        // Bare `xiaoshi` without a terminal prints the status instead of the TUI.
        let (code, stdout, stderr) = at(home.path(), TODAY, env, &[]);
        assert_eq!(code, 0, "{stderr}");
        assert!(stdout.contains("✓"), "{stdout}");
        for text in [&stdout, &stderr] {
            assert!(!text.contains('\x1b'), "asked the terminal: {text:?}");
        }
    }
}

#[test]
fn the_setting_is_read_and_a_bad_value_is_placed() {
    let home = home();
    journal(home.path());
    let config = home.path().join("config.ron");
    for value in ["auto", "narrow", "wide"] {
        std::fs::write(&config, format!("(ambiguous_width: {value})\n")).expect("config");
        ok(home.path(), TODAY, &[], &["status"]);
    }
    std::fs::write(&config, "(\n    ambiguous_width: sideways,\n)\n").expect("config");
    let (code, _, stderr) = at(home.path(), TODAY, &[], &["status"]);
    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.contains("config.ron:2:"), "{stderr}");
    assert!(stderr.contains("wide"), "names the values: {stderr}");
    // An environment value that names no width is left to the config.
    std::fs::write(&config, "(ambiguous_width: wide)\n").expect("config");
    ok(
        home.path(),
        TODAY,
        &[("XIAOSHI_AMBIGUOUS", "sideways")],
        &["status"],
    );
}
