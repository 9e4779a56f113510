//! The resident's read-only commands: `status`, `history`, `why`; and the
//! text pieces they share with `draw`.

use super::Output;
use crate::deck::Suit;
use crate::error::Result;
use crate::i18n::{self, Lang};
use crate::journal::Today;
use crate::journal::rules::{DayState, Rule};
use crate::journal::view::{self, CardView, Occasion, Status};
use crate::service::Resident;
use crate::text::sanitize::{Shown, spreadsheet_cell};
use crate::text::{pad, width};

/// `xiaoshi status [--json]`.
pub fn status(resident: &Resident, json: bool, lang: Lang, io: &mut Output<'_>) -> Result<()> {
    let today = resident.read_today()?;
    let status = Status::new(&today, &resident.deck);
    if json {
        return write_json(&status, io);
    }
    write_status(&status, lang, io)
}

/// The status as text, label column aligned by display width: today, the
/// streak (with freezes and backfills) and what can still be done first,
/// then the round's grid, so after an absence the lines that matter come
/// before a long grid.
pub fn write_status(status: &Status<'_>, lang: Lang, io: &mut Output<'_>) -> Result<()> {
    writeln!(io.out, "{}", status.date)?;
    occasion_lines(status.date, lang, io)?;
    let round_label = i18n::fill(i18n::LABEL_ROUND.get(lang), status.round.number);
    let labels = [
        i18n::LABEL_TODAY.get(lang),
        i18n::LABEL_NOTE.get(lang),
        round_label.as_str(),
        i18n::LABEL_STREAK.get(lang),
        i18n::LABEL_SUITS.get(lang),
        i18n::LABEL_KEY.get(lang),
    ];
    let label_width = labels.iter().map(|label| width(label)).max().unwrap_or(0);
    let label = |text: &str| pad(text, label_width);
    let indent = " ".repeat(label_width + 2);

    match &status.today.card {
        Some(card) => {
            let state = if status.today.done {
                i18n::STATE_DONE
            } else {
                i18n::STATE_NOT_DONE
            };
            let mut marks = vec![*state.get(lang)];
            if status.today.redrawn {
                marks.push(*i18n::STATE_REDRAWN.get(lang));
            }
            writeln!(
                io.out,
                "{}  {}  [{}]",
                label(i18n::LABEL_TODAY.get(lang)),
                card_title(card, lang),
                marks.join(", ")
            )?;
            if let CardView::Known(card) = card {
                writeln!(io.out, "{indent}{}", card.action.as_str(lang))?;
            }
        }
        None => writeln!(
            io.out,
            "{}  {}",
            label(i18n::LABEL_TODAY.get(lang)),
            i18n::NO_CARD_YET.get(lang)
        )?,
    }
    if let Some(pledge) = &status.today.pledge {
        let title = match &status.today.card {
            Some(CardView::Known(card)) => card.title.as_str(lang).to_string(),
            Some(CardView::Unknown { id }) => id.clone(),
            None => String::new(),
        };
        writeln!(io.out, "{indent}{}", Shown(&pledge.line(&title, lang)))?;
    }
    if let Some(credited) = &status.today.credited {
        let done = done_instead(credited, status.today.own.as_deref(), lang);
        writeln!(io.out, "{indent}{done}")?;
    }
    if let Some(note) = &status.today.note {
        writeln!(
            io.out,
            "{}  {}",
            label(i18n::LABEL_NOTE.get(lang)),
            Shown(note)
        )?;
    }

    let streak = status.streak.describe(status.round.backfills_left, lang);
    let rounds = i18n::fill(i18n::ROUNDS_DONE.get(lang), status.rounds_completed);
    let separator = lang.clause_sep();
    writeln!(
        io.out,
        "{}  {streak}{separator}{rounds}",
        label(i18n::LABEL_STREAK.get(lang))
    )?;
    for hint in status.hints(false, lang) {
        writeln!(io.out, "{indent}{hint}")?;
    }

    let day = i18n::fill_named(
        i18n::ROUND_DAY.get(lang),
        &[("day", &status.round.day), ("length", &status.round.length)],
    );
    writeln!(io.out, "{}  {day}", label(&round_label))?;
    for week in status.round.days.chunks(7) {
        let cells: Vec<String> = week.iter().map(|cell| cell.text(lang)).collect();
        writeln!(io.out, "{indent}{}", cells.join(" "))?;
    }
    if status.round.complete {
        writeln!(io.out, "{indent}{}", i18n::ROUND_COMPLETE.get(lang))?;
    }
    let suits: Vec<String> = Suit::ALL
        .into_iter()
        .map(|suit| (suit.name(), suit.key()))
        .chain([(i18n::JOKER, "joker")])
        .map(|(name, key)| {
            format!(
                "{} {}",
                name.get(lang),
                status.by_suit.get(key).unwrap_or(&0)
            )
        })
        .collect();
    writeln!(
        io.out,
        "{}  {}",
        label(i18n::LABEL_SUITS.get(lang)),
        suits.join("  ")
    )?;
    writeln!(
        io.out,
        "{}  {}",
        label(i18n::LABEL_KEY.get(lang)),
        i18n::GRID_KEY.get(lang)
    )?;
    Ok(())
}

