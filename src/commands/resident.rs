//! The resident's daily commands: `draw`, `done`, `undo`, `round start`.
//! Each takes the journal's write lock, decides what to append through
//! [`crate::journal::actions`], appends it, and reports.

use std::io::IsTerminal;

use jiff::civil::Date;

use super::Output;
use super::report::{card_line, card_title, write_json};
use crate::error::Result;
use crate::i18n::{self, Lang};
use crate::journal::actions::{self, ActionError, CheckIn, Credit};
use crate::journal::view::{CardView, Status};
use crate::service::Resident;
use crate::text::sanitize::Shown;

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

/// What `done --card ID` or `done --own TEXT` asked to credit.
#[derive(Debug, Clone, Copy, Default)]
pub struct Credited<'a> {
    pub card: Option<&'a str>,
    pub own: Option<&'a str>,
}

impl Credited<'_> {
    fn credit(&self, deck: &crate::deck::Deck) -> Result<Option<Credit>> {
        Ok(match (self.card, self.own) {
            (_, Some(own)) => Some(Credit::own(deck, own)?),
            (Some(card), None) => Some(Credit::card(deck, &deck_id(deck, card))?),
            (None, None) => None,
        })
    }
}

/// The deck id a `--card` value names: the id itself (`hearts-7`, or a
/// community deck's own), or a card as the group grid reads one written by
/// hand (`h7`, `♥7`, `红7`, `红桃7`, `大王`): one parser,
/// [`crate::group::card::parse`], for both. Anything else is passed on as
/// typed, for the deck to refuse with the forms it accepts.
fn deck_id(deck: &crate::deck::Deck, written: &str) -> String {
    let written = written.trim();
    if deck.card(written).is_some() {
        return written.to_string();
    }
    crate::group::card::parse(written)
        .and_then(|card| card.deck_id())
        .unwrap_or_else(|| written.to_string())
}

/// `xiaoshi done [--note TEXT] [--yesterday] [--card ID | --own TEXT]`.
pub fn done(
    resident: &Resident,
    note: Option<&str>,
    yesterday: bool,
    credited: Credited<'_>,
    lang: Lang,
    io: &mut Output<'_>,
) -> Result<()> {
    let now = resident.clock.now;
    let deck = &resident.deck;
    let credit = credited.credit(deck)?;
    let (today, outcome) = resident.write(|today| {
        Ok(actions::check_in_with(
            today,
            deck,
            now,
            note,
            yesterday,
            credit.as_ref(),
        )?)
    })?;
    let day = if yesterday {
        today.yesterday()
    } else {
        today.date
    };
    let facts = today.facts(day);
    match outcome {
        CheckIn::Done => {
            let status = Status::new(&today, deck);
            let text = if yesterday {
                i18n::BACKFILLED
            } else {
                i18n::CHECKED_IN
            };
            let message = i18n::fill_named(
                text.get(lang),
                &[
                    ("date", &day),
                    ("round", &status.round.number),
                    ("day", &status.round.checked_in),
                    ("streak", &status.streak.current),
                    ("left", &status.round.backfills_left),
                ],
            );
            writeln!(io.out, "{message}")?;
            credit_line(&facts, deck, lang, io)?;
            if status.round.complete {
                writeln!(io.out, "{}", i18n::ROUND_COMPLETE.get(lang))?;
            }
        }
        CheckIn::AlreadyDone {
            note_changed,
            credit_changed,
        } => {
            let message = i18n::fill_named(i18n::ALREADY_CHECKED_IN.get(lang), &[("date", &day)]);
            writeln!(io.out, "{message}")?;
            if credit_changed {
                credit_line(&facts, deck, lang, io)?;
            }
            if note_changed {
                writeln!(io.out, "{}", i18n::NOTE_UPDATED.get(lang))?;
            }
        }
    }
    Ok(())
}

