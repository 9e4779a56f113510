//! The facilitator's commands through the real binary, with a fixed clock
//! (`XIAOSHI_NOW`) and zone (`TZ`): dealing, bad input, saved sessions and
//! pledges, the report in every format, `resume` without a terminal, the
//! pledge's way into a participant's journal, and corrupt session files.

mod common;

use std::collections::{BTreeMap, HashSet};
use std::fs;
use std::path::{Path, PathBuf};

use common::{home, run, xiaoshi};
use serde_json::Value;

const NAMES: &str = "王阿姨,李叔叔,小明";
const NOW: &str = "2026-11-24T10:00:00+08:00[Asia/Shanghai]";
const LATER: &str = "2026-11-24T15:30:00+08:00[Asia/Shanghai]";
const NEXT_DAY: &str = "2026-11-25T09:00:00+08:00[Asia/Shanghai]";

/// Runs xiaoshi in Shanghai at `now`, from inside `home` (so a file written
/// by default lands there); returns (code, stdout, stderr).
fn at(home: &Path, now: &str, args: &[&str]) -> (i32, String, String) {
    let (code, stdout, stderr) = run(xiaoshi(home)
        .current_dir(home)
        .env("TZ", "Asia/Shanghai")
        .env("XIAOSHI_NOW", now)
        .args(args));
    assert_ne!(code, 101, "{args:?} panicked: {stderr}");
    assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
    (code, stdout, stderr)
}

/// Runs at [`NOW`] and expects success; returns stdout.
fn ok(home: &Path, args: &[&str]) -> String {
    let (code, stdout, stderr) = at(home, NOW, args);
    assert_eq!(code, 0, "{args:?}: {stderr}");
    stdout
}

/// Runs at [`NOW`] and expects exit `code`, nothing on stdout and a
/// message on stderr; returns stderr.
fn fails(home: &Path, args: &[&str], code: i32) -> String {
    let (actual, stdout, stderr) = at(home, NOW, args);
    assert_eq!(actual, code, "{args:?}: {stdout}{stderr}");
    assert!(stdout.is_empty(), "{args:?} printed {stdout}");
    assert!(stderr.starts_with("error: "), "{args:?}: {stderr}");
    stderr
}

fn json(text: &str) -> Value {
    serde_json::from_str(text).unwrap_or_else(|error| panic!("{error}: {text}"))
}

/// `workshop deal … --json` at [`NOW`].
fn deal(home: &Path, args: &[&str]) -> Value {
    let mut all = vec!["workshop", "deal", "--json"];
    all.extend_from_slice(args);
    json(&ok(home, &all))
}

/// The participants' names and card ids of a deal.
fn hands(dealt: &Value) -> Vec<(String, Vec<String>)> {
    dealt["hands"]
        .as_array()
        .expect("hands")
        .iter()
        .map(|hand| {
            let ids = hand["cards"]
                .as_array()
                .expect("cards")
                .iter()
                .map(|card| card["id"].as_str().expect("id").to_string())
                .collect();
            (hand["participant"].as_str().expect("name").to_string(), ids)
        })
        .collect()
}

/// `deck list --json`, by id.
fn deck_cards(home: &Path) -> BTreeMap<String, Value> {
    let list = json(&ok(home, &["deck", "list", "--json"]));
    list.as_array()
        .expect("cards")
        .iter()
        .map(|card| (card["id"].as_str().expect("id").to_string(), card.clone()))
        .collect()
}

/// Deals and saves; returns the session's id and the deal.
fn save(home: &Path, now: &str, args: &[&str]) -> (String, Value) {
    let mut all = vec!["workshop", "deal", "--json", "--save"];
    all.extend_from_slice(args);
    let (code, stdout, stderr) = at(home, now, &all);
    assert_eq!(code, 0, "{stderr}");
    let dealt = json(&stdout);
    let id = dealt["session"]
        .as_str()
        .expect("a saved deal names its session");
    (id.to_string(), dealt)
}

fn session_file(home: &Path, id: &str) -> PathBuf {
    home.join("workshops").join(format!("{id}.ron"))
}

fn symbol(suit: &str) -> char {
    match suit {
        "hearts" => '♥',
        "spades" => '♠',
        "clubs" => '♣',
        "diamonds" => '♦',
        "joker" => '★',
        other => panic!("unknown suit {other}"),
    }
}

#[test]
fn deal_json_has_the_documented_shape_and_the_decks_cards() {
    let home = home();
    let args = ["--participants", NAMES, "--hand", "3", "--seed", "42"];
    let dealt = deal(home.path(), &args);
    let keys: HashSet<&str> = dealt
        .as_object()
        .expect("object")
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(keys, HashSet::from(["seed", "code", "hands"]), "{dealt}");
    assert_eq!(dealt["seed"], "42");
    let code = dealt["code"].as_str().expect("code");
    assert!(code.len() >= 4 && code.chars().all(|c| c.is_ascii_alphanumeric()));

    let deck = deck_cards(home.path());
    let mut seen = HashSet::new();
    let names: Vec<&str> = NAMES.split(',').collect();
    let hands = dealt["hands"].as_array().expect("hands");
    assert_eq!(hands.len(), names.len());
    for (hand, name) in hands.iter().zip(&names) {
        assert_eq!(hand["participant"], *name, "setup order");
        let cards = hand["cards"].as_array().expect("cards");
        assert_eq!(cards.len(), 3, "{name}");
        for card in cards {
            let id = card["id"].as_str().expect("id");
            assert_eq!(Some(card), deck.get(id), "as `deck list --json` prints it");
            assert!(seen.insert(id.to_string()), "{id} dealt twice");
        }
    }

    // The same seed and setup deal the same, byte for byte.
    let mut all = vec!["workshop", "deal", "--json"];
    all.extend_from_slice(&args);
    assert_eq!(ok(home.path(), &all), ok(home.path(), &all));
    let other = deal(
        home.path(),
        &["--participants", NAMES, "--hand", "3", "--seed", "43"],
    );
    assert_ne!(
        hands_of(&other),
        hands_of(&dealt),
        "another seed, another deal"
    );
}

/// Seeds in the workshop's JSON are strings, as in the journal export: a
/// seed above 2^53 read by a tool that parses numbers as floats (`jq`)
/// would come back as another seed, and deal other hands.
#[test]
fn seeds_in_the_workshops_json_survive_tools_that_read_floats() {
    let home = home();
    // 2^53 + 1: as a float it is 2^53.
    let big = "9007199254740993";
    let seed: u64 = big.parse().expect("u64");
    assert_ne!(seed as f64 as u64, seed);
    let args = ["--participants", NAMES, "--hand", "3", "--seed", big];
    let dealt = deal(home.path(), &args);
    assert_eq!(dealt["seed"], big, "{dealt}");
    // Through floats, as jq reads numbers: the string is untouched.
    let floats = dealt["seed"].as_f64().map(|f| f as u64);
    assert_eq!(floats, None, "not a number");
    // The deal the seed string names is the same deal.
    let again = deal(
        home.path(),
        &[
            "--participants",
            NAMES,
            "--hand",
            "3",
            "--seed",
            dealt["seed"].as_str().expect("seed"),
        ],
    );
    assert_eq!(hands(&again), hands(&dealt));
    let (id, _) = save(home.path(), "2026-11-24T10:00:00+08:00", &args);
    let report = json(&ok(
        home.path(),
        &["workshop", "report", &id, "--format", "json"],
    ));
    assert_eq!(report["seed"], big, "{report}");
}

