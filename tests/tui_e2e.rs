//! End-to-end tests of the TUI: the real binary in a real (virtual) terminal.
//!
//! Each test starts its own tmux server (`tmux -L <unique socket>`), runs
//! `xiaoshi` in a detached session of a fixed size, sends keys with
//! `tmux send-keys` and reads the screen with `tmux capture-pane -p`, polling
//! until the expected text shows (never sleeping blindly). The pane's shell
//! prints the exit code and whether the tty's settings came back, then stays
//! alive, so both can be read after the TUI has gone.
//!
//! Skipped (with a message) only when `tmux -V` cannot run; CI installs tmux.

mod common;

use std::path::Path;
use std::process::{Command, Output};
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

const NOW: &str = "2026-11-20T08:00:00+08:00";
const TZ: &str = "Asia/Shanghai";
const NOTE: &str = "帮王阿姨收了快递";
const TIMEOUT: Duration = Duration::from_secs(10);
const POLL: Duration = Duration::from_millis(50);

/// Whether tmux can run; if not, says why the test is skipped.
fn tmux_available() -> bool {
    match Command::new("tmux").arg("-V").output() {
        Ok(output) if output.status.success() => true,
        Ok(output) => {
            println!(
                "skipped: tmux not installed (`tmux -V` failed: {})",
                String::from_utf8_lossy(&output.stderr).trim()
            );
            false
        }
        Err(error) => {
            println!("skipped: tmux not installed (`tmux -V`: {error})");
            false
        }
    }
}

/// A private tmux server, killed when dropped (also when a test fails).
struct Server {
    socket: String,
}

impl Server {
    fn new(test: &str) -> Server {
        static COUNT: AtomicU32 = AtomicU32::new(0);
        let nanos = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.subsec_nanos());
        let socket = format!(
            "xiaoshi-e2e-{}-{test}-{}-{nanos}",
            std::process::id(),
            COUNT.fetch_add(1, Ordering::Relaxed)
        );
        Server { socket }
    }

    /// `tmux` on this server: UTF-8 forced, no user config, a known shell and
    /// locale, and never the developer's own tmux session.
    fn tmux(&self, args: &[&str]) -> Output {
        Command::new("tmux")
            .args(["-L", &self.socket, "-u", "-f", "/dev/null"])
            .args(args)
            .env_remove("TMUX")
            .env_remove("TMUX_PANE")
            .env("LANG", "C.UTF-8")
            .env("LC_ALL", "C.UTF-8")
            .env("TERM", "xterm-256color")
            .env("SHELL", "/bin/sh")
            .output()
            .expect("tmux runs")
    }

    /// Like [`Server::tmux`], failing the test if tmux does.
    fn ok(&self, args: &[&str]) -> String {
        let output = self.tmux(args);
        assert!(
            output.status.success(),
            "tmux {args:?} failed: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8_lossy(&output.stdout).into_owned()
    }

    /// Starts `xiaoshi --no-anim` in a new detached session `name` of
    /// `width`x`height`, in English, at the fixed time [`NOW`].
    fn open(&self, name: &str, home: &Path, width: u16, height: u16) -> Pane<'_> {
        let binary = quote(&common::binary().to_string_lossy());
        let home = quote(&home.to_string_lossy());
        // `env -i`: nothing from the developer's environment (XIAOSHI_LANG,
        // NO_COLOR, …) reaches the TUI. The shell around it records the
        // exit code and whether the tty's settings (raw mode) came back.
        let command = format!(
            "saved=$(stty -g); \
             env -i HOME={home} XIAOSHI_HOME={home} TERM=xterm-256color \
             LANG=en_US.UTF-8 TZ={TZ} XIAOSHI_NOW={NOW} {binary} --no-anim; \
             echo XIAOSHI-EXITED-$?; \
             if [ \"$(stty -g)\" = \"$saved\" ]; then echo TTY-RESTORED; else echo TTY-CHANGED; fi; \
             sleep 60"
        );
        self.ok(&[
            "new-session",
            "-d",
            "-s",
            name,
            "-x",
            &width.to_string(),
            "-y",
            &height.to_string(),
            &command,
        ]);
        Pane {
            server: self,
            target: name.to_string(),
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        // tmux leaves its socket file behind: remove it too.
        let socket = self.tmux(&["display-message", "-p", "#{socket_path}"]);
        let _ = self.tmux(&["kill-server"]);
        let path = String::from_utf8_lossy(&socket.stdout).trim().to_string();
        if socket.status.success() && !path.is_empty() {
            let _ = std::fs::remove_file(path);
        }
    }
}

/// Single quotes for `sh`.
fn quote(text: &str) -> String {
    format!("'{}'", text.replace('\'', r"'\''"))
}

