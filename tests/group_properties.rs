//! Property tests of the group's pure core: the 接龙 parser reads back any
//! list written the common ways and never panics on anything else; cards
//! read in every spelling; recording twice writes nothing; each member is
//! folded alone; no member name or note can reach a summary, a roll-up or
//! the flat export, and a review carries only what members agreed to; the
//! roll-up does not depend on duplicates or order.

use std::collections::BTreeMap;

use jiff::civil::{Date, date};
use jiff::{Span, Timestamp};
use proptest::prelude::*;
use xiaoshi::deck::{Rank, Suit};
use xiaoshi::group::card::{self, CardRef};
use xiaoshi::group::counts::{SourceCounts, StreakSpread, SuitCounts};
use xiaoshi::group::paste::{self, Context, EntryKind, Role};
use xiaoshi::group::record::{self, CheckIn};
use xiaoshi::group::summary::{self, SUMMARY_KIND, SUMMARY_SCHEMA, Summary};
use xiaoshi::group::{
    Checkins, Consent, Group, GroupId, Logged, MemberKey, Month, Source, flat, fold, review,
};

const START: Date = date(2026, 11, 1);

fn day(offset: u32) -> Date {
    START
        .checked_add(Span::new().days(i64::from(offset)))
        .expect("date")
}

fn now() -> Timestamp {
    "2026-11-01T12:00:00Z".parse().expect("ts")
}

/// Every card a check-in may name: the 52, a suit alone, the jokers.
fn all_cards() -> Vec<CardRef> {
    let mut cards = Vec::new();
    for suit in Suit::ALL {
        cards.push(CardRef::Suited { suit, rank: None });
        for rank in Rank::ALL {
            cards.push(CardRef::Suited {
                suit,
                rank: Some(rank),
            });
        }
    }
    cards.push(CardRef::Joker { red: true });
    cards.push(CardRef::Joker { red: false });
    cards
}

