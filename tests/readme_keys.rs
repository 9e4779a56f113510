//! The README's key tables are the TUIs' key tables: each lies between
//! `<!-- keys:NAME … -->` and `<!-- /keys:NAME -->` and must be exactly what
//! the TUI's `keys::markdown()` renders from the tables that drive its key
//! handler, footer and help. After changing a key,
//! `XIAOSHI_UPDATE_README=1 cargo test --test readme_keys` rewrites them
//! (then read the diff).

use std::path::Path;

#[test]
fn the_readme_key_tables_are_the_tuis_key_tables() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md");
    let readme = std::fs::read_to_string(&path).expect("README.md");
    let mut updated = readme.clone();
    let mut stale = Vec::new();
    for (name, table) in [
        ("resident", xiaoshi::tui::keys::markdown()),
        ("workshop", xiaoshi::tui::workshop::keys::markdown()),
        ("group", xiaoshi::tui::group::keys::markdown()),
    ] {
        let open = format!("<!-- keys:{name} ");
        let close = format!("<!-- /keys:{name} -->");
        let start = updated
            .find(&open)
            .unwrap_or_else(|| panic!("README.md has no `{open}… -->`"));
        let body = start
            + updated[start..]
                .find("-->\n")
                .unwrap_or_else(|| panic!("`{open}` is not closed with `-->`"))
            + 4;
        let end = body
            + updated[body..]
                .find(&close)
                .unwrap_or_else(|| panic!("README.md has no `{close}`"));
        let want = format!("\n{table}\n");
        if updated[body..end] != want {
            stale.push(name);
            updated.replace_range(body..end, &want);
        }
    }
    if stale.is_empty() {
        return;
    }
    if std::env::var_os("XIAOSHI_UPDATE_README").is_some() {
        std::fs::write(&path, updated).expect("write README.md");
        return;
    }
    panic!(
        "README.md's key tables {stale:?} are not the TUIs' key tables: run \
         `XIAOSHI_UPDATE_README=1 cargo test --test readme_keys` and read the diff"
    );
}

/// The screen the README shows under "The TUI" (and `docs/home-screen.txt`)
/// is the home screen's Chinese snapshot at 100×30, so it changes when the
/// screen does instead of going stale.
#[test]
fn the_readme_home_screen_is_the_tuis() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let read = |path: &str| std::fs::read_to_string(root.join(path)).expect(path);
    let snapshot = read("tests/snapshots/tui_snapshots__home_100x30_zh.snap");
    let body = snapshot.splitn(3, "---\n").nth(2).expect("a snapshot body");
    let mut screen = String::new();
    for line in body.lines() {
        // `"<row>"`, then insta's note on wide characters, if any.
        let line = line
            .split_once("\" Hidden by multi-width symbols")
            .map_or(line, |(row, _)| row);
        let row = line
            .strip_prefix('"')
            .map(|rest| rest.strip_suffix('"').unwrap_or(rest))
            .expect("a quoted row");
        screen.push_str(row.trim_end());
        screen.push('\n');
    }
    let readme = read("README.md");
    let start = readme
        .find("```text\n 小事 社区小事  今日")
        .expect("README.md shows the home screen")
        + "```text\n".len();
    let end = start + readme[start..].find("```\n").expect("closed");
    assert_eq!(readme[start..end], screen, "README.md's home screen");
    assert_eq!(read("docs/home-screen.txt"), screen, "docs/home-screen.txt");
}
