//! The tmux harness of the end-to-end tests: a private tmux server per
//! test, the real binary in a detached session of a fixed size, keys sent
//! with `send-keys`, the screen read with `capture-pane`, polling until the
//! expected text shows (never sleeping blindly).

use std::path::Path;
use std::process::{Command, Output};
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

/// The resident tests' fixed time and zone.
pub const NOW: &str = "2026-11-20T08:00:00+08:00";
pub const TZ: &str = "Asia/Shanghai";
pub const TIMEOUT: Duration = Duration::from_secs(10);
const POLL: Duration = Duration::from_millis(50);

/// Whether tmux can run; if not, fails in CI and notes the skip elsewhere
/// (see [`super::tools`]).
pub fn tmux_available() -> bool {
    super::tools::have(&super::tools::TMUX, "the end-to-end run in a terminal")
}

/// A private tmux server, killed when dropped (also when a test fails).
pub struct Server {
    socket: String,
}

impl Server {
    pub fn new(test: &str) -> Server {
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
    pub fn tmux(&self, args: &[&str]) -> Output {
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
    pub fn ok(&self, args: &[&str]) -> String {
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
    pub fn open(&self, name: &str, home: &Path, width: u16, height: u16) -> Pane<'_> {
        self.open_with(name, home, (width, height), NOW, "--no-anim")
    }

    /// Starts `xiaoshi ARGS` (already quoted for `sh`) like [`Server::open`],
    /// at the time `now`.
    pub fn open_with(
        &self,
        name: &str,
        home: &Path,
        (width, height): (u16, u16),
        now: &str,
        args: &str,
    ) -> Pane<'_> {
        let binary = quote(&super::binary().to_string_lossy());
        let home = quote(&home.to_string_lossy());
        // `env -i`: nothing from the developer's environment (XIAOSHI_LANG,
        // NO_COLOR, …) reaches the TUI. The shell around it records the
        // exit code and whether the tty's settings (raw mode) came back.
        let command = format!(
            "saved=$(stty -g); \
             env -i HOME={home} XIAOSHI_HOME={home} TERM=xterm-256color \
             LANG=en_US.UTF-8 TZ={TZ} XIAOSHI_NOW={now} {binary} {args}; \
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
pub fn quote(text: &str) -> String {
    format!("'{}'", text.replace('\'', r"'\''"))
}

/// The pane of one session.
pub struct Pane<'s> {
    pub server: &'s Server,
    pub target: String,
}

impl Pane<'_> {
    pub fn capture(&self) -> String {
        self.server.ok(&["capture-pane", "-p", "-t", &self.target])
    }

    /// Keys by tmux name (`c`, `Enter`, `Escape`, `C-c`).
    pub fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", &self.target];
        args.extend_from_slice(keys);
        self.server.ok(&args);
    }

    /// Text sent as is, character by character (`send-keys -l`).
    pub fn type_text(&self, text: &str) {
        self.server
            .ok(&["send-keys", "-t", &self.target, "-l", text]);
    }

    pub fn resize(&self, width: u16, height: u16) {
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
    pub fn format(&self, format: &str) -> String {
        self.server
            .ok(&["display-message", "-p", "-t", &self.target, format])
            .trim()
            .to_string()
    }
}

/// Captures the pane every [`POLL`] until `predicate` holds; fails after
/// `timeout` with the last capture. Returns the matching capture.
pub fn wait_for(
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
pub fn wait_text(pane: &Pane, texts: &[&str]) -> String {
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
pub fn assert_quit_cleanly(pane: &Pane, tui_texts: &[&str]) {
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
