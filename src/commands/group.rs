//! `xiaoshi group …`: the small-thing leader's group. Every way in (a
//! 接龙 paste, residents' exports, the grid screen) shows what it would do
//! first, with every line or file it could not place, and writes only when
//! asked (`--yes`, or confirming on the screen). What is said about the work
//! goes to standard error when standard output carries a file.

use std::collections::BTreeMap;
use std::io::{IsTerminal, Read};
use std::path::{Path, PathBuf};

use jiff::civil::Date;
use serde::Serialize;

use super::{Output, is_stdout, load_deck, write_out};
use crate::cli::{Cli, FlatFormat, GroupArgs, GroupCommand, Pick, ReviewFormat};
use crate::error::{Error, Result};
use crate::group::import::{self, Whose};
use crate::group::matching::{self, Match, Offer};
use crate::group::model::{Consent, MemberError};
use crate::group::paste::{self, Context, Paste, Role};
use crate::group::record::{self, Plan, StepResult};
use crate::group::{Checkins, Group, MemberKey, Month, flat, report, summary, teatalk};
use crate::i18n::diagnostic::Describe;
use crate::i18n::group as t;
use crate::i18n::{Lang, fill, fill_named};
use crate::journal::transfer;
use crate::service::group::{Change, Months, Where, place};
use crate::service::{Desk, GroupError, Leader};
use crate::text::sanitize::Shown;
use crate::tui::group::Start;

/// The most a paste may hold: a 接龙 of 100 lines is about 5 KB.
const MAX_PASTE_BYTES: u64 = 1024 * 1024;

