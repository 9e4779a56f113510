//! The export's type: the compiled-in Noto Sans CJK SC subset (regular and
//! bold), or the user's `--font`.
//!
//! Each face is read once with skrifa into a table of character → glyph and
//! advance width. The typesetter measures with that table and the PDF writer
//! places exactly those glyphs, so what was measured is what is printed, and
//! a character the font lacks is known before anything is written.

use std::collections::HashMap;
use std::path::Path;

use skrifa::instance::{LocationRef, Size};
use skrifa::{FontRef, MetadataProvider};

use super::scene::Weight;

/// Noto Sans CJK SC, subset to GB 2312 and the deck's text (assets/fonts/README.md).
static BUILTIN_REGULAR: &[u8] = include_bytes!("../../assets/fonts/NotoSansSC-Regular-subset.otf");
static BUILTIN_BOLD: &[u8] = include_bytes!("../../assets/fonts/NotoSansSC-Bold-subset.otf");

/// How the built-in font is named in messages.
pub const BUILTIN_FONT: &str = "the built-in font (Noto Sans CJK SC)";

/// Largest font file accepted: the full Noto Sans CJK collection is ~20 MB per weight.
const MAX_FONT_BYTES: u64 = 64 * 1024 * 1024;

/// A font that could not be used (worded in `super::describe`).
#[derive(Debug)]
pub enum FontError {
    Read {
        path: String,
        source: std::io::Error,
    },
    TooLarge {
        path: String,
        size: u64,
        limit: u64,
    },
    /// `reason` is the font reader's (English) words.
    Unusable {
        origin: String,
        reason: String,
    },
}

/// One face: the font for the PDF, and its glyphs and metrics.
pub struct Face {
    pub font: krilla::text::Font,
    /// The font file, for drawing glyph outlines into PNGs.
    data: krilla::Data,
    /// Character → (glyph id, advance in ems).
    glyphs: HashMap<char, (u32, f32)>,
    /// The ascender, in ems.
    pub ascent: f32,
    /// The family name, as the font gives it ("Noto Sans CJK SC").
    pub family: String,
    /// Which face of the file (a collection holds several).
    index: u32,
}

impl Face {
    fn load(data: krilla::Data, index: u32, origin: &str) -> Result<Face, FontError> {
        let unusable = |reason: &str| FontError::Unusable {
            origin: origin.to_string(),
            reason: reason.to_string(),
        };
        let bytes: &[u8] = data.as_ref();
        let font_ref = FontRef::from_index(bytes, index).map_err(|e| unusable(&e.to_string()))?;
        let family = family_name(&font_ref).unwrap_or_default();
        let metrics = font_ref.metrics(Size::unscaled(), LocationRef::default());
        let em = f32::from(metrics.units_per_em);
        if em <= 0.0 {
            return Err(unusable("its units per em are zero"));
        }
        let advances = font_ref.glyph_metrics(Size::unscaled(), LocationRef::default());
        let glyphs: HashMap<char, (u32, f32)> = font_ref
            .charmap()
            .mappings()
            .filter_map(|(code, glyph)| {
                let c = char::from_u32(code)?;
                let advance = advances.advance_width(glyph)? / em;
                Some((c, (glyph.to_u32(), advance)))
            })
            .collect();
        if glyphs.is_empty() {
            return Err(unusable("it maps no characters (no usable cmap table)"));
        }
        let font = krilla::text::Font::new(data.clone(), index)
            .ok_or_else(|| unusable("the PDF writer cannot embed it"))?;
        Ok(Face {
            font,
            data,
            glyphs,
            ascent: metrics.ascent / em,
            family,
            index,
        })
    }

    /// The glyph and advance (in ems) for `c`, if the font has it.
    pub fn glyph(&self, c: char) -> Option<(u32, f32)> {
        self.glyphs.get(&c).copied()
    }

    /// Draws glyph `id` at `size` into `pen`, in y-up units from its origin.
    /// False if the glyph has no outline (a space) or cannot be drawn.
    pub fn outline(&self, id: u32, size: f32, pen: &mut impl skrifa::outline::OutlinePen) -> bool {
        let Ok(font) = FontRef::from_index(self.data.as_ref(), self.index) else {
            return false;
        };
        let settings =
            skrifa::outline::DrawSettings::unhinted(Size::new(size), LocationRef::default());
        font.outline_glyphs()
            .get(skrifa::GlyphId::new(id))
            .is_some_and(|glyph| glyph.draw(settings, pen).is_ok())
    }

    /// True when glyph `id` has an outline that can be drawn (or is empty,
    /// like a space): false for a damaged font file.
    pub fn can_draw(&self, id: u32) -> bool {
        struct Nothing;
        impl skrifa::outline::OutlinePen for Nothing {
            fn move_to(&mut self, _: f32, _: f32) {}
            fn line_to(&mut self, _: f32, _: f32) {}
            fn quad_to(&mut self, _: f32, _: f32, _: f32, _: f32) {}
            fn curve_to(&mut self, _: f32, _: f32, _: f32, _: f32, _: f32, _: f32) {}
            fn close(&mut self) {}
        }
        self.outline(id, 10.0, &mut Nothing)
    }