fn hands_of(dealt: &Value) -> Vec<Vec<String>> {
    hands(dealt).into_iter().map(|(_, ids)| ids).collect()
}

#[test]
fn suits_limit_the_deal_in_either_language_and_any_order() {
    let home = home();
    let deck = deck_cards(home.path());
    let base = ["--participants", NAMES, "--hand", "5", "--seed", "9"];
    let with = |suits: &str| {
        let mut args = base.to_vec();
        args.extend(["--suits", suits]);
        deal(home.path(), &args)
    };
    let english = with("hearts,clubs");
    let ids: Vec<String> = hands_of(&english).concat();
    assert_eq!(ids.len(), 15);
    assert_eq!(
        ids.iter().collect::<HashSet<_>>().len(),
        15,
        "no card twice"
    );
    for id in &ids {
        let suit = deck[id]["suit"].as_str().expect("suit");
        assert!(suit == "hearts" || suit == "clubs", "{id} is {suit}");
    }
    assert_eq!(with("红桃,梅花"), english, "Chinese names of the suits");
    assert_eq!(with("clubs,hearts,clubs"), english, "order and repeats");
    let all = deal(home.path(), &base);
    assert_ne!(
        hands_of(&all),
        hands_of(&english),
        "all piles deal otherwise"
    );
}

#[test]
fn a_code_deals_what_its_seed_dealt() {
    let home = home();
    let by_seed = deal(home.path(), &["--participants", NAMES, "--seed", "42"]);
    let code = by_seed["code"].as_str().expect("code");
    let by_code = deal(home.path(), &["--participants", NAMES, "--code", code]);
    assert_eq!(by_code, by_seed);
    let lower = code.to_lowercase();
    let by_lower = deal(home.path(), &["--participants", NAMES, "--code", &lower]);
    assert_eq!(by_lower, by_seed, "codes are read case-insensitively");

    // A random deal prints the seed and code that deal it again.
    let random = deal(home.path(), &["--participants", NAMES]);
    let seed = random["seed"].as_str().expect("seed").to_string();
    let again = deal(home.path(), &["--participants", NAMES, "--seed", &seed]);
    assert_eq!(again, random);
    let code = random["code"].as_str().expect("code");
    let again = deal(home.path(), &["--participants", NAMES, "--code", code]);
    assert_eq!(again, random);
}

const EIGHT: &str = "王阿姨,李叔叔,小明,张奶奶,陈老师,刘师傅,赵阿姨,周大伯";

#[test]
fn a_code_from_a_flip_chart_deals_the_same_hands_on_another_machine() {
    // The session: 8 people, 3 cards each from hearts and clubs only.
    let here = home();
    let (id, dealt) = save(
        here.path(),
        NOW,
        &[
            "--participants",
            EIGHT,
            "--hand",
            "3",
            "--suits",
            "hearts,clubs",
            "--seed",
            "9",
        ],
    );
    let code = dealt["code"].as_str().expect("code").to_string();
    assert!(id.ends_with(&code), "{id}");
    // Written on a flip chart, typed on a fresh machine: no seed, no hand
    // size, no suits, no names: the code carries them.
    let there = home();
    let typed = format!(" {}-{} ", &code[..4], code[4..].to_lowercase());
    let seats = deal(there.path(), &["--code", &typed]);
    assert_eq!(hands_of(&seats), hands_of(&dealt), "the same hands");
    assert_eq!(seats["code"], code.as_str());
    assert_eq!(hands(&seats)[0].0, "Seat 1", "numbered seats");
    let zh = json(&ok(
        there.path(),
        &[
            "--lang", "zh", "workshop", "deal", "--json", "--code", &code,
        ],
    ));
    assert_eq!(hands(&zh)[7].0, "8号");
    let named = deal(there.path(), &["--participants", EIGHT, "--code", &code]);
    assert_eq!(
        named,
        dealt
            .as_object()
            .map(|o| {
                let mut o = o.clone();
                o.remove("session");
                Value::Object(o)
            })
            .expect("object")
    );
    for card in hands(&named).iter().flat_map(|(_, cards)| cards) {
        assert!(
            card.starts_with("hearts-") || card.starts_with("clubs-"),
            "{card}"
        );
    }
    // Another number of people would deal other hands: refused.
    let stderr = fails(
        there.path(),
        &["workshop", "deal", "--participants", NAMES, "--code", &code],
        1,
    );
    assert!(
        stderr.contains("for 8 participants") && stderr.contains("there are 3"),
        "{stderr}"
    );
    // A code cannot be combined with what it already says.
    fails(
        there.path(),
        &["workshop", "deal", "--code", &code, "--hand", "2"],
        2,
    );
    // A mistyped code is caught by its check digit, not dealt.
    let last = code.chars().last().expect("a digit");
    let wrong = format!(
        "{}{}",
        &code[..code.len() - 1],
        if last == '0' { '1' } else { '0' }
    );
    let stderr = fails(there.path(), &["workshop", "deal", "--code", &wrong], 2);
    assert!(stderr.contains("not a session code"), "{stderr}");
}

#[test]
fn a_session_is_found_by_the_code_on_screen_after_its_setup_changed() {
    use xiaoshi::workshop::{Phase, Sessions};
    let home = home();
    let (id, dealt) = save(home.path(), NOW, &["--participants", NAMES, "--seed", "42"]);
    let old_code = dealt["code"].as_str().expect("code").to_string();
    // What the facilitator's screen saves when the seed is changed during
    // setup (its own save, `save_merged`): the id stays, the code moves.
    let sessions = Sessions::new(home.path());
    let opened = sessions.find(&id).expect("found");
    let mut changed = opened.session.clone();
    changed.table = None;
    changed.phase = Phase::Setup;
    changed.setup.seed = 7;
    changed.setup.hand = 2;
    opened
        .file
        .save_merged(&opened.session, &changed)
        .expect("saved as the screen does");
    let new_code = changed.code();
    assert_ne!(new_code, old_code);
    for typed in [
        new_code.clone(),
        new_code.to_lowercase(),
        format!("2026-11-24-{new_code}"),
    ] {
        let report = json(&ok(
            home.path(),
            &["workshop", "report", &typed, "--format", "json"],
        ));
        assert_eq!(report["id"], id.as_str(), "{typed}");
        assert_eq!(report["code"], new_code.as_str());
    }
    let listed = json(&ok(home.path(), &["workshop", "list", "--json"]));
    assert_eq!(
        listed[0]["code"],
        new_code.as_str(),
        "the list shows the code as it is"
    );
    let stderr = fails(
        home.path(),
        &["workshop", "report", &format!("2026-11-23-{new_code}")],
        1,
    );
    assert!(stderr.contains("no workshop session"), "{stderr}");
}

