//! Nothing lost, nothing let in (issue 11), through the real binary: files
//! that name paths, concurrent writers, the workshop screen and the command
//! line at once, a clock set back, lock files missing or odd, control
//! characters from every kind of input, spreadsheet formulas, other
//! people's files, read-only media, permissions, and inputs without end.

mod common;

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::{Duration, Instant};

use common::{home, run, xiaoshi};

const TZ: &str = "Asia/Shanghai";
const NOW: &str = "2026-11-24T10:00:00+08:00";

/// `xiaoshi ARGS` in `home` at `now`, in Shanghai: (exit code, stdout, stderr).
fn at(home: &Path, now: &str, args: &[&str]) -> (i32, String, String) {
    run(xiaoshi(home)
        .env("TZ", TZ)
        .env("XIAOSHI_NOW", now)
        .args(args))
}

/// Runs, insists on exit 0, returns stdout.
fn ok(home: &Path, now: &str, args: &[&str]) -> String {
    let (code, out, err) = at(home, now, args);
    assert_eq!(
        code, 0,
        "{args:?}: exit {code}\nstdout: {out}\nstderr: {err}"
    );
    out
}

fn json(text: &str) -> serde_json::Value {
    serde_json::from_str(text).unwrap_or_else(|error| panic!("{error}: {text}"))
}

/// Every file under `dir`, by relative path, with its bytes.
fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    fn walk(root: &Path, dir: &Path, into: &mut BTreeMap<PathBuf, Vec<u8>>) {
        let Ok(entries) = fs::read_dir(dir) else {
            return;
        };
        for entry in entries {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                walk(root, &path, into);
            } else if let Ok(bytes) = fs::read(&path) {
                into.insert(path.strip_prefix(root).expect("under").into(), bytes);
            }
        }
    }
    let mut files = BTreeMap::new();
    walk(dir, dir, &mut files);
    files
}

/// A journal with check-ins on 2026-11-20..22 (notes), and its month file.
fn journal_with_check_ins(home: &Path) -> PathBuf {
    for day in 20..=22 {
        ok(
            home,
            &format!("2026-11-{day}T10:00:00+08:00"),
            &["done", "--note", &format!("第 {day} 天")],
        );
    }
    home.join("journal").join("2026-11.ron")
}

/// A saved, dealt session of `names`: its id and the deal's JSON.
fn session(home: &Path, names: &str) -> (String, serde_json::Value) {
    let hand = if names.split(',').count() > 20 {
        "1"
    } else {
        "2"
    };
    let out = ok(
        home,
        NOW,
        &[
            "workshop",
            "deal",
            "--participants",
            names,
            "--hand",
            hand,
            "--seed",
            "42",
            "--save",
            "--json",
        ],
    );
    let dealt = json(&out);
    (dealt["session"].as_str().expect("id").to_string(), dealt)
}

fn session_file(home: &Path, id: &str) -> PathBuf {
    home.join("workshops").join(format!("{id}.ron"))
}

#[test]
fn a_session_whose_id_is_a_path_cannot_write_outside_its_folder() {
    let home = home();
    let month = journal_with_check_ins(home.path());
    let journal_before = snapshot(&home.path().join("journal"));
    let (id, _) = session(home.path(), "王阿姨,李叔叔");
    let text = fs::read_to_string(session_file(home.path(), &id)).expect("session");
    let shared = home.path().join("shared");
    fs::create_dir(&shared).expect("mkdir");
    let elsewhere = home.path().join("elsewhere");
    for (name, bad_id) in [
        ("traversal.ron", "../journal/2026-11".to_string()),
        ("absolute.ron", elsewhere.join("x").display().to_string()),
    ] {
        let file = shared.join(name);
        fs::write(
            &file,
            text.replace(&format!("\"{id}\""), &format!("{bad_id:?}")),
        )
        .expect("write");
        let before = fs::read(&file).expect("read");
        for lang in ["en", "zh"] {
            let (code, out, err) = at(
                home.path(),
                NOW,
                &[
                    "--lang",
                    lang,
                    "workshop",
                    "pledge",
                    file.to_str().expect("path"),
                    "王阿姨",
                    "joker-black",
                    "--words",
                    "教邻居用手机",
                ],
            );
            assert_eq!(code, 1, "{name}: {out}{err}");
            assert!(
                err.contains(&bad_id),
                "{name}: the error names the id\n{err}"
            );
            // Twice: the second pledge used to overwrite the backup as well.
        }
        assert_eq!(
            fs::read(&file).expect("read"),
            before,
            "{name}: the file is left as it is"
        );
        let (code, _, err) = at(
            home.path(),
            NOW,
            &["workshop", "report", file.to_str().expect("path")],
        );
        assert_eq!(code, 1, "{err}");
    }
    assert_eq!(
        snapshot(&home.path().join("journal")),
        journal_before,
        "the journal's bytes are unchanged"
    );
    assert!(
        !elsewhere.exists(),
        "nothing written where an absolute id points"
    );
    assert!(
        fs::read_to_string(&month)
            .expect("month")
            .contains("第 22 天")
    );
}

