//! Chinese first, through the real binary: how the language is chosen and
//! remembered, `--help` and usage errors in Chinese, input typed through a
//! Chinese input method, and `deck check --json`'s coded problems. (Every
//! error path the other CLI tests reach is checked in Chinese by
//! `common::run` itself.)

mod common;

use clap::CommandFactory;
use common::{english_sentences, home, run, xiaoshi};
use serde_json::Value;

const NOW: &str = "2026-11-24T10:00:00+08:00[Asia/Shanghai]";

/// Every command's path: `[]`, `["deck"]`, `["deck", "list"]`, …
fn command_paths() -> Vec<Vec<String>> {
    fn walk(cmd: &clap::Command, path: Vec<String>, out: &mut Vec<Vec<String>>) {
        out.push(path.clone());
        for sub in cmd.get_subcommands() {
            let mut path = path.clone();
            path.push(sub.get_name().to_string());
            walk(sub, path, out);
        }
    }
    let mut out = Vec::new();
    walk(&xiaoshi::cli::Cli::command(), Vec::new(), &mut out);
    out
}

#[test]
fn every_commands_help_is_chinese_in_zh() {
    let home = home();
    let paths = command_paths();
    assert!(paths.len() > 20, "{paths:?}");
    for path in paths {
        let (code, stdout, stderr) = run(xiaoshi(home.path())
            .args(["--lang", "zh"])
            .args(&path)
            .arg("--help"));
        assert_eq!(code, 0, "{path:?}: {stderr}");
        assert!(stdout.contains("用法：xiaoshi"), "{path:?}:\n{stdout}");
        let english = english_sentences(&stdout);
        assert!(english.is_empty(), "{path:?}:\n{stdout}\n{english:?}");
        // Full-width colons after every heading, as after 用法.
        for heading in ["选项", "参数", "命令"] {
            assert!(
                !stdout.contains(&format!("\n{heading}:")),
                "{path:?}:\n{stdout}"
            );
        }
        assert!(stdout.contains("\n选项：\n"), "{path:?}:\n{stdout}");
        // The usage line names the options in Chinese too.
        assert!(!stdout.contains("[OPTIONS]"), "{path:?}:\n{stdout}");
    }
    let (code, _, stderr) = run(xiaoshi(home.path()).args(["--lang", "zh", "done", "--bogus"]));
    assert_eq!(code, 2);
    assert!(stderr.contains("用法：xiaoshi done [选项]"), "{stderr}");
    let (_, stdout, _) =
        run(xiaoshi(home.path()).args(["--lang", "zh", "workshop", "deal", "--help"]));
    assert!(stdout.contains("发牌并打印出来"), "{stdout}");
    assert!(stdout.contains("--participants <NAMES>"), "{stdout}");
    assert!(stdout.contains("每人几张牌，1 到 5"), "{stdout}");
}

#[test]
fn lang_both_is_offered_only_where_it_works() {
    let home = home();
    for path in command_paths() {
        let prints = matches!(
            path.iter()
                .map(String::as_str)
                .collect::<Vec<_>>()
                .as_slice(),
            ["export"] | ["workshop", "report"]
        );
        for lang in ["en", "zh"] {
            let (code, stdout, stderr) = run(xiaoshi(home.path())
                .args(["--lang", lang])
                .args(&path)
                .arg("--help"));
            assert_eq!(code, 0, "{path:?}: {stderr}");
            // The `--lang` option's lines: from its name to the next option.
            let lines: Vec<&str> = stdout.lines().collect();
            let start = lines
                .iter()
                .position(|line| line.trim_start().starts_with("--lang"))
                .expect("--lang");
            let end = lines[start + 1..]
                .iter()
                .position(|line| line.trim_start().starts_with('-'))
                .map_or(lines.len(), |n| start + 1 + n);
            let offers = lines[start..end].join(" ").contains("both");
            assert_eq!(offers, prints, "{path:?} in {lang}:\n{stdout}");
        }
    }
    // Where it is not offered it is refused, with where it works.
    let (code, _, stderr) = run(xiaoshi(home.path()).args(["--lang", "both", "workshop", "list"]));
    assert_eq!(code, 2);
    assert!(
        stderr.contains("workshop report --format html|pdf|cards"),
        "{stderr}"
    );
}