#[test]
fn codes_are_unique_per_day() {
    let home = home();
    let (first, _) = save(home.path(), NOW, &["--participants", NAMES, "--seed", "42"]);
    let stderr = fails(
        home.path(),
        &[
            "workshop",
            "deal",
            "--save",
            "--participants",
            NAMES,
            "--seed",
            "42",
        ],
        1,
    );
    assert!(
        stderr.contains("unique per day") && stderr.contains(&first),
        "{stderr}"
    );
    // The same deal on another day is another session.
    let (next, _) = save(
        home.path(),
        NEXT_DAY,
        &["--participants", NAMES, "--seed", "42"],
    );
    assert_ne!(next, first);
    // Random seeds never collide: each saved deal has its own code.
    let mut codes = HashSet::new();
    for _ in 0..5 {
        let (_, dealt) = save(home.path(), NOW, &["--participants", NAMES]);
        assert!(codes.insert(dealt["code"].as_str().expect("code").to_string()));
    }
    // A code found on two days needs its day.
    let code = &first[11..];
    let stderr = fails(home.path(), &["workshop", "report", code], 1);
    assert!(
        stderr.contains(&first) && stderr.contains(&next),
        "{stderr}"
    );
}

#[test]
fn participants_come_from_a_file_with_comments_and_blank_lines() {
    let home = home();
    let file = home.path().join("名单.txt");
    fs::write(
        &file,
        "# 三号楼 第一桌\n王阿姨\n\n   李叔叔  \n# 第二桌\n\t\n小明\n",
    )
    .expect("write");
    let file = file.to_str().expect("utf-8 path");
    let from_file = deal(
        home.path(),
        &["--participants-file", file, "--seed", "5", "--hand", "2"],
    );
    let from_list = deal(
        home.path(),
        &["--participants", NAMES, "--seed", "5", "--hand", "2"],
    );
    assert_eq!(from_file, from_list);
    let names: Vec<String> = hands(&from_file).into_iter().map(|(n, _)| n).collect();
    assert_eq!(names, ["王阿姨", "李叔叔", "小明"]);
}

#[test]
fn a_participants_file_saved_by_windows_notepad_reads_the_same() {
    // UTF-8 with a byte-order mark and CRLF line ends.
    let home = home();
    let file = home.path().join("names.txt");
    fs::write(&file, "\u{feff}王阿姨\r\n李叔叔\r\n小明\r\n").expect("write");
    let file = file.to_str().expect("utf-8 path");
    let (id, dealt) = save(
        home.path(),
        NOW,
        &["--participants-file", file, "--seed", "5"],
    );
    let (name, hand) = hands(&dealt).remove(0);
    assert_eq!(name, "王阿姨", "no invisible mark before the first name");
    ok(
        home.path(),
        &["workshop", "pledge", &id, "王阿姨", &hand[0]],
    );
}

#[test]
fn text_output_names_every_participant_and_card() {
    let home = home();
    let args = ["--participants", NAMES, "--seed", "42"];
    let mut text_args = vec!["workshop", "deal"];
    text_args.extend_from_slice(&args);
    let text = ok(home.path(), &text_args);
    let dealt = deal(home.path(), &args);
    assert!(
        text.contains(dealt["code"].as_str().expect("code")),
        "{text}"
    );
    assert!(text.contains("42"), "{text}");
    let lines: Vec<&str> = text.lines().collect();
    for (name, ids) in hands(&dealt) {
        let at = lines
            .iter()
            .position(|line| line.trim() == name)
            .unwrap_or_else(|| panic!("{name} has a line: {text}"));
        // Their cards follow their name.
        for (offset, id) in ids.iter().enumerate() {
            let line = lines.get(at + 1 + offset).copied().unwrap_or_default();
            assert!(line.contains(&format!("({id})")), "{name}: {line}");
        }
    }
    assert!(!text.contains("saved as"), "not saved without --save");
}

#[test]
fn bad_setups_are_refused_with_a_clear_message() {
    let home = home();
    let dup_file = home.path().join("dup.txt");
    fs::write(
        &dup_file,
        "王阿姨\n李叔叔\n# 王阿姨 is not a name here\n 王阿姨\n",
    )
    .expect("write");
    let dup_file = dup_file.to_str().expect("path").to_string();
    let missing = home.path().join("nobody.txt");
    let missing = missing.to_str().expect("path").to_string();
    let sixty_one: Vec<String> = (1..=61).map(|n| format!("{n}号桌")).collect();
    let sixty_one = sixty_one.join(",");
    let cases: Vec<(Vec<&str>, i32, Vec<&str>)> = vec![
        (vec!["--participants", ""], 2, vec!["no participants"]),
        (vec!["--participants", " , ,"], 2, vec!["no participants"]),
        (
            vec!["--participants", "王阿姨,李叔叔,王阿姨"],
            2,
            vec!["`王阿姨` is in the list twice"],
        ),
        (vec!["--participants", "Ming,ming"], 2, vec!["twice"]),
        (
            vec!["--participants", NAMES, "--hand", "0"],
            2,
            vec!["--hand", "0"],
        ),
        (
            vec!["--participants", NAMES, "--hand", "6"],
            2,
            vec!["--hand", "6"],
        ),
        (
            vec!["--participants", NAMES, "--suits", "hearts,moons"],
            2,
            vec!["moons"],
        ),
        (
            vec!["--participants", NAMES, "--minutes", "0"],
            2,
            vec!["--minutes"],
        ),
        (
            vec!["--participants", NAMES, "--seed", "1", "--code", "0001"],
            2,
            vec!["--code"],
        ),
        (
            vec!["--participants", NAMES, "--code", "UUUU"],
            2,
            vec!["UUUU", "session code"],
        ),
        (
            vec!["--participants", &sixty_one],
            2,
            vec!["61 participants"],
        ),
        (
            vec!["--participants", "一二三四五六七八九十一二三"],
            2,
            vec!["too long"],
        ),
        (
            vec![
                "--participants",
                "a,b,c,d,e",
                "--hand",
                "5",
                "--suits",
                "hearts",
            ],
            1,
            vec!["5 participants", "5 cards", "25", "13"],
        ),
        (
            vec!["--participants", "a,b", "--hand", "2", "--suits", "joker"],
            1,
            vec!["4 cards", "hold 2"],
        ),
        (vec![], 1, vec!["no participants"]),
        (vec!["--participants-file", &missing], 1, vec![&missing]),
        (
            vec!["--participants-file", &dup_file],
            1,
            vec!["`王阿姨` is in the list twice"],
        ),
    ];
    for (args, code, words) in cases {
        let mut all = vec!["workshop", "deal"];
        all.extend_from_slice(&args);
        let stderr = fails(home.path(), &all, code);
        for word in words {
            assert!(stderr.contains(word), "{args:?}: no `{word}` in {stderr}");
        }
        // Nothing was saved by a refused deal.
        assert!(!home.path().join("workshops").exists(), "{args:?}");
    }
}

