//! The leader's group through the real binary: a group of 30 fed by all
//! three ways in (WeChat 接龙 lists on standard input, residents' own
//! `journal export` files, the paper grid typed in tmux), whose December
//! review matches the figures worked out by hand below; consent honoured on
//! the poster and nowhere to be found in the street's roll-up; imports and
//! pastes that change nothing the second time; a corrupt file left as it is.
//!
//! The group (all joined 2026-12-01; odd-numbered members agreed to their
//! name and notes on posters, even-numbered ones to nothing):
//! - m1–m10, WeChat: every day 1–10 December in the lists; m1 names ♥7 and
//!   writes 浇花, m2 names 梅花K, m3 writes a note on the 5th, m4 (no
//!   consent) writes one on the 5th too; m6's 10th comes as 补卡 in the
//!   11th's list, where m5 asks for the day off.
//! - m11, their own xiaoshi: the ♥2 dealt them on 1–3 December, checked in,
//!   a note on the 2nd, exported with `--name`.
//! - m12–m16: exports naming them, every day 1–21 December with ♦2 (each
//!   completes a 21-day round).
//! - m17–m19: old exports without a name, 1–7 December with ♠5, imported
//!   with `--as`.
//! - m20: an export whose name is one character off (offered, not applied),
//!   1–2 December with ♣A, imported with `--as m20`.
//! - m21–m25: ticked on the paper grid, 1–7 December; m26 with ♥3 circled.
//! - m27–m30: nothing.
//!
//! By hand, December: 30 members, 26 active; 100 + 131 + 42 = 273
//! check-ins, 1 backfill, 5 rounds completed; hearts 10 + 3 + 7 = 20, clubs
//! 10 + 2 = 12, diamonds 105, spades 21, no card 80 + 35 = 115; app 131,
//! paper 42, wechat 100; 12 stories (m1's ten, m3's, m11's).

mod common;

use std::path::{Path, PathBuf};

use common::tmux::{self, Server, tmux_available};
use common::{home, run, xiaoshi};
use serde_json::Value;

const TZ: &str = "Asia/Shanghai";

const NAMES: [&str; 30] = [
    "王阿姨",
    "李叔叔",
    "张奶奶",
    "陈老师",
    "刘师傅",
    "赵阿姨",
    "周老伯",
    "孙阿姨",
    "吴师傅",
    "钱奶奶",
    "郑叔叔",
    "冯阿姨",
    "沈老师",
    "杨阿姨",
    "朱奶奶",
    "何老师",
    "林姐",
    "高叔",
    "罗阿婆",
    "唐阿姨",
    "Lily",
    "小张",
    "阿杰",
    "Kevin",
    "小雨",
    "陆小姐",
    "小王",
    "黄阿姨",
    "马大爷",
    "胡师傅",
];

const NOTES: [&str; 4] = [
    "浇花",
    "帮3楼拿了快递",
    "秘密的备注不要外传",
    "帮邻居扛了米",
];

/// `xiaoshi` for the leader at `now` (Shanghai time).
fn leader(home: &Path, now: &str) -> assert_cmd::Command {
    let mut cmd = xiaoshi(home);
    cmd.env("TZ", TZ).env("XIAOSHI_NOW", now);
    cmd
}

fn ok(cmd: &mut assert_cmd::Command) -> String {
    let (code, stdout, stderr) = run(cmd);
    assert_eq!(code, 0, "{stderr}\n{stdout}");
    stdout
}

/// The 接龙 list of 1–10 December: m1–m10 (m6 not on the 10th).
fn list_of(day: i8) -> String {
    let mut text = format!("#接龙\n21天打卡 第{day}天（12月{day}日）\n例 张三 帮邻居收快递\n\n");
    let mut n = 0;
    for (i, name) in NAMES[..10].iter().enumerate() {
        if i == 5 && day == 10 {
            continue;
        }
        n += 1;
        let rest = match i {
            0 => "♥7 浇花".to_string(),
            1 => "梅花K ✅".to_string(),
            2 if day == 5 => NOTES[1].to_string(),
            3 if day == 5 => NOTES[2].to_string(),
            _ => "✅".to_string(),
        };
        text.push_str(&format!("{n}. {name} {rest}\n"));
        if day == 3 && i == 4 {
            text.push_str("今天好冷啊大家注意保暖\n");
        }
    }
    if day == 3 {
        text.push_str(&format!("{}. 李叔 ✅\n", n + 1));
    }
    text
}