#[test]
fn participant_limits_are_one_rule_in_help_and_in_use() {
    let home = home();
    for lang in ["en", "zh"] {
        let (_, stdout, _) =
            run(xiaoshi(home.path()).args(["--lang", lang, "workshop", "deal", "--help"]));
        assert!(stdout.contains("54"), "{stdout}");
        assert!(stdout.contains("18"), "{stdout}");
    }
    let names = |n: usize| {
        (1..=n)
            .map(|i| format!("p{i}"))
            .collect::<Vec<_>>()
            .join(",")
    };
    let deal = |n: usize, hand: &str| {
        run(xiaoshi(home.path()).args([
            "workshop",
            "deal",
            "--participants",
            &names(n),
            "--hand",
            hand,
            "--seed",
            "1",
        ]))
    };
    assert_eq!(deal(54, "1").0, 0);
    assert_eq!(deal(18, "3").0, 0);
    let (code, _, stderr) = deal(19, "3");
    assert_eq!(code, 1);
    assert!(stderr.contains("at most 2 cards each"), "{stderr}");
    let (code, _, stderr) = deal(55, "1");
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("(54)"), "{stderr}");
}

#[test]
fn english_help_is_unchanged_in_shape() {
    let home = home();
    let (code, stdout, _) = run(xiaoshi(home.path()).args(["--lang", "en", "--help"]));
    assert_eq!(code, 0);
    assert!(
        stdout.starts_with("小事 xiaoshi — one small neighbourly act a day"),
        "{stdout}"
    );
    assert!(
        stdout.contains("Usage: xiaoshi [OPTIONS] [COMMAND]"),
        "{stdout}"
    );
    assert!(
        stdout.contains("Options:") && stdout.contains("Print help"),
        "{stdout}"
    );
}

#[test]
fn a_usage_error_in_zh_is_chinese_with_the_usage_line() {
    let home = home();
    for args in [
        &["deck", "list", "--frobnicate"][..],
        &["deck", "show"],
        &["workshop", "deal", "--hand", "九"],
        &["export", "--format", "svg", "--paper", "a4"],
        &["nonsense"],
    ] {
        let (code, stdout, stderr) = run(xiaoshi(home.path()).args(["--lang", "zh"]).args(args));
        assert_eq!(code, 2, "{args:?}: {stderr}");
        assert!(stdout.is_empty());
        assert!(stderr.starts_with("错误："), "{args:?}: {stderr}");
        assert!(stderr.contains("提示："), "{args:?}: {stderr}");
        assert!(english_sentences(&stderr).is_empty(), "{args:?}: {stderr}");
    }
    let (_, _, stderr) =
        run(xiaoshi(home.path()).args(["--lang", "zh", "deck", "list", "--frobnicate"]));
    assert!(stderr.contains("不认识的参数 '--frobnicate'"), "{stderr}");
    assert!(stderr.contains("用法：xiaoshi deck list"), "{stderr}");
    let (_, _, stderr) =
        run(xiaoshi(home.path()).args(["--lang", "zh", "workshop", "deal", "--hand", "九"]));
    assert!(stderr.contains("“九” 不是数字"), "{stderr}");
}

/// The language of `xiaoshi deck list`'s heading row.
fn heading(cmd: &mut assert_cmd::Command) -> &'static str {
    let (code, stdout, stderr) = run(cmd.args(["deck", "list", "--suit", "joker"]));
    assert_eq!(code, 0, "{stderr}");
    match stdout.lines().next() {
        Some(line) if line.starts_with("编号") => "zh",
        Some(line) if line.starts_with("ID") => "en",
        other => panic!("{other:?}"),
    }
}

#[test]
fn the_language_is_chosen_in_a_documented_order() {
    let home = home();
    let x = || xiaoshi(home.path());
    assert_eq!(heading(&mut x()), "en", "nothing set: English");
    assert_eq!(heading(x().env("LANG", "zh_CN.UTF-8")), "zh");
    assert_eq!(
        heading(
            x().env("LC_MESSAGES", "zh_CN.UTF-8")
                .env("LANG", "en_US.UTF-8")
        ),
        "zh"
    );
    assert_eq!(
        heading(x().env("LC_ALL", "zh_CN.UTF-8").env("LANG", "en_US.UTF-8")),
        "zh"
    );
    assert_eq!(
        heading(x().env("LC_ALL", "C").env("LANG", "zh_CN.UTF-8")),
        "en",
        "LC_ALL decides"
    );

    // The choice saved by the TUI wins over the locale.
    std::fs::write(home.path().join("config.ron"), "(lang: \"zh\")\n").expect("config");
    assert_eq!(heading(x().env("LANG", "en_US.UTF-8")), "zh");
    assert_eq!(heading(x().env("LC_ALL", "en_US.UTF-8")), "zh");
    // XIAOSHI_LANG wins over the saved choice, and --lang over everything.
    assert_eq!(heading(x().env("XIAOSHI_LANG", "en")), "en");
    assert_eq!(
        heading(x().env("XIAOSHI_LANG", "zh").args(["--lang", "en"])),
        "en"
    );

    // A broken config is not a language; the command that reads it says so.
    std::fs::write(home.path().join("config.ron"), "(lang: \"zh\"").expect("config");
    assert_eq!(heading(x().env("LANG", "en_US.UTF-8")), "en");
    let (code, _, stderr) = run(x().env("LANG", "zh_CN.UTF-8").arg("status"));
    assert_eq!(code, 1);
    assert!(stderr.starts_with("错误："), "{stderr}");
    assert!(stderr.contains("config.ron:1:"), "{stderr}");
}