#[test]
fn a_saved_deal_is_listed_and_takes_pledges_from_the_hand() {
    let home = home();
    let list = ok(home.path(), &["workshop", "list", "--json"]);
    assert_eq!(json(&list), Value::Array(Vec::new()));
    let (id, dealt) = save(home.path(), NOW, &["--participants", NAMES, "--seed", "42"]);
    assert!(
        id.starts_with("2026-11-24-"),
        "named by the session's day: {id}"
    );
    assert!(session_file(home.path(), &id).is_file());

    let text = ok(home.path(), &["workshop", "list"]);
    assert!(text.contains(&id), "{text}");
    let listed = json(&ok(home.path(), &["workshop", "list", "--json"]));
    let row = &listed.as_array().expect("array")[0];
    assert_eq!(row["id"], id.as_str());
    assert_eq!(row["code"], dealt["code"]);
    assert_eq!(row["date"], "2026-11-24");
    assert_eq!(row["participants"], 3);
    assert_eq!(row["pledges"], 0);
    assert_eq!(row["status"], "turns");

    // The saved hands are the printed ones.
    let report = json(&ok(
        home.path(),
        &["workshop", "report", &id, "--format", "json"],
    ));
    let saved: Vec<Vec<String>> = report["participants"]
        .as_array()
        .expect("participants")
        .iter()
        .map(|p| serde_json::from_value(p["hand"].clone()).expect("hand"))
        .collect();
    assert_eq!(saved, hands_of(&dealt));

    let hands = hands(&dealt);
    let (hers, his) = (&hands[0].1, &hands[1].1);
    let out = ok(
        home.path(),
        &[
            "workshop",
            "pledge",
            &id,
            "王阿姨",
            &hers[1],
            "--by",
            "2026-12-01",
            "--note",
            "周六",
        ],
    );
    assert!(out.contains("王阿姨") && out.contains(&hers[1]), "{out}");
    assert!(out.contains("2026-12-01"), "{out}");

    // By code, and a card that is someone else's.
    let code = dealt["code"].as_str().expect("code");
    let stderr = fails(
        home.path(),
        &["workshop", "pledge", code, "王阿姨", &his[0]],
        1,
    );
    assert!(stderr.contains(&his[0]), "{stderr}");
    for card in hers {
        assert!(
            stderr.contains(card.as_str()),
            "her hand is listed: {stderr}"
        );
    }
    let stderr = fails(
        home.path(),
        &["workshop", "pledge", &id, "张三", &hers[0]],
        1,
    );
    for name in NAMES.split(',') {
        assert!(stderr.contains(name), "the names are listed: {stderr}");
    }
    let stderr = fails(
        home.path(),
        &["workshop", "pledge", &id, "小明", "joker-red"],
        1,
    );
    assert!(stderr.contains("own words"), "{stderr}");
    let stderr = fails(
        home.path(),
        &["workshop", "pledge", &id, "小明", "hearts-99"],
        1,
    );
    assert!(stderr.contains("hearts-99"), "{stderr}");
    let stderr = fails(
        home.path(),
        &[
            "workshop",
            "pledge",
            &id,
            "李叔叔",
            &his[0],
            "--by",
            "2026-11-01",
        ],
        1,
    );
    assert!(stderr.contains("before the session"), "{stderr}");
    fails(
        home.path(),
        &["workshop", "pledge", "2025-01-01", "小明", "joker-red"],
        1,
    );
    // The 爱邻日 joker is for the 20th; own words go on the free-choice one.
    let stderr = fails(
        home.path(),
        &[
            "workshop",
            "pledge",
            &id,
            "小明",
            "joker-red",
            "--words",
            "教邻居用手机",
        ],
        1,
    );
    assert!(
        stderr.contains("20th") && stderr.contains("joker-black"),
        "{stderr}"
    );
    ok(
        home.path(),
        &[
            "workshop",
            "pledge",
            &id,
            "小明",
            "joker-black",
            "--words",
            "教邻居用手机",
        ],
    );

    let listed = json(&ok(home.path(), &["workshop", "list", "--json"]));
    assert_eq!(listed[0]["pledges"], 2, "the refused pledges left no trace");
    let report = json(&ok(
        home.path(),
        &["workshop", "report", &id, "--format", "json"],
    ));
    let hers_now = &report["participants"][0]["pledge"];
    assert_eq!(hers_now["card"], hers[1].as_str());
    assert_eq!(hers_now["by"], "2026-12-01");
    assert_eq!(hers_now["note"], "周六");
    assert_eq!(report["participants"][2]["pledge"]["words"], "教邻居用手机");

    // A second pledge replaces the first, says so, and keeps its date and note.
    let out = ok(
        home.path(),
        &["workshop", "pledge", &id, " 王阿姨 ", &hers[2]],
    );
    assert!(
        out.contains("replaces the earlier pledge") && out.contains(&hers[1]),
        "{out}"
    );
    assert!(out.contains("note kept: 周六"), "{out}");
    let report = json(&ok(
        home.path(),
        &["workshop", "report", &id, "--format", "json"],
    ));
    let hers_now = &report["participants"][0]["pledge"];
    assert_eq!(hers_now["card"], hers[2].as_str());
    assert_eq!(hers_now["by"], "2026-12-01");
    assert_eq!(hers_now["note"], "周六");
    // An empty note clears it.
    ok(
        home.path(),
        &["workshop", "pledge", &id, "王阿姨", &hers[2], "--note", ""],
    );
    let report = json(&ok(
        home.path(),
        &["workshop", "report", &id, "--format", "json"],
    ));
    assert!(report["participants"][0]["pledge"]["note"].is_null());
    let listed = json(&ok(home.path(), &["workshop", "list", "--json"]));
    assert_eq!(listed[0]["pledges"], 2);
}