/// A `journal export` file: check-ins on `days` of December with `card`,
/// from `author` (`None`: a version 1 export, no name).
fn export(
    dir: &Path,
    file: &str,
    author: Option<(&str, &str)>,
    days: &[i8],
    card: &str,
) -> PathBuf {
    let mut events = Vec::new();
    for &day in days {
        let date = format!("2026-12-{day:02}");
        let at = format!("{date}T12:00:00Z");
        events.push(serde_json::json!({
            "id": format!("{file}-{day}-d"), "day": date, "at": at, "kind": "drawn", "card": card,
        }));
        events.push(serde_json::json!({
            "id": format!("{file}-{day}-c"), "day": date, "at": at, "kind": "checked_in", "backfill": false,
        }));
    }
    let value = match author {
        Some((name, device)) => serde_json::json!({
            "version": 2, "member": {"name": name, "device": device}, "events": events,
        }),
        None => serde_json::json!({"version": 1, "events": events}),
    };
    let path = dir.join(format!("{file}.json"));
    std::fs::write(&path, serde_json::to_string_pretty(&value).expect("json")).expect("write");
    path
}

/// m11's own xiaoshi: the card dealt them each day (♥2, by a journal
/// import), checked in with `done`, then `journal export --name`.
fn resident_export(dir: &Path) -> PathBuf {
    let resident = dir.join("resident");
    let deal = dir.join("deal.json");
    // Only the draws: imported so that `done` checks in ♥2.
    let mut events = Vec::new();
    for day in 1..=3 {
        events.push(serde_json::json!({
            "id": format!("deal-{day}"), "day": format!("2026-12-0{day}"),
            "at": format!("2026-12-0{day}T00:00:00Z"), "kind": "drawn", "card": "hearts-2",
        }));
    }
    std::fs::write(
        &deal,
        serde_json::json!({"version": 1, "events": events}).to_string(),
    )
    .expect("write");
    ok(leader(&resident, "2026-12-01T09:00:00+08:00")
        .args(["journal", "import"])
        .arg(&deal));
    for day in 1..=3 {
        let now = format!("2026-12-0{day}T20:00:00+08:00");
        let mut done = leader(&resident, &now);
        done.arg("done");
        if day == 2 {
            done.args(["--note", NOTES[3]]);
        }
        ok(&mut done);
    }
    let exported = ok(leader(&resident, "2026-12-04T09:00:00+08:00").args([
        "journal",
        "export",
        "--name",
        "郑叔叔",
    ]));
    let json: Value = serde_json::from_str(&exported).expect("json");
    assert_eq!(json["version"], 3);
    assert_eq!(json["member"]["name"], "郑叔叔");
    let device = json["member"]["device"].as_str().expect("a device");
    assert!(device.starts_with("d-"), "{device}");
    let path = dir.join("zheng.json");
    std::fs::write(&path, exported).expect("write");
    path
}

/// Types the paper grid of 1–7 December in tmux: m21–m25 ticked every day,
/// m26 with ♥3 circled; saves. `false` if tmux cannot run.
fn grid_in_tmux(home: &Path) -> bool {
    if !tmux_available() {
        return false;
    }
    let server = Server::new("group-grid");
    let pane = server.open_with(
        "grid",
        home,
        (100, 40),
        "2026-12-07T20:00:00+08:00",
        "--no-anim group grid",
    );
    tmux::wait_for(
        &pane,
        "the grid",
        |s| s.contains("12/7") && s.contains("王阿姨"),
        tmux::TIMEOUT,
    );
    for _ in 0..20 {
        pane.keys(&["Down"]);
    }
    tmux::wait_for(&pane, "on Lily", |s| s.contains("> Lily"), tmux::TIMEOUT);
    for _ in 0..5 {
        for _ in 0..7 {
            pane.keys(&["Space"]);
        }
        pane.keys(&["Enter"]);
    }
    tmux::wait_for(
        &pane,
        "on 陆小姐",
        |s| s.contains("> 陆小姐"),
        tmux::TIMEOUT,
    );
    for _ in 0..7 {
        pane.type_text("h3");
        pane.keys(&["Enter"]);
    }
    tmux::wait_for(
        &pane,
        "42 marks",
        |s| s.contains("42 not saved"),
        tmux::TIMEOUT,
    );
    pane.keys(&["w"]);
    tmux::wait_for(
        &pane,
        "the question",
        |s| s.contains("Save ticks: 35, cards: 7, taken back: 0?"),
        tmux::TIMEOUT,
    );
    pane.keys(&["y"]);
    tmux::wait_for(
        &pane,
        "saved",
        |s| s.contains("Saved 49 events"),
        tmux::TIMEOUT,
    );
    pane.keys(&["q"]);
    tmux::wait_for(
        &pane,
        "exit",
        |s| s.contains("XIAOSHI-EXITED-0"),
        tmux::TIMEOUT,
    );
    true
}

