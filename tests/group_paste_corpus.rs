//! The 接龙 corpus: lists as a WeChat group of Shanghai residents pastes
//! them (tests/data/paste/*.txt), each read by the parser and matched to the
//! corpus group's members (tests/data/paste/roster.ron), and compared with
//! the reading written by hand in the `.expected` file beside it.
//!
//! An `.expected` file starts with the context (`today: 2026-12-05`, and
//! optionally `start: …` to override the group's start), then `---`, then
//! one line per section and one per non-blank line of the paste:
//!
//! ```text
//! section 1 | date 2026-12-05 | written 2026-12-05 | day 5 | title 21天打卡 第5天（12月5日）
//! L1 header
//! L5 entry 1.1 | #1 | 王阿姨 | room - | checked_in | card - | note 帮3楼拿了快递 | ? m1 m2
//! L9 not placed: not_numbered | 今天好冷啊
//! ```
//!
//! The match is `= m3` (exact), `~ m3` (folded), `? m1 m2` (offered, not
//! applied) or `? -` (no member offered).

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

use jiff::civil::Date;
use xiaoshi::group::file::parse_group;
use xiaoshi::group::matching::{Match, match_name};
use xiaoshi::group::paste::{self, Context, EntryKind, NotPlaced, Paste, Role};
use xiaoshi::group::{Group, Member};

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/paste")
}

fn roster() -> Group {
    let path = dir().join("roster.ron");
    let bytes = fs::read(&path).expect("roster");
    parse_group(&bytes, &path).expect("the corpus roster parses")
}

fn or_dash(value: Option<impl ToString>) -> String {
    value.map_or("-".to_string(), |v| v.to_string())
}

fn kind(kind: EntryKind) -> &'static str {
    match kind {
        EntryKind::CheckedIn => "checked_in",
        EntryKind::Leave => "leave",
        EntryKind::Backfill => "backfill",
    }
}

fn matched(result: &Match) -> String {
    match result {
        Match::Exact { member } => format!("= {member}"),
        Match::Folded { member } => format!("~ {member}"),
        Match::Offered { offers } if offers.is_empty() => "? -".to_string(),
        Match::Offered { offers } => {
            let keys: Vec<String> = offers.iter().map(|o| o.member.to_string()).collect();
            format!("? {}", keys.join(" "))
        }
    }
}

/// The reading of a paste, in the `.expected` format.
fn render(paste: &Paste, members: &[Member]) -> String {
    let mut out = String::new();
    for (index, section) in paste.sections.iter().enumerate() {
        let _ = writeln!(
            out,
            "section {} | date {} | written {} | day {} | title {}",
            index + 1,
            or_dash(section.date),
            or_dash(section.written),
            or_dash(section.round_day),
            or_dash(section.title.as_deref()),
        );
    }
    for line in &paste.lines {
        let _ = match line.role {
            Role::Header => writeln!(out, "L{} header", line.number),
            Role::Title => writeln!(out, "L{} title", line.number),
            Role::Example => writeln!(out, "L{} example", line.number),
            Role::Entry { section, index } => {
                let entry = &paste.sections[section].entries[index];
                writeln!(
                    out,
                    "L{} entry {}.{} | #{} | {} | room {} | {} | card {} | note {} | {}",
                    line.number,
                    section + 1,
                    index + 1,
                    or_dash(entry.number),
                    entry.name,
                    or_dash(entry.room.as_deref()),
                    kind(entry.kind),
                    or_dash(entry.card),
                    or_dash(entry.note.as_deref()),
                    matched(&match_name(&entry.name, entry.room.as_deref(), members)),
                )
            }
            Role::NotPlaced { reason } => {
                let reason = match reason {
                    NotPlaced::NotNumbered => "not_numbered",
                    NotPlaced::NoName => "no_name",
                    NotPlaced::TooLong => "too_long",
                };
                let text: String = line.text.chars().take(30).collect();
                writeln!(out, "L{} not placed: {reason} | {text}", line.number)
            }
        };
    }
    out
}

/// The context lines before `---`, and the expected reading after it.
fn expected(path: &Path, group: &Group) -> (Date, Date, String) {
    let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let (head, body) = text
        .split_once("\n---\n")
        .unwrap_or_else(|| panic!("{}: no `---` line", path.display()));
    let mut today = None;
    let mut start = group.start;
    for line in head.lines() {
        if let Some(value) = line.strip_prefix("today: ") {
            today = Some(value.trim().parse().expect("today"));
        } else if let Some(value) = line.strip_prefix("start: ") {
            start = value.trim().parse().expect("start");
        }
    }
    (today.expect("a `today:` line"), start, body.to_string())
}

#[test]
fn the_paste_corpus_reads_as_written_by_hand() {
    let group = roster();
    let names: Vec<&str> = group.members.iter().map(|m| m.name.as_str()).collect();
    let mut cases: Vec<PathBuf> = fs::read_dir(dir())
        .expect("corpus")
        .map(|entry| entry.expect("entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "txt"))
        .collect();
    cases.sort();
    assert!(cases.len() >= 30, "only {} pasted lists", cases.len());
    let mut failures = Vec::new();
    for case in &cases {
        let text = fs::read_to_string(case).expect("paste");
        let (today, start, want) = expected(&case.with_extension("expected"), &group);
        let context = Context {
            today,
            start: Some(start),
            names: &names,
        };
        let paste = paste::parse(&text, &context);
        // Every non-blank line is accounted for, once, in order.
        let non_blank: Vec<usize> = text
            .split('\n')
            .enumerate()
            .filter(|(_, line)| !xiaoshi::group::normal::clean(line).is_empty())
            .map(|(index, _)| index + 1)
            .collect();
        let seen: Vec<usize> = paste.lines.iter().map(|line| line.number).collect();
        assert_eq!(seen, non_blank, "{}", case.display());
        let got = render(&paste, &group.members);
        if got != want {
            failures.push(format!(
                "== {}\n-- expected\n{want}-- got\n{got}",
                case.file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default()
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} pasted lists read differently:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}
