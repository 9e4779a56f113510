//! The resident's commands through the real binary, with a fixed clock
//! (`XIAOSHI_NOW`) and zone (`TZ`): today's card, check-ins, rounds, streaks,
//! and the golden day-boundary cases.

mod common;

use std::path::Path;

use common::{home, run, xiaoshi};
use serde_json::Value;

/// Runs xiaoshi at `now` in `zone`; returns (code, stdout, stderr).
fn at(home: &Path, zone: &str, now: &str, args: &[&str]) -> (i32, String, String) {
    run(xiaoshi(home)
        .env("TZ", zone)
        .env("XIAOSHI_NOW", now)
        .args(args))
}

/// Runs in Shanghai at `now` and expects success.
fn ok(home: &Path, now: &str, args: &[&str]) -> String {
    let (code, stdout, stderr) = at(home, "Asia/Shanghai", now, args);
    assert_eq!(code, 0, "{args:?} at {now}: {stderr}");
    stdout
}

fn status(home: &Path, zone: &str, now: &str) -> Value {
    let (code, stdout, stderr) = at(home, zone, now, &["status", "--json"]);
    assert_eq!(code, 0, "{stderr}");
    serde_json::from_str(&stdout).expect("status JSON")
}

fn shanghai(day: u32, time: &str) -> String {
    format!("2026-11-{day:02}T{time}+08:00")
}

#[test]
fn draw_gives_the_same_card_all_day_and_one_redraw() {
    let home = home();
    let first: Value = serde_json::from_str(&ok(
        home.path(),
        &shanghai(3, "08:00:00"),
        &["draw", "--json"],
    ))
    .expect("json");
    assert_eq!(first["date"], "2026-11-03");
    assert_eq!(first["redrawn"], false);
    for key in ["id", "suit", "rank", "title", "action", "minutes"] {
        assert!(first["card"].get(key).is_some(), "card.{key}");
    }
    let again: Value = serde_json::from_str(&ok(
        home.path(),
        &shanghai(3, "21:00:00"),
        &["draw", "--json"],
    ))
    .expect("json");
    assert_eq!(again["card"]["id"], first["card"]["id"]);

    let redrawn: Value = serde_json::from_str(&ok(
        home.path(),
        &shanghai(3, "21:05:00"),
        &["draw", "--redraw", "--json"],
    ))
    .expect("json");
    assert_eq!(redrawn["redrawn"], true);
    assert_ne!(redrawn["card"]["id"], first["card"]["id"]);

    let (code, _, stderr) = at(
        home.path(),
        "Asia/Shanghai",
        &shanghai(3, "21:10:00"),
        &["draw", "--redraw"],
    );
    assert_eq!(code, 1);
    assert!(stderr.contains("redraw is already used"), "{stderr}");
    let today = status(home.path(), "Asia/Shanghai", &shanghai(3, "22:00:00"));
    assert_eq!(today["today"]["card"]["id"], redrawn["card"]["id"]);
}

#[test]
fn done_draws_first_repeats_harmlessly_and_undo_takes_it_back() {
    let home = home();
    let now = shanghai(4, "09:00:00");
    let out = ok(
        home.path(),
        &now,
        &["done", "--note", "帮王阿姨收了快递，她很高兴"],
    );
    assert!(
        out.contains("Checked in for 2026-11-04: round 1, day 1/21, streak 1."),
        "{out}"
    );
    let out = ok(home.path(), &now, &["done", "--note", "又帮李叔叔浇了花"]);
    assert!(
        out.contains("already checked in") && out.contains("Note updated"),
        "{out}"
    );
    let today = status(home.path(), "Asia/Shanghai", &now);
    assert_eq!(today["today"]["done"], true);
    assert_eq!(today["today"]["note"], "又帮李叔叔浇了花");
    assert!(today["today"]["card"]["id"].is_string());

    assert!(ok(home.path(), &now, &["undo"]).contains("is undone"));
    let today = status(home.path(), "Asia/Shanghai", &now);
    assert_eq!(today["today"]["done"], false);
    assert_eq!(today["streak"]["current"], 0);
    let (code, _, stderr) = at(home.path(), "Asia/Shanghai", &now, &["undo"]);
    assert_eq!(code, 1);
    assert!(stderr.contains("nothing to undo"), "{stderr}");
}