/// The same marks through the library's grid save (no tmux here).
fn grid_by_library(home: &Path) {
    use xiaoshi::group::card::CardRef;
    use xiaoshi::group::record::{Mark, plan_marks};
    use xiaoshi::service::group::{Change, Months};
    let folder = xiaoshi::service::GroupFolder::at(home.join("groups").join("康乐小区12号楼"));
    let mut marks = Vec::new();
    for m in 21..=26u32 {
        for day in 1..=7 {
            let card = (m == 26).then(|| CardRef::from_id("hearts-3")).flatten();
            marks.push((
                xiaoshi::group::MemberKey::numbered(m),
                jiff::civil::date(2026, 12, day),
                Mark::Done(card),
            ));
        }
    }
    let now = "2026-12-07T12:00:00Z".parse().expect("ts");
    folder
        .write(Months::All, |_, checkins| {
            let (records, _) = plan_marks(checkins, &marks, jiff::civil::date(2026, 12, 7), now);
            Ok::<_, xiaoshi::service::GroupError>((
                Change {
                    records,
                    ..Change::default()
                },
                (),
            ))
        })
        .expect("paper written");
}

fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).expect("list").flatten() {
        let path = entry.path();
        if path.is_dir() {
            found.extend(files_under(&path));
        } else {
            found.push(path);
        }
    }
    found.sort();
    found
}