fn deal(home: &std::path::Path, participants: &str) -> Value {
    let (code, stdout, stderr) = run(xiaoshi(home).args([
        "workshop",
        "deal",
        "--participants",
        participants,
        "--hand",
        "3",
        "--seed",
        "1",
        "--json",
    ]));
    assert_eq!(code, 0, "{stderr}");
    serde_json::from_str(&stdout).expect("json")
}

#[test]
fn lists_typed_with_a_chinese_input_method_split() {
    let home = home();
    let dealt = deal(home.path(), "王阿姨，李叔叔、小明");
    let hands = dealt["hands"].as_array().expect("hands");
    assert_eq!(hands.len(), 3, "{dealt}");
    let names: Vec<&str> = hands
        .iter()
        .map(|hand| hand["participant"].as_str().expect("name"))
        .collect();
    assert_eq!(names, ["王阿姨", "李叔叔", "小明"]);
    assert!(
        hands
            .iter()
            .all(|hand| hand["cards"].as_array().map(Vec::len) == Some(3))
    );
    for typed in [
        "王阿姨;李叔叔；小明",
        "王阿姨\n李叔叔\n小明",
        "\u{3000}王阿姨\u{3000}，李叔叔, 小明",
    ] {
        assert_eq!(
            deal(home.path(), typed)["hands"],
            dealt["hands"],
            "{typed:?}"
        );
    }
    let file = home.path().join("names.txt");
    std::fs::write(&file, "# 报名表\n王阿姨，李叔叔\n小明\n").expect("file");
    let (code, stdout, stderr) = run(xiaoshi(home.path())
        .args([
            "workshop",
            "deal",
            "--hand",
            "3",
            "--seed",
            "1",
            "--json",
            "--participants-file",
        ])
        .arg(&file));
    assert_eq!(code, 0, "{stderr}");
    let from_file: Value = serde_json::from_str(&stdout).expect("json");
    assert_eq!(from_file["hands"], dealt["hands"]);

    // A list that did not split is said, not dealt to one long name.
    let (code, _, stderr) = run(xiaoshi(home.path()).args([
        "--lang",
        "zh",
        "workshop",
        "deal",
        "--participants",
        "王阿姨 李叔叔 小明",
    ]));
    assert_eq!(code, 2);
    assert!(stderr.contains("像是几个名字连在一起"), "{stderr}");
    assert!(stderr.contains("王阿姨，李叔叔、小明"), "{stderr}");
}

#[test]
fn full_width_numbers_and_suits() {
    let home = home();
    let (code, stdout, stderr) = run(xiaoshi(home.path()).args([
        "workshop",
        "deal",
        "--participants",
        "王阿姨，李叔叔",
        "--hand",
        "２",
        "--minutes",
        "３０",
        "--suits",
        "红桃，梅花",
        "--seed",
        "４２",
        "--json",
    ]));
    assert_eq!(code, 0, "{stderr}");
    let dealt: Value = serde_json::from_str(&stdout).expect("json");
    assert_eq!(dealt["seed"], "42");
    for hand in dealt["hands"].as_array().expect("hands") {
        for card in hand["cards"].as_array().expect("cards") {
            let suit = card["suit"].as_str().expect("suit");
            assert!(suit == "hearts" || suit == "clubs", "{card}");
        }
    }
}

