//! `xiaoshi deck list | show | check`, `completions`, `man` and the global flags,
//! driven through the real binary.

mod common;

use common::{home, repo_file, run, xiaoshi};
use serde_json::Value;

fn json(stdout: &str) -> Value {
    serde_json::from_str(stdout).expect("valid JSON")
}

#[test]
fn list_json_has_all_54_cards_with_the_documented_fields() {
    let home = home();
    let (code, stdout, stderr) = run(xiaoshi(home.path()).args(["deck", "list", "--json"]));
    assert_eq!(code, 0, "{stderr}");
    let cards = json(&stdout);
    let cards = cards.as_array().expect("array");
    assert_eq!(cards.len(), 54);
    for card in cards {
        for pointer in [
            "/id",
            "/suit",
            "/title/zh",
            "/title/en",
            "/action/zh",
            "/action/en",
        ] {
            assert!(
                card.pointer(pointer).is_some_and(Value::is_string),
                "{pointer} in {card}"
            );
        }
        assert!(card["minutes"].is_u64(), "{card}");
        assert!(card.get("rank").is_some(), "{card}");
    }
    let seven = cards
        .iter()
        .find(|c| c["id"] == "hearts-7")
        .expect("hearts-7");
    assert_eq!(seven["suit"], "hearts");
    assert_eq!(seven["rank"], "7");
    let joker = cards
        .iter()
        .find(|c| c["id"] == "joker-red")
        .expect("joker-red");
    assert_eq!(joker["suit"], "joker");
    assert!(joker["rank"].is_null());
}

#[test]
fn list_filters_by_suit_in_any_spelling() {
    let home = home();
    for spelling in ["clubs", "club", "梅花", "♣"] {
        let (code, stdout, _) =
            run(xiaoshi(home.path()).args(["deck", "list", "--json", "--suit", spelling]));
        assert_eq!(code, 0);
        let cards = json(&stdout);
        let cards = cards.as_array().expect("array");
        assert_eq!(cards.len(), 13, "{spelling}");
        assert!(cards.iter().all(|c| c["suit"] == "clubs"));
    }
    let (_, stdout, _) = run(xiaoshi(home.path()).args(["deck", "list", "--suit", "joker"]));
    assert_eq!(
        stdout.lines().count(),
        3,
        "header and two jokers:\n{stdout}"
    );
}

#[test]
fn list_table_is_aligned_by_display_width_in_chinese() {
    let home = home();
    let (code, stdout, _) =
        run(xiaoshi(home.path()).args(["deck", "list", "--lang", "zh", "--suit", "hearts"]));
    assert_eq!(code, 0);
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 14);
    assert!(lines[0].starts_with("编号"), "{}", lines[0]);
    // The title column starts at the same display column on every line.
    let title_column = |line: &str| {
        let title_start = line.rfind("  ").expect("columns") + 2;
        unicode_width::UnicodeWidthStr::width(&line[..title_start])
    };
    let first = title_column(lines[0]);
    for line in &lines[1..] {
        assert_eq!(title_column(line), first, "misaligned: {line}");
    }
}

#[test]
fn language_comes_from_flag_then_xiaoshi_lang_then_lang() {
    let home = home();
    let header = |cmd: &mut assert_cmd::Command| {
        let (_, stdout, _) = run(cmd.args(["deck", "list"]));
        stdout.lines().next().unwrap_or_default().to_string()
    };
    assert!(header(&mut xiaoshi(home.path())).starts_with("ID"));
    assert!(header(xiaoshi(home.path()).env("LANG", "zh_CN.UTF-8")).starts_with("编号"));
    assert!(
        header(
            xiaoshi(home.path())
                .env("LANG", "zh_CN.UTF-8")
                .env("XIAOSHI_LANG", "en")
        )
        .starts_with("ID")
    );
    assert!(header(xiaoshi(home.path()).env("XIAOSHI_LANG", "zh")).starts_with("编号"));
    assert!(
        header(
            xiaoshi(home.path())
                .env("XIAOSHI_LANG", "zh")
                .args(["--lang", "en"])
        )
        .starts_with("ID")
    );
}