#[test]
fn a_group_of_thirty_fed_three_ways_reviews_as_worked_out_by_hand() {
    let home = home();
    let home = home.path();
    let files = tempfile::tempdir().expect("dir");
    let files = files.path();
    let early = "2026-12-01T09:00:00+08:00";

    // The group and its members.
    let said = ok(leader(home, early).args([
        "--lang",
        "zh",
        "group",
        "new",
        "康乐小区12号楼",
        "--street",
        "南京西路街道",
        "--start",
        "2026-12-01",
    ]));
    assert!(said.contains("已建小组“康乐小区12号楼”"), "{said}");
    for (i, name) in NAMES.iter().enumerate() {
        let mut add = leader(home, early);
        add.args(["group", "add", name, "--joined", "2026-12-01"]);
        if i % 2 == 0 {
            add.args(["--poster-name", "--poster-notes"]);
        }
        ok(&mut add);
    }

    // WeChat: ten lists, then the 11th's with a backfill and a day off.
    let paste_day = "2026-12-11T09:00:00+08:00";
    let first = ok(leader(home, paste_day)
        .args(["--lang", "zh", "group", "paste"])
        .write_stdin(list_of(3)));
    assert!(first.contains("这只是预览，什么都还没写"), "{first}");
    assert!(
        first.contains("今天好冷啊大家注意保暖  —— 没有序号"),
        "{first}"
    );
    assert!(
        first.contains("李叔叔（") || first.contains("李叔叔 m2"),
        "{first}"
    );
    assert!(first.contains("1 行不能确定是谁"), "{first}");
    for day in 1..=10 {
        ok(leader(home, paste_day)
            .args(["group", "paste", "--yes"])
            .write_stdin(list_of(day)));
    }
    let eleventh = "#接龙 12月11日\n1. 赵阿姨 补卡\n2. 刘师傅 今天请假\n";
    let recorded = ok(leader(home, paste_day)
        .args(["--lang", "zh", "group", "paste", "--yes"])
        .write_stdin(eleventh));
    // Counted as the preview counts: days, not the events behind them.
    assert!(
        recorded.contains("已记录：1 天打卡，1 天请假（共 "),
        "{recorded}"
    );
    let december = home.join("groups/康乐小区12号楼/checkins/2026-12.ron");
    let before = std::fs::read(&december).expect("December's file");
    let again = ok(leader(home, paste_day)
        .args(["--lang", "en", "group", "paste", "--yes"])
        .write_stdin(list_of(5)));
    assert!(
        again.contains("Nothing to write: it is all recorded already."),
        "{again}"
    );
    assert_eq!(
        std::fs::read(&december).expect("read"),
        before,
        "a list pasted twice"
    );

    // Residents' own exports.
    let zheng = resident_export(files);
    let mut named = vec![zheng];
    for (m, device) in (12..=16).zip(["d-0c", "d-0d", "d-0e", "d-0f", "d-10"]) {
        let days: Vec<i8> = (1..=21).collect();
        named.push(export(
            files,
            &format!("m{m}"),
            Some((NAMES[m - 1], device)),
            &days,
            "diamonds-2",
        ));
    }
    let old: Vec<PathBuf> = (17..=19)
        .map(|m| {
            export(
                files,
                &format!("old{m}"),
                None,
                &[1, 2, 3, 4, 5, 6, 7],
                "spades-5",
            )
        })
        .collect();
    let close = export(files, "close", Some(("唐阿咦", "d-14")), &[1, 2], "clubs-a");
    let broken = files.join("broken.json");
    std::fs::write(&broken, "{\"version\": 2, \"events\": [").expect("write");
    let import_day = "2026-12-22T09:00:00+08:00";
    let mut all: Vec<PathBuf> = named.clone();
    all.extend(old.iter().cloned());
    all.push(close.clone());
    all.push(broken.clone());
    let preview = ok(leader(home, import_day)
        .args(["--lang", "zh", "group", "import"])
        .args(&all));
    assert!(
        preview.contains("郑叔叔（") || preview.contains("郑叔叔 m11"),
        "{preview}"
    );
    assert!(preview.contains("不知道是谁的"), "{preview}");
    assert!(preview.contains("“唐阿咦”"), "{preview}");
    assert!(preview.contains("唐阿姨 m20"), "offered: {preview}");
    assert!(preview.contains("读不了的文件"), "{preview}");
    assert!(preview.contains("broken.json"), "{preview}");
    assert!(preview.contains("这只是预览"), "{preview}");
    let written = ok(leader(home, import_day)
        .args(["--lang", "en", "group", "import", "--yes"])
        .args(&all));
    // m11: 3 days × drawn+checked_in+the note, with the resident's own
    // seeded / drawn events; m12–m16: 42 each.
    assert!(written.contains("New events imported: "), "{written}");
    for (m, file) in (17..=19).zip(&old) {
        ok(leader(home, import_day)
            .args(["group", "import", "--yes", "--as", NAMES[m - 1]])
            .arg(file));
    }
    ok(leader(home, import_day)
        .args(["group", "import", "--yes", "--as", "m20"])
        .arg(&close));
    // Importing everything again changes nothing.
    let bytes_before = std::fs::read(&december).expect("read");
    let again = ok(leader(home, import_day)
        .args(["--lang", "en", "group", "import", "--yes"])
        .args(&named));
    assert!(again.contains("New events imported: 0."), "{again}");
    assert_eq!(std::fs::read(&december).expect("read"), bytes_before);
    let group_file: String =
        std::fs::read_to_string(home.join("groups/康乐小区12号楼/group.ron")).expect("group");
    assert!(
        group_file.contains("devices: ["),
        "devices linked: {group_file}"
    );

    // Paper: the grid, typed in tmux.
    if !grid_in_tmux(home) {
        grid_by_library(home);
    }

    // The review, on 5 January.
    let review_day = "2027-01-05T10:00:00+08:00";
    let json = ok(leader(home, review_day)
        .args(["group", "review", "--month", "2026-12", "--format", "json"]));
    let review: Value = serde_json::from_str(&json).expect("review json");
    let f = &review["figures"];
    let n = |v: &Value| v.as_u64().expect("a number");
    assert_eq!(
        (
            n(&f["members"]),
            n(&f["active"]),
            n(&f["checkins"]),
            n(&f["backfills"])
        ),
        (30, 26, 273, 1),
        "{json}"
    );
    assert_eq!(n(&f["rounds_completed"]), 5);
    let suits = &f["by_suit"];
    assert_eq!(
        [
            n(&suits["hearts"]),
            n(&suits["spades"]),
            n(&suits["clubs"]),
            n(&suits["diamonds"]),
            n(&suits["joker"]),
            n(&suits["none"]),
        ],
        [20, 21, 12, 105, 0, 115]
    );
    let sources = &f["by_source"];
    assert_eq!(
        [
            n(&sources["app"]),
            n(&sources["paper"]),
            n(&sources["wechat"])
        ],
        [131, 42, 100]
    );
    let top: Vec<(String, u64)> = review["top_cards"]
        .as_array()
        .expect("top")
        .iter()
        .map(|c| (c["card"].as_str().expect("id").to_string(), n(&c["count"])))
        .collect();
    assert_eq!(
        top,
        [
            ("diamonds-2".to_string(), 105),
            ("spades-5".to_string(), 21),
            ("clubs-k".to_string(), 10),
            ("hearts-7".to_string(), 10),
            ("hearts-3".to_string(), 7),
        ]
    );
    let stories = review["stories"].as_array().expect("stories");
    assert_eq!(stories.len(), 12, "{stories:?}");
    let text = json.as_str();
    assert!(!text.contains(NOTES[2]), "m4 did not agree to share notes");

    // The Markdown review and the poster.
    let md =
        ok(leader(home, review_day)
            .args(["--lang", "zh", "group", "review", "--month", "2026-12"]));
    assert!(
        md.starts_with("# 康乐小区12号楼 · 2026年12月 月度复盘"),
        "{md}"
    );
    assert!(md.contains("| 打卡次数 | 273 |"), "{md}");
    let poster = files.join("poster.pdf");
    ok(leader(home, review_day)
        .args([
            "--lang", "zh", "group", "review", "--month", "2026-12", "--format", "pdf", "-o",
        ])
        .arg(&poster));
    let pdf = std::fs::read(&poster).expect("poster");
    assert!(pdf.starts_with(b"%PDF"));
    if let Some(shown) = pdf_text(&poster) {
        let flat: String = shown.split_whitespace().collect();
        assert!(flat.contains("康乐小区12号楼"), "{shown}");
        assert!(flat.contains("273"), "{shown}");
        for (i, name) in NAMES.iter().enumerate() {
            // Only m1, m3 and m11 have stories and agreed to their names.
            let named = matches!(i, 0 | 2 | 10);
            assert_eq!(flat.contains(name), named, "{name} on the poster: {shown}");
        }
        assert!(!flat.contains(NOTES[2]), "a note without consent: {shown}");
    }

    // Consent withdrawn: m3's note leaves the review.
    ok(leader(home, review_day).args(["group", "consent", "m3", "--notes", "no"]));
    let json = ok(leader(home, review_day)
        .args(["group", "review", "--month", "2026-12", "--format", "json"]));
    assert!(!json.contains(NOTES[1]), "{json}");

    // The street's summary and roll-up: counts only.
    let summaries = files.join("summaries");
    std::fs::create_dir_all(&summaries).expect("dir");
    let summary = summaries.join("kangle-2026-12.json");
    ok(leader(home, review_day)
        .args(["group", "review", "--month", "2026-12", "--anonymous", "-o"])
        .arg(&summary));
    let rollup_once = ok(xiaoshi(home)
        .args(["rollup", "--format", "json"])
        .arg(&summary));
    let rollup_twice = ok(xiaoshi(home)
        .args(["rollup", "--format", "json"])
        .arg(&summary)
        .arg(&summary)
        .arg(&summaries));
    assert_eq!(rollup_once, rollup_twice, "the same summary counts once");
    let rolled: Value = serde_json::from_str(&rollup_once).expect("json");
    assert_eq!(rolled["months"][0]["totals"]["checkins"], 273);
    let outputs = files.join("outputs");
    std::fs::create_dir_all(&outputs).expect("dir");
    for format in ["md", "csv", "json"] {
        ok(xiaoshi(home)
            .args(["rollup", "--format", format, "-o"])
            .arg(outputs.join(format!("rollup.{format}")))
            .arg(&summaries));
    }
    std::fs::copy(&summary, outputs.join("summary.json")).expect("copy");
    for file in files_under(&outputs) {
        let text = std::fs::read_to_string(&file).expect("text");
        for word in NAMES.iter().chain(NOTES.iter()) {
            assert!(!text.contains(word), "{word} in {}: {text}", file.display());
        }
        assert!(
            !text.contains("m1\"") && !text.contains("devices"),
            "{text}"
        );
    }

    // The flat export: no names, no notes; a BOM for Excel.
    let csv = ok(leader(home, review_day).args(["group", "export"]));
    assert!(csv.starts_with('\u{feff}'));
    assert_eq!(csv.lines().count(), 1 + 273);
    for word in NAMES.iter().chain(NOTES.iter()) {
        assert!(!csv.contains(word), "{word}");
    }
}

