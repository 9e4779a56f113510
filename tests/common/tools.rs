//! Honest skips: the outside tools the tests drive (tmux, poppler's
//! pdftotext, qpdf, setpriv, mount) and the one rule for a missing one. In
//! CI (the `CI` variable set, as `.ci/run` runs) a missing tool fails the
//! test, naming the tool and the Debian package that brings it: a green CI
//! never hides a check that did not run. On a developer's machine the test
//! passes with a skip note written straight to the terminal (past the test
//! harness's capture), so the skip is seen.

use std::io::Write;
use std::process::{Command, Stdio};

/// An outside program a test needs, how to see that it runs, and the
/// Debian package `.ci/run` installs it from.
pub struct Tool {
    pub name: &'static str,
    pub probe: &'static [&'static str],
    pub package: &'static str,
}

pub const TMUX: Tool = Tool {
    name: "tmux",
    probe: &["-V"],
    package: "tmux",
};
pub const PDFTOTEXT: Tool = Tool {
    name: "pdftotext",
    probe: &["-v"],
    package: "poppler-utils",
};
pub const QPDF: Tool = Tool {
    name: "qpdf",
    probe: &["--version"],
    package: "qpdf",
};
pub const SETPRIV: Tool = Tool {
    name: "setpriv",
    probe: &["--version"],
    package: "util-linux",
};
pub const MOUNT: Tool = Tool {
    name: "mount",
    probe: &["--version"],
    package: "mount",
};

/// Every tool above: `.ci/run` must install each one's package (checked by
/// `tests/honest_skips.rs`).
pub const ALL: [&Tool; 5] = [&TMUX, &PDFTOTEXT, &QPDF, &SETPRIV, &MOUNT];

/// Whether this run is CI's: `CI` set to anything but empty, `0` or `false`.
pub fn in_ci() -> bool {
    std::env::var("CI").is_ok_and(|value| !matches!(value.trim(), "" | "0" | "false"))
}

/// Whether `tool` runs here. If it does not, fails the test in CI naming
/// the tool; elsewhere writes a visible skip note for `what` (the check
/// that will not run) and returns `false`.
pub fn have(tool: &Tool, what: &str) -> bool {
    let ran = Command::new(tool.name)
        .args(tool.probe)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status();
    match ran {
        Ok(status) if status.success() => true,
        Ok(status) => {
            missing(
                what,
                &format!("`{} {}` failed ({status})", tool.name, tool.probe.join(" ")),
                &format!("apt-get install {}", tool.package),
            );
            false
        }
        Err(error) => {
            missing(
                what,
                &format!("{} is not installed ({error})", tool.name),
                &format!("apt-get install {}", tool.package),
            );
            false
        }
    }
}

/// A check that cannot run here because of `why` (a tool or a permission
/// missing; `fix` says how to get it): fails the test in CI, otherwise
/// writes the skip note where it is seen and returns.
pub fn missing(what: &str, why: &str, fix: &str) {
    let test = std::thread::current()
        .name()
        .unwrap_or("a test")
        .to_string();
    assert!(
        !in_ci(),
        "CI must run every check, but {test} cannot: {what} needs what is missing: {why} ({fix})"
    );
    // Straight to the terminal: `eprintln!` would be captured, and a
    // passing test's captured output is never shown.
    let _ = writeln!(
        std::io::stderr(),
        "\nSKIPPED in {test}: {what}: {why} ({fix}; in CI this fails)"
    );
}

/// A PDF's text as a reader finds it (poppler's pdftotext), the one `page`
/// or all of them. lopdf cannot parse the ToUnicode maps krilla writes,
/// which every reader tried reads. Without pdftotext (not in CI) the text
/// checks are skipped (`None`) with a visible note naming `what`; in CI a
/// missing pdftotext fails.
pub fn pdf_text(pdf: &std::path::Path, page: Option<u32>, what: &str) -> Option<String> {
    if !have(&PDFTOTEXT, what) {
        return None;
    }
    let mut command = Command::new("pdftotext");
    if let Some(page) = page {
        let page = page.to_string();
        command.args(["-f", &page, "-l", &page]);
    }
    let output = command
        .args(["-enc", "UTF-8"])
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext runs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    Some(String::from_utf8(output.stdout).expect("UTF-8 text"))
}