#[test]
fn show_prints_one_card_in_text_and_json() {
    let home = home();
    let (code, stdout, _) =
        run(xiaoshi(home.path()).args(["deck", "show", "diamonds-6", "--lang", "zh"]));
    assert_eq!(code, 0);
    assert!(stdout.starts_with("方块 6（空间环境）"), "{stdout}");
    assert!(stdout.contains("清理消防通道杂物"), "{stdout}");
    assert!(stdout.contains("约 30 分钟"), "{stdout}");

    let (code, stdout, _) =
        run(xiaoshi(home.path()).args(["deck", "show", "DIAMONDS-6", "--json"]));
    assert_eq!(code, 0);
    let card = json(&stdout);
    assert_eq!(card["id"], "diamonds-6");
    assert_eq!(card["rank"], "6");
}

#[test]
fn show_of_an_unknown_card_suggests_the_nearest_id() {
    let home = home();
    let (code, stdout, stderr) = run(xiaoshi(home.path()).args(["deck", "show", "hearts-77"]));
    assert_eq!(code, 1);
    assert!(stdout.is_empty());
    assert!(stderr.contains("no card `hearts-77`"), "{stderr}");
    assert!(stderr.contains("did you mean `hearts-7`?"), "{stderr}");
}

#[test]
fn check_accepts_the_default_deck() {
    let home = home();
    let deck = repo_file("decks/shequ-xiaoshi.ron");
    let (code, stdout, stderr) = run(xiaoshi(home.path()).args(["deck", "check"]).arg(&deck));
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stdout.contains("valid, 54 cards (complete deck)"),
        "{stdout}"
    );
    assert!(stdout.contains("Hearts 13, Spades 13, Clubs 13, Diamonds 13, Joker 2"));
    assert!(stderr.is_empty(), "no warnings expected: {stderr}");
}

#[test]
fn a_custom_deck_replaces_the_builtin_everywhere() {
    let home = home();
    let deck = home.path().join("our-deck.ron");
    std::fs::write(
        &deck,
        r#"// 我们小区自己的牌
(
    name: (zh: "幸福里小事", en: "Xingfuli small things"),
    complete: false,
    cards: [
        (id: "clubs-2", suit: Clubs, rank: 2,
         title: (zh: "帮邻居扔垃圾", en: "Take out a neighbour's rubbish"),
         action: (zh: "下楼时顺手帮行动不便的邻居把垃圾带下去。", en: "On your way down, take the rubbish down for a neighbour who finds stairs hard."),
         minutes: 5),
    ],
)
"#,
    )
    .expect("write deck");
    let (code, stdout, stderr) = run(xiaoshi(home.path())
        .args(["deck", "list", "--json", "--deck"])
        .arg(&deck));
    assert_eq!(code, 0, "{stderr}");
    let cards = json(&stdout);
    assert_eq!(cards.as_array().map(Vec::len), Some(1));
    assert_eq!(cards[0]["title"]["zh"], "帮邻居扔垃圾");

    let (code, stdout, _) = run(xiaoshi(home.path()).args(["deck", "check"]).arg(&deck));
    assert_eq!(code, 0);
    assert!(stdout.contains("valid, 1 cards (partial deck)"), "{stdout}");
}

#[test]
fn check_warns_about_ambiguous_width_text_but_passes() {
    let home = home();
    let deck = home.path().join("quotes.ron");
    std::fs::write(
        &deck,
        r#"(name: (zh: "引号", en: "Quotes"), complete: false, cards: [
    (id: "hearts-a", suit: Hearts, rank: "A", title: (zh: "说“早上好”", en: "Say good morning"),
     action: (zh: "对邻居说早上好。", en: "Say good morning to a neighbour."), minutes: 2),
])"#,
    )
    .expect("write deck");
    let (code, _, stderr) = run(xiaoshi(home.path()).args(["deck", "check"]).arg(&deck));
    assert_eq!(code, 0);
    assert!(
        stderr.contains("warning[W001 ambiguous-width]:"),
        "{stderr}"
    );
    assert!(stderr.contains("U+201C"), "{stderr}");
}

#[test]
fn completions_and_man_page_come_from_the_cli_definitions() {
    let home = home();
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let (code, stdout, _) = run(xiaoshi(home.path()).args(["completions", shell]));
        assert_eq!(code, 0, "{shell}");
        assert!(stdout.contains("xiaoshi"), "{shell}");
        assert!(stdout.contains("deck"), "{shell}");
    }
    let (code, stdout, _) = run(xiaoshi(home.path()).arg("man"));
    assert_eq!(code, 0);
    assert!(stdout.contains(".TH xiaoshi"), "{stdout}");
    assert!(stdout.contains("completions"));
}