/// The ways people write a card (`which` picks one).
fn spell(card: CardRef, which: usize) -> String {
    match card {
        CardRef::Joker { red } => {
            let ways: [&str; 3] = if red {
                ["大王", "🃏", "joker-red"]
            } else {
                ["小王牌", "黑王", "joker-black"]
            };
            ways[which % ways.len()].to_string()
        }
        CardRef::Suited { suit, rank } => {
            let (symbol, letter, zh, en) = match suit {
                Suit::Hearts => ("♥", "h", "红桃", "hearts"),
                Suit::Spades => ("♠", "s", "黑桃", "spades"),
                Suit::Clubs => ("♣", "c", "梅花", "clubs"),
                Suit::Diamonds => ("♦", "d", "方块", "diamonds"),
            };
            let Some(rank) = rank else {
                return [symbol, zh, en][which % 3].to_string();
            };
            let label = rank.label();
            let full_width: String = label
                .chars()
                .map(|c| char::from_u32(c as u32 + 0xFEE0).unwrap_or(c))
                .collect();
            let lower = label.to_lowercase();
            match which % 6 {
                0 => format!("{symbol}{label}"),
                1 => format!("{letter}{lower}"),
                2 => format!("{zh}{label}"),
                3 => format!("{en}-{lower}"),
                4 => format!("{symbol}\u{FE0F}{full_width}"),
                _ => format!("{zh}{full_width}"),
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn every_card_reads_in_every_spelling(index in 0usize..58, which in 0usize..6) {
        let card = all_cards()[index];
        let text = spell(card, which);
        prop_assert_eq!(card::parse(&text), Some(card), "{}", text);
        let running = format!("{text} 帮邻居收快递");
        let (found, used) = card::parse_prefix(&running).expect("a card in running text");
        prop_assert_eq!(found, card);
        prop_assert_eq!(&running[used..], " 帮邻居收快递");
    }
}

// --- The 接龙 parser reads back what was written.

const SURNAMES: &str = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑谢宋唐许韩冯曹彭曾田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付白邹孟熊秦邱江尹薛段雷侯史陶贺顾毛郝龚邵钱严武戴孔汤";
const SUFFIXES: &[&str] = &[
    "阿姨", "叔叔", "奶奶", "爷爷", "师傅", "老师", "姐", "哥", "同学", "阿婆", "老伯", "大爷",
];
const NOTES: &[&str] = &[
    "帮邻居收快递",
    "给绿萝浇水",
    "扫了楼道",
    "送了饺子",
    "修好了单元门的门禁",
    "陪老人聊天",
    "教邻居用手机挂号",
    "贴了垃圾分类的提示",
    "帮楼下搬了东西",
    "和新邻居打了招呼",
];

fn name() -> impl Strategy<Value = String> {
    let surnames: Vec<char> = SURNAMES.chars().collect();
    (
        prop::sample::select(surnames),
        prop::sample::select(SUFFIXES),
    )
        .prop_map(|(surname, suffix)| format!("{surname}{suffix}"))
}

#[derive(Debug, Clone)]
struct Written {
    name: String,
    room: Option<u16>,
    room_style: usize,
    kind: EntryKind,
    card: Option<(usize, usize)>,
    note: Option<String>,
    deco: Option<(usize, bool)>,
}

fn written() -> impl Strategy<Value = Written> {
    (
        name(),
        prop::option::of(101u16..2999),
        0usize..4,
        prop_oneof![
            6 => Just(EntryKind::CheckedIn),
            1 => Just(EntryKind::Leave),
            1 => Just(EntryKind::Backfill),
        ],
        prop::option::of((0usize..58, 0usize..6)),
        prop::option::of(prop::sample::subsequence(NOTES.to_vec(), 1..3)),
        prop::option::of((0usize..5, any::<bool>())),
    )
        .prop_map(|(name, room, room_style, kind, card, note, deco)| Written {
            name,
            room,
            room_style,
            kind,
            card,
            note: note.map(|parts| parts.join("，")),
            deco,
        })
}

fn numbering(style: usize, n: usize) -> String {
    let full_width: String = n
        .to_string()
        .chars()
        .map(|c| char::from_u32(c as u32 + 0xFEE0).unwrap_or(c))
        .collect();
    match style % 6 {
        0 => format!("{n}. "),
        1 => format!("{n}、"),
        2 => format!("{n}）"),
        3 => format!("（{n}）"),
        4 => format!("{full_width}．"),
        _ => format!("{n} "),
    }
}

fn render_line(entry: &Written) -> String {
    const DECOS: [&str; 5] = ["✅", "🌱", "[强]", "👍", "✔️"];
    let mut line = entry.name.clone();
    if let Some(room) = entry.room {
        line.push_str(&match entry.room_style {
            0 => format!("({room})"),
            1 => format!("（{room}）"),
            2 => format!("【{room}】"),
            _ => format!(" {room}"),
        });
    }
    if let Some((deco, true)) = entry.deco {
        line.push_str(DECOS[deco]);
    }
    match entry.kind {
        EntryKind::Leave => line.push_str(" 请假"),
        EntryKind::Backfill => line.push_str(" 补卡"),
        EntryKind::CheckedIn => {}
    }
    if let Some((card, which)) = entry.card {
        line.push(' ');
        line.push_str(&spell(all_cards()[card], which));
    }
    if let Some(note) = &entry.note {
        line.push(' ');
        line.push_str(note);
    }
    if let Some((deco, false)) = entry.deco {
        line.push(' ');
        line.push_str(DECOS[deco]);
    }
    line
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn a_list_written_the_common_ways_reads_back(
        entries in prop::collection::vec(written(), 1..25),
        style in 0usize..6,
        list_day in 0u32..400,
        late in 0u32..3,
        chat in prop::option::of(0usize..25),
    ) {
        let date = day(list_day);
        let mut text = format!("#接龙\n{}月{}日 打卡\n例 张三 帮邻居收快递\n\n", date.month(), date.day());
        for (index, entry) in entries.iter().enumerate() {
            // A chat line among the entries (before the first it would be a title).
            if chat == Some(index) && index > 0 {
                text.push_str("大家辛苦了\n");
            }
            text.push_str(&numbering(style, index + 1));
            text.push_str(&render_line(entry));
            text.push('\n');
        }
        let names: Vec<&str> = entries.iter().map(|e| e.name.as_str()).collect();
        let context = Context {
            today: date.checked_add(Span::new().days(i64::from(late))).expect("date"),
            start: Some(START),
            names: &names,
        };
        let paste = paste::parse(&text, &context);
        prop_assert_eq!(paste.sections.len(), 1, "{}", text);
        let section = &paste.sections[0];
        prop_assert_eq!(section.date, Some(date));
        prop_assert_eq!(section.entries.len(), entries.len(), "{}", text);
        for (got, want) in section.entries.iter().zip(&entries) {
            prop_assert_eq!(&got.name, &want.name, "{}", text);
            prop_assert_eq!(got.room.clone(), want.room.map(|r| r.to_string()), "{}", text);
            prop_assert_eq!(got.kind, want.kind, "{}", text);
            prop_assert_eq!(got.card, want.card.map(|(c, _)| all_cards()[c]), "{}", text);
            prop_assert_eq!(&got.note, &want.note, "{}", text);
        }
        let chatted = chat.is_some_and(|c| c > 0 && c < entries.len());
        prop_assert_eq!(paste.not_placed().count(), usize::from(chatted), "{}", text);
    }

    #[test]
    fn the_parser_takes_anything_and_accounts_for_every_line(
        chars in prop::collection::vec(
            prop_oneof![
                3 => prop::sample::select(
                    "#接龙例第天月日号.、．)）(（①⑳ 0123456789１２３\n\n\r\t王阿姨李叔叔✅🌱♥♠♣♦️♡红桃梅花方块黑桃大王🃏hjqkAJQK[]【】强请假补卡@：:，,-"
                        .chars()
                        .collect::<Vec<_>>()
                ),
                1 => any::<char>(),
            ],
            0..400,
        ),
    ) {
        let text: String = chars.into_iter().collect();
        let names = ["王阿姨", "李叔叔"];
        let context = Context { today: date(2026, 12, 6), start: Some(START), names: &names };
        let paste = paste::parse(&text, &context);
        let mut last = 0;
        for line in &paste.lines {
            prop_assert!(line.number > last);
            last = line.number;
            prop_assert!(!line.text.is_empty());
            if let Role::Entry { section, index } = line.role {
                let entry = &paste.sections[section].entries[index];
                prop_assert_eq!(entry.line, line.number);
                prop_assert!(!entry.name.is_empty());
            }
        }
        let entries: usize = paste.sections.iter().map(|s| s.entries.len()).sum();
        let entry_lines = paste.lines.iter().filter(|l| matches!(l.role, Role::Entry { .. })).count();
        prop_assert_eq!(entries, entry_lines);
        prop_assert!(paste.sections.iter().all(|s| !s.entries.is_empty()));
    }

    #[test]
    fn a_date_without_a_year_is_the_nearest(offset in -150i64..150, today_offset in 0u32..800, dotted in any::<bool>()) {
        let today = day(today_offset);
        let target = today.checked_add(Span::new().days(offset)).expect("date");
        let text = if dotted {
            format!("{}.{} 打卡", target.month(), target.day())
        } else {
            format!("{}月{}日", target.month(), target.day())
        };
        let found = paste::date::find_date(&text, today).map(|f| f.date);
        prop_assert_eq!(found, Some(target), "{}", text);
    }
}

// --- Recording, folding, and what leaves the group.

/// What may happen to a member on a day.
#[derive(Debug, Clone)]
enum Act {
    CheckIn {
        card: Option<usize>,
        note: Option<String>,
        backfill: bool,
        source: usize,
    },
    Leave,
    Undo,
}

fn act(notes: Vec<String>) -> impl Strategy<Value = Act> {
    prop_oneof![
        8 => (
            prop::option::of(0usize..58),
            prop::option::of(prop::sample::select(notes)),
            prop::bool::weighted(0.1),
            0usize..3,
        )
            .prop_map(|(card, note, backfill, source)| Act::CheckIn { card, note, backfill, source }),
        1 => Just(Act::Leave),
        1 => Just(Act::Undo),
    ]
}

/// A random group: CJK names and notes, random consents, 40 days of acts.
#[derive(Debug, Clone)]
struct History {
    members: Vec<(String, Consent)>,
    notes: Vec<String>,
    acts: Vec<(usize, u32, Act)>,
}

fn history() -> impl Strategy<Value = History> {
    (
        prop::collection::btree_set("[\u{4e00}-\u{9fa5}]{2,4}", 1..8),
        prop::collection::btree_set("[\u{4e00}-\u{9fa5}]{4,10}", 1..6),
    )
        .prop_flat_map(|(names, notes)| {
            let notes: Vec<String> = notes.into_iter().collect();
            let members = names.len();
            (
                prop::collection::vec(any::<(bool, bool)>(), members).prop_map(move |consents| {
                    names
                        .iter()
                        .cloned()
                        .zip(consents.into_iter().map(|(name, notes)| Consent {
                            name_on_posters: name,
                            notes_on_posters: notes,
                        }))
                        .collect::<Vec<_>>()
                }),
                Just(notes.clone()),
                prop::collection::vec((0..members, 0u32..92, act(notes)), 0..160),
            )
        })
        .prop_map(|(members, notes, acts)| History {
            members,
            notes,
            acts,
        })
}

const STREETS: &[&str] = &["南京西路街道", "静安寺街道", "江宁路街道", "曹家渡街道"];

/// Builds the group by recording every act as the leader would; returns
/// the group, its check-ins, and what a second recording wrote (nothing).
fn build(history: &History, street: &str) -> (Group, Checkins, usize) {
    let mut group = Group::new("测试小组", Some(street), "shequ-xiaoshi", START).expect("group");
    let keys: Vec<MemberKey> = history
        .members
        .iter()
        .map(|(name, consent)| group.add_member(name, None, START, *consent).expect("add"))
        .collect();
    let mut checkins = Checkins::default();
    let mut acts = history.acts.clone();
    acts.sort_by_key(|(_, offset, _)| *offset);
    let today = day(95);
    let mut again = 0;
    for (member, offset, act) in &acts {
        let key = &keys[*member];
        let log = checkins.log(key).clone();
        match act {
            Act::CheckIn {
                card,
                note,
                backfill,
                source,
            } => {
                let request = CheckIn {
                    day: if *backfill {
                        day(offset.saturating_sub(1))
                    } else {
                        day(*offset)
                    },
                    card: card.map(|c| all_cards()[c]),
                    note: note.clone(),
                    backfill: *backfill,
                };
                let source = Source::ALL[*source];
                if let Ok(events) = record::check_in(&log, &request, today, now()) {
                    checkins.add(events.into_iter().map(|event| Logged {
                        member: key.clone(),
                        source,
                        event,
                    }));
                    // The same request again writes nothing.
                    let log = checkins.log(key).clone();
                    again += record::check_in(&log, &request, today, now())
                        .map(|events| events.len())
                        .unwrap_or(0);
                }
            }
            Act::Leave => {
                if let Ok(Some(leave)) =
                    record::leave(&log, key, day(*offset), today, Source::Wechat)
                {
                    checkins.add_leave([leave]);
                }
            }
            Act::Undo => {
                if let Some(event) = record::undo(&log, day(*offset), now()) {
                    checkins.add([Logged {
                        member: key.clone(),
                        source: Source::Paper,
                        event,
                    }]);
                }
            }
        }
    }
    (group, checkins, again)
}

/// Whether `needle` shows in `haystack` only where an allowed text holds it.
fn appears_only_within(haystack: &str, needle: &str, allowed: &[&str]) -> bool {
    !haystack.contains(needle) || allowed.iter().any(|text| text.contains(needle))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn recording_twice_writes_nothing(history in history()) {
        let (_, _, again) = build(&history, STREETS[0]);
        prop_assert_eq!(again, 0);
    }

    #[test]
    fn no_name_or_note_reaches_a_summary_a_roll_up_or_the_flat_export(
        history in history(),
        street in prop::sample::select(STREETS.to_vec()),
    ) {
        let (group, checkins, _) = build(&history, street);
        let today = day(75);
        let mut outputs = Vec::new();
        let mut summaries = Vec::new();
        for month in ["2026-11", "2026-12", "2027-01"] {
            let summary = summary::summarise(&group, &checkins, month.parse().expect("month"), today);
            outputs.push(summary::to_json(&summary));
            summaries.push(summary);
        }
        outputs.push(serde_json::to_string(&summary::rollup(summaries)).expect("json"));
        let rows = flat::rows(&group.id, &checkins);
        let mut csv = Vec::new();
        flat::write_csv(&rows, &mut csv).expect("csv");
        let mut jsonl = Vec::new();
        flat::write_jsonl(&rows, &mut jsonl).expect("jsonl");
        outputs.push(String::from_utf8(csv).expect("utf8"));
        outputs.push(String::from_utf8(jsonl).expect("utf8"));
        let allowed = [street, "测试小组"];
        for output in &outputs {
            for (name, _) in &history.members {
                prop_assert!(appears_only_within(output, name, &allowed), "{} in {}", name, output);
            }
            for note in &history.notes {
                prop_assert!(appears_only_within(output, note, &allowed), "{} in {}", note, output);
            }
        }
    }

    #[test]
    fn a_review_shows_only_what_members_agreed_to(history in history()) {
        let (group, checkins, _) = build(&history, STREETS[1]);
        let review = review::review(&group, &checkins, "2026-11".parse().expect("month"), day(75));
        let text = serde_json::to_string(&review).expect("json");
        // What consenting members let show; a refused name or note may only
        // appear inside one of these (random names can hold each other).
        let mut allowed: Vec<&str> = Vec::new();
        for (name, consent) in &history.members {
            if consent.name_on_posters && consent.notes_on_posters {
                allowed.push(name);
            }
        }
        for story in &review.stories {
            allowed.push(&story.note);
        }
        for (name, consent) in &history.members {
            if !(consent.name_on_posters && consent.notes_on_posters) {
                prop_assert!(appears_only_within(&text, name, &allowed), "{} in {}", name, text);
            }
        }
        // Every story is a note of a member who agreed to notes on posters.
        let sharing: Vec<&MemberKey> = group
            .members
            .iter()
            .filter(|m| m.consent.notes_on_posters)
            .map(|m| &m.key)
            .collect();
        for story in &review.stories {
            let owner = sharing.iter().any(|key| {
                checkins
                    .log(key)
                    .facts()
                    .get(&story.date)
                    .and_then(|facts| facts.note.as_deref())
                    == Some(story.note.as_str())
            });
            prop_assert!(owner, "{:?}", story);
        }
    }

    #[test]
    fn a_review_from_folds_saved_two_months_back_is_the_same(history in history(), save in 0u32..30) {
        let (group, checkins, _) = build(&history, STREETS[3]);
        let today = day(97);
        let january: Month = "2027-01".parse().expect("month");
        // Saved at the end of a November day; then only what came after.
        let saved_on = day(save);
        let saved: BTreeMap<MemberKey, xiaoshi::journal::rules::Progress> = group
            .members
            .iter()
            .map(|m| (m.key.clone(), fold::progress_at(checkins.log(&m.key), saved_on, today)))
            .collect();
        let recent: Vec<Logged> = checkins
            .iter()
            .flat_map(|(key, log)| log.logged(key).collect::<Vec<_>>())
            .filter(|logged| logged.event.day > saved_on)
            .collect();
        let recent = Checkins::from_records(recent);
        prop_assert_eq!(
            review::review_resumed(&group, &recent, january, today, &saved),
            review::review(&group, &checkins, january, today)
        );
    }

    #[test]
    fn each_member_is_folded_alone(history in history()) {
        let (group, checkins, _) = build(&history, STREETS[2]);
        let today = day(64);
        let month: Month = "2026-12".parse().expect("month");
        let (figures, streaks) = review::figures_and_streaks(&group, &checkins, month, today);
        let spread: u64 = streaks.bands().iter().map(|(_, n)| n).sum();
        prop_assert_eq!(spread, figures.members, "every member counted has one streak");
        prop_assert_eq!(review::figures(&group, &checkins, month, today), figures);
        let mut checkins_sum = 0;
        for member in &group.members {
            let own: Vec<Logged> = checkins.log(&member.key).logged(&member.key).collect();
            let alone = Checkins::from_records(own);
            prop_assert_eq!(
                fold::figures(&member.key, checkins.log(&member.key), today),
                fold::figures(&member.key, alone.log(&member.key), today)
            );
            // The resident's own journal, read directly, gives the same days.
            let facts = xiaoshi::journal::rules::facts_by_day(alone.log(&member.key).events());
            checkins_sum += facts
                .range(month.first_day()..=month.last_day().min(today))
                .filter(|(_, f)| f.checked_in)
                .count() as u64;
        }
        prop_assert_eq!(figures.checkins, checkins_sum);
        prop_assert_eq!(figures.by_suit.total(), figures.checkins);
    }
}

// --- The roll-up.

fn a_summary() -> impl Strategy<Value = Summary> {
    (
        0u8..6,
        prop::sample::select(STREETS.to_vec()),
        1i8..4,
        0u64..60,
        0u64..40,
        0u64..300,
        0u64..3,
    )
        .prop_map(
            |(group, street, month, members, active, checkins, rounds)| {
                let month = Month::new(2027, month).expect("month");
                Summary {
                    kind: SUMMARY_KIND.into(),
                    schema: SUMMARY_SCHEMA,
                    group: GroupId::new(&format!("g-{group}")).expect("id"),
                    street: street.to_string(),
                    month,
                    through: month.last_day(),
                    members: members.max(active),
                    active,
                    checkins,
                    backfills: 0,
                    rounds_completed: rounds,
                    by_suit: SuitCounts {
                        clubs: checkins,
                        ..SuitCounts::default()
                    },
                    by_source: SourceCounts {
                        paper: checkins,
                        ..SourceCounts::default()
                    },
                    streaks: StreakSpread::default(),
                }
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn the_roll_up_ignores_duplicates_and_order(
        summaries in prop::collection::vec(a_summary(), 0..30),
        repeats in prop::collection::vec(any::<prop::sample::Index>(), 0..10),
        seed in any::<u64>(),
    ) {
        let once = summary::rollup(summaries.clone());
        let mut again = summaries.clone();
        if !summaries.is_empty() {
            again.extend(repeats.iter().map(|i| summaries[i.index(summaries.len())].clone()));
        }
        // A fixed shuffle from the seed.
        let mut order: Vec<(u64, usize)> = (0..again.len())
            .map(|i| (seed.wrapping_mul(i as u64 + 1).rotate_left(17) ^ i as u64, i))
            .collect();
        order.sort_unstable();
        let shuffled: Vec<Summary> = order.into_iter().map(|(_, i)| again[i].clone()).collect();
        prop_assert_eq!(&summary::rollup(shuffled), &once);
        // Totals: each group-month counted once.
        let mut kept: BTreeMap<(GroupId, Month), u64> = BTreeMap::new();
        for summary in &once.months {
            for street in &summary.by_street {
                prop_assert!(street.totals.active <= street.totals.members);
            }
        }
        for summary in &summaries {
            kept.entry((summary.group.clone(), summary.month)).or_insert(0);
        }
        prop_assert_eq!(once.summaries, kept.len() as u64);
        // Every summary file written reads back the same.
        for summary in &summaries {
            let read = summary::parse(summary::to_json(summary).as_bytes());
            prop_assert_eq!(read.as_ref(), Ok(summary));
        }
    }
}