#[test]
fn a_session_opened_by_path_is_saved_back_to_that_path() {
    let home = home();
    let (id, _) = session(home.path(), "王阿姨,李叔叔");
    let shared = home.path().join("共享的 工作坊.ron");
    fs::copy(session_file(home.path(), &id), &shared).expect("copy");
    let original = fs::read(session_file(home.path(), &id)).expect("read");
    ok(
        home.path(),
        NOW,
        &[
            "workshop",
            "pledge",
            shared.to_str().expect("path"),
            "李叔叔",
            "joker-black",
            "--words",
            "修好楼道灯",
        ],
    );
    assert!(
        fs::read_to_string(&shared)
            .expect("read")
            .contains("修好楼道灯")
    );
    assert_eq!(
        fs::read(session_file(home.path(), &id)).expect("read"),
        original,
        "the session of the same id in the data folder is untouched"
    );
}

#[test]
fn forty_concurrent_pledges_five_rounds_lose_nothing() {
    let started = Instant::now();
    let home = home();
    let names: Vec<String> = (1..=40).map(|n| format!("居民{n}")).collect();
    let (id, _) = session(home.path(), &names.join(","));
    let mut acknowledged = 0;
    for round in 1..=5 {
        let children: Vec<_> = names
            .iter()
            .map(|name| {
                std::process::Command::new(common::binary())
                    .env_remove("XIAOSHI_LANG")
                    .env_remove("LANG")
                    .env("XIAOSHI_HOME", home.path())
                    .env("TZ", TZ)
                    .env("XIAOSHI_NOW", NOW)
                    .args(["workshop", "pledge", &id, name, "joker-black", "--words"])
                    .arg(format!("第{round}轮 {name}"))
                    .stdin(Stdio::null())
                    .stdout(Stdio::piped())
                    .stderr(Stdio::piped())
                    .spawn()
                    .expect("spawn")
            })
            .collect();
        for child in children {
            let output = child.wait_with_output().expect("wait");
            assert!(
                output.status.success(),
                "{}",
                String::from_utf8_lossy(&output.stderr)
            );
            assert!(String::from_utf8_lossy(&output.stdout).contains("pledged"));
            acknowledged += 1;
        }
        let report = json(&ok(
            home.path(),
            NOW,
            &["workshop", "report", &id, "--format", "json"],
        ));
        let participants = report["participants"].as_array().expect("participants");
        let lost: Vec<&String> = names
            .iter()
            .filter(|name| {
                let words = participants
                    .iter()
                    .find(|p| p["name"] == name.as_str())
                    .and_then(|p| p["pledge"]["words"].as_str());
                words != Some(format!("第{round}轮 {name}").as_str())
            })
            .collect();
        assert!(
            lost.is_empty(),
            "round {round}: {} of 40 pledges lost: {lost:?}",
            lost.len()
        );
    }
    eprintln!(
        "{acknowledged} concurrent pledges (40 at once × 5 rounds), 0 lost, in {:?}",
        started.elapsed()
    );
}

#[test]
fn a_pledge_made_while_the_workshop_screen_is_open_survives_its_save() {
    use common::tmux::{Server, assert_quit_cleanly, tmux_available, wait_text};
    if !tmux_available() {
        return;
    }
    let home = home();
    let (id, _) = session(home.path(), "王阿姨,李叔叔,小明");
    let server = Server::new("storage");
    let pane = server.open_with(
        "w",
        home.path(),
        (100, 30),
        NOW,
        &format!("workshop resume {id} --lang en"),
    );
    wait_text(&pane, &["▶ 王阿姨", "1 of 3"]);
    // Meanwhile, from the command line:
    let out = ok(
        home.path(),
        NOW,
        &[
            "workshop",
            "pledge",
            &id,
            "小明",
            "joker-black",
            "--words",
            "帮3楼拿快递",
        ],
    );
    assert!(out.contains("小明 pledged"), "{out}");
    // The screen moves on (and saves), then pledges for 王阿姨 (and saves).
    pane.keys(&["n"]);
    wait_text(
        &pane,
        &["▶ 李叔叔", "keeping pledges changed elsewhere: 小明"],
    );
    pane.keys(&["o"]);
    wait_text(&pane, &["Own words"]);
    pane.type_text("浇花");
    pane.keys(&["Enter"]);
    wait_text(&pane, &["李叔叔 pledged"]);
    pane.keys(&["q"]);
    assert_quit_cleanly(&pane, &[]);
    let report = json(&ok(
        home.path(),
        NOW,
        &["workshop", "report", &id, "--format", "json"],
    ));
    let words: Vec<(&str, &str)> = report["participants"]
        .as_array()
        .expect("participants")
        .iter()
        .filter_map(|p| Some((p["name"].as_str()?, p["pledge"]["words"].as_str()?)))
        .collect();
    assert_eq!(
        words,
        [("李叔叔", "浇花"), ("小明", "帮3楼拿快递")],
        "{report}"
    );
}

