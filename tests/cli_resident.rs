//! Golden tests of issue 13's resident commands through the real binary:
//! what `done --card`, `done --own`, a backfill (and `undo --yesterday`),
//! `undo` (which keeps the note), a long absence and a round's completion
//! day print, word for word. The journal starts from an imported seed, so
//! every card is the same on every run and machine.

mod common;

use std::path::Path;

use common::{home, run, xiaoshi};
use serde_json::Value;

/// The card order's seed, as an export carries it.
const SEED: &str = r#"{"version": 1, "events": [{"id": "seed-42", "day": "2026-09-01",
    "at": "2026-09-01T00:00:00Z", "kind": "seeded", "seed": "42"}]}"#;

/// A home whose journal has the seed 42 (as `journal import` brings it).
fn seeded() -> tempfile::TempDir {
    let home = home();
    let file = home.path().join("seed.json");
    std::fs::write(&file, SEED).expect("write the seed");
    let path = file.to_str().expect("path");
    ok(
        home.path(),
        "2026-09-01T07:00",
        &["journal", "import", path],
    );
    home
}

/// Runs xiaoshi in Shanghai at `now` (`2026-10-01T08:00`); (code, out, err).
fn at(home: &Path, now: &str, args: &[&str]) -> (i32, String, String) {
    run(xiaoshi(home)
        .env("TZ", "Asia/Shanghai")
        .env("XIAOSHI_NOW", format!("{now}:00+08:00"))
        .args(args))
}

fn ok(home: &Path, now: &str, args: &[&str]) -> String {
    let (code, stdout, stderr) = at(home, now, args);
    assert_eq!(code, 0, "{args:?} at {now}: {stderr}");
    stdout
}

fn json(home: &Path, now: &str, args: &[&str]) -> Value {
    serde_json::from_str(&ok(home, now, args)).expect("JSON")
}

/// Days `from..=to` of October 2026, each checked in at 08:00.
fn check_in_october(home: &Path, from: u32, to: u32) {
    for day in from..=to {
        ok(home, &format!("2026-10-{day:02}T08:00"), &["done"]);
    }
}

#[test]
fn done_card_credits_another_card_and_keeps_the_one_drawn() {
    let home = seeded();
    let h = home.path();
    assert_eq!(
        ok(h, "2026-10-01T08:00", &["draw"]).lines().nth(1),
        Some("  Spades 3  Find a hobby buddy  (spades-3)")
    );
    assert_eq!(
        ok(
            h,
            "2026-10-01T09:00",
            &["done", "--card", "clubs-3", "--note", "took in a parcel"]
        ),
        "Checked in for 2026-10-01: round 1, day 1/21, streak 1.\n\
         Credited: Clubs 3  Check on an older neighbour  (clubs-3); \
         the card drawn: Spades 3  Find a hobby buddy  (spades-3)\n"
    );
    // Again, with the same card: nothing changes.
    assert_eq!(
        ok(
            h,
            "2026-10-01T09:05",
            &["--lang", "zh", "done", "--card", "CLUBS-3"]
        ),
        "2026-10-01 已经打过卡了。\n"
    );
    // A card the deck does not have: an error naming the closest id.
    let (code, stdout, stderr) = at(h, "2026-10-01T09:10", &["done", "--card", "clubs-33"]);
    assert_eq!((code, stdout.as_str()), (2, ""), "a usage error");
    assert_eq!(
        stderr,
        "error: the deck has no card `clubs-33`\n  hint: did you mean `clubs-3`? \
         Write a card as h7, s10, 红7, 红桃7, ♥7, 梅花K, hearts-7, 大王\n"
    );
    let status = json(h, "2026-10-01T10:00", &["status", "--json"]);
    assert_eq!(
        status["today"]["card"]["id"], "spades-3",
        "drawn stays drawn"
    );
    assert_eq!(status["today"]["credited"]["id"], "clubs-3");
    assert_eq!(status["by_suit"], serde_json::json!({"clubs": 1}));
    assert_eq!(
        ok(h, "2026-10-01T10:00", &["history"]),
        "DATE        DONE  CARD\n\
         2026-10-01  ✓     Spades 3  Find a hobby buddy  (spades-3)  (took in a parcel)\n\
         \x20                 done instead: Clubs 3  Check on an older neighbour  (clubs-3)\n"
    );
    let why = ok(h, "2026-10-01T10:00", &["why"]);
    assert!(why.contains("✓  checked in (Clubs 3)"), "{why}");
}