/// poppler's `pdftotext`, if installed.
fn pdf_text(path: &Path) -> Option<String> {
    let output = std::process::Command::new("pdftotext")
        .arg(path)
        .arg("-")
        .output()
        .ok()?;
    output
        .status
        .success()
        .then(|| String::from_utf8_lossy(&output.stdout).into_owned())
}

#[test]
fn a_corrupt_group_file_is_named_and_left_as_it_is() {
    let home = home();
    let home = home.path();
    let now = "2026-12-06T09:00:00+08:00";
    ok(leader(home, now).args(["group", "new", "幸福里", "--start", "2026-12-01"]));
    ok(leader(home, now).args(["group", "add", "王阿姨，李叔叔"]));
    ok(leader(home, now)
        .args(["group", "paste", "--yes"])
        .write_stdin("#接龙 12月5日\n1. 王阿姨 浇花\n"));
    let folder = home.join("groups/幸福里");
    let month = folder.join("checkins/2026-12.ron");
    let text = std::fs::read_to_string(&month).expect("month");
    let broken = text.replacen("records: [", "records: [,", 1);
    let line = broken
        .lines()
        .position(|l| l.contains("records: [,"))
        .expect("the broken line")
        + 1;
    let place = format!("2026-12.ron:{line}:");
    std::fs::write(&month, &broken).expect("break it");
    let (code, _, stderr) = run(leader(home, now)
        .args(["--lang", "en", "group", "paste", "--yes"])
        .write_stdin("#接龙 12月6日\n1. 李叔叔\n"));
    assert_eq!(code, 1);
    assert!(stderr.contains(&place), "{stderr}");
    assert!(stderr.contains("It has not been changed"), "{stderr}");
    assert_eq!(std::fs::read_to_string(&month).expect("read"), broken);
    let (code, _, stderr) = run(leader(home, now).args(["--lang", "zh", "group", "review"]));
    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.contains(&place), "{stderr}");
    // The roster too.
    let group = folder.join("group.ron");
    std::fs::write(&group, "Group(version: 1, name: ").expect("break it");
    let (code, _, stderr) = run(leader(home, now).args(["group", "add", "张奶奶"]));
    assert_eq!(code, 1);
    assert!(stderr.contains("group.ron:1:"), "{stderr}");
    assert_eq!(
        std::fs::read_to_string(&group).expect("read"),
        "Group(version: 1, name: "
    );
}

