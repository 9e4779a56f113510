//! `xiaoshi journal export | import`.

use std::path::Path;

use super::Output;
use crate::error::Result;
use crate::i18n::{self, Lang, journal as text};
use crate::journal::transfer::{self, Format};
use crate::service::Resident;
use crate::text::sanitize::Shown;

/// `journal export --format json|csv`: every event, to stdout.
pub fn export(resident: &Resident, format: Format, io: &mut Output<'_>) -> Result<()> {
    let events = resident.read_all()?;
    transfer::export(&events, format, io.out)?;
    Ok(())
}

/// `journal import FILE`: merges by event id; a workshop pledge goes on the
/// first day not yet drawn, and says which.
pub fn import(resident: &Resident, file: &Path, lang: Lang, io: &mut Output<'_>) -> Result<()> {
    let events = transfer::read_import(file)?;
    let total = events.len();
    let imported = resident.import(events)?;
    let message = i18n::fill_named(
        i18n::IMPORTED.get(lang),
        &[("added", &imported.added), ("total", &total)],
    );
    writeln!(io.out, "{message}")?;
    for (pledge, placed) in &imported.pledges {
        let card = match resident.deck.card(&pledge.card) {
            Some(card) => pledge
                .words
                .clone()
                .unwrap_or_else(|| card.title.as_str(lang).to_string()),
            None => pledge.card.clone(),
        };
        writeln!(
            io.out,
            "{}",
            Shown(&i18n::fill_named(
                text::PLEDGE_PLACED.get(lang),
                &[
                    ("held", &pledge.held),
                    ("card", &card),
                    ("day", &placed.day)
                ],
            ))
        )?;
        if !placed.passed.is_empty() {
            let days: Vec<String> = placed.passed.iter().map(ToString::to_string).collect();
            writeln!(
                io.out,
                "{}",
                i18n::fill_named(
                    text::PLEDGE_PASSED.get(lang),
                    &[("days", &lang.join(&days))]
                )
            )?;
        }
    }
    Ok(())
}
