//! The group's figures as text: the monthly review (Markdown, CSV, JSON),
//! the tea talk (plain text for the leader's terminal), and the street's
//! roll-up (Markdown, CSV). Written to any `io::Write`; the command line
//! chooses where.
//!
//! Names and notes reach these only where the review or tea talk let them
//! (consent); the roll-up has none to show. Text for people is cleaned of
//! control characters already ([`super::normal::clean`]); Markdown escapes
//! what would change its layout, and the CSVs for people start with a BOM
//! and never start a cell with a formula.

use std::io::{self, Write};

use jiff::civil::Date;
use serde::Serialize;

use super::counts::{SourceCounts, StreakSpread, SuitCounts};
use super::model::{Group, Source};
use super::review::Review;
use super::summary::{Rollup, Totals};
use super::teatalk::{Done, TeaTalk};
use crate::deck::{Deck, Suit};
use crate::i18n::export as dates;
use crate::i18n::group as t;
use crate::i18n::{Lang, fill, fill_named};
use crate::text::sanitize::spreadsheet_cell;

/// The review JSON's kind and schema.
pub const REVIEW_KIND: &str = "xiaoshi-group-review";
pub const REVIEW_SCHEMA: u32 = 1;

/// Text for a Markdown line: characters that would make a table cell,
/// emphasis, a link or a heading are escaped.
pub fn md(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// A card as people read it: `红桃 7 · 介绍两位邻居认识`, or its suit alone
/// (`梅花`), or the id of a card the deck does not hold.
pub fn card_words(card: &str, deck: &Deck, lang: Lang) -> String {
    match (super::card::CardRef::from_id(card), deck.card(card)) {
        (_, Some(found)) => format!("{} · {}", found.face.name(lang), found.title.get(lang)),
        (Some(known), None) => known.name(lang),
        (None, None) => card.to_string(),
    }
}

/// `12 次`; `1 time`, `12 times`.
pub fn times(n: u64, lang: Lang) -> String {
    crate::i18n::count(lang, n, t::TIMES_ONE, t::TIMES)
}

fn signed(n: i64) -> String {
    if n > 0 {
        format!("+{n}")
    } else {
        n.to_string()
    }
}

/// The suit counts in the order people read them, with their labels.
pub fn suit_rows(counts: &SuitCounts, lang: Lang) -> Vec<(String, u64)> {
    let mut rows: Vec<(String, u64)> = counts
        .suits()
        .into_iter()
        .map(|(suit, n)| (suit_label(suit, lang), n))
        .collect();
    rows.push((crate::i18n::JOKER.get(lang).to_string(), counts.joker));
    rows.push((t::LABEL_NO_CARD.get(lang).to_string(), counts.none));
    if counts.other > 0 {
        rows.push((t::LABEL_OTHER_CARD.get(lang).to_string(), counts.other));
    }
    rows
}

/// `红桃 · 邻里破冰`.
pub fn suit_label(suit: Suit, lang: Lang) -> String {
    format!("{} · {}", suit.name().get(lang), suit.theme().get(lang))
}

/// The ways in, with their labels.
pub fn source_rows(counts: &SourceCounts, lang: Lang) -> Vec<(String, u64)> {
    [
        (Source::App, counts.app),
        (Source::Paper, counts.paper),
        (Source::Wechat, counts.wechat),
    ]
    .into_iter()
    .map(|(source, n)| (source.label().get(lang).to_string(), n))
    .collect()
}

/// A streak band's label: `没有连续` / `连续 1-6 天`.
pub fn streak_label(band: &str, lang: Lang) -> String {
    if band == "0" {
        t::LABEL_STREAK_NONE.get(lang).to_string()
    } else {
        fill(t::LABEL_STREAK_BAND.get(lang), band)
    }
}

/// The review's title: `康乐小区12号楼 · 2026年12月 月度复盘`.
pub fn review_title(group: &Group, review: &Review, lang: Lang) -> String {
    fill_named(
        t::REVIEW_TITLE.get(lang),
        &[
            ("group", &group.name),
            (
                "month",
                &dates::month(lang, review.month.year(), review.month.month()),
            ),
        ],
    )
}

/// The review as Markdown.
pub fn review_md(
    group: &Group,
    review: &Review,
    deck: &Deck,
    lang: Lang,
    out: &mut dyn Write,
) -> io::Result<()> {
    let f = &review.figures;
    let p = &review.previous;
    writeln!(out, "# {}", md(&review_title(group, review, lang)))?;
    writeln!(out)?;
    writeln!(
        out,
        "{}",
        fill(t::THROUGH.get(lang), dates::full_date(lang, review.through))
    )?;
    writeln!(out)?;
    writeln!(
        out,
        "| | {} | {} | {} |",
        t::LABEL_THIS_MONTH.get(lang),
        t::LABEL_LAST_MONTH.get(lang),
        t::LABEL_CHANGE.get(lang)
    )?;
    writeln!(out, "|---|---:|---:|---:|")?;
    let c = &review.change;
    for (label, now, before, change) in [
        (t::LABEL_MEMBERS, f.members, p.members, Some(c.members)),
        (t::LABEL_ACTIVE, f.active, p.active, Some(c.active)),
        (t::LABEL_CHECKINS, f.checkins, p.checkins, Some(c.checkins)),
        (t::LABEL_BACKFILLS, f.backfills, p.backfills, None),
        (
            t::LABEL_ROUNDS,
            f.rounds_completed,
            p.rounds_completed,
            Some(c.rounds_completed),
        ),
    ] {
        writeln!(
            out,
            "| {} | {now} | {before} | {} |",
            label.get(lang),
            change.map(signed).unwrap_or_default()
        )?;
    }
    let table = |out: &mut dyn Write, title: crate::i18n::Text, rows: Vec<(String, u64)>| {
        writeln!(out)?;
        writeln!(out, "## {}", title.get(lang))?;
        writeln!(out)?;
        writeln!(out, "| | |")?;
        writeln!(out, "|---|---:|")?;
        for (label, n) in rows {
            writeln!(out, "| {} | {n} |", md(&label))?;
        }
        io::Result::Ok(())
    };
    table(out, t::LABEL_BY_SUIT, suit_rows(&f.by_suit, lang))?;
    table(out, t::LABEL_BY_SOURCE, source_rows(&f.by_source, lang))?;
    table(
        out,
        t::LABEL_STREAKS,
        review
            .streaks
            .bands()
            .into_iter()
            .map(|(band, n)| (streak_label(band, lang), n))
            .collect(),
    )?;
    writeln!(out)?;
    writeln!(
        out,
        "{}{}{}",
        t::LABEL_LONGEST.get(lang),
        lang.colon(),
        crate::i18n::days(review.longest_streak, lang)
    )?;
    writeln!(out)?;
    writeln!(out, "## {}", t::LABEL_TOP_CARDS.get(lang))?;
    writeln!(out)?;
    if review.top_cards.is_empty() {
        writeln!(out, "{}", t::NO_TOP_CARDS.get(lang))?;
    }
    for (n, top) in review.top_cards.iter().enumerate() {
        writeln!(
            out,
            "{}. {} — {}",
            n + 1,
            md(&card_words(&top.card, deck, lang)),
            times(top.count, lang)
        )?;
    }
    writeln!(out)?;
    writeln!(out, "## {}", t::LABEL_STORIES.get(lang))?;
    writeln!(out)?;
    if review.stories.is_empty() {
        writeln!(out, "{}", t::NO_STORIES.get(lang))?;
    }
    for story in &review.stories {
        let who = story
            .name
            .clone()
            .unwrap_or_else(|| t::A_NEIGHBOUR.get(lang).to_string());
        writeln!(
            out,
            "- {} {}{}{}",
            dates::month_day(lang, story.date),
            md(&who),
            lang.colon(),
            md(&story.note)
        )?;
    }
    if !review.pledges.is_empty() {
        writeln!(out)?;
        writeln!(out, "## {}", t::LABEL_PLEDGES.get(lang))?;
        writeln!(out)?;
        for pledge in &review.pledges {
            let mut line = format!(
                "- {} · {}",
                dates::month_day(lang, pledge.date),
                md(&pledge_words(pledge, lang))
            );
            if let Some(by) = pledge.by {
                line.push_str(
                    &lang.parenthesised(&fill(t::PLEDGE_BY.get(lang), dates::month_day(lang, by))),
                );
            }
            writeln!(out, "{line}")?;
        }
    }
    Ok(())
}

/// A workshop pledge as people read it: the own words of a joker, else the
/// card's title when pledged.
pub fn pledge_words(pledge: &super::review::WorkshopPledge, lang: Lang) -> String {
    match &pledge.words {
        Some(words) => words.clone(),
        None => pledge.title.get(lang).clone(),
    }
}

/// The review as a CSV for people: `section,item,value,previous,change`,
/// one figure a row (see `docs/group-formats.md`).
pub fn review_csv(review: &Review, out: &mut dyn Write) -> io::Result<()> {
    out.write_all("\u{feff}".as_bytes())?;
    let mut writer = csv::Writer::from_writer(out);
    let mut row = |cells: [&str; 5]| {
        let cells: Vec<String> = cells
            .iter()
            .map(|cell| spreadsheet_cell(cell).into_owned())
            .collect();
        writer.write_record(&cells).map_err(io::Error::other)
    };
    row(["section", "item", "value", "previous", "change"])?;
    let f = &review.figures;
    let p = &review.previous;
    let month = review.month.to_string();
    let through = review.through.to_string();
    row(["month", &month, &through, "", ""])?;
    for (item, now, before, change) in [
        ("members", f.members, p.members, review.change.members),
        ("active", f.active, p.active, review.change.active),
        ("checkins", f.checkins, p.checkins, review.change.checkins),
        (
            "backfills",
            f.backfills,
            p.backfills,
            i64::try_from(f.backfills).unwrap_or(i64::MAX)
                - i64::try_from(p.backfills).unwrap_or(i64::MAX),
        ),
        (
            "rounds_completed",
            f.rounds_completed,
            p.rounds_completed,
            review.change.rounds_completed,
        ),
    ] {
        row([
            "figures",
            item,
            &now.to_string(),
            &before.to_string(),
            &change.to_string(),
        ])?;
    }
    for (item, n) in suit_counts(&f.by_suit) {
        row(["by_suit", item, &n.to_string(), "", ""])?;
    }
    for (item, n) in [
        ("app", f.by_source.app),
        ("paper", f.by_source.paper),
        ("wechat", f.by_source.wechat),
    ] {
        row(["by_source", item, &n.to_string(), "", ""])?;
    }
    for (band, n) in review.streaks.bands() {
        row(["streaks", band, &n.to_string(), "", ""])?;
    }
    row([
        "longest_streak",
        "",
        &review.longest_streak.to_string(),
        "",
        "",
    ])?;
    for top in &review.top_cards {
        row(["top_cards", &top.card, &top.count.to_string(), "", ""])?;
    }
    for story in &review.stories {
        let who = story.name.clone().unwrap_or_default();
        row(["stories", &story.date.to_string(), &story.note, &who, ""])?;
    }
    for pledge in &review.pledges {
        let by = pledge.by.map(|by| by.to_string()).unwrap_or_default();
        let words = pledge.words.clone().unwrap_or_default();
        row([
            "pledges",
            &pledge.date.to_string(),
            &pledge.card,
            &by,
            &words,
        ])?;
    }
    Ok(())
}

/// Every suit count with its key, in a fixed order.
fn suit_counts(counts: &SuitCounts) -> [(&'static str, u64); 7] {
    [
        ("hearts", counts.hearts),
        ("spades", counts.spades),
        ("clubs", counts.clubs),
        ("diamonds", counts.diamonds),
        ("joker", counts.joker),
        ("none", counts.none),
        ("other", counts.other),
    ]
}

/// The review as JSON.
#[derive(Debug, Serialize)]
struct ReviewJson<'a> {
    kind: &'static str,
    schema: u32,
    group: GroupJson<'a>,
    #[serde(flatten)]
    review: &'a Review,
}

#[derive(Debug, Serialize)]
struct GroupJson<'a> {
    id: &'a str,
    name: &'a str,
    street: Option<&'a str>,
}