pub fn run(cli: &Cli, args: &GroupArgs, lang: Lang, io: &mut Output<'_>) -> Result<()> {
    let chosen = args.group.as_deref().map(Where::parse);
    let open = || -> Result<Leader> {
        let (deck, _) = load_deck(cli)?;
        let desk = Desk::from_env()?;
        super::lay_out_text_for(&desk.config);
        desk.open(chosen.as_ref(), deck)
    };
    match &args.command {
        None => {
            let leader = open()?;
            if std::io::stdin().is_terminal() && std::io::stdout().is_terminal() {
                let options = tui_options(cli, &leader);
                crate::tui::group::run(leader, lang, options, Start::TeaTalk)
            } else {
                today(&leader, false, lang, io)
            }
        }
        Some(GroupCommand::New {
            name,
            street,
            start,
        }) => {
            let desk = Desk::from_env()?;
            let today = desk.today();
            let start = match start {
                Some(start) => start.resolve(today)?,
                None => today,
            };
            let deck = deck_name(cli);
            let group = Group::new(name, street.as_deref(), &deck, start).map_err(member)?;
            let folder = place::for_new(&desk.data, chosen.as_ref(), &group.name)?;
            folder.create(&group)?;
            writeln!(
                io.out,
                "{}",
                fill_named(
                    t::MADE_GROUP.get(lang),
                    &[
                        ("name", &group.name),
                        ("dir", &Shown(&folder.dir().display().to_string())),
                        ("start", &start),
                    ],
                )
            )?;
            writeln!(io.out, "{}", t::MADE_GROUP_NEXT.get(lang))?;
            Ok(())
        }
        Some(GroupCommand::Add {
            names,
            room,
            joined,
            poster_name,
            poster_notes,
        }) => {
            let leader = open()?;
            let today = leader.today();
            let joined = match joined {
                Some(day) => day.resolve(today)?,
                None => today,
            };
            let names: Vec<String> = names.iter().flat_map(|n| n.0.clone()).collect();
            if names.len() > 1 && room.is_some() {
                return Err(GroupError::RoomForOne.into());
            }
            let consent = Consent {
                name_on_posters: *poster_name,
                notes_on_posters: *poster_notes,
            };
            let (group, keys) = leader
                .folder
                .change_group(|group| -> Result<Vec<MemberKey>> {
                    names
                        .iter()
                        .map(|name| {
                            group
                                .add_member(name, room.as_deref(), joined, consent)
                                .map_err(member)
                        })
                        .collect()
                })?;
            for key in keys {
                if let Some(added) = group.member(&key) {
                    writeln!(
                        io.out,
                        "{}",
                        fill_named(
                            t::ADDED.get(lang),
                            &[
                                ("name", &added.label()),
                                ("key", &key),
                                ("consent", &consent_words(added.consent, lang)),
                            ],
                        )
                    )?;
                }
            }
            Ok(())
        }
        Some(GroupCommand::Consent {
            member: who,
            name,
            notes,
        }) => {
            let leader = open()?;
            let (group, key) = leader.folder.change_group(|group| -> Result<MemberKey> {
                let key = find_member(group, who)?;
                if let Some(entry) = group.member_mut(&key) {
                    if let Some(name) = name {
                        entry.consent.name_on_posters = name.yes();
                    }
                    if let Some(notes) = notes {
                        entry.consent.notes_on_posters = notes.yes();
                    }
                }
                Ok(key)
            })?;
            if let Some(entry) = group.member(&key) {
                writeln!(
                    io.out,
                    "{}",
                    fill_named(
                        t::CONSENT_NOW.get(lang),
                        &[
                            ("name", &entry.label()),
                            ("consent", &consent_words(entry.consent, lang)),
                        ],
                    )
                )?;
            }
            Ok(())
        }
        Some(GroupCommand::List { json }) => {
            let desk = Desk::from_env()?;
            list(&desk, *json, lang, io)
        }
        Some(GroupCommand::Show { json }) => show(&open()?, *json, lang, io),
        Some(GroupCommand::Link { sessions }) => {
            let leader = open()?;
            let store = crate::workshop::Sessions::new(&leader.data);
            let found = sessions
                .iter()
                .map(|name| store.find(name).map(|opened| opened.session))
                .collect::<std::result::Result<Vec<_>, _>>()?;
            leader.folder.change_group(|group| -> Result<()> {
                for session in &found {
                    if !group.workshops.contains(&session.id) {
                        group.workshops.push(session.id.clone());
                    }
                }
                Ok(())
            })?;
            for session in &found {
                writeln!(
                    io.out,
                    "{}",
                    fill_named(
                        t::LINKED.get(lang),
                        &[
                            ("id", &session.id),
                            ("date", &report::day_words(lang, session.date)),
                            ("pledges", &session.pledges.len()),
                        ],
                    )
                )?;
            }
            Ok(())
        }
        Some(GroupCommand::Paste {
            file,
            date,
            pick,
            yes,
            json,
        }) => {
            let leader = open()?;
            let date = match date {
                Some(day) => Some(day.resolve(leader.today())?),
                None => None,
            };
            let text = read_paste(file.as_deref(), lang, io)?;
            paste_command(&leader, &text, date, pick, *yes, *json, lang, io)
        }
        Some(GroupCommand::Import {
            files,
            as_member,
            yes,
        }) => import_command(&open()?, files, as_member.as_deref(), *yes, lang, io),
        Some(GroupCommand::Today { json }) => today(&open()?, *json, lang, io),
        Some(GroupCommand::Grid { from }) => {
            let leader = open()?;
            if !(std::io::stdin().is_terminal() && std::io::stdout().is_terminal()) {
                return Err(GroupError::NeedsTerminal.into());
            }
            let from = match from {
                Some(day) => Some(day.resolve(leader.today())?),
                None => None,
            };
            let options = tui_options(cli, &leader);
            crate::tui::group::run(leader, lang, options, Start::Grid(from))
        }
        Some(GroupCommand::Review {
            month,
            format,
            out,
            anonymous,
            paper,
        }) => {
            let leader = open()?;
            let today = leader.today();
            let month = match month {
                Some((year, month)) => Month::new(*year, *month).unwrap_or(Month::of(today)),
                None => Month::of(today),
            };
            let (group, mut review) = leader.folder.review(month, today)?;
            let (pledges, unread) =
                crate::service::group::workshop_pledges(&leader.data, &group, month);
            review.pledges = pledges;
            for (id, error) in unread {
                writeln!(
                    io.err,
                    "{}",
                    fill_named(
                        t::WORKSHOP_UNREAD.get(lang),
                        &[
                            ("id", &Shown(&id)),
                            ("reason", &error.describe(lang).one_line(lang)),
                        ],
                    )
                )?;
            }
            let mut bytes = Vec::new();
            if *anonymous {
                let summary = summary::from_review(&group, &review, today);
                bytes.extend_from_slice(summary::to_json(&summary).as_bytes());
                return write_file_or_stdout(out.as_deref(), &bytes, lang, io);
            }
            match format.unwrap_or(ReviewFormat::Md) {
                ReviewFormat::Md => {
                    report::review_md(&group, &review, &leader.deck, lang, &mut bytes)?
                }
                ReviewFormat::Csv => report::review_csv(&review, &mut bytes)?,
                ReviewFormat::Json => report::review_json(&group, &review, &mut bytes)?,
                ReviewFormat::Pdf => {
                    let printed = super::export::printed_lang(cli.lang, lang, false);
                    let fonts = crate::export::Fonts::builtin()
                        .map_err(crate::export::ExportError::from)?;
                    let paper = paper.unwrap_or(crate::export::Paper::A4);
                    let printed_at = leader.clock.zone.to_datetime(leader.clock.now);
                    let pdf = crate::export::review::pdf(
                        &group,
                        &review,
                        &leader.deck,
                        printed,
                        printed_at,
                        paper,
                        &fonts,
                    )?;
                    let out = out.clone().unwrap_or_else(|| {
                        PathBuf::from(format!("{}-{}.pdf", folder_stem(&leader), month))
                    });
                    return write_file(&out, &pdf.bytes, lang, io);
                }
            }
            write_file_or_stdout(out.as_deref(), &bytes, lang, io)
        }
        Some(GroupCommand::Export { format, out }) => {
            let leader = open()?;
            let (group, checkins) = leader.folder.read(Months::All)?;
            let rows = flat::rows(&group.id, &checkins);
            let mut bytes = Vec::new();
            match format {
                FlatFormat::Csv => flat::write_csv(&rows, &mut bytes)?,
                FlatFormat::Jsonl => flat::write_jsonl(&rows, &mut bytes)?,
            }
            write_file_or_stdout(out.as_deref(), &bytes, lang, io)
        }
        Some(GroupCommand::Sheet { start, out, paper }) => {
            let leader = open()?;
            let today = leader.today();
            let start = match start {
                Some(day) => day.resolve(today)?,
                None => today,
            };
            let group = leader.folder.read_group()?;
            let rows = sheet_rows(&group);
            let printed = super::export::printed_lang(cli.lang, lang, false);
            let fonts =
                crate::export::Fonts::builtin().map_err(crate::export::ExportError::from)?;
            let paper = paper.unwrap_or(crate::export::Paper::A4);
            let bytes = crate::export::group_sheet_pdf(&fonts, paper, printed, &rows, start)?;
            let out = out.clone().unwrap_or_else(|| {
                PathBuf::from(format!("{}-sheet-{start}.pdf", folder_stem(&leader)))
            });
            write_file(&out, &bytes, lang, io)
        }
    }
}

