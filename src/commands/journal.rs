//! `xiaoshi journal export | import`.

use std::path::Path;

use super::Output;
use crate::error::Result;
use crate::i18n::{self, Lang};
use crate::journal::transfer::{self, Format};
use crate::service::Resident;

/// `journal export --format json|csv`: every event, to stdout.
pub fn export(resident: &Resident, format: Format, io: &mut Output<'_>) -> Result<()> {
    let events = resident.read_all()?;
    transfer::export(&events, format, io.out)?;
    Ok(())
}

/// `journal import FILE`: merges by event id.
pub fn import(resident: &Resident, file: &Path, lang: Lang, io: &mut Output<'_>) -> Result<()> {
    let events = transfer::read_import(file)?;
    let total = events.len();
    let lock = resident.store.lock_exclusive()?;
    let added = resident.store.merge(events, &lock)?;
    let message = i18n::fill_named(
        i18n::IMPORTED.get(lang),
        &[("added", &added), ("total", &total)],
    );
    writeln!(io.out, "{message}")?;
    Ok(())
}