/// `Credited: Clubs 3  Take in a parcel (clubs-3); the card drawn: …`, when
/// the check-in credits another card than the one drawn.
fn credit_line(
    facts: &crate::journal::DayFacts,
    deck: &crate::deck::Deck,
    lang: Lang,
    io: &mut Output<'_>,
) -> Result<()> {
    let Some(credited) = facts.credited.as_deref() else {
        return Ok(());
    };
    let card = card_title(&CardView::new(deck, credited), lang);
    let text = match (&facts.own, &facts.card) {
        (Some(own), _) => i18n::fill_named(
            i18n::CREDITED_OWN.get(lang),
            &[("card", &card), ("own", &Shown(own))],
        ),
        (None, Some(drawn)) => i18n::fill_named(
            i18n::CREDITED_AS.get(lang),
            &[
                ("card", &card),
                ("drawn", &card_title(&CardView::new(deck, drawn), lang)),
            ],
        ),
        (None, None) => i18n::fill_named(i18n::CREDITED_NO_DRAW.get(lang), &[("card", &card)]),
    };
    writeln!(io.out, "{text}")?;
    Ok(())
}

/// `xiaoshi undo [--yesterday]`.
pub fn undo(resident: &Resident, yesterday: bool, lang: Lang, io: &mut Output<'_>) -> Result<()> {
    let now = resident.clock.now;
    let (today, undone) = resident.write(|today| {
        let event = if yesterday {
            actions::undo_backfill(today, now)?
        } else {
            actions::undo(today, now)
        };
        let undone = event.is_some();
        Ok((event.into_iter().collect(), undone))
    })?;
    let (text, date) = match (yesterday, undone) {
        (false, true) => (i18n::UNDONE, today.date),
        (true, true) => (i18n::BACKFILL_UNDONE, today.yesterday()),
        // Nothing was undone: what was asked did not happen (exit 1).
        (yesterday, false) => {
            let day = if yesterday {
                today.yesterday()
            } else {
                today.date
            };
            return Err(ActionError::NothingToUndo { day, yesterday }.into());
        }
    };
    writeln!(
        io.out,
        "{}",
        i18n::fill_named(text.get(lang), &[("date", &date)])
    )?;
    if undone {
        let facts = today.facts(date);
        if let Some(note) = &facts.note {
            writeln!(
                io.out,
                "{}",
                i18n::fill_named(i18n::NOTE_KEPT.get(lang), &[("note", &Shown(note))])
            )?;
        }
        if yesterday {
            let status = Status::new(&today, &resident.deck);
            writeln!(
                io.out,
                "{}",
                i18n::fill(i18n::BACKFILLS_LEFT.get(lang), status.round.backfills_left)
            )?;
        }
    }
    Ok(())
}

/// `xiaoshi round start [--yes]`: on an unfinished round it asks first in
/// a terminal, and needs `--yes` in a script.
pub fn start_round(resident: &Resident, yes: bool, lang: Lang, io: &mut Output<'_>) -> Result<()> {
    let now = resident.clock.now;
    let mut confirmed = yes;
    if !confirmed && std::io::stdin().is_terminal() {
        let today = resident.read_today()?;
        if let Some((round, checked_in)) = actions::unfinished_round(&today) {
            let question = i18n::fill_named(
                i18n::ASK_FRESH_ROUND.get(lang),
                &[("round", &round), ("checked", &checked_in)],
            );
            write!(io.out, "{question} ")?;
            io.out.flush()?;
            let mut answer = String::new();
            std::io::stdin().read_line(&mut answer)?;
            if !is_yes(&answer) {
                writeln!(io.out, "{}", i18n::NOTHING_CHANGED.get(lang))?;
                return Ok(());
            }
            confirmed = true;
        }
    }
    let (today, ()) = resident.write(|today| {
        Ok((
            vec![actions::start_round_confirmed(today, now, confirmed)?],
            (),
        ))
    })?;
    let (progress, _) = today.with_today();
    writeln!(
        io.out,
        "{}",
        i18n::round_started(lang, progress.round.number)
    )?;
    Ok(())
}

/// An answer that says yes: `y`, `yes`, `是`, `好`, `对` (nothing else, and
/// not an empty line: Enter alone says no).
fn is_yes(answer: &str) -> bool {
    matches!(
        answer.trim().to_lowercase().as_str(),
        "y" | "yes" | "是" | "好" | "对" | "是的"
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn only_a_yes_says_yes() {
        for yes in ["y", "Y", "yes\n", " 是 ", "好"] {
            assert!(super::is_yes(yes), "{yes:?}");
        }
        for no in ["", "\n", "n", "no", "否", "yes please"] {
            assert!(!super::is_yes(no), "{no:?}");
        }
    }
}