#[test]
fn a_residents_journal_refuses_someone_elses_export() {
    let a = home();
    let b = home();
    let now = "2026-12-06T20:00:00+08:00";
    ok(leader(a.path(), now).args(["done", "--note", "浇花"]));
    let theirs = ok(leader(a.path(), now).args(["journal", "export", "--name", "王阿姨"]));
    let file = a.path().join("wang.json");
    std::fs::write(&file, &theirs).expect("write");
    ok(leader(b.path(), now).args(["done", "--note", "扫楼道"]));
    ok(leader(b.path(), now).args(["journal", "export", "--name", "李叔叔"]));
    let (code, stdout, stderr) = run(leader(b.path(), now)
        .args(["--lang", "zh", "journal", "import"])
        .arg(&file));
    assert_eq!(code, 1, "{stdout}");
    assert!(stderr.contains("“王阿姨”的日记"), "{stderr}");
    assert!(stderr.contains("--mine"), "{stderr}");
    let history = ok(leader(b.path(), now).args(["history", "--json"]));
    assert!(!history.contains("浇花"), "nothing merged: {history}");
    // Their own export, from another machine: merged with --mine.
    ok(leader(b.path(), now)
        .args(["journal", "import", "--mine"])
        .arg(&file));
    // A restore into a new, empty journal needs no flag.
    let c = home();
    ok(leader(c.path(), now).args(["journal", "import"]).arg(&file));
    // And their own backup, from this machine: no flag needed.
    let own = ok(leader(a.path(), now).args(["journal", "export"]));
    std::fs::write(&file, own).expect("write");
    ok(leader(a.path(), now).args(["journal", "import"]).arg(&file));
}