/// `xiaoshi man` is one whole page: it points to no other page (clap_mangen
/// lists `xiaoshi-draw(1)` and so on, pages that are never installed), and
/// describes every command and subcommand, with its options, itself.
#[test]
fn the_man_page_is_whole_and_points_to_no_missing_page() {
    let home = home();
    for lang in ["en", "zh"] {
        let (code, page, _) = run(xiaoshi(home.path()).args(["--lang", lang, "man"]));
        assert_eq!(code, 0);
        assert!(!page.contains("(1)"), "{lang}: a reference to another page");
        assert!(!page.contains("SUBCOMMANDS"));
        assert_eq!(page.matches(".ie \\n(.g").count(), 1, "one preamble");
        for command in [
            "draw",
            "done",
            "undo",
            "status",
            "round start",
            "journal export",
            "journal import",
            "deck check",
            "workshop deal",
            "group review",
            "rollup",
            "completions",
            "man",
        ] {
            assert!(
                page.contains(&format!(".SS \"xiaoshi {command}\"\n")),
                "{lang}: {command}"
            );
        }
        // A command's own options under it; the options of every command once.
        let done = &page[page.find(".SS \"xiaoshi done\"").expect("done")..];
        let done = &done[..done[4..].find(".SS ").expect("next") + 4];
        assert!(done.contains("\\-\\-yesterday"), "{done}");
        assert!(!done.contains("\\-\\-no\\-color"), "{done}");
        assert_eq!(
            page.matches("\\fB\\-\\-no\\-color\\fR").count(),
            2,
            "synopsis and options"
        );
        // In the reader's language, headings too.
        let (headings, words) = if lang == "zh" {
            ([".SH 名称", ".SH 选项", ".SH 命令"], "显示今天的牌")
        } else {
            (
                [".SH NAME", ".SH OPTIONS", ".SH COMMANDS"],
                "Show today\\*(Aqs card",
            )
        };
        for heading in headings {
            assert!(page.contains(&format!("{heading}\n")), "{lang}: {heading}");
        }
        assert!(page.contains(words), "{lang}: {words}");
    }
}

#[test]
fn usage_errors_exit_2_and_help_exits_0() {
    let home = home();
    for args in [
        vec!["deck", "list", "--suit", "stars"],
        vec!["deck", "frobnicate"],
        vec!["--lang", "fr", "deck", "list"],
        vec!["deck", "show"],
        vec!["completions", "tcsh"],
    ] {
        let (code, stdout, stderr) = run(xiaoshi(home.path()).args(&args));
        assert_eq!(code, 2, "{args:?}: {stderr}");
        assert!(stdout.is_empty());
        assert!(!stderr.is_empty());
    }
    let (code, stdout, _) = run(xiaoshi(home.path()).arg("--help"));
    assert_eq!(code, 0);
    assert!(stdout.contains("deck"));
    let (code, stdout, _) = run(xiaoshi(home.path()).arg("--version"));
    assert_eq!(code, 0);
    assert!(stdout.starts_with("xiaoshi "));
}

#[test]
fn bare_xiaoshi_without_a_terminal_prints_the_status() {
    let home = home();
    let (code, stdout, stderr) = run(xiaoshi(home.path())
        .env("XIAOSHI_NOW", "2026-11-23T08:00:00+08:00")
        .env("TZ", "Asia/Shanghai"));
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.starts_with("2026-11-23\n"), "{stdout}");
    assert!(stdout.contains("Round 1  day 1/21"), "{stdout}");
}

#[test]
fn a_closed_pipe_is_not_an_error() {
    // The reading end is closed before xiaoshi starts, so its first write
    // fails with EPIPE however fast or slow either side is.
    for args in [
        vec!["deck", "list"],
        vec!["deck", "list", "--json"],
        vec!["completions", "bash"],
        vec!["man"],
        vec!["--help"],
    ] {
        let (reader, writer) = std::io::pipe().expect("pipe");
        drop(reader);
        let output = std::process::Command::new(common::binary())
            .args(&args)
            .env_remove("LANG")
            .stdout(writer)
            .stderr(std::process::Stdio::piped())
            .output()
            .expect("runs");
        assert_eq!(output.status.code(), Some(0), "{args:?}");
        assert!(
            output.stderr.is_empty(),
            "{args:?}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
}