#[test]
fn commands_after_the_clock_goes_back_within_a_day_apply() {
    let home = home();
    let status = |now: &str| json(&ok(home.path(), now, &["status", "--json"]));
    ok(
        home.path(),
        "2026-11-20T10:00:00+08:00",
        &["done", "--note", "十点"],
    );

    // Set back to 09:00: undo takes back the 10:00 check-in.
    let out = ok(home.path(), "2026-11-20T09:00:00+08:00", &["undo"]);
    assert!(out.contains("undone"), "{out}");
    assert_eq!(status("2026-11-20T09:00:00+08:00")["today"]["done"], false);

    // Back to 08:00: a check-in with a note applies.
    let out = ok(
        home.path(),
        "2026-11-20T08:00:00+08:00",
        &["done", "--note", "八点"],
    );
    assert!(out.contains("Checked in for 2026-11-20"), "{out}");
    let now = status("2026-11-20T08:00:00+08:00");
    assert_eq!(now["today"]["done"], true);
    assert_eq!(now["today"]["note"], "八点");

    // Back to 07:00: a new note replaces the later one.
    let out = ok(
        home.path(),
        "2026-11-20T07:00:00+08:00",
        &["done", "--note", "七点"],
    );
    assert!(out.contains("Note updated"), "{out}");
    assert_eq!(status("2026-11-20T07:00:00+08:00")["today"]["note"], "七点");

    // And at 06:00, undo once more; then a redraw after it.
    ok(home.path(), "2026-11-20T06:00:00+08:00", &["undo"]);
    let before = status("2026-11-20T06:00:00+08:00");
    assert_eq!(before["today"]["done"], false);
    let out = ok(
        home.path(),
        "2026-11-20T05:00:00+08:00",
        &["draw", "--redraw", "--json"],
    );
    let drawn = json(&out);
    assert_eq!(drawn["redrawn"], true, "{out}");
    assert_ne!(drawn["card"]["id"], before["today"]["card"]["id"]);
    // Later the same day (the clock right again), everything agrees.
    let after = status("2026-11-20T23:00:00+08:00");
    assert_eq!(after["today"]["card"]["id"], drawn["card"]["id"]);
    assert_eq!(after["today"]["done"], false);
}

#[test]
fn a_missing_lock_file_does_not_hide_the_journal() {
    let home = home();
    journal_with_check_ins(home.path());
    let later = "2026-11-23T10:00:00+08:00";
    let expected = [
        ok(home.path(), later, &["status", "--json"]),
        ok(home.path(), later, &["history", "--json"]),
        ok(home.path(), later, &["why"]),
        ok(home.path(), later, &["journal", "export"]),
    ];
    // Copied to a new machine without the lock file (or synced without it).
    let copy = common::home();
    fs::create_dir(copy.path().join("journal")).expect("mkdir");
    for entry in fs::read_dir(home.path().join("journal")).expect("list") {
        let entry = entry.expect("entry");
        fs::copy(
            entry.path(),
            copy.path().join("journal").join(entry.file_name()),
        )
        .expect("copy");
    }
    assert!(!copy.path().join("journal.lock").exists());
    let got = [
        ok(copy.path(), later, &["status", "--json"]),
        ok(copy.path(), later, &["history", "--json"]),
        ok(copy.path(), later, &["why"]),
        ok(copy.path(), later, &["journal", "export"]),
    ];
    assert_eq!(got, expected, "the same journal, lock file or not");
    assert!(json(&got[1]).as_array().is_some_and(|days| days.len() == 3));
}

#[cfg(unix)]
#[test]
fn a_lock_file_that_is_a_link_or_a_folder_is_refused() {
    let home = home();
    journal_with_check_ins(home.path());
    let lock = home.path().join("journal.lock");
    let target = home.path().join("elsewhere").join("made-by-xiaoshi");
    fs::remove_file(&lock).expect("remove");
    std::os::unix::fs::symlink(&target, &lock).expect("link");
    let before = snapshot(&home.path().join("journal"));
    for args in [
        vec!["status"],
        vec!["done", "--note", "x"],
        vec!["journal", "export"],
    ] {
        for (lang, words) in [("en", "is a symbolic link"), ("zh", "是一个符号链接")] {
            let mut all = vec!["--lang", lang];
            all.extend(&args);
            let (code, out, err) = at(home.path(), "2026-11-23T10:00:00+08:00", &all);
            assert_eq!(code, 1, "{args:?}: {out}{err}");
            assert!(err.contains(words) && err.contains("journal.lock"), "{err}");
        }
    }
    assert!(!target.exists() && !target.parent().expect("dir").exists());
    fs::remove_file(&lock).expect("remove");
    fs::create_dir(&lock).expect("a folder");
    let (code, _, err) = at(home.path(), "2026-11-23T10:00:00+08:00", &["done"]);
    assert_eq!(code, 1);
    assert!(err.contains("is not a regular file"), "{err}");
    assert_eq!(
        snapshot(&home.path().join("journal")),
        before,
        "nothing changed"
    );
}

#[test]
fn a_held_lock_is_waited_for_said_and_given_up() {
    let home = home();
    journal_with_check_ins(home.path());
    let before = snapshot(&home.path().join("journal"));
    let lock = fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open(home.path().join("journal.lock"))
        .expect("open");
    lock.lock().expect("hold the lock");
    let started = Instant::now();
    let (code, out, err) = run(xiaoshi(home.path())
        .env("TZ", TZ)
        .env("XIAOSHI_NOW", "2026-11-23T10:00:00+08:00")
        .env("XIAOSHI_LOCK_WAIT", "2.5")
        .args(["--lang", "zh", "done"]));
    let waited = started.elapsed();
    assert_eq!(code, 1, "{out}{err}");
    assert!(
        err.contains("正在等待另一个 xiaoshi"),
        "said after a second: {err}"
    );
    assert!(
        err.contains("等了 2 秒") || err.contains("等了 3 秒"),
        "{err}"
    );
    assert!(
        waited >= Duration::from_millis(2400) && waited < Duration::from_secs(10),
        "{waited:?}"
    );
    drop(lock);
    assert_eq!(snapshot(&home.path().join("journal")), before);
    ok(home.path(), "2026-11-23T10:00:00+08:00", &["done"]);
}