#[test]
fn status_json_has_the_documented_shape() {
    let home = home();
    ok(home.path(), &shanghai(19, "09:00:00"), &["done"]);
    let status = status(home.path(), "Asia/Shanghai", &shanghai(20, "09:00:00"));
    assert_eq!(status["date"], "2026-11-20");
    assert_eq!(status["today"]["done"], false);
    assert!(status["today"]["card"].is_null());
    assert!(status["today"]["note"].is_null());
    assert_eq!(status["round"]["number"], 1);
    assert_eq!(status["round"]["checked_in"], 1);
    assert_eq!(status["round"]["length"], 21);
    let days = status["round"]["days"].as_array().expect("days");
    assert_eq!(days.len(), 21);
    assert_eq!(days[0]["state"], "done");
    assert_eq!(days[1]["state"], "today");
    assert_eq!(days[1]["date"], "2026-11-20");
    assert_eq!(days[20]["state"], "future");
    assert_eq!(status["streak"]["current"], 1);
    assert_eq!(status["streak"]["best"], 1);
    assert_eq!(status["streak"]["freezes"], 0);
    assert_eq!(status["rounds_completed"], 0);
    assert!(status["by_suit"].is_object());
    assert_eq!(status["occasion"]["love_neighbour_day"], true);
}

#[test]
fn love_neighbour_day_and_the_activity_season_are_announced() {
    let home = home();
    let out = ok(
        home.path(),
        &shanghai(20, "09:00:00"),
        &["draw", "--lang", "zh"],
    );
    assert!(out.contains("爱邻日"), "{out}");
    assert!(out.contains("活动季"), "{out}");
    // The card's tip with a full-width colon, as on the TUI.
    assert!(
        out.contains("\n  提示：") && !out.contains("提示:"),
        "{out}"
    );
    let out = ok(home.path(), &shanghai(20, "09:00:00"), &["status"]);
    assert!(out.contains("Love-Your-Neighbour Day"), "{out}");
    let out = ok(home.path(), &shanghai(26, "09:00:00"), &["status"]);
    assert!(
        !out.contains("Love-Your-Neighbour Day") && !out.contains("season"),
        "{out}"
    );
}

/// On the 20th the 爱邻日 card is offered before today's check-in, and
/// no longer (in `why` or `status`) once today is checked in.
#[test]
fn the_love_day_offer_ends_with_the_check_in() {
    let home = home();
    let at = shanghai(20, "09:00:00");
    ok(home.path(), &at, &["draw"]);
    let status = ok(home.path(), &at, &["status", "--lang", "zh"]);
    assert!(status.contains("xiaoshi done --card joker-red"), "{status}");
    ok(home.path(), &at, &["done"]);
    for command in ["why", "status"] {
        let out = ok(home.path(), &at, &[command, "--lang", "zh"]);
        assert!(!out.contains("joker-red"), "{command}: {out}");
    }
}

#[test]
fn a_round_completes_on_its_21st_check_in_without_repeating_a_card() {
    let home = home();
    let mut cards = std::collections::HashSet::new();
    for day in 1..=21 {
        let now = format!("2026-10-{day:02}T08:00:00+08:00");
        let drawn: Value =
            serde_json::from_str(&ok(home.path(), &now, &["draw", "--json"])).expect("json");
        assert!(
            cards.insert(drawn["card"]["id"].to_string()),
            "repeated on day {day}"
        );
        let out = ok(home.path(), &now, &["done"]);
        if day == 21 {
            assert!(out.contains("Round complete"), "{out}");
        }
    }
    let done = status(home.path(), "Asia/Shanghai", "2026-10-21T22:00:00+08:00");
    assert_eq!(done["round"]["checked_in"], 21);
    assert_eq!(done["round"]["complete"], true);
    let history = ok(home.path(), "2026-10-22T08:00:00+08:00", &["history"]);
    assert!(
        history.contains("Finished rounds\n✓  Round 1  2026-10-01 ~ 2026-10-21  21/21  complete"),
        "{history}"
    );
    let next = status(home.path(), "Asia/Shanghai", "2026-10-22T08:00:00+08:00");
    assert_eq!(next["round"]["number"], 2);
    assert_eq!(next["round"]["checked_in"], 0);
    assert_eq!(next["rounds_completed"], 1);
    assert_eq!(next["streak"]["current"], 21);
    assert_eq!(
        next["streak"]["freezes"], 2,
        "7 and 14 earned one each; 21 is over the cap"
    );
}