/// The pane of one session.
struct Pane<'s> {
    server: &'s Server,
    target: String,
}

impl Pane<'_> {
    fn capture(&self) -> String {
        self.server.ok(&["capture-pane", "-p", "-t", &self.target])
    }

    /// Keys by tmux name (`c`, `Enter`, `Escape`, `C-c`).
    fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", &self.target];
        args.extend_from_slice(keys);
        self.server.ok(&args);
    }

    /// Text sent as is, character by character (`send-keys -l`).
    fn type_text(&self, text: &str) {
        self.server
            .ok(&["send-keys", "-t", &self.target, "-l", text]);
    }

    fn resize(&self, width: u16, height: u16) {
        self.server.ok(&[
            "resize-window",
            "-t",
            &self.target,
            "-x",
            &width.to_string(),
            "-y",
            &height.to_string(),
        ]);
    }

    /// A tmux format about the pane, e.g. `#{alternate_on}`.
    fn format(&self, format: &str) -> String {
        self.server
            .ok(&["display-message", "-p", "-t", &self.target, format])
            .trim()
            .to_string()
    }
}

/// Captures the pane every [`POLL`] until `predicate` holds; fails after
/// `timeout` with the last capture. Returns the matching capture.
fn wait_for(
    pane: &Pane,
    what: &str,
    predicate: impl Fn(&str) -> bool,
    timeout: Duration,
) -> String {
    let start = Instant::now();
    loop {
        let screen = pane.capture();
        if predicate(&screen) {
            return screen;
        }
        if start.elapsed() > timeout {
            panic!(
                "timed out after {timeout:?} waiting for {what}; the screen was:\n\
                 ----------------\n{screen}\n----------------"
            );
        }
        std::thread::sleep(POLL);
    }
}

/// Waits until every one of `texts` is on the screen.
fn wait_text(pane: &Pane, texts: &[&str]) -> String {
    wait_for(
        pane,
        &format!("{texts:?}"),
        |screen| texts.iter().all(|text| screen.contains(text)),
        TIMEOUT,
    )
}

/// Waits until the TUI has quit with exit code 0, then checks that it left
/// the terminal as it found it: main screen, cursor shown, tty settings back,
/// nothing of the TUI left on the screen.
fn assert_quit_cleanly(pane: &Pane, tui_texts: &[&str]) {
    let screen = wait_for(
        pane,
        "the exit line",
        |screen| screen.contains("XIAOSHI-EXITED-") && screen.contains("TTY-"),
        TIMEOUT,
    );
    assert!(
        screen.contains("XIAOSHI-EXITED-0"),
        "xiaoshi did not exit with 0:\n{screen}"
    );
    assert!(
        screen.contains("TTY-RESTORED"),
        "raw mode (or another tty setting) was left on:\n{screen}"
    );
    for text in tui_texts {
        assert!(
            !screen.contains(text),
            "{text:?} is still on the screen: the alternate screen was not left\n{screen}"
        );
    }
    assert_eq!(
        pane.format("#{alternate_on}"),
        "0",
        "still in the alternate screen"
    );
    assert_eq!(
        pane.format("#{cursor_flag}"),
        "1",
        "the cursor is still hidden"
    );
}

/// `xiaoshi status --json` with the same home, clock and zone as the TUI.
fn status_json(home: &Path) -> serde_json::Value {
    let (code, stdout, stderr) = common::run(
        common::xiaoshi(home)
            .env("TZ", TZ)
            .env("XIAOSHI_NOW", NOW)
            .args(["status", "--json"]),
    );
    assert_eq!(code, 0, "status --json failed: {stderr}");
    serde_json::from_str(&stdout).expect("status --json prints JSON")
}

/// A card's top corner as the TUI draws it: `8 ♣`, `A ♥`, `JOKER ★`.
fn corner(card: &serde_json::Value) -> String {
    let symbol = match card["suit"].as_str() {
        Some("hearts") => "♥",
        Some("spades") => "♠",
        Some("clubs") => "♣",
        Some("diamonds") => "♦",
        _ => "★",
    };
    let rank = card["rank"].as_str().unwrap_or("JOKER");
    format!("│ {rank} {symbol}")
}