#[test]
fn an_ended_session_takes_no_pledge_until_it_is_reopened() {
    let home = home();
    let (id, dealt) = save(home.path(), NOW, &["--participants", NAMES, "--seed", "42"]);
    let card = hands(&dealt)[1].1[0].clone();
    let out = ok(home.path(), &["workshop", "end", &id]);
    assert!(out.contains("read-only"), "{out}");
    let before = fs::read(session_file(home.path(), &id)).expect("read");
    let stderr = fails(
        home.path(),
        &["workshop", "pledge", &id, "李叔叔", &card],
        1,
    );
    assert!(
        stderr.contains("has ended") && stderr.contains("workshop reopen"),
        "{stderr}"
    );
    let stderr = fails(home.path(), &["workshop", "end", &id], 1);
    assert!(stderr.contains("has ended"), "{stderr}");
    assert_eq!(
        fs::read(session_file(home.path(), &id)).expect("read"),
        before,
        "unchanged"
    );
    // In Chinese too.
    let (code, _, stderr) = at(
        home.path(),
        NOW,
        &["--lang", "zh", "workshop", "pledge", &id, "李叔叔", &card],
    );
    assert_eq!(code, 1);
    assert!(
        stderr.contains("已经结束") && stderr.contains("reopen"),
        "{stderr}"
    );
    let out = ok(home.path(), &["workshop", "reopen", &id]);
    assert!(out.contains("reopened"), "{out}");
    ok(home.path(), &["workshop", "pledge", &id, "李叔叔", &card]);
    let stderr = fails(home.path(), &["workshop", "reopen", &id], 1);
    assert!(stderr.contains("has not ended"), "{stderr}");
}

/// A saved session of three: 王阿姨 pledges her first card by 2026-12-01
/// with a note; 小明 pledges a joker in words with HTML in them; 李叔叔 has
/// no pledge. Returns the id and the deal.
fn session_with_pledges(home: &Path) -> (String, Value) {
    let (id, dealt) = save(home, NOW, &["--participants", NAMES, "--seed", "42"]);
    let card = hands(&dealt)[0].1[0].clone();
    ok(
        home,
        &[
            "workshop",
            "pledge",
            &id,
            "王阿姨",
            &card,
            "--by",
            "2026-12-01",
            "--note",
            "周六上午",
        ],
    );
    ok(
        home,
        &[
            "workshop",
            "pledge",
            &id,
            "小明",
            "joker-black",
            "--words",
            "<b>教邻居</b>用手机",
        ],
    );
    (id, dealt)
}

#[test]
fn the_markdown_report_lists_participants_and_pledges_by_suit() {
    let home = home();
    let (id, dealt) = session_with_pledges(home.path());
    let card = &dealt["hands"][0]["cards"][0];
    let suit = card["suit"].as_str().expect("suit");
    let text = ok(home.path(), &["workshop", "report", &id]);
    assert_eq!(
        text,
        ok(home.path(), &["workshop", "report", &id, "--format", "md"])
    );
    assert!(
        text.starts_with("# ") && text.contains("2026-11-24"),
        "{text}"
    );
    for name in NAMES.split(',') {
        assert!(text.contains(&format!("| {name} |")), "{name}: {text}");
    }
    let lines: Vec<&str> = text.lines().collect();
    let heading_before = |needle: &str| {
        let at = lines
            .iter()
            .position(|line| line.starts_with("- ") && line.contains(needle))
            .unwrap_or_else(|| panic!("a pledge line with {needle}: {text}"));
        lines[..at]
            .iter()
            .rev()
            .find(|line| line.starts_with("### "))
            .copied()
            .unwrap_or_else(|| panic!("a heading above {needle}: {text}"))
    };
    let her_line = lines
        .iter()
        .find(|line| line.starts_with("- 王阿姨"))
        .expect("her pledge");
    assert!(
        her_line.contains("2026-12-01") && her_line.contains("周六上午"),
        "{her_line}"
    );
    assert!(heading_before("- 王阿姨").contains(symbol(suit)), "{text}");
    assert!(heading_before("- 小明").contains('★'), "{text}");
    assert!(!text.contains("- 李叔叔"), "no pledge, no line: {text}");
    // Piles in deck order: a suit's heading comes before the jokers'.
    let first = text.find(heading_before("- 王阿姨")).expect("heading");
    let jokers = text.find(heading_before("- 小明")).expect("heading");
    assert!(first < jokers, "{text}");
}

#[test]
fn the_csv_report_parses_with_a_row_per_participant() {
    let home = home();
    let (id, dealt) = session_with_pledges(home.path());
    let text = ok(home.path(), &["workshop", "report", &id, "--format", "csv"]);
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .expect("header")
        .iter()
        .map(str::to_string)
        .collect();
    let column = |name: &str| {
        header
            .iter()
            .position(|h| h == name)
            .unwrap_or_else(|| panic!("column {name} in {header:?}"))
    };
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("row")).collect();
    assert_eq!(rows.len(), 3, "{text}");
    let row_of = |name: &str| {
        rows.iter()
            .find(|row| &row[column("participant")] == name)
            .unwrap_or_else(|| panic!("a row for {name}"))
    };
    let card = &dealt["hands"][0]["cards"][0];
    let hers = row_of("王阿姨");
    assert_eq!(&hers[column("session")], id);
    assert_eq!(&hers[column("date")], "2026-11-24");
    assert_eq!(&hers[column("card")], card["id"].as_str().expect("id"));
    assert_eq!(&hers[column("suit")], card["suit"].as_str().expect("suit"));
    assert_eq!(
        &hers[column("title_zh")],
        card["title"]["zh"].as_str().expect("zh")
    );
    assert_eq!(&hers[column("by")], "2026-12-01");
    assert_eq!(&hers[column("note")], "周六上午");
    let his = row_of("小明");
    assert_eq!(&his[column("suit")], "joker");
    assert_eq!(&his[column("words")], "<b>教邻居</b>用手机");
    let none = row_of("李叔叔");
    assert_eq!(&none[column("card")], "");
    assert_eq!(&rows[2][column("participant")], "李叔叔", "no pledge: last");
}

#[test]
fn the_json_and_html_reports_carry_the_same_facts() {
    let home = home();
    let (id, dealt) = session_with_pledges(home.path());
    let report = json(&ok(
        home.path(),
        &["workshop", "report", &id, "--format", "json"],
    ));
    assert_eq!(report["id"], id.as_str());
    assert_eq!(report["date"], "2026-11-24");
    assert_eq!(report["seed"], "42");
    assert_eq!(report["code"], dealt["code"]);
    let names: Vec<&str> = report["participants"]
        .as_array()
        .expect("participants")
        .iter()
        .map(|p| p["name"].as_str().expect("name"))
        .collect();
    assert_eq!(names, NAMES.split(',').collect::<Vec<_>>());
    let suit = dealt["hands"][0]["cards"][0]["suit"]
        .as_str()
        .expect("suit");
    let groups: Vec<&str> = report["pledges_by_suit"]
        .as_array()
        .expect("groups")
        .iter()
        .map(|g| g["suit"].as_str().expect("suit"))
        .collect();
    assert_eq!(groups, [suit, "joker"]);
    assert_eq!(
        report["pledges_by_suit"][0]["pledges"][0]["by"],
        "2026-12-01"
    );

    let html = ok(
        home.path(),
        &["workshop", "report", &id, "--format", "html"],
    );
    assert!(html.starts_with("<!DOCTYPE html>"), "{html}");
    assert!(html.trim_end().ends_with("</html>"), "{html}");
    assert!(html.contains("&lt;b&gt;教邻居&lt;/b&gt;用手机"), "{html}");
    assert!(!html.contains("<b>教邻居"), "words are escaped: {html}");
    // Dates as people read them: Chinese first, English beneath (the
    // reader's language is English here), and the due date kept whole.
    assert!(
        html.contains("2026年11月24日") && html.contains("24 November 2026"),
        "{html}"
    );
    assert!(
        html.contains("<span class=\"tok\">12月1日前完成</span>"),
        "{html}"
    );
    for name in NAMES.split(',') {
        assert!(html.contains(name), "{name}");
    }
}

