//! What a facilitator takes away from a session, as files in a folder:
//! the notice for the stairwell board, the 承诺卡 sheet, the pledges for the
//! group chat, and one pledge file per participant for their journal. The
//! command line (`workshop pledge-export --all`) and the summary screen's
//! keys write them the same way, here.

use std::path::{Path, PathBuf};

use jiff::civil::Date;
use jiff::tz::TimeZone;

use crate::deck::Deck;
use crate::error::{Error, Result};
use crate::export::{Fonts, Paper, Printed};
use crate::journal::transfer;
use crate::text::sanitize;
use crate::workshop::pledge_cards::PerPage;
use crate::workshop::{Session, WorkshopError, notice, pledge_cards, pledge_export, report};

/// A paper a session can be written out as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// The pledge notice (PDF).
    Notice,
    /// The 承诺卡 sheet (PDF).
    Cards,
    /// The pledges for the group chat (text).
    Wechat,
    /// A pledge file for each participant who pledged (JSON).
    Pledges,
}

/// A file written, and for whom (a participant's pledge file).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Written {
    pub kind: Kind,
    pub path: PathBuf,
    pub participant: Option<String>,
}

/// A participant's pledge file name: `xiaoshi-pledge-<session>-<name>.json`,
/// the name made safe for any file system (Chinese kept).
pub fn pledge_file_name(session: &Session, participant: usize) -> String {
    format!(
        "xiaoshi-pledge-{}-{}.json",
        session.id,
        file_safe(session.name(participant))
    )
}

/// A participant's pledge as the file they import (`journal import`).
pub fn pledge_file(session: &Session, participant: usize, day: Option<Date>) -> Result<Vec<u8>> {
    let events = pledge_export::events(session, participant, day)?;
    let mut bytes = Vec::new();
    transfer::export(&events, transfer::Format::Json, &mut bytes)?;
    Ok(bytes)
}

/// The participants who pledged, with their files.
pub fn pledge_files(session: &Session, day: Option<Date>) -> Result<Vec<(usize, String, Vec<u8>)>> {
    (0..session.setup.participants.len())
        .filter(|who| session.pledge_of(*who).is_some())
        .map(|who| {
            let bytes = pledge_file(session, who, day)?;
            Ok((who, pledge_file_name(session, who), bytes))
        })
        .collect()
}

/// Where the papers go, and in what language.
pub struct Out<'a> {
    pub folder: &'a Path,
    pub printed: Printed,
    pub zone: &'a TimeZone,
}

/// Writes `kinds` of `session` into `out.folder` (made if missing); returns
/// what was written, in order. A session nobody pledged in has no papers:
/// refused, nothing written.
pub fn write(
    session: &Session,
    deck: Option<&Deck>,
    kinds: &[Kind],
    out: &Out<'_>,
) -> Result<Vec<Written>> {
    if session.pledges.is_empty() {
        return Err(WorkshopError::NoPledges.into());
    }
    let folder = out.folder;
    if folder.is_file() {
        return Err(Error::NotAFolder {
            path: folder.display().to_string(),
        });
    }
    std::fs::create_dir_all(folder).map_err(|source| Error::WriteFile {
        path: folder.display().to_string(),
        source,
    })?;
    let mut written = Vec::new();
    // The built-in font, read once, when a PDF is asked for.
    let mut fonts: Option<Fonts> = None;
    for kind in kinds {
        match kind {
            Kind::Notice => {
                let pdf =
                    notice::pdf(session, out.printed, out.zone, Paper::A4, font(&mut fonts)?)?;
                let path = folder.join(format!("xiaoshi-notice-{}.pdf", session.id));
                save(&path, &pdf.bytes)?;
                written.push(Written {
                    kind: *kind,
                    path,
                    participant: None,
                });
            }
            Kind::Cards => {
                let pdf = pledge_cards::pdf(
                    session,
                    deck,
                    out.printed,
                    PerPage::Eight,
                    font(&mut fonts)?,
                )?;
                let path = folder.join(format!("xiaoshi-cards-{}.pdf", session.id));
                save(&path, &pdf.bytes)?;
                written.push(Written {
                    kind: *kind,
                    path,
                    participant: None,
                });
            }
            Kind::Wechat => {
                let text = report::wechat(session, deck, out.printed.langs()[0]);
                let path = folder.join(format!("xiaoshi-wechat-{}.txt", session.id));
                save(&path, text.as_bytes())?;
                written.push(Written {
                    kind: *kind,
                    path,
                    participant: None,
                });
            }
            Kind::Pledges => {
                for (who, name, bytes) in pledge_files(session, None)? {
                    let path = folder.join(name);
                    save(&path, &bytes)?;
                    written.push(Written {
                        kind: *kind,
                        path,
                        participant: Some(session.name(who).to_string()),
                    });
                }
            }
        }
    }
    Ok(written)
}

/// The built-in font, read the first time it is needed.
fn font(slot: &mut Option<Fonts>) -> Result<&Fonts> {
    if slot.is_none() {
        *slot = Some(Fonts::builtin().map_err(crate::export::ExportError::from)?);
    }
    slot.as_ref()
        .ok_or_else(|| crate::export::ExportError::Render("no font".into()).into())
}

fn save(path: &Path, bytes: &[u8]) -> Result<()> {
    crate::fsutil::write_atomic_shared(path, bytes).map_err(|source| Error::WriteFile {
        path: path.display().to_string(),
        source,
    })
}

/// A name made safe for a file name: path separators, control and
/// invisible direction characters and spaces become `_`; Chinese stays.
pub fn file_safe(name: &str) -> String {
    name.chars()
        .map(|c| {
            if sanitize::is_unsafe(c) || c.is_control() || "/\\:*?\"<>|".contains(c) || c == ' ' {
                '_'
            } else {
                c
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_are_safe_and_keep_chinese() {
        assert_eq!(file_safe("王阿姨"), "王阿姨");
        assert_eq!(file_safe("../x y\u{202e}"), ".._x_y_");
    }
}