#[test]
fn check_in_note_language_resize_quit_and_reopen() {
    if !tmux_available() {
        return;
    }
    let started = Instant::now();
    let home = common::home();
    let server = Server::new("main");
    let pane = server.open("x", home.path(), 100, 30);

    // Opening draws today's card.
    let first = wait_text(&pane, &["Round 1", "day 1/21", "◉ not done yet", "q quit"]);
    assert_eq!(
        pane.format("#{alternate_on}"),
        "1",
        "not in the alternate screen"
    );
    let status = status_json(home.path());
    let card = &status["today"]["card"];
    assert!(card.is_object(), "no card drawn: {status}");
    let title = card["title"]["en"].as_str().expect("an English title");
    let first_word = title.split(' ').next().expect("a word");
    assert!(
        first.contains(&corner(card)) && first.contains(first_word),
        "today's card {} ({title}) is not on the home screen:\n{first}",
        card["id"]
    );

    // c checks in.
    pane.keys(&["c"]);
    wait_text(
        &pane,
        &[
            "✓ done",
            "Streak  1 ",
            "Checked in for 2026-11-20: round 1, day 1/21, streak 1.",
        ],
    );

    // n opens the note editor; Chinese text goes in as typed; Enter saves.
    pane.keys(&["n"]);
    wait_text(&pane, &["Today's note", "Enter save"]);
    pane.type_text(NOTE);
    wait_text(&pane, &["Today's note", NOTE]);
    pane.keys(&["Enter"]);
    let saved = wait_for(
        &pane,
        "the note on the home screen, the editor closed",
        |screen| {
            screen.contains(&format!("Note  {NOTE}"))
                && screen.contains("Note updated.")
                && !screen.contains("Today's note")
        },
        TIMEOUT,
    );
    assert!(saved.contains("✓ done"), "{saved}");

    // l switches to Chinese.
    pane.keys(&["l"]);
    wait_text(
        &pane,
        &["第 1 轮", "✓ 已完成", &format!("备注  {NOTE}"), "q 退出"],
    );

    // Too small: the enlarge message, and nothing of the layout.
    pane.resize(50, 15);
    let small = wait_text(&pane, &["请把终端放大到至少 60x20", "50x15"]);
    assert!(
        !small.contains("已完成"),
        "home drawn while too small:\n{small}"
    );

    // Big again: the home screen is back, laid out for 120x40.
    pane.resize(120, 40);
    let big = wait_for(
        &pane,
        "home at 120x40",
        |screen| {
            screen.contains("✓ 已完成")
                && screen.contains(&format!("备注  {NOTE}"))
                && !screen.contains("请把终端放大")
                && screen.lines().nth(39).is_some_and(|l| l.contains("q 退出"))
        },
        TIMEOUT,
    );
    assert!(big.contains(&corner(card)), "{big}");

    // q quits with 0 and restores the terminal.
    pane.keys(&["q"]);
    assert_quit_cleanly(&pane, &["q 退出", "第 1 轮", "已完成", NOTE]);

    // Reopened with the same home: the check-in and the note are kept (and
    // the card is not drawn again).
    let again = server.open("y", home.path(), 100, 30);
    let reopened = wait_text(
        &again,
        &[
            "Round 1",
            "✓ done",
            "Streak  1 ",
            &format!("Note  {NOTE}"),
            "q quit",
        ],
    );
    assert!(reopened.contains(&corner(card)), "{reopened}");
    // Esc on the home screen quits too.
    again.keys(&["Escape"]);
    assert_quit_cleanly(&again, &["q quit", "Round 1", NOTE]);

    let status = status_json(home.path());
    assert_eq!(status["date"], "2026-11-20", "{status}");
    assert_eq!(status["today"]["done"], true, "{status}");
    assert_eq!(status["today"]["note"], NOTE, "{status}");
    assert_eq!(status["today"]["card"]["id"], card["id"], "{status}");
    assert_eq!(status["round"]["checked_in"], 1, "{status}");
    assert_eq!(status["streak"]["current"], 1, "{status}");
    println!("tui e2e scenario took {:?}", started.elapsed());
}

#[test]
fn ctrl_c_quits_even_while_typing_and_restores_the_terminal() {
    if !tmux_available() {
        return;
    }
    let started = Instant::now();
    let home = common::home();
    let server = Server::new("ctrlc");
    let pane = server.open("x", home.path(), 100, 30);
    wait_text(&pane, &["Round 1", "q quit"]);

    // In the note editor letters are text, but Ctrl-C still quits.
    pane.keys(&["n"]);
    wait_text(&pane, &["Today's note"]);
    pane.type_text("qx");
    wait_text(&pane, &["Today's note", "qx"]);
    pane.keys(&["C-c"]);
    assert_quit_cleanly(&pane, &["q quit", "Round 1", "Today's note"]);

    // Nothing was checked in, and the unsaved note was dropped.
    let status = status_json(home.path());
    assert_eq!(status["today"]["done"], false, "{status}");
    assert!(status["today"]["note"].is_null(), "{status}");
    println!("tui e2e ctrl-c took {:?}", started.elapsed());
}
