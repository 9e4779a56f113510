//! A group of 30 fed by all three ways in — WeChat 接龙 lists, the paper
//! grid, and residents' own `journal export` files — whose December review,
//! tea talk, summary and flat export match figures worked out by hand.
//!
//! The members (all joined 2026-12-01; odd-numbered ones share their name
//! and notes on posters):
//! - m1–m5: every day 1–21 December in the 接龙 lists; m1 names ♥7 and
//!   writes 浇花, m2 names 梅花K, m3 writes a note on the 5th, m4 (no
//!   consent) writes one on the 5th too.
//! - m6–m10: days 1–10 in the lists; m6's 10th comes as 补卡 in the 11th's list.
//! - m11–m15: every day 1–21 on paper: h3, s5, d9, ♣A and no card.
//! - m16–m20: odd days 1–21 on paper (11 days), no card.
//! - m21–m25: every day of December from their own xiaoshi (diamonds-2).
//! - m26–m30: ten days of November (10th–19th) from their own xiaoshi, and
//!   nothing in December.

use std::collections::BTreeMap;

use jiff::Timestamp;
use jiff::civil::{Date, date};
use xiaoshi::group::counts::{SourceCounts, StreakSpread, SuitCounts};
use xiaoshi::group::matching::match_name;
use xiaoshi::group::paste::{self, Context};
use xiaoshi::group::record::{self, CheckIn, StepResult};
use xiaoshi::group::review::CardCount;
use xiaoshi::group::{
    Checkins, Consent, Group, Logged, MemberKey, Source, card, flat, review, summary, teatalk,
};
use xiaoshi::journal::transfer::{self, Format};
use xiaoshi::journal::{Event, EventKind};

const NAMES: [&str; 30] = [
    "王阿姨",
    "李叔叔",
    "张奶奶",
    "陈老师",
    "刘师傅",
    "赵阿姨",
    "周老伯",
    "孙阿姨",
    "吴师傅",
    "钱奶奶",
    "郑叔叔",
    "冯阿姨",
    "沈老师",
    "杨阿姨",
    "朱奶奶",
    "何老师",
    "林姐",
    "高叔",
    "罗阿婆",
    "唐阿姨",
    "Lily",
    "小张",
    "阿杰",
    "Kevin",
    "小雨",
    "陆小姐",
    "小王",
    "黄阿姨",
    "马大爷",
    "胡师傅",
];

fn at(day: Date) -> Timestamp {
    jiff::tz::offset(8)
        .to_timestamp(day.at(20, 0, 0, 0))
        .expect("time")
}

fn dec(day: i8) -> Date {
    date(2026, 12, day)
}

fn group() -> (Group, Vec<MemberKey>) {
    let mut group = Group::new(
        "康乐小区12号楼",
        Some("南京西路街道"),
        "shequ-xiaoshi",
        dec(1),
    )
    .expect("group");
    let keys = NAMES
        .iter()
        .enumerate()
        .map(|(i, name)| {
            let share = i % 2 == 0;
            let consent = Consent {
                name_on_posters: share,
                notes_on_posters: share,
            };
            group.add_member(name, None, dec(1), consent).expect("add")
        })
        .collect();
    (group, keys)
}

/// The day's 接龙 list, as members m1–m10 wrote it.
fn list(day: i8) -> String {
    let mut text = format!("#接龙\n21天打卡 第{day}天（12月{day}日）\n例 张三 帮邻居收快递\n\n");
    let mut n = 0;
    let mut line = |text: &mut String, body: String| {
        n += 1;
        text.push_str(&format!("{n}. {body}\n"));
    };
    line(&mut text, "王阿姨 ♥7 浇花 🌱".to_string());
    line(&mut text, "李叔叔 梅花K ✅".to_string());
    line(
        &mut text,
        if day == 5 {
            "张奶奶 修好了门禁"
        } else {
            "张奶奶 打卡"
        }
        .to_string(),
    );
    line(
        &mut text,
        if day == 5 {
            "陈老师 给邻居送了药"
        } else {
            "陈老师 ✅"
        }
        .to_string(),
    );
    line(&mut text, "刘师傅 ✔️".to_string());
    if day == 5 {
        text.push_str("大家辛苦了！\n");
    }
    for name in &NAMES[5..10] {
        if day < 10 || (day == 10 && *name != "赵阿姨") {
            line(&mut text, format!("{name} ✅"));
        }
    }
    if day == 11 {
        line(&mut text, "赵阿姨 补卡 昨天忘了接龙".to_string());
    }
    text
}

