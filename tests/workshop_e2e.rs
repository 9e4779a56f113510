//! End to end: a facilitator runs a three-person workshop in the real binary
//! in tmux (deal, spotlight each, one swap, a pledge with a date, end, quit),
//! then the report commands read the saved session, and `resume` reopens it
//! on the summary. Skipped (with a message) when tmux cannot run.

mod common;

use common::tmux::{Server, TIMEOUT, assert_quit_cleanly, tmux_available, wait_for, wait_text};

const NOW: &str = "2026-11-24T10:00:00+08:00";
const SESSION: &str = "2026-11-24-N0VZH";

#[test]
fn a_workshop_from_setup_to_report_and_resume() {
    if !tmux_available() {
        return;
    }
    let home = common::home();
    let server = Server::new("workshop");
    let args = "workshop --participants '王阿姨,李叔叔,小明' --seed 42 --lang en";
    let pane = server.open_with("w", home.path(), (100, 30), NOW, args);

    // Setup: the three names, the seed and its code.
    wait_text(
        &pane,
        &["Participants (3)", "王阿姨", "李叔叔", "小明", "N0VZH"],
    );
    pane.keys(&["Enter"]);
    wait_text(
        &pane,
        &["▶ 王阿姨", "1 of 3", "swap: one left this deal", "Dealt 3"],
    );

    // One swap, then the timer starts and shows.
    pane.keys(&["2", "s"]);
    wait_text(&pane, &["swap: used this deal", "王阿姨 swapped"]);
    pane.keys(&["Space"]);
    wait_text(&pane, &["timer running"]);

    // A pledge with a date: a bad one first, then a good one.
    pane.keys(&["Enter"]);
    wait_text(&pane, &["王阿姨's pledge", "By when"]);
    pane.type_text("12/01");
    pane.keys(&["Enter"]);
    wait_text(&pane, &["is not a date"]);
    pane.keys(&["C-u"]);
    pane.type_text("2026-12-01");
    pane.keys(&["Tab"]);
    pane.type_text("周六上午");
    pane.keys(&["Enter"]);
    wait_text(&pane, &["王阿姨 pledged", "by 2026-12-01", "✓ pledged"]);

    // Everyone in the spotlight in turn, and the table overview.
    pane.keys(&["n"]);
    wait_text(&pane, &["▶ 李叔叔", "2 of 3", "timer paused"]);
    pane.keys(&["n"]);
    wait_text(&pane, &["▶ 小明", "3 of 3"]);
    pane.keys(&["t"]);
    wait_text(&pane, &["cards in the shoe", "pledges 1/3", "▶ speaking"]);

    // End the session: q and Enter answer no (and do not quit), y yes.
    for no in ["q", "Enter"] {
        pane.keys(&["e"]);
        wait_text(&pane, &["End the session?", "y yes", "Enter no"]);
        pane.keys(&[no]);
        wait_for(
            &pane,
            &format!("{no}: the question gone, the session going on"),
            |screen| !screen.contains("End the session?") && screen.contains("▶ speaking"),
            TIMEOUT,
        );
    }
    pane.keys(&["e"]);
    wait_text(&pane, &["End the session?"]);
    pane.keys(&["y"]);
    wait_text(
        &pane,
        &[
            "Pledges by suit",
            "周六上午",
            SESSION,
            "Not pledged yet (2)",
            "李叔叔, 小明",
        ],
    );
    // The papers, into a folder chosen on the screen; it says where.
    let papers = home.path().join("给楼道");
    pane.keys(&["f"]);
    wait_text(&pane, &["Folder to write into"]);
    pane.keys(&["C-u"]);
    pane.type_text(&papers.to_string_lossy());
    pane.keys(&["Enter"]);
    wait_text(&pane, &["Papers now go to"]);
    pane.keys(&["a"]);
    wait_text(&pane, &["Wrote 4 files to"]);
    let mut written: Vec<String> = std::fs::read_dir(&papers)
        .expect("the folder is made")
        .map(|entry| {
            entry
                .expect("entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    written.sort();
    assert_eq!(
        written,
        [
            format!("xiaoshi-cards-{SESSION}.pdf"),
            format!("xiaoshi-notice-{SESSION}.pdf"),
            format!("xiaoshi-pledge-{SESSION}-王阿姨.json"),
            format!("xiaoshi-wechat-{SESSION}.txt"),
        ]
    );
    pane.keys(&["q"]);
    assert_quit_cleanly(&pane, &["Pledges by suit", "q quit"]);

    // The report has the pledge, in Markdown and in HTML (its date as
    // people read it).
    for (format, date) in [("md", "2026-12-01"), ("html", "12月1日前完成")] {
        let (code, stdout, stderr) = common::run(
            common::xiaoshi(home.path())
                .env("XIAOSHI_NOW", NOW)
                .args(["workshop", "report", SESSION, "--format", format]),
        );
        assert_eq!(code, 0, "report --format {format}: {stderr}");
        for text in ["王阿姨", date, "周六上午"] {
            assert!(
                stdout.contains(text),
                "{text} not in the {format} report:\n{stdout}"
            );
        }
    }

    // Resuming an ended session opens its summary.
    let again = server.open_with(
        "r",
        home.path(),
        (100, 30),
        NOW,
        "workshop resume --lang zh",
    );
    let summary = wait_for(
        &again,
        "the summary",
        |screen| screen.contains("按花色的承诺") && screen.contains("周六上午"),
        TIMEOUT,
    );
    assert!(summary.contains(SESSION), "{summary}");
    again.keys(&["Escape"]);
    assert_quit_cleanly(&again, &["按花色的承诺"]);
}

/// The rules a room tests first, in the real binary: a pledged card cannot
/// be swapped away; moving the spotlight back and forth gives no second
/// swap; a second screen on the same session opens read-only and says so,
/// and follows the first.
#[test]
fn pledges_hold_swaps_are_counted_and_a_second_screen_only_watches() {
    if !tmux_available() {
        return;
    }
    let home = common::home();
    let server = Server::new("workshop-rules");
    let args = "workshop --participants '王阿姨,李叔叔,小明' --seed 42 --lang en";
    let pane = server.open_with("w", home.path(), (100, 30), NOW, args);
    wait_text(&pane, &["Participants (3)", "N0VZH"]);
    pane.keys(&["Enter"]);
    wait_text(&pane, &["1 of 3", "swap: one left this deal"]);

    // Pledge card 2, then try to swap it away: refused, the swap unspent.
    pane.keys(&["2", "Enter"]);
    wait_text(&pane, &["王阿姨's pledge"]);
    pane.keys(&["Enter"]);
    wait_text(&pane, &["王阿姨 pledged", "✓ pledged"]);
    pane.keys(&["s"]);
    wait_text(
        &pane,
        &[
            "has pledged",
            "stays in the hand",
            "swap: one left this deal",
        ],
    );

    // Another card swaps; p then n brings her back with the swap used.
    pane.keys(&["1", "s"]);
    wait_text(&pane, &["王阿姨 swapped", "swap: used this deal"]);
    pane.keys(&["n"]);
    wait_text(&pane, &["2 of 3", "swap: one left this deal"]);
    pane.keys(&["p"]);
    wait_text(&pane, &["1 of 3", "swap: used this deal"]);
    pane.keys(&["3", "s"]);
    wait_text(&pane, &["already swapped a card in this deal"]);

    // A second screen on the same session: read-only, and it says so.
    let second = server.open_with(
        "r",
        home.path(),
        (100, 30),
        NOW,
        "workshop resume --lang en",
    );
    wait_text(
        &second,
        &["read-only: another screen is running this session"],
    );
    second.keys(&["n"]);
    wait_text(&second, &["can only be watched"]);
    // It follows what the first screen does.
    pane.keys(&["n"]);
    wait_text(&pane, &["2 of 3"]);
    wait_text(&second, &["2 of 3"]);
    second.keys(&["q"]);
    assert_quit_cleanly(&second, &["read-only"]);
    pane.keys(&["q"]);
    assert_quit_cleanly(&pane, &["2 of 3"]);

    // The session as saved: one pledge, one swap for 王阿姨.
    let (code, stdout, stderr) = common::run(
        common::xiaoshi(home.path())
            .env("XIAOSHI_NOW", NOW)
            .args(["workshop", "report", SESSION, "--format", "json"]),
    );
    assert_eq!(code, 0, "{stderr}");
    let report: serde_json::Value = serde_json::from_str(&stdout).expect("json");
    let hers = &report["participants"][0];
    let pledged = hers["pledge"]["card"].as_str().expect("pledged");
    assert!(
        hers["hand"]
            .as_array()
            .expect("hand")
            .iter()
            .any(|c| c == pledged),
        "the pledged card is still in her hand: {report}"
    );
}