/// `xiaoshi history [--json|--csv]`.
pub fn history(
    resident: &Resident,
    json: bool,
    csv: bool,
    lang: Lang,
    io: &mut Output<'_>,
) -> Result<()> {
    let events = resident.read_all()?;
    let days = view::history(&events, &resident.deck);
    if json {
        return write_json(&days, io);
    }
    if csv {
        // A CSV for people: every cell safe to open in a spreadsheet.
        let mut writer = ::csv::Writer::from_writer(&mut *io.out);
        writer
            .write_record(["date", "card", "done", "note", "credited", "own"])
            .map_err(std::io::Error::other)?;
        for day in &days {
            writer
                .write_record([
                    day.date.to_string().as_str(),
                    &spreadsheet_cell(day.card.as_ref().map_or("", CardView::id)),
                    if day.done { "true" } else { "false" },
                    &spreadsheet_cell(day.note.as_deref().unwrap_or("")),
                    &spreadsheet_cell(day.credited.as_ref().map_or("", CardView::id)),
                    &spreadsheet_cell(day.own.as_deref().unwrap_or("")),
                ])
                .map_err(std::io::Error::other)?;
        }
        writer.flush()?;
        return Ok(());
    }
    if days.is_empty() {
        writeln!(io.out, "{}", i18n::NO_HISTORY.get(lang))?;
        return Ok(());
    }
    let done_width = width(i18n::COL_DONE.get(lang));
    writeln!(
        io.out,
        "{}  {}  {}",
        pad(i18n::COL_DATE.get(lang), 10),
        i18n::COL_DONE.get(lang),
        i18n::COL_CARD.get(lang)
    )?;
    let today = resident.clock_day();
    for day in &days {
        let mark = if day.done {
            DayState::Done
        } else if day.date == today {
            // Today is still open, not missed.
            DayState::Today
        } else {
            DayState::Missed
        }
        .symbol();
        let drawn = day.card.as_ref().map_or_else(
            || i18n::NO_CARD_DRAWN.get(lang).to_string(),
            |card| card_title(card, lang),
        );
        write!(
            io.out,
            "{}  {}  {drawn}",
            day.date,
            pad(&mark.to_string(), done_width),
        )?;
        match &day.note {
            Some(note) => writeln!(io.out, "  ({})", Shown(note))?,
            None => writeln!(io.out)?,
        }
        let indent = " ".repeat(12 + done_width + 2);
        if let Some(credited) = &day.credited {
            let done = done_instead(credited, day.own.as_deref(), lang);
            writeln!(io.out, "{indent}{done}")?;
        }
        if let Some(earlier) = crate::journal::view::earlier_notes_line(&day.earlier_notes, lang) {
            writeln!(io.out, "{indent}{earlier}")?;
        }
    }
    // Completed (and ended-early) rounds stay in history: folded from the
    // events already read, not loaded again.
    let (progress, _) = Today::from_events(&events, resident.clock_day()).with_today();
    let rounds = progress.rounds_over();
    if !rounds.is_empty() {
        writeln!(io.out, "\n{}", i18n::FINISHED_ROUNDS.get(lang))?;
        for round in &rounds {
            let (state, text, label) = round.describe(lang);
            writeln!(io.out, "{}  {text}  {}", state.symbol(), label.get(lang))?;
        }
    }
    Ok(())
}

