//! Honest skips: a test that needs an outside tool fails in CI when the tool
//! is missing, naming it, and passes elsewhere with a skip note that shows
//! (`common::tools`). Checked by running a test that needs a tool no machine
//! has, in and out of CI; and every outside tool the tests drive goes
//! through that one helper and is installed by `.ci/run`.

mod common;

use common::tools::{self, Tool};

const NO_SUCH_TOOL: Tool = Tool {
    name: "xiaoshi-no-such-tool",
    probe: &["--version"],
    package: "xiaoshi-no-such-package",
};

/// Needs a tool no machine has. Ignored: run only by the test below, in a
/// child process, with and without `CI`.
#[test]
#[ignore = "run by a_missing_tool_fails_in_ci_and_is_a_visible_skip_elsewhere"]
fn needs_a_missing_tool() {
    if !tools::have(&NO_SUCH_TOOL, "the probe") {
        return;
    }
    panic!("a tool that does not exist ran");
}

/// This test binary run for `needs_a_missing_tool` alone, `CI` set to `ci`
/// (or removed): (passed, stdout and stderr).
fn run_probe(ci: Option<&str>) -> (bool, String) {
    let mut command = std::process::Command::new(std::env::current_exe().expect("test binary"));
    command.args([
        "--exact",
        "needs_a_missing_tool",
        "--ignored",
        "--test-threads=1",
    ]);
    match ci {
        Some(value) => command.env("CI", value),
        None => command.env_remove("CI"),
    };
    let output = command.output().expect("the test binary runs");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(
        text.contains("1 passed") || text.contains("1 failed"),
        "{text}"
    );
    (output.status.success(), text)
}

#[test]
fn a_missing_tool_fails_in_ci_and_is_a_visible_skip_elsewhere() {
    for ci in ["true", "1"] {
        let (passed, text) = run_probe(Some(ci));
        assert!(!passed, "CI={ci}: a missing tool must fail:\n{text}");
        assert!(text.contains("1 failed"), "{text}");
        assert!(
            text.contains("xiaoshi-no-such-tool")
                && text.contains("apt-get install xiaoshi-no-such-package"),
            "CI={ci}: the failure names the tool and its package:\n{text}"
        );
    }
    for ci in [None, Some(""), Some("false")] {
        let (passed, text) = run_probe(ci);
        assert!(passed, "CI={ci:?}: skipped, not failed:\n{text}");
        // The note is written past the harness's capture: a passing test's
        // captured output would not be in `text`.
        assert!(
            text.contains(
                "SKIPPED in needs_a_missing_tool: the probe: xiaoshi-no-such-tool is not installed"
            ),
            "CI={ci:?}: the skip is seen:\n{text}"
        );
    }
}

/// The test sources, as (file name, text).
fn test_sources() -> Vec<(String, String)> {
    let mut sources = Vec::new();
    for dir in ["tests", "tests/common", "tests/model"] {
        for entry in std::fs::read_dir(common::repo_file(dir)).expect(dir) {
            let path = entry.expect("entry").path();
            if path.extension().is_some_and(|ext| ext == "rs") {
                let text = std::fs::read_to_string(&path).expect("read");
                sources.push((
                    format!(
                        "{dir}/{}",
                        path.file_name().expect("name").to_string_lossy()
                    ),
                    text,
                ));
            }
        }
    }
    sources
}

/// Programs any machine that builds xiaoshi has (coreutils, a shell).
const BASE: [&str; 6] = ["sh", "cp", "chown", "chmod", "id", "umount"];

#[test]
fn every_outside_tool_goes_through_the_helper() {
    let known: Vec<&str> = tools::ALL.iter().map(|tool| tool.name).collect();
    let mut checked = 0;
    for (file, text) in test_sources() {
        for (at, _) in text.match_indices("Command::new(\"") {
            let name: String = text[at + 14..].chars().take_while(|c| *c != '"').collect();
            checked += 1;
            if name == NO_SUCH_TOOL.name || BASE.contains(&name.as_str()) {
                continue;
            }
            assert!(
                known.contains(&name.as_str()),
                "{file} runs `{name}`, which is not in common::tools::ALL: add it there (and \
                 to .ci/run), and check for it with common::tools::have"
            );
        }
        // No quiet skip of its own: a skip says so through the helper.
        if file != "tests/common/tools.rs" {
            for quiet in ["println!(\"skipped", "eprintln!(\"skipped"] {
                assert!(
                    !text.contains(quiet),
                    "{file} skips on its own (`{quiet}`): use common::tools::missing"
                );
            }
        }
    }
    assert!(checked >= 5, "only {checked} outside programs found");
}

#[test]
fn ci_installs_every_tool_the_tests_need() {
    let ci = std::fs::read_to_string(common::repo_file(".ci/run")).expect(".ci/run");
    for tool in tools::ALL {
        assert!(
            ci.contains(&format!("command -v {} ", tool.name))
                && ci.contains(&format!("missing+=({})", tool.package)),
            ".ci/run does not install {} (package {})",
            tool.name,
            tool.package
        );
    }
}