#[test]
fn a_report_goes_to_a_file_and_defaults_to_the_latest_session() {
    let home = home();
    let (first, _) = session_with_pledges(home.path());
    let (second, _) = save(
        home.path(),
        LATER,
        &["--participants", "甲,乙", "--seed", "7"],
    );
    assert_ne!(first, second);
    for format in ["md", "csv", "json", "html"] {
        let out = home.path().join(format!("report.{format}"));
        let out_arg = out.to_str().expect("path");
        let stdout = ok(
            home.path(),
            &[
                "workshop", "report", &first, "--format", format, "--out", out_arg,
            ],
        );
        assert!(stdout.is_empty(), "{format}: {stdout}");
        let printed = ok(
            home.path(),
            &["workshop", "report", &first, "--format", format],
        );
        assert_eq!(
            fs::read_to_string(&out).expect("written"),
            printed,
            "{format}"
        );
    }
    let latest = json(&ok(
        home.path(),
        &["workshop", "report", "--format", "json"],
    ));
    assert_eq!(latest["id"], second.as_str(), "the one created last");
    let named = json(&ok(
        home.path(),
        &["workshop", "report", &first, "--format", "json"],
    ));
    assert_eq!(named["id"], first.as_str());

    let empty = common::home();
    let stderr = fails(empty.path(), &["workshop", "report"], 1);
    assert!(stderr.contains("no workshop sessions"), "{stderr}");
    let stderr = fails(home.path(), &["workshop", "report", "ZZZZZZ"], 1);
    assert!(stderr.contains("ZZZZZZ"), "{stderr}");
}

#[test]
fn resume_without_a_terminal_prints_the_report_and_a_note() {
    let home = home();
    let (id, _) = session_with_pledges(home.path());
    let (code, stdout, stderr) = at(home.path(), NOW, &["workshop", "resume", &id]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(stdout, ok(home.path(), &["workshop", "report", &id]));
    assert!(
        stderr.contains("not a terminal") && stderr.contains(&id),
        "{stderr}"
    );
    // The latest session when none is named; nothing was changed.
    let before = fs::read(session_file(home.path(), &id)).expect("read");
    let (code, latest, _) = at(home.path(), NOW, &["workshop", "resume"]);
    assert_eq!(code, 0);
    assert_eq!(latest, stdout);
    assert_eq!(
        fs::read(session_file(home.path(), &id)).expect("read"),
        before
    );
}

fn event_count(home: &Path) -> usize {
    let export = json(&ok(home, &["journal", "export"]));
    export["events"].as_array().expect("events").len()
}

/// Runs at `now` and expects success; returns stdout.
fn ok_at(home: &Path, now: &str, args: &[&str]) -> String {
    let (code, stdout, stderr) = at(home, now, args);
    assert_eq!(code, 0, "{args:?}: {stderr}");
    stdout
}

/// The day's entry of `history --json`, as its text, and its CSV row.
fn history_of(home: &Path, now: &str, day: &str) -> (String, String) {
    let history = json(&ok_at(home, now, &["history", "--json"]));
    let entry = history
        .as_array()
        .expect("days")
        .iter()
        .find(|d| d["date"] == day)
        .map(|d| d.to_string())
        .unwrap_or_default();
    let csv = ok_at(home, now, &["history", "--csv"]);
    let row = csv
        .lines()
        .find(|line| line.starts_with(day))
        .unwrap_or_default()
        .to_string();
    (entry, row)
}

const MORNING: &str = "2026-11-25T07:30:00+08:00[Asia/Shanghai]";
const DAY_AFTER: &str = "2026-11-26T09:00:00+08:00[Asia/Shanghai]";

#[test]
fn a_pledge_never_changes_a_day_already_drawn_and_carries_its_date_and_workshop() {
    let home = home();
    let (id, dealt) = session_with_pledges(home.path());
    let card = dealt["hands"][0]["cards"][0]["id"].as_str().expect("id");
    let file = home.path().join("王阿姨.json");
    let file_arg = file.to_str().expect("path");
    let out = ok(
        home.path(),
        &[
            "workshop",
            "pledge-export",
            &id,
            "王阿姨",
            "--out",
            file_arg,
        ],
    );
    assert!(out.contains(file_arg), "{out}");

    // On her own machine: she drew that morning and checked in, with her note.
    let hers = common::home();
    ok_at(hers.path(), MORNING, &["done", "--note", "我自己的备注"]);
    let before = history_of(hers.path(), NEXT_DAY, "2026-11-25");
    assert!(before.0.contains("我自己的备注"), "{before:?}");
    let out = ok_at(hers.path(), NEXT_DAY, &["journal", "import", file_arg]);
    assert!(out.contains("New events imported: 1 "), "{out}");
    assert!(
        out.contains("2026-11-26") && out.contains("2026-11-25: already drawn"),
        "{out}"
    );
    // That day's history is exactly as it was, in JSON and CSV.
    assert_eq!(history_of(hers.path(), NEXT_DAY, "2026-11-25"), before);
    let zh = ok_at(
        hers.path(),
        NEXT_DAY,
        &["--lang", "zh", "journal", "import", file_arg],
    );
    assert!(
        zh.contains("导入 0 条新记录"),
        "importing twice adds nothing: {zh}"
    );
    let events = event_count(hers.path());

    // The next day her card is the pledge, with its date and workshop; the
    // note of the day is still hers to write.
    let status = json(&ok_at(hers.path(), DAY_AFTER, &["status", "--json"]));
    assert_eq!(status["today"]["card"]["id"], card);
    assert!(status["today"]["note"].is_null(), "{status}");
    let pledge = &status["today"]["pledge"];
    assert_eq!(pledge["by"], "2026-12-01");
    assert_eq!(pledge["held"], "2026-11-24");
    assert_eq!(pledge["workshop"], id.as_str());
    assert_eq!(pledge["note"], "周六上午");
    let text = ok_at(hers.path(), DAY_AFTER, &["--lang", "zh", "status"]);
    assert!(
        text.contains("你在 11-24 工作坊承诺的：") && text.contains("，12-01 前完成（周六上午）"),
        "{text}"
    );
    let drawn = json(&ok_at(hers.path(), DAY_AFTER, &["draw", "--json"]));
    assert_eq!(
        drawn["card"]["id"], card,
        "draw shows the pledge, draws nothing"
    );
    assert_eq!(event_count(hers.path()), events);
    // She checks in with her own note: the pledge's note does not replace it.
    ok_at(hers.path(), DAY_AFTER, &["done", "--note", "和王阿姨一起"]);
    let status = json(&ok_at(hers.path(), DAY_AFTER, &["status", "--json"]));
    assert_eq!(status["today"]["note"], "和王阿姨一起");
    assert_eq!(status["today"]["done"], true);
    // A corrected export of a pledge already done is refused, with why.
    ok(
        home.path(),
        &[
            "workshop",
            "pledge",
            &id,
            "王阿姨",
            card,
            "--by",
            "2026-12-20",
        ],
    );
    ok(
        home.path(),
        &[
            "workshop",
            "pledge-export",
            &id,
            "王阿姨",
            "--out",
            file_arg,
        ],
    );
    let (code, _, stderr) = at(hers.path(), DAY_AFTER, &["journal", "import", file_arg]);
    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.contains("already done on 2026-11-26"), "{stderr}");

    // Imported the day after the session on a fresh machine: its day.
    let fresh = common::home();
    ok_at(fresh.path(), NEXT_DAY, &["journal", "import", file_arg]);
    let status = json(&ok_at(fresh.path(), NEXT_DAY, &["status", "--json"]));
    assert_eq!(status["today"]["card"]["id"], card);
    assert_eq!(
        status["today"]["pledge"]["by"], "2026-12-20",
        "the corrected date"
    );

    // 小明's joker: his own words come with the pledge, not as a note.
    let his = home.path().join("xm.json");
    let his_arg = his.to_str().expect("path");
    ok(
        home.path(),
        &["workshop", "pledge-export", &id, "小明", "--out", his_arg],
    );
    let third = common::home();
    ok_at(third.path(), NEXT_DAY, &["journal", "import", his_arg]);
    let status = json(&ok_at(third.path(), NEXT_DAY, &["status", "--json"]));
    assert_eq!(status["today"]["card"]["id"], "joker-black");
    assert_eq!(status["today"]["pledge"]["words"], "<b>教邻居</b>用手机");
    assert!(status["today"]["note"].is_null());
}

