// The paste target's checks, shared with the seeds' ordinary test
// (tests/group_fuzz_seeds.rs includes this file), so a seed that passes
// `cargo test` is checked exactly as the fuzzer checks it.
//
// Any bytes, read as text (invalid UTF-8 replaced), go through what
// `group paste` will do with them: parse the 接龙 list, match every name to
// a fixed roster, plan the check-ins, record them, plan again (which must
// write nothing), word every line and step in both languages, and count the
// month: review, tea talk, summary (whose JSON must read back) and the flat
// export. Every line of the text must be accounted for. Nothing may panic.

use std::collections::BTreeMap;

use xiaoshi::group::matching::match_name;
use xiaoshi::group::paste::{self, Context, Role};
use xiaoshi::group::{
    Checkins, Consent, Group, Month, card, flat, record, review, summary, teatalk,
};
use xiaoshi::i18n::Lang;
use xiaoshi::i18n::diagnostic::Describe;

/// The roster the fuzzer matches against: two 王阿姨 told apart by room.
fn roster() -> Group {
    let december = Month::new(2026, 12).expect("a month");
    let start = december.first_day();
    let mut group = Group::new("康乐小区12号楼", Some("南京西路街道"), "shequ-xiaoshi", start)
        .expect("a group");
    let share = Consent {
        name_on_posters: true,
        notes_on_posters: true,
    };
    for (name, room) in [
        ("王阿姨", Some("502")),
        ("王阿姨", Some("601")),
        ("李叔叔", None),
        ("张奶奶", Some("301")),
        ("小明", Some("502")),
        ("陈老师", Some("201")),
        ("Lily", Some("1201")),
        ("小王", Some("905")),
        ("林姐", None),
    ] {
        group
            .add_member(name, room, start, share)
            .expect("a member");
    }
    group
}

pub fn check(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let group = roster();
    let names: Vec<&str> = group.members.iter().map(|m| m.name.as_str()).collect();
    let december = Month::new(2026, 12).expect("a month");
    // 2026-12-06: a list of that week, pasted on a Sunday.
    let mut today = december.first_day();
    for _ in 0..5 {
        today = today.tomorrow().expect("a day");
    }
    let context = Context {
        today,
        start: Some(group.start),
        names: &names,
    };
    let paste = paste::parse(&text, &context);

    // Every non-blank line, once, in order; roles point at real entries.
    let mut last = 0;
    for line in &paste.lines {
        assert!(line.number > last, "lines in order");
        last = line.number;
        assert!(!line.text.is_empty());
        if let Role::Entry { section, index } = line.role {
            let entry = &paste.sections[section].entries[index];
            assert_eq!(entry.line, line.number);
            assert!(!entry.name.is_empty());
        }
        for lang in [Lang::Zh, Lang::En] {
            assert!(!line.role.describe(lang).is_empty());
        }
        for word in line.text.split_whitespace() {
            if let Some(found) = card::parse(word) {
                assert_eq!(card::CardRef::from_id(&found.id()), Some(found));
            }
        }
        let _ = line.text.parse::<Month>();
        let _ = paste::date::find_round_day(&line.text);
    }
    assert!(paste.sections.iter().all(|s| !s.entries.is_empty()));

    // Sure matches are recorded; recording the same paste again writes nothing.
    let mut chosen = BTreeMap::new();
    for (_, entry) in paste.entries() {
        let matched = match_name(&entry.name, entry.room.as_deref(), &group.members);
        for lang in [Lang::Zh, Lang::En] {
            assert!(!matched.label().get(lang).is_empty());
        }
        if let Some(member) = matched.member() {
            chosen.insert(entry.line, member.clone());
        }
    }
    let now = "2026-12-06T04:00:00Z".parse().expect("a timestamp");
    let mut checkins = Checkins::default();
    let plan = record::plan_paste(&paste, &chosen, &checkins, Some(today), today, now);
    for step in &plan.steps {
        for lang in [Lang::Zh, Lang::En] {
            assert!(!step.result.describe(lang).is_empty());
            if let record::StepResult::Refused(refusal) = &step.result {
                assert!(!refusal.describe(lang).message.is_empty());
            }
        }
    }
    checkins.add(plan.records.clone());
    checkins.add_leave(plan.leave.clone());
    let again = record::plan_paste(&paste, &chosen, &checkins, Some(today), today, now);
    assert!(again.is_empty(), "a second paste wrote {:?}", again.records);

    // The month, counted every way.
    for month in [december.previous().expect("a month"), december] {
        let review = review::review(&group, &checkins, month, today);
        assert!(review.figures.active <= review.figures.members);
        assert_eq!(review.figures.by_suit.total(), review.figures.checkins);
        let made = summary::summarise(&group, &checkins, month, today);
        let read = summary::parse(summary::to_json(&made).as_bytes());
        assert_eq!(read.as_ref(), Ok(&made));
        let _ = summary::rollup([made.clone(), made]);
    }
    let _ = teatalk::tea_talk(&group, &checkins, today);
    let rows = flat::rows(&group.id, &checkins);
    let mut out = Vec::new();
    flat::write_csv(&rows, &mut out).expect("in memory");
    flat::write_jsonl(&rows, &mut out).expect("in memory");
}
