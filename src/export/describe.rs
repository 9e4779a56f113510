//! Why an export wrote nothing, in words: the sentences are in
//! `i18n::export`; this maps each kind to them.

use super::fonts::FontError;
use super::geometry::LayoutError;
use super::{ExportError, typeset};
use crate::i18n::export as text;
use crate::i18n::{Describe, Diagnostic, Lang, Text, errors, fill_named};

impl From<FontError> for ExportError {
    fn from(error: FontError) -> ExportError {
        ExportError::Font(error)
    }
}

impl From<LayoutError> for ExportError {
    fn from(error: LayoutError) -> ExportError {
        ExportError::Layout(error)
    }
}

/// Where missing glyphs were found when not on a card: names the export's
/// checks use, worded per language by [`place`].
pub(super) const PLACE_BACK: &str = "the card back";
pub(super) const PLACE_TRACKER: &str = "the tracker";
pub(super) const PLACE_PAGES: &str = "the card backs and page texts";
pub(super) const PLACE_GROUP_SHEET: &str = "the group sheet";

/// A place in the missing-glyphs list: a card's id, or a part of the page.
fn place(name: &str, lang: Lang) -> String {
    let text = match name {
        PLACE_BACK => text::PLACE_BACK,
        PLACE_TRACKER => text::PLACE_TRACKER,
        PLACE_PAGES => text::PLACE_PAGES,
        PLACE_GROUP_SHEET => text::PLACE_GROUP_SHEET,
        id => return id.to_string(),
    };
    text.get(lang).to_string()
}

/// The font named in a message: its file, or "the built-in font".
fn font_name(origin: &str, lang: Lang) -> String {
    if origin == super::fonts::BUILTIN_FONT {
        text::BUILTIN_FONT.get(lang).to_string()
    } else {
        origin.to_string()
    }
}

/// A library's (English) words, where the language reads them.
fn detail(detail: &str, lang: Lang) -> String {
    if lang.info().library_words {
        format!("{}{detail}", lang.colon())
    } else {
        String::new()
    }
}

impl Describe for FontError {
    fn describe(&self, lang: Lang) -> Diagnostic {
        let t = |text: Text| *text.get(lang);
        match self {
            FontError::Read { path, source } => Diagnostic::new(fill_named(
                t(text::FONT_READ),
                &[("path", path), ("reason", &errors::io_reason(source, lang))],
            )),
            FontError::TooLarge { path, size, limit } => Diagnostic::new(fill_named(
                t(text::FONT_TOO_LARGE),
                &[("path", path), ("size", size), ("limit", limit)],
            )),
            FontError::Unusable { origin, reason } => Diagnostic::with_hint(
                fill_named(
                    t(text::FONT_UNUSABLE),
                    &[("origin", origin), ("detail", &detail(reason, lang))],
                ),
                t(text::FONT_UNUSABLE_HINT),
            ),
        }
    }
}

impl Describe for LayoutError {
    fn describe(&self, lang: Lang) -> Diagnostic {
        let t = |text: Text| *text.get(lang);
        match self {
            LayoutError::NoRoom {
                paper,
                bleed,
                needed,
                height,
            } => {
                let (message, hint) = if *bleed {
                    (text::NO_ROOM_BLEED, text::NO_ROOM_BLEED_HINT)
                } else {
                    (text::NO_ROOM, text::NO_ROOM_HINT)
                };
                Diagnostic::with_hint(
                    fill_named(
                        t(message),
                        &[
                            ("paper", &paper.name()),
                            ("height", &format!("{height:.1}")),
                            ("needed", &format!("{needed:.1}")),
                        ],
                    ),
                    t(hint),
                )
            }
            LayoutError::OffsetOffPaper { offset, max } => Diagnostic::with_hint(
                fill_named(
                    t(text::OFFSET_OFF_PAPER),
                    &[
                        ("x", &offset.0),
                        ("y", &offset.1),
                        ("max_x", &format!("{:.1}", max.0)),
                        ("max_y", &format!("{:.1}", max.1)),
                    ],
                ),
                t(text::OFFSET_OFF_PAPER_HINT),
            ),
        }
    }
}

impl Describe for ExportError {
    fn describe(&self, lang: Lang) -> Diagnostic {
        let t = |text: Text| *text.get(lang);
        match self {
            ExportError::Font(error) => error.describe(lang),
            ExportError::Layout(error) => error.describe(lang),
            ExportError::MissingGlyphs { font, cards } => Diagnostic::with_hint(
                missing_glyphs(font, cards, lang),
                t(text::MISSING_GLYPHS_HINT),
            ),
            ExportError::DoesNotFit { cards } => {
                let smallest = typeset::SCALES[typeset::SCALES.len() - 1];
                Diagnostic::with_hint(
                    fill_named(
                        t(text::DOES_NOT_FIT),
                        &[
                            ("cards", &lang.join(cards)),
                            ("percent", &(smallest * 100.0).round()),
                        ],
                    ),
                    t(text::DOES_NOT_FIT_HINT),
                )
            }
            ExportError::Render(what) => Diagnostic::new(fill_named(
                t(text::RENDER),
                &[("detail", &detail(what, lang))],
            )),
        }
    }
}

/// The message for missing glyphs: at most [`LISTED`] characters on each of
/// at most [`LISTED`] cards, then how many more (a Latin font given for a
/// Chinese deck lacks thousands).
fn missing_glyphs(font: &str, cards: &[(String, Vec<char>)], lang: Lang) -> String {
    const LISTED: usize = 8;
    let font = font_name(font, lang);
    let mut message = fill_named(text::MISSING_GLYPHS.get(lang), &[("font", &font)]);
    for (card, chars) in cards.iter().take(LISTED) {
        let mut listed: Vec<String> = chars
            .iter()
            .take(LISTED)
            .map(|c| format!("{c} (U+{:04X})", u32::from(*c)))
            .collect();
        if chars.len() > LISTED {
            listed.push(fill_named(
                text::AND_MORE.get(lang),
                &[("count", &(chars.len() - LISTED))],
            ));
        }
        let card = place(card, lang);
        message.push_str(&format!("\n  {card}{}{}", lang.colon(), lang.join(&listed)));
    }
    if cards.len() > LISTED {
        message.push_str("\n  ");
        message.push_str(&fill_named(
            text::AND_MORE_CARDS.get(lang),
            &[("count", &(cards.len() - LISTED))],
        ));
    }
    message
}

crate::describe_display!(FontError, LayoutError, ExportError);
impl std::error::Error for FontError {}
impl std::error::Error for LayoutError {}
impl std::error::Error for ExportError {}
