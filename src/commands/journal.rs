//! `xiaoshi journal export | import`.

use std::path::Path;

use super::Output;
use crate::error::Result;
use crate::i18n::{self, Lang};
use crate::journal::transfer::{self, Format, ImportError};
use crate::service::{Resident, identity};

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

/// `journal import FILE [--mine]`: merges by event id. Another resident's
/// export is refused unless `mine` says it is this resident's own.
pub fn import(
    resident: &Resident,
    file: &Path,
    mine: bool,
    lang: Lang,
    io: &mut Output<'_>,
) -> Result<()> {
    let imported = transfer::read_export(file)?;
    if let Some(theirs) = &imported.author
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
    let total = imported.events.len();
    let lock = resident.store.lock_exclusive()?;
    let added = resident.store.merge(imported.events, &lock)?;
    let message = i18n::fill_named(
        i18n::IMPORTED.get(lang),
        &[("added", &added), ("total", &total)],
    );
    writeln!(io.out, "{message}")?;
    Ok(())
}
