//! `xiaoshi export`: the printable deck, the paper tracker and the month's
//! stairwell poster, written to files (or a PDF to standard output with
//! `--out -`). What it says goes to standard error, so standard output can
//! carry the PDF itself.

use std::path::{Path, PathBuf};

use super::{Output, is_stdout, write_out};
use crate::cli::{ExportArgs, ExportFormat, LangArg};
use crate::clock::Clock;
use crate::config::Config;
use crate::deck::Deck;
use crate::error::{Error, Result};
use crate::export::{self, CardOptions, CardSize, Fonts, SheetOptions, Warning};
use crate::i18n::export as text;
use crate::i18n::{Lang, Printed, fill_named};
use crate::paths::Paths;

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
    let card_lang = printed_lang(card_lang, lang, args.large);
    let paper = args.paper.unwrap_or(export::Paper::A4);
    if args.tracker || args.poster {
        let today = || -> Result<jiff::civil::Date> {
            let clock = Clock::from_env()?;
            let config = Config::load(&Paths::from_env()?.config_file)?;
            Ok(clock.today(config.day_starts_at))
        };
        let (bytes, name) = if args.tracker {
            let start = match args.start {
                Some(start) => start.resolve(today()?)?,
                None => today()?,
            };
            let bytes = export::tracker_pdf(&fonts, paper, card_lang, start)?;
            (bytes, "tracker")
        } else {
            let (year, month) = match args.month {
                Some(month) => month,
                None => {
                    let today = today()?;
                    (today.year(), today.month())
                }
            };
            let poster = export::stairwell::poster(year, month, card_lang, paper, &fonts);
            let title = card_lang.with(|l| {
                format!(
                    "{} · {}",
                    text::STAIRWELL_TITLE.get(l),
                    text::month(l, year, month)
                )
            });
            let bytes = export::poster_pdf(&poster, paper, &fonts, &title)?.bytes;
            (bytes, "poster")
        };
        let out = args
            .out
            .clone()
            .unwrap_or_else(|| PathBuf::from(format!("{stem}-{name}.pdf")));
        write_out(Some(&out), &bytes, io)?;
        return said(&out, io, |path| {
            fill_named(text::WROTE.get(lang), &[("path", &path)])
        });
    }
    let size = if args.large {
        CardSize::Large
    } else {
        CardSize::Poker
    };
    let back = args.back.unwrap_or_default();
    match args.format {
        ExportFormat::Pdf => {
            let options = CardOptions {
                sheet: SheetOptions {
                    paper,
                    bleed: args.bleed,
                    duplex: args.duplex.unwrap_or(export::Duplex::Long),
                    back_offset: args.back_offset.unwrap_or((0.0, 0.0)),
                    size,
                },
                lang: card_lang,
                calibration: args.calibration,
                back,
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
            let look = export::CardLook {
                lang: card_lang,
                size,
                back,
                bleed,
            };
            let (files, warnings) = export::card_files(deck, &fonts, look, format)?;
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

/// The language(s) printed: `--lang`, else the reader's. A Chinese reader
/// gets Chinese, anyone else both languages; large print is Chinese unless
/// `--lang` says otherwise (it is made for older residents).
pub fn printed_lang(asked: Option<LangArg>, ui: Lang, large: bool) -> Printed {
    match asked {
        Some(LangArg::One(lang)) => Printed::only(lang),
        Some(LangArg::Both) => Printed::paired(Lang::Zh),
        // The programme's language, with the reader's beneath when it differs.
        None if large || ui == Lang::Zh => Printed::only(Lang::Zh),
        None => Printed {
            main: Lang::Zh,
            beneath: Some(ui),
        },
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_printed_language_follows_the_reader() {
        assert_eq!(printed_lang(None, Lang::Zh, false), Printed::only(Lang::Zh));
        assert_eq!(
            printed_lang(None, Lang::En, false),
            Printed::paired(Lang::Zh)
        );
        assert_eq!(printed_lang(None, Lang::En, true), Printed::only(Lang::Zh));
        assert_eq!(
            printed_lang(Some(LangArg::Both), Lang::Zh, true),
            Printed::paired(Lang::Zh)
        );
        assert_eq!(
            printed_lang(Some(LangArg::One(Lang::En)), Lang::Zh, false),
            Printed::only(Lang::En)
        );
    }
}
