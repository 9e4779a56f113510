//! Writes the benchmarks' group folder and street summaries (see
//! BENCHMARKS.md).
//!
//! ```sh
//! cargo run --release --example gen_group -- group OUT_DIR [MEMBERS]
//! cargo run --release --example gen_group -- summaries OUT_DIR [COUNT]
//! ```
//!
//! `group`: `OUT_DIR` is used as `XIAOSHI_HOME`; the group lands in
//! `OUT_DIR/groups/康乐小区/`, written through the service layer (so the
//! files are exactly what xiaoshi writes): `MEMBERS` (default 100) members
//! and all of 2026, the data of `xiaoshi::sample::group_year`.
//!
//! `summaries`: `COUNT` (default 600) names-free group summaries in
//! `OUT_DIR`, one a file: 50 groups in 6 streets, a month each from 2026-01
//! on, counts varied by group and month.

use std::error::Error;
use std::path::PathBuf;

use xiaoshi::group::counts::{SourceCounts, StreakSpread, SuitCounts};
use xiaoshi::group::summary::{self, SUMMARY_KIND, SUMMARY_SCHEMA, Summary};
use xiaoshi::group::{GroupId, Month};
use xiaoshi::service::group::{Change, Months};
use xiaoshi::service::{GroupError, GroupFolder};

fn group(out: PathBuf, members: u32) -> Result<(), Box<dyn Error>> {
    let (group, checkins) = xiaoshi::sample::group_year(members);
    let folder = GroupFolder::at(out.join("groups").join("康乐小区"));
    folder.create(&group)?;
    let records: Vec<_> = checkins
        .months()
        .into_iter()
        .flat_map(|month| checkins.records_in(month))
        .collect();
    let (written, ()) = folder.write(Months::All, |_, _| {
        Ok::<_, GroupError>((
            Change {
                records,
                ..Change::default()
            },
            (),
        ))
    })?;
    println!(
        "{}: {} members, {} events in {} month files",
        folder.dir().display(),
        group.members.len(),
        written.events,
        written.months
    );
    Ok(())
}

fn summaries(out: PathBuf, count: usize) -> Result<(), Box<dyn Error>> {
    std::fs::create_dir_all(&out)?;
    let streets = [
        "南京西路街道",
        "静安寺街道",
        "江宁路街道",
        "石门二路街道",
        "曹家渡街道",
        "",
    ];
    for n in 0..count {
        let g = n % 50;
        let month = Month::new(2026, (n / 50 % 12 + 1) as i8).ok_or("month")?;
        let members = 10 + (g as u64 * 7) % 90;
        let active = members * (50 + (n as u64 % 40)) / 100;
        let checkins = active * 15;
        let by_suit = SuitCounts {
            hearts: checkins / 4,
            spades: checkins / 4,
            clubs: checkins / 4,
            diamonds: checkins - 3 * (checkins / 4),
            ..SuitCounts::default()
        };
        let made = Summary {
            kind: SUMMARY_KIND.to_string(),
            schema: SUMMARY_SCHEMA,
            group: GroupId::new(&format!("g-{g:016x}")).ok_or("id")?,
            street: streets[g % streets.len()].to_string(),
            month,
            through: month.last_day(),
            members,
            active,
            checkins,
            backfills: checkins / 50,
            rounds_completed: active / 3,
            by_suit,
            by_source: SourceCounts {
                app: checkins / 3,
                paper: checkins / 3,
                wechat: checkins - 2 * (checkins / 3),
            },
            streaks: StreakSpread {
                zero: members - active,
                under_a_week: active / 2,
                a_week: active - active / 2,
                ..StreakSpread::default()
            },
        };
        std::fs::write(
            out.join(format!("g{g:02}-{month}.json")),
            summary::to_json(&made),
        )?;
    }
    println!("{}: {count} summaries", out.display());
    Ok(())
}

fn main() -> Result<(), Box<dyn Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        ["group", out, rest @ ..] => group(
            PathBuf::from(out),
            rest.first().map_or(Ok(100), |n| n.parse())?,
        ),
        ["summaries", out, rest @ ..] => summaries(
            PathBuf::from(out),
            rest.first().map_or(Ok(600), |n| n.parse())?,
        ),
        _ => Err("usage: gen_group group OUT_DIR [MEMBERS] | summaries OUT_DIR [COUNT]".into()),
    }
}
