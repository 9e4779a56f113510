//! docs/group-formats.md's examples, read and remade by the code: the group
//! and check-in files parse and write back byte for byte, and the CSV, JSON
//! Lines, summary and roll-up shown are exactly what those files give.

use std::path::Path;

use jiff::civil::date;
use xiaoshi::group::file::{parse_checkins, parse_group, render_checkins, render_group};
use xiaoshi::group::{Checkins, flat, summary};

/// The fenced blocks of the page with their language tag, in order.
fn blocks(text: &str) -> Vec<(String, String)> {
    let mut blocks = Vec::new();
    let mut current: Option<(String, String)> = None;
    for line in text.lines() {
        match (&mut current, line.strip_prefix("```")) {
            (None, Some(tag)) => current = Some((tag.to_string(), String::new())),
            (Some(_), Some(_)) => blocks.extend(current.take()),
            (Some((_, body)), None) => {
                body.push_str(line);
                body.push('\n');
            }
            (None, None) => {}
        }
    }
    blocks
}

fn of<'a>(blocks: &'a [(String, String)], tag: &str) -> Vec<&'a str> {
    blocks
        .iter()
        .filter(|(t, _)| t == tag)
        .map(|(_, body)| body.as_str())
        .collect()
}

#[test]
fn the_formats_page_shows_what_the_code_writes() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/group-formats.md");
    let page = std::fs::read_to_string(path).expect("docs/group-formats.md");
    let blocks = blocks(&page);

    let ron = of(&blocks, "ron");
    assert_eq!(ron.len(), 2, "the group and a month of check-ins");
    let group = parse_group(ron[0].as_bytes(), Path::new("group.ron")).expect("the group parses");
    assert_eq!(render_group(&group).expect("render"), ron[0]);
    let file =
        parse_checkins(ron[1].as_bytes(), Path::new("2026-12.ron")).expect("check-ins parse");
    assert_eq!(render_checkins(&file).expect("render"), ron[1]);

    let checkins = Checkins::from_files([file]);
    let rows = flat::rows(&group.id, &checkins);
    let mut csv = Vec::new();
    flat::write_csv(&rows, &mut csv).expect("csv");
    let csv = String::from_utf8(csv).expect("utf8");
    assert_eq!(csv.strip_prefix('\u{feff}'), Some(of(&blocks, "csv")[0]));
    let mut jsonl = Vec::new();
    flat::write_jsonl(&rows, &mut jsonl).expect("jsonl");
    assert_eq!(
        String::from_utf8(jsonl).expect("utf8"),
        of(&blocks, "jsonl")[0]
    );

    let json = of(&blocks, "json");
    assert_eq!(json.len(), 2, "a summary and a roll-up");
    let made = summary::summarise(
        &group,
        &checkins,
        "2026-12".parse().expect("month"),
        date(2026, 12, 31),
    );
    assert_eq!(summary::to_json(&made), json[0]);
    assert_eq!(summary::parse(json[0].as_bytes()), Ok(made.clone()));
    let rollup = serde_json::to_value(summary::rollup([made.clone(), made])).expect("json");
    let shown: serde_json::Value =
        serde_json::from_str(json[1]).expect("the roll-up shown is JSON");
    assert_eq!(rollup, shown);
}