fn feed() -> (Group, Checkins, Vec<MemberKey>) {
    let (group, keys) = group();
    let names: Vec<&str> = group.members.iter().map(|m| m.name.as_str()).collect();
    let mut checkins = Checkins::default();

    // WeChat: a list a day, pasted the next morning.
    for day in 1..=21 {
        let today = dec(day).tomorrow().expect("day");
        let context = Context {
            today,
            start: Some(group.start),
            names: &names,
        };
        let paste = paste::parse(&list(day), &context);
        let chosen: BTreeMap<usize, MemberKey> = paste
            .entries()
            .filter_map(|(_, entry)| {
                let matched = match_name(&entry.name, entry.room.as_deref(), &group.members);
                Some((entry.line, matched.member()?.clone()))
            })
            .collect();
        assert_eq!(
            chosen.len(),
            paste.entries().count(),
            "every name is a member's"
        );
        let plan = record::plan_paste(&paste, &chosen, &checkins, None, today, at(today));
        assert!(
            plan.steps
                .iter()
                .all(|s| matches!(s.result, StepResult::Recorded { .. }))
        );
        checkins.add(plan.records);
        // Pasting the same list again changes nothing.
        let again = record::plan_paste(&paste, &chosen, &checkins, None, today, at(today));
        assert!(again.is_empty());
    }

    // Paper: the leader types the sheet in after the round.
    let cards = ["h3", "s5", "d9", "♣A"];
    for day in 1..=21 {
        for (i, key) in keys[10..20].iter().enumerate() {
            if i >= 5 && day % 2 == 0 {
                continue;
            }
            let request = CheckIn {
                day: dec(day),
                card: cards.get(i).and_then(|c| card::parse(c)),
                note: None,
                backfill: false,
            };
            let events = record::check_in(checkins.log(key), &request, dec(28), at(dec(28)))
                .expect("a past day");
            checkins.add(events.into_iter().map(|event| Logged {
                member: key.clone(),
                source: Source::Paper,
                event,
            }));
        }
    }

    // xiaoshi: each resident's own journal export, imported.
    let dir = tempfile::tempdir().expect("dir");
    let app = |key: &MemberKey, days: Vec<Date>, checkins: &mut Checkins| {
        let mut events = Vec::new();
        for day in days {
            let card = "diamonds-2".to_string();
            events.push(Event::new(day, at(day), EventKind::Drawn { card }));
            events.push(Event::new(
                day,
                at(day),
                EventKind::CheckedIn { backfill: false },
            ));
        }
        let path = dir.path().join(format!("{key}.json"));
        let mut bytes = Vec::new();
        transfer::export(&events, Format::Json, &mut bytes).expect("export");
        std::fs::write(&path, bytes).expect("write");
        let imported = transfer::read_import(&path).expect("import");
        checkins.add(imported.into_iter().map(|event| Logged {
            member: key.clone(),
            source: Source::App,
            event,
        }));
    };
    for key in &keys[20..25] {
        app(key, (1..=31).map(dec).collect(), &mut checkins);
    }
    for key in &keys[25..30] {
        app(
            key,
            (10..=19).map(|d| date(2026, 11, d)).collect(),
            &mut checkins,
        );
    }
    (group, checkins, keys)
}