#[test]
fn a_pledge_for_a_day_before_the_session_is_refused() {
    let home = home();
    let (id, _) = session_with_pledges(home.path());
    let stderr = fails(
        home.path(),
        &[
            "workshop",
            "pledge-export",
            &id,
            "王阿姨",
            "--day",
            "2026-11-23",
            "--out",
            "x.json",
        ],
        1,
    );
    assert!(stderr.contains("before the session"), "{stderr}");
    assert!(!home.path().join("x.json").exists());
    // A file edited by hand to such a day is refused on import, whole.
    let file = home.path().join("p.json");
    ok(
        home.path(),
        &[
            "workshop",
            "pledge-export",
            &id,
            "王阿姨",
            "--out",
            file.to_str().expect("path"),
        ],
    );
    let text = fs::read_to_string(&file).expect("read");
    let edited = text.replacen("\"day\": \"2026-11-25\"", "\"day\": \"2026-11-20\"", 1);
    assert_ne!(edited, text);
    fs::write(&file, edited).expect("write");
    let hers = common::home();
    let (code, _, stderr) = at(
        hers.path(),
        NEXT_DAY,
        &["journal", "import", file.to_str().expect("path")],
    );
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stderr.contains("before the workshop") && stderr.contains("nothing was imported"),
        "{stderr}"
    );
    let export = json(&ok_at(hers.path(), NEXT_DAY, &["journal", "export"]));
    assert_eq!(export["events"].as_array().map(Vec::len), Some(0));
    // Someone without a pledge, or not in the session: no file.
    let stderr = fails(
        home.path(),
        &[
            "workshop",
            "pledge-export",
            &id,
            "李叔叔",
            "--out",
            "unused.json",
        ],
        1,
    );
    assert!(
        stderr.contains("李叔叔") && stderr.contains("not pledged"),
        "{stderr}"
    );
    fails(
        home.path(),
        &[
            "workshop",
            "pledge-export",
            &id,
            "张三",
            "--out",
            "unused.json",
        ],
        1,
    );
    assert!(!home.path().join("unused.json").exists());
}

