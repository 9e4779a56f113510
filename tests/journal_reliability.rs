//! The journal and workshop sessions under stress: concurrent writers,
//! writers killed at any moment (1,000 journal writes and 500 workshop
//! writes, each checked against a ledger of what was acknowledged), damaged
//! month files, and export/import round trips. Every test drives the real
//! binary with its own temporary home.

mod common;

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

use common::{home, run, xiaoshi};
use xiaoshi::sample::XorShift;

const TZ: &str = "Asia/Shanghai";

/// `xiaoshi` as a `std::process::Command`, set up like `common::xiaoshi`,
/// for the tests that need `spawn` and `kill`.
fn spawnable(home: &Path) -> std::process::Command {
    let mut cmd = std::process::Command::new(common::binary());
    cmd.env_remove("XIAOSHI_LANG")
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env("XIAOSHI_HOME", home)
        .env("NO_COLOR", "1")
        .env("TZ", TZ)
        .stdin(Stdio::null());
    cmd
}

/// `xiaoshi` in `home` at the instant `now`, in Shanghai.
fn at(home: &Path, now: &str) -> assert_cmd::Command {
    let mut cmd = xiaoshi(home);
    cmd.env("TZ", TZ).env("XIAOSHI_NOW", now);
    cmd
}

/// Runs and insists on exit 0; returns stdout.
fn ok(cmd: &mut assert_cmd::Command, what: &str) -> String {
    let (code, out, err) = run(cmd);
    assert_eq!(code, 0, "{what}: exit {code}\nstdout: {out}\nstderr: {err}");
    assert!(!err.contains("panicked"), "{what}: {err}");
    out
}

/// 10:00 in Shanghai on `day`.
fn ten_am(day: jiff::civil::Date) -> String {
    format!("{day}T10:00:00+08:00")
}

/// Every file under `dir` (recursively), by relative path, with its bytes.
fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    fn walk(root: &Path, dir: &Path, into: &mut BTreeMap<PathBuf, Vec<u8>>) {
        let Ok(entries) = fs::read_dir(dir) else {
            return;
        };
        for entry in entries {
            let path = entry.expect("dir entry").path();
            if path.is_dir() {
                walk(root, &path, into);
            } else {
                let bytes = fs::read(&path).expect("read file");
                into.insert(path.strip_prefix(root).expect("under root").into(), bytes);
            }
        }
    }
    let mut files = BTreeMap::new();
    walk(dir, dir, &mut files);
    files
}

/// Names in `dir` that are temporary files of an atomic write.
fn temp_files(dir: &Path) -> Vec<String> {
    temp_files_matching(dir, ".xiaoshi-tmp-")
}