#[test]
fn several_groups_must_be_chosen_and_a_folder_can_be_anywhere() {
    let home = home();
    let home = home.path();
    let now = "2026-12-06T09:00:00+08:00";
    let (code, _, stderr) = run(leader(home, now).args(["--lang", "en", "group", "show"]));
    assert_eq!(code, 1);
    assert!(stderr.contains("no group yet"), "{stderr}");
    ok(leader(home, now).args(["group", "new", "幸福里 3号楼"]));
    ok(leader(home, now).args(["group", "new", "康乐小区"]));
    let (code, _, stderr) = run(leader(home, now).args(["--lang", "en", "group", "show"]));
    assert_eq!(code, 1);
    assert!(stderr.contains("幸福里-3号楼, 康乐小区"), "{stderr}");
    ok(leader(home, now).args(["group", "show", "--group", "康乐小区"]));
    let listed = ok(leader(home, now).args(["group", "list"]));
    assert!(
        listed.contains("幸福里-3号楼  幸福里 3号楼  0 members"),
        "{listed}"
    );
    let shared = tempfile::tempdir().expect("dir");
    let dir = shared.path().join("共享的小组");
    ok(leader(home, now)
        .args(["group", "new", "共享", "--group"])
        .arg(&dir));
    ok(leader(home, now)
        .args(["group", "add", "王阿姨", "--group"])
        .arg(&dir));
    assert!(dir.join("group.ron").exists());
    // A name that would climb out of the groups folder is refused.
    let (code, _, _) = run(leader(home, now).args(["group", "show", "--group", "..%2F"]));
    assert_eq!(code, 1);
}

#[test]
fn the_pledges_of_linked_workshops_are_in_the_review_without_names() {
    let home = home();
    let home = home.path();
    let now = "2026-12-05T10:00:00+08:00";
    ok(leader(home, now).args(["group", "new", "幸福里", "--start", "2026-12-01"]));
    let dealt = ok(leader(home, now).args([
        "workshop",
        "deal",
        "--participants",
        "王阿姨，李叔叔",
        "--seed",
        "42",
        "--json",
        "--save",
    ]));
    let dealt: Value = serde_json::from_str(&dealt).expect("json");
    let session = dealt["session"].as_str().expect("saved").to_string();
    let card = dealt["hands"][0]["cards"][0]["id"]
        .as_str()
        .expect("a card")
        .to_string();
    ok(leader(home, now).args([
        "workshop",
        "pledge",
        &session,
        "王阿姨",
        &card,
        "--by",
        "2026-12-20",
    ]));
    let linked = ok(leader(home, now).args(["--lang", "en", "group", "link", &session]));
    assert!(
        linked.contains(&format!("Linked the workshop {session}")),
        "{linked}"
    );
    assert!(linked.contains("pledges: 1"), "{linked}");
    let group = std::fs::read_to_string(home.join("groups/幸福里/group.ron")).expect("group");
    assert!(group.contains(&session), "{group}");
    let json = ok(leader(home, "2027-01-02T10:00:00+08:00")
        .args(["group", "review", "--month", "2026-12", "--format", "json"]));
    let review: Value = serde_json::from_str(&json).expect("json");
    let pledges = review["pledges"].as_array().expect("pledges");
    assert_eq!(pledges.len(), 1, "{json}");
    assert_eq!(pledges[0]["card"], card.as_str());
    assert_eq!(pledges[0]["by"], "2026-12-20");
    assert!(
        !json.contains("王阿姨") && !json.contains("李叔叔"),
        "{json}"
    );
    let md = ok(leader(home, "2027-01-02T10:00:00+08:00")
        .args(["--lang", "zh", "group", "review", "--month", "2026-12"]));
    assert!(md.contains("## 工作坊里的承诺"), "{md}");
    assert!(md.contains("12月20日前完成"), "{md}");
    // A linked session gone missing is said, and the review still made.
    std::fs::remove_file(home.join("workshops").join(format!("{session}.ron"))).expect("rm");
    let (code, _, stderr) = run(leader(home, "2027-01-02T10:00:00+08:00")
        .args(["--lang", "zh", "group", "review", "--month", "2026-12"]));
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stderr.contains(&format!("连到小组的工作坊 {session} 读不了")),
        "{stderr}"
    );
}