/// What was printed holds no raw control character or bidi override, and
/// shows the escape visibly.
fn assert_visible(what: &str, text: &str, shown: &str) {
    for bad in ['\u{1b}', '\u{7}', '\u{9b}', '\u{202e}', '\r'] {
        assert!(
            !text.contains(bad),
            "{what}: a raw {bad:?} reached the terminal:\n{text:?}"
        );
    }
    assert!(text.contains(shown), "{what}: {shown} not shown:\n{text}");
}

#[test]
fn escape_sequences_from_every_input_are_shown_visibly() {
    let home = home();
    let now = "2026-11-20T10:00:00+08:00";
    // (A title sequence without `;`, which separates names in a list.)
    let title = "\u{1b}]2:pwned\u{7}";
    // 1. An import: a note and a card id with escape sequences.
    let import = home.path().join("import.json");
    let export = serde_json::json!({"version": 1, "events": [
        {"id": "e1", "day": "2026-11-20", "at": "2026-11-20T01:00:00Z", "kind": "drawn",
         "card": format!("hearts-7{title}"), "backfill": null, "note": null, "seed": null},
        {"id": "e2", "day": "2026-11-20", "at": "2026-11-20T01:00:00Z", "kind": "checked_in",
         "card": null, "backfill": false, "note": null, "seed": null},
        {"id": "e3", "day": "2026-11-20", "at": "2026-11-20T01:00:00Z", "kind": "note_set",
         "card": null, "backfill": null, "note": "好\u{1b}[2J\u{1b}[31m红\u{9b}0m\u{202e}txt.exe\r!",
         "seed": null},
    ]});
    fs::write(&import, export.to_string()).expect("write");
    ok(
        home.path(),
        now,
        &["journal", "import", import.to_str().expect("path")],
    );
    for args in [vec!["status"], vec!["history"], vec!["draw"]] {
        let out = ok(home.path(), now, &args);
        assert_visible(&format!("{args:?}"), &out, "\\u{1b}]2:pwned\\u{7}");
        if args != ["draw"] {
            assert!(
                out.contains("\\u{1b}[2J\\u{1b}[31m红\\u{9b}0m\\u{202e}txt.exe\\r!"),
                "{out}"
            );
        }
    }
    // 2. Participant names on the command line, a participants file.
    let names = format!("王阿姨{title},李\u{202e}叔叔");
    let (code, out, err) = at(
        home.path(),
        now,
        &[
            "workshop",
            "deal",
            "--participants",
            &names,
            "--hand",
            "1",
            "--seed",
            "1",
            "--save",
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert_visible("deal", &out, "\\u{1b}]2:pwned\\u{7}");
    let file = home.path().join("names.txt");
    fs::write(&file, "甲\u{1b}[8m\n乙\n").expect("write");
    let out = ok(
        home.path(),
        now,
        &[
            "workshop",
            "deal",
            "--participants-file",
            file.to_str().expect("path"),
            "--hand",
            "1",
        ],
    );
    assert_visible("participants file", &out, "\\u{1b}[8m");
    // 3. A mistyped name echoed in an error, in both languages.
    let list = ok(home.path(), now, &["workshop", "list"]);
    assert_visible("list", &list, "2026-11-20");
    let id = list
        .split_whitespace()
        .next()
        .expect("a session")
        .to_string();
    for lang in ["en", "zh"] {
        let (code, out, err) = at(
            home.path(),
            now,
            &[
                "--lang",
                lang,
                "workshop",
                "pledge",
                &id,
                &format!("张三{title}"),
                "joker-black",
            ],
        );
        assert_eq!(code, 1, "{out}{err}");
        assert_visible("unknown participant", &err, "\\u{1b}]2:pwned");
        let (code, _, err) = at(
            home.path(),
            now,
            &["--lang", lang, "deck", "show", &format!("hearts-7{title}")],
        );
        assert_eq!(code, 1);
        assert_visible("unknown card", &err, "\\u{1b}");
    }
    // 4. A deck file's broken line, quoted in the error.
    let deck = home.path().join("deck.ron");
    fs::write(
        &deck,
        "(\n  name: (zh: \"\u{1b}[2J坏\", en: \"x\", xx: 1),\n  cards: [],\n)\n",
    )
    .expect("write");
    let (code, out, err) = at(
        home.path(),
        now,
        &["deck", "check", deck.to_str().expect("path")],
    );
    assert_eq!(code, 1, "{out}");
    assert_visible("deck check", &(out + &err), "\\u{1b}");
    // 5. A value clap rejects, and a bad XIAOSHI_NOW.
    // (clap drops the escape sequence itself; the override is shown.)
    let (code, _, err) = at(
        home.path(),
        now,
        &["--lang", &format!("zh{title}\u{202e}"), "status"],
    );
    assert_eq!(code, 2);
    assert_visible("usage error", &err, "\\u{202e}");
    let (code, _, err) = run(xiaoshi(home.path())
        .env("XIAOSHI_NOW", format!("2026{title}"))
        .arg("status"));
    assert_eq!(code, 1);
    assert_visible("XIAOSHI_NOW", &err, "\\u{1b}");
    // 6. The names kept in the session file, in its report.
    let report = ok(
        home.path(),
        now,
        &["workshop", "report", &id, "--format", "md"],
    );
    assert_visible("report", &report, "王阿姨\\u{1b}]2:pwned\\u{7}");
}

#[test]
fn csv_for_people_neutralises_formulas_and_the_journal_csv_round_trips() {
    let home = home();
    let formula = "=HYPERLINK(\"http://evil\",\"click\")";
    ok(
        home.path(),
        "2026-11-20T10:00:00+08:00",
        &["done", "--note", formula],
    );
    ok(
        home.path(),
        "2026-11-21T10:00:00+08:00",
        &["done", "--note", "'=already quoted"],
    );
    ok(
        home.path(),
        "2026-11-22T10:00:00+08:00",
        &["done", "--note=-5 斤米，+1 袋面 @王阿姨"],
    );
    let history = ok(
        home.path(),
        "2026-11-22T10:00:00+08:00",
        &["history", "--csv"],
    );
    let mut reader = csv::Reader::from_reader(history.as_bytes());
    let notes: Vec<String> = reader
        .records()
        .map(|row| row.expect("row")[3].to_string())
        .collect();
    assert_eq!(
        notes,
        [
            format!("'{formula}"),
            "'=already quoted".to_string(),
            "'-5 斤米，+1 袋面 @王阿姨".to_string()
        ],
        "history --csv is for people: formulas neutralised"
    );

    // The journal's CSV is for programs: exact text, and it round-trips.
    let export = ok(
        home.path(),
        "2026-11-22T10:00:00+08:00",
        &["journal", "export", "--format", "csv"],
    );
    assert!(
        export.contains(&format!("\"{}\"", formula.replace('"', "\"\""))),
        "{export}"
    );
    let file = home.path().join("export.csv");
    fs::write(&file, &export).expect("write");
    let fresh = common::home();
    ok(
        fresh.path(),
        "2026-11-22T10:00:00+08:00",
        &["journal", "import", file.to_str().expect("path")],
    );
    // The events are the same; who each journal is from (its device) is not.
    let export_of = |home: &Path| {
        json(&ok(
            home,
            "2026-11-22T10:00:00+08:00",
            &["journal", "export"],
        ))
    };
    let (theirs, ours) = (export_of(fresh.path()), export_of(home.path()));
    assert_eq!(
        theirs["events"], ours["events"],
        "exactly the same events, notes and all"
    );
    // A cell a spreadsheet-safe tool prefixed comes back without the `'`.
    let prefixed = home.path().join("paper.csv");
    fs::write(
        &prefixed,
        "id,day,at,kind,card,backfill,note,seed\n\
         p1,2026-11-23,2026-11-23T04:00:00Z,note_set,,,'=1+1,\n",
    )
    .expect("write");
    ok(
        fresh.path(),
        "2026-11-23T10:00:00+08:00",
        &["journal", "import", prefixed.to_str().expect("path")],
    );
    let status = json(&ok(
        fresh.path(),
        "2026-11-23T10:00:00+08:00",
        &["status", "--json"],
    ));
    assert_eq!(status["today"]["note"], "=1+1");

    // The workshop report's CSV is for people.
    let (id, _) = session(home.path(), "@王阿姨,+李叔叔,小明");
    ok(
        home.path(),
        NOW,
        &[
            "workshop",
            "pledge",
            &id,
            "@王阿姨",
            "joker-black",
            "--words",
            "=1+1",
            "--note=-今天",
        ],
    );
    let report = ok(
        home.path(),
        NOW,
        &["workshop", "report", &id, "--format", "csv"],
    );
    let mut reader = csv::Reader::from_reader(report.as_bytes());
    let rows: Vec<csv::StringRecord> = reader.records().map(|row| row.expect("row")).collect();
    assert_eq!(&rows[0][2], "'@王阿姨");
    assert_eq!(&rows[0][7], "'=1+1");
    assert_eq!(&rows[0][9], "'-今天");
    assert!(rows.iter().any(|row| &row[2] == "'+李叔叔"), "{report}");
    for row in &rows {
        for cell in row {
            assert!(
                !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "{cell:?} in {report}"
            );
        }
    }
}

#[test]
fn only_xiaoshis_own_temporary_files_are_cleaned() {
    let home = home();
    journal_with_check_ins(home.path());
    let (id, _) = session(home.path(), "王阿姨,李叔叔");
    let journal = home.path().join("journal");
    let workshops = home.path().join("workshops");
    let foreign = [
        "x.tmp-1",
        ".2026-11.ron.tmp-abc",
        "notes.tmp-2026",
        ".xiaoshi-tmp-notapid-x",
    ];
    // A temporary file of a killed xiaoshi (a pid that cannot be running).
    let stale = ".xiaoshi-tmp-4194305-Ab12Cd";
    for dir in [&journal, &workshops] {
        for name in foreign.iter().chain([&stale]) {
            fs::write(dir.join(name), b"someone's").expect("write");
        }
    }
    ok(home.path(), "2026-11-23T10:00:00+08:00", &["done"]);
    ok(
        home.path(),
        NOW,
        &[
            "workshop",
            "pledge",
            &id,
            "王阿姨",
            "joker-black",
            "--words",
            "x",
        ],
    );
    for dir in [&journal, &workshops] {
        for name in foreign {
            assert_eq!(
                fs::read(dir.join(name)).expect(name),
                b"someone's",
                "{name} survives"
            );
        }
        assert!(
            !dir.join(stale).exists(),
            "a dead xiaoshi's leftover is cleaned"
        );
    }
}

/// A read-only bind mount of `dir` at `at`, unmounted when dropped; `None`
/// where mounting is not allowed.
struct ReadOnlyMount(PathBuf);

impl ReadOnlyMount {
    fn new(dir: &Path, at: &Path) -> Option<ReadOnlyMount> {
        fs::create_dir_all(at).ok()?;
        let mount = |args: &[&str]| {
            std::process::Command::new("mount")
                .args(args)
                .stderr(Stdio::null())
                .status()
                .is_ok_and(|status| status.success())
        };
        let (dir, at_text) = (dir.to_str()?, at.to_str()?);
        if !mount(&["--bind", dir, at_text]) {
            return None;
        }
        let guard = ReadOnlyMount(at.to_path_buf());
        mount(&["-o", "remount,bind,ro", at_text]).then_some(guard)
    }
}

impl Drop for ReadOnlyMount {
    fn drop(&mut self) {
        let _ = std::process::Command::new("umount").arg(&self.0).status();
    }
}

/// Reads and exports from `home`, which cannot be written; a write fails
/// with a clear error and changes nothing. `prefix` runs the binary (as
/// another user, say).
fn reads_but_never_writes(home: &Path, as_user: Option<&str>, how: &str) {
    let later = "2026-11-23T10:00:00+08:00";
    let command = |args: &[&str]| {
        let mut command = match as_user {
            Some(user) => {
                let mut command = std::process::Command::new("setpriv");
                command
                    .args([
                        &format!("--reuid={user}"),
                        &format!("--regid={user}"),
                        "--clear-groups",
                    ])
                    .arg(common::binary());
                command
            }
            None => std::process::Command::new(common::binary()),
        };
        command
            .env_remove("XIAOSHI_LANG")
            .env_remove("LANG")
            .env("XIAOSHI_HOME", home)
            .env("TZ", TZ)
            .env("XIAOSHI_NOW", later)
            .args(args);
        let output = command.output().expect("runs");
        (
            output.status.code().unwrap_or(-1),
            String::from_utf8_lossy(&output.stdout).into_owned(),
            String::from_utf8_lossy(&output.stderr).into_owned(),
        )
    };
    let before = snapshot(home);
    for args in [
        vec!["status", "--json"],
        vec!["history", "--json"],
        vec!["why"],
        vec!["journal", "export", "--format", "csv"],
    ] {
        let (code, out, err) = command(&args);
        assert_eq!(code, 0, "{how}: {args:?}: {err}");
        assert!(
            out.contains("2026-11-22") || out.contains("第 22 天"),
            "{how}: {args:?}: {out}"
        );
    }
    let (code, out, err) = command(&["done", "--note", "写不进去"]);
    assert_eq!(code, 1, "{how}: {out}{err}");
    assert!(err.contains("read-only disk or folder"), "{how}: {err}");
    let (code, _, err) = command(&["--lang", "zh", "undo"]);
    assert_eq!(code, 1);
    assert!(err.contains("只读的磁盘或文件夹"), "{how}: {err}");
    assert_eq!(snapshot(home), before, "{how}: nothing changed");
}

#[cfg(unix)]
#[test]
fn a_read_only_journal_reads_and_exports_and_refuses_writes() {
    let home = home();
    journal_with_check_ins(home.path());
    // Read-only media: a read-only bind mount (root can write through
    // nothing else: chmod does not stop root).
    let mount_point = common::home();
    match ReadOnlyMount::new(home.path(), &mount_point.path().join("ro")) {
        Some(mount) => reads_but_never_writes(&mount.0.clone(), None, "read-only mount"),
        None => common::tools::missing(
            "the read-only mount",
            "`mount --bind` failed (mount missing, or bind mounts not allowed here)",
            "apt-get install mount; run the tests as root",
        ),
    }
    // A folder the user may not write in: as an ordinary user (when the
    // tests run as root and setpriv exists), or as this user if not root.
    let is_root = std::process::Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|out| String::from_utf8_lossy(&out.stdout).trim() == "0");
    let user = if is_root {
        if !common::tools::have(
            &common::tools::SETPRIV,
            "the unwritable folder (as root, the test writes as another user)",
        ) {
            return;
        }
        Some("65534")
    } else {
        None
    };
    let owned = common::home();
    let copy = owned.path().join("data");
    let status = std::process::Command::new("cp")
        .args(["-a"])
        .arg(home.path())
        .arg(&copy)
        .status()
        .expect("cp");
    assert!(status.success());
    let chown = |path: &Path| {
        if let Some(user) = user {
            let status = std::process::Command::new("chown")
                .args(["-R", &format!("{user}:{user}")])
                .arg(path)
                .status()
                .expect("chown");
            assert!(status.success());
        }
    };
    use std::os::unix::fs::PermissionsExt;
    fs::set_permissions(owned.path(), fs::Permissions::from_mode(0o755)).expect("chmod");
    chown(&copy);
    let chmod = |mode: &str| {
        let status = std::process::Command::new("chmod")
            .args(["-R", mode])
            .arg(&copy)
            .status()
            .expect("chmod");
        assert!(status.success());
    };
    chmod("a-w");
    reads_but_never_writes(&copy, user, "a folder without write permission");
    chmod("u+w");
}

#[cfg(unix)]
#[test]
fn private_files_stay_private_and_out_keeps_permissions() {
    use std::os::unix::fs::PermissionsExt;
    let mode = |path: &Path| fs::metadata(path).expect("meta").permissions().mode() & 0o777;
    let home = home();
    journal_with_check_ins(home.path());
    let (id, _) = session(home.path(), "王阿姨,李叔叔");
    ok(
        home.path(),
        NOW,
        &[
            "workshop",
            "pledge",
            &id,
            "王阿姨",
            "joker-black",
            "--words",
            "x",
        ],
    );
    let data = home.path();
    for dir in [data.join("journal"), data.join("workshops")] {
        assert_eq!(mode(&dir), 0o700, "{}", dir.display());
        for entry in fs::read_dir(&dir).expect("list") {
            let path = entry.expect("entry").path();
            assert_eq!(mode(&path), 0o600, "{}", path.display());
        }
    }
    assert_eq!(mode(&data.join("journal.lock")), 0o600);

    // --out over a private file keeps it private; over a shared one, shared.
    let out = data.join("report.md");
    fs::write(&out, "old").expect("write");
    for (format, kept) in [("md", 0o600), ("csv", 0o640)] {
        fs::set_permissions(&out, fs::Permissions::from_mode(kept)).expect("chmod");
        let path = out.to_str().expect("path");
        let args = ["workshop", "report", &id, "--format", format, "--out", path];
        ok(home.path(), NOW, &args);
        assert_eq!(mode(&out), kept, "--format {format}");
        assert!(fs::read_to_string(&out).expect("read").contains("王阿姨"));
    }
}

#[test]
fn dates_out_of_range_are_refused_and_long_absences_stay_short() {
    let home = home();
    let import = home.path().join("old.json");
    let record = |id: &str, day: &str, kind: &str| {
        serde_json::json!({"id": id, "day": day, "at": format!("{day}T01:00:00Z"), "kind": kind,
            "card": if kind == "drawn" { Some("hearts-a") } else { None },
            "backfill": if kind == "checked_in" { Some(false) } else { None },
            "note": null, "seed": null})
    };
    for (day, at) in [
        ("0001-01-01", "0001-01-01"),
        ("1899-12-31", "1899-12-31"),
        ("2201-01-01", "2201-01-01"),
    ] {
        let export = serde_json::json!({"version": 1, "events": [
            record("ok", "2026-11-01", "drawn"),
            record("bad", at, "checked_in"),
        ]});
        fs::write(&import, export.to_string()).expect("write");
        for (lang, words) in [
            ("en", "outside the years 1900 to 2200"),
            ("zh", "不在 1900 至 2200 年之间"),
        ] {
            let (code, out, err) = at_lang(
                home.path(),
                lang,
                &["journal", "import", import.to_str().expect("path")],
            );
            assert_eq!(code, 1, "{day}: {out}{err}");
            assert!(err.contains(day) && err.contains(words), "{err}");
        }
        assert!(
            !home.path().join("journal").exists(),
            "{day}: nothing imported"
        );
    }
    // A CSV with a negative year is not even a date.
    let csv = home.path().join("old.csv");
    fs::write(
        &csv,
        "id,day,at,kind,card,backfill,note,seed\nx,-0001-01-01,2026-01-01T00:00:00Z,undone,,,,\n",
    )
    .expect("write");
    let (code, _, err) = at_lang(
        home.path(),
        "en",
        &["journal", "import", csv.to_str().expect("path")],
    );
    assert_eq!(code, 1, "{err}");

    // The earliest day a journal can hold, then today: a few lines.
    let export = serde_json::json!({"version": 1, "events": [
        record("first", "1900-01-01", "drawn"),
        record("done", "1900-01-01", "checked_in"),
        record("today", "2026-11-20", "drawn"),
        record("today-done", "2026-11-20", "checked_in"),
    ]});
    fs::write(&import, export.to_string()).expect("write");
    ok(
        home.path(),
        "2026-11-24T10:00:00+08:00",
        &["journal", "import", import.to_str().expect("path")],
    );
    let why = ok(home.path(), "2026-11-24T10:00:00+08:00", &["why"]);
    let status = ok(home.path(), "2026-11-24T10:00:00+08:00", &["status"]);
    assert!(why.lines().count() < 20 && why.len() < 4000, "{why}");
    assert!(status.lines().count() < 20, "{status}");
    // 1900-01-02 breaks the streak; from 1900-01-03 the days are quiet.
    assert!(
        why.contains("1900-01-03 ~ 2026-11-19 (46342 days)"),
        "{why}"
    );
    assert!(status.contains("✗ 46343 days"), "{status}");
    let zh = ok(
        home.path(),
        "2026-11-24T10:00:00+08:00",
        &["--lang", "zh", "status"],
    );
    assert!(zh.contains("✗ 46343 天"), "{zh}");
}

fn at_lang(home: &Path, lang: &str, args: &[&str]) -> (i32, String, String) {
    let mut all = vec!["--lang", lang];
    all.extend(args);
    at(home, NOW, &all)
}

#[cfg(unix)]
#[test]
fn endless_inputs_are_refused_not_read() {
    let home = home();
    journal_with_check_ins(home.path());
    let started = Instant::now();
    // TZ naming an endless file: a zone that does not load (UTC).
    let (code, out, err) = run(xiaoshi(home.path())
        .env("TZ", "/dev/zero")
        .env("XIAOSHI_NOW", "2026-11-22T10:00:00+08:00")
        .args(["status", "--json"]));
    assert_eq!(code, 0, "{err}");
    assert_eq!(json(&out)["date"], "2026-11-22");
    let (code, _, err) = run(xiaoshi(home.path())
        .env("TZ", ":/dev/urandom")
        .env("XIAOSHI_NOW", "2026-11-22T10:00:00+08:00")
        .arg("status"));
    assert_eq!(code, 0, "{err}");
    // An import, a participants file, a session named by path, the config.
    let (code, _, err) = at(home.path(), NOW, &["journal", "import", "/dev/zero"]);
    assert_eq!(code, 1);
    assert!(
        err.contains("/dev/zero") && err.contains("too large"),
        "{err}"
    );
    let (code, _, err) = at(
        home.path(),
        NOW,
        &["workshop", "deal", "--participants-file", "/dev/zero"],
    );
    assert_eq!(code, 1, "{err}");
    std::os::unix::fs::symlink("/dev/zero", home.path().join("config.ron")).expect("link");
    let (code, _, err) = at(home.path(), NOW, &["status"]);
    assert_eq!(code, 1, "{err}");
    fs::remove_file(home.path().join("config.ron")).expect("remove");
    std::os::unix::fs::symlink("/dev/zero", home.path().join("journal").join("2026-10.ron"))
        .expect("link");
    let (code, _, err) = at(home.path(), NOW, &["history"]);
    assert_eq!(code, 1);
    assert!(
        err.contains("2026-10.ron") && err.contains("too large"),
        "{err}"
    );
    assert!(
        started.elapsed() < Duration::from_secs(20),
        "{:?}",
        started.elapsed()
    );
}

#[test]
fn an_edit_that_keeps_size_and_time_still_refreshes_the_summary() {
    let home = home();
    // September check-ins: a closed month once it is November.
    for day in 1..=3 {
        ok(
            home.path(),
            &format!("2026-09-0{day}T10:00:00+08:00"),
            &["done"],
        );
    }
    let later = "2026-11-24T10:00:00+08:00";
    let before = json(&ok(home.path(), later, &["status", "--json"]));
    // (Earlier versions kept the summary beside the journal folder.)
    let summary = [
        home.path().join("journal").join("summary.json"),
        home.path().join("summary.json"),
    ]
    .into_iter()
    .find(|path| path.exists())
    .expect("the summary was written");
    let month = home.path().join("journal").join("2026-09.ron");
    let modified = fs::metadata(&month)
        .expect("meta")
        .modified()
        .expect("mtime");
    let text = fs::read_to_string(&month).expect("read");
    // The third check-in moved ten days on: same size; the time put back.
    let line = text
        .lines()
        .find(|line| line.contains("CheckedIn") && line.contains("2026-09-03"))
        .expect("the third check-in");
    let edited = text.replacen(line, &line.replacen("2026-09-03", "2026-09-13", 1), 1);
    assert_eq!(edited.len(), text.len());
    assert_ne!(edited, text);
    fs::write(&month, edited).expect("write");
    fs::File::options()
        .write(true)
        .open(&month)
        .expect("open")
        .set_modified(modified)
        .expect("set mtime");
    assert_eq!(
        fs::metadata(&month)
            .expect("meta")
            .modified()
            .expect("mtime"),
        modified
    );
    let after = json(&ok(home.path(), later, &["status", "--json"]));
    assert_eq!(before["streak"]["best"], 3);
    assert_eq!(after["streak"]["best"], 2, "the edit shows");
    fs::remove_file(&summary).expect("remove");
    let fresh = json(&ok(home.path(), later, &["status", "--json"]));
    assert_eq!(after, fresh, "the same as with no summary at all");
}

#[cfg(unix)]
#[test]
fn the_resident_screen_opens_a_read_only_journal() {
    use common::tmux::{Server, assert_quit_cleanly, tmux_available, wait_text};
    if !tmux_available() {
        return;
    }
    let home = home();
    journal_with_check_ins(home.path());
    let mount_point = common::home();
    let Some(mount) = ReadOnlyMount::new(home.path(), &mount_point.path().join("ro")) else {
        common::tools::missing(
            "the read-only mount",
            "`mount --bind` failed (mount missing, or bind mounts not allowed here)",
            "apt-get install mount; run the tests as root",
        );
        return;
    };
    let server = Server::new("readonly");
    // A day with its card: shown as it is.
    let pane = server.open_with(
        "a",
        &mount.0,
        (80, 24),
        "2026-11-22T12:00:00+08:00",
        "--no-anim",
    );
    wait_text(&pane, &["2026-11-22", "第 22 天"]);
    pane.keys(&["q"]);
    assert_quit_cleanly(&pane, &[]);
    // A day without one: the screen opens and says why none can be drawn.
    let pane = server.open_with(
        "b",
        &mount.0,
        (80, 24),
        "2026-11-23T12:00:00+08:00",
        "--no-anim",
    );
    wait_text(&pane, &["read-only disk or folder"]);
    pane.keys(&["c"]);
    wait_text(&pane, &["read-only disk or folder"]);
    pane.keys(&["q"]);
    assert_quit_cleanly(&pane, &[]);
}