#[test]
fn freezes_keep_the_streak_over_a_missed_day() {
    let home = home();
    for day in 1..=7 {
        ok(
            home.path(),
            &format!("2026-10-{day:02}T08:00:00+08:00"),
            &["done"],
        );
    }
    // The 8th is missed: the freeze earned at 7 pays for it.
    ok(home.path(), "2026-10-09T08:00:00+08:00", &["done"]);
    let after = status(home.path(), "Asia/Shanghai", "2026-10-09T20:00:00+08:00");
    assert_eq!(after["streak"]["current"], 8);
    assert_eq!(after["streak"]["freezes"], 0);
    let days = after["round"]["days"].as_array().expect("days");
    assert_eq!(days[7]["state"], "frozen");
    assert_eq!(days[7]["date"], "2026-10-08");

    let why = ok(home.path(), "2026-10-09T20:00:00+08:00", &["why"]);
    assert!(
        why.contains("2026-10-08  ❄  missed; a freeze kept the streak"),
        "{why}"
    );
    assert!(why.contains("earned a freeze"), "{why}");
    assert!(
        why.contains(
            "Result (as in status): streak 8 (best 8), freezes 0, backfills left 2, round 1 day 8/21"
        ),
        "{why}"
    );
}

#[test]
fn backfill_is_allowed_twice_a_round() {
    let home = home();
    ok(home.path(), "2026-10-01T08:00:00+08:00", &["done"]);
    // Yesterday had no card: the backfill asks which, naming the ladder's.
    let (code, _, stderr) = at(
        home.path(),
        "Asia/Shanghai",
        "2026-10-03T08:00:00+08:00",
        &["done", "--yesterday", "--note", "补卡"],
    );
    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.contains("2026-10-02 had no card drawn"), "{stderr}");
    let ladder = stderr
        .split("--card ")
        .nth(1)
        .and_then(|rest| rest.split_whitespace().next())
        .expect("the ladder's card")
        .to_string();
    let out = ok(
        home.path(),
        "2026-10-03T08:00:00+08:00",
        &["done", "--yesterday", "--note", "补卡", "--card", &ladder],
    );
    assert!(out.contains("Backfilled 2026-10-02"), "{out}");
    ok(home.path(), "2026-10-04T08:00:00+08:00", &["draw"]);
    // A day with its card drawn is backfilled with that card.
    ok(
        home.path(),
        "2026-10-05T08:00:00+08:00",
        &["done", "--yesterday"],
    );
    let (code, _, stderr) = at(
        home.path(),
        "Asia/Shanghai",
        "2026-10-07T08:00:00+08:00",
        &["done", "--yesterday"],
    );
    assert_eq!(code, 1);
    assert!(stderr.contains("backfills (补卡) are used up"), "{stderr}");
    let history: Value = serde_json::from_str(&ok(
        home.path(),
        "2026-10-07T08:00:00+08:00",
        &["history", "--json"],
    ))
    .expect("json");
    let days: Vec<&str> = history
        .as_array()
        .expect("array")
        .iter()
        .map(|day| day["date"].as_str().expect("date"))
        .collect();
    assert_eq!(days, ["2026-10-01", "2026-10-02", "2026-10-04"]);
    assert_eq!(history[1]["note"], "补卡");
    assert_eq!(history[1]["done"], true);
    assert_eq!(
        history[1]["card"],
        Value::Null,
        "no card was drawn that day"
    );
    assert_eq!(history[1]["credited"]["id"], ladder.as_str());
    assert!(
        history[2].get("credited").is_none(),
        "the card drawn is done"
    );
}