/// `done --card` reads a card as the group grid does (one parser,
/// `group::card::parse`): `h7`, `♥7`, `红7`, `红桃7`, `大王`…; what is not a
/// card is refused naming the forms, in the same words as the grid.
#[test]
fn done_card_reads_the_forms_the_group_grid_reads() {
    let home = seeded();
    let h = home.path();
    let credited = |now: &str, written: &str| {
        ok(h, now, &["done", "--card", written]);
        let status = json(h, now, &["status", "--json"]);
        ok(h, now, &["undo"]);
        status["today"]["credited"]["id"]
            .as_str()
            .map(str::to_string)
    };
    for (written, id) in [
        ("h7", "hearts-7"),
        ("♥7", "hearts-7"),
        ("红7", "hearts-7"),
        ("红桃7", "hearts-7"),
        ("梅花K", "clubs-k"),
        ("♣a", "clubs-a"),
        ("黑桃10", "spades-10"),
        ("D q", "diamonds-q"),
        ("大王", "joker-red"),
        ("hearts-7", "hearts-7"),
    ] {
        assert_eq!(
            credited("2026-10-01T09:00", written).as_deref(),
            Some(id),
            "{written}"
        );
    }
    let (code, stdout, stderr) = at(
        h,
        "2026-10-01T09:10",
        &["--lang", "zh", "done", "--card", "红十"],
    );
    assert_eq!((code, stdout.as_str()), (2, ""), "a usage error");
    assert_eq!(
        stderr,
        "错误：牌组里没有 `红十` 这张牌\n  提示：牌可以写成 h7、s10、红7、红桃7、♥7、梅花K、hearts-7、大王；\
         xiaoshi deck list 列出每张牌的编号\n"
    );
    // A suit alone is a card on paper, not one card of the deck.
    let (code, _, stderr) = at(h, "2026-10-01T09:10", &["done", "--card", "♣"]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("write a card as h7, s10"), "{stderr}");
}

/// `draw --redraw` says what happened: a first card on a day without one,
/// a redraw once, then why not (exit 1, nothing changed).
#[test]
fn draw_redraw_says_what_happened() {
    let home = seeded();
    let h = home.path();
    let first = ok(h, "2026-10-01T08:00", &["--lang", "zh", "draw", "--redraw"]);
    assert_eq!(first.lines().next(), Some("2026-10-01 今天的牌"), "{first}");
    let again = ok(h, "2026-10-01T08:01", &["--lang", "zh", "draw", "--redraw"]);
    assert_eq!(
        again.lines().next(),
        Some("2026-10-01 换了一张牌"),
        "{again}"
    );
    assert_ne!(first.lines().nth(1), again.lines().nth(1));
    let (code, stdout, stderr) = at(h, "2026-10-01T08:02", &["--lang", "zh", "draw", "--redraw"]);
    assert_eq!((code, stdout.as_str()), (1, ""));
    assert!(
        stderr.starts_with("错误：今天唯一一次换牌已经用过了"),
        "{stderr}"
    );
    ok(h, "2026-10-02T08:00", &["done"]);
    let (code, stdout, stderr) = at(h, "2026-10-02T08:01", &["draw", "--redraw"]);
    assert_eq!((code, stdout.as_str()), (1, ""));
    assert_eq!(
        stderr,
        "error: today is already checked in, so the card cannot be redrawn\n  \
         hint: undo today's check-in first (xiaoshi undo, or u on the screen), then redraw\n"
    );
    let status = json(h, "2026-10-02T09:00", &["status", "--json"]);
    assert_eq!(status["today"]["redrawn"], false, "{status}");
}