pub fn review_json(group: &Group, review: &Review, out: &mut dyn Write) -> io::Result<()> {
    let json = ReviewJson {
        kind: REVIEW_KIND,
        schema: REVIEW_SCHEMA,
        group: GroupJson {
            id: group.id.as_str(),
            name: &group.name,
            street: group.street.as_deref(),
        },
        review,
    };
    serde_json::to_writer_pretty(&mut *out, &json)?;
    writeln!(out)
}

/// One check-in of the tea talk: `王阿姨（502）  红桃 7 · 浇花  给邻居送了饺子`.
fn done_line(done: &Done, deck: &Deck, lang: Lang) -> String {
    let mut line = done.name.clone();
    if let Some(card) = &done.card {
        line.push_str("  ");
        line.push_str(&card_words(card, deck, lang));
    }
    if done.backfill {
        line.push_str("  ");
        line.push_str(t::KIND_BACKFILL.get(lang));
    }
    if let Some(note) = &done.note {
        line.push_str("  “");
        line.push_str(note);
        line.push('”');
    }
    line
}

/// The tea talk as plain text for the leader's terminal.
pub fn tea_talk_text(
    group: &Group,
    talk: &TeaTalk,
    deck: &Deck,
    lang: Lang,
    out: &mut dyn Write,
) -> io::Result<()> {
    let day = format!(
        "{} {}",
        dates::full_date(lang, talk.date),
        dates::weekday(lang, talk.date, true)
    );
    writeln!(out, "{}", fill(t::TEA_TITLE.get(lang), &group.name))?;
    writeln!(out, "{day}")?;
    if talk.occasion.love_neighbour_day {
        writeln!(out, "{}", t::TEA_LOVE_DAY.get(lang))?;
    }
    if talk.occasion.activity_season {
        writeln!(out, "{}", t::TEA_SEASON.get(lang))?;
    }
    writeln!(out)?;
    if talk.today.is_empty() {
        writeln!(out, "{}", t::TEA_NOBODY_YET.get(lang))?;
    } else {
        writeln!(out, "{}", fill(t::TEA_TODAY.get(lang), talk.today.len()))?;
        for done in &talk.today {
            writeln!(out, "  {}", done_line(done, deck, lang))?;
        }
    }
    writeln!(out)?;
    let week = &talk.week;
    writeln!(
        out,
        "{}",
        fill_named(
            t::TEA_WEEK.get(lang),
            &[
                ("from", &dates::month_day(lang, week.from)),
                ("to", &dates::month_day(lang, week.to)),
                ("checkins", &week.checkins),
                ("active", &week.active),
            ],
        )
    )?;
    let days: Vec<String> = week
        .days
        .iter()
        .map(|(day, n)| format!("{} {n}", dates::weekday(lang, *day, false)))
        .collect();
    writeln!(out, "  {}", days.join("  "))?;
    let suits: Vec<String> = week
        .by_suit
        .suits()
        .into_iter()
        .map(|(suit, n)| format!("{} {n}", suit.name().get(lang)))
        .chain(std::iter::once(format!(
            "{} {}",
            crate::i18n::JOKER.get(lang),
            week.by_suit.joker
        )))
        .collect();
    writeln!(
        out,
        "{}{}{}",
        t::TEA_SUIT_BALANCE.get(lang),
        lang.colon(),
        suits.join("  ")
    )?;
    if !talk.on_leave.is_empty() {
        writeln!(out)?;
        writeln!(out, "{}", t::TEA_ON_LEAVE.get(lang))?;
        for leave in &talk.on_leave {
            writeln!(
                out,
                "  {}  {}",
                leave.name,
                dates::month_day_short(lang, leave.day)
            )?;
        }
    }
    writeln!(out)?;
    writeln!(
        out,
        "{}",
        fill(t::TEA_SAY_HELLO.get(lang), super::teatalk::QUIET_DAYS)
    )?;
    if talk.say_hello.is_empty() {
        writeln!(out, "  {}", t::TEA_NOBODY_QUIET.get(lang))?;
    }
    for quiet in &talk.say_hello {
        let last = match quiet.last_check_in {
            Some(day) => fill(t::TEA_LAST.get(lang), dates::month_day_short(lang, day)),
            None => t::TEA_NEVER.get(lang).to_string(),
        };
        writeln!(
            out,
            "  {}  {}{}",
            quiet.name,
            fill(t::TEA_QUIET_DAYS.get(lang), quiet.days),
            lang.parenthesised(&last)
        )?;
    }
    let earlier: Vec<&Done> = week.done.iter().filter(|d| d.date != talk.date).collect();
    if !earlier.is_empty() {
        writeln!(out)?;
        writeln!(out, "{}", t::TEA_EARLIER.get(lang))?;
        for done in earlier {
            writeln!(
                out,
                "  {}  {}",
                dates::month_day_short(lang, done.date),
                done_line(done, deck, lang)
            )?;
        }
    }
    Ok(())
}