fn tui_options(cli: &Cli, leader: &Leader) -> crate::tui::Options {
    crate::tui::Options {
        animate: !cli.no_anim,
        no_color: cli.no_color,
        ambiguous: crate::config::AmbiguousWidth::from_env(leader.config.ambiguous_width),
    }
}

fn member(error: MemberError) -> Error {
    Error::Group(GroupError::Member(error))
}

/// The deck a new group plays with: `--deck`'s file stem, or the built-in one.
fn deck_name(cli: &Cli) -> String {
    cli.deck.as_deref().and_then(Path::file_stem).map_or_else(
        || "shequ-xiaoshi".to_string(),
        |stem| stem.to_string_lossy().into_owned(),
    )
}

/// The group's folder name, for default file names.
fn folder_stem(leader: &Leader) -> String {
    leader
        .folder
        .dir()
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .and_then(|name| place::folder_name(&name))
        .unwrap_or_else(|| "group".to_string())
}

/// `名字上海报：可以；备注上海报：不可以`.
fn consent_words(consent: Consent, lang: Lang) -> String {
    let word = |yes: bool| *if yes { t::YES_WORD } else { t::NO_WORD }.get(lang);
    fill_named(
        t::CONSENT_WORDS.get(lang),
        &[
            ("name", &word(consent.name_on_posters)),
            ("notes", &word(consent.notes_on_posters)),
        ],
    )
}

/// A member named on the command line.
fn find_member(group: &Group, written: &str) -> Result<MemberKey> {
    matching::find(written, &group.members).map_err(|offers| {
        GroupError::NoSuchMember {
            written: written.to_string(),
            offers: offer_labels(group, &offers),
        }
        .into()
    })
}

fn offer_labels(group: &Group, offers: &[Offer]) -> Vec<String> {
    offers
        .iter()
        .filter_map(|offer| {
            group
                .member(&offer.member)
                .map(|m| format!("{} {}", m.label(), m.key))
        })
        .collect()
}

/// Writes `bytes` to `out`, or standard output without one.
fn write_file_or_stdout(
    out: Option<&Path>,
    bytes: &[u8],
    lang: Lang,
    io: &mut Output<'_>,
) -> Result<()> {
    match out {
        Some(path) => write_file(path, bytes, lang, io),
        None => write_out(None, bytes, io),
    }
}