#[test]
fn done_own_credits_the_black_joker_in_the_residents_words() {
    let home = seeded();
    let h = home.path();
    assert_eq!(
        ok(
            h,
            "2026-10-02T09:00",
            &["--lang", "zh", "done", "--own", "帮楼上阿姨修了晾衣架"]
        ),
        "打卡成功：2026-10-02。第 1 轮第 1/21 天，连续 1 天。\n\
         记为你自己的小事：帮楼上阿姨修了晾衣架（大小王  我的小事我做主  (joker-black)）\n"
    );
    // `why` says the words written, not the joker's name.
    let why = ok(h, "2026-10-02T09:00", &["--lang", "zh", "why"]);
    assert!(why.contains("打卡（帮楼上阿姨修了晾衣架）"), "{why}");
    assert!(!why.contains("大小王"), "{why}");
    let (code, _, stderr) = at(h, "2026-10-02T09:01", &["done", "--own", "  "]);
    assert_eq!(code, 2, "a bad value on the command line");
    assert_eq!(
        stderr,
        "error: write what you did after --own, e.g. --own \"fixed the clothes rack upstairs\"\n"
    );
    let (code, _, stderr) = at(
        h,
        "2026-10-02T09:02",
        &["done", "--own", "x", "--card", "clubs-3"],
    );
    assert_eq!(code, 2, "--own and --card together: {stderr}");
    let history = json(h, "2026-10-02T10:00", &["history", "--json"]);
    assert_eq!(history[0]["credited"]["id"], "joker-black");
    assert_eq!(history[0]["own"], "帮楼上阿姨修了晾衣架");
    assert_eq!(history[0]["card"]["id"], "spades-3", "the card drawn");
    let csv = ok(h, "2026-10-02T10:00", &["history", "--csv"]);
    assert_eq!(
        csv,
        "date,card,done,note,credited,own\n\
         2026-10-02,spades-3,true,,joker-black,帮楼上阿姨修了晾衣架\n"
    );
}

#[test]
fn a_backfill_asks_for_a_card_never_seen_and_undo_yesterday_takes_it_back() {
    let home = seeded();
    let h = home.path();
    check_in_october(h, 1, 2);
    // 10-03 missed, no card drawn: the hint names the ladder's card.
    let status = ok(h, "2026-10-04T08:00", &["status"]);
    assert_eq!(
        status.lines().nth(3),
        Some(
            "         Yesterday (2026-10-03) was missed and can still be saved: xiaoshi done \
             --yesterday --card hearts-a (no card was drawn; the ladder's card for that day is \
             Hearts A \"Say hello first\"; 2 backfills left this round)"
        ),
        "{status}"
    );
    let (code, stdout, stderr) = at(h, "2026-10-04T08:01", &["done", "--yesterday"]);
    assert_eq!((code, stdout.as_str()), (1, ""));
    assert_eq!(
        stderr,
        "error: 2026-10-03 had no card drawn: a backfill needs the card you did that day\n  \
         hint: the ladder's card for that day is Hearts A \"Say hello first\": xiaoshi done \
         --yesterday --card hearts-a (or name the card you did, or use --own \"what you did\")\n"
    );
    assert_eq!(
        ok(
            h,
            "2026-10-04T08:02",
            &["done", "--yesterday", "--card", "hearts-a"]
        ),
        "Backfilled 2026-10-03: round 1, day 3/21, streak 3; backfills left this round: 1.\n\
         Credited: Hearts A  Say hello first  (hearts-a)\n"
    );
    let status = json(h, "2026-10-04T08:03", &["status", "--json"]);
    assert_eq!(status["round"]["backfills_left"], 1);
    assert_eq!(status["streak"]["current"], 3);
    // A mistake: taken back, and the backfill is free again.
    assert_eq!(
        ok(h, "2026-10-04T08:04", &["undo", "--yesterday"]),
        "Yesterday's backfill (2026-10-03) is undone, and the backfill is yours again.\n\
         Backfills left this round: 2.\n"
    );
    // Nothing left to undo: said, and a failure of what was asked (exit 1).
    let (code, out, stderr) = at(
        h,
        "2026-10-04T08:05",
        &["--lang", "zh", "undo", "--yesterday"],
    );
    assert_eq!((code, out.as_str()), (1, ""), "{stderr}");
    assert_eq!(
        stderr,
        "错误：昨天（2026-10-03）没有打卡，没有可撤销的补卡\n"
    );
    let status = json(h, "2026-10-04T08:06", &["status", "--json"]);
    assert_eq!(status["round"]["backfills_left"], 2);
    assert_eq!(status["streak"]["current"], 0);
    // A check-in made on its day is not a backfill: it stays.
    ok(h, "2026-10-04T09:00", &["done"]);
    let (code, _, stderr) = at(h, "2026-10-05T08:00", &["undo", "--yesterday"]);
    assert_eq!(code, 1);
    assert!(
        stderr.starts_with("error: 2026-10-04 was checked in on the day, not backfilled"),
        "{stderr}"
    );
}

