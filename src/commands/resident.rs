//! The resident's daily commands: `draw`, `done`, `undo`, `round start`.
//! Each takes the journal's write lock, decides what to append through
//! [`crate::journal::actions`], appends it, and reports.

use jiff::civil::Date;

use super::Output;
use super::report::{card_line, write_json};
use crate::error::Result;
use crate::i18n::{self, Lang};
use crate::journal::actions::{self, CheckIn};
use crate::journal::view::{CardView, Status};
use crate::service::Resident;

/// `xiaoshi draw [--redraw] [--json]`.
pub fn draw(
    resident: &Resident,
    redraw: bool,
    json: bool,
    lang: Lang,
    io: &mut Output<'_>,
) -> Result<()> {
    let now = resident.clock.now;
    let (today, ()) = resident.write(|today| {
        let events = actions::draw(today, &resident.deck, today.date, now, redraw)?;
        Ok((events, ()))
    })?;
    let facts = today.facts(today.date);
    let card = facts
        .card
        .as_deref()
        .map(|id| CardView::new(&resident.deck, id));
    if json {
        #[derive(serde::Serialize)]
        struct Drawn<'a> {
            date: Date,
            card: Option<CardView<'a>>,
            redrawn: bool,
        }
        return write_json(
            &Drawn {
                date: today.date,
                card,
                redrawn: facts.redrawn,
            },
            io,
        );
    }
    // `--redraw` on a day without a card draws its first card: say so.
    let heading = if redraw && facts.redrawn {
        i18n::REDRAWN_NOW
    } else {
        i18n::DRAWN_TODAY
    };
    writeln!(io.out, "{} {}", today.date, heading.get(lang))?;
    if let Some(card) = &card {
        card_line(card, lang, io)?;
    }
    super::report::occasion_lines(today.date, lang, io)
}

/// `xiaoshi done [--note TEXT] [--yesterday]`.
pub fn done(
    resident: &Resident,
    note: Option<&str>,
    yesterday: bool,
    lang: Lang,
    io: &mut Output<'_>,
) -> Result<()> {
    let now = resident.clock.now;
    let (today, outcome) = resident.write(|today| {
        Ok(actions::check_in(
            today,
            &resident.deck,
            now,
            note,
            yesterday,
        )?)
    })?;
    let day = if yesterday {
        today.yesterday()
    } else {
        today.date
    };
    match outcome {
        CheckIn::Done => {
            let status = Status::new(&today, &resident.deck);
            let message = i18n::fill_named(
                i18n::CHECKED_IN.get(lang),
                &[
                    ("date", &day),
                    ("round", &status.round.number),
                    ("day", &status.round.checked_in),
                    ("streak", &status.streak.current),
                ],
            );
            writeln!(io.out, "{message}")?;
            if status.round.complete {
                writeln!(io.out, "{}", i18n::ROUND_COMPLETE.get(lang))?;
            }
        }
        CheckIn::AlreadyDone { note_changed } => {
            let message = i18n::fill_named(i18n::ALREADY_CHECKED_IN.get(lang), &[("date", &day)]);
            writeln!(io.out, "{message}")?;
            if note_changed {
                writeln!(io.out, "{}", i18n::NOTE_UPDATED.get(lang))?;
            }
        }
    }
    Ok(())
}

/// `xiaoshi undo`.
pub fn undo(resident: &Resident, lang: Lang, io: &mut Output<'_>) -> Result<()> {
    let now = resident.clock.now;
    let (today, undone) = resident.write(|today| {
        let event = actions::undo(today, now);
        let undone = event.is_some();
        Ok((event.into_iter().collect(), undone))
    })?;
    let text = if undone {
        i18n::UNDONE
    } else {
        i18n::NOTHING_TO_UNDO
    };
    writeln!(
        io.out,
        "{}",
        i18n::fill_named(text.get(lang), &[("date", &today.date)])
    )?;
    Ok(())
}

/// `xiaoshi round start`.
pub fn start_round(resident: &Resident, lang: Lang, io: &mut Output<'_>) -> Result<()> {
    let now = resident.clock.now;
    let (today, ()) = resident.write(|today| Ok((vec![actions::start_round(today, now)], ())))?;
    let (progress, _) = today.with_today();
    writeln!(
        io.out,
        "{}",
        i18n::fill(i18n::ROUND_STARTED.get(lang), progress.round.number)
    )?;
    Ok(())
}