/// Writes a file and says where (unless it went to standard output).
fn write_file(out: &Path, bytes: &[u8], lang: Lang, io: &mut Output<'_>) -> Result<()> {
    if is_stdout(out) && std::io::stdout().is_terminal() && bytes.starts_with(b"%PDF") {
        return Err(GroupError::PdfToTerminal.into());
    }
    write_out(Some(out), bytes, io)?;
    if !is_stdout(out) {
        writeln!(
            io.err,
            "{}",
            fill_named(
                crate::i18n::export::WROTE.get(lang),
                &[("path", &Shown(&out.display().to_string()))],
            )
        )?;
    }
    Ok(())
}

/// The rows of the printed sheet: each member's name where they agreed to
/// it on posters, else their room, else nothing (their row number stays).
fn sheet_rows(group: &Group) -> Vec<String> {
    group
        .members
        .iter()
        .map(|m| {
            if m.consent.name_on_posters {
                crate::export::tracker::printable_name(&m.label())
            } else {
                m.room
                    .as_deref()
                    .map(crate::export::tracker::printable_name)
                    .unwrap_or_default()
            }
        })
        .collect()
}

#[derive(Serialize)]
struct ListedJson {
    folder: String,
    dir: String,
    name: Option<String>,
    street: Option<String>,
    members: Option<usize>,
    error: Option<String>,
}

fn list(desk: &Desk, json: bool, lang: Lang, io: &mut Output<'_>) -> Result<()> {
    let groups = place::list(&desk.data)?;
    if json {
        let rows: Vec<ListedJson> = groups
            .iter()
            .map(|listed| ListedJson {
                folder: listed.folder.clone(),
                dir: listed.dir.display().to_string(),
                name: listed.group.as_ref().ok().map(|g| g.name.clone()),
                street: listed.group.as_ref().ok().and_then(|g| g.street.clone()),
                members: listed.group.as_ref().ok().map(|g| g.members.len()),
                error: listed
                    .group
                    .as_ref()
                    .err()
                    .map(|e| e.describe(lang).message),
            })
            .collect();
        serde_json::to_writer_pretty(&mut *io.out, &rows).map_err(std::io::Error::from)?;
        writeln!(io.out)?;
        return Ok(());
    }
    if groups.is_empty() {
        writeln!(
            io.out,
            "{}",
            fill_named(
                t::NO_GROUPS.get(lang),
                &[("dir", &place::groups_dir(&desk.data).display())]
            )
        )?;
        writeln!(io.out, "{}", t::NO_GROUP_HINT.get(lang))?;
        return Ok(());
    }
    for listed in &groups {
        match &listed.group {
            Ok(group) => writeln!(
                io.out,
                "{}  {}  {}",
                listed.folder,
                group.name,
                crate::i18n::count(
                    lang,
                    group.members.len() as u64,
                    t::MEMBER_COUNT_ONE,
                    t::MEMBER_COUNT
                )
            )?,
            Err(error) => writeln!(
                io.out,
                "{}  {}",
                listed.folder,
                error.describe(lang).one_line(lang)
            )?,
        }
    }
    Ok(())
}

#[derive(Serialize)]
struct ShowJson<'a> {
    dir: String,
    #[serde(flatten)]
    group: &'a Group,
    checkins: BTreeMap<&'a MemberKey, usize>,
}