/// A card the deck does not have, or empty own words, is a bad value on
/// the command line: exit 2 (as a bad date is), worded in zh and en.
#[test]
fn a_bad_card_is_a_usage_error() {
    let home = seeded();
    let h = home.path();
    for (lang, card, said) in [
        ("zh", "红桃99", "错误：牌组里没有 `红桃99` 这张牌"),
        ("zh", "foo", "错误：牌组里没有 `foo` 这张牌"),
        ("en", "foo", "error: the deck has no card `foo`"),
    ] {
        let (code, out, stderr) = at(
            h,
            "2026-10-01T08:00",
            &["--lang", lang, "done", "--card", card],
        );
        assert_eq!((code, out.as_str()), (2, ""), "{stderr}");
        assert!(stderr.starts_with(said), "{stderr}");
    }
    let (code, _, stderr) = at(h, "2026-10-01T08:00", &["done", "--own", " "]);
    assert_eq!(code, 2, "{stderr}");
    // Nothing was written: the day is still open.
    let status = json(h, "2026-10-01T08:01", &["status", "--json"]);
    assert_eq!(status["today"]["done"], false);
}

#[test]
fn undo_keeps_the_note() {
    let home = seeded();
    let h = home.path();
    ok(
        h,
        "2026-10-01T08:00",
        &["done", "--note", "watered the plants"],
    );
    assert_eq!(
        ok(h, "2026-10-01T09:00", &["undo"]),
        "Today's check-in (2026-10-01) is undone.\nThe note stays: watered the plants\n"
    );
    // As for `undo --yesterday`: nothing undone is exit 1.
    let (code, _, stderr) = at(h, "2026-10-01T09:01", &["--lang", "zh", "undo"]);
    assert_eq!(code, 1);
    assert_eq!(stderr, "错误：今天（2026-10-01）还没有打卡，没有可撤销的\n");
    let history = json(h, "2026-10-01T09:02", &["history", "--json"]);
    assert_eq!(history[0]["done"], false);
    assert_eq!(history[0]["note"], "watered the plants");
    // Checked in again, with another note: the first is kept in the journal
    // and shown as an earlier note.
    ok(h, "2026-10-01T10:00", &["done", "--note", "and the stairs"]);
    let history = json(h, "2026-10-01T10:01", &["history", "--json"]);
    assert_eq!(history[0]["note"], "and the stairs");
    assert_eq!(
        history[0]["earlier_notes"],
        serde_json::json!(["watered the plants"])
    );
}

#[test]
fn a_long_absence_collapses_and_offers_a_fresh_round() {
    let home = seeded();
    let h = home.path();
    check_in_october(h, 1, 5);
    ok(h, "2026-12-03T08:00", &["draw"]);
    let status = ok(h, "2026-12-04T08:00", &["--lang", "zh", "status"]);
    let expected = "2026-12-04\n\
         今日     今天还没抽牌：运行 `xiaoshi draw`\n\
         连续     0 天（最长 5 天），可请假 0 天，可补卡 2 次；已完成 0 轮\n\
         \x20        昨天（2026-12-03）漏打了，还能补：xiaoshi done --yesterday（本轮可补卡 2 次）\n\
         \x20        已经 59 天没打卡了。想重新开始：xiaoshi round start（第 1 轮提前结束，留在历史里）\n\
         第 1 轮  第 6/21 天\n\
         \x20        ✓ ✓ ✓ ✓ ✓ ✗ 59 天 ◉\n\
         \x20        ◌ ◌ ◌ ◌ ◌ ◌ ◌\n\
         \x20        ◌ ◌ ◌ ◌ ◌ ◌ ◌\n\
         \x20        ◌\n";
    assert!(status.starts_with(expected), "{status}");
    let why = ok(h, "2026-12-04T08:00", &["why"]);
    assert!(
        why.contains("2026-10-07 ~ 2026-12-03 (58 days)  ✗  missed (no streak to keep)"),
        "{why}"
    );
    assert!(
        why.contains(
            "Result (as in status): streak 0 (best 5), freezes 0, backfills left 2, round 1 day 6/21"
        ),
        "{why}"
    );
    let cells = json(h, "2026-12-04T08:00", &["status", "--json"]);
    let days = cells["round"]["days"].as_array().expect("days");
    assert_eq!(days[5]["count"], 59, "{days:?}");
    // Five done, the 59 days as one cell, today, the fifteen still needed.
    assert_eq!(days.len(), 5 + 1 + 1 + 15, "{days:?}");
    // A script must say yes; then the fresh round starts today.
    let (code, stdout, stderr) = at(h, "2026-12-04T08:01", &["round", "start"]);
    assert_eq!((code, stdout.as_str()), (1, ""));
    assert_eq!(
        stderr,
        "error: round 1 is not finished (5 check-ins): a new round would end it early\n  \
         hint: to start afresh anyway, run xiaoshi round start --yes (the round stays in \
         history; the streak is kept)\n"
    );
    let out = ok(h, "2026-12-04T08:02", &["round", "start", "--yes"]);
    assert!(out.contains("Round 2 starts today"), "{out}");
    let after = ok(h, "2026-12-04T08:03", &["status"]);
    assert!(!after.contains("To start afresh"), "{after}");
}