fn rate(totals: &Totals) -> String {
    format!("{:.0}%", totals.active_rate * 100.0)
}

/// The roll-up as Markdown.
pub fn rollup_md(rollup: &Rollup, lang: Lang, out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "# {}", t::ROLLUP_TITLE.get(lang))?;
    writeln!(out)?;
    writeln!(
        out,
        "{}",
        fill_named(
            t::ROLLUP_COUNTS.get(lang),
            &[("groups", &rollup.groups), ("summaries", &rollup.summaries)],
        )
    )?;
    let head = [
        t::LABEL_STREET,
        t::LABEL_GROUPS,
        t::LABEL_MEMBERS,
        t::LABEL_ACTIVE,
        t::LABEL_ACTIVE_RATE,
        t::LABEL_CHECKINS,
        t::LABEL_BACKFILLS,
        t::LABEL_ROUNDS,
    ];
    for month in &rollup.months {
        writeln!(out)?;
        writeln!(
            out,
            "## {}",
            dates::month(lang, month.month.year(), month.month.month())
        )?;
        writeln!(out)?;
        let mut heading: Vec<String> = head.iter().map(|h| h.get(lang).to_string()).collect();
        heading.extend(Suit::ALL.iter().map(|s| s.name().get(lang).to_string()));
        heading.push(crate::i18n::JOKER.get(lang).to_string());
        writeln!(out, "| {} |", heading.join(" | "))?;
        writeln!(out, "|---|{}", "---:|".repeat(heading.len() - 1))?;
        // `cell` is Markdown already.
        let line = |cell: &str, totals: &Totals| {
            let s = &totals.by_suit;
            format!(
                "| {cell} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} |",
                totals.groups,
                totals.members,
                totals.active,
                rate(totals),
                totals.checkins,
                totals.backfills,
                totals.rounds_completed,
                s.hearts,
                s.spades,
                s.clubs,
                s.diamonds,
                s.joker
            )
        };
        writeln!(
            out,
            "{}",
            line(&format!("**{}**", t::ALL_STREETS.get(lang)), &month.totals)
        )?;
        for street in &month.by_street {
            let name = if street.street.is_empty() {
                t::STREET_UNKNOWN.get(lang).to_string()
            } else {
                street.street.clone()
            };
            writeln!(out, "{}", line(&md(&name), &street.totals))?;
        }
    }
    if !rollup.superseded.is_empty() {
        writeln!(out)?;
        for old in &rollup.superseded {
            writeln!(
                out,
                "- {}",
                md(&fill_named(
                    t::SUPERSEDED.get(lang),
                    &[
                        ("group", &old.group),
                        ("month", &old.month),
                        ("kept", &old.kept),
                        ("left_out", &old.left_out),
                    ],
                ))
            )?;
        }
    }
    Ok(())
}