fn show(leader: &Leader, json: bool, lang: Lang, io: &mut Output<'_>) -> Result<()> {
    let (group, checkins) = leader.folder.read(Months::All)?;
    let counts: BTreeMap<&MemberKey, usize> = group
        .members
        .iter()
        .map(|m| {
            let days = checkins
                .log(&m.key)
                .facts()
                .values()
                .filter(|f| f.checked_in)
                .count();
            (&m.key, days)
        })
        .collect();
    if json {
        let shown = ShowJson {
            dir: leader.folder.dir().display().to_string(),
            group: &group,
            checkins: counts,
        };
        serde_json::to_writer_pretty(&mut *io.out, &shown).map_err(std::io::Error::from)?;
        writeln!(io.out)?;
        return Ok(());
    }
    writeln!(io.out, "{}", group.name)?;
    let mut facts = vec![
        fill(t::SHOW_FOLDER.get(lang), leader.folder.dir().display()),
        fill(t::SHOW_START.get(lang), group.start),
        crate::i18n::count(
            lang,
            group.members.len() as u64,
            t::MEMBER_COUNT_ONE,
            t::MEMBER_COUNT,
        ),
    ];
    if let Some(street) = &group.street {
        facts.insert(0, street.clone());
    }
    writeln!(io.out, "{}", facts.join(" · "))?;
    writeln!(io.out)?;
    let yes_no = |yes: bool| if yes { "✓" } else { "·" };
    let name_width = group
        .members
        .iter()
        .map(|m| crate::text::width(&m.label()))
        .max()
        .unwrap_or(0)
        .max(crate::text::width(t::COL_MEMBER.get(lang)));
    let key_width = group
        .members
        .iter()
        .map(|m| m.key.as_str().len())
        .max()
        .unwrap_or(0)
        .max(crate::text::width(t::COL_KEY.get(lang)));
    let joined_width = crate::text::width(t::COL_JOINED.get(lang)).max(10);
    let name_col = crate::text::width(t::COL_POSTER_NAME.get(lang));
    let notes_col = crate::text::width(t::COL_POSTER_NOTES.get(lang));
    let row = |cells: [&str; 6]| {
        format!(
            "{}  {}  {}  {}  {}  {}",
            crate::text::pad(cells[0], key_width),
            crate::text::pad(cells[1], name_width),
            crate::text::pad(cells[2], joined_width),
            crate::text::pad(cells[3], name_col),
            crate::text::pad(cells[4], notes_col),
            cells[5]
        )
    };
    writeln!(
        io.out,
        "{}",
        row([
            t::COL_KEY.get(lang),
            t::COL_MEMBER.get(lang),
            t::COL_JOINED.get(lang),
            t::COL_POSTER_NAME.get(lang),
            t::COL_POSTER_NOTES.get(lang),
            t::COL_CHECKINS.get(lang),
        ])
        .trim_end()
    )?;
    for m in &group.members {
        let joined = m.joined.to_string();
        let count = counts.get(&m.key).copied().unwrap_or(0).to_string();
        writeln!(
            io.out,
            "{}",
            row([
                m.key.as_str(),
                &m.label(),
                &joined,
                yes_no(m.consent.name_on_posters),
                yes_no(m.consent.notes_on_posters),
                &count,
            ])
        )?;
    }
    Ok(())
}

/// The tea talk, as text or JSON.
fn today(leader: &Leader, json: bool, lang: Lang, io: &mut Output<'_>) -> Result<()> {
    let (group, checkins) = leader.folder.read(Months::All)?;
    let talk = teatalk::tea_talk(&group, &checkins, leader.today());
    if json {
        serde_json::to_writer_pretty(&mut *io.out, &talk).map_err(std::io::Error::from)?;
        writeln!(io.out)?;
        return Ok(());
    }
    report::tea_talk_text(&group, &talk, &leader.deck, lang, io.out)?;
    Ok(())
}

/// The paste's text: the file, or standard input (with a word on how to end
/// it when a person is typing there).
fn read_paste(file: Option<&Path>, lang: Lang, io: &mut Output<'_>) -> Result<String> {
    let bytes = match file.filter(|path| path.as_os_str() != "-") {
        Some(path) => crate::storage::read_bounded(path, MAX_PASTE_BYTES)?.ok_or_else(|| {
            crate::storage::StorageError::io(
                crate::storage::Action::Read,
                path,
                std::io::ErrorKind::NotFound.into(),
            )
        })?,
        None => {
            let stdin = std::io::stdin();
            if stdin.is_terminal() {
                writeln!(io.err, "{}", t::PASTE_NOW.get(lang))?;
            }
            let mut bytes = Vec::new();
            stdin
                .lock()
                .take(MAX_PASTE_BYTES + 1)
                .read_to_end(&mut bytes)?;
            if bytes.len() as u64 > MAX_PASTE_BYTES {
                return Err(crate::storage::StorageError::TooLarge {
                    path: PathBuf::from("-"),
                    limit: MAX_PASTE_BYTES,
                }
                .into());
            }
            bytes
        }
    };
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// What each entry of a paste matched.
struct Matched {
    /// Entry line → how its name was matched.
    matches: BTreeMap<usize, Match>,
    /// Entry line → the member chosen (sure matches and picks).
    chosen: BTreeMap<usize, MemberKey>,
    /// Picks that named a line with no entry.
    stray_picks: Vec<usize>,
}

fn match_paste(group: &Group, paste: &Paste, picks: &[Pick]) -> Result<Matched> {
    let mut matched = Matched {
        matches: BTreeMap::new(),
        chosen: BTreeMap::new(),
        stray_picks: Vec::new(),
    };
    for (_, entry) in paste.entries() {
        let found = matching::match_name(&entry.name, entry.room.as_deref(), &group.members);
        if let Some(member) = found.member() {
            matched.chosen.insert(entry.line, member.clone());
        }
        matched.matches.insert(entry.line, found);
    }
    for pick in picks {
        if !matched.matches.contains_key(&pick.line) {
            matched.stray_picks.push(pick.line);
            continue;
        }
        let key = find_member(group, &pick.member)?;
        matched.chosen.insert(pick.line, key);
    }
    Ok(matched)
}

fn plan_paste(
    group: &Group,
    checkins: &Checkins,
    text: &str,
    date: Option<Date>,
    picks: &[Pick],
    today: Date,
    now: jiff::Timestamp,
) -> Result<(Paste, Matched, Plan)> {
    let names: Vec<&str> = group.members.iter().map(|m| m.name.as_str()).collect();
    let context = Context {
        today,
        start: Some(group.start),
        names: &names,
    };
    let paste = paste::parse(text, &context);
    let matched = match_paste(group, &paste, picks)?;
    let plan = record::plan_paste(&paste, &matched.chosen, checkins, date, today, now);
    Ok((paste, matched, plan))
}

#[derive(Serialize)]
struct PasteJson<'a> {
    lines: &'a [paste::Line],
    sections: &'a [paste::Section],
    matches: &'a BTreeMap<usize, Match>,
    steps: &'a [record::Step],
    written: Option<Counted>,
}