/// Names in `dir` that contain `mark`.
fn temp_files_matching(dir: &Path, mark: &str) -> Vec<String> {
    let Ok(entries) = fs::read_dir(dir) else {
        return Vec::new();
    };
    entries
        .map(|e| {
            e.expect("dir entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .filter(|name| name.contains(mark))
        .collect()
}

#[test]
fn twenty_processes_checking_in_at_once_lose_nothing() {
    let started = Instant::now();
    let home = home();
    let first = jiff::civil::date(2026, 10, 20);
    let days: Vec<jiff::civil::Date> = (0..20)
        .map(|offset| {
            first
                .checked_add(jiff::Span::new().days(offset))
                .expect("day")
        })
        .collect();
    assert_eq!(
        days.last().map(ToString::to_string).as_deref(),
        Some("2026-11-08")
    );

    // Start all twenty before waiting for any.
    let children: Vec<(jiff::civil::Date, Child)> = days
        .iter()
        .map(|&day| {
            let child = spawnable(home.path())
                .args(["done", "--note", &format!("note for {day}")])
                .env("XIAOSHI_NOW", ten_am(day))
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .expect("spawn xiaoshi done");
            (day, child)
        })
        .collect();
    // Each process must check in the day its own clock says. (A journal that
    // already holds a later day makes `load_today` treat that later day as
    // today, so a process that gets the lock after a later one would check in,
    // or re-note, the wrong day: this names every such process.)
    let mut wrong_day = Vec::new();
    for (day, child) in children {
        let output = child.wait_with_output().expect("wait");
        let stdout = String::from_utf8_lossy(&output.stdout);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(
            output.status.success(),
            "done for {day}: {:?}\nstdout: {stdout}\nstderr: {stderr}",
            output.status,
        );
        assert!(!stderr.contains("panicked"), "{stderr}");
        if !stdout.contains(&format!("Checked in for {day}")) {
            wrong_day.push(format!(
                "clock {day}: {}",
                stdout.trim().replace('\n', " / ")
            ));
        }
    }
    assert!(
        wrong_day.is_empty(),
        "{} of 20 processes did not check in the day their clock said:\n  {}",
        wrong_day.len(),
        wrong_day.join("\n  ")
    );

    let after = ten_am(jiff::civil::date(2026, 11, 9));
    let history = ok(
        at(home.path(), &after).args(["history", "--json"]),
        "history",
    );
    let history: serde_json::Value = serde_json::from_str(&history).expect("history JSON");
    let rows = history.as_array().expect("an array");
    let listed: Vec<String> = rows
        .iter()
        .map(|row| row["date"].as_str().expect("date").to_string())
        .collect();
    let expected: Vec<String> = days.iter().map(ToString::to_string).collect();
    assert_eq!(listed, expected, "every day's check-in is in the history");
    for row in rows {
        assert_eq!(row["done"], serde_json::Value::Bool(true), "{row}");
        let date = row["date"].as_str().expect("date");
        assert_eq!(
            row["note"].as_str(),
            Some(format!("note for {date}").as_str())
        );
    }

    // The counts: twenty days in a row, all in round 1, seen the next day
    // (still open): a streak of 20, two freezes (earned at 7 and 14), and
    // one check-in a day in the per-suit counts.
    let status = ok(at(home.path(), &after).args(["status", "--json"]), "status");
    let status: serde_json::Value = serde_json::from_str(&status).expect("status JSON");
    assert_eq!(status["date"], "2026-11-09", "{status}");
    assert_eq!(status["round"]["number"], 1, "{status}");
    assert_eq!(status["round"]["checked_in"], 20, "{status}");
    assert_eq!(status["round"]["day"], 21, "{status}");
    let done: Vec<&str> = status["round"]["days"]
        .as_array()
        .expect("the round's days")
        .iter()
        .filter(|day| day["state"] == "done")
        .map(|day| day["date"].as_str().expect("date"))
        .collect();
    assert_eq!(done, expected, "each check-in is a done day of the round");
    assert_eq!(status["streak"]["current"], 20, "{status}");
    assert_eq!(status["streak"]["best"], 20, "{status}");
    assert_eq!(status["streak"]["freezes"], 2, "{status}");
    assert_eq!(status["rounds_completed"], 0, "{status}");
    let by_suit: u64 = status["by_suit"]
        .as_object()
        .expect("by_suit")
        .values()
        .map(|count| count.as_u64().expect("a count"))
        .sum();
    assert_eq!(by_suit, 20, "one card a day: {status}");
    assert!(
        temp_files(&home.path().join("journal")).is_empty(),
        "no temporary files after clean exits"
    );
    eprintln!("twenty concurrent check-ins: {:?}", started.elapsed());
}

/// An export of `count` events with ids unique to `tag`, spread over the
/// summer and autumn of 2026 (several month files), as JSON or CSV.
fn write_export(path: &Path, tag: u64, count: usize, csv: bool) {
    let cards = [
        "hearts-7",
        "spades-a",
        "clubs-10",
        "diamonds-q",
        "joker-red",
    ];
    let mut records = Vec::with_capacity(count);
    let start = jiff::civil::date(2026, 7, 1);
    for n in 0..count {
        let day = start
            .checked_add(jiff::Span::new().days((n / 3) as i64 % 120))
            .expect("day");
        let at = format!("{day}T0{}:00:00Z", n % 3);
        let mut record = serde_json::json!({
            "id": format!("import-{tag}-{n}"),
            "day": day.to_string(),
            "at": at,
            "kind": "drawn",
            "card": null,
            "backfill": null,
            "note": null,
            "seed": null,
        });
        match n % 3 {
            0 => record["card"] = cards[n % cards.len()].into(),
            1 => {
                record["kind"] = "checked_in".into();
                record["backfill"] = false.into();
            }
            _ => {
                record["kind"] = "note_set".into();
                record["note"] = format!("导入的备注 {tag}-{n}，有逗号, 和\"引号\"").into();
            }
        }
        records.push(record);
    }
    let text = if csv {
        let mut text = String::from("id,day,at,kind,card,backfill,note,seed\n");
        let field = |value: &serde_json::Value| match value {
            serde_json::Value::Null => String::new(),
            serde_json::Value::String(s) => format!("\"{}\"", s.replace('"', "\"\"")),
            other => other.to_string(),
        };
        for record in &records {
            let row: Vec<String> = [
                "id", "day", "at", "kind", "card", "backfill", "note", "seed",
            ]
            .iter()
            .map(|key| field(&record[*key]))
            .collect();
            text.push_str(&row.join(","));
            text.push('\n');
        }
        text
    } else {
        serde_json::json!({ "version": 1, "events": records }).to_string()
    };
    fs::write(path, text).expect("write export");
}

/// Waits for a child and returns (exit code, stdout, stderr).
fn finish(child: Child, what: &str) -> (i32, String, String) {
    let output = child.wait_with_output().expect("wait");
    (
        output
            .status
            .code()
            .unwrap_or_else(|| panic!("{what}: killed by a signal")),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

/// What a writer in the kill tests promised by exiting 0: something that
/// must be found in every later read.
#[derive(Debug, Clone)]
enum Promise {
    /// A `note_set` event with this note (`done --note`).
    Note(String),
    /// Events with these ids (`journal import`).
    Ids(Vec<String>),
}

/// One writer for the journal kill test, chosen by `rng`: a check-in with a
/// note of 20 bytes to ~3 KB, or an import of 30 to 500 events (JSON or
/// CSV) spread over four months. Returns the command, what it is, and what
/// it promises if it finishes.
fn kill_test_writer(
    home: &Path,
    scratch: &Path,
    iteration: u64,
    rng: &mut XorShift,
) -> (std::process::Command, String, Promise) {
    let mut writer = spawnable(home);
    writer.stdout(Stdio::null()).stderr(Stdio::null());
    if rng.below(3) == 0 {
        let day = jiff::civil::date(2026, 11, 1)
            .checked_add(jiff::Span::new().days((iteration % 45) as i64))
            .expect("day");
        let note = format!(
            "ack-{iteration} {}",
            "帮邻居, 搬\"米\"。".repeat(1 + rng.below(150) as usize)
        );
        writer
            .args(["done", "--note", &note])
            .env("XIAOSHI_NOW", ten_am(day));
        let what = format!("done on {day} with a {}-byte note", note.len());
        (writer, what, Promise::Note(note))
    } else {
        let count = 30 + rng.below(471) as usize;
        let csv = rng.below(2) == 0;
        let file = scratch.join(format!(
            "export-{iteration}.{}",
            if csv { "csv" } else { "json" }
        ));
        write_export(&file, iteration, count, csv);
        writer
            .args(["journal", "import"])
            .arg(&file)
            .env("XIAOSHI_NOW", "2026-12-31T12:00:00+08:00");
        let kind = if csv { "CSV" } else { "JSON" };
        let ids = (0..count)
            .map(|n| format!("import-{iteration}-{n}"))
            .collect();
        (
            writer,
            format!("import of {count} events ({kind})"),
            Promise::Ids(ids),
        )
    }
}

/// How a killed writer ended.
#[derive(Debug, Default)]
struct Tally {
    /// Killed before it wrote anything.
    unchanged: u32,
    /// Killed with its temporary file on disk.
    mid_write: u32,
    /// Killed after a write.
    changed: u32,
    /// Finished (exit 0) before the kill: its promise joins the ledger.
    finished: u32,
}

/// Where the kills landed is up to the machine's timing, so it is not
/// asserted (the ledger is: no acknowledged write lost, wherever a kill
/// lands); a run whose kills all landed on one side of the writes says so
/// where it is seen.
fn note_kill_coverage(tally: &Tally) {
    if tally.unchanged == 0 || tally.changed + tally.mid_write == 0 {
        use std::io::Write;
        let _ = writeln!(
            std::io::stderr(),
            "\nnote: this run's kills did not land both before and after writes: {tally:?}"
        );
    }
}

/// Spawns `writer` and kills it (SIGKILL): one time in four 0-3 ms after
/// the start (start-up); otherwise after its first temporary file appears in
/// `watch`: 0-3 ms after (while it writes, syncs, keeps the backup, renames,
/// or writes the next file), or one time in four 0-30 ms after (so that
/// many finish, and the ledger has much to check). Returns whether it
/// finished first, and the delay.
fn spawn_and_kill(
    writer: &mut std::process::Command,
    watch: &Path,
    iteration: u64,
    rng: &mut XorShift,
    tally: &mut Tally,
) -> (bool, Duration) {
    let delay = Duration::from_micros(if iteration % 4 == 1 {
        rng.below(30_001)
    } else {
        rng.below(3_001)
    });
    let before = snapshot(watch);
    let stale = temp_files(watch);
    let mut child = writer.spawn().expect("spawn writer");
    if !iteration.is_multiple_of(4) {
        let deadline = Instant::now() + Duration::from_secs(10);
        while temp_files(watch).iter().all(|name| stale.contains(name))
            && child.try_wait().expect("try_wait").is_none()
            && Instant::now() < deadline
        {
            std::thread::sleep(Duration::from_micros(100));
        }
    }
    std::thread::sleep(delay);
    // SIGKILL on Unix; an error means it had already exited, which is fine.
    let _ = child.kill();
    let status = child.wait().expect("wait for the writer");
    if status.success() {
        tally.finished += 1;
    } else if temp_files(watch).len() > stale.len() {
        tally.mid_write += 1;
    } else if snapshot(watch) == before {
        tally.unchanged += 1;
    } else {
        tally.changed += 1;
    }
    (status.success(), delay)
}

/// Runs `xiaoshi` and returns its JSON output, insisting on exit 0.
fn json_of(mut command: std::process::Command, context: &str) -> serde_json::Value {
    let output = command
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .output()
        .expect("run a reader");
    let out = String::from_utf8_lossy(&output.stdout);
    let err = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success(),
        "{context}: {:?}\nstdout: {out}\nstderr: {err}",
        output.status
    );
    assert!(!err.contains("panicked"), "{context}: {err}");
    serde_json::from_str(&out).unwrap_or_else(|error| panic!("{context}: {error}\n{out}"))
}

/// Every acknowledged promise is in the journal's export.
fn check_ledger(home: &Path, ledger: &[Promise], context: &str) {
    let mut export = spawnable(home);
    export.args(["journal", "export", "--format", "json"]);
    let export = json_of(export, &format!("export after {context}"));
    let events = export["events"].as_array().expect("events");
    let ids: std::collections::HashSet<&str> = events
        .iter()
        .filter_map(|event| event["id"].as_str())
        .collect();
    let notes: std::collections::HashSet<&str> = events
        .iter()
        .filter_map(|event| event["note"].as_str())
        .collect();
    for promise in ledger {
        match promise {
            Promise::Note(note) => assert!(
                notes.contains(note.as_str()),
                "{context}: an acknowledged note is lost: {}",
                note.chars().take(20).collect::<String>()
            ),
            Promise::Ids(wanted) => {
                let lost: Vec<&String> = wanted
                    .iter()
                    .filter(|id| !ids.contains(id.as_str()))
                    .collect();
                assert!(
                    lost.is_empty(),
                    "{context}: {} acknowledged imported events lost, e.g. {:?}",
                    lost.len(),
                    lost.first()
                );
            }
        }
    }
}

/// `iterations` journal writers killed at random moments, in homes of 10
/// writes each. After every kill the journal must load and hold every
/// write that was acknowledged (exit 0); after a write that finishes, no
/// temporary file may be left anywhere in the home.
fn kill_journal_writes(first: u64, iterations: u64) {
    const HOME_EVERY: u64 = 10;
    let started = Instant::now();
    let scratch = home();
    let reader_now = "2026-12-31T12:00:00+08:00";
    let mut tally = Tally::default();
    let mut acknowledged = 0usize;
    let mut home = common::home();
    let mut ledger: Vec<Promise> = Vec::new();
    let finish_home = |home: &Path, ledger: &[Promise], acknowledged: &mut usize| {
        // One more write that is allowed to finish cleans up after the
        // killed ones, and must leave no temporary file anywhere.
        let out = ok(
            at(home, "2027-01-05T10:00:00+08:00").args(["done", "--note", "the last one"]),
            "the final write",
        );
        assert!(out.contains("2027-01-05"), "{out}");
        for dir in [home.to_path_buf(), home.join("journal")] {
            assert_eq!(
                temp_files(&dir),
                Vec::<String>::new(),
                "temporary files left in {} after the next write",
                dir.display()
            );
        }
        check_ledger(home, ledger, "the final write");
        *acknowledged += ledger
            .iter()
            .map(|promise| match promise {
                Promise::Note(_) => 1,
                Promise::Ids(ids) => ids.len(),
            })
            .sum::<usize>();
    };
    for iteration in first..first + iterations {
        if iteration % HOME_EVERY == 0 && iteration > first {
            finish_home(home.path(), &ledger, &mut acknowledged);
            home = common::home();
            ledger.clear();
        }
        let journal = home.path().join("journal");
        fs::create_dir_all(&journal).expect("journal folder");
        let mut rng = XorShift::new(iteration);
        let (mut writer, what, promise) =
            kill_test_writer(home.path(), scratch.path(), iteration, &mut rng);
        let (finished, delay) =
            spawn_and_kill(&mut writer, &journal, iteration, &mut rng, &mut tally);
        if finished {
            ledger.push(promise);
        }
        let context = format!("iteration {iteration}: {what}, killed after {delay:?}");
        check_ledger(home.path(), &ledger, &context);
        if iteration % 5 == 0 {
            // Both readers at once: they share the read lock.
            let spawn_reader = |args: &[&str]| {
                spawnable(home.path())
                    .args(args)
                    .env("XIAOSHI_NOW", reader_now)
                    .stdout(Stdio::piped())
                    .stderr(Stdio::piped())
                    .spawn()
                    .expect("spawn reader")
            };
            let status_child = spawn_reader(&["status", "--json"]);
            let why_child = spawn_reader(&["why"]);
            for (name, child) in [("status", status_child), ("why", why_child)] {
                let (code, out, err) = finish(child, name);
                assert_eq!(
                    code, 0,
                    "{name} after {context}\nstdout: {out}\nstderr: {err}"
                );
                assert!(!err.contains("panicked"), "{name} after {context}: {err}");
            }
        }
    }
    finish_home(home.path(), &ledger, &mut acknowledged);
    eprintln!(
        "{iterations} kills of journal writes in {:?}: {} before any write, \
         {} left a temporary file, {} after a write, {} finished first; \
         {acknowledged} acknowledged events (notes and imported events), 0 lost",
        started.elapsed(),
        tally.unchanged,
        tally.mid_write,
        tally.changed,
        tally.finished,
    );
    note_kill_coverage(&tally);
}

#[test]
fn sigkill_journal_writes_first_500() {
    kill_journal_writes(0, 500);
}

#[test]
fn sigkill_journal_writes_second_500() {
    kill_journal_writes(100_000, 500);
}

/// `iterations` workshop writers killed at random moments: pledges into a
/// session of 40 participants (each iteration pledges for its own
/// participant, so every acknowledged pledge must stay exactly as made),
/// new sessions, and pledge exports to a folder of the user's. After every
/// kill every session file must load and hold every acknowledged pledge; a
/// pledge export is whole or absent; after a write that finishes, no
/// temporary file is left.
#[test]
fn sigkill_workshop_writes_500() {
    const ITERATIONS: u64 = 500;
    const PARTICIPANTS: u64 = 40;
    let started = Instant::now();
    let mut tally = Tally::default();
    let mut acknowledged = 0usize;
    let names: Vec<String> = (1..=PARTICIPANTS).map(|n| format!("居民{n}")).collect();
    let now = "2026-11-24T10:00:00+08:00";
    let workshop = |home: &Path, args: &[&str]| {
        let mut command = spawnable(home);
        command.arg("workshop").args(args).env("XIAOSHI_NOW", now);
        command
    };
    let mut home = common::home();
    let mut out_dir = common::home();
    let mut session = String::new();
    let mut ledger: Vec<(String, String)> = Vec::new();
    let check = |home: &Path, session: &str, ledger: &[(String, String)], context: &str| {
        let report = json_of(
            workshop(home, &["report", session, "--format", "json"]),
            &format!("report after {context}"),
        );
        let participants = report["participants"].as_array().expect("participants");
        for (name, words) in ledger {
            let found = participants
                .iter()
                .find(|p| p["name"] == name.as_str())
                .and_then(|p| p["pledge"]["words"].as_str());
            assert_eq!(
                found,
                Some(words.as_str()),
                "{context}: {name}'s acknowledged pledge is lost"
            );
        }
        let list = json_of(workshop(home, &["list", "--json"]), context);
        for row in list.as_array().expect("rows") {
            assert!(row.get("error").is_none(), "{context}: {row}");
        }
    };
    for iteration in 0..ITERATIONS {
        let slot = iteration % PARTICIPANTS;
        if slot == 0 {
            if !session.is_empty() {
                acknowledged += ledger.len();
                finish_session(home.path(), out_dir.path(), &session, &names, &mut ledger);
                check(home.path(), &session, &ledger, "the final writes");
                home = common::home();
                out_dir = common::home();
                ledger.clear();
            }
            let dealt = json_of(
                workshop(
                    home.path(),
                    &[
                        "deal",
                        "--participants",
                        &names.join(","),
                        "--hand",
                        "1",
                        "--seed",
                        &iteration.to_string(),
                        "--save",
                        "--json",
                    ],
                ),
                "a new session",
            );
            session = dealt["session"].as_str().expect("session").to_string();
        }
        let sessions = home.path().join("workshops");
        let mut rng = XorShift::new(1_000_000 + iteration);
        let name = &names[slot as usize];
        let words = format!(
            "w-{iteration}-{}",
            "修好楼道灯".repeat(rng.below(20) as usize)
        );
        let choice = rng.below(10);
        let (mut writer, watch, what) = if choice < 7 || ledger.is_empty() {
            let writer = workshop(
                home.path(),
                &["pledge", &session, name, "joker-red", "--words", &words],
            );
            (writer, sessions.clone(), format!("pledge for {name}"))
        } else if choice < 9 {
            let (pledged, _) = &ledger[rng.below(ledger.len() as u64) as usize];
            let out = out_dir.path().join(format!("pledge-{iteration}.json"));
            let writer = workshop(
                home.path(),
                &[
                    "pledge-export",
                    &session,
                    pledged,
                    "--out",
                    out.to_str().expect("path"),
                ],
            );
            (
                writer,
                out_dir.path().to_path_buf(),
                format!("pledge export for {pledged}"),
            )
        } else {
            let writer = workshop(
                home.path(),
                &["deal", "--participants", "甲,乙", "--seed", "7", "--save"],
            );
            (writer, sessions.clone(), "a new session".to_string())
        };
        writer.stdout(Stdio::null()).stderr(Stdio::null());
        let (finished, delay) =
            spawn_and_kill(&mut writer, &watch, iteration, &mut rng, &mut tally);
        if finished && what.starts_with("pledge for") {
            ledger.push((name.clone(), words));
        }
        let context = format!("iteration {iteration}: {what}, killed after {delay:?}");
        check(home.path(), &session, &ledger, &context);
        // An export is whole or absent, never half a file.
        for entry in fs::read_dir(out_dir.path()).expect("out folder") {
            let path = entry.expect("entry").path();
            if path.extension().is_some_and(|ext| ext == "json") {
                let text = fs::read_to_string(&path).expect("read export");
                serde_json::from_str::<serde_json::Value>(&text)
                    .unwrap_or_else(|error| panic!("{context}: {}: {error}", path.display()));
            }
        }
    }
    acknowledged += ledger.len();
    finish_session(home.path(), out_dir.path(), &session, &names, &mut ledger);
    check(home.path(), &session, &ledger, "the final writes");
    eprintln!(
        "{ITERATIONS} kills of workshop writes in {:?}: {} before any write, \
         {} left a temporary file, {} after a write, {} finished first; \
         {acknowledged} acknowledged pledges, 0 lost",
        started.elapsed(),
        tally.unchanged,
        tally.mid_write,
        tally.changed,
        tally.finished,
    );
    note_kill_coverage(&tally);
}

/// A pledge and a pledge export that finish: afterwards no temporary file
/// is left in the sessions' folder or the export folder.
fn finish_session(
    home: &Path,
    out_dir: &Path,
    session: &str,
    names: &[String],
    ledger: &mut Vec<(String, String)>,
) {
    let mut pledge = spawnable(home);
    pledge
        .args([
            "workshop",
            "pledge",
            session,
            &names[0],
            "joker-black",
            "--words",
            "最后一个",
        ])
        .env("XIAOSHI_NOW", "2026-11-24T10:00:00+08:00");
    let status = pledge.stdout(Stdio::null()).status().expect("pledge");
    assert!(status.success(), "the final pledge");
    ledger.retain(|(name, _)| *name != names[0]);
    ledger.push((names[0].clone(), "最后一个".to_string()));
    let out = out_dir.join("final.json");
    let mut export = spawnable(home);
    export
        .args(["workshop", "pledge-export", session, &names[0], "--out"])
        .arg(&out)
        .env("XIAOSHI_NOW", "2026-11-24T10:00:00+08:00");
    let status = export.stdout(Stdio::null()).status().expect("export");
    assert!(status.success(), "the final export");
    for dir in [
        home.join("workshops"),
        out_dir.to_path_buf(),
        home.to_path_buf(),
    ] {
        assert_eq!(
            temp_files(&dir),
            Vec::<String>::new(),
            "temporary files left in {} after the next write",
            dir.display()
        );
    }
}

/// How a damaged month file must be reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Damage {
    Parse,
    Newer,
}

/// `text` contains `path:LINE:COLUMN:`.
fn has_position(text: &str, path: &str) -> bool {
    text.match_indices(&format!("{path}:"))
        .any(|(start, found)| {
            let rest = &text[start + found.len()..];
            let mut parts = rest.splitn(3, ':');
            let line = parts.next().unwrap_or("");
            let column = parts.next().unwrap_or("");
            parts.next().is_some()
                && !line.is_empty()
                && line.bytes().all(|b| b.is_ascii_digit())
                && !column.is_empty()
                && column.bytes().all(|b| b.is_ascii_digit())
        })
}

#[test]
fn corrupt_truncated_and_newer_journals_are_refused_and_left_untouched() {
    let home = home();
    for day in 2..=4 {
        ok(
            at(home.path(), &format!("2026-11-0{day}T10:00:00+08:00")).args([
                "done",
                "--note",
                &format!("day {day} in the stairwell"),
            ]),
            "a check-in",
        );
    }
    let journal = home.path().join("journal");
    let month = journal.join("2026-11.ron");
    let backup = journal.join("2026-11.ron.bak");
    assert!(backup.exists(), "three writes leave a backup");
    let original = fs::read(&month).expect("month file");
    let saved_backup = fs::read(&backup).expect("backup");

    // A valid export with events in the damaged month, from another home.
    let other = common::home();
    ok(
        at(other.path(), "2026-11-05T10:00:00+08:00").args(["done", "--note", "elsewhere"]),
        "a check-in elsewhere",
    );
    let export = ok(
        xiaoshi(other.path()).args(["journal", "export", "--format", "json"]),
        "export",
    );
    let export_file = other.path().join("export.json");
    fs::write(&export_file, export).expect("write export");

    let mut invalid_utf8 = original[..40].to_vec();
    invalid_utf8.extend_from_slice(&[0xff, 0xfe, 0xc3]);
    invalid_utf8.extend_from_slice(&original[40..]);
    let cases: Vec<(&str, Vec<u8>, Damage)> = vec![
        (
            "truncated",
            original[..original.len() / 2].to_vec(),
            Damage::Parse,
        ),
        ("truncated early", original[..7].to_vec(), Damage::Parse),
        (
            "garbage",
            b"\x00\x07}{ ][ garbage ::: <not a journal> \x1b[31m\n\t))))".to_vec(),
            Damage::Parse,
        ),
        ("invalid UTF-8", invalid_utf8, Damage::Parse),
        (
            "newer",
            b"(version: 99, events: [])".to_vec(),
            Damage::Newer,
        ),
    ];
    let shown = month.display().to_string();
    for (name, bytes, damage) in &cases {
        for with_backup in [true, false] {
            fs::write(&month, bytes).expect("damage the month file");
            if with_backup {
                fs::write(&backup, &saved_backup).expect("restore backup");
            } else {
                let _ = fs::remove_file(&backup);
            }
            let before = snapshot(&journal);
            let commands: [(&str, Vec<String>); 3] = [
                ("status", vec!["status".into()]),
                ("done", vec!["done".into(), "--note".into(), "x".into()]),
                (
                    "import",
                    vec![
                        "journal".into(),
                        "import".into(),
                        export_file.display().to_string(),
                    ],
                ),
            ];
            for (command, args) in commands {
                let context = format!("{name} (backup: {with_backup}), {command}");
                let (code, out, err) =
                    run(at(home.path(), "2026-11-05T10:00:00+08:00").args(&args));
                assert_eq!(
                    code, 1,
                    "{context}: exit {code}\nstdout: {out}\nstderr: {err}"
                );
                assert_eq!(out, "", "{context}: nothing on stdout");
                assert!(!err.contains("panicked"), "{context}: {err}");
                assert!(err.contains(&shown), "{context}: names the file\n{err}");
                match damage {
                    Damage::Parse => {
                        assert!(has_position(&err, &shown), "{context}: line:column\n{err}");
                        if with_backup {
                            assert!(
                                err.contains(&backup.display().to_string()),
                                "{context}: points at the backup\n{err}"
                            );
                        } else {
                            assert!(!err.contains(".bak"), "{context}: no backup exists\n{err}");
                        }
                    }
                    Damage::Newer => {
                        assert!(
                            err.contains("written by a newer xiaoshi"),
                            "{context}: {err}"
                        );
                    }
                }
                assert_eq!(
                    fs::read(&month).expect("month file"),
                    *bytes,
                    "{context}: the month file is byte-for-byte unchanged"
                );
                assert_eq!(
                    snapshot(&journal),
                    before,
                    "{context}: nothing else changed"
                );
            }
        }
    }

    // Restored, the journal works again, and the damage never reached it.
    fs::write(&month, &original).expect("restore");
    let history = ok(
        at(home.path(), "2026-11-05T10:00:00+08:00").args(["history", "--json"]),
        "history",
    );
    let history: serde_json::Value = serde_json::from_str(&history).expect("JSON");
    assert_eq!(history.as_array().map(Vec::len), Some(3), "{history}");
}

#[test]
fn export_then_import_into_a_fresh_home_is_the_identity() {
    let source = home();
    let notes = [
        "给王阿姨送了快递，她说「谢谢」, \"不客气\"",
        "楼道里贴了通知, 写着 \"周六一起打扫\"，'欢迎'参加",
        "补卡：帮 3 楼搬米, 说好\"下次\"再聊",
        "逗号,,, 引号\"\"\" 和换行\n第二行",
    ];
    let steps: Vec<(&str, Vec<&str>)> = vec![
        ("2026-11-02T09:00:00+08:00", vec!["draw"]),
        (
            "2026-11-02T21:00:00+08:00",
            vec!["done", "--note", notes[0]],
        ),
        ("2026-11-03T08:00:00+08:00", vec!["draw"]),
        ("2026-11-03T08:00:00+08:00", vec!["done"]),
        ("2026-11-03T08:30:00+08:00", vec!["undo"]),
        ("2026-11-03T08:30:00+08:00", vec!["draw", "--redraw"]),
        (
            "2026-11-03T20:00:00+08:00",
            vec!["done", "--note", notes[1]],
        ),
        (
            "2026-11-05T07:00:00+08:00",
            // 11-04 had no card: the backfill names what was done (a
            // credit, its own words in the export's note column).
            vec![
                "done",
                "--yesterday",
                "--note",
                notes[2],
                "--own",
                "搬米, \"顺路\"",
            ],
        ),
        (
            "2026-11-05T07:00:00+08:00",
            vec!["done", "--note", notes[3]],
        ),
        ("2026-12-01T07:00:00+08:00", vec!["draw"]),
    ];
    for (now, args) in &steps {
        ok(
            at(source.path(), now).args(args),
            &format!("{args:?} at {now}"),
        );
    }
    let export = |home: &Path, format: &str| {
        ok(
            xiaoshi(home).args(["journal", "export", "--format", format]),
            &format!("export {format}"),
        )
    };
    let json = export(source.path(), "json");
    let csv = export(source.path(), "csv");
    let events = serde_json::from_str::<serde_json::Value>(&json).expect("JSON")["events"]
        .as_array()
        .expect("events")
        .len();
    assert!(events >= 12, "{json}");
    for note in notes {
        assert!(
            json.contains(&serde_json::to_string(note).expect("json string")),
            "{note} is exported"
        );
    }

    let files = home();
    for (format, text) in [("json", &json), ("csv", &csv)] {
        let file = files.path().join(format!("export.{format}"));
        fs::write(&file, text).expect("write export");
        let fresh = home();
        let import = |what: &str| {
            ok(
                at(fresh.path(), "2026-12-02T10:00:00+08:00")
                    .args(["journal", "import"])
                    .arg(&file),
                what,
            )
        };
        let out = import(&format!("import {format}"));
        assert!(
            out.contains(&format!(
                "New events imported: {events} ({events} in the file"
            )),
            "{format}: {out}"
        );
        // The same events; the export also says which device it is from,
        // and the fresh home is another one.
        let events_of = |text: &str| -> serde_json::Value {
            serde_json::from_str::<serde_json::Value>(text).expect("json")["events"].clone()
        };
        assert_eq!(
            events_of(&export(fresh.path(), "json")),
            events_of(&json),
            "{format}: JSON export identical"
        );
        assert_eq!(
            export(fresh.path(), "csv"),
            csv,
            "{format}: CSV export identical"
        );
        let history = |home: &Path| {
            ok(
                at(home, "2026-12-02T10:00:00+08:00").args(["history", "--json"]),
                "history",
            )
        };
        assert_eq!(
            history(fresh.path()),
            history(source.path()),
            "{format}: history"
        );

        let before = snapshot(fresh.path());
        let out = import(&format!("import {format} again"));
        assert!(
            out.contains(&format!("New events imported: 0 ({events} in the file")),
            "{format}: {out}"
        );
        assert_eq!(
            snapshot(fresh.path()),
            before,
            "{format}: the second import changes no byte"
        );
    }
}
