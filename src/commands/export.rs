//! `xiaoshi export`: the printable deck and the paper tracker, written to
//! files (or a PDF to standard output with `--out -`). What it says goes to
//! standard error, so standard output can carry the PDF itself.

use std::path::{Path, PathBuf};

use super::{Output, is_stdout, write_out};
use crate::cli::{ExportArgs, ExportFormat, LangArg};
use crate::deck::Deck;
use crate::error::{Error, Result};
use crate::export::{self, CardOptions, Fonts, SheetOptions, Warning};
use crate::i18n::export as text;
use crate::i18n::{Lang, Printed, fill_named};

/// PNG cards are made for print: 300 dots an inch.
const PNG_DPI: f32 = 300.0;

/// Runs `export` for `deck`, whose file stem (or `shequ-xiaoshi`) names the output.
pub fn run(
    deck: &Deck,
    stem: &str,
    args: &ExportArgs,
    card_lang: Option<LangArg>,
    lang: Lang,
    io: &mut Output<'_>,
) -> Result<()> {
    let fonts = match &args.font {
        Some(path) => Fonts::from_file(path),
        None => Fonts::builtin(),
    }
    .map_err(export::ExportError::from)?;
    let card_lang = match card_lang.and_then(LangArg::single) {
        Some(lang) => Printed::only(lang),
        None => Printed::paired(Lang::Zh),
    };
    if args.tracker {
        let paper = args.paper.unwrap_or(export::Paper::A4);
        let bytes = export::tracker_pdf(deck, &fonts, paper, card_lang)?;
        let out = args
            .out
            .clone()
            .unwrap_or_else(|| PathBuf::from(format!("{stem}-tracker.pdf")));
        write_out(Some(&out), &bytes, io)?;
        return said(&out, io, |path| {
            fill_named(text::WROTE.get(lang), &[("path", &path)])
        });
    }
    match args.format {
        ExportFormat::Pdf => {
            let options = CardOptions {
                sheet: SheetOptions {
                    paper: args.paper.unwrap_or(export::Paper::A4),
                    bleed: args.bleed,
                    duplex: args.duplex.unwrap_or(export::Duplex::Long),
                    back_offset: args.back_offset.unwrap_or((0.0, 0.0)),
                },
                lang: card_lang,
                calibration: args.calibration,
            };
            let exported = export::deck_pdf(deck, &fonts, &options)?;
            warn(&exported.warnings, lang, io)?;
            let out = args
                .out
                .clone()
                .unwrap_or_else(|| PathBuf::from(format!("{stem}-print.pdf")));
            write_out(Some(&out), &exported.bytes, io)?;
            let kb = exported.bytes.len().div_ceil(1024);
            said(&out, io, |path| {
                fill_named(
                    text::WROTE_PDF.get(lang),
                    &[
                        ("path", &path),
                        ("pages", &exported.pages),
                        ("kb", &kb),
                        ("cards", &deck.cards.len()),
                    ],
                )
            })?;
            let hint = match options.sheet.duplex {
                export::Duplex::Long => text::HINT_LONG,
                export::Duplex::Short => text::HINT_SHORT,
                export::Duplex::None => text::HINT_NONE,
            };
            writeln!(io.err, "  {}", hint.get(lang))?;
            Ok(())
        }
        ExportFormat::Svg | ExportFormat::Png => {
            let format = match args.format {
                ExportFormat::Png => export::ImageFormat::Png { dpi: PNG_DPI },
                _ => export::ImageFormat::Svg,
            };
            let bleed = if args.bleed {
                export::geometry::BLEED
            } else {
                0.0
            };
            let (files, warnings) = export::card_files(deck, &fonts, card_lang, bleed, format)?;
            warn(&warnings, lang, io)?;
            let extension = format.extension();
            let dir = args
                .out
                .clone()
                .unwrap_or_else(|| PathBuf::from(format!("{stem}-{extension}")));
            write_files(&dir, &files)?;
            let message = fill_named(
                text::WROTE_FILES.get(lang),
                &[
                    ("files", &files.len()),
                    ("format", &extension.to_uppercase()),
                    ("path", &dir.display()),
                ],
            );
            writeln!(io.err, "{message}")?;
            Ok(())
        }
    }
}

/// Says what was written, unless it went to standard output.
fn said(out: &Path, io: &mut Output<'_>, message: impl Fn(String) -> String) -> Result<()> {
    if !is_stdout(out) {
        writeln!(io.err, "{}", message(out.display().to_string()))?;
    }
    Ok(())
}

fn warn(warnings: &[Warning], lang: Lang, io: &mut Output<'_>) -> Result<()> {
    for warning in warnings {
        let message = match warning {
            Warning::Shrunk { card, percent } => fill_named(
                text::SHRUNK.get(lang),
                &[("card", card), ("percent", percent)],
            ),
            Warning::BrokeWords { card } => {
                fill_named(text::BROKE_WORDS.get(lang), &[("card", card)])
            }
            Warning::TipLeftOut { card } => {
                fill_named(text::TIP_LEFT_OUT.get(lang), &[("card", card)])
            }
        };
        writeln!(io.err, "{}: {message}", crate::i18n::WARNING.get(lang))?;
    }
    Ok(())
}

/// Writes the card files into `dir`; `--out -` was refused before any work.
/// Every file is rendered before the first is written, so only the disk can
/// fail halfway, and the message then says how far it got.
fn write_files(dir: &Path, files: &[export::CardFile]) -> Result<()> {
    if dir.is_file() {
        return Err(Error::NotAFolder {
            path: dir.display().to_string(),
        });
    }
    std::fs::create_dir_all(dir).map_err(|source| Error::WriteFile {
        path: dir.display().to_string(),
        source,
    })?;
    for (written, file) in files.iter().enumerate() {
        let path = dir.join(&file.name);
        crate::fsutil::write_atomic_shared(&path, &file.bytes).map_err(|source| {
            Error::WriteFiles {
                path: path.display().to_string(),
                source,
                written,
                total: files.len(),
            }
        })?;
    }
    Ok(())
}