#[derive(Serialize)]
struct Counted {
    checkins: usize,
    events: usize,
    leave: usize,
}

#[allow(clippy::too_many_arguments)]
fn paste_command(
    leader: &Leader,
    text: &str,
    date: Option<Date>,
    picks: &[Pick],
    yes: bool,
    json: bool,
    lang: Lang,
    io: &mut Output<'_>,
) -> Result<()> {
    let today = leader.today();
    let now = leader.clock.now;
    let (written, (group, paste, matched, plan)) = if yes {
        let (written, outcome) = leader.folder.write(Months::All, |group, checkins| {
            let (paste, matched, plan) =
                plan_paste(group, checkins, text, date, picks, today, now)?;
            let change = Change {
                records: plan.records.clone(),
                leave: plan.leave.clone(),
                group: None,
            };
            Ok::<_, Error>((change, (group.clone(), paste, matched, plan)))
        })?;
        (Some(written), outcome)
    } else {
        let (group, checkins) = leader.folder.read(Months::All)?;
        let (paste, matched, plan) = plan_paste(&group, &checkins, text, date, picks, today, now)?;
        (None, (group, paste, matched, plan))
    };
    if json {
        let shown = PasteJson {
            lines: &paste.lines,
            sections: &paste.sections,
            matches: &matched.matches,
            steps: &plan.steps,
            written: written.map(|w| Counted {
                checkins: w.checkins,
                events: w.events,
                leave: w.leave,
            }),
        };
        serde_json::to_writer_pretty(&mut *io.out, &shown).map_err(std::io::Error::from)?;
        writeln!(io.out)?;
        return Ok(());
    }
    print_paste(&group, &paste, &matched, &plan, lang, io)?;
    match written {
        Some(written) if written.events + written.leave == 0 => {
            writeln!(io.out, "{}", t::NOTHING_TO_WRITE.get(lang))?
        }
        Some(written) => writeln!(
            io.out,
            "{}",
            fill_named(
                t::PASTE_WRITTEN.get(lang),
                &[
                    ("checkins", &written.checkins),
                    ("leave", &written.leave),
                    ("events", &written.events),
                ],
            )
        )?,
        None if plan.is_empty() => writeln!(io.out, "{}", t::NOTHING_TO_WRITE.get(lang))?,
        None => writeln!(io.out, "{}", t::PREVIEW_ONLY.get(lang))?,
    }
    Ok(())
}