/// On a new journal there was no order to shuffle again: `round start`
/// says only that round 1 starts; a later round says it is reshuffled.
#[test]
fn the_first_round_is_not_said_to_be_reshuffled() {
    let home = home();
    let out = ok(
        home.path(),
        "2026-10-01T08:00:00+08:00",
        &["--lang", "zh", "round", "start"],
    );
    assert_eq!(out, "第 1 轮从今天开始。\n");
}

#[test]
fn round_start_begins_again_from_today() {
    let home = home();
    ok(home.path(), "2026-10-01T08:00:00+08:00", &["done"]);
    ok(home.path(), "2026-10-02T08:00:00+08:00", &["done"]);
    // An unfinished round: not without a yes (no terminal to ask in here).
    let (code, stdout, stderr) = at(
        home.path(),
        "Asia/Shanghai",
        "2026-10-03T08:00:00+08:00",
        &["round", "start"],
    );
    assert_eq!((code, stdout.as_str()), (1, ""), "{stderr}");
    assert!(
        stderr.contains("round 1 is not finished (2 check-ins)") && stderr.contains("--yes"),
        "{stderr}"
    );
    assert_eq!(
        status(home.path(), "Asia/Shanghai", "2026-10-03T08:00:00+08:00")["round"]["number"],
        1,
        "nothing changed"
    );
    let out = ok(
        home.path(),
        "2026-10-03T08:00:00+08:00",
        &["round", "start", "--yes"],
    );
    assert!(
        out.contains("Round 2 starts today, with a freshly shuffled deck"),
        "{out}"
    );
    ok(home.path(), "2026-10-03T09:00:00+08:00", &["done"]);
    let now = status(home.path(), "Asia/Shanghai", "2026-10-03T20:00:00+08:00");
    assert_eq!(now["round"]["number"], 2);
    assert_eq!(now["round"]["checked_in"], 1);
    assert_eq!(
        now["streak"]["current"], 3,
        "a new round does not end the streak"
    );
}

#[test]
fn history_in_text_json_and_csv() {
    let home = home();
    ok(
        home.path(),
        "2026-10-01T08:00:00+08:00",
        &["done", "--note", "送了快递, 还聊了天"],
    );
    ok(home.path(), "2026-10-02T08:00:00+08:00", &["draw"]);
    let csv = ok(
        home.path(),
        "2026-10-02T09:00:00+08:00",
        &["history", "--csv"],
    );
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines[0], "date,card,done,note,credited,own");
    assert!(
        lines[1].starts_with("2026-10-01,") && lines[1].ends_with(",true,\"送了快递, 还聊了天\",,"),
        "{csv}"
    );
    assert!(
        lines[2].starts_with("2026-10-02,") && lines[2].ends_with(",false,,,"),
        "{csv}"
    );
    let text = ok(
        home.path(),
        "2026-10-02T09:00:00+08:00",
        &["history", "--lang", "zh"],
    );
    assert!(text.starts_with("日期"), "{text}");
    assert!(text.contains("(送了快递, 还聊了天)"), "{text}");
    // Today, drawn and not yet done, is today (◉), not missed (✗); the
    // next day it is missed.
    let today = text.lines().find(|line| line.starts_with("2026-10-02"));
    assert!(
        today.is_some_and(|line| line.contains('◉') && !line.contains('✗')),
        "{text}"
    );
    let next_day = ok(
        home.path(),
        "2026-10-03T09:00:00+08:00",
        &["history", "--lang", "zh"],
    );
    let missed = next_day.lines().find(|line| line.starts_with("2026-10-02"));
    assert!(missed.is_some_and(|line| line.contains('✗')), "{next_day}");
}

