//! Screens checked, not just pinned (`common::layout`): the checker can
//! tell the faults seen in accepted snapshots before, every snapshot test
//! goes through it, and every screen of both TUIs passes it at each size a
//! person may use, from the smallest supported (60×20) up, in both languages.

mod common;

use common::layout::{assert_screen_ok, layout_problems};
use common::screens;
use xiaoshi::i18n::Lang;

const LANGS: [Lang; 2] = [Lang::Zh, Lang::En];

/// Rows as `TestBackend` prints them, each padded to the widest.
fn screen(rows: &[&str]) -> String {
    use unicode_width::UnicodeWidthStr;
    let width = rows.iter().map(|row| row.width()).max().unwrap_or(0);
    rows.iter()
        .map(|row| format!("\"{row}{}\"\n", " ".repeat(width - row.width())))
        .collect()
}

#[test]
fn the_checker_sees_cut_labels_and_touching_columns() {
    // Two columns run into each other (history at 100×30 and 60×20 before).
    let touching = screen(&[
        "✓ Round 1  2026-10-11 ~ 2026-11-03  21/21  complet♥ Hearts  ",
        "✓ Round 1  2026-10-11 ~ 2026-1♥ Hearts   ▰▰▰▰ 7             ",
    ]);
    let problems = layout_problems(&touching);
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert!(problems[0].contains("t♥"), "{problems:?}");
    assert!(problems[1].contains("1♥"), "{problems:?}");
    // A label cut at the screen's edge (why at 60×20 before), in both scripts.
    for cut in [
        "2026-10-21  ✓  checked in  streak 6  freezes 0  round 1 10/2",
        "2026-10-22  ✓  打卡；每连续 7 天获得一张冻结卡  连续 7  冻结",
    ] {
        let problems = layout_problems(&screen(&[cut]));
        assert_eq!(problems.len(), 1, "{cut}: {problems:?}");
        assert!(problems[0].contains("runs into the edge"), "{problems:?}");
    }
    // A label cut at a box's right border.
    let boxed = screen(&[
        "  ╭──────────╮  ",
        "  │ redraw th│  ",
        "  │ ok       │  ",
        "  ╰──────────╯  ",
    ]);
    let problems = layout_problems(&boxed);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(problems[0].starts_with("row 1:"), "{problems:?}");
    // A key wrapped inside an item (home at 60×20 before): the symbol
    // at the end of one row, its word on the next.
    let split = screen(&["✓ 完成  ❄ 请假  ✗ 漏打  ◉ 今天  ◌", "待完成"]);
    let problems = layout_problems(&split);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(problems[0].contains("ends the row"), "{problems:?}");
}

#[test]
fn the_checker_passes_whole_labels_gaps_and_fills() {
    let good = screen(&[
        "✓ Round 1  2026-10-11 ~ 2026-…  ♥ Hearts  ▰▰▰▰ 7           ",
        "2026-10-21  ✓  checked in  streak 6  freezes 0  round 1 1…",
        "[✓] in play  ◉ today  ✓ done                               ",
        "一  ✓ ✓ ❄ ◉                                                 ",
        "╔════════╗  ╭────╮                                         ",
        "║小事小事║  │ A ♥│                                         ",
        "╚════════╝  ╰────╯                                         ",
        "text under a box's left border is covered, not cut:  x│ ok ",
        "▰▰▰▰▰▰▰▰▰▰▰▰▰▰▰▰▰▰▰▰▰▰▰▰▰▰▰▰▰▰▰▰▰▰▰▰▰▰▰▰▰▰▰▰▰▰▰▰▰▰▰▰▰▰▰▰▰▰▰▰",
    ]);
    assert_eq!(layout_problems(&good), Vec::<String>::new());
    assert_screen_ok("good", &good);
}