/// The preview: each list with its day, each entry with its member and
/// what it does, then every line that was not read.
fn print_paste(
    group: &Group,
    paste: &Paste,
    matched: &Matched,
    plan: &Plan,
    lang: Lang,
    io: &mut Output<'_>,
) -> Result<()> {
    let line_text = |number: usize| {
        paste
            .lines
            .iter()
            .find(|line| line.number == number)
            .map(|line| line.text.clone())
            .unwrap_or_default()
    };
    let steps: BTreeMap<usize, &record::Step> = plan.steps.iter().map(|s| (s.line, s)).collect();
    let mut unsure = 0;
    // The first line not sure who, and the member offered first for it.
    let mut example: Option<String> = None;
    for section in &paste.sections {
        let day = match section.date {
            Some(date) => fill_named(
                t::PASTE_DATE.get(lang),
                &[("date", &report::day_words(lang, date))],
            ),
            None => t::PASTE_NO_DATE.get(lang).to_string(),
        };
        let round = section
            .round_day
            .map(|n| lang.parenthesised(&fill(t::PASTE_ROUND_DAY.get(lang), n)))
            .unwrap_or_default();
        writeln!(io.out, "{day}{round}")?;
        for entry in &section.entries {
            writeln!(
                io.out,
                "  {}  {}",
                fill(t::LINE_NUMBER.get(lang), entry.line),
                line_text(entry.line)
            )?;
            let who = match (
                matched.chosen.get(&entry.line),
                matched.matches.get(&entry.line),
            ) {
                (Some(key), Some(found)) => {
                    let label = group.member(key).map(|m| m.label()).unwrap_or_default();
                    let how = if found.member() == Some(key) {
                        found.label().get(lang).to_string()
                    } else {
                        t::MATCH_PICKED.get(lang).to_string()
                    };
                    format!("{label} {key} · {how}")
                }
                (None, Some(Match::Offered { offers })) if !offers.is_empty() => {
                    unsure += 1;
                    example.get_or_insert(format!("{}={}", entry.line, offers[0].member));
                    let offered: Vec<String> = offers
                        .iter()
                        .filter_map(|offer| {
                            group.member(&offer.member).map(|m| {
                                format!(
                                    "{} {}{}",
                                    m.label(),
                                    m.key,
                                    lang.parenthesised(offer.why.label().get(lang))
                                )
                            })
                        })
                        .collect();
                    format!(
                        "{}{}{}",
                        t::MATCH_OFFERED.get(lang),
                        lang.colon(),
                        lang.join(&offered)
                    )
                }
                _ => {
                    unsure += 1;
                    example.get_or_insert(format!("{}={}", entry.line, entry.name));
                    t::MATCH_NONE.get(lang).to_string()
                }
            };
            let does = steps
                .get(&entry.line)
                .map(|step| step.result.describe(lang))
                .unwrap_or_default();
            writeln!(io.out, "        → {who} · {does}")?;
        }
    }
    let not_read: Vec<&paste::Line> = paste.not_placed().collect();
    if !not_read.is_empty() {
        writeln!(io.out)?;
        writeln!(io.out, "{}", t::NOT_PLACED_TITLE.get(lang))?;
        for line in not_read {
            let why = match line.role {
                Role::NotPlaced { reason } => reason.describe(lang),
                other => other.describe(lang),
            };
            writeln!(
                io.out,
                "  {}  {}  —— {why}",
                fill(t::LINE_NUMBER.get(lang), line.number),
                line.text
            )?;
        }
        writeln!(io.out, "  {}", t::NOT_PLACED_HINT.get(lang))?;
    }
    for line in &matched.stray_picks {
        writeln!(io.out, "{}", fill(t::STRAY_PICK.get(lang), line))?;
    }
    let records = plan
        .steps
        .iter()
        .filter(|s| matches!(s.result, StepResult::Recorded { .. }))
        .count();
    let leave = plan.leave.len();
    writeln!(io.out)?;
    writeln!(
        io.out,
        "{}",
        fill_named(
            t::PASTE_TOTAL.get(lang),
            &[
                ("checkins", &records),
                ("leave", &leave),
                ("unsure", &unsure)
            ],
        )
    )?;
    if let Some(example) = example {
        writeln!(
            io.out,
            "{}",
            fill_named(t::PICK_HINT.get(lang), &[("example", &example)])
        )?;
    }
    Ok(())
}

/// A file given to `group import`, read or not.
struct ImportFile {
    path: PathBuf,
    read: std::result::Result<import::Export, transfer::ImportError>,
}