/// `xiaoshi why`.
pub fn why(resident: &Resident, lang: Lang, io: &mut Output<'_>) -> Result<()> {
    let events = resident.read_all()?;
    let why = view::why(&events, resident.clock_day(), &resident.deck);
    let status = &why.status;
    let any_check_in = why
        .days
        .iter()
        .any(|day| day.rules.contains(&Rule::CheckedIn) || day.rules.contains(&Rule::Backfilled));
    if !any_check_in && status.streak.best == 0 {
        writeln!(io.out, "{}", i18n::WHY_EMPTY.get(lang))?;
        return Ok(());
    }
    writeln!(io.out, "{}", i18n::WHY_HEADER.get(lang))?;
    let lines: Vec<(String, String)> = why
        .days
        .iter()
        .map(|day| {
            (
                format!(
                    "{}  {}  {}",
                    view::trace_date(day, lang),
                    day.state().symbol(),
                    view::rules_with_card(day, &resident.deck, lang)
                ),
                view::trace_numbers(day, lang),
            )
        })
        .collect();
    let column = lines.iter().map(|(left, _)| width(left)).max().unwrap_or(0);
    for (left, right) in lines {
        writeln!(io.out, "{}  {right}", pad(&left, column))?;
    }
    writeln!(io.out, "{}", status.why_result(lang))?;
    for hint in status.hints(false, lang) {
        writeln!(io.out, "{hint}")?;
    }
    Ok(())
}

/// `红桃 7  听老邻居讲小区故事` — a card's face name and title.
/// "Done instead: …": the card a check-in credited, with the resident's
/// own words first when there are some; for `status` and `history`.
fn done_instead(credited: &CardView<'_>, own: Option<&str>, lang: Lang) -> String {
    let done = match own {
        Some(own) => format!("{}  ({})", Shown(own), card_title(credited, lang)),
        None => card_title(credited, lang),
    };
    i18n::fill_named(i18n::HISTORY_DONE_INSTEAD.get(lang), &[("card", &done)])
}

pub fn card_title(card: &CardView<'_>, lang: Lang) -> String {
    match card {
        CardView::Known(card) => {
            let face = match card.rank {
                Some(rank) => format!("{} {rank}", suit_name(card.suit, lang)),
                None => i18n::JOKER.get(lang).to_string(),
            };
            format!("{face}  {}  ({})", card.title.as_str(lang), card.id)
        }
        // A card the deck does not have: its id came from a journal file.
        CardView::Unknown { id } => Shown(id).to_string(),
    }
}

fn suit_name(key: &str, lang: Lang) -> &'static str {
    Suit::ALL
        .into_iter()
        .find(|suit| suit.key() == key)
        .map_or(i18n::JOKER.get(lang), |suit| suit.name().get(lang))
}

/// A card in two lines: its name and title, then its action.
pub fn card_line(card: &CardView<'_>, lang: Lang, io: &mut Output<'_>) -> Result<()> {
    writeln!(io.out, "  {}", card_title(card, lang))?;
    if let CardView::Known(card) = card {
        writeln!(io.out, "  {}", card.action.as_str(lang))?;
        if let Some(tip) = card.tip {
            writeln!(
                io.out,
                "  {}{}{}",
                i18n::LABEL_TIP.get(lang),
                lang.colon(),
                tip.as_str(lang)
            )?;
        }
    }
    Ok(())
}

/// The 爱邻日 and activity-season banners, when they apply.
pub fn occasion_lines(date: jiff::civil::Date, lang: Lang, io: &mut Output<'_>) -> Result<()> {
    let occasion = Occasion::of(date);
    if occasion.love_neighbour_day {
        writeln!(io.out, "{}", i18n::LOVE_DAY.get(lang))?;
    }
    if occasion.activity_season {
        writeln!(io.out, "{}", i18n::SEASON.get(lang))?;
    }
    Ok(())
}

/// Pretty JSON and a newline.
pub fn write_json<T: serde::Serialize + ?Sized>(value: &T, io: &mut Output<'_>) -> Result<()> {
    serde_json::to_writer_pretty(&mut *io.out, value).map_err(std::io::Error::from)?;
    writeln!(io.out)?;
    Ok(())
}