#[test]
fn the_completion_day_counts_the_round_everywhere() {
    let home = seeded();
    let h = home.path();
    check_in_october(h, 1, 20);
    assert_eq!(
        ok(h, "2026-10-21T08:00", &["done"]),
        "Checked in for 2026-10-21: round 1, day 21/21, streak 21.\n\
         Round complete: 21 check-ins! A new round starts tomorrow.\n"
    );
    let status = ok(h, "2026-10-21T09:00", &["status"]);
    assert!(
        status.contains("rounds completed: 1\n") && status.contains("Round complete"),
        "{status}"
    );
    assert!(!status.contains("rounds completed: 0"), "{status}");
    let json = json(h, "2026-10-21T09:00", &["status", "--json"]);
    assert_eq!(json["rounds_completed"], 1);
    assert_eq!(json["round"]["complete"], true);
    let why = ok(h, "2026-10-21T09:00", &["why"]);
    let last = why
        .lines()
        .find(|line| line.starts_with("2026-10-21"))
        .expect("the completion day");
    assert!(
        last.contains("21 check-ins: round complete") && last.ends_with("round 1 21/21"),
        "{why}"
    );
    let history = ok(h, "2026-10-21T09:00", &["history"]);
    assert!(
        history.contains("✓  Round 1  2026-10-01 ~ 2026-10-21  21/21  complete"),
        "{history}"
    );
}

/// A command of a documented example: when it runs, its arguments, how many
/// of its last lines the example shows (`| tail -N`), and whether the
/// example shows it at all (a step between the example's commands).
struct Step<'a> {
    now: &'a str,
    args: &'a [&'a str],
    tail: Option<usize>,
    shown: bool,
}

const fn step<'a>(now: &'a str, args: &'a [&'a str]) -> Step<'a> {
    Step {
        now,
        args,
        tail: None,
        shown: true,
    }
}

/// The lines of `file`'s fenced block that starts with `first`.
fn doc_block(file: &str, first: &str) -> Vec<String> {
    let text = std::fs::read_to_string(common::repo_file(file)).expect("read the file");
    let start = text
        .find(&format!("```console\n{first}"))
        .unwrap_or_else(|| panic!("{file}: no example starting {first:?}"));
    let block = &text[start + "```console\n".len()..];
    let end = block.find("\n```").expect("the block ends");
    block[..end].lines().map(str::to_string).collect()
}