/// The roll-up's CSV columns.
pub const ROLLUP_COLUMNS: [&str; 25] = [
    "month",
    "scope",
    "street",
    "groups",
    "members",
    "active",
    "active_rate",
    "checkins",
    "backfills",
    "rounds_completed",
    "hearts",
    "spades",
    "clubs",
    "diamonds",
    "joker",
    "none",
    "other",
    "app",
    "paper",
    "wechat",
    "streak_0",
    "streak_1_6",
    "streak_7_13",
    "streak_14_20",
    "streak_21_plus",
];

/// The roll-up as a CSV for people: a row for each month's total
/// (`scope` = `total`) and for each street in it (`street`).
pub fn rollup_csv(rollup: &Rollup, out: &mut dyn Write) -> io::Result<()> {
    out.write_all("\u{feff}".as_bytes())?;
    let mut writer = csv::Writer::from_writer(out);
    writer
        .write_record(ROLLUP_COLUMNS)
        .map_err(io::Error::other)?;
    let mut row = |month: String, scope: &str, street: &str, totals: &Totals| {
        let streaks: &StreakSpread = &totals.streaks;
        let mut cells = vec![
            month,
            scope.to_string(),
            spreadsheet_cell(street).into_owned(),
        ];
        cells.extend([totals.groups, totals.members, totals.active].map(|n| n.to_string()));
        cells.push(format!("{:.3}", totals.active_rate));
        cells.extend(
            [totals.checkins, totals.backfills, totals.rounds_completed].map(|n| n.to_string()),
        );
        cells.extend(suit_counts(&totals.by_suit).map(|(_, n)| n.to_string()));
        cells.extend(
            [
                totals.by_source.app,
                totals.by_source.paper,
                totals.by_source.wechat,
            ]
            .map(|n| n.to_string()),
        );
        cells.extend(streaks.bands().map(|(_, n)| n.to_string()));
        writer.write_record(&cells).map_err(io::Error::other)
    };
    for month in &rollup.months {
        row(month.month.to_string(), "total", "", &month.totals)?;
        for street in &month.by_street {
            row(
                month.month.to_string(),
                "street",
                &street.street,
                &street.totals,
            )?;
        }
    }
    Ok(())
}

/// A date as the group's text shows it: `12月5日` / `5 December`.
pub fn day_words(lang: Lang, date: Date) -> String {
    dates::month_day(lang, date)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_text_cannot_make_a_table_or_a_link() {
        assert_eq!(md("王|阿姨 [x](y) *"), "王\\|阿姨 \\[x\\](y) \\*");
        assert_eq!(md("# 标题"), "\\# 标题");
    }

    #[test]
    fn streak_bands_in_words() {
        assert_eq!(streak_label("0", Lang::Zh), "没有连续打卡");
        assert_eq!(streak_label("7-13", Lang::Zh), "连续 7-13 天");
        assert_eq!(streak_label("21+", Lang::En), "21+ days in a row");
    }
}