#[test]
fn the_december_review_matches_the_hand_count() {
    let (group, checkins, _) = feed();
    let review = review::review(
        &group,
        &checkins,
        "2026-12".parse().expect("month"),
        date(2027, 1, 5),
    );
    let f = review.figures;
    assert_eq!(review.through, dec(31));
    assert_eq!((f.members, f.active), (30, 25));
    // 5×21 + 5×10 + 5×21 + 5×11 + 5×31
    assert_eq!(f.checkins, 470);
    assert_eq!(f.backfills, 1);
    // m1–m5, m11–m15 and m21–m25 each reach 21 on the 21st.
    assert_eq!(f.rounds_completed, 15);
    assert_eq!(
        f.by_suit,
        SuitCounts {
            hearts: 42,
            spades: 21,
            clubs: 42,
            diamonds: 176,
            joker: 0,
            none: 189,
            other: 0,
        }
    );
    assert_eq!(
        f.by_source,
        SourceCounts {
            app: 155,
            paper: 160,
            wechat: 155
        }
    );
    // November: only m26–m30, who checked in before they joined.
    assert_eq!(
        (
            review.previous.members,
            review.previous.active,
            review.previous.checkins
        ),
        (5, 5, 50)
    );
    assert_eq!(
        (
            review.change.members,
            review.change.active,
            review.change.checkins
        ),
        (25, 20, 420)
    );
    // On the 31st only m21–m25 still have a streak (31 days).
    assert_eq!(
        review.streaks,
        StreakSpread {
            zero: 25,
            a_round: 5,
            ..StreakSpread::default()
        }
    );
    assert_eq!(review.longest_streak, 31);
    assert_eq!(
        review.top_cards,
        [
            ("diamonds-2", 155),
            ("clubs-a", 21),
            ("clubs-k", 21),
            ("diamonds-9", 21),
            ("hearts-3", 21)
        ]
        .map(|(card, count)| CardCount {
            card: card.into(),
            count
        })
    );
    // Stories: m1's 浇花 on 21 days and m3's note on the 5th; m4 did not agree.
    assert_eq!(review.stories.len(), 22);
    let fifth: Vec<(Option<&str>, &str)> = review
        .stories
        .iter()
        .filter(|s| s.date == dec(5))
        .map(|s| (s.name.as_deref(), s.note.as_str()))
        .collect();
    assert_eq!(
        fifth,
        [(Some("王阿姨"), "浇花"), (Some("张奶奶"), "修好了门禁")]
    );
    let text = serde_json::to_string(&review).expect("json");
    assert!(
        !text.contains("给邻居送了药") && !text.contains("陈老师"),
        "m4 did not agree"
    );
}

#[test]
fn the_tea_talk_of_the_twenty_first() {
    let (group, checkins, keys) = feed();
    let talk = teatalk::tea_talk(&group, &checkins, dec(21));
    // m1–m5, m11–m15, m16–m20 (an odd day) and m21–m25.
    assert_eq!(talk.today.len(), 20);
    assert_eq!(talk.week.from, dec(21), "the 21st is a Monday");
    assert_eq!(talk.week.checkins, 20);
    let quiet: Vec<(&MemberKey, u32)> =
        talk.say_hello.iter().map(|q| (&q.member, q.days)).collect();
    let mut want: Vec<(&MemberKey, u32)> = keys[25..30].iter().map(|k| (k, 20)).collect();
    want.extend(keys[5..10].iter().map(|k| (k, 10)));
    assert_eq!(quiet, want, "quiet since joining, then since the 10th");
    let shared: Vec<&str> = talk
        .today
        .iter()
        .filter_map(|d| d.note.as_deref())
        .collect();
    assert_eq!(shared, ["浇花"]);
}

#[test]
fn the_summary_and_export_carry_counts_and_keys_only() {
    let (group, checkins, _) = feed();
    let made = summary::summarise(
        &group,
        &checkins,
        "2026-12".parse().expect("month"),
        date(2027, 1, 5),
    );
    assert_eq!(
        (
            made.members,
            made.active,
            made.checkins,
            made.rounds_completed
        ),
        (30, 25, 470, 15)
    );
    let rows = flat::rows(&group.id, &checkins);
    assert_eq!(rows.len(), 470 + 50);
    let mut csv = Vec::new();
    flat::write_csv(&rows, &mut csv).expect("csv");
    let mut outputs = vec![
        summary::to_json(&made),
        String::from_utf8(csv).expect("utf8"),
    ];
    outputs.push(serde_json::to_string(&summary::rollup([made])).expect("json"));
    for output in &outputs {
        for name in NAMES {
            assert!(!output.contains(name), "{name}");
        }
        for note in ["浇花", "修好了门禁", "给邻居送了药", "昨天忘了接龙"] {
            assert!(!output.contains(note), "{note}");
        }
    }
}
