//! The leader's group, pure core: what `group review`, `group paste` and
//! `rollup` will spend their time in, before any file is read.
//!
//! - a month's review of 100 members with a year of check-ins each;
//! - reading one month of those check-ins from its RON file (the cost a
//!   review pays per month file it has to read);
//! - a 100-line 接龙 list: parse, match, plan;
//! - 600 group summaries: read from JSON and rolled up.

use std::collections::BTreeMap;
use std::path::Path;

use criterion::{Criterion, criterion_group, criterion_main};
use jiff::Timestamp;
use jiff::civil::date;
use xiaoshi::group::file::{parse_checkins, render_checkins};
use xiaoshi::group::matching::match_name;
use xiaoshi::group::paste::{self, Context};
use xiaoshi::group::{Checkins, Group, GroupId, MemberKey, Month, record, review, summary};

/// 100 members, 2026 in full (`xiaoshi::sample::group_year`).
fn year_of_100() -> (Group, Checkins) {
    xiaoshi::sample::group_year(100)
}

fn review_a_year(c: &mut Criterion) {
    let (group, checkins) = year_of_100();
    let december: Month = "2026-12".parse().expect("month");
    c.bench_function("review: 100 members × 1 year, December", |b| {
        b.iter(|| {
            review::review(&group, &checkins, december, date(2027, 1, 2))
                .figures
                .checkins
        })
    });
    let file = checkins.file_for(december);
    let text = render_checkins(&file).expect("ron");
    eprintln!(
        "one month's check-in file: {} records, {} bytes",
        file.records.len(),
        text.len()
    );
    c.bench_function("read one month's check-in file (100 members)", |b| {
        b.iter(|| {
            parse_checkins(text.as_bytes(), Path::new("2026-12.ron"))
                .expect("parse")
                .records
                .len()
        })
    });
}

fn paste_a_list(c: &mut Criterion) {
    let (group, checkins) = year_of_100();
    let mut text = String::from("#接龙\n21天打卡 第5天（12月5日）\n例 张三 帮邻居收快递\n\n");
    for m in 0..100 {
        text.push_str(&format!(
            "{}. 邻居{m}（{}） 帮楼下拿了快递 ♥7 ✅\n",
            m + 1,
            101 + m
        ));
    }
    let names: Vec<&str> = group.members.iter().map(|m| m.name.as_str()).collect();
    let today = date(2026, 12, 6);
    let now: Timestamp = "2026-12-06T01:00:00Z".parse().expect("ts");
    c.bench_function(
        "paste: a 100-line 接龙 list, parsed, matched, planned",
        |b| {
            b.iter(|| {
                let context = Context {
                    today,
                    start: Some(group.start),
                    names: &names,
                };
                let paste = paste::parse(&text, &context);
                let chosen: BTreeMap<usize, MemberKey> = paste
                    .entries()
                    .filter_map(|(_, e)| {
                        let matched = match_name(&e.name, e.room.as_deref(), &group.members);
                        Some((e.line, matched.member()?.clone()))
                    })
                    .collect();
                record::plan_paste(&paste, &chosen, &checkins, None, today, now)
                    .steps
                    .len()
            })
        },
    );
}

fn roll_up_600(c: &mut Criterion) {
    let streets = [
        "南京西路街道",
        "静安寺街道",
        "江宁路街道",
        "曹家渡街道",
        "石门二路街道",
    ];
    let texts: Vec<String> = (0..600u64)
        .map(|g| {
            let month = Month::new(2026, 12).expect("month");
            let checkins = 300 + g % 200;
            summary::to_json(&summary::Summary {
                kind: summary::SUMMARY_KIND.into(),
                schema: summary::SUMMARY_SCHEMA,
                group: GroupId::new(&format!("g-{g:016x}")).expect("id"),
                street: streets[(g % 5) as usize].into(),
                month,
                through: month.last_day(),
                members: 30,
                active: 20 + g % 10,
                checkins,
                backfills: 3,
                rounds_completed: 4,
                by_suit: xiaoshi::group::counts::SuitCounts {
                    hearts: checkins,
                    ..Default::default()
                },
                by_source: xiaoshi::group::counts::SourceCounts {
                    wechat: checkins,
                    ..Default::default()
                },
                streaks: xiaoshi::group::counts::StreakSpread {
                    zero: 30,
                    ..Default::default()
                },
            })
        })
        .collect();
    c.bench_function("rollup: 600 summaries read from JSON and merged", |b| {
        b.iter(|| {
            let summaries = texts
                .iter()
                .map(|t| summary::parse(t.as_bytes()).expect("summary"));
            summary::rollup(summaries).summaries
        })
    });
}

criterion_group!(benches, review_a_year, paste_a_list, roll_up_600);
criterion_main!(benches);