#[test]
fn pledge_export_all_writes_a_file_for_everyone_who_pledged() {
    let home = home();
    let (id, _) = session_with_pledges(home.path());
    let folder = home.path().join("给居民");
    let folder_arg = folder.to_str().expect("path");
    let out = ok(
        home.path(),
        &[
            "workshop",
            "pledge-export",
            &id,
            "--all",
            "--out",
            folder_arg,
        ],
    );
    let mut files: Vec<String> = fs::read_dir(&folder)
        .expect("folder made")
        .map(|entry| {
            entry
                .expect("entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    files.sort();
    assert_eq!(
        files,
        [
            format!("xiaoshi-pledge-{id}-小明.json"),
            format!("xiaoshi-pledge-{id}-王阿姨.json"),
        ]
    );
    for name in ["王阿姨", "小明"] {
        assert!(out.contains(name), "{out}");
    }
    assert!(
        out.contains("no pledge yet (no file written): 李叔叔"),
        "{out}"
    );
    // Each file imports on its own.
    for file in &files {
        let resident = common::home();
        let path = folder.join(file);
        let said = ok_at(
            resident.path(),
            NEXT_DAY,
            &["journal", "import", path.to_str().expect("path")],
        );
        assert!(said.contains("New events imported: 1 "), "{said}");
    }
    // --all with a name, or neither: usage errors.
    fails(
        home.path(),
        &["workshop", "pledge-export", &id, "王阿姨", "--all"],
        2,
    );
    fails(home.path(), &["workshop", "pledge-export", &id], 2);
    // Into a file that is not a folder: refused.
    let stderr = fails(
        home.path(),
        &[
            "workshop",
            "pledge-export",
            &id,
            "--all",
            "--out",
            &format!("{folder_arg}/{}", files[0]),
        ],
        1,
    );
    assert!(stderr.contains("folder"), "{stderr}");
}

#[test]
fn the_cards_sheet_and_the_wechat_text_carry_every_pledge() {
    let home = home();
    let (id, _) = session_with_pledges(home.path());
    let text = ok(
        home.path(),
        &["workshop", "report", &id, "--format", "wechat"],
    );
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 3, "a heading and a line per pledge: {text}");
    assert!(
        lines[0].contains("11月24日") && lines[0].contains("我们的承诺"),
        "{text}"
    );
    assert!(
        lines[1].starts_with("王阿姨：") && lines[1].contains("，12月1日前完成（周六上午）"),
        "{text}"
    );
    assert!(
        lines[2].starts_with("小明：自己的小事「<b>教邻居</b>用手机」"),
        "{text}"
    );
    let en = ok(
        home.path(),
        &[
            "--lang", "en", "workshop", "report", &id, "--format", "wechat",
        ],
    );
    assert!(
        en.contains("王阿姨: ") && en.contains(", by 1 December"),
        "{en}"
    );

    let pdf = home.path().join("cards.pdf");
    let pdf_arg = pdf.to_str().expect("path");
    for per_page in ["4", "8"] {
        ok(
            home.path(),
            &[
                "workshop",
                "report",
                &id,
                "--format",
                "cards",
                "--per-page",
                per_page,
                "-o",
                pdf_arg,
            ],
        );
        let bytes = fs::read(&pdf).expect("pdf");
        assert!(bytes.starts_with(b"%PDF"));
        let document = lopdf::Document::load_mem(&bytes).expect("a PDF");
        assert_eq!(document.get_pages().len(), 1);
        if let Some(text) = common::tools::pdf_text(&pdf, None, "the 承诺卡 sheet's text") {
            for word in ["王阿姨", "小明", "周六上午", "12月1日前完成", "我的承诺"]
            {
                assert!(text.contains(word), "{word} not on the sheet:\n{text}");
            }
            assert!(!text.contains("李叔叔"), "no card for who did not pledge");
        }
    }
    // Nobody pledged: no sheet.
    let (empty, _) = save(
        home.path(),
        NEXT_DAY,
        &["--participants", NAMES, "--seed", "7"],
    );
    let stderr = fails(
        home.path(),
        &[
            "workshop", "report", &empty, "--format", "cards", "-o", "e.pdf",
        ],
        1,
    );
    assert!(stderr.contains("nobody has pledged"), "{stderr}");
}

/// Ways a session file gets broken by hand, each as (what, the broken bytes).
fn breakages(text: &str) -> Vec<(&'static str, Vec<u8>)> {
    let mut cut = text.as_bytes().to_vec();
    cut.truncate(text.len() / 2);
    let mut not_utf8 = text.as_bytes().to_vec();
    let at = text.find("seed:").expect("seed");
    not_utf8.insert(at, 0xff);
    vec![
        (
            "a word for a number",
            text.replacen("hand: 3,", "hand: three,", 1).into_bytes(),
        ),
        ("cut short", cut),
        ("not UTF-8", not_utf8),
        (
            "a missing comma",
            text.replacen("minutes: 5,", "minutes: 5", 1).into_bytes(),
        ),
    ]
}

/// The 1-based line of the first byte where `a` and `b` differ.
fn first_difference_line(a: &[u8], b: &[u8]) -> usize {
    let at = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    a[..at].iter().filter(|b| **b == b'\n').count() + 1
}

#[test]
fn a_corrupt_session_file_is_named_and_left_as_it_is() {
    let home = home();
    let (broken, dealt) = save(home.path(), NOW, &["--participants", NAMES, "--seed", "42"]);
    let (fine, _) = save(
        home.path(),
        LATER,
        &["--participants", "甲,乙", "--seed", "7"],
    );
    let path = session_file(home.path(), &broken);
    let original = fs::read(&path).expect("read");
    let text = String::from_utf8(original.clone()).expect("utf-8");
    let card = hands(&dealt)[0].1[0].clone();
    for (what, bytes) in breakages(&text) {
        fs::write(&path, &bytes).expect("write");
        let line = first_difference_line(&original, &bytes);
        for args in [
            vec!["workshop", "report", broken.as_str()],
            vec![
                "workshop",
                "pledge",
                broken.as_str(),
                "王阿姨",
                card.as_str(),
            ],
            vec![
                "workshop",
                "pledge-export",
                broken.as_str(),
                "王阿姨",
                "--out",
                "x.json",
            ],
        ] {
            let stderr = fails(home.path(), &args, 1);
            let named = format!("{}:", path.display());
            let at = stderr
                .find(&named)
                .unwrap_or_else(|| panic!("{what}: {args:?} names the file: {stderr}"));
            let place: Vec<&str> = stderr[at + named.len()..].splitn(3, ':').collect();
            let reported: usize = place[0].parse().expect("a line number");
            let column: usize = place[1].parse().expect("a column number");
            assert!(column >= 1, "{what}: {stderr}");
            let lines = bytes.iter().filter(|b| **b == b'\n').count() + 1;
            match what {
                // Found missing at the next token, on the next line.
                "a missing comma" => assert_eq!(reported, line + 1, "{what}: {stderr}"),
                "cut short" => assert!(reported <= lines, "{what}: {stderr}"),
                _ => assert_eq!(reported, line, "{what}: {stderr}"),
            }
            assert!(stderr.contains("has not been changed"), "{what}: {stderr}");
            assert_eq!(fs::read(&path).expect("read"), bytes, "{what}: {args:?}");
        }

        let list = ok(home.path(), &["workshop", "list"]);
        assert!(list.contains(&fine), "{what}: {list}");
        let mark = list
            .lines()
            .find(|l| l.contains(&path.display().to_string()))
            .unwrap_or_else(|| panic!("{what}: the broken file is listed: {list}"));
        assert!(mark.contains("cannot be read"), "{mark}");
        let rows = json(&ok(home.path(), &["workshop", "list", "--json"]));
        let rows = rows.as_array().expect("array");
        assert_eq!(rows.len(), 2, "{what}");
        assert!(rows.iter().any(|row| row["id"] == fine.as_str()));
        let bad = rows
            .iter()
            .find(|row| row.get("error").is_some())
            .unwrap_or_else(|| panic!("{what}: {rows:?}"));
        assert_eq!(bad["file"], path.display().to_string());
        // The latest readable session is still the default.
        let latest = json(&ok(
            home.path(),
            &["workshop", "report", "--format", "json"],
        ));
        assert_eq!(latest["id"], fine.as_str());
        assert_eq!(fs::read(&path).expect("read"), bytes, "{what}");
    }
    // Put back, it works again.
    fs::write(&path, &original).expect("write");
    ok(
        home.path(),
        &["workshop", "pledge", &broken, "王阿姨", &card],
    );
}

#[test]
fn a_session_file_that_parses_but_does_not_fit_is_refused() {
    let home = home();
    let (id, _) = save(home.path(), NOW, &["--participants", NAMES, "--seed", "42"]);
    let path = session_file(home.path(), &id);
    let text = fs::read_to_string(&path).expect("read");
    for (from, to) in [("spotlight: 0", "spotlight: 7"), ("\"小明\",\n", "")] {
        assert!(text.contains(from), "{from:?} in {text}");
        let edited = text.replacen(from, to, 1);
        fs::write(&path, &edited).expect("write");
        for args in [
            vec!["workshop", "report", id.as_str()],
            vec!["workshop", "resume", id.as_str()],
            vec![
                "workshop",
                "pledge",
                id.as_str(),
                "王阿姨",
                "joker-red",
                "--words",
                "x",
            ],
        ] {
            let stderr = fails(home.path(), &args, 1);
            assert!(stderr.contains(&path.display().to_string()), "{stderr}");
        }
        assert_eq!(fs::read_to_string(&path).expect("read"), edited);
    }
}