#[test]
fn a_minute_before_and_after_midnight() {
    let home = home();
    ok(home.path(), "2026-11-10T23:59:00+08:00", &["done"]);
    let after = status(home.path(), "Asia/Shanghai", "2026-11-11T00:01:00+08:00");
    assert_eq!(after["date"], "2026-11-11");
    assert_eq!(after["today"]["done"], false);
    assert_eq!(
        after["streak"]["current"], 1,
        "yesterday still counts while today is open"
    );
    ok(home.path(), "2026-11-11T00:01:00+08:00", &["done"]);
    let after = status(home.path(), "Asia/Shanghai", "2026-11-11T00:02:00+08:00");
    assert_eq!(after["streak"]["current"], 2);
}

#[test]
fn day_starts_at_moves_the_boundary_for_night_owls() {
    let home = home();
    std::fs::write(home.path().join("config.ron"), "(day_starts_at: \"04:00\")").expect("config");
    let out = ok(home.path(), "2026-11-11T02:30:00+08:00", &["done"]);
    assert!(out.contains("Checked in for 2026-11-10"), "{out}");
    let next = status(home.path(), "Asia/Shanghai", "2026-11-11T04:00:00+08:00");
    assert_eq!(next["date"], "2026-11-11");
    assert_eq!(next["today"]["done"], false);

    std::fs::write(home.path().join("config.ron"), "(day_start: \"04:00\")").expect("config");
    let (code, _, stderr) = at(
        home.path(),
        "Asia/Shanghai",
        "2026-11-11T05:00:00+08:00",
        &["status"],
    );
    assert_eq!(code, 1);
    assert!(stderr.contains("config.ron:1:"), "{stderr}");
}

#[test]
fn dst_changes_in_new_york_neither_skip_nor_double_a_day() {
    let home = home();
    let zone = "America/New_York";
    // Spring forward on 2026-03-08 (23 hours), at 00:30 local each day.
    for now in [
        "2026-03-07T00:30:00-05:00",
        "2026-03-08T00:30:00-05:00",
        "2026-03-09T00:30:00-04:00",
    ] {
        let (code, _, stderr) = at(home.path(), zone, now, &["done"]);
        assert_eq!(code, 0, "{stderr}");
    }
    let spring = status(home.path(), zone, "2026-03-09T23:30:00-04:00");
    assert_eq!(spring["streak"]["current"], 3);
    // Fall back on 2026-11-01 (25 hours): 01:30 happens twice, one day.
    let home = common::home();
    for now in [
        "2026-10-31T23:30:00-04:00",
        "2026-11-01T01:30:00-04:00",
        "2026-11-01T01:30:00-05:00",
        "2026-11-02T00:30:00-05:00",
    ] {
        let (code, _, stderr) = at(home.path(), zone, now, &["done"]);
        assert_eq!(code, 0, "{stderr}");
    }
    let fall = status(home.path(), zone, "2026-11-02T12:00:00-05:00");
    assert_eq!(fall["streak"]["current"], 3);
    assert_eq!(fall["round"]["checked_in"], 3);
}

#[test]
fn a_time_zone_change_mid_round_counts_nothing_twice() {
    let home = home();
    ok(home.path(), "2026-11-20T08:00:00+08:00", &["done"]);
    // 01:00 on the 21st in Shanghai is 17:00 on the 20th in London.
    ok(home.path(), "2026-11-21T01:00:00+08:00", &["done"]);
    // Flown to London: it is the 20th again there. That day is done already,
    // and the 21st is recorded by date, so nothing counts twice.
    let london = status(home.path(), "Europe/London", "2026-11-20T18:00:00Z");
    assert_eq!(london["date"], "2026-11-20");
    assert_eq!(london["today"]["done"], true);
    let (code, stdout, _) = at(
        home.path(),
        "Europe/London",
        "2026-11-20T18:00:00Z",
        &["done"],
    );
    assert_eq!(code, 0);
    assert!(
        stdout.contains("2026-11-20 is already checked in"),
        "{stdout}"
    );
    // The London 21st finds its check-in from Shanghai; the 22nd adds one.
    let (_, stdout, _) = at(
        home.path(),
        "Europe/London",
        "2026-11-21T09:00:00Z",
        &["done"],
    );
    assert!(
        stdout.contains("2026-11-21 is already checked in"),
        "{stdout}"
    );
    let (code, _, _) = at(
        home.path(),
        "Europe/London",
        "2026-11-22T09:00:00Z",
        &["done"],
    );
    assert_eq!(code, 0);
    let later = status(home.path(), "Europe/London", "2026-11-22T20:00:00Z");
    assert_eq!(later["streak"]["current"], 3);
    assert_eq!(later["round"]["checked_in"], 3);
}