#[test]
fn dates_as_people_write_them_wherever_a_date_is() {
    let home = home();
    let at = |args: &[&str]| {
        run(xiaoshi(home.path())
            .current_dir(home.path())
            .env("TZ", "Asia/Shanghai")
            .env("XIAOSHI_NOW", NOW)
            .args(args))
    };
    let (code, stdout, stderr) = at(&[
        "workshop",
        "deal",
        "--participants",
        "王阿姨，李叔叔",
        "--seed",
        "42",
        "--save",
        "--json",
    ]);
    assert_eq!(code, 0, "{stderr}");
    let dealt: Value = serde_json::from_str(&stdout).expect("json");
    let session = dealt["session"].as_str().expect("saved").to_string();
    let card = dealt["hands"][0]["cards"][0]["id"]
        .as_str()
        .expect("card")
        .to_string();
    for (typed, by) in [
        ("2026年12月20日", "2026-12-20"),
        ("２０２６－１２－２１", "2026-12-21"),
        ("2026/12/22", "2026-12-22"),
        ("12月23日", "2026-12-23"),
    ] {
        let (code, _, stderr) = at(&[
            "workshop",
            "pledge",
            &session,
            "王阿姨",
            &card,
            "--by",
            typed,
        ]);
        assert_eq!(code, 0, "{typed}: {stderr}");
        let (_, report, _) = at(&["workshop", "report", &session, "--format", "json"]);
        let report: Value = serde_json::from_str(&report).expect("json");
        assert_eq!(report["participants"][0]["pledge"]["by"], by, "{typed}");
    }
    let (code, _, stderr) = at(&[
        "workshop",
        "pledge-export",
        &session,
        "王阿姨",
        "--day",
        "2026年11月25日",
        "--out",
        "p.json",
    ]);
    assert_eq!(code, 0, "{stderr}");
    let exported = std::fs::read_to_string(home.path().join("p.json")).expect("export");
    assert!(exported.contains("\"day\": \"2026-11-25\""), "{exported}");

    let (code, _, stderr) = at(&[
        "--lang",
        "zh",
        "workshop",
        "pledge",
        &session,
        "王阿姨",
        &card,
        "--by",
        "下周六",
    ]);
    assert_eq!(code, 2);
    assert!(stderr.contains("“下周六” 不是日期"), "{stderr}");
    assert!(stderr.contains("2026年12月20日"), "{stderr}");
}

#[test]
fn deck_check_json_lists_coded_problems() {
    let home = home();
    let bad = common::repo_file("tests/data/bad-decks/duplicate-id.ron");
    let (code, stdout, _) = run(xiaoshi(home.path())
        .args(["--lang", "zh", "deck", "check", "--json"])
        .arg(&bad));
    assert_eq!(code, 1);
    let checked: Value = serde_json::from_str(&stdout).expect("json");
    assert_eq!(checked["valid"], false);
    let problem = &checked["problems"][0];
    assert_eq!(problem["code"], "E041");
    assert_eq!(problem["name"], "duplicate-id");
    assert_eq!(problem["severity"], "error");
    assert_eq!(problem["card"], "hearts-7");
    assert_eq!(problem["line"], 23);
    assert!(
        problem["message"]
            .as_str()
            .is_some_and(|m| m.contains("前面已经有一张牌用过了"))
    );

    let suit = common::repo_file("tests/data/bad-decks/unknown-suit.ron");
    let (_, stdout, _) = run(xiaoshi(home.path())
        .args(["deck", "check", "--json"])
        .arg(&suit));
    let checked: Value = serde_json::from_str(&stdout).expect("json");
    let problem = &checked["problems"][0];
    assert_eq!(
        (&problem["code"], &problem["name"]),
        (&Value::from("E012"), &Value::from("unknown-suit"))
    );
    assert_eq!(
        (&problem["line"], &problem["column"]),
        (&Value::from(8), &Value::from(15))
    );

    let good = common::repo_file("decks/shequ-xiaoshi.ron");
    let (code, stdout, _) = run(xiaoshi(home.path())
        .args(["deck", "check", "--json"])
        .arg(&good));
    assert_eq!(code, 0);
    let checked: Value = serde_json::from_str(&stdout).expect("json");
    assert_eq!(
        (&checked["valid"], &checked["cards"]),
        (&Value::from(true), &Value::from(54))
    );
    assert_eq!(checked["problems"], Value::Array(Vec::new()));
}

#[test]
fn completions_and_the_man_page_speak_the_language() {
    let home = home();
    let (code, stdout, _) = run(xiaoshi(home.path()).args(["--lang", "zh", "completions", "fish"]));
    assert_eq!(code, 0);
    assert!(stdout.contains("显示今天的牌"), "{stdout}");
    let (code, stdout, _) = run(xiaoshi(home.path()).args(["--lang", "zh", "man"]));
    assert_eq!(code, 0);
    assert!(stdout.contains("（一整天都是同一张）"), "{stdout}");
    assert!(!stdout.contains("(the same card all day)"), "{stdout}");
}