    /// True when the font draws `c`.
    pub fn has(&self, c: char) -> bool {
        self.glyphs.contains_key(&c)
    }
}

/// The faces an export uses.
pub struct Fonts {
    regular: Face,
    /// None when one face serves both weights (`--font`).
    bold: Option<Face>,
    /// Names the font in messages: the built-in one, or the `--font` path and face.
    pub origin: String,
}

impl Fonts {
    /// The compiled-in Noto Sans CJK SC, regular and bold.
    pub fn builtin() -> Result<Fonts, FontError> {
        Ok(Fonts {
            regular: Face::load(BUILTIN_REGULAR.into(), 0, BUILTIN_FONT)?,
            bold: Some(Face::load(BUILTIN_BOLD.into(), 0, BUILTIN_FONT)?),
            origin: BUILTIN_FONT.to_string(),
        })
    }

    /// A font file given with `--font`, used for both weights (titles are
    /// then set in the same weight, a size larger). From a collection
    /// (`.ttc`), the Simplified Chinese face is taken if it has one: Noto
    /// Sans CJK's first face is the Japanese one.
    pub fn from_file(path: &Path) -> Result<Fonts, FontError> {
        let origin = path.display().to_string();
        let read = |source| FontError::Read {
            path: origin.clone(),
            source,
        };
        let size = std::fs::metadata(path).map_err(read)?.len();
        if size > MAX_FONT_BYTES {
            return Err(FontError::TooLarge {
                path: origin,
                size,
                limit: MAX_FONT_BYTES,
            });
        }
        // Bounded: the size above is 0 for a pipe or a device.
        let data: krilla::Data = crate::fsutil::read_limited(path, MAX_FONT_BYTES)
            .map_err(|error| match error {
                crate::fsutil::ReadError::Io(error) => read(error),
                crate::fsutil::ReadError::TooLarge { .. } => FontError::TooLarge {
                    path: origin.clone(),
                    size: MAX_FONT_BYTES + 1,
                    limit: MAX_FONT_BYTES,
                },
            })?
            .into();
        let index = chinese_face(data.as_ref());
        let regular = Face::load(data, index, &origin)?;
        let origin = format!("{origin} ({})", regular.family);
        Ok(Fonts {
            regular,
            bold: None,
            origin,
        })
    }

    pub fn face(&self, weight: Weight) -> &Face {
        match (weight, &self.bold) {
            (Weight::Bold, Some(bold)) => bold,
            _ => &self.regular,
        }
    }

    /// The family name, for the SVG files.
    pub fn family(&self) -> &str {
        &self.regular.family
    }
}

/// The family name of a face (name id 1), in English if it has one.
fn family_name(font: &FontRef<'_>) -> Option<String> {
    let name = font
        .localized_strings(skrifa::string::StringId::FAMILY_NAME)
        .english_or_first()?;
    Some(name.to_string())
}

/// The face of a collection to use: the first Simplified Chinese one (its
/// family says SC, CN or Hans), else the first. 0 for a single font.
fn chinese_face(bytes: &[u8]) -> u32 {
    let Ok(skrifa::raw::FileRef::Collection(collection)) = skrifa::raw::FileRef::new(bytes) else {
        return 0;
    };
    (0..collection.len())
        .find(|&index| {
            let family = collection
                .get(index)
                .ok()
                .and_then(|font| family_name(&font));
            family.is_some_and(|family| {
                family
                    .split_whitespace()
                    .any(|word| ["SC", "CN", "Hans"].contains(&word))
            })
        })
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_builtin_font_covers_gb2312_hanzi_and_the_suits() {
        let fonts = Fonts::builtin().expect("the built-in font loads");
        for weight in [Weight::Regular, Weight::Bold] {
            let face = fonts.face(weight);
            for c in
                "社区小事邻里破冰兴趣社群互助友好空间环境爱邻日，。、？！「」（）ABCxyz019 ♥♠♣♦"
                    .chars()
            {
                assert!(face.has(c), "{c:?} missing from {weight:?}");
            }
            let (_, advance) = face.glyph('社').expect("has 社");
            assert!(
                (advance - 1.0).abs() < 1e-3,
                "CJK is one em wide: {advance}"
            );
            let (_, space) = face.glyph(' ').expect("has a space");
            assert!(space > 0.1 && space < 0.5, "{space}");
            assert!(face.ascent > 0.7);
            assert_eq!(face.family, "Noto Sans CJK SC");
            assert!(!face.has('\u{E000}'), "no private-use glyphs");
        }
    }

    #[test]
    fn a_file_that_is_not_a_font_is_refused_with_its_name() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("notes.ttf");
        std::fs::write(&path, "这不是字体").expect("write");
        let error = Fonts::from_file(&path).err().expect("refused").to_string();
        assert!(
            error.contains("notes.ttf") && error.contains("not a font"),
            "{error}"
        );
        let missing = Fonts::from_file(&dir.path().join("nope.otf"))
            .err()
            .expect("refused");
        assert!(missing.to_string().contains("nope.otf"), "{missing}");
    }
}