/// Runs an example's commands in `home` and checks that the block in
/// `file` shows each command and exactly what it prints (stderr for an
/// error).
fn assert_example(home: &Path, file: &str, steps: &[Step<'_>]) {
    let mut printed = Vec::new();
    for step in steps {
        let (code, stdout, stderr) = at(home, step.now, step.args);
        if !step.shown {
            assert_eq!(code, 0, "{:?}: {stderr}", step.args);
            continue;
        }
        let quoted: Vec<String> = step
            .args
            .iter()
            .map(|arg| {
                if arg.contains(' ') {
                    format!("\"{arg}\"")
                } else {
                    arg.to_string()
                }
            })
            .collect();
        let tail = step
            .tail
            .map(|n| format!(" | tail -{n}"))
            .unwrap_or_default();
        printed.push(format!("$ xiaoshi {}{tail}", quoted.join(" ")));
        let out = if code == 0 { stdout } else { stderr };
        let lines: Vec<&str> = out.lines().collect();
        let from = step.tail.map_or(0, |n| lines.len().saturating_sub(n));
        printed.extend(lines[from..].iter().map(|line| line.to_string()));
    }
    let lines = doc_block(file, &printed[0]);
    assert_eq!(
        printed, lines,
        "{file}: the example is not what the binary prints"
    );
}

/// A seeded home with 2026-11-11 to 11-16 checked in and 11-17's card
/// drawn: the journal of the examples in README.md and docs/streak-rules.md.
fn example_home() -> tempfile::TempDir {
    let home = seeded();
    for day in 11..=16 {
        ok(home.path(), &format!("2026-11-{day}T08:00"), &["done"]);
    }
    ok(home.path(), "2026-11-17T08:00", &["draw"]);
    home
}

const CREDIT: &[&str] = &[
    "--lang",
    "zh",
    "done",
    "--card",
    "clubs-a",
    "--note",
    "帮 502 收了快递",
];
const OWN: &[&str] = &["done", "--own", "fixed the clothes rack upstairs"];

#[test]
fn the_readme_example_is_what_the_binary_prints() {
    let home = example_home();
    let between = Step {
        shown: false,
        ..step("2026-11-18T21:00", OWN)
    };
    assert_example(
        home.path(),
        "README.md",
        &[
            step("2026-11-17T21:00", CREDIT),
            between,
            step("2026-11-20T08:00", &["--lang", "zh", "status"]),
            step(
                "2026-11-20T08:01",
                &["--lang", "zh", "done", "--yesterday", "--card", "hearts-9"],
            ),
        ],
    );
    // The same status in English, on another home with the same journal.
    let home = example_home();
    let quiet = |args| Step {
        shown: false,
        ..step("2026-11-17T21:00", args)
    };
    assert_example(
        home.path(),
        "README.md",
        &[
            quiet(CREDIT),
            Step {
                shown: false,
                ..step("2026-11-18T21:00", OWN)
            },
            step("2026-11-20T08:00", &["--lang", "en", "status"]),
        ],
    );
}

#[test]
fn the_rules_examples_are_what_the_binary_prints() {
    let doc = "docs/streak-rules.md";
    let home = example_home();
    let h = home.path();
    assert_example(
        h,
        doc,
        &[
            step("2026-11-17T21:00", CREDIT),
            step("2026-11-18T21:00", OWN),
        ],
    );
    assert_example(
        h,
        doc,
        &[
            step("2026-11-20T08:00", &["--lang", "zh", "done", "--yesterday"]),
            step(
                "2026-11-20T08:01",
                &["--lang", "zh", "done", "--yesterday", "--card", "clubs-2"],
            ),
            step("2026-11-20T08:02", &["--lang", "zh", "undo", "--yesterday"]),
            step(
                "2026-11-20T09:00",
                &[
                    "done",
                    "--card",
                    "joker-red",
                    "--note",
                    "tea on the landing",
                ],
            ),
            step("2026-11-20T09:30", &["undo"]),
        ],
    );

    let home = seeded();
    let h = home.path();
    check_in_october(h, 1, 5);
    let draw = Step {
        shown: false,
        ..step("2026-12-03T08:00", &["draw"])
    };
    let why = Step {
        tail: Some(6),
        ..step("2026-12-04T08:00", &["why"])
    };
    assert_example(
        h,
        doc,
        &[
            draw,
            step("2026-12-04T08:00", &["--lang", "zh", "status"]),
            why,
            step("2026-12-04T08:01", &["round", "start"]),
        ],
    );
}

/// A resident who starts today did not miss yesterday: no backfill hint
/// after the first check-in, and one once a day is really missed.
#[test]
fn a_first_check_in_offers_no_backfill_for_the_day_before_it() {
    let home = seeded();
    let h = home.path();
    ok(h, "2026-11-11T08:00", &["done"]);
    let status = json(h, "2026-11-11T09:00", &["status", "--json"]);
    assert_eq!(status["backfill_yesterday"], false, "{status}");
    let text = ok(h, "2026-11-11T09:00", &["--lang", "zh", "status"]);
    assert!(!text.contains("还能补"), "{text}");
    // The 12th is missed: on the 13th, after checking in, yesterday can be saved.
    ok(h, "2026-11-13T08:00", &["done"]);
    let status = json(h, "2026-11-13T09:00", &["status", "--json"]);
    assert_eq!(status["backfill_yesterday"], true, "{status}");
}

/// Issue 13, as the tester walked it: a card a backfill credits is used in
/// the round (the next day's draw is another); the hint and the error name
/// the card as the TUI does and give a command that works; the backfill
/// says it is one, with the backfills left.
#[test]
fn a_backfilled_card_is_not_drawn_again_and_the_backfill_says_so() {
    let home = seeded();
    let h = home.path();
    check_in_october(h, 1, 2);
    // 10-03 missed. On 10-04 today's card is drawn first.
    ok(h, "2026-10-04T08:00", &["draw"]);
    let status = json(h, "2026-10-04T08:01", &["status", "--json"]);
    let card = status["backfill_card"]
        .as_str()
        .expect("a card")
        .to_string();
    let hint = ok(h, "2026-10-04T08:01", &["--lang", "zh", "status"]);
    assert!(
        hint.contains(&format!(
            "xiaoshi done --yesterday --card {card}（那天没有抽牌，按牌的阶梯那天的牌是 "
        )) && hint.contains("「"),
        "{hint}"
    );
    let (code, _, stderr) = at(
        h,
        "2026-10-04T08:02",
        &["--lang", "zh", "done", "--yesterday"],
    );
    assert_eq!(code, 1);
    assert!(
        stderr.contains("提示：按牌的阶梯，那天的牌是 ")
            && stderr.contains(&format!("」：xiaoshi done --yesterday --card {card}（")),
        "{stderr}"
    );
    assert_eq!(
        ok(
            h,
            "2026-10-04T08:03",
            &["--lang", "zh", "done", "--yesterday", "--card", &card]
        )
        .lines()
        .next(),
        Some("补卡成功：2026-10-03。第 1 轮第 3/21 天，连续 3 天，本轮还可以补卡 1 次。")
    );
    ok(h, "2026-10-04T08:04", &["done"]);
    let next = json(h, "2026-10-05T08:00", &["draw", "--json"]);
    assert_ne!(next["card"]["id"].as_str(), Some(card.as_str()), "{next}");
    // The day's one redraw, used: the error names today's card.
    ok(h, "2026-10-05T08:01", &["draw", "--redraw"]);
    let (code, _, stderr) = at(h, "2026-10-05T08:02", &["--lang", "zh", "draw", "--redraw"]);
    assert_eq!(code, 1);
    assert!(
        stderr.contains("（今天的牌是 ") && stderr.contains("「") && !stderr.contains('`'),
        "{stderr}"
    );
}

/// Issue 13: after a fresh round is started today, yesterday belongs to the
/// round that ended: `status` and `why` offer no backfill, and
/// `done --yesterday` says why not (and nothing is written).
#[test]
fn no_backfill_across_a_round_boundary() {
    let home = seeded();
    let h = home.path();
    check_in_october(h, 1, 3);
    // 10-04 missed; on 10-05 a fresh round is started.
    let status = ok(h, "2026-10-05T08:00", &["--lang", "zh", "status"]);
    assert!(status.contains("还能补"), "{status}");
    ok(h, "2026-10-05T08:01", &["round", "start", "--yes"]);
    for args in [&["--lang", "zh", "status"][..], &["--lang", "zh", "why"]] {
        let text = ok(h, "2026-10-05T08:02", args);
        assert!(!text.contains("还能补"), "{args:?}: {text}");
    }
    let (code, stdout, stderr) = at(
        h,
        "2026-10-05T08:03",
        &["--lang", "zh", "done", "--yesterday", "--card", "clubs-3"],
    );
    assert_eq!((code, stdout.as_str()), (1, ""));
    assert_eq!(
        stderr,
        "错误：2026-10-04 在第 2 轮开始之前：补卡只算在进行中的这一轮，上一轮已经结束了，不能补\n  \
         提示：今天打卡就是新一轮的第 1 天：xiaoshi done\n"
    );
    let history = ok(h, "2026-10-05T08:04", &["history"]);
    assert!(
        history.contains("2026-10-01 ~ 2026-10-03  3/21"),
        "{history}"
    );
}

/// Issue 13: `why`'s result line shows the backfills left beside the freezes.
#[test]
fn why_shows_the_backfills_left() {
    let home = seeded();
    let h = home.path();
    check_in_october(h, 1, 2);
    let why = ok(h, "2026-10-02T09:00", &["--lang", "zh", "why"]);
    assert!(
        why.contains("结果（与 status 一致）：连续 2 天（最长 2），可请假 0 天，可补卡 2 次，第 1 轮第 2/21 天"),
        "{why}"
    );
}