fn import_command(
    leader: &Leader,
    files: &[PathBuf],
    as_member: Option<&str>,
    yes: bool,
    lang: Lang,
    io: &mut Output<'_>,
) -> Result<()> {
    let read: Vec<ImportFile> = files
        .iter()
        .map(|path| ImportFile {
            path: path.clone(),
            read: transfer::read_export(path).map(|imported| import::Export {
                author: imported.author,
                events: imported.events,
            }),
        })
        .collect();
    let exports: Vec<import::Export> = read
        .iter()
        .filter_map(|file| file.read.as_ref().ok().cloned())
        .collect();
    // Which given file each read export is.
    let readable: Vec<&ImportFile> = read.iter().filter(|file| file.read.is_ok()).collect();
    let plan_with = |group: &Group, checkins: &Checkins| -> Result<import::Plan> {
        let named = as_member.map(|who| find_member(group, who)).transpose()?;
        Ok(import::plan(group, checkins, &exports, named.as_ref()))
    };
    let (written, group, plan) = if yes {
        let (written, (group, plan)) = leader.folder.write(Months::All, |group, checkins| {
            let plan = plan_with(group, checkins)?;
            let change = Change {
                records: plan.records.clone(),
                leave: Vec::new(),
                group: plan.group.clone(),
            };
            Ok::<_, Error>((
                change,
                (plan.group.clone().unwrap_or_else(|| group.clone()), plan),
            ))
        })?;
        (Some(written), group, plan)
    } else {
        let (group, checkins) = leader.folder.read(Months::All)?;
        let plan = plan_with(&group, &checkins)?;
        (None, plan.group.clone().unwrap_or(group), plan)
    };
    let mut unplaced = 0;
    for step in &plan.steps {
        let Some(file) = readable.get(step.file) else {
            continue;
        };
        writeln!(io.out, "{}", Shown(&file.path.display().to_string()))?;
        let span = match (step.first, step.last) {
            (Some(first), Some(last)) => format!(" · {first} ~ {last}"),
            _ => String::new(),
        };
        let counts = fill_named(
            t::IMPORT_COUNTS.get(lang),
            &[
                ("checkins", &step.checkins),
                ("events", &step.events),
                ("new", &step.new),
            ],
        );
        match &step.whose {
            Whose::Unknown { name, offers } => {
                unplaced += 1;
                let said = match name {
                    Some(name) => fill(t::IMPORT_UNSURE.get(lang), Shown(name)),
                    None => t::IMPORT_UNKNOWN.get(lang).to_string(),
                };
                writeln!(io.out, "  → {said}{span}")?;
                if !offers.is_empty() {
                    writeln!(
                        io.out,
                        "    {}{}{}",
                        t::MATCH_OFFERED.get(lang),
                        lang.colon(),
                        lang.join(&offer_labels(&group, offers))
                    )?;
                }
            }
            whose => {
                let key = whose
                    .member()
                    .cloned()
                    .unwrap_or_else(|| MemberKey::numbered(0));
                let label = group.member(&key).map(|m| m.label()).unwrap_or_default();
                let how = match whose {
                    Whose::Device { .. } => t::IMPORT_BY_DEVICE,
                    Whose::Name { .. } => t::IMPORT_BY_NAME,
                    _ => t::IMPORT_BY_AS,
                };
                writeln!(io.out, "  → {label} {key} · {}{span}", how.get(lang))?;
                writeln!(io.out, "    {counts}")?;
                if step.links {
                    writeln!(io.out, "    {}", t::IMPORT_LINKS.get(lang))?;
                }
            }
        }
    }
    let failed: Vec<&ImportFile> = read.iter().filter(|file| file.read.is_err()).collect();
    if !failed.is_empty() {
        writeln!(io.out)?;
        writeln!(io.out, "{}", t::NOT_READ_FILES.get(lang))?;
        for file in &failed {
            if let Err(error) = &file.read {
                writeln!(io.out, "  {}", error.describe(lang).one_line(lang))?;
            }
        }
    }
    if unplaced > 0 {
        writeln!(io.out)?;
        writeln!(io.out, "{}", t::IMPORT_AS_HINT.get(lang))?;
    }
    writeln!(io.out)?;
    match written {
        Some(written) => writeln!(
            io.out,
            "{}",
            fill(t::IMPORT_WRITTEN.get(lang), written.events)
        )?,
        None if plan.records.is_empty() && plan.group.is_none() => {
            writeln!(io.out, "{}", t::NOTHING_TO_WRITE.get(lang))?
        }
        None => writeln!(io.out, "{}", t::PREVIEW_ONLY.get(lang))?,
    }
    if !failed.is_empty() && exports.is_empty() {
        return Err(GroupError::NothingRead {
            count: failed.len(),
        }
        .into());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn a_sheet_shows_only_names_members_agreed_to() {
        let mut group = Group::new("g", None, "shequ-xiaoshi", date(2026, 12, 1)).expect("g");
        group
            .add_member(
                "王阿姨",
                Some("502"),
                date(2026, 12, 1),
                Consent {
                    name_on_posters: true,
                    notes_on_posters: false,
                },
            )
            .expect("add");
        group
            .add_member("李叔叔", Some("601"), date(2026, 12, 1), Consent::default())
            .expect("add");
        group
            .add_member("小明", None, date(2026, 12, 1), Consent::default())
            .expect("add");
        assert_eq!(sheet_rows(&group), ["王阿姨（502）", "601", ""]);
    }
}