#[test]
fn a_clock_that_goes_backwards_loses_and_doubles_nothing() {
    let home = home();
    ok(home.path(), "2026-11-24T08:00:00+08:00", &["done"]);
    ok(home.path(), "2026-11-25T08:00:00+08:00", &["done"]);
    // The clock is set back two days: today is what it says, and the later
    // days simply do not count yet.
    let back = status(home.path(), "Asia/Shanghai", "2026-11-23T08:00:00+08:00");
    assert_eq!(back["date"], "2026-11-23");
    assert_eq!(back["today"]["done"], false);
    let out = ok(home.path(), "2026-11-23T08:00:00+08:00", &["done"]);
    assert!(out.contains("Checked in for 2026-11-23"), "{out}");
    // Back to the right time: all three days, each once.
    let right = status(home.path(), "Asia/Shanghai", "2026-11-25T20:00:00+08:00");
    assert_eq!(right["streak"]["current"], 3);
    assert_eq!(right["round"]["checked_in"], 3);
    let out = ok(home.path(), "2026-11-25T20:00:00+08:00", &["done"]);
    assert!(out.contains("2026-11-25 is already checked in"), "{out}");
}

#[test]
fn why_agrees_with_status_in_both_languages() {
    let home = home();
    for day in [1, 2, 3, 5, 6] {
        ok(
            home.path(),
            &format!("2026-10-{day:02}T08:00:00+08:00"),
            &["done"],
        );
    }
    let now = "2026-10-07T08:00:00+08:00";
    let status = status(home.path(), "Asia/Shanghai", now);
    let why = ok(home.path(), now, &["why"]);
    let expected = format!(
        "streak {} (best {}), freezes {}, backfills left {}, round {} day {}/21",
        status["streak"]["current"],
        status["streak"]["best"],
        status["streak"]["freezes"],
        status["round"]["backfills_left"],
        status["round"]["number"],
        status["round"]["checked_in"].as_u64().expect("n") + 1
    );
    assert!(why.contains(&expected), "{expected}\n{why}");
    assert!(
        why.contains("2026-10-04  ✗  missed with no freeze left"),
        "{why}"
    );
    let why_zh = ok(home.path(), now, &["why", "--lang", "zh"]);
    assert!(why_zh.contains("漏打，没有假可请，连续中断"), "{why_zh}");
    assert!(
        why_zh.contains("结果（与 status 一致）：连续 2 天"),
        "{why_zh}"
    );
}

#[test]
fn a_fresh_home_reads_without_writing_anything() {
    let home = home();
    let out = ok(
        home.path(),
        "2026-10-07T08:00:00+08:00",
        &["status", "--lang", "zh"],
    );
    assert!(out.contains("今天还没抽牌"), "{out}");
    assert!(ok(home.path(), "2026-10-07T08:00:00+08:00", &["why"]).contains("No check-ins yet"));
    assert!(
        ok(home.path(), "2026-10-07T08:00:00+08:00", &["history"]).contains("Nothing recorded")
    );
    assert_eq!(std::fs::read_dir(home.path()).expect("list").count(), 0);
}

#[test]
fn a_bad_xiaoshi_now_is_a_clear_error() {
    let home = home();
    let (code, _, stderr) = at(home.path(), "Asia/Shanghai", "yesterday", &["status"]);
    assert_eq!(code, 1);
    assert!(
        stderr.contains("XIAOSHI_NOW=\"yesterday\" is not an RFC 3339 timestamp"),
        "{stderr}"
    );
}