/// Consent, searched for in every file the review writes: the Markdown,
/// CSV and JSON reviews, the poster (its text, read back by pdftotext) and
/// the street's summary, in Chinese and English. Four members, one for
/// each way consent can be given, each with a note of their own:
/// - 欧阳春花: name and notes on posters;
/// - 司马秋月: name only (her note is not to be shown; her name then has
///   nothing to stand beside);
/// - 诸葛冬雪: notes only (her note is shown, without her name);
/// - 上官夏荷: nothing.
#[test]
fn no_name_or_note_without_consent_in_any_review_file() {
    use common::tools::{self, PDFTOTEXT};

    let home = home();
    let home = home.path();
    let files = tempfile::tempdir().expect("dir");
    let files = files.path();
    let now = "2026-12-01T09:00:00+08:00";
    ok(leader(home, now).args(["group", "new", "幸福里", "--start", "2026-12-01"]));
    let members = [
        ("欧阳春花", true, true, "给三楼送了一碗饺子"),
        ("司马秋月", true, false, "她不想公开的第二句话"),
        ("诸葛冬雪", false, true, "教隔壁阿婆用手机挂号"),
        ("上官夏荷", false, false, "谁也不许看见的第四句"),
    ];
    for (name, show_name, show_notes, _) in members {
        let mut add = leader(home, now);
        add.args(["group", "add", name]);
        if show_name {
            add.arg("--poster-name");
        }
        if show_notes {
            add.arg("--poster-notes");
        }
        ok(&mut add);
    }
    let mut list = String::from("#接龙 12月5日\n");
    for (i, (name, _, _, note)) in members.iter().enumerate() {
        list.push_str(&format!("{}. {name} ♥7 {note}\n", i + 1));
    }
    let pasted = ok(leader(home, "2026-12-05T21:00:00+08:00")
        .args(["--lang", "en", "group", "paste", "--yes"])
        .write_stdin(list));
    assert!(pasted.contains("check-ins to record: 4"), "{pasted}");

    // Every file the review writes, in both languages.
    let review_day = "2027-01-03T10:00:00+08:00";
    let out = files.join("out");
    std::fs::create_dir_all(&out).expect("dir");
    let mut written: Vec<PathBuf> = Vec::new();
    for lang in ["zh", "en"] {
        for format in ["md", "csv", "json", "pdf"] {
            let file = out.join(format!("review-{lang}.{format}"));
            ok(leader(home, review_day)
                .args(["--lang", lang, "group", "review", "--month", "2026-12"])
                .args(["--format", format, "-o"])
                .arg(&file));
            written.push(file);
        }
        let file = out.join(format!("summary-{lang}.json"));
        ok(leader(home, review_day)
            .args(["--lang", lang, "group", "review", "--month", "2026-12"])
            .args(["--anonymous", "-o"])
            .arg(&file));
        written.push(file);
    }
    assert_eq!(files_under(&out), {
        let mut sorted = written.clone();
        sorted.sort();
        sorted
    });

    let pdftotext = tools::have(&PDFTOTEXT, "the poster's text searched for names and notes");
    let mut posters_read = 0;
    for file in &written {
        let text = if file.extension().is_some_and(|e| e == "pdf") {
            let bytes = std::fs::read(file).expect("poster");
            assert!(bytes.starts_with(b"%PDF"), "{}", file.display());
            // The poster's text is compressed: only pdftotext can search it.
            if !pdftotext {
                continue;
            }
            posters_read += 1;
            pdf_text(file).expect("pdftotext reads the poster")
        } else {
            std::fs::read_to_string(file).expect("text")
        };
        // pdftotext may break a line anywhere: search without the breaks too.
        let flat: String = text.split_whitespace().collect();
        let has = |word: &str| text.contains(word) || flat.contains(word);
        let anonymous = file
            .file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with("summary"));
        for (name, show_name, show_notes, note) in members {
            let where_ = file.display();
            if !show_name {
                assert!(!has(name), "{name} (no consent) in {where_}:\n{text}");
            }
            if !show_notes {
                assert!(
                    !has(note),
                    "{name}'s note (no consent) in {where_}:\n{text}"
                );
            }
            if anonymous {
                assert!(!has(name) && !has(note), "{name} in {where_}:\n{text}");
            }
            // What was agreed to is there, in the stories.
            if show_notes && !anonymous {
                assert!(has(note), "{name}'s note missing from {where_}:\n{text}");
            }
            if show_name && show_notes && !anonymous {
                assert!(has(name), "{name} missing from {where_}:\n{text}");
            }
        }
    }
    if pdftotext {
        assert_eq!(posters_read, 2);
    }
}
