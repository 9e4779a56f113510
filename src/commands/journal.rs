//! `xiaoshi journal export | import`.

use std::path::Path;

use super::Output;
use crate::error::Result;
use crate::i18n::{self, Lang, journal as text};
use crate::journal::transfer::{self, Format, ImportError};
use crate::service::{Resident, identity};
use crate::text::sanitize::Shown;

/// `journal export --format json|csv [--name NAME]`: every event, to
/// stdout. The JSON says who it is from (the name, once given, is kept);
/// on read-only media an export still works, from whoever the journal
/// says it is.
pub fn export(
    resident: &Resident,
    format: Format,
    name: Option<&str>,
    io: &mut Output<'_>,
) -> Result<()> {
    let events = resident.read_all()?;
    let author = match identity::ensure(&resident.store, name) {
        Ok(author) => Some(author),
        Err(error) if error.is_read_only() && name.is_none() => identity::read(&resident.store)?,
        Err(error) => return Err(error),
    };
    transfer::export_by(&events, format, author.as_ref(), io.out)?;
    Ok(())
}

/// `journal import FILE [--mine]`: merges by event id; a workshop pledge
/// goes on the first day not yet drawn, and says which. Another resident's
/// export is refused unless `mine` says it is this resident's own.
pub fn import(
    resident: &Resident,
    file: &Path,
    mine: bool,
    lang: Lang,
    io: &mut Output<'_>,
) -> Result<()> {
    let export = transfer::read_export(file)?;
    if let Some(theirs) = &export.author
        && !mine
    {
        let own = identity::read(&resident.store)?;
        let empty = resident.read_all()?.is_empty();
        if identity::is_someone_else(own.as_ref(), theirs, empty) {
            return Err(ImportError::NotYours {
                path: file.display().to_string(),
                name: theirs.name.clone(),
            }
            .into());
        }
    }
    let total = export.events.len();
    let imported = resident.import(export.events)?;
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