/// No test snapshots a screen past the checker: `assert_screen!` is the only
/// way in (it checks, then calls insta).
#[test]
fn every_snapshot_goes_through_the_checker() {
    let mut found = 0;
    for dir in ["tests", "tests/common"] {
        for entry in std::fs::read_dir(common::repo_file(dir)).expect(dir) {
            let path = entry.expect("entry").path();
            if path.extension().is_none_or(|ext| ext != "rs") {
                continue;
            }
            let text = std::fs::read_to_string(&path).expect("read");
            found += text.matches("assert_screen!(").count();
            if path.ends_with("common/layout.rs") || path.ends_with("screen_checks.rs") {
                continue;
            }
            for raw in [
                "assert_snapshot!",
                "assert_display_snapshot!",
                "assert_debug_snapshot!",
            ] {
                assert!(
                    !text.contains(raw),
                    "{} calls insta's {raw} itself: snapshot screens with \
                     crate::assert_screen! so they are checked",
                    path.display()
                );
            }
        }
    }
    assert!(found >= 8, "only {found} assert_screen! calls");
}

/// Every stored snapshot passes the checker too (none accepted broken).
#[test]
fn every_stored_snapshot_passes_the_checker() {
    let dir = common::repo_file("tests/snapshots");
    let (mut checked, mut faults) = (0, Vec::new());
    for entry in std::fs::read_dir(&dir).expect("snapshots") {
        let path = entry.expect("entry").path();
        if path.extension().is_none_or(|ext| ext != "snap") {
            continue;
        }
        let text = std::fs::read_to_string(&path).expect("read");
        // insta's header: `---`, its fields, `---`; the screen follows.
        let body = text.splitn(3, "---\n").nth(2).unwrap_or_default();
        let problems = layout_problems(body);
        if !problems.is_empty() {
            faults.push(format!(
                "{}:\n    {}",
                path.display(),
                problems.join("\n    ")
            ));
        }
        checked += 1;
    }
    assert!(checked >= 100, "only {checked} snapshots");
    assert!(
        faults.is_empty(),
        "{} snapshots with faults:\n{}",
        faults.len(),
        faults.join("\n")
    );
}

/// The sizes a person may use: the smallest supported, the common
/// terminal sizes, and large ones.
const SIZES: [(u16, u16); 6] = [
    (60, 20),
    (72, 22),
    (80, 24),
    (100, 30),
    (120, 40),
    (160, 48),
];

/// Every fault of `render` over `screens` × both languages × `sizes`, all
/// at once (one screen's fault does not hide another's).
fn sweep(
    screens: &[&str],
    sizes: &[(u16, u16)],
    render: impl Fn(&str, Lang, (u16, u16)) -> String,
) {
    let mut faults = Vec::new();
    let mut checked = 0;
    for name in screens {
        for lang in LANGS {
            for &size in sizes {
                let shown = render(name, lang, size);
                common::assert_no_cut_characters(&shown);
                let problems = layout_problems(&shown);
                if !problems.is_empty() {
                    faults.push(format!(
                        "{name} {}x{} {lang:?}:\n    {}",
                        size.0,
                        size.1,
                        problems.join("\n    ")
                    ));
                }
                checked += 1;
            }
        }
    }
    assert!(
        faults.is_empty(),
        "{} of {checked} screens have layout faults:\n{}",
        faults.len(),
        faults.join("\n")
    );
}

#[test]
fn every_resident_screen_at_every_size() {
    let names: Vec<&str> = screens::resident()
        .into_iter()
        .map(|(name, _)| name)
        .collect();
    sweep(&names, &SIZES, screens::render_resident);
}

#[test]
fn every_workshop_screen_at_every_size() {
    let names: Vec<&str> = screens::workshop()
        .into_iter()
        .map(|(name, _)| name)
        .collect();
    let sizes: Vec<(u16, u16)> = SIZES.into_iter().chain([(200, 50)]).collect();
    sweep(&names, &sizes, screens::render_workshop);
}

#[test]
fn every_group_screen_at_every_size() {
    let names: Vec<&str> = screens::group().into_iter().map(|(name, _)| name).collect();
    sweep(&names, &SIZES, screens::render_group);
}
